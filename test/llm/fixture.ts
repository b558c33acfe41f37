import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { checkReport, extractMentions } from '../../pipeline/check/index.js';
import { readCorpus, type SectionTree } from '../../pipeline/corpus/index.js';
import { draftReport, type DraftResult } from '../../pipeline/jobs/draft.js';
import type { LlmOptions, ProseInput, ProseResult } from '../../pipeline/llm/index.js';
import type { RenderedDoc } from '../../schemas/rendered.js';
import { LUSONG, ROOT, ZHUZHOU } from '../support/paths.js';

export interface Example {
  readonly draft: DraftResult;
  readonly input: ProseInput;
}

const cache = new Map<string, Promise<Example>>();

async function load(data: string, priorFile: string): Promise<Example> {
  const prior = path.join(ROOT, priorFile);
  const draft = await draftReport({ data, prior });
  const tree: SectionTree = readCorpus(await readFile(prior, 'utf8'), { file: prior });
  return { draft, input: { doc: draft.doc, facts: draft.facts.facts, prior: tree, profile: draft.loaded.profile } };
}

export function zhuzhou(): Promise<Example> {
  let p = cache.get('z');
  if (!p) cache.set('z', (p = load(ZHUZHOU, 'corpus/zhuzhou-2023-keji-fund.md')));
  return p;
}

export function lusong(): Promise<Example> {
  let p = cache.get('l');
  if (!p) cache.set('l', (p = load(LUSONG, 'corpus/lusong-2022-kegongxin.md')));
  return p;
}

export async function tempCache(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'jixiao-llm-'));
}

export async function baseOptions(baseURL: string, extra: Partial<LlmOptions> = {}): Promise<LlmOptions> {
  return {
    model: 'fake-model',
    baseURL,
    apiKey: 'test-key',
    cacheDir: await tempCache(),
    timeoutMs: 3000,
    transportRetries: 1,
    backoffMs: 5,
    ...extra,
  };
}

function errorKeys(doc: RenderedDoc, ex: Example): string[] {
  const report = checkReport({ file: 'draft.md', text: doc.markdown, format: 'md' }, { facts: ex.input.facts, profile: ex.input.profile });
  return report.findings.filter((f) => f.severity === 'error').map((f) => `${f.code}|${f.stated}|${f.expected ?? ''}`).sort();
}

/**
 * The figure lock, asserted on a result: every figure of the sidecar sits where it says, states
 * the template's text for its fact, no number stands outside a figure, and the checker finds no
 * error the template did not have (none at all for the project example).
 */
export function expectLocked(result: ProseResult, ex: Example): void {
  const { markdown, figures } = result.doc;
  for (const f of figures) expect(markdown.slice(f.offset, f.offset + f.length)).toBe(f.text);
  const pairs = (fs: readonly { factId: string; text: string }[]) => fs.map((f) => `${f.factId}=${f.text}`).sort();
  expect(pairs(figures)).toEqual(pairs(ex.input.doc.figures));
  const outside = extractMentions(markdown).filter((m) => !figures.some((f) => m.start < f.offset + f.length && m.end > f.offset));
  expect(outside.map((m) => m.text)).toEqual([]);
  expect(errorKeys(result.doc, ex)).toEqual(errorKeys(ex.input.doc, ex));
}
