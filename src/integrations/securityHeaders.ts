import { mkdir, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { nginxSite } from '../lib/nginxSite.ts';
import {
  counterOriginOf,
  headersFile,
  nginxSiteFile,
  securityHeaders,
  serverHeadersFile,
  type SiteHeaders,
} from '../lib/securityHeaders.ts';

/**
 * Writes the site's security headers (src/lib/securityHeaders.ts) after the build, for every way
 * the site is served: `_headers` for static hosts (always HTTPS, so with HSTS), the nginx
 * configuration to include where nginx terminates HTTPS, and a list the Node server reads (it adds HSTS itself
 * when a trusted proxy says the request came over HTTPS). The counter API's origin, when the build
 * sends hits elsewhere (PUBLIC_COUNTER_API_URL), is in the policy's connect-src; the web editor
 * (/admin/) gets its own policy, with its OAuth relay (BANTIN_CMS_AUTH_URL) when it has one.
 */
export default function securityHeadersFiles(): AstroIntegration {
  return {
    name: 'bantin-security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const counterOrigin = counterOriginOf(process.env['PUBLIC_COUNTER_API_URL']);
        const admin = { cmsAuthUrl: process.env['BANTIN_CMS_AUTH_URL'] || undefined };
        const forHttps = (https: boolean): SiteHeaders => ({
          site: securityHeaders({ counterOrigin, https }),
          admin: securityHeaders({ counterOrigin, https, admin }),
        });
        const overHttps = forHttps(true);
        await mkdir(new URL('_bantin/', dir), { recursive: true });
        await writeFile(new URL('_headers', dir), headersFile(overHttps));
        await writeFile(new URL(nginxSiteFile, dir), nginxSite(overHttps));
        await writeFile(new URL(serverHeadersFile, dir), `${JSON.stringify(forHttps(false), null, 1)}\n`);
        logger.info(`security headers: _headers, ${nginxSiteFile}, ${serverHeadersFile}`);
      },
    },
  };
}
