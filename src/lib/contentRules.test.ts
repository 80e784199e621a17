import { describe, expect, it } from 'vitest';
import { checkArticles } from './contentRules.ts';
import { article, refs } from './contentRules/testArticles.ts';

describe('checkArticles', () => {
  it('finds nothing wrong in a valid article and its translation', () => {
    const vi = article();
    const en = article({ lang: 'en', set: { title: 'Tan Tru launches a campaign', lede: 'One sentence.' } });
    expect(checkArticles([vi, en], refs)).toEqual([]);
  });

  it('treats unresolved references in a draft as warnings, besides the draft warning', () => {
    const problems = checkArticles([article({ set: { district: 'can-bo-sung', draft: true } })], refs);
    expect(problems.map((p) => [p.field, p.severity])).toEqual([
      ['district', 'warning'],
      ['draft', 'warning'],
    ]);
  });

  it('does not call a translation an orphan, nor links to it broken, when its original is there but unreadable', () => {
    // The original's own error (bad YAML, a bad field) is reported by whoever read it.
    const unreadable = { ...refs, unreadableArticles: new Set(['vi/2024/hong']) };
    const en = article({ lang: 'en', slug: 'hong' });
    const linking = article({ slug: 'lien-ket', body: 'Xem [bài](/tin-tuc/2024/hong/).' });
    expect(checkArticles([en, linking], unreadable)).toEqual([]);
    expect(checkArticles([en, linking], refs).map((p) => p.field)).toEqual(['path', 'body']);
  });

  it('gives no line numbers when the raw file is not available', () => {
    const { raw: _raw, ...withoutRaw } = article({ set: { district: 'x', draft: true }, body: '![](a.jpg)' });
    const problems = checkArticles([withoutRaw], refs);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.line === undefined)).toBe(true);
  });
});
