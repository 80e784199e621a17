import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pageListFile } from '../../src/counter/pages.ts';
import { pathExists } from './fsExists.ts';

/**
 * Takes a previous build of this site out of the way of the next one. Astro empties its output
 * folder on its main thread before it bundles: at 10,000 articles that folder holds some 90,000
 * files (pages, feeds, cards, the search bundles' fragments) and emptying it took 13 s of a
 * rebuild. Renamed aside, the folder is gone for Astro at once, and it is deleted here, on the
 * second core, while Astro syncs content and bundles on the first (docs/performance.md).
 *
 * Only a folder a build of this site wrote (it holds the counter's page list) is moved: any other
 * folder at that path is left for Astro to deal with as it always would.
 *
 * Resolves once the folder is moved, with a promise of its deletion.
 */
export async function clearPreviousBuild(outDir: string): Promise<{ deleted: Promise<void> }> {
  if (!(await pathExists(join(outDir, pageListFile)))) return { deleted: Promise.resolve() };
  const aside = `${outDir}.previous-${process.pid}`;
  try {
    await rename(outDir, aside);
  } catch {
    // Not movable (a mount point, say): Astro empties it in place, as without this.
    return { deleted: Promise.resolve() };
  }
  return { deleted: rm(aside, { recursive: true, force: true }) };
}
