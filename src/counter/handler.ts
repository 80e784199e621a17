import type { IncomingMessage, ServerResponse } from 'node:http';
import { isbot } from 'isbot';
import type { Counter, CounterAnswer } from './counter.ts';
import { pathProblem } from './pagePath.ts';
import type { RateLimiter } from './rateLimit.ts';
import { clientKey } from './rules.ts';

/**
 * The HTTP face of the counter: `/api/hits` (docs/architecture.md, section Counter API;
 * docs/counter.md). It validates
 * and answers; what counts is decided by the rules in the store. Every error is JSON with a reason.
 */

export const maxBodyBytes = 1024;
const lingerMs = 1000;

export interface HandlerOptions {
  counter: Counter;
  /** null: no rate limit (COUNTER_RATE_LIMIT=0). */
  rateLimiter: RateLimiter | null;
  /** Origins allowed to call the API from another site ("https://bantin.example.vn"), or "*". */
  allowedOrigins: readonly string[];
  /**
   * The reader's address: the connection's, or behind trusted proxies the nearest X-Forwarded-For
   * entry they did not add themselves (src/server/clientAddress.ts).
   */
  clientAddress: (req: IncomingMessage) => string;
  /** True when the connection comes from a trusted proxy, whose X-Forwarded-Host is believed. */
  fromTrustedProxy: (req: IncomingMessage) => boolean;
}

class HttpError extends Error {
  readonly status: number;
  readonly headers: Record<string, string>;
  constructor(status: number, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
}

const allowedMethods = 'GET, HEAD, POST, OPTIONS';

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(json);
}

/** Same-origin when the Origin's host is the Host the request was sent to. */
function isSameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}

/** Reads at most maxBodyBytes, refusing more with 413 before reading it all. */
function readBody(req: IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBodyBytes) return Promise.reject(new HttpError(413, `body is over ${maxBodyBytes} bytes`));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        req.off('data', onData);
        reject(new HttpError(413, `body is over ${maxBodyBytes} bytes`));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    // The client went away mid-body: its fault, not the store's (and nobody is left to answer).
    req.on('error', () => reject(new HttpError(400, 'the request body was cut off')));
  });
}

/**
 * Before refusing a request whose body we did not read (too large, or not needed), the rest of
 * the body is read and thrown away, for up to a second. Answering and closing at once would make
 * the kernel answer the unread bytes with a reset, which can destroy the answer before the client
 * reads it. A client still sending after a second gets the answer and a closed connection.
 */
function afterDiscardingBody(req: IncomingMessage, res: ServerResponse, answer: () => void): void {
  let done = false;
  const finish = (late: boolean) => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    if (late) {
      res.setHeader('Connection', 'close');
      res.once('finish', () => req.socket.destroy());
    }
    answer();
  };
  const timer = setTimeout(() => finish(true), lingerMs);
  req.once('end', () => finish(false));
  req.once('error', () => finish(true));
  req.resume();
}

function mediaType(req: IncomingMessage): { type: string; charset: string | undefined } {
  const [type = '', ...params] = (req.headers['content-type'] ?? '').split(';');
  const charset = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('charset='));
  return { type: type.trim().toLowerCase(), charset: charset?.slice('charset='.length).replace(/^"|"$/g, '') };
}

