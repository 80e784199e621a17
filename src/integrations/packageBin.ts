import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Manifest {
  version: string;
  bin?: string | Record<string, string>;
}

/**
 * The package.json of an installed package, looked for as Node looks for the package: in the
 * node_modules folders above this module, then above the working folder (this module may run from
 * a bundle the build wrote elsewhere). Not through `require.resolve`: a package may export neither
 * a CommonJS entry nor its package.json.
 */
function findManifest(name: string): { path: string; manifest: Manifest } {
  for (const start of [dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
    for (let dir = start; ; dir = dirname(dir)) {
      const path = join(dir, 'node_modules', name, 'package.json');
      if (existsSync(path)) return { path, manifest: JSON.parse(readFileSync(path, 'utf8')) as Manifest };
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error(`The package ${name} is not installed (npm install)`);
}

/**
 * The script a package names as its command in its package.json (`bin`), to run with this Node:
 * the documented way to start `astro` or `pagefind` without a shell or npx.
 */
export function packageBin(name: string): string {
  const { path, manifest } = findManifest(name);
  const file = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[name];
  if (!file) throw new Error(`${path} names no command "${name}"`);
  return join(dirname(path), file);
}

/** The version of an installed package, as its package.json gives it. */
export function packageVersion(name: string): string {
  return findManifest(name).manifest.version;
}
