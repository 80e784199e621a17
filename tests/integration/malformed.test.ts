import { createConnection } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  fixturePages,
  postHit,
  runConcurrently,
  spawnServer,
  tempDir,
  userAgent,
  writeFixtureSite,
  type ServerProcess,
} from './helpers.ts';

/**
 * Bad input: more than 500 generated malformed requests against the real server process (bad
 * JSON, huge bodies, wrong types, paths with "..", query strings, NUL bytes, Unicode tricks, wrong
 * methods and content types, broken HTTP). Each gets the right 4xx with a JSON reason, the
 * server stays up, and no count changes.
 */

const pages = fixturePages(4);
const page = '/tin-tuc/2024/bai-0/';
const ua = userAgent('malformed');
const temp = tempDir('malformed');
const pagesFile = writeFixtureSite(join(temp.dir, 'site'), pages);
let server: ServerProcess;
let port: number;

beforeAll(async () => {
  server = await spawnServer({
    COUNTER_API_ONLY: '1',
    COUNTER_PAGES: pagesFile,
    COUNTER_DB: join(temp.dir, 'counter.sqlite'),
    COUNTER_RATE_LIMIT: '0',
  });
  port = Number(new URL(server.url).port);
});
afterAll(async () => {
  await server?.stop();
  temp.remove();
});

interface Case {
  name: string;
  request: Buffer;
  status: number;
}

