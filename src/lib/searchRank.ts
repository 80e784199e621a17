/**
 * Orders Pagefind's results for the reader. Pagefind matches each query word anywhere in the
 * article and as a word beginning ("tan tru" also finds "tăng trưởng"), with tone marks folded
 * ("tan" finds "Tân"): right while typing, but it buries the articles that have what was typed.
 * So the page asks Pagefind two more questions (src/scripts/searchEngine.ts): which results have
 * the words together as typed (a phrase; for one word, the whole word), and which have the words
 * typed with tone marks spelt exactly so. This module orders by the answers, keeping the chosen
 * sort (newest, oldest, relevance) among results that match equally well:
 * - best matches: the phrase, those with the exact marks first ("Châu Thành" for "Châu Thành");
 * - other results, shown apart: the words apart, or only word beginnings; exact marks first.
 * When nothing has the phrase (words typed far apart), every result is a best match, unless the
 * headline bundle's words-apart matches are already listed under "other results" (they come first
 * there, src/scripts/searchEngine.ts): then the rest joins them, so nothing shown moves.
 */
export interface RankedIds {
  best: string[];
  others: string[];
}

/** What Pagefind answered; null when not asked (then nothing is told apart). */
export interface MatchSets {
  /** The query words together, in order, each a whole word. */
  phrase: ReadonlySet<string> | null;
  /** Every word typed with marks appears with exactly those marks. */
  exactMarks: ReadonlySet<string> | null;
  /** Results with the words apart are already listed under "other results" (the headline's). */
  apartListed?: boolean;
}

/** `ids` with those in `exact` first, each part in the given order. */
export function exactFirst(ids: readonly string[], exact: ReadonlySet<string> | null): string[] {
  if (!exact) return [...ids];
  return [...ids.filter((id) => exact.has(id)), ...ids.filter((id) => !exact.has(id))];
}

/** @param ids Pagefind's results in the chosen sort. */
export function rankResults(ids: readonly string[], sets: MatchSets): RankedIds {
  const { phrase, exactMarks, apartListed = false } = sets;
  if (!phrase) return { best: exactFirst(ids, exactMarks), others: [] };
  if (!ids.some((id) => phrase.has(id)))
    return apartListed ? { best: [], others: exactFirst(ids, exactMarks) } : { best: exactFirst(ids, exactMarks), others: [] };
  return {
    best: exactFirst(
      ids.filter((id) => phrase.has(id)),
      exactMarks,
    ),
    others: exactFirst(
      ids.filter((id) => !phrase.has(id)),
      exactMarks,
    ),
  };
}

/** The ids present in every list; null for no lists. */
export function intersect(lists: readonly (readonly string[])[]): Set<string> | null {
  if (lists.length === 0) return null;
  const [head, ...rest] = lists;
  const result = new Set(head);
  for (const ids of rest) {
    const keep = new Set(ids);
    for (const id of result) if (!keep.has(id)) result.delete(id);
  }
  return result;
}
