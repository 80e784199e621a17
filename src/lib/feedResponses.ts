import rss from '@astrojs/rss';
import type { Lang } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';
import type { SiteArchive, SiteArticle } from './archive.ts';
import { getArchive } from './archive.ts';
import type { CitedDocument, District } from './archiveIndex.ts';
import { districtNames } from './districtKind.ts';
import { documentLabel } from './documentLabel.ts';
import { coverForFeed } from './coverImages.ts';
import { FEED_ITEM_LIMIT, feedOptions, type FeedArticle } from './feed.ts';
import { paths } from './paths.ts';

/**
 * The feed endpoints' bodies: each picks its articles from the archive's indexes and titles the
 * channel in the reader's language. Page files under src/pages/ stay one line each.
 */

function channelTitle(lang: Lang, title: string): string {
  const siteName = t(lang, 'site.name');
  return title === siteName ? siteName : `${title} – ${siteName}`;
}

/** The newest items a feed shows, each with its cover's feed image where it has one. */
function withCovers(articles: readonly SiteArticle[]): Promise<FeedArticle[]> {
  return Promise.all(
    articles.slice(0, FEED_ITEM_LIMIT).map(async (article) => {
      const cover = article.entry.data.cover;
      return cover ? { ...article, image: await coverForFeed(cover) } : article;
    }),
  );
}

function siteOf(site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.mjs must set `site` (SITE_URL): feeds need absolute links');
  return site;
}

export async function languageFeed(lang: Lang, site: URL | undefined): Promise<Response> {
  const archive = await getArchive();
  return rss(
    feedOptions({
      lang,
      title: t(lang, 'site.name'),
      description: t(lang, 'site.tagline'),
      pagePath: paths.home(lang),
      feedPath: paths.rss(lang),
      articles: await withCovers(archive.articles[lang]),
      site: siteOf(site),
    }),
  );
}

export async function districtFeed(lang: Lang, district: District, archive: SiteArchive, site: URL | undefined): Promise<Response> {
  const title = t(lang, 'district.title', districtNames(district, lang));
  return rss(
    feedOptions({
      lang,
      title: channelTitle(lang, title),
      description: title,
      pagePath: paths.district(lang, district.id),
      feedPath: paths.districtRss(lang, district.id),
      articles: await withCovers(archive.byDistrict.get(district.id)?.[lang] ?? []),
      site: siteOf(site),
    }),
  );
}

export async function documentFeed(lang: Lang, document: CitedDocument, archive: SiteArchive, site: URL | undefined): Promise<Response> {
  const label = `${documentLabel(document, lang)} – ${document.issuer[lang]}`;
  return rss(
    feedOptions({
      lang,
      title: channelTitle(lang, label),
      description: document.title?.[lang] ?? label,
      pagePath: paths.document(lang, document.id),
      feedPath: paths.documentRss(lang, document.id),
      articles: await withCovers(archive.byDocument.get(document.id)?.[lang] ?? []),
      site: siteOf(site),
    }),
  );
}
