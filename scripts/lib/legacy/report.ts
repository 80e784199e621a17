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
    review: 'Cần xem lại',
    summary: (r: Counts) =>
      `${r.files} tệp: ${r.created} bài mới, ${r.existing} bài đã có, ${r.failed} lỗi; ${r.drafts} bản nháp cần xem lại; ${r.documents} văn bản mới.`,
  },
  en: {
    created: 'created',
    unchanged: 'already imported, unchanged',
    kept: 'already imported and edited since: left as it is',
    failed: 'could not be imported',
    draft: 'draft',
    added: 'added to documents.yaml',
    review: 'To review',
    summary: (r: Counts) =>
      `${r.files} files: ${r.created} new articles, ${r.existing} already there, ${r.failed} failed; ${r.drafts} drafts to review; ${r.documents} new documents.`,
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

/** One line per file, its review list, then the summary; Vietnamese first, English after. */
export function formatImportReport(results: ImportedFile[]): string {
  const out: string[] = [];
  for (const r of results) {
    const target = r.article ? ` → ${r.article}` : '';
    const draft = r.draft && r.status === 'created' ? ` (${words.vi.draft} / ${words.en.draft})` : '';
    out.push(`${r.file}${target}: ${words.vi[r.status]} / ${words.en[r.status]}${draft}`);
    if (r.error) out.push(`  ${r.error}`);
    if (r.documentsAdded.length > 0) out.push(`  ${words.vi.added} / ${words.en.added}: ${r.documentsAdded.join(', ')}`);
    if (r.status === 'created' && r.review.length > 0) {
      for (const lang of ['vi', 'en'] as Lang[]) {
        out.push(`  ${words[lang].review}:`);
        for (const item of r.review) out.push(`    - ${item.field}: ${item[lang]}`);
      }
    }
  }
  const counts = importCounts(results);
  out.push('', words.vi.summary(counts), words.en.summary(counts));
  return `${out.join('\n')}\n`;
}

/** The machine-readable report (--json). */
export function jsonImportReport(results: ImportedFile[]): string {
  return `${JSON.stringify({ summary: importCounts(results), files: results }, null, 2)}\n`;
}
