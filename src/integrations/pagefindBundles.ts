import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { close, createIndex } from 'pagefind';
import { searchParts, type BundleKind } from '../lib/searchBundles.ts';
import { strokeD } from '../lib/searchFold.ts';
import { mapInBatches } from '../lib/mapInBatches.ts';
import { bundleKey, hasKeptBundle, keepBundle, pageHash, reuseBundle } from './bundleCache.ts';
import { lowerPriority } from './lowerPriority.ts';
import { packageBin, packageVersion } from './packageBin.ts';
import type { BundleStats, BundleTarget } from './searchIndexMessages.ts';

/**
 * The bundles of one thread: the page parts each bundle indexes, staged in a temporary folder, and
 * the Pagefind commands that write them. src/integrations/searchIndexer.ts spreads the bundles over
 * worker threads, so that pages are read and cut beside the thread that renders them.
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
 * whole, give the same headline. One selector, its `:not`s chained: the command reads a comma as
 * the start of another selector.
 */
const notHeadline = '[data-pagefind-body] > :not(.kicker):not(h1):not(.lede):not([data-pagefind-ignore])';

/**
 * Pages on their way to one worker thread at a time: the thread that renders hands over the next
 * while the worker stages the last ones.
 */
export const inFlight = 16;

/** The part of a page a bundle indexes (the whole page if it has another shape), with "đ" stroked. */
function pagePart(kind: BundleKind, html: string, parts: ReturnType<typeof searchParts>): string {
  return strokeD((kind === 'full' ? parts?.article : parts?.headline) ?? html);
}

/**
 * Settings for the memory allocator of the Pagefind command (jemalloc, which reads this variable in
 * Pagefind's build): freed memory goes back to the system after a second, not ten. Building a
 * bundle frees and allocates gigabytes within seconds, and with the default the freed memory still
 * counted while the next was taken (docs/performance.md).
 */
const pagefindAllocator = { name: '_RJEM_MALLOC_CONF', value: 'dirty_decay_ms:1000,muzzy_decay_ms:0' };

/**
 * The scheduling priority (nice value) of a Pagefind command whose bundle is not the build's
 * longest: the processor goes first to Astro and to the command writing the longest bundle, and
 * these take what is left. On two cores, the Vietnamese full text of 10,000 articles is the last
 * thing the build waits for, and shared evenly with the other bundles it took a third longer
 * (docs/performance.md).
 */
export const behindPriority = 10;

/** The last lines a failed Pagefind command printed, for the build's error. */
const outputKept = 2000;

/**
 * Runs Pagefind's command (the `pagefind` package's documented CLI, with this Node) with `args`,
 * with `pagefindAllocator` and, when `behind`, at `behindPriority`; resolves when it has written.
 * `running` hears of the process, so that it can be stopped. A command that fails or is killed
 * (as the system does when memory runs out: the Vietnamese full text of 10,000 articles takes
 * about 2.8 GB) rejects with how it ended and what it said.
 */
export function runPagefind(args: readonly string[], behind: boolean, running: Set<ChildProcess> = new Set()): Promise<void> {
  const { name, value } = pagefindAllocator;
  const child = spawn(process.execPath, [packageBin('pagefind'), ...args], {
    env: { ...process.env, [name]: process.env[name] ?? value },
    stdio: ['ignore', 'pipe', 'pipe'],
    // A process group of its own, which `stopPagefind` ends whole: ending the npm command alone
    // would leave Pagefind's program running.
    detached: true,
    windowsHide: true,
  });
  running.add(child);
  // Set before the npm command starts Pagefind's own program, which does the work.
  if (behind) lowerPriority(child, behindPriority);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-outputKept);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return new Promise((resolve, reject) => {
    child.once('error', (error) => {
      running.delete(child);
      reject(new Error(`Pagefind could not be started: ${error.message}`));
    });
    child.once('close', (code, signal) => {
      running.delete(child);
      if (code === 0) return resolve();
      // The npm command runs Pagefind's program and exits 1 however it ended: killed, it prints nothing.
      const how = signal ? `was killed (${signal})` : `exited with code ${code}`;
      const said = output.trim() || 'nothing (a Pagefind killed when memory runs out ends this way)';
      reject(new Error(`The Pagefind command ${how} before the search bundle was written. It printed: ${said}`));
    });
  });
}

