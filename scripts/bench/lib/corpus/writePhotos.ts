import { corpusFiles, photoFiles, type Corpus } from './corpus.ts';
import { encodePhotoPool } from './photoPool.ts';
import { writeCorpus } from './write.ts';

/** Writes the corpus's text files and its photo files (copies of the seed's photo pool), with the marker. */
export async function writeCorpusWithPhotos(out: string, corpus: Corpus, seed: string): Promise<void> {
  const pool = corpus.photos.length > 0 ? await encodePhotoPool(seed) : [];
  await writeCorpus(out, [...corpusFiles(corpus), ...photoFiles(corpus, pool)], {
    seed,
    articles: corpus.articles.filter((a) => a.lang === 'vi').length,
    photos: corpus.photos.length,
  });
}
