import { request } from 'node:http';
import { createConnection, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { call, fixturePages, postHit, spawnServer, tempDir, userAgent, writeFixtureSite, type ServerProcess } from './helpers.ts';

/**
 * Hostile traffic against the real server process: one address holding thousands of idle
 * connections on a machine with a small file limit, silent and slow clients, forged
 * X-Forwarded-For, junk after a valid hit, a body cut off mid-way.
 */

const temp = tempDir('hostile');
const site = join(temp.dir, 'site');
const pagesFile = writeFixtureSite(site, fixturePages(2));
const article = '/tin-tuc/2024/bai-0/';
const running: ServerProcess[] = [];
afterAll(async () => {
  await Promise.all(running.map((s) => s.stop()));
  temp.remove();
});

async function start(env: Record<string, string> = {}, options: { openFiles?: number } = {}): Promise<ServerProcess> {
  const server = await spawnServer(
    { SITE_DIR: site, COUNTER_PAGES: pagesFile, COUNTER_DB: join(temp.dir, `${running.length}.sqlite`), ...env },
    options,
  );
  running.push(server);
  return server;
}

const portOf = (server: ServerProcess) => Number(new URL(server.url).port);

/** Opens a connection from `localAddress` and sends `text` (nothing when empty); resolves once connected. */
function connectFrom(server: ServerProcess, localAddress: string, text = ''): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port: portOf(server), localAddress }, () => {
      if (text) socket.write(text);
      resolve(socket);
    });
    socket.on('error', () => resolve(socket));
    // Read (and drop) what the server sends, so that its closing the connection is seen.
    socket.resume();
  });
}

/** A page load from another loopback address, as another reader; rejects after `ms`. */
function loadFrom(server: ServerProcess, localAddress: string, path: string, ms: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: portOf(server), path, localAddress, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.setTimeout(ms, () => req.destroy(new Error(`no answer within ${ms} ms`)));
    req.on('error', reject);
    req.end();
  });
}

/** Resolves with how long the server took to close `socket`. */
const closedAfter = (socket: Socket, since: number) =>
  new Promise<number>((resolve) => (socket.destroyed ? resolve(0) : socket.once('close', () => resolve(Date.now() - since))));

describe('one address holding thousands of idle connections', () => {
  it('does not lock out a reader from another address, on a machine with 1,024 open files', async () => {
    const server = await start({ COUNTER_RATE_LIMIT: '0' }, { openFiles: 1024 });
    const sockets: Socket[] = [];
    for (let batch = 0; batch < 15; batch++) {
      sockets.push(...(await Promise.all(Array.from({ length: 200 }, () => connectFrom(server, '127.0.0.2')))));
    }
    await new Promise((r) => setTimeout(r, 300));
    const stillOpen = sockets.filter((s) => !s.destroyed && s.readyState === 'open').length;
    expect(stillOpen).toBeLessThanOrEqual(128);

    const started = Date.now();
    expect(await loadFrom(server, '127.0.0.3', '/', 5000)).toBe(200);
    expect(await loadFrom(server, '127.0.0.3', article, 5000)).toBe(200);
    expect(Date.now() - started).toBeLessThan(5000);
    for (const s of sockets) s.destroy();
    expect(server.child.exitCode).toBeNull();
  });
});

describe('silent and slow clients', () => {
  it('are closed within seconds: headers in 10 s, the whole request in 20 s', async () => {
    const server = await start();
    const since = Date.now();
    const silent = await connectFrom(server, '127.0.0.4');
    const halfHeaders = await connectFrom(server, '127.0.0.4', 'GET / HTTP/1.1\r\nHost: x\r\n');
    const slowBody = await connectFrom(
      server,
      '127.0.0.4',
      `POST /api/hits HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nUser-Agent: ${userAgent('slow')}\r\nContent-Length: 100\r\n\r\n{"pa`,
    );
    const [a, b, c] = await Promise.all([closedAfter(silent, since), closedAfter(halfHeaders, since), closedAfter(slowBody, since)]);
    expect(a).toBeLessThan(13_000);
    expect(b).toBeLessThan(13_000);
    expect(c).toBeLessThan(23_000);
  });
});

