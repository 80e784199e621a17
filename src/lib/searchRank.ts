/**
 * Orders Pagefind's results for the reader. Pagefind matches every query word as a word prefix
 * ("tan" also finds "tăng") and folds tone marks ("tan" finds "Tân"), which is right while typing but
 * buries the articles that have the very words typed. So the page asks Pagefind a few more
 * questions (src/scripts/searchEngine.ts) and this module orders by the answers, keeping the chosen
 * sort (newest, oldest, relevance) among results that match equally well:
 * 1. the words as a phrase, spelt with the tone marks as typed ("Châu Thành" for "Châu Thành");
 * 2. the words as a phrase, marks folded ("Châu Thành" for "chau thanh");
 * 3. every word whole, marks as typed (for "khơi": "khơi thông" before "Đồng khởi");
 * 4. every word whole, marks folded;
 * then, shown apart as near matches: results where a word only matched a word's beginning
 * ("tăng trưởng" for "tan tru").
 */
export interface RankedIds {
  /** Groups 1 to 4, in that order. */
  matches: string[];
  /** Near matches. */
  near: string[];
}

/** What Pagefind answered about each result; null when not asked (then every result qualifies). */
export interface MatchSets {
  /** Every query word appears as a whole word. */
  wholeWord: ReadonlySet<string> | null;
  /** The query words appear together, in order. */
  phrase: ReadonlySet<string> | null;
  /** Every word typed with marks appears with exactly those marks. */
  exactMarks: ReadonlySet<string> | null;
}

/** @param ids Pagefind's results in the chosen sort. */
export function rankResults(ids: readonly string[], sets: MatchSets): RankedIds {
  const groups: string[][] = [[], [], [], []];
  const near: string[] = [];
  for (const id of ids) {
    if (sets.wholeWord && !sets.wholeWord.has(id)) {
      near.push(id);
      continue;
    }
    const phrase = sets.phrase?.has(id) ?? false;
    const exact = sets.exactMarks?.has(id) ?? false;
    groups[(phrase ? 0 : 2) + (exact ? 0 : 1)]!.push(id);
  }
  return { matches: groups.flat(), near };
}

/** The ids present in every list (the results that have all the words); null for no lists. */
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
