import { parseDocNumber } from '../../../../src/lib/docNumber.ts';
import { slugify } from '../../../../src/lib/slug.ts';
import { kindWords, partyCommittee, type Bilingual, type CorpusDistrict } from './places.ts';
import type { Random } from './random.ts';

/**
 * The documents synthetic articles cite, in the shape of content/documents.yaml, covering every
 * number style the site reads (DOMAIN.md): state "27/KH-UBND", legal normative "42/2022/NĐ-CP",
 * party "55-NQ/HU" and untyped official letters "1234/UBND-VX", issued by district, provincial and
 * central bodies.
 */

export interface CorpusDocument {
  id: string;
  number: string;
  issuer: Bilingual;
  issuedOn?: string;
  district?: string;
  province?: Bilingual;
  title?: Bilingual;
  /** Not written to YAML: the year of issue, to cite only documents older than an article. */
  year: number;
}

export type NumberStyle = 'state' | 'state-with-year' | 'party' | 'official-letter';

interface Template {
  style: NumberStyle;
  /** Printed number from a sequence number and year. */
  number: (n: string, year: number) => string;
  issuer: Bilingual;
  /** Range of sequence numbers this body reaches in a year. */
  max: number;
  title: readonly Bilingual[];
}

const titles = {
  NQ: [
    { vi: 'về phương hướng, nhiệm vụ phát triển kinh tế - xã hội năm {y}', en: 'on socio-economic development tasks for {y}' },
    { vi: 'về xây dựng nông thôn mới nâng cao giai đoạn {y} - {y2}', en: 'on building advanced new rural areas in {y}–{y2}' },
    { vi: 'về đẩy mạnh chuyển đổi số đến năm {y2}', en: 'on accelerating digital transformation to {y2}' },
  ],
  CT: [
    { vi: 'về tăng cường công tác thi đua, khen thưởng', en: 'on strengthening emulation and commendation work' },
    { vi: 'về phát động phong trào thi đua yêu nước năm {y}', en: 'on launching the {y} patriotic emulation movement' },
  ],
  KH: [
    { vi: 'thực hiện phong trào thi đua yêu nước năm {y}', en: 'implementing the {y} patriotic emulation movement' },
    { vi: 'cải cách hành chính năm {y}', en: 'on administrative reform in {y}' },
    { vi: 'xây dựng xã nông thôn mới kiểu mẫu năm {y}', en: 'on building model new rural communes in {y}' },
  ],
  KL: [{ vi: 'về tiếp tục thực hiện nghị quyết về xây dựng nông thôn mới', en: 'on continuing the new rural area resolution' }],
  QĐ: [
    { vi: 'ban hành Quy chế thi đua, khen thưởng', en: 'issuing the emulation and commendation regulation' },
    { vi: 'về việc khen thưởng các tập thể, cá nhân tiêu biểu năm {y}', en: 'on commending outstanding groups and individuals in {y}' },
  ],
  TB: [
    { vi: 'kết luận của Thường trực về công tác thi đua năm {y}', en: 'conclusions of the Standing Committee on emulation work in {y}' },
  ],
  BC: [{ vi: 'tổng kết phong trào thi đua năm {y}', en: 'reviewing the {y} emulation movement' }],
  HD: [{ vi: 'hướng dẫn chấm điểm, xếp loại thi đua năm {y}', en: 'guidance on scoring and ranking emulation in {y}' }],
  CTr: [{ vi: 'chương trình hành động thực hiện Nghị quyết Đại hội', en: 'action programme to implement the Congress resolution' }],
  PA: [{ vi: 'phương án phòng, chống thiên tai năm {y}', en: 'natural disaster prevention plan for {y}' }],
  ĐA: [{ vi: 'đề án phát triển sản phẩm OCOP giai đoạn {y} - {y2}', en: 'scheme to develop OCOP products in {y}–{y2}' }],
  QC: [{ vi: 'quy chế làm việc của Ban Chỉ đạo', en: 'working rules of the steering committee' }],
  NĐ: [
    {
      vi: 'quy định chi tiết một số điều của Luật Thi đua, khen thưởng',
      en: 'detailing several articles of the Law on Emulation and Commendation',
    },
  ],
  TT: [{ vi: 'hướng dẫn thi hành công tác thi đua, khen thưởng', en: 'guiding emulation and commendation work' }],
  CV: [{ vi: 'về việc triển khai phong trào thi đua', en: 'on rolling out the emulation movement' }],
} as const satisfies Record<string, readonly Bilingual[]>;

const pad = (n: number) => String(n).padStart(2, '0');