/** Ends a Pagefind command started by `runPagefind`, and the program it runs. */
function stopPagefind(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    // It had ended.
  }
}

/**
 * One bundle: the part of each page it indexes (`pagePart`), staged as a file in a folder of its
 * own, then indexed and written in one go by Pagefind's command (`write`). Pagefind's Node API
 * would take the pages one by one, but its `writeFiles` builds the whole index twice on one thread,
 * where the command builds it once and reads the pages on every core: at 10,000 articles the
 * command's whole run took less time than the API's write alone (docs/performance.md).
 *
 * With a cache folder, a bundle none of whose pages changed since it was last written is taken
 * from there (src/integrations/bundleCache.ts). When a bundle is kept there, the pages are held in
 * memory as they come and staged only if the bundle must be indexed after all: a rebuild that
 * changes nothing then writes and removes none of its pages (32,000 files at 10,000 articles).
 * Without a kept bundle, each page is staged as it comes, beside the rendering.
 */
class BundleBuilder {
  private readonly kind: BundleKind;
  /** Where the pages are staged, as the site's files ("tin-tuc/2024/slug/index.html"). */
  private readonly folder: string;
  /** Where this bundle is kept between builds; none without a cache. */
  private readonly cacheFolder: string | undefined;
  /** Each page handed over, with the hash of its part (`pageHash`). */
  private readonly pages = new Map<string, string>();
  /** The parts not staged yet, by page, while a kept bundle may still be reused. */
  private readonly held: Map<string, string> | undefined;

  constructor(kind: BundleKind, folder: string, cacheFolder?: string) {
    this.kind = kind;
    this.folder = folder;
    this.cacheFolder = cacheFolder;
    if (cacheFolder !== undefined && hasKeptBundle(cacheFolder)) this.held = new Map();
  }

  /** Takes one page (its part for this bundle); the same page handed twice is taken once. */
  async add(sourcePath: string, content: string): Promise<void> {
    const file = resolve(this.folder, sourcePath);
    if (!file.startsWith(this.folder + sep)) throw new Error(`The search index was handed a page outside the site: ${sourcePath}`);
    this.pages.set(sourcePath, pageHash(content));
    if (this.held) this.held.set(sourcePath, content);
    else await stage(file, content);
  }

  /**
   * Writes the bundle into `outputPath`, or links the one kept in the cache folder if it was made
   * from the same pages.
   */
  async write(outputPath: string, behind: boolean, running: Set<ChildProcess>): Promise<BundleStats> {
    const options = ['--quiet', ...(this.kind === 'head' ? ['--exclude-selectors', notHeadline] : [])];
    // An empty bundle costs nothing to write, and is not kept.
    const kept =
      this.cacheFolder && this.pages.size > 0
        ? { folder: this.cacheFolder, key: bundleKey(packageVersion('pagefind'), options, this.pages) }
        : undefined;
    const reused = kept !== undefined && (await reuseBundle(kept.folder, kept.key, outputPath));
    if (!reused) {
      // Pagefind writes into what it finds there: files linked from the cache must not be among them.
      await rm(outputPath, { recursive: true, force: true });
      if (this.pages.size === 0) await writeEmptyBundle(outputPath);
      else {
        await this.stageHeld();
        await runPagefind(['--site', this.folder, '--output-path', outputPath, ...options], behind, running);
        await removeUnusedFiles(outputPath);
        if (kept) await keepBundle(kept.folder, kept.key, outputPath);
      }
    }
    // Staged or not needed: either way no longer held.
    this.held?.clear();
    return { pages: this.pages.size, reused, ...(await bundleSize(outputPath)) };
  }

