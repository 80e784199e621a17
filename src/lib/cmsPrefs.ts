/**
 * Sveltia CMS keeps its interface preferences as JSON in localStorage["sveltia-cms.prefs"]; its
 * interface language is `locale` there, else the browser's. The web editor defaults it to
 * Vietnamese without touching a language the editor chose.
 */
export function withDefaultLocale(saved: string | null, locale: string): string {
  let prefs: Record<string, unknown> = {};
  try {
    const parsed: unknown = saved === null ? {} : JSON.parse(saved);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) prefs = parsed as Record<string, unknown>;
  } catch {
    // Unreadable preferences are replaced: Sveltia would ignore them too.
  }
  if (typeof prefs['locale'] === 'string' && prefs['locale'] !== '') return JSON.stringify(prefs);
  return JSON.stringify({ ...prefs, locale });
}
