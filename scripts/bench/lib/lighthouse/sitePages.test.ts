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
  '/dia-phuong/',
  '/en/districts/',
  '/van-ban/',
  '/en/documents/',
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
const withPhoto = new Set(['/tin-tuc/2024/short/']);

describe('pickPages', () => {
  it('measures home, the heaviest translated articles with and without a photo, the heaviest district, both directories and search, in both languages', () => {
    expect(pickPages(site, weight, {}, (path) => withPhoto.has(path)).map((p) => `${p.name} ${p.path}`)).toEqual([
      'home (vi) /',
      'article+photo (vi) /tin-tuc/2024/short/',
      'article, text (vi) /tin-tuc/2024/long/',
      'district (vi) /dia-phuong/cho-lach-ben-tre/',
      'districts (vi) /dia-phuong/',
      'documents (vi) /van-ban/',
      'search (vi) /tim-kiem/',
      'home (en) /en/',
      'article+photo (en) /en/news/2024/short/',
      'article, text (en) /en/news/2024/long/',
      'district (en) /en/districts/cho-lach-ben-tre/',
      'districts (en) /en/districts/',
      'documents (en) /en/documents/',
      'search (en) /en/search/',
    ]);
  });

  it('measures the one kind of article a site has when all have photos, or none', () => {
    const names = (hasPhoto: (path: string) => boolean) =>
      pickPages(site, weight, {}, hasPhoto)
        .filter((p) => p.name.startsWith('article'))
        .map((p) => `${p.name} ${p.path}`);
    expect(names(() => true)).toEqual(['article+photo (vi) /tin-tuc/2024/long/', 'article+photo (en) /en/news/2024/long/']);
    expect(names(() => false)).toEqual(['article, text (vi) /tin-tuc/2024/long/', 'article, text (en) /en/news/2024/long/']);
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
