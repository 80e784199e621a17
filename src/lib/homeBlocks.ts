import type { Lang } from '../i18n/locales.ts';
import type { Archive, Article, District } from './archiveIndex.ts';
import { topics } from './schema.ts';

/**
 * What the home page shows, picked from the archive's indexes: the lead story, then blocks by topic
 * and by district, as a news portal's front page. Every pick reads a bounded prefix of a
 * newest-first list, so the home page costs the same at 10 articles or 10,000.
 */

export type Topic = (typeof topics)[number];

export interface FrontPage<T> {
  /** The newest featured article, else the newest: shown large with its photo. */
  lead: Article<T> | undefined;
  /** Featured articles after the lead. */
  featured: Article<T>[];
  /** The newest articles not shown above. */
  latest: Article<T>[];
  /** Per topic, its newest articles not shown above; topics without any are left out. */
  byTopic: { topic: Topic; articles: Article<T>[] }[];
  /** The districts with the most articles, with their newest. */
  byDistrict: { district: District; count: number; articles: Article<T>[] }[];
}

export interface FrontPageSizes {
  featured: number;
  latest: number;
  perBlock: number;
  districts: number;
  /** How far down the newest articles a topic block looks. */
  scan: number;
}

const defaults: FrontPageSizes = { featured: 3, latest: 6, perBlock: 3, districts: 4, scan: 300 };

export function frontPage<T>(
  archive: Pick<Archive<T>, 'articles' | 'featured' | 'byDistrict' | 'districtsByLang'>,
  lang: Lang,
  sizes: Partial<FrontPageSizes> = {},
): FrontPage<T> {
  const size = { ...defaults, ...sizes };
  const all = archive.articles[lang];
  const lead = archive.featured[lang][0] ?? all[0];
  // The lead and featured stories appear once. The blocks below may repeat a story from the
  // "latest" column, as portals' section blocks do, but a story is in one topic block and one
  // district block at most.
  let shown = new Set<string>(lead ? [lead.path] : []);
  const take = (list: readonly Article<T>[], limit: number, scan = list.length): Article<T>[] => {
    const picked: Article<T>[] = [];
    for (const article of list.slice(0, scan)) {
      if (picked.length >= limit) break;
      if (!shown.has(article.path)) picked.push(article);
    }
    for (const article of picked) shown.add(article.path);
    return picked;
  };
  const featured = take(archive.featured[lang], size.featured, size.featured + 1);
  const top = new Set(shown);
  const latest = take(all, size.latest, size.latest + size.featured + 1);

  shown = new Set(top);
  const recent = all.slice(0, size.scan);
  const byTopic = topics
    .map((topic) => ({
      topic,
      articles: take(
        recent.filter((a) => a.topics.includes(topic)),
        size.perBlock,
      ),
    }))
    .filter((block) => block.articles.length > 0);

  shown = new Set(top);
  // Most articles first; ties by name, as the district list is sorted.
  const busiest = [...archive.districtsByLang[lang]].sort((a, b) => b.count - a.count).slice(0, size.districts);
  const byDistrict = busiest
    .map(({ district, count }) => ({
      district,
      count,
      articles: take(archive.byDistrict.get(district.id)?.[lang] ?? [], size.perBlock, size.perBlock + shown.size),
    }))
    .filter((block) => block.articles.length > 0);

  return { lead, featured, latest, byTopic, byDistrict };
}
