import { existsSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { inFlight, LocalBundles } from './pagefindBundles.ts';
import type { BundleStats, BundleTarget, WorkerData, WorkerReply, WorkerRequest } from './searchIndexMessages.ts';

/**
 * The worker thread's source (src/integrations/searchIndexWorker.ts). Beside this file when it
 * runs from src/ (the search bench); from the project when the build has bundled this module.
 */
function workerFile(): string {
  const beside = fileURLToPath(new URL('./searchIndexWorker.ts', import.meta.url));
  return existsSync(beside) ? beside : join(process.cwd(), 'src', 'integrations', 'searchIndexWorker.ts');
}

/**
 * Bundles in a worker thread (src/integrations/pagefindBundles.ts): it stages their pages and runs
 * their Pagefind commands. Each page is acknowledged, so this side never has more than `inFlight`
 * pages on the way. If the thread cannot start, this thread does its work instead.
 *
 * Pages go over as bytes: a copy of bytes is cheap, where a string of Vietnamese text is two bytes
 * a character to copy, and decoding, cutting and encoding it for Pagefind is the worker's work. At
 * 10,000 articles that work had cost the thread that renders the pages 10–14 s (docs/performance.md).
 */
export class WorkerBundles {
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
  /**
   * The temporary folder the worker stages its pages in. Made and removed here, not in the worker:
   * removing 20,000 staged files can outlast the few seconds a stopping worker is given.
   */
  private readonly stage = mkdtempSync(join(tmpdir(), 'bantin-search-'));
  startError: string | undefined;

  /**
   * `behind`: its Pagefind commands run at a lower priority (`behindPriority`,
   * src/integrations/pagefindBundles.ts); `cache`: where bundles are kept between builds.
   */
  constructor(behind = false, cache?: string) {
    const { stage } = this;
    this.worker = new Worker(workerFile(), { workerData: { behind, stage, cache } satisfies WorkerData });
    this.exited = new Promise((resolve) => this.worker.once('exit', () => resolve()));
    let up = false;
    this.ready = new Promise((resolve) => {
      const lost = (error: Error) => {
        if (up) return this.fail(error);
        if (this.startError !== undefined) return;
        this.startError = error.message;
        resolve(new LocalBundles(behind, stage, cache));
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

  /**
   * Lets the worker stop its Pagefind command and end (ends it if it has not within a few
   * seconds), then removes the pages it staged.
   * Stopping again (when the indexer finishes) only waits for the first stop.
   */
  stop(): Promise<void> {
    this.stopped ??= (async () => {
      this.written.clear();
      const fallback = await this.ready;
      if (fallback) fallback.close();
      else {
        this.worker.postMessage({ type: 'close' } satisfies WorkerRequest);
        const timer = setTimeout(() => void this.worker.terminate(), 5000);
        await this.exited;
        clearTimeout(timer);
      }
      await rm(this.stage, { recursive: true, force: true });
    })();
    return this.stopped;
  }
}
