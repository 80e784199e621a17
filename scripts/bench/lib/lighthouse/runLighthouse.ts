import lighthouse from 'lighthouse';
import type { Category } from './categories.ts';
import { categories } from './categories.ts';
import { toPageRun, type LighthouseResult, type PageRun } from './pageRun.ts';

/**
 * One Lighthouse run on `url` in the Chromium listening on `port`, with Lighthouse's default
 * configuration: the mobile profile (Moto G Power screen, 4× CPU slowdown) and simulated
 * throttling (slow 4G), so the figures compare with PageSpeed Insights'. Lighthouse clears the
 * origin's cache and storage before each run: every run is a first visit.
 */
export async function runLighthouse(
  url: string,
  port: number,
  only: readonly Category[] = categories,
): Promise<{ run: PageRun; lighthouseVersion: string; userAgent: string }> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...only] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const lhr = result.lhr as unknown as LighthouseResult & { lighthouseVersion: string; environment: { hostUserAgent: string } };
  return { run: toPageRun(lhr, only), lighthouseVersion: lhr.lighthouseVersion, userAgent: lhr.environment.hostUserAgent };
}
