import { describe, expect, it } from 'vitest';
import {
  docNumberKey,
  docNumberSearchTerms,
  docTypeName,
  docTypes,
  findDocNumbers,
  formatDocNumber,
  parseDocNumber,
  type DocNumber,
} from './docNumber.ts';

type Expected = Omit<DocNumber, 'canonical'> & { canonical: string };

// [input, expected canonical, convention, type, issuer, year?]
const valid: [string, string, DocNumber['convention'], string, string, number?][] = [
  // DOMAIN.md examples, as printed
  ['27/KH-UBND', '27/KH-UBND', 'state', 'KH', 'UBND'],
  ['09/NQ-HĐND', '09/NQ-HĐND', 'state', 'NQ', 'HĐND'],
  ['1587/QĐ-UBND', '1587/QĐ-UBND', 'state', 'QĐ', 'UBND'],
  ['42/2022/NĐ-CP', '42/2022/NĐ-CP', 'state', 'NĐ', 'CP', 2022],
  ['30/2020/NĐ-CP', '30/2020/NĐ-CP', 'state', 'NĐ', 'CP', 2020],
  ['55-NQ/HU', '55-NQ/HU', 'party', 'NQ', 'HU'],
  ['01-CT/TU', '01-CT/TU', 'party', 'CT', 'TU'],
  ['22-KL/HU', '22-KL/HU', 'party', 'KL', 'HU'],
  ['60-NQ/TW', '60-NQ/TW', 'party', 'NQ', 'TW'],
  ['05-CT/TW', '05-CT/TW', 'party', 'CT', 'TW'],
  ['36-HD/VPTW', '36-HD/VPTW', 'party', 'HD', 'VPTW'],
  // seeds
  ['08-NQ/HU', '08-NQ/HU', 'party', 'NQ', 'HU'],
  ['22- KL/HU', '22-KL/HU', 'party', 'KL', 'HU'],
  ['Nghị quyết số: 09/NQ-HĐND', '09/NQ-HĐND', 'state', 'NQ', 'HĐND'],
  ['Kế hoạch số 27/KH-UBND', '27/KH-UBND', 'state', 'KH', 'UBND'],
  ['Chỉ thị số 01-CT/TU', '01-CT/TU', 'party', 'CT', 'TU'],
  // what editors type: spacing, case
  ['55 - NQ / HU', '55-NQ/HU', 'party', 'NQ', 'HU'],
  ['  55-NQ/HU  ', '55-NQ/HU', 'party', 'NQ', 'HU'],
  ['55-nq/hu', '55-NQ/HU', 'party', 'NQ', 'HU'],
  ['27 / kh - ubnd', '27/KH-UBND', 'state', 'KH', 'UBND'],
  ['55–NQ/HU', '55-NQ/HU', 'party', 'NQ', 'HU'], // en dash pasted from a word processor
  ['55-NQ/HU.', '55-NQ/HU', 'party', 'NQ', 'HU'],
  ['(55-NQ/HU)', '55-NQ/HU', 'party', 'NQ', 'HU'],
  // "D" for "Đ"
  ['09/NQ-HDND', '09/NQ-HĐND', 'state', 'NQ', 'HĐND'],
  ['42/2022/ND-CP', '42/2022/NĐ-CP', 'state', 'NĐ', 'CP', 2022],
  ['1587/QD-UBND', '1587/QĐ-UBND', 'state', 'QĐ', 'UBND'],
  ['12/qd-ttg', '12/QĐ-TTg', 'state', 'QĐ', 'TTg'],
  ['3/DA-UBND', '03/DA-UBND', 'state', 'DA', 'UBND'], // stays Dự án: see caseAndDLookup
  ['3/ĐA-UBND', '03/ĐA-UBND', 'state', 'ĐA', 'UBND'],
  ['7/HD-UBND', '07/HD-UBND', 'state', 'HD', 'UBND'], // Hướng dẫn, not Hợp đồng
  ['7/HĐ-UBND', '07/HĐ-UBND', 'state', 'HĐ', 'UBND'],
  ['04-NQ/DU', '04-NQ/ĐU', 'party', 'NQ', 'ĐU'],
  ['12/CD-UBND', '12/CĐ-UBND', 'state', 'CĐ', 'UBND'],
  ['08-QDi/TW', '08-QĐi/TW', 'party', 'QĐi', 'TW'],
  // mixed-case types keep their case
  ['12/CTr-UBND', '12/CTr-UBND', 'state', 'CTr', 'UBND'],
  ['12/ctr-ubnd', '12/CTr-UBND', 'state', 'CTr', 'UBND'],
  ['5/TTR-UBND', '05/TTr-UBND', 'state', 'TTr', 'UBND'],
  ['5/qyd-ubnd', '05/QyĐ-UBND', 'state', 'QyĐ', 'UBND'],
  ['15-CTr/HU', '15-CTr/HU', 'party', 'CTr', 'HU'],
  ['20-NQ/ThU', '20-NQ/ThU', 'party', 'NQ', 'ThU'],
  ['20-nq/thu', '20-NQ/ThU', 'party', 'NQ', 'ThU'],
  // separators typed the other way round
  ['55-NQ-HU', '55-NQ/HU', 'party', 'NQ', 'HU'],
  ['55/NQ-HU', '55-NQ/HU', 'party', 'NQ', 'HU'], // the issuer is a Party committee
  ['27-KH-UBND', '27/KH-UBND', 'state', 'KH', 'UBND'],
  ['55 NQ/HU', '55-NQ/HU', 'party', 'NQ', 'HU'],
  ['55 NQ HU', '55-NQ/HU', 'party', 'NQ', 'HU'],
  ['27 KH UBND', '27/KH-UBND', 'state', 'KH', 'UBND'],
  // leading "số", labels
  ['số 55-NQ/HU', '55-NQ/HU', 'party', 'NQ', 'HU'],
  ['Số: 09/NQ-HĐND', '09/NQ-HĐND', 'state', 'NQ', 'HĐND'],
  ['SỐ 27/KH-UBND', '27/KH-UBND', 'state', 'KH', 'UBND'],
  ['Nghị định số 42/2022/NĐ-CP', '42/2022/NĐ-CP', 'state', 'NĐ', 'CP', 2022],
  ['Resolution No. 55-NQ/HU', '55-NQ/HU', 'party', 'NQ', 'HU'],
  ['Kết luận 22-KL/HU', '22-KL/HU', 'party', 'KL', 'HU'],
  // reversed, as typed into a search box
  ['KH-UBND 27', '27/KH-UBND', 'state', 'KH', 'UBND'],
  ['NQ/HU 55', '55-NQ/HU', 'party', 'NQ', 'HU'],
  ['nq-hdnd 9', '09/NQ-HĐND', 'state', 'NQ', 'HĐND'],
  ['KH-UBND số 27', '27/KH-UBND', 'state', 'KH', 'UBND'],
  // leading zeros follow Decree 30 (two digits below 10)
  ['9/NQ-HĐND', '09/NQ-HĐND', 'state', 'NQ', 'HĐND'],
  ['009/NQ-HĐND', '09/NQ-HĐND', 'state', 'NQ', 'HĐND'],
  // compound and unknown issuers; other bodies
  ['1234/KH-UBND-VX', '1234/KH-UBND-VX', 'state', 'KH', 'UBND-VX'],
  ['15/2023/TT-BTC', '15/2023/TT-BTC', 'state', 'TT', 'BTC', 2023],
  ['01/2021/QĐ-TTg', '01/2021/QĐ-TTg', 'state', 'QĐ', 'TTg', 2021],
  ['12/BC-SNN', '12/BC-SNN', 'state', 'BC', 'SNN'],
  ['12-BC/BTGHU', '12-BC/BTGHU', 'party', 'BC', 'BTGHU'],
  ['3-TT/TW', '03-TT/TW', 'party', 'TT', 'TW'],
  ['05/2020/L-CTN', '05/2020/L-CTN', 'state', 'L', 'CTN', 2020],
  ['12/GM-UBND', '12/GM-UBND', 'state', 'GM', 'UBND'],
  ['12-KH/ABC', '12-KH/ABC', 'party', 'KH', 'ABC'], // unknown issuer: the separators decide
  ['12/KH-ABC', '12/KH-ABC', 'state', 'KH', 'ABC'],
];

