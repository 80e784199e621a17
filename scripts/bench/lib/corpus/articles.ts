import type { Lang } from '../../../../src/i18n/locales.ts';
import { topics as allTopics } from '../../../../src/lib/schema.ts';
import { slugify, uniqueSlug } from '../../../../src/lib/slug.ts';
import type { CorpusDocument } from './documents.ts';
import { people } from './phrases.ts';
import { galleryMdx, photoImportPath, planPhotos, type ArticlePhotos } from './photos.ts';
import type { CorpusDistrict } from './places.ts';
import type { Random } from './random.ts';
import { articleSlots, composeArticle } from './text.ts';

/**
 * Synthetic articles: N Vietnamese originals spread over 2018–2025, about 60% with an English
 * translation at the same year/slug, about 30% MDX (with a <Callout>), the rest plain Markdown.
 * Most have a cover photo and some MDX ones a gallery (scripts/bench/lib/corpus/photos.ts); a
 * translation shows its original's photos with its own alt text and captions.
 */

export interface Frontmatter {
  title: string;
  lede: string;
  publishedAt: string;
  updatedAt?: string;
  district: string;
  documents: string[];
  author: string;
  source?: { name: string };
  topics: string[];
  featured?: true;
  legacyViews?: number;
  cover?: { src: string; alt: string; caption?: string; credit?: string };
}

export interface CorpusArticle {
  lang: Lang;
  year: number;
  slug: string;
  ext: 'md' | 'mdx';
  frontmatter: Frontmatter;
  body: string;
  /** The photo files the article shows (its translation shares them). */
  photos: ArticlePhotos;
}

export const articleYears = { first: 2018, last: 2025 } as const;

export interface ArticleOptions {
  count: number;
  districts: readonly CorpusDistrict[];
  documents: readonly CorpusDocument[];
  /** Share of originals with an English translation. */
  translated?: number;
  /** Share of articles written as MDX. */
  mdx?: number;
  /** Share of originals with a cover photo, and of MDX ones with a gallery. */
  photos?: { cover: number; gallery: number };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Documents an article in `district` may cite: its own, its province's and central ones. */
function citableIndex(documents: readonly CorpusDocument[], districts: readonly CorpusDistrict[]) {
  const byDistrict = new Map<string, CorpusDocument[]>();
  for (const district of districts) {
    byDistrict.set(
      district.id,
      documents.filter(
        (doc) => doc.district === district.id || doc.province?.vi === district.province.vi || (!doc.district && !doc.province),
      ),
    );
  }
  return (districtId: string, year: number) => (byDistrict.get(districtId) ?? []).filter((doc) => doc.year <= year);
}

/** A publication time in Vietnam, "2024-03-01T13:32:00+07:00". Districts ended on 1 July 2025. */
function publicationTime(random: Random, year: number): { iso: string; hour: number; date: string } {
  const month = random.int(1, year === articleYears.last ? 6 : 12);
  const day = random.int(1, 28);
  const hour = random.int(6, 20);
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return { iso: `${date}T${pad(hour)}:${pad(random.int(0, 59))}:00+07:00`, hour, date };
}

export function generateArticles(random: Random, options: ArticleOptions): CorpusArticle[] {
  const { count, districts, documents, translated = 0.6, mdx = 0.3 } = options;
  const citable = citableIndex(documents, districts);
  const takenByYear = new Map<number, Set<string>>();
  const articles: CorpusArticle[] = [];

  for (let i = 0; i < count; i++) {
    // One stream per article: its text draws never shift the next article's choices.
    const r = random.fork(`article-${i}`);
    const year = r.int(articleYears.first, articleYears.last);
    const district = r.pick(districts);
    const time = publicationTime(r, year);
    const candidates = citable(district.id, year);
    const docCount = Math.min(candidates.length, r.pick([0, 1, 1, 1, 2, 2, 2, 3]));
    const cited = r.sample(candidates, docCount);
    const author = r.pick(people.bylines);
    const isMdx = r.chance(mdx);
    const slots = articleSlots(r, { district, year, documents: cited, author });
    const text = composeArticle(r, slots, { mdx: isMdx, hasDocuments: cited.length > 0 });

    const taken = takenByYear.get(year) ?? new Set<string>();
    takenByYear.set(year, taken);
    const slug = uniqueSlug(slugify(text.title[0]), taken);
    taken.add(slug);

    const shared = {
      publishedAt: time.iso,
      ...(r.chance(0.1) ? { updatedAt: `${time.date}T${pad(time.hour + r.int(1, 3))}:${pad(r.int(0, 59))}:00+07:00` } : {}),
      district: district.id,
      documents: cited.map((d) => d.id),
      author,
      ...(r.chance(0.25) ? { source: { name: `Báo ${district.province.vi}` } } : {}),
      topics: r.sample(allTopics, r.int(1, 2)),
      ...(r.chance(0.02) ? { featured: true as const } : {}),
    };
    const legacyViews = r.chance(0.6) ? { legacyViews: r.int(50, 25_000) } : {};
    const ext = isMdx ? 'mdx' : 'md';
    const hasTranslation = r.chance(translated);
    // Drawn last, from their own stream: the text of the archive is the same with or without photos.
    const photos = planPhotos(r.fork('photos'), { year, slug, mdx: isMdx, author }, slots, options.photos);
    for (const lang of hasTranslation ? ([0, 1] as const) : ([0] as const)) {
      const gallery = galleryMdx(photos.gallery, lang);
      const cover = photos.cover && {
        cover: {
          src: photoImportPath(photos.cover),
          alt: photos.cover.alt[lang],
          caption: photos.cover.caption[lang],
          credit: photos.cover.credit,
        },
      };
      articles.push({
        lang: lang === 0 ? 'vi' : 'en',
        year,
        slug,
        ext,
        frontmatter: { title: text.title[lang], lede: text.lede[lang], ...shared, ...(lang === 0 ? legacyViews : {}), ...cover },
        body: [gallery.head, text.body[lang], gallery.tail].filter(Boolean).join('\n\n'),
        photos,
      });
    }
  }
  return articles;
}
