import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { writeSearchIndex } from '../../src/integrations/pagefind.ts';
import { bundleDirs } from '../../src/lib/searchBundles.ts';

/**
 * The indexer run again on the site the suite built: the headline bundle is built by its own
 * Pagefind process in a worker thread (no fallback), and both bundles come out as the build's.
 */
const out = mkdtempSync(join(tmpdir(), 'bantin-index-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const fragments = (dir: string) => readdirSync(join(dir, 'fragment')).sort();

describe('the search indexer', () => {
  it('builds the headline bundle in a worker thread, with the same pages as the build', async () => {
    const site = inject('siteDir');
    const stats = await writeSearchIndex(site, out);
    expect(stats.workerError).toBeUndefined();
    expect(stats.pages).toBeGreaterThan(0);
    for (const dir of Object.values(bundleDirs)) {
      expect(fragments(join(out, dir)), dir).toEqual(fragments(join(site, dir)));
      expect(fragments(join(out, dir))).toHaveLength(stats.pages);
    }
  });
});
