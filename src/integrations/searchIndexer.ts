import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultLang, langs, type Lang } from '../i18n/locales.ts';
import { articleFileLang, bundleDir, bundleDirs, type BundleKind } from '../lib/searchBundles.ts';
import type { BundleStats, BundleTarget } from './searchIndexMessages.ts';
import { WorkerBundles } from './workerBundles.ts';

export type { BundleStats, BundleTarget } from './searchIndexMessages.ts';

/**
 * The Pagefind bundles: full text and headline (src/lib/searchBundles.ts says why two), one of each
 * per language. They are spread over several worker threads (`workerFor`). Pages are handed over
 * one by one as they come (`add`): a worker cuts each into the part its bundles index and stages
 * it, while Astro renders the next one (src/integrations/pagefind.ts). Each worker writes its
 * bundles with Pagefind's command (src/integrations/pagefindBundles.ts) as soon as every language
 * it indexes is done (`languageDone`). `finish` writes whatever is left and waits for every bundle.
 *
 * Pagefind reads `<html lang>` and makes one index per language; only the parts marked
 * `data-pagefind-body` (article bodies) are indexed, and page chrome inside them is marked
 * `data-pagefind-ignore` in src/views/ArticleView.astro. Each page is handed over with "đ" written
 * as a stroked "d" (src/lib/searchFold.ts), which is what lets "dong khoi" find "Đồng khởi".
 */

export interface IndexStats extends Omit<BundleStats, 'reused'> {
  milliseconds: number;
  /** Bundles written, and how many of them were taken from the cache as they were (src/integrations/bundleCache.ts). */
  bundles: number;
  reused: number;
  /** Why a worker thread could not start (the build thread's own Pagefind then built its bundles). */
  workerError?: string | undefined;
}

export interface SearchIndexer {
  /**
   * Hands over one built article page of `lang`, as the bytes of its HTML; resolves once Pagefind
   * has room for the next (it never holds more than a few). A page without data-pagefind-body has
   * nothing to index. The bytes are copied, not kept.
   */
  add(lang: Lang, sourcePath: string, page: Uint8Array): Promise<void>;
  /**
   * Says that no more pages of `lang` will come: a worker that has then had all its pages
   * starts writing its bundles into the output folder at once. A page of that language handed over
   * later is refused.
   */
  languageDone(lang: Lang): void;
  /**
   * Writes every bundle not yet written, waits for all of them, and stops the worker threads and
   * their Pagefind commands.
   */
  finish(): Promise<IndexStats>;
  /**
   * Stops the workers and their Pagefind commands without writing (`writeSearchIndex` when it
   * cannot read a page; a failed build ends its process, and them with it).
   */
  stop(): Promise<void>;
}

/** How many bundles came from the cache unchanged, for the build's log. */
export function reuseLine({ bundles, reused }: Pick<IndexStats, 'bundles' | 'reused'>): string {
  return reused === 0
    ? `Indexed all ${bundles} bundles`
    : `Took ${reused} of ${bundles} bundles from the cache, where none of their pages had changed since they were written`;
}

const kinds = Object.keys(bundleDirs) as BundleKind[];

/**
 * Which worker thread stages and writes a bundle: the default language's full text (the largest)
 * and its headlines in one each; each other language's two bundles in one of their own. A worker
 * writes its bundles one after the other (so their Pagefind commands never hold their memory at
 * once), and only once it has had its last page: so the default language's bundles, whose pages
 * Astro renders before the English ones, can be written while the other languages' pages are
 * still coming.
 */
function workerFor(kind: BundleKind, lang: Lang): string {
  return lang === defaultLang ? `${lang}-${kind}` : lang;
}

/**
 * The worker the build waits for last: the default language's full text, the largest bundle to
 * write. The others' Pagefind commands run behind it and Astro (`behindPriority` in
 * src/integrations/pagefindBundles.ts).
 */
const longestWorker = workerFor('full', defaultLang);

/** The folder in Astro's cache folder where bundles are kept between builds. */
export const keptBundles = 'bantin-search';

/**
 * An indexer writing its bundles into `outputDir`; hand pages to `add`, then call `finish`. Each
 * worker thread (`workerFor`) starts at once. With `cacheDir` (Astro's), each bundle is kept there,
 * and a bundle none of whose pages changed is taken from there in the next build.
 */
