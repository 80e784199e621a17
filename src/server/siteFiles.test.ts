import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listSiteFiles } from './siteFiles.ts';

const dir = mkdtempSync(join(tmpdir(), 'bantin-site-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('listSiteFiles', () => {
  it('lists files as URL paths and leaves out links that lead out of the site', () => {
    const site = join(dir, 'site');
    mkdirSync(join(site, 'tin-tuc', 'bai'), { recursive: true });
    writeFileSync(join(site, 'index.html'), 'home');
    writeFileSync(join(site, 'tin-tuc', 'bai', 'index.html'), 'article');
    writeFileSync(join(dir, 'secret.sqlite'), 'outside');
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data', 'counter.sqlite'), 'outside');
    symlinkSync(join(dir, 'data'), join(site, 'data'));
    symlinkSync(join(dir, 'secret.sqlite'), join(site, 'counter.sqlite'));
    symlinkSync(join(dir), join(site, 'outside-dir'));
    symlinkSync(join(site, 'index.html'), join(site, 'home.html'));
    symlinkSync(join(site, 'missing.html'), join(site, 'dangling.html'));
    expect([...listSiteFiles(site)].sort()).toEqual([
      ['/home.html', 4],
      ['/index.html', 4],
      ['/tin-tuc/bai/index.html', 7],
    ]);
  });
});
