import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/lib/contentRules/problem.ts';
import { formatReport } from './report.ts';

const warning: Problem = {
  file: 'content/articles/vi/2024/x.mdx',
  line: 9,
  field: 'draft',
  severity: 'warning',
  message: { vi: 'bài này là bản nháp và sẽ không được đăng', en: 'this article is a draft and will not be published' },
  fix: { vi: 'xóa dòng draft: true', en: 'delete the line draft: true' },
};

describe('formatReport', () => {
  it('prints each problem in Vietnamese then English under its severity, then a summary in both', () => {
    expect(formatReport([warning], { articles: 1, districts: 4, documents: 1 })).toBe(
      [
        'CẢNH BÁO / WARNING',
        '  content/articles/vi/2024/x.mdx:9  draft  bài này là bản nháp và sẽ không được đăng  →  xóa dòng draft: true',
        '  content/articles/vi/2024/x.mdx:9  draft  this article is a draft and will not be published  →  delete the line draft: true',
        '',
        '1 bài viết, 4 địa phương, 1 văn bản: 0 lỗi, 1 cảnh báo.',
        '1 article, 4 districts, 1 document: 0 errors, 1 warning.',
        'Nội dung hợp lệ. / Content is valid.',
        '',
      ].join('\n'),
    );
  });

  it('asks for the errors to be fixed when there are any', () => {
    const out = formatReport([{ ...warning, severity: 'error' }], { articles: 1, districts: 1, documents: 0 });
    expect(out).toContain('LỖI / ERROR\n');
    expect(out).toContain('Hãy sửa các lỗi trên trước khi đăng. / Fix the errors above before publishing.');
  });
});
