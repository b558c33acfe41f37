import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './paths.js';

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real `jixiao` binary (bin/jixiao.js over dist/, built by `npm test`), as a user would. */
export function jixiao(args: readonly string[], options: { cwd?: string; input?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/jixiao.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 60_000,
    // A batch's JSON runs to megabytes (the default cap, 1 MiB, would cut it).
    maxBuffer: 512 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
