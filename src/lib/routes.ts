import type { Lang } from '../i18n/locales.ts';
import { routeSegments } from './paths.ts';
import { getArchive } from './archive.ts';
import { pageParam, paginate } from './pagination.ts';

/**
 * getStaticPaths for every content route, once per language. Page files call these and hand the
 * props to a view, so the vi and en page files stay one line each. Lists of articles are
 * paginated (src/lib/pagination.ts): page 1 at the list's own URL, page n at `…/trang/n/`.
 */

export async function articleRoutes(lang: Lang) {
  const archive = await getArchive();
  return archive.articles[lang].map((article) => ({
    params: { year: article.year, slug: article.slug },
    props: { article, archive },
  }));
}

export async function newsRoutes(lang: Lang) {
  const archive = await getArchive();
  return paginate(archive.articles[lang]).map(({ page, total, items }) => ({
    params: { page: pageParam(page, routeSegments[lang].page) },
    props: { lang, page, total, articles: items },
  }));
}

export async function districtRoutes(lang: Lang) {
  const archive = await getArchive();
  return [...archive.districts.values()].flatMap((district) =>
    paginate(archive.byDistrict.get(district.id)?.[lang] ?? []).map(({ page, total, items }) => ({
      params: { district: district.id, page: pageParam(page, routeSegments[lang].page) },
      props: { lang, district, archive, page, total, articles: items },
    })),
  );
}

export async function documentRoutes(lang: Lang) {
  const archive = await getArchive();
  return [...archive.documents.values()].flatMap((document) =>
    paginate(archive.byDocument.get(document.id)?.[lang] ?? []).map(({ page, total, items }) => ({
      params: { document: document.id, page: pageParam(page, routeSegments[lang].page) },
      props: { lang, document, archive, page, total, articles: items },
    })),
  );
}

export async function yearRoutes(lang: Lang) {
  const archive = await getArchive();
  return archive.yearsByLang[lang].flatMap((year) =>
    paginate(archive.byYear.get(year)![lang]).map(({ page, total, items }) => ({
      params: { year, page: pageParam(page, routeSegments[lang].page) },
      props: { lang, year, archive, page, total, articles: items },
    })),
  );
}

/** One RSS feed per district, beside its page: /dia-phuong/{id}/rss.xml. */
export async function districtFeedRoutes(lang: Lang) {
  const archive = await getArchive();
  return [...archive.districts.values()].map((district) => ({ params: { district: district.id }, props: { lang, district, archive } }));
}

/** One RSS feed per document, beside its page: /van-ban/{id}/rss.xml. */
export async function documentFeedRoutes(lang: Lang) {
  const archive = await getArchive();
  return [...archive.documents.values()].map((document) => ({ params: { document: document.id }, props: { lang, document, archive } }));
}
