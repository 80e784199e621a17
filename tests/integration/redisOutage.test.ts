import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createClient } from 'redis';
import { afterAll, describe, expect, it } from 'vitest';
import {
  call,
  fixturePages,
  freePort,
  postHit,
  spawnServer,
  tempDir,
  userAgent,
  waitForPort,
  writeFixtureSite,
  type ServerProcess,
} from './helpers.ts';

/**
 * The site and the counter when Redis is not there: the server starts and serves pages at once,
 * the API and /api/health say what is down until Redis comes; and several instances keep agreeing
 * on who is a repeat reader when Redis comes back empty.
 */

const temp = tempDir('redis-outage');
const site = join(temp.dir, 'site');
const pagesFile = writeFixtureSite(site, fixturePages(2));
const article = '/tin-tuc/2024/bai-0/';
const secret = 'outage-test-secret-0123456789abcdef0123456';
const running: ServerProcess[] = [];
const redises: ChildProcess[] = [];

afterAll(async () => {
  await Promise.all(running.map((s) => s.stop()));
  for (const redis of redises) redis.kill('SIGKILL');
  temp.remove();
});

function startRedis(port: number): ChildProcess {
  const redis = spawn('/usr/bin/redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  redises.push(redis);
  return redis;
}

async function startServer(port: number): Promise<ServerProcess> {
  const server = await spawnServer({
    SITE_DIR: site,
    COUNTER_PAGES: pagesFile,
    COUNTER_REDIS_URL: `redis://127.0.0.1:${port}`,
    COUNTER_SECRET: secret,
    COUNTER_RATE_LIMIT: '0',
  });
  running.push(server);
  return server;
}

async function until(check: () => Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Redis not reachable when the server starts', () => {
  it('serves the site at once, answers 503 with a reason, and counts once Redis is there', async () => {
    const port = await freePort();
    const started = Date.now();
    const server = await startServer(port);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect((await call(`${server.url}/`)).status).toBe(200);
    expect((await call(`${server.url}${article}`)).status).toBe(200);

    const hit = await postHit(server.url, article, { ua: userAgent('early') });
    expect(hit.status).toBe(503);
    expect(hit.headers['retry-after']).toBeDefined();
    const health = await call(`${server.url}/api/health`);
    expect(health.status).toBe(503);
    expect(health.json()).toEqual({ site: 'ok', counter: 'unavailable', reason: 'Redis is not reachable; retrying' });

    startRedis(port);
    await waitForPort(port);
    await until(async () => (await call(`${server.url}/api/health`)).status === 200, 15_000);
    expect((await call(`${server.url}/api/health`)).json()).toEqual({ site: 'ok', counter: 'ok' });
    expect((await postHit(server.url, article, { ua: userAgent('later') })).json()).toMatchObject({ counted: true, views: 1001 });
  });
});

describe('Redis back, but empty', () => {
  it('still lets every instance, old and new, agree on who is a repeat reader', async () => {
    const port = await freePort();
    startRedis(port);
    await waitForPort(port);
    const [a, b] = [await startServer(port), await startServer(port)];
    const reader = { ua: userAgent('returning reader') };
    expect((await postHit(a.url, article, reader)).json()).toMatchObject({ counted: true });
    expect((await postHit(b.url, article, reader)).json()).toMatchObject({ counted: false });

    const client = createClient({ url: `redis://127.0.0.1:${port}` });
    await client.connect();
    await client.flushAll();
    await client.close();

    const c = await startServer(port);
    expect((await postHit(a.url, article, reader)).json()).toMatchObject({ counted: true }); // the marks are gone
    expect((await postHit(b.url, article, reader)).json()).toMatchObject({ counted: false });
    expect((await postHit(c.url, article, reader)).json()).toMatchObject({ counted: false });
  });
});
