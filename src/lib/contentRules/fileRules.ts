import { parsePublicationTime } from '../articleTime.ts';
import { yearInVietnam } from '../dates.ts';
import { isValidSlug } from '../slug.ts';
import type { ArticleEntry } from './articleEntry.ts';
import type { Problem } from './problem.ts';
import type { SourceLines } from './sourceLines.ts';

// The rules about an article's file: its name, its year folder, its twin, its draft flag.

/** The file name is the article's URL: it must be a valid slug. */
export function checkFileName(entry: ArticleEntry): Problem[] {
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

/** The year folder must be the year of publishedAt in Vietnam time, which is the year in the article's URL. */
export function checkYearFolder(entry: ArticleEntry, lines: SourceLines): Problem[] {
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

/** Two files with the same language, year and name (an .md beside an .mdx) would be one page. */
export function checkDuplicate(entry: ArticleEntry, byKey: Map<string, ArticleEntry[]>): Problem[] {
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

/** A draft is reported as a warning, so an editor does not wonder why it is not on the site. */
export function checkDraft(entry: ArticleEntry, lines: SourceLines): Problem[] {
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
