import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleKey, keepBundle, pageHash, reuseBundle } from './bundleCache.ts';

const root = mkdtempSync(join(tmpdir(), 'bantin-bundle-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const pages = (entries: [string, string][]) => new Map(entries.map(([path, content]) => [path, pageHash(content)]));

describe('bundleKey', () => {
  const site = pages([
    ['tin-tuc/2024/a/index.html', 'Đồng khởi'],
    ['tin-tuc/2024/b/index.html', 'Nông thôn mới'],
  ]);

  it('is the same for the same pages in any order', () => {
    const reversed = new Map([...site].reverse());
    expect(bundleKey('1.6.0', ['--quiet'], reversed)).toBe(bundleKey('1.6.0', ['--quiet'], site));
  });

  it("changes with a page's content, a page's path, a page more, Pagefind's version and the options", () => {
    const key = bundleKey('1.6.0', ['--quiet'], site);
    const others = [
      bundleKey(
        '1.6.0',
        ['--quiet'],
        pages([
          ['tin-tuc/2024/a/index.html', 'Đồng khởi'],
          ['tin-tuc/2024/b/index.html', 'Nông thôn mới!'],
        ]),
      ),
      bundleKey(
        '1.6.0',
        ['--quiet'],
        pages([
          ['tin-tuc/2024/a/index.html', 'Đồng khởi'],
          ['tin-tuc/2025/b/index.html', 'Nông thôn mới'],
        ]),
      ),
      bundleKey('1.6.0', ['--quiet'], new Map([...site, ['tin-tuc/2024/c/index.html', pageHash('')]])),
      bundleKey('1.6.1', ['--quiet'], site),
      bundleKey('1.6.0', ['--quiet', '--exclude-selectors', 'h2'], site),
    ];
    expect(new Set([key, ...others]).size).toBe(others.length + 1);
  });
});

describe('keepBundle and reuseBundle', () => {
  const written = join(root, 'written');
  mkdirSync(join(written, 'fragment'), { recursive: true });
  writeFileSync(join(written, 'pagefind.js'), 'export {}');
  writeFileSync(join(written, 'fragment', 'vi_1.pf_fragment'), 'một');
  const kept = join(root, 'cache', 'pagefind', 'vi');

  it('gives back the kept bundle under its key, as links to the kept files, replacing what the output held', async () => {
    await keepBundle(kept, 'key-1', written);
    const output = join(root, 'output');
    mkdirSync(output);
    writeFileSync(join(output, 'stale.js'), 'old');
    expect(await reuseBundle(kept, 'key-1', output)).toBe(true);
    expect(readdirSync(output, { recursive: true }).sort()).toEqual(['fragment', 'fragment/vi_1.pf_fragment', 'pagefind.js']);
    expect(readFileSync(join(output, 'fragment', 'vi_1.pf_fragment'), 'utf8')).toBe('một');
    expect(statSync(join(output, 'pagefind.js')).ino).toBe(statSync(join(kept, 'bundle', 'pagefind.js')).ino);
  });

  it('gives nothing for another key, or where nothing was kept, and leaves the output as it was', async () => {
    const output = join(root, 'untouched');
    mkdirSync(output);
    writeFileSync(join(output, 'pagefind.js'), 'mine');
    expect(await reuseBundle(kept, 'key-2', output)).toBe(false);
    expect(await reuseBundle(join(root, 'cache', 'nothing'), 'key-1', output)).toBe(false);
    expect(readFileSync(join(output, 'pagefind.js'), 'utf8')).toBe('mine');
  });

  it('is only a cache: a bundle that cannot be kept is not, and the build goes on', async () => {
    writeFileSync(join(root, 'a-file'), '');
    await expect(keepBundle(join(root, 'a-file', 'pagefind', 'vi'), 'key-1', written)).resolves.toBeUndefined();
    expect(await reuseBundle(join(root, 'a-file', 'pagefind', 'vi'), 'key-1', join(root, 'out-0'))).toBe(false);
  });

  it('keeps only the last bundle kept, and nothing beside it', async () => {
    const newer = join(root, 'newer');
    mkdirSync(newer);
    writeFileSync(join(newer, 'pagefind.js'), 'export const v = 2');
    await keepBundle(kept, 'key-2', newer);
    expect(await reuseBundle(kept, 'key-1', join(root, 'out-1'))).toBe(false);
    expect(await reuseBundle(kept, 'key-2', join(root, 'out-2'))).toBe(true);
    expect(readdirSync(join(root, 'out-2'))).toEqual(['pagefind.js']);
    expect(readdirSync(join(root, 'cache', 'pagefind'))).toEqual(['vi']);
  });
});
