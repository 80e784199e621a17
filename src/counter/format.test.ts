import { describe, expect, it } from 'vitest';
import { formatCount, noFigure } from './format.ts';

describe('formatCount', () => {
  it('groups thousands the way each language writes them', () => {
    expect(formatCount(2315, 'vi')).toBe('2.315');
    expect(formatCount(2315, 'en')).toBe('2,315');
    expect(formatCount(2268387, 'vi')).toBe('2.268.387');
    expect(formatCount(0, 'vi')).toBe('0');
  });

  it('shows a dash when there is no figure', () => {
    expect(formatCount(undefined, 'vi')).toBe(noFigure);
    expect(formatCount(Number.NaN, 'en')).toBe(noFigure);
  });
});
