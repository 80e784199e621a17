import type { Lang } from '../i18n/locales.ts';

/**
 * Every public URL of the site, defined once (docs/architecture.md, section Routes). Pages, feeds,
 * the sitemap, the search index and the counter's list of valid paths all build URLs here.
 */
const segments = {
  vi: { news: 'tin-tuc', page: 'trang', district: 'dia-phuong', document: 'van-ban', archive: 'luu-tru', search: 'tim-kiem' },
  en: { news: 'news', page: 'page', district: 'districts', document: 'documents', archive: 'archive', search: 'search' },
} as const satisfies Record<Lang, Record<string, string>>;

function prefix(lang: Lang): string {
  return lang === 'vi' ? '' : '/en';
}

/** Page n of a paginated list: the list's own URL for page 1, then `{list}trang/{n}/` (`page/{n}/`). */
function paged(list: string, lang: Lang, page: number): string {
  return page <= 1 ? list : `${list}${segments[lang].page}/${page}/`;
}

export const paths = {
  home: (lang: Lang) => `${prefix(lang)}/`,
  news: (lang: Lang, page = 1) => paged(`${prefix(lang)}/${segments[lang].news}/`, lang, page),
  article: (lang: Lang, year: number | string, slug: string) => `${prefix(lang)}/${segments[lang].news}/${year}/${slug}/`,
  /** A district's articles; page 2 on at `/dia-phuong/{id}/trang/2/`. */
  district: (lang: Lang, districtId: string, page = 1) => paged(`${prefix(lang)}/${segments[lang].district}/${districtId}/`, lang, page),
  /** The articles citing a document; page 2 on at `/van-ban/{id}/trang/2/`. */
  document: (lang: Lang, documentId: string, page = 1) => paged(`${prefix(lang)}/${segments[lang].document}/${documentId}/`, lang, page),
  /** A year's articles by month; page 2 on at `/luu-tru/{year}/trang/2/`. */
  archive: (lang: Lang, year: number | string, page = 1) => paged(`${prefix(lang)}/${segments[lang].archive}/${year}/`, lang, page),
  search: (lang: Lang) => `${prefix(lang)}/${segments[lang].search}/`,
  rss: (lang: Lang) => `${prefix(lang)}/rss.xml`,
  /** RSS feed of one district's articles, beside its page: `/dia-phuong/{id}/rss.xml`. */
  districtRss: (lang: Lang, districtId: string) => `${prefix(lang)}/${segments[lang].district}/${districtId}/rss.xml`,
  /** RSS feed of the articles citing one document: `/van-ban/{id}/rss.xml`. */
  documentRss: (lang: Lang, documentId: string) => `${prefix(lang)}/${segments[lang].document}/${documentId}/rss.xml`,
  /** An article's 1200×630 social card (Open Graph, Twitter, JSON-LD image): JPEG with a cover photo, else PNG. */
  socialCard: (lang: Lang, year: number | string, slug: string, ext: 'png' | 'jpg' = 'png') => `/og/${lang}/${year}/${slug}.${ext}`,
  /** A district's social card: its page, and articles older than the newest with cards of their own. */
  districtCard: (lang: Lang, districtId: string) => `/og/district/${lang}/${districtId}.png`,
  /** The site-wide social card, for pages that are not articles. */
  siteCard: (lang: Lang) => `/og/${lang}.png`,
  sitemap: () => '/sitemap-index.xml',
  /** The site's logo as a square PNG, for the publisher in structured data. */
  logo: () => '/logo.png',
  /** Every district, grouped by province. */
  districts: (lang: Lang) => `${prefix(lang)}/${segments[lang].district}/`,
  /** The register of every cited document; page 2 on at `/van-ban/trang/2/`. */
  documents: (lang: Lang, page = 1) => paged(`${prefix(lang)}/${segments[lang].document}/`, lang, page),
} as const;

/** The route segments, for page files whose folder names must match them. */
export { segments as routeSegments };
