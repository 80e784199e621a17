import type { ArticleEntry, ContentRefs } from './contentRules/articleEntry.ts';
import { checkImagesAlt, checkInternalLinks, checkMdxBody } from './contentRules/bodyRules.ts';
import { visibleBodyLines } from './contentRules/bodyScan.ts';
import { checkDraft, checkDuplicate, checkFileName, checkYearFolder } from './contentRules/fileRules.ts';
import type { Problem } from './contentRules/problem.ts';
import { checkReferences } from './contentRules/referenceRules.ts';
import { buildSitePaths } from './contentRules/sitePaths.ts';
import { SourceLines } from './contentRules/sourceLines.ts';
import { checkTranslation } from './contentRules/translationRules.ts';

export type { ArticleData, ArticleEntry, ContentRefs } from './contentRules/articleEntry.ts';

/**
 * The content rules that a schema cannot express because they look across files: references,
 * translation pairs, duplicate slugs, file names and folders, alt text, internal links, drafts.
 * Pure functions over entries already read and parsed, so the Astro build (src/lib/archive.ts) and
 * the editors' `npm run check` (scripts/check-content.ts) apply exactly the same rules.
 *
 * Each family of rules has its module in src/lib/contentRules/, beside what they share: the
 * problem type (problem.ts), the line finder (sourceLines.ts), the body scanner (bodyScan.ts).
 */

/** Runs every cross-file rule over all articles; problems come sorted by file, then line. */
export function checkArticles(entries: ArticleEntry[], refs: ContentRefs): Problem[] {
  const problems: Problem[] = [];
  const sitePaths = buildSitePaths(entries, refs);
  const byKey = groupBy(entries, (e) => `${e.lang}/${e.year}/${e.slug}`);
  const unreadable = refs.unreadableArticles ?? new Set<string>();
  for (const entry of entries) {
    const lines = new SourceLines(entry);
    const visible = visibleBodyLines(entry.body);
    problems.push(
      ...checkFileName(entry),
      ...checkYearFolder(entry, lines),
      ...checkReferences(entry, refs, lines),
      ...checkDuplicate(entry, byKey),
      ...checkTranslation(entry, byKey, lines, unreadable),
      ...checkImagesAlt(entry, visible, lines),
      ...checkInternalLinks(entry, visible, sitePaths, lines),
      ...checkDraft(entry, lines),
      ...checkMdxBody(entry, lines),
    );
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
