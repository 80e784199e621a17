import { describe, expect, it } from 'vitest';
import { paths } from './paths.ts';
import { listAlternates } from './alternates.ts';
import { isLaterListPage, LIST_PAGE_SIZE, listPageTitle, pageParam, paginate } from './pagination.ts';

describe('paginate', () => {
  it('cuts a list into full pages and a last partial one, in order', () => {
    const pages = paginate([1, 2, 3, 4, 5, 6, 7], 3);
    expect(pages).toEqual([
      { page: 1, total: 3, items: [1, 2, 3] },
      { page: 2, total: 3, items: [4, 5, 6] },
      { page: 3, total: 3, items: [7] },
    ]);
  });

  it('gives an empty list its one page, and an exact multiple no empty last page', () => {
    expect(paginate([], 3)).toEqual([{ page: 1, total: 1, items: [] }]);
    expect(paginate([1, 2, 3, 4, 5, 6], 3).map((p) => p.items.length)).toEqual([3, 3]);
  });

  it('holds at most LIST_PAGE_SIZE items a page by default', () => {
    const pages = paginate(Array.from({ length: 1001 }, (_, i) => i));
    expect(pages.length).toBe(Math.ceil(1001 / LIST_PAGE_SIZE));
    expect(Math.max(...pages.map((p) => p.items.length))).toBe(LIST_PAGE_SIZE);
    expect(pages.flatMap((p) => p.items)).toHaveLength(1001);
  });
});

describe('pageParam', () => {
  it('leaves page 1 at the list’s own URL and numbers the others under the page segment', () => {
    expect(pageParam(1, 'vi')).toBeUndefined();
    expect(pageParam(2, 'vi')).toBe('trang/2');
    expect(pageParam(12, 'en')).toBe('page/12');
  });
});

describe('isLaterListPage', () => {
  it('is true for page 2 on of every paginated list, in both languages', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const path of [paths.news(lang, 2), paths.district(lang, 'x', 3), paths.document(lang, 'y', 2), paths.archive(lang, 2024, 12)])
        expect(isLaterListPage(path), path).toBe(true);
    }
  });

  it('is false for first pages, articles, and a slug that merely ends in a number', () => {
    for (const path of [
      paths.news('vi'),
      paths.district('en', 'x'),
      paths.archive('vi', 2024),
      paths.article('vi', 2024, 'trang-2'),
      '/en/news/2024/page/',
    ]) {
      expect(isLaterListPage(path), path).toBe(false);
    }
    expect(isLaterListPage('/tin-tuc/page/2/')).toBe(false);
  });
});

describe('listPageTitle', () => {
  it('keeps the list heading on page 1 and numbers later pages', () => {
    expect(listPageTitle('vi', 'Tân Trụ, Long An', 1)).toBe('Tân Trụ, Long An');
    expect(listPageTitle('en', 'Tan Tru, Long An', 2)).toBe('Tan Tru, Long An – page 2');
  });
});

describe('listAlternates', () => {
  it('gives page 1 both languages and a later page only itself', () => {
    const pathFor = (lang: 'vi' | 'en', page?: number) => paths.district(lang, 'tan-tru-long-an', page);
    expect(listAlternates('vi', 1, pathFor)).toEqual({ vi: '/dia-phuong/tan-tru-long-an/', en: '/en/districts/tan-tru-long-an/' });
    expect(listAlternates('en', 3, pathFor)).toEqual({ en: '/en/districts/tan-tru-long-an/page/3/' });
  });
});
