import { langs, type Lang } from '../../../../src/i18n/locales.ts';
import { paths } from '../../../../src/lib/paths.ts';

/**
 * The pages issue 7 names (home, an article, a district page, the search page), in both
 * languages, chosen from the built site's own page list so the bench works on any content.
 */

export interface AuditedPage {
  /** "article (vi)" */
  name: string;
  path: string;
}

/** A pattern matching `template(lang, …ids)` with any id in each slot. */
function pattern(template: (...ids: string[]) => string, slots: number): RegExp {
  const marker = '\u0000';
  const sample = template(...Array.from({ length: slots }, () => marker));
  const escaped = sample.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.split(marker).join('([^/]+)')}$`);
}

/**
 * @param pagePaths every page path the site has (the build's `_bantin/pages.json`)
 * @param weight how heavy a page is (its HTML size): the heaviest article and district with a
 *   translation are measured, the worst case a reader meets
 */
export function pickPages(
  pagePaths: readonly string[],
  weight: (path: string) => number,
  choice: { article?: string; district?: string } = {},
): AuditedPage[] {
  const have = new Set(pagePaths);
  const heaviest = <T>(candidates: T[], path: (c: T) => string): T | undefined =>
    candidates.sort((a, b) => weight(path(b)) - weight(path(a)) || path(a).localeCompare(path(b)))[0];

  const articlePattern = pattern((year, slug) => paths.article('vi', year!, slug!), 2);
  const articles = pagePaths.flatMap((p) => {
    const m = articlePattern.exec(p);
    return m && have.has(paths.article('en', m[1]!, m[2]!)) ? [{ year: m[1]!, slug: m[2]! }] : [];
  });
  const article = choice.article
    ? articles.find((a) => `${a.year}/${a.slug}` === choice.article)
    : heaviest(articles, (a) => paths.article('vi', a.year, a.slug));
  if (!article) throw new Error(choice.article ? `no translated article ${choice.article}` : 'the site has no article with a translation');

  const districtPattern = pattern((id) => paths.district('vi', id!), 1);
  const districts = pagePaths.flatMap((p) => {
    const id = districtPattern.exec(p)?.[1];
    return id && have.has(paths.district('en', id)) ? [id] : [];
  });
  const district = choice.district ? districts.find((d) => d === choice.district) : heaviest(districts, (id) => paths.district('vi', id));
  if (!district)
    throw new Error(
      choice.district ? `no district ${choice.district} in both languages` : 'the site has no district page in both languages',
    );

  return langs.flatMap((lang: Lang) => [
    { name: `home (${lang})`, path: paths.home(lang) },
    { name: `article (${lang})`, path: paths.article(lang, article.year, article.slug) },
    { name: `district (${lang})`, path: paths.district(lang, district) },
    { name: `search (${lang})`, path: paths.search(lang) },
  ]);
}
