import type { APIRoute } from 'astro';
import { paths } from '../lib/paths.ts';

/**
 * robots.txt from an endpoint rather than public/: the Sitemap line must be an absolute URL, and
 * the origin comes from SITE_URL at build time (astro.config.mjs).
 */
export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push('', `Sitemap: ${new URL(paths.sitemap(), site).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
