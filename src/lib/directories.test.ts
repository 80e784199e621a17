import { describe, expect, it } from 'vitest';
import { buildArchive, type ArticleRecord } from './archiveIndex.ts';
import { directories, groupByIssuer } from './directories.ts';

const districts = [
  { id: 'tan-tru-long-an', name: { vi: 'Tân Trụ', en: 'Tan Tru' }, province: { vi: 'Long An', en: 'Long An' }, kind: 'huyện' },
  { id: 'chau-thanh-long-an', name: { vi: 'Châu Thành', en: 'Chau Thanh' }, province: { vi: 'Long An', en: 'Long An' }, kind: 'huyện' },
  {
    id: 'chau-thanh-soc-trang',
    name: { vi: 'Châu Thành', en: 'Chau Thanh' },
    province: { vi: 'Sóc Trăng', en: 'Soc Trang' },
    kind: 'huyện',
  },
];
const documents = [
  { id: 'a', number: '27/KH-UBND', issuer: { vi: 'UBND huyện Châu Thành', en: 'Chau Thanh People’s Committee' }, issuedOn: '2024-02-19' },
  { id: 'b', number: '55-NQ/HU', issuer: { vi: 'Huyện ủy Tân Trụ', en: 'Tan Tru Party Committee' }, issuedOn: '2023-12-06' },
  { id: 'c', number: '42/2022/NĐ-CP', issuer: { vi: 'Chính phủ', en: 'Government' } },
  { id: 'd', number: '12/KH-UBND', issuer: { vi: 'UBND huyện Châu Thành', en: 'Chau Thanh People’s Committee' }, issuedOn: '2023-05-02' },
];
const record = (slug: string, lang: 'vi' | 'en', districtId: string, documentIds: string[]): ArticleRecord => ({
  lang,
  year: '2024',
  slug,
  title: slug,
  lede: slug,
  publishedAt: new Date('2024-03-01T13:32:00+07:00'),
  timeKnown: true,
  districtId,
  documentIds,
  topics: [],
  featured: false,
  author: 'X',
  entry: undefined,
});
const archive = buildArchive(
  [
    record('x', 'vi', 'tan-tru-long-an', ['b']),
    record('y', 'vi', 'tan-tru-long-an', ['b', 'a']),
    record('x', 'en', 'tan-tru-long-an', ['b']),
  ],
  districts,
  documents,
);

describe('district directory', () => {
  const { provinces } = directories(archive);

  it('groups every district under its province, with its articles in each language, empty ones included', () => {
    expect(provinces.vi.map((p) => p.province)).toEqual(['Long An', 'Sóc Trăng']);
    expect(provinces.vi[0]!.districts.map((d) => [d.district.id, d.count])).toEqual([
      ['chau-thanh-long-an', 0],
      ['tan-tru-long-an', 2],
    ]);
    expect(provinces.en[0]!.districts.find((d) => d.district.id === 'tan-tru-long-an')!.count).toBe(1);
  });

  it('names the province each belongs to since 2025', () => {
    expect(provinces.vi[0]!.since2025?.name).toBe('Tây Ninh');
    expect(provinces.vi[1]!.since2025).toMatchObject({ name: 'Cần Thơ', city: true });
  });

  it('is computed once per archive', () => {
    expect(directories(archive)).toBe(directories(archive));
  });
});

describe('document register', () => {
  const { register } = directories(archive);

  it('lists every document by issuer, type and year (newest first), with the articles citing it', () => {
    expect(register.vi.map((e) => [e.document.id, e.type, e.year, e.count])).toEqual([
      ['c', 'NĐ', '2022', 0],
      ['b', 'NQ', '2023', 2],
      ['a', 'KH', '2024', 1],
      ['d', 'KH', '2023', 0],
    ]);
    expect(register.en.find((e) => e.document.id === 'b')).toMatchObject({ count: 1, typeName: 'Resolution' });
  });

  it('groups the entries under their issuer', () => {
    expect(groupByIssuer(register.vi, 'vi').map((g) => [g.issuer, g.entries.length])).toEqual([
      ['Chính phủ', 1],
      ['Huyện ủy Tân Trụ', 1],
      ['UBND huyện Châu Thành', 2],
    ]);
  });
});
