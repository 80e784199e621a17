import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import Parser from 'rss-parser';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Lang } from '../../src/i18n/locales.ts';
import { isAdminPath } from '../../src/lib/adminPages.ts';
import { paths } from '../../src/lib/paths.ts';
import { structuredDataProblems } from '../../src/lib/structuredDataCheck.ts';
import {
  bodyImageAlt,
  buildFixtureSite,
  coverAlt,
  fixtureArticle,
  fixtureDraft,
  type FixtureSite,
} from '../fixtures/images/fixtureSite.ts';
import { buildSite, workspace, type Workspace } from '../support/site.ts';
import { baseUrl, connectBrowser, visit } from './browser.ts';

/**
 * Discovery and sharing on the built site: feeds, sitemap, robots.txt, JSON-LD, Open Graph and
 * social cards, share links and the print stylesheet. Expectations come from the content files
 * themselves, read here independently of the site's code.
 */

interface SeedArticle {
  lang: Lang;
  year: string;
  slug: string;
  title: string;
  district: string;
  documents: string[];
  publishedAt: Date;
  timeKnown: boolean;
  source?: { name: string };
}

function readSeeds(lang: Lang): SeedArticle[] {
  const root = `content/articles/${lang}`;
  return readdirSync(root).flatMap((year) =>
    readdirSync(`${root}/${year}`).map((file) => {
      const text = readFileSync(`${root}/${year}/${file}`, 'utf8');
      const data = parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
      const published = String(data['publishedAt']);
      return {
        lang,
        year,
        slug: file.replace(/\.mdx?$/, ''),
        title: String(data['title']),
        district: String(data['district']),
        documents: (data['documents'] as string[] | undefined) ?? [],
        // A date alone is the start of that day in Vietnam (src/lib/articleTime.ts).
        publishedAt: new Date(/^\d{4}-\d{2}-\d{2}$/.test(published) ? `${published}T00:00:00+07:00` : published),
        timeKnown: !/^\d{4}-\d{2}-\d{2}$/.test(published),
        ...(data['source'] ? { source: data['source'] as { name: string } } : {}),
      };
    }),
  );
}

const seeds = { vi: readSeeds('vi'), en: readSeeds('en') };
const newestFirst = (list: SeedArticle[]) => [...list].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
const articlePath = (a: Pick<SeedArticle, 'lang' | 'year' | 'slug'>) => paths.article(a.lang, a.year, a.slug);

/** The built site carries absolute URLs on SITE_URL's origin; the test server is elsewhere. */
const local = (absolute: string): string => {
  const url = new URL(absolute);
  return new URL(`${url.pathname}${url.search}`, baseUrl()).href;
};
const pathOf = (absolute: string): string => new URL(absolute).pathname;

async function get(path: string): Promise<Response> {
  const res = await fetch(new URL(path, baseUrl()));
  expect(res.status, path).toBe(200);
  return res;
}
const html = async (path: string) => (await get(path)).text();

function metaContent(page: string, key: string): string | undefined {
  const match = new RegExp(`<meta (?:property|name)="${key.replace(/[:.]/g, '\\$&')}" content="([^"]*)"`).exec(page);
  return match?.[1]
    ?.replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

/** Every index.html under a built site, as [path, html]. */
/** The readers' pages of a built site (not the web editor's, which is for editors and never shared). */
function builtPages(dist: string): [string, string][] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `/${f.replace(/index\.html$/, '')}`)
    .filter((path) => !isAdminPath(path))
    .map((path) => [path, readFileSync(join(dist, path, 'index.html'), 'utf8')]);
}

/** The pictures a page announces: og:image, twitter:image and every JSON-LD image, as site paths. */
function announcedImages(page: string): string[] {
  const ld = jsonLd(page).flatMap((block) => ((block['image'] as { url: string }[] | undefined) ?? []).map((i) => i.url));
  return [metaContent(page, 'og:image'), metaContent(page, 'twitter:image'), ...ld].filter((u) => u !== undefined).map(pathOf);
}

