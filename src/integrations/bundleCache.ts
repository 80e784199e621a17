import { createHash } from 'node:crypto';
import { existsSync, type Dirent } from 'node:fs';
import { copyFile, link, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { mapInBatches } from '../lib/mapInBatches.ts';

/**
 * Search bundles kept from the builds before, in Astro's cache folder, by what went into them. A
 * bundle whose pages (the part of each that it indexes) are all the same as when it was written,
 * with the same Pagefind and the same options, is what Pagefind would write again: it is linked
 * into the output instead of indexing every page once more. Pagefind has no incremental index, so
 * a bundle with one page changed is indexed whole (docs/architecture.md, upstream changes).
 *
 * The files in the output are hard links to the kept ones, as Astro's image cache copies a kept
 * picture: a step after the build that rewrites a bundle file in place would change the kept copy
 * too (a new file, written and renamed over it, does not).
 */

/** The hash of one page's part, as its bundle stages it. */
export function pageHash(content: string): string {
  return createHash('sha256').update(content).digest('base64url');
}

/**
 * What a bundle is made from, as one hash: Pagefind's version, the options it is run with, and each
 * page's path and `pageHash`, in order of path.
 */
export function bundleKey(pagefindVersion: string, options: readonly string[], pages: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256');
  hash.update(`pagefind ${pagefindVersion}\n${JSON.stringify(options)}\n`);
  for (const path of [...pages.keys()].sort()) hash.update(`${path}\0${pages.get(path)}\n`);
  return hash.digest('base64url');
}

const keyFile = 'key';
const bundleFolder = 'bundle';

/** Whether `folder` holds a kept bundle, which the pages of this build may match. */
export function hasKeptBundle(folder: string): boolean {
  return existsSync(join(folder, keyFile));
}

/**
 * Puts the bundle kept in `folder` into `outputPath` (emptied first) if it was kept under `key`;
 * resolves whether it was.
 */
export async function reuseBundle(folder: string, key: string, outputPath: string): Promise<boolean> {
  const kept = await readFile(join(folder, keyFile), 'utf8').catch(() => undefined);
  if (kept !== key) return false;
  await rm(outputPath, { recursive: true, force: true });
  try {
    await linkTree(join(folder, bundleFolder), outputPath);
    return true;
  } catch {
    // Replaced or removed meanwhile (another build of the same project): indexed instead.
    return false;
  }
}

/**
 * Keeps the bundle just written in `outputPath` in `folder` under `key`, in place of the one kept
 * before. Made beside it and renamed, so that a build stopped halfway leaves the old one or the new
 * one, never a mix; the key is written last. Only a cache: a bundle that cannot be kept (a full
 * disk, another build of the same project keeping its own) is indexed again next time.
 */
export async function keepBundle(folder: string, key: string, outputPath: string): Promise<void> {
  const fresh = `${folder}.${process.pid}-${Date.now()}`;
  try {
    await linkTree(outputPath, join(fresh, bundleFolder));
    await writeFile(join(fresh, keyFile), key);
    await rm(folder, { recursive: true, force: true });
    await rename(fresh, folder);
  } catch {
    // Not kept; nor is whatever of it was made.
    await rm(fresh, { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * Gives `to` every file of `from`, as hard links: at 10,000 articles a bundle is 16,000 files, which
 * take a third of a second to link and seconds to copy. Copies a file it cannot link (another
 * file system).
 */
async function linkTree(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const inTree = (entry: Dirent) => relative(from, join(entry.parentPath, entry.name));
  await mkdir(to, { recursive: true });
  for (const entry of entries) if (entry.isDirectory()) await mkdir(join(to, inTree(entry)), { recursive: true });
  const files = entries.filter((entry) => entry.isFile()).map(inTree);
  await mapInBatches(files, 64, (file) => link(join(from, file), join(to, file)).catch(() => copyFile(join(from, file), join(to, file))));
}
