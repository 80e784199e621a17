/**
 * Where the site reads its content from. Defaults to the repo's `content/`; the benchmark points
 * it at a generated archive with BANTIN_CONTENT_DIR so it never writes into the real content.
 */
export const contentDir: string = process.env['BANTIN_CONTENT_DIR'] ?? 'content';

/** The articles' folder: `vi/` and `en/`, a folder per year in each. An article's id is its path here. */
export const articlesDir = `${contentDir}/articles`;
