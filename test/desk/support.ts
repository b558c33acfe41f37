import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../support/paths.js';

export const DESK_ARTIFACTS = path.join(ROOT, 'test', 'artifacts', 'desk');

export interface DeskProcess {
  /** The address printed, with the token. */
  readonly url: string;
  /** http://127.0.0.1:PORT */
  readonly base: string;
  readonly token: string;
  readonly workspace: string;
  readonly stdout: () => string;
  readonly stderr: () => string;
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

/** `jixiao desk` as a user starts it (the built CLI), on a free port, with its own workspace. */
export async function startDesk(args: readonly string[] = [], env: Record<string, string> = {}): Promise<DeskProcess> {
  const workspace = await mkdtemp(path.join(tmpdir(), 'jixiao-desk-'));
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/jixiao.js'), 'desk', '--no-open', '--port', '0', '--dir', workspace, ...args], {
    cwd: workspace,
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`desk did not start: ${out}${err}`)), 20_000);
    child.stdout.on('data', () => {
      const m = /http:\/\/\S+\?token=\S+/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    });
    child.on('exit', (code) => reject(new Error(`desk exited ${code}: ${out}${err}`)));
  });
  const base = url.replace(/\/\?token=.*$/, '');
  return {
    url, base, token: url.replace(/^.*\?token=/, ''), workspace, child,
    stdout: () => out,
    stderr: () => err,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export async function shot(page: Page, name: string, fullPage = true): Promise<string> {
  await mkdir(DESK_ARTIFACTS, { recursive: true });
  const file = path.join(DESK_ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}
