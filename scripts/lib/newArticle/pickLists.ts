import { parseDocNumber } from '../../../src/lib/docNumber.ts';
import type { District, DocumentEntry } from '../readContent.ts';

/** One line of a pick-list: what the editor reads, and the answer it stands for. */
export interface PickOption {
  name: string;
  value: string;
  description?: string;
}

/** Folds text the way editors type it: no tone marks, "đ" as "d", any spacing, any case. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** True when every word typed begins a word of `text`, or `text` contains the whole term ("27/kh"). */
function matches(term: string, text: string): boolean {
  const words = fold(term).split(' ').filter(Boolean);
  const folded = fold(text);
  const textWords = folded.split(' ');
  return words.every((w) => textWords.some((t) => t.startsWith(w))) || folded.replaceAll(' ', '').includes(fold(term).replaceAll(' ', ''));
}

/** Districts matching what was typed so far, shown as "Châu Thành, Sóc Trăng" (names repeat across provinces). */
export function districtOptions(term: string | undefined, districts: readonly District[]): PickOption[] {
  return districts
    .filter((d) => !term || matches(term, `${d.name.vi} ${d.province.vi} ${d.id} ${d.kind}`))
    .map((d) => ({ name: `${d.name.vi}, ${d.province.vi}`, value: d.id, description: `${d.kind} · ${d.id}` }));
}

/** The answer that ends the list of documents. */
export const doneValue = '';

/**
 * Documents matching what was typed (by number or issuer), the article's own district's first;
 * then "new document …" when the text is a document number, and "done" (first while nothing is typed). Values are what
 * `resolveDocuments` reads: an id, or a number for a document not in documents.yaml yet.
 */
export function documentOptions(
  term: string | undefined,
  documents: readonly DocumentEntry[],
  district: District,
  chosen: readonly string[],
  labels: { done: string; add: (number: string) => string },
): PickOption[] {
  const own = (d: DocumentEntry) => d.district === district.id || (d.province?.vi === district.province.vi && !d.district);
  const found = documents
    .filter((d) => !chosen.includes(d.id))
    .filter((d) => !term || matches(term, `${d.number} ${d.issuer.vi} ${d.issuer.en} ${d.id}`))
    .sort((a, b) => Number(own(b)) - Number(own(a)))
    .map((d) => ({ name: `${d.number} — ${d.issuer.vi}`, value: d.id, description: d.title?.vi ?? d.id }));
  const number = term ? parseDocNumber(term) : null;
  const added = number && !chosen.includes(number.canonical) ? [{ name: labels.add(number.canonical), value: number.canonical }] : [];
  const done = { name: labels.done, value: doneValue };
  // Before anything is typed, Enter means "done"; once the editor types, the matches come first.
  return term ? [...found, ...added, done] : [done, ...found];
}
