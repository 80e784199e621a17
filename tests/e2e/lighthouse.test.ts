import type { LaunchedChrome } from 'chrome-launcher';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/paths.ts';
import { launchChrome } from '../../scripts/bench/lib/lighthouse/chrome.ts';
import { runLighthouse } from '../../scripts/bench/lib/lighthouse/runLighthouse.ts';
import { baseUrl } from './browser.ts';

/**
 * Lighthouse's accessibility, best-practices and SEO categories (100 asked) on an article with a
 * photo, the search page and both directories. Those audits read the page, not the clock, so they hold on
 * a loaded machine; the performance score depends on machine speed and lives in
 * `npm run bench:lighthouse`, not in a test.
 */

const pages = [
  ['an article with a cover photo (vi)', paths.article('vi', 2024, 'tan-tru-tap-trung-xay-dung-nong-thon-moi-nang-cao')],
  ['the search page (en)', paths.search('en')],
  ['the districts directory (vi)', paths.districts('vi')],
  ['the documents register (en)', paths.documents('en')],
] as const;

// Lighthouse needs a DevTools port, which the suite's shared Playwright browser does not expose.
let chrome: LaunchedChrome;
beforeAll(async () => {
  chrome = await launchChrome();
});
afterAll(() => {
  chrome?.kill();
});

describe('Lighthouse', () => {
  it.each(pages)('scores 100 in accessibility, best practices and SEO on %s', { timeout: 120_000 }, async (_name, path) => {
    const { run } = await runLighthouse(new URL(path, baseUrl()).href, chrome.port, ['accessibility', 'best-practices', 'seo']);
    expect(run.failing.map((a) => `${a.category}/${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`)).toEqual([]);
    expect(run.scores).toEqual({ accessibility: 100, 'best-practices': 100, seo: 100 });
  });
});