describe('X-Forwarded-For', () => {
  const hits = (server: ServerProcess, forwardedFor: string[], ua: string) =>
    Promise.all(
      forwardedFor.map(async (ip) => {
        const res = await postHit(server.url, article, { ua, ip });
        return res.status === 200 ? (res.json() as { counted: boolean }).counted : res.status;
      }),
    );

  it('from a client that is not a trusted proxy is ignored: one reader, one view, one rate limit', async () => {
    for (const env of [{}, { COUNTER_TRUST_PROXY: '192.0.2.1' }]) {
      const server = await start({ ...env, COUNTER_RATE_LIMIT: '4' });
      const ua = userAgent(`forger ${running.length}`);
      const answers = [];
      for (const ip of ['198.51.100.1', '198.51.100.2', '198.51.100.3', '198.51.100.4', '198.51.100.5'])
        answers.push(...(await hits(server, [ip], ua)));
      expect(answers).toEqual([true, false, false, false, 429]);
    }
  });

  it('through trusted proxies names the nearest address they did not add', async () => {
    const server = await start({ COUNTER_TRUST_PROXY: 'loopback, 10.0.0.0/8', COUNTER_RATE_LIMIT: '0' });
    const ua = userAgent('behind proxies');
    // The client wrote the first entry itself; the proxies added the others.
    expect(await hits(server, ['203.0.113.50, 198.51.100.7, 10.1.2.3'], ua)).toEqual([true]);
    expect(await hits(server, ['203.0.113.51, 198.51.100.7, 10.9.9.9'], ua)).toEqual([false]);
    expect(await hits(server, ['203.0.113.50, 198.51.100.8, 10.1.2.3'], ua)).toEqual([true]);
  });

  it('is never trusted from everyone: COUNTER_TRUST_PROXY=1 stops the server with what to write instead', async () => {
    await expect(start({ COUNTER_TRUST_PROXY: '1' })).rejects.toThrow(/COUNTER_TRUST_PROXY=loopback/);
  });
});

describe('a connection that misbehaves around a valid hit', () => {
  const validHit = (ua: string) => {
    const body = JSON.stringify({ path: article });
    return `POST /api/hits HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nUser-Agent: ${ua}\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
  };

  it('answers the hit it counted with 200 before refusing the junk after it', async () => {
    const server = await start({ COUNTER_RATE_LIMIT: '0' });
    const ua = userAgent('junk after');
    const text = await new Promise<string>((resolve) => {
      let out = '';
      const socket = createConnection({ host: '127.0.0.1', port: portOf(server) }, () =>
        socket.write(`${validHit(ua)}\u0000\u0001junk junk\r\n\r\n`),
      );
      socket.on('data', (c: Buffer) => (out += c.toString('latin1')));
      socket.on('close', () => resolve(out));
      socket.on('error', () => resolve(out));
    });
    const statuses = [...text.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => Number(m[1]));
    expect(statuses).toEqual([200, 400]);
    expect((await call(`${server.url}/api/hits?path=${encodeURIComponent(article)}`)).json()).toMatchObject({ views: 1001 });
  });

  it('cut off in the middle of its body is not logged as a store failure', async () => {
    const server = await start({ COUNTER_RATE_LIMIT: '0' });
    const socket = await connectFrom(
      server,
      '127.0.0.1',
      `POST /api/hits HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nUser-Agent: ${userAgent('cut')}\r\nContent-Length: 100\r\n\r\n{"path":`,
    );
    await new Promise((r) => setTimeout(r, 200));
    socket.destroy();
    await new Promise((r) => setTimeout(r, 500));
    expect(server.output()).not.toContain('store error');
    expect((await postHit(server.url, article, { ua: userAgent('after the cut') })).status).toBe(200);
  });
});
