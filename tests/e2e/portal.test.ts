import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { paths } from '../../src/lib/paths.ts';
import { CARD_PHOTO } from '../../src/lib/socialCard.ts';
import { structuredDataProblems } from '../../src/lib/structuredDataCheck.ts';
import { dictionaries } from '../../src/i18n/t.ts';
import { baseUrl, connectBrowser, visit } from './browser.ts';

/**
 * What makes the archive a portal (directories, photos, the front page) and what the W3C Nu
 * checker, pa11y and Google's structured-data rules asked of it, on the built seed site.
 */

const withPhoto = { year: '2024', slug: 'cho-lach-dong-thuan-huong-ung-thi-dua-dong-khoi-moi' };
const withoutPhoto = { year: '2024', slug: 'tan-tru-phat-dong-phong-trao-thi-dua-xay-dung-huyen-dat-chuan-nong-thon-moi-nang' };
const dateOnly = { year: '2024', slug: 'day-manh-cac-phong-trao-thi-dua-yeu-nuoc-quyet-tam-thuc-hien-thang-loi-cac-muc' };
const districts = parse(readFileSync('content/districts.yaml', 'utf8')) as { id: string }[];
const documents = parse(readFileSync('content/documents.yaml', 'utf8')) as { id: string; number: string }[];

const html = async (path: string): Promise<string> => {
  const res = await fetch(new URL(path, baseUrl()));
  expect(res.status, path).toBe(200);
  return res.text();
};

function jsonLd(page: string): Record<string, unknown>[] {
  return [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );
}

