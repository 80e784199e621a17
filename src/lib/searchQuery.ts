import { docNumberKey, docNumberSearchTerms, parseDocNumber } from './docNumber.ts';
import { hasVietnameseMarks } from './searchFold.ts';

/**
 * Turns what the reader typed into what the search page asks Pagefind. Two cases:
 * - a document number in any form people type it ("55-nq/hu", "55 NQ HU", "KH-UBND 27"): Pagefind
 *   drops "/" and "-" from a query, so "KH-UBND 27" would become the unknown word "khubnd". The
 *   page searches the number's separate words instead ("27 KH UBND"), which every article citing
 *   it carries (src/components/SearchIndexMeta.astro), and offers the document pages themselves;
 * - anything else is searched as typed.
 */
export interface QueryPlan {
  /** The text for Pagefind; null when there are no words (a listing by filters alone). */
  text: string | null;
  /** The words Pagefind will look up, lower case, as it splits them (for whole-word ranking). */
  words: string[];
  /** The words typed with tone marks or "đ": articles spelling them that way rank first. */
  markedWords: string[];
  /** The comparison key ("27/kh-ubnd") when the whole query is one document number. */
  docKey: string | null;
}

/** Pagefind's own query clean-up (pagefind.js 1.6): punctuation is dropped, not split on. */
const punctuation = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

/** The words Pagefind looks up for `text`: "Trụ," → "trụ", "55-NQ/HU" → "55nqhu". */
export function pagefindWords(text: string): string[] {
  return text
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(punctuation, '')
    .split(/\s+/)
    .filter((w) => w !== '');
}

export function planQuery(input: string): QueryPlan {
  const typed = input.trim();
  if (pagefindWords(typed).length === 0) return { text: null, words: [], markedWords: [], docKey: null };
  const doc = parseDocNumber(typed);
  if (doc) {
    // docNumberSearchTerms gives [canonical, separate words, words without the leading zero].
    const text = docNumberSearchTerms(doc)[1] ?? doc.canonical;
    return { text, words: pagefindWords(text), markedWords: [], docKey: docNumberKey(typed) };
  }
  const words = pagefindWords(typed);
  return { text: typed, words, markedWords: words.filter(hasVietnameseMarks), docKey: null };
}
