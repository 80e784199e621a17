import { join } from 'node:path';
import { Document, isMap, isScalar } from 'yaml';
import type { Lang } from '../../src/i18n/locales.ts';

/** Frontmatter fields in the order editors read them (src/lib/schema.ts). */
const fieldOrder = [
  'title',
  'lede',
  'publishedAt',
  'updatedAt',
  'district',
  'documents',
  'author',
  'source',
  'cover',
  'topics',
  'featured',
  'legacyViews',
  'draft',
] as const;

export type Frontmatter = Partial<Record<(typeof fieldOrder)[number], unknown>>;

/**
 * Writes an article file: YAML frontmatter then the body. Every string is double-quoted: Astro reads
 * frontmatter with js-yaml, which would turn an unquoted "2024-03-01T13:32:00+07:00" into a Date and
 * lose its offset, and a title with a colon would break the file. `comments` puts a `# …` line above
 * a field, to tell the editor why a value is what it is (or that it needs checking).
 */
export function renderArticle(frontmatter: Frontmatter, body: string, comments: Partial<Record<keyof Frontmatter, string>> = {}): string {
  const ordered: Record<string, unknown> = {};
  for (const key of fieldOrder) if (frontmatter[key] !== undefined) ordered[key] = frontmatter[key];
  const doc = new Document(ordered);
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const comment = comments[key as keyof Frontmatter];
      if (comment && isScalar(pair.key))
        pair.key.commentBefore = comment
          .split('\n')
          .map((l) => ` ${l}`)
          .join('\n');
    }
  }
  const yaml = doc.toString({ defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  return `---\n${yaml}---\n\n${body.trim()}\n`;
}

/** An article's file format: plain Markdown, or MDX for an article that needs a component. */
export type ArticleExt = 'md' | 'mdx';

/** content/articles/{lang}/{year}/{slug}.{ext}; plain Markdown unless the article needs MDX. */
export function articlePath(contentDir: string, lang: Lang, year: string | number, slug: string, ext: ArticleExt = 'md'): string {
  return join(contentDir, 'articles', lang, String(year), `${slug}.${ext}`);
}
