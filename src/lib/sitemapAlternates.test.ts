import { describe, expect, it } from 'vitest';
import { paths } from './paths.ts';
import { alternateLinks, isSitemapPage, translatedPath } from './sitemapAlternates.ts';

const site = 'https://bantin.example.vn';

// Every kind of page, built with the same URL table the pages use.
const pairs: [string, string][] = [
  [paths.home('vi'), paths.home('en')],
  [paths.news('vi'), paths.news('en')],
  [paths.article('vi', 2024, 'tan-tru-phat-dong'), paths.article('en', 2024, 'tan-tru-phat-dong')],
  [paths.district('vi', 'tan-tru-long-an'), paths.district('en', 'tan-tru-long-an')],
  [paths.document('vi', 'tan-tru-long-an-55-nq-hu-2023'), paths.document('en', 'tan-tru-long-an-55-nq-hu-2023')],
  [paths.archive('vi', 2024), paths.archive('en', 2024)],
  [paths.search('vi'), paths.search('en')],
];

describe('translatedPath', () => {
  it.each(pairs)('%s ↔ %s', (vi, en) => {
    expect(translatedPath(vi)).toEqual({ lang: 'en', path: en });
    expect(translatedPath(en)).toEqual({ lang: 'vi', path: vi });
  });

  it('keeps a slug that happens to equal a route word', () => {
    expect(translatedPath('/tin-tuc/2024/trang/')).toEqual({ lang: 'en', path: '/en/news/2024/trang/' });
  });

  it('gives page 2 on of a list no translation: page n lists other articles in each language', () => {
    for (const path of [
      paths.news('vi', 3),
      paths.news('en', 3),
      paths.district('vi', 'tan-tru-long-an', 2),
      paths.archive('en', 2024, 2),
    ]) {
      expect(translatedPath(path), path).toBeUndefined();
      expect(alternateLinks(`${site}${path}`, new Set([`${site}${paths.news('en', 3)}`, `${site}${paths.news('vi', 3)}`]))).toBeUndefined();
    }
  });

  it('knows nothing of paths outside the route table', () => {
    expect(translatedPath('/khong-ro/')).toBeUndefined();
    expect(translatedPath('/en/unknown/x/')).toBeUndefined();
  });

  it('does not take a Vietnamese path starting with "en" for English', () => {
    expect(translatedPath('/enx/')).toBeUndefined();
  });
});

describe('alternateLinks', () => {
  const vi = `${site}${paths.article('vi', 2024, 'a')}`;
  const en = `${site}${paths.article('en', 2024, 'a')}`;

  it('pairs a page with its built translation, x-default on the Vietnamese original', () => {
    const built = new Set([vi, en]);
    const expected = [
      { lang: 'vi', url: vi },
      { lang: 'en', url: en },
      { lang: 'x-default', url: vi },
    ];
    expect(alternateLinks(vi, built)).toEqual(expected);
    expect(alternateLinks(en, built)).toEqual(expected);
  });

  it('gives no links when the translation was not built', () => {
    expect(alternateLinks(vi, new Set([vi]))).toBeUndefined();
  });
});

describe('isSitemapPage', () => {
  it.each([`${site}/`, `${site}/en/`, `${site}/tin-tuc/2024/a/`, `${site}/en/news/page/2/`])('%s is a page', (url) => {
    expect(isSitemapPage(url)).toBe(true);
  });

  it.each([
    `${site}/rss.xml`,
    `${site}/og/vi/2024/a.png`,
    `${site}/robots.txt`,
    `${site}/404/`,
    `${site}/en/404/`,
    `${site}/500/`,
    `${site}/admin/`,
  ])('%s is not', (url) => {
    expect(isSitemapPage(url)).toBe(false);
  });
});
