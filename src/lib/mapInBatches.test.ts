import { describe, expect, it } from 'vitest';
import { mapInBatches } from './mapInBatches.ts';

describe('mapInBatches', () => {
  it('keeps the order and never runs more than a batch at once', async () => {
    let running = 0;
    let most = 0;
    const out = await mapInBatches([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 8 - n));
      running--;
      return n * 10;
    });
    expect(out).toEqual([10, 20, 30, 40, 50, 60, 70]);
    expect(most).toBe(3);
  });
});