describe('parseDocNumber: valid numbers', () => {
  it.each(valid)('%s → %s', (input, canonical, convention, type, issuer, year) => {
    const d = parseDocNumber(input);
    expect(d).not.toBeNull();
    expect(d!.canonical).toBe(canonical);
    expect(d!.convention).toBe(convention);
    expect(d!.type).toBe(type);
    expect(d!.issuer).toBe(issuer);
    expect(d!.year).toBe(year);
    // The canonical form reads back to itself.
    expect(parseDocNumber(canonical)!.canonical).toBe(canonical);
  });

  it('gives the number field with two digits at least', () => {
    expect(parseDocNumber('9/NQ-HĐND')!.number).toBe('09');
    expect(parseDocNumber('1587/QĐ-UBND')!.number).toBe('1587');
  });

  it('reads NFD input (Vietnamese text often arrives decomposed)', () => {
    const nfd = 'Nghị quyết số: 09/NQ-HĐND'.normalize('NFD');
    expect(nfd).not.toBe('Nghị quyết số: 09/NQ-HĐND');
    expect(parseDocNumber(nfd)!.canonical).toBe('09/NQ-HĐND');
    expect(parseDocNumber('Số 27/KH-UBND'.normalize('NFD'))!.canonical).toBe('27/KH-UBND');
  });

  it('reads an official letter whose symbol has no type (công văn)', () => {
    const d = parseDocNumber('Công văn số 1234/UBND-VX');
    expect(d).toEqual<Expected>({
      number: '1234',
      type: 'CV',
      issuer: 'UBND-VX',
      convention: 'state',
      implicitType: true,
      canonical: '1234/UBND-VX',
    });
    expect(parseDocNumber('56/hdnd-vp')!.canonical).toBe('56/HĐND-VP');
  });
});

