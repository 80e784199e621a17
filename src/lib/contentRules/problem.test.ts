import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from './problem.ts';

describe('formatProblem', () => {
  const problem: Problem = {
    file: 'content/articles/vi/2024/x.mdx',
    line: 5,
    field: 'district',
    severity: 'error',
    message: { vi: 'không có địa phương "x"', en: 'there is no district "x"' },
    fix: { vi: 'sửa', en: 'fix it' },
  };
  it('prints file:line, field, what is wrong and how to fix it in one language', () => {
    expect(formatProblem(problem, 'vi')).toBe('content/articles/vi/2024/x.mdx:5  district  không có địa phương "x"  →  sửa');
    expect(formatProblem(problem, 'en')).toBe('content/articles/vi/2024/x.mdx:5  district  there is no district "x"  →  fix it');
  });
  it('leaves the line out when it is unknown', () => {
    const { line: _line, ...noLine } = problem;
    expect(formatProblem(noLine, 'en')).toBe('content/articles/vi/2024/x.mdx  district  there is no district "x"  →  fix it');
  });
});
