import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { createCounter, type Counter } from '../counter/counter.ts';
import { createHitsHandler } from '../counter/handler.ts';
import { openStore } from '../counter/openStore.ts';
import { loadPageList } from '../counter/pages.ts';
import { createRateLimiter } from '../counter/rateLimit.ts';
import { systemClock, type Clock } from '../counter/rules.ts';
import { isAdminPath } from '../lib/adminPages.ts';
import { securityHeaders, serverHeadersFile, type SiteHeaders } from '../lib/securityHeaders.ts';
import { clientAddresses } from './clientAddress.ts';
import { checkSharedSecret, type ServerConfig } from './config.ts';
import { limitConnectionsPerClient } from './connectionLimit.ts';
import { createUntrustedProxyCheck } from './proxyWarning.ts';
import { createStaticHandler } from './static.ts';

/**
 * One node:http server for both jobs: the built site as static files and the counter API at
 * /api/hits (and /api/health); or the API alone when there is no site to serve (docs/counter.md
 * explains why this and not Astro's node adapter). Every answer carries the site's security
 * headers (src/lib/securityHeaders.ts).
 */
export interface RunningServer {
  server: Server;
  counter: Counter;
  /** http://localhost:PORT (or the configured host). */
  url: string;
  description: string;
  /**
   * After a new build (the server does it on SIGHUP): reads the page list again and rebuilds the
   * static handler over the site's new files. Both are read before either is swapped in, so a
   * failure (a build still writing dist/) keeps the old ones; the store and open connections stay.
   * Resolves with the number of pages now accepted.
   */
  reload(): Promise<number>;
  close(): Promise<void>;
}

const maintenanceMs = 60_000;
const hsts = ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'] as const;

/**
 * How long a client may take: its request headers within 10 s and the whole request within 20 s
 * (a hit's body is under a kilobyte), or the connection is closed with 408. Node checks every 2 s.
 * Slow or silent connections cannot pile up for minutes; downloads are not limited by these.
 */
const timeouts = { headersTimeout: 10_000, requestTimeout: 20_000, connectionsCheckingInterval: 2_000 };

/** The build's headers for readers' pages and the editor's (they name the counter's origin), or the defaults. */
function readSecurityHeaders(siteDir: string | null): SiteHeaders {
  if (siteDir) {
    try {
      return JSON.parse(readFileSync(join(siteDir, serverHeadersFile), 'utf8')) as SiteHeaders;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return { site: securityHeaders({ https: false }), admin: securityHeaders({ https: false, admin: {} }) };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
    'Cache-Control': 'no-store',
  });
  res.end(json);
}

/**
 * Malformed HTTP that Node's parser refuses never reaches a handler; it still gets a JSON reason.
 * When the bad bytes follow a good request on the same connection (pipelined), that request's
 * answer, still being made, goes out first: its hit may already be counted.
 */
function createClientErrorAnswer(inFlight: WeakMap<Socket, ServerResponse>) {
  return function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
    const pending = inFlight.get(socket);
    // Only a request received whole is still owed its answer; one whose body never came is the
    // request this error (a timeout) is about.
    if (pending && pending.req.complete && !pending.writableFinished) {
      pending.once('close', () => answerClientError(error, socket));
      return;
    }
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const [status, reason] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large']
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'Request Timeout']
          : [400, 'Bad Request'];
    const body = JSON.stringify({ error: `malformed HTTP request (${error.code ?? 'parse error'})` });
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
    );
  };
}