function districtTemplates(d: CorpusDistrict): Template[] {
  const kind = kindWords[d.kind];
  const Kind = kind.en[0]!.toUpperCase() + kind.en.slice(1);
  const party = partyCommittee(d.kind);
  const name = d.name;
  const ubnd = { vi: `Ủy ban nhân dân ${kind.vi} ${name.vi}`, en: `${name.en} ${Kind} People's Committee` };
  const hdnd = { vi: `Hội đồng nhân dân ${kind.vi} ${name.vi}`, en: `${name.en} ${Kind} People's Council` };
  const committee = { vi: `${party.vi} ${name.vi}`, en: `${name.en} ${Kind} Party Committee` };
  const standing = { vi: `Ban Thường vụ ${party.vi} ${name.vi}`, en: `Standing Board of the ${name.en} ${Kind} Party Committee` };
  const state = (type: keyof typeof titles, issuer: Bilingual, body: string, max: number): Template => ({
    style: 'state',
    number: (n) => `${n}/${type}-${body}`,
    issuer,
    max,
    title: titles[type],
  });
  const partyDoc = (type: keyof typeof titles, issuer: Bilingual, max: number): Template => ({
    style: 'party',
    number: (n) => `${n}-${type}/${party.code}`,
    issuer,
    max,
    title: titles[type],
  });
  return [
    partyDoc('NQ', committee, 80),
    partyDoc('CT', standing, 30),
    partyDoc('KL', standing, 60),
    partyDoc('KH', standing, 120),
    partyDoc('CTr', committee, 40),
    state('KH', ubnd, 'UBND', 300),
    state('QĐ', ubnd, 'UBND', 3000),
    state('TB', ubnd, 'UBND', 400),
    state('BC', ubnd, 'UBND', 500),
    state('HD', ubnd, 'UBND', 60),
    state('PA', ubnd, 'UBND', 40),
    state('ĐA', ubnd, 'UBND', 20),
    state('QC', ubnd, 'UBND', 20),
    state('NQ', hdnd, 'HĐND', 40),
    {
      style: 'official-letter',
      number: (n) => `${n}/UBND-${['VX', 'KT', 'NC', 'TH'][Number(n) % 4]}`,
      issuer: ubnd,
      max: 2000,
      title: titles.CV,
    },
  ];
}

function provinceTemplates(province: Bilingual): Template[] {
  const tu = { vi: `Tỉnh ủy ${province.vi}`, en: `${province.en} Provincial Party Committee` };
  const standing = { vi: `Ban Thường vụ Tỉnh ủy ${province.vi}`, en: `Standing Board of the ${province.en} Provincial Party Committee` };
  const ubnd = { vi: `Ủy ban nhân dân tỉnh ${province.vi}`, en: `${province.en} Provincial People's Committee` };
  const hdnd = { vi: `Hội đồng nhân dân tỉnh ${province.vi}`, en: `${province.en} Provincial People's Council` };
  return [
    { style: 'party', number: (n) => `${n}-NQ/TU`, issuer: tu, max: 60, title: titles.NQ },
    { style: 'party', number: (n) => `${n}-CT/TU`, issuer: standing, max: 40, title: titles.CT },
    { style: 'party', number: (n) => `${n}-KL/TU`, issuer: standing, max: 300, title: titles.KL },
    { style: 'state', number: (n) => `${n}/KH-UBND`, issuer: ubnd, max: 400, title: titles.KH },
    { style: 'state', number: (n) => `${n}/QĐ-UBND`, issuer: ubnd, max: 3000, title: titles.QĐ },
    { style: 'state-with-year', number: (n, y) => `${n}/${y}/QĐ-UBND`, issuer: ubnd, max: 60, title: titles.QĐ },
    { style: 'state-with-year', number: (n, y) => `${n}/${y}/NQ-HĐND`, issuer: hdnd, max: 40, title: titles.NQ },
    { style: 'official-letter', number: (n) => `${n}/UBND-VX`, issuer: ubnd, max: 5000, title: titles.CV },
  ];
}

interface CentralBody {
  place: string;
  template: Template;
}

