import type {
  BreadcrumbList,
  CreativeWork,
  NewsArticle,
  Organization,
  Person,
  Place,
  SearchAction,
  WebSite,
  WithActionConstraints,
  WithContext,
} from 'schema-dts';
import type { Lang } from '../i18n/locales.ts';
import { locales } from '../i18n/locales.ts';
import type { Article, CitedDocument, District } from './archiveIndex.ts';
import { toVietnamIso } from './dates.ts';
import { districtKindName } from './districtKind.ts';
import { documentLabel } from './documentLabel.ts';
import { paths } from './paths.ts';
import { placeName } from './placeNames.ts';
import { articleSocialImage, SOCIAL_CARD_HEIGHT, SOCIAL_CARD_WIDTH } from './socialCard.ts';

/**
 * schema.org JSON-LD for search engines: NewsArticle on articles, BreadcrumbList, and WebSite with
 * a SearchAction. Plain objects typed with schema-dts (Google's schema.org types), so a misspelt
 * property or a wrong value type fails `astro check`; src/lib/structuredDataCheck.ts checks the
 * properties search engines require.
 */

const absolute = (path: string, site: URL | string): string => new URL(path, site).href;

/** The district as it was at publication, inside its province, inside Viet Nam. */
export function districtPlace(district: District, lang: Lang): Exclude<Place, string> {
  const kind = districtKindName(district.kind, lang);
  return {
    '@type': 'Place',
    name:
      lang === 'vi'
        ? `${kind} ${district.name.vi}, ${district.province.vi}`
        : `${placeName(district.name)} ${kind}, ${placeName(district.province)}`,
    containedInPlace: {
      '@type': 'AdministrativeArea',
      name: placeName(district.province),
      containedInPlace: { '@type': 'Country', name: lang === 'vi' ? 'Việt Nam' : 'Viet Nam', identifier: 'VN' },
    },
  };
}

/** A cited resolution, plan or directive: its own page on this site, its number, its issuer. */
export function documentCitation(document: CitedDocument, lang: Lang, site: URL | string): Exclude<CreativeWork, string> {
  const title = document.title?.[lang];
  return {
    '@type': 'CreativeWork',
    name: title ? `${documentLabel(document, lang)}: ${title}` : documentLabel(document, lang),
    identifier: document.number,
    url: absolute(paths.document(lang, document.id), site),
    creator: { '@type': 'GovernmentOrganization', name: document.issuer[lang] },
    ...(document.issuedOn ? { dateCreated: document.issuedOn } : {}),
  };
}

/**
 * The byline as a Person, unless it names the publishing body itself (imported portal articles
 * credited to "Cổng thông tin điện tử huyện Cồn Cỏ"): then an Organization, linked to the portal
 * where it is known. The archive has no page per author; the nearest is a search for the byline,
 * which is printed in every article's text, so it finds that author's articles.
 */
function authorOf(article: Pick<Article, 'author' | 'source' | 'lang'>, site: URL | string): Person | Organization {
  const search = `${absolute(paths.search(article.lang), site)}?q=${encodeURIComponent(article.author)}`;
  return article.source?.name === article.author
    ? { '@type': 'Organization', name: article.author, url: article.source.url ?? search }
    : { '@type': 'Person', name: article.author, url: search };
}

/** The site's logo for search engines: a square PNG of the favicon (src/pages/logo.png.ts). */
export const LOGO_SIZE = 512;

export type NewsArticleInput = Pick<
  Article,
  | 'lang'
  | 'title'
  | 'lede'
  | 'path'
  | 'year'
  | 'slug'
  | 'publishedAt'
  | 'timeKnown'
  | 'updatedAt'
  | 'updatedTimeKnown'
  | 'author'
  | 'source'
  | 'district'
  | 'documents'
  | 'rank'
>;

export interface NewsArticleContext {
  site: URL | string;
  siteName: string;
  /** The same article in the other language, if translated. */
  translation?: Pick<Article, 'lang' | 'path'> | undefined;
  /** The article's cover photo (a site path and its size), listed after the social card (og:image's picture). */
  cover?: { path: string; width: number; height: number } | undefined;
}