function jsonLd(page: string): Record<string, unknown>[] {
  return [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );
}

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// ---------------------------------------------------------------------------------------------
describe('RSS feeds', () => {
  const parser = new Parser<{ language: string }, { creator: string }>({ customFields: { feed: ['language'] } });
  const feed = async (path: string) => parser.parseString(await (await get(path)).text());

  function expectItems(items: Parser.Item[], expected: SeedArticle[]): void {
    expect(items.map((i) => pathOf(i.link!))).toEqual(newestFirst(expected).map(articlePath));
    for (const item of items) {
      const article = expected.find((a) => articlePath(a) === pathOf(item.link!))!;
      expect(item.title).toBe(article.title);
      expect(item.pubDate).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0700$/);
      expect(new Date(item.pubDate!).getTime()).toBe(article.publishedAt.getTime());
      expect(item.contentSnippet?.length).toBeGreaterThan(20);
      expect(item.categories?.length).toBe(1 + article.documents.length);
    }
  }

  it.each(['vi', 'en'] as const)('the %s feed lists every article, newest first, with +07:00 dates', async (lang) => {
    const parsed = await feed(paths.rss(lang));
    expect(parsed.language).toBe(lang);
    expect(pathOf(parsed.link!)).toBe(paths.home(lang));
    expectItems(parsed.items, seeds[lang]);
  });

  it('links to the article pages, which exist', async () => {
    const parsed = await feed(paths.rss('vi'));
    for (const item of parsed.items) expect((await fetch(local(item.link!))).status).toBe(200);
  });

  it.each(['vi', 'en'] as const)('a %s district feed holds that district’s articles, with it as a category', async (lang) => {
    const parsed = await feed(paths.districtRss(lang, 'tan-tru-long-an'));
    expectItems(
      parsed.items,
      seeds[lang].filter((a) => a.district === 'tan-tru-long-an'),
    );
    for (const item of parsed.items) expect(item.categories?.[0]).toBe('Tân Trụ, Long An');
    expect(parsed.title).toMatch(lang === 'vi' ? /Tân Trụ, Long An/ : /Tân Trụ district, Long An/);
  });

  it.each(['vi', 'en'] as const)('a %s document feed holds the articles citing it', async (lang) => {
    const parsed = await feed(paths.documentRss(lang, 'tan-tru-long-an-55-nq-hu-2023'));
    const citing = seeds[lang].filter((a) => a.documents.includes('tan-tru-long-an-55-nq-hu-2023'));
    expect(citing.length).toBeGreaterThan(0);
    expectItems(parsed.items, citing);
    for (const item of parsed.items)
      expect(item.categories).toContain(lang === 'vi' ? 'Nghị quyết số 55-NQ/HU' : 'Resolution No. 55-NQ/HU');
  });

  it('every district and document page links its feed for feed readers and for people', async () => {
    const cases: [string, string][] = [
      [paths.district('vi', 'tan-tru-long-an'), paths.districtRss('vi', 'tan-tru-long-an')],
      [paths.district('en', 'cho-lach-ben-tre'), paths.districtRss('en', 'cho-lach-ben-tre')],
      [paths.document('vi', 'tan-tru-long-an-55-nq-hu-2023'), paths.documentRss('vi', 'tan-tru-long-an-55-nq-hu-2023')],
      [paths.document('en', 'ben-tre-01-ct-tu-2020'), paths.documentRss('en', 'ben-tre-01-ct-tu-2020')],
    ];
    for (const [page, feedPath] of cases) {
      const text = await html(page);
      const link = /<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="([^"]+)"/g;
      const hrefs = [...text.matchAll(link)].map((m) => pathOf(m[1]!));
      expect(hrefs, page).toContain(feedPath);
      expect(text, page).toContain(`<a href="${feedPath}" type="application/rss+xml"`);
      await feed(feedPath);
    }
  });

  it.each(['vi', 'en'] as const)('every %s page links the language feed', async (lang) => {
    for (const page of [paths.home(lang), paths.news(lang), articlePath(seeds[lang][0]!)]) {
      expect(await html(page), page).toMatch(
        new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="[^"]+${paths.rss(lang).replace('.', '\\.')}"`),
      );
    }
  });
});

