import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { getPriority } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processes } from '../../scripts/bench/lib/measure.ts';
import { defaultLang, langs, otherLang, type Lang } from '../../src/i18n/locales.ts';
import { paths } from '../../src/lib/paths.ts';
import { bundleDir } from '../../src/lib/searchBundles.ts';
import { behindPriority, LocalBundles, runPagefind } from '../../src/integrations/pagefindBundles.ts';
import { keptBundles, startSearchIndexer, type SearchIndexer } from '../../src/integrations/searchIndexer.ts';
import { tempDir } from './helpers.ts';

/**
 * The indexer with real Pagefind processes, handed pages the way the build hands them (several
 * bundles of a page at once, many pages in a row): far more pages than it keeps on the way to
 * Pagefind, in both languages, so each process has to make the sender wait for room.
 */
const { dir: out, remove } = tempDir('indexer');
afterAll(remove);

const bytes = (html: string) => new TextEncoder().encode(html);

function articlePage(lang: Lang, n: number): { file: string; html: Uint8Array } {
  const file = `${paths.article(lang, '2024', `bai-${n}`).slice(1)}index.html`;
  const html = [
    `<!DOCTYPE html><html lang="${lang}"><head><style>body{}</style></head><body><header>Bản tin</header><main>`,
    `<article class="article" data-pagefind-body><p class="kicker">Tân Trụ</p><h1>Bài số ${n}</h1>`,
    `<p class="lede">Lời dẫn của bài ${n}.</p><div class="prose"><p>Phong trào thi đua yêu nước, đoạn ${n}.</p></div>`,
    `<div hidden data-pagefind-ignore><span data-pagefind-filter="year">2024</span></div></article>`,
    `</main><footer>Chân trang</footer></body></html>`,
  ].join('');
  return { file, html: bytes(html) };
}

const fragments = (dir: string) => readdirSync(join(out, dir, 'fragment'));

/** Hands `indexer` articles 0 to count-1 of each language, with the words of `edited` changed. */
async function addArticles(indexer: SearchIndexer, count: number, edited?: { lang: Lang; n: number }): Promise<void> {
  for (const lang of langs) {
    for (let n = 0; n < count; n++) {
      const { file, html } = articlePage(lang, n);
      const text = new TextDecoder().decode(html);
      await indexer.add(lang, file, edited?.lang === lang && edited.n === n ? bytes(text.replace('yêu nước', 'đổi mới')) : html);
    }
  }
}

