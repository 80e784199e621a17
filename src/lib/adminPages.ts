/**
 * The web editor's pages (src/pages/admin/): for editors, not readers. They are built with the
 * site but kept out of everything made for readers: the sitemap, the search index (Pagefind
 * indexes article pages only) and the visit counter's list of pages.
 */
export const adminPath = '/admin/';

/** True for a path under /admin/ ("/admin/", "/admin/config.yml"), with or without the leading slash. */
export function isAdminPath(path: string): boolean {
  const normalized = `/${path.replace(/^\/+/, '')}`;
  return normalized === '/admin' || normalized.startsWith(adminPath);
}

/**
 * The Content-Security-Policy /admin/ needs, for a server that sends one (the site's pages get a
 * stricter one). tests/e2e/admin.test.ts serves the editor with it and fails on any violation.
 * - script-src 'self' 'wasm-unsafe-eval': Sveltia's bundle is files from the site, but it turns
 *   photos into WebP (and reads HEIC) with WebAssembly;
 * - style-src 'unsafe-inline': Svelte puts its component styles in <style> elements and style="";
 * - blob: and data: for fonts, photo previews and icons it makes in the browser;
 * - worker-src 'self' blob: for its HEIC decoder;
 * - connect-src GitHub's API, and githubstatus.com, which it asks every 5 minutes about incidents;
 *   an OAuth relay's origin is added where one is configured (it opens in a pop-up window).
 */
export function adminContentSecurityPolicy(authUrl?: string): string {
  const relay = authUrl ? ` ${new URL(authUrl).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' blob: data:",
    "media-src 'self' blob:",
    `connect-src 'self' blob: data: https://api.github.com https://www.githubstatus.com${relay}`,
    "worker-src 'self' blob:",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
