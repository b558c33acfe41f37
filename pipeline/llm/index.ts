/**
 * Drafting the prose with an LLM, every figure locked to the data and to what it describes.
 *
 * Each paragraph of the narrative parts (概况, 使用情况, 绩效情况, 问题, 改进措施) is one request,
 * its figures replaced by tokens. An answer is accepted only when the lock holds (verify.ts): the
 * same figures, each describing what it described in the draft; it is then restored from the
 * draft's own figure texts, so the figures sidecar is recomputed, never guessed. A paragraph
 * whose answers all fail keeps the template text; the others keep the model's. Whatever the
 * model does, no figure of the result differs from the template's, in value or in meaning.
 *
 * Only this module loads `openai`, and only when a call is to be made (dynamic import).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Fact } from '../../schemas/fact.js';
import type { FigureRef, RenderedDoc } from '../../schemas/rendered.js';
import type { ScoreProfile } from '../../schemas/profile.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import type { Finding } from '../../schemas/finding.js';
import { diagnostic, inputError, InternalError } from '../errors.js';
import type { Part, SectionTree } from '../corpus/index.js';
import { AnswerCache, cacheKey } from './cache.js';
import { createTransport, type Transport } from './client.js';
import { firstMessages, retryMessages, type ChatMessage } from './prompt.js';
import type { LlmProgress, UnitStatus } from './progress.js';
import { forUser, splitUnits, unitTitle, type Unit } from './segment.js';
import { errorFindings, newErrors, readDraft, verifyAnswer, type VerifyContext } from './verify.js';

export { SYSTEM_PROMPT, PROMPT_BUDGET, type ChatMessage } from './prompt.js';
export { describeProgress, type LlmProgress, type UnitStatus } from './progress.js';
export { PART_NAMES, splitUnits, unitTitle, type Slot, type Unit } from './segment.js';

export interface LlmOptions {
  readonly model: string;
  /** OpenAI-compatible endpoint; default OPENAI_BASE_URL, else api.openai.com. */
  readonly baseURL?: string | undefined;
  /** Default OPENAI_API_KEY; not needed for a local endpoint. */
  readonly apiKey?: string | undefined;
  /** Paragraphs asked at once (default 4). */
  readonly concurrency?: number | undefined;
  /** Re-asks of a paragraph after a rejected answer or a failed call (default 2). */
  readonly retries?: number | undefined;
  /**
   * Silence a paragraph may wait through, all its requests together: no response, or no data
   * while streaming (default 120 000). A paragraph whose wait is used up keeps the template text;
   * a server that never answered any request in this time is taken as down once, for every paragraph.
   */
  readonly timeoutMs?: number | undefined;
  /** Transport retries inside the openai client on 429, 5xx, refused connections (default 2). */
  readonly transportRetries?: number | undefined;
  /** Wait before re-sending after a failed call, doubled each time (default 1000 ms). */
  readonly backoffMs?: number | undefined;
  /** Raw answers are kept here (default .jixiao-cache/llm). */
  readonly cacheDir?: string | undefined;
  /** false: neither read nor write the cache. */
  readonly cache?: boolean | undefined;
  /** Return the prompts and make no call. */
  readonly dryRun?: boolean | undefined;
  /** Streamed answers (default true) or one JSON answer. */
  readonly stream?: boolean | undefined;
  readonly temperature?: number | undefined;
  readonly maxTokens?: number | undefined;
  readonly signal?: AbortSignal | undefined;
  readonly onProgress?: ((event: LlmProgress) => void) | undefined;
}

export const DEFAULT_CONCURRENCY = 4;
const DEFAULT_TIMEOUT_MS = 120_000;

/** What became of one paragraph. */
export interface UnitOutcome {
  readonly part: Part;
  /** The paragraph's heading, and which paragraph under it ("（三）人员情况", "1.产出指标 第 2 段"). */
  readonly title: string;
  /** llm: the model's text, accepted; cached: the same, from the cache; fallback: the template text. */
  readonly status: UnitStatus;
  /** Answers asked for (from the model or the cache). */
  readonly attempts: number;
  /** Why the last answer was rejected, or why the paragraph fell back (figures named as written). */
  readonly reason?: string;
  /** Why a paragraph fell back: answers that failed the lock or the network (JX_LLM_FALLBACK), or a checker that failed (JX_LLM_CHECK_FAILED). */
  readonly code?: 'JX_LLM_FALLBACK' | 'JX_LLM_CHECK_FAILED';
}

export interface LlmUsage {
  readonly promptTokens: number;
  readonly completionTokens: number;
  /** HTTP requests that gave an answer or failed (the client's own transport retries not counted). */
  readonly calls: number;
  /** Answers read from the cache. */
  readonly cached: number;
}

