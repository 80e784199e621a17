import { parsePublicationTime } from '../articleTime.ts';
import type { ArticleEntry } from './articleEntry.ts';
import type { Problem } from './problem.ts';
import type { SourceLines } from './sourceLines.ts';

/**
 * An English article is a translation of the Vietnamese one with the same year and file name: it must
 * have one, and share its district, documents and publication time.
 */
export function checkTranslation(
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
