import type { z } from 'astro/zod';
import type { Lang } from '../i18n/locales.ts';
import { isLang, langs } from '../i18n/locales.ts';
import type { articleSchema } from './schema.ts';
import { paths } from './paths.ts';
import { isValidSlug, slugify } from './slug.ts';
import { parseLegacyDate, toVietnamIso, yearInVietnam } from './dates.ts';
import { parsePublicationTime } from './articleTime.ts';
import { contentDir } from './contentDir.ts';
import { mdxProblems } from './mdxCheck.ts';

/**
 * The content rules that a schema cannot express because they look across files: references,
 * translation pairs, duplicate slugs, file names and folders, alt text, internal links, drafts.
 * Pure functions over entries already read and parsed, so the Astro build (src/lib/archive.ts) and
 * the editors' `npm run check` (scripts/check-content.ts) apply exactly the same rules.
 *
 * Every problem says where (file, line, field), what is wrong and how to fix it, in Vietnamese and
 * English: the readers are editors at district offices, not developers.
 */

/** An article's frontmatter as `npm run check` parses it: references are plain id strings. */
export type ArticleData = z.output<ReturnType<typeof articleSchema<z.ZodString, z.ZodString, z.ZodUnknown>>>;

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

export interface Problem {
  file: string;
  /** 1-based line in the file, where the problem can be pinned to one. */
  line?: number | undefined;
  /** The frontmatter field ("district", "documents[1]", "cover.alt"), or "path", "slug", "body". */
  field: string;
  severity: 'error' | 'warning';
  message: Bilingual;
  fix: Bilingual;
}

type Bilingual = { vi: string; en: string };

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

/** "file:line  field  what is wrong  →  how to fix", in one language. */
export function formatProblem(p: Problem, lang: Lang): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  return `${where}  ${p.field}  ${p.message[lang]}  →  ${p.fix[lang]}`;
}

/**
 * A document whose issuing district is not in districts.yaml would link to a page that does not
 * exist, and drop off its district's page. Nothing is reported when no district is known (the file
 * could not be read: that is its own problem).
 */
export function documentIssuerProblems(
  file: string,
  documents: readonly { id: string; district?: string | undefined }[],
  districts: ReadonlySet<string>,
  lineOf: (id: string) => number | undefined = () => undefined,
): Problem[] {
  if (districts.size === 0) return [];
  return documents.flatMap((doc) => {
    if (doc.district === undefined || districts.has(doc.district)) return [];
    return [
      {
        file,
        line: lineOf(doc.id),
        field: `${doc.id}.district`,
        severity: 'error' as const,
        message: {
          vi: `không có địa phương "${doc.district}" trong districts.yaml`,
          en: `there is no district "${doc.district}" in districts.yaml`,
        },
        fix: {
          vi: 'dùng id của một địa phương trong districts.yaml, hoặc thêm địa phương đó',
          en: 'use a district id from districts.yaml, or add that district',
        },
      },
    ];
  });
}

