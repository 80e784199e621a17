import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setAsidePreviousOutput } from './previousOutput.ts';

const root = mkdtempSync(join(tmpdir(), 'bantin-aside-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A project folder like the real one: sources, a cache, and a previous build in dist/. */
function project(name: string) {
  const dir = join(root, name);
  for (const sub of ['src', 'public', 'node_modules/.astro', 'dist/pagefind/vi/fragment', 'dist/tin-tuc/2024/bai', 'dist/.git']) {
    mkdirSync(join(dir, sub), { recursive: true });
  }
  writeFileSync(join(dir, 'package.json'), '{}');
  writeFileSync(join(dir, 'dist/pagefind/vi/fragment/a.pf_fragment'), 'x');
  writeFileSync(join(dir, 'dist/tin-tuc/2024/bai/index.html'), 'x');
  writeFileSync(join(dir, 'dist/sitemap-index.xml'), 'x');
  const trashRoot = join(dir, 'node_modules/.astro');
  return {
    dir,
    trashRoot,
    folders: (outDir: string) => ({ outDir, trashRoot, keep: [dir, join(dir, 'src'), join(dir, 'public')] }),
  };
}

describe('setAsidePreviousOutput', () => {
  it('empties the output folder at once, keeps .git, and deletes the rest and earlier leftovers in the background', async () => {
    const p = project('usual');
    // What a build stopped halfway (an error, Ctrl-C) left in the trash.
    mkdirSync(join(p.trashRoot, 'bantin-previous-output-1-2/tin-tuc'), { recursive: true });
    mkdirSync(join(p.trashRoot, 'bantin-old-search-3-4/pagefind'), { recursive: true });
    writeFileSync(join(p.trashRoot, 'data-store.json'), '{}');
    const { gone } = await setAsidePreviousOutput(p.folders(join(p.dir, 'dist')));
    expect(readdirSync(join(p.dir, 'dist'))).toEqual(['.git']);
    await gone;
    expect(readdirSync(p.trashRoot)).toEqual(['data-store.json']);
  });

  it('touches nothing when the output folder holds the project (--outDir .) or the cache', async () => {
    const p = project('root-as-output');
    const before = readdirSync(p.dir).sort();
    for (const outDir of [p.dir, join(p.dir, 'node_modules')]) {
      const { gone } = await setAsidePreviousOutput(p.folders(outDir));
      await gone;
    }
    expect(readdirSync(p.dir).sort()).toEqual(before);
    expect(readdirSync(p.trashRoot)).toEqual([]);
  });

  it('does nothing when there is no previous build', async () => {
    const p = project('fresh');
    rmSync(join(p.dir, 'dist'), { recursive: true });
    const { gone } = await setAsidePreviousOutput(p.folders(join(p.dir, 'dist')));
    await gone;
    expect(existsSync(join(p.dir, 'dist'))).toBe(false);
    expect(readdirSync(p.trashRoot)).toEqual([]);
  });
});
