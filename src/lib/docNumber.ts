import type { Lang } from '../i18n/locales.ts';

/**
 * Vietnamese document numbers ("số, ký hiệu văn bản"), in both conventions (DOMAIN.md):
 * - state (Decree 30/2020/NĐ-CP): NUMBER/TYPE-ISSUER ("27/KH-UBND"), legal normative documents with
 *   the year NUMBER/YEAR/TYPE-ISSUER ("42/2022/NĐ-CP"), and official letters (công văn), whose
 *   symbol has no type at all: NUMBER/ISSUER-UNIT ("1234/UBND-VX");
 * - party (Guidance 36-HD/VPTW): NUMBER-TYPE/ISSUER ("55-NQ/HU").
 *
 * People type them loosely (spaces, lower case, "D" for "Đ", "NQ-HU" for "NQ/HU", "KH-UBND 27"), so
 * `parseDocNumber` is generous with what it reads and `formatDocNumber` prints one canonical form.
 * `findDocNumbers` is the strict twin used on article text, where "15/19 tiêu chí" and dates abound.
 */

export type DocConvention = 'party' | 'state';

export type DocNumber = {
  /** The number, at least two digits as Decree 30 asks ("09", "55", "1587"). */
  number: string;
  /** Year, only in legal normative documents ("42/2022/NĐ-CP"). */
  year?: number;
  /** Type abbreviation in its canonical case ("NQ", "CTr", "QĐ"); "CV" for an untyped official letter. */
  type: string;
  /** Issuing body, groups joined by "-" ("HU", "UBND", "HĐND", "UBND-VX", "CP"). */
  issuer: string;
  convention: DocConvention;
  /** True for an official letter (công văn) whose symbol carries no type: "1234/UBND-VX". */
  implicitType?: true;
  /** The canonical printed form ("55-NQ/HU", "09/NQ-HĐND", "42/2022/NĐ-CP"). */
  canonical: string;
};

type DocTypeInfo = {
  /** Canonical abbreviation, case as printed on documents. */
  code: string;
  vi: string;
  en: string;
  /** A different name when the Party uses the same abbreviation for another document kind. */
  party?: { vi: string; en: string };
};

/**
 * Type abbreviations: Decree 30/2020 Appendix III, the legal normative kinds (Law on Promulgation of
 * Legal Documents) and Party use (Guidance 36-HD/VPTW). English names are kept distinct so two types
 * never read the same in a list.
 */
export const docTypes: readonly DocTypeInfo[] = [
  { code: 'NQ', vi: 'Nghị quyết', en: 'Resolution' },
  { code: 'QĐ', vi: 'Quyết định', en: 'Decision' },
  { code: 'CT', vi: 'Chỉ thị', en: 'Directive' },
  { code: 'QC', vi: 'Quy chế', en: 'Regulation' },
  { code: 'QyĐ', vi: 'Quy định', en: 'Rules' },
  // The Party writes its "Quy định" as QĐi ("08-QĐi/TW"); QĐ stays "Quyết định" in both conventions.
  { code: 'QĐi', vi: 'Quy định', en: 'Rules' },
  { code: 'TC', vi: 'Thông cáo', en: 'Communiqué' },
  { code: 'TB', vi: 'Thông báo', en: 'Notice' },
  { code: 'HD', vi: 'Hướng dẫn', en: 'Guidance' },
  { code: 'CTr', vi: 'Chương trình', en: 'Programme' },
  { code: 'KH', vi: 'Kế hoạch', en: 'Plan' },
  { code: 'PA', vi: 'Phương án', en: 'Option plan' },
  { code: 'ĐA', vi: 'Đề án', en: 'Scheme' },
  { code: 'DA', vi: 'Dự án', en: 'Project' },
  { code: 'BC', vi: 'Báo cáo', en: 'Report' },
  { code: 'BB', vi: 'Biên bản', en: 'Minutes' },
  { code: 'TTr', vi: 'Tờ trình', en: 'Submission' },
  { code: 'KL', vi: 'Kết luận', en: 'Conclusion' },
  { code: 'NĐ', vi: 'Nghị định', en: 'Decree' },
  // Same letters, two kinds: a state "Thông tư" (circular) and a Party "Thông tri" (instruction).
  { code: 'TT', vi: 'Thông tư', en: 'Circular', party: { vi: 'Thông tri', en: 'Instruction' } },
  { code: 'TTLT', vi: 'Thông tư liên tịch', en: 'Joint circular' },
  { code: 'NQLT', vi: 'Nghị quyết liên tịch', en: 'Joint resolution' },
  { code: 'L', vi: 'Lệnh', en: 'Order' },
  { code: 'CV', vi: 'Công văn', en: 'Official letter' },
  { code: 'HĐ', vi: 'Hợp đồng', en: 'Contract' },
  { code: 'CĐ', vi: 'Công điện', en: 'Official telegram' },
  { code: 'GN', vi: 'Bản ghi nhớ', en: 'Memorandum of understanding' },
  { code: 'TTh', vi: 'Bản thỏa thuận', en: 'Agreement' },
  { code: 'GUQ', vi: 'Giấy ủy quyền', en: 'Power of attorney' },
  { code: 'GM', vi: 'Giấy mời', en: 'Invitation' },
  { code: 'GGT', vi: 'Giấy giới thiệu', en: 'Letter of introduction' },
  { code: 'GNP', vi: 'Giấy nghỉ phép', en: 'Leave permit' },
  { code: 'PG', vi: 'Phiếu gửi', en: 'Dispatch slip' },
  { code: 'PC', vi: 'Phiếu chuyển', en: 'Transfer slip' },
  { code: 'PB', vi: 'Phiếu báo', en: 'Notification slip' },
];

