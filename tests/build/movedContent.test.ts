import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, workspace } from '../support/site.ts';

/**
 * A content folder that moves while Astro's cache stays (a renamed checkout, BANTIN_CONTENT_DIR
 * pointed at a copy): the cache keeps each unchanged entry as it was first read, old path and all,
 * and the build must read the files, the cover picture's too, where they are now.
 */
describe('a build after the content folder moved, with the cache kept', () => {
  const ws = workspace('moved-content');
  afterAll(() => ws.remove());
  const article = 'articles/vi/2024/tan-tru-tap-trung-xay-dung-nong-thon-moi-nang-cao.md';

  it('builds from the new place', async () => {
    mkdirSync(join(ws.content, 'media/2024'), { recursive: true });
    await sharp({ create: { width: 800, height: 500, channels: 3, background: '#5a8f3c' } })
      .jpeg()
      .toFile(join(ws.content, 'media/2024/cover.jpg'));
    // This test's own cover replaces the one the seed article has.
    const text = readFileSync(join(ws.content, article), 'utf8').replace(/^cover:\n(?: {2}.*\n)*/m, '');
    writeFileSync(
      join(ws.content, article),
      text.replace(/\n---\n/, '\ncover:\n  src: ../../../media/2024/cover.jpg\n  alt: "Cánh đồng"\n---\n'),
    );
    await buildSite(ws);
    const moved = join(ws.root, 'content-moved');
    renameSync(ws.content, moved);
    await buildSite(ws, { BANTIN_CONTENT_DIR: moved });
    expect(existsSync(join(ws.dist, 'tin-tuc/index.html'))).toBe(true);
    const page = readFileSync(join(ws.dist, 'tin-tuc/2024/tan-tru-tap-trung-xay-dung-nong-thon-moi-nang-cao/index.html'), 'utf8');
    expect(page).toMatch(/<img[^>]+alt="Cánh đồng"/);
  }, 240_000);
});