export interface ProseInput {
  readonly doc: RenderedDoc;
  readonly facts: readonly Fact[];
  /** Last year's report: its matching section is the style example. */
  readonly prior?: SectionTree | undefined;
  readonly profile: ScoreProfile;
}

export interface ProseResult {
  readonly doc: RenderedDoc;
  /** One per paragraph sent, in document order. */
  readonly units: readonly UnitOutcome[];
  readonly usage: LlmUsage;
  /** Why paragraphs fell back to the template text: one warning per reason. */
  readonly warnings: readonly Diagnostic[];
  /** With dryRun: what would be sent. */
  readonly prompts?: readonly { readonly part: Part; readonly title: string; readonly messages: readonly ChatMessage[] }[];
}

export const DEFAULT_CACHE_DIR = '.jixiao-cache/llm';

/** How long after the first requests go out the work that needs no answer starts (their sending needs the event loop). */
const WAIT_FIRST_MS = 100;

interface UnitResult {
  outcome: UnitOutcome;
  text: string;
  figures: FigureRef[];
}

async function pool<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await run(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

function fallback(unit: Unit, attempts: number, reason: string, code: UnitOutcome['code'] = 'JX_LLM_FALLBACK'): UnitResult {
  return {
    outcome: { part: unit.part, title: unitTitle(unit), status: 'fallback', attempts, reason: forUser(reason, unit), code },
    text: unit.body,
    figures: [...unit.figures],
  };
}

/** Joins the untouched text and the paragraphs' texts; recomputes every figure's offset. */
function assemble(doc: RenderedDoc, units: readonly Unit[], results: readonly UnitResult[]): RenderedDoc {
  const md = doc.markdown;
  let markdown = '';
  const figures: FigureRef[] = [];
  let pos = 0;
  const keep = (end: number) => {
    for (const f of doc.figures) if (f.offset >= pos && f.offset < end) figures.push({ ...f, offset: f.offset - pos + markdown.length });
    markdown += md.slice(pos, end);
    pos = end;
  };
  units.forEach((unit, i) => {
    const r = results[i];
    keep(unit.start);
    if (r === undefined) return;
    for (const f of r.figures) figures.push({ ...f, offset: f.offset + markdown.length });
    markdown += r.text;
    pos = unit.end;
  });
  keep(md.length);
  for (const f of figures) {
    if (markdown.slice(f.offset, f.offset + f.length) !== f.text) throw new InternalError(`figure ${f.factId} misplaced after the LLM pass`);
  }
  return { ...doc, markdown, figures };
}

/**
 * The template draft → the same draft with each narrative paragraph rewritten by the model where
 * its answer passes the lock, kept as drafted otherwise.
 */
export async function draftProse(input: ProseInput, options: LlmOptions): Promise<ProseResult> {
  if (options.model.trim() === '') throw inputError('JX_LLM_NO_MODEL', '未指定模型：请用 --model 或环境变量 JIXIAO_LLM_MODEL 给出模型名称');
  // The client loads while the draft is cut into paragraphs.
  const client = options.dryRun ? undefined : transportFor(options);
  client?.catch(() => undefined); // awaited below, where a configuration error is thrown
  const units = splitUnits(input.doc, input.facts);
  const emit = (e: LlmProgress) => options.onProgress?.(e);

  if (options.dryRun) {
    return {
      doc: input.doc,
      units: units.map((u) => ({ part: u.part, title: unitTitle(u), status: 'dry-run' as const, attempts: 0 })),
      usage: { promptTokens: 0, completionTokens: 0, calls: 0, cached: 0 },
      warnings: [],
      prompts: units.map((u) => ({ part: u.part, title: unitTitle(u), messages: firstMessages(u, input.prior) })),
    };
  }

  const retries = Math.max(0, options.retries ?? 2);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const backoffMs = options.backoffMs ?? 1000;
  const ctx: VerifyContext = { facts: input.facts, profile: input.profile };
  const cache = new AnswerCache(options.cache === false ? undefined : (options.cacheDir ?? DEFAULT_CACHE_DIR));
  // Created once, before any paragraph runs: a missing key is a configuration error, not a fallback.
  if (units.length === 0 || client === undefined) return finish(input.doc, [], { promptTokens: 0, completionTokens: 0, calls: 0, cached: 0 });
  const transport = await client;

  const usage = { promptTokens: 0, completionTokens: 0, calls: 0, cached: 0 };
  // A server that has never answered and lets a request go unanswered is down: recognised once,
  // every other paragraph stops waiting for it (requests in flight are aborted).
  const endpoint = { answered: false, down: undefined as string | undefined, abort: new AbortController() };
  const markDown = (reason: string) => {
    if (endpoint.down !== undefined) return;
    endpoint.down = `模型服务没有响应（${reason}），各段改用模板原文`;
    endpoint.abort.abort();
  };

  // Work that needs no answer is done while the first requests are on their way (CPU time then
  // costs no wall time), or when its result is wanted, whichever comes first: the draft's own
  // errors, and each paragraph's reading.
  const timers: NodeJS.Timeout[] = [];
  const whileWaiting = <T>(work: () => T): (() => T) => {
    let done: { value: T } | undefined;
    const get = () => (done ??= { value: work() }).value;
    const timer = setTimeout(() => {
      try {
        get();
      } catch {
        // thrown again where the result is wanted
      }
    }, WAIT_FIRST_MS);
    timers.push(timer);
    return () => {
      clearTimeout(timer);
      return get();
    };
  };
  const before = whileWaiting(() => checkTemplate(input.doc.markdown, ctx, '全文'));

  const runUnit = async (unit: Unit): Promise<UnitResult> => {
    const title = unitTitle(unit);
    const first = firstMessages(unit, input.prior);
    emit({ type: 'start', index: unit.index, total: units.length, part: unit.part, title });
    const prepared = whileWaiting(() => ({ draft: readDraft(unit), baseline: checkTemplate(unit.body, ctx, title) }));
    let messages = first;
    let reason = '';
    let attempts = 0;
    let silentMs = 0;
    for (let attempt = 1; attempt <= retries + 1; attempt++) {
      if (endpoint.down !== undefined) return fallback(unit, attempts, endpoint.down);
      if (silentMs >= timeoutMs) break;
      attempts = attempt;
      const key = cacheKey(options.model, messages, options.temperature);
      const hit = await cache.get(key);
      emit({ type: 'attempt', index: unit.index, part: unit.part, title, attempt, cached: hit !== undefined });
      let answer: string;
      if (hit !== undefined) {
        usage.cached++;
        answer = hit.answer;
      } else {
        // Only the request can fail for reasons worth asking again; anything else thrown is a bug.
        usage.calls++;
        const r = await transport.call(messages, { budgetMs: timeoutMs - silentMs, signal: endpoint.abort.signal });
        silentMs += r.silentMs;
        if (!r.ok) {
          if (endpoint.down !== undefined && !r.unanswered) return fallback(unit, attempts, endpoint.down);
          if (r.unanswered && !endpoint.answered) markDown(r.reason);
          else endpoint.answered = true;
          reason = r.reason;
          emit({ type: 'rejected', index: unit.index, part: unit.part, title, attempt, reason });
          if (endpoint.down !== undefined) return fallback(unit, attempts, endpoint.down);
          if (!r.retryable || options.signal?.aborted || silentMs >= timeoutMs) break;
          if (attempt <= retries) await sleep(backoffMs * 2 ** (attempt - 1));
          continue; // the same prompt again: the model gave nothing to correct
        }
        endpoint.answered = true;
        usage.promptTokens += r.usage?.promptTokens ?? 0;
        usage.completionTokens += r.usage?.completionTokens ?? 0;
        answer = r.text;
        await cache.put(key, { version: 1, model: options.model, answer, usage: r.usage });
      }
      const { draft, baseline } = prepared();
      let verdict: ReturnType<typeof verifyAnswer>;
      try {
        verdict = verifyAnswer(unit, answer, ctx, baseline, draft);
      } catch (err) {
        // The lock cannot judge this answer: the paragraph keeps the template text, and says why.
        return fallback(unit, attempts, checkerFailed(err), 'JX_LLM_CHECK_FAILED');
      }
      if (verdict.ok) {
        return {
          outcome: { part: unit.part, title, status: hit !== undefined ? 'cached' : 'llm', attempts },
          text: verdict.text,
          figures: verdict.figures,
        };
      }
      reason = verdict.reasons.join('；');
      emit({ type: 'rejected', index: unit.index, part: unit.part, title, attempt, reason: forUser(reason, unit) });
      messages = retryMessages(first, answer, verdict.reasons);
    }
    if (silentMs >= timeoutMs && attempts < retries + 1) {
      return fallback(unit, attempts, `等待模型合计已达 ${Math.round(timeoutMs / 100) / 10} 秒，不再重问，保留模板原文；最后一次：${reason}`);
    }
    return fallback(unit, attempts, `${attempts} 次均未得到可用的改写，保留模板原文；最后一次：${reason}`);
  };
  const done = (u: Unit, r: UnitResult) =>
    emit({
      type: 'done', index: u.index, part: u.part, title: unitTitle(u), status: r.outcome.status, attempts: r.outcome.attempts,
      ...(r.outcome.reason !== undefined ? { reason: r.outcome.reason } : {}),
    });

  let results: UnitResult[];
  try {
    results = await pool(units, Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY), async (u) => {
      const r = await runUnit(u);
      done(u, r);
      return r;
    });
  } finally {
    for (const t of timers) clearTimeout(t);
  }

  // The whole draft once more: a paragraph rewritten alone may still clash with another one
  // (the same metric stated twice). Such paragraphs go back to the template text.
  let doc = assemble(input.doc, units, results);
  const templateErrors = before();
  if (results.every((r) => r.outcome.status === 'fallback')) return finish(doc, results, usage);
  for (let round = 0; round < units.length; round++) {
    let after: Finding[];
    try {
      after = errorFindings(doc.markdown, ctx);
    } catch (err) {
      // The merged draft cannot be checked: every paragraph the model wrote goes back to the template text.
      results.forEach((r, i) => {
        const u = units[i];
        if (u === undefined || r.outcome.status === 'fallback') return;
        results[i] = fallback(u, r.outcome.attempts, checkerFailed(err), 'JX_LLM_CHECK_FAILED');
        done(u, results[i] as UnitResult);
      });
      doc = assemble(input.doc, units, results);
      break;
    }
    const added = newErrors(templateErrors, after);
    if (added.length === 0) break;
    const starts = assembledStarts(units, results);
    const blamed = new Set<number>();
    for (const f of added) {
      const offsets = [f.location.offset, ...(f.related ?? []).map((r) => r.offset)];
      units.forEach((u, i) => {
        const s = starts[i] ?? 0;
        const len = results[i]?.text.length ?? u.body.length;
        if (results[i]?.outcome.status !== 'fallback' && offsets.some((o) => o >= s && o < s + len)) blamed.add(i);
      });
    }
    if (blamed.size === 0) results.forEach((r, i) => r.outcome.status !== 'fallback' && blamed.add(i));
    if (blamed.size === 0) break;
    for (const i of blamed) {
      const u = units[i];
      const r = results[i];
      if (u === undefined || r === undefined) continue;
      const why = added.map((f) => f.message).slice(0, 3).join('；');
      results[i] = fallback(u, r.outcome.attempts, `与其他段落合并核对时出现错误，保留模板原文：${why}`);
      done(u, results[i] as UnitResult);
    }
    doc = assemble(input.doc, units, results);
  }
  return finish(doc, results, usage);
}

