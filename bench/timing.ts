/** Timing helpers of the benchmarks: every speed is a ratio to a floor measured in the same run. */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** A clock in milliseconds. */
export type Clock = () => number;
export const wallClock: Clock = () => performance.now();
/**
 * The CPU time of the calling thread (user + system; Linux, in clock ticks of 10 ms): on a machine
 * other work keeps busy, a time slice taken away is not counted, as it is in wall time. Not the
 * process's: V8's helper threads (concurrent GC, compiling) then count what they spin and wait.
 * Elsewhere, the process's CPU time.
 */
export const cpuClock: Clock = () => {
  try {
    const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  }
};

/** Time per call of `fn`, over at least `ms` milliseconds and one call. */
export function perCall(fn: () => unknown, ms: number, clock: Clock = wallClock): number {
  let runs = 0;
  const start = clock();
  let now = start;
  let read = performance.now();
  do {
    fn();
    runs += 1;
    // A clock other than the wall's costs a system call: read about once a millisecond, not after every call.
    if (clock !== wallClock && performance.now() - read < 1) continue;
    read = performance.now();
    now = clock();
  } while (now - start < ms);
  return (now - start) / runs;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/**
 * Each function timed right after the floor, in alternating rounds: a machine that gets busier or
 * quieter during the run moves both, and the ratio reported is the median of the rounds' ratios.
 */
export function againstFloor(floor: () => unknown, fns: readonly (() => unknown)[], rounds = 11, clock: Clock = wallClock): { floorMs: number; ms: number[]; ratio: number[] } {
  // Warm up first: the first runs measure the JIT, not the code.
  for (const fn of [floor, ...fns]) perCall(fn, 300, clock);
  const floors: number[] = [];
  const ms = fns.map((): number[] => []);
  const ratio = fns.map((): number[] => []);
  for (let r = 0; r < rounds; r += 1) {
    fns.forEach((fn, i) => {
      const f = perCall(floor, 100, clock);
      const t = perCall(fn, 100, clock);
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