export const articleId = (path: string, site: URL | string): string => `${absolute(path, site)}#article`;

export function newsArticle(article: NewsArticleInput, context: NewsArticleContext): WithContext<NewsArticle> {
  const { site, siteName, translation, cover } = context;
  const { lang } = article;
  const url = absolute(article.path, site);
  const translationLink = translation
    ? // The Vietnamese file is the original (docs/architecture.md, section Content model); English is its translation.
      lang === 'en'
      ? { translationOfWork: { '@id': articleId(translation.path, site) } }
      : { workTranslation: { '@id': articleId(translation.path, site) } }
    : {};
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': articleId(article.path, site),
    url,
    mainEntityOfPage: url,
    headline: article.title,
    description: article.lede,
    inLanguage: locales[lang].htmlLang,
    // Always a date-time with +07:00; a date alone (the source gave no time) is the start of that
    // day in Vietnam, since Google would read a bare date in its own crawler's time zone.
    datePublished: toVietnamIso(article.publishedAt),
    dateModified: toVietnamIso(article.updatedAt ?? article.publishedAt),
    author: [authorOf(article, site)],
    publisher: {
      '@type': 'Organization',
      name: siteName,
      url: absolute(paths.home(lang), site),
      logo: {
        '@type': 'ImageObject',
        url: absolute(paths.logo(), site),
        width: { '@type': 'QuantitativeValue', value: LOGO_SIZE, unitCode: 'E37' },
        height: { '@type': 'QuantitativeValue', value: LOGO_SIZE, unitCode: 'E37' },
      },
    },
    image: [
      {
        '@type': 'ImageObject',
        // The same card as og:image: the article's own, or its district's for older articles.
        url: absolute(articleSocialImage(article, undefined, cover ? {} : undefined).src, site),
        width: { '@type': 'QuantitativeValue', value: SOCIAL_CARD_WIDTH, unitCode: 'E37' },
        height: { '@type': 'QuantitativeValue', value: SOCIAL_CARD_HEIGHT, unitCode: 'E37' },
      },
      ...(cover
        ? [
            {
              '@type': 'ImageObject' as const,
              url: absolute(cover.path, site),
              width: { '@type': 'QuantitativeValue' as const, value: cover.width, unitCode: 'E37' },
              height: { '@type': 'QuantitativeValue' as const, value: cover.height, unitCode: 'E37' },
            },
          ]
        : []),
    ],
    about: districtPlace(article.district, lang),
    ...(article.documents.length > 0 ? { citation: article.documents.map((d) => documentCitation(d, lang, site)) } : {}),
    ...(article.source
      ? {
          sourceOrganization: {
            '@type': 'Organization',
            name: article.source.name,
            ...(article.source.url ? { url: article.source.url } : {}),
          },
        }
      : {}),
    ...translationLink,
  };
}

export interface Crumb {
  name: string;
  /** A site path. */
  path: string;
}

/** Home › … › this page; positions count from 1. */
export function breadcrumbList(crumbs: readonly Crumb[], site: URL | string): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: absolute(crumb.path, site),
    })),
  };
}

/** The placeholder search engines fill in with the reader's query. */
export const SEARCH_TERM = 'search_term_string';

export function webSite(input: { lang: Lang; name: string; description: string; site: URL | string }): WithContext<WebSite> {
  const { lang, site } = input;
  const search: WithActionConstraints<SearchAction> = {
    '@type': 'SearchAction',
    // The search page keeps its query in ?q= (docs/architecture.md, section Search), so a result
    // can link straight to it.
    target: { '@type': 'EntryPoint', urlTemplate: `${absolute(paths.search(lang), site)}?q={${SEARCH_TERM}}` },
    'query-input': `required name=${SEARCH_TERM}`,
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${absolute(paths.home(lang), site)}#website`,
    name: input.name,
    description: input.description,
    url: absolute(paths.home(lang), site),
    inLanguage: locales[lang].htmlLang,
    potentialAction: search,
  };
}

/**
 * JSON for inside <script type="application/ld+json">: "<" is escaped so a title containing
 * "</script>" cannot end the element early (JSON parsers read \u003c back as "<").
 */
export function jsonLdScriptContent(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
