import type { Lang } from '../i18n/locales.ts';
import { langs, otherLang } from '../i18n/locales.ts';
import { paths } from './paths.ts';

/**
 * The archive's indexes, built once per build from plain records (docs/architecture.md, section
 * Content to pages). Pages look
 * things up here; none scans the whole archive itself, so a build stays linear in the number of
 * articles.
 */

export interface Bilingual {
  vi: string;
  en: string;
}

export interface District {
  id: string;
  name: Bilingual;
  province: Bilingual;
  kind: string;
  since2025?: Bilingual | undefined;
}

export interface CitedDocument {
  id: string;
  number: string;
  issuer: Bilingual;
  issuedOn?: string | undefined;
  district?: string | undefined;
  province?: Bilingual | undefined;
  title?: { vi?: string | undefined; en?: string | undefined } | undefined;
}

/** What the indexes need of an article; `T` carries whatever the caller needs to render it. */
export interface ArticleRecord<T = unknown> {
  lang: Lang;
  year: string;
  slug: string;
  title: string;
  lede: string;
  publishedAt: Date;
  timeKnown: boolean;
  updatedAt?: Date | undefined;
  updatedTimeKnown?: boolean | undefined;
  districtId: string;
  documentIds: string[];
  topics: string[];
  featured: boolean;
  legacyViews?: number | undefined;
  author: string;
  source?: { name: string; url?: string | undefined } | undefined;
  entry: T;
}

export interface Article<T = unknown> extends ArticleRecord<T> {
  /** "2024/slug": the same for an article and its translation. */
  key: string;
  path: string;
  district: District;
  documents: CitedDocument[];
  /** Position in its language's newest-first list (0 = newest): decides its social card. */
  rank: number;
}

type PerLang<V> = Record<Lang, V>;

export interface Archive<T = unknown> {
  /** Newest first, per language. */
  articles: PerLang<Article<T>[]>;
  districts: Map<string, District>;
  documents: Map<string, CitedDocument>;
  byPath: Map<string, Article<T>>;
  byDistrict: Map<string, PerLang<Article<T>[]>>;
  byDocument: Map<string, PerLang<Article<T>[]>>;
  byYear: Map<string, PerLang<Article<T>[]>>;
  /** Documents issued by each district's bodies. */
  documentsByDistrict: Map<string, CitedDocument[]>;
  /** Years that have articles in either language, newest first. */
  years: string[];
  /** Years that have articles in each language, newest first: only these get archive pages. */
  yearsByLang: PerLang<string[]>;
  /** Districts with articles in each language and how many, by name then province. */
  districtsByLang: PerLang<{ district: District; count: number }[]>;
  /** Featured articles ("Tin nổi bật"), newest first. */
  featured: PerLang<Article<T>[]>;
  /** The same article in the other language, if it exists. */
  translationOf(article: Article<T>): Article<T> | undefined;
  /** Up to `limit` articles sharing documents, then the district, then a topic; newest first. */
  related(article: Article<T>, limit?: number): Article<T>[];
}

const emptyPerLang = <V>(make: () => V): PerLang<V> => ({ vi: make(), en: make() });

function push<T>(map: Map<string, PerLang<Article<T>[]>>, key: string, article: Article<T>): void {
  let slot = map.get(key);
  if (!slot) map.set(key, (slot = emptyPerLang(() => [])));
  slot[article.lang].push(article);
}

const newestFirst = (a: { publishedAt: Date; path: string }, b: { publishedAt: Date; path: string }) =>
  b.publishedAt.getTime() - a.publishedAt.getTime() || a.path.localeCompare(b.path);

/**
 * Builds every index in one pass over the records (plus sorts). References must already be
 * checked (src/lib/contentRules.ts); an unknown id here is a programming error.
 */
