import type { Lang } from '../i18n/locales.ts';
import { defaultLang, langs, locales, otherLang } from '../i18n/locales.ts';
import { isAdminPath } from './adminPages.ts';
import { isLaterListPage } from './pagination.ts';
import { routeSegments } from './paths.ts';

/**
 * hreflang alternates for the sitemap. @astrojs/sitemap's own i18n pairing only matches URLs
 * whose paths are equal after the locale prefix ("/x/" ↔ "/en/x/"), but ours are translated
 * ("/tin-tuc/2024/slug/" ↔ "/en/news/2024/slug/"), so the pairs are found here from the one
 * route-segment table in src/lib/paths.ts, and kept only when both pages were built.
 */

type SegmentName = keyof (typeof routeSegments)['vi'];

function langOfPath(path: string): Lang {
  return (
    langs.find((lang) => lang !== defaultLang && (path === `${locales[lang].prefix}/` || path.startsWith(`${locales[lang].prefix}/`))) ??
    defaultLang
  );
}

function segmentName(lang: Lang, segment: string | undefined): SegmentName | undefined {
  return (Object.keys(routeSegments[lang]) as SegmentName[]).find((name) => routeSegments[lang][name] === segment);
}

/**
 * The same page's path in the other language, by translating its route segments; ids, years and
 * slugs stay as they are (docs/architecture.md, sections Content model and Routes). Undefined for
 * a path outside the route table, and for page 2 on of a list: page n lists other articles in each
 * language, so it has no translation.
 */
export function translatedPath(path: string): { lang: Lang; path: string } | undefined {
  if (isLaterListPage(path)) return undefined;
  const from = langOfPath(path);
  const to = otherLang(from);
  const parts = path.slice(locales[from].prefix.length).split('/').filter(Boolean);
  if (parts.length > 0) {
    const first = segmentName(from, parts[0]);
    if (!first) return undefined;
    parts[0] = routeSegments[to][first];
  }
  const rest = parts.length > 0 ? `${parts.join('/')}/` : '';
  return { lang: to, path: `${locales[to].prefix}/${rest}` };
}

export interface SitemapLink {
  lang: string;
  url: string;
}

/**
 * The hreflang links of one sitemap URL: itself and its translation in each language, plus
 * x-default on the Vietnamese original, when the translation was built; else none.
 */
export function alternateLinks(url: string, builtUrls: ReadonlySet<string>): SitemapLink[] | undefined {
  const own = new URL(url);
  const other = translatedPath(own.pathname);
  if (!other) return undefined;
  const otherUrl = new URL(other.path, own).href;
  if (!builtUrls.has(otherUrl)) return undefined;
  const byLang = { [langOfPath(own.pathname)]: own.href, [other.lang]: otherUrl } as Record<Lang, string>;
  return [...langs.map((lang) => ({ lang: locales[lang].htmlLang, url: byLang[lang] })), { lang: 'x-default', url: byLang[defaultLang] }];
}

/** Pages only: feeds, cards and robots.txt are files, and error pages are no destination. */
export function isSitemapPage(url: string): boolean {
  const { pathname } = new URL(url);
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return !last.includes('.') && !/^\/(?:[a-z]{2}\/)?(?:404|500)\/?$/.test(pathname) && !isAdminPath(pathname);
}