const invalid = [
  '',
  '   ',
  'Nghị quyết',
  'phong trào thi đua',
  'NQ/HU',
  'KH-UBND',
  '2024',
  '55',
  '19/02/2024',
  '06/12/2023',
  '17-10-2020',
  '19/02/ 2024',
  '15/19',
  '3/27',
  '27/27',
  '2024 - 2025',
  '3/27 CT',
  '0/NQ-HU',
  '00-NQ/HU',
  '123456/QĐ-UBND',
  'https://example.gov.vn/55-NQ/HU',
  'www.tantru.gov.vn',
  '55-XYZ/HU',
  '55/XX-YY',
  '55NQ/HU',
  '55-NQ/',
  '/55-NQ/HU',
  '55-NQ/HU/',
  '55--NQ/HU',
  '55-NQ/HU ngày 06/12/2023',
  '42/22/NĐ-CP',
  '42/1800/NĐ-CP',
  '42-2022-NĐ-CP',
  '1234/UBND',
  '1234-UBND-VX',
  'UBND-VX 1234',
  'NQ 55 HU',
  'a@b.vn',
  '55-NQ/HU, 27/KH-UBND',
];

describe('parseDocNumber: not document numbers', () => {
  it.each(invalid)('%j → null', (input) => {
    expect(parseDocNumber(input)).toBeNull();
    expect(docNumberKey(input)).toBeNull();
  });
});

describe('formatDocNumber', () => {
  it.each([
    [{ number: '55', type: 'NQ', issuer: 'HU', convention: 'party' }, '55-NQ/HU'],
    [{ number: '27', type: 'KH', issuer: 'UBND', convention: 'state' }, '27/KH-UBND'],
    [{ number: '42', year: 2022, type: 'NĐ', issuer: 'CP', convention: 'state' }, '42/2022/NĐ-CP'],
    [{ number: '1234', type: 'CV', issuer: 'UBND-VX', convention: 'state', implicitType: true }, '1234/UBND-VX'],
  ] as [Omit<DocNumber, 'canonical'>, string][])('%o → %s', (d, s) => {
    expect(formatDocNumber(d)).toBe(s);
  });
});