export function buildArchive<T>(records: ArticleRecord<T>[], districtList: District[], documentList: CitedDocument[]): Archive<T> {
  const districts = new Map(districtList.map((d) => [d.id, d]));
  const documents = new Map(documentList.map((d) => [d.id, d]));
  const articles = emptyPerLang<Article<T>[]>(() => []);
  const byPath = new Map<string, Article<T>>();
  const byKey = new Map<string, Partial<PerLang<Article<T>>>>();
  const byDistrict = new Map<string, PerLang<Article<T>[]>>();
  const byDocument = new Map<string, PerLang<Article<T>[]>>();
  const byYear = new Map<string, PerLang<Article<T>[]>>();
  const byTopic = new Map<string, PerLang<Article<T>[]>>();

  for (const record of records) {
    const district = districts.get(record.districtId);
    if (!district) throw new Error(`Unknown district "${record.districtId}" in ${record.lang}/${record.year}/${record.slug}`);
    const docs = record.documentIds.map((id) => {
      const doc = documents.get(id);
      if (!doc) throw new Error(`Unknown document "${id}" in ${record.lang}/${record.year}/${record.slug}`);
      return doc;
    });
    const article: Article<T> = {
      ...record,
      key: `${record.year}/${record.slug}`,
      path: paths.article(record.lang, record.year, record.slug),
      district,
      documents: docs,
      rank: 0,
    };
    articles[article.lang].push(article);
    byPath.set(article.path, article);
    byKey.set(article.key, { ...byKey.get(article.key), [article.lang]: article });
    push(byDistrict, article.districtId, article);
    for (const id of article.documentIds) push(byDocument, id, article);
    push(byYear, article.year, article);
    for (const topic of article.topics) push(byTopic, topic, article);
  }

  for (const lang of langs) {
    articles[lang].sort(newestFirst);
    articles[lang].forEach((article, i) => (article.rank = i));
  }
  for (const index of [byDistrict, byDocument, byYear, byTopic]) {
    for (const slot of index.values()) for (const lang of langs) slot[lang].sort(newestFirst);
  }

  const documentsByDistrict = new Map<string, CitedDocument[]>();
  for (const doc of documentList) {
    if (!doc.district) continue;
    const list = documentsByDistrict.get(doc.district);
    if (list) list.push(doc);
    else documentsByDistrict.set(doc.district, [doc]);
  }

  const years = [...byYear.keys()].sort((a, b) => b.localeCompare(a));
  const yearsByLang = emptyPerLang(() => [] as string[]);
  for (const lang of langs) yearsByLang[lang] = years.filter((year) => byYear.get(year)![lang].length > 0);
  const districtsByLang = emptyPerLang<{ district: District; count: number }[]>(() => []);
  for (const lang of langs) {
    districtsByLang[lang] = [...byDistrict.entries()]
      .map(([id, perLang]) => ({ district: districts.get(id)!, count: perLang[lang].length }))
      .filter((d) => d.count > 0)
      .sort(
        (a, b) =>
          a.district.name[lang].localeCompare(b.district.name[lang], lang) ||
          a.district.province[lang].localeCompare(b.district.province[lang], lang),
      );
  }
  const featured = emptyPerLang<Article<T>[]>(() => []);
  for (const lang of langs) featured[lang] = articles[lang].filter((a) => a.featured);

  function related(article: Article<T>, limit = 4): Article<T>[] {
    const picked = new Map<string, Article<T>>();
    // Each source list is already sorted newest first; taking a bounded prefix of each keeps this
    // cheap however large a district or document list grows.
    const sources = [
      ...article.documentIds.map((id) => byDocument.get(id)?.[article.lang] ?? []),
      byDistrict.get(article.districtId)?.[article.lang] ?? [],
      ...article.topics.map((topic) => byTopic.get(topic)?.[article.lang] ?? []),
    ];
    for (const list of sources) {
      for (const candidate of list.slice(0, limit + 1)) {
        if (picked.size >= limit) return [...picked.values()];
        if (candidate.path !== article.path) picked.set(candidate.path, candidate);
      }
    }
    return [...picked.values()];
  }

  return {
    articles,
    districts,
    documents,
    byPath,
    byDistrict,
    byDocument,
    byYear,
    documentsByDistrict,
    years,
    yearsByLang,
    districtsByLang,
    featured,
    translationOf: (article) => byKey.get(article.key)?.[otherLang(article.lang)],
    related,
  };
}
