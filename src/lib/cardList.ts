import { langs, type Lang } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';
import type { Archive, Article, District } from './archiveIndex.ts';
import { hasOwnCard, socialCardsEnabled } from './cardSelection.ts';
import { articleCardInput, districtCardInput, siteCardInput, type SocialCardInput } from './socialCard.ts';

/**
 * The social cards an archive gets, in the order the card routes write them: one list for the
 * routes (src/pages/og/) and for the cards drawn ahead of them (src/lib/cardsAhead.ts).
 */

/** The newest articles of each language, with their own card (src/lib/cardSelection.ts). */
export function articleCards<T>(archive: Archive<T>): { lang: Lang; article: Article<T>; input: SocialCardInput }[] {
  if (!socialCardsEnabled) return [];
  return langs.flatMap((lang) =>
    archive.articles[lang]
      .filter((article) => hasOwnCard(article))
      .map((article) => ({ lang, article, input: articleCardInput(article, t(lang, 'site.name')) })),
  );
}

/** One card per district and language, whatever the archive's size. `host` is the site's, for the footer. */
export function districtCards(archive: Archive, host: string | undefined): { lang: Lang; district: District; input: SocialCardInput }[] {
  return langs.flatMap((lang) =>
    [...archive.districts.values()].map((district) => ({
      lang,
      district,
      input: districtCardInput(district, lang, t(lang, 'site.name'), host),
    })),
  );
}

/** The site-wide card of each language: home, lists, districts, documents. */
export function siteCards(host: string | undefined): { lang: Lang; input: SocialCardInput }[] {
  return langs.map((lang) => ({ lang, input: siteCardInput(lang, t(lang, 'site.name'), t(lang, 'site.tagline'), host) }));
}