/** A raw HTTP/1.1 request, so nothing is cleaned up by a client library on the way. */
function http(
  method: string,
  target: string,
  headers: Record<string, string>,
  body?: Buffer | string,
  options: { contentLength?: boolean } = {},
): Buffer {
  const bytes = body === undefined ? undefined : Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  const lines = [`${method} ${target} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close', `User-Agent: ${ua}`];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  if (bytes && options.contentLength !== false) lines.push(`Content-Length: ${bytes.length}`);
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), bytes ?? Buffer.alloc(0)]);
}

/** Sends raw bytes and reads until the server closes (every request says Connection: close). */
function send(request: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    // No half-close from our side: the server would take it as the client giving up.
    const socket = createConnection({ port, host: '127.0.0.1' }, () => socket.write(request, () => {}));
    socket.setTimeout(10_000, () => socket.destroy());
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', () => {});
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      resolve({ status, body: text.slice(text.indexOf('\r\n\r\n') + 4) });
    });
  });
}

const jsonTypes = ['application/json', 'text/plain', 'application/json; charset=utf-8', 'text/plain;charset=UTF-8'];
const post = (body: Buffer | string, type = 'text/plain;charset=UTF-8') => http('POST', '/api/hits', { 'Content-Type': type }, body);
const get = (query: string) => http('GET', `/api/hits${query}`, {});

function generateCases(): Case[] {
  const cases: Case[] = [];
  const add = (name: string, request: Buffer, status: number) => cases.push({ name, request, status });

  // Bad JSON, and JSON of the wrong shape or types: 400, whatever the accepted content type.
  const valid = JSON.stringify({ path: page });
  const badBodies = [
    '',
    ' ',
    '{',
    '}',
    '{"path":}',
    "{'path':'/'}",
    '{"path":"/"',
    '{"path":"/",}',
    '{"path":"/"}x',
    '{"path":"/"}{"path":"/"}',
    'null',
    'true',
    '42',
    '"/"',
    '[]',
    `[${valid}]`,
    '{}',
    '{"Path":"/"}',
    '{"path ":"/"}',
    'NaN',
    '{"path":NaN}',
    'undefined',
    '{"path":undefined}',
    '{"path":"\\u"}',
    '{"path":"/\\x41/"}',
    '\ufeff' + valid,
    '{"path":1}',
    '{"path":1.5}',
    '{"path":-1}',
    '{"path":true}',
    '{"path":false}',
    '{"path":null}',
    '{"path":[]}',
    `{"path":["${page}"]}`,
    '{"path":{}}',
    `{"path":${valid}}`,
    '{"path":1e999}',
  ];
  for (const body of badBodies) for (const type of jsonTypes) add(`body ${JSON.stringify(body)} as ${type}`, post(body, type), 400);
  // Every truncation of a valid body is invalid JSON.
  for (let n = 1; n < valid.length; n++)
    for (const type of jsonTypes.slice(0, 2)) add(`truncated body ${valid.slice(0, n)}`, post(valid.slice(0, n), type), 400);
  // A raw NUL inside or around the JSON (control characters must be escaped in JSON strings).
  for (let n = 0; n <= valid.length; n += 2) add(`raw NUL at ${n}`, post(valid.slice(0, n) + '\u0000' + valid.slice(n)), 400);
  // Bytes that are not UTF-8.
  for (const bytes of [[0xff], [0xc3, 0x28], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xc0, 0xaf]]) {
    const body = Buffer.concat([Buffer.from('{"path":"/'), Buffer.from(bytes), Buffer.from('/"}')]);
    add(`invalid UTF-8 ${bytes.map((b) => b.toString(16)).join(' ')}`, post(body), 400);
    add(`invalid UTF-8 ${bytes.map((b) => b.toString(16)).join(' ')} (json)`, post(body, 'application/json'), 400);
  }

  // Malformed paths: 400 in a POST body and in a GET query.
  const badPaths = [
    'tin-tuc/',
    '',
    ' ',
    '/tin-tuc/../',
    '/tin-tuc/2024/../../etc/passwd',
    '/..',
    '/./',
    '/tin-tuc/2024/bai-0/?x=1',
    '/tin-tuc/2024/bai-0/#x',
    '/a\u0000b/',
    `${page}\u0000`,
    '\u0000',
    '/\n/',
    '/\r\n/',
    '/\t/',
    '/\u007f/',
    '/\u0085/',
    '/a b/',
    '/a\\b/',
    '\\tin-tuc\\',
    '//evil.example/',
    '/tin-tuc//2024/',
    `${page}/`,
    '/%2e%2e/',
    '/tin-tuc%2F2024/',
    '/tin-tuc/2024/bai-0%2F',
    '/\u202etin-tuc/',
    '/\u200b/',
    '/tin-tuc\u200d/',
    '/\ufeff/',
    '/\u2066x\u2069/',
    '/\u00adtin-tuc/',
    '/a\u0301/',
    '/tie\u0302\u0300n/',
    `/${'a'.repeat(600)}/`,
    'http://evil.example/',
    'javascript:alert(1)',
    '/\u3000/',
    '/\u00a0/',
    '/\u2028/',
  ];
  for (const path of badPaths) {
    add(`path ${JSON.stringify(path)} (text/plain)`, post(JSON.stringify({ path })), 400);
    add(`path ${JSON.stringify(path)} (json)`, post(JSON.stringify({ path }), 'application/json'), 400);
    add(`path ${JSON.stringify(path)} (GET)`, get(`?path=${encodeURIComponent(path)}`), 400);
  }
  // A lone surrogate can only arrive escaped in JSON.
  add('lone surrogate', post('{"path":"/\\ud800/"}'), 400);
  add('lone low surrogate', post('{"path":"/\\udc00/"}', 'application/json'), 400);
  // Every control character, escaped in JSON.
  for (let c = 1; c < 0x20; c++)
    add(`control U+${c.toString(16)}`, post(`{"path":"/tin-tuc/\\u${c.toString(16).padStart(4, '0')}/"}`), 400);
  // Invisible formatting characters.
  for (const c of [
    0x200b, 0x200c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2067, 0x2068, 0x061c, 0xfff9,
  ]) {
    add(`format character U+${c.toString(16)}`, post(JSON.stringify({ path: `/tin-tuc/${String.fromCharCode(c)}2024/` })), 400);
  }

  // Well-formed paths the site does not have: 404.
  const unknown = [
    '/khong-co/',
    '/tin-tuc/2024/bai-999/',
    '/TIN-TUC/2024/bai-0/',
    '/tin-tuc/2024/bai-0',
    '/tin-tuc/2024/b\u0430i-0/',
    `${page}index.html`,
    '/\uff54in-tuc/2024/bai-0/',
    '/tin\u2010tuc/2024/bai-0/',
    '/en/news/',
    '/api/hits/',
    '/_bantin/pages.json',
    '/404/',
    '/tin-tuc/2024/bai-0/amp/',
    '/tin-tuc/2024/bài-0/',
    '/\u{1f600}/',
  ];
  for (const path of unknown) {
    add(`unknown ${path} (text/plain)`, post(JSON.stringify({ path })), 404);
    add(`unknown ${path} (json)`, post(JSON.stringify({ path }), 'application/json'), 404);
    add(`unknown ${path} (GET)`, get(`?path=${encodeURIComponent(path)}`), 404);
  }

  // Bodies over 1 KiB: 413, declared or streamed.
  const padded = (size: number) => {
    const base = `{"path":"${page}","pad":"`;
    return base + 'a'.repeat(size - base.length - 2) + '"}';
  };
  for (const size of [1025, 1100, 4096, 65_536, 1 << 20, 8 << 20]) {
    for (const type of jsonTypes.slice(0, 2)) add(`body of ${size} bytes (${type})`, post(padded(size), type), 413);
  }
  for (const size of [1025, 4096, 100_000]) {
    const body = Buffer.from(padded(size));
    const chunked = Buffer.concat([Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from('\r\n0\r\n\r\n')]);
    add(
      `chunked body of ${size} bytes`,
      http('POST', '/api/hits', { 'Content-Type': 'text/plain', 'Transfer-Encoding': 'chunked' }, chunked, { contentLength: false }),
      413,
    );
    const pieces = Buffer.concat([
      ...Array.from({ length: Math.ceil(size / 100) }, () => Buffer.from(`64\r\n${'a'.repeat(100)}\r\n`)),
      Buffer.from('0\r\n\r\n'),
    ]);
    add(
      `chunked body in pieces of ${size} bytes`,
      http('POST', '/api/hits', { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }, pieces, { contentLength: false }),
      413,
    );
  }
  add(
    'Content-Length lying about a huge body',
    http('POST', '/api/hits', { 'Content-Type': 'text/plain', 'Content-Length': '99999999' }, valid, { contentLength: false }),
    413,
  );
  add('whitespace padding over 1 KiB', post(`${' '.repeat(1100)}${valid}`), 413);

  // Wrong methods: 405 (with Allow), with and without a body.
  for (const method of [
    'PUT',
    'DELETE',
    'PATCH',
    'TRACE',
    'PROPFIND',
    'PROPPATCH',
    'MKCOL',
    'COPY',
    'MOVE',
    'LOCK',
    'UNLOCK',
    'SEARCH',
    'PURGE',
    'REPORT',
    'LINK',
    'UNLINK',
    'ACL',
    'BIND',
    'MERGE',
    'NOTIFY',
    'SUBSCRIBE',
    'UNSUBSCRIBE',
    'QUERY',
  ]) {
    add(`${method}`, http(method, '/api/hits', {}), 405);
    add(`${method} with a body`, http(method, '/api/hits', { 'Content-Type': 'application/json' }, valid), 405);
  }

  // Wrong content types: 415, before the body is even read.
  const types = [
    undefined,
    '',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'text/html',
    'application/xml',
    'text/xml',
    'application/javascript',
    'text/json',
    'application/json; charset=iso-8859-1',
    'application/json; charset=utf-16',
    'text/plain; charset=windows-1258',
    'application/octet-stream',
    'image/png',
    '*/*',
    'application/jsonx',
    'application',
    'json',
    'application/ld+json',
    'application/problem+json',
  ];
  for (const type of types) {
    const headers = type === undefined ? {} : { 'Content-Type': type };
    add(`content type ${String(type)}`, http('POST', '/api/hits', headers, valid), 415);
    add(`content type ${String(type)} with bad JSON`, http('POST', '/api/hits', headers, '{'), 415);
  }

  // GET without exactly one path.
  for (const query of ['', '?', '?path=', '?path', '?p=/', `?path=${page}&path=/`, '?path=%ZZ', '?path[]=/', '?PATH=/'])
    add(`GET ${query}`, get(query), 400);

  // HTTP that Node's parser refuses: 400 (431 for huge headers), still as JSON.
  const broken: [string, string | Buffer, number][] = [
    ['NUL in the request target', 'GET /api/hits\u0000?path=/ HTTP/1.1\r\nHost: x\r\n\r\n', 400],
    ['space in the request target', 'GET /api/hits ?path=/ HTTP/1.1\r\nHost: x\r\n\r\n', 400],
    ['unknown method', 'FOO /api/hits HTTP/1.1\r\nHost: x\r\n\r\n', 400],
    ['lower-case method', 'post /api/hits HTTP/1.1\r\nHost: x\r\n\r\n', 400],
    ['bad HTTP version', 'GET /api/hits HTTP/9.9\r\nHost: x\r\n\r\n', 400],
    ['no Host header', 'GET /api/hits?path=/ HTTP/1.1\r\nConnection: close\r\n\r\n', 400],
    ['space in a header name', 'GET /api/hits?path=/ HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n', 400],
    ['NUL in a header value', 'GET /api/hits?path=/ HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\n\r\n', 400],
    [
      'Content-Length and Transfer-Encoding',
      `POST /api/hits HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
      400,
    ],
    [
      'two different Content-Lengths',
      `POST /api/hits HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n{"a":1}`,
      400,
    ],
    ['Content-Length not a number', `POST /api/hits HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: abc\r\n\r\n`, 400],
    [
      'bad chunk size',
      `POST /api/hits HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`,
      400,
    ],
    ['garbage', '\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003', 400],
    ['headers over 16 KiB', `GET /api/hits?path=/ HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
  ];
  for (const [name, text, status] of broken) add(name, Buffer.isBuffer(text) ? text : Buffer.from(text, 'latin1'), status);
  return cases;
}

async function figures() {
  const out: Record<string, unknown> = {};
  for (const path of pages.keys()) out[path] = (await call(`${server.url}/api/hits?path=${encodeURIComponent(path)}`)).json();
  return out;
}

describe('malformed requests', () => {
  it('each get the right 4xx with a JSON reason; the server stays up and no count changes', async () => {
    // Some real views first, so "unchanged" is about real numbers.
    for (const [i, path] of [...pages.keys()].entries())
      expect((await postHit(server.url, path, { ua: userAgent(`real-${i}`) })).json().counted).toBe(true);
    const before = await figures();

    const cases = generateCases();
    expect(cases.length).toBeGreaterThanOrEqual(500);
    const wrong: string[] = [];
    await runConcurrently(cases.length, 16, async (i) => {
      const { name, request, status } = cases[i]!;
      const res = await send(request);
      let reason: unknown;
      try {
        reason = JSON.parse(res.body).error;
      } catch {
        reason = undefined;
      }
      if (res.status !== status || typeof reason !== 'string')
        wrong.push(`${name}: expected ${status}, got ${res.status} ${res.body.slice(0, 120)}`);
    });
    expect(wrong).toEqual([]);

    expect(server.child.exitCode).toBeNull();
    expect(await figures()).toEqual(before);
    expect((await postHit(server.url, page, { ua: userAgent('after') })).json()).toMatchObject({ counted: true });
  });

  it('accepts a body of exactly 1 KiB (the limit is inclusive)', async () => {
    const base = `{"path":"${page}","pad":"`;
    const body = base + 'a'.repeat(1024 - base.length - 2) + '"}';
    expect(Buffer.byteLength(body)).toBe(1024);
    expect((await send(post(body))).status).toBe(200);
  });

  it('limits the rate per client with 429 and Retry-After', async () => {
    const limited = await spawnServer({
      COUNTER_API_ONLY: '1',
      COUNTER_PAGES: pagesFile,
      COUNTER_DB: join(temp.dir, 'limited.sqlite'),
      COUNTER_RATE_LIMIT: '3',
    });
    try {
      const statuses: number[] = [];
      let retryAfter: string | string[] | undefined;
      for (let i = 0; i < 20; i++) {
        const res = await call(`${limited.url}/api/hits?path=/`);
        statuses.push(res.status);
        if (res.status === 429) {
          retryAfter = res.headers['retry-after'];
          expect(res.json()).toEqual({ error: 'too many requests' });
        }
      }
      expect(statuses).toEqual([200, 200, 200, ...Array<number>(17).fill(429)]);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    } finally {
      await limited.stop();
    }
  });
});
