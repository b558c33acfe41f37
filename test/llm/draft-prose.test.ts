import { afterEach, describe, expect, test } from 'vitest';
import { checkReport } from '../../pipeline/check/index.js';
import { InputError } from '../../pipeline/errors.js';
import { draftProse, describeProgress, splitUnits, type LlmProgress } from '../../pipeline/llm/index.js';
import { placeholdersOf, rewrite, startFakeOpenAI, type FakeScript, type FakeServer } from '../support/fake-openai.js';
import { baseOptions, expectLocked, lusong, zhuzhou } from './fixture.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function fake(script: FakeScript): Promise<FakeServer> {
  server = await startFakeOpenAI(script);
  return server;
}

const good: FakeScript = (req) => ({ kind: 'answer', text: rewrite(req.draft), chunkSize: 97 });

/** The part whose draft opens with this heading. */
const isPart = (draft: string, heading: string) => draft.startsWith(`## ${heading}`);

describe('draftProse against an OpenAI-compatible server', () => {
  test('a model that rewrites well: every part is its text, every figure the template’s', async () => {
    const ex = await zhuzhou();
    const units = splitUnits(ex.input.doc, ex.input.facts);
    const srv = await fake(good);
    const events: LlmProgress[] = [];
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { onProgress: (e) => events.push(e) }));
    expect(result.parts.map((p) => p.part)).toEqual(['overview', 'usage', 'performance', 'problems', 'measures']);
    expect(result.parts.filter((p) => p.status !== 'llm' || p.attempts !== 1)).toEqual([]);
    expect(result.doc.markdown).not.toBe(ex.input.doc.markdown);
    expect(result.doc.markdown).toContain('资金重点用于');
    expect(result.usage.calls).toBe(units.length);
    expect(result.usage.promptTokens).toBeGreaterThan(0);
    expect(result.usage.completionTokens).toBeGreaterThan(0);
    expect(srv.requests.every((r) => r.stream)).toBe(true);
    expectLocked(result, ex);
    const report = checkReport({ file: 'x.md', text: result.doc.markdown, format: 'md' }, { facts: ex.input.facts, profile: ex.input.profile });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // Title, preamble, 结果应用, 附件 and the score table are untouched.
    const tail = (md: string) => md.slice(md.indexOf('## 七、'));
    expect(tail(result.doc.markdown)).toBe(tail(ex.input.doc.markdown));
    expect(events.filter((e) => e.type === 'done')).toHaveLength(units.length);
    expect(describeProgress(events.find((e) => e.type === 'done') as LlmProgress)).toMatch(/完成/);
  });

  test('non-streaming answers work the same', async () => {
    const ex = await zhuzhou();
    const srv = await fake(good);
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { stream: false }));
    expect(result.parts.every((p) => p.status === 'llm')).toBe(true);
    expect(srv.requests.every((r) => !r.stream)).toBe(true);
    expect(result.usage.completionTokens).toBeGreaterThan(0);
    expectLocked(result, ex);
  });

  test('a dropped placeholder is sent back with the reason, and the retry is accepted', async () => {
    const ex = await zhuzhou();
    const srv = await fake((req) => {
      const text = rewrite(req.draft);
      if (req.repeat > 0) return { kind: 'answer', text };
      const victim = placeholdersOf(req.draft).at(-1);
      return { kind: 'answer', text: victim ? text.replace(victim, '') : text };
    });
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL));
    const units = splitUnits(ex.input.doc, ex.input.facts);
    result.parts.forEach((p, i) => expect(p).toMatchObject({ status: 'llm', attempts: units[i]?.slots.length ? 2 : 1 }));
    const retries = srv.requests.filter((r) => r.repeat > 0);
    expect(retries.length).toBeGreaterThan(0);
    for (const r of retries) {
      expect(r.lastUser).toMatch(/未通过核对[\s\S]*缺少占位符 FIG[A-Z]{3}/u);
      expect(r.messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    }
    expectLocked(result, ex);
  });

  test('a placeholder always dropped or duplicated: the part falls back to the template text', async () => {
    const ex = await zhuzhou();
    const srv = await fake((req) => {
      const text = rewrite(req.draft);
      const [first] = placeholdersOf(req.draft);
      if (isPart(req.draft, '一、') && first) return { kind: 'answer', text: text.replace(first, '') };
      if (isPart(req.draft, '二、') && first) return { kind: 'answer', text: text.replace(first, `${first}，即${first}`) };
      return { kind: 'answer', text };
    });
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { retries: 1 }));
    const [overview, usage, ...rest] = result.parts;
    expect(overview).toMatchObject({ status: 'fallback', attempts: 2 });
    expect(overview?.reason).toMatch(/缺少占位符/u);
    expect(usage).toMatchObject({ status: 'fallback', attempts: 2 });
    expect(usage?.reason).toMatch(/重复出现/u);
    expect(rest.every((p) => p.status === 'llm')).toBe(true);
    const units = splitUnits(ex.input.doc, ex.input.facts);
    expect(result.doc.markdown).toContain(units[0]?.body ?? '—');
    expect(result.doc.markdown).toContain(units[1]?.body ?? '—');
    expectLocked(result, ex);
  });

  test('an invented number (digits or a Chinese count) is refused', async () => {
    const ex = await zhuzhou();
    const srv = await fake((req) => {
      let text = rewrite(req.draft);
      if (isPart(req.draft, '五、')) text = text.replace('究其原因', '涉及12家单位，究其原因');
      if (isPart(req.draft, '六、')) text = text.replace('积极争取资金', '从三个方面积极争取资金');
      return { kind: 'answer', text };
    });
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { retries: 1 }));
    const problems = result.parts.find((p) => p.part === 'problems');
    const measures = result.parts.find((p) => p.part === 'measures');
    expect(problems).toMatchObject({ status: 'fallback' });
    expect(problems?.reason).toMatch(/写入了数字 “12”/u);
    expect(measures).toMatchObject({ status: 'fallback' });
    expect(measures?.reason).toMatch(/数量 “三个”/u);
    expect(result.doc.markdown).not.toMatch(/12家单位|三个方面/u);
    expectLocked(result, ex);
  });

  test('a unit changed next to a placeholder (万元 → 亿元) is refused', async () => {
    const ex = await zhuzhou();
    const srv = await fake((req) => {
      const text = rewrite(req.draft);
      if (!isPart(req.draft, '二、')) return { kind: 'answer', text };
      // 全年预算FIGxxx (1864.05万元) → 全年预算FIGxxx亿元, and 预算执行率 gets a stray 约.
      return { kind: 'answer', text: text.replace(/全年预算(FIG[A-Z]{3})/u, '全年预算$1亿元').replace(/预算执行率(FIG[A-Z]{3})/u, '预算执行率约$1') };
    });
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { retries: 1 }));
    const usage = result.parts.find((p) => p.part === 'usage');
    expect(usage).toMatchObject({ status: 'fallback', attempts: 2 });
    expect(usage?.reason).toMatch(/后面加了“亿元”/u);
    expect(usage?.reason).toMatch(/前面加了“约”/u);
    expect(result.doc.markdown).toContain('全年预算1864.05万元');
    expect(result.doc.markdown).not.toContain('亿元亿元');
    expectLocked(result, ex);
  });

  test('a changed heading or a lost 〔待核〕 marker is refused', async () => {
    const ex = await zhuzhou();
    const srv = await fake((req) => {
      let text = rewrite(req.draft);
      if (isPart(req.draft, '一、')) text = text.replace('### （二）预算资金基本情况', '### （二）资金基本情况');
      if (isPart(req.draft, '二、')) text = text.replace(/〔待核：[^〕]*〕/u, '');
      return { kind: 'answer', text };
    });
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { retries: 0 }));
    expect(result.parts[0]).toMatchObject({ status: 'fallback', attempts: 1 });
    expect(result.parts[0]?.reason).toMatch(/标题/u);
    expect(result.parts[1]).toMatchObject({ status: 'fallback' });
    expect(result.parts[1]?.reason).toMatch(/标题或表格行被改动或删去|待核/u);
    expectLocked(result, ex);
  });

  test('429 then success: the client retries by itself, the part is the model’s', async () => {
    const ex = await zhuzhou();
    const srv = await fake((req) =>
      req.repeat === 0
        ? { kind: 'status', status: 429, headers: { 'retry-after-ms': '10' }, body: { error: { message: 'rate limited', type: 'rate_limit' } } }
        : good(req),
    );
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL));
    expect(result.parts.every((p) => p.status === 'llm' && p.attempts === 1)).toBe(true);
    expect(srv.requests).toHaveLength(2 * result.parts.length);
    expect(result.usage.calls).toBe(result.parts.length);
    expectLocked(result, ex);
  });

  test('429 for good: a clear message and the template text', async () => {
    const ex = await zhuzhou();
    const srv = await fake((req) =>
      isPart(req.draft, '五、') ? { kind: 'status', status: 429, headers: { 'retry-after-ms': '5' } } : good(req),
    );
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { retries: 1 }));
    const problems = result.parts.find((p) => p.part === 'problems');
    expect(problems).toMatchObject({ status: 'fallback', attempts: 2 });
    expect(problems?.reason).toMatch(/限流（429）/u);
    expectLocked(result, ex);
  });

  test('a request that hangs past the timeout: the part’s wait is used up, no re-ask, the template text', async () => {
    const ex = await zhuzhou();
    const srv = await fake((req) => (isPart(req.draft, '五、') ? { kind: 'hang' } : good(req)));
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { timeoutMs: 300, retries: 1 }));
    const problems = result.parts.find((p) => p.part === 'problems');
    expect(problems).toMatchObject({ status: 'fallback', attempts: 1 });
    expect(problems?.reason).toMatch(/等待模型合计已达 0.3 秒，不再重问.*请求超时：300 毫秒内没有响应/u);
    expect(srv.requests.filter((r) => isPart(r.draft, '五、'))).toHaveLength(1);
    // The server answered the other parts: one hanging request does not make it down.
    expect(result.parts.filter((p) => p.status === 'llm')).toHaveLength(4);
    expectLocked(result, ex);
  });

  test('a server that never answers is found down once: one wave of requests, every part the template text', async () => {
    const ex = await zhuzhou();
    const srv = await fake(() => ({ kind: 'hang' }));
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { timeoutMs: 300, retries: 2, concurrency: 3 }));
    expect(result.parts.every((p) => p.status === 'fallback' && /模型服务没有响应/u.test(p.reason ?? ''))).toBe(true);
    // Only the first wave was sent: no re-asks, no later parts, no client retries.
    expect(srv.requests.length).toBeLessThanOrEqual(3);
    expect(result.doc).toEqual(ex.input.doc);
  });

  test.each([true, false])('an answer that stalls after the headers (stream: %s) is cut at the timeout', async (stream) => {
    const ex = await zhuzhou();
    const srv = await fake((req) => (isPart(req.draft, '六、') ? { kind: 'stall', text: rewrite(req.draft) } : good(req)));
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { stream, timeoutMs: 300, retries: 1 }));
    const measures = result.parts.find((p) => p.part === 'measures');
    expect(measures).toMatchObject({ status: 'fallback', attempts: 1 });
    expect(measures?.reason).toMatch(/未收到模型的数据/u);
    expectLocked(result, ex);
  });

  test.each([true, false])('malformed JSON from the server (stream: %s) is a failure, then a retry', async (stream) => {
    const ex = await zhuzhou();
    const srv = await fake((req) => (req.repeat === 0 && isPart(req.draft, '一、') ? { kind: 'malformed' } : good(req)));
    const events: LlmProgress[] = [];
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { stream, onProgress: (e) => events.push(e) }));
    expect(result.parts[0]).toMatchObject({ status: 'llm', attempts: 2 });
    const rejected = events.find((e) => e.type === 'rejected');
    expect(rejected && 'reason' in rejected ? rejected.reason : '').toMatch(/不是有效的 JSON/u);
    expectLocked(result, ex);
  });

  test('malformed JSON every time: the template text, with the reason', async () => {
    const ex = await zhuzhou();
    const srv = await fake((req) => (isPart(req.draft, '一、') ? { kind: 'malformed' } : good(req)));
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { retries: 1 }));
    expect(result.parts[0]).toMatchObject({ status: 'fallback', attempts: 2 });
    expect(result.parts[0]?.reason).toMatch(/不是有效的 JSON/u);
    expectLocked(result, ex);
  });

  test.each([true, false])('a connection closed mid-answer (stream: %s) falls back with a clear message', async (stream) => {
    const ex = await zhuzhou();
    const srv = await fake((req) => (isPart(req.draft, '四、') ? { kind: 'close', text: rewrite(req.draft) } : good(req)));
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { stream, retries: 1 }));
    const perf = result.parts.find((p) => p.part === 'performance');
    expect(perf).toMatchObject({ status: 'fallback', attempts: 2 });
    expect(perf?.reason).toMatch(/连接在传输中被关闭/u);
    expectLocked(result, ex);
  });

  test('a truncated answer (finish_reason length) is not used', async () => {
    const ex = await zhuzhou();
    const srv = await fake((req) =>
      isPart(req.draft, '五、') ? { kind: 'answer', text: rewrite(req.draft).slice(0, 40), finishReason: 'length' } : good(req),
    );
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { retries: 0 }));
    expect(result.parts.find((p) => p.part === 'problems')?.reason).toMatch(/截断/u);
    expectLocked(result, ex);
  });

  test('a bad key is not retried', async () => {
    const ex = await zhuzhou();
    const srv = await fake(() => ({ kind: 'status', status: 401, body: { error: { message: 'bad key', type: 'auth' } } }));
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { retries: 2 }));
    expect(result.parts.every((p) => p.status === 'fallback' && p.attempts === 1 && /鉴权失败（401）/u.test(p.reason ?? ''))).toBe(true);
    expect(srv.requests).toHaveLength(result.parts.length);
    expect(result.doc).toEqual(ex.input.doc);
  });

  test('a rerun with unchanged data is served from the cache: no HTTP call, the same text', async () => {
    const ex = await zhuzhou();
    const srv = await fake(good);
    const options = await baseOptions(srv.baseURL);
    const first = await draftProse(ex.input, options);
    const calls = srv.requests.length;
    const second = await draftProse(ex.input, options);
    expect(srv.requests).toHaveLength(calls);
    expect(second.parts.every((p) => p.status === 'cached')).toBe(true);
    expect(second.usage).toMatchObject({ calls: 0, cached: first.parts.length });
    expect(second.doc).toEqual(first.doc);
  });

  test('the cache keeps rejected answers too: a rerun replays the same retries without a call', async () => {
    const ex = await zhuzhou();
    const srv = await fake((req) => (req.repeat === 0 ? { kind: 'answer', text: rewrite(req.draft).replace(/FIG[A-Z]{3}/u, '') } : good(req)));
    const options = await baseOptions(srv.baseURL);
    const first = await draftProse(ex.input, options);
    const calls = srv.requests.length;
    const second = await draftProse(ex.input, options);
    expect(srv.requests).toHaveLength(calls);
    expect(second.doc.markdown).toBe(first.doc.markdown);
    expect(second.parts.map((p) => p.attempts)).toEqual(first.parts.map((p) => p.attempts));
  });

  test('dryRun returns the prompts and makes no call', async () => {
    const ex = await zhuzhou();
    const srv = await fake(good);
    const result = await draftProse(ex.input, { model: 'fake-model', baseURL: srv.baseURL, dryRun: true });
    expect(srv.requests).toHaveLength(0);
    expect(result.doc).toBe(ex.input.doc);
    expect(result.prompts?.map((p) => p.part)).toEqual(['overview', 'usage', 'performance', 'problems', 'measures']);
    for (const p of result.prompts ?? []) {
      const [system, user] = p.messages;
      expect(system?.role).toBe('system');
      expect(system?.content).toMatch(/不得写任何数字/u);
      // No digit outside headings: neither this year's figures nor last year's.
      const body = (user?.content ?? '').split('\n').filter((l) => !l.startsWith('#')).join('\n');
      expect(body).not.toMatch(/[0-9]/u);
      expect(user?.content).toMatch(/<上年范文>[\s\S]*<\/上年范文>/u);
    }
    expect(result.prompts?.filter((p) => /<上年范文>[^<]*××/u.test(p.messages[1]?.content ?? ''))).toHaveLength(4);
    expect(result.parts.every((p) => p.status === 'dry-run')).toBe(true);
  });

  test('the concurrency limit holds', async () => {
    const ex = await zhuzhou();
    const srv = await fake((req) => ({ kind: 'answer', text: rewrite(req.draft), chunkSize: 400, delayMs: 40 }));
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { concurrency: 2 }));
    expect(srv.maxActive()).toBe(2);
    expect(result.parts.every((p) => p.status === 'llm')).toBe(true);
    const srv1 = srv;
    await srv1.close();
    server = undefined;
    const one = await fake((req) => ({ kind: 'answer', text: rewrite(req.draft), delayMs: 20 }));
    await draftProse(ex.input, await baseOptions(one.baseURL, { concurrency: 1 }));
    expect(one.maxActive()).toBe(1);
  });

  test('the department example: Chinese-numeral figures, 〔待补〕 inside a paragraph, the data’s own errors kept as they were', async () => {
    const ex = await lusong();
    const srv = await fake(good);
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL));
    expect(result.parts.map((p) => p.part)).toEqual(['overview', 'usage', 'performance', 'problems', 'measures']);
    expect(result.parts.filter((p) => p.status !== 'llm')).toEqual([]);
    expect(result.doc.markdown).toContain('〔待补：偏差原因〕');
    expectLocked(result, ex);
  });

  test('no key and no endpoint: a configuration error before any part', async () => {
    const ex = await zhuzhou();
    const saved = { key: process.env['OPENAI_API_KEY'], url: process.env['OPENAI_BASE_URL'] };
    delete process.env['OPENAI_API_KEY'];
    delete process.env['OPENAI_BASE_URL'];
    try {
      const error = await draftProse(ex.input, { model: 'm', cache: false }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).diagnostics.map((d) => d.code)).toEqual(['JX_LLM_NO_KEY']);
      await expect(draftProse(ex.input, { model: 'm', cache: false })).rejects.toThrow(/OPENAI_API_KEY/u);
    } finally {
      if (saved.key !== undefined) process.env['OPENAI_API_KEY'] = saved.key;
      if (saved.url !== undefined) process.env['OPENAI_BASE_URL'] = saved.url;
    }
  });
});
