import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { langs, type Lang } from '../../src/i18n/locales.ts';
import { paths } from '../../src/lib/paths.ts';
import { bundleDir } from '../../src/lib/searchBundles.ts';
import { startSearchIndexer } from '../../src/integrations/searchIndexer.ts';

/**
 * The indexer with real Pagefind processes, handed pages the way the build hands them (several
 * bundles of a page at once, many pages in a row): far more pages than it keeps on the way to
 * Pagefind, in both languages, so each process has to make the sender wait for room.
 */
const out = mkdtempSync(join(tmpdir(), 'bantin-indexer-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function articlePage(lang: Lang, n: number): { file: string; html: string } {
  const file = `${paths.article(lang, '2024', `bai-${n}`).slice(1)}index.html`;
  const html = [
    `<!DOCTYPE html><html lang="${lang}"><head><style>body{}</style></head><body><header>Bản tin</header><main>`,
    `<article class="article" data-pagefind-body><p class="kicker">Tân Trụ</p><h1>Bài số ${n}</h1>`,
    `<p class="lede">Lời dẫn của bài ${n}.</p><div class="prose"><p>Phong trào thi đua yêu nước, đoạn ${n}.</p></div>`,
    `<div hidden data-pagefind-ignore><span data-pagefind-filter="year">2024</span></div></article>`,
    `</main><footer>Chân trang</footer></body></html>`,
  ].join('');
  return { file, html };
}

const fragments = (dir: string) => readdirSync(join(out, dir, 'fragment'));

describe('startSearchIndexer', () => {
  it('indexes every page of many, in one bundle of each kind per language, and skips pages that are not articles', async () => {
    const perLang = 150;
    const indexer = startSearchIndexer();
    await indexer.add('tin-tuc/index.html', '<html lang="vi"><body><main>Danh sách</main></body></html>');
    for (let n = 0; n < perLang; n++) {
      // The build waits for each page before rendering the next; both languages interleave.
      for (const lang of langs) {
        const { file, html } = articlePage(lang, n);
        await indexer.add(file, html);
      }
    }
    const stats = await indexer.finish(out);
    expect(stats.workerError).toBeUndefined();
    expect(stats.pages).toBe(perLang * langs.length);
    for (const lang of langs) {
      expect(fragments(bundleDir('full', lang)), lang).toHaveLength(perLang);
      expect(fragments(bundleDir('head', lang)), lang).toHaveLength(perLang);
    }
  }, 60_000);

  it('counts and writes the pages of a small site handed over before Pagefind has even started', async () => {
    const small = join(out, 'small');
    const indexer = startSearchIndexer();
    for (const lang of langs) {
      for (let n = 0; n < 3; n++) {
        const { file, html } = articlePage(lang, n);
        await indexer.add(file, html);
      }
    }
    const stats = await indexer.finish(small);
    expect(stats.pages).toBe(3 * langs.length);
    for (const lang of langs) expect(fragments(join('small', bundleDir('full', lang))), lang).toHaveLength(3);
  }, 60_000);
});
