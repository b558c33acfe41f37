import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../schemas/check-result.js';
import { jixiao } from '../support/cli.js';
import { rewrite, startFakeOpenAI, type FakeServer } from '../support/fake-openai.js';
import { ROOT, ZHUZHOU } from '../support/paths.js';

/** The CLI in a child process while the fake server answers in this one (spawnSync would block it). */
function run(args: string[], env: Record<string, string>, cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/jixiao.js'), ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('jixiao draft --llm against an OpenAI-compatible server', () => {
  let server: FakeServer;
  const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-llm-cli-'));
  const prior = path.join(ROOT, 'corpus/zhuzhou-2023-keji-fund.md');
  beforeAll(async () => {
    server = await startFakeOpenAI((req) => ({ kind: 'answer', text: rewrite(req.draft) }));
  });
  afterAll(async () => server.close());
  const env = (): Record<string, string> => ({ OPENAI_BASE_URL: server.baseURL, OPENAI_API_KEY: 'test-key', JIXIAO_LLM_MODEL: 'fake-model' });

  it('drafts with the model, and the draft checks clean against the data', async () => {
    const out = path.join(dir, 'llm.md');
    const r = await run(['draft', ZHUZHOU, '--prior', prior, '--llm', '-o', out], env(), dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/大模型：请求 \d+ 次，缓存命中 0 次，.*；(\d+)\/\1 段采用模型文字/u);
    expect(server.requests.length).toBeGreaterThan(0);
    const check = jixiao(['check', out, '--data', ZHUZHOU, '--format', 'json']);
    const result = JSON.parse(check.stdout) as CheckResult;
    expect(result.files[0]?.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a rerun with unchanged data makes no call and gives the same text', async () => {
    const before = server.requests.length;
    const out = path.join(dir, 'llm2.md');
    expect((await run(['draft', ZHUZHOU, '--prior', prior, '--llm', '-o', out], env(), dir)).code).toBe(0);
    expect(server.requests.length).toBe(before);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(path.join(dir, 'llm.md'), 'utf8'));
  });

  it('--dry-run prints the prompts and makes no call', async () => {
    const before = server.requests.length;
    const r = await run(['draft', ZHUZHOU, '--llm', '--dry-run', '--no-llm-cache', '-o', path.join(dir, 'dry.md')], env(), dir);
    expect(r.code).toBe(0);
    expect(server.requests.length).toBe(before);
    const prompts = JSON.parse(r.stdout) as unknown[];
    expect(prompts.length).toBeGreaterThan(0);
    // The figures reach the model only as placeholders.
    expect(r.stdout).toMatch(/\{M\d+\}：年初预算数（预算数，金额）/u);
    expect(r.stdout).not.toContain('3600.00万元');
  });

  it('without a model name it says how to give one (exit 2)', async () => {
    const r = await run(['draft', ZHUZHOU, '--llm', '-o', path.join(dir, 'x.md')], { OPENAI_BASE_URL: server.baseURL, JIXIAO_LLM_MODEL: '' }, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('JIXIAO_LLM_MODEL');
  });
});
