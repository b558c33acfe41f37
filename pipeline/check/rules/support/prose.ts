/** Shared predicates on prose figures. */
import type { Section } from '../../../corpus/index.js';
import type { Mention } from '../../../mentions/index.js';
import { charTable } from '../../../text/chars.js';
import { perDoc, type Doc, type Sentence } from './doc.js';
import { fig, type Fig } from './figure.js';

function inTableSection(section: Section | undefined): boolean {
  return section?.topic === 'score-table' || section?.topic === 'base-table';
}

/**
 * A figure of the narrative: in a paragraph, not in a table (nor a table flattened into text,
 * whose columns can no longer be told apart), not under a score-table caption.
 */
export function isProse(doc: Doc, m: Mention): boolean {
  if (m.inTable) return false;
  const r = doc.regionOf(m);
  return r !== undefined && r.kind === 'paragraph' && !inTableSection(r.section);
}

/** Sentences of the narrative: picked once per document, asked for by most rules. */
export const proseSentences: (doc: Doc) => readonly Sentence[] = perDoc((doc) => doc.sentences.filter((s) => !inTableSection(s.region.section)));

/** An amount that may be a part or a total: money, count or quantity, not a change. */
export function amountFig(doc: Doc, m: Mention): Fig | undefined {
  if (m.change !== undefined || !isProse(doc, m)) return undefined;
  const f = fig(doc, m);
  if (!f || f.family === '%' || f.family === 'points') return undefined;
  return f;
}

const CLAUSE_STOP = charTable('，,；;：:');

/** The last clause of a lead (after its last ，；：): the words right before a figure. */
export function lastClause(lead: string): string {
  // afterLast with a table of the stops: the rules ask this of nearly every figure's lead.
  for (let i = lead.length - 1; i >= 0; i--) if (CLAUSE_STOP[lead.charCodeAt(i)] === 1) return lead.slice(i + 1);
  return lead;
}

export function proseFigs(doc: Doc, list: readonly Mention[]): Fig[] {
  // A loop, not flatMap: the rules ask this of every sentence, and an array per mention adds up.
  const out: Fig[] = [];
  for (const m of list) {
    if (!isProse(doc, m)) continue;
    const f = fig(doc, m);
    if (f) out.push(f);
  }
  return out;
}

const figsBySentence = perDoc(() => new Map<Sentence, readonly Fig[]>());

/** The figures of a sentence's narrative (proseFigs of its mentions), read once: the rate rules ask it of every sentence. */
export function sentenceFigs(doc: Doc, s: Sentence): readonly Fig[] {
  const known = figsBySentence(doc);
  let figs = known.get(s);
  if (figs === undefined) {
    figs = proseFigs(doc, s.mentions);
    known.set(s, figs);
  }
  return figs;
}

export function subjectOf(doc: Doc, f: Fig): string {
  return `${lastClause(doc.lead(f.m))}${f.m.subject.text}`.replace(/\s+/gu, '');
}

