import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { articleFileLang, bundleDirs } from '../lib/searchBundles.ts';
import { startSearchIndexer, type SearchIndexer } from './searchIndexer.ts';

/**
 * Builds the search indexes (src/integrations/searchIndexer.ts) into the build output, so a plain
 * build yields a searchable site and nothing is written into the source tree (ARCHITECTURE.md §6).
 *
 * Each article page goes to Pagefind as soon as Astro has rendered it, through Astro's prerenderer
 * hook, rather than read back from dist/ once every page is written: Pagefind then indexes on the
 * second core while Astro renders on the first, instead of both waiting for the other (at 10,000
 * articles the indexing took as long as the whole bare Astro build, docs/performance.md).
 * The bundles are written when the build is done.
 */
export default function pagefindIndex(): AstroIntegration {
  let indexer: SearchIndexer | undefined;
  return {
    name: 'bantin:pagefind',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        indexer = startSearchIndexer();
        setPrerenderer((prerenderer) => indexing(prerenderer, indexer!));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexer) return;
        const writing = performance.now();
        const stats = await indexer.finish(fileURLToPath(dir));
        indexer = undefined;
        if (stats.workerError) logger.warn(`The headline index was built in the main thread (no worker thread: ${stats.workerError})`);
        const seconds = ((performance.now() - writing) / 1000).toFixed(2);
        logger.info(
          `Indexed ${stats.pages} pages as they were rendered, wrote the bundles in ${seconds} s (${Math.round(stats.bytes / 1024)} KiB in ${bundleDirs.full}/ and ${bundleDirs.head}/, one bundle per language in each)`,
        );
      },
    },
  };
}

/** Astro's prerenderer, handing every article page it renders to the indexer on the way out. */
function indexing(prerenderer: AstroPrerenderer, indexer: SearchIndexer): AstroPrerenderer {
  return {
    ...prerenderer,
    async render(request, options) {
      const result = await prerenderer.render(request, options);
      const response = result instanceof Response ? result : result.response;
      // The file the page becomes in dist/ ("tin-tuc/2024/slug/index.html"): Pagefind makes its URL from it.
      const file = `${decodeURI(new URL(request.url).pathname).slice(1)}index.html`;
      if (response.status !== 200 || !articleFileLang(file)) return result;
      const html = await response.text();
      await indexer.add(file, html);
      const copy = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
      return result instanceof Response ? copy : { ...result, response: copy };
    },
  };
}