function pathFromBody(body: Buffer): unknown {
  if (body.length === 0) throw new HttpError(400, 'empty body; send {"path": "/page/"}');
  let text: string;
  try {
    // A byte-order mark is kept, and so refused by JSON.parse: the island never sends one.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw new HttpError(400, 'body is not valid UTF-8');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'body is not valid JSON');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new HttpError(400, 'body must be a JSON object {"path": "/page/"}');
  if (!Object.hasOwn(json, 'path')) throw new HttpError(400, 'body has no "path"');
  return (json as { path: unknown }).path;
}

function pathFromQuery(url: string): unknown {
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  const values = new URLSearchParams(query).getAll('path');
  if (values.length !== 1) throw new HttpError(400, 'give exactly one ?path=');
  return values[0];
}

export function createHitsHandler(options: HandlerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const { counter, rateLimiter, clientAddress, fromTrustedProxy } = options;
  const anyOrigin = options.allowedOrigins.includes('*');
  const allowedOrigins = new Set(options.allowedOrigins);
  let lastStoreError = 0;

  async function answer(req: IncomingMessage): Promise<CounterAnswer> {
    const method = req.method ?? '';
    if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') {
      throw new HttpError(405, `method ${method} is not allowed`, { Allow: allowedMethods });
    }
    const client = clientKey(clientAddress(req));
    const wait = rateLimiter?.take(client) ?? 0;
    if (wait > 0) throw new HttpError(429, 'too many requests', { 'Retry-After': String(wait) });

    let path: unknown;
    if (method === 'POST') {
      const { type, charset } = mediaType(req);
      if (type !== 'application/json' && type !== 'text/plain') {
        throw new HttpError(415, 'send application/json or text/plain (as navigator.sendBeacon does)');
      }
      if (charset !== undefined && charset !== 'utf-8') throw new HttpError(415, 'the body must be UTF-8');
      path = pathFromBody(await readBody(req));
    } else {
      path = pathFromQuery(req.url ?? '');
    }
    const problem = pathProblem(path);
    if (problem) throw new HttpError(400, problem);
    const page = path as string;
    if (!counter.hasPage(page)) throw new HttpError(404, 'no such page on this site');

    const userAgent = req.headers['user-agent'] ?? '';
    // Not a view: a read, a bot, a client that does not say what it is, or a browser prefetch.
    const purpose = `${req.headers['sec-purpose'] ?? ''} ${req.headers['purpose'] ?? ''}`;
    const isView = method === 'POST' && userAgent !== '' && !isbot(userAgent) && !/prefetch|prerender/i.test(purpose);
    return counter.count({ path: page, visitor: isView ? { client, userAgent } : null });
  }

  return (req, res) => {
    const cors: Record<string, string> = { Vary: 'Origin' };
    const origin = req.headers.origin;
    // Behind a reverse proxy the Host we see may be the proxy's upstream; it says the real one.
    const forwardedHosts = fromTrustedProxy(req) ? req.headers['x-forwarded-host'] : undefined;
    const forwardedHost = (Array.isArray(forwardedHosts) ? forwardedHosts[0] : forwardedHosts)?.split(',')[0]?.trim();
    if (origin !== undefined && !isSameOrigin(origin, forwardedHost || req.headers.host)) {
      if (!anyOrigin && !allowedOrigins.has(origin)) {
        const refuse = () => send(res, 403, { error: `origin ${origin} is not allowed (COUNTER_ALLOWED_ORIGINS)` }, cors);
        if (req.complete) refuse();
        else afterDiscardingBody(req, res, refuse);
        return;
      }
      cors['Access-Control-Allow-Origin'] = origin;
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...cors,
        Allow: allowedMethods,
        'Access-Control-Allow-Methods': allowedMethods,
        'Access-Control-Allow-Headers': 'Content-Type',
        'Access-Control-Max-Age': '86400',
      });
      res.end();
      return;
    }
    answer(req).then(
      (body) => send(res, 200, body, cors),
      (error: unknown) => {
        if (error instanceof HttpError) {
          const answerError = () => send(res, error.status, { error: error.message }, { ...cors, ...error.headers });
          if (req.complete) answerError();
          else afterDiscardingBody(req, res, answerError);
          return;
        }
        // One line per ten seconds: an unreachable store must not flood the log with every hit.
        if (Date.now() - lastStoreError > 10_000) {
          lastStoreError = Date.now();
          console.error('counter: store error (answering 503):', error);
        }
        send(res, 503, { error: 'the counter store is unavailable' }, { ...cors, 'Retry-After': '5' });
      },
    );
  };
}
