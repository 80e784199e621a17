import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { getPriority } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processes } from '../../scripts/bench/lib/measure.ts';
import { defaultLang, langs, otherLang, type Lang } from '../../src/i18n/locales.ts';
import { paths } from '../../src/lib/paths.ts';
import { bundleDir } from '../../src/lib/searchBundles.ts';
import { behindPriority } from '../../src/integrations/pagefindBundles.ts';
import { startSearchIndexer } from '../../src/integrations/searchIndexer.ts';
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

/** The Pagefind processes this process started that are still running (one of an earlier test may not be waited for yet: state Z). */
function ourPagefindProcesses() {
  return processes().filter(({ ppid, state, name }) => ppid === process.pid && state !== 'Z' && name.startsWith('pagefind'));
}

/** The environment of each Pagefind process this process started and that is still running. */
async function pagefindEnvironments(): Promise<string[][]> {
  const ours = ourPagefindProcesses();
  const environments = await Promise.all(ours.map(({ pid }) => readFile(`/proc/${pid}/environ`, 'utf8').catch(() => undefined)));
  // undefined: the process ended while we looked.
  return environments.filter((environment) => environment !== undefined).map((environment) => environment.split('\0'));
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

  it('starts every Pagefind process with its allocator setting, and leaves the environment of the build as it was', async () => {
    // The environment may set it already: Pagefind then gets that, and the build keeps it.
    const preset = process.env._RJEM_MALLOC_CONF;
    const indexer = startSearchIndexer(join(out, 'allocator'));
    for (const lang of langs) {
      const { file, html } = articlePage(lang, 0);
      await indexer.add(lang, file, html);
    }
    // The default language's full text's and headlines', and one for each other language; each
    // worker thread starts its own when the page reaches it.
    await expect.poll(async () => (await pagefindEnvironments()).length, { timeout: 20_000 }).toBe(2 + langs.length - 1);
    const environments = await pagefindEnvironments();
    for (const environment of environments)
      expect(environment).toContain(`_RJEM_MALLOC_CONF=${preset ?? 'dirty_decay_ms:1000,muzzy_decay_ms:0'}`);
    expect(process.env._RJEM_MALLOC_CONF).toBe(preset);
    await indexer.finish();
  }, 60_000);

  it("runs every Pagefind process but the default language's full text behind the build, at a lower priority", async () => {
    const indexer = startSearchIndexer(join(out, 'priority'));
    for (const lang of langs) {
      const { file, html } = articlePage(lang, 0);
      await indexer.add(lang, file, html);
    }
    try {
      // The default language's full text at the build's own priority; its headlines and each other
      // language's bundles behind it (set as each process starts, so looked at until then).
      const expected = [getPriority(), ...Array<number>(1 + langs.length - 1).fill(behindPriority)];
      const priorities = () =>
        ourPagefindProcesses()
          .map(({ pid }) => getPriority(pid))
          .sort((a, b) => a - b);
      await expect.poll(priorities, { timeout: 20_000 }).toEqual(expected);
    } finally {
      await indexer.finish();
    }
  }, 60_000);

  it('fails with the reason, instead of waiting for ever, when a Pagefind process is killed (as for lack of memory)', async () => {
    const indexer = startSearchIndexer(join(out, 'killed'));
    for (const lang of langs) {
      for (let n = 0; n < 5; n++) {
        const { file, html } = articlePage(lang, n);
        await indexer.add(lang, file, html);
      }
    }
    await expect.poll(async () => (await pagefindEnvironments()).length, { timeout: 20_000 }).toBe(2 + langs.length - 1);
    const [victim] = ourPagefindProcesses();
    // Stopped first, so that it is asked to write and dies with the question unanswered, as when
    // memory runs out while it writes (a process that is already dead when asked fails the asking).
    process.kill(victim!.pid, 'SIGSTOP');
    const finishing = indexer.finish();
    await new Promise((resolve) => setTimeout(resolve, 500));
    process.kill(victim!.pid, 'SIGKILL');
    await expect(finishing).rejects.toThrow(/Pagefind process was killed \(SIGKILL, which is what the system does when memory runs out\)/);
    // The others were stopped all the same.
    await expect.poll(async () => (await pagefindEnvironments()).length, { timeout: 20_000 }).toBe(0);
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
    // Their processes end once written, and free their memory; the other language's stays.
    await expect.poll(async () => (await pagefindEnvironments()).length, { timeout: 20_000 }).toBe(1);
    const stats = await indexer.finish();
    expect(stats.pages).toBe(40);
    for (const lang of langs) {
      expect(fragments(join('early', bundleDir('full', lang))), lang).toHaveLength(20);
      expect(fragments(join('early', bundleDir('head', lang))), lang).toHaveLength(20);
    }
  }, 60_000);
});