/**
 * Issuing bodies whose spelling we know, so their case ("TTg", "ThU") and their "Đ" ("HĐND") can be
 * restored from what people type. Any other issuer is kept, upper-cased, as typed.
 */
const partyIssuers = ['TW', 'VPTW', 'BTGTW', 'BTCTW', 'BDVTW', 'BNCTW', 'UBKTTW', 'TU', 'ThU', 'HU', 'QU', 'ĐU', 'ĐUK'];
const stateIssuers = [
  'UBND',
  'HĐND',
  'UBMTTQ',
  'MTTQ',
  'CP',
  'TTg',
  'VPCP',
  'QH',
  'UBTVQH',
  'CTN',
  'VP',
  'VPUB',
  'BCĐ',
  'BNV',
  'BTC',
  'BNN',
  'BCA',
  'BQP',
  'BYT',
  'BXD',
  'BTNMT',
  'BGDĐT',
  'BKHĐT',
  'BLĐTBXH',
  'BVHTTDL',
];

/**
 * A Party body's abbreviation ends with its committee: TW (Central), TU/ThU (provincial/city), HU
 * (district), QU (urban district), ĐU/ĐUK (Party committee of a commune, agency or bloc): "VPTW",
 * "BTGHU". No state body's abbreviation ends that way, so the issuer settles the convention even
 * when the separators were typed wrong ("55/NQ-HU").
 */
const partyIssuerEnding = /(?:TW|TU|HU|QU|ĐU|ĐUK)$/;

const foldD = (s: string): string => s.replaceAll('Đ', 'D').replaceAll('đ', 'd');

/**
 * Builds a case-insensitive lookup that also accepts "D" for "Đ". The exact (upper-cased) spelling
 * always wins over the D-folded one: "DA" is Dự án (project) even though "ĐA" (đề án, scheme) folds
 * to the same letters, and "HD" is Hướng dẫn, not HĐ (hợp đồng). Someone who typed "DA" for "ĐA"
 * therefore gets "Dự án": the letters alone cannot tell, and the exact reading is the safer guess.
 */
function caseAndDLookup(codes: readonly string[]): (typed: string) => string | undefined {
  const exact = new Map<string, string>();
  const folded = new Map<string, string>();
  for (const code of codes) exact.set(code.toUpperCase(), code);
  for (const code of codes) {
    const key = foldD(code.toUpperCase());
    if (!exact.has(key) && !folded.has(key)) folded.set(key, code);
  }
  return (typed) => {
    const upper = typed.toUpperCase();
    return exact.get(upper) ?? folded.get(foldD(upper));
  };
}

const lookupType = caseAndDLookup(docTypes.map((t) => t.code));
const lookupIssuer = caseAndDLookup([...partyIssuers, ...stateIssuers]);
const lookupStateIssuer = caseAndDLookup(stateIssuers);

/** One word of a symbol: a letter group, digits allowed after the first letter ("QH15"). */
const wordPattern = /^[A-Za-zĐđ][A-Za-zĐđ0-9]{0,11}$/;
const typePattern = /^[A-Za-zĐđ]{1,5}$/;

type Separator = '/' | '-' | ' ';
type Token = { text: string; isNumber: boolean; sepBefore: Separator | null };

/**
 * Interprets a token sequence: number first ("55-NQ/HU", "42/2022/NĐ-CP", "55 NQ HU") or last
 * ("KH-UBND 27"). Returns null for anything else ("15/19", "19/02/2024", "NQ/HU").
 */
