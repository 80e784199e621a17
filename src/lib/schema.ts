import { z } from 'astro/zod';
import { parseDocNumber } from './docNumber.ts';

/**
 * The content model (docs/architecture.md, section Content model), written once.
 * `src/content.config.ts` plugs in Astro's `reference()` and `image()`; `npm run check` plugs in
 * plain strings and checks references itself, so the build and the editors' check agree on every
 * rule.
 *
 * Messages name what is wrong and show a right example: editors read them, not developers.
 */

/**
 * A publication time as editors write it: a quoted date-time with its offset
 * ("2024-03-01T13:32:00+07:00"), or a quoted date alone ("2024-01-26") when the source gives no
 * time of day. It stays a string here; src/lib/articleTime.ts turns it into a Date and a
 * "time known" flag, so a missing time is shown as a date alone rather than as an invented 00:00.
 */
export const publicationTime = z
  .string({
    error: (issue) =>
      issue.input instanceof Date
        ? 'must be written in quotes so its time zone is kept, e.g. publishedAt: "2024-03-01T13:32:00+07:00"'
        : 'must be a date-time like "2024-03-01T13:32:00+07:00"',
  })
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2}))?$/, {
    error:
      'must be a date-time with its time zone offset, e.g. "2024-03-01T13:32:00+07:00" (Vietnam is +07:00), or a date alone "2024-03-01" when the time is not known',
  })
  .refine((s) => isRealDate(s.slice(0, 10)) && !Number.isNaN(Date.parse(s)), {
    error: 'is not a real date, e.g. "2024-03-01T13:32:00+07:00"',
  });

function isRealDate(ymd: string): boolean {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const bilingual = z.object({
  /** Vietnamese text. */
  vi: z.string().min(1),
  /** English text. */
  en: z.string().min(1),
});

const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const slugId = z.string().regex(idPattern, { error: 'must be lower case letters, digits and hyphens, e.g. "tan-tru-long-an"' });

export const districtKinds = ['huyện', 'thị xã', 'thành phố', 'quận', 'đặc khu'] as const;

/** One district (huyện) or district-level unit, as it was before the 2025 reform. */
export const districtSchema = z.object({
  /** Unique id with the province in it: names repeat ("Châu Thành" is in ten provinces). */
  id: slugId,
  /** Display name without the kind word, e.g. { vi: "Tân Trụ", en: "Tan Tru" }. */
  name: bilingual,
  /** The province it belonged to at the time, e.g. { vi: "Long An", en: "Long An" }. */
  province: bilingual,
  /** Administrative kind: huyện (rural district), thị xã (town), thành phố, quận, đặc khu. */
  kind: z.enum(districtKinds, { error: `must be one of: ${districtKinds.join(', ')}` }),
  /** Where the area belongs since the 1 July 2025 reform, where a source says so. Never guessed. */
  since2025: bilingual.optional(),
});

/** One document (nghị quyết, kế hoạch, chỉ thị…) that articles cite. */
export const documentSchema = z.object({
  /** Unique id: issuer or place + number + year, e.g. "chau-thanh-soc-trang-27-kh-ubnd-2024". */
  id: slugId,
  /** The number as printed, e.g. "55-NQ/HU", "27/KH-UBND", "42/2022/NĐ-CP". */
  number: z.string().refine((s) => parseDocNumber(s) !== null, {
    error: 'is not a document number; write it as printed, e.g. "55-NQ/HU" or "27/KH-UBND"',
  }),
  /** The issuing body, e.g. { vi: "Ban Chấp hành Đảng bộ huyện Tân Trụ", en: "… Tan Tru District Party Committee" }. */
  issuer: bilingual,
  /** Date of issue, "YYYY-MM-DD", where known. */
  issuedOn: z.iso.date({ error: 'must be a date like "2023-12-06"' }).optional(),
  /** The district of the issuer (an id in districts.yaml), for district-level bodies. */
  district: slugId.optional(),
  /** The province of the issuer, for provincial or central bodies. */
  province: bilingual.optional(),
  /** The document's title or subject, where known. */
  title: bilingual.partial().optional(),
});

export const topics = ['thi-dua', 'nong-thon-moi', 'xay-dung-dang', 'kinh-te', 'cai-cach-hanh-chinh', 'quoc-phong-an-ninh'] as const;

interface ArticleFieldParts<D, Doc> {
  /** Schema of the district reference. */
  district: D;
  /** Schema of one document reference. */
  document: Doc;
}

interface ArticleSchemaParts<D, Doc, Img> extends ArticleFieldParts<D, Doc> {
  /** Schema of the cover image source. */
  image: Img;
}

/** An article's optional cover, given the schema of its image source; alt text is required so every reader gets the picture's content. */
export function coverSchema<Img extends z.ZodType>(image: Img) {
  return z
    .object({
      src: image,
      alt: z.string({ error: 'is missing: describe the picture, e.g. alt: "Hội nghị phát động thi đua"' }).min(1, {
        error: 'is empty: describe the picture, e.g. alt: "Hội nghị phát động thi đua"',
      }),
      /** The caption printed under the photo, as the source prints it. */
      caption: z.string().min(1).optional(),
      /** Who took or owns the photo, e.g. "Thanh Đồng"; printed as "Ảnh: Thanh Đồng" / "Photo: Thanh Đồng". */
      credit: z.string().min(1).optional(),
    })
    .optional();
}

/** An article's frontmatter. The language, year and slug come from the file's path. */
export function articleSchema<D extends z.ZodType, Doc extends z.ZodType, Img extends z.ZodType>(parts: ArticleSchemaParts<D, Doc, Img>) {
  return articleFieldsSchema(parts).extend({ cover: coverSchema(parts.image) });
}

/**
 * Every field of an article's frontmatter but its cover, which src/content.config.ts adds for each
 * entry (Astro's image() resolves the path from the entry's file).
 */
export function articleFieldsSchema<D extends z.ZodType, Doc extends z.ZodType>(parts: ArticleFieldParts<D, Doc>) {
  return z
    .object({
      /** The headline. */
      title: z.string({ error: 'is missing: every article needs a title: "…"' }).min(1),
      /** One- or two-sentence summary shown in lists, feeds and the meta description. */
      lede: z.string({ error: 'is missing: add lede: "one or two sentences that sum up the article"' }).min(1),
      /** Publication time, "2024-03-01T13:32:00+07:00" (or "2024-03-01" when the time is unknown); shown in Asia/Ho_Chi_Minh. */
      publishedAt: publicationTime,
      /** Last substantial update, same form as publishedAt. */
      updatedAt: publicationTime.optional(),
      /** The district as it was at publication: an id from content/districts.yaml. */
      district: parts.district,
      /** The documents the article cites: ids from content/documents.yaml (may be empty). */
      documents: z.array(parts.document).default([]),
      /** Byline as printed, e.g. "Thanh Mỹ". */
      author: z.string({ error: 'is missing: add author: "the byline as printed"' }).min(1),
      /** The original publisher, for imported articles. */
      source: z.object({ name: z.string().min(1), url: z.url().optional() }).optional(),
      /** Topics, e.g. thi-dua, nong-thon-moi. */
      topics: z.array(z.enum(topics, { error: `must be one of: ${topics.join(', ')}` })).default([]),
      /** Shown under "Tin nổi bật" (featured) on the home page. */
      featured: z.boolean().default(false),
      /** Views carried over from the legacy portal; the live counter adds to it. */
      legacyViews: z.int().nonnegative().optional(),
      /** Drafts never reach the built site. */
      draft: z.boolean().default(false),
    })
    .strict();
}
