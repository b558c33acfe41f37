/**
 * A reader that stops early (`jixiao check DIR | head`) ends the output: jixiao stops quietly, with
 * no internal error and no stack trace, as Unix tools do.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';

it('check DIR --format ndjson read by a reader that closes after the first line: exit 0, nothing on stderr but notes', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-pipe-'));
  for (let i = 0; i < 40; i += 1) copyFileSync(path.join(ROOT, 'corpus', 'zhuzhou-2023-keji-fund.md'), path.join(dir, `r${i}.md`));
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/jixiao.js'), 'check', dir, '--format', 'ndjson', '--jobs', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let first = '';
  await new Promise<void>((resolve) => {
    child.stdout.on('data', (d: Buffer) => {
      first += d.toString();
      if (first.includes('\n')) {
        child.stdout.destroy();
        resolve();
      }
    });
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(JSON.parse(first.split('\n')[0] ?? '')).toHaveProperty('file');
  expect(stderr).not.toMatch(/JX_INTERNAL|EPIPE|\n\s+at .+:\d+:\d+/);
  expect(code).toBe(0);
}, 120_000);
