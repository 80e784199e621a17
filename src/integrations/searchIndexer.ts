import type { ChildProcess } from 'node:child_process';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { existsSync } from 'node:fs';
import { readFile, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { strokeD } from '../lib/searchFold.ts';
import { defaultLang, langs, type Lang } from '../i18n/locales.ts';
import { articleFileLang, bundleDir, bundleDirs, searchParts, type BundleKind } from '../lib/searchBundles.ts';
import type { WorkerReply, WorkerRequest } from './searchIndexWorker.ts';

/**
 * The Pagefind bundles: full text and headline (src/lib/searchBundles.ts says why two), one of each
 * per language. Pagefind builds a bundle on one core, so they are spread over several Pagefind
 * processes (`processFor`), each driven by a worker thread. Pages are handed over one by one as
 * they come (`add`), which lets the build index each article while Astro renders the next one
 * (src/integrations/pagefind.ts). Each process writes its bundles as soon as every language it
 * indexes is done (`languageDone`): the build renders its other pages meanwhile. `finish` writes
 * whatever is left and waits for every bundle.
 *
 * Pagefind reads `<html lang>` and makes one index per language; only the parts marked
 * `data-pagefind-body` (article bodies) are indexed, and page chrome inside them is marked
 * `data-pagefind-ignore` in src/views/ArticleView.astro. Each page is handed over with "đ" written
 * as a stroked "d" (src/lib/searchFold.ts), which is what lets "dong khoi" find "Đồng khởi".
 */

export interface BundleStats {
  /** Pages indexed (those with data-pagefind-body). */
  pages: number;
  files: number;
  bytes: number;
}

export interface IndexStats extends BundleStats {
  milliseconds: number;
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
   * Says that no more pages of `lang` will come: a Pagefind process that has then had all its pages
   * starts writing its bundles into the output folder at once. A page of that language handed over
   * later is refused.
   */
  languageDone(lang: Lang): void;
  /** Writes every bundle not yet written, waits for all of them, and stops the Pagefind processes. */
  finish(): Promise<IndexStats>;
  /**
   * Stops the Pagefind processes without writing (`writeSearchIndex` when it cannot read a page;
   * a failed build ends its process, and them with it).
   */
  stop(): Promise<void>;
}

/**
 * Pagefind also writes its ready-made UIs (about 400 KB); our search page has its own, so only the
 * search API, its worker, the WebAssembly and the index itself are kept.
 */
const unusedBundleFile = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/**
 * The headline index leaves out everything in the article body but the district line, the title,
 * the lede and the hidden search metadata (src/components/SearchIndexMeta.astro), which is marked
 * data-pagefind-ignore: its meta, filters and sort are read, its text is not. It is handed only
 * that part of each page (`searchParts`); the selector makes a page of another shape, handed over
 * whole, give the same headline.
 */
const notHeadline = ['[data-pagefind-body] > :not(.kicker, h1, .lede, [data-pagefind-ignore])'];

/** Pages handed to one Pagefind process at a time: it indexes one by one, this keeps its queue fed. */
const inFlight = 16;

/** The part of a page a bundle indexes (the whole page if it has another shape), with "đ" stroked. */
function pagePart(kind: BundleKind, html: string, parts: ReturnType<typeof searchParts>): string {
  return strokeD((kind === 'full' ? parts?.article : parts?.headline) ?? html);
}

/** A bundle a page goes into: its kind and its folder ("pagefind/vi"). */
export interface BundleTarget {
  kind: BundleKind;
  dir: string;
}

const kinds = Object.keys(bundleDirs) as BundleKind[];

/**
 * Which Pagefind process builds a bundle: the default language's full text (the largest) and its
 * headlines in one each; each other language's two bundles in one of their own. A process writes
 * its bundles one after the other, and only once it has had its last page: so the default
 * language's bundles, whose pages Astro renders before the English ones, are both written
 * while the other languages' pages are still coming.
 */
function processFor(kind: BundleKind, lang: Lang): string {
  return lang === defaultLang ? `${lang}-${kind}` : lang;
}

/**
 * Settings for the memory allocator of the Pagefind process (jemalloc, which reads this variable in
 * Pagefind's build): freed memory goes back to the system after a second, not ten. Writing a bundle
 * frees and allocates gigabytes within seconds, and with the default the freed memory still counted
 * while the next was taken: the Vietnamese full text of 10,000 articles peaked at 3.22 GB, 2.75 GB
 * with this, for a write of 11.7 s instead of 10.5 s (medians of 3, docs/performance.md).
 */
const pagefindAllocator = { name: '_RJEM_MALLOC_CONF', value: 'dirty_decay_ms:1000,muzzy_decay_ms:0' };

/**
 * This thread's Pagefind process, watched. The pagefind module does not watch it: a process that
 * ended (killed when memory ran out: the Vietnamese full text of 10,000 articles takes about 2.8
 * GB) left every call waiting for an answer for ever, and the build hanging with no message. When
 * it ends before `closePagefind`, `reason` says how, and the module is closed, which answers every
 * waiting call with an error; the bundles report `reason` instead of that error.
 */
interface WatchedProcess {
  closing: boolean;
  reason?: Error;
}

let pagefindProcess: WatchedProcess | undefined;

function watch(child: ChildProcess): void {
  const watched: WatchedProcess = { closing: false };
  child.once('exit', (code, signal) => {
    if (watched.closing) return;
    const how = signal
      ? `was killed (${signal}${signal === 'SIGKILL' ? ', which is what the system does when memory runs out' : ''})`
      : `exited (code ${code})`;
    watched.reason = new Error(
      `The Pagefind process ${how} before the search bundles were written: the build cannot finish its search index`,
    );
    if (pagefindProcess === watched) void close();
  });
  pagefindProcess = watched;
}

/** Ends this thread's Pagefind process (if it started), as one the build meant to end. */
export async function closePagefind(): Promise<void> {
  if (pagefindProcess) pagefindProcess.closing = true;
  await close();
}

/**
 * `createIndex`, starting this thread's Pagefind process with `pagefindAllocator` if it is not
 * running yet. The pagefind module starts the process inside the call, with this thread's
 * environment; the variable is set only for that moment, so nothing else in the build sees it.
 * Node announces the new process on its "child_process" channel, which is how it is watched.
 */
function createPagefindIndex(config: Parameters<typeof createIndex>[0]): ReturnType<typeof createIndex> {
  const { name, value } = pagefindAllocator;
  const before = process.env[name];
  process.env[name] ??= value;
  const spawned = (message: unknown) => watch((message as { process: ChildProcess }).process);
  subscribe('child_process', spawned);
  try {
    return createIndex(config);
  } finally {
    unsubscribe('child_process', spawned);
    if (before === undefined) delete process.env[name];
  }
}

/**
 * One bundle in this thread's Pagefind process. The caller closes the process (`closePagefind`)
 * when it has no more bundles to build.
 */
class BundleBuilder {
  private readonly index: Promise<PagefindIndex>;
  private readonly pending = new Set<Promise<void>>();
  private failure: Error | undefined;
  private pages = 0;
  /** The Pagefind process holding this bundle. */
  private readonly process: WatchedProcess | undefined;

  constructor(kind: BundleKind) {
    this.index = createPagefindIndex(kind === 'head' ? { excludeSelectors: notHeadline } : {}).then(({ index, errors }) => {
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      return index;
    });
    this.process = pagefindProcess;
  }

  /** What to report of a failed call: why the Pagefind process ended, if it did, rather than what that did to the call. */
  private failed(error: unknown): Error {
    return this.process?.reason ?? (error instanceof Error ? error : new Error(String(error)));
  }

  /** Hands over one page (its part for this bundle, `pagePart`); resolves once there is room for the next. */
  async add(sourcePath: string, content: string): Promise<void> {
    if (this.failure) throw this.failure;
    // Not to a process that has ended: the pagefind module would start another, without this bundle.
    if (this.process?.reason) throw this.process.reason;
    // Counted as pending at once, before Pagefind has even started: a `write` that comes right
    // after (the worker's messages) must wait for this page too.
    const added = this.index
      .then((index) => index.addHTMLFile({ sourcePath, content }))
      .then(
        ({ errors }) => {
          if (errors.length > 0) this.failure ??= new Error(`Pagefind could not index ${sourcePath}: ${errors.join('; ')}`);
          else this.pages += 1;
        },
        (error: unknown) => {
          this.failure ??= this.failed(error);
        },
      )
      .finally(() => this.pending.delete(added));
    this.pending.add(added);
    while (this.pending.size >= inFlight) await Promise.race(this.pending);
    if (this.failure) throw this.failure;
  }

  async write(outputPath: string): Promise<BundleStats> {
    await Promise.all(this.pending);
    if (this.failure) throw this.failure;
    if (this.process?.reason) throw this.process.reason;
    try {
      return { pages: this.pages, ...(await writeBundle(await this.index, outputPath)) };
    } catch (error) {
      throw this.failed(error);
    }
  }
}

/** Writes one bundle with Pagefind's own writer, then removes the UI files we do not serve. */
async function writeBundle(index: PagefindIndex, outputPath: string): Promise<{ files: number; bytes: number }> {
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
 * Bundles of this thread's Pagefind process, by directory ("pagefind/vi"), made as their first page
 * comes: a worker thread's (src/integrations/searchIndexWorker.ts), or the build's own thread's
 * when a worker could not start.
 */
export class LocalBundles {
  private readonly builders = new Map<string, BundleBuilder>();
  private readonly decoder = new TextDecoder();

  private builder(kind: BundleKind, dir: string): BundleBuilder {
    let builder = this.builders.get(dir);
    if (!builder) this.builders.set(dir, (builder = new BundleBuilder(kind)));
    return builder;
  }

  /**
   * Hands each bundle of `targets` the part of the page it indexes. The page is read and cut here,
   * in the worker thread, not in the thread that renders the pages.
   */
  async add(targets: readonly BundleTarget[], sourcePath: string, page: Uint8Array): Promise<void> {
    const html = this.decoder.decode(page);
    if (!html.includes('data-pagefind-body')) return;
    const parts = searchParts(html);
    await Promise.all(targets.map(({ kind, dir }) => this.builder(kind, dir).add(sourcePath, pagePart(kind, html, parts))));
  }

  /** Also writes a bundle that was handed no page: every search page finds its pagefind.js. */
  write({ kind, dir }: BundleTarget, outputPath: string): Promise<BundleStats> {
    return this.builder(kind, dir).write(outputPath);
  }
}

/**
 * Bundles in a worker thread: the thread has its own copy of the pagefind module and so its own
 * Pagefind process. Each page is acknowledged, so this side never has more than `inFlight` pages on
 * the way. If the thread cannot start, this thread's Pagefind builds them instead.
 *
 * Pages go over as bytes: a copy of bytes is cheap, where a string of Vietnamese text is two bytes
 * a character to copy, and decoding, cutting and encoding it for Pagefind is the worker's work. At
 * 10,000 articles that work had cost the thread that renders the pages 10–14 s (docs/performance.md).
 */
class WorkerBundles {
  private readonly worker: Worker;
  /** Resolves once the worker is up; to bundles of this thread if it could not start. */
  private readonly ready: Promise<LocalBundles | undefined>;
  private pending = 0;
  /** Settles when the worker has acknowledged a page: every add waiting for room then looks again. */
  private room: PromiseWithResolvers<void> | undefined;
  private readonly written = new Map<string, { resolve(stats: BundleStats): void; reject(error: Error): void }>();
  private failure: Error | undefined;
  private readonly exited: Promise<void>;
  private stopped: Promise<void> | undefined;
  startError: string | undefined;

  constructor() {
    this.worker = new Worker(workerFile());
    this.exited = new Promise((resolve) => this.worker.once('exit', () => resolve()));
    let up = false;
    this.ready = new Promise((resolve) => {
      const lost = (error: Error) => {
        if (up) return this.fail(error);
        if (this.startError !== undefined) return;
        this.startError = error.message;
        resolve(new LocalBundles());
      };
      this.worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'ready') {
          up = true;
          resolve(undefined);
        } else if (reply.type === 'added') {
          this.pending -= 1;
          this.wakeAll();
        } else if (reply.type === 'written') this.written.get(reply.dir)?.resolve(reply.stats);
        else lost(new Error(reply.error));
      });
      this.worker.on('error', lost);
      this.worker.on('exit', (code) => lost(new Error(`the search index worker stopped (exit code ${code})`)));
    });
  }

  private wakeAll(): void {
    const room = this.room;
    this.room = undefined;
    room?.resolve();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.wakeAll();
    for (const waiting of this.written.values()) waiting.reject(this.failure);
  }

  async add(targets: readonly BundleTarget[], sourcePath: string, page: Uint8Array): Promise<void> {
    const fallback = await this.ready;
    if (fallback) return fallback.add(targets, sourcePath, page);
    if (this.failure) throw this.failure;
    this.pending += 1;
    // A view of part of a larger buffer would be copied whole (a pooled Buffer): only its bytes go.
    const bytes = page.byteOffset === 0 && page.byteLength === page.buffer.byteLength ? page : page.slice();
    this.worker.postMessage({ type: 'add', targets, sourcePath, page: bytes } satisfies WorkerRequest);
    while (this.pending >= inFlight && !this.failure) await (this.room ??= Promise.withResolvers<void>()).promise;
    if (this.failure) throw this.failure;
  }

  async write(target: BundleTarget, outputPath: string): Promise<BundleStats> {
    const fallback = await this.ready;
    if (fallback) return fallback.write(target, outputPath);
    if (this.failure) throw this.failure;
    const stats = new Promise<BundleStats>((resolve, reject) => this.written.set(target.dir, { resolve, reject }));
    this.worker.postMessage({ type: 'write', target, outputPath } satisfies WorkerRequest);
    return stats;
  }

  /** Whether the worker could not start, so that this thread's Pagefind process builds its bundles. */
  async fellBack(): Promise<boolean> {
    return (await this.ready) !== undefined;
  }

  /**
   * Lets the worker stop its Pagefind process and end; ends it if it has not within a few seconds.
   * Stopping again (when the indexer finishes) only waits for the first stop.
   */
  stop(): Promise<void> {
    this.stopped ??= (async () => {
      this.written.clear();
      this.worker.postMessage({ type: 'close' } satisfies WorkerRequest);
      const timer = setTimeout(() => void this.worker.terminate(), 5000);
      await this.exited;
      clearTimeout(timer);
    })();
    return this.stopped;
  }
}

