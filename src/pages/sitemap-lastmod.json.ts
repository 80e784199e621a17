import type { APIRoute } from 'astro';
import { getArchive } from '../lib/archive.ts';
import { lastModifiedByPath } from '../lib/sitemapLastmod.ts';

/**
 * Build-time only: when each page last changed, by path. src/integrations/sitemap.ts reads it into
 * the sitemap's <lastmod> and deletes it, as the counter's page list does with its own file.
 */
export const prerender = true;

export const GET: APIRoute = async () => {
  const dates = lastModifiedByPath(await getArchive());
  return new Response(JSON.stringify(Object.fromEntries(dates)), { headers: { 'Content-Type': 'application/json' } });
};
