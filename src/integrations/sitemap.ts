import { readFile, rm } from 'node:fs/promises';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { alternateLinks, isSitemapPage } from '../lib/sitemapAlternates.ts';

/** The prerendered endpoint's output (src/pages/sitemap-lastmod.json.ts), relative to dist/. */
export const lastmodFile = 'sitemap-lastmod.json';

/**
 * @astrojs/sitemap with hreflang alternates between an article and its translation, and each
 * page's <lastmod>. The pairs come from src/lib/sitemapAlternates.ts, because our translated paths
 * differ in more than the prefix, and `isSitemapPage` keeps error pages out. Drafts never reach the
 * build, so they never reach the sitemap. The dates come from the archive, through a build-time
 * file (src/pages/sitemap-lastmod.json.ts) read before the sitemap is written and then deleted.
 *
 * Its own `i18n` option is left unset: all it adds are links we replace in `serialize`, found by
 * comparing every URL with every other one. On the 20,229 URLs of a 10,000-article build that
 * took 3.8 s at the end of the build, 0.14 s without (docs/performance.md, Tried and dropped).
 */
export default function bantinSitemap(): AstroIntegration {
  // @astrojs/sitemap runs `filter` over every URL before it serialises the first one, so by then
  // this set holds every page of the build and a translation is linked only if it exists.
  const built = new Set<string>();
  let lastmod: Record<string, string> = {};
  const inner = sitemap({
    filter: (url) => {
      if (!isSitemapPage(url)) return false;
      built.add(url);
      return true;
    },
    serialize: (item) => {
      const date = lastmod[new URL(item.url).pathname];
      return { ...item, links: alternateLinks(item.url, built) ?? [], ...(date ? { lastmod: date } : {}) };
    },
  });
  const writeSitemap = inner.hooks['astro:build:done'];
  return {
    ...inner,
    hooks: {
      ...inner.hooks,
      'astro:build:done': async (options) => {
        const file = new URL(lastmodFile, options.dir);
        try {
          lastmod = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
          await rm(file);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
          options.logger.warn(`no ${lastmodFile} in the build: the sitemap has no <lastmod>`);
        }
        await writeSitemap?.(options);
      },
    },
  };
}