/** WCAG relative luminance and contrast of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (css: string) => {
    const [r, g, bl] = css
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('what the validators found', () => {
  it.each(['vi', 'en'] as const)('the %s search page ends with </html>: its module script is inside the page', async (lang) => {
    const page = await html(paths.search(lang));
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
    const body = page.slice(page.indexOf('<body'), page.lastIndexOf('</body>'));
    expect(body).toMatch(/<script type="module"/);
  });

  it.each(['/404.html', '/en/404.html'])('%s names no canonical URL (its /404/ would answer 200)', async (path) => {
    const res = await fetch(new URL(path, baseUrl()));
    const page = await res.text();
    expect(page).toContain('noindex');
    expect(page).not.toMatch(/rel="canonical"/);
    expect(page).not.toMatch(/og:url/);
  });

  it('draws the focus ring on the red masthead at 3:1 or more (WCAG 1.4.11), the language switch too', async () => {
    const { page, context } = await visit(browser, paths.home('vi'));
    try {
      const header = await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
      const seen = new Set<string>();
      // Skip link, site name, language switch, then the navigation.
      for (let i = 0; i < 5; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          return { inHeader: !!el.closest('.site-header'), cls: el.className, outline: style.outlineColor, width: style.outlineWidth };
        });
        if (!focused.inHeader) continue;
        seen.add(focused.cls.split(' ')[0] ?? '');
        expect(Number.parseFloat(focused.width), focused.cls).toBeGreaterThanOrEqual(2);
        expect(contrast(focused.outline, header), focused.cls).toBeGreaterThanOrEqual(3);
      }
      expect(seen).toContain('lang-switch');
    } finally {
      await context.close();
    }
  });

  it.each([paths.home('vi'), paths.home('en'), paths.news('vi'), paths.district('en', 'tan-tru-long-an')])(
    'every <article> card on %s is named by its headline',
    async (path) => {
      const { page, context } = await visit(browser, path);
      try {
        const names = await page.locator('main article').evaluateAll((els) =>
          els.map((el) => {
            const id = el.getAttribute('aria-labelledby');
            return id ? (document.getElementById(id)?.textContent?.trim() ?? '') : '';
          }),
        );
        expect(names.length).toBeGreaterThan(0);
        for (const name of names) expect(name.length).toBeGreaterThan(10);
        const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id));
        expect(new Set(ids).size).toBe(ids.length);
      } finally {
        await context.close();
      }
    },
  );

  it.each(['vi', 'en'] as const)(
    '%s JSON-LD links the author, shows the publisher logo and dates a date-only article with +07:00',
    async (lang) => {
      const [news] = jsonLd(await html(paths.article(lang, dateOnly.year, dateOnly.slug)));
      expect(structuredDataProblems(news)).toEqual([]);
      expect(news!['datePublished']).toBe('2024-01-26T00:00:00+07:00');
      const logo = (news!['publisher'] as { logo: { url: string } }).logo.url;
      const res = await fetch(new URL(new URL(logo).pathname, baseUrl()));
      expect(res.headers.get('content-type')).toBe('image/png');
    },
  );

  it('dates every article and list in the sitemap with <lastmod>', async () => {
    const sitemap = await html('/sitemap-0.xml');
    const urls = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(<lastmod>[^<]+<\/lastmod>)?/g)];
    const article = urls.filter(([, loc]) => /\/(tin-tuc|en\/news)\/\d{4}\//.test(loc!));
    expect(article.length).toBe(10);
    for (const [, loc, lastmod] of [...article, ...urls.filter(([, loc]) => ['/', '/en/'].includes(new URL(loc!).pathname))])
      expect(lastmod, loc).toMatch(/^<lastmod>\d{4}-\d{2}-\d{2}T/);
  });

  it('spells place names in the English kicker and picture descriptions as the headline does, with tone marks', async () => {
    const page = await html(paths.article('en', withoutPhoto.year, withoutPhoto.slug));
    expect(page).toMatch(/<p class="kicker"[^>]*>\s*<a [^>]*>Tân Trụ, Long An<\/a>/);
    expect(page).toMatch(/<meta property="og:image:alt" content="Tân Trụ launches[^"]*\(Tân Trụ, Long An\)"/);
  });

  it('says on English pages that the text is a translation, linking the original, and names where it was first published', async () => {
    const en = await html(paths.article('en', withPhoto.year, withPhoto.slug));
    expect(en).toContain(dictionaries.en['article.translationOf']);
    expect(en).toContain(`href="${paths.article('vi', withPhoto.year, withPhoto.slug)}"`);
    expect(en).toMatch(/First published on <span lang="vi"[^>]*>Báo Đồng Khởi<\/span>\./);
    const vi = await html(paths.article('vi', withPhoto.year, withPhoto.slug));
    expect(vi).toMatch(/Bài đăng lần đầu trên <span lang="vi"[^>]*>Báo Đồng Khởi<\/span>\./);
    expect(vi).not.toContain(dictionaries.vi['article.translationOf']);
  });
});

describe('directories', () => {
  it.each(['vi', 'en'] as const)(
    'the %s district directory lists every district under its province, with counts and the 2025 successor',
    async (lang) => {
      const page = await html(paths.districts(lang));
      for (const { id } of districts) expect(page).toContain(`href="${paths.district(lang, id)}"`);
      expect(page).toContain(lang === 'vi' ? 'Từ 1/7/2025 thuộc tỉnh Tây Ninh' : 'Since 1 July 2025 part of Tây Ninh province');
      expect(page).toContain(lang === 'vi' ? 'thuộc thành phố Cần Thơ' : 'part of Cần Thơ city');
      expect(page).toMatch(
        lang === 'vi'
          ? /Tân Trụ<\/a>\s*<span class="meta"[^>]*>\(2 bài\)/
          : /Tân Trụ district<\/a>\s*<span class="meta"[^>]*>\(2 articles\)/,
      );
    },
  );

  it.each(['vi', 'en'] as const)(
    'the %s document register lists every document with its number and the articles citing it',
    async (lang) => {
      const page = await html(paths.documents(lang));
      for (const { id } of documents) expect(page).toContain(`href="${paths.document(lang, id)}"`);
      expect(page).toMatch(/>55-NQ\/HU<\/a>[\s\S]*?<td class="num"[^>]*>\s*2\s*<\/td>/);
    },
  );

  it.each(['vi', 'en'] as const)('the %s header links both directories', async (lang) => {
    const page = await html(paths.home(lang));
    const nav = /<nav class="container nav[\s\S]*?<\/nav>/.exec(page)![0];
    expect(nav).toContain(`href="${paths.districts(lang)}"`);
    expect(nav).toContain(`href="${paths.documents(lang)}"`);
  });
});

describe('photos', () => {
  it('shows the cover large at the top of the article, responsive, with caption and credit', async () => {
    const page = await html(paths.article('vi', withPhoto.year, withPhoto.slug));
    const figure = /<figure class="cover"[\s\S]*?<\/figure>/.exec(page)![0];
    expect(figure).toMatch(/<img [^>]*srcset="[^"]+\.webp 360w,[^"]+\.webp \d+w/);
    expect(figure).toMatch(/<img [^>]*width="\d+"[^>]*height="\d+"|<img [^>]*height="\d+"[^>]*width="\d+"/);
    expect(figure).toMatch(/loading="eager"/);
    expect(figure).toMatch(/alt="Tranh minh họa: [^"]+"/);
    expect(figure).toMatch(/<figcaption[^>]*>\s*Ảnh minh họa, không phải ảnh của bài gốc\. <span class="credit"[^>]*>Ảnh: Bản tin<\/span>/);
  });

  it('gives list cards fixed-shape thumbnails, lazy below the first screen, and a designed frame without a photo', async () => {
    const page = await html(paths.news('vi'));
    const thumbs = [...page.matchAll(/<img [^>]*>/g)].map((m) => m[0]);
    expect(thumbs.length).toBe(3);
    for (const img of thumbs) expect(img).toMatch(/width="240"[^>]*height="160"|height="160"[^>]*width="240"/);
    expect(thumbs.filter((img) => img.includes('loading="lazy"')).length).toBeGreaterThan(0);
    expect(thumbs[0]).toContain('loading="eager"');
    expect(page).toMatch(/<span class="thumb no-photo"[^>]*aria-hidden="true"/);
  });

  it('leads the home page with the lead story’s photo, loaded first', async () => {
    const page = await html(paths.home('vi'));
    const lead = /<article class="card lead"[\s\S]*?<\/article>/.exec(page)![0];
    expect(lead).toMatch(/<img [^>]*fetchpriority="high"/);
    expect(lead).toMatch(/loading="eager"/);
  });

  it('carries the cover in feeds and in JSON-LD', async () => {
    const feed = await html(paths.rss('vi'));
    expect(feed.match(/<media:content url="[^"]+\.jpe?g" medium="image" type="image\/jpeg" width="\d+" height="\d+"\/>/g)?.length).toBe(3);
    const [news] = jsonLd(await html(paths.article('en', withPhoto.year, withPhoto.slug)));
    const images = (news!['image'] as { url: string }[]).map((i) => new URL(i.url).pathname);
    expect(images).toHaveLength(2);
    expect(images[1]).toMatch(/^\/_astro\/vuon-kieng-cho-lach\.[\w-]+\.jpe?g$/);
    expect((await fetch(new URL(images[1]!, baseUrl()))).status).toBe(200);
  });

  it.each(['vi', 'en'] as const)(
    "puts the %s article's cover photo on its social card, which og:image names with its size",
    async (lang) => {
      const meta = (page: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(page)?.[1];
      /** The card a page names, and the mean colour and largest spread of its photo box. */
      const photoBox = async (page: string) => {
        const card = meta(page, 'og:image')!;
        expect(meta(page, 'twitter:image')).toBe(card);
        const res = await fetch(new URL(new URL(card).pathname, baseUrl()));
        expect(res.headers.get('content-type')).toBe(meta(page, 'og:image:type'));
        const bytes = Buffer.from(await res.arrayBuffer());
        expect(await sharp(bytes).metadata()).toMatchObject({ width: 1200, height: 630 });
        const { channels } = await sharp(await sharp(bytes).extract(CARD_PHOTO).removeAlpha().toBuffer()).stats();
        return { path: new URL(card).pathname, mean: channels.map((c) => c.mean), spread: Math.max(...channels.map((c) => c.stdev)) };
      };
      const page = await html(paths.article(lang, withPhoto.year, withPhoto.slug));
      expect(meta(page, 'og:image:type')).toBe('image/jpeg');
      expect(meta(page, 'og:image:width')).toBe('1200');
      expect(meta(page, 'og:image:height')).toBe('630');
      expect(meta(page, 'og:image:alt')).toContain(`${dictionaries[lang]['card.photo'].split(':')[0]}: `);
      const photo = await photoBox(page);
      expect(photo.path).toBe(paths.socialCard(lang, withPhoto.year, withPhoto.slug, 'jpg'));
      // The cover is a garden, darker and varied; the text card's same box is mostly paper, with
      // the ends of its title's lines.
      expect(photo.spread).toBeGreaterThan(25);
      expect(Math.min(...photo.mean)).toBeLessThan(180);
      const textPage = await html(paths.article(lang, withoutPhoto.year, withoutPhoto.slug));
      expect(meta(textPage, 'og:image:type')).toBe('image/png');
      const text = await photoBox(textPage);
      expect(text.mean.every((v) => v > 200)).toBe(true);
    },
  );

  it.each(['vi', 'en'] as const)('says in %s that a legacy photo was lost, above its caption, instead of an empty frame', async (lang) => {
    const { page, context } = await visit(browser, paths.article(lang, withoutPhoto.year, withoutPhoto.slug));
    try {
      const note = await page
        .locator('.prose figure')
        .first()
        .evaluate((el) => getComputedStyle(el, '::before').content);
      expect(note).toBe(`"${dictionaries[lang]['article.lostPhoto']}"`);
    } finally {
      await context.close();
    }
  });
});
