import { Agent } from 'node:http';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import {
  call,
  fixturePages,
  postHit,
  runConcurrently,
  spawnServer,
  tempDir,
  uniquePrefix,
  userAgent,
  writeFixtureSite,
  type ServerProcess,
} from './helpers.ts';

/**
 * Crash safety: the real server process (`node src/server/main.ts`) is killed with SIGKILL in the
 * middle of a load of 50 concurrent clients, then restarted on the same store. Every hit that was
 * answered 200 must still be counted: a 200 is sent only after the hit's batch is committed.
 */

const pages = fixturePages(18);
const paths = [...pages.keys()];
const temp = tempDir('crash');
const pagesFile = writeFixtureSite(join(temp.dir, 'site'), pages);
const running: ServerProcess[] = [];
afterAll(async () => {
  for (const server of running) server.child.kill('SIGKILL');
  temp.remove();
});

const visitor = (i: number) => ({ ip: `10.9.${(i >> 8) & 255}.${i & 255}`, ua: userAgent(`crash-${i}`) });
const pathOf = (i: number) => paths[i % paths.length]!;

async function killMidLoad(env: Record<string, string>): Promise<void> {
  const serverEnv = {
    COUNTER_API_ONLY: '1',
    COUNTER_PAGES: pagesFile,
    COUNTER_TRUST_PROXY: 'loopback',
    COUNTER_SECRET: 'crash-test-secret-0123456789abcdef0123',
    ...env,
  };
  const first = await spawnServer(serverEnv);
  running.push(first);
  const agent = new Agent({ keepAlive: true, maxSockets: 50 });
  const answered: number[] = [];
  let sent = 0;
  let killed = false;
  const started = Date.now();
  await runConcurrently(1_000_000, 50, async () => {
    if (killed) return;
    const i = sent++;
    try {
      const res = await postHit(first.url, pathOf(i), visitor(i), agent);
      if (res.status === 200 && res.json().counted === true) answered.push(i);
      else if (!killed) throw new Error(`unexpected answer ${res.status} ${res.body}`);
    } catch (error) {
      if (!killed) throw error;
    }
    // Kill in the middle of the load: with requests in flight on every connection.
    if (!killed && (answered.length >= 4000 || Date.now() - started > 3000)) {
      killed = true;
      first.child.kill('SIGKILL');
    }
  });
  agent.destroy();
  expect(first.child.signalCode ?? (await new Promise((r) => first.child.once('exit', (_c, s) => r(s))))).toBe('SIGKILL');
  expect(answered.length).toBeGreaterThan(500);

  const second = await spawnServer(serverEnv);
  running.push(second);
  // Every answered hit left its 30-minute dedupe mark, written in the same transaction as its view.
  const replay = new Agent({ keepAlive: true, maxSockets: 50 });
  const lost: number[] = [];
  await runConcurrently(answered.length, 50, async (k) => {
    const i = answered[k]!;
    const res = await postHit(second.url, pathOf(i), visitor(i), replay);
    if (res.status !== 200 || res.json().counted !== false) lost.push(i);
  });
  replay.destroy();
  expect(lost).toEqual([]);

  // And the views add up: at least every answered hit, at most every hit sent.
  let views = 0;
  for (const path of paths)
    views += (await call(`${second.url}/api/hits?path=${encodeURIComponent(path)}`)).json().views - pages.get(path)!;
  const { site } = (await call(`${second.url}/api/hits?path=/`)).json();
  expect(site.total).toBe(views);
  expect(site.today).toBe(views);
  expect(views).toBeGreaterThanOrEqual(answered.length);
  expect(views).toBeLessThanOrEqual(sent);
  await second.stop();
}

describe('SIGKILL in the middle of a load', () => {
  it('loses no answered hit with SQLite (synchronous=FULL)', async () => {
    await killMidLoad({ COUNTER_DB: join(temp.dir, 'full.sqlite'), COUNTER_SQLITE_SYNC: 'full' });
  });

  it('loses no answered hit with SQLite (synchronous=NORMAL)', async () => {
    await killMidLoad({ COUNTER_DB: join(temp.dir, 'normal.sqlite'), COUNTER_SQLITE_SYNC: 'normal' });
  });

  it('loses no answered hit with Redis', async () => {
    await killMidLoad({ COUNTER_REDIS_URL: inject('redisUrl'), COUNTER_REDIS_PREFIX: uniquePrefix('crash') });
  });
});