/**
 * An indexer writing its bundles into `outputDir`; hand pages to `add`, then call `finish`. Each
 * worker thread starts at once, its Pagefind process (`processFor`) with its first page.
 */
export function startSearchIndexer(outputDir: string): SearchIndexer {
  const started = performance.now();
  /** Each Pagefind process (`processFor`), its worker, and the bundles it builds, by language. */
  const processes = new Map<string, { owner: WorkerBundles; bundles: Map<Lang, BundleTarget[]> }>();
  for (const kind of kinds) {
    for (const lang of langs) {
      const name = processFor(kind, lang);
      let pagefind = processes.get(name);
      if (!pagefind) processes.set(name, (pagefind = { owner: new WorkerBundles(), bundles: new Map() }));
      pagefind.bundles.set(lang, [...(pagefind.bundles.get(lang) ?? []), { kind, dir: bundleDir(kind, lang) }]);
    }
  }
  const workers = [...processes.values()].map(({ owner }) => owner);
  /**
   * Ends a process whose bundles are all written, so that its memory (about 2 GB for the Vietnamese
   * full text of 10,000 articles) is free while the others write. The bundles of a worker that
   * could not start are in this thread's process, which `finish` ends.
   */
  const release = async (owner: WorkerBundles) => {
    if (!(await owner.fellBack())) await owner.stop();
  };
  const done = new Set<Lang>();
  const writing = new Map<WorkerBundles, Promise<{ kind: BundleKind; stats: BundleStats }[]>>();
  /** Starts each process's writing once all the languages it indexes are done. */
  const writeWhatIsComplete = () => {
    for (const { owner, bundles } of processes.values()) {
      if (writing.has(owner) || ![...bundles.keys()].every((lang) => done.has(lang))) continue;
      const written = Promise.all(
        [...bundles.values()]
          .flat()
          .map(async (target) => ({ kind: target.kind, stats: await owner.write(target, join(outputDir, target.dir)) })),
      ).then(async (stats) => {
        await release(owner);
        return stats;
      });
      // Reported by `finish`, which waits for it.
      written.catch(() => undefined);
      writing.set(owner, written);
    }
  };
  const stop = async () => {
    await Promise.all(workers.map((worker) => worker.stop()));
    // This thread's own Pagefind process runs only for a worker that could not start.
    const fellBack = await Promise.all(workers.map((worker) => worker.fellBack()));
    if (fellBack.includes(true)) await closePagefind();
  };
  return {
    async add(lang, sourcePath, page) {
      if (done.has(lang)) throw new Error(`The search index was handed ${sourcePath} after the last page of its language (${lang})`);
      await Promise.all(
        [...processes.values()].flatMap(({ owner, bundles }) => {
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
export async function writeSearchIndex(siteDir: string, outputDir: string): Promise<IndexStats> {
  // The outer folders too: a bundle of an earlier layout must not be left beside the new ones.
  await Promise.all(kinds.map((kind) => rm(join(outputDir, bundleDirs[kind]), { recursive: true, force: true })));
  const indexer = startSearchIndexer(outputDir);
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
