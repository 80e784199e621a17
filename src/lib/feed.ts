import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import type { Lang } from '../i18n/locales.ts';
import { locales } from '../i18n/locales.ts';
import type { Article } from './archiveIndex.ts';
import { toVietnamIso } from './dates.ts';
import { documentLabel } from './documentLabel.ts';
import { districtLabel } from './placeNames.ts';

/**
 * RSS 2.0 feeds as plain data for @astrojs/rss: the site's feed per language, and one per district
 * and per document (readers follow "everything about Tân Trụ"). Endpoints in src/pages/ pick the
 * articles; this module turns them into channel and items.
 */

/** Newest items per feed: enough for any reader to catch up, small however large the archive grows. */
export const FEED_ITEM_LIMIT = 50;

/** An article's cover as feeds carry it: a JPEG every reader can show, its site path and size. */
export interface FeedImage {
  path: string;
  width: number;
  height: number;
}

/** What a feed item needs of an article. */
export type FeedArticle = Pick<Article, 'lang' | 'title' | 'lede' | 'path' | 'publishedAt' | 'author' | 'district' | 'documents'> & {
  image?: FeedImage | undefined;
};

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * RFC 822 date-time in Vietnam time, "Fri, 01 Mar 2024 13:32:00 +0700" (RSS 2.0 `pubDate`).
 * @astrojs/rss would print `toUTCString()` ("… 06:32:00 GMT"): the same instant, but a reader
 * showing the raw value would see the wrong hour for Vietnam, so we write the field ourselves.
 */
export function rfc822InVietnam(date: Date): string {
  const iso = toVietnamIso(date); // "2024-03-01T13:32:00+07:00"
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}:\d{2})([+-]\d{2}):(\d{2})$/.exec(iso);
  if (!match) throw new Error(`unexpected ISO date "${iso}"`);
  const [, y, m, d, time, offsetHours, offsetMinutes] = match as unknown as [string, string, string, string, string, string, string];
  const weekday = weekdays[new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))).getUTCDay()];
  return `${weekday}, ${d} ${months[Number(m) - 1]} ${y} ${time} ${offsetHours}${offsetMinutes}`;
}

/** Text safe inside an XML element or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[c]};`);
}

/** The district with its province (a dozen districts are called "Châu Thành"), then each cited document. */
export function feedCategories(article: FeedArticle, lang: Lang): string[] {
  return [districtLabel(article.district), ...article.documents.map((d) => documentLabel(d, lang))];
}

export function feedItem(article: FeedArticle, site: URL | string): RSSFeedItem {
  return {
    title: article.title,
    link: new URL(article.path, site).href,
    description: article.lede,
    categories: feedCategories(article, article.lang),
    // RSS 2.0's <author> must be an e-mail address; a byline goes in Dublin Core's dc:creator.
    customData:
      `<pubDate>${rfc822InVietnam(article.publishedAt)}</pubDate><dc:creator>${escapeXml(article.author)}</dc:creator>` +
      // Media RSS, which feed readers use for an item's picture; RSS's own <enclosure> would need
      // the file's byte length, which is known only once Astro has written the image.
      (article.image
        ? `<media:content url="${escapeXml(new URL(article.image.path, site).href)}" medium="image" type="image/jpeg" width="${article.image.width}" height="${article.image.height}"/>`
        : ''),
  };
}

export interface FeedInput {
  lang: Lang;
  /** Channel title, e.g. "Tin huyện Tân Trụ, Long An – Bản tin". */
  title: string;
  description: string;
  /** The HTML page the feed mirrors (channel <link>), a site path. */
  pagePath: string;
  /** The feed's own path, for atom:link rel="self". */
  feedPath: string;
  /** Newest first; only the first FEED_ITEM_LIMIT are used. */
  articles: readonly FeedArticle[];
  site: URL | string;
}

/** The options @astrojs/rss's `rss()` / `getRssString()` take. */
export function feedOptions(input: FeedInput): RSSOptions {
  const { lang, site } = input;
  const items = input.articles.slice(0, FEED_ITEM_LIMIT);
  const newest = items[0];
  return {
    title: input.title,
    description: input.description,
    site: new URL(input.pagePath, site).href,
    items: items.map((article) => feedItem(article, site)),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/', media: 'http://search.yahoo.com/mrss/' },
    customData: [
      `<language>${locales[lang].htmlLang}</language>`,
      `<atom:link href="${escapeXml(new URL(input.feedPath, site).href)}" rel="self" type="application/rss+xml"/>`,
      // The newest item's time rather than the build's: an unchanged archive gives an unchanged feed.
      newest ? `<lastBuildDate>${rfc822InVietnam(newest.publishedAt)}</lastBuildDate>` : '',
    ].join(''),
  };
}
