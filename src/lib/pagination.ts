import { langs, type Lang } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';
import { paths, routeSegments } from './paths.ts';

/**
 * Splitting a long list into numbered pages: the news list, and each district's, document's and
 * year's articles. A page holds a bounded number of articles however large the archive grows, so
 * every list page stays light on a slow phone (docs/performance.md) and costs the build the same.
 */

/** Articles per list page, on every paginated list. */
export const LIST_PAGE_SIZE = 20;

export interface ListPage<T> {
  /** 1-based. */
  page: number;
  /** How many pages the list has; at least 1, so an empty list still has its page. */
  total: number;
  items: T[];
}

export function paginate<T>(items: readonly T[], size: number = LIST_PAGE_SIZE): ListPage<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({ page: i + 1, total, items: items.slice(i * size, (i + 1) * size) }));
}

/**
 * True for page 2 and later of a list ("/dia-phuong/x/trang/2/", "/en/news/page/3/"): pages whose
 * only hreflang is themselves, since page n in one language lists other articles than in the other.
 */
export function isLaterListPage(path: string): boolean {
  return laterPagePatterns.some(({ home, later }) => later.test(path) && path.startsWith(home));
}

const laterPagePatterns = langs.map((lang) => ({ home: paths.home(lang), later: new RegExp(`/${routeSegments[lang].page}/\\d+/$`) }));

/**
 * The rest-parameter value of page n in a `[...page].astro` route: undefined for page 1 (the
 * list's own URL), "trang/2" / "page/2" after it. Must agree with src/lib/paths.ts.
 */
export function pageParam(page: number, lang: Lang): string | undefined {
  return page <= 1 ? undefined : `${routeSegments[lang].page}/${page}`;
}

/** A list page's title: the list's own on page 1, "… – trang 2" / "… – page 2" after it. */
export function listPageTitle(lang: Lang, heading: string, page: number): string {
  return page === 1 ? heading : t(lang, 'list.pageTitle', { title: heading, page });
}
