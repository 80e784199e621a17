import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setAsideOldBundles } from './pagefind.ts';

const root = mkdtempSync(join(tmpdir(), 'bantin-aside-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('setAsideOldBundles', () => {
  it('takes the previous bundles out of the output folder at once and deletes them, leaving the rest to Astro', async () => {
    const out = join(root, 'dist');
    const trash = join(root, 'cache');
    for (const dir of ['pagefind/vi/fragment', 'pagefind-head/en/index', 'tin-tuc']) mkdirSync(join(out, dir), { recursive: true });
    writeFileSync(join(out, 'pagefind/vi/fragment/a.pf_fragment'), 'x');
    writeFileSync(join(out, 'tin-tuc/index.html'), 'x');
    const { gone } = await setAsideOldBundles(out, trash);
    expect(readdirSync(out)).toEqual(['tin-tuc']);
    await gone;
    expect(readdirSync(trash)).toEqual([]);
  });

  it('does nothing when there is no previous build', async () => {
    const { gone } = await setAsideOldBundles(join(root, 'none'), join(root, 'cache2'));
    await gone;
    expect(existsSync(join(root, 'none'))).toBe(false);
  });
});
