import type { z } from 'astro/zod';
import { parseLegacyDate, toVietnamIso } from '../dates.ts';
import type { Bilingual, Problem } from './problem.ts';
import { SourceLines } from './sourceLines.ts';

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

/** How to write each frontmatter field, shown when its value is invalid. */
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
