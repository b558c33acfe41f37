import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';

async function until(check: () => boolean, ms = 15_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('jixiao draft --watch', () => {
  it('reruns when the data is saved; a half-written save leaves the last good output', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-watch-'));
    const data = path.join(dir, 'data.yaml');
    const out = path.join(dir, 'out.md');
    copyFileSync(path.join(ROOT, 'test/fixtures/update/v1.yaml'), data);
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/jixiao.js'), 'draft', data, '-o', out, '--watch'], { env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    try {
      await until(() => existsSync(out) && stderr.includes('正在监视'));
      expect(readFileSync(out, 'utf8')).toContain('实际支出600.00万元');
      writeFileSync(data, readFileSync(data, 'utf8').replace(/^ {2}actual: 600$/m, '  actual: 590'));
      await until(() => readFileSync(out, 'utf8').includes('实际支出590.00万元'));
      writeFileSync(data, 'kind: project\nmeta: [half');
      await until(() => stderr.includes('上一次的输出保持不变'));
      expect(stderr).toMatch(/data\.yaml:\d+:\d+: 错误 \[JX_DATA_SYNTAX\]/);
      expect(readFileSync(out, 'utf8')).toContain('实际支出590.00万元');
    } finally {
      child.kill('SIGINT');
    }
  });
});
