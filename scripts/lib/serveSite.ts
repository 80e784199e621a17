import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from './net.ts';

// The real server on a built site, for the benchmarks and the tests that measure or browse it.

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
