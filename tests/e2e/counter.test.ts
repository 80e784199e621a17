import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { spawnServer, type ServerProcess } from '../integration/helpers.ts';
import { baseUrl, connectBrowser } from './browser.ts';

/**
 * The counter island in real Chromium on the built site: the build-time figure is there without
 * JavaScript, the live figure replaces it in the page's language, each page load sends exactly one
 * request, prerendering waits until the page is shown, the layout does not move, and nothing
 * breaks when the API is down. Live figures are checked against a server of our own with a fresh
 * store (the shared one's counts depend on the other tests); API-down runs on the shared server.
 */

// A browser that says what it is: Chromium's headless user agent is (rightly) a bot to isbot.
const userAgent = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';
const legacyTotal = 2_268_387;

const siteDir = inject('siteDir');
const pageList = JSON.parse(readFileSync(join(siteDir, '_bantin/pages.json'), 'utf8')) as { pages: Record<string, number> };
const [article, articleViews] = Object.entries(pageList.pages).find(([path, views]) => path.startsWith('/tin-tuc/2') && views > 0)!;
const englishArticle = Object.keys(pageList.pages).find((path) => path.startsWith('/en/news/2'))!;

const dataDir = mkdtempSync(join(tmpdir(), 'bantin-e2e-counter-'));
let browser: Browser;
let live: ServerProcess;

beforeAll(async () => {
  browser = await connectBrowser();
  live = await spawnServer({
    SITE_DIR: siteDir,
    COUNTER_DB: join(dataDir, 'counter.sqlite'),
    COUNTER_LEGACY_TOTAL: String(legacyTotal),
    COUNTER_RATE_LIMIT: '0',
  });
});
afterAll(async () => {
  await browser?.close();
  await live?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  context: BrowserContext;
  hits: Request[];
  errors: Error[];
}

async function open(
  origin: string,
  path: string,
  options: { javaScript?: boolean; setup?: (page: Page) => Promise<void>; waitUntil?: 'load' | 'networkidle' } = {},
): Promise<Opened> {
  const context = await browser.newContext({ userAgent, javaScriptEnabled: options.javaScript ?? true });
  const page = await context.newPage();
  const hits: Request[] = [];
  const errors: Error[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/hits') hits.push(request);
  });
  page.on('pageerror', (error) => errors.push(error));
  await options.setup?.(page);
  await page.goto(new URL(path, origin).href, { waitUntil: options.waitUntil ?? 'networkidle' });
  return { page, context, hits, errors };
}

const figure = (page: Page, key: string) => page.locator(`[data-counter="${key}"]`).first().textContent();

