import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

/**
 * The built site (dist/) as static files. Hashed assets under /_astro/ are cached for a year;
 * everything else is revalidated on every visit (ETag, so usually a 304), so a new build shows at
 * once. Unknown paths get the site's 404 page (the English one under /en/) with status 404.
 *
 * The handler lists the site's files, sizes and ETags once, when it is made (sirv without `dev`):
 * after a new build the server makes a new one (SIGHUP, src/server/main.ts).
 *
 * Text answers (HTML, CSS, JS, XML, JSON, SVG) are compressed as they are sent, brotli or gzip as
 * the browser asks: an article page is 28 KB of HTML but 7.6 KB gzipped, the difference between one
 * round trip and three on a slow phone. Compressing when asked (about 0.3 ms a page) rather than
 * writing .br/.gz copies at build time keeps the build's cost per page down (issue 7); a site
 * behind a CDN or nginx gets the same from them.
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

export function createStaticHandler(siteDir: string): (req: IncomingMessage, res: ServerResponse) => void {
  const root = resolve(siteDir);
  const notFound = {
    vi: readIfExists(join(root, '404.html')),
    en: readIfExists(join(root, 'en', '404.html')) ?? readIfExists(join(root, 'en', '404', 'index.html')),
  };
  // Every directory with an index page, to redirect "/tin-tuc" to "/tin-tuc/" (the canonical form).
  const directories = new Set(
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((name) => name === 'index.html' || name.endsWith(`${sep}index.html`))
      .map((name) => `/${name.slice(0, -'index.html'.length).split(sep).join('/')}`),
  );

  function sendNotFound(req: IncomingMessage, res: ServerResponse): void {
    const english = /^\/en(?:[/?]|$)/.test(req.url ?? '');
    const page = (english ? notFound.en : undefined) ?? notFound.vi;
    res.writeHead(404, { 'Content-Type': page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.end(page ?? 'Not found');
  }

  // compression's types are Express's; it only uses what node:http's request and response have.
  const compress = compression() as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  const serve = sirv(root, {
    etag: true,
    setHeaders(res, pathname) {
      res.setHeader('Cache-Control', cacheControl(pathname));
      res.setHeader('X-Content-Type-Options', 'nosniff');
    },
  });

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed');
      return;
    }
    const url = req.url ?? '/';
    const queryAt = url.indexOf('?');
    const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
    if (!pathname.endsWith('/')) {
      let decoded = pathname;
      try {
        decoded = decodeURI(pathname);
      } catch {
        // Not a path we have; sirv and the 404 page deal with it.
      }
      if (directories.has(`${decoded}/`)) {
        res.writeHead(301, { Location: `${pathname}/${queryAt === -1 ? '' : url.slice(queryAt)}`, 'Cache-Control': 'no-cache' });
        res.end();
        return;
      }
    }
    // sirv streams the files it listed when it was created. While a new build rewrites the site
    // (before SIGHUP hands the server the new list) a listed file may be gone, and the stream's
    // error, which nothing else listens to, would crash the whole server, counter included. Only
    // that one answer is dropped instead (its headers are already written).
    res.once('pipe', (source) => source.once('error', () => res.destroy()));
    compress(req, res, () => serve(req, res, () => sendNotFound(req, res)));
  };
}
