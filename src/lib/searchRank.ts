/**
 * Orders Pagefind's results for the reader. Pagefind matches every query word as a word prefix
 * ("tan" also finds "tăng") and folds tone marks ("tan" finds "Tân"), which is right while typing but
 * buries the articles that have the very words typed. So the page asks Pagefind two more questions
 * (src/scripts/searchEngine.ts): which results have each word as a whole word, and which have the
 * words typed with tone marks exactly as typed. This module only orders, keeping the chosen sort
 * (newest, oldest, relevance) inside each group:
 * 1. whole-word matches that keep the typed marks ("Tân Trụ" for "Tân Trụ");
 * 2. other whole-word matches ("Tân Trụ" for "tan tru", "tăng" for "tâng" is not one);
 * 3. near matches: only word beginnings match ("tăng trưởng" for "tan tru"), shown apart.
 */
export interface RankedIds {
  /** Groups 1 and 2, in that order. */
  matches: string[];
  /** Group 3. */
  near: string[];
}

/**
 * @param ids Pagefind's results in the chosen sort.
 * @param wholeWord Results with every word as a whole word; null when not asked (all count as whole).
 * @param exactMarks Results with every marked word spelt exactly as typed; null when none was marked.
 */
export function rankResults(
  ids: readonly string[],
  wholeWord: ReadonlySet<string> | null,
  exactMarks: ReadonlySet<string> | null,
): RankedIds {
  const first: string[] = [];
  const second: string[] = [];
  const near: string[] = [];
  for (const id of ids) {
    if (wholeWord && !wholeWord.has(id)) near.push(id);
    else if (exactMarks && exactMarks.has(id)) first.push(id);
    else second.push(id);
  }
  return { matches: [...first, ...second], near };
}

/** The ids present in every set (the results that have all the words); null for no sets. */
export function intersect(sets: readonly (readonly string[])[]): Set<string> | null {
  if (sets.length === 0) return null;
  const [head, ...rest] = sets;
  const result = new Set(head);
  for (const ids of rest) {
    const keep = new Set(ids);
    for (const id of result) if (!keep.has(id)) result.delete(id);
  }
  return result;
}
