import { readFile } from 'node:fs/promises';
import { isAdminPath } from '../lib/adminPages.ts';
import { pathProblem } from './pagePath.ts';

/**
 * The pages the counter accepts, with the views each carried over from the legacy portal. The
 * build writes it (src/integrations/counterPages.ts) to dist/_bantin/pages.json; the API refuses
 * any other path with 404, so nobody can fill the store with junk keys.
 */
export type PageList = ReadonlyMap<string, number>;

/** Where the build puts the list, relative to the site's output directory. */
export const pageListFile = '_bantin/pages.json';

interface PageListJson {
  version: 1;
  /** path -> carried-over views (0 when none) */
  pages: Record<string, number>;
}

/**
 * The list from the build's page pathnames (Astro's "tin-tuc/2024/slug/", "" for the home page)
 * and the carried-over views by path. Error pages and non-HTML files (feeds, JSON) are left out.
 * Also returns the legacy paths that are not pages, which the build reports.
 */
export function buildPageList(
  pathnames: readonly string[],
  legacyViews: Readonly<Record<string, number>>,
): { pages: Map<string, number>; unknownLegacy: string[] } {
  const pages = new Map<string, number>();
  for (const pathname of pathnames) {
    let path = `/${pathname.replace(/^\/+/, '')}`;
    const last = path.slice(path.lastIndexOf('/') + 1);
    if (last.includes('.')) continue;
    if (!path.endsWith('/')) path += '/';
    if (/^\/(?:[a-z]{2}\/)?(?:404|500)\/$/.test(path)) continue;
    // The web editor is not a page readers visit.
    if (isAdminPath(path)) continue;
    if (pathProblem(path) !== undefined)
      throw new Error(`counter: the page path ${JSON.stringify(path)} is not one the API can accept: ${pathProblem(path)}`);
    pages.set(path, 0);
  }
  const unknownLegacy: string[] = [];
  for (const [path, views] of Object.entries(legacyViews)) {
    if (pages.has(path)) pages.set(path, views);
    else unknownLegacy.push(path);
  }
  return { pages, unknownLegacy };
}

export function serializePageList(pages: PageList): string {
  const sorted = [...pages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const json: PageListJson = { version: 1, pages: Object.fromEntries(sorted) };
  return `${JSON.stringify(json, null, 1)}\n`;
}

export function parsePageList(text: string, source: string): PageList {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source}: not JSON (${(error as Error).message})`);
  }
  const pages = (json as Partial<PageListJson> | null)?.pages;
  if ((json as Partial<PageListJson> | null)?.version !== 1 || typeof pages !== 'object' || pages === null) {
    throw new Error(`${source}: expected {"version": 1, "pages": {"/path/": views}}; rebuild the site`);
  }
  const list = new Map<string, number>();
  for (const [path, views] of Object.entries(pages)) {
    const problem = pathProblem(path);
    if (problem) throw new Error(`${source}: ${problem}: ${JSON.stringify(path)}`);
    if (!Number.isSafeInteger(views) || views < 0) throw new Error(`${source}: views for ${path} must be a whole number >= 0`);
    list.set(path, views);
  }
  return list;
}

export async function loadPageList(file: string): Promise<PageList> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new Error(
      `counter: no page list at ${file}. Build the site (npm run build), or point COUNTER_PAGES at a copy of dist/${pageListFile}.`,
    );
  }
  return parsePageList(text, file);
}
