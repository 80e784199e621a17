/**
 * Vietnamese spelling for search. Pagefind 1.6 folds tone and vowel marks ("khởi" is found by
 * "khoi": it strips the combining marks of the decomposed letter) but "đ" does not decompose, so
 * "dong khoi" would miss "Đồng khởi" (checked in tests/e2e/search.test.ts). Readers without a
 * Vietnamese keyboard type "d". So the index and the queries write "đ" as "d" plus a combining
 * stroke (U+0335): folded, it is "d"; exact, it is still "đ" and only "đ" (`strokeD`). The search
 * page turns it back before showing text (`restoreD`).
 */

const stroke = '\u0335';

/** "Đồng" → "D̵ồng": a "d" that Pagefind folds to "d" and keeps apart from "d" when exact. */
export function strokeD(text: string): string {
  return text.replaceAll('đ', `d${stroke}`).replaceAll('Đ', `D${stroke}`);
}

/** The reverse of `strokeD`, for text read back from the index. */
export function restoreD(text: string): string {
  return text.replaceAll(`d${stroke}`, 'đ').replaceAll(`D${stroke}`, 'Đ');
}

/**
 * Lower case, marks removed, "đ" as "d": "Đồng" → "dong", "khởi" → "khoi". A stroked "d" folds the
 * same way: its stroke is a combining mark like the others.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replaceAll('đ', 'd').replaceAll('Đ', 'D').toLowerCase();
}

/** True when a word carries a tone or vowel mark or "đ", i.e. the reader typed Vietnamese spelling. */
export function hasVietnameseMarks(word: string): boolean {
  return /\p{M}/u.test(word.normalize('NFD')) || /[đĐ]/.test(word);
}
