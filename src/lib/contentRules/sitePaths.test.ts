import { describe, expect, it } from 'vitest';
import { buildSitePaths, isStaticPage } from './sitePaths.ts';
import { article, refs } from './testArticles.ts';

describe('buildSitePaths', () => {
  it('holds the pages of published articles, districts, documents and years, and drafts apart', () => {
    const published = article({ slug: 'da-dang' });
    const draft = article({ slug: 'ban-nhap', year: '2023', set: { draft: true, publishedAt: '2023-05-01' } });
    const { valid, drafts } = buildSitePaths([published, draft], { ...refs, unreadableArticles: new Set(['en/2022/hong']) });
    expect(valid.has('/tin-tuc/2024/da-dang/')).toBe(true);
    expect(valid.has('/en/news/2022/hong/')).toBe(true);
    expect(valid.has('/dia-phuong/tan-tru-long-an/')).toBe(true);
    expect(valid.has('/en/documents/tan-tru-long-an-55-nq-hu-2023/')).toBe(true);
    expect(valid.has('/dia-phuong/tan-tru-long-an/rss.xml')).toBe(true);
    expect(valid.has('/en/documents/tan-tru-long-an-55-nq-hu-2023/rss.xml')).toBe(true);
    expect(valid.has('/luu-tru/2024/')).toBe(true);
    expect(valid.has('/luu-tru/2023/')).toBe(false);
    expect([...drafts]).toEqual(['/tin-tuc/2023/ban-nhap/']);
  });
});

describe('isStaticPage', () => {
  it('knows the home, news lists, the districts directory, the documents register, search and feeds in both languages', () => {
    const pages = [
      '/',
      '/en/',
      '/tin-tuc/',
      '/tin-tuc/trang/2/',
      '/tim-kiem/',
      '/rss.xml',
      '/dia-phuong/',
      '/en/districts/',
      '/van-ban/',
      '/van-ban/trang/3/',
    ];
    for (const path of pages) expect(isStaticPage(path), path).toBe(true);
    for (const path of ['/tin-tuc/trang/0/', '/tin-tuc/trang/x/', '/khong-co/']) expect(isStaticPage(path), path).toBe(false);
  });
});
