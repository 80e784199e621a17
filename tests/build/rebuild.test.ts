import { appendFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleDir } from '../../src/lib/searchBundles.ts';
import { buildSite, workspace } from '../support/site.ts';

/**
 * Building again, as an editor's next commit does: the output of the build before is removed
 * beside the build (src/integrations/oldOutput.ts), and the search bundles none of whose pages
 * changed come from the cache (src/integrations/bundleCache.ts), while a changed page is indexed.
 */

const ws = workspace('rebuild');
afterAll(() => ws.remove());

/** The text of every page in a written bundle: Pagefind's fragments are gzipped JSON behind a signature. */
function indexedText(dir: string): string[] {
  const folder = join(ws.dist, dir, 'fragment');
  return readdirSync(folder).map((name) => {
    const json = gunzipSync(readFileSync(join(folder, name)))
      .toString('utf8')
      .replace(/^pagefind_dcd/, '');
    return (JSON.parse(json) as { content: string }).content;
  });
}

/** What the build left beside its output folder besides the folders a workspace has. */
const besideOutput = () => readdirSync(ws.root).filter((name) => !['content', 'dist', 'cache'].includes(name));

describe('a rebuild', () => {
  it('takes every search bundle from the cache when nothing changed, and leaves no old output behind', async () => {
    const first = await buildSite(ws);
    expect(first.stdout).toContain('Indexed all 4 bundles');
    const again = await buildSite(ws);
    expect(again.stdout).toContain('Took 4 of 4 bundles from the cache');
    expect(besideOutput()).toEqual([]);
    expect(indexedText(bundleDir('full', 'vi')).some((text) => text.includes('khởi mới'))).toBe(true);
  }, 240_000);

  it("indexes again the bundle whose part of a page changed: an edited article's new words are found", async () => {
    const article = join(ws.content, 'articles/vi/2024/tan-tru-tap-trung-xay-dung-nong-thon-moi-nang-cao.md');
    appendFileSync(article, '\nHuyện trồng thêm cây xoài tứ quý ven kênh.\n');
    const edited = await buildSite(ws);
    // The body changed: the Vietnamese full text is indexed; its headlines and the English bundles are not.
    expect(edited.stdout).toContain('Took 3 of 4 bundles from the cache');
    expect(indexedText(bundleDir('full', 'vi')).some((text) => text.includes('xoài tứ quý'))).toBe(true);
    expect(besideOutput()).toEqual([]);
  }, 240_000);

  it('keeps the last good output when an article fails the checks of content sync', async () => {
    const article = join(ws.content, 'articles/vi/2024/tan-tru-tap-trung-xay-dung-nong-thon-moi-nang-cao.md');
    const text = readFileSync(article, 'utf8');
    writeFileSync(article, text.replace(/^publishedAt: .*$/m, 'publishedAt: "2024-02-30T10:10:00+07:00"'));
    await expect(buildSite(ws)).rejects.toThrow(/publishedAt/);
    expect(existsSync(join(ws.dist, 'index.html'))).toBe(true);
    expect(besideOutput()).toEqual([]);
    writeFileSync(article, text);
  }, 240_000);
});
