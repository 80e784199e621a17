import type { Lang } from '../i18n/locales.ts';
import type { District } from './archiveIndex.ts';
import { placeName } from './placeNames.ts';

/** How each administrative kind is named in running text ("huyện Tân Trụ", "Tan Tru district"). */
const kindNames: Record<string, Record<Lang, string>> = {
  huyện: { vi: 'huyện', en: 'district' },
  'thị xã': { vi: 'thị xã', en: 'town' },
  'thành phố': { vi: 'thành phố', en: 'city' },
  quận: { vi: 'quận', en: 'urban district' },
  'đặc khu': { vi: 'đặc khu', en: 'special zone' },
};

export function districtKindName(kind: string, lang: Lang): string {
  return kindNames[kind]?.[lang] ?? kind;
}

/** The words of a district's titles ("district.title", "district.heading"): name, province, kind. */
export function districtNames(
  district: Pick<District, 'name' | 'province' | 'kind'>,
  lang: Lang,
): { name: string; province: string; kind: string } {
  return { name: placeName(district.name), province: placeName(district.province), kind: districtKindName(district.kind, lang) };
}
