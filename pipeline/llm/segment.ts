/**
 * Cutting the draft into the requests sent to the model, and putting answers back.
 *
 * A unit is a run of consecutive top-level sections of one narrative part. In its text every
 * figure (with its unit and approximation words: "1864.05万元", "超过400亿元") becomes a
 * letters-only placeholder (FIGQXA …); so do the other numbers outside headings and markers
 * (years, document numbers, names such as 4+4), restored verbatim. The model never sees a digit
 * it could change, and an answer is restored from the draft's own figure texts.
 */
import type { Fact } from '../../schemas/fact.js';
import type { FigureRef, RenderedDoc } from '../../schemas/rendered.js';
import { extractMentions } from '../mentions/index.js';
import { readCorpus, type Part } from '../corpus/index.js';
import { findMarkers } from '../text/markers.js';

export { findMarkers };

/** The parts the model writes; 结果应用, 其他, 附件 stay as drafted. */
export const NARRATIVE_PARTS: readonly Part[] = ['overview', 'usage', 'performance', 'problems', 'measures'];

export const PART_NAMES: Record<Part, string> = {
  overview: '概况',
  usage: '使用情况',
  performance: '绩效情况',
  problems: '问题',
  measures: '改进措施',
  application: '结果应用和公开',
  other: '其他',
  attachments: '附件',
};

/** One figure or other number of the draft, hidden behind a placeholder. */
export interface Slot {
  readonly name: string;
  /** The text the placeholder stands for, restored verbatim. */
  readonly text: string;
  /** Set for a figure of the sidecar: the restored text is recorded as this fact. */
  readonly factId?: string;
  /** What the model is told the placeholder is (no value). */
  readonly label: string;
}

export interface Unit {
  readonly index: number;
  readonly part: Part;
  /** Headings of its top-level sections ("二、预算资金使用及管理情况"). */
  readonly titles: readonly string[];
  /** Span in the draft's Markdown. */
  readonly start: number;
  readonly end: number;
  /** The draft text of the span without its trailing blank lines, and those blank lines. */
  readonly body: string;
  readonly tail: string;
  /** Figures of the span, offsets relative to `start`. */
  readonly figures: readonly FigureRef[];
  /** `body` with placeholders. */
  readonly template: string;
  readonly slots: readonly Slot[];
  /** Lines to keep verbatim (headings, table rows, marker notes), with placeholders, in order. */
  readonly fixedLines: readonly string[];
}