/** The single figure matching `want` (and not `avoid`), or undefined when none or several. */
export function only(doc: Doc, figs: readonly Fig[], want: RegExp, avoid?: RegExp): Fig | undefined {
  const found = figs.filter((f) => {
    const s = subjectOf(doc, f);
    return want.test(s) && !(avoid?.test(s) ?? false) && f.m.change === undefined;
  });
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The one whole-year budget stated in prose before `s` in its section: 调整后全年预算数为… in one
 * paragraph, 全年实际支出…，预算执行率…，年末结转结余… the next; else the one stated before it in the report.
 */
export function earlierBudget(doc: Doc, s: Sentence): Fig | undefined {
  const budget = (sentences: readonly Sentence[]) =>
    only(doc, proseFigs(doc, sentences.flatMap((x) => x.mentions)).filter((f) => f.family === 'money'), /全年预算|调整后(?:的)?(?:全年)?预算/u, /年初|执行率|预算中/u);
  const before = doc.sentences.filter((x) => x.end <= s.start);
  // None in its section: the one stated before it in the report (资金投入情况, then 预算执行情况), not a list
  // item's; a list item's own line (- 市级资金X，支出Y，结余Z) is that item's, not the year's.
  const own = budget(before.filter((x) => x.region.section === s.region.section));
  if (own || opensItem(doc.textOf(s.region))) return own;
  return budget(before.filter((x) => !opensItem(doc.textOf(x.region))));
}

/**
 * The whole year's spending stated in prose before `s` anywhere in the report (项目资金全年执行884.75万元,
 * 全年实际支出…), not in a list item: every such statement the same amount, or none is taken.
 */
export function earlierSpending(doc: Doc, s: Sentence): Fig | undefined {
  // A list item's spending (远程会诊中心建设：…实际支出X) is that item's.
  const before = doc.sentences.filter((x) => x.end <= s.start && !opensItem(doc.textOf(x.region))).flatMap((x) => x.mentions);
  const found = proseFigs(doc, before).filter((f) => {
    const said = subjectOf(doc, f);
    return f.family === 'money' && f.exact && f.m.change === undefined && f.m.frame.role?.value !== 'budget' && /全年执行|实际支出|全年支出|累计支出|执行数|共支出/u.test(said) && !/项目支出|基本支出|人员经费|公用经费|三公|采购|其中|人均|户均|生均|上年/u.test(said);
  });
  return new Set(found.map((f) => f.value.toString())).size === 1 ? found[0] : undefined;
}

/** Whether a position stands inside brackets opened after `from` (a sentence's start): （公务接待7.15万元、…）. */
export function bracketed(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    const c = text.charAt(i);
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * Whether a bracket closes between `from` and `to` that opened before `from`: a figure ending at
 * `from` was said inside it, as a breakdown of the figure before the bracket (基本支出A（人员经费a，
 * 公用经费b），占X%: b is A's part, and the share is A's).
 */
export function closesBetween(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text.charAt(i);
    if (c === '（' || c === '(') depth++;
    else if (c === '）' || c === ')') {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/** A list item's marker at a paragraph's start: 1. （1） 一是 ① —— - •. */
export const ITEM_HEAD = /^\s*(?:\d{1,2}\s*[.．、]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}是|[①-⑳]|——|—|[-•●·▪])\s*/u;
/** A paragraph that opens with a name and a colon (远程会诊中心建设：…), not a role, a period or a remark (其中：, 截至年底：, 经核查：, 注：). */
export const NAMED_HEAD = /^\s*(?![^：:]*(?:其中|截至|截止|如下|包括|主要|具体|情况|方面|措施|问题|原因|目标|结论|小结|总结|综上|核查|说明|备注))(?!经[核审查过自]|注[：:]|自评[：:])([\u4e00-\u9fff“”（）()A-Za-z]{2,24})[：:]/u;

/**
 * NAMED_HEAD on a paragraph. Its name is 2 to 24 characters before the colon, so the colon stands
 * within 25 characters of the first non-space one: most paragraphs are ruled out by that alone,
 * before the look-ahead scans them for 其中, 情况… up to their first colon.
 */
export function namedHead(paragraph: string): RegExpExecArray | null {
  const start = paragraph.length - paragraph.trimStart().length;
  const head = paragraph.slice(start, start + 25);
  if (!head.includes('：') && !head.includes(':')) return null;
  return NAMED_HEAD.exec(paragraph);
}

/** Whether the report is a 部门整体 one (its title says so): there a 项目's budget line is the projects', not the unit's. */
export function departmentReport(doc: Doc): boolean {
  // By its title when it has one: a preamble may quote the law's 各部门 in a fund's report.
  const title = doc.ctx.tree.title;
  return /部门|单位整体/u.test(title !== undefined && title.trim() !== '' ? title : doc.ctx.text.slice(0, 120));
}

/** Whether a paragraph is a list item: a marker, or a name and a colon. */
export function opensItem(paragraph: string): boolean {
  return namedHead(paragraph) !== null || ITEM_HEAD.test(paragraph);
}

/** A gap (节约 X, 少支出 X) between two figures. */
export const GAP_LEAD = /(?:少|多|节约|节省|超支)(?:支出|使用|了)?$/u;

/** A base of a comparison (比预算数 X) or a gap (节约 X, 少支出 X): never this year's own figure, nor a part of it. */
export function baseOrGap(doc: Doc, f: Fig): boolean {
  const lead = lastClause(doc.lead(f.m)).replace(/\s+/gu, '');
  return /(?:比|较|与)[^，,。；;]{0,10}$/u.test(lead) || GAP_LEAD.test(lead);
}

/** "从支出结构看，…": what follows breaks the amount down whole, not by examples. */
export const BREAKDOWN_INTRO = /^\s*(?:从|按)(?:支出|资金|经费|项目)?(?:内容|结构|构成|用途|类别|方向|投向)(?:看|来看|分|划分)[，,：:]/u;

/** The last item of a list that names the rest (…等其他费用, 其余…): the list is all of its total. Not 其他收入, a kind. */
export const ENDS_ON_REST = /等其他|^其余/u;
