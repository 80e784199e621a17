import type { Bilingual, District } from './archiveIndex.ts';

/**
 * Place names as readers see them. Vietnamese proper names keep their Vietnamese spelling on
 * English pages too, tone marks included, as the English articles write them ("Tân Trụ launches…"):
 * a kicker or an image description spelt "Tan Tru" under a headline spelt "Tân Trụ" reads as two
 * places. The data files' `en` names stay for what needs plain letters.
 */
export function placeName(names: Bilingual): string {
  return names.vi;
}

/** "Tân Trụ, Long An": a district always with its province, since a dozen are called "Châu Thành". */
export function districtLabel(district: Pick<District, 'name' | 'province'>): string {
  return `${placeName(district.name)}, ${placeName(district.province)}`;
}
