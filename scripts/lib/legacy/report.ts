import type { Lang } from '../../../src/i18n/locales.ts';
import type { ImportedFile } from './importFiles.ts';

const words = {
  vi: {
    created: 'đã tạo',
    unchanged: 'đã có, không đổi',
    kept: 'đã có và đã được sửa sau khi nhập: giữ nguyên',
    failed: 'không nhập được',
    draft: 'bản nháp',
    added: 'thêm vào documents.yaml',
    addedDistricts: 'thêm vào districts.yaml',
    review: 'Cần xem lại',
    summary: (r: Counts) =>
      `${r.files} tệp: ${r.created} bài mới, ${r.existing} bài đã có, ${r.failed} lỗi; ${r.drafts} bản nháp cần xem lại; ${r.documents} văn bản mới.`,
    next: (check: string) =>
      `Tiếp theo: mở từng bản nháp, sửa các dòng có ghi chú "# Cần xem lại", xóa dòng draft: true; rồi chạy ${check}.`,
    check: (check: string) => `Tiếp theo: đọc lại các bài mới, rồi chạy ${check}.`,
  },
  en: {
    created: 'created',
    unchanged: 'already imported, unchanged',
    kept: 'already imported and edited since: left as it is',
    failed: 'could not be imported',
    draft: 'draft',
    added: 'added to documents.yaml',
    addedDistricts: 'added to districts.yaml',
    review: 'To review',
    summary: (r: Counts) =>
      `${plural(r.files, 'file')}: ${plural(r.created, 'new article')}, ${r.existing} already there, ${r.failed} failed; ${plural(r.drafts, 'draft')} to review; ${plural(r.documents, 'new document')}.`,
    next: (check: string) => `Next: open each draft, correct the lines marked "# Review", delete the line draft: true; then run ${check}.`,
    check: (check: string) => `Next: read the new articles over, then run ${check}.`,
  },
};

interface Counts {
  files: number;
  created: number;
  existing: number;
  failed: number;
  drafts: number;
  documents: number;
}

export function importCounts(results: ImportedFile[]): Counts {
  return {
    files: results.length,
    created: results.filter((r) => r.status === 'created').length,
    existing: results.filter((r) => r.status === 'unchanged' || r.status === 'kept').length,
    failed: results.filter((r) => r.status === 'failed').length,
    drafts: results.filter((r) => r.status === 'created' && r.draft).length,
    documents: results.reduce((n, r) => n + r.documentsAdded.length, 0),
  };
}

/**
 * Per file: what happened (Vietnamese / English), the article written, the documents added and the
 * review list; then the summary and what to do next, Vietnamese first. `checkCommand` is how to
 * check the folder written to ("npm run check", or with BANTIN_CONTENT_DIR for --out).
 */
export function formatImportReport(results: ImportedFile[], checkCommand = 'npm run check', options: { brief?: boolean } = {}): string {
  const out: string[] = [];
  for (const r of results) {
    // A brief report (on screen, for a large import) names only the files that need a look.
    if (options.brief && r.status !== 'failed' && !(r.status === 'created' && r.review.length > 0)) continue;
    const draft = r.draft && r.status === 'created' ? `, ${words.vi.draft} / ${words.en.draft}` : '';
    out.push(`${r.file}: ${words.vi[r.status]} / ${words.en[r.status]}${draft}`);
    if (r.article) out.push(`  → ${r.article}`);
    if (r.error) out.push(`  ${r.error.vi}`, `  ${r.error.en}`);
    if (r.documentsAdded.length > 0) out.push(`  ${words.vi.added} / ${words.en.added}: ${r.documentsAdded.join(', ')}`);
    if (r.districtsAdded && r.districtsAdded.length > 0)
      out.push(`  ${words.vi.addedDistricts} / ${words.en.addedDistricts}: ${r.districtsAdded.join(', ')}`);
    if (r.status === 'created' && r.review.length > 0) {
      for (const lang of ['vi', 'en'] as Lang[]) {
        out.push(`  ${words[lang].review}:`);
        for (const item of r.review) out.push(`    - ${item.field}: ${item[lang]}`);
      }
    }
  }
  const counts = importCounts(results);
  out.push('', words.vi.summary(counts), words.en.summary(counts));
  if (counts.drafts > 0) out.push(words.vi.next(checkCommand), words.en.next(checkCommand));
  else if (counts.created > 0) out.push(words.vi.check(checkCommand), words.en.check(checkCommand));
  return `${out.join('\n')}\n`;
}

/** The machine-readable report (--json). */
export function jsonImportReport(results: ImportedFile[]): string {
  return `${JSON.stringify({ summary: importCounts(results), files: results }, null, 2)}\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
