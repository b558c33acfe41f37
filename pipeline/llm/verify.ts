/**
 * The lock on an answer: every token kept exactly once, no number of the model's own, years,
 * dates and document numbers as written, 〔待补〕/〔待核〕 markers intact; then, restored, every
 * figure describes what it described in the draft (meaning.ts), and the checker finds no error
 * the draft did not have. What does not change meaning (spaces, emphasis, a preface line,
 * half-width punctuation) is cleaned off first (normalize.ts). Each failure is stated in Chinese,
 * naming the token, to be sent back to the model.
 */
import type { Fact } from '../../schemas/fact.js';
import type { FigureRef } from '../../schemas/rendered.js';
import type { ScoreProfile } from '../../schemas/profile.js';
import type { Finding } from '../../schemas/finding.js';
import { checkReport } from '../check/index.js';
import { compareMeaning, readMeaning, type Reading } from './meaning.js';
import { cleanAnswer } from './normalize.js';
import { BLANK } from './prompt.js';
import { findMarkers, isFixedLine, literalsOf, restore, TOKEN, type Unit } from './segment.js';

export interface VerifyContext {
  readonly facts: readonly Fact[];
  readonly profile: ScoreProfile;
}

export type Verdict = { ok: true; text: string; figures: FigureRef[] } | { ok: false; reasons: string[] };

function errorKey(f: Finding): string {
  return `${f.code}|${f.stated}|${f.expected ?? ''}`;
}

/** Error findings of a text. */
export function errorFindings(text: string, ctx: VerifyContext): Finding[] {
  const report = checkReport({ file: 'draft.md', text, format: 'md' }, { facts: ctx.facts, profile: ctx.profile });
  return report.findings.filter((f) => f.severity === 'error');
}

/** Errors of `after` beyond those `before` already had (the data's own contradictions). */
export function newErrors(before: readonly Finding[], after: readonly Finding[]): Finding[] {
  const left = new Map<string, number>();
  for (const f of before) left.set(errorKey(f), (left.get(errorKey(f)) ?? 0) + 1);
  const out: Finding[] = [];
  for (const f of after) {
    const n = left.get(errorKey(f)) ?? 0;
    if (n > 0) left.set(errorKey(f), n - 1);
    else out.push(f);
  }
  return out;
}

const MAX_LISTED = 5;

function listed(items: readonly string[]): string {
  return items.length > MAX_LISTED ? `${items.slice(0, MAX_LISTED).join('、')} 等 ${items.length} 个` : items.join('、');
}

