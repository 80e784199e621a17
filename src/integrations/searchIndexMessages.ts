import type { Lang } from '../i18n/locales.ts';
import type { BundleKind } from '../lib/searchBundles.ts';

/**
 * What the parts of the search indexer (src/integrations/searchIndexer.ts) say to each other: the
 * build thread to a worker thread (src/integrations/searchIndexWorker.ts), and the Astro build to
 * the process that started it (scripts/build.ts, src/integrations/searchIndexRemote.ts). In a
 * module of their own so that each side imports the messages, not the other side.
 */

/** A bundle a page goes into: its kind and its folder ("pagefind/vi"). */
export interface BundleTarget {
  kind: BundleKind;
  dir: string;
}

export interface BundleStats {
  /** Pages indexed (those with data-pagefind-body). */
  pages: number;
  files: number;
  bytes: number;
  /** Taken from the bundles kept by the build before: not one of its pages had changed. */
  reused: boolean;
}

/** What a worker thread is started with. */
export interface WorkerData {
  /** Its Pagefind commands can wait for the others' (src/integrations/pagefindBundles.ts, `behindPriority`). */
  behind: boolean;
  /** The folder to stage its pages in, made and removed by the thread that started it. */
  stage: string;
  /** Where bundles are kept between builds (src/integrations/bundleCache.ts), if anywhere. */
  cache: string | undefined;
}

/** From the build thread to a worker thread. */
export type WorkerRequest =
  /** A built page, as the bytes of its HTML, for the bundles of `targets`. */
  | { type: 'add'; targets: readonly BundleTarget[]; sourcePath: string; page: Uint8Array }
  | { type: 'write'; target: BundleTarget; outputPath: string }
  /** Stops the thread's Pagefind command, if one runs; the thread then ends. */
  | { type: 'close' };

/** From a worker thread to the build thread. */
export type WorkerReply =
  { type: 'ready' } | { type: 'added' } | { type: 'written'; dir: string; stats: BundleStats } | { type: 'failed'; error: string };

/**
 * The environment variable scripts/build.ts sets for the `astro build` it starts: the build then
 * hands its article pages to that process, which writes the bundles once Astro has exited.
 */
export const parentIndexerVariable = 'BANTIN_SEARCH_INDEXER';
export const parentIndexerValue = 'parent';

/** From the Astro build to the process that indexes for it. */
export type BuildMessage =
  /** The output folder, as Astro resolved it (where the bundles go), and Astro's cache folder. */
  | { type: 'outDir'; dir: string; cacheDir: string }
  | { type: 'page'; lang: Lang; sourcePath: string; page: Uint8Array }
  /** No page came through the prerenderer (a site with an adapter): the bundles are made from the output folder. */
  | { type: 'readOutput' };

/** From the indexing process to the Astro build: a page was taken, or could not be. */
export type ParentReply = { type: 'added' } | { type: 'failed'; error: string };
