import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializePageList } from '../../src/counter/pages.ts';
import { startServer, type RunningServer } from '../../src/server/app.ts';
import type { ServerConfig } from '../../src/server/config.ts';
import { call, fixturePages, freePort, postHit, tempDir, userAgent, waitForPort, writeFixtureSite } from './helpers.ts';

/** The real server in-process: the static site, the API's behaviour, CORS, limits, failures. */

const pages = fixturePages(4);
const article = '/tin-tuc/2024/bai-0/'; // 1000 carried-over views
const browser = { ua: userAgent('browser') };

function config(dir: string, overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    siteDir: join(dir, 'site'),
    pagesFile: join(dir, 'site', '_bantin', 'pages.json'),
    store: { kind: 'sqlite', file: join(dir, `counter-${Math.random()}.sqlite`), synchronous: 'full' },
    allowedOrigins: [],
    legacyTotal: undefined,
    rateLimit: 0,
    trustedProxies: [],
    secret: 'server-test-secret-0123456789abcdef0123',
    maxConnections: 1000,
    maxConnectionsPerClient: 128,
    ...overrides,
  };
}

/** A raw request line, for what node:http clients refuse to send. */
function raw(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const socket = createConnection({ port, host: '127.0.0.1' }, () => socket.end(text));
    socket.on('data', (c) => (out += c.toString('latin1')));
    socket.on('close', () => resolve(out));
    socket.on('error', reject);
  });
}

const temp = tempDir('server');
let server: RunningServer;

beforeAll(async () => {
  writeFixtureSite(join(temp.dir, 'site'), pages);
  server = await startServer(config(temp.dir, { legacyTotal: 2_268_387 }));
});

afterAll(async () => {
  await server?.close();
  temp.remove();
});

