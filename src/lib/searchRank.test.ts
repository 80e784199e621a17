import { describe, expect, it } from 'vitest';
import { intersect, rankResults } from './searchRank.ts';

const none = { wholeWord: null, phrase: null, exactMarks: null };

describe('rankResults', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];

  it('keeps the given order when nothing more is known', () => {
    expect(rankResults(ids, none)).toEqual({ matches: ids, near: [] });
  });

  it('moves results that only match word beginnings to the near matches, in order', () => {
    expect(rankResults(ids, { ...none, wholeWord: new Set(['b', 'd']) })).toEqual({ matches: ['b', 'd'], near: ['a', 'c', 'e'] });
  });

  it('puts exact tone-mark matches first among whole-word matches, keeping the sort inside groups', () => {
    expect(rankResults(ids, { ...none, wholeWord: new Set(['a', 'b', 'c', 'd']), exactMarks: new Set(['c', 'a', 'e']) })).toEqual({
      matches: ['a', 'c', 'b', 'd'],
      near: ['e'],
    });
  });

  it('puts phrase matches before scattered words, exact marks first within each', () => {
    const sets = { wholeWord: new Set(ids), phrase: new Set(['c', 'e']), exactMarks: new Set(['b', 'e']) };
    expect(rankResults(ids, sets)).toEqual({ matches: ['e', 'c', 'b', 'a', 'd'], near: [] });
  });

  it('puts exact tone-mark matches first when whole words were not asked', () => {
    expect(rankResults(ids, { ...none, exactMarks: new Set(['d']) })).toEqual({ matches: ['d', 'a', 'b', 'c', 'e'], near: [] });
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