export function startSearchIndexer(outputDir: string, cacheDir?: string): SearchIndexer {
  const cache = cacheDir === undefined ? undefined : join(cacheDir, keptBundles);
  const started = performance.now();
  /** Each worker (`workerFor`) and the bundles it builds, by language. */
  const byWorker = new Map<string, { owner: WorkerBundles; bundles: Map<Lang, BundleTarget[]> }>();
  for (const kind of kinds) {
    for (const lang of langs) {
      const name = workerFor(kind, lang);
      let entry = byWorker.get(name);
      if (!entry) byWorker.set(name, (entry = { owner: new WorkerBundles(name !== longestWorker, cache), bundles: new Map() }));
      entry.bundles.set(lang, [...(entry.bundles.get(lang) ?? []), { kind, dir: bundleDir(kind, lang) }]);
    }
  }
  const workers = [...byWorker.values()].map(({ owner }) => owner);
  const done = new Set<Lang>();
  const writing = new Map<WorkerBundles, Promise<{ kind: BundleKind; stats: BundleStats }[]>>();
  /** Starts each worker's writing once all the languages it indexes are done. */
  const writeWhatIsComplete = () => {
    for (const { owner, bundles } of byWorker.values()) {
      if (writing.has(owner) || ![...bundles.keys()].every((lang) => done.has(lang))) continue;
      const written = Promise.all(
        [...bundles.values()]
          .flat()
          .map(async (target) => ({ kind: target.kind, stats: await owner.write(target, join(outputDir, target.dir)) })),
      ).then(async (stats) => {
        // Its staged pages are no longer needed.
        await owner.stop();
        return stats;
      });
      // Reported by `finish`, which waits for it.
      written.catch(() => undefined);
      writing.set(owner, written);
    }
  };
  const stop = async () => {
    await Promise.all(workers.map((worker) => worker.stop()));
  };
  return {
    async add(lang, sourcePath, page) {
      if (done.has(lang)) throw new Error(`The search index was handed ${sourcePath} after the last page of its language (${lang})`);
      await Promise.all(
        [...byWorker.values()].flatMap(({ owner, bundles }) => {
          const targets = bundles.get(lang);
          return targets ? [owner.add(targets, sourcePath, page)] : [];
        }),
      );
    },
    languageDone(lang) {
      done.add(lang);
      writeWhatIsComplete();
    },
    async finish() {
      try {
        for (const lang of langs) done.add(lang);
        writeWhatIsComplete();
        const stats = (await Promise.all(writing.values())).flat();
        return {
          pages: stats.filter(({ kind }) => kind === 'full').reduce((sum, { stats: s }) => sum + s.pages, 0),
          files: stats.reduce((sum, { stats: s }) => sum + s.files, 0),
          bytes: stats.reduce((sum, { stats: s }) => sum + s.bytes, 0),
          bundles: stats.length,
          reused: stats.filter(({ stats: s }) => s.reused).length,
          milliseconds: performance.now() - started,
          workerError: workers.find((worker) => worker.startError !== undefined)?.startError,
        };
      } finally {
        await stop();
      }
    },
    stop,
  };
}

/**
 * Indexes the article pages of a site already built in `siteDir` and writes every bundle into
 * `outputDir`, replacing what is there. The build does not use this (it hands pages over as it
 * renders them, into an output folder Astro has emptied); the search bench and the indexer's tests do.
 */
export async function writeSearchIndex(siteDir: string, outputDir: string, cacheDir?: string): Promise<IndexStats> {
  // The outer folders too: a bundle of an earlier layout must not be left beside the new ones.
  await Promise.all(kinds.map((kind) => rm(join(outputDir, bundleDirs[kind]), { recursive: true, force: true })));
  const indexer = startSearchIndexer(outputDir, cacheDir);
  try {
    const files = (await readdir(siteDir, { recursive: true })).sort();
    for (const file of files) {
      const lang = articleFileLang(file);
      if (lang) await indexer.add(lang, file, await readFile(join(siteDir, file)));
    }
  } catch (error) {
    await indexer.stop();
    throw error;
  }
  return indexer.finish();
}
