import { langs } from '../i18n/locales.ts';
import type { Archive, Article } from './archiveIndex.ts';
import { paginate } from './pagination.ts';
import { paths } from './paths.ts';

/**
 * When each page last changed, for the sitemap's `<lastmod>`: an article when it was last updated
 * (or published), a list page when the newest article on it was. Pages whose content does not
 * come from articles (search) get none: a date that is not true is worse than no date.
 */

const changed = (article: Pick<Article, 'publishedAt' | 'updatedAt'>): Date => article.updatedAt ?? article.publishedAt;

function newest(articles: readonly Pick<Article, 'publishedAt' | 'updatedAt'>[]): Date | undefined {
  let latest: Date | undefined;
  for (const article of articles) {
    const date = changed(article);
    if (!latest || date > latest) latest = date;
  }
  return latest;
}

/** Site path → ISO instant, for every page whose content comes from articles. */
export function lastModifiedByPath(
  archive: Pick<Archive, 'articles' | 'byDistrict' | 'byDocument' | 'yearsByLang' | 'byYear'>,
): Map<string, string> {
  const result = new Map<string, string>();
  const set = (path: string, date: Date | undefined) => {
    if (date) result.set(path, date.toISOString());
  };
  // A list's pages, numbered as src/lib/routes.ts numbers them.
  const list = (articles: readonly Article[], pathOf: (page: number) => string) => {
    for (const { page, items } of paginate(articles)) set(pathOf(page), newest(items));
  };
  for (const lang of langs) {
    const all = archive.articles[lang];
    for (const article of all) set(article.path, changed(article));
    set(paths.home(lang), newest(all));
    set(paths.districts(lang), newest(all));
    list(all, (page) => paths.news(lang, page));
    for (const [id, perLang] of archive.byDistrict) list(perLang[lang], (page) => paths.district(lang, id, page));
    for (const [id, perLang] of archive.byDocument) list(perLang[lang], (page) => paths.document(lang, id, page));
    for (const year of archive.yearsByLang[lang]) list(archive.byYear.get(year)![lang], (page) => paths.archive(lang, year, page));
  }
  return result;
}
