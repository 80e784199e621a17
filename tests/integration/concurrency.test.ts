import { Agent } from 'node:http';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/app.ts';
import type { ServerConfig } from '../../src/server/config.ts';
import { call, fixturePages, postHit, runConcurrently, tempDir, uniquePrefix, userAgent, writeFixtureSite } from './helpers.ts';

/**
 * Exactness under concurrency: 50 concurrent clients send 20,000 hits, each from a distinct visitor,
 * through the real HTTP server; every hit is counted exactly once, on both stores. With Redis the
 * hits are shared between two server instances, as behind a load balancer.
 */

const hits = 20_000;
const clients = 50;
const pages = fixturePages(18); // 20 pages: 1,000 hits each
const paths = [...pages.keys()];

const temp = tempDir('concurrency');
const pagesFile = writeFixtureSite(join(temp.dir, 'site'), pages);
const servers: RunningServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.close();
  temp.remove();
});

function config(store: ServerConfig['store']): ServerConfig {
  // Visitors are told apart by X-Forwarded-For (the test client is a trusted proxy on loopback), and the default rate limit stays on.
  return {
    port: 0,
    host: '127.0.0.1',
    siteDir: null,
    pagesFile,
    store,
    allowedOrigins: [],
    legacyTotal: undefined,
    rateLimit: 120,
    trustedProxies: ['loopback'],
    secret: 'concurrency-test-secret-0123456789abcdef',
    maxConnections: 1000,
    maxConnectionsPerClient: 128,
  };
}

const visitor = (i: number) => ({ ip: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, ua: userAgent(i) });

async function hammer(urls: string[]): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const views = new Map<string, number[]>(paths.map((p) => [p, []]));
  const failures: string[] = [];
  await runConcurrently(hits, clients, async (i) => {
    const path = paths[i % paths.length]!;
    const res = await postHit(urls[i % urls.length]!, path, visitor(i), agent);
    const body = res.status === 200 ? res.json() : undefined;
    if (!body?.counted) failures.push(`${i}: ${res.status} ${res.body}`);
    else views.get(path)!.push(body.views);
  });
  expect(failures.slice(0, 5)).toEqual([]);

  // Each hit saw its own count: on every page the answers are exactly legacy+1 ... legacy+1000.
  const perPage = hits / paths.length;
  for (const [path, seen] of views) {
    const legacy = pages.get(path)!;
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: perPage }, (_, k) => legacy + k + 1));
  }

  // Repeats within 30 minutes change nothing.
  await runConcurrently(2_000, clients, async (i) => {
    const res = await postHit(urls[(i + 1) % urls.length]!, paths[i % paths.length]!, visitor(i), agent);
    if (res.status !== 200 || res.json().counted !== false) failures.push(`repeat ${i}: ${res.status} ${res.body}`);
  });
  expect(failures.slice(0, 5)).toEqual([]);
  agent.destroy();

  for (const path of paths) {
    const res = await call(`${urls[0]}/api/hits?path=${encodeURIComponent(path)}`);
    expect(res.json().views).toBe(pages.get(path)! + perPage);
  }
  const { site } = (await call(`${urls.at(-1)}/api/hits?path=/`)).json();
  expect(site).toEqual({ online: hits, today: hits, week: hits, month: hits, total: hits });
}

describe(`${clients} concurrent clients, ${hits} hits from distinct visitors`, () => {
  it('are counted exactly with SQLite (synchronous=NORMAL, the default)', async () => {
    const server = await startServer(config({ kind: 'sqlite', file: join(temp.dir, 'counter.sqlite'), synchronous: 'normal' }));
    servers.push(server);
    await hammer([server.url]);
  });

  it('are counted exactly with Redis, across two servers', async () => {
    const store = { kind: 'redis', url: inject('redisUrl'), prefix: uniquePrefix('concurrency') } as const;
    const a = await startServer(config(store));
    servers.push(a);
    const b = await startServer(config(store));
    servers.push(b);
    await hammer([a.url, b.url]);
  });
});
