import { describe, expect, it } from 'vitest';
import { bundleDirs, isArticleFile } from './searchBundles.ts';

describe('isArticleFile', () => {
  it.each([
    'tin-tuc/2024/tan-tru-phat-dong-phong-trao/index.html',
    'en/news/2019/chau-thanh-rewards-52-groups/index.html',
    'tin-tuc\\2024\\windows-separators\\index.html',
  ])('reads %s', (file) => {
    expect(isArticleFile(file)).toBe(true);
  });

  it.each([
    'index.html',
    'tin-tuc/index.html',
    'tin-tuc/trang/2/index.html',
    'en/news/page/3/index.html',
    'dia-phuong/tan-tru-long-an/index.html',
    'luu-tru/2024/index.html',
    'tim-kiem/index.html',
    'news/2024/slug/index.html',
    'tin-tuc/2024/slug/extra/index.html',
    'en/tin-tuc/2024/slug/index.html',
  ])('skips %s', (file) => {
    expect(isArticleFile(file)).toBe(false);
  });
});

describe('bundleDirs', () => {
  it('keeps the full-text bundle where Pagefind puts it and the headline one beside it', () => {
    expect(bundleDirs).toEqual({ full: 'pagefind', head: 'pagefind-head' });
  });
});