function interpret(tokens: Token[]): DocNumber | null {
  if (tokens.length < 3) return null;
  let numberToken: Token;
  let year: number | undefined;
  let words: Token[];
  let numberSep: Separator | null = null;

  const first = tokens[0]!;
  const last = tokens.at(-1)!;
  if (first.isNumber) {
    numberToken = first;
    let rest = tokens.slice(1);
    numberSep = rest[0]!.sepBefore;
    if (rest[0]!.isNumber) {
      // Only a four-digit year may follow the number, after a slash (or a space: "42 2022 ND CP").
      const yearToken = rest[0]!;
      if (!/^\d{4}$/.test(yearToken.text) || yearToken.sepBefore === '-') return null;
      if (rest[1] && rest[1].sepBefore === '-') return null;
      year = Number(yearToken.text);
      if (year < 1945 || year > 2100) return null;
      rest = rest.slice(1);
    }
    words = rest;
  } else if (last.isNumber) {
    // The search-box form: symbol first, then the number ("KH-UBND 27").
    if (last.sepBefore !== ' ') return null;
    numberToken = last;
    words = tokens.slice(0, -1);
  } else {
    return null;
  }
  if (words.length < 2 || words.some((w) => w.isNumber || !wordPattern.test(w.text))) return null;

  const n = Number(numberToken.text);
  if (!/^\d{1,5}$/.test(numberToken.text) || n < 1) return null;
  const number = String(n).padStart(2, '0');

  const [typeWord, ...issuerWords] = words as [Token, ...Token[]];
  const symbolSep = issuerWords[0]!.sepBefore;
  const type = typePattern.test(typeWord.text) ? lookupType(typeWord.text) : undefined;
  const canonicalWord = (w: Token): string => lookupIssuer(w.text) ?? w.text.toUpperCase();

  if (type === undefined) {
    // An official letter: NUMBER/ISSUER-UNIT, accepted only for a known state issuer so that random
    // "12/AB-CD" text is not taken for a document.
    if (!first.isNumber || numberSep !== '/' || year !== undefined) return null;
    if (lookupStateIssuer(typeWord.text) === undefined || issuerWords.some((w) => w.sepBefore !== '-')) return null;
    const issuer = words.map(canonicalWord).join('-');
    return withCanonical({ number, type: 'CV', issuer, convention: 'state', implicitType: true });
  }

  const issuer = issuerWords.map(canonicalWord).join('-');
  const convention = conventionOf({ issuer, year, numberSep, symbolSep });
  return withCanonical(year === undefined ? { number, type, issuer, convention } : { number, year, type, issuer, convention });
}

/** The issuer decides when it is a known kind; otherwise the separators the person typed do. */
function conventionOf(p: {
  issuer: string;
  year: number | undefined;
  numberSep: Separator | null;
  symbolSep: Separator | null;
}): DocConvention {
  if (p.year !== undefined) return 'state';
  const firstIssuer = p.issuer.split('-')[0]!;
  if (partyIssuerEnding.test(p.issuer.toUpperCase())) return 'party';
  if (lookupStateIssuer(firstIssuer) !== undefined) return 'state';
  if (p.numberSep === '/') return 'state';
  if (p.numberSep === '-') return 'party';
  return p.symbolSep === '/' ? 'party' : 'state';
}

function withCanonical(d: Omit<DocNumber, 'canonical'>): DocNumber {
  return { ...d, canonical: formatDocNumber(d) };
}

/** The canonical printed form: "55-NQ/HU", "27/KH-UBND", "42/2022/NĐ-CP", "1234/UBND-VX". */
export function formatDocNumber(d: Omit<DocNumber, 'canonical'>): string {
  if (d.convention === 'party') return `${d.number}-${d.type}/${d.issuer}`;
  const year = d.year === undefined ? '' : `${d.year}/`;
  return d.implicitType ? `${d.number}/${year}${d.issuer}` : `${d.number}/${year}${d.type}-${d.issuer}`;
}

/** Splits a cleaned-up string into numbers and words, recording the separator before each. */
function tokenize(s: string): Token[] | null {
  const tokens: Token[] = [];
  const re = /\s*([/-])?\s*(\d+|[A-Za-zĐđ][A-Za-zĐđ0-9]*)/y;
  let pos = 0;
  while (pos < s.length) {
    re.lastIndex = pos;
    const m = re.exec(s);
    if (!m) return null;
    const hadSpace = /^\s/.test(m[0]);
    const sep: Separator | null = (m[1] as '/' | '-' | undefined) ?? (hadSpace ? ' ' : null);
    if (tokens.length === 0 ? sep !== null : sep === null) return null; // "55NQ", "/55-NQ/HU"
    tokens.push({ text: m[2]!, isNumber: /^\d/.test(m[2]!), sepBefore: sep });
    pos = re.lastIndex;
  }
  return tokens;
}