describe('startSearchIndexer', () => {
  it('indexes every page of many, in one bundle of each kind per language, and skips a page with nothing marked for indexing', async () => {
    const perLang = 150;
    const indexer = startSearchIndexer(out);
    await indexer.add('vi', 'tin-tuc/index.html', bytes('<html lang="vi"><body><main>Danh sách</main></body></html>'));
    for (let n = 0; n < perLang; n++) {
      // The build waits for each page before rendering the next; both languages interleave.
      for (const lang of langs) {
        const { file, html } = articlePage(lang, n);
        await indexer.add(lang, file, html);
      }
    }
    const stats = await indexer.finish();
    expect(stats.workerError).toBeUndefined();
    expect(stats.pages).toBe(perLang * langs.length);
    for (const lang of langs) {
      expect(fragments(bundleDir('full', lang)), lang).toHaveLength(perLang);
      expect(fragments(bundleDir('head', lang)), lang).toHaveLength(perLang);
    }
  }, 60_000);

  it('stages the pages in the system temporary folder and leaves nothing there once written', async () => {
    const temporary = join(out, 'tmp');
    mkdirSync(temporary);
    const before = process.env.TMPDIR;
    process.env.TMPDIR = temporary;
    try {
      const indexer = startSearchIndexer(join(out, 'staged'));
      for (const lang of langs) {
        const { file, html } = articlePage(lang, 0);
        await indexer.add(lang, file, html);
      }
      // A folder for each worker thread while the pages come.
      expect(readdirSync(temporary).length).toBeGreaterThan(0);
      await indexer.finish();
      expect(readdirSync(temporary)).toEqual([]);
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
    }
  }, 60_000);

  it('counts and writes the pages of a small site handed over before Pagefind has even started', async () => {
    const small = join(out, 'small');
    const indexer = startSearchIndexer(small);
    for (const lang of langs) {
      for (let n = 0; n < 3; n++) {
        const { file, html } = articlePage(lang, n);
        await indexer.add(lang, file, html);
      }
    }
    const stats = await indexer.finish();
    expect(stats.pages).toBe(3 * langs.length);
    for (const lang of langs) expect(fragments(join('small', bundleDir('full', lang))), lang).toHaveLength(3);
  }, 60_000);

  it('writes the bundles of a language with no article yet, so that its search page finds Pagefind', async () => {
    const empty = join(out, 'empty');
    const indexer = startSearchIndexer(empty);
    const { file, html } = articlePage(defaultLang, 0);
    await indexer.add(defaultLang, file, html);
    const stats = await indexer.finish();
    expect(stats.pages).toBe(1);
    for (const lang of langs)
      for (const kind of ['full', 'head'] as const)
        expect(existsSync(join(empty, bundleDir(kind, lang), 'pagefind.js')), `${kind} ${lang}`).toBe(true);
  }, 60_000);

  it("writes the default language's bundles as soon as that language is done, and refuses its pages after that", async () => {
    const early = join(out, 'early');
    const indexer = startSearchIndexer(early);
    const other = otherLang(defaultLang);
    for (let n = 0; n < 20; n++) {
      const { file, html } = articlePage(defaultLang, n);
      await indexer.add(defaultLang, file, html);
    }
    indexer.languageDone(defaultLang);
    // Their Pagefind processes have had all their pages: they write while the other language is still coming.
    for (const kind of ['full', 'head'] as const) {
      const entry = join(early, bundleDir(kind, defaultLang), 'pagefind-entry.json');
      await expect.poll(() => existsSync(entry), { timeout: 20_000 }).toBe(true);
    }
    for (let n = 0; n < 20; n++) {
      const { file, html } = articlePage(other, n);
      await indexer.add(other, file, html);
    }
    const late = articlePage(defaultLang, 99);
    await expect(indexer.add(defaultLang, late.file, late.html)).rejects.toThrow(/after the last page of its language/);
    for (const kind of ['full', 'head'] as const) expect(existsSync(join(early, bundleDir(kind, other))), kind).toBe(false);
    const stats = await indexer.finish();
    expect(stats.pages).toBe(40);
    for (const lang of langs) {
      expect(fragments(join('early', bundleDir('full', lang))), lang).toHaveLength(20);
      expect(fragments(join('early', bundleDir('head', lang))), lang).toHaveLength(20);
    }
  }, 60_000);
});