/** Headings, table rows and comments, block quotes (the 〔待核〕 notes). */
export const FIXED_LINE = /^(?:#{1,6}\s|\||<!--|>)/u;

export function isFixedLine(line: string): boolean {
  return FIXED_LINE.test(line);
}

const PLACEHOLDER_BASE = 16 * 676 + 23 * 26; // "QXA"

/** FIGQXA, FIGQXB, … FIGQXZ, FIGQYA …: uppercase letters, all the same length (none a prefix of another). */
export function placeholderName(i: number): string {
  const n = (PLACEHOLDER_BASE + i) % 17576;
  const letter = (k: number) => String.fromCharCode(65 + k);
  return `FIG${letter(Math.floor(n / 676))}${letter(Math.floor(n / 26) % 26)}${letter(n % 26)}`;
}

export const PLACEHOLDER = /FIG[A-Z]{3}/gu;

const KIND_HINT: Record<string, string> = {
  money: '金额',
  percent: '比例',
  count: '数量',
  quantity: '数量',
  score: '分值',
  text: '文字',
};

/** Labels carry no digits either (a year in a label would invite the model to write it). */
function noDigits(text: string): string {
  return text.replace(/[0-9０-９][0-9０-９.,]*/gu, '某');
}

function figureLabel(fact: Fact | undefined, text: string): string {
  if (fact === undefined) return /\d/u.test(text) ? '数字（含单位）' : '词语';
  const subject = fact.subject !== undefined && fact.subject !== fact.label && !fact.label.includes(fact.subject) ? `，${fact.subject}` : '';
  return noDigits(`${fact.label}（${KIND_HINT[fact.kind] ?? '数字'}${subject}，已含单位）`);
}

function literalLabel(text: string, before: string, after: string): string {
  if (/^[年月日]/u.test(after)) return '年份或日期中的数字（照录）';
  if (/[〔[［【]$/u.test(before) || /^号/u.test(after)) return '文件编号中的数字（照录）';
  if (/^[0-9０-９]/u.test(text)) return '原文中的编号或名称中的数字（照录）';
  return '原文中的编号或名称（照录）';
}

interface Span {
  start: number;
  end: number;
  slot: Omit<Slot, 'name'>;
}

/** Where the fixed lines and the markers are: numbers inside them stay digits. */
function protectedRanges(body: string): [number, number][] {
  const ranges: [number, number][] = [];
  let pos = 0;
  for (const line of body.split('\n')) {
    if (isFixedLine(line)) ranges.push([pos, pos + line.length]);
    pos += line.length + 1;
  }
  for (const m of findMarkers(body)) ranges.push([m.start, m.end]);
  return ranges;
}

function overlaps(ranges: readonly (readonly [number, number])[], start: number, end: number): boolean {
  return ranges.some(([a, b]) => start < b && end > a);
}

/** The body with placeholders, and what each stands for. */
export function buildTemplate(body: string, figures: readonly FigureRef[], facts: ReadonlyMap<string, Fact>): { template: string; slots: Slot[] } {
  const spans: Span[] = figures.map((f) => ({
    start: f.offset,
    end: f.offset + f.length,
    slot: { text: f.text, factId: f.factId, label: figureLabel(facts.get(f.factId), f.text) },
  }));
  const taken = (): [number, number][] => spans.map((s) => [s.start, s.end]);
  const kept = protectedRanges(body);

  // Numbers that are not figures of the sidecar (a custom template's own text): verbatim.
  for (const m of extractMentions(body)) {
    if (overlaps(taken(), m.start, m.end) || overlaps(kept, m.start, m.end)) continue;
    spans.push({ start: m.start, end: m.end, slot: { text: m.text, label: '原文中的数字（照录）' } });
  }
  // Any other digits (years, document numbers, 4+4, SA750U): a run of ASCII letters and digits.
  const masked = [...body];
  for (const [a, b] of [...taken(), ...kept]) for (let i = a; i < b; i++) masked[i] = '\u0000';
  const maskedText = masked.join('');
  for (const m of maskedText.matchAll(/[A-Za-z0-9０-９][A-Za-z0-9０-９+.\-/:]*/gu)) {
    let text = m[0];
    if (!/[0-9０-９]/u.test(text)) continue;
    text = text.replace(/[+.\-/:]+$/u, '');
    const start = m.index;
    const end = start + text.length;
    spans.push({ start, end, slot: { text, label: literalLabel(text, body.slice(Math.max(0, start - 1), start), body.slice(end, end + 1)) } });
  }

  spans.sort((a, b) => a.start - b.start);
  const slots: Slot[] = [];
  let template = '';
  let last = 0;
  let next = 0;
  for (const s of spans) {
    let name = placeholderName(next++);
    while (body.includes(name)) name = placeholderName(next++);
    slots.push({ name, ...s.slot });
    template += body.slice(last, s.start) + name;
    last = s.end;
  }
  template += body.slice(last);
  return { template, slots };
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The narrative units of a draft, in document order. */
export function splitUnits(doc: RenderedDoc, facts: readonly Fact[]): Unit[] {
  const md = doc.markdown;
  const tree = readCorpus(md, { format: 'md' });
  const tops = tree.sections.map((s) => ({ part: s.part, title: `${s.marker}${s.title}`, start: lineStart(md, s.position.offset) }));
  const byId = new Map(facts.map((f) => [f.id, f]));
  const units: Unit[] = [];
  for (let i = 0; i < tops.length; ) {
    const first = tops[i];
    if (first === undefined) break;
    const part = first.part;
    if (part === undefined || !NARRATIVE_PARTS.includes(part)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tops.length && tops[j]?.part === part) j++;
    const start = first.start;
    const end = tops[j]?.start ?? md.length;
    const original = md.slice(start, end);
    const body = original.replace(/\s+$/u, '');
    const figures = doc.figures
      .filter((f) => f.offset >= start && f.offset < end)
      .map((f) => ({ ...f, offset: f.offset - start }));
    const { template, slots } = buildTemplate(body, figures, byId);
    const fixedLines = template.split('\n').filter(isFixedLine).map((l) => l.trimEnd());
    units.push({
      index: units.length,
      part,
      titles: tops.slice(i, j).map((t) => t.title),
      start,
      end,
      body,
      tail: original.slice(body.length),
      figures,
      template,
      slots,
      fixedLines,
    });
    i = j;
  }
  return units;
}

/** Placeholders → their texts; the figures of the result with offsets into it. */
export function restore(answer: string, unit: Unit): { text: string; figures: FigureRef[] } {
  const bySlot = new Map(unit.slots.map((s) => [s.name, s]));
  const figures: FigureRef[] = [];
  let text = '';
  let last = 0;
  for (const m of answer.matchAll(PLACEHOLDER)) {
    const slot = bySlot.get(m[0]);
    if (slot === undefined) continue;
    text += answer.slice(last, m.index);
    if (slot.factId !== undefined) figures.push({ offset: text.length, length: slot.text.length, text: slot.text, factId: slot.factId });
    text += slot.text;
    last = m.index + m[0].length;
  }
  text += answer.slice(last);
  return { text, figures };
}
