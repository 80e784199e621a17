import { langs, type Lang } from '../../../../src/i18n/locales.ts';
import { paths } from '../../../../src/lib/paths.ts';

/**
 * The page types a reader meets (home, an article with a cover photo and one without, a district
 * page, the directory of districts, the register of documents, search), in both languages, chosen
 * from the built site's own page list so the bench works on any content.
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
 * @param choice the article (YEAR/SLUG) and district to measure instead of the heaviest; the article
 *   asked for is measured whether or not it has a photo
 * @param hasPhoto whether an article page shows a cover photo: the heaviest translated article with
 *   one and the heaviest without are measured (a site whose articles all have photos, or none, gets
 *   the one kind it has)
 */
export function pickPages(
  pagePaths: readonly string[],
  weight: (path: string) => number,
  choice: { article?: string; district?: string } = {},
  hasPhoto: (path: string) => boolean = () => false,
): AuditedPage[] {
  const have = new Set(pagePaths);
  const heaviest = <T>(candidates: T[], path: (c: T) => string): T | undefined =>
    candidates.sort((a, b) => weight(path(b)) - weight(path(a)) || path(a).localeCompare(path(b)))[0];

  const articlePattern = pattern((year, slug) => paths.article('vi', year!, slug!), 2);
  const articles = pagePaths.flatMap((p) => {
    const m = articlePattern.exec(p);
    return m && have.has(paths.article('en', m[1]!, m[2]!)) ? [{ year: m[1]!, slug: m[2]! }] : [];
  });
  const viPath = (a: { year: string; slug: string }) => paths.article('vi', a.year, a.slug);
  let picked: { year: string; slug: string; photo?: boolean }[];
  if (choice.article) {
    const asked = articles.find((a) => `${a.year}/${a.slug}` === choice.article);
    if (!asked) throw new Error(`no translated article ${choice.article}`);
    picked = [asked];
  } else {
    if (articles.length === 0) throw new Error('the site has no article with a translation');
    const withPhoto = heaviest(
      articles.filter((a) => hasPhoto(viPath(a))),
      viPath,
    );
    const without = heaviest(
      articles.filter((a) => !hasPhoto(viPath(a))),
      viPath,
    );
    picked = [...(withPhoto ? [{ ...withPhoto, photo: true }] : []), ...(without ? [{ ...without, photo: false }] : [])];
  }

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

  const articleName = (photo: boolean | undefined) => (photo === undefined ? 'article' : photo ? 'article+photo' : 'article, text');
  return langs.flatMap((lang: Lang) => [
    { name: `home (${lang})`, path: paths.home(lang) },
    ...picked.map((a) => ({ name: `${articleName(a.photo)} (${lang})`, path: paths.article(lang, a.year, a.slug) })),
    { name: `district (${lang})`, path: paths.district(lang, district) },
    { name: `districts (${lang})`, path: paths.districts(lang) },
    { name: `documents (${lang})`, path: paths.documents(lang) },
    { name: `search (${lang})`, path: paths.search(lang) },
  ]);
}
