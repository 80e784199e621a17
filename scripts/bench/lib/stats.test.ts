import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration, growth, median, ratio, summarize } from './stats.ts';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(() => median([])).toThrow(RangeError);
  });
  it('ignores one outlier in three', () => {
    expect(median([10, 11, 95])).toBe(11);
  });
});

describe('summarize', () => {
  it('gives median and range', () => {
    expect(summarize([5, 9, 7])).toEqual({ median: 7, min: 5, max: 9, n: 3 });
  });
});

describe('ratio', () => {
  it('divides, and is undefined without a baseline', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(3, 0)).toBeUndefined();
    expect(ratio(undefined, 2)).toBeUndefined();
  });
});

describe('growth', () => {
  it('compares the per-page cost at the largest size with the smallest', () => {
    expect(
      growth([
        { size: 10_000, value: 6 },
        { size: 1000, value: 5 },
        { size: 5000, value: 5.5 },
      ]),
    ).toBeCloseTo(1.2);
    expect(growth([{ size: 1000, value: 5 }])).toBeUndefined();
  });
});

describe('formatting', () => {
  it('writes sizes in binary units', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.0 GiB');
    expect(formatBytes(250 * 1024 ** 2)).toBe('250 MiB');
  });
  it('writes durations for people', () => {
    expect(formatDuration(950)).toBe('950 ms');
    expect(formatDuration(83_400)).toBe('83.4 s');
    expect(formatDuration(725_000)).toBe('12 min 5 s');
  });
});
