import type { Lang } from '../i18n/locales.ts';
import { getArchive } from './archive.ts';

/**
 * getStaticPaths for every content route, once per language. Page files call these and hand the
 * props to a view, so the vi and en page files stay one line each.
 */

export const NEWS_PAGE_SIZE = 20;

export async function articleRoutes(lang: Lang) {
  const archive = await getArchive();
  return archive.articles[lang].map((article) => ({
    params: { year: article.year, slug: article.slug },
    props: { article, archive },
  }));
}

export async function newsRoutes(lang: Lang, pageSegment: string) {
  const archive = await getArchive();
  const articles = archive.articles[lang];
  const total = Math.max(1, Math.ceil(articles.length / NEWS_PAGE_SIZE));
  return Array.from({ length: total }, (_, i) => ({
    params: { page: i === 0 ? undefined : `${pageSegment}/${i + 1}` },
    props: { lang, page: i + 1, total, articles: articles.slice(i * NEWS_PAGE_SIZE, (i + 1) * NEWS_PAGE_SIZE) },
  }));
}

export async function districtRoutes(lang: Lang) {
  const archive = await getArchive();
  return [...archive.districts.values()].map((district) => ({
    params: { district: district.id },
    props: { lang, district, archive },
  }));
}

export async function documentRoutes(lang: Lang) {
  const archive = await getArchive();
  return [...archive.documents.values()].map((document) => ({
    params: { document: document.id },
    props: { lang, document, archive },
  }));
}

export async function yearRoutes(lang: Lang) {
  const archive = await getArchive();
  return archive.yearsByLang[lang].map((year) => ({ params: { year }, props: { lang, year, archive } }));
}