// ---------------------------------------------------------------------------------------------
interface SitemapEntry {
  loc: string;
  links: { hreflang: string; href: string }[];
}

/** Parsed by Chromium's XML parser: malformed XML fails here. */
async function readSitemap(
  xml: string,
  context: BrowserContext,
): Promise<{ entries: SitemapEntry[]; sitemaps: string[]; error: string | null }> {
  const page = await context.newPage();
  try {
    return await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.querySelector('parsererror')?.textContent ?? null;
      const ns = 'http://www.sitemaps.org/schemas/sitemap/0.9';
      const xhtml = 'http://www.w3.org/1999/xhtml';
      const entries = [...doc.getElementsByTagNameNS(ns, 'url')].map((url) => ({
        loc: url.getElementsByTagNameNS(ns, 'loc')[0]?.textContent ?? '',
        links: [...url.getElementsByTagNameNS(xhtml, 'link')].map((l) => ({
          hreflang: l.getAttribute('hreflang') ?? '',
          href: l.getAttribute('href') ?? '',
        })),
      }));
      const sitemaps = [...doc.getElementsByTagNameNS(ns, 'sitemap')].map((s) => s.getElementsByTagNameNS(ns, 'loc')[0]?.textContent ?? '');
      return { entries, sitemaps, error };
    }, xml);
  } finally {
    await page.close();
  }
}

describe('sitemap and robots.txt', () => {
  let entries: SitemapEntry[];
  let context: BrowserContext;

  beforeAll(async () => {
    context = await browser.newContext();
    const index = await readSitemap(await (await get(paths.sitemap())).text(), context);
    expect(index.error).toBeNull();
    expect(index.sitemaps.length).toBeGreaterThan(0);
    entries = [];
    for (const sitemap of index.sitemaps) {
      const part = await readSitemap(await (await get(local(sitemap))).text(), context);
      expect(part.error).toBeNull();
      entries.push(...part.entries);
    }
  });
  afterAll(async () => {
    await context?.close();
  });

  it('robots.txt names the sitemap by its absolute URL', async () => {
    const robots = await (await get('/robots.txt')).text();
    const line = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(line).toMatch(/^https?:\/\/[^/]+\/sitemap-index\.xml$/);
    expect((await fetch(local(line!))).status).toBe(200);
  });

  it('lists every article in both languages and no error page', () => {
    const locs = entries.map((e) => pathOf(e.loc));
    for (const lang of ['vi', 'en'] as const) for (const a of seeds[lang]) expect(locs).toContain(articlePath(a));
    expect(locs.filter((p) => /\/404\/?$|\.xml$|\.png$/.test(p))).toEqual([]);
    expect(new Set(locs).size).toBe(locs.length);
  });

  it('lists only pages that exist', async () => {
    for (const entry of entries) expect((await fetch(local(entry.loc), { method: 'HEAD' })).status, entry.loc).toBe(200);
  });

  it('pairs each article with its translation through hreflang, both ways', () => {
    for (const a of seeds.vi) {
      const vi = entries.find((e) => pathOf(e.loc) === articlePath(a))!;
      const en = entries.find((e) => pathOf(e.loc) === articlePath({ ...a, lang: 'en' }))!;
      for (const entry of [vi, en]) {
        const byLang = Object.fromEntries(entry.links.map((l) => [l.hreflang, pathOf(l.href)]));
        expect(byLang).toEqual({ vi: articlePath(a), en: articlePath({ ...a, lang: 'en' }), 'x-default': articlePath(a) });
      }
    }
  });

  it('pairs district, document and list pages too', () => {
    const pairs: [string, string][] = [
      [paths.home('vi'), paths.home('en')],
      [paths.news('vi'), paths.news('en')],
      [paths.district('vi', 'tan-tru-long-an'), paths.district('en', 'tan-tru-long-an')],
      [paths.document('vi', 'tan-tru-long-an-55-nq-hu-2023'), paths.document('en', 'tan-tru-long-an-55-nq-hu-2023')],
    ];
    for (const [vi, en] of pairs) {
      const entry = entries.find((e) => pathOf(e.loc) === vi)!;
      expect(entry.links.map((l) => [l.hreflang, pathOf(l.href)])).toEqual([
        ['vi', vi],
        ['en', en],
        ['x-default', vi],
      ]);
    }
  });
});