export async function startServer(config: ServerConfig, options: { clock?: Clock } = {}): Promise<RunningServer> {
  checkSharedSecret(config);
  const clock = options.clock ?? systemClock;
  const pages = await loadPageList(config.pagesFile);
  const store = await openStore(config.store);
  const counter = createCounter({ store, pages, clock, legacyTotal: config.legacyTotal, secret: config.secret });
  const rateLimiter = config.rateLimit > 0 ? createRateLimiter(config.rateLimit, clock) : null;
  const addresses = clientAddresses(config.trustedProxies);
  const hits = createHitsHandler({ counter, rateLimiter, allowedOrigins: config.allowedOrigins, ...addresses });
  // The static handler lists the site's files once when it is made; a new build needs a new one (reload).
  let site = config.siteDir ? createStaticHandler(config.siteDir) : null;
  let headers = readSecurityHeaders(config.siteDir);
  const checkProxy = createUntrustedProxyCheck(config.trustedProxies.length > 0);

  /** Over HTTPS (as a trusted proxy says): browsers are told to use nothing else. */
  const overHttps = (req: IncomingMessage) => addresses.fromTrustedProxy(req) && req.headers['x-forwarded-proto'] === 'https';

  /** The answer each connection is making, so a parse error after it waits for it. */
  const inFlight = new WeakMap<Socket, ServerResponse>();
  const server = createServer({ keepAliveTimeout: 65_000, requireHostHeader: false, ...timeouts }, (req, res) => {
    inFlight.set(req.socket, res);
    const url = req.url ?? '/';
    const queryAt = url.indexOf('?');
    const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
    for (const [name, value] of isAdminPath(pathname) ? headers.admin : headers.site) res.setHeader(name, value);
    if (overHttps(req)) res.setHeader(...hsts);
    // Node's own answer to a missing Host header is an empty 400; ours says why, in JSON.
    if (req.httpVersion === '1.1' && !req.headers.host) {
      res.setHeader('Connection', 'close');
      sendJson(res, 400, { error: 'HTTP/1.1 requests need a Host header' });
      return;
    }
    if (pathname === '/api/hits') {
      // The warning is about the counter's rate limit, so only the counter's requests are checked.
      checkProxy(req);
      hits(req, res);
    } else if (pathname === '/api/health') {
      const store = counter.health();
      const body = {
        site: site ? 'ok' : 'not served here',
        counter: store.ok ? 'ok' : 'unavailable',
        ...(store.ok ? {} : { reason: store.reason }),
      };
      sendJson(res, store.ok ? 200 : 503, body);
    } else if (site) site(req, res);
    else sendJson(res, 404, { error: 'this server only serves /api/hits and /api/health' });
  });
  server.on('clientError', createClientErrorAnswer(inFlight));
  // Below the file limit, so that accepting one more connection never takes the descriptor a file
  // or the store needs; and a share per client address, so one address cannot take them all.
  server.maxConnections = config.maxConnections;
  limitConnectionsPerClient(server, config.maxConnectionsPerClient, addresses.isTrustedProxy);

  const maintain = () => {
    rateLimiter?.sweep();
    counter.maintain().catch((error: unknown) => console.error('counter: maintenance failed:', (error as Error).message));
  };
  // Not awaited: a store that is not reachable yet (Redis) must not keep the site from being served.
  maintain();
  const timer = setInterval(maintain, maintenanceMs);
  timer.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Without a host Node listens on every interface, IPv6 and IPv4 alike, so localhost works both ways.
    server.listen({ port: config.port, host: config.host }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host === undefined || config.host === '::' || config.host === '0.0.0.0' ? 'localhost' : config.host;

  return {
    server,
    counter,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    description: `${config.siteDir ? `site ${config.siteDir} and ` : ''}counter API (${store.description}, ${pages.size} pages)`,
    async reload() {
      const newPages = await loadPageList(config.pagesFile);
      // Requests already being answered keep the handler (and open files) they started with.
      const newSite = config.siteDir ? createStaticHandler(config.siteDir) : null;
      const newHeaders = readSecurityHeaders(config.siteDir);
      counter.setPages(newPages);
      site = newSite;
      headers = newHeaders;
      return newPages.size;
    },
    async close() {
      clearInterval(timer);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await counter.close();
    },
  };
}
