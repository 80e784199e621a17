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

interface Body {
  vi: RegExp;
  name: string;
  level: IssuerLevel;
  en: (place: string) => string;
}

/** District and province have the same five bodies, named alike: "… huyện" / "… tỉnh", Huyện ủy / Tỉnh ủy. */
function localBodies(level: 'district' | 'province', place: string, partyCommittee: string, en: string): Body[] {
  return [
    {
      vi: new RegExp(`^(?:Ban Chấp hành|BCH) Đảng bộ ${place}`, 'iu'),
      name: `Ban Chấp hành Đảng bộ ${place}`,
      level,
      en: (p) => `${p} ${en} Party Executive Committee`,
    },
    {
      vi: new RegExp(`^Ban Thường vụ ${partyCommittee}`, 'iu'),
      name: `Ban Thường vụ ${partyCommittee}`,
      level,
      en: (p) => `Standing Board of the ${p} ${en} Party Committee`,
    },
    { vi: new RegExp(`^${partyCommittee}`, 'iu'), name: partyCommittee, level, en: (p) => `${p} ${en} Party Committee` },
    {
      vi: new RegExp(`^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND) ${place}`, 'iu'),
      name: `Ủy ban nhân dân ${place}`,
      level,
      en: (p) => `${p} ${en} People's Committee`,
    },
    {
      vi: new RegExp(`^(?:Hội đồng nhân dân|HĐND) ${place}`, 'iu'),
      name: `Hội đồng nhân dân ${place}`,
      level,
      en: (p) => `${p} ${en} People's Council`,
    },
  ];
}

/**
 * The bodies that issue the documents our articles cite, by how Vietnamese text names them, with
 * their usual English names. A name given without its place ("Ban Chấp hành Đảng bộ huyện", as an
 * article says of its own district) is completed with the article's district or province.
 */
const bodies: Body[] = [
  ...localBodies('district', 'huyện', 'Huyện ủy', 'District'),
  ...localBodies('province', 'tỉnh', 'Tỉnh ủy', 'Provincial'),
  { vi: /^Bộ Chính trị/iu, name: 'Bộ Chính trị', level: 'central', en: () => 'Politburo' },
  { vi: /^Ban Bí thư/iu, name: 'Ban Bí thư', level: 'central', en: () => 'Party Secretariat' },
  { vi: /^Ban Chấp hành Trung ương/iu, name: 'Ban Chấp hành Trung ương', level: 'central', en: () => 'Party Central Committee' },
  { vi: /^Thủ tướng Chính phủ/iu, name: 'Thủ tướng Chính phủ', level: 'central', en: () => 'Prime Minister' },
  { vi: /^Chính phủ/iu, name: 'Chính phủ', level: 'central', en: () => 'Government' },
  { vi: /^Quốc hội/iu, name: 'Quốc hội', level: 'central', en: () => 'National Assembly' },
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
  QH: 'Quốc hội',
};

function bodyOfCode(doc: DocNumber): Body | undefined {
  const name = byCode[doc.issuer.split('-')[0] ?? ''];
  return name === undefined ? undefined : bodies.find((b) => b.name === name);
}

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
  const body = bodyOfCode(doc);
  return body ? namedIssuer(body.name, district) : null;
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
  return bodyOfCode(number)?.level ?? 'district';
}

/** The place part of a document id: the district id, the province, or the central body. */
export function issuerPlaceId(issuer: Issuer, district: District): string {
  if (issuer.districtId) return issuer.districtId;
  if (issuer.level === 'province') return slugify(district.province.vi);
  if (issuer.level === 'central') return slugify(issuer.vi);
  return slugify(`${issuer.vi.replace(/^.*huyện\s+/iu, '')} ${district.province.vi}`);
}