describe('the counter island', () => {
  it('renders the carried-over figure and dashes without JavaScript', async () => {
    const { page, context, hits } = await open(live.url, article, { javaScript: false });
    expect(await page.locator('bantin-counter.view-count').textContent()).toMatch(
      new RegExp(`^\\s*Lượt xem:\\s*${articleViews.toLocaleString('vi')}\\s*$`),
    );
    for (const key of ['online', 'today', 'week', 'month', 'total']) expect(await figure(page, key)).toBe('–');
    expect(hits).toHaveLength(0);
    await context.close();
  });

  it('is one script file on a page that has no other: it pulls in no shared chunk before it can count', async () => {
    const scripts: string[] = [];
    const { page, context } = await open(live.url, '/', {
      setup: async (page) => {
        page.on('request', (request) => {
          if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
        });
      },
    });
    await page.waitForFunction(() => document.querySelector('[data-counter="total"]')?.textContent !== '–');
    expect(scripts).toHaveLength(1);
    await context.close();
  });

  it('fills in live figures, formatted for Vietnamese, from exactly one POST', async () => {
    const { page, context, hits, errors } = await open(live.url, article);
    await page.waitForFunction(() => document.querySelector('[data-counter="total"]')?.textContent !== '–');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.method()).toBe('POST');
    expect(JSON.parse(hits[0]!.postData() ?? '')).toEqual({ path: article });
    expect(await figure(page, 'views')).toBe((articleViews + 1).toLocaleString('vi'));
    expect(await figure(page, 'total')).toBe('2.268.388');
    expect(await figure(page, 'today')).toBe('1');

    // A reload is another page load: one more request, and the same visitor is not counted twice.
    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelector('[data-counter="total"]')?.textContent !== '–');
    expect(hits).toHaveLength(2);
    expect(await figure(page, 'views')).toBe((articleViews + 1).toLocaleString('vi'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('formats for English on English pages, and counts pages without a view count too', async () => {
    const { page, context, hits } = await open(live.url, englishArticle);
    await page.waitForFunction(() => document.querySelector('[data-counter="total"]')?.textContent !== '–');
    expect(await figure(page, 'total')).toBe('2,268,388');
    expect(await page.locator('bantin-counter.view-count').textContent()).toContain('Views:');
    expect(hits).toHaveLength(1);
    await context.close();

    const home = await open(live.url, '/');
    await home.page.waitForFunction(() => document.querySelector('[data-counter="total"]')?.textContent !== '–');
    expect(home.hits.map((h) => JSON.parse(h.postData() ?? ''))).toEqual([{ path: '/' }]);
    await home.context.close();
  });

  it("fills the not-found page's figures from one read that counts nothing", async () => {
    const before = await (await fetch(new URL('/api/hits?path=%2F', live.url))).json();
    for (const path of ['/khong-co-trang-nay/', '/en/no-such-page/']) {
      const { page, context, hits, errors } = await open(live.url, path);
      await page.waitForFunction(() => document.querySelector('[data-counter="total"]')?.textContent !== '–');
      expect(hits.map((h) => [h.method(), new URL(h.url()).search])).toEqual([['GET', '?path=%2F']]);
      expect(errors).toEqual([]);
      await context.close();
    }
    const after = await (await fetch(new URL('/api/hits?path=%2F', live.url))).json();
    // Not the whole answer: "online" and "today" may move with the clock between the two reads.
    expect([after.views, after.site.total]).toEqual([before.views, before.site.total]);
  });

  it('does not move the layout when the live figures arrive', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const boxes = (page: Page) =>
      page.evaluate(() =>
        [...document.querySelectorAll('bantin-counter, [data-counter], bantin-counter + *, footer')].map((el) => {
          const r = el.getBoundingClientRect();
          return [r.x, r.y, r.width, r.height].map(Math.round).join(',');
        }),
      );
    const { page, context } = await open(live.url, article, {
      waitUntil: 'load',
      setup: async (p) => {
        await p.route('**/api/hits', async (route) => {
          await held;
          await route.continue();
        });
      },
    });
    await page.evaluate(() => document.fonts.ready);
    const before = await boxes(page);
    release();
    await page.waitForFunction(() => document.querySelector('[data-counter="total"]')?.textContent !== '–');
    expect(await figure(page, 'total')).not.toBe('–');
    expect(await boxes(page)).toEqual(before);
    await context.close();
  });

  it('waits while the page is prerendered, then counts it once when shown', async () => {
    const { page, context, hits } = await open(live.url, article, {
      setup: async (p) => {
        await p.addInitScript(() => {
          let prerendering = true;
          Object.defineProperty(document, 'prerendering', { configurable: true, get: () => prerendering });
          (window as unknown as { showPage: () => void }).showPage = () => {
            prerendering = false;
            document.dispatchEvent(new Event('prerenderingchange'));
          };
        });
      },
    });
    // The script has run (the element is defined and upgraded) and still sent nothing.
    await page.evaluate(() => customElements.whenDefined('bantin-counter'));
    await page.waitForTimeout(300);
    expect(hits).toHaveLength(0);
    expect(await figure(page, 'total')).toBe('–');
    await page.evaluate(() => (window as unknown as { showPage: () => void }).showPage());
    await page.waitForFunction(() => document.querySelector('[data-counter="total"]')?.textContent !== '–');
    expect(hits).toHaveLength(1);
    await context.close();
  });
});

describe('with the API down', () => {
  it.each([
    ['unreachable', (p: Page) => p.route('**/api/hits', (route) => route.abort('connectionrefused'))],
    [
      'failing with 503',
      (p: Page) =>
        p.route('**/api/hits', (route) =>
          route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":"the counter store is unavailable"}' }),
        ),
    ],
    [
      'answering garbage',
      (p: Page) => p.route('**/api/hits', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '<html>' })),
    ],
  ])('keeps the build-time figures and shows no error when %s', async (_name, setup) => {
    const { page, context, hits, errors } = await open(baseUrl(), article, { setup: async (p) => void (await setup(p)) });
    await page.waitForTimeout(200);
    expect(hits).toHaveLength(1);
    expect(errors).toEqual([]);
    expect(await figure(page, 'views')).toBe(articleViews.toLocaleString('vi'));
    for (const key of ['online', 'today', 'week', 'month', 'total']) expect(await figure(page, key)).toBe('–');
    // The rest of the page still works: its heading is there and the language switch is a link.
    await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
    await context.close();
  });
});