describe('startSearchIndexer with a cache folder', () => {
  const cacheDir = join(out, 'cache');
  const build = async (name: string, edited?: { lang: Lang; n: number }, cache: string | undefined = cacheDir) => {
    const indexer = startSearchIndexer(join(out, name), cache);
    await addArticles(indexer, 5, edited);
    return indexer.finish();
  };
  const bundles = langs.flatMap((lang) => (['full', 'head'] as const).map((kind) => bundleDir(kind, lang)));

  it('takes every bundle from the cache when no page changed, as Pagefind would write it again', async () => {
    expect((await build('first')).reused).toBe(0);
    const again = await build('again');
    expect(again).toMatchObject({ bundles: 4, reused: 4, pages: 5 * langs.length });
    for (const dir of bundles) expect(fragments(join('again', dir)), dir).toEqual(fragments(join('first', dir)));
  }, 60_000);

  it("indexes again only the bundle whose part of a page changed, and the cache's copy stays as it was", async () => {
    // A body edited: the full text changes, the headline does not.
    const edited = await build('edited', { lang: defaultLang, n: 2 });
    expect(edited.reused).toBe(3);
    await build('fresh', { lang: defaultLang, n: 2 }, undefined);
    for (const dir of bundles) expect(fragments(join('edited', dir)), dir).toEqual(fragments(join('fresh', dir)));
    expect(fragments(join('edited', bundleDir('full', defaultLang)))).not.toEqual(fragments(join('first', bundleDir('full', defaultLang))));
    // The output of the first build, linked from the cache, was not written over by the second.
    const back = await build('back');
    expect(back.reused).toBe(3);
    for (const dir of bundles) expect(fragments(join('back', dir)), dir).toEqual(fragments(join('first', dir)));
  }, 60_000);

  it('stages no page of a bundle kept in the cache until the bundle has to be indexed after all', async () => {
    const target = { kind: 'full', dir: bundleDir('full', defaultLang) } as const;
    const stageOf = (name: string) => {
      const stage = join(out, 'stages', name);
      mkdirSync(stage, { recursive: true });
      return stage;
    };
    const staged = (stage: string) => readdirSync(stage, { recursive: true }).filter((name) => String(name).endsWith('.html'));
    const bundleOf = async (name: string, edited?: number) => {
      const stage = stageOf(name);
      const local = new LocalBundles(false, stage, join(cacheDir, keptBundles));
      for (let n = 0; n < 5; n++) {
        const { file, html } = articlePage(defaultLang, n);
        await local.add([target], file, n === edited ? bytes(new TextDecoder().decode(html).replace('yêu nước', 'thi đua')) : html);
      }
      const before = staged(stage);
      const stats = await local.write(target, join(out, name, target.dir));
      return { before, stats, after: staged(stage) };
    };
    // Kept by the builds above: nothing is staged, and the kept bundle is linked.
    const unchanged = await bundleOf('held');
    expect(unchanged.before).toEqual([]);
    expect(unchanged.stats).toMatchObject({ pages: 5, reused: true });
    expect(unchanged.after).toEqual([]);
    // One page changed: every page is staged for Pagefind, and the bundle is the one it writes.
    const changed = await bundleOf('held-edited', 3);
    expect(changed.before).toEqual([]);
    expect(changed.stats).toMatchObject({ pages: 5, reused: false });
    expect(changed.after).toHaveLength(5);
    expect(fragments(join('held-edited', target.dir))).toHaveLength(5);
  }, 60_000);
});

/**
 * Pagefind's command on a site of one page, with --serve, which keeps Pagefind's program running
 * after it has written, so that it can be looked at: its process, once it runs.
 */
async function servedPagefind(name: string, behind: boolean) {
  const site = join(out, name);
  const { file, html } = articlePage(defaultLang, 0);
  mkdirSync(join(site, dirname(file)), { recursive: true });
  writeFileSync(join(site, file), html);
  const running = new Set<ChildProcess>();
  const ran = runPagefind(['--site', site, '--quiet', '--serve'], behind, running);
  ran.catch(() => undefined);
  const [command] = [...running];
  // The npm command starts Pagefind's own program, which is what works and what runs out of memory.
  const program = () => processes().find(({ ppid, name }) => ppid === command!.pid && name.startsWith('pagefind'));
  await expect.poll(program, { timeout: 20_000 }).toBeDefined();
  return { pid: program()!.pid, ran, running };
}

describe('runPagefind', () => {
  it('runs Pagefind with its allocator setting, behind the build when asked, and says how it ended when killed (as for lack of memory)', async () => {
    const preset = process.env._RJEM_MALLOC_CONF;
    const { pid, ran, running } = await servedPagefind('behind', true);
    expect(getPriority(pid)).toBe(behindPriority);
    const environment = (await readFile(`/proc/${pid}/environ`, 'utf8')).split('\0');
    expect(environment).toContain(`_RJEM_MALLOC_CONF=${preset ?? 'dirty_decay_ms:1000,muzzy_decay_ms:0'}`);
    expect(process.env._RJEM_MALLOC_CONF).toBe(preset);
    process.kill(pid, 'SIGKILL');
    // The npm command exits 1 however Pagefind's program ended; what it printed follows.
    await expect(ran).rejects.toThrow(/^The Pagefind command exited with code 1 before the search bundle was written\. It printed: /);
    expect(running.size).toBe(0);
  }, 60_000);

  it("runs Pagefind at the build's own priority for the longest bundle", async () => {
    const { pid, ran } = await servedPagefind('first', false);
    expect(getPriority(pid)).toBe(getPriority());
    process.kill(pid, 'SIGKILL');
    await expect(ran).rejects.toThrow(/exited with code 1/);
  }, 60_000);
});