function transportFor(options: LlmOptions): Promise<Transport> {
  return createTransport({
    model: options.model,
    baseURL: options.baseURL,
    apiKey: options.apiKey,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRetries: options.transportRetries ?? 2,
    stream: options.stream ?? true,
    temperature: options.temperature,
    maxTokens: options.maxTokens,
    signal: options.signal,
  });
}

function finish(doc: RenderedDoc, results: readonly UnitResult[], usage: LlmUsage): ProseResult {
  const outcomes = results.map((r) => r.outcome);
  return { doc, units: outcomes, usage, warnings: fallbackWarnings(outcomes) };
}

/** One warning per reason a paragraph fell back for (a server that is down is said once, not per paragraph). */
function fallbackWarnings(outcomes: readonly UnitOutcome[]): Diagnostic[] {
  const byReason = new Map<string, UnitOutcome[]>();
  for (const p of outcomes) {
    if (p.status !== 'fallback') continue;
    const key = `${p.code ?? ''}|${p.reason ?? ''}`;
    byReason.set(key, [...(byReason.get(key) ?? []), p]);
  }
  return [...byReason.values()].map((ps) => {
    const [p] = ps as [UnitOutcome, ...UnitOutcome[]];
    const which = ps.length === 1 ? `“${p.title}”` : `“${p.title}”等 ${ps.length} 段`;
    return diagnostic(p.code ?? 'JX_LLM_FALLBACK', `${which}改用模板文字：${p.reason ?? '模型回答未通过数字核对'}`);
  });
}

/** Why a paragraph fell back when the checker failed on the model's text. */
function checkerFailed(err: unknown): string {
  return `核对器核对模型的改写时出错，无法确认数字无误，保留模板原文（这是 jixiao 的缺陷，请报告）：${err instanceof Error ? err.message : String(err)}`;
}

/**
 * The errors the template text itself has (the data's own contradictions), which the model's
 * text may keep. The checker failing on the template text is a bug in jixiao.
 */
function checkTemplate(text: string, ctx: VerifyContext, what: string): Finding[] {
  try {
    return errorFindings(text, ctx);
  } catch (err) {
    throw new InternalError(`核对器在核对模板原文（${what}）时出错`, { cause: err });
  }
}

/** Where each paragraph starts in the assembled Markdown. */
function assembledStarts(units: readonly Unit[], results: readonly UnitResult[]): number[] {
  const starts: number[] = [];
  let shift = 0;
  units.forEach((u, i) => {
    starts.push(u.start + shift);
    shift += (results[i]?.text.length ?? u.body.length) - u.body.length;
  });
  return starts;
}
