import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The script a package names as its command in its package.json (`bin`), to run with this Node:
 * the documented way to start `astro` or `pagefind` without a shell or npx. The package is looked
 * for as Node looks for it, in the node_modules folders above this module, then above the working
 * folder (this module may run from a bundle the build wrote elsewhere). Not through
 * `require.resolve`: a package may export neither a CommonJS entry nor its package.json.
 */
export function packageBin(name: string): string {
  for (const start of [dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
    for (let dir = start; ; dir = dirname(dir)) {
      const manifest = join(dir, 'node_modules', name, 'package.json');
      if (existsSync(manifest)) {
        const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin?: string | Record<string, string> };
        const file = typeof bin === 'string' ? bin : bin?.[name];
        if (!file) throw new Error(`${manifest} names no command "${name}"`);
        return join(dirname(manifest), file);
      }
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error(`The package ${name} is not installed (npm install)`);
}
