import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/paths.ts';
import { baseUrl, connectBrowser } from './browser.ts';

/**
 * While Be Vietnam Pro downloads, the page is drawn in a local font scaled to take the same room
 * (fonts.css), so swapping the web font in does not move the page (Lighthouse's layout shift).
 * Measured on a text-only article, where the text is all there is: the page laid out in the
 * fallback alone (the web font blocked) must be as tall as the page in Be Vietnam Pro. With the
 * plain system font it was about 4 % taller at phone widths.
 */

const article = { year: 2024, slug: 'day-manh-cac-phong-trao-thi-dua-yeu-nuoc-quyet-tam-thuc-hien-thang-loi-cac-muc' };

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function laidOut(path: string, width: number, webFont: boolean) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  try {
    const page: Page = await context.newPage();
    if (!webFont) await page.route(/\.woff2(\?|$)/, (route) => route.abort());
    await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    return await page.evaluate(() => ({
      height: document.querySelector('main')!.getBoundingClientRect().height,
      loaded: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, '')),
    }));
  } finally {
    await context.close();
  }
}

describe('the web font swap', () => {
  for (const lang of ['vi', 'en'] as const) {
    for (const width of [360, 412]) {
      it(`leaves a ${lang} article as tall as the fallback drew it, at ${width} px`, async () => {
        const path = paths.article(lang, article.year, article.slug);
        const fallback = await laidOut(path, width, false);
        const font = await laidOut(path, width, true);
        // A fallback face that matched no local font would leave the unadjusted system font.
        expect(fallback.loaded.some((family) => family.startsWith('Be Vietnam Pro Fallback '))).toBe(true);
        expect(fallback.loaded).not.toContain('Be Vietnam Pro');
        expect(font.loaded).toContain('Be Vietnam Pro');
        expect(Math.abs(fallback.height / font.height - 1)).toBeLessThan(0.02);
      });
    }
  }
});
