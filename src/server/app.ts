import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createCounter, type Counter } from '../counter/counter.ts';
import { createHitsHandler } from '../counter/handler.ts';
import { openStore } from '../counter/openStore.ts';
import { loadPageList } from '../counter/pages.ts';
import { createRateLimiter } from '../counter/rateLimit.ts';
import { systemClock, type Clock } from '../counter/rules.ts';
import type { ServerConfig } from './config.ts';
import { createUntrustedProxyCheck } from './proxyWarning.ts';
import { createStaticHandler } from './static.ts';

/**
 * One node:http server for both jobs: the built site as static files and the counter API at
 * /api/hits; or the API alone when there is no site to serve (docs/counter.md explains why this
 * and not Astro's node adapter).
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

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
    'Cache-Control': 'no-store',
  });
  res.end(json);
}

/** Malformed HTTP that Node's parser refuses never reaches a handler; it still gets a JSON reason. */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
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
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

export async function startServer(config: ServerConfig, options: { clock?: Clock } = {}): Promise<RunningServer> {
  const clock = options.clock ?? systemClock;
  const pages = await loadPageList(config.pagesFile);
  const store = await openStore(config.store);
  const counter = createCounter({ store, pages, clock, legacyTotal: config.legacyTotal });
  const rateLimiter = config.rateLimit > 0 ? createRateLimiter(config.rateLimit, clock) : null;
  const hits = createHitsHandler({ counter, rateLimiter, allowedOrigins: config.allowedOrigins, trustProxy: config.trustProxy });
  // sirv lists the site's files once when it is created; a new build needs a new handler (reload).
  let site = config.siteDir ? createStaticHandler(config.siteDir) : null;
  const checkProxy = createUntrustedProxyCheck(config.trustProxy);

  // Node's own answer to a missing Host header is an empty 400; ours says why, in JSON.
  const server = createServer({ keepAliveTimeout: 65_000, requireHostHeader: false }, (req, res) => {
    if (req.httpVersion === '1.1' && !req.headers.host) {
      res.setHeader('Connection', 'close');
      sendJson(res, 400, { error: 'HTTP/1.1 requests need a Host header' });
      return;
    }
    const url = req.url ?? '/';
    const queryAt = url.indexOf('?');
    const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
    if (pathname === '/api/hits') {
      // The warning is about the counter's rate limit, so only the counter's requests are checked.
      checkProxy(req);
      hits(req, res);
    } else if (site) site(req, res);
    else sendJson(res, 404, { error: 'this server only serves /api/hits' });
  });
  server.on('clientError', answerClientError);

  const maintain = () => {
    rateLimiter?.sweep();
    counter.maintain().catch((error: unknown) => console.error('counter: maintenance failed:', error));
  };
  await counter.maintain();
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
      counter.setPages(newPages);
      site = newSite;
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