const typeNamePrefixes = docTypes
  .flatMap((t) => [t.vi, t.en, ...(t.party ? [t.party.vi, t.party.en] : [])])
  .map((name) => name.toLowerCase())
  .sort((a, b) => b.length - a.length);

/** Removes what surrounds a number when it is copied from a page: "Nghị quyết số: ", "No. ", "(…)". */
function stripLabels(input: string): string {
  let s = input
    .normalize('NFC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  const lower = s.toLowerCase();
  const name = typeNamePrefixes.find((p) => lower.startsWith(`${p} `));
  if (name) s = s.slice(name.length + 1);
  s = s.replace(/^(?:số|no\.?)\s*:?\s*(?=\d)/iu, '');
  s = s.replace(/\s(?:số|no\.?)\s*:?\s*(?=\d+$)/iu, ' '); // "KH-UBND số 27"
  return s.replace(/^[(\[]\s*/, '').replace(/[\s.,;:)\]]+$/, '');
}

/** Reads a document number as a person typed or copied it; null when it is not one. */
export function parseDocNumber(input: string): DocNumber | null {
  const tokens = tokenize(stripLabels(input));
  return tokens ? interpret(tokens) : null;
}

/** The name of a type abbreviation ("NQ" → "Nghị quyết" / "Resolution"); unknown ones are returned as given. */
export function docTypeName(type: string, lang: Lang, convention: DocConvention = 'state'): string {
  const code = lookupType(type);
  const info = docTypes.find((t) => t.code === code);
  if (!info) return type;
  const names = convention === 'party' && info.party ? info.party : info;
  return names[lang];
}

/**
 * A comparison key: canonical, lower case, "Đ" folded to "d" ("09/NQ-HĐND" → "09/nq-hdnd"), so what
 * someone types in a search box ("9/nq-hdnd", "NQ-HDND 09") meets the number as printed. It folds
 * ĐA and DA together on purpose: people type "DA" for both. Null when the input is not a number.
 */
export function docNumberKey(input: string): string | null {
  const d = parseDocNumber(input);
  return d ? foldD(d.canonical).toLowerCase() : null;
}

/**
 * What a search index should hold for a number. Pagefind splits words on "/" and "-" and ignores
 * case, so the words "55 NQ HU" already answer "55-nq-hu", "55 NQ HU" and "NQ/HU 55". We add:
 * - the canonical form, so the exact phrase ranks first and shows in excerpts;
 * - the words with "Đ" folded ("09 NQ HDND"), for people who type "D";
 * - the number without its leading zero ("9 NQ HDND"), as people type "9/NQ-HĐND".
 * Three strings at most: each one is indexed text on the page, so more would clutter excerpts.
 */
export function docNumberSearchTerms(d: DocNumber): string[] {
  const words = (number: string) =>
    foldD(
      [number, d.year === undefined ? '' : String(d.year), d.implicitType ? '' : d.type, ...d.issuer.split('-')].filter(Boolean).join(' '),
    );
  const terms = [d.canonical, words(d.number), words(String(Number(d.number)))];
  return [...new Set(terms)];
}

/**
 * Finds document numbers in article text ("Nghị quyết số 55-NQ/HU ngày 06/12/2023"). Stricter than
 * `parseDocNumber`: the number must come first with "/" or "-" after it (one space allowed around
 * separators, as in "22- KL/HU"), every letter group must start with a capital, and the type (or,
 * for an official letter "1234/UBND-VX", the issuer) must be known; so ratios ("15/19 tiêu chí"), dates ("06/12/2023", "17-10-2020") and ranges ("2024 - 2025")
 * are never taken. Indexes are positions in `text` as given (NFD text works too: the letters of a
 * number, A–Z and Đ, have no decomposition).
 */
export function findDocNumbers(text: string): { match: string; index: number; doc: DocNumber }[] {
  const sp = '[ \\u00a0]?';
  const dash = '[-\\u2010-\\u2015\\u2212]';
  const upperWord = '[A-ZĐ][A-Za-zĐđ0-9]{0,11}';
  const candidate = new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}/.-])\\d{1,5}${sp}(?:/|${dash})${sp}(?:\\d{4}${sp}/${sp})?[A-ZĐ][A-Za-zĐđ]{0,4}${sp}(?:/|${dash})${sp}${upperWord}(?:${dash}${upperWord})*(?![\\p{L}\\p{M}\\p{N}]|/\\d|${dash}\\p{L})`,
    'gu',
  );
  const found: { match: string; index: number; doc: DocNumber }[] = [];
  for (const m of text.matchAll(candidate)) {
    const doc = parseDocNumber(m[0]);
    if (doc) found.push({ match: m[0], index: m.index, doc });
  }
  return found;
}
