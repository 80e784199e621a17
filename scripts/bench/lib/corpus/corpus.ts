import { generateArticles, type CorpusArticle } from './articles.ts';
import { generateDocuments, type CorpusDocument } from './documents.ts';
import { uniquePhotos, withComment, type CorpusPhoto } from './photos.ts';
import { corpusDistricts, type CorpusDistrict } from './places.ts';
import { createRandom } from './random.ts';
import { articleFile, articlePath, districtsFile, documentsFile } from './serialize.ts';

/** The whole synthetic archive for one seed and size; pure, so the same seed gives the same bytes. */
export interface Corpus {
  districts: CorpusDistrict[];
  documents: CorpusDocument[];
  articles: CorpusArticle[];
  /** Every photo file, once: the covers and gallery photos the articles import. */
  photos: CorpusPhoto[];
}

export const defaultSeed = 'bantin';

export function generateCorpus(options: {
  articles: number;
  seed?: string;
  documents?: number;
  /** Share of originals with a cover, and of MDX articles with a gallery (scripts/bench/lib/corpus/photos.ts). */
  photos?: { cover: number; gallery: number };
}): Corpus {
  const random = createRandom(options.seed ?? defaultSeed);
  const districts = corpusDistricts();
  // Separate streams: the documents do not change when the article count does.
  const documents = generateDocuments(random.fork('documents'), districts, options.documents ?? 400);
  const articles = generateArticles(random.fork('articles'), {
    count: options.articles,
    districts,
    documents,
    ...(options.photos ? { photos: options.photos } : {}),
  });
  return { districts, documents, articles, photos: uniquePhotos(articles.filter((a) => a.lang === 'vi').map((a) => a.photos)) };
}

/** Every photo file as [relative path, bytes]: the pool photo it was given, marked with its path so no two files are alike. */
export function photoFiles(corpus: Corpus, pool: readonly Uint8Array[]): [string, Uint8Array][] {
  return corpus.photos.map((p): [string, Uint8Array] => {
    const bytes = pool[p.pool];
    if (!bytes) throw new RangeError(`photo pool has ${pool.length} photos; ${p.path} needs number ${p.pool}`);
    return [p.path, withComment(bytes, `Bản tin benchmark photo ${p.path}`)];
  });
}

/** Every text file of the corpus as [relative path, text], in a fixed order. */
export function corpusFiles(corpus: Corpus): [string, string][] {
  return [
    ['districts.yaml', districtsFile(corpus.districts)],
    ['documents.yaml', documentsFile(corpus.documents)],
    ...corpus.articles.map((a): [string, string] => [articlePath(a), articleFile(a)]),
  ];
}

/** Counts for the generator's summary line and the bench report. */
export function corpusSummary(corpus: Corpus) {
  const vi = corpus.articles.filter((a) => a.lang === 'vi');
  const en = corpus.articles.filter((a) => a.lang === 'en');
  return {
    articles: vi.length,
    translations: en.length,
    mdx: corpus.articles.filter((a) => a.ext === 'mdx').length,
    files: corpus.articles.length,
    districts: corpus.districts.length,
    documents: corpus.documents.length,
    covers: vi.filter((a) => a.photos.cover).length,
    galleries: vi.filter((a) => a.photos.gallery.length > 0).length,
    photos: corpus.photos.length,
  };
}
