import { describe, expect, it } from 'vitest';
import { checkArticles } from '../contentRules.ts';
import { article, only, refs } from './testArticles.ts';

// The rules run through checkArticles, which gives them the lines and the other articles they need.
describe('translation rules', () => {
  it('reports an English article with no Vietnamese original', () => {
    const p = only(checkArticles([article({ lang: 'en', slug: 'orphan' })], refs));
    expect(p).toMatchObject({ field: 'path', severity: 'error', file: 'content/articles/en/2024/orphan.mdx' });
    expect(p.message.en).toContain('articles/vi/2024/orphan');
  });

  it('warns when a translation differs from its original in district, documents or publishedAt', () => {
    const en = article({
      lang: 'en',
      set: { district: 'chau-thanh-soc-trang', documents: [], publishedAt: '2024-03-02T08:00:00+07:00' },
    });
    const problems = checkArticles([article(), en], refs);
    expect(problems.map((p) => [p.field, p.severity, p.line])).toEqual([
      ['publishedAt', 'warning', 4],
      ['district', 'warning', 5],
      ['documents', 'warning', 6],
    ]);
    expect(problems[1]!.message.en).toContain('content/articles/vi/2024/tan-tru-phat-dong.mdx');
  });

  it('accepts a translation whose publishedAt is the same instant written another way', () => {
    const en = article({ lang: 'en', set: { publishedAt: '2024-03-01T06:32:00Z' } });
    expect(checkArticles([article(), en], refs)).toEqual([]);
  });
});
