import { mkdir, readdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { isWithin } from '../../scripts/lib/pathWithin.ts';

/**
 * Takes the previous build out of the output folder before Astro empties it, and deletes it on
 * another thread. Astro deletes it file by file on its one thread before it bundles: at 10,000
 * articles, 20,000 pages in 20,000 folders, cards and feeds took 4–5 s of a warm build
 * (docs/performance.md). Registered before the search integration, whose build:start starts
 * writing into the output folder.
 */
export default function previousOutput(): AstroIntegration {
  let folders: Folders | undefined;
  let gone: Promise<void> = Promise.resolve();
  return {
    name: 'bantin-previous-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Astro leaves the output folder as it is when told not to empty it; so does this.
        if (config.vite?.build?.emptyOutDir === false) return;
        const path = (url: URL) => fileURLToPath(url);
        folders = {
          outDir: path(config.outDir),
          trashRoot: path(config.cacheDir),
          keep: [path(config.root), path(config.srcDir), path(config.publicDir)],
        };
      },
      'astro:build:start': async () => {
        if (folders) ({ gone } = await setAsidePreviousOutput(folders));
      },
      // Astro exits as soon as the build returns: a deletion cut short would leave the rest behind
      // (the next build sweeps it up).
      'astro:build:done': () => gone,
    },
  };
}

export interface Folders {
  outDir: string;
  /** Where the previous output goes to be deleted: Astro's cache folder, on the same disk as a rule. */
  trashRoot: string;
  /** Folders the output folder must not hold (nor `trashRoot`): the project, its sources. */
  keep: string[];
}

const trashPrefix = 'bantin-previous-output-';
// What the version that set aside only the search bundles left behind when a build was stopped.
const oldTrashPrefix = 'bantin-old-search-';

/**
 * Moves everything in `outDir` but `.git` (which Astro means to keep) into a new folder under
 * `trashRoot`, then deletes that folder, and whatever earlier builds left there, in the
 * background; resolves once the output folder is empty, with the deletion still under way
 * (`gone`). Does nothing when the output folder holds the project, its sources or the trash
 * (`--outDir .`): Astro refuses such a folder only after this hook has run. What cannot be moved
 * (another disk) stays, for Astro to delete as before.
 */
export async function setAsidePreviousOutput({ outDir, trashRoot, keep }: Folders): Promise<{ gone: Promise<void> }> {
  const nothing = { gone: Promise.resolve() };
  if ([...keep, trashRoot].some((folder) => isWithin(folder, outDir))) return nothing;
  const entries = await readdir(outDir).catch(() => []);
  const previous = entries.filter((entry) => entry !== '.git');
  if (previous.length === 0) return nothing;
  const trash = join(trashRoot, `${trashPrefix}${process.pid}-${Date.now()}`);
  try {
    await mkdir(trash, { recursive: true });
  } catch {
    return nothing;
  }
  for (const entry of previous) await rename(join(outDir, entry), join(trash, entry)).catch(() => undefined);
  const leftovers = (await readdir(trashRoot).catch(() => []))
    .filter((name) => name.startsWith(trashPrefix) || name.startsWith(oldTrashPrefix))
    .map((name) => join(trashRoot, name));
  return { gone: removeInWorker(leftovers) };
}

/**
 * `rmSync` is one native call; `fs.promises.rm` walks the tree in JavaScript on the calling thread,
 * a callback per file. Never a reason to fail the build: what is not deleted now is deleted by the
 * next build.
 */
function removeInWorker(folders: string[]): Promise<void> {
  return new Promise((resolve) => {
    const code = [
      "const { rmSync } = require('node:fs');",
      "for (const folder of require('node:worker_threads').workerData) rmSync(folder, { recursive: true, force: true });",
    ].join('\n');
    let worker: Worker;
    try {
      worker = new Worker(code, { eval: true, workerData: folders });
    } catch {
      resolve();
      return;
    }
    worker.on('error', () => resolve());
    worker.on('exit', () => resolve());
  });
}
