/** Timing helpers of the benchmarks: every speed is a ratio to a floor measured in the same run. */
import { performance } from 'node:perf_hooks';

/** Time per call of `fn`, over at least `ms` milliseconds and one call. */
export function perCall(fn: () => unknown, ms: number): number {
  let runs = 0;
  const start = performance.now();
  do {
    fn();
    runs += 1;
  } while (performance.now() - start < ms);
  return (performance.now() - start) / runs;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/**
 * Each function timed right after the floor, in alternating rounds: a machine that gets busier or
 * quieter during the run moves both, and the ratio reported is the median of the rounds' ratios.
 */
export function againstFloor(floor: () => unknown, fns: readonly (() => unknown)[], rounds = 11): { floorMs: number; ms: number[]; ratio: number[] } {
  // Warm up first: the first runs measure the JIT, not the code.
  for (const fn of [floor, ...fns]) perCall(fn, 300);
  const floors: number[] = [];
  const ms = fns.map((): number[] => []);
  const ratio = fns.map((): number[] => []);
  for (let r = 0; r < rounds; r += 1) {
    fns.forEach((fn, i) => {
      const f = perCall(floor, 100);
      const t = perCall(fn, 100);
      floors.push(f);
      ms[i]!.push(t);
      ratio[i]!.push(t / f);
    });
  }
  return { floorMs: median(floors), ms: ms.map(median), ratio: ratio.map(median) };
}

/** The floor every speed is compared with: one pass of a regular expression over the same text. */
export function regexFloor(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\d+/g)) n += 1;
  return n;
}

