/**
 * Which district an article is about, read from its text against every district in Vietnam
 * (src/lib/adminUnits.ts) and the site's own districts.yaml. What counts:
 * - a district named with its kind word: "huyện Cần Giuộc", "thị xã Kiến Tường", "TP. Tân An",
 *   "quận 3", in the headline (worth three mentions), the body, or the portal's chrome;
 * - the province, for names that several provinces share ("huyện Châu Thành, tỉnh Long An");
 * - a commune ("xã Phước Lý"), to tell homonyms apart, or as the only hint (never sure alone).
 * It is sure only when one district is left; otherwise it names the candidates for an editor.
 */

/** The district id of an article whose text names no district: an editor fills it in (the article is a draft). */
export const unknownDistrictId = 'chua-xac-dinh';

export interface Place {
  id: string;
  name: { vi: string; en: string };
  province: { vi: string; en: string };
  kind: string;
  communes?: readonly string[];
}

export type PlaceMatch<P extends Place> =
  { kind: 'matched'; district: P; evidence: string } | { kind: 'ambiguous'; candidates: P[]; evidence: string } | { kind: 'none' };

/**
 * Text folded for comparison: NFC, lower case, the tone mark of "oa", "oe", "uy" always on the
 * second vowel ("hòa" and "hoà", "thủy" and "thuỷ" are the same word written in two styles), and
 * one apostrophe with no space after it in the Central Highlands' names ("Ia H' Drai", "Ia H’Drai").
 */
