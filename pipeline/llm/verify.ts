/**
 * The figure lock: an answer is accepted only when every placeholder is kept exactly once and
 * in order, with the same unit and qualifier words around it, no number was written, headings,
 * table rows and 〔待补〕/〔待核〕 markers are intact, and the checker finds no new error in the
 * restored text. Each failure is stated in Chinese, to be sent back to the model.
 */
import type { Fact } from '../../schemas/fact.js';
import type { FigureRef } from '../../schemas/rendered.js';
import type { ScoreProfile } from '../../schemas/profile.js';
import type { Finding } from '../../schemas/finding.js';
import { checkReport } from '../check/index.js';
import { extractMentions } from '../mentions/index.js';
import { APPROX_AFTER, APPROX_BEFORE, APPROX_INFIX, ARABIC_SCALES, changeWords, UNIT_FORMS } from '../mentions/units.js';
import { DRAFT_CLOSE, DRAFT_OPEN, BLANK } from './prompt.js';
import { findMarkers, isFixedLine, PLACEHOLDER, restore, type Unit } from './segment.js';

export interface VerifyContext {
  readonly facts: readonly Fact[];
  readonly profile: ScoreProfile;
}

export type Verdict = { ok: true; text: string; figures: FigureRef[] } | { ok: false; reasons: string[] };

/** Words that, right after a figure, state its unit or qualify it. Longest first. */
const AFTER_WORDS = [
  ...UNIT_FORMS, ...Object.keys(ARABIC_SCALES), '百', ...APPROX_AFTER.map((w) => w.word), ...APPROX_INFIX, '上下', '之多', '日',
].filter((w, i, all) => all.indexOf(w) === i).sort((a, b) => b.length - a.length);

/** Approximation words before a figure (the Chinese ones; comparators are not written in prose). */
const BEFORE_WORDS = [...APPROX_BEFORE.map((w) => w.word).filter((w) => /^[\u4e00-\u9fff]+$/u.test(w)), '仅'].sort((a, b) => b.length - a.length);

const UP_WORDS = changeWords('increase');
const DOWN_WORDS = changeWords('decrease');

function wordAfter(text: string, pos: number): string | undefined {
  const rest = text.slice(pos);
  return AFTER_WORDS.find((w) => rest.startsWith(w));
}

function wordBefore(text: string, pos: number): string | undefined {
  const head = text.slice(Math.max(0, pos - 4), pos);
  return BEFORE_WORDS.find((w) => head.endsWith(w));
}

/** Change words in the clause right before a figure (back to the last punctuation, at most 12 characters). */
function directionsBefore(text: string, pos: number): Map<'up' | 'down', string> {
  let clause = text.slice(Math.max(0, pos - 12), pos);
  const fig = clause.lastIndexOf('FIG');
  const cut = Math.max(...[...'，。；：、！？\n（）()“”'].map((c) => clause.lastIndexOf(c)), fig >= 0 ? fig + 5 : -1);
  if (cut >= 0) clause = clause.slice(cut + 1);
  const out = new Map<'up' | 'down', string>();
  const up = UP_WORDS.find((w) => clause.includes(w));
  const down = DOWN_WORDS.find((w) => clause.includes(w));
  if (up) out.set('up', up);
  if (down) out.set('down', down);
  return out;
}

/** Removes what models wrap answers in: code fences, the draft tags, blank edges. */
export function cleanAnswer(raw: string): string {
  let text = raw.replace(/\r\n?/gu, '\n').trim();
  const fenced = /^```[a-zA-Z]*\n([\s\S]*?)\n```$/u.exec(text);
  if (fenced?.[1] !== undefined) text = fenced[1];
  text = text.split(DRAFT_OPEN).join('').split(DRAFT_CLOSE).join('');
  return text.trim();
}

