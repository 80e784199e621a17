// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/**
 * The bare Astro 7 baseline for `npm run bench`: one collection, one article route, MDX on so the
 * corpus's .mdx articles render, and the same image files the site makes of each photo
 * (src/components/Cover.astro, Gallery.astro) with the site's image layout, nothing else. The bench builds it on the same synthetic corpus as
 * the real site and reports the site's figures as a ratio to this one.
 */
export default defineConfig({
  output: 'static',
  integrations: [mdx()],
  devToolbar: { enabled: false },
  image: { layout: 'constrained' },
});
