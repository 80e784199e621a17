import { readFileSync } from 'node:fs';
import { districtKinds } from './schema.ts';
import { slugify } from './slug.ts';

/**
 * Every district-level unit of Vietnam as the General Statistics Office listed them on 2025-03-01
 * (src/data/README.md names the source), shaped like an entry of content/districts.yaml, with the
 * province each belongs to since 1 July 2025. English names are the Vietnamese ones without tone
 * marks, as Vietnamese government sites write them in English ("Tân Trụ" → "Tan Tru").
 */

type Bilingual = { vi: string; en: string };
export type DistrictKind = (typeof districtKinds)[number];

export interface NationalDistrict {
  /** "<district>-<province>", e.g. "can-giuoc-long-an"; a town or city sharing its name with a rural district of the same province gets its kind in front ("thi-xa-cai-lay-tien-giang"). */
  id: string;
  name: Bilingual;
  /** The province at the time (before the 2025 merger). */
  province: Bilingual;
  kind: DistrictKind;
  /** The province the area belongs to since 1 July 2025. */
  provinceSince2025: Bilingual;
  /** The note districts.yaml keeps in since2025. */
  since2025: Bilingual;
  /** Communes, wards and townships (xã, phường, thị trấn) as listed on 2025-03-01, in Vietnamese. */
  communes: readonly string[];
}

interface RawFile {
  asOf: string;
  provinces: RawProvince[];
}

interface RawProvince {
  type: string;
  name: string;
  provinceFrom2025: string;
  districts: { type: string; name: string; communes: string[] }[];
}

// Read, not imported: imported, the 190 KB file's literal type doubled the time of the type check
// (tsc on the project: 39 s against 17 s).
const units = JSON.parse(readFileSync(new URL('../data/vn-admin-units-2025-03.json', import.meta.url), 'utf8')) as RawFile;

/** Where the list comes from, for the docs and the districts.yaml comments. */
export const adminUnitsSource = {
  asOf: units.asOf,
  vi: 'Danh mục đơn vị hành chính Việt Nam, Tổng cục Thống kê, ngày 1/3/2025; tỉnh từ 1/7/2025 theo Nghị quyết 202/2025/QH15',
  en: "General Statistics Office's list of administrative units, 1 March 2025; provinces from 1 July 2025 per Resolution 202/2025/QH15",
};

/** "Tân Trụ" → "Tan Tru"; "Đắk Lắk" → "Dak Lak". */
export function withoutToneMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

const centralCities = new Set(units.provinces.filter((p) => p.type !== 'Tỉnh').map((p) => p.name));

/** A province as running text names it: "tỉnh Long An" / "Long An province", "thành phố Cần Thơ" / "Can Tho city". */
export function provincePhrase(name: string): Bilingual {
  const en = name === 'Hồ Chí Minh' ? 'Ho Chi Minh City' : `${withoutToneMarks(name)} ${centralCities.has(name) ? 'city' : 'province'}`;
  return { vi: `${centralCities.has(name) ? 'thành phố' : 'tỉnh'} ${name}`, en };
}

function provinceEnglish(name: string): string {
  return name === 'Hồ Chí Minh' ? 'Ho Chi Minh City' : withoutToneMarks(name);
}

