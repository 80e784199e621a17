import { describe, expect, it } from 'vitest';
import { createRandom } from './random.ts';

describe('createRandom', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const draw = (seed: string) => {
      const r = createRandom(seed);
      return Array.from({ length: 20 }, () => r.next());
    };
    expect(draw('bantin')).toEqual(draw('bantin'));
    expect(draw('bantin')).not.toEqual(draw('bantin2'));
  });

  it('stays in range and covers it', () => {
    const r = createRandom('range');
    const seen = new Set<number>();
    for (let i = 0; i < 5000; i++) {
      const n = r.int(3, 9);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(9);
      seen.add(n);
      const f = r.next();
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(1);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7, 8, 9]);
  });

  it('is roughly uniform', () => {
    const r = createRandom('uniform');
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 40_000; i++) counts[r.int(0, 3)]!++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(500);
    let hits = 0;
    for (let i = 0; i < 10_000; i++) if (r.chance(0.3)) hits++;
    expect(Math.abs(hits - 3000)).toBeLessThan(200);
  });

  it('shuffles and samples without losing or repeating elements', () => {
    const r = createRandom('shuffle');
    const list = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = r.shuffle(list);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(list);
    expect(shuffled).not.toEqual(list);
    const sample = r.sample(list, 10);
    expect(new Set(sample).size).toBe(10);
    expect(r.sample([1, 2], 5)).toHaveLength(2);
  });

  it('forks into streams that do not depend on later draws of the parent', () => {
    const a = createRandom('fork');
    const b = createRandom('fork');
    const forkA = a.fork('text');
    const forkB = b.fork('text');
    b.next();
    expect(Array.from({ length: 5 }, () => forkA.next())).toEqual(Array.from({ length: 5 }, () => forkB.next()));
  });

  it('rejects bad input', () => {
    const r = createRandom('bad');
    expect(() => r.int(5, 4)).toThrow(RangeError);
    expect(() => r.pick([])).toThrow(RangeError);
  });
});
