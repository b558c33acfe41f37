/**
 * Cutting the draft into the requests sent to the model, and putting answers back.
 *
 * A unit is one paragraph of a narrative part: the model rewrites it alone, and it is accepted or
 * kept as drafted alone. Headings, table rows and notes are never sent. In a paragraph every
 * figure (with its unit and approximation words: "1864.05万元", "超过400亿元") becomes a short
 * token that says its kind ({M1} money, {P2} percent, {N3} a count…); the model is told what each
 * one is, from its fact. Years, dates, document numbers and names with digits (2024年, 株财函〔2024〕24号,
 * SA750U) are not figures: they stay in the text as written and must come back as written.
 */
import type { Fact } from '../../schemas/fact.js';
import type { FigureRef, RenderedDoc } from '../../schemas/rendered.js';
import { extractMentions, type Mention } from '../mentions/index.js';
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

/** One figure of a paragraph, hidden behind a token. */
export interface Slot {
  /** The token: {M1}, {P2}, {N3}… */
  readonly name: string;
  /** The text the token stands for, restored verbatim. */
  readonly text: string;
  /** Where the text is in the paragraph. */
  readonly start: number;
  /** Set for a figure of the sidecar: the restored text is recorded as this fact. */
  readonly factId?: string;
  /** What the model is told the figure is (no value). */
  readonly label: string;
}

export interface Unit {
  readonly index: number;
  readonly part: Part;
  /** Headings above the paragraph, outermost first ("四、预算支出绩效情况", "（三）…"). */
  readonly headings: readonly string[];
  /** Which paragraph of its heading's own text (1-based), and how many that heading has. */
  readonly paragraph: number;
  readonly paragraphs: number;
  /** Span of the paragraph in the draft's Markdown (no trailing newline). */
  readonly start: number;
  readonly end: number;
  readonly body: string;
  /** Figures of the paragraph, offsets relative to `start`. */
  readonly figures: readonly FigureRef[];
  /** `body` with tokens. */
  readonly template: string;
  readonly slots: readonly Slot[];
  /** Text read before the paragraph when its figures are read (the report's title: its year). */
  readonly context: string;
}

