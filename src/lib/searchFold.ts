/**
 * Vietnamese spelling for search. Pagefind 1.6 folds tone and vowel marks ("khởi" is found by
 * "khoi") but keeps "đ" as its own letter, so "dong khoi" would miss "Đồng khởi" (checked in
 * tests/e2e/search.test.ts). Readers without a Vietnamese keyboard type "d", so each article also
 * carries its "đ" words spelt with "d" in a hidden, searchable field (`dSpellings`), and the page
 * highlights and ranks with the same folding (`foldForSearch`).
 */

const letters = /[\p{L}\p{M}\p{N}]+/gu;

/** Lower case, marks removed, "đ" as "d": "Đồng" → "dong", "khởi" → "khoi". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replaceAll('đ', 'd').replaceAll('Đ', 'D').toLowerCase();
}

/** True when a word carries a tone or vowel mark or "đ", i.e. the reader typed Vietnamese spelling. */
export function hasVietnameseMarks(word: string): boolean {
  return /\p{M}/u.test(word.normalize('NFD')) || /[đĐ]/.test(word);
}

/**
 * Every distinct word of `text` that has "đ", spelt with "d" and otherwise unchanged ("Đồng" →
 * "dồng", lower case), in order of first appearance: what Pagefind needs to index so "dong" finds it.
 */
export function dSpellings(text: string): string[] {
  const seen = new Set<string>();
  for (const [word] of text.normalize('NFC').matchAll(letters)) {
    if (!/[đĐ]/.test(word)) continue;
    seen.add(word.toLowerCase().replaceAll('đ', 'd'));
  }
  return [...seen];
}
