import { describe, expect, it } from 'vitest';
import { exactFirst, intersect, rankResults } from './searchRank.ts';

const ids = ['a', 'b', 'c', 'd', 'e'];

describe('rankResults', () => {
  it('keeps the given order when nothing more is known', () => {
    expect(rankResults(ids, { phrase: null, exactMarks: null })).toEqual({ best: ids, others: [] });
  });

  it('puts the phrase matches first and the rest apart, each in the given order', () => {
    expect(rankResults(ids, { phrase: new Set(['b', 'd']), exactMarks: null })).toEqual({ best: ['b', 'd'], others: ['a', 'c', 'e'] });
  });

  it('puts exact tone-mark matches first in each group, keeping the order inside', () => {
    expect(rankResults(ids, { phrase: new Set(['a', 'b', 'c']), exactMarks: new Set(['c', 'a', 'e']) })).toEqual({
      best: ['a', 'c', 'b'],
      others: ['e', 'd'],
    });
  });

  it('makes everything a best match when nothing has the phrase', () => {
    expect(rankResults(ids, { phrase: new Set(), exactMarks: new Set(['d']) })).toEqual({ best: ['d', 'a', 'b', 'c', 'e'], others: [] });
    expect(rankResults(ids, { phrase: new Set(['x']), exactMarks: null })).toEqual({ best: ids, others: [] });
  });

  it('keeps everything apart when nothing has the phrase and words-apart matches are already listed apart', () => {
    expect(rankResults(ids, { phrase: new Set(), exactMarks: new Set(['d']), apartListed: true })).toEqual({
      best: [],
      others: ['d', 'a', 'b', 'c', 'e'],
    });
    // With phrase matches, the split is the same whether or not words-apart matches are listed.
    expect(rankResults(ids, { phrase: new Set(['b']), exactMarks: null, apartListed: true })).toEqual({
      best: ['b'],
      others: ['a', 'c', 'd', 'e'],
    });
  });
});

describe('exactFirst', () => {
  it('moves the exact matches ahead, keeping both parts in order', () => {
    expect(exactFirst(ids, new Set(['d', 'b']))).toEqual(['b', 'd', 'a', 'c', 'e']);
    expect(exactFirst(ids, null)).toEqual(ids);
  });
});

describe('intersect', () => {
  it('keeps ids present in every list', () => {
    expect(
      intersect([
        ['a', 'b', 'c'],
        ['c', 'a'],
        ['a', 'c', 'x'],
      ]),
    ).toEqual(new Set(['a', 'c']));
  });

  it('is null for no lists', () => {
    expect(intersect([])).toBeNull();
  });
});
