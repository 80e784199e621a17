import { generateArticles, type CorpusArticle } from './articles.ts';
import { generateDocuments, type CorpusDocument } from './documents.ts';
import { corpusDistricts, type CorpusDistrict } from './places.ts';
import { createRandom } from './random.ts';
import { articleFile, articlePath, districtsFile, documentsFile } from './serialize.ts';

/** The whole synthetic archive for one seed and size; pure, so the same seed gives the same bytes. */
export interface Corpus {
  districts: CorpusDistrict[];
  documents: CorpusDocument[];
  articles: CorpusArticle[];
}

export const defaultSeed = 'bantin';

export function generateCorpus(options: { articles: number; seed?: string; documents?: number }): Corpus {
  const random = createRandom(options.seed ?? defaultSeed);
  const districts = corpusDistricts();
  // Separate streams: the documents do not change when the article count does.
  const documents = generateDocuments(random.fork('documents'), districts, options.documents ?? 400);
  const articles = generateArticles(random.fork('articles'), { count: options.articles, districts, documents });
  return { districts, documents, articles };
}

/** Every file of the corpus as [relative path, text], in a fixed order. */
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
  };
}
