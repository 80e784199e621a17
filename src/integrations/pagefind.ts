import { existsSync } from 'node:fs';
import { readFile, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { strokeD } from '../lib/searchFold.ts';
import { bundleDirs, headlineHtml, isArticleFile } from '../lib/searchBundles.ts';
import type { IndexReply, IndexRequest } from './searchIndexWorker.ts';

/**
 * Builds the search indexes into the build output when `astro build` finishes, so a plain build
 * yields a searchable site and nothing is written into the source tree (ARCHITECTURE.md §6).
 * Pagefind reads `<html lang>` and makes one index per language; only the parts marked
 * `data-pagefind-body` (article bodies) are indexed, and page chrome inside them is marked
 * `data-pagefind-ignore` in src/views/ArticleView.astro. Each page is handed over with "đ" written
 * as a stroked "d" (src/lib/searchFold.ts), which is what lets "dong khoi" find "Đồng khởi".
 *
 * Two bundles, each built from the article pages by its own Pagefind process (src/lib/searchBundles.ts
 * says why):
 * - `pagefind/`: the full text, for the complete, filterable result list;
 * - `pagefind-head/`: the headline only (district, title, lede, and the hidden metadata with the
 *   cited document numbers, filters and sort), about a thirtieth of the words, so the first results
 *   of any query arrive within the budget (issue 3) while the full index is still loading.
 */

/**
 * Pagefind also writes its ready-made UIs (about 400 KB); our search page has its own, so only the
 * search API, its worker, the WebAssembly and the index itself are kept.
 */
const unusedBundleFile = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/**
 * The headline index leaves out everything in the article body but the district line, the title,
 * the lede and the hidden search metadata (src/components/SearchIndexMeta.astro), which is marked
 * data-pagefind-ignore: its meta, filters and sort are read, its text is not. It is handed only
 * that part of each page (`headlineHtml`); the selector makes a page of another shape, handed over
 * whole, give the same headline.
 */
const notHeadline = ['[data-pagefind-body] > :not(.kicker, h1, .lede, [data-pagefind-ignore])'];

export interface IndexStats {
  /** Pages indexed (those with data-pagefind-body). */
  pages: number;
  /** Files and bytes written, both bundles. */
  files: number;
  bytes: number;
  milliseconds: number;
  /** Why the headline bundle could not be built in its own thread (it was then built after the full one). */
  workerError?: string | undefined;
}

/** Pages handed to Pagefind at a time: it indexes one by one, this keeps its queue fed. */
const inFlight = 16;

export type BundleKind = keyof typeof bundleDirs;

export interface BundleStats {
  /** Pages indexed (those with data-pagefind-body). */
  pages: number;
  files: number;
  bytes: number;
}

/** The site's article pages, relative to `siteDir`: the only pages with something to index. */
async function articleFiles(siteDir: string): Promise<string[]> {
  return (await readdir(siteDir, { recursive: true })).filter(isArticleFile).sort();
}

/**
 * Builds one bundle with the Pagefind service of this thread and writes it to `outputPath`. The
 * caller closes the service (`close()` from pagefind) when it has no more bundles to build.
 */
export async function buildBundle(kind: BundleKind, siteDir: string, files: readonly string[], outputPath: string): Promise<BundleStats> {
  const { index, errors } = await createIndex(kind === 'head' ? { excludeSelectors: notHeadline } : {});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let next = 0;
  let pages = 0;
  const feed = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      const html = await readFile(join(siteDir, file), 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const page = kind === 'head' ? (headlineHtml(html) ?? html) : html;
      const { errors: pageErrors } = await index.addHTMLFile({ sourcePath: file, content: strokeD(page) });
      if (pageErrors.length > 0) throw new Error(`Pagefind could not index ${file}: ${pageErrors.join('; ')}`);
      pages += 1;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, feed));
  return { pages, ...(await writeBundle(index, outputPath)) };
}

/** Writes one bundle with Pagefind's own writer, then removes the UI files we do not serve. */
async function writeBundle(index: PagefindIndex, outputPath: string): Promise<{ files: number; bytes: number }> {
  await rm(outputPath, { recursive: true, force: true });
  const { errors } = await index.writeFiles({ outputPath });
  if (errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${errors.join('; ')}`);
  let files = 0;
  let bytes = 0;
  for (const name of await readdir(outputPath, { recursive: true })) {
    const path = join(outputPath, name);
    if (unusedBundleFile.test(name)) {
      await rm(path);
      continue;
    }
    const info = await stat(path);
    if (!info.isFile()) continue;
    files += 1;
    bytes += info.size;
  }
  return { files, bytes };
}

/**
 * The worker thread's source (src/integrations/searchIndexWorker.ts). Beside this file when it
 * runs from src/ (the search bench); from the project when the build has bundled this module.
 */
function workerFile(): string {
  const beside = fileURLToPath(new URL('./searchIndexWorker.ts', import.meta.url));
  return existsSync(beside) ? beside : join(process.cwd(), 'src', 'integrations', 'searchIndexWorker.ts');
}

/**
 * The headline bundle, built in a worker thread: the thread has its own copy of the pagefind module
 * and so its own Pagefind process. Pagefind indexes and writes on one core; with the two bundles in
 * two processes the build's second core works too, instead of waiting for the first bundle.
 * Falls back to this thread's Pagefind if the worker cannot run.
 */
function buildHeadInWorker(
  siteDir: string,
  files: readonly string[],
  outputPath: string,
): { done: Promise<BundleStats>; stop: () => void } {
  const request: IndexRequest = { kind: 'head', siteDir, files: [...files], outputPath };
  let worker: Worker | undefined;
  const done = new Promise<BundleStats>((resolve, reject) => {
    worker = new Worker(workerFile(), { workerData: request });
    worker.once('message', (reply: IndexReply) => ('error' in reply ? reject(new Error(reply.error)) : resolve(reply.stats)));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the search index worker stopped (exit code ${code})`)));
  });
  return { done, stop: () => void worker?.terminate() };
}

/**
 * Indexes the built site in `siteDir` and writes both bundles into `outputDir` (the site itself by
 * default), replacing them.
 */
export async function writeSearchIndex(siteDir: string, outputDir = siteDir): Promise<IndexStats> {
  const started = performance.now();
  const files = await articleFiles(siteDir);
  const headDir = join(outputDir, bundleDirs.head);
  const worker = buildHeadInWorker(siteDir, files, headDir);
  const head = worker.done.then(
    (stats) => ({ stats, workerError: undefined }),
    (error: unknown) => ({ stats: undefined, workerError: error instanceof Error ? error.message : String(error) }),
  );
  try {
    const full = await buildBundle('full', siteDir, files, join(outputDir, bundleDirs.full));
    const { stats, workerError } = await head;
    // A worker that failed leaves the headline bundle to this thread's Pagefind.
    const headStats = stats ?? (await buildBundle('head', siteDir, files, headDir));
    return {
      pages: full.pages,
      files: full.files + headStats.files,
      bytes: full.bytes + headStats.bytes,
      milliseconds: performance.now() - started,
      workerError,
    };
  } finally {
    worker.stop();
    await close();
  }
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'bantin:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const stats = await writeSearchIndex(fileURLToPath(dir));
        if (stats.workerError) logger.warn(`The headline index was built after the full one (no worker thread: ${stats.workerError})`);
        const seconds = (stats.milliseconds / 1000).toFixed(2);
        logger.info(
          `Indexed ${stats.pages} pages in ${seconds} s (${Math.round(stats.bytes / 1024)} KiB in ${bundleDirs.full}/ and ${bundleDirs.head}/)`,
        );
      },
    },
  };
}
