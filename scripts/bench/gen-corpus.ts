/**
 * npm run gen-corpus -- --articles N --out DIR [--seed S] [--no-photos]
 *
 * Writes a deterministic synthetic archive (the same seed gives byte-identical files) in the site's
 * content format: DIR/articles/{vi,en}/{year}/{slug}.{md,mdx}, DIR/media/{year}/*.jpg (covers and
 * gallery photos, scripts/bench/lib/corpus/photos.ts), DIR/districts.yaml, DIR/documents.yaml.
 * Build the site on it with BANTIN_CONTENT_DIR=DIR. Never writes into content/.
 */
import { readArgs, runCli, UsageError, type Usage } from '../lib/cli/commandLine.ts';
import { writeCorpusWithPhotos } from './lib/corpus/writePhotos.ts';
import { corpusSummary, defaultSeed, generateCorpus } from './lib/corpus/corpus.ts';
import { noPhotos } from './lib/corpus/photos.ts';
import { assertNotRealContent } from './lib/corpus/write.ts';

const usage: Usage = {
  command: 'npm run gen-corpus',
  vi: `Viết một kho bài tổng hợp để đo (cùng hạt giống thì từng byte như nhau) theo định dạng nội dung của trang;
dựng trang trên đó với BANTIN_CONTENT_DIR=THƯ-MỤC. Không bao giờ ghi vào content/.
  npm run gen-corpus -- --articles N --out THƯ-MỤC [--seed S] [--no-photos]
  --no-photos  cùng các bài, không ảnh nào`,
  en: `Writes a synthetic archive for benchmarks (the same seed gives byte-identical files) in the site's content format;
build the site on it with BANTIN_CONTENT_DIR=DIR. Never writes into content/.
  npm run gen-corpus -- --articles N --out DIR [--seed S] [--no-photos]
  --no-photos  the same articles without any photo`,
};

async function main(): Promise<number> {
  const { values } = readArgs(usage, {
    options: {
      articles: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: defaultSeed },
      'no-photos': { type: 'boolean', default: false },
    },
  });
  const count = Number(values.articles);
  if (!Number.isInteger(count) || count < 1)
    throw new UsageError('--articles cần một số nguyên dương', '--articles needs a positive integer');
  if (!values.out) throw new UsageError('cần --out THƯ-MỤC', '--out DIR is required');
  try {
    assertNotRealContent(values.out, 'content');
  } catch {
    throw new UsageError('--out không được là thư mục nội dung của trang (content)', "--out must not be the site's content folder");
  }

  const started = performance.now();
  const corpus = generateCorpus({ articles: count, seed: values.seed, ...(values['no-photos'] ? { photos: noPhotos } : {}) });
  await writeCorpusWithPhotos(values.out, corpus, values.seed);
  const s = corpusSummary(corpus);
  console.log(
    `${values.out}: ${s.articles} articles + ${s.translations} translations (${s.mdx} files MDX), ` +
      `${s.photos} photos (${s.covers} covers, ${s.galleries} galleries), ` +
      `${s.districts} districts, ${s.documents} documents, seed "${values.seed}", ${Math.round(performance.now() - started)} ms`,
  );
  return 0;
}

// A folder that holds something other than a corpus is refused with a message, not a stack trace.
await runCli(usage, main).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
