/**
 * Where the site reads its content from. Defaults to the repo's `content/`; the benchmark points
 * it at a generated archive with BANTIN_CONTENT_DIR so it never writes into the real content.
 */
export const contentDir: string = process.env['BANTIN_CONTENT_DIR'] ?? 'content';
