import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { writeSearchIndex } from '../../src/integrations/searchIndexer.ts';
import { langs } from '../../src/i18n/locales.ts';
import { bundleDir, bundleDirs, type BundleKind } from '../../src/lib/searchBundles.ts';

/**
 * The indexer run again on the site the suite built, reading the pages from dist/ where the build
 * handed them over as it rendered them: the worker threads' Pagefind processes build their bundles
 * (no fallback), and every bundle comes out with the build's pages.
 */
const out = mkdtempSync(join(tmpdir(), 'bantin-index-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const fragments = (dir: string) => readdirSync(join(dir, 'fragment')).sort();

describe('the search indexer', () => {
  it('builds every bundle, in Pagefind processes of its own, with the same pages as the build', async () => {
    const site = inject('siteDir');
    const stats = await writeSearchIndex(site, out);
    expect(stats.workerError).toBeUndefined();
    expect(stats.pages).toBeGreaterThan(0);
    let pages = 0;
    for (const lang of langs) {
      for (const kind of Object.keys(bundleDirs) as BundleKind[]) {
        const dir = bundleDir(kind, lang);
        expect(fragments(join(out, dir)), dir).toEqual(fragments(join(site, dir)));
        if (kind === 'full') pages += fragments(join(out, dir)).length;
      }
      expect(fragments(join(out, bundleDir('head', lang)))).toHaveLength(fragments(join(out, bundleDir('full', lang))).length);
    }
    expect(pages).toBe(stats.pages);
  });
});
