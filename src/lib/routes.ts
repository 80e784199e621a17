import type { Lang } from '../i18n/locales.ts';
import { getArchive, type SiteArticle } from './archive.ts';
import { directories } from './directories.ts';
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

/**
 * The pages of one list of articles: `params` and `props` say whose list it is (a district, a
 * document, a year), the page number and its articles are added.
 */
function listPages<P extends object, Q extends object>(lang: Lang, articles: readonly SiteArticle[], params: P, props: Q) {
  return paginate(articles).map(({ page, total, items }) => ({
    params: { ...params, page: pageParam(page, lang) },
    props: { ...props, lang, page, total, articles: items },
  }));
}

export async function newsRoutes(lang: Lang) {
  const archive = await getArchive();
  return listPages(lang, archive.articles[lang], {}, {});
}

export async function districtRoutes(lang: Lang) {
  const archive = await getArchive();
  return [...archive.districts.values()].flatMap((district) =>
    listPages(lang, archive.byDistrict.get(district.id)?.[lang] ?? [], { district: district.id }, { district, archive }),
  );
}

export async function documentRoutes(lang: Lang) {
  const archive = await getArchive();
  return [...archive.documents.values()].flatMap((document) =>
    listPages(lang, archive.byDocument.get(document.id)?.[lang] ?? [], { document: document.id }, { document, archive }),
  );
}

export async function yearRoutes(lang: Lang) {
  const archive = await getArchive();
  return archive.yearsByLang[lang].flatMap((year) => listPages(lang, archive.byYear.get(year)![lang], { year }, { year, archive }));
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

/** Rows per page of the document register: a row is one line, so a page holds more than a list of articles. */
export const REGISTER_PAGE_SIZE = 100;

/** The register of every cited document: /van-ban/, then /van-ban/trang/2/… */
export async function documentRegisterRoutes(lang: Lang) {
  const register = directories(await getArchive()).register[lang];
  return paginate(register, REGISTER_PAGE_SIZE).map(({ page, total, items }) => ({
    params: { page: pageParam(page, lang) },
    props: { lang, page, total, entries: items, count: register.length },
  }));
}
