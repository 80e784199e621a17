import type { ArticleRecord } from './archiveIndex.ts';
import { parsePublicationTime } from './articleTime.ts';
import type { ArticleEntry, ContentRefs } from './contentRules.ts';

/**
 * The archive's records of checked articles, in the order given; `entryOf(i)` is whatever the
 * caller keeps of the i-th entry to render it. One mapping for the build (src/lib/archive.ts) and
 * for the social cards drawn while the build reads the content (src/lib/cardsAhead.ts), so both
 * rank the same articles the same way.
 */
export function articleRecords<T>(
  checked: readonly ArticleEntry[],
  refs: Pick<ContentRefs, 'districts' | 'documents'>,
  showDrafts: boolean,
  entryOf: (index: number) => T,
): ArticleRecord<T>[] {
  const records: ArticleRecord<T>[] = [];
  checked.forEach(({ lang, year, slug, data }, i) => {
    // A draft may still point at a district or document not yet in the data files (the importer
    // writes such drafts for review); it is previewed only once its references resolve.
    const resolves = refs.districts.has(data.district) && data.documents.every((d) => refs.documents.has(d));
    if (data.draft && (!showDrafts || !resolves)) return;
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
      districtId: data.district,
      documentIds: data.documents,
      topics: data.topics,
      featured: data.featured,
      legacyViews: data.legacyViews,
      author: data.author,
      source: data.source,
      entry: entryOf(i),
    });
  });
  return records;
}
