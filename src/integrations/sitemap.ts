import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { defaultLang, langs, locales } from '../i18n/locales.ts';
import { alternateLinks, isSitemapPage } from '../lib/sitemapAlternates.ts';

/**
 * @astrojs/sitemap with hreflang alternates between an article and its translation. Its i18n
 * option names the locales (and keeps /404/ and /en/404/ out); the pairs themselves come from
 * src/lib/sitemapAlternates.ts, because our translated paths differ in more than the prefix.
 * Drafts never reach the build, so they never reach the sitemap.
 */
export default function bantinSitemap(): AstroIntegration {
  // @astrojs/sitemap runs `filter` over every URL before it serialises the first one, so by then
  // this set holds every page of the build and a translation is linked only if it exists.
  const built = new Set<string>();
  return sitemap({
    i18n: {
      defaultLocale: defaultLang,
      locales: Object.fromEntries(langs.map((lang) => [lang, locales[lang].htmlLang])),
    },
    filter: (url) => {
      if (!isSitemapPage(url)) return false;
      built.add(url);
      return true;
    },
    serialize: (item) => ({
      ...item,
      links: alternateLinks(item.url, built) ?? [],
    }),
  });
}
