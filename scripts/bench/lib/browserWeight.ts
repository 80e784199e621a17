import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createStaticHandler } from '../../../src/server/static.ts';
import { chromiumLaunchOptions } from '../../lib/chromium.ts';
import { gzipSize, inlineScripts, renderBlockingResources, type PageWeight } from './pageWeight.ts';

/**
 * Loads built pages in Chromium (Debian's, headless, phone-sized viewport) from the site's
 * static server and records what each page really requests on first load: which fonts the browser picks
 * from the unicode-range subsets, which scripts run. Sizes are measured on the files in dist/,
 * gzipped as a server would send them.
 */

async function serve(dir: string): Promise<{ server: Server; origin: string }> {
  // The site's own static layer, as readers get it (security headers aside).
  const server = createServer(createStaticHandler(dir));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

async function fileFor(dir: string, pathname: string): Promise<Buffer | undefined> {
  let file = join(dir, decodeURIComponent(pathname));
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    return await readFile(file);
  } catch {
    return undefined;
  }
}

export async function measurePages(dir: string, paths: readonly string[]): Promise<PageWeight[]> {
  const { server, origin } = await serve(dir);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const results: PageWeight[] = [];
    for (const path of paths) {
      const context = await browser.newContext({
        viewport: { width: 412, height: 823 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      const requests: { url: URL; type: string }[] = [];
      page.on('request', (request) => requests.push({ url: new URL(request.url()), type: request.resourceType() }));
      // A page the site does not have (yet) is left out rather than failing the bench.
      const response = await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' }).catch(() => null);
      await context.close();
      if (!response?.ok()) continue;

      const html = (await fileFor(dir, path))?.toString('utf8') ?? '';
      const weight: PageWeight = {
        path,
        htmlGzip: gzipSize(html),
        cssGzip: 0,
        jsGzip: 0,
        jsFiles: 0,
        fonts: [],
        renderBlocking: renderBlockingResources(html),
        otherRequests: [],
      };
      const inline = inlineScripts(html);
      if (inline.length > 0) weight.jsGzip += gzipSize(inline.join('\n'));
      for (const { url, type } of requests) {
        if (url.origin !== origin) {
          weight.otherRequests.push(url.href);
          continue;
        }
        if (type === 'document') continue;
        const body = await fileFor(dir, url.pathname);
        if (type === 'stylesheet' && body) weight.cssGzip += gzipSize(body);
        else if (type === 'script' && body) {
          weight.jsGzip += gzipSize(body);
          weight.jsFiles++;
        } else if (type === 'font') weight.fonts.push({ url: url.pathname, bytes: body?.byteLength ?? 0 });
        else weight.otherRequests.push(`${type} ${url.pathname}${body ? '' : ' (not in dist)'}`);
      }
      results.push(weight);
    }
    return results;
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