  /** Stages the pages held in memory, for Pagefind's command to read. */
  private async stageHeld(): Promise<void> {
    if (!this.held) return;
    await mapInBatches([...this.held], 64, ([sourcePath, content]) => stage(resolve(this.folder, sourcePath), content));
  }
}

/** Writes one page's part where Pagefind's command will read it. */
async function stage(file: string, content: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, content);
}

/**
 * A bundle with no page (a language with no article yet), written all the same so that its search
 * page finds its pagefind.js and answers "nothing found". Pagefind's command refuses a folder
 * without pages; its Node API writes an empty bundle, and with nothing to index its double build
 * costs nothing.
 */
async function writeEmptyBundle(outputPath: string): Promise<void> {
  const { index, errors } = await createIndex({});
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
  } finally {
    await close();
  }
}

/** Removes the UI files we do not serve from a bundle Pagefind has written. */
async function removeUnusedFiles(outputPath: string): Promise<void> {
  for (const name of await readdir(outputPath, { recursive: true })) if (unusedBundleFile.test(name)) await rm(join(outputPath, name));
}

/** The files of a written bundle and their bytes. */
async function bundleSize(outputPath: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const name of await readdir(outputPath, { recursive: true })) {
    const info = await stat(join(outputPath, name));
    if (!info.isFile()) continue;
    files += 1;
    bytes += info.size;
  }
  return { files, bytes };
}

/**
 * The bundles of one thread, by directory ("pagefind/vi"), made as their first page comes: a worker
 * thread's (src/integrations/searchIndexWorker.ts), or the build's own thread's when a worker could
 * not start. Their bundles are written one after the other, so that the thread's commands never
 * hold their memory at once.
 */
export class LocalBundles {
  private readonly builders = new Map<string, BundleBuilder>();
  private readonly decoder = new TextDecoder();
  /** Whether its Pagefind commands run at `behindPriority`. */
  private readonly behind: boolean;
  /** The folder the pages are staged in, one folder per bundle; its owner removes it. */
  private readonly stage: string;
  /** Where bundles are kept between builds, one folder per bundle (src/integrations/bundleCache.ts); none kept without it. */
  private readonly cache: string | undefined;
  private readonly running = new Set<ChildProcess>();
  /** The writing of the bundle before, which the next waits for. */
  private writing: Promise<unknown> = Promise.resolve();
  /** Pages being staged, which a bundle's writing waits for. */
  private readonly staging = new Set<Promise<unknown>>();

  constructor(behind: boolean, stage: string, cache?: string) {
    this.behind = behind;
    this.stage = stage;
    this.cache = cache;
  }

  private builder(kind: BundleKind, dir: string): BundleBuilder {
    let builder = this.builders.get(dir);
    if (!builder) this.builders.set(dir, (builder = new BundleBuilder(kind, join(this.stage, dir), this.cache && join(this.cache, dir))));
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
    const staged = Promise.all(targets.map(({ kind, dir }) => this.builder(kind, dir).add(sourcePath, pagePart(kind, html, parts))));
    // Counted at once: a `write` asked for right after (the worker's messages) waits for this page.
    this.staging.add(staged);
    try {
      await staged;
    } finally {
      this.staging.delete(staged);
    }
  }

  /** Also writes a bundle that was handed no page: every search page finds its pagefind.js. */
  write({ kind, dir }: BundleTarget, outputPath: string): Promise<BundleStats> {
    const written = Promise.allSettled([this.writing, ...this.staging]).then(() =>
      this.builder(kind, dir).write(outputPath, this.behind, this.running),
    );
    this.writing = written.catch(() => undefined);
    return written;
  }

  /** Stops any Pagefind command still running. */
  close(): void {
    for (const child of this.running) stopPagefind(child);
  }
}
