import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { cmsBackendFromEnv } from '../../lib/cmsBackend.ts';
import { cmsConfig } from '../../lib/cmsConfig.ts';

/**
 * The web editor's configuration, written at build time from the content schema
 * (src/lib/cmsConfig.ts); Sveltia CMS reads it from here when /admin/ opens.
 */
export const GET: APIRoute = () =>
  new Response(stringify(cmsConfig(cmsBackendFromEnv(process.env))), { headers: { 'Content-Type': 'application/yaml; charset=utf-8' } });
