import { execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, rm, symlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * A private copy of a site to build in the bench. Building in the working tree would race any
 * other build there: Astro writes `.astro/` (including the list of content modules, thousands of
 * entries for a synthetic corpus) and its content cache next to the sources. A copy of the sources
 * taken at the start of a bench also keeps every run of that bench on the same code.
 *
 * node_modules is a folder of symlinks to the repo's packages, so the copy uses exactly the
 * installed versions, while Astro's and Vite's caches (node_modules/.astro, .vite) stay private.
 */

/** Top-level entries never copied: installed packages, outputs, caches, local data, tests and content. */
export const skippedEntries = new Set([
  'node_modules',
  '.git',
  'dist',
  'bench-out',
  '.astro',
  'data',
  'test-results',
  'screenshots',
  'tests',
  'content',
  '.ci',
]);

/** Package-manager and build caches that must not be shared with the repo's own builds. */
const privateCaches = new Set(['.astro', '.vite', '.cache']);

export async function snapshotSite(from: string, to: string, repoNodeModules: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from)) {
    if (skippedEntries.has(entry)) continue;
    await cp(join(from, entry), join(to, entry), {
      recursive: true,
      filter: (src) => !/[\\/](?:node_modules|\.astro|dist)(?:[\\/]|$)/.test(src.slice(resolve(from).length)),
    });
  }
  await linkPackages(repoNodeModules, join(to, 'node_modules'));
}

async function linkPackages(repoNodeModules: string, target: string): Promise<void> {
  await mkdir(target, { recursive: true });
  for (const entry of await readdir(repoNodeModules)) {
    if (privateCaches.has(entry)) continue;
    await symlink(resolve(repoNodeModules, entry), join(target, entry));
  }
}

/**
 * The files of a commit, extracted into `to`: a bench of HEAD measures committed code, not whatever
 * half-finished edits are in the working tree at that moment. Returns the full commit id.
 */
export async function exportCommit(repo: string, ref: string, to: string): Promise<string> {
  const commit = execFileSync('git', ['rev-parse', ref], { cwd: repo, encoding: 'utf8' }).trim();
  await rm(to, { recursive: true, force: true });
  await mkdir(to, { recursive: true });
  const tar = execFileSync('git', ['archive', '--format=tar', commit], { cwd: repo, maxBuffer: 1024 ** 3 });
  execFileSync('tar', ['-x', '-C', to], { input: tar });
  return commit;
}
