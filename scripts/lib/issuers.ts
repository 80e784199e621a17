import type { DocNumber } from '../../src/lib/docNumber.ts';
import { slugify } from '../../src/lib/slug.ts';
import type { District } from './readContent.ts';

export type IssuerLevel = 'district' | 'province' | 'central';

export interface Issuer {
  vi: string;
  en: string;
  level: IssuerLevel;
  /** For district bodies of the article's own district: its id (documents.yaml `district`). */
  districtId?: string;
}

/**
 * The bodies that issue the documents our articles cite, by how Vietnamese text names them, with
 * their usual English names. A name given without its place ("Ban Chấp hành Đảng bộ huyện", as an
 * article says of its own district) is completed with the article's district or province.
 */
const bodies: Array<{ vi: RegExp; name: string; level: IssuerLevel; en: (place: string) => string }> = [
  {
    vi: /^(?:Ban Chấp hành|BCH) Đảng bộ huyện/iu,
    name: 'Ban Chấp hành Đảng bộ huyện',
    level: 'district',
    en: (p) => `${p} District Party Executive Committee`,
  },
  {
    vi: /^Ban Thường vụ Huyện ủy/iu,
    name: 'Ban Thường vụ Huyện ủy',
    level: 'district',
    en: (p) => `Standing Board of the ${p} District Party Committee`,
  },
  { vi: /^Huyện ủy/iu, name: 'Huyện ủy', level: 'district', en: (p) => `${p} District Party Committee` },
  {
    vi: /^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND) huyện/iu,
    name: 'Ủy ban nhân dân huyện',
    level: 'district',
    en: (p) => `${p} District People's Committee`,
  },
  {
    vi: /^(?:Hội đồng nhân dân|HĐND) huyện/iu,
    name: 'Hội đồng nhân dân huyện',
    level: 'district',
    en: (p) => `${p} District People's Council`,
  },
  {
    vi: /^(?:Ban Chấp hành|BCH) Đảng bộ tỉnh/iu,
    name: 'Ban Chấp hành Đảng bộ tỉnh',
    level: 'province',
    en: (p) => `${p} Provincial Party Executive Committee`,
  },
  {
    vi: /^Ban Thường vụ Tỉnh ủy/iu,
    name: 'Ban Thường vụ Tỉnh ủy',
    level: 'province',
    en: (p) => `Standing Board of the ${p} Provincial Party Committee`,
  },
  { vi: /^Tỉnh ủy/iu, name: 'Tỉnh ủy', level: 'province', en: (p) => `${p} Provincial Party Committee` },
  {
    vi: /^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND) tỉnh/iu,
    name: 'Ủy ban nhân dân tỉnh',
    level: 'province',
    en: (p) => `${p} Provincial People's Committee`,
  },
  {
    vi: /^(?:Hội đồng nhân dân|HĐND) tỉnh/iu,
    name: 'Hội đồng nhân dân tỉnh',
    level: 'province',
    en: (p) => `${p} Provincial People's Council`,
  },
  { vi: /^Bộ Chính trị/iu, name: 'Bộ Chính trị', level: 'central', en: () => 'Politburo' },
  { vi: /^Ban Bí thư/iu, name: 'Ban Bí thư', level: 'central', en: () => 'Party Secretariat' },
  { vi: /^Ban Chấp hành Trung ương/iu, name: 'Ban Chấp hành Trung ương', level: 'central', en: () => 'Party Central Committee' },
  { vi: /^Thủ tướng Chính phủ/iu, name: 'Thủ tướng Chính phủ', level: 'central', en: () => 'Prime Minister' },
  { vi: /^Chính phủ/iu, name: 'Chính phủ', level: 'central', en: () => 'Government' },
];

/** The body a number's issuer code stands for, when the text does not name it ("HU" → "Huyện ủy Tân Trụ"). */
const byCode: Record<string, string> = {
  HU: 'Huyện ủy',
  UBND: 'Ủy ban nhân dân huyện',
  HĐND: 'Hội đồng nhân dân huyện',
  TU: 'Tỉnh ủy',
  TW: 'Ban Chấp hành Trung ương',
  CP: 'Chính phủ',
  TTg: 'Thủ tướng Chính phủ',
};

/** Reads an issuer as the text names it; null when it is not a body we know how to name in English. */
export function namedIssuer(text: string, district: District): Issuer | null {
  const phrase = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const body = bodies.find((b) => b.vi.test(phrase));
  if (!body) return null;
  const rest = phrase.replace(body.vi, '').trim();
  if (body.level === 'central') return { vi: body.name, en: body.en(''), level: 'central' };
  const own = body.level === 'district' ? district.name : district.province;
  // The place, if named, is the rest of the phrase; an article names its own district without it.
  const placeVi = rest === '' ? own.vi : rest;
  const isOwn = sameName(placeVi, own.vi);
  const placeEn = isOwn ? own.en : withoutToneMarks(placeVi);
  return {
    vi: `${body.name} ${isOwn ? own.vi : placeVi}`,
    en: body.en(placeEn),
    level: body.level,
    ...(body.level === 'district' && isOwn ? { districtId: district.id } : {}),
  };
}

/** The issuer implied by a number's code, for a document cited in an article about `district`. */
export function issuerFromCode(doc: DocNumber, district: District): Issuer | null {
  const name = byCode[doc.issuer.split('-')[0] ?? ''];
  return name ? namedIssuer(name, district) : null;
}

function sameName(a: string, b: string): boolean {
  return a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();
}

/** "Tân Trụ" → "Tan Tru": English writes Vietnamese place names without tone marks. */
export function withoutToneMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** Where the body issuing a document sits: named in the text, else by its code (HU, UBND, HĐND the district's own; TU the province's). */
export function issuerLevel(number: DocNumber, issuerText: string | undefined, district: District | undefined): IssuerLevel {
  if (issuerText && district) {
    const named = namedIssuer(issuerText, district);
    if (named) return named.level;
  }
  const code = number.issuer.split('-')[0] ?? '';
  if (code === 'TU') return 'province';
  if (code === 'TW' || code === 'CP' || code === 'TTg' || code === 'QH') return 'central';
  return 'district';
}

/** The place part of a document id: the district id, the province, or the central body. */
export function issuerPlaceId(issuer: Issuer, district: District): string {
  if (issuer.districtId) return issuer.districtId;
  if (issuer.level === 'province') return slugify(district.province.vi);
  if (issuer.level === 'central') return slugify(issuer.vi);
  return slugify(`${issuer.vi.replace(/^.*huyện\s+/iu, '')} ${district.province.vi}`);
}
