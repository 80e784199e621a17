import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// The same corpus the site reads (BANTIN_CONTENT_DIR, absolute in the bench). The schema checks
// only the cover, which image() must resolve to an imported picture; every other field is passed on.
const contentDir = process.env['BANTIN_CONTENT_DIR'] ?? '../../../content';

export const collections = {
  articles: defineCollection({
    loader: glob({ base: `${contentDir}/articles`, pattern: '**/*.{md,mdx}' }),
    schema: ({ image }) =>
      z.looseObject({
        cover: z.object({ src: image(), alt: z.string(), caption: z.string().optional(), credit: z.string().optional() }).optional(),
      }),
  }),
};
