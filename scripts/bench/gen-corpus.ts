/**
 * npm run gen-corpus -- --articles N --out DIR [--seed S]
 *
 * Writes a deterministic synthetic archive (the same seed gives byte-identical files) in the site's
 * content format: DIR/articles/{vi,en}/{year}/{slug}.{md,mdx}, DIR/media/{year}/*.jpg (covers and
 * gallery photos, scripts/bench/lib/corpus/photos.ts), DIR/districts.yaml, DIR/documents.yaml.
 * Build the site on it with BANTIN_CONTENT_DIR=DIR. Never writes into content/.
 */
import { parseArgs } from 'node:util';
import { writeCorpusWithPhotos } from './lib/corpus/writePhotos.ts';
import { corpusSummary, defaultSeed, generateCorpus } from './lib/corpus/corpus.ts';
import { assertNotRealContent } from './lib/corpus/write.ts';

const usage = 'usage: npm run gen-corpus -- --articles N --out DIR [--seed S]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: defaultSeed },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const count = Number(values.articles);
  if (!values.out || !Number.isInteger(count) || count < 1) throw new Error(usage);
  assertNotRealContent(values.out, 'content');

  const started = performance.now();
  const corpus = generateCorpus({ articles: count, seed: values.seed });
  await writeCorpusWithPhotos(values.out, corpus, values.seed);
  const s = corpusSummary(corpus);
  console.log(
    `${values.out}: ${s.articles} articles + ${s.translations} translations (${s.mdx} files MDX), ` +
      `${s.photos} photos (${s.covers} covers, ${s.galleries} galleries), ` +
      `${s.districts} districts, ${s.documents} documents, seed "${values.seed}", ${Math.round(performance.now() - started)} ms`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
