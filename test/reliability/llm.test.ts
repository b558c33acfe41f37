/**
 * Catalogue, part 6: a model server that is down or half-down. The draft is still written, every
 * part the model could not give keeps the template text, and a server that never answers is waited
 * for once (one wave of requests, none repeated): the timeout bounds the wait, it does not multiply.
 */
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rewrite, startFakeOpenAI, type FakeServer } from '../support/fake-openai.js';
import { expectOutcome, jixiao, jixiaoAsync, PROJECT, snapshot, workspace } from './support.js';

/**
 * A server that accepts connections and never says a word: the dead endpoint of the catalogue. It
 * counts requests (connections that sent one): undici opens an idle spare connection after an abort.
 */
async function silentServer(): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  let requests = 0;
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.once('data', () => requests++);
    socket.on('data', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

const llmArgs = (url: string, out: string) => ['draft', 'd.yaml', '-o', out, '--llm', '--model', 'm', '--base-url', url, '--no-llm-cache', '--llm-timeout', '2'];
/** The one paragraph of “五、存在的问题及原因分析” (the model is asked one paragraph at a time). */
const PROBLEMS = '究其原因';

describe('catalogue: a dead or half-dead model server', () => {
  let dir = '';
  let template = '';
  const closers: (() => Promise<void>)[] = [];
  beforeAll(() => {
    dir = workspace({ 'd.yaml': PROJECT });
    expect(jixiao(['draft', 'd.yaml', '-o', 'template.md'], { cwd: dir }).code).toBe(0);
    template = readFileSync(path.join(dir, 'template.md'), 'utf8');
  });
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  it('L01 a server that accepts and never answers, --llm-timeout 2: found down once, one wave of requests, the template text written', async () => {
    const server = await silentServer();
    closers.push(server.close);
    const before = snapshot(dir);
    const { done } = jixiaoAsync([...llmArgs(server.url, 'dead.md'), '--llm-concurrency', '3'], { cwd: dir });
    const result = await done;
    expectOutcome(result, { code: 0, codes: ['JX_LLM_FALLBACK'], mentions: ['模型服务没有响应（请求超时：2 秒内没有响应）'], dir, before, writes: ['dead.md', 'dead.figures.json'] });
    // The first wave (at most the 3 parts asked at once), no client retries, no re-asks, no second wave.
    expect(server.requests()).toBeGreaterThan(0);
    expect(server.requests()).toBeLessThanOrEqual(3);
    expect(result.stderr).toMatch(/请求 [1-3] 次/);
    expect(readFileSync(path.join(dir, 'dead.md'), 'utf8')).toBe(template);
  });

  it('L02 nothing listening at the address: found down once, the template text written', async () => {
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const { done } = jixiaoAsync(llmArgs(`http://127.0.0.1:${port}/v1`, 'refused.md'), { cwd: dir });
    const result = await done;
    expectOutcome(result, { code: 0, codes: ['JX_LLM_FALLBACK'], mentions: ['模型服务没有响应（无法连接到'] });
    expect(readFileSync(path.join(dir, 'refused.md'), 'utf8')).toBe(template);
  });

  it('L03 a server that answers every paragraph but one, which hangs: only that paragraph keeps the template, asked once', async () => {
    let server: FakeServer | undefined;
    server = await startFakeOpenAI((req) => (req.draft.includes(PROBLEMS) ? { kind: 'hang' } : { kind: 'answer', text: rewrite(req.draft) }));
    closers.push(() => server?.close() ?? Promise.resolve());
    const { done } = jixiaoAsync(llmArgs(server.baseURL, 'half.md'), { cwd: dir });
    const result = await done;
    expectOutcome(result, { code: 0, codes: ['JX_LLM_FALLBACK'], mentions: ['“五、存在的问题及原因分析”改用模板文字', '等待模型合计已达 2 秒'] });
    expect(server.requests.filter((r) => r.draft.includes(PROBLEMS))).toHaveLength(1);
    const [, taken, all] = /(\d+)\/(\d+) 段采用模型文字/.exec(result.stderr) ?? [];
    expect(Number(taken)).toBe(Number(all) - 1);
  });
});
