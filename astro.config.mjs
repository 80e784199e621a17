// @ts-check
import { defineConfig } from 'astro/config';
import counterPages from './src/integrations/counterPages.ts';
import mdxArticles from './src/integrations/mdxArticles.ts';
import oldOutputAside from './src/integrations/oldOutput.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import securityHeadersFiles from './src/integrations/securityHeaders.ts';
import sitemap from './src/integrations/sitemap.ts';
import { cmsCodeLanguages } from './src/lib/cmsCodeLanguages.ts';

// Astro's anonymous telemetry is off for every run of this project (build, dev, sync, check), on
// every machine and in CI: Astro reads this variable each time it would record an event, after
// loading this file (https://astro.build/telemetry/). tests/build/telemetry.test.ts verifies it.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

// The public origin, used for canonical URLs, hreflang, feeds and the sitemap.
const site = process.env.SITE_URL ?? 'https://bantin.example.vn';

export default defineConfig({
  site,
  trailingSlash: 'always',
  output: 'static',
  build: {
    format: 'directory',
    // The stylesheet (about 2 KB gzipped) goes inside each page: on a slow phone connection a
    // separate file is one more round trip before anything is drawn (Lighthouse's render-blocking
    // audit), and the page with its CSS still fits the first 14 KB.
    inlineStylesheets: 'always',
    // Pages rendered at once. One at a time, Astro's thread sat idle for a third of the rendering
    // while each page was written to disk and handed to the search indexer; with eight, it renders
    // the next pages meanwhile (docs/performance.md).
    concurrency: 8,
  },
  i18n: {
    locales: ['vi', 'en'],
    defaultLocale: 'vi',
    routing: { prefixDefaultLocale: false },
  },
  // The search index last: Astro runs the build:done hooks one after another, so the counter's page
  // list and the sitemap are made while Pagefind finishes writing in its own processes.
  // The output of the build before is removed beside this one (src/integrations/oldOutput.ts); its
  // end waits for that removal, after the other build:done hooks have run.
  integrations: [mdxArticles(), counterPages(), securityHeadersFiles(), sitemap(), oldOutputAside(), pagefindIndex()],
  devToolbar: { enabled: false },
  // `npm run dev` must not watch the benchmark's copies of the site and its 16,000-file corpora
  // (bench-out/): that runs out of the system's file watchers.
  vite: {
    server: { watch: { ignored: ['**/bench-out/**'] } },
    // No script is inlined into a page, however small: the Content-Security-Policy
    // (src/lib/securityHeaders.ts) then allows the site's own script files and nothing inline,
    // without a hash per page. Other assets keep Vite's default.
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
    // The web editor (/admin/) without the code-highlighting grammars news articles never need.
    plugins: [cmsCodeLanguages()],
  },
  // Responsive images everywhere, Markdown body images included: a srcset up to the image's own
  // width, explicit width and height, lazy loading (src/components/CoverImage.astro: the cover is eager).
  image: { layout: 'constrained' },
  // Builds of other content folders (tests, benchmarks) keep their own content cache.
  ...(process.env.BANTIN_CACHE_DIR ? { cacheDir: process.env.BANTIN_CACHE_DIR } : {}),
});
