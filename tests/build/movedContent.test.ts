import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, workspace } from '../support/site.ts';

/**
 * A content folder that moves while Astro's cache stays (a renamed checkout, BANTIN_CONTENT_DIR
 * pointed at a copy): the cache keeps each unchanged entry as it was first read, old path and all,
 * and the build must read the files where they are now.
 */
describe('a build after the content folder moved, with the cache kept', () => {
  const ws = workspace('moved-content');
  afterAll(() => ws.remove());

  it('builds from the new place', async () => {
    await buildSite(ws);
    const moved = join(ws.root, 'content-moved');
    renameSync(ws.content, moved);
    await buildSite(ws, { BANTIN_CONTENT_DIR: moved });
    expect(existsSync(join(ws.dist, 'tin-tuc/index.html'))).toBe(true);
  }, 240_000);
});
