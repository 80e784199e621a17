import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { slugify, uniqueSlug } from '../../../src/lib/slug.ts';
import { parseYaml, splitFrontmatter } from '../../../src/lib/yamlSource.ts';

/**
 * The articles already in a content folder, as the importer needs them: which slugs a year has
 * taken, and which Vietnamese article of a year has a given headline and publication time (the
 * same article, imported before). Each year folder is listed and read once per run, not once per
 * imported file; `record` adds what the run writes, so a later export sees it.
 */
export interface ExistingArticles {
  /** The Vietnamese article of `year` with this headline and publication time, if there is one. */
  find(year: string, title: string, publishedAt: string): Promise<{ path: string; text: string } | null>;
  /** A slug for a new article of `year` with this headline: its slug, suffixed if taken in either language. */
  freeSlug(year: string, title: string): Promise<string>;
  /** Adds an article the run has just written. */
  record(year: string, article: { slug: string; path: string; text: string; title: string; publishedAt: string }): Promise<void>;
}

interface YearIndex {
  taken: Set<string>;
  byIdentity: Map<string, { path: string; text: string }>;
}

// The identity is the headline and the publication time, not the slug: a slug may have been
// shortened to fit a suffix ("…-nong-thon-moi-2" for a headline whose slug is "…-moi-nang"), or
// renamed by an editor, and the article is still the same one.
const identity = (title: string, publishedAt: string) => `${publishedAt}\n${title}`;

/** `known`: texts already read this run, by path (readContent's entries), so they are not read twice. */
export function indexExistingArticles(dir: string, known: ReadonlyMap<string, string> = new Map()): ExistingArticles {
  const years = new Map<string, Promise<YearIndex>>();
  const yearIndex = (year: string) => {
    let index = years.get(year);
    if (!index) years.set(year, (index = readYear(dir, year, known)));
    return index;
  };
  return {
    async find(year, title, publishedAt) {
      return (await yearIndex(year)).byIdentity.get(identity(title, publishedAt)) ?? null;
    },
    async freeSlug(year, title) {
      return uniqueSlug(slugify(title), (await yearIndex(year)).taken);
    },
    async record(year, article) {
      const { taken, byIdentity } = await yearIndex(year);
      taken.add(article.slug);
      const key = identity(article.title, article.publishedAt);
      if (!byIdentity.has(key)) byIdentity.set(key, { path: article.path, text: article.text });
    },
  };
}

async function readYear(dir: string, year: string, known: ReadonlyMap<string, string>): Promise<YearIndex> {
  const taken = new Set<string>();
  const byIdentity = new Map<string, { path: string; text: string }>();
  for (const lang of ['vi', 'en']) {
    const names = await readdir(join(dir, 'articles', lang, year)).catch(() => [] as string[]);
    for (const name of names) taken.add(name.replace(/\.mdx?$/, ''));
    if (lang !== 'vi') continue;
    for (const name of names.filter((n) => /\.mdx?$/.test(n)).sort()) {
      const path = join(dir, 'articles', lang, year, name);
      const text = known.get(path) ?? (await readFile(path, 'utf8').catch(() => undefined));
      const split = text === undefined ? null : splitFrontmatter(text);
      const data = split ? (parseYaml(split.yaml).value as { title?: unknown; publishedAt?: unknown } | undefined) : undefined;
      if (text === undefined || typeof data?.title !== 'string' || typeof data.publishedAt !== 'string') continue;
      const key = identity(data.title, data.publishedAt);
      // Two files for one article (an editor's copy): the first by name, as before.
      if (!byIdentity.has(key)) byIdentity.set(key, { path, text });
    }
  }
  return { taken, byIdentity };
}
