import { isLang, langs } from '../../i18n/locales.ts';
import { paths } from '../paths.ts';
import type { ArticleEntry, ContentRefs } from './articleEntry.ts';

/** The pages an internal link in an article may point to, as the build will create them. */
export interface SitePaths {
  /** Pages that the build creates from the content. */
  valid: Set<string>;
  /** Article pages that would exist if their drafts were published. */
  drafts: Set<string>;
}

/** The article, district, document and year pages the content makes; an unreadable article's page counts, its own problem is reported. */
export function buildSitePaths(entries: ArticleEntry[], refs: ContentRefs): SitePaths {
  const valid = new Set<string>();
  const drafts = new Set<string>();
  const years = new Set<string>();
  for (const e of entries) {
    if (e.data.draft) {
      drafts.add(paths.article(e.lang, e.year, e.slug));
      continue;
    }
    valid.add(paths.article(e.lang, e.year, e.slug));
    years.add(e.year);
  }
  for (const key of refs.unreadableArticles ?? []) {
    const [lang = '', year = '', slug = ''] = key.split('/');
    if (isLang(lang)) valid.add(paths.article(lang, year, slug));
  }
  for (const lang of langs) {
    for (const id of refs.districts) valid.add(paths.district(lang, id)).add(paths.districtRss(lang, id));
    for (const id of refs.documents) valid.add(paths.document(lang, id)).add(paths.documentRss(lang, id));
    for (const year of years) valid.add(paths.archive(lang, year));
  }
  return { valid, drafts };
}

/** Pages that always exist: home, news and its pages, the districts directory, the documents register and its pages, search, feeds. */
export function isStaticPage(path: string): boolean {
  return langs.some((lang) => {
    const fixed = [paths.home(lang), paths.news(lang), paths.districts(lang), paths.documents(lang), paths.search(lang), paths.rss(lang)];
    if (fixed.includes(path)) return true;
    return [paths.news(lang, 2), paths.documents(lang, 2)].some((pageTwo) => {
      const pagePrefix = pageTwo.slice(0, pageTwo.length - '2/'.length);
      return path.startsWith(pagePrefix) && /^[1-9]\d*\/$/.test(path.slice(pagePrefix.length));
    });
  });
}
