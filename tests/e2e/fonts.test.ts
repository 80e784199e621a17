import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/paths.ts';
import { connectBrowser, visit } from './browser.ts';

/**
 * The public pages are drawn in the reader's own sans-serif (global.css): no font file is
 * downloaded, so a phone on a slow connection reads the first page in its final letters, and
 * nothing swaps in later to move the text. The social cards keep Be Vietnam Pro, drawn at build time.
 */

const article = { year: 2024, slug: 'day-manh-cac-phong-trao-thi-dua-yeu-nuoc-quyet-tam-thuc-hien-thang-loi-cac-muc' };
const pages = [
  paths.home('vi'),
  paths.home('en'),
  paths.article('vi', article.year, article.slug),
  paths.article('en', article.year, article.slug),
  paths.districts('vi'),
  paths.documents('en'),
  paths.search('vi'),
];

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the reading font', () => {
  for (const path of pages) {
    it(`is the device's own on ${path}: no font file is asked for`, async () => {
      const { page, context, requests } = await visit(browser, path, { width: 360 });
      try {
        const { faces, family } = await page.evaluate(async () => {
          await document.fonts.ready;
          return { faces: document.fonts.size, family: getComputedStyle(document.body).fontFamily };
        });
        expect(requests.filter((url) => /\.(woff2?|ttf|otf)$/.test(new URL(url).pathname))).toEqual([]);
        expect(faces).toBe(0);
        expect(family).toMatch(/Roboto/);
        expect(family).toMatch(/sans-serif$/);
      } finally {
        await context.close();
      }
    });
  }
});
