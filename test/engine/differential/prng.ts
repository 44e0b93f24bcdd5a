/**
 * A tiny seeded PRNG (mulberry32) and the helpers the case generator draws with.
 * Same seed, same sequence: a failing case can always be rebuilt from its seed.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [0, n). */
  int(n: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** Up to `max` distinct elements (at least `min`). */
  some<T>(items: readonly T[], min: number, max: number): T[];
}

/** Builds a mulberry32 generator from a 32-bit seed. */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    some: <T>(items: readonly T[], min: number, max: number): T[] => {
      const pool = [...items];
      const count = Math.min(pool.length, min + int(max - min + 1));
      const out: T[] = [];
      for (let i = 0; i < count; i++) {
        const [item] = pool.splice(int(pool.length), 1);
        if (item !== undefined) out.push(item);
      }
      return out;
    },
  };
}
