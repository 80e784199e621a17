import { readFile, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { strokeD } from '../lib/searchFold.ts';
import { bundleDirs, headlineHtml, isArticleFile } from '../lib/searchBundles.ts';

/**
 * Builds the search indexes into the build output when `astro build` finishes, so a plain build
 * yields a searchable site and nothing is written into the source tree (ARCHITECTURE.md §6).
 * Pagefind reads `<html lang>` and makes one index per language; only the parts marked
 * `data-pagefind-body` (article bodies) are indexed, and page chrome inside them is marked
 * `data-pagefind-ignore` in src/views/ArticleView.astro. Each page is handed over with "đ" written
 * as a stroked "d" (src/lib/searchFold.ts), which is what lets "dong khoi" find "Đồng khởi".
 *
 * Two bundles from one reading of the pages (src/lib/searchBundles.ts says why):
 * - `pagefind/`: the full text, for the complete, filterable result list;
 * - `pagefind-head/`: the headline only (district, title, lede, and the hidden metadata with the
 *   cited document numbers, filters and sort), about a thirtieth of the words, so the first results
 *   of any query arrive within the budget (issue 3) while the full index is still loading.
 */

/**
 * Pagefind also writes its ready-made UIs (about 400 KB); our search page has its own, so only the
 * search API, its worker, the WebAssembly and the index itself are kept.
 */
const unusedBundleFile = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/**
 * The headline index leaves out everything in the article body but the district line, the title,
 * the lede and the hidden search metadata (src/components/SearchIndexMeta.astro), which is marked
 * data-pagefind-ignore: its meta, filters and sort are read, its text is not. It is handed only
 * that part of each page (`headlineHtml`); the selector makes a page of another shape, handed over
 * whole, give the same headline.
 */
const notHeadline = ['[data-pagefind-body] > :not(.kicker, h1, .lede, [data-pagefind-ignore])'];

export interface IndexStats {
  /** Pages indexed (those with data-pagefind-body). */
  pages: number;
  /** Files and bytes written, both bundles. */
  files: number;
  bytes: number;
  milliseconds: number;
}

/** Pages handed to Pagefind at a time: it indexes one by one, this keeps its queue fed. */
const inFlight = 16;

async function addArticlePages(indexes: { full: PagefindIndex; head: PagefindIndex }, siteDir: string): Promise<number> {
  const files = (await readdir(siteDir, { recursive: true })).filter(isArticleFile);
  let next = 0;
  let added = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      const html = await readFile(join(siteDir, file), 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const content = strokeD(html);
      for (const [index, page] of [
        [indexes.full, content],
        [indexes.head, strokeD(headlineHtml(html) ?? html)],
      ] as const) {
        const { errors } = await index.addHTMLFile({ sourcePath: file, content: page });
        if (errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${errors.join('; ')}`);
      }
      added += 1;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return added;
}

/** Writes one bundle with Pagefind's own writer, then removes the UI files we do not serve. */
async function writeBundle(index: PagefindIndex, outputPath: string): Promise<{ files: number; bytes: number }> {
  await rm(outputPath, { recursive: true, force: true });
  const { errors } = await index.writeFiles({ outputPath });
  if (errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${errors.join('; ')}`);
  let files = 0;
  let bytes = 0;
  for (const name of await readdir(outputPath, { recursive: true })) {
    const path = join(outputPath, name);
    if (unusedBundleFile.test(name)) {
      await rm(path);
      continue;
    }
    const info = await stat(path);
    if (!info.isFile()) continue;
    files += 1;
    bytes += info.size;
  }
  return { files, bytes };
}

/**
 * Indexes the built site in `siteDir` and writes both bundles into `outputDir` (the site itself by
 * default), replacing them.
 */
export async function writeSearchIndex(siteDir: string, outputDir = siteDir): Promise<IndexStats> {
  const started = performance.now();
  try {
    const full = await createIndex({});
    const head = await createIndex({ excludeSelectors: notHeadline });
    if (!full.index || !head.index) throw new Error(`Pagefind could not start: ${[...full.errors, ...head.errors].join('; ')}`);
    const pages = await addArticlePages({ full: full.index, head: head.index }, siteDir);
    const written = [
      await writeBundle(full.index, join(outputDir, bundleDirs.full)),
      await writeBundle(head.index, join(outputDir, bundleDirs.head)),
    ];
    return {
      pages,
      files: written.reduce((n, w) => n + w.files, 0),
      bytes: written.reduce((n, w) => n + w.bytes, 0),
      milliseconds: performance.now() - started,
    };
  } finally {
    await close();
  }
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'bantin:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const stats = await writeSearchIndex(fileURLToPath(dir));
        const seconds = (stats.milliseconds / 1000).toFixed(2);
        logger.info(
          `Indexed ${stats.pages} pages in ${seconds} s (${Math.round(stats.bytes / 1024)} KiB in ${bundleDirs.full}/ and ${bundleDirs.head}/)`,
        );
      },
    },
  };
}
