import { readFile } from 'node:fs/promises';
import { getCollection, type CollectionEntry } from 'astro:content';
import { splitFrontmatter } from './yamlSource.ts';
import { isLang } from '../i18n/locales.ts';
import { buildArchive, type Archive, type ArticleRecord } from './archiveIndex.ts';
import { parsePublicationTime } from './articleTime.ts';
import { checkArticles, type ArticleEntry } from './contentRules.ts';
import { formatProblem } from './contentRules/problem.ts';
import { documentIssuerProblems } from './contentRules/referenceRules.ts';
import { mapInBatches } from './mapInBatches.ts';
import { articlesDir, contentDir } from './contentDir.ts';

export type ArticleEntryData = CollectionEntry<'articles'>;
export type SiteArchive = Archive<ArticleEntryData>;
export type SiteArticle = SiteArchive['articles']['vi'][number];

let cached: Promise<SiteArchive> | undefined;

/** The whole archive, loaded and indexed once per build (every page shares this promise). */
export function getArchive(): Promise<SiteArchive> {
  cached ??= loadArchive();
  return cached;
}

/** Drafts are previewed with `npm run dev` and never reach a built site. */
const showDrafts = import.meta.env.MODE === 'development';

function splitId(id: string): { lang: string; year: string; slug: string; ext: string } {
  const [lang = '', year = '', file = ''] = id.split('/');
  const dot = file.lastIndexOf('.');
  return { lang, year, slug: file.slice(0, dot), ext: file.slice(dot + 1) };
}

async function loadArchive(): Promise<SiteArchive> {
  const [entries, districts, documents] = await Promise.all([
    getCollection('articles'),
    getCollection('districts'),
    getCollection('documents'),
  ]);

  // The content store keeps no bodies (src/content.config.ts): the body rules read the files,
  // which also gives their problems line numbers. The file is found from the id, its path under
  // the glob's base (src/content.config.ts).
  const files = entries.map((entry) => `${articlesDir}/${entry.id}`);
  const sources = await mapInBatches(files, 64, (file) => readFile(file, 'utf8'));
  const checked: ArticleEntry[] = entries.map((entry, i) => {
    const { lang, year, slug, ext } = splitId(entry.id);
    const file = files[i]!;
    if (!isLang(lang)) throw new Error(`${file}: unknown language folder "${lang}"`);
    const raw = sources[i]!;
    return {
      file,
      lang,
      year,
      slug,
      ext: ext === 'mdx' ? 'mdx' : 'md',
      data: { ...entry.data, district: entry.data.district.id, documents: entry.data.documents.map((d) => d.id) },
      body: splitFrontmatter(raw)?.body ?? '',
      raw,
      // A Markdown body is rendered at sync; an MDX body is checked by the build as it is compiled.
      rendered: true,
    };
  });
  const refs = { districts: new Set(districts.map((d) => d.id)), documents: new Set(documents.map((d) => d.id)) };
  // A document's issuing district is checked here too, not only by `npm run check`: otherwise a
  // typo builds cleanly and the document silently drops off its district's page.
  const issuers = documents.map((d) => ({ id: d.id, district: d.data.district }));
  const errors = [
    ...documentIssuerProblems(`${contentDir}/documents.yaml`, issuers, refs.districts),
    ...checkArticles(checked, refs).filter((p) => p.severity === 'error'),
  ];
  if (errors.length > 0) {
    throw new Error(`Content has ${errors.length} error(s):\n${errors.map((p) => formatProblem(p, 'en')).join('\n')}`);
  }

  const records: ArticleRecord<ArticleEntryData>[] = [];
  entries.forEach((entry, i) => {
    const { data } = entry;
    // A draft may still point at a district or document not yet in the data files (the importer
    // writes such drafts for review); it is previewed only once its references resolve.
    const resolves = refs.districts.has(data.district.id) && data.documents.every((d) => refs.documents.has(d.id));
    if (data.draft && (!showDrafts || !resolves)) return;
    const { lang, year, slug } = checked[i]!;
    const published = parsePublicationTime(data.publishedAt);
    const updated = data.updatedAt ? parsePublicationTime(data.updatedAt) : undefined;
    records.push({
      lang,
      year,
      slug,
      title: data.title,
      lede: data.lede,
      publishedAt: published.date,
      timeKnown: published.timeKnown,
      updatedAt: updated?.date,
      updatedTimeKnown: updated?.timeKnown,
      districtId: data.district.id,
      documentIds: data.documents.map((d) => d.id),
      topics: data.topics,
      featured: data.featured,
      legacyViews: data.legacyViews,
      author: data.author,
      source: data.source,
      entry,
    });
  });

  return buildArchive(
    records,
    districts.map((d) => d.data),
    documents.map((d) => d.data),
  );
}
