import { existsSync, lstatSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { moveAside } from './oldOutput.ts';

const root = mkdtempSync(join(tmpdir(), 'bantin-old-output-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('moveAside', () => {
  it('moves the output folder aside, and names it with what a stopped build left', async () => {
    const outDir = join(root, 'dist');
    mkdirSync(join(outDir, 'tin-tuc'), { recursive: true });
    writeFileSync(join(outDir, 'index.html'), '<!DOCTYPE html>');
    mkdirSync(join(root, '.dist.old-1-2'));
    mkdirSync(join(root, 'other'));
    const old = await moveAside(outDir);
    expect(existsSync(outDir)).toBe(false);
    expect(old).toHaveLength(2);
    expect(old).toContain(join(root, '.dist.old-1-2'));
    expect(
      existsSync(
        join(
          old.find((folder) => !folder.endsWith('old-1-2'))!,
          'index.html',
        ),
      ),
    ).toBe(true);
  });

  it('leaves a link to a folder elsewhere where it is, for Astro to empty', async () => {
    const elsewhere = join(root, 'served');
    mkdirSync(elsewhere);
    const linked = join(root, 'linked');
    mkdirSync(linked);
    symlinkSync(elsewhere, join(linked, 'dist'));
    expect(await moveAside(join(linked, 'dist'))).toEqual([]);
    expect(lstatSync(join(linked, 'dist')).isSymbolicLink()).toBe(true);
  });

  it('has nothing to move on a first build', async () => {
    expect(await moveAside(join(root, 'nothing', 'dist'))).toEqual([]);
  });
});
