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
 * comparing every URL with every other one. At 20,000 pages that was 4 s of the build's last
 * seconds (a cold 10,000-article build's profile, docs/performance.md).
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
