import { afterEach, describe, expect, test } from 'vitest';
import { checkReport } from '../../pipeline/check/index.js';
import { InputError } from '../../pipeline/errors.js';
import { draftProse, describeProgress, PROMPT_BUDGET, splitUnits, type LlmProgress, type ProseResult } from '../../pipeline/llm/index.js';
import { placeholdersOf, rewrite, startFakeOpenAI, type FakeScript, type FakeServer } from '../support/fake-openai.js';
import { goodAnswer, hostileAnswer } from '../support/models.js';
import { baseOptions, expectLocked, lusong, zhuzhou, type Example } from './fixture.js';

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

/** Paragraphs the tests single out, by words of their draft. */
const PROBLEMS = '究其原因';
const MEASURES = '积极争取资金';
const USAGE = '全市统一压减';
const RESULTS = '按用途分为以下';

function outcomeOf(result: ProseResult, ex: Example, words: string) {
  const i = splitUnits(ex.input.doc, ex.input.facts).findIndex((u) => u.body.includes(words));
  return result.units[i];
}

function errors(result: ProseResult, ex: Example) {
  return checkReport({ file: 'x.md', text: result.doc.markdown, format: 'md' }, { facts: ex.input.facts, profile: ex.input.profile }).findings.filter((f) => f.severity === 'error');
}