/** Blank lines around headings and other fixed lines, at most one blank line in a row. */
export function normalizeLayout(text: string): string {
  const out: string[] = [];
  const lines = text.split('\n').map((l) => l.trimEnd());
  lines.forEach((line, i) => {
    const fixed = isFixedLine(line);
    const table = line.startsWith('|');
    const prev = out[out.length - 1];
    if (fixed && prev !== undefined && prev !== '' && !(table && prev.startsWith('|')) && !(table && prev.startsWith('<!--'))) out.push('');
    if (line === '' && (prev === undefined || prev === '')) return;
    out.push(line);
    const next = lines[i + 1];
    if (fixed && !table && !line.startsWith('<!--') && next !== undefined && next !== '') out.push('');
    if (table && next !== undefined && next !== '' && !next.startsWith('|')) out.push('');
  });
  while (out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

function errorKey(f: Finding): string {
  return `${f.code}|${f.stated}|${f.expected ?? ''}`;
}

/** Error findings of a text, as a multiset of keys. */
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

export function verifyAnswer(unit: Unit, raw: string, ctx: VerifyContext, baseline: readonly Finding[]): Verdict {
  const answer = normalizeLayout(cleanAnswer(raw));
  if (answer === '') return { ok: false, reasons: ['回答为空'] };
  const reasons: string[] = [];
  const slots = new Map(unit.slots.map((s) => [s.name, s]));

  // 1. Placeholders: known, each exactly once, in the draft's order.
  const found = [...answer.matchAll(PLACEHOLDER)];
  const unknown = [...new Set(found.map((m) => m[0]).filter((n) => !slots.has(n)))];
  if (unknown.length > 0) reasons.push(`出现了草稿中没有的占位符 ${listed(unknown)}`);
  const count = new Map<string, number>();
  for (const m of found) count.set(m[0], (count.get(m[0]) ?? 0) + 1);
  const missing = unit.slots.filter((s) => !count.has(s.name)).map((s) => `${s.name}（${s.label}）`);
  if (missing.length > 0) reasons.push(`缺少占位符 ${listed(missing)}，每个占位符必须恰好出现一次`);
  const repeated = [...count].filter(([n, c]) => c > 1 && slots.has(n)).map(([n, c]) => `${n}（${c} 次）`);
  if (repeated.length > 0) reasons.push(`占位符重复出现：${listed(repeated)}，每个占位符必须恰好出现一次`);
  const withoutKnown = answer.replace(PLACEHOLDER, '');
  if (withoutKnown.includes('占位符')) reasons.push('回答中夹带了关于“占位符”的说明，只输出报告正文');
  if (/FIG|fig[a-z]{3}/iu.test(withoutKnown)) reasons.push('有占位符被拆开或改写（出现了不完整的“FIG…”），占位符必须原样保留');
  if (missing.length === 0 && repeated.length === 0 && unknown.length === 0) {
    const order = found.map((m) => m[0]);
    const k = order.findIndex((n, i) => n !== unit.slots[i]?.name);
    if (k >= 0) reasons.push(`占位符的先后顺序被改变：${unit.slots[k]?.name ?? ''} 应在 ${order[k] ?? ''} 之前，请按草稿顺序使用`);
  }

  // 2. Fixed lines (headings, table rows, notes): verbatim and in order; the answer starts as the draft does.
  const lines = answer.split('\n');
  const fixed = lines.filter(isFixedLine).map((l) => l.trimEnd());
  const missingFixed = unit.fixedLines.filter((l) => !fixed.includes(l));
  const extraFixed = fixed.filter((l) => !unit.fixedLines.includes(l));
  if (missingFixed.length > 0) reasons.push(`以下标题或表格行被改动或删去，必须逐字保留：${missingFixed.slice(0, 3).map((l) => `“${l}”`).join('、')}`);
  if (extraFixed.length > 0) reasons.push(`增加或改写了标题行：${extraFixed.slice(0, 3).map((l) => `“${l}”`).join('、')}，标题必须与草稿一致`);
  if (missingFixed.length === 0 && extraFixed.length === 0 && fixed.join('\n') !== unit.fixedLines.join('\n')) {
    reasons.push('标题的顺序或次数与草稿不一致');
  }
  const firstTemplate = unit.template.split('\n')[0] ?? '';
  if (isFixedLine(firstTemplate) && (lines[0] ?? '').trimEnd() !== firstTemplate.trimEnd()) {
    reasons.push(`回答应从标题“${firstTemplate}”开始，不要在前面加任何说明`);
  }

  // 3. Markers inside paragraphs: same ones, same number of times.
  const markerText = (t: string) => findMarkers(t.split('\n').filter((l) => !isFixedLine(l)).join('\n')).map((m) => m.text).sort();
  const want = markerText(unit.template);
  const got = markerText(answer);
  if (want.join('\n') !== got.join('\n')) {
    const lost = want.filter((m) => !got.includes(m));
    const added = got.filter((m) => !want.includes(m));
    reasons.push(
      lost.length > 0
        ? `“〔待补〕/〔待核〕”标记被删去或改动：${lost.slice(0, 3).map((m) => `“${m}”`).join('、')}，必须逐字保留`
        : added.length > 0
          ? `增加了草稿中没有的标记：${added.slice(0, 3).map((m) => `“${m}”`).join('、')}`
          : '“〔待补〕/〔待核〕”标记的次数与草稿不一致',
    );
  }

  // 4. No number of the model's own: no digit, no Chinese numeral with a unit, nothing copied from the example.
  let prose = lines.filter((l) => !isFixedLine(l)).join('\n');
  for (const m of findMarkers(prose).reverse()) prose = prose.slice(0, m.start) + prose.slice(m.end);
  prose = prose.replace(PLACEHOLDER, '某');
  const digits = [...new Set(prose.match(/[0-9０-９][0-9０-９.,%％]*/gu) ?? [])];
  if (digits.length > 0) reasons.push(`写入了数字 ${listed(digits.map((d) => `“${d}”`))}：数字只能用占位符表示，不得自行书写`);
  const numerals = [...new Set(extractMentions(prose).filter((m) => !/[0-9０-９]/u.test(m.text)).map((m) => m.text))];
  if (numerals.length > 0) reasons.push(`写入了草稿中没有的数量 ${listed(numerals.map((d) => `“${d}”`))}：不得自行书写数字或汉字数量`);
  if (prose.includes(BLANK) || prose.includes('×')) reasons.push(`写出了上年范文中隐去数字的“${BLANK}”，不得照抄范文`);

  // 5. Around each placeholder: the same unit / qualifier after it, the same approximation and direction words before it.
  if (missing.length === 0 && repeated.length === 0) {
    const at = new Map<string, number>();
    for (const m of unit.template.matchAll(PLACEHOLDER)) at.set(m[0], m.index);
    const context: string[] = [];
    for (const m of found) {
      const name = m[0];
      const t = at.get(name);
      if (t === undefined) continue;
      const end = m.index + name.length;
      const aw = wordAfter(answer, end);
      const tw = wordAfter(unit.template, t + name.length);
      if (aw !== tw) {
        context.push(aw !== undefined ? `${name} 后面加了“${aw}”${tw !== undefined ? `（草稿为“${tw}”）` : ''}` : `${name} 后面的“${tw ?? ''}”被删去`);
        continue;
      }
      const ab = wordBefore(answer, m.index);
      const tb = wordBefore(unit.template, t);
      if (ab !== tb) {
        context.push(ab !== undefined ? `${name} 前面加了“${ab}”` : `${name} 前面的“${tb ?? ''}”被删去`);
        continue;
      }
      const ad = directionsBefore(answer, m.index);
      const td = directionsBefore(unit.template, t);
      for (const [dir, word] of ad) {
        if (!td.has(dir)) {
          const was = [...td.values()][0];
          context.push(`${name} 前面的“${word}”改变了数字的含义${was !== undefined ? `（草稿为“${was}”）` : ''}`);
        }
      }
    }
    if (context.length > 0) {
      reasons.push(`占位符已包含单位和修饰词，其前后的单位、修饰词和方向词不得增删改动：${context.slice(0, MAX_LISTED).join('；')}`);
    }
  }

  // 6. Nothing dropped wholesale, nothing padded.
  const plain = (t: string) => t.replace(PLACEHOLDER, '某').replace(/\s/gu, '').length;
  const ratio = plain(answer) / Math.max(1, plain(unit.template));
  if (ratio < 0.5) reasons.push('改写后篇幅不足草稿的一半，可能删去了草稿中的内容');
  if (ratio > 2.5) reasons.push('改写后篇幅超过草稿的两倍半，可能添加了草稿中没有的内容');

  if (reasons.length > 0) return { ok: false, reasons };

  // 7. Restore the figures and check the part against the data: no error the draft did not have.
  // A checker that throws here is a bug, not a bad answer: it is thrown on, not asked again.
  const restored = restore(answer, unit);
  const added = newErrors(baseline, errorFindings(restored.text, ctx));
  if (added.length > 0) {
    return { ok: false, reasons: added.slice(0, MAX_LISTED).map((f) => `核对发现与数据不符或前后矛盾：${f.message}（所在句：${f.sentence}）`) };
  }
  return { ok: true, text: restored.text, figures: restored.figures };
}
