import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, fixturePages, spawnServer, tempDir, writeFixtureSite, type ServerProcess } from './helpers.ts';

/**
 * The static layer under hostile requests, against the real server process: every malformed
 * Range shape (one of them once crashed the whole process), ranges answered as RFC 9110 says, HEAD
 * answered with GET's headers, and links in the site that lead out of it.
 */

const temp = tempDir('static-hostile');
const site = join(temp.dir, 'site');
const article = '/tin-tuc/2024/bai-0/';
let file: Buffer;
let server: ServerProcess;

beforeAll(async () => {
  writeFixtureSite(site, fixturePages(2));
  file = readFileSync(join(site, 'tin-tuc', '2024', 'bai-0', 'index.html'));
  writeFileSync(join(temp.dir, 'secret.txt'), 'the counter secret lives here');
  symlinkSync(join(temp.dir, 'secret.txt'), join(site, 'leak.txt'));
  symlinkSync(temp.dir, join(site, 'parent'));
  server = await spawnServer({ SITE_DIR: site, COUNTER_DB: join(temp.dir, 'counter.sqlite') });
});
afterAll(async () => {
  await server?.stop();
  temp.remove();
});

const range = (value: string, headers: Record<string, string> = {}) =>
  call(`${server.url}${article}`, { headers: { Range: value, ...headers } });

describe('byte ranges', () => {
  it('answers a satisfiable range with exactly those bytes, suffix ranges included', async () => {
    const size = file.length;
    for (const [asked, start, end] of [
      ['bytes=0-0', 0, 0],
      ['bytes=10-19', 10, 19],
      ['bytes=100-', 100, size - 1],
      ['bytes=-5', size - 5, size - 1],
      [`bytes=-${size + 50}`, 0, size - 1],
      ['bytes=5-99999999999999999999', 5, size - 1],
      [`bytes=${size - 1}-${size + 10}`, size - 1, size - 1],
    ] as const) {
      const res = await range(asked);
      expect(res.status, asked).toBe(206);
      expect(res.headers['content-range'], asked).toBe(`bytes ${start}-${end}/${size}`);
      expect(res.raw.equals(file.subarray(start, end + 1)), asked).toBe(true);
    }
  });

  it('answers an unsatisfiable range with 416 and the real length', async () => {
    for (const asked of [`bytes=${file.length}-`, 'bytes=99999999999999999999-', 'bytes=9007199254740993-9007199254740999', 'bytes=-0']) {
      const res = await range(asked);
      expect(res.status, asked).toBe(416);
      expect(res.headers['content-range'], asked).toBe(`bytes */${file.length}`);
    }
  });

  it('ignores an invalid or multiple range and sends the whole file', async () => {
    for (const asked of ['bytes=2-1', 'bytes=', 'bytes=abc', 'bytes=5', 'bytes=--5', 'bytes=1-2-3', 'items=0-5', 'bytes=0-1,3-4']) {
      const res = await range(asked);
      expect(res.status, asked).toBe(200);
      expect(res.raw.equals(file), asked).toBe(true);
    }
  });

  it('honours If-Range: the range only while the file is still the one asked about', async () => {
    const { headers } = await call(`${server.url}${article}`);
    expect((await range('bytes=0-9', { 'If-Range': String(headers['etag']) })).status).toBe(206);
    const stale = await range('bytes=0-9', { 'If-Range': 'W/"1-1"' });
    expect(stale.status).toBe(200);
    expect(stale.raw.equals(file)).toBe(true);
  });

  it('never compresses a range: Content-Range counts the file’s own bytes', async () => {
    const res = await range('bytes=0-99', { 'Accept-Encoding': 'gzip, br' });
    expect(res.status).toBe(206);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.raw.equals(file.subarray(0, 100))).toBe(true);
  });

  it('keeps serving after every one of them', async () => {
    expect((await call(`${server.url}/`)).status).toBe(200);
    expect(server.child.exitCode).toBeNull();
  });
});

describe('HEAD', () => {
  it('answers with the headers GET would, compressed or not', async () => {
    for (const path of ['/', article, '/_astro/counter.AbC123.js', '/khong-co/']) {
      for (const encoding of ['', 'gzip', 'br, gzip']) {
        const headers = encoding ? { 'Accept-Encoding': encoding } : {};
        const get = await call(`${server.url}${path}`, { headers });
        const head = await call(`${server.url}${path}`, { method: 'HEAD', headers });
        const label = `${path} ${encoding || 'identity'}`;
        expect(head.raw.length, label).toBe(0);
        expect(head.status, label).toBe(get.status);
        // Transfer-Encoding is framing, not the answer: a HEAD answer has no body to frame.
        for (const name of ['content-type', 'content-encoding', 'content-length', 'vary', 'etag', 'last-modified', 'cache-control']) {
          expect(head.headers[name], `${label}: ${name}`).toBe(get.headers[name]);
        }
      }
    }
  });
});

describe('links out of the site', () => {
  it('are never followed', async () => {
    for (const path of ['/leak.txt', '/parent/secret.txt', '/parent/site/index.html']) {
      const res = await call(`${server.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('counter secret');
    }
  });
});
