import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pathExists } from './fsExists.ts';

const dir = mkdtempSync(join(tmpdir(), 'bantin-exists-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pathExists', () => {
  it('is true for a file or a folder, false for nothing there', async () => {
    writeFileSync(join(dir, 'a.txt'), 'a');
    expect(await pathExists(join(dir, 'a.txt'))).toBe(true);
    expect(await pathExists(dir)).toBe(true);
    expect(await pathExists(join(dir, 'missing.txt'))).toBe(false);
    expect(await pathExists(join(dir, 'a.txt', 'below-a-file'))).toBe(false);
  });
});