/** Runs every cross-file rule over all articles; problems come sorted by file, then line. */
export function checkArticles(entries: ArticleEntry[], refs: ContentRefs): Problem[] {
  const problems: Problem[] = [];
  const sitePaths = buildSitePaths(entries, refs);
  const byKey = groupBy(entries, (e) => `${e.lang}/${e.year}/${e.slug}`);
  const unreadable = refs.unreadableArticles ?? new Set<string>();
  for (const entry of entries) {
    const lines = new SourceLines(entry);
    const visible = visibleBodyLines(entry.body);
    problems.push(
      ...checkFileName(entry),
      ...checkYearFolder(entry, lines),
      ...checkReferences(entry, refs, lines),
      ...checkDuplicate(entry, byKey),
      ...checkTranslation(entry, byKey, lines, unreadable),
      ...checkImagesAlt(entry, visible, lines),
      ...checkInternalLinks(entry, visible, sitePaths, lines),
      ...checkDraft(entry, lines),
      ...checkMdxBody(entry, lines),
    );
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

// ---------------------------------------------------------------------------------------------
// Rules

/** An MDX body's syntax and components (src/lib/mdxCheck.ts), before @astrojs/mdx compiles it. */
function checkMdxBody(entry: ArticleEntry, lines: SourceLines): Problem[] {
  if (entry.ext !== 'mdx' || entry.rendered) return [];
  return mdxProblems(entry.body).map((p) => ({
    file: entry.file,
    line: lines.body(p.line - 1),
    field: 'body',
    severity: 'error',
    message: p.message,
    fix: p.fix,
  }));
}

function checkFileName(entry: ArticleEntry): Problem[] {
  if (isValidSlug(entry.slug)) return [];
  return [
    {
      file: entry.file,
      field: 'slug',
      severity: 'error',
      message: {
        vi: `tên tệp "${entry.slug}" không hợp lệ (tên tệp là đường dẫn của bài)`,
        en: `the file name "${entry.slug}" is not a valid slug (it becomes the article's URL)`,
      },
      fix: {
        vi: 'đổi tên tệp chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ "tan-tru-phat-dong-thi-dua.mdx"',
        en: 'rename the file using only lower-case letters without tone marks, digits and hyphens, e.g. "tan-tru-phat-dong-thi-dua.mdx"',
      },
    },
  ];
}

function checkYearFolder(entry: ArticleEntry, lines: SourceLines): Problem[] {
  const { date } = parsePublicationTime(entry.data.publishedAt);
  if (Number.isNaN(date.getTime())) return [];
  const year = String(yearInVietnam(date));
  if (year === entry.year) return [];
  return [
    {
      file: entry.file,
      line: lines.field(['publishedAt']),
      field: 'publishedAt',
      severity: 'error',
      message: {
        vi: `bài nằm trong thư mục năm ${entry.year} nhưng publishedAt là năm ${year} (giờ Việt Nam)`,
        en: `the article is in the ${entry.year} folder but publishedAt is in ${year} (Vietnam time)`,
      },
      fix: {
        vi: `chuyển tệp sang thư mục articles/${entry.lang}/${year}/, hoặc sửa publishedAt nếu ngày bị sai`,
        en: `move the file to articles/${entry.lang}/${year}/, or correct publishedAt if the date is wrong`,
      },
    },
  ];
}

function checkReferences(entry: ArticleEntry, refs: ContentRefs, lines: SourceLines): Problem[] {
  // Drafts never reach the site, so an unresolved reference there is a reminder, not a failure:
  // the importer writes a draft when it cannot tell the district.
  const severity = entry.data.draft ? 'warning' : 'error';
  const problems: Problem[] = [];
  const { district } = entry.data;
  if (!refs.districts.has(district)) {
    const file = `${contentDir}/districts.yaml`;
    problems.push({
      file: entry.file,
      line: lines.field(['district']),
      field: 'district',
      severity,
      message: { vi: `không có địa phương "${district}" trong ${file}`, en: `there is no district "${district}" in ${file}` },
      fix: suggestionFix(district, refs.districts, file, 'district'),
    });
  }
  entry.data.documents.forEach((id, index) => {
    if (refs.documents.has(id)) return;
    const file = `${contentDir}/documents.yaml`;
    problems.push({
      file: entry.file,
      line: lines.field(['documents', index]),
      field: `documents[${index}]`,
      severity,
      message: { vi: `không có văn bản "${id}" trong ${file}`, en: `there is no document "${id}" in ${file}` },
      fix: suggestionFix(id, refs.documents, file, 'document'),
    });
  });
  return problems;
}

function suggestionFix(id: string, known: ReadonlySet<string>, file: string, kind: 'district' | 'document'): Bilingual {
  // Editors write the name ("Tân Trụ") or the printed number ("55-NQ/HU") where the id goes: the
  // slug of what they wrote finds the id that contains it ("tan-tru-long-an", "…-55-nq-hu-2023").
  const close = [...new Set([...closestIds(id, known), ...closestIds(slugOrEmpty(id), known)])].slice(0, 3);
  const list = close.map((c) => `"${c}"`).join(', ');
  if (!isValidSlug(id)) {
    if (close.length === 0)
      return {
        vi: `ghi id của một mục trong ${file} (chữ thường không dấu, gạch ngang); chưa có thì thêm mục đó`,
        en: `write the id of an entry in ${file} (lower case, no tone marks, hyphens); add the entry if there is none`,
      };
    return kind === 'district'
      ? { vi: `ghi id chứ không ghi tên: có phải ý bạn là ${list}?`, en: `write the id, not the name: did you mean ${list}?` }
      : { vi: `ghi id chứ không ghi số văn bản: có phải ý bạn là ${list}?`, en: `write the id, not the number: did you mean ${list}?` };
  }
  if (close.length === 0) {
    return {
      vi: `thêm mục có id "${id}" vào ${file}, hoặc dùng một id đã có trong tệp đó`,
      en: `add an entry with id "${id}" to ${file}, or use an id that is already there`,
    };
  }
  return {
    vi: `có phải ý bạn là ${list}? Nếu không, thêm mục "${id}" vào ${file}`,
    en: `did you mean ${list}? If not, add "${id}" to ${file}`,
  };
}

function slugOrEmpty(text: string): string {
  try {
    return slugify(text, 200);
  } catch {
    return '';
  }
}

function checkDuplicate(entry: ArticleEntry, byKey: Map<string, ArticleEntry[]>): Problem[] {
  const same = byKey.get(`${entry.lang}/${entry.year}/${entry.slug}`) ?? [];
  const others = same.filter((e) => e !== entry).map((e) => e.file);
  if (others.length === 0) return [];
  return [
    {
      file: entry.file,
      field: 'slug',
      severity: 'error',
      message: {
        vi: `trùng đường dẫn với ${others.join(', ')}: hai tệp cùng năm, cùng tên sẽ là cùng một bài`,
        en: `same URL as ${others.join(', ')}: two files with the same year and name are the same article`,
      },
      fix: {
        vi: 'giữ một tệp (.md hoặc .mdx) và xóa tệp kia, hoặc đổi tên một tệp',
        en: 'keep one file (.md or .mdx) and delete the other, or rename one of them',
      },
    },
  ];
}

function checkTranslation(
  entry: ArticleEntry,
  byKey: Map<string, ArticleEntry[]>,
  lines: SourceLines,
  unreadable: ReadonlySet<string>,
): Problem[] {
  if (entry.lang === 'vi') return [];
  const original = byKey.get(`vi/${entry.year}/${entry.slug}`)?.[0];
  if (!original && unreadable.has(`vi/${entry.year}/${entry.slug}`)) return [];
  if (!original) {
    return [
      {
        file: entry.file,
        field: 'path',
        severity: 'error',
        message: {
          vi: `bản dịch không có bài gốc tiếng Việt articles/vi/${entry.year}/${entry.slug}.md(x)`,
          en: `this translation has no Vietnamese original at articles/vi/${entry.year}/${entry.slug}.md(x)`,
        },
        fix: {
          vi: 'đặt bản dịch cùng năm, cùng tên tệp với bài gốc (dùng npm run new -- --translate vi/NĂM/TÊN-BÀI)',
          en: 'give the translation the same year and file name as the original (use npm run new -- --translate vi/YEAR/SLUG)',
        },
      },
    ];
  }
  const problems: Problem[] = [];
  const mismatch = (field: 'district' | 'documents' | 'publishedAt', mine: string, theirs: string) =>
    problems.push({
      file: entry.file,
      line: lines.field([field]),
      field,
      severity: 'warning',
      message: {
        vi: `khác với bài gốc ${original.file} (${mine || '[]'} ≠ ${theirs || '[]'})`,
        en: `differs from the original ${original.file} (${mine || '[]'} ≠ ${theirs || '[]'})`,
      },
      fix: {
        vi: `chép ${field} từ bài gốc: bản dịch là cùng một bài`,
        en: `copy ${field} from the original: a translation is the same article`,
      },
    });
  if (entry.data.district !== original.data.district) mismatch('district', entry.data.district, original.data.district);
  const docs = [...entry.data.documents].sort().join(', ');
  const originalDocs = [...original.data.documents].sort().join(', ');
  if (docs !== originalDocs) mismatch('documents', docs, originalDocs);
  const mine = parsePublicationTime(entry.data.publishedAt).date.getTime();
  const theirs = parsePublicationTime(original.data.publishedAt).date.getTime();
  if (mine !== theirs) mismatch('publishedAt', entry.data.publishedAt, original.data.publishedAt);
  return problems;
}

function checkImagesAlt(entry: ArticleEntry, visible: string[], lines: SourceLines): Problem[] {
  const problems: Problem[] = [];
  scanBody(visible, (text, lineIndex) => {
    for (const match of text.matchAll(/!\[([^\]]*)\]\(\s*<?([^)\s>]*)/g)) {
      if ((match[1] ?? '').trim() === '') problems.push(missingAlt(entry, lines.body(lineIndex), match[2] ?? '', 'markdown'));
    }
    for (const match of text.matchAll(/<(img|Image|Picture)\b([^>]*)>/g)) {
      const attrs = match[2] ?? '';
      const alt = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\}|(\{))/.exec(attrs);
      const altText = alt ? (alt[4] ? 'expression' : (alt[1] ?? alt[2] ?? alt[3] ?? '')) : '';
      const src = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})/.exec(attrs);
      if (altText.trim() === '') problems.push(missingAlt(entry, lines.body(lineIndex), src?.[1] ?? src?.[2] ?? src?.[3] ?? '', 'tag'));
    }
  });
  return problems;
}

