import { setFlagsFromString } from 'node:v8';

/**
 * V8 optimises a function after a fixed amount of work in it (the interrupt budget). A check walks
 * much varied code a few times per report, so at the default V8 kept recompiling functions that were
 * barely hot: that compiling took more CPU than it saved, on a background thread, so one `check` of
 * a folder kept both cores of a small machine busy and --jobs 2 gained nothing. Eight times the
 * default budget: a third less CPU per report (bench/README.md), the same results.
 */
const INTERRUPT_BUDGET = 8 * 67584;

/**
 * Sets jixiao's V8 flags. Process-wide: the check pool's worker threads, started later, inherit
 * them. Set before the bundle is compiled too (cli/code-cache.ts): V8 keys its code cache on the
 * flags, so the build makes the cache under the same ones.
 */
export function setV8Flags(): void {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
