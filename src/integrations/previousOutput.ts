import { mkdir, readdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';

/**
 * Takes the previous build out of the output folder before Astro empties it, and deletes it on
 * another thread. Astro deletes it file by file on its one thread before it bundles: at 10,000
 * articles, 20,000 pages in 20,000 folders, cards and feeds took 4–5 s of a 100 s warm build
 * (docs/performance.md), time nothing else could use.
 */
export default function previousOutput(): AstroIntegration {
  let outDir = 'dist';
  let cacheDir = 'node_modules/.astro';
  let gone: Promise<void> = Promise.resolve();
  return {
    name: 'bantin-previous-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': async () => {
        ({ gone } = await setAsidePreviousOutput(outDir, cacheDir));
      },
      // A deletion cut short by the process's exit would leave the rest in the cache folder.
      'astro:build:done': () => gone,
    },
  };
}

/**
 * Moves everything in `outDir` (but `.git`, which Astro keeps too) into a folder under
 * `trashRoot`, then deletes that folder in the background; resolves once the output folder is
 * empty, with the deletion still under way (`gone`). What cannot be moved (another file system)
 * stays, for Astro to delete as before.
 */
export async function setAsidePreviousOutput(outDir: string, trashRoot: string): Promise<{ gone: Promise<void> }> {
  const nothing = { gone: Promise.resolve() };
  const entries = await readdir(outDir).catch(() => []);
  const previous = entries.filter((entry) => entry !== '.git');
  if (previous.length === 0) return nothing;
  const trash = join(trashRoot, `bantin-previous-output-${process.pid}-${Date.now()}`);
  try {
    await mkdir(trash, { recursive: true });
  } catch {
    return nothing;
  }
  for (const entry of previous) await rename(join(outDir, entry), join(trash, entry)).catch(() => undefined);
  return { gone: removeInWorker(trash) };
}

/**
 * `rmSync` is one native call; `fs.promises.rm` walks the tree in JavaScript on the calling thread,
 * a callback per file. Never a reason to fail the build: what is not deleted is a leftover in the
 * cache folder.
 */
function removeInWorker(dir: string): Promise<void> {
  return new Promise((resolve) => {
    const code = "require('node:fs').rmSync(require('node:worker_threads').workerData, { recursive: true, force: true })";
    let worker: Worker;
    try {
      worker = new Worker(code, { eval: true, workerData: dir });
    } catch {
      resolve();
      return;
    }
    worker.on('error', () => resolve());
    worker.on('exit', () => resolve());
  });
}
