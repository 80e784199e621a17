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
