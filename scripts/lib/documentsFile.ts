import { Document } from 'yaml';
import { docNumberKey, type DocNumber } from '../../src/lib/docNumber.ts';
import { slugify, uniqueSlug } from '../../src/lib/slug.ts';
import type { District, DocumentEntry } from './readContent.ts';
import { issuerLevel, issuerPlaceId, type Issuer } from './issuers.ts';

/**
 * A new documents.yaml entry. The id follows the file's convention (docs/architecture.md, section
 * Content model): place or issuer, number, year when known ("chau-thanh-soc-trang-27-kh-ubnd-2024"),
 * because the same number recurs in every district and every year.
 */
export function newDocumentEntry(
  input: { number: DocNumber; issuer: Issuer; district: District; issuedOn?: string | undefined; title?: string | undefined },
  takenIds: ReadonlySet<string>,
): DocumentEntry {
  const year = input.issuedOn?.slice(0, 4) ?? (input.number.year === undefined ? undefined : String(input.number.year));
  const base = [issuerPlaceId(input.issuer, input.district), slugify(input.number.canonical), year].filter(Boolean).join('-');
  const entry: DocumentEntry = {
    id: uniqueSlug(base, takenIds, 120),
    number: input.number.canonical,
    issuer: { vi: input.issuer.vi, en: input.issuer.en },
  };
  if (input.issuedOn) entry.issuedOn = input.issuedOn;
  if (input.issuer.districtId) entry.district = input.issuer.districtId;
  else if (input.issuer.level === 'province') entry.province = { ...input.district.province };
  if (input.title) entry.title = { vi: input.title };
  return entry;
}

/**
 * The documents.yaml entries a number cited in an article about `district` can mean. A number is
 * unique only per issuer ("27/KH-UBND" is a different plan in every district), so an entry counts
 * only if it belongs to the same place: the article's district for district bodies, its province
 * for provincial ones, no place for central ones.
 */
export function sameDocuments(
  number: DocNumber,
  documents: DocumentEntry[],
  district: District | undefined,
  issuerText?: string,
): DocumentEntry[] {
  const level = issuerLevel(number, issuerText, district);
  const key = docNumberKey(number.canonical);
  return documents.filter((d) => {
    if (docNumberKey(d.number) !== key) return false;
    if (level === 'central') return !d.district && !d.province;
    if (level === 'province') return !!district && (d.province?.vi === district.province.vi || d.issuer.vi.includes(district.province.vi));
    return !!district && d.district === district.id;
  });
}

/**
 * Appends entries to the text of documents.yaml, keeping what is there (comments included) byte for
 * byte: the file is edited by hand too, so it is never re-serialised.
 */
export function appendDocuments(text: string, entries: DocumentEntry[], note: string): string {
  if (entries.length === 0) return text;
  const yaml = new Document(entries).toString({ defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  const comment = note
    .split('\n')
    .map((l) => `# ${l}`)
    .join('\n');
  const start = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  return `${start}${comment}\n${yaml}`;
}
