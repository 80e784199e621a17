import type { PathWithRoute } from 'astro';
import { defaultLang, langs, type Lang } from '../i18n/locales.ts';
import { articleFileLang } from '../lib/searchBundles.ts';

/** The file a page becomes in dist/ ("tin-tuc/2024/slug/index.html"), from its pathname; Pagefind makes its URL from it. */
export function pageFile(pathname: string): string {
  const path = pathname.replace(/^\/+|\/+$/g, '');
  return path === '' ? 'index.html' : `${path}/index.html`;
}

/** Article languages in the order their pages are rendered: the default language, whose full-text bundle takes longest to write, first. */
const order: Lang[] = [defaultLang, ...langs.filter((lang) => lang !== defaultLang)];

export interface IndexingOrder {
  paths: PathWithRoute[];
  /** The files of each language's article pages ("tin-tuc/2024/slug/index.html"): once all are rendered, the language is done. */
  articles: Map<Lang, Set<string>>;
  /** An article's file that more than one route claims: then nothing is reordered. */
  conflict?: string;
}

/**
 * Astro's pages, reordered so that every article page of a language comes before the next
 * language's, and all of them before any other page. A search bundle can only be written once its
 * last page is indexed; with the articles first, Pagefind writes while Astro renders the list,
 * district and document pages, instead of after them (docs/performance.md).
 *
 * Astro's order is kept within each group, so a page that two other routes claim keeps its
 * winner. An article's address that more than one route claims leaves every page where Astro put
 * it, with no early writing at all (`articles` empty): which route wins depends on Astro's order.
 */
export function articlesFirst(paths: PathWithRoute[]): IndexingOrder {
  const seen = new Set<string>();
  const groups = new Map<Lang | 'rest', PathWithRoute[]>([...order, 'rest' as const].map((group) => [group, []]));
  const articles = new Map(order.map((lang) => [lang, new Set<string>()]));
  for (const path of paths) {
    const file = pageFile(path.pathname);
    if (seen.has(file) && articleFileLang(file)) return { paths, articles: new Map(), conflict: file };
    seen.add(file);
    const lang = path.route.type === 'page' ? articleFileLang(file) : undefined;
    groups.get(lang ?? 'rest')!.push(path);
    if (lang) articles.get(lang)!.add(file);
  }
  return { paths: [...groups.values()].flat(), articles };
}
