import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isWithin } from '../../../lib/pathWithin.ts';

/**
 * Writes a generated corpus to disk. The target must be empty, missing, or a corpus this tool wrote
 * before (it carries a marker file): the generator replaces what it wrote and nothing else, and it
 * never writes into the site's real content folder.
 */

export const markerFile = '.bantin-corpus.json';

export interface CorpusMarker {
  generator: 'scripts/bench/gen-corpus.ts';
  seed: string;
  articles: number;
  /** Photo files written (absent in corpora written before the archive had photos). */
  photos?: number;
}

/** Throws when `out` is, or is inside, the real content folder. */
export function assertNotRealContent(out: string, realContent: string): void {
  if (isWithin(out, realContent)) {
    throw new Error(`refusing to write a synthetic corpus into the site's content folder (${realContent}); choose another --out`);
  }
}

async function prepare(out: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(out);
  } catch {
    return; // does not exist yet
  }
  if (entries.length === 0) return;
  let marker: CorpusMarker | undefined;
  try {
    marker = JSON.parse(await readFile(join(out, markerFile), 'utf8')) as CorpusMarker;
  } catch {
    marker = undefined;
  }
  if (marker?.generator !== 'scripts/bench/gen-corpus.ts') {
    throw new Error(`${out} is not empty and was not written by gen-corpus (no ${markerFile}); choose an empty or new folder`);
  }
  // Our own earlier output: remove exactly what we write, so no stale article survives.
  await rm(join(out, 'articles'), { recursive: true, force: true });
  await rm(join(out, 'media'), { recursive: true, force: true });
  await rm(join(out, 'districts.yaml'), { force: true });
  await rm(join(out, 'documents.yaml'), { force: true });
}

export async function writeCorpus(
  out: string,
  files: readonly [string, string | Uint8Array][],
  marker: Omit<CorpusMarker, 'generator'>,
): Promise<void> {
  await prepare(out);
  await mkdir(out, { recursive: true });
  const dirs = new Set(files.map(([path]) => dirname(join(out, path))));
  for (const dir of dirs) await mkdir(dir, { recursive: true });
  // A few writes in flight at once: fast on any disk without opening thousands of files together.
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) await writeFile(join(out, file[0]), file[1]);
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  const full: CorpusMarker = { generator: 'scripts/bench/gen-corpus.ts', ...marker };
  await writeFile(join(out, markerFile), `${JSON.stringify(full, null, 2)}\n`);
}
