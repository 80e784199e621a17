import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { strokeD } from '../lib/searchFold.ts';

/**
 * Builds the Pagefind search index into the build output (`dist/pagefind/`) when `astro build`
 * finishes, so a plain build yields a searchable site and nothing is written into the source tree
 * (ARCHITECTURE.md §6). Pagefind reads `<html lang>` and makes one index per language; only the
 * parts marked `data-pagefind-body` (article bodies) are indexed, so only those pages are read.
 * Each page is handed over with "đ" written as a stroked "d" (src/lib/searchFold.ts), which is what
 * lets "dong khoi" find "Đồng khởi".
 */

/**
 * Pagefind also writes its ready-made UIs (about 400 KB); our search page has its own, so only the
 * search API, its worker, the WebAssembly and the index itself are kept.
 */
const unusedBundleFile = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/**
 * Page furniture inside the article's `data-pagefind-body` that is not the article: the date and
 * view-count line, the printed URL (its slug would let "dong khoi" match through the URL rather than
 * the text) and screen-reader labels ("Đăng lúc:", "Tác giả:"). Marking these data-pagefind-ignore in
 * src/views/ArticleView.astro would say the same in the markup; until then they are listed here.
 */
const pageChrome = ['.byline-top', '.print-url', '.visually-hidden'];

export interface IndexStats {
  /** Pages indexed (those with data-pagefind-body). */
  pages: number;
  /** Files and bytes written. */
  files: number;
  bytes: number;
  milliseconds: number;
}

/** Pages handed to Pagefind at a time: it indexes one by one, this keeps its queue fed. */
const inFlight = 16;

async function addArticlePages(index: PagefindIndex, siteDir: string): Promise<number> {
  const files = (await readdir(siteDir, { recursive: true })).filter((f) => f.endsWith('.html'));
  let next = 0;
  let added = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      const html = await readFile(join(siteDir, file), 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const { errors } = await index.addHTMLFile({ sourcePath: file, content: strokeD(html) });
      if (errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${errors.join('; ')}`);
      added += 1;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return added;
}

/** Indexes the built site in `siteDir` and writes the bundle to `outputDir` (replacing it). */
export async function writeSearchIndex(siteDir: string, outputDir = join(siteDir, 'pagefind')): Promise<IndexStats> {
  const started = performance.now();
  try {
    const { index, errors } = await createIndex({ excludeSelectors: pageChrome });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const pages = await addArticlePages(index, siteDir);
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length > 0) throw new Error(`Pagefind could not write its index: ${fileErrors.join('; ')}`);
    await rm(outputDir, { recursive: true, force: true });
    let written = 0;
    let bytes = 0;
    for (const file of files) {
      if (unusedBundleFile.test(file.path)) continue;
      const target = join(outputDir, file.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content);
      written += 1;
      bytes += file.content.byteLength;
    }
    return { pages, files: written, bytes, milliseconds: performance.now() - started };
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
        logger.info(`Indexed ${stats.pages} pages in ${seconds} s (${Math.round(stats.bytes / 1024)} KiB in pagefind/)`);
      },
    },
  };
}
