import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import type { Lang } from '../i18n/locales.ts';
import { articleFileLang, bundleDirs } from '../lib/searchBundles.ts';
import { articlesFirst, pageFile } from './articlesFirst.ts';
import { startSearchIndexer, type SearchIndexer } from './searchIndexer.ts';

/**
 * Builds the search indexes (src/integrations/searchIndexer.ts) into the build output, so a plain
 * build yields a searchable site and nothing is written into the source tree (ARCHITECTURE.md §6).
 *
 * Each article page goes to Pagefind as soon as Astro has rendered it, through Astro's prerenderer
 * hook, rather than read back from dist/ once every page is written: Pagefind then indexes on the
 * second core while Astro renders on the first, instead of both waiting for the other (at 10,000
 * articles the indexing took as long as the whole bare Astro build, docs/performance.md).
 * Astro renders the articles first, language by language (src/integrations/articlesFirst.ts), so
 * the bundles are written while it renders the other pages.
 */
export default function pagefindIndex(): AstroIntegration {
  let indexer: SearchIndexer | undefined;
  let outDir = 'dist';
  /** When Astro rendered its last page: the other integrations' build:done hooks run before this one's. */
  let lastPage = performance.now();
  return {
    name: 'bantin:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': async ({ setPrerenderer, logger }) => {
        indexer = startSearchIndexer(outDir);
        setPrerenderer((prerenderer) => indexing(prerenderer, indexer!, logger, () => (lastPage = performance.now())));
      },
      'astro:build:done': async ({ logger }) => {
        if (!indexer) return;
        const stats = await indexer.finish();
        indexer = undefined;
        if (stats.workerError)
          logger.warn(`Search bundles of a worker thread were built in the main thread (no worker thread: ${stats.workerError})`);
        const seconds = (Math.max(0, performance.now() - lastPage) / 1000).toFixed(2);
        logger.info(
          `Indexed ${stats.pages} pages as they were rendered, wrote the bundles in ${seconds} s after the last page (${Math.round(stats.bytes / 1024)} KiB in ${bundleDirs.full}/ and ${bundleDirs.head}/, one bundle per language in each)`,
        );
      },
    },
  };
}

/**
 * Astro's prerenderer, rendering the articles first and handing every article page it renders to
 * the indexer on the way out; the indexer hears when a language's last article is rendered.
 * `onPage` is called after each page.
 */
export function indexing(
  prerenderer: AstroPrerenderer,
  indexer: Pick<SearchIndexer, 'add' | 'languageDone'>,
  logger: Pick<AstroIntegrationLogger, 'warn'>,
  onPage: () => void = () => undefined,
): AstroPrerenderer {
  let articlesLeft = new Map<Lang, Set<string>>();
  const rendered = (lang: Lang, file: string) => {
    const left = articlesLeft.get(lang);
    if (left?.delete(file) && left.size === 0) indexer.languageDone(lang);
  };
  return {
    ...prerenderer,
    async getStaticPaths() {
      const order = articlesFirst(await prerenderer.getStaticPaths());
      if (order.conflict) logger.warn(`Two routes make ${order.conflict}: the search bundles are written after the build, not during it`);
      articlesLeft = order.articles;
      // A language with no article is done before the first page.
      for (const [lang, files] of articlesLeft) if (files.size === 0) indexer.languageDone(lang);
      return order.paths;
    },
    async render(request, options) {
      const result = await prerenderer.render(request, options);
      onPage();
      const response = result instanceof Response ? result : result.response;
      const file = pageFile(decodeURI(new URL(request.url).pathname));
      const lang = articleFileLang(file);
      if (!lang) return result;
      let page = result;
      if (response.status === 200) {
        // Bytes, not text: the indexer's worker threads decode them (src/integrations/searchIndexer.ts).
        const bytes = new Uint8Array(await response.arrayBuffer());
        await indexer.add(lang, file, bytes);
        const copy = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
        page = result instanceof Response ? copy : { ...result, response: copy };
      }
      // A page that did not render counts too: the language is done when Astro has been through its articles.
      rendered(lang, file);
      return page;
    },
  };
}
