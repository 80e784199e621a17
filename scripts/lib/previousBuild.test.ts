import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageListFile } from '../../src/counter/pages.ts';
import { clearPreviousBuild } from './previousBuild.ts';

const root = mkdtempSync(join(tmpdir(), 'bantin-previous-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string, files: string[]): string {
  const dir = join(root, name);
  for (const file of files) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), 'x');
  }
  return dir;
}

describe('clearPreviousBuild', () => {
  it('moves a previous build of the site out of the way at once, then deletes it', async () => {
    const files = Array.from({ length: 200 }, (_, i) => `tin-tuc/2024/bai-${i}/index.html`);
    const dist = folder('built', [pageListFile, ...files]);
    const { deleted } = await clearPreviousBuild(dist);
    // Gone for the build that comes next, whether or not the deletion has finished.
    expect(existsSync(dist)).toBe(false);
    await deleted;
    expect(await readdir(root)).not.toContain(expect.stringMatching(/^built/));
  });
  it('leaves a folder that is not a build of the site, and a path with nothing at it', async () => {
    const other = folder('other', ['notes.txt']);
    await (
      await clearPreviousBuild(other)
    ).deleted;
    expect(existsSync(join(other, 'notes.txt'))).toBe(true);
    await (
      await clearPreviousBuild(join(root, 'missing'))
    ).deleted;
    expect(existsSync(join(root, 'missing'))).toBe(false);
  });
});
