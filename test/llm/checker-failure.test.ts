/**
 * The checker failing inside the LLM stage is a bug in jixiao, never a bad answer or a network
 * fault: it is reported, not retried and not skipped. Nothing in real text makes the checker
 * throw, so here it is made to, on a word only the model writes (the one stand-in in the LLM tests).
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { InternalError } from '../../pipeline/errors.js';
import { draftProse } from '../../pipeline/llm/index.js';
import { rewrite, startFakeOpenAI, type FakeServer } from '../support/fake-openai.js';
import { baseOptions, expectLocked, zhuzhou } from './fixture.js';

const TRIGGER = '核对器在此失灵';

vi.mock('../../pipeline/check/index.js', async (original) => {
  const real = await original<typeof import('../../pipeline/check/index.js')>();
  return {
    ...real,
    checkReport: (...args: Parameters<typeof real.checkReport>) => {
      if (args[0].text.includes(TRIGGER)) throw new TypeError('checker bug');
      return real.checkReport(...args);
    },
  };
});

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('the checker failing inside the LLM stage', () => {
  test('on a model answer: that paragraph keeps the template text, reported with its code, asked once', async () => {
    const ex = await zhuzhou();
    const victim = '按用途分为以下';
    server = await startFakeOpenAI((req) => ({
      kind: 'answer',
      text: req.draft.includes(victim) ? `${rewrite(req.draft)}${TRIGGER}。` : rewrite(req.draft),
    }));
    const result = await draftProse(ex.input, await baseOptions(server.baseURL));
    const failed = result.units.filter((p) => p.code === 'JX_LLM_CHECK_FAILED');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ status: 'fallback', attempts: 1 });
    expect(failed[0]?.reason).toMatch(/核对器.*出错.*checker bug/u);
    expect(server.requests.filter((r) => r.draft.includes(victim))).toHaveLength(1);
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'JX_LLM_CHECK_FAILED', severity: 'warning' })]);
    expect(result.doc.markdown).not.toContain(TRIGGER);
    expectLocked(result, ex);
  });

  test('on the template text itself: an internal error, not a silently skipped check', async () => {
    const ex = await zhuzhou();
    server = await startFakeOpenAI((req) => ({ kind: 'answer', text: rewrite(req.draft) }));
    const doc = { ...ex.input.doc, markdown: ex.input.doc.markdown.replace('## 四、', `${TRIGGER}\n\n## 四、`) };
    const input = { ...ex.input, doc: { ...doc, figures: ex.input.doc.figures.map((f) => (f.offset > doc.markdown.indexOf(TRIGGER) ? { ...f, offset: f.offset + TRIGGER.length + 2 } : f)) } };
    await expect(draftProse(input, await baseOptions(server.baseURL))).rejects.toBeInstanceOf(InternalError);
  });
});
