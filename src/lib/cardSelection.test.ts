import { describe, expect, it } from 'vitest';
import { DEFAULT_CARDS_RECENT, hasOwnCard, parseCardsRecent } from './cardSelection.ts';

describe('parseCardsRecent', () => {
  it('defaults when unset or blank', () => {
    expect(parseCardsRecent(undefined)).toBe(DEFAULT_CARDS_RECENT);
    expect(parseCardsRecent('  ')).toBe(DEFAULT_CARDS_RECENT);
  });

  it('reads a whole number, zero included, and "all"', () => {
    expect(parseCardsRecent('200')).toBe(200);
    expect(parseCardsRecent('0')).toBe(0);
    expect(parseCardsRecent('ALL')).toBe(Number.POSITIVE_INFINITY);
  });

  it('refuses anything else, naming the setting', () => {
    for (const bad of ['-1', '1.5', 'lots', '1e3']) expect(() => parseCardsRecent(bad)).toThrow(/BANTIN_CARDS_RECENT/);
  });
});

describe('hasOwnCard', () => {
  it('gives the newest `recent` articles of a language their own card, and no others', () => {
    const ranks = [0, 1, 2, 3, 4].map((rank) => ({ rank }));
    expect(ranks.map((a) => hasOwnCard(a, 3))).toEqual([true, true, true, false, false]);
    expect(ranks.every((a) => !hasOwnCard(a, 0))).toBe(true);
    expect(ranks.every((a) => hasOwnCard(a, Number.POSITIVE_INFINITY))).toBe(true);
  });
});
