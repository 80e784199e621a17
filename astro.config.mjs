// @ts-check
import { defineConfig } from 'astro/config';
import contentStoreFromFile from './src/integrations/contentStoreFromFile.ts';
import counterPages from './src/integrations/counterPages.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import previousOutput from './src/integrations/previousOutput.ts';
import sitemap from './src/integrations/sitemap.ts';
import { cmsCodeLanguages } from './src/lib/cmsCodeLanguages.ts';

// The public origin, used for canonical URLs, hreflang, feeds and the sitemap.
const site = process.env.SITE_URL ?? 'https://bantin.example.vn';

export default defineConfig({
  site,
  trailingSlash: 'always',
  output: 'static',
  // The stylesheet (about 2 KB gzipped) goes inside each page: on a slow phone connection a
  // separate file is one more round trip before anything is drawn (Lighthouse's render-blocking
  // audit), and the page with its CSS still fits the first 14 KB.
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales: ['vi', 'en'],
    defaultLocale: 'vi',
    routing: { prefixDefaultLocale: false },
  },
  // The previous output first: it must be out of dist/ before the search integration's build:start
  // starts writing there. The search index last: Astro runs the build:done hooks one after another,
  // so the counter's page list and the sitemap are made while Pagefind finishes writing in its own
  // processes (the previous output's deletion is long over by then).
  integrations: [contentStoreFromFile(), previousOutput(), counterPages(), sitemap(), pagefindIndex()],
  devToolbar: { enabled: false },
  // `npm run dev` must not watch the benchmark's copies of the site and its 16,000-file corpora
  // (bench-out/): that runs out of the system's file watchers.
  // The web editor (/admin/) without the code-highlighting grammars news articles never need.
  vite: { server: { watch: { ignored: ['**/bench-out/**'] } }, plugins: [cmsCodeLanguages()] },
  // Responsive images everywhere, Markdown body images included: a srcset up to the image's own
  // width, explicit width and height, lazy loading (src/components/CoverImage.astro: the cover is eager).
  image: { layout: 'constrained' },
  // Builds of other content folders (tests, benchmarks) keep their own content cache.
  ...(process.env.BANTIN_CACHE_DIR ? { cacheDir: process.env.BANTIN_CACHE_DIR } : {}),
});
