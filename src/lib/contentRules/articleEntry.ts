import type { z } from 'astro/zod';
import type { Lang } from '../../i18n/locales.ts';
import type { articleSchema } from '../schema.ts';

/** An article's frontmatter as `npm run check` parses it: references are plain id strings. */
export type ArticleData = z.output<ReturnType<typeof articleSchema<z.ZodString, z.ZodString, z.ZodUnknown>>>;

/** One article file, read and parsed: what the content rules look at. */
export interface ArticleEntry {
  /** Path as shown to editors, e.g. "content/articles/vi/2024/tan-tru.mdx". */
  file: string;
  lang: Lang;
  /** The year folder. */
  year: string;
  /** The file name without extension. */
  slug: string;
  ext: 'md' | 'mdx';
  data: ArticleData;
  /** The text after the frontmatter. */
  body: string;
  /** The whole file, when available: problems then carry line numbers. */
  raw?: string;
  /** The build checks this MDX body as it compiles it (src/integrations/mdxArticles.ts), so it is not parsed again. */
  rendered?: boolean;
}

/** What the articles may refer to. */
export interface ContentRefs {
  /** Ids in districts.yaml. */
  districts: ReadonlySet<string>;
  /** Ids in documents.yaml. */
  documents: ReadonlySet<string>;
  /**
   * Articles whose file is there but could not be read ("vi/2024/slug"): their own problem is
   * reported, so their translation is not also called an orphan, nor links to them broken.
   */
  unreadableArticles?: ReadonlySet<string>;
}
