import { describe, expect, it } from 'vitest';
import { buildPageList, parsePageList, serializePageList } from './pages.ts';

describe('buildPageList', () => {
  it('keeps HTML pages with a leading and trailing slash, leaving out error pages, files and the web editor', () => {
    const { pages } = buildPageList(
      [
        '',
        'tin-tuc/',
        'tin-tuc/2024/a/',
        'en/news/2024/a',
        '404',
        'en/404/',
        'rss.xml',
        'en/rss.xml',
        'counter-legacy-views.json',
        'admin/',
      ],
      {},
    );
    expect([...pages.keys()]).toEqual(['/', '/tin-tuc/', '/tin-tuc/2024/a/', '/en/news/2024/a/']);
  });

  it('merges carried-over views and reports legacy paths that are not pages', () => {
    const { pages, unknownLegacy } = buildPageList(['tin-tuc/2024/a/', 'tin-tuc/2024/b/'], {
      '/tin-tuc/2024/a/': 2315,
      '/tin-tuc/2023/gone/': 7,
    });
    expect(pages.get('/tin-tuc/2024/a/')).toBe(2315);
    expect(pages.get('/tin-tuc/2024/b/')).toBe(0);
    expect(unknownLegacy).toEqual(['/tin-tuc/2023/gone/']);
  });

  it('refuses to build a page the API could never count', () => {
    expect(() => buildPageList(['tin tuc/'], {})).toThrow(/white space/);
  });
});

describe('parsePageList', () => {
  it('reads what serializePageList writes', () => {
    const list = new Map([
      ['/tin-tuc/', 0],
      ['/', 12],
    ]);
    expect(parsePageList(serializePageList(list), 'pages.json')).toEqual(list);
  });

  it.each([
    ['not json', /not JSON/],
    ['{"pages": {}}', /version/],
    ['{"version": 1, "pages": {"tin-tuc/": 0}}', /start with/],
    ['{"version": 1, "pages": {"/a/": -1}}', /whole number/],
    ['{"version": 1, "pages": {"/a/": "12"}}', /whole number/],
  ])('refuses %s', (text, message) => {
    expect(() => parsePageList(text, 'pages.json')).toThrow(message);
  });
});
