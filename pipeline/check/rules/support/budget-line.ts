/**
 * A budget line: one sentence that walks a fund through the year ("上年结转 a，年初预算 b，年中
 * 调增 c，实际支出 d，结余结转 e"). Each money figure takes its role from the last clause before
 * it; the closest cue decides ("根据年初预算…，最终确定预算支出 X" is the final budget).
 */
import type { Section } from '../../../corpus/index.js';
import type { Mention } from '../../../mentions/index.js';
import { perDoc, type Doc, type Sentence } from './doc.js';
import { fig, harmonize, type Fig } from './figure.js';
import { bracketed, isProse, lastClause, opensItem, proseSentences } from './prose.js';

export type Role = 'used' | 'income' | 'carryIn' | 'adjust' | 'balance' | 'full' | 'initial' | 'exec';

/** In priority order: the first role whose cue the clause holds wins. */
const ROLE_CUES: readonly [Role, RegExp][] = [
  ['used', /使用[^，。]{0,8}结[转余]/u],
  ['income', /收入/u],
  ['carryIn', /上年结转|结转上年|上年结余|以前年度结转/u],
  // "压减后全年预算110.00万元": the budget the adjustment came to, not the adjustment.
  ['full', /(?:调整|压减|调减|追加|调增|核减|削减)后(?:的)?(?:全年)?(?:财政拨款)?预算/u],
  ['adjust', /追加|调增|调减|压减|核减|削减|收回|调整增加|调整减少|增加预算|减少预算/u],
  ['balance', /结余结转|结转结余|结余|结转/u],
  ['full', /全年(?:财政拨款)?预算|调整后(?:的)?(?:全年)?(?:财政拨款)?预算|最终确定|预算调整为|全年可用/u],
  ['initial', /年初|预算/u],
  ['exec', /实际支出|执行数|执行金额|决算|支出|执行|使用/u],
];

