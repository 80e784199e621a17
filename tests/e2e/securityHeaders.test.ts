import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baseUrl, connectBrowser, visit } from './browser.ts';

/**
 * The site under its own Content-Security-Policy, in real Chromium: no page has an inline script
 * the policy would block, nothing on any page type is refused (search's WebAssembly included),
 * and another site cannot show an article in a frame, so a hidden frame counts no view.
 */

const article = '/tin-tuc/2024/tan-tru-tap-trung-xay-dung-nong-thon-moi-nang-cao/';
let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Collects what Chromium says the policy refused while `page` is open. */
function cspRefusals(page: Page): string[] {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) refused.push(message.text());
  });
  return refused;
}

describe('the Content-Security-Policy', () => {
  it('meets no inline script in any built page (JSON-LD is data, not script)', () => {
    const siteDir = inject('siteDir');
    const pages = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    for (const name of pages) {
      const html = readFileSync(join(siteDir, name), 'utf8');
      for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/type="application\/ld\+json"/.test(attributes)) continue;
        expect(/\bsrc=/.test(attributes) && body.trim() === '', `${name}: <script${attributes}>`).toBe(true);
      }
    }
  });

  it('refuses nothing the pages need, search and its WebAssembly included, in both languages', async () => {
    for (const path of ['/', article, '/en/', '/tin-tuc/', '/tim-kiem/?q=n%C3%B4ng+th%C3%B4n', '/en/search/?q=campaign']) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const refused = cspRefusals(page);
      const response = await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'networkidle' });
      expect(response?.headers()['content-security-policy'], path).toContain("script-src 'self' 'wasm-unsafe-eval'");
      if (path.includes('?q=')) {
        await page.waitForSelector('bantin-search[data-state="done"]');
        expect(await page.locator('[data-results] li').count(), path).toBeGreaterThan(0);
      }
      expect(refused, path).toEqual([]);
      await context.close();
    }
  });
});

describe('framing', () => {
  let other: Server;
  let otherUrl: string;
  beforeAll(async () => {
    // Another site, on another origin, that puts an article in a hidden frame.
    other = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>Other site</title><iframe src="${new URL(article, baseUrl()).href}" width="1" height="1"></iframe>`);
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => other.close(() => resolve())));

  it('is refused, so a hidden frame on another site counts no view', async () => {
    const views = async () =>
      ((await (await fetch(new URL(`/api/hits?path=${encodeURIComponent(article)}`, baseUrl()))).json()) as { views: number }).views;
    const before = await views();
    const { page, context } = await visit(browser, otherUrl);
    await page.waitForTimeout(1500);
    // The frame holds Chromium's "blocked" page, not the article and its counter.
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame).toBeDefined();
    expect(await frame!.evaluate(() => document.querySelectorAll('article, [data-counter]').length)).toBe(0);
    expect(await views()).toBe(before);
    await context.close();
  });
});
