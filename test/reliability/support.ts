/**
 * The catalogue of bad inputs and faults: each case runs the real CLI on real files, as a careless
 * or unlucky user would, and holds it to one promise: the documented exit code, a Chinese message
 * naming the file (and line or field), no stack trace, no temporary or half-written file, and no
 * file that was there lost, changed or replaced.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { jixiao, type CliRun } from '../support/cli.js';
import { EXAMPLES, ROOT } from '../support/paths.js';

export { jixiao, type CliRun };

export const PROJECT = path.join(EXAMPLES, 'zhuzhou-2024-keji-fund.yaml');
export const DEPARTMENT = path.join(EXAMPLES, 'lusong-2023-kegongxin.yaml');
export const PROJECT_FORM = path.join(EXAMPLES, 'zhuzhou-2024-keji-fund-自评表.xlsx');

/** A fresh folder holding copies of the named files (basename → source). */
export function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-reliability-'));
  for (const [name, source] of Object.entries(files)) copyFileSync(source, path.join(dir, name));
  return dir;
}

export interface FileState {
  readonly bytes: string;
  readonly mode: number;
  readonly inode: number;
}

/** Every file under `dir` (recursively) with its content, mode and inode: what must survive a failed run. */
export function snapshot(dir: string): Map<string, FileState> {
  const out = new Map<string, FileState>();
  for (const rel of readdirSync(dir, { recursive: true }).map(String)) {
    const file = path.join(dir, rel);
    const info = lstatSync(file);
    if (!info.isFile()) continue;
    out.set(rel, { bytes: readFileSync(file).toString('base64'), mode: info.mode, inode: info.ino });
  }
  return out;
}

/** Temporary files and locks a run may leave when it fails to clean up. */
export function leftovers(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.jixiao-tmp$|\.\d+\.tmp$|\.lock$/.test(f) || /\.lock\//.test(f));
}

export interface Expectation {
  /** The exit code: 0 done, 1 findings, 2 unusable input. */
  readonly code: number;
  /** Codes that must appear in the output, as [JX_…]. */
  readonly codes?: readonly string[];
  /** Text that must appear in stderr: the file's name, its line and field. */
  readonly mentions?: readonly (string | RegExp)[];
  /** The folder whose files must all survive unchanged (and hold no temporary file). */
  readonly dir?: string;
  /** Files of `dir` allowed to appear or change (the run's own outputs). */
  readonly writes?: readonly string[];
  /** The state of `dir` before the run (default: taken by `run`). */
  readonly before?: Map<string, FileState>;
}

/** No stack trace, no internal error: the text a user sees when jixiao refuses an input. */
export function expectNoTrace(run: CliRun): void {
  const all = `${run.stdout}\n${run.stderr}`;
  expect(all).not.toMatch(/\n\s+at .+[:(]\d+:\d+\)?/);
  expect(all).not.toContain('JX_INTERNAL');
  expect(all).not.toMatch(/Error: |TypeError|ReferenceError|RangeError|Maximum call stack/);
}

export function expectOutcome(run: CliRun, want: Expectation): void {
  const shown = `exit ${run.code}\n--- stdout\n${run.stdout.slice(0, 2000)}\n--- stderr\n${run.stderr.slice(0, 4000)}`;
  expect(run.code, shown).toBe(want.code);
  expectNoTrace(run);
  const out = `${run.stdout}\n${run.stderr}`;
  for (const code of want.codes ?? []) expect(out, shown).toContain(`[${code}]`);
  for (const m of want.mentions ?? []) {
    if (typeof m === 'string') expect(out, shown).toContain(m);
    else expect(out, shown).toMatch(m);
  }
  if (want.code === 2) expect(run.stderr, shown).toMatch(/[\u4e00-\u9fff]/u);
  if (want.dir !== undefined) {
    expect(leftovers(want.dir)).toEqual([]);
    if (want.before !== undefined) {
      const after = snapshot(want.dir);
      const allowed = new Set(want.writes ?? []);
      for (const [name, state] of want.before) {
        if (allowed.has(name)) continue;
        expect(after.get(name), `${name} lost or changed`).toEqual(state);
      }
      for (const name of after.keys()) {
        if (!want.before.has(name) && !allowed.has(name)) expect.fail(`unexpected file written: ${name}\n${shown}`);
      }
    }
  }
}

/** Runs the CLI in `dir` and checks the outcome, the folder's files compared before and after. */
export function run(dir: string, args: readonly string[], want: Omit<Expectation, 'dir' | 'before'>): CliRun {
  const before = snapshot(dir);
  const result = jixiao(args, { cwd: dir });
  expectOutcome(result, { ...want, dir, before });
  return result;
}

/** The CLI as a child the test can signal or wait on while its own event loop serves (a fake server). */
export function jixiaoAsync(args: readonly string[], options: { cwd: string; env?: Record<string, string> }): {
  child: ReturnType<typeof spawn>;
  done: Promise<CliRun & { signal: NodeJS.Signals | null }>;
} {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/jixiao.js'), ...args], {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = new Promise<CliRun & { signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

/**
 * Peak resident memory of one CLI run, in bytes, read by the process itself at exit
 * (process.resourceUsage, through a preloaded module): no external tool needed.
 */
export function peakMemory(args: readonly string[], cwd: string): { run: CliRun; peakBytes: number } {
  const report = path.join(mkdtempSync(path.join(tmpdir(), 'jixiao-rss-')), 'rss');
  const preload = path.join(ROOT, 'test', 'support', 'max-rss.mjs');
  const result = spawnSync(process.execPath, ['--import', preload, path.join(ROOT, 'bin/jixiao.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', JIXIAO_MAX_RSS_FILE: report },
    timeout: 120_000,
  });
  const peakBytes = existsSync(report) ? Number(readFileSync(report, 'utf8')) * 1024 : Number.NaN;
  rmSync(path.dirname(report), { recursive: true, force: true });
  return { run: { code: result.status, stdout: result.stdout, stderr: result.stderr }, peakBytes };
}

/** Size of a file in bytes. */
export function sizeOf(file: string): number {
  return statSync(file).size;
}

/** Whether this process may mount a tmpfs (root with CAP_SYS_ADMIN): the way to a real full disk. */
export function canMount(): boolean {
  if (process.getuid?.() !== 0) return false;
  const probe = mkdtempSync(path.join(tmpdir(), 'jixiao-mount-'));
  const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0;
  if (ok) spawnSync('umount', [probe]);
  rmSync(probe, { recursive: true, force: true });
  return ok;
}