// ---------------------------------------------------------------------------------------------
describe('structured data (JSON-LD)', () => {
  it.each([...seeds.vi, ...seeds.en].map((a) => [articlePath(a), a] as const))(
    '%s has a valid NewsArticle and BreadcrumbList',
    async (path, article) => {
      const page = await html(path);
      const blocks = jsonLd(page);
      expect(blocks.map((b) => b['@type'])).toEqual(['NewsArticle', 'BreadcrumbList']);
      for (const block of blocks) expect(structuredDataProblems(block)).toEqual([]);
      const [news, crumbs] = blocks as [Record<string, unknown>, Record<string, unknown>];
      expect(news['headline']).toBe(article.title);
      expect(news['inLanguage']).toBe(article.lang);
      // Always a date-time with Vietnam's offset; when the source gave no time, the day's start in Vietnam.
      expect(news['datePublished']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
      const published = news['datePublished'] as string;
      expect(new Date(published).getTime()).toBe(article.publishedAt.getTime());
      expect(pathOf(news['url'] as string)).toBe(path);
      expect((news['about'] as Record<string, unknown>)['@type']).toBe('Place');
      expect(((news['citation'] as unknown[] | undefined) ?? []).length).toBe(article.documents.length);
      const image = (news['image'] as { url: string }[])[0]!.url;
      expect(image).toBe(metaContent(page, 'og:image'));
      const items = crumbs['itemListElement'] as { item: string }[];
      expect(pathOf(items.at(-1)!.item)).toBe(path);
    },
  );

  it.each(['vi', 'en'] as const)('the %s home page describes the WebSite with a search action', async (lang) => {
    const blocks = jsonLd(await html(paths.home(lang)));
    const site = blocks.find((b) => b['@type'] === 'WebSite')!;
    expect(structuredDataProblems(site)).toEqual([]);
    const template = ((site['potentialAction'] as Record<string, unknown>)['target'] as { urlTemplate: string }).urlTemplate;
    expect(pathOf(template.replace('{search_term_string}', 'x'))).toBe(paths.search(lang));
    expect(template).toMatch(/\?q=\{search_term_string\}$/);
  });
});

// ---------------------------------------------------------------------------------------------
describe('Open Graph, Twitter and social cards', () => {
  const pages = (lang: Lang) => [
    paths.home(lang),
    paths.news(lang),
    paths.district(lang, 'tan-tru-long-an'),
    paths.document(lang, 'tan-tru-long-an-55-nq-hu-2023'),
    paths.archive(lang, '2024'),
    articlePath(seeds[lang][0]!),
  ];

  it.each(['vi', 'en'] as const)('every %s page carries Open Graph and Twitter meta with an image that exists', async (lang) => {
    for (const path of pages(lang)) {
      const page = await html(path);
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(page)![1];
      expect(metaContent(page, 'og:url'), path).toBe(canonical);
      for (const key of ['og:title', 'og:description', 'og:site_name', 'og:image', 'og:image:alt', 'twitter:image'])
        expect(metaContent(page, key), `${path} ${key}`).toBeTruthy();
      expect(metaContent(page, 'og:locale')).toBe(lang === 'vi' ? 'vi_VN' : 'en_US');
      expect(metaContent(page, 'twitter:card')).toBe('summary_large_image');
      const image = await sharp(Buffer.from(await (await get(local(metaContent(page, 'og:image')!))).arrayBuffer())).metadata();
      // A JPEG for an article's card with its cover photo, PNG for every text card.
      expect(image).toMatchObject({ format: metaContent(page, 'og:image:type')!.replace('image/', ''), width: 1200, height: 630 });
    }
  });

  it('every page of the built site announces only cards that are in dist/', () => {
    const dist = inject('siteDir');
    const pages = builtPages(dist);
    expect(pages.length).toBeGreaterThan(30);
    for (const [path, page] of pages) {
      const images = announcedImages(page);
      if (!/^\/(en\/)?404\/$/.test(path)) expect(images.length, path).toBeGreaterThanOrEqual(2);
      for (const image of images) expect(existsSync(join(dist, image)), `${path} → ${image}`).toBe(true);
    }
  });

  it.each([...seeds.vi, ...seeds.en].map((a) => [articlePath(a)] as const))(
    '%s has its own 1200×630 card, JPEG with a cover photo, else PNG',
    async (path) => {
      const page = await html(path);
      expect(metaContent(page, 'og:type')).toBe('article');
      const imageUrl = metaContent(page, 'og:image')!;
      const [ext, format] = /<figure class="cover"/.test(page) ? ['jpg', 'jpeg'] : ['png', 'png'];
      expect(pathOf(imageUrl)).toMatch(new RegExp(`^/og/(vi|en)/\\d{4}/[a-z0-9-]+\\.${ext}$`));
      expect(metaContent(page, 'og:image:type')).toBe(`image/${format}`);
      const res = await get(local(imageUrl));
      expect(res.headers.get('content-type')).toBe(`image/${format}`);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(await sharp(bytes).metadata()).toMatchObject({ format, width: 1200, height: 630 });
      expect(metaContent(page, 'og:image:width')).toBe('1200');
      expect(metaContent(page, 'og:image:height')).toBe('630');
      expect(metaContent(page, 'article:published_time')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    },
  );
});

// ---------------------------------------------------------------------------------------------
describe('sharing', () => {
  const article = seeds.vi.find((a) => a.source)!;
  const path = articlePath(article);

  it('offers Facebook, Zalo and copy-link as plain links, with no third-party script', async () => {
    const { page, context, requests } = await visit(browser, path);
    try {
      const url = await page.locator('link[rel="canonical"]').getAttribute('href');
      const share = page.locator('section.share');
      expect(await share.locator('a[href^="https://www.facebook.com/sharer/sharer.php"]').getAttribute('href')).toBe(
        `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url!)}`,
      );
      expect(await share.locator('a[href^="https://zalo.me/share"]').getAttribute('href')).toContain(encodeURIComponent(url!));
      expect(await share.locator('bantin-copy-link a').getAttribute('href')).toBe(url);
      expect(requests.filter((r) => !r.startsWith(baseUrl()))).toEqual([]);
      // No touch screen here: the Web Share button stays hidden.
      expect(await share.getByRole('button').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('offers the phone’s share sheet through the Web Share API on touch screens', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      // Headless Chromium has no share sheet: record what the page asks to share.
      await context.addInitScript(() => {
        const w = window as unknown as { shared?: ShareData[] };
        w.shared = [];
        Object.defineProperty(navigator, 'share', {
          configurable: true,
          value: (data: ShareData) => (w.shared!.push(data), Promise.resolve()),
        });
        Object.defineProperty(navigator, 'canShare', { configurable: true, value: () => true });
      });
      const page = await context.newPage();
      await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'networkidle' });
      const button = page.locator('section.share').getByRole('button', { name: 'Chia sẻ…' });
      await button.click();
      const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(shared).toEqual([{ url: canonical, title: article.title }]);
    } finally {
      await context.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------
describe('print', () => {
  const article = seeds.vi.find((a) => a.source)!;

  it('prints the article with its source line and URL, without the site chrome', async () => {
    const { page, context } = await visit(browser, articlePath(article));
    try {
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(await page.locator('.print-url').isVisible()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      for (const chrome of ['.site-header', '.site-footer', 'nav', 'section.share', '.related', '.view-count', '.skip-link']) {
        const visible = await page.locator(chrome).evaluateAll((els) => els.some((el) => el.checkVisibility()));
        expect(visible, chrome).toBe(false);
      }
      for (const kept of ['h1', '.lede', '.prose', '.author']) expect(await page.locator(kept).first().isVisible(), kept).toBe(true);
      const printUrl = page.locator('.print-url');
      expect(await printUrl.isVisible()).toBe(true);
      expect((await printUrl.textContent())?.trim()).toBe(canonical);
      const sourceLine = page.locator('article p.meta', { hasText: article.source!.name });
      expect(await sourceLine.isVisible()).toBe(true);
      // Chromium lays the print out for real: a PDF comes out.
      expect((await page.pdf({ format: 'A4' })).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await context.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------
describe('images and drafts (a fixture site built from a copy of content/)', () => {
  let fixture: FixtureSite;
  let page: string;

  beforeAll(async () => {
    fixture = await buildFixtureSite();
    page = readFileSync(join(fixture.dist, paths.article('vi', fixtureArticle.year, fixtureArticle.slug), 'index.html'), 'utf8');
  }, 180_000);
  afterAll(() => {
    if (fixture) rmSync(fixture.root, { recursive: true, force: true });
  });

  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const builtFile = (url: string) => join(fixture.dist, url.split(' ')[0]!);

  it('shows the cover as a responsive WebP image, eager, with its size and alt', () => {
    const figure = /<figure class="cover"[^>]*>[\s\S]*?<\/figure>/.exec(page)?.[0];
    expect(figure).toBeDefined();
    const img = /<img [^>]*>/.exec(figure!)![0];
    const candidates = attr(img, 'srcset')!.split(', ');
    expect(candidates.length).toBeGreaterThanOrEqual(3);
    for (const candidate of candidates) {
      expect(candidate.split(' ')[0]).toMatch(/\.webp$/);
      expect(existsSync(builtFile(candidate)), candidate).toBe(true);
    }
    expect(attr(img, 'src')).toMatch(/\.webp$/);
    expect(attr(img, 'sizes')).toBeTruthy();
    expect(attr(img, 'alt')).toBe(coverAlt);
    expect(attr(img, 'loading')).toBe('eager');
    expect(attr(img, 'fetchpriority')).toBe('high');
    expect(Number(attr(img, 'width'))).toBeGreaterThan(0);
    expect(Number(attr(img, 'height'))).toBeGreaterThan(0);
    expect(Number(attr(img, 'width')) / Number(attr(img, 'height'))).toBeCloseTo(1600 / 1000, 2);
  });

  it('turns a Markdown body image from content/media into a lazy, sized, responsive WebP', async () => {
    const img = new RegExp(`<img [^>]*alt="${bodyImageAlt}"[^>]*>`).exec(page)?.[0];
    expect(img).toBeDefined();
    expect(attr(img!, 'loading')).toBe('lazy');
    expect(attr(img!, 'width')).toBe('1200');
    expect(attr(img!, 'height')).toBe('800');
    expect(attr(img!, 'src')).toMatch(/\.webp$/);
    const candidates = attr(img!, 'srcset')!.split(', ');
    expect(candidates.length).toBeGreaterThanOrEqual(2);
    for (const candidate of candidates) {
      expect(candidate).toMatch(/\.webp \d+w$/);
      const meta = await sharp(builtFile(candidate)).metadata();
      expect(meta.format).toBe('webp');
      expect(`${meta.width}w`).toBe(candidate.split(' ')[1]);
    }
  });

  it('keeps the draft out of pages, feeds, sitemap and cards', () => {
    const draftPath = paths.article('vi', fixtureDraft.year, fixtureDraft.slug);
    expect(existsSync(join(fixture.dist, draftPath, 'index.html'))).toBe(false);
    for (const ext of ['png', 'jpg'] as const)
      expect(existsSync(join(fixture.dist, paths.socialCard('vi', fixtureDraft.year, fixtureDraft.slug, ext)))).toBe(false);
    const everything = [
      readFileSync(join(fixture.dist, 'rss.xml'), 'utf8'),
      readFileSync(join(fixture.dist, paths.districtRss('vi', 'tan-tru-long-an')), 'utf8'),
      ...readdirSync(fixture.dist)
        .filter((f) => /^sitemap.*\.xml$/.test(f))
        .map((f) => readFileSync(join(fixture.dist, f), 'utf8')),
    ].join('\n');
    expect(everything).not.toContain(fixtureDraft.slug);
    expect(everything).not.toContain('Bản nháp chưa đăng');
    // The article that gained images is still there, with its card.
    expect(everything).toContain(fixtureArticle.slug);
    // The article has a cover, so its card is the JPEG with the photo.
    expect(existsSync(join(fixture.dist, paths.socialCard('vi', fixtureArticle.year, fixtureArticle.slug, 'jpg')))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
describe('a larger archive (content/ plus 25 older Tân Trụ articles, BANTIN_CARDS_RECENT=2)', () => {
  let ws: Workspace;
  let pages: Map<string, string>;
  /** The added articles, newest first: 2023, district Tân Trụ, citing 55-NQ/HU. */
  const added = Array.from({ length: 25 }, (_, i) => ({ year: '2023', slug: `tan-tru-bai-luu-tru-${String(25 - i).padStart(2, '0')}` }));
  const seedFile = 'articles/vi/2024/tan-tru-tap-trung-xay-dung-nong-thon-moi-nang-cao.md';
  const district = 'tan-tru-long-an';
  const document = 'tan-tru-long-an-55-nq-hu-2023';

  beforeAll(async () => {
    ws = workspace('cards');
    const seed = readFileSync(join(ws.content, seedFile), 'utf8');
    mkdirSync(join(ws.content, 'articles/vi/2023'), { recursive: true });
    added.forEach(({ slug }, i) => {
      const day = String(25 - i).padStart(2, '0');
      const text = seed
        .replace(/^title: .*$/m, `title: "Tân Trụ: bài lưu trữ số ${day}"`)
        .replace(/^publishedAt: .*$/m, `publishedAt: "2023-03-${day}T08:00:00+07:00"`)
        .replace(/^featured: true$/m, 'featured: false')
        // These copies test social cards alone: no cover photo among the pictures they announce.
        .replace(/^cover:\n(?: {2}.*\n?)*/m, '');
      writeFileSync(join(ws.content, 'articles/vi/2023', `${slug}.md`), text);
    });
    await buildSite(ws, { BANTIN_CARDS_RECENT: '2' });
    pages = new Map(builtPages(ws.dist));
  }, 240_000);
  afterAll(() => ws?.remove());

  const vi = () => [
    ...newestFirst(seeds.vi).map((a) => ({ year: a.year, slug: a.slug, district: a.district })),
    ...added.map((a) => ({ ...a, district })),
  ];
  const en = () => newestFirst(seeds.en).map((a) => ({ year: a.year, slug: a.slug, district: a.district }));

  it.each(['vi', 'en'] as const)('the two newest %s articles have their own card, older ones their district card', (lang) => {
    (lang === 'vi' ? vi() : en()).forEach((article, rank) => {
      const path = paths.article(lang, article.year, article.slug);
      // An article with a cover photo has its card with the photo, in JPEG.
      const own = paths.socialCard(lang, article.year, article.slug, /<figure class="cover"/.test(pages.get(path)!) ? 'jpg' : 'png');
      const card = rank < 2 ? own : paths.districtCard(lang, article.district);
      // The cards alone: a seed article with a cover photo also lists it in JSON-LD, after the card.
      const cards = announcedImages(pages.get(path)!).filter((image) => !image.startsWith('/_astro/'));
      expect(cards, path).toEqual([card, card, card]);
      expect(existsSync(join(ws.dist, own)), own).toBe(rank < 2);
    });
  });

  it('announces only cards that are in dist/, on every page', () => {
    expect(pages.size).toBeGreaterThan(60);
    for (const [path, page] of pages) {
      for (const image of announcedImages(page)) expect(existsSync(join(ws.dist, image)), `${path} → ${image}`).toBe(true);
    }
  });

  it('gives each district page its own card', () => {
    expect(announcedImages(pages.get(paths.district('vi', district))!)).toEqual(Array(2).fill(paths.districtCard('vi', district)));
  });

  const listed = (page: string) => [...new Set([...page.matchAll(/<a href="(\/tin-tuc\/\d{4}\/[^"]+\/)"/g)].map((m) => m[1]!))];
  const link = (page: string, rel: string) => new RegExp(`<a href="([^"]+)" rel="${rel}"`).exec(page)?.[1];
  const canonical = (page: string) => pathOf(/<link rel="canonical" href="([^"]+)"/.exec(page)![1]!);
  const hreflangs = (page: string) =>
    [...page.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], pathOf(m[2]!)]);

  const citing = (id: string) => seeds.vi.filter((a) => a.documents.includes(id)).length + added.length;
  it.each([
    ['district', (p: number) => paths.district('vi', district, p), (p: number) => paths.district('en', district, p)],
    ['document', (p: number) => paths.document('vi', document, p), (p: number) => paths.document('en', document, p)],
    ['year', (p: number) => paths.archive('vi', 2023, p), undefined],
  ] as const)('the %s list runs over two pages of at most 20, every article once, newest first', (kind, at, enAt) => {
    const count = {
      district: seeds.vi.filter((a) => a.district === district).length + added.length,
      document: citing(document),
      year: added.length,
    }[kind];
    const first = pages.get(at(1))!;
    const second = pages.get(at(2))!;
    expect(second, at(2)).toBeDefined();
    expect(pages.has(at(3))).toBe(false);
    expect(listed(first)).toHaveLength(20);
    expect(listed(second)).toHaveLength(count - 20);
    expect(new Set([...listed(first), ...listed(second)]).size).toBe(count);
    // Newest first across the pages: the added articles come last, in date order.
    const addedPaths = added.map((a) => paths.article('vi', a.year, a.slug));
    expect([...listed(first), ...listed(second)].filter((p) => addedPaths.includes(p))).toEqual(addedPaths);
    expect(link(first, 'next')).toBe(at(2));
    expect(link(second, 'prev')).toBe(at(1));
    expect(link(second, 'next')).toBeUndefined();
    // Page 1 keeps the list's URL and its translation; page 2 is its own canonical, untranslated.
    expect(canonical(first)).toBe(at(1));
    expect(canonical(second)).toBe(at(2));
    expect(hreflangs(second)).toEqual([
      ['vi', at(2)],
      ['x-default', at(2)],
    ]);
    if (enAt) expect(hreflangs(first)).toContainEqual(['en', enAt(1)]);
    expect(/<title>([^<]*)<\/title>/.exec(second)![1]).toMatch(/ – trang 2 – /);
  });

  it('heads each month again on every page of a year', () => {
    for (const page of [1, 2]) expect(pages.get(paths.archive('vi', 2023, page))).toContain('Tháng 3');
  });

  it('lists every page in the sitemap and the counter’s page list, with hreflang on first pages only', () => {
    const sitemap = readdirSync(ws.dist)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(join(ws.dist, f), 'utf8'))
      .join('\n');
    const counted = Object.keys((JSON.parse(readFileSync(join(ws.dist, '_bantin/pages.json'), 'utf8')) as { pages: object }).pages);
    for (const path of [
      paths.district('vi', district, 2),
      paths.document('vi', document, 2),
      paths.archive('vi', 2023, 2),
      paths.news('vi', 2),
    ]) {
      const entry = new RegExp(`<url><loc>[^<]*${path.replace(/[/.]/g, '\\$&')}</loc>(.*?)</url>`).exec(sitemap);
      expect(entry, path).not.toBeNull();
      expect(entry![1]).not.toContain('hreflang');
      expect(counted).toContain(path);
    }
    expect(sitemap).toMatch(
      new RegExp(`<loc>[^<]*${paths.district('vi', district).replace(/\//g, '\\/')}</loc>(?:<lastmod>[^<]*</lastmod>)?<xhtml:link`),
    );
  });

  it('switches language from page 2 to the other language’s first page', () => {
    const second = pages.get(paths.district('vi', district, 2))!;
    expect(second).toContain(`href="${paths.district('en', district)}"`);
  });
});