/** Items of `a` not matched one for one in `b`. */
function missingFrom(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  return a.filter((x) => {
    const i = left.indexOf(x);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

function withoutMarkers(text: string): string {
  let out = text;
  for (const m of findMarkers(text).reverse()) out = out.slice(0, m.start) + out.slice(m.end);
  return out;
}

/** What the draft paragraph says, read once per unit. */
export function readDraft(unit: Unit): Reading {
  return readMeaning(unit.body, unit.slots.map((s) => ({ name: s.name, start: s.start, end: s.start + s.text.length })), unit.context);
}

/** The syntax of an answer: tokens, lines, markers, literal numbers, nothing copied from the example. */
function syntaxReasons(unit: Unit, answer: string): string[] {
  const reasons: string[] = [];
  const slots = new Map(unit.slots.map((s) => [s.name, s]));
  const found = [...answer.matchAll(TOKEN)].map((m) => m[0]);
  const unknown = [...new Set(found.filter((n) => !slots.has(n)))];
  if (unknown.length > 0) reasons.push(`出现了草稿中没有的占位符 ${listed(unknown)}`);
  const count = new Map<string, number>();
  for (const n of found) count.set(n, (count.get(n) ?? 0) + 1);
  const missing = unit.slots.filter((s) => !count.has(s.name)).map((s) => `“${s.name}”（${s.label}）`);
  if (missing.length > 0) reasons.push(`缺少占位符 ${listed(missing)}，每个占位符必须恰好出现一次`);
  const repeated = [...count].filter(([n, c]) => c > 1 && slots.has(n)).map(([n, c]) => `“${n}”（${c} 次）`);
  if (repeated.length > 0) reasons.push(`占位符重复出现：${listed(repeated)}，每个占位符必须恰好出现一次`);
  const rest = answer.replace(TOKEN, '');
  if (rest.includes('占位符')) reasons.push('回答中夹带了关于“占位符”的说明，只输出报告正文');
  if (/[{｛}｝]/u.test(rest)) reasons.push('有占位符被拆开或改写（出现了不完整的“{…}”），占位符必须原样保留，如 {M1}');

  const fixed = answer.split('\n').filter(isFixedLine);
  if (fixed.length > 0) reasons.push(`回答中多出了标题、表格或提示行“${fixed[0] ?? ''}”，只输出这一段正文`);

  const markerText = (t: string) => findMarkers(t).map((m) => m.text).sort();
  const want = markerText(unit.template);
  const got = markerText(answer);
  const lost = missingFrom(want, got);
  const added = missingFrom(got, want);
  if (lost.length > 0) reasons.push(`“〔待补〕/〔待核〕”标记被删去或改动：${lost.slice(0, 3).map((m) => `“${m}”`).join('、')}，必须逐字保留`);
  else if (added.length > 0) reasons.push(`增加了草稿中没有的标记：${added.slice(0, 3).map((m) => `“${m}”`).join('、')}`);

  // Years, dates, document numbers: as written; any other digit is a number of the model's own.
  const draftLiterals = literalsOf(withoutMarkers(unit.template));
  const answerLiterals = literalsOf(withoutMarkers(answer));
  const changed = missingFrom(draftLiterals, answerLiterals);
  const written = missingFrom(answerLiterals, draftLiterals);
  if (changed.length > 0) reasons.push(`草稿中的年份、日期、文件编号或名称中的数字 ${listed(changed.map((d) => `“${d}”`))} 被删去或改动，必须照原样保留`);
  if (written.length > 0) reasons.push(`写入了数字 ${listed(written.map((d) => `“${d}”`))}：数字只能用占位符表示，不得自行书写`);
  // × of the draft itself (执行率×分值 in a 〔待核〕 note) is not copied from the example.
  const crosses = (t: string) => (withoutMarkers(t).replace(TOKEN, '').match(/×/gu) ?? []).length;
  if (crosses(answer) > crosses(unit.template)) reasons.push(`写出了上年范文中隐去数字的“${BLANK}”，不得照抄范文`);

  // Nothing dropped wholesale, nothing padded.
  const plain = (t: string) => t.replace(TOKEN, '某').replace(/\s/gu, '').length;
  const a = plain(answer);
  const t = plain(unit.template);
  if (a < t * 0.5 - 10) reasons.push('改写后篇幅不足草稿的一半，可能删去了草稿中的内容');
  if (a > t * 2.5 + 20) reasons.push('改写后篇幅超过草稿的两倍半，可能添加了草稿中没有的内容');
  return reasons;
}

/**
 * An answer for a unit: the paragraph to use, or why not. `draft` is readDraft(unit); `baseline`
 * the errors the draft paragraph itself has (the data's own contradictions, which it may keep).
 */
export function verifyAnswer(unit: Unit, raw: string, ctx: VerifyContext, baseline: readonly Finding[], draft: Reading): Verdict {
  const answer = cleanAnswer(raw, new Set(unit.slots.map((s) => s.name)));
  if (answer === '') return { ok: false, reasons: ['回答为空'] };
  const syntax = syntaxReasons(unit, answer);
  if (syntax.length > 0) return { ok: false, reasons: syntax };

  const restored = restore(answer, unit);
  const reading = readMeaning(restored.text, restored.spans, unit.context);
  const meaning = compareMeaning(draft, reading, new Map(unit.slots.map((s) => [s.name, s.label])));
  if (meaning.length > 0) return { ok: false, reasons: meaning.slice(0, MAX_LISTED) };

  // The paragraph against the data: no error the draft did not have. A checker that throws here
  // is a bug, not a bad answer: it is thrown on, not asked again.
  const added = newErrors(baseline, errorFindings(restored.text, ctx));
  if (added.length > 0) {
    return { ok: false, reasons: added.slice(0, MAX_LISTED).map((f) => `核对发现与数据不符或前后矛盾：${f.message}（所在句：${f.sentence}）`) };
  }
  return { ok: true, text: restored.text, figures: restored.figures };
}
