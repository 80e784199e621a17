import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema, districtSchema, documentSchema } from './lib/schema.ts';
import { contentDir } from './lib/contentDir.ts';

/**
 * The content collections. Field-by-field documentation lives in src/lib/schema.ts, shared with
 * `npm run check`; here Astro's reference() and image() are plugged in.
 */
const articles = defineCollection({
  loader: glob({
    base: `${contentDir}/articles`,
    pattern: ['{vi,en}/[0-9][0-9][0-9][0-9]/*.{md,mdx}'],
    // Keep the extension in the id: "vi/2024/x.md" and "vi/2024/x.mdx" must not silently replace
    // each other; src/lib/contentRules.ts reports them as a duplicate slug instead.
    generateId: ({ entry }) => entry,
  }),
  schema: ({ image }) => articleSchema({ district: reference('districts'), document: reference('documents'), image: image() }),
});

const districts = defineCollection({
  loader: file(`${contentDir}/districts.yaml`),
  schema: districtSchema,
});

const documents = defineCollection({
  loader: file(`${contentDir}/documents.yaml`),
  schema: documentSchema,
});

export const collections = { articles, districts, documents };
