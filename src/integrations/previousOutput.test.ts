import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setAsidePreviousOutput } from './previousOutput.ts';

const root = mkdtempSync(join(tmpdir(), 'bantin-aside-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('setAsidePreviousOutput', () => {
  it('empties the output folder at once, keeps .git as Astro does, and deletes the rest in the background', async () => {
    const out = join(root, 'dist');
    const trash = join(root, 'cache');
    for (const dir of ['pagefind/vi/fragment', 'tin-tuc/2024/bai', 'og/vi', '.git']) mkdirSync(join(out, dir), { recursive: true });
    writeFileSync(join(out, 'pagefind/vi/fragment/a.pf_fragment'), 'x');
    writeFileSync(join(out, 'tin-tuc/2024/bai/index.html'), 'x');
    writeFileSync(join(out, 'sitemap-index.xml'), 'x');
    const { gone } = await setAsidePreviousOutput(out, trash);
    expect(readdirSync(out)).toEqual(['.git']);
    await gone;
    expect(readdirSync(trash)).toEqual([]);
  });

  it('does nothing when there is no previous build', async () => {
    const { gone } = await setAsidePreviousOutput(join(root, 'none'), join(root, 'cache2'));
    await gone;
    expect(existsSync(join(root, 'none'))).toBe(false);
    expect(existsSync(join(root, 'cache2'))).toBe(false);
  });
});
