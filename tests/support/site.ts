import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

/**
 * Building throwaway copies of the site in tests (scripts/lib/serveSite.ts serves them). Every build gets its own folder
 * INSIDE the repo: Astro keeps its prerender chunks next to outDir only when outDir is under the
 * working directory (otherwise in the shared ./.astro/), and two builds sharing that folder delete
 * each other's chunks.
 */

const run = promisify(execFile);
const scratch = resolve('node_modules/.cache/bantin-test-builds');

export interface Workspace {
  root: string;
  /** A copy of content/ to break or extend. */
  content: string;
  dist: string;
  remove(): void;
}

/** A scratch folder with a copy of the real content in it. */
export function workspace(prefix: string): Workspace {
  mkdirSync(scratch, { recursive: true });
  const root = mkdtempSync(join(scratch, `${prefix}-`));
  const content = join(root, 'content');
  cpSync('content', content, { recursive: true });
  return { root, content, dist: join(root, 'dist'), remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * Runs the real build, `npm run build` (scripts/build.ts: `astro build` and the search index), over
 * the workspace's content into its dist/, with `env` added to the build's environment; rejects with
 * the build's output.
 */
export async function buildSite(ws: Workspace, env: Record<string, string> = {}): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, ['scripts/build.ts', '--outDir', ws.dist], {
    env: { ...process.env, BANTIN_CONTENT_DIR: ws.content, BANTIN_CACHE_DIR: join(ws.root, 'cache'), ...env },
    maxBuffer: 50 * 1024 * 1024,
  });
}
