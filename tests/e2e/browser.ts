import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** Connects to the shared Chromium started by globalSetup; call in beforeAll, close in afterAll. */
export async function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserWsEndpoint'));
}

export function baseUrl(): string {
  return inject('baseUrl');
}

export interface Visit {
  page: Page;
  context: BrowserContext;
  /** Every URL the page requested. */
  requests: string[];
}

/** Opens `path` in a fresh context (axe needs a context page), recording every request. */
export async function visit(browser: Browser, path: string, options: { width?: number; javaScript?: boolean } = {}): Promise<Visit> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScript ?? true,
  });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'networkidle' });
  return { page, context, requests };
}
