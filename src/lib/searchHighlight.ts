import { foldForSearch } from './searchFold.ts';

/** A run of text, marked when it is a word the reader searched for. */
export interface Segment {
  text: string;
  mark: boolean;
}

const word = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Splits `text` into segments, marking the words that match the query words with tone marks
 * folded and "đ" read as "d" (as the search matched them): a word equal to a query word, or, for a
 * query word no word of this text equals, words beginning with it (Pagefind matches prefixes, so
 * "phat" finds "phát" and, while typing, "ph" finds "phong").
 * Works on plain text and returns plain segments: the page renders them as text nodes and <mark>,
 * so no HTML from the index is ever injected.
 */
export function highlight(text: string, queryWords: readonly string[]): Segment[] {
  const wanted = [...new Set(queryWords.map(foldForSearch).flatMap((w) => w.match(word) ?? []))];
  if (wanted.length === 0 || text === '') return text === '' ? [] : [{ text, mark: false }];
  const tokens = [...text.matchAll(word)].map((m) => ({ index: m.index, text: m[0], folded: foldForSearch(m[0]) }));
  const foldedTokens = new Set(tokens.map((t) => t.folded));
  const exact = new Set(wanted.filter((w) => foldedTokens.has(w)));
  const prefixes = wanted.filter((w) => !exact.has(w));
  const isMatch = (folded: string) => exact.has(folded) || prefixes.some((p) => folded.startsWith(p));

  const segments: Segment[] = [];
  let at = 0;
  const push = (s: string, mark: boolean) => {
    if (s === '') return;
    const last = segments.at(-1);
    if (last && last.mark === mark && !mark) last.text += s;
    else segments.push({ text: s, mark });
  };
  for (const token of tokens) {
    if (!isMatch(token.folded)) continue;
    push(text.slice(at, token.index), false);
    push(token.text, true);
    at = token.index + token.text.length;
  }
  push(text.slice(at), false);
  return segments;
}
