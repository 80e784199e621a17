import { describe, expect, it } from 'vitest';
import { checkArticles } from '../contentRules.ts';
import { article, only, refs } from './testArticles.ts';

// The rules run through checkArticles, which gives them the lines and the other articles they need.
describe('file rules', () => {
  it('reports the same lang/year/slug in two files (.md and .mdx)', () => {
    const problems = checkArticles([article({ ext: 'md' }), article({ ext: 'mdx' })], refs);
    expect(problems).toHaveLength(2);
    expect(problems.every((p) => p.field === 'slug' && p.severity === 'error')).toBe(true);
    expect(problems[0]!.message.en).toContain('tan-tru-phat-dong.mdx');
    expect(problems[1]!.message.en).toContain('tan-tru-phat-dong.md');
  });

  it('reports a file name that is not a valid slug', () => {
    const p = only(checkArticles([article({ slug: 'Tân Trụ' })], refs));
    expect(p).toMatchObject({ field: 'slug', severity: 'error' });
    expect(p.message.vi).toContain('"Tân Trụ"');
  });

  it('reports a year folder that is not the year of publishedAt in Vietnam time', () => {
    // 31 Dec 2023 at 20:00 UTC is already 1 January 2024 in Vietnam.
    expect(checkArticles([article({ year: '2024', set: { publishedAt: '2023-12-31T20:00:00Z' } })], refs)).toEqual([]);
    const p = only(checkArticles([article({ year: '2023', set: { publishedAt: '2023-12-31T20:00:00Z' } })], refs));
    expect(p).toMatchObject({ field: 'publishedAt', severity: 'error', line: 4 });
    expect(p.fix.en).toContain('articles/vi/2024/');
  });

  it('warns about drafts', () => {
    const p = only(checkArticles([article({ set: { draft: true } })], refs));
    expect(p).toMatchObject({ field: 'draft', severity: 'warning', line: 9 });
    expect(p.message).toEqual({ vi: 'bài này là bản nháp và sẽ không được đăng', en: 'this article is a draft and will not be published' });
  });
});
