import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumLaunchOptions } from './chromium.ts';

/**
 * Builds the site once into a temporary folder (or, with BANTIN_E2E_SITE_DIR, uses a site already
 * built there), serves it with the real `npm run serve` server on a free port, and starts one
 * Chromium that every test file connects to. The reader's own dist/ is never touched.
 */

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not answer within ${timeoutMs} ms`);
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    browserWsEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const workDir = mkdtempSync(join(tmpdir(), 'bantin-e2e-'));
  const siteDir = process.env['BANTIN_E2E_SITE_DIR'] ?? join(workDir, 'dist');
  if (!process.env['BANTIN_E2E_SITE_DIR']) {
    execFileSync('npm', ['run', 'build', '--', '--outDir', siteDir], { stdio: 'inherit' });
  }
  const port = await freePort();
  const server = spawn(process.execPath, ['src/server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', SITE_DIR: siteDir, COUNTER_DB: join(workDir, 'counter.sqlite') },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  let browser: BrowserServer | undefined;
  try {
    await waitForHttp(`${baseUrl}/`, server);
    browser = await chromium.launchServer(chromiumLaunchOptions);
  } catch (error) {
    server.kill();
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  project.provide('browserWsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser?.close();
    server.kill();
    rmSync(workDir, { recursive: true, force: true });
  };
}
