import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../../scripts/lib/net.ts';

/**
 * Building and serving throwaway copies of the site in tests. Every build gets its own folder
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

export interface RunningSite {
  baseUrl: string;
  process: ChildProcess;
  stop(): void;
}

/** Starts the real server (`node src/server/main.ts`) on a free port and waits until it answers. */
export async function serveSite(siteDir: string, counterDb: string, env: Record<string, string> = {}): Promise<RunningSite> {
  const port = await freePort();
  const child = spawn(process.execPath, ['src/server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', SITE_DIR: siteDir, COUNTER_DB: counterDb, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`the server at ${baseUrl} did not answer within 30 s`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { baseUrl, process: child, stop: () => child.kill() };
}
