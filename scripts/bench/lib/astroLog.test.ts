import { describe, expect, it } from 'vitest';
import { parseDuration, parsePhases, routeCosts, routeOf } from './astroLog.ts';

const log = `05:29:30 [content] Syncing content
05:29:34 [content] Synced content
05:29:34 [types] Generated 4.28s
05:29:34 [build] Building static entrypoints...
05:29:38 \u001b[32m[vite]\u001b[39m ✓ built in 4.21s
05:29:38 [vite] ✓ built in 22ms
 generating static routes 
05:26:21   ├─ /404.html (+14ms) 
05:26:21   ├─ /dia-phuong/an-bien-kien-giang/rss.xml (+24ms) 
05:26:21   ├─ /dia-phuong/bau-bang-binh-duong/rss.xml (+6ms) 
05:26:21   ├─ /tin-tuc/2024/tan-tru-x/index.html (+10ms) 
05:26:21   └─ /og/vi/2024/tan-tru-x.png (+90ms) 
05:29:03 ✓ Completed in 2m 43s.
05:29:09 [bantin:pagefind] Indexed 2622 pages as they were rendered, wrote the bundles in 6.59 s (6581 KiB in pagefind/ and pagefind-head/)
05:29:09 [build] 2622 page(s) built in 2m 56s
`;

describe('parseDuration', () => {
  it('reads the forms Astro prints', () => {
    expect(parseDuration('12.43s.')).toBe(12_430);
    expect(parseDuration('2m 43s')).toBe(163_000);
    expect(parseDuration('950ms')).toBe(950);
    expect(parseDuration('soon')).toBeUndefined();
  });
});

describe('parsePhases', () => {
  it('counts the optimized images and those reused from the image cache', () => {
    const images = `05:29:03 ✓ Completed in 2m 43s.
 generating optimized images 
05:29:04   ▶ /_astro/a.Hx_1.avif (before: 251kB, after: 31kB) (+4.10s) (1/3)
05:29:04   ▶ /_astro/a.Hx_2.webp (reused cache entry) (+2ms) (2/3)
05:29:05   \u001b[32m▶\u001b[39m /_astro/b.Hy_3.jpg \u001b[2m(before: 300kB, after: 90kB)\u001b[22m (+90ms) (3/3)
05:29:05 ✓ Completed in 1.25s.
`;
    expect(parsePhases(images)).toMatchObject({ imagesMs: 1250, images: 3, imagesCached: 1 });
    expect(parsePhases(log).imagesMs).toBeUndefined();
  });

  it('finds each phase', () => {
    expect(parsePhases(log)).toEqual({
      syncMs: 4280,
      bundleMs: 4232,
      staticRoutesMs: 163_000,
      pagefindMs: 6590,
      pages: 2622,
      totalMs: 176_000,
    });
  });
  it('leaves out what a log does not have', () => {
    expect(parsePhases('nothing here')).toEqual({});
  });
});

describe('routeOf', () => {
  it.each([
    ['/index.html', '/'],
    ['/404.html', '/404.html'],
    ['/tin-tuc/2024/slug-x/index.html', '/tin-tuc/:year/*/'],
    ['/en/news/2024/slug-x/index.html', '/en/news/:year/*/'],
    ['/tin-tuc/trang/12/index.html', '/tin-tuc/*/:n/'],
    ['/dia-phuong/tan-tru-long-an/rss.xml', '/dia-phuong/*/rss.xml'],
    ['/og/vi/2024/slug-x.png', '/og/*/:year/*.png'],
    ['/luu-tru/2019/index.html', '/luu-tru/:year/'],
    ['/rss.xml', '/rss.xml'],
  ])('%s → %s', (file, route) => {
    expect(routeOf(file)).toBe(route);
  });
});

describe('routeCosts', () => {
  it('adds up file times by route, most expensive first', () => {
    expect(routeCosts(log)).toEqual([
      { route: '/og/*/:year/*.png', files: 1, ms: 90 },
      { route: '/dia-phuong/*/rss.xml', files: 2, ms: 30 },
      { route: '/404.html', files: 1, ms: 14 },
      { route: '/tin-tuc/:year/*/', files: 1, ms: 10 },
    ]);
  });
});
