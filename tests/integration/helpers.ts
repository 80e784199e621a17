import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializePageList, pageListFile } from '../../src/counter/pages.ts';

/** Shared by the integration tests: temp dirs, a settable clock, a real server process, HTTP calls. */

export function tempDir(label: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `bantin-${label}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A clock the test moves by hand. */
export function manualClock(start: string | number) {
  let now = typeof start === 'number' ? start : Date.parse(start);
  return {
    now: () => now,
    set: (iso: string) => {
      now = Date.parse(iso);
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
}

/** A key prefix no other test uses, so test files can share one redis-server. */
export function uniquePrefix(label: string): string {
  return `test-${label}-${randomBytes(4).toString('hex')}:`;
}

import { freePort } from '../../scripts/lib/net.ts';

export { freePort, waitForPort } from '../../scripts/lib/net.ts';

/** A browser-like user agent, distinct per visitor number. */
export const userAgent = (n: number | string = 0) =>
  `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 visitor-${n}`;

/** The fixture's pages: a home page and `count` articles, some with carried-over views. */
export function fixturePages(count: number): Map<string, number> {
  const pages = new Map<string, number>([
    ['/', 0],
    ['/en/', 0],
  ]);
  for (let i = 0; i < count; i++) pages.set(`/tin-tuc/2024/bai-${i}/`, i % 2 === 0 ? 1000 + i : 0);
  return pages;
}

/** A minimal built site: index and 404 pages, a hashed asset, and the page list. */
export function writeFixtureSite(dir: string, pages: Map<string, number>): string {
  mkdirSync(join(dir, '_astro'), { recursive: true });
  mkdirSync(join(dir, 'en'), { recursive: true });
  mkdirSync(join(dir, 'tin-tuc', '2024', 'bai-0'), { recursive: true });
  mkdirSync(join(dir, '_bantin'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="vi"><title>Trang chủ</title>');
  writeFileSync(join(dir, 'en', 'index.html'), '<!doctype html><html lang="en"><title>Home</title>');
  // An article's length (about 20 KB), so that compression has something to do.
  const body = '<p>Phong trào thi đua xây dựng nông thôn mới nâng cao tại huyện Tân Trụ.</p>\n'.repeat(250);
  writeFileSync(join(dir, 'tin-tuc', '2024', 'bai-0', 'index.html'), `<!doctype html><html lang="vi"><title>Bài 0</title>${body}`);
  writeFileSync(join(dir, '404.html'), '<!doctype html><html lang="vi"><title>Không tìm thấy trang</title>');
  writeFileSync(join(dir, 'en', '404.html'), '<!doctype html><html lang="en"><title>Page not found</title>');
  writeFileSync(join(dir, '_astro', 'counter.AbC123.js'), 'console.log(1)');
  const file = join(dir, pageListFile);
  writeFileSync(file, serializePageList(pages));
  return file;
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** The body's bytes as they came (compressed or not). */
  raw: Buffer;
  // Tests read answers loosely and let the assertions say what they must contain.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: () => any;
}

/** One HTTP request through node:http (keep-alive when an agent is given). */
export function call(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; agent?: Agent } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers, agent: options.agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const body = raw.toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, raw, json: () => JSON.parse(body) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** POST a hit as the island does (text/plain JSON), from `visitor`. */
export function postHit(baseUrl: string, path: string, visitor: { ua: string; ip?: string }, agent?: Agent): Promise<Reply> {
  const headers: Record<string, string> = { 'Content-Type': 'text/plain;charset=UTF-8', 'User-Agent': visitor.ua };
  if (visitor.ip) headers['X-Forwarded-For'] = visitor.ip;
  return call(`${baseUrl}/api/hits`, { method: 'POST', headers, body: JSON.stringify({ path }), ...(agent ? { agent } : {}) });
}

/** Runs `count` tasks with at most `concurrency` at a time (the "clients"). */
export async function runConcurrently(count: number, concurrency: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** SIGTERM and wait for exit. */
  stop: () => Promise<void>;
}

/**
 * Starts the real server (`node src/server/main.ts`) with `env`, waiting until it listens;
 * `openFiles` runs it under that limit on open files (prlimit), as on a small machine.
 */
export async function spawnServer(env: Record<string, string>, options: { openFiles?: number } = {}): Promise<ServerProcess> {
  const port = await freePort();
  const command = [process.execPath, 'src/server/main.ts'];
  if (options.openFiles) command.unshift('prlimit', `--nofile=${options.openFiles}:${options.openFiles}`);
  const child = spawn(command[0]!, command.slice(1), {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  while (!output.includes(`:${port}`)) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  return {
    url,
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
