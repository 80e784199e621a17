import type { APIRoute } from 'astro';
import { langs } from '../i18n/locales.ts';
import { getArchive } from '../lib/archive.ts';

/**
 * Build-time only: the views each article carried over from the legacy portal (`legacyViews`),
 * by path. src/integrations/counterPages.ts folds this into dist/_bantin/pages.json and deletes
 * it. (It cannot live under src/pages/_bantin/: Astro skips files and folders starting with "_".)
 */
export const prerender = true;

export const GET: APIRoute = async () => {
  const archive = await getArchive();
  const views: Record<string, number> = {};
  for (const lang of langs) {
    for (const article of archive.articles[lang]) {
      if (article.legacyViews !== undefined) views[article.path] = article.legacyViews;
    }
  }
  return new Response(JSON.stringify(views), { headers: { 'Content-Type': 'application/json' } });
};