/** Words that open the parts of the amount before: 其中, 含, 包括. */
const PART_LEAD = /其中|^[\s，,]*(?:含|包括|包含)/u;
/** The last bracket opened before a figure says it holds parts: （含…, （其中…, （包括…. */
const PART_BRACKET = /[（(]\s*(?:含|其中|包括|包含)[^（(）)]*$/u;
/** A clause of a role and no name: 全年支出, 年末结转结余, 实际支出为. */
const ROLE_ALONE = /^(?:全年|本年|当年|年末|年底|实际|累计)*(?:支出|执行|结余|结转|结转结余|结余结转|决算)(?:数|额|金额|资金)?(?:为|达|是)?$/u;
const PRIOR_YEAR = /上年|去年|上一年|上年度/u;
const MINUS = /调减|压减|核减|削减|收回|调整减少|减少预算/u;
/** How far into a list item its own amount may stand: the item's name before it, no more. */
const ITEM_LEAD = 24;
// An adjustment word before 后 (压减后全年预算) names the budget it came to: no adjustment of its own.
const ADJUST_CUE = new RegExp(`(?:${ROLE_CUES.find(([r]) => r === 'adjust')?.[1].source ?? '$^'})(?!后)`, 'gu');
/** Names of budget kinds, not budget figures: "一般公共预算财政拨款支出" is spending. */
const FUND_KIND = /一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算/gu;

export interface BudgetLine {
  readonly sentence: Sentence;
  readonly carryIn: Fig | undefined;
  readonly initial: Fig | undefined;
  readonly adjusts: readonly { fig: Fig; sign: 1 | -1 }[];
  readonly full: Fig | undefined;
  readonly exec: Fig | undefined;
  readonly balance: Fig | undefined;
  /** The execution figure comes after the last adjustment ("…压减 a，实际支出 b"). */
  readonly execAfterAdjust: boolean;
  /**
   * An amount of no role stands between the start and the full budget ("年初预算a，追加b，自筹c，全年预算d"):
   * the line may not name all that made the budget.
   */
  readonly unroled: boolean;
}

function roleOf(clause: string): Role | undefined {
  for (const [role, re] of ROLE_CUES) if (re.test(clause)) return role;
  return undefined;
}

/**
 * A bare number inside a money sentence takes 万元 when the unit follows it within a typo's reach
 * ("压减1735.95成万元").
 */
function moneyFig(doc: Doc, m: Mention): Fig | undefined {
  if (m.kind === 'money') return fig(doc, m);
  if (m.kind === 'plain' && m.unit === '') {
    const after = doc.ctx.text.slice(m.end, m.end + 4);
    const u = /^\s*.?\s*(万元|亿元|元)/u.exec(after)?.[1];
    if (u) return fig(doc, m, u);
  }
  return undefined;
}

/** The budget lines of a document, read once and shared by the rules that use them (balance, budget-adjust). */
export const budgetLines: (doc: Doc) => readonly BudgetLine[] = perDoc(readBudgetLines);

type Entry = { role: Role; fig: Fig; sign: 1 | -1 };

function readBudgetLines(doc: Doc): BudgetLine[] {
  const out: BudgetLine[] = [];
  for (const s of proseSentences(doc)) {
    for (const entries of sentenceEntries(doc, s, 2) ?? []) {
      const line = lineOf(s, entries);
      if (line) out.push(line);
    }
  }
  return out;
}

/**
 * The money figures of a sentence with their roles, one group per semicolon part; undefined when an
 * adjustment cue has no figure we could read. A sentence with fewer than `least` money figures has none.
 */
function sentenceEntries(doc: Doc, s: Sentence, least: number): Entry[][] | undefined {
  let money = 0;
  for (const m of s.mentions) if (isProse(doc, m) && (m.kind === 'money' || m.kind === 'plain')) money++;
  if (money < least) return undefined;
  // Both kinds of line read every sentence: its entries are read once (they are only read, never changed).
  const known = entriesRead(doc);
  if (known.has(s)) return known.get(s);
  const groups = readEntries(doc, s);
  known.set(s, groups);
  return groups;
}

const entriesRead = perDoc(() => new Map<Sentence, Entry[][] | undefined>());

function readEntries(doc: Doc, s: Sentence): Entry[][] | undefined {
  const text = doc.ctx.text;
  // A semicolon closes one item's line (…结余114.00万元；质量强市专项支出401.00万元): each part is a line.
  const groups: Entry[][] = [[]];
  const item = doc.sentencesIn(s.region)[0] === s && opensItem(doc.textOf(s.region));
  let prevEnd = s.start;
  let inPart = false;
  for (const m of s.mentions) {
    const lead = text.slice(prevEnd, m.start);
    prevEnd = m.end;
    if (/[；;]/u.test(lead)) inPart = false;
    // "…全年预算c；全年支出d，…；年末结转结余e": a part that opens with a role alone goes on the same line.
    if (/[；;]/u.test(lead) && (groups[groups.length - 1]?.length ?? 0) > 0 && !ROLE_ALONE.test(lastClause(lead).replace(/[\s*]/gu, ''))) groups.push([]);
    const entries = groups[groups.length - 1] ?? [];
    const f = isProse(doc, m) ? moneyFig(doc, m) : undefined;
    if (!f) continue;
    const clause = lastClause(lead).replace(FUND_KIND, '');
    // "- 地方政府专项债券1,000.00万元，支出936.78万元，结余63.22万元": a list item opening with its name and
    // amount states what it had; its spending and balance follow.
    const itemAmount = entries.length === 0 && groups.length === 1 && item && m.start - s.start <= ITEM_LEAD;
    // A part of the amount before it (其中a、b; 含…; in brackets) is no step of the line.
    // (a bracket of the line's own steps, 全年预算X（年初预算a，追加b）, is read as the line)
    if (PART_LEAD.test(clause) || (bracketed(text, s.start, m.start) && PART_BRACKET.test(text.slice(s.start, m.start))) || (inPart && /^\s*、/u.test(lead))) {
      inPart = true;
      continue;
    }
    inPart = false;
    const role = roleOf(clause) ?? (m.change !== undefined ? 'adjust' : itemAmount ? 'full' : undefined);
    if (role === undefined || role === 'used' || role === 'income') continue;
    // A change on last year (较上年结转结余减少X) is no step either: only an adjustment word makes one.
    if (m.change !== undefined && role !== 'adjust') continue;
    // "…全年预算调整为d，较上年全年预算e有所增加": last year's budget is no part of this year's line.
    if (role !== 'carryIn' && PRIOR_YEAR.test(clause)) continue;
    entries.push({ role, fig: f, sign: MINUS.test(clause) || m.change === 'decrease' ? -1 : 1 });
  }
  // An adjustment cue with no figure of its own (a figure we could not read): leave the sentence alone.
  // Words after the last figure say what became of it (结余资金已按规定收回统筹): no figure to read there.
  const lastEnd = s.mentions[s.mentions.length - 1]?.end ?? s.end;
  const cues = text.slice(s.start, lastEnd).match(ADJUST_CUE)?.length ?? 0;
  if (cues > groups.reduce((n, g) => n + g.filter((e) => e.role === 'adjust').length, 0)) return undefined;
  return groups;
}

/**
 * Budget lines told over several sentences of a section ("年初预算a。" "年中追加b。" "调减c。经上述调整，
 * 全年预算为d"): a sentence stating the 年初预算 (with or without its first adjustments), then sentences of
 * adjustments alone, then one that opens with the 全年预算 they came to. Each sentence is one part (no
 * semicolons) and states nothing but these roles; sentences with no amount may stand between, two at
 * most; a sentence naming a fund of its own before its role word tells of another fund and ends the run.
 * For the budget-adjust rule only.
 */
export const spreadBudgetLines: (doc: Doc) => readonly BudgetLine[] = perDoc(readSpreadLines);

/** A money noun after a name (B经费, 教育资金), not after 该/此/本 or a verb (追加专项资金). */
const FUND_NAMED = /(?<=[\u4e00-\u9fffA-Za-z0-9])(?<![该此本其加增减算项])(?:经费|资金|专项|基金|补助|项目)/u;
/** The words that give an entry its role: what stands before them says whose the amount is. */
const ROLE_WORD = new RegExp(ROLE_CUES.map(([, re]) => re.source).join('|'), 'u');

/** Whether the words before a sentence's first role word name a fund (B经费年中追加…, C经费全年预算…). */
function namesFund(doc: Doc, s: Sentence, entries: readonly Entry[]): boolean {
  const first = entries[0]?.fig.m.start;
  if (first === undefined) return true;
  const lead = doc.ctx.text.slice(s.start, first);
  const cue = ROLE_WORD.exec(lead);
  // Only the clause of the role word: "省级水利发展资金陆续下达，经同意，追加我局预算" adds to this fund.
  return FUND_NAMED.test(lastClause(cue ? lead.slice(0, cue.index) : lead));
}

/** Whether `b` is the sibling section right after `a` (both of one parent and level), `a` on the budget and `b` on its adjustment. */
function adjustsNext(a: Section | undefined, b: Section | undefined): boolean {
  if (!a || !b || a.level !== b.level || a.path.slice(0, -1).join('/') !== b.path.slice(0, -1).join('/')) return false;
  return /预算|安排/u.test(a.title) && /调整|追加|调减/u.test(b.title) && b.position.offset > a.position.offset;
}

/** Runs of sentences in document order, within a section or into its adjustment sibling, six sentences at most. */
function readSpreadLines(doc: Doc): BudgetLine[] {
  const out: BudgetLine[] = [];
  const list = proseSentences(doc);
  const has = (g: readonly Entry[], role: Role) => g.some((e) => e.role === role);
  const only = (g: readonly Entry[], ...roles: Role[]) => g.length > 0 && g.every((e) => roles.includes(e.role));
  /**
   * Each sentence read once: its one part of budget roles ([] when it states no amount at all; undefined
   * for several parts), and whether every amount it states has a role (an amount of none, 另有上级转移支付资金20万元,
   * ends a run).
   */
  const read = list.map((s) => {
    const amounts = s.mentions.filter((m) => isProse(doc, m) && moneyFig(doc, m) !== undefined).length;
    const groups = amounts === 0 ? [[]] : sentenceEntries(doc, s, 1);
    const part = groups?.length === 1 ? groups[0] : undefined;
    return { part, whole: part !== undefined && part.length === amounts };
  });
  list.forEach((s, i) => {
    const head = read[i]?.part;
    if (!head || !has(head, 'initial') || !only(head, 'initial', 'carryIn', 'adjust')) return;
    const entries = [...head];
    let gaps = 0;
    let crossed = false;
    let section = s.region.section;
    let adjusted = has(head, 'adjust');
    for (let j = i + 1; j < list.length && j <= i + 6; j++) {
      const t = list[j];
      if (!t) return;
      // "（一）预算安排" then "（二）预算调整": the run may go on into the next sibling section once.
      if (t.region.section !== section) {
        if (crossed || !adjustsNext(section, t.region.section)) return;
        crossed = true;
        section = t.region.section;
      }
      const { part, whole } = read[j] ?? {};
      if (part === undefined) return;
      if (part.length === 0) {
        // An amount of no budget role (另有上级转移支付资金X) is not a gap: it ends the run.
        if (!whole || ++gaps > 2) return;
        continue;
      }
      if (namesFund(doc, t, part)) return;
      if (only(part, 'adjust') && whole) {
        entries.push(...part);
        adjusted = true;
        continue;
      }
      // What the run ends in must open with the budget it came to (调整后全年预算c，实际支出d).
      if (part[0]?.role !== 'full' || !adjusted) return;
      const line = lineOf(s, [...entries, ...part]);
      if (line) out.push(line);
      return;
    }
  });
  return out;
}

function lineOf(s: Sentence, entries: readonly Entry[]): BudgetLine | undefined {
  const figs = harmonize(entries.map((e) => e.fig));
  let carryIn: Fig | undefined;
  let initial: Fig | undefined;
  let full: Fig | undefined;
  let exec: Fig | undefined;
  let balance: Fig | undefined;
  const adjusts: { fig: Fig; sign: 1 | -1 }[] = [];
  let execAfterAdjust = false;
  let ambiguous = false;
  entries.forEach((e, i) => {
    const f = figs[i] ?? e.fig;
    switch (e.role) {
      case 'carryIn':
        ambiguous ||= carryIn !== undefined;
        carryIn = f;
        break;
      case 'initial':
        // "预算资金 a …预算支出 b": two budgets in one line, which one is the start is unclear.
        ambiguous ||= initial !== undefined;
        initial = f;
        break;
      case 'adjust':
        adjusts.push({ fig: f, sign: e.sign });
        execAfterAdjust = false;
        break;
      case 'full':
        full = f;
        break;
      case 'exec':
        exec = f;
        if (adjusts.length > 0) execAfterAdjust = true;
        break;
      case 'balance':
        balance = f;
        break;
      default:
        break;
    }
  });
  if (ambiguous) return undefined;
  const from = (initial ?? carryIn)?.m.start;
  const to = full?.m.start;
  const listed = new Set(entries.map((e) => e.fig.m));
  const unroled = from !== undefined && to !== undefined && s.mentions.some((m) => m.kind === 'money' && m.start > from && m.start < to && !listed.has(m));
  return { sentence: s, carryIn, initial, adjusts, full, exec, balance, execAfterAdjust, unroled };
}