function listVi(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} và ${items.at(-1)}`;
}

function listEn(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * The since2025 note for a district of `province`, from the provinces merged into `successor`
 * (`mergedInto`: every old province with that successor). It says only what the resolution says:
 * the district level went, and which province the area is in now.
 */
export function since2025Note(province: string, successor: string, mergedInto: readonly string[]): Bilingual {
  const lead = { vi: 'Từ ngày 1/7/2025 không còn cấp huyện; ', en: 'Districts were abolished on 1 July 2025; ' };
  const to = provincePhrase(successor);
  const from = provincePhrase(province);
  const others = mergedInto.filter((p) => p !== province && p !== successor);
  if (province !== successor) {
    const withVi = others.length > 0 ? ` (cùng ${listVi(others.map((p) => provincePhrase(p).vi))})` : '';
    const withEn = others.length > 0 ? ` (with ${listEn(others.map(provinceEnglish))})` : '';
    return {
      vi: `${lead.vi}${from.vi}${withVi} sáp nhập vào ${to.vi}.`,
      en: `${lead.en}${from.en}${withEn} merged into ${to.en}.`,
    };
  }
  if (others.length > 0) {
    const othersEn = others.map(provinceEnglish);
    return {
      vi: `${lead.vi}địa bàn thuộc ${to.vi} (${listVi(others.map((p) => provincePhrase(p).vi))} sáp nhập vào ${to.vi}).`,
      en: `${lead.en}the area is in ${to.en}, which ${listEn(othersEn)} ${othersEn.length > 1 ? 'provinces' : 'province'} merged into.`,
    };
  }
  return {
    vi: `${lead.vi}địa bàn thuộc ${to.vi}, không sáp nhập với tỉnh nào.`,
    en: `${lead.en}the area is in ${to.en}, which was not merged.`,
  };
}

/** Names as printed, without the stray spaces the published list has in a few (" Vũng Liêm"). */
const clean = (name: string) => name.replace(/\s+/g, ' ').trim();

let cache: readonly NationalDistrict[] | undefined;

/** The 696 district-level units, in the statistics office's order (by province code, then district code). */
export function nationalDistricts(): readonly NationalDistrict[] {
  if (cache) return cache;
  const provinces = units.provinces.map((p) => ({
    ...p,
    name: clean(p.name),
    provinceFrom2025: clean(p.provinceFrom2025),
    districts: p.districts.map((d) => ({ ...d, name: clean(d.name), communes: d.communes.map(clean) })),
  }));
  const mergedInto = new Map<string, string[]>();
  for (const p of provinces) mergedInto.set(p.provinceFrom2025, [...(mergedInto.get(p.provinceFrom2025) ?? []), p.name]);
  const list: NationalDistrict[] = [];
  for (const p of provinces) {
    const ruralNames = new Set(p.districts.filter((d) => d.type === 'Huyện').map((d) => d.name));
    for (const d of p.districts) {
      const kind = d.type.toLowerCase() as DistrictKind;
      const shared = kind !== 'huyện' && ruralNames.has(d.name);
      list.push({
        id: slugify(`${shared ? `${kind} ` : ''}${d.name} ${p.name}`, 200),
        name: { vi: d.name, en: withoutToneMarks(d.name) },
        province: { vi: p.name, en: provinceEnglish(p.name) },
        kind,
        provinceSince2025: { vi: p.provinceFrom2025, en: provinceEnglish(p.provinceFrom2025) },
        since2025: since2025Note(p.name, p.provinceFrom2025, mergedInto.get(p.provinceFrom2025) ?? []),
        communes: d.communes,
      });
    }
  }
  cache = Object.freeze(list);
  return cache;
}

/** The 63 provinces as they were before the 2025 merger. */
export function nationalProvinces(): readonly string[] {
  return units.provinces.map((p) => p.name);
}

const searchKey = (text: string) =>
  withoutToneMarks(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Districts an editor may mean by what they typed, best first: the id, the name with or without
 * tone marks and kind word ("Cần Giuộc", "can giuoc", "huyện Cần Giuộc"), or name and province
 * ("Châu Thành, Long An"). Exact names come before names that only start with the text. Shared by
 * `npm run new` and any editor that lets people pick from the national list.
 */
export function searchDistricts<D extends Pick<NationalDistrict, 'id' | 'name' | 'province' | 'kind'>>(
  query: string,
  districts: readonly D[],
  limit = 20,
): D[] {
  const q = searchKey(query.replace(/^\s*(huyện|thị xã|thành phố|quận|đặc khu|tp\.?)\s+/iu, ''));
  if (q === '') return [];
  const ranked: { d: D; rank: number }[] = [];
  for (const d of districts) {
    const name = searchKey(d.name.vi);
    const withProvince = `${name} ${searchKey(d.province.vi)}`;
    let rank = -1;
    if (d.id === query.trim() || withProvince === q) rank = 0;
    else if (name === q) rank = 1;
    else if (withProvince.startsWith(q)) rank = 2;
    else if (name.startsWith(q)) rank = 3;
    if (rank >= 0) ranked.push({ d, rank });
  }
  return ranked
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map((r) => r.d);
}
