import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { packageBin } from '../../src/integrations/packageBin.ts';
import {
  reuseLine,
  startSearchIndexer,
  writeSearchIndex,
  type IndexStats,
  type SearchIndexer,
} from '../../src/integrations/searchIndexer.ts';
import {
  parentIndexerValue,
  parentIndexerVariable,
  type BuildMessage,
  type ParentReply,
} from '../../src/integrations/searchIndexMessages.ts';

/**
 * `astro build` in a child process, with the search index built in this one. The build sends each
 * article page as Astro renders it (src/integrations/searchIndexRemote.ts); this process's worker
 * threads cut and stage it at once, and Pagefind indexes and writes the bundles once Astro's
 * process has exited. Pagefind needs the most memory then (the Vietnamese full text of 10,000
 * articles: about 2.8 GB), and Astro holds about 3 GB until it exits: one after the other, the
 * build's processes together stay near the larger of the two (docs/performance.md). Only
 * documented interfaces: Astro's CLI and integration hooks, Node's IPC channel, Pagefind's CLI.
 */

/** A line in the form of Astro's own log lines, so the build's log reads as one. */
function logLine(message: string): string {
  const time = new Date().toLocaleTimeString('en-GB', { hour12: false });
  return `${time} [bantin:pagefind] ${message}\n`;
}

export interface BuildResult {
  exitCode: number;
  stats?: IndexStats;
}

/** Runs `astro build ...args`, then writes the search bundles into its output folder; resolves with the exit code. */
export async function buildWithSearchIndex(
  args: readonly string[],
  write: (text: string) => void = (t) => process.stdout.write(t),
): Promise<BuildResult> {
  const child = spawn(process.execPath, [packageBin('astro'), 'build', ...args], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    // Structured clone: page bytes go over as bytes, not as JSON.
    serialization: 'advanced',
    env: { ...process.env, [parentIndexerVariable]: parentIndexerValue },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward).on('SIGTERM', forward);
  let outDir: string | undefined;
  let cacheDir: string | undefined;
  let indexer: SearchIndexer | undefined;
  let readOutput = false;
  let failure: Error | undefined;
  /** Pages are handed to the indexer in the order Astro rendered them, one after the other. */
  let queue = Promise.resolve();
  const reply = (message: ParentReply) => {
    if (child.connected) child.send(message);
  };
  const started = performance.now();
  child.on('message', (message: BuildMessage) => {
    if (message.type === 'outDir') {
      outDir = message.dir;
      cacheDir = message.cacheDir;
    } else if (message.type === 'readOutput') {
      readOutput = true;
    } else {
      const target = (indexer ??= startSearchIndexer(outDir!, cacheDir));
      queue = queue.then(() =>
        target.add(message.lang, message.sourcePath, message.page).then(
          () => reply({ type: 'added' }),
          (error: unknown) => {
            failure ??= error instanceof Error ? error : new Error(String(error));
            reply({ type: 'failed', error: failure.message });
          },
        ),
      );
    }
  });
  const exitCode = await new Promise<number>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0))),
  );
  process.off('SIGINT', forward).off('SIGTERM', forward);
  await queue;
  if (exitCode !== 0 || failure || outDir === undefined) {
    await indexer?.stop();
    if (failure) write(logLine(`The search index failed: ${failure.message}`));
    return { exitCode: exitCode !== 0 ? exitCode : 1 };
  }
  const astroDone = performance.now();
  if (readOutput || !indexer) {
    await indexer?.stop();
    const stats = await writeSearchIndex(outDir, outDir, cacheDir);
    write(logLine(`Indexed ${stats.pages} pages in ${(stats.milliseconds / 1000).toFixed(2)} s, read from ${outDir} after the build`));
    return { exitCode: 0, stats };
  }
  const stats = await indexer.finish();
  const seconds = ((performance.now() - astroDone) / 1000).toFixed(2);
  write(logLine(`Indexed ${stats.pages} pages as they were rendered, wrote the bundles in ${seconds} s after Astro finished`));
  write(logLine(reuseLine(stats)));
  if (stats.workerError)
    write(logLine(`Search bundles of a worker thread were built in the main thread (no worker thread: ${stats.workerError})`));
  write(
    logLine(`${Math.round(stats.bytes / 1024)} KiB of search bundles, ${((astroDone - started) / 1000).toFixed(2)} s of Astro before them`),
  );
  return { exitCode: 0, stats };
}
