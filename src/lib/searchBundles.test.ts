import { describe, expect, it } from 'vitest';
import { articleFileLang, bundleDir, bundleDirs, searchParts } from './searchBundles.ts';

describe('articleFileLang', () => {
  it.each([
    ['tin-tuc/2024/tan-tru-phat-dong-phong-trao/index.html', 'vi'],
    ['en/news/2019/chau-thanh-rewards-52-groups/index.html', 'en'],
    ['tin-tuc\\2024\\windows-separators\\index.html', 'vi'],
  ])('reads %s as %s', (file, lang) => {
    expect(articleFileLang(file)).toBe(lang);
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
    expect(articleFileLang(file)).toBeUndefined();
  });
});

describe('bundleDirs', () => {
  it('keeps the full-text bundles where Pagefind puts them and the headline ones beside them, one per language', () => {
    expect(bundleDirs).toEqual({ full: 'pagefind', head: 'pagefind-head' });
    expect([bundleDir('full', 'vi'), bundleDir('head', 'en')]).toEqual(['pagefind/vi', 'pagefind-head/en']);
  });
});

describe('searchParts', () => {
  const page = [
    '<!DOCTYPE html><html lang="vi" data-theme="x"><head><title>T</title></head><body><header>Bản tin</header><main>',
    '<article class="article" data-pagefind-body data-astro-cid-1><p class="kicker" data-astro-cid-1><a href="/d/">Chợ Lách, Bến Tre</a></p>',
    '<h1 data-astro-cid-1>Tiêu đề</h1><p class="meta byline-top" data-pagefind-ignore data-astro-cid-1><time>04/03/2024</time></p>',
    '<p class="lede" data-astro-cid-1>Lời dẫn.</p><figure class="cover"><figcaption>Ảnh</figcaption></figure>',
    '<div class="prose"><p>Thân bài.</p><div><p>Đoạn lồng.</p></div></div><p class="author">Tác giả</p>',
    '<div hidden data-pagefind-ignore><span data-pagefind-meta="title">Tiêu đề</span><span data-pagefind-filter="year">2024</span></div></article>',
    '<section class="documents"><p>Văn bản</p></section></main><footer>Chân trang</footer></body></html>',
  ].join('');

  it('keeps the html tag, the article up to the lede and the hidden search metadata', () => {
    expect(searchParts(page)?.headline).toBe(
      [
        '<html lang="vi" data-theme="x"><body>',
        '<article class="article" data-pagefind-body data-astro-cid-1><p class="kicker" data-astro-cid-1><a href="/d/">Chợ Lách, Bến Tre</a></p>',
        '<h1 data-astro-cid-1>Tiêu đề</h1><p class="meta byline-top" data-pagefind-ignore data-astro-cid-1><time>04/03/2024</time></p>',
        '<p class="lede" data-astro-cid-1>Lời dẫn.</p>',
        '<div hidden data-pagefind-ignore><span data-pagefind-meta="title">Tiêu đề</span><span data-pagefind-filter="year">2024</span></div></article>',
        '</body></html>',
      ].join(''),
    );
  });

  it('keeps for the full text the html tag and the whole article, nothing around it', () => {
    const article = page.slice(page.indexOf('<article'), page.indexOf('</article>') + '</article>'.length);
    expect(searchParts(page)?.article).toBe(`<html lang="vi" data-theme="x"><body>${article}</body></html>`);
  });

  it('ends the article after its search metadata, whatever articles the body holds', () => {
    const nested = page.replace('<p>Thân bài.</p>', '<article><p>Thân bài.</p></article>');
    expect(searchParts(nested)?.article).toContain('<p class="author">Tác giả</p>');
  });

  it.each([
    ['no lede', page.replace('class="lede"', 'class="standfirst"')],
    ['no search metadata', page.replace('<div hidden data-pagefind-ignore>', '<div>')],
    ['no article', page.replaceAll('<article', '<section')],
  ])('is null for a page of another shape (%s)', (_, other) => {
    expect(searchParts(other)).toBeNull();
  });
});
