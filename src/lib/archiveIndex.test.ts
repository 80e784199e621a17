import { describe, expect, it } from 'vitest';
import { buildArchive, type ArticleRecord, type CitedDocument, type District } from './archiveIndex.ts';
import type { Lang } from '../i18n/locales.ts';

const districts: District[] = [
  { id: 'tan-tru-long-an', name: { vi: 'Tân Trụ', en: 'Tan Tru' }, province: { vi: 'Long An', en: 'Long An' }, kind: 'huyện' },
  {
    id: 'chau-thanh-soc-trang',
    name: { vi: 'Châu Thành', en: 'Chau Thanh' },
    province: { vi: 'Sóc Trăng', en: 'Soc Trang' },
    kind: 'huyện',
  },
  { id: 'chau-thanh-long-an', name: { vi: 'Châu Thành', en: 'Chau Thanh' }, province: { vi: 'Long An', en: 'Long An' }, kind: 'huyện' },
];
const documents: CitedDocument[] = [
  { id: 'tan-tru-55-nq-hu-2023', number: '55-NQ/HU', issuer: { vi: 'Huyện ủy Tân Trụ', en: 'Tan Tru District Party Committee' } },
  {
    id: 'chau-thanh-27-kh-ubnd-2024',
    district: 'chau-thanh-soc-trang',
    number: '27/KH-UBND',
    issuer: { vi: 'UBND huyện Châu Thành', en: "Chau Thanh People's Committee" },
  },
];

function record(lang: Lang, slug: string, at: string, extra: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    lang,
    year: at.slice(0, 4),
    slug,
    title: slug,
    lede: 'lede',
    publishedAt: new Date(at),
    timeKnown: true,
    districtId: 'tan-tru-long-an',
    documentIds: [],
    topics: [],
    featured: false,
    author: 'Thanh Mỹ',
    entry: null,
    ...extra,
  };
}

describe('buildArchive', () => {
  const archive = buildArchive(
    [
      record('vi', 'a', '2024-03-01T13:32:00+07:00', { documentIds: ['tan-tru-55-nq-hu-2023'], topics: ['thi-dua'] }),
      record('vi', 'b', '2024-05-08T10:10:00+07:00', { documentIds: ['tan-tru-55-nq-hu-2023'], featured: true }),
      record('vi', 'c', '2023-12-31T23:30:00+07:00', {
        districtId: 'chau-thanh-soc-trang',
        documentIds: ['chau-thanh-27-kh-ubnd-2024'],
        topics: ['thi-dua'],
      }),
      record('en', 'a', '2024-03-01T13:32:00+07:00', { documentIds: ['tan-tru-55-nq-hu-2023'] }),
    ],
    districts,
    documents,
  );

  it('lists each language newest first', () => {
    expect(archive.articles.vi.map((a) => a.slug)).toEqual(['b', 'a', 'c']);
    expect(archive.articles.en.map((a) => a.slug)).toEqual(['a']);
  });

  it('ranks each article within its language, 0 for the newest', () => {
    expect(archive.articles.vi.map((a) => a.rank)).toEqual([0, 1, 2]);
    expect(archive.byPath.get('/en/news/2024/a/')?.rank).toBe(0);
  });

  it('builds paths from the URL table', () => {
    expect(archive.articles.en[0]!.path).toBe('/en/news/2024/a/');
    expect(archive.byPath.get('/tin-tuc/2024/b/')?.slug).toBe('b');
  });

  it('indexes by district, keeping same-named districts apart', () => {
    expect(archive.byDistrict.get('tan-tru-long-an')!.vi.map((a) => a.slug)).toEqual(['b', 'a']);
    expect(archive.byDistrict.get('chau-thanh-soc-trang')!.vi.map((a) => a.slug)).toEqual(['c']);
    expect(archive.byDistrict.get('chau-thanh-long-an')).toBeUndefined();
  });

  it('indexes by document and by year', () => {
    expect(archive.byDocument.get('tan-tru-55-nq-hu-2023')!.vi.map((a) => a.slug)).toEqual(['b', 'a']);
    expect(archive.byDocument.get('tan-tru-55-nq-hu-2023')!.en.map((a) => a.slug)).toEqual(['a']);
    expect(archive.byYear.get('2023')!.vi.map((a) => a.slug)).toEqual(['c']);
    expect(archive.years).toEqual(['2024', '2023']);
  });

  it('lists years, districts and featured articles per language, so no page is empty', () => {
    expect(archive.yearsByLang.vi).toEqual(['2024', '2023']);
    expect(archive.yearsByLang.en).toEqual(['2024']);
    expect(archive.districtsByLang.vi.map((d) => [d.district.id, d.count])).toEqual([
      ['chau-thanh-soc-trang', 1],
      ['tan-tru-long-an', 2],
    ]);
    expect(archive.districtsByLang.en.map((d) => d.district.id)).toEqual(['tan-tru-long-an']);
    expect(archive.featured.vi.map((a) => a.slug)).toEqual(['b']);
    expect(archive.featured.en).toEqual([]);
  });

  it('lists documents by issuing district', () => {
    expect(archive.documentsByDistrict.get('chau-thanh-soc-trang')?.map((d) => d.id)).toEqual(['chau-thanh-27-kh-ubnd-2024']);
    expect(archive.documentsByDistrict.get('tan-tru-long-an')).toBeUndefined();
  });

  it('pairs translations by year and slug', () => {
    const vi = archive.byPath.get('/tin-tuc/2024/a/')!;
    expect(archive.translationOf(vi)?.path).toBe('/en/news/2024/a/');
    expect(archive.translationOf(archive.byPath.get('/tin-tuc/2024/b/')!)).toBeUndefined();
  });

  it('finds related articles by shared documents, then district, then topic, never itself', () => {
    const a = archive.byPath.get('/tin-tuc/2024/a/')!;
    expect(archive.related(a).map((r) => r.slug)).toEqual(['b', 'c']);
    expect(archive.related(a, 1).map((r) => r.slug)).toEqual(['b']);
  });

  it('rejects an unknown reference loudly', () => {
    expect(() => buildArchive([record('vi', 'x', '2024-01-01T00:00:00+07:00', { districtId: 'nowhere' })], districts, documents)).toThrow(
      /Unknown district "nowhere"/,
    );
  });
});
