import { describe, expect, it } from 'vitest';
import { createBatcher } from './batcher.ts';

describe('createBatcher', () => {
  it('writes what arrives in one turn as one batch, in order', async () => {
    const batches: number[][] = [];
    const batcher = createBatcher(async (items: number[]) => {
      batches.push(items);
      return items.map((n) => n * 10);
    });
    const results = await Promise.all([1, 2, 3].map((n) => batcher.add(n)));
    expect(results).toEqual([10, 20, 30]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('keeps one write in flight and gathers the next batch meanwhile', async () => {
    const batches: number[][] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    // The first write is held open until the later items have been added, whatever the timing.
    let releaseFirst!: () => void;
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    const batcher = createBatcher(async (items: number[]) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      batches.push(items);
      if (batches.length === 1) await firstHeld;
      inFlight--;
      return items;
    });
    const first = batcher.add(1);
    await new Promise((r) => setTimeout(r, 5));
    expect(batches).toEqual([[1]]);
    const later = [2, 3, 4].map((n) => batcher.add(n));
    await new Promise((r) => setTimeout(r, 5));
    expect(batches).toEqual([[1]]);
    releaseFirst();
    await Promise.all([first, ...later]);
    expect(maxInFlight).toBe(1);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('splits a large queue at maxBatch', async () => {
    const sizes: number[] = [];
    const batcher = createBatcher(
      async (items: number[]) => {
        sizes.push(items.length);
        return items;
      },
      { maxBatch: 4 },
    );
    await Promise.all(Array.from({ length: 10 }, (_, i) => batcher.add(i)));
    expect(sizes).toEqual([4, 4, 2]);
  });

  it('rejects every item of a failed write and recovers for the next', async () => {
    let fail = true;
    const batcher = createBatcher(async (items: number[]) => {
      if (fail) throw new Error('disk full');
      return items;
    });
    const failed = await Promise.allSettled([batcher.add(1), batcher.add(2)]);
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    await expect(batcher.add(3)).resolves.toBe(3);
  });

  it('drains', async () => {
    const written: number[] = [];
    const batcher = createBatcher(async (items: number[]) => {
      await new Promise((r) => setTimeout(r, 10));
      written.push(...items);
      return items;
    });
    void batcher.add(1);
    void batcher.add(2);
    await batcher.drain();
    expect(written).toEqual([1, 2]);
  });
});
