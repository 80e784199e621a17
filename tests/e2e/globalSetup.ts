import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumLaunchOptions } from '../../scripts/lib/chromium.ts';
import { serveSite, type RunningSite } from '../../scripts/lib/serveSite.ts';
import { buildSite, workspace } from '../support/site.ts';

/**
 * Builds the site once into a scratch folder (or, with BANTIN_E2E_SITE_DIR, uses a site already
 * built there), serves it with the real server on a free port, and starts one Chromium that every
 * test file connects to. The reader's own dist/ is never touched.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    browserWsEndpoint: string;
    /** The built site being served, for tests that start a server of their own over it. */
    siteDir: string;
  }
}

export default async function setup(project: TestProject) {
  const ws = workspace('e2e');
  const siteDir = process.env['BANTIN_E2E_SITE_DIR'] ?? ws.dist;
  if (!process.env['BANTIN_E2E_SITE_DIR']) {
    // The real content, not the workspace copy: this is the site readers get.
    const built = await buildSite({ ...ws, content: 'content' });
    process.stdout.write(built.stdout.split('\n').slice(-4).join('\n'));
  }
  let site: RunningSite | undefined;
  let browser: BrowserServer | undefined;
  try {
    // Tests load pages faster than any reader; the rate limit has its own integration tests.
    site = await serveSite(siteDir, `${ws.root}/counter.sqlite`, { COUNTER_RATE_LIMIT: '0' });
    browser = await chromium.launchServer(chromiumLaunchOptions);
  } catch (error) {
    site?.stop();
    ws.remove();
    throw error;
  }
  project.provide('baseUrl', site.baseUrl);
  project.provide('siteDir', siteDir);
  project.provide('browserWsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser?.close();
    site?.stop();
    ws.remove();
  };
}