export function foldPlaceText(text: string): string {
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(/([ou])([\u0300\u0301\u0303\u0309\u0323])([aey])/g, '$1$3$2')
    .replace(/[’‘`]/g, "'")
    .replace(/'\s+/g, "'")
    .normalize('NFC');
}

const kindWords: [RegExp, string | null][] = [
  [/^huyện( đảo)?$/u, 'huyện'],
  [/^thị xã$/u, 'thị xã'],
  [/^(thành phố|tp\.?)$/u, 'thành phố'],
  [/^quận$/u, 'quận'],
  [/^đặc khu$/u, 'đặc khu'],
];
const letter = String.raw`[\p{L}\p{M}\d']`;
const nameAfter = String.raw`(${letter}+(?:[ -]${letter}+){0,3})`;
const districtMention = new RegExp(String.raw`(?<!${letter})(huyện đảo|huyện|thị xã|thành phố|tp\.|tp|quận|đặc khu)\s+${nameAfter}`, 'gu');
const communeMention = new RegExp(String.raw`(?<!${letter})(?:xã|phường|thị trấn)\s+${nameAfter}`, 'gu');

interface Index<P extends Place> {
  byName: Map<string, P[]>;
  byCommune: Map<string, P[]>;
  provinces: string[];
  longestName: number;
}

const indexes = new WeakMap<readonly Place[], Index<Place>>();

function indexOf<P extends Place>(places: readonly P[]): Index<P> {
  const known = indexes.get(places);
  if (known) return known as Index<P>;
  const byName = new Map<string, P[]>();
  const byCommune = new Map<string, P[]>();
  let longestName = 1;
  for (const p of places) {
    const name = foldPlaceText(p.name.vi);
    byName.set(name, [...(byName.get(name) ?? []), p]);
    longestName = Math.max(longestName, name.split(/[ -]/).length);
    for (const c of p.communes ?? []) {
      const commune = foldPlaceText(c);
      const list = byCommune.get(commune) ?? [];
      list.push(p);
      byCommune.set(commune, list);
    }
  }
  const provinces = [...new Set(places.map((p) => foldPlaceText(p.province.vi)))];
  const index = { byName, byCommune, provinces, longestName };
  indexes.set(places, index as Index<Place>);
  return index;
}

/** The longest run of words at the start of `words` that names something in `map`. */
function longestKnown<T>(words: string, map: Map<string, T>, longest: number): { key: string; value: T } | null {
  const parts = words.split(/(?=[ -])/);
  for (let n = Math.min(parts.length, longest); n >= 1; n--) {
    const key = parts.slice(0, n).join('');
    const value = map.get(key);
    if (value) return { key, value };
  }
  return null;
}

function kindOf(word: string): string | null {
  return kindWords.find(([re]) => re.test(word))?.[1] ?? null;
}

function countWord(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const before = text[at - 1];
    const after = text[at + word.length];
    if ((before === undefined || !/[\p{L}\p{M}]/u.test(before)) && (after === undefined || !/[\p{L}\p{M}]/u.test(after))) n++;
  }
  return n;
}

/**
 * The district of an article: `headline`, `body` and `chrome` (breadcrumb, footer) as plain text,
 * `places` every district it may be (the same array each time: its index is kept).
 */
export function findDistrictInText<P extends Place>(
  text: { headline: string; body: string; chrome?: string },
  places: readonly P[],
): PlaceMatch<P> {
  const index = indexOf(places);
  const parts = [
    { text: foldPlaceText(text.headline), weight: 3 },
    { text: foldPlaceText(text.body), weight: 1 },
    { text: foldPlaceText(text.chrome ?? ''), weight: 1 },
  ];
  const all = parts.map((p) => p.text).join('\n');

  // Named districts, with the kind word that named them.
  const scores = new Map<string, { score: number; kinds: Set<string> }>();
  for (const part of parts) {
    for (const m of part.text.matchAll(districtMention)) {
      const found = longestKnown(m[2] ?? '', index.byName, index.longestName);
      if (!found) continue;
      const entry = scores.get(found.key) ?? { score: 0, kinds: new Set<string>() };
      entry.score += part.weight;
      const kind = kindOf(m[1] ?? '');
      if (kind) entry.kinds.add(kind);
      scores.set(found.key, entry);
    }
  }

  const provinceMentions = new Map<string, number>();
  for (const province of index.provinces) {
    const n = countWord(all, province);
    if (n > 0) provinceMentions.set(province, n);
  }
  const inNamedProvince = (p: P) => provinceMentions.has(foldPlaceText(p.province.vi));

  const communes = new Set<P>();
  for (const m of all.matchAll(communeMention)) {
    const found = longestKnown(m[1] ?? '', index.byCommune, 4);
    for (const p of found?.value ?? []) communes.add(p);
  }

  const best = Math.max(0, ...[...scores.values()].map((s) => s.score));
  if (best === 0) {
    // A commune alone is a hint, never proof: the same commune name is in many districts.
    const hinted = [...communes].filter((p) => provinceMentions.size === 0 || inNamedProvince(p));
    return hinted.length > 0
      ? { kind: 'ambiguous', candidates: hinted.slice(0, 12), evidence: 'commune named, no district' }
      : { kind: 'none' };
  }
  let candidates: P[] = [];
  for (const [name, s] of scores) {
    if (s.score !== best) continue;
    const sameName = index.byName.get(name) ?? [];
    const sameKind = sameName.filter((p) => s.kinds.has(p.kind));
    candidates.push(...(sameKind.length > 0 ? sameKind : sameName));
  }
  const names = [...new Set(candidates.map((p) => p.name.vi))].join(', ');
  if (candidates.length === 1)
    return { kind: 'matched', district: candidates[0]!, evidence: `${candidates[0]!.kind} ${names}: one district of that name` };
  const byProvince = candidates.filter(inNamedProvince);
  if (byProvince.length === 1)
    return { kind: 'matched', district: byProvince[0]!, evidence: `${byProvince[0]!.kind} ${names}, ${byProvince[0]!.province.vi} named` };
  if (byProvince.length > 1) candidates = byProvince;
  const byCommune = candidates.filter((p) => communes.has(p));
  if (byCommune.length === 1)
    return { kind: 'matched', district: byCommune[0]!, evidence: `${byCommune[0]!.kind} ${names}, one of its communes named` };
  return { kind: 'ambiguous', candidates, evidence: `${names} is the name of ${candidates.length} districts` };
}
