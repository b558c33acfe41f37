import { createHash } from 'node:crypto';

/**
 * A reproducible random source for the benchmarks: a SHA-256 stream of the seed, four bytes a draw.
 * The same seed gives the same draws on every machine and Node version (Math.random cannot be seeded).
 */
export function rng(seed: string): () => number {
  let h = createHash('sha256').update(seed).digest();
  let i = 0;
  return () => {
    if (i + 4 > h.length) {
      h = createHash('sha256').update(h).digest();
      i = 0;
    }
    const v = h.readUInt32BE(i) / 2 ** 32;
    i += 4;
    return v;
  };
}

/** An integer in [0, n). */
export function pick(random: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(random() * n));
}
