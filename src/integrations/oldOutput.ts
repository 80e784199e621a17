import { spawn } from 'node:child_process';
import { lstat, readdir, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { lowerPriority } from './lowerPriority.ts';

/**
 * The output of the build before, moved aside as the build starts and removed while Astro builds.
 * Astro empties its output folder before it writes into it, and waits for that: at 10,000 articles
 * the output is 55,000 files, and emptying it took 12 s of the rebuild (docs/performance.md).
 * Moved aside (one rename), the folder is gone when Astro comes to it, and the old files are
 * removed by a process of its own at the lowest priority, on whatever processor time the build
 * leaves. The build waits for it at the end, so nothing of it is left running.
 *
 * Moved in `astro:build:start`, which Astro runs before the production build begins: after content
 * sync, so an article that fails the build's checks there leaves the old site whole, as Astro
 * would. A folder that cannot be renamed (a mount point, say) stays where it is, and Astro empties
 * it as it always does; so does a link to a folder elsewhere, which a server may serve from.
 */
export default function oldOutputAside(): AstroIntegration {
  let outDir = 'dist';
  let removing: Promise<void> | undefined;
  return {
    name: 'bantin:old-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir).replace(/\/+$/, '');
      },
      'astro:build:start': async () => {
        const old = await moveAside(outDir);
        if (old.length > 0) removing = removeBehind(old);
      },
      'astro:build:done': async () => {
        await removing;
        removing = undefined;
      },
    },
  };
}

/** The name the output of an earlier build is moved to, beside the output folder. */
function asideName(outDir: string, id: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.old-${id}`);
}

/**
 * Moves the output folder aside; resolves with every folder to remove: that one, and any a build
 * stopped halfway left.
 */
export async function moveAside(outDir: string): Promise<string[]> {
  const prefix = basename(asideName(outDir, ''));
  const left = (await readdir(dirname(outDir)).catch(() => []))
    .filter((name) => name.startsWith(prefix))
    .map((name) => join(dirname(outDir), name));
  const aside = asideName(outDir, `${process.pid}-${Date.now()}`);
  try {
    if (!(await lstat(outDir)).isDirectory()) return left;
    await rename(outDir, aside);
    return [...left, aside];
  } catch {
    // None yet, or a folder that cannot move: Astro empties it.
    return left;
  }
}

/** The nice value of the removal: the build never waits for the processor because of it. */
const removalPriority = 19;

/**
 * Removes `folders` in a Node process of its own, at `removalPriority`; resolves when it has ended.
 * A removal that fails leaves its folder, which the next build removes: nothing to report.
 */
function removeBehind(folders: readonly string[]): Promise<void> {
  const child = spawn(
    process.execPath,
    ['-e', 'for (const f of process.argv.slice(1)) require("node:fs").rmSync(f, { recursive: true, force: true })', ...folders],
    { stdio: 'ignore', windowsHide: true },
  );
  lowerPriority(child, removalPriority);
  return new Promise((resolve) => {
    child.once('error', () => resolve());
    child.once('close', () => resolve());
  });
}