describe('draftProse against an OpenAI-compatible server', () => {
  test('a model that rewrites well: every paragraph is its text, every figure the template’s', async () => {
    const ex = await zhuzhou();
    const units = splitUnits(ex.input.doc, ex.input.facts);
    const srv = await fake(good);
    const events: LlmProgress[] = [];
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { onProgress: (e) => events.push(e) }));
    expect(result.units).toHaveLength(units.length);
    expect(result.units.filter((p) => p.status !== 'llm' || p.attempts !== 1)).toEqual([]);
    expect(result.doc.markdown).not.toBe(ex.input.doc.markdown);
    expect(result.doc.markdown).toContain('资金重点用于');
    expect(result.usage.calls).toBe(units.length);
    expect(result.usage.promptTokens).toBeGreaterThan(0);
    expect(result.usage.completionTokens).toBeGreaterThan(0);
    expect(srv.requests.every((r) => r.stream)).toBe(true);
    expectLocked(result, ex);
    expect(errors(result, ex)).toEqual([]);
    // Title, preamble, headings, 结果应用, 附件 and the score table are untouched.
    const tail = (md: string) => md.slice(md.indexOf('## 七、'));
    expect(tail(result.doc.markdown)).toBe(tail(ex.input.doc.markdown));
    const headings = (md: string) => md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings(result.doc.markdown)).toEqual(headings(ex.input.doc.markdown));
    expect(events.filter((e) => e.type === 'done')).toHaveLength(units.length);
    expect(describeProgress(events.find((e) => e.type === 'done') as LlmProgress)).toMatch(/完成/);
  });

  test('a realistic good model (reordered items, merged sentences, bold, spaces, a preface): every paragraph kept after one retry at most', async () => {
    for (const load of [zhuzhou, lusong]) {
      const ex = await load();
      const srv = await fake((req) => ({ kind: 'answer', text: goodAnswer(req.draft, 'test', req.repeat) }));
      const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { retries: 1 }));
      expect(result.units.filter((u) => u.status !== 'llm')).toEqual([]);
      // Bold, spaces and the preface are gone: the template's own bold (the 附件 titles) is all there is.
      expect(result.doc.markdown.match(/\*\*/gu)?.length).toBe(ex.input.doc.markdown.match(/\*\*/gu)?.length);
      const prose = result.doc.markdown.slice(0, result.doc.markdown.indexOf('## 附件'));
      expect(prose).not.toMatch(/以下是润色后的段落|润色后的内容|[\u4e00-\u9fff0-9%] +[\u4e00-\u9fff0-9]|, /u);
      expectLocked(result, ex);
      await srv.close();
      server = undefined;
    }
  });

  test('a hostile model, one fault in every answer: no paragraph with figures keeps its text, the draft checks as the template did', async () => {
    const ex = await zhuzhou();
    const units = splitUnits(ex.input.doc, ex.input.facts);
    const byTemplate = new Map(units.map((u) => [u.template, u]));
    const srv = await fake((req) => {
      const values = new Map((byTemplate.get(req.draft)?.slots ?? []).map((s) => [s.name, s.text]));
      return { kind: 'answer', text: hostileAnswer(req.draft, 'test', req.repeat, values).text };
    });
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL));
    result.units.forEach((u) => expect(u.status).toBe('fallback'));
    expect(result.doc.markdown).toBe(ex.input.doc.markdown);
    expect(result.warnings.every((w) => w.code === 'JX_LLM_FALLBACK')).toBe(true);
    expectLocked(result, ex);
  });

  test('non-streaming answers work the same', async () => {
    const ex = await zhuzhou();
    const srv = await fake(good);
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { stream: false }));
    expect(result.units.every((p) => p.status === 'llm')).toBe(true);
    expect(srv.requests.every((r) => !r.stream)).toBe(true);
    expect(result.usage.completionTokens).toBeGreaterThan(0);
    expectLocked(result, ex);
  });

  test('a dropped token is sent back with the reason, and the retry is accepted', async () => {
    const ex = await zhuzhou();
    const srv = await fake((req) => {
      const text = rewrite(req.draft);
      if (req.repeat > 0) return { kind: 'answer', text };
      const victim = placeholdersOf(req.draft).at(-1);
      return { kind: 'answer', text: victim ? text.replace(victim, '') : text };
    });
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL));
    const units = splitUnits(ex.input.doc, ex.input.facts);
    result.units.forEach((p, i) => expect(p).toMatchObject({ status: 'llm', attempts: units[i]?.slots.length ? 2 : 1 }));
    const retries = srv.requests.filter((r) => r.repeat > 0);
    expect(retries.length).toBeGreaterThan(0);
    for (const r of retries) {
      expect(r.lastUser).toMatch(/未通过核对[\s\S]*缺少占位符 “\{[A-Z]\d+\}”/u);
      expect(r.messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    }
    expectLocked(result, ex);
  });

  test('one bad paragraph costs one paragraph: the others keep the model’s text', async () => {
    const ex = await zhuzhou();
    const srv = await fake((req) => {
      const text = rewrite(req.draft);
      const [first, second] = placeholdersOf(req.draft);
      if (req.draft.includes(USAGE) && first && second) return { kind: 'answer', text: text.split(first).join('@').split(second).join(first).split('@').join(second) };
      return { kind: 'answer', text };
    });
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { retries: 1 }));
    const usage = outcomeOf(result, ex, USAGE);
    expect(usage).toMatchObject({ status: 'fallback', attempts: 2 });
    // Named as the user reads it: the figure as written, and both subjects.
    expect(usage?.reason).toMatch(/“3600.00万元” 原是不带增减的数，改写后成了减少的数（草稿为““2024年科技发展专项资金”安排预算3600.00万元”，改写为“年中压减3600.00万元”）/u);
    expect(result.units.filter((u) => u.status === 'fallback')).toHaveLength(1);
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'JX_LLM_FALLBACK', message: expect.stringContaining('3600.00万元') })]);
    expect(result.doc.markdown).toContain(splitUnits(ex.input.doc, ex.input.facts).find((u) => u.body.includes(USAGE))?.body ?? '—');
    expectLocked(result, ex);
    expect(errors(result, ex)).toEqual([]);
  });

  test('an invented number (digits or a Chinese count) is refused', async () => {
    const ex = await zhuzhou();
    const srv = await fake((req) => {
      let text = rewrite(req.draft);
      if (req.draft.includes(PROBLEMS)) text = text.replace('究其原因', '涉及12家单位，究其原因');
      if (req.draft.includes(MEASURES)) text = text.replace('积极争取资金', '从三个方面积极争取资金');
      return { kind: 'answer', text };
    });
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { retries: 1 }));
    expect(outcomeOf(result, ex, PROBLEMS)).toMatchObject({ status: 'fallback' });
    expect(outcomeOf(result, ex, PROBLEMS)?.reason).toMatch(/写入了数字 “12”/u);
    expect(outcomeOf(result, ex, MEASURES)).toMatchObject({ status: 'fallback' });
    expect(outcomeOf(result, ex, MEASURES)?.reason).toMatch(/数量“三个”/u);
    expect(result.doc.markdown).not.toMatch(/12家单位|三个方面/u);
    expectLocked(result, ex);
  });

  test('a unit next to a token (万元 → 亿元) and an approximation word are refused', async () => {
    const ex = await zhuzhou();
    const srv = await fake((req) => {
      const text = rewrite(req.draft);
      if (!req.draft.includes(USAGE)) return { kind: 'answer', text };
      return { kind: 'answer', text: text.replace(/全年预算(\{M\d+\})/u, '全年预算$1亿元').replace(/预算执行率(\{P\d+\})/u, '预算执行率约$1') };
    });
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { retries: 1 }));
    const usage = outcomeOf(result, ex, USAGE);
    expect(usage).toMatchObject({ status: 'fallback', attempts: 2 });
    expect(usage?.reason).toMatch(/“1864.05万元” 后面加了“亿元”/u);
    expect(usage?.reason).toMatch(/“100.00%” 前面加了“约”/u);
    expect(result.doc.markdown).toContain('全年预算1864.05万元');
    expect(result.doc.markdown).not.toContain('亿元亿元');
    expectLocked(result, ex);
  });

  test('a heading, a table row or a note in the answer, or a lost 〔待补〕 marker, is refused', async () => {
    const ex = await lusong();
    const marked = '〔待补：偏差原因〕';
    const srv = await fake((req) => {
      let text = rewrite(req.draft);
      if (req.draft.includes(marked)) text = text.replace(marked, '');
      if (req.draft.includes(PROBLEMS)) text = `## 七、存在的问题\n\n${text}\n\n| 问题 | 原因 |`;
      return { kind: 'answer', text };
    });
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { retries: 0 }));
    expect(outcomeOf(result, ex, marked)?.reason).toMatch(/标记被删去或改动：“〔待补：偏差原因〕”/u);
    expect(outcomeOf(result, ex, PROBLEMS)?.reason).toMatch(/多出了标题、表格或提示行/u);
    expect(result.doc.markdown).toContain(marked);
    expectLocked(result, ex);
  });

  test('429 then success: the client retries by itself, the paragraph is the model’s', async () => {
    const ex = await zhuzhou();
    const srv = await fake((req) =>
      req.repeat === 0
        ? { kind: 'status', status: 429, headers: { 'retry-after-ms': '10' }, body: { error: { message: 'rate limited', type: 'rate_limit' } } }
        : good(req),
    );
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL));
    expect(result.units.every((p) => p.status === 'llm' && p.attempts === 1)).toBe(true);
    expect(srv.requests).toHaveLength(2 * result.units.length);
    expect(result.usage.calls).toBe(result.units.length);
    expectLocked(result, ex);
  });

  test('429 for good: a clear message and the template text', async () => {
    const ex = await zhuzhou();
    const srv = await fake((req) =>
      req.draft.includes(PROBLEMS) ? { kind: 'status', status: 429, headers: { 'retry-after-ms': '5' } } : good(req),
    );
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { retries: 1 }));
    expect(outcomeOf(result, ex, PROBLEMS)).toMatchObject({ status: 'fallback', attempts: 2 });
    expect(outcomeOf(result, ex, PROBLEMS)?.reason).toMatch(/限流（429）/u);
    expectLocked(result, ex);
  });

  test('a server that accepts and never answers is recognised as down once: every paragraph keeps the template text, no request is repeated', async () => {
    const ex = await zhuzhou();
    const srv = await fake(() => ({ kind: 'hang' }));
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { timeoutMs: 300, retries: 2, concurrency: 3 }));
    expect(result.units.every((u) => u.status === 'fallback' && /模型服务没有响应（请求超时：300 毫秒内没有响应）/u.test(u.reason ?? ''))).toBe(true);
    // The requests in flight when it was found out, and none after; said once, not per paragraph.
    expect(srv.requests.length).toBeLessThanOrEqual(3);
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'JX_LLM_FALLBACK', message: expect.stringMatching(new RegExp(`等 ${result.units.length} 段改用模板文字：模型服务没有响应`, 'u')) })]);
    expect(result.doc).toEqual(ex.input.doc);
  });

  test('one paragraph’s request that hangs: that paragraph times out, the others are the model’s', async () => {
    const ex = await zhuzhou();
    const srv = await fake((req) => (req.draft.includes(PROBLEMS) ? { kind: 'hang' } : good(req)));
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { timeoutMs: 300, retries: 1 }));
    const problems = outcomeOf(result, ex, PROBLEMS);
    expect(problems).toMatchObject({ status: 'fallback' });
    expect(problems?.reason).toMatch(/请求超时：300 毫秒内没有响应|等待模型合计已达/u);
    expect(result.units.filter((p) => p.status === 'llm')).toHaveLength(result.units.length - 1);
    expectLocked(result, ex);
  });

  test.each([true, false])('an answer that stalls after the headers (stream: %s) is cut at the timeout', async (stream) => {
    const ex = await zhuzhou();
    const srv = await fake((req) => (req.draft.includes(MEASURES) ? { kind: 'stall', text: rewrite(req.draft) } : good(req)));
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { stream, timeoutMs: 300, retries: 1 }));
    const measures = outcomeOf(result, ex, MEASURES);
    expect(measures).toMatchObject({ status: 'fallback' });
    expect(measures?.reason).toMatch(/未收到模型的数据|等待模型合计已达/u);
    expectLocked(result, ex);
  });

  test.each([true, false])('malformed JSON from the server (stream: %s) is a failure, then a retry', async (stream) => {
    const ex = await zhuzhou();
    const srv = await fake((req) => (req.repeat === 0 && req.draft.includes(RESULTS) ? { kind: 'malformed' } : good(req)));
    const events: LlmProgress[] = [];
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { stream, onProgress: (e) => events.push(e) }));
    expect(outcomeOf(result, ex, RESULTS)).toMatchObject({ status: 'llm', attempts: 2 });
    const rejected = events.find((e) => e.type === 'rejected');
    expect(rejected && 'reason' in rejected ? rejected.reason : '').toMatch(/不是有效的 JSON/u);
    expectLocked(result, ex);
  });

  test('malformed JSON every time: the template text, with the reason', async () => {
    const ex = await zhuzhou();
    const srv = await fake((req) => (req.draft.includes(RESULTS) ? { kind: 'malformed' } : good(req)));
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { retries: 1 }));
    expect(outcomeOf(result, ex, RESULTS)).toMatchObject({ status: 'fallback', attempts: 2 });
    expect(outcomeOf(result, ex, RESULTS)?.reason).toMatch(/不是有效的 JSON/u);
    expectLocked(result, ex);
  });

  test.each([true, false])('a connection closed mid-answer (stream: %s) falls back with a clear message', async (stream) => {
    const ex = await zhuzhou();
    const srv = await fake((req) => (req.draft.includes(RESULTS) ? { kind: 'close', text: rewrite(req.draft) } : good(req)));
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { stream, retries: 1 }));
    expect(outcomeOf(result, ex, RESULTS)).toMatchObject({ status: 'fallback', attempts: 2 });
    expect(outcomeOf(result, ex, RESULTS)?.reason).toMatch(/连接在传输中被关闭/u);
    expectLocked(result, ex);
  });

  test('a truncated answer (finish_reason length) is not used', async () => {
    const ex = await zhuzhou();
    const srv = await fake((req) =>
      req.draft.includes(PROBLEMS) ? { kind: 'answer', text: rewrite(req.draft).slice(0, 40), finishReason: 'length' } : good(req),
    );
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { retries: 0 }));
    expect(outcomeOf(result, ex, PROBLEMS)?.reason).toMatch(/截断/u);
    expectLocked(result, ex);
  });

  test('a bad key is not retried', async () => {
    const ex = await zhuzhou();
    const srv = await fake(() => ({ kind: 'status', status: 401, body: { error: { message: 'bad key', type: 'auth' } } }));
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { retries: 2 }));
    expect(result.units.every((p) => p.status === 'fallback' && p.attempts === 1 && /鉴权失败（401）/u.test(p.reason ?? ''))).toBe(true);
    expect(srv.requests).toHaveLength(result.units.length);
    expect(result.doc).toEqual(ex.input.doc);
  });

  test('a rerun with unchanged data is served from the cache: no HTTP call, the same text', async () => {
    const ex = await zhuzhou();
    const srv = await fake((req) => ({ kind: 'answer', text: goodAnswer(req.draft, 'cache', req.repeat) }));
    const options = await baseOptions(srv.baseURL);
    const first = await draftProse(ex.input, options);
    const calls = srv.requests.length;
    const second = await draftProse(ex.input, options);
    expect(srv.requests).toHaveLength(calls);
    expect(second.units.every((p) => p.status === 'cached')).toBe(true);
    expect(second.usage).toMatchObject({ calls: 0, cached: first.usage.calls });
    expect(second.doc).toEqual(first.doc);
  });

  test('the cache keeps rejected answers too: a rerun replays the same retries without a call', async () => {
    const ex = await zhuzhou();
    const srv = await fake((req) => (req.repeat === 0 ? { kind: 'answer', text: rewrite(req.draft).replace(/\{[A-Z]\d+\}/u, '') } : good(req)));
    const options = await baseOptions(srv.baseURL);
    const first = await draftProse(ex.input, options);
    const calls = srv.requests.length;
    const second = await draftProse(ex.input, options);
    expect(srv.requests).toHaveLength(calls);
    expect(second.doc.markdown).toBe(first.doc.markdown);
    expect(second.units.map((p) => p.attempts)).toEqual(first.units.map((p) => p.attempts));
  });

  test('dryRun returns the prompts (within the budget, each figure explained, last year’s text blanked) and makes no call', async () => {
    for (const load of [zhuzhou, lusong]) {
      const ex = await load();
      const srv = await fake(good);
      const units = splitUnits(ex.input.doc, ex.input.facts);
      const result = await draftProse(ex.input, { model: 'fake-model', baseURL: srv.baseURL, dryRun: true });
      expect(srv.requests).toHaveLength(0);
      expect(result.doc).toBe(ex.input.doc);
      expect(result.prompts).toHaveLength(units.length);
      (result.prompts ?? []).forEach((p, i) => {
        const [system, user] = p.messages;
        expect(system?.role).toBe('system');
        expect(system?.content).toMatch(/不得自行书写数字/u);
        expect((system?.content.length ?? 0) + (user?.content.length ?? 0)).toBeLessThanOrEqual(PROMPT_BUDGET);
        for (const s of units[i]?.slots ?? []) expect(user?.content).toContain(`${s.name}：${s.label}`);
        // No figure of this year's and no number of last year's: only this paragraph's own years and document numbers.
        const example = /<上年范文>([\s\S]*)<\/上年范文>/u.exec(user?.content ?? '')?.[1] ?? '';
        expect(example).not.toMatch(/[0-9]/u);
        for (const s of units[i]?.slots ?? []) if (/[0-9]/u.test(s.text)) expect(user?.content).not.toContain(s.text);
      });
      expect(result.prompts?.filter((p) => /<上年范文>[^<]*××/u.test(p.messages[1]?.content ?? '')).length).toBeGreaterThanOrEqual(units.length / 2);
      expect(result.units.every((p) => p.status === 'dry-run')).toBe(true);
      await srv.close();
      server = undefined;
    }
  });

  test('the concurrency limit holds', async () => {
    const ex = await zhuzhou();
    const srv = await fake((req) => ({ kind: 'answer', text: rewrite(req.draft), chunkSize: 400, delayMs: 40 }));
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL, { concurrency: 2 }));
    expect(srv.maxActive()).toBe(2);
    expect(result.units.every((p) => p.status === 'llm')).toBe(true);
    await srv.close();
    server = undefined;
    const one = await fake((req) => ({ kind: 'answer', text: rewrite(req.draft), delayMs: 20 }));
    await draftProse(ex.input, await baseOptions(one.baseURL, { concurrency: 1 }));
    expect(one.maxActive()).toBe(1);
  });

  test('the department example: Chinese-numeral figures, 〔待补〕 inside a paragraph, the data’s own errors kept as they were', async () => {
    const ex = await lusong();
    const srv = await fake(good);
    const result = await draftProse(ex.input, await baseOptions(srv.baseURL));
    expect(result.units.filter((p) => p.status !== 'llm')).toEqual([]);
    expect(result.doc.markdown).toContain('〔待补：偏差原因〕');
    expectLocked(result, ex);
  });

  test('no key and no endpoint: a configuration error before any paragraph', async () => {
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
