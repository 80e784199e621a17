import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { call, fixturePages, postHit, spawnServer, tempDir, userAgent, writeFixtureSite, type ServerProcess } from './helpers.ts';

/**
 * Behind a reverse proxy that COUNTER_TRUST_PROXY does not name, every reader shares the proxy's rate-limit
 * bucket; the real server process says so once, on stderr, at the first forwarded request.
 */

const temp = tempDir('proxy');
const pagesFile = writeFixtureSite(join(temp.dir, 'site'), fixturePages(2));
const running: ServerProcess[] = [];
afterAll(async () => {
  await Promise.all(running.map((s) => s.stop()));
  temp.remove();
});

async function start(env: Record<string, string> = {}): Promise<{ server: ServerProcess; stderr: () => string }> {
  const server = await spawnServer({
    SITE_DIR: join(temp.dir, 'site'),
    COUNTER_PAGES: pagesFile,
    COUNTER_DB: join(temp.dir, `${running.length}.sqlite`),
    ...env,
  });
  running.push(server);
  let stderr = '';
  server.child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  return { server, stderr: () => stderr };
}

/** Lets the server's output reach us (it is written before the answer, but on another pipe). */
const settle = () => new Promise((r) => setTimeout(r, 200));

describe('X-Forwarded-For from an untrusted proxy', () => {
  it('is warned about once, on stderr, naming the setting and the docs', async () => {
    const { server, stderr } = await start();
    expect((await postHit(server.url, '/', { ua: userAgent('direct') })).status).toBe(200);
    expect((await call(`${server.url}/`)).status).toBe(200);
    await settle();
    expect(stderr()).toBe('');

    expect((await postHit(server.url, '/', { ua: userAgent('proxied-1'), ip: '192.0.2.1' })).status).toBe(200);
    expect((await call(`${server.url}/`, { headers: { 'X-Forwarded-For': '192.0.2.2' } })).status).toBe(200);
    expect((await postHit(server.url, '/en/', { ua: userAgent('proxied-3'), ip: '192.0.2.3' })).status).toBe(200);
    await settle();
    const warnings = stderr()
      .split('\n')
      .filter((line) => line.includes('X-Forwarded-For'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('COUNTER_TRUST_PROXY to its address');
    expect(warnings[0]).toContain('docs/counter.md');
  });

  it('is not warned about when the proxy is trusted', async () => {
    const { server, stderr } = await start({ COUNTER_TRUST_PROXY: 'loopback' });
    expect((await postHit(server.url, '/', { ua: userAgent('trusted'), ip: '192.0.2.9' })).status).toBe(200);
    await settle();
    expect(stderr()).toBe('');
  });
});
