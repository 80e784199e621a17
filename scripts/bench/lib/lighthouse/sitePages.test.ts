import { describe, expect, it } from 'vitest';
import { pickPages } from './sitePages.ts';

const site = [
  '/',
  '/en/',
  '/tin-tuc/',
  '/tin-tuc/2024/short/',
  '/tin-tuc/2024/long/',
  '/tin-tuc/2023/untranslated/',
  '/en/news/2024/short/',
  '/en/news/2024/long/',
  '/dia-phuong/tan-tru-long-an/',
  '/dia-phuong/cho-lach-ben-tre/',
  '/en/districts/tan-tru-long-an/',
  '/en/districts/cho-lach-ben-tre/',
  '/tim-kiem/',
  '/en/search/',
];
const sizes: Record<string, number> = {
  '/tin-tuc/2024/long/': 9000,
  '/tin-tuc/2024/short/': 4000,
  '/tin-tuc/2023/untranslated/': 99_000,
  '/dia-phuong/cho-lach-ben-tre/': 7000,
};
const weight = (path: string) => sizes[path] ?? 1000;

describe('pickPages', () => {
  it('measures home, the heaviest translated article, the heaviest district and search, in both languages', () => {
    expect(pickPages(site, weight).map((p) => `${p.name} ${p.path}`)).toEqual([
      'home (vi) /',
      'article (vi) /tin-tuc/2024/long/',
      'district (vi) /dia-phuong/cho-lach-ben-tre/',
      'search (vi) /tim-kiem/',
      'home (en) /en/',
      'article (en) /en/news/2024/long/',
      'district (en) /en/districts/cho-lach-ben-tre/',
      'search (en) /en/search/',
    ]);
  });

  it('takes the article and district asked for', () => {
    const pages = pickPages(site, weight, { article: '2024/short', district: 'tan-tru-long-an' });
    expect(pages.map((p) => p.path)).toContain('/en/news/2024/short/');
    expect(pages.map((p) => p.path)).toContain('/dia-phuong/tan-tru-long-an/');
  });

  it('says so when the site lacks a page to measure', () => {
    expect(() => pickPages(['/', '/en/'], weight)).toThrow(/no article/);
    expect(() => pickPages(site, weight, { article: '2023/untranslated' })).toThrow(/2023\/untranslated/);
  });
});
