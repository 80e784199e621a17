import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/paths.ts';
import type { Lang } from '../../src/i18n/locales.ts';
import { baseUrl, connectBrowser, visit } from './browser.ts';

// The seed content: one real article of each kind of page, in both languages.
function articleSlugs(lang: Lang): { year: string; slug: string }[] {
  const root = `content/articles/${lang}`;
  return readdirSync(root).flatMap((year) => readdirSync(`${root}/${year}`).map((file) => ({ year, slug: file.replace(/\.mdx?$/, '') })));
}

const viArticles = articleSlugs('vi');
const enArticles = articleSlugs('en');
const sample = enArticles[0]!;

const pagesToCheck = (lang: Lang) => [
  paths.home(lang),
  paths.news(lang),
  // One article with a cover photo, one without.
  paths.article(lang, sample.year, sample.slug),
  paths.article(lang, '2024', 'tan-tru-phat-dong-phong-trao-thi-dua-xay-dung-huyen-dat-chuan-nong-thon-moi-nang'),
  paths.district(lang, 'tan-tru-long-an'),
  paths.districts(lang),
  paths.document(lang, 'tan-tru-long-an-55-nq-hu-2023'),
  paths.documents(lang),
  paths.archive(lang, '2024'),
  paths.search(lang),
];

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['vi', 'en'] as const)('pages in %s', (lang) => {
  it.each(pagesToCheck(lang))('%s answers 200 with the right lang, canonical and hreflang', async (path) => {
    const res = await fetch(new URL(path, baseUrl()));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`<html lang="${lang}"`);
    expect(html).toMatch(/<link rel="canonical" href="[^"]+"/);
    expect(html).toMatch(new RegExp(`<link rel="alternate" hreflang="${lang}"`));
  });

  it.each(pagesToCheck(lang))('%s has no WCAG 2.2 AA violation and makes no request off localhost', async (path) => {
    const { page, context, requests } = await visit(browser, path);
    try {
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
      const outside = requests.filter((url) => !url.startsWith(baseUrl()) && !url.startsWith('data:'));
      expect(outside).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the seed archive', () => {
  it('publishes all five Vietnamese articles and their translations', async () => {
    expect(viArticles).toHaveLength(5);
    for (const { year, slug } of viArticles) {
      expect((await fetch(new URL(paths.article('vi', year, slug), baseUrl()))).status).toBe(200);
    }
    for (const { year, slug } of enArticles) {
      expect((await fetch(new URL(paths.article('en', year, slug), baseUrl()))).status).toBe(200);
    }
  });

  it('shows "Tin nổi bật" on the home page', async () => {
    const html = await (await fetch(new URL('/', baseUrl()))).text();
    expect(html).toContain('Tin nổi bật');
  });

  it('shows date and time in Vietnam time in both languages', async () => {
    const vi = await (
      await fetch(new URL(paths.article('vi', '2024', viArticles.find((a) => a.slug.startsWith('tan-tru-phat-dong'))!.slug), baseUrl()))
    ).text();
    expect(vi).toContain('01/03/2024 - 13:32');
    const en = await (
      await fetch(new URL(paths.article('en', '2024', viArticles.find((a) => a.slug.startsWith('tan-tru-phat-dong'))!.slug), baseUrl()))
    ).text();
    expect(en).toContain('1 March 2024, 13:32 ICT');
  });

  it('answers 404 with a localized page for unknown paths', async () => {
    const vi = await fetch(new URL('/khong-co-trang-nay/', baseUrl()));
    expect(vi.status).toBe(404);
    expect(await vi.text()).toContain('Không tìm thấy trang');
    const en = await fetch(new URL('/en/no-such-page/', baseUrl()));
    expect(en.status).toBe(404);
    expect(await en.text()).toContain('Page not found');
  });
});

describe('page layout', () => {
  it('puts the footer at the foot of the screen on a short page, and below the first screen on the search page', async () => {
    // The search page grows once its script runs: a footer in view would be pushed down (layout shift).
    for (const [path, where] of [
      ['/khong-co-trang-nay/', 'at the foot'],
      [paths.search('vi'), 'below'],
    ] as const) {
      const { page, context } = await visit(browser, path, { width: 390 });
      try {
        const { top, bottom, screen } = await page.evaluate(() => {
          const box = document.querySelector('.site-footer')!.getBoundingClientRect();
          return { top: box.top, bottom: box.bottom, screen: innerHeight };
        });
        if (where === 'at the foot') expect(Math.round(bottom), path).toBe(screen);
        else expect(top, path).toBeGreaterThanOrEqual(screen);
      } finally {
        await context.close();
      }
    }
  });
});

describe('language switch', () => {
  it('goes from an article to its translation and back', async () => {
    const { page, context } = await visit(browser, paths.article('vi', sample.year, sample.slug));
    try {
      await page.getByRole('link', { name: /English/ }).click();
      await page.waitForURL(`**${paths.article('en', sample.year, sample.slug)}`);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await page.getByRole('link', { name: /Tiếng Việt/ }).click();
      await page.waitForURL(`**${paths.article('vi', sample.year, sample.slug)}`);
      expect(await page.getAttribute('html', 'lang')).toBe('vi');
    } finally {
      await context.close();
    }
  });
});