function missingAlt(entry: ArticleEntry, line: number | undefined, src: string, form: 'markdown' | 'tag'): Problem {
  // The example is the editor's own image, written the way they wrote it.
  const example = (alt: string) => (form === 'markdown' ? `![${alt}](${src})` : `alt="${alt}"`);
  return {
    file: entry.file,
    line,
    field: 'body',
    severity: 'error',
    message: { vi: `ảnh ${src} không có mô tả (alt)`, en: `the image ${src} has no alt text` },
    fix: {
      vi: `mô tả nội dung ảnh cho người không xem được ảnh, ví dụ ${example('Hội nghị phát động thi đua')}`,
      en: `describe what the picture shows for readers who cannot see it, e.g. ${example('Campaign launch meeting')}`,
    },
  };
}

function checkInternalLinks(entry: ArticleEntry, visible: string[], site: SitePaths, lines: SourceLines): Problem[] {
  const problems: Problem[] = [];
  scanBody(visible, (text, lineIndex) => {
    for (const href of linksIn(text)) {
      if (!href.startsWith('/') || href.startsWith('//')) continue;
      const path = decodeSafely(href.replace(/[?#].*$/, ''));
      if (site.valid.has(path) || isStaticPage(path)) continue;
      const line = lines.body(lineIndex);
      const withSlash = path.endsWith('/') ? null : `${path}/`;
      let fix: Bilingual;
      let message: Bilingual = {
        vi: `liên kết ${href} không dẫn tới trang nào của trang tin`,
        en: `the link ${href} leads to no page of the site`,
      };
      if (withSlash && (site.valid.has(withSlash) || isStaticPage(withSlash))) {
        fix = { vi: `thêm dấu "/" ở cuối: ${withSlash}`, en: `add the trailing "/": ${withSlash}` };
      } else if (site.drafts.has(path)) {
        message = {
          vi: `liên kết ${href} dẫn tới một bài nháp, bài này sẽ không được đăng`,
          en: `the link ${href} leads to a draft, which will not be published`,
        };
        fix = {
          vi: 'đăng bài kia trước (bỏ draft: true) hoặc bỏ liên kết',
          en: 'publish that article first (remove draft: true) or remove the link',
        };
      } else {
        fix = {
          vi: 'sửa đường dẫn: bài viết có dạng /tin-tuc/NĂM/TÊN-BÀI/, địa phương /dia-phuong/ID/, văn bản /van-ban/ID/',
          en: 'correct the path: articles look like /en/news/YEAR/SLUG/, districts /en/districts/ID/, documents /en/documents/ID/',
        };
      }
      problems.push({ file: entry.file, line, field: 'body', severity: 'error', message, fix });
    }
  });
  return problems;
}

function checkDraft(entry: ArticleEntry, lines: SourceLines): Problem[] {
  if (!entry.data.draft) return [];
  return [
    {
      file: entry.file,
      line: lines.field(['draft']),
      field: 'draft',
      severity: 'warning',
      message: { vi: 'bài này là bản nháp và sẽ không được đăng', en: 'this article is a draft and will not be published' },
      fix: { vi: 'khi bài đã sẵn sàng, xóa dòng draft: true', en: 'when the article is ready, delete the line draft: true' },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Schema errors (zod), reported in the same shape

const fieldHints: Record<string, Bilingual> = {
  title: {
    vi: 'viết tiêu đề trong dấu ngoặc kép, ví dụ title: "Tân Trụ phát động thi đua"',
    en: 'write the headline in quotes, e.g. title: "Tan Tru launches a campaign"',
  },
  lede: { vi: 'viết một hai câu tóm tắt, ví dụ lede: "…"', en: 'write a one- or two-sentence summary, e.g. lede: "…"' },
  publishedAt: {
    vi: 'viết ngày giờ trong dấu ngoặc kép kèm múi giờ, ví dụ publishedAt: "2024-03-01T13:32:00+07:00", hoặc chỉ ngày "2024-03-01" khi không rõ giờ',
    en: 'write the date-time in quotes with its offset, e.g. publishedAt: "2024-03-01T13:32:00+07:00", or a date alone "2024-03-01" when the time is unknown',
  },
  updatedAt: {
    vi: 'cùng dạng với publishedAt, ví dụ "2024-03-02T08:00:00+07:00"',
    en: 'same form as publishedAt, e.g. "2024-03-02T08:00:00+07:00"',
  },
  district: {
    vi: 'dùng id của địa phương trong districts.yaml, ví dụ district: tan-tru-long-an',
    en: 'use a district id from districts.yaml, e.g. district: tan-tru-long-an',
  },
  documents: {
    vi: 'liệt kê id văn bản trong documents.yaml, ví dụ documents: [tan-tru-55-nq-hu], hoặc documents: []',
    en: 'list document ids from documents.yaml, e.g. documents: [tan-tru-55-nq-hu], or documents: []',
  },
  author: { vi: 'ghi tên tác giả như khi in, ví dụ author: "Thanh Mỹ"', en: 'write the byline as printed, e.g. author: "Thanh Mỹ"' },
  cover: {
    vi: 'ảnh bìa cần src và alt, ví dụ cover: { src: ../../../media/anh.jpg, alt: "Mô tả ảnh" }',
    en: 'a cover needs src and alt, e.g. cover: { src: ../../../media/photo.jpg, alt: "What the photo shows" }',
  },
  topics: { vi: 'chọn chủ đề trong danh sách cho phép', en: 'choose topics from the allowed list' },
  featured: { vi: 'ghi true hoặc false', en: 'write true or false' },
  draft: { vi: 'ghi true hoặc false', en: 'write true or false' },
  legacyViews: {
    vi: 'ghi số nguyên không có dấu chấm, ví dụ legacyViews: 2315',
    en: 'write a whole number without separators, e.g. legacyViews: 2315',
  },
  source: {
    vi: 'ghi source: { name: "Báo Đồng Khởi", url: "https://…" }',
    en: 'write source: { name: "Dong Khoi newspaper", url: "https://…" }',
  },
};

/** Turns a zod validation error of an article's frontmatter into problems pinned to lines. */
export function schemaProblems(file: string, raw: string, error: z.ZodError): Problem[] {
  const lines = new SourceLines({ raw, body: '' });
  const rawLines = raw.split(/\r?\n/);
  // One problem per field: a malformed date fails its pattern and its calendar check at once.
  const seen = new Set<string>();
  const issues = error.issues.filter((issue) => {
    const key = issue.path.map(String).join('.');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return issues.map((issue) => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    const field = fieldName(path);
    const top = String(path[0] ?? '');
    const line = lines.field(path);
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys;
      return {
        file,
        line: lines.field([...path, keys[0] ?? '']),
        field: keys.join(', '),
        severity: 'error',
        message: {
          vi: `trường không có trong mô hình nội dung: ${keys.join(', ')}`,
          en: `field not in the content model: ${keys.join(', ')}`,
        },
        fix: {
          vi: 'xóa trường đó hoặc sửa lỗi chính tả (các trường: title, lede, publishedAt, updatedAt, district, documents, author, source, cover, topics, featured, legacyViews, draft)',
          en: 'delete it or correct its spelling (fields: title, lede, publishedAt, updatedAt, district, documents, author, source, cover, topics, featured, legacyViews, draft)',
        },
      } satisfies Problem;
    }
    // zod keeps no input in its issues, so "missing" means the key is not in the frontmatter at all.
    const missing = issue.code === 'invalid_type' && path.length === 1 && line === undefined;
    const dateFix = top === 'publishedAt' || top === 'updatedAt' ? rewrittenDate(top, rawLines[(line ?? 0) - 1]) : undefined;
    return {
      file,
      line,
      field,
      severity: 'error',
      message: {
        vi: missing ? `thiếu trường bắt buộc ${field}` : `giá trị của ${field} không hợp lệ`,
        en: missing ? `the required field ${field} is missing` : `${field} ${issue.message}`,
      },
      fix: dateFix ?? fieldHints[top] ?? { vi: `sửa ${field}: ${issue.message}`, en: `correct ${field}: ${issue.message}` },
    } satisfies Problem;
  });
}

/**
 * A date typed the way the portals print it ("01/03/2024 13:32", "19/02/2024") gets its own
 * rewriting as the fix: the exact value to write, in Vietnam time.
 */
function rewrittenDate(field: string, lineText: string | undefined): Bilingual | undefined {
  const value = /^\s*\w+\s*:\s*["']?(.*?)["']?\s*(?:#.*)?$/.exec(lineText ?? '')?.[1];
  const parsed = value ? parseLegacyDate(value) : null;
  if (!parsed) return undefined;
  const iso = toVietnamIso(parsed.date);
  const written = `${field}: "${parsed.hasTime ? iso : iso.slice(0, 10)}"`;
  return { vi: `viết theo dạng năm-tháng-ngày: ${written}`, en: `write it year-month-day: ${written}` };
}

function fieldName(path: ReadonlyArray<string | number>): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('') || 'frontmatter';
}

// ---------------------------------------------------------------------------------------------
// Line numbers

/**
 * Finds the line of a frontmatter field or a body line in the raw file. The frontmatter is YAML as
 * editors write it (block style, maybe flow lists); this is a line finder, not a YAML parser: when it
 * cannot tell, it gives no line rather than a wrong one.
 */
export class SourceLines {
  private readonly rawLines: string[];
  private readonly frontmatterEnd: number;
  private readonly bodyOffset: number | undefined;

  constructor(entry: { raw?: string | undefined; body: string }) {
    this.rawLines = entry.raw === undefined ? [] : entry.raw.split(/\r?\n/);
    const closing = this.rawLines[0]?.trim() === '---' ? this.rawLines.findIndex((l, i) => i > 0 && l.trim() === '---') : -1;
    this.frontmatterEnd = closing;
    if (entry.raw === undefined) {
      this.bodyOffset = undefined;
    } else {
      // The body begins after the closing fence; a loader may drop the leading blank lines.
      const afterFence = closing + 1;
      const rest = this.rawLines.slice(afterFence).join('\n');
      const at = entry.body === '' ? 0 : rest.indexOf(entry.body);
      this.bodyOffset = at < 0 ? undefined : afterFence + countNewlines(rest.slice(0, at));
    }
  }

  /** 1-based line of a 0-based body line. */
  body(index: number): number | undefined {
    return this.bodyOffset === undefined ? undefined : this.bodyOffset + index + 1;
  }

  /** 1-based line of a frontmatter field path such as ["cover", "alt"] or ["documents", 1]. */
  field(path: ReadonlyArray<string | number>): number | undefined {
    if (this.frontmatterEnd < 0 || path.length === 0) return undefined;
    let from = 1;
    let to = this.frontmatterEnd;
    let indent = -1;
    let found: number | undefined;
    for (const key of path) {
      const at = typeof key === 'number' ? this.findItem(key, from, to, indent) : this.findKey(key, from, to, indent);
      if (at === undefined) return found;
      found = at.line + 1;
      if (at.inline) return found;
      indent = at.indent;
      from = at.line + 1;
      to = this.blockEnd(at.line, at.indent, to);
    }
    return found;
  }

  private findKey(key: string, from: number, to: number, parentIndent: number) {
    const pattern = new RegExp(`^(\\s*)(?:- )?["']?${escapeRegExp(key)}["']?\\s*:(.*)$`);
    // Keys of one mapping share the indent of its first line: a deeper key belongs to a child.
    const childIndent = parentIndent < 0 ? 0 : this.firstIndent(from, to);
    for (let i = from; i < to; i++) {
      const m = pattern.exec(this.rawLines[i] ?? '');
      if (!m) continue;
      const indent = (m[1] ?? '').length;
      if (indent !== childIndent) continue;
      const value = (m[2] ?? '').trim();
      return { line: i, indent, inline: value !== '' && !value.startsWith('#') && !/^[|>]/.test(value) };
    }
    return undefined;
  }

  private findItem(index: number, from: number, to: number, parentIndent: number) {
    // A flow list ("documents: [a, b]") sits on the key's own line, which the caller already returned.
    let seen = -1;
    let itemIndent: number | undefined;
    for (let i = from; i < to; i++) {
      const m = /^(\s*)- /.exec(this.rawLines[i] ?? '');
      if (!m) continue;
      const indent = (m[1] ?? '').length;
      if (indent < parentIndent) break;
      itemIndent ??= indent;
      if (indent !== itemIndent) continue;
      seen++;
      if (seen === index) return { line: i, indent, inline: true };
    }
    return undefined;
  }

  private firstIndent(from: number, to: number): number {
    for (let i = from; i < to; i++) {
      const text = this.rawLines[i] ?? '';
      if (text.trim() === '' || text.trim().startsWith('#')) continue;
      return text.length - text.trimStart().length;
    }
    return -1;
  }

  private blockEnd(line: number, indent: number, to: number): number {
    for (let i = line + 1; i < to; i++) {
      const text = this.rawLines[i] ?? '';
      if (text.trim() === '' || text.trim().startsWith('#')) continue;
      const own = text.length - text.trimStart().length;
      const isSiblingItem = own === indent && text.trimStart().startsWith('- ');
      if (own < indent || (own === indent && !isSiblingItem)) return i;
    }
    return to;
  }
}

function countNewlines(text: string): number {
  let n = 0;
  for (const ch of text) if (ch === '\n') n++;
  return n;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------
// Body scanning and site paths

/**
 * The body lines a reader will see, for scanning: MDX comments (brace, slash-star) and HTML comments,
 * fenced code and inline code are blanked out, keeping line numbers. The article scaffold keeps
 * example images in comments; they must not count as images.
 */
export function visibleBodyLines(body: string): string[] {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  const uncommented = body.replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, blank).replace(/<!--[\s\S]*?-->/g, blank);
  let fence: string | null = null;
  return uncommented.split(/\r?\n/).map((line) => {
    const marker = /^\s*(```+|~~~+)/.exec(line)?.[1];
    if (marker) {
      if (fence === null) fence = marker[0] ?? null;
      else if (marker[0] === fence) fence = null;
      return '';
    }
    if (fence !== null) return '';
    return line.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
  });
}

/** Calls back for each non-blank visible body line with its 0-based index. */
function scanBody(visible: string[], onLine: (text: string, index: number) => void): void {
  visible.forEach((text, index) => {
    if (text.trim() !== '') onLine(text, index);
  });
}

function linksIn(text: string): string[] {
  const hrefs: string[] = [];
  for (const m of text.matchAll(/(?<!!)\[[^\]]*\]\(\s*<?([^)\s>]+)>?[^)]*\)/g)) hrefs.push(m[1] ?? '');
  for (const m of text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(\s|$)/g)) hrefs.push(m[1] ?? '');
  for (const m of text.matchAll(/<a\b[^>]*\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) hrefs.push(m[1] ?? m[2] ?? '');
  return hrefs;
}

function decodeSafely(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

interface SitePaths {
  /** Pages that the build creates from the content. */
  valid: Set<string>;
  /** Article pages that would exist if their drafts were published. */
  drafts: Set<string>;
}

function buildSitePaths(entries: ArticleEntry[], refs: ContentRefs): SitePaths {
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
    for (const id of refs.districts) valid.add(paths.district(lang, id));
    for (const id of refs.documents) valid.add(paths.document(lang, id));
    for (const year of years) valid.add(paths.archive(lang, year));
  }
  return { valid, drafts };
}

/** Pages that always exist: home, news lists, search, feeds. */
function isStaticPage(path: string): boolean {
  return langs.some((lang) => {
    if ([paths.home(lang), paths.news(lang), paths.search(lang), paths.rss(lang)].includes(path)) return true;
    const pageTwo = paths.news(lang, 2);
    const pagePrefix = pageTwo.slice(0, pageTwo.length - '2/'.length);
    return path.startsWith(pagePrefix) && /^[1-9]\d*\/$/.test(path.slice(pagePrefix.length));
  });
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** Up to three known ids closest to a mistyped one (edit distance, or one containing the other). */
export function closestIds(id: string, known: Iterable<string>): string[] {
  const scored: Array<{ candidate: string; score: number }> = [];
  for (const candidate of known) {
    const distance = editDistance(id, candidate);
    const contains = id.length >= 3 && (candidate.includes(id) || id.includes(candidate));
    if (contains || distance <= Math.max(2, Math.floor(Math.max(id.length, candidate.length) / 3))) {
      scored.push({ candidate, score: contains ? Math.min(distance, 1) : distance });
    }
  }
  return scored
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, 3)
    .map((s) => s.candidate);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