describe('docTypeName', () => {
  it.each([
    ['NQ', 'Nghị quyết', 'Resolution'],
    ['QĐ', 'Quyết định', 'Decision'],
    ['qd', 'Quyết định', 'Decision'],
    ['CT', 'Chỉ thị', 'Directive'],
    ['KH', 'Kế hoạch', 'Plan'],
    ['KL', 'Kết luận', 'Conclusion'],
    ['NĐ', 'Nghị định', 'Decree'],
    ['ĐA', 'Đề án', 'Scheme'],
    ['DA', 'Dự án', 'Project'],
    ['HD', 'Hướng dẫn', 'Guidance'],
    ['HĐ', 'Hợp đồng', 'Contract'],
    ['CTr', 'Chương trình', 'Programme'],
    ['TTr', 'Tờ trình', 'Submission'],
    ['TB', 'Thông báo', 'Notice'],
    ['BC', 'Báo cáo', 'Report'],
    ['CV', 'Công văn', 'Official letter'],
  ])('%s → %s / %s', (type, vi, en) => {
    expect(docTypeName(type, 'vi')).toBe(vi);
    expect(docTypeName(type, 'en')).toBe(en);
  });

  it('names a Party "TT" as Thông tri, a state one as Thông tư', () => {
    expect(docTypeName('TT', 'vi')).toBe('Thông tư');
    expect(docTypeName('TT', 'vi', 'party')).toBe('Thông tri');
    expect(docTypeName('TT', 'en', 'party')).toBe('Instruction');
    expect(docTypeName('NQ', 'en', 'party')).toBe('Resolution');
  });

  it('returns an unknown abbreviation as given', () => {
    expect(docTypeName('XYZ', 'en')).toBe('XYZ');
  });

  it('has one entry per code, every code named in both languages, distinct English names', () => {
    const codes = docTypes.map((t) => t.code.toUpperCase());
    expect(new Set(codes).size).toBe(codes.length);
    for (const t of docTypes) expect(t.vi && t.en).toBeTruthy();
    // QyĐ and QĐi are the same kind (Quy định) in the two conventions; every other name is unique.
    const en = docTypes.filter((t) => t.code !== 'QĐi').map((t) => t.en);
    expect(new Set(en).size).toBe(en.length);
  });
});

describe('docNumberKey', () => {
  it.each([
    ['55-NQ/HU', '55-nq/hu'],
    ['55-nq/hu', '55-nq/hu'],
    ['55 NQ HU', '55-nq/hu'],
    ['NQ/HU 55', '55-nq/hu'],
    ['55-nq-hu', '55-nq/hu'],
    ['09/NQ-HĐND', '09/nq-hdnd'],
    ['9/nq-hdnd', '09/nq-hdnd'],
    ['42/2022/ND-CP', '42/2022/nd-cp'],
    ['Nghị quyết số: 09/NQ-HĐND', '09/nq-hdnd'],
  ])('%s → %s', (input, key) => {
    expect(docNumberKey(input)).toBe(key);
  });
});

describe('docNumberSearchTerms', () => {
  it('holds the canonical form and the words, with Đ folded and the unpadded number', () => {
    expect(docNumberSearchTerms(parseDocNumber('55-NQ/HU')!)).toEqual(['55-NQ/HU', '55 NQ HU']);
    expect(docNumberSearchTerms(parseDocNumber('09/NQ-HĐND')!)).toEqual(['09/NQ-HĐND', '09 NQ HDND', '9 NQ HDND']);
    expect(docNumberSearchTerms(parseDocNumber('42/2022/NĐ-CP')!)).toEqual(['42/2022/NĐ-CP', '42 2022 ND CP']);
    expect(docNumberSearchTerms(parseDocNumber('1234/UBND-VX')!)).toEqual(['1234/UBND-VX', '1234 UBND VX']);
  });

  it('every term parses back to the same key', () => {
    for (const input of ['55-NQ/HU', '09/NQ-HĐND', '42/2022/NĐ-CP', '15-CTr/HU']) {
      const d = parseDocNumber(input)!;
      for (const term of docNumberSearchTerms(d)) expect(docNumberKey(term)).toBe(docNumberKey(input));
    }
  });
});

