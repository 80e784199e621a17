import { describe, expect, it } from 'vitest';
import type { CitedDocument, District } from './archiveIndex.ts';
import { buildSearchFacets, documentOffers, filterLabels } from './searchFacets.ts';
import { planQuery } from './searchQuery.ts';

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
// Two district People's Committees each issued a plan numbered 27/KH-UBND.
const documents: CitedDocument[] = [
  {
    id: 'tan-tru-long-an-55-nq-hu-2023',
    number: '55-NQ/HU',
    issuer: { vi: 'Ban Chấp hành Đảng bộ huyện Tân Trụ', en: 'Tan Tru District Party Executive Committee' },
  },
  {
    id: 'chau-thanh-soc-trang-27-kh-ubnd-2024',
    number: '27/KH-UBND',
    issuer: { vi: 'Ủy ban nhân dân huyện Châu Thành', en: "Chau Thanh District People's Committee" },
  },
  {
    id: 'tan-tru-long-an-27-kh-ubnd-2024',
    number: '27/KH-UBND',
    issuer: { vi: 'Ủy ban nhân dân huyện Tân Trụ', en: "Tan Tru District People's Committee" },
  },
  {
    id: 'con-co-quang-tri-09-nq-hdnd-2023',
    number: '09/NQ-HĐND',
    issuer: { vi: 'Hội đồng nhân dân huyện Cồn Cỏ', en: "Con Co District People's Council" },
  },
];
const facets = (lang: 'vi' | 'en') =>
  buildSearchFacets(lang, { districts, documents, topics: [['thi-dua', lang === 'vi' ? 'Thi đua' : 'Emulation']] });

describe('buildSearchFacets', () => {
  it('names every district with its province, sorted by name', () => {
    expect(facets('vi').districts).toEqual([
      ['chau-thanh-long-an', 'Châu Thành, Long An'],
      ['chau-thanh-soc-trang', 'Châu Thành, Sóc Trăng'],
      ['tan-tru-long-an', 'Tân Trụ, Long An'],
    ]);
    expect(facets('en').districts[2]).toEqual(['tan-tru-long-an', 'Tân Trụ, Long An']);
  });

  it('keeps documents as [id, number, issuer] in the page language', () => {
    expect(facets('en').documents).toContainEqual(['tan-tru-long-an-27-kh-ubnd-2024', '27/KH-UBND', "Tan Tru District People's Committee"]);
  });
});

describe('documentOffers', () => {
  it.each(['27/KH-UBND', 'KH-UBND 27', '27/kh-ubnd', 'Kế hoạch số 27/KH-UBND'])(
    'offers both bodies’ plans for "%s", each with its issuer',
    (typed) => {
      const offers = documentOffers(facets('vi'), planQuery(typed).docKey, 'vi');
      expect(offers.map((o) => [o.label, o.issuer, o.url])).toEqual([
        ['Kế hoạch số 27/KH-UBND', 'Ủy ban nhân dân huyện Châu Thành', '/van-ban/chau-thanh-soc-trang-27-kh-ubnd-2024/'],
        ['Kế hoạch số 27/KH-UBND', 'Ủy ban nhân dân huyện Tân Trụ', '/van-ban/tan-tru-long-an-27-kh-ubnd-2024/'],
      ]);
    },
  );

  it.each(['55-NQ/HU', '55-nq/hu', '55 NQ/HU', 'NQ-HU 55'])('offers the resolution for "%s" in English', (typed) => {
    expect(documentOffers(facets('en'), planQuery(typed).docKey, 'en')).toEqual([
      {
        id: 'tan-tru-long-an-55-nq-hu-2023',
        label: 'Resolution No. 55-NQ/HU',
        issuer: 'Tan Tru District Party Executive Committee',
        url: '/en/documents/tan-tru-long-an-55-nq-hu-2023/',
      },
    ]);
  });

  it('matches "D" typed for "Đ"', () => {
    expect(documentOffers(facets('vi'), planQuery('9/nq-hdnd').docKey, 'vi').map((o) => o.id)).toEqual([
      'con-co-quang-tri-09-nq-hdnd-2023',
    ]);
  });

  it('offers nothing for words or an unknown number', () => {
    expect(documentOffers(facets('vi'), planQuery('tan tru').docKey, 'vi')).toEqual([]);
    expect(documentOffers(facets('vi'), planQuery('99/KH-UBND').docKey, 'vi')).toEqual([]);
  });
});

describe('filterLabels', () => {
  it('shows a document filter value as its number and issuer', () => {
    expect(filterLabels(facets('vi')).document.get('tan-tru-long-an-27-kh-ubnd-2024')).toBe('27/KH-UBND – Ủy ban nhân dân huyện Tân Trụ');
    expect(filterLabels(facets('vi')).district.get('chau-thanh-soc-trang')).toBe('Châu Thành, Sóc Trăng');
  });
});
