import type { Lang } from '../i18n/locales.ts';
import { langs } from '../i18n/locales.ts';
import type { Archive, CitedDocument, District } from './archiveIndex.ts';
import { docTypeName, parseDocNumber } from './docNumber.ts';
import { placeName } from './placeNames.ts';
import { provinceSuccessor, type ProvinceSuccessor } from './provinces2025.ts';

/**
 * The two directories: every district grouped by province (with each province's successor since
 * the 2025 reform), and the register of every cited document by issuer, type and year. Built once
 * per archive from its indexes (one pass over districts and documents, none over articles).
 */

type Sources = Pick<Archive, 'districts' | 'documents' | 'byDistrict' | 'byDocument'>;

export interface ProvinceGroup {
  /** Vietnamese spelling, as printed in both languages (src/lib/placeNames.ts). */
  province: string;
  /** Where the province belongs since 1 July 2025, when the official list knows it. */
  since2025: ProvinceSuccessor | undefined;
  districts: { district: District; count: number }[];
}

export interface RegisterEntry {
  document: CitedDocument;
  /** Articles citing it in this language. */
  count: number;
  /** Type abbreviation ("NQ") and its name ("Nghị quyết"/"Resolution"). */
  type: string;
  typeName: string;
  /** Year of issue, when known. */
  year: string | undefined;
}

export interface Directories {
  provinces: Record<Lang, ProvinceGroup[]>;
  register: Record<Lang, RegisterEntry[]>;
}

const cache = new WeakMap<object, Directories>();

/** Both directories for both languages, computed once per archive. */
export function directories(archive: Sources): Directories {
  let result = cache.get(archive);
  if (!result) cache.set(archive, (result = build(archive)));
  return result;
}

function build(archive: Sources): Directories {
  const provinces = { vi: [], en: [] } as Record<Lang, ProvinceGroup[]>;
  const register = { vi: [], en: [] } as Record<Lang, RegisterEntry[]>;
  for (const lang of langs) {
    const groups = new Map<string, ProvinceGroup>();
    for (const district of archive.districts.values()) {
      const province = placeName(district.province);
      let group = groups.get(province);
      if (!group) groups.set(province, (group = { province, since2025: provinceSuccessor(province), districts: [] }));
      group.districts.push({ district, count: archive.byDistrict.get(district.id)?.[lang].length ?? 0 });
    }
    const collator = new Intl.Collator('vi');
    provinces[lang] = [...groups.values()].sort((a, b) => collator.compare(a.province, b.province));
    for (const group of provinces[lang])
      group.districts.sort((a, b) => collator.compare(placeName(a.district.name), placeName(b.district.name)));

    register[lang] = [...archive.documents.values()]
      .map((document) => {
        const parsed = parseDocNumber(document.number);
        const type = parsed?.type ?? '';
        return {
          document,
          count: archive.byDocument.get(document.id)?.[lang].length ?? 0,
          type,
          typeName: parsed ? docTypeName(parsed.type, lang, parsed.convention) : document.number,
          year: document.issuedOn?.slice(0, 4) ?? (parsed?.year ? String(parsed.year) : undefined),
        };
      })
      .sort(
        (a, b) =>
          collator.compare(a.document.issuer[lang], b.document.issuer[lang]) ||
          a.typeName.localeCompare(b.typeName, lang) ||
          (b.year ?? '').localeCompare(a.year ?? '') ||
          a.document.number.localeCompare(b.document.number, 'vi', { numeric: true }),
      );
  }
  return { provinces, register };
}

/** Register entries grouped by issuer, in register order: the headings of the register's pages. */
export function groupByIssuer(entries: readonly RegisterEntry[], lang: Lang): { issuer: string; entries: RegisterEntry[] }[] {
  const groups: { issuer: string; entries: RegisterEntry[] }[] = [];
  for (const entry of entries) {
    const issuer = entry.document.issuer[lang];
    const last = groups.at(-1);
    if (last?.issuer === issuer) last.entries.push(entry);
    else groups.push({ issuer, entries: [entry] });
  }
  return groups;
}