const centralBodies: readonly CentralBody[] = [
  {
    place: 'chinh-phu',
    template: {
      style: 'state-with-year',
      number: (n, y) => `${n}/${y}/NĐ-CP`,
      issuer: { vi: 'Chính phủ', en: 'Government' },
      max: 150,
      title: titles.NĐ,
    },
  },
  {
    place: 'chinh-phu',
    template: { style: 'state', number: (n) => `${n}/NQ-CP`, issuer: { vi: 'Chính phủ', en: 'Government' }, max: 200, title: titles.NQ },
  },
  {
    place: 'thu-tuong',
    template: {
      style: 'state',
      number: (n) => `${n}/QĐ-TTg`,
      issuer: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
      max: 2000,
      title: titles.QĐ,
    },
  },
  {
    place: 'thu-tuong',
    template: {
      style: 'state',
      number: (n) => `${n}/CT-TTg`,
      issuer: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
      max: 40,
      title: titles.CT,
    },
  },
  {
    place: 'bo-noi-vu',
    template: {
      style: 'state-with-year',
      number: (n, y) => `${n}/${y}/TT-BNV`,
      issuer: { vi: 'Bộ Nội vụ', en: 'Ministry of Home Affairs' },
      max: 20,
      title: titles.TT,
    },
  },
  {
    place: 'bo-chinh-tri',
    template: { style: 'party', number: (n) => `${n}-NQ/TW`, issuer: { vi: 'Bộ Chính trị', en: 'Politburo' }, max: 60, title: titles.NQ },
  },
  {
    place: 'bo-chinh-tri',
    template: { style: 'party', number: (n) => `${n}-CT/TW`, issuer: { vi: 'Bộ Chính trị', en: 'Politburo' }, max: 40, title: titles.CT },
  },
  {
    place: 'ban-bi-thu',
    template: {
      style: 'party',
      number: (n) => `${n}-KL/TW`,
      issuer: { vi: 'Ban Bí thư', en: 'Party Secretariat' },
      max: 150,
      title: titles.KL,
    },
  },
];

/** Years documents are issued in: one before the first article, so early articles can cite some. */
export const documentYears = { first: 2017, last: 2025 } as const;

function fill(text: string, year: number): string {
  return text.replaceAll('{y2}', String(year + 5)).replaceAll('{y}', String(year));
}

/**
 * `count` documents: about 70% issued by districts, 20% by provinces and 10% by central bodies,
 * every number checked with the site's parser. Ids are unique; numbers repeat across issuers as
 * they do in life (every district has its own "27/KH-UBND").
 */
export function generateDocuments(random: Random, districts: readonly CorpusDistrict[], count = 400): CorpusDocument[] {
  const provinces = new Map<string, Bilingual>();
  for (const d of districts) provinces.set(d.province.vi, d.province);
  const documents: CorpusDocument[] = [];
  const ids = new Set<string>();
  let styleTurn = 0;
  const styles: readonly NumberStyle[] = ['state', 'party', 'state-with-year', 'official-letter'];

  while (documents.length < count) {
    const scope = random.next();
    let place: string;
    let template: Template;
    let where: Pick<CorpusDocument, 'district' | 'province'>;
    if (scope < 0.7) {
      const district = random.pick(districts);
      const options = districtTemplates(district);
      // Rotate the number style now and then so rarer styles are never missing from a small set.
      const wanted = styles[styleTurn++ % styles.length]!;
      const ofStyle = options.filter((t) => t.style === wanted);
      template = random.chance(0.25) && ofStyle.length > 0 ? random.pick(ofStyle) : random.pick(options);
      place = district.id;
      where = { district: district.id };
    } else if (scope < 0.9) {
      const province = random.pick([...provinces.values()]);
      template = random.pick(provinceTemplates(province));
      place = slugify(province.vi);
      where = { province };
    } else {
      const body = random.pick(centralBodies);
      template = body.template;
      place = body.place;
      where = {};
    }

    const year = random.int(documentYears.first, documentYears.last);
    const number = template.number(pad(random.int(1, template.max)), year);
    const parsed = parseDocNumber(number);
    if (!parsed || parsed.canonical !== number) throw new Error(`generated document number ${number} does not parse as printed`);
    const id = `${place}-${slugify(number)}-${year}`;
    if (ids.has(id)) continue;
    ids.add(id);

    const month = random.int(1, year === documentYears.last ? 6 : 12);
    const day = random.int(1, 28);
    const title = random.chance(0.7) ? random.pick(template.title) : undefined;
    documents.push({
      id,
      number,
      issuer: template.issuer,
      ...(random.chance(0.92) ? { issuedOn: `${year}-${pad(month)}-${pad(day)}` } : {}),
      ...where,
      ...(title ? { title: { vi: fill(title.vi, year), en: fill(title.en, year) } } : {}),
      year,
    });
  }
  return documents;
}

/** The style of a printed number, for tests and the corpus summary. */
export function numberStyle(number: string): NumberStyle | undefined {
  const d = parseDocNumber(number);
  if (!d) return undefined;
  if (d.implicitType) return 'official-letter';
  if (d.convention === 'party') return 'party';
  return d.year === undefined ? 'state' : 'state-with-year';
}
