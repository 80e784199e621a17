import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// The same corpus the site reads (BANTIN_CONTENT_DIR, absolute in the bench); no schema: bare.
const contentDir = process.env['BANTIN_CONTENT_DIR'] ?? '../../../content';

export const collections = {
  articles: defineCollection({ loader: glob({ base: `${contentDir}/articles`, pattern: '**/*.{md,mdx}' }) }),
};
