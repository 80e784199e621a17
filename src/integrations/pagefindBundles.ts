import type { ChildProcess } from 'node:child_process';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { readdir, rm, stat } from 'node:fs/promises';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { searchParts, type BundleKind } from '../lib/searchBundles.ts';
import { strokeD } from '../lib/searchFold.ts';
import type { BundleStats, BundleTarget } from './searchIndexMessages.ts';

/**
 * The bundles of this thread's Pagefind process, through Pagefind's Node API: the page parts each
 * bundle indexes, the process watched, the bundles written. A thread has one Pagefind process (the
 * pagefind module starts one per module instance); src/integrations/searchIndexer.ts spreads the
 * bundles over worker threads to build them on several cores.
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
 * that part of each page (`searchParts`); the selector makes a page of another shape, handed over
 * whole, give the same headline.
 */
const notHeadline = ['[data-pagefind-body] > :not(.kicker, h1, .lede, [data-pagefind-ignore])'];

/** Pages handed to one Pagefind process at a time: it indexes one by one, this keeps its queue fed. */
export const inFlight = 16;

/** The part of a page a bundle indexes (the whole page if it has another shape), with "đ" stroked. */
function pagePart(kind: BundleKind, html: string, parts: ReturnType<typeof searchParts>): string {
  return strokeD((kind === 'full' ? parts?.article : parts?.headline) ?? html);
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
 * The scheduling priority (nice value) of a Pagefind process whose bundles are not the build's
 * longest: the processor goes first to Astro and to the process writing the longest bundle, and
 * these take what is left. On two cores, writing the Vietnamese full text of 10,000 articles is the
 * last thing the build waits for (about a minute), and shared evenly with the other bundles'
 * writing it took a third longer (docs/performance.md).
 */
export const behindPriority = 10;

/**
 * `createIndex`, starting this thread's Pagefind process with `pagefindAllocator` if it is not
 * running yet. The pagefind module starts the process inside the call, with this thread's
 * environment; the variable is set only for that moment, so nothing else in the build sees it.
 * Node announces the new process on its "child_process" channel, which is how it is watched
 * and, for bundles that can wait (`behind`), given `behindPriority`.
 */
function createPagefindIndex(config: Parameters<typeof createIndex>[0], behind: boolean): ReturnType<typeof createIndex> {
  const { name, value } = pagefindAllocator;
  const before = process.env[name];
  process.env[name] ??= value;
  const spawned = (message: unknown) => {
    const child = (message as { process: ChildProcess }).process;
    watch(child);
    // Node announces the process before it has started: it has a pid once it has.
    if (behind)
      child.once('spawn', () => {
        try {
          setPriority(child.pid!, behindPriority);
        } catch {
          // Only a hint: a system that refuses it builds the same bundles at the usual priority.
        }
      });
  };
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

  constructor(kind: BundleKind, behind: boolean) {
    this.index = createPagefindIndex(kind === 'head' ? { excludeSelectors: notHeadline } : {}, behind).then(({ index, errors }) => {
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
 * Bundles of this thread's Pagefind process, by directory ("pagefind/vi"), made as their first page
 * comes: a worker thread's (src/integrations/searchIndexWorker.ts), or the build's own thread's
 * when a worker could not start.
 */
export class LocalBundles {
  private readonly builders = new Map<string, BundleBuilder>();
  private readonly decoder = new TextDecoder();

  /** Whether the Pagefind process, if this starts it, runs at `behindPriority`. */
  private readonly behind: boolean;

  constructor(behind = false) {
    this.behind = behind;
  }

  private builder(kind: BundleKind, dir: string): BundleBuilder {
    let builder = this.builders.get(dir);
    if (!builder) this.builders.set(dir, (builder = new BundleBuilder(kind, this.behind)));
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
