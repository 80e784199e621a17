/**
 * A small seeded random source for the synthetic corpus. Math.random cannot be seeded, and the
 * corpus must be byte-identical for the same seed so two bench runs build the same archive.
 * The generator is sfc32 (Chris Doty-Humphrey's Small Fast Counter, as in PractRand): 128 bits of
 * state, passes the usual statistical batteries, a few lines of 32-bit integer arithmetic.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(list: readonly T[]): T[];
  /** `count` distinct elements, in random order (all of them when the list is shorter). */
  sample<T>(list: readonly T[], count: number): T[];
  /** An independent stream derived from this one and a label, so adding draws in one part of the
   * generator does not shift every value drawn after it in another. */
  fork(label: string): Random;
}

/** Seeds from a string: FNV-1a over the UTF-16 code units, four times with different offsets. */
function seedWords(seed: string): [number, number, number, number] {
  const words: number[] = [];
  for (let k = 0; k < 4; k++) {
    let h = (0x811c9dc5 ^ Math.imul(k + 1, 0x9e3779b1)) >>> 0;
    for (let i = 0; i < seed.length; i++) {
      h ^= seed.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    words.push(h);
  }
  return words as [number, number, number, number];
}

export function createRandom(seed: string): Random {
  let [a, b, c, d] = seedWords(seed);
  const nextUint32 = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t;
  };
  // The first outputs of sfc32 still show the seed; discard them as the reference implementation does.
  for (let i = 0; i < 15; i++) nextUint32();

  const random: Random = {
    next: () => nextUint32() / 4294967296,
    int(min, max) {
      if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) throw new RangeError(`bad range [${min}, ${max}]`);
      return min + Math.floor(random.next() * (max - min + 1));
    },
    chance: (p) => random.next() < p,
    pick(list) {
      if (list.length === 0) throw new RangeError('cannot pick from an empty list');
      return list[Math.floor(random.next() * list.length)]!;
    },
    shuffle(list) {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(random.next() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    },
    sample: (list, count) => random.shuffle(list).slice(0, Math.max(0, count)),
    fork: (label) => createRandom(`${nextUint32()}:${label}`),
  };
  return random;
}
