import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection, reference } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { duplicateIdProblems } from './lib/dataFiles.ts';
import { articleFieldsSchema, coverSchema, districtSchema, documentSchema } from './lib/schema.ts';
import { articlesDir, contentDir } from './lib/contentDir.ts';
import { formatProblem } from './lib/contentRules/problem.ts';

/**
 * The content collections. Field-by-field documentation lives in src/lib/schema.ts, shared with
 * `npm run check`; here Astro's reference() and image() are plugged in.
 */
const articleFields = articleFieldsSchema({ district: reference('districts'), document: reference('documents') });

/**
 * A loader that starts from an empty store when the content folder is not the one its entries
 * were read from. Entries kept from an earlier sync carry paths resolved from where their files
 * were then, the cover picture's too: once the content folder moves (a renamed checkout,
 * BANTIN_CONTENT_DIR pointed at a copy, the cache kept) those name the old place and the build
 * fails on a missing picture. The folder is remembered in the collection's meta store.
 */
function readFrom(folder: string, loader: Loader): Loader {
  const where = resolve(folder);
  return {
    ...loader,
    load: async (context) => {
      if (context.meta.get('read-from') !== where) {
        context.store.clear();
        context.meta.set('read-from', where);
      }
      await loader.load(context);
    },
  };
}

const articles = defineCollection({
  // .md articles are rendered at sync time and cached; .mdx ones are compiled by @astrojs/mdx.
  loader: readFrom(
    articlesDir,
    glob({
      base: articlesDir,
      pattern: ['{vi,en}/[0-9][0-9][0-9][0-9]/*.{md,mdx}'],
      // Keep the extension in the id: "vi/2024/x.md" and "vi/2024/x.mdx" must not silently replace
      // each other; src/lib/contentRules.ts reports them as a duplicate slug instead. The id is the
      // file's path under `base`: src/lib/archive.ts finds the file by it.
      generateId: ({ entry }) => entry,
      // The bodies are not kept in Astro's content store: the store is bundled into the build as
      // one JavaScript string, and at 10,000 articles their 70 MB made bundling the build's memory
      // peak. Pages use the rendered HTML; src/lib/archive.ts reads the files for the body rules.
      retainBody: false,
    }),
  ),
  // Astro calls a schema function once per entry, to hand it an image() that resolves paths from
  // that entry's file. Building the whole schema for each entry would cost 4 s of a cold
  // 10,000-article sync (docs/architecture.md, section Bounded build cost), so it is built once and
  // only the cover is added per entry.
  schema: ({ image }) => articleFields.extend({ cover: coverSchema(image()) }),
});

/**
 * Astro's file() loader, failing on a duplicate id. Alone, it keeps the last entry of an id (at most
 * a warning), so a copied district or document would silently replace the first. The rule and its
 * message are `npm run check`'s (src/lib/dataFiles.ts), so editors see the same words in both.
 */
function dataFile(path: string): Loader {
  const loader = file(path);
  return {
    ...loader,
    async load(context) {
      // Where file() itself reads it: relative to the project root, not the working directory.
      const duplicates = await duplicateIdProblems(fileURLToPath(new URL(path, context.config.root)), path);
      if (duplicates.length > 0) {
        const lines = duplicates.flatMap((p) => [formatProblem(p, 'vi'), formatProblem(p, 'en')]);
        throw new Error(`${path}: ${duplicates.length} duplicate id(s), each must be unique:\n${lines.join('\n')}`);
      }
      await loader.load(context);
    },
  };
}

const districts = defineCollection({
  loader: dataFile(`${contentDir}/districts.yaml`),
  schema: districtSchema,
});

const documents = defineCollection({
  loader: dataFile(`${contentDir}/documents.yaml`),
  schema: documentSchema,
});

export const collections = { articles, districts, documents };
