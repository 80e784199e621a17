import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger, AstroPrerenderer, PathWithRoute } from 'astro';
import { langs, type Lang } from '../i18n/locales.ts';
import { articleFileLang, bundleDirs } from '../lib/searchBundles.ts';
import { reuseLine, startSearchIndexer, writeSearchIndex, type IndexStats, type SearchIndexer } from './searchIndexer.ts';
import { parentIndexes, startRemoteIndexer, type RemoteIndexer } from './searchIndexRemote.ts';

/**
 * Builds the search indexes (src/integrations/searchIndexer.ts) into the build output, so a plain
 * build yields a searchable site and nothing is written into the source tree (docs/architecture.md, section Search).
 *
 * Each article page goes to the indexer as soon as Astro has rendered it, through the prerenderer
 * that `astro:build:start` hands to `setPrerenderer`, rather than read back from dist/ once every
 * page is written: the part of it Pagefind indexes is cut and staged on the second core while
 * Astro renders on the first, instead of after the build (docs/performance.md). Only the documented interface is
 * used: the paths Astro returns are passed on as they are, in Astro's order, and each rendered
 * page is passed on unchanged. A language's bundles are written as soon as its last article page
 * is rendered, whenever that comes in Astro's order (at the end of the build at the latest).
 *
 * If no page came through (a site with an adapter, which sets its own prerenderer, or an Astro
 * that does not use this one), the pages are read from dist/ when the build is done, as Pagefind's
 * own integration does.
 *
 * Started by `npm run build` (scripts/build.ts), the build indexes nothing itself: it sends each
 * article page to that process (src/integrations/searchIndexRemote.ts), which stages it at once
 * and has Pagefind write the bundles after Astro's process has exited, so that the memory Pagefind
 * takes for the Vietnamese full text is never added to Astro's (docs/performance.md).
 */
export default function pagefindIndex(): AstroIntegration {
  let indexer: SearchIndexer | undefined;
  let remote: RemoteIndexer | undefined;
  let outDir = 'dist';
  let cacheDir: string | undefined;
  let adapter = false;
  let pagesSeen = 0;
  /** When Astro rendered its last page: the other integrations' build:done hooks run before this one's. */
  let lastPage = performance.now();
  return {
    name: 'bantin:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
        adapter = config.adapter !== undefined;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        if (parentIndexes()) remote = startRemoteIndexer(outDir, cacheDir!);
        if (adapter) return;
        const target = remote ? { add: remote.add, languageDone: () => undefined } : (indexer = startSearchIndexer(outDir, cacheDir));
        setPrerenderer((prerenderer) =>
          indexing(prerenderer, target, () => {
            pagesSeen += 1;
            lastPage = performance.now();
          }),
        );
      },
      'astro:build:done': async ({ logger }) => {
        if (remote) {
          if (pagesSeen === 0) await remote.readOutput();
          await remote.finish();
          remote = undefined;
          logger.info(
            `Handed ${pagesSeen > 0 ? 'the article pages' : 'no page'} to npm run build's search indexer, which writes the bundles when Astro has finished`,
          );
          return;
        }
        let stats: IndexStats;
        if (indexer && pagesSeen > 0) {
          stats = await indexer.finish();
          const seconds = (Math.max(0, performance.now() - lastPage) / 1000).toFixed(2);
          logger.info(`Indexed ${stats.pages} pages as they were rendered, wrote the bundles in ${seconds} s after the last page`);
        } else {
          await indexer?.stop();
          stats = await writeSearchIndex(outDir, outDir, cacheDir);
          logger.info(`Indexed ${stats.pages} pages in ${(stats.milliseconds / 1000).toFixed(2)} s, read from ${outDir} after the build`);
        }
        indexer = undefined;
        report(stats, logger);
      },
    },
  };
}

function report(stats: IndexStats, logger: Pick<AstroIntegrationLogger, 'info' | 'warn'>): void {
  logger.info(reuseLine(stats));
  if (stats.workerError)
    logger.warn(`Search bundles of a worker thread were built in the main thread (no worker thread: ${stats.workerError})`);
  logger.info(`${Math.round(stats.bytes / 1024)} KiB in ${bundleDirs.full}/ and ${bundleDirs.head}/, one bundle per language in each`);
}

/** The file a page becomes in dist/ ("tin-tuc/2024/slug/index.html"), from its pathname; Pagefind makes its URL from it. */
export function pageFile(pathname: string): string {
  const path = pathname.replace(/^\/+|\/+$/g, '');
  return path === '' ? 'index.html' : `${path}/index.html`;
}

/**
 * The article pages of each language among the paths Astro will render (either documented
 * shape), with how many times each comes: a file two routes claim is rendered twice.
 */
export function articleFiles(result: PathWithRoute[] | { paths: PathWithRoute[] }): Map<Lang, Map<string, number>> {
  const files = new Map<Lang, Map<string, number>>(langs.map((lang) => [lang, new Map()]));
  for (const path of Array.isArray(result) ? result : result.paths) {
    const file = pageFile(path.pathname);
    const lang = articleFileLang(file);
    if (!lang) continue;
    const left = files.get(lang)!;
    left.set(file, (left.get(file) ?? 0) + 1);
  }
  return files;
}

/**
 * Astro's prerenderer, handing every article page it renders to the indexer on the way out; the
 * indexer hears when a language's last article page is rendered. `onPage` is called after each page.
 */
export function indexing(
  prerenderer: AstroPrerenderer,
  indexer: Pick<SearchIndexer, 'add' | 'languageDone'>,
  onPage: () => void = () => undefined,
): AstroPrerenderer {
  let articlesLeft = new Map<Lang, Map<string, number>>();
  const rendered = (lang: Lang, file: string) => {
    const left = articlesLeft.get(lang);
    const times = left?.get(file);
    if (!left || times === undefined) return;
    if (times > 1) left.set(file, times - 1);
    else left.delete(file);
    if (left.size === 0) indexer.languageDone(lang);
  };
  return {
    ...prerenderer,
    async getStaticPaths() {
      const result = await prerenderer.getStaticPaths();
      articlesLeft = articleFiles(result);
      // A language with no article is done before the first page.
      for (const [lang, files] of articlesLeft) if (files.size === 0) indexer.languageDone(lang);
      return result;
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
