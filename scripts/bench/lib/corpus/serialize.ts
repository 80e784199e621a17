import type { CorpusArticle, Frontmatter } from './articles.ts';
import type { CorpusDocument } from './documents.ts';
import type { Bilingual, CorpusDistrict } from './places.ts';

/**
 * Writes the corpus in exactly the shapes editors write in content/: frontmatter with quoted
 * strings (publishedAt must be quoted to keep its offset), ids as plain scalars, and the data files
 * with `{ vi: "…", en: "…" }` pairs on one line. JSON string syntax is valid YAML double-quoted
 * syntax, so JSON.stringify does the quoting and escaping.
 */

const q = (s: string) => JSON.stringify(s);
const pair = (b: Bilingual) => `{ vi: ${q(b.vi)}, en: ${q(b.en)} }`;

/** The article file's text: frontmatter, blank line, body, final newline. */
export function articleFile(article: CorpusArticle): string {
  const f: Frontmatter = article.frontmatter;
  const lines = ['---', `title: ${q(f.title)}`, `lede: ${q(f.lede)}`, `publishedAt: ${q(f.publishedAt)}`];
  if (f.updatedAt) lines.push(`updatedAt: ${q(f.updatedAt)}`);
  lines.push(`district: ${f.district}`);
  lines.push(f.documents.length === 0 ? 'documents: []' : ['documents:', ...f.documents.map((id) => `  - ${id}`)].join('\n'));
  lines.push(`author: ${q(f.author)}`);
  if (f.source) lines.push('source:', `  name: ${q(f.source.name)}`);
  lines.push(['topics:', ...f.topics.map((t) => `  - ${t}`)].join('\n'));
  if (f.featured) lines.push('featured: true');
  if (f.legacyViews !== undefined) lines.push(`legacyViews: ${f.legacyViews}`);
  if (f.cover) {
    // The path plain, as the web editor and docs/editing.md write it; Astro's image() resolves it from the file.
    lines.push('cover:', `  src: ${f.cover.src}`, `  alt: ${q(f.cover.alt)}`);
    if (f.cover.caption) lines.push(`  caption: ${q(f.cover.caption)}`);
    if (f.cover.credit) lines.push(`  credit: ${q(f.cover.credit)}`);
  }
  lines.push('---', '', article.body, '');
  return lines.join('\n');
}

/** The article's path under the corpus folder: "articles/vi/2024/slug.mdx". */
export function articlePath(article: CorpusArticle): string {
  return `articles/${article.lang}/${article.year}/${article.slug}.${article.ext}`;
}

export function districtsFile(districts: readonly CorpusDistrict[]): string {
  const out = ['# Synthetic districts for the benchmark (scripts/bench/gen-corpus.ts). Names are real; nothing else is.'];
  for (const d of districts) {
    out.push(`- id: ${d.id}`, `  name: ${pair(d.name)}`, `  province: ${pair(d.province)}`, `  kind: ${d.kind}`);
    if (d.since2025) out.push('  since2025:', `    vi: ${q(d.since2025.vi)}`, `    en: ${q(d.since2025.en)}`);
  }
  return `${out.join('\n')}\n`;
}

export function documentsFile(documents: readonly CorpusDocument[]): string {
  const out = ['# Synthetic documents for the benchmark (scripts/bench/gen-corpus.ts): numbers in every style, none real.'];
  for (const d of documents) {
    out.push(`- id: ${d.id}`, `  number: ${q(d.number)}`, `  issuer: ${pair(d.issuer)}`);
    if (d.issuedOn) out.push(`  issuedOn: ${q(d.issuedOn)}`);
    if (d.district) out.push(`  district: ${d.district}`);
    if (d.province) out.push(`  province: ${pair(d.province)}`);
    if (d.title) out.push('  title:', `    vi: ${q(d.title.vi)}`, `    en: ${q(d.title.en)}`);
  }
  return `${out.join('\n')}\n`;
}
