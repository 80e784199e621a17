import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { alternateLinks, isSitemapPage } from '../lib/sitemapAlternates.ts';

/**
 * @astrojs/sitemap with hreflang alternates between an article and its translation. The pairs come
 * from src/lib/sitemapAlternates.ts, because our translated paths differ in more than the prefix,
 * and `isSitemapPage` keeps error pages out. Drafts never reach the build, so they never reach the
 * sitemap.
 *
 * Its own `i18n` option is left unset: all it adds are links we replace in `serialize`, found by
 * comparing every URL with every other one. On the 20,229 URLs of a 10,000-article build that
 * took 3.8 s at the end of the build, 0.14 s without (docs/performance.md, session 9).
 */
export default function bantinSitemap(): AstroIntegration {
  // @astrojs/sitemap runs `filter` over every URL before it serialises the first one, so by then
  // this set holds every page of the build and a translation is linked only if it exists.
  const built = new Set<string>();
  return sitemap({
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
