import { describe, expect, it } from 'vitest';
import { closestIds, editDistance } from './closestIds.ts';

describe('closestIds', () => {
  it('ranks close and containing ids, at most three', () => {
    expect(closestIds('chau-thanh', ['chau-thanh-soc-trang', 'chau-thanh-long-an', 'tan-tru-long-an'])).toEqual([
      'chau-thanh-long-an',
      'chau-thanh-soc-trang',
    ]);
    expect(closestIds('tan-tru-longan', ['tan-tru-long-an', 'ben-tre'])).toEqual(['tan-tru-long-an']);
    expect(closestIds('zzz', ['tan-tru-long-an'])).toEqual([]);
  });
});

describe('editDistance', () => {
  it('counts single-character insertions, deletions and substitutions', () => {
    expect(editDistance('tan-tru', 'tan-tru')).toBe(0);
    expect(editDistance('tan-tru-longan', 'tan-tru-long-an')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
