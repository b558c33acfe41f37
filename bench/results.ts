import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatNumber } from '../pipeline/format/index.js';
import { PACKAGE_ROOT } from '../pipeline/paths.js';

/** Where the benchmarks leave their results: ignored by git (bench/README.md is written by hand). */
export const OUT_DIR = path.join(PACKAGE_ROOT, 'bench', 'out');

/** Writes a run's report to bench/out/<name> and returns the path relative to the package. */
export function writeResults(name: string, text: string): string {
  mkdirSync(OUT_DIR, { recursive: true });
  const file = path.join(OUT_DIR, name);
  writeFileSync(file, text.endsWith('\n') ? text : `${text}\n`);
  return path.relative(PACKAGE_ROOT, file);
}

/** The machine line every result file starts with: the numbers are only comparable on the same machine. */
export function machineLine(): string {
  return `机器：${process.platform} ${process.arch}，Node ${process.version}，${new Date().toISOString().slice(0, 10)}。`;
}

/** A measured number at `digits` decimals (through pipeline/format, the project's one number-to-text). */
export function fixed(n: number, digits: number): string {
  return formatNumber(String(n), digits);
}

export function pct(part: number, whole: number): string {
  return whole === 0 ? '—' : `${fixed((100 * part) / whole, 1)}%`;
}