describe('the static site', () => {
  it('serves pages to revalidate and hashed assets to keep', async () => {
    const home = await call(`${server.url}/`);
    expect(home.status).toBe(200);
    expect(home.headers['content-type']).toContain('text/html');
    expect(home.headers['cache-control']).toBe('no-cache');
    const asset = await call(`${server.url}/_astro/counter.AbC123.js`);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const again = await call(`${server.url}/`, { headers: { 'If-None-Match': String(home.headers['etag']) } });
    expect(again.status).toBe(304);
  });

  it('compresses pages for browsers that ask, and only for them', async () => {
    const plain = await call(`${server.url}${article}`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(15_000);
    for (const [asked, encoding, decode] of [
      ['br, gzip', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
    ] as const) {
      const packed = await call(`${server.url}${article}`, { headers: { 'Accept-Encoding': asked } });
      expect(packed.headers['content-encoding']).toBe(encoding);
      expect(packed.headers['vary']).toContain('Accept-Encoding');
      expect(packed.raw.length).toBeLessThan(plain.body.length / 5);
      expect(decode(packed.raw).toString('utf8')).toBe(plain.body);
    }
  });

  it('answers unknown paths with the 404 page of their language', async () => {
    const vi = await call(`${server.url}/khong-co/`);
    expect(vi.status).toBe(404);
    expect(vi.body).toContain('Không tìm thấy trang');
    const en = await call(`${server.url}/en/missing/`);
    expect(en.status).toBe(404);
    expect(en.body).toContain('Page not found');
    expect(
      await raw(Number(new URL(server.url).port), 'GET /../../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
    ).toMatch(/^HTTP\/1\.1 404/);
  });

  it('redirects a page path without its trailing slash, and refuses to change files', async () => {
    const res = await call(`${server.url}/tin-tuc/2024/bai-0?x=1`);
    expect(res.status).toBe(301);
    expect(res.headers['location']).toBe('/tin-tuc/2024/bai-0/?x=1');
    expect((await call(`${server.url}/`, { method: 'POST', body: 'x' })).status).toBe(405);
  });
});

describe('security headers', () => {
  it('are on every answer: pages, files, redirects, errors and the API', async () => {
    const answers = [
      await call(`${server.url}/`),
      await call(`${server.url}/_astro/counter.AbC123.js`),
      await call(`${server.url}/tin-tuc/2024/bai-0`),
      await call(`${server.url}/khong-co/`),
      await call(`${server.url}/`, { method: 'POST', body: 'x' }),
      await call(`${server.url}/api/hits?path=/`),
      await call(`${server.url}/api/hits?path=/nope/`),
      await call(`${server.url}/api/health`),
    ];
    for (const res of answers) {
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(res.headers['permissions-policy']).toContain('camera=()');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('add HSTS when a trusted proxy says the reader came over HTTPS', async () => {
    const behind = await startServer(config(temp.dir, { trustedProxies: ['loopback'] }));
    try {
      expect((await call(`${behind.url}/`, { headers: { 'X-Forwarded-Proto': 'https' } })).headers['strict-transport-security']).toContain(
        'max-age=',
      );
      expect((await call(`${behind.url}/`)).headers['strict-transport-security']).toBeUndefined();
    } finally {
      await behind.close();
    }
    // From anyone else, the header is only a claim.
    expect(
      (await call(`${server.url}/`, { headers: { 'X-Forwarded-Proto': 'https' } })).headers['strict-transport-security'],
    ).toBeUndefined();
  });
});

describe('the API beside the site', () => {
  it('counts a view and answers with carried-over figures added', async () => {
    const first = await postHit(server.url, article, browser);
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.json()).toEqual({
      path: article,
      views: 1001,
      counted: true,
      site: { online: 1, today: 1, week: 1, month: 1, total: 2_268_388 },
    });
    expect((await postHit(server.url, article, browser)).json()).toMatchObject({ views: 1001, counted: false });
  });

  it('reads with GET and HEAD without counting', async () => {
    const res = await call(`${server.url}/api/hits?path=${encodeURIComponent(article)}`, {
      headers: { 'User-Agent': userAgent('reader') },
    });
    expect(res.json()).toMatchObject({ path: article, views: 1001, counted: false, site: { today: 1 } });
    const head = await call(`${server.url}/api/hits?path=/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('does not count bots, clients without a user agent, or prefetches', async () => {
    const path = '/tin-tuc/2024/bai-1/';
    const bot = await postHit(server.url, path, { ua: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' });
    expect(bot.json()).toMatchObject({ views: 0, counted: false });
    const anonymous = await call(`${server.url}/api/hits`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ path }),
    });
    expect(anonymous.json()).toMatchObject({ counted: false });
    const prefetch = await call(`${server.url}/api/hits`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', 'User-Agent': userAgent('prefetcher'), 'Sec-Purpose': 'prefetch' },
      body: JSON.stringify({ path }),
    });
    expect(prefetch.json()).toMatchObject({ views: 0, counted: false });
  });

  it('takes a new page list without a restart', async () => {
    const added = '/tin-tuc/2025/moi/';
    expect((await postHit(server.url, added, browser)).status).toBe(404);
    writeFileSync(join(temp.dir, 'site', '_bantin', 'pages.json'), serializePageList(new Map([...pages, [added, 7]])));
    await server.reload();
    expect((await postHit(server.url, added, browser)).json()).toMatchObject({ views: 8, counted: true });
  });
});

describe('the API alone', () => {
  const origin = 'https://bantin.example.vn';
  let api: RunningServer;
  beforeAll(async () => {
    api = await startServer(config(temp.dir, { siteDir: null, allowedOrigins: [origin], rateLimit: 5, trustedProxies: ['loopback'] }));
  });
  afterAll(async () => api?.close());

  it('serves only /api/hits', async () => {
    const res = await call(`${api.url}/`);
    expect(res.status).toBe(404);
    expect(res.json()).toEqual({ error: 'this server only serves /api/hits and /api/health' });
  });

  it('lets configured origins in (CORS) and keeps other sites out', async () => {
    const headers = { 'Content-Type': 'text/plain', 'User-Agent': userAgent('cors'), 'X-Forwarded-For': '192.0.2.1' };
    const body = JSON.stringify({ path: '/' });
    const allowed = await call(`${api.url}/api/hits`, { method: 'POST', headers: { ...headers, Origin: origin }, body });
    expect(allowed.status).toBe(200);
    expect(allowed.headers['access-control-allow-origin']).toBe(origin);
    expect(allowed.headers['vary']).toBe('Origin');
    const refused = await call(`${api.url}/api/hits`, { method: 'POST', headers: { ...headers, Origin: 'https://evil.example' }, body });
    expect(refused.status).toBe(403);
    expect(refused.json().error).toContain('not allowed');
    const sameOrigin = await call(`${api.url}/api/hits`, {
      method: 'POST',
      headers: { ...headers, Origin: api.url, 'User-Agent': userAgent('same') },
      body,
    });
    expect(sameOrigin.status).toBe(200);
    expect(sameOrigin.headers['access-control-allow-origin']).toBeUndefined();
    expect(sameOrigin.json().site.today).toBe(2);
    const spoofed = await call(`${api.url}/api/hits`, {
      method: 'POST',
      headers: { ...headers, Origin: 'https://evil.example', Host: 'evil.example' },
      body,
    });
    expect(spoofed.status).toBe(200); // a client can always claim any Host: origins protect browsers, not the API

    // Behind a proxy that rewrites Host, X-Forwarded-Host (trusted here) still makes it same-origin.
    const proxied = await call(`${api.url}/api/hits`, {
      method: 'POST',
      headers: { ...headers, Origin: 'https://proxied.example', 'X-Forwarded-Host': 'proxied.example', 'User-Agent': userAgent('proxied') },
      body,
    });
    expect(proxied.status).toBe(200);

    const preflight = await call(`${api.url}/api/hits`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-methods']).toContain('POST');
    expect(preflight.headers['access-control-allow-headers']).toBe('Content-Type');
  });

  it('rate-limits each client with Retry-After', async () => {
    const from = (ip: string) => ({ ua: userAgent(ip), ip });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await postHit(api.url, '/', from('198.51.100.9'))).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await postHit(api.url, '/', from('198.51.100.9'));
    expect(limited.json()).toEqual({ error: 'too many requests' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect((await postHit(api.url, '/', from('198.51.100.10'))).status).toBe(200);
  });
});

describe('listening', () => {
  it('answers on localhost over IPv4 and IPv6 when no HOST is set', async () => {
    const both = await startServer(config(temp.dir, { host: undefined, siteDir: null }));
    try {
      const port = new URL(both.url).port;
      expect(both.url).toBe(`http://localhost:${port}`);
      expect((await call(`http://127.0.0.1:${port}/api/hits?path=/`)).status).toBe(200);
      expect((await call(`http://[::1]:${port}/api/hits?path=/`)).status).toBe(200);
    } finally {
      await both.close();
    }
  });
});

describe('when Redis goes away', () => {
  it('answers 503 at once, and the server stays up', async () => {
    const port = await freePort();
    const redis = spawn('/usr/bin/redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    const exited = new Promise((r) => redis.once('exit', r));
    try {
      await waitForPort(port);
      const api = await startServer(
        config(temp.dir, { siteDir: null, store: { kind: 'redis', url: `redis://127.0.0.1:${port}`, prefix: 'gone:' } }),
      );
      try {
        expect((await postHit(api.url, '/', browser)).status).toBe(200);
        redis.kill('SIGKILL');
        await exited;
        const started = Date.now();
        const down = await postHit(api.url, '/', { ua: userAgent('later') });
        expect(down.status).toBe(503);
        expect(down.json()).toEqual({ error: 'the counter store is unavailable' });
        expect(Date.now() - started).toBeLessThan(2000);
        expect((await call(`${api.url}/api/hits?path=/nope/`)).status).toBe(404);
      } finally {
        await api.close().catch(() => {});
      }
    } finally {
      redis.kill('SIGKILL');
    }
  });
});
