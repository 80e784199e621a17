import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readsStoreFile, storeReaderCode } from './contentStoreFromFile.ts';

const root = mkdtempSync(join(tmpdir(), 'bantin-store-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes the module's code as a file and imports it, as the build's bundle would run it. */
async function runModule(name: string, storeFile: string): Promise<unknown> {
  const file = join(root, `${name}.mjs`);
  writeFileSync(file, storeReaderCode(storeFile));
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

describe('storeReaderCode', () => {
  it('exports the parsed store file, with Vietnamese text and quotes intact', async () => {
    // The shape devalue gives Astro's store: a flat array of values and references.
    const store = [['Map', 1, 2], 'articles', { title: 'Huyện "Châu Thành" phát động thi đua', html: '<p class="lede">Đ</p>' }];
    const file = join(root, 'data-store.json');
    writeFileSync(file, JSON.stringify(store));
    expect(await runModule('reads', file)).toEqual(store);
  });

  it('reads a path with quotes and backslashes in it', async () => {
    const file = join(root, `it's "odd" \\ dir.json`);
    writeFileSync(file, '[1]');
    expect(await runModule('odd-path', file)).toEqual([1]);
  });

  it('fails the process when the file is gone, naming it, though Astro swallows the import error', () => {
    const missing = join(root, 'gone', 'data-store.json');
    const file = join(root, 'missing.mjs');
    writeFileSync(file, storeReaderCode(missing));
    // What Astro does with the module (node_modules/astro/dist/content/data-store.js, fromModule).
    const importer = `try { await import(${JSON.stringify(pathToFileURL(file).href)}); } catch {} console.log('went on');`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', importer], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`The content store ${missing} could not be read (ENOENT`);
    expect(run.stderr).toContain('Build again; if this recurs, delete that file.');
  });
});

describe('readsStoreFile', () => {
  const staticBuild = { output: 'static' as const, experimental: {} };

  it('is on for a static build with the store in one file', () => {
    expect(readsStoreFile('build', staticBuild)).toBe(true);
    expect(readsStoreFile('build', { ...staticBuild, experimental: { collectionStorage: 'single-file' } })).toBe(true);
  });

  it("is off where the bundle may run elsewhere, or Astro's store is not one file, and in dev", () => {
    expect(readsStoreFile('dev', staticBuild)).toBe(false);
    expect(readsStoreFile('sync', staticBuild)).toBe(false);
    expect(readsStoreFile('build', { ...staticBuild, output: 'server' })).toBe(false);
    expect(readsStoreFile('build', { ...staticBuild, adapter: { name: '@astrojs/node', hooks: {} } })).toBe(false);
    expect(readsStoreFile('build', { ...staticBuild, experimental: { collectionStorage: 'chunked' } })).toBe(false);
    expect(readsStoreFile('build', { ...staticBuild, experimental: { collectionStorage: { type: 'chunked', chunkSize: 1024 } } })).toBe(
      false,
    );
  });
});
