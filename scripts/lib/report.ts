import { styleText } from 'node:util';
import { formatProblem, type Problem } from '../../src/lib/contentRules/problem.ts';

export interface Counts {
  articles: number;
  districts: number;
  documents: number;
}

const labels = {
  error: { text: 'LỖI / ERROR', color: 'red' },
  warning: { text: 'CẢNH BÁO / WARNING', color: 'yellow' },
} as const;

/**
 * The report editors read: each problem in Vietnamese, then in English, under its severity, then
 * a summary in both languages. `color` is off in tests and when the output is not a terminal.
 */
export function formatReport(problems: Problem[], counts: Counts, color = false): string {
  const paint = (style: 'red' | 'yellow' | 'green' | 'bold', text: string) =>
    color ? styleText(style, text, { validateStream: false }) : text;
  const blocks = problems.map((p) => {
    const label = labels[p.severity];
    return [paint(label.color, label.text), `  ${formatProblem(p, 'vi')}`, `  ${formatProblem(p, 'en')}`].join('\n');
  });
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const summary = [
    `${counts.articles} bài viết, ${counts.districts} địa phương, ${counts.documents} văn bản: ${errors} lỗi, ${warnings} cảnh báo.`,
    `${plural(counts.articles, 'article')}, ${plural(counts.districts, 'district')}, ${plural(counts.documents, 'document')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`,
  ];
  if (errors === 0) summary.push(paint('green', 'Nội dung hợp lệ. / Content is valid.'));
  else summary.push(paint('red', 'Hãy sửa các lỗi trên trước khi đăng. / Fix the errors above before publishing.'));
  return [...blocks, summary.join('\n')].join('\n\n') + '\n';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
