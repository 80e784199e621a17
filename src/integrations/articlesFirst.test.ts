import type { PathWithRoute, RouteData } from 'astro';
import { describe, expect, it } from 'vitest';
import { articlesFirst, pageFile } from './articlesFirst.ts';

const route = (type: RouteData['type'] = 'page') => ({ type }) as RouteData;
const page = (pathname: string, type?: RouteData['type']): PathWithRoute => ({ pathname, route: route(type) });

describe('pageFile', () => {
  it('is the file a pathname becomes in dist/, with or without slashes', () => {
    expect(pageFile('/tin-tuc/2024/bai/')).toBe('tin-tuc/2024/bai/index.html');
    expect(pageFile('/tin-tuc/2024/bai')).toBe('tin-tuc/2024/bai/index.html');
    expect(pageFile('/')).toBe('index.html');
  });
});

describe('articlesFirst', () => {
  const astroOrder = [
    page('/'),
    page('/en/news/2024/a/'),
    page('/tin-tuc/2024/a/'),
    page('/dia-phuong/long-an/tan-tru/'),
    page('/tin-tuc/2023/b/'),
    page('/og/vi/2024/a.png'),
  ];

  it('puts Vietnamese articles first, then English ones, then every other page, each in Astro’s order', () => {
    const { paths, articles } = articlesFirst(astroOrder);
    expect(paths.map((p) => p.pathname)).toEqual([
      '/tin-tuc/2024/a/',
      '/tin-tuc/2023/b/',
      '/en/news/2024/a/',
      '/',
      '/dia-phuong/long-an/tan-tru/',
      '/og/vi/2024/a.png',
    ]);
    expect(articles).toEqual(
      new Map([
        ['vi', new Set(['tin-tuc/2024/a/index.html', 'tin-tuc/2023/b/index.html'])],
        ['en', new Set(['en/news/2024/a/index.html'])],
      ]),
    );
  });

  it('leaves a redirect or fallback with an article’s address among the other pages, and uncounted', () => {
    const { paths, articles } = articlesFirst([page('/'), page('/tin-tuc/2024/a/', 'redirect')]);
    expect(paths.map((p) => p.pathname)).toEqual(['/', '/tin-tuc/2024/a/']);
    expect(articles.get('vi')).toEqual(new Set());
  });

  it('keeps Astro’s order, and writes no bundle early, when two routes claim an article’s address (which wins depends on the order)', () => {
    const conflict = [...astroOrder, page('/tin-tuc/2024/a')];
    const { paths, articles, conflict: file } = articlesFirst(conflict);
    expect(paths).toBe(conflict);
    expect(articles.size).toBe(0);
    expect(file).toBe('tin-tuc/2024/a/index.html');
  });

  it('still puts the articles first when two routes claim another page, which keeps its place after them', () => {
    const { paths, articles } = articlesFirst([page('/van-ban/x/'), page('/tin-tuc/2024/a/'), page('/van-ban/x')]);
    expect(paths.map((p) => p.pathname)).toEqual(['/tin-tuc/2024/a/', '/van-ban/x/', '/van-ban/x']);
    expect(articles.get('vi')).toEqual(new Set(['tin-tuc/2024/a/index.html']));
  });
});
