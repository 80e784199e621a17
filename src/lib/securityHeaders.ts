import { adminContentSecurityPolicy } from './adminPages.ts';

/**
 * The security headers of every answer the site gives, pages and errors alike, in one place: the
 * Node server sends them, and the build writes them for other hosts (a `_headers` file for
 * Netlify or Cloudflare Pages, the nginx configuration in nginxSite.ts), so all three agree.
 *
 * The Content-Security-Policy allows scripts from the site only: the build emits no inline script
 * (astro.config.mjs; JSON-LD blocks are data, which CSP does not govern), so no hash or nonce is
 * needed and a page cannot run script injected into it. Pagefind compiles its WebAssembly, which
 * needs 'wasm-unsafe-eval' (it allows WebAssembly only, never eval()). Styles may be inline: the
 * stylesheet is inlined into each page to save a round trip on slow phones. Nothing may frame the
 * site (a hidden frame could count views), and the counter API's origin is allowed to be called.
 */

/** Where the build writes the headers for the Node server and the nginx configuration, relative to dist/. */
export const serverHeadersFile = '_bantin/security-headers.json';
export const nginxSiteFile = '_bantin/nginx.conf';

export interface SecurityHeaderOptions {
  /** The counter API's origin when it is not the site's own (PUBLIC_COUNTER_API_URL). */
  counterOrigin?: string | undefined;
  /** Served over HTTPS: adds Strict-Transport-Security. */
  https: boolean;
  /**
   * The web editor's pages (/admin/) instead of the readers': their own policy, which lets the
   * editor reach GitHub and make blobs (src/lib/adminPages.ts); `cmsAuthUrl` is its OAuth relay.
   */
  admin?: { cmsAuthUrl?: string | undefined } | undefined;
}

/** The headers of the readers' pages and of the editor's, as the build writes them for a server. */
export interface SiteHeaders {
  site: HeaderList;
  admin: HeaderList;
}

export type HeaderList = readonly (readonly [name: string, value: string])[];

export function contentSecurityPolicy(counterOrigin?: string): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${counterOrigin ? ` ${counterOrigin}` : ''}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(options: SecurityHeaderOptions): HeaderList {
  const policy = options.admin
    ? `${adminContentSecurityPolicy(options.admin.cmsAuthUrl)}; frame-ancestors 'none'`
    : contentSecurityPolicy(options.counterOrigin);
  return [
    ['Content-Security-Policy', policy],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ...(options.https ? ([['Strict-Transport-Security', 'max-age=63072000; includeSubDomains']] as const) : []),
  ];
}

/** The origin of the counter API when the build sends hits to another site, else undefined. */
export function counterOriginOf(apiUrl: string | undefined): string | undefined {
  if (!apiUrl || apiUrl.startsWith('/')) return undefined;
  return new URL(apiUrl).origin;
}

/**
 * A `_headers` file (Netlify and Cloudflare Pages): the readers' headers for every path, and the
 * editor's policy under /admin/, where `! Content-Security-Policy` first drops the readers' one
 * (Cloudflare Pages' syntax; Netlify would send both policies, and the editor's requests to GitHub
 * would be refused by the readers' one).
 */
export function headersFile(headers: SiteHeaders): string {
  const lines = (list: HeaderList) => list.map(([name, value]) => `  ${name}: ${value}`).join('\n');
  const adminPolicy = headers.admin.find(([name]) => name === 'Content-Security-Policy');
  return `/*\n${lines(headers.site)}\n\n/admin/*\n  ! Content-Security-Policy\n${lines(adminPolicy ? [adminPolicy] : [])}\n`;
}
