import { slugify } from '../../../src/lib/slug.ts';
import type { District } from '../readContent.ts';

export type DistrictMatch =
  | { kind: 'matched'; district: District; /** Why we are sure, for the report. */ evidence: string }
  | { kind: 'ambiguous'; candidates: District[] }
  | {
      kind: 'unknown';
      /** The district the text names, if any, for the review list and a placeholder id. */ named?: { name: string; province?: string };
    };

/**
 * Names that several provinces share (DOMAIN.md): never matched on the name alone. Names outside
 * districts.yaml are not known here, so a name is trusted alone only when it is on no such list.
 */
const sharedNames = new Set([
  'châu thành',
  'long phú',
  'phú tân',
  'châu phú',
  'tân phú',
  'tân châu',
  'phú hòa',
  'bình tân',
  'thạnh phú',
  'vĩnh thạnh',
]);

const fold = (s: string) => s.normalize('NFC').toLowerCase();

function mentions(text: string, word: string, name: string): number {
  const prefix = word === '' ? '' : `${word}\\s+`;
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}])${prefix}${escape(fold(name))}(?![\\p{L}\\p{M}])`, 'gu');
  return [...text.matchAll(pattern)].length;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds the article's district in districts.yaml from what the export says: "huyện Tân Trụ, tỉnh
 * Long An" in the text, "Huyện Cồn Cỏ" in a breadcrumb, "UBND HUYỆN CHÂU THÀNH - TỈNH SÓC TRĂNG" in a
 * footer. The most-mentioned district wins when its province is named too, or when its name is
 * unique; anything less is not guessed.
 */
export function matchDistrict(articleText: string, chromeText: string, districts: District[]): DistrictMatch {
  const text = fold(`${articleText}\n${chromeText}`);
  const scored = districts
    .map((d) => ({
      district: d,
      named: mentions(text, '(?:huyện|thị xã|thành phố|quận|đặc khu)', d.name.vi),
      bare: mentions(text, '', d.name.vi),
      province: mentions(text, '(?:tỉnh|thành phố)', d.province.vi) + mentions(text, '', d.province.vi),
    }))
    .filter((s) => s.named > 0);
  scored.sort((a, b) => b.named - a.named || b.province - a.province);
  const best = scored[0];
  if (!best) return { kind: 'unknown', ...namedInText(articleText) };
  const sameName = districts.filter((d) => fold(d.name.vi) === fold(best.district.name.vi));
  const withProvince = scored.filter((s) => fold(s.district.name.vi) === fold(best.district.name.vi) && s.province > 0);
  if (withProvince.length === 1) {
    return {
      kind: 'matched',
      district: withProvince[0]!.district,
      evidence: `huyện ${best.district.name.vi}, ${best.district.province.vi}`,
    };
  }
  if (withProvince.length > 1 || sameName.length > 1 || sharedNames.has(fold(best.district.name.vi))) {
    return withProvince.length > 1 || sameName.length > 1
      ? { kind: 'ambiguous', candidates: withProvince.length > 1 ? withProvince.map((s) => s.district) : sameName }
      : { kind: 'unknown', named: { name: best.district.name.vi } };
  }
  return {
    kind: 'matched',
    district: best.district,
    evidence: `huyện ${best.district.name.vi} (${best.bare} mentions; the name is unique)`,
  };
}

/** The first "huyện X, tỉnh Y" the text names (in title case), for a district not in districts.yaml. */
function namedInText(text: string): { named?: { name: string; province?: string } } {
  const words = '((?:\\p{Lu}[\\p{Ll}\\p{M}]*)(?:\\s\\p{Lu}[\\p{Ll}\\p{M}]*){0,2})';
  const m = new RegExp(`(?<![\\p{L}\\p{M}])[Hh]uyện\\s+${words}(?:,?\\s*[Tt]ỉnh\\s+${words})?`, 'u').exec(text.normalize('NFC'));
  if (!m) return {};
  return { named: { name: m[1] ?? '', ...(m[2] ? { province: m[2] } : {}) } };
}

/** The id a district not yet in districts.yaml would get: name and province ("cho-lach-ben-tre"). */
export function placeholderDistrictId(named: { name: string; province?: string } | undefined): string {
  if (!named) return 'chua-xac-dinh';
  return slugify(`${named.name} ${named.province ?? ''}`);
}