/** Headings, table rows and comments, block quotes (the 〔待核〕 notes). */
export const FIXED_LINE = /^(?:#{1,6}\s|\||<!--|>)/u;

export function isFixedLine(line: string): boolean {
  return FIXED_LINE.test(line);
}

/** A token: a capital letter for the kind of figure and its number in the paragraph. */
export const TOKEN = /\{[A-Z]\d{1,3}\}/gu;

/** M money, P percent or points, N a count or rank, Q another quantity, S a score, T a word, X a bare number. */
const KIND_LETTER: Readonly<Record<string, string>> = {
  money: 'M', percent: 'P', points: 'P', count: 'N', rank: 'N', quantity: 'Q', score: 'S', text: 'T', plain: 'X',
};

export function tokenName(kind: string, n: number): string {
  return `{${KIND_LETTER[kind] ?? 'X'}${n}}`;
}

const KIND_NAMES: Readonly<Record<string, string>> = {
  money: '金额', percent: '百分比', points: '百分点', count: '数量', rank: '名次', quantity: '数量', score: '分值', text: '文字', plain: '数字',
};

const ROLE_NAMES: Readonly<Record<string, string>> = {
  budget: '预算数', actual: '实际数', target: '目标值', adjustment: '调整数', balance: '结余结转', rate: '比率', score: '得分',
  weight: '分值', change: '增减变动', 'prior-year': '上年数',
};

/** Labels carry no digits (a year in a label would invite the model to write it). */
function noDigits(text: string): string {
  return text
    .replace(/(?:(?:19|20)\d\d\s*[-—~～至]\s*)?(?:19|20)\d\d\s*年度?/gu, '')
    .replace(/[0-9０-９][0-9０-９.,]*/gu, '某')
    .replace(/^[，、：\s]+/u, '');
}

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

/**
 * What a figure is, for the model: its fact's name and role; for a figure the data quotes from
 * text (or a number the template wrote itself), the words the text gives it and the role its
 * sentence reads.
 */
function slotLabel(fact: Fact | undefined, mention: Mention | undefined): string {
  const kind = KIND_NAMES[fact?.kind ?? mention?.kind ?? 'plain'] ?? '数字';
  const direction = mention?.change === 'increase' ? '，增加' : mention?.change === 'decrease' ? '，减少' : '';
  if (fact !== undefined && fact.role !== 'quoted' && fact.role !== 'carried') {
    const subject = fact.subject !== undefined && !fact.label.includes(fact.subject) ? `${fact.subject}·` : '';
    return noDigits(`${clip(`${subject}${fact.label}`, 30)}（${ROLE_NAMES[fact.role] ?? fact.role}${direction}，${kind}）`);
  }
  const name = fact?.label ?? mention?.subject.text ?? '';
  const role = mention?.frame.role?.value;
  const roleName = role !== undefined ? `${ROLE_NAMES[role] ?? role}${direction}，` : direction !== '' ? `${direction.slice(1)}，` : '';
  const what = noDigits(clip(name, 30));
  return `${what === '' ? '原文数字' : what}（${roleName}${kind}）`;
}

function overlaps(ranges: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return ranges.some((r) => start < r.end && end > r.start);
}

/** The paragraph with tokens, and what each stands for. */
export function buildTemplate(
  body: string,
  figures: readonly FigureRef[],
  facts: ReadonlyMap<string, Fact>,
  context: string,
): { template: string; slots: Slot[] } {
  const markers = findMarkers(body);
  const mentions = extractMentions(context + body)
    .filter((m) => m.start >= context.length)
    .map((m) => ({ ...m, start: m.start - context.length, end: m.end - context.length }));
  const mentionAt = (start: number, end: number) => mentions.find((m) => m.start < end && m.end > start);
  const spans: { start: number; end: number; text: string; factId?: string; kind: string; label: string }[] = figures.map((f) => {
    const fact = facts.get(f.factId);
    const m = mentionAt(f.offset, f.offset + f.length);
    return { start: f.offset, end: f.offset + f.length, text: f.text, factId: f.factId, kind: fact?.kind ?? m?.kind ?? 'plain', label: slotLabel(fact, m) };
  });
  // Numbers the extractor reads as figures that are not figures of the sidecar (a custom
  // template's own text, a section carried from last year): tokens too, restored verbatim.
  for (const m of mentions) {
    if (overlaps(spans, m.start, m.end) || overlaps(markers, m.start, m.end)) continue;
    spans.push({ start: m.start, end: m.end, text: m.text, kind: m.kind, label: slotLabel(undefined, m) });
  }
  spans.sort((a, b) => a.start - b.start);
  const slots: Slot[] = [];
  let template = '';
  let last = 0;
  spans.forEach((s, i) => {
    const name = tokenName(s.kind, i + 1);
    slots.push({ name, text: s.text, start: s.start, label: s.label, ...(s.factId !== undefined ? { factId: s.factId } : {}) });
    template += body.slice(last, s.start) + name;
    last = s.end;
  });
  template += body.slice(last);
  return { template, slots };
}

/** Digits outside tokens (years, dates, document numbers, names such as SA750U) and 第十三-style ordinals: kept as written. */
export function literalsOf(text: string): string[] {
  const out: string[] = [];
  const plain = text.replace(TOKEN, ' ');
  for (const m of plain.matchAll(/[A-Za-z0-9０-９][A-Za-z0-9０-９+.\-/]*/gu)) {
    const t = m[0].replace(/[+.\-/]+$/u, '');
    if (/[0-9０-９]/u.test(t)) out.push(t);
  }
  for (const m of plain.matchAll(/第[零〇一二三四五六七八九十百千两]+/gu)) out.push(m[0]);
  return out.sort();
}

/** Enough prose to be worth a request (无。 is not). */
function worthRewriting(text: string): boolean {
  let rest = text;
  for (const m of findMarkers(text).reverse()) rest = rest.slice(0, m.start) + rest.slice(m.end);
  return (rest.match(/[\u4e00-\u9fff]/gu) ?? []).length >= 8;
}

interface Paragraph {
  start: number;
  end: number;
  headings: string[];
}

/** Paragraphs of prose (lines between blank or fixed lines) with the headings above them. */
function paragraphsOf(md: string): Paragraph[] {
  const out: Paragraph[] = [];
  const stack: { level: number; text: string }[] = [];
  let current: Paragraph | undefined;
  let pos = 0;
  for (const line of md.split('\n')) {
    const end = pos + line.length;
    const heading = /^(#{1,6})\s+(.*)$/u.exec(line);
    if (heading) {
      const level = heading[1]?.length ?? 1;
      while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= level) stack.pop();
      if (level > 1) stack.push({ level, text: (heading[2] ?? '').trim() });
    }
    if (line.trim() === '' || isFixedLine(line)) current = undefined;
    else if (current !== undefined) current.end = end;
    else {
      current = { start: pos, end, headings: stack.map((h) => h.text) };
      out.push(current);
    }
    pos = end + 1;
  }
  return out;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The paragraphs the model rewrites, in document order. */
export function splitUnits(doc: RenderedDoc, facts: readonly Fact[]): Unit[] {
  const md = doc.markdown;
  const tree = readCorpus(md, { format: 'md' });
  const tops = tree.sections.map((s) => ({ part: s.part, start: lineStart(md, s.position.offset) }));
  const partAt = (offset: number): Part | undefined => {
    let part: Part | undefined;
    for (const t of tops) if (t.start <= offset) part = t.part;
    return tops.length > 0 && (tops[0]?.start ?? 0) <= offset ? part : undefined;
  };
  const title = md.split('\n').find((l) => l.trim() !== '') ?? '';
  const context = `${title}\n\n`;
  const byId = new Map(facts.map((f) => [f.id, f]));
  const paragraphs = paragraphsOf(md);
  const units: Unit[] = [];
  paragraphs.forEach((p) => {
    const part = partAt(p.start);
    if (part === undefined || !NARRATIVE_PARTS.includes(part)) return;
    const body = md.slice(p.start, p.end);
    if (!worthRewriting(body)) return;
    const siblings = paragraphs.filter((q) => q.headings.join('\n') === p.headings.join('\n') && partAt(q.start) === part);
    const figures = doc.figures
      .filter((f) => f.offset >= p.start && f.offset < p.end)
      .map((f) => ({ ...f, offset: f.offset - p.start }));
    const { template, slots } = buildTemplate(body, figures, byId, context);
    units.push({
      index: units.length,
      part,
      headings: p.headings,
      paragraph: siblings.indexOf(p) + 1,
      paragraphs: siblings.length,
      start: p.start,
      end: p.end,
      body,
      figures,
      template,
      slots,
      context,
    });
  });
  return units;
}

/** How a unit is named to the user: its heading, and which paragraph under it. */
export function unitTitle(unit: Unit): string {
  const heading = unit.headings[unit.headings.length - 1] ?? PART_NAMES[unit.part];
  return unit.paragraphs > 1 ? `${heading} 第 ${unit.paragraph} 段` : heading;
}

/** Tokens → their texts; the figures of the result and every slot's span, with offsets into it. */
export function restore(answer: string, unit: Unit): { text: string; figures: FigureRef[]; spans: { name: string; start: number; end: number }[] } {
  const bySlot = new Map(unit.slots.map((s) => [s.name, s]));
  const figures: FigureRef[] = [];
  const spans: { name: string; start: number; end: number }[] = [];
  let text = '';
  let last = 0;
  for (const m of answer.matchAll(TOKEN)) {
    const slot = bySlot.get(m[0]);
    if (slot === undefined) continue;
    text += answer.slice(last, m.index);
    if (slot.factId !== undefined) figures.push({ offset: text.length, length: slot.text.length, text: slot.text, factId: slot.factId });
    spans.push({ name: slot.name, start: text.length, end: text.length + slot.text.length });
    text += slot.text;
    last = m.index + m[0].length;
  }
  text += answer.slice(last);
  return { text, figures, spans };
}

/** A reason written for the model (tokens, quoted where they stand alone) made readable for the user (the figures as written). */
export function forUser(reason: string, unit: Unit): string {
  const bySlot = new Map(unit.slots.map((s) => [s.name, s]));
  return reason.replace(TOKEN, (t) => {
    const s = bySlot.get(t);
    return s === undefined ? t : s.text;
  });
}