describe('findDocNumbers', () => {
  const found = (text: string) => findDocNumbers(text).map((f) => [f.match, f.doc.canonical]);

  it.each([
    ['Nghị quyết số 55-NQ/HU ngày 06/12/2023', [['55-NQ/HU', '55-NQ/HU']]],
    ['ban hành Nghị quyết số 55-NQ/HU, ngày 06/12/2023 về', [['55-NQ/HU', '55-NQ/HU']]],
    ['Kết luận số 22- KL/HU ngày 20 tháng 12 năm 2023', [['22- KL/HU', '22-KL/HU']]],
    ['Nghị quyết số: 09/NQ-HĐND ngày 22 tháng 12 năm 2023', [['09/NQ-HĐND', '09/NQ-HĐND']]],
    ['Chỉ thị số 01-CT/TU ngày 17-10-2020 của Ban Thường vụ', [['01-CT/TU', '01-CT/TU']]],
    [
      'Ngày 19/02/ 2024, Ủy ban nhân dân huyện Châu Thành ban hành Kế hoạch số 27/KH-UBND Kế hoạch phát động',
      [['27/KH-UBND', '27/KH-UBND']],
    ],
    [
      'theo Nghị định 42/2022/NĐ-CP và Nghị định 30/2020/NĐ-CP.',
      [
        ['42/2022/NĐ-CP', '42/2022/NĐ-CP'],
        ['30/2020/NĐ-CP', '30/2020/NĐ-CP'],
      ],
    ],
    [
      'Quyết định 1587/QĐ-UBND; Hướng dẫn 36-HD/VPTW',
      [
        ['1587/QĐ-UBND', '1587/QĐ-UBND'],
        ['36-HD/VPTW', '36-HD/VPTW'],
      ],
    ],
    ['Công văn số 1234/UBND-VX ngày 1/3', [['1234/UBND-VX', '1234/UBND-VX']]],
    ['(Quyết định số 12/QĐ-TTg)', [['12/QĐ-TTg', '12/QĐ-TTg']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'xã đã đạt 15/19 tiêu chí NTMNC',
    'có 3/27 CT đạt và vượt, 3/27 CT xấp xỉ đạt, 6/27 CT đạt trên 70%',
    'ngày 06/12/2023',
    'ngày 17-10-2020',
    'giai đoạn 2024 - 2025 theo phương châm',
    'nhiệm kỳ 2020 - 2025',
    'Ngày 19/02/ 2024',
    'phòng chống Covid-19/CT-UBND', // a number glued to a word is not a document number
    'xem https://example.gov.vn/55-NQ/HU',
    'một số nhiệm vụ trọng tâm',
    'số 55-nq/hu', // lower case in running text is not how numbers are printed
    '12/AB-CD và 5-XY/ZZ',
    '24 CT về kinh tế - xã hội',
  ])('finds nothing in %j', (text) => {
    expect(findDocNumbers(text)).toEqual([]);
  });

  it('gives positions in the text as given, NFD included', () => {
    const text = 'Kết luận số 22- KL/HU; Nghị quyết số: 09/NQ-HĐND.';
    for (const t of [text, text.normalize('NFD')]) {
      const hits = findDocNumbers(t);
      expect(hits.map((h) => h.doc.canonical)).toEqual(['22-KL/HU', '09/NQ-HĐND']);
      for (const h of hits) expect(t.slice(h.index, h.index + h.match.length)).toBe(h.match);
    }
  });

  it('finds every number in the seed articles and nothing else', () => {
    const seedText = [
      'Để thực hiện thắng lợi Nghị quyết số 55-NQ/HU ngày 06/12/2023 của Ban Chấp hành Đảng bộ huyện',
      'Theo đánh giá, có 3/27 CT đạt và vượt, 13/27 CT đạt trên 50%. Xã đạt 13/19 tiêu chí NTMNC.',
      'Tập trung TĐ thực hiện đạt và vượt 24 CT về kinh tế - xã hội theo Nghị quyết số 08-NQ/HU của Huyện ủy.',
    ].join('\n');
    expect(findDocNumbers(seedText).map((h) => h.doc.canonical)).toEqual(['55-NQ/HU', '08-NQ/HU']);
  });
});
