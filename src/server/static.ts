import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import compression from 'compression';
import send from 'send';
import { decideRange } from './byteRange.ts';
import { listSiteFiles } from './siteFiles.ts';

/**
 * The built site (dist/) as static files. Hashed assets under /_astro/ are cached for a year;
 * everything else is revalidated on every visit (ETag, so usually a 304), so a new build shows at
 * once. Unknown paths get the site's 404 page (the English one under /en/) with status 404.
 *
 * Files are answered by `send` (the static-file layer of Express): conditional requests, If-Range,
 * 416 answers. Which bytes a Range asks for is decided first, by byteRange.ts (RFC 9110: the whole
 * file for an invalid or multiple range, suffixes cut to the file), and handed to `send` in the one
 * canonical form its parser reads the same way. Only files listed when the handler is made are served
 * (siteFiles.ts: nothing whose real path leaves the site); after a new build the server makes a
 * new handler (SIGHUP, src/server/main.ts), so readers never get a half-written build's pages.
 *
 * Text answers (HTML, CSS, JS, XML, JSON, SVG) are compressed as they are sent, brotli or gzip as
 * the browser asks: an article page is 28 KB of HTML but 7.6 KB gzipped, the difference between one
 * round trip and three on a slow phone. Compressing when asked (about 0.3 ms a page) keeps the
 * build's cost per page down; a site behind a CDN or nginx gets the same from them. A range answer
 * is never compressed: its Content-Range counts the file's own bytes.
 */

function cacheControl(pathname: string): string {
  return pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

function readIfExists(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export function createStaticHandler(siteDir: string): Handler {
  const root = resolve(siteDir);
  const files = listSiteFiles(root);
  const notFound = {
    vi: readIfExists(join(root, '404.html')),
    en: readIfExists(join(root, 'en', '404.html')) ?? readIfExists(join(root, 'en', '404', 'index.html')),
  };
  // Every directory with an index page, to redirect "/tin-tuc" to "/tin-tuc/" (the canonical form).
  const directories = new Set(
    [...files.keys()].filter((name) => name.endsWith('/index.html')).map((name) => name.slice(0, -'index.html'.length)),
  );

  function sendNotFound(req: IncomingMessage, res: ServerResponse): void {
    const english = /^\/en(?:[/?]|$)/.test(req.url ?? '');
    const page = (english ? notFound.en : undefined) ?? notFound.vi;
    res.writeHead(404, {
      'Content-Type': page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
      'Cache-Control': 'no-cache',
    });
    res.end(page ?? 'Not found');
  }

  function sendError(req: IncomingMessage, res: ServerResponse, error: { status?: number; headers?: Record<string, string> }): void {
    // A file listed at start-up but gone now (a build rewriting dist/ before SIGHUP) is a 404 too.
    const status = error.status ?? 500;
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (status === 404) {
      sendNotFound(req, res);
      return;
    }
    res.writeHead(status, { ...error.headers, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.end(status === 416 ? 'Range Not Satisfiable' : String(status));
  }

  // compression's types are Express's; it only uses what node:http's request and response have.
  const compress = compression({
    filter: (req, res) => res.statusCode !== 206 && compression.filter(req, res),
  }) as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed');
      return;
    }
    const url = req.url ?? '/';
    const queryAt = url.indexOf('?');
    const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      sendNotFound(req, res);
      return;
    }
    if (!decoded.endsWith('/') && directories.has(`${decoded}/`)) {
      res.writeHead(301, { Location: `${pathname}/${queryAt === -1 ? '' : url.slice(queryAt)}`, 'Cache-Control': 'no-cache' });
      res.end();
      return;
    }
    const size = files.get(decoded.endsWith('/') ? `${decoded}index.html` : decoded);
    if (size === undefined) {
      sendNotFound(req, res);
      return;
    }
    const range = decideRange(req.headers.range, size);
    if (range.kind === 'whole') delete req.headers.range;
    else req.headers.range = range.kind === 'part' ? `bytes=${range.start}-${range.end}` : `bytes=${size}-`;
    // A HEAD answer must carry the headers GET's would, compression's included, and both send and
    // compression leave HEAD alone. So the handlers see a GET; Node's response, made for a HEAD
    // request, still sends no body (node:http drops what is written to a HEAD response).
    req.method = 'GET';
    compress(req, res, () => {
      send(req, pathname, { root, index: ['index.html'], dotfiles: 'allow', cacheControl: false, etag: true, lastModified: true })
        .on('headers', (response: ServerResponse) => response.setHeader('Cache-Control', cacheControl(pathname)))
        .on('directory', () => sendNotFound(req, res))
        .on('error', (error: { status?: number; headers?: Record<string, string> }) => sendError(req, res, error))
        .pipe(res);
    });
  };
}
