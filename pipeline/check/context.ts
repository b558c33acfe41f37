/**
 * What a figure is bound in: its sidecar anchor, whose it is (the entity its sentence, table row,
 * paragraph label or section names), whether its sentence is about aims, and the figure before it.
 * One reading for check and for update, so both bind an edited sentence alike.
 */
import type { Mention } from '../mentions/index.js';
import type { Fact } from '../../schemas/fact.js';
import { Dec } from '../decimal.js';
import { clauseShape, isRoleOnly, scopeOf } from '../mentions/index.js';
import { continuesPrevious, factorTo, type AnchorIndex, type BindContext, type Binder, type Binding } from './bind.js';
import type { Locator } from './locate.js';
import { boldRunIn, runInTitle } from '../text/outline.js';
import { afterLast, blankClosedAsides } from '../text/chars.js';

/** The label a paragraph opens with ("产业发展资金：资金主要用于…"): whose its figures are. */
function paragraphLabel(text: string, pos: number): string {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  const lead = text.slice(start, pos);
  // "采购项目：…", or a short first sentence after a list number ("1. 部门项目。…"), or a bold one ("**地震应急演练和培训**。…").
  return /^[\s*#>-]*([^：:。；，\n]{2,24})[：:]/u.exec(lead)?.[1] ?? /^[\s*#>-]*(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）])\s*([^：:。；，\n]{2,12})。/u.exec(lead)?.[1] ?? boldRunIn(lead);
}

export interface ContextInput {
  readonly text: string;
  readonly mentions: readonly Mention[];
  readonly binder: Binder;
  readonly locator: Locator;
  readonly anchors?: AnchorIndex | undefined;
  /** Without data no entity is named: only the anchor and the sentence count. */
  readonly withData: boolean;
  /** Whose the fact an earlier mention (by index) was bound to is, when it was: what a figure continuing it may be of. */
  readonly boundOwner?: ((j: number) => string | undefined) | undefined;
}

/**
 * Every mention bound in text order, each in its context: a context claims its sidecar anchor, and
 * a figure continuing one may be of the entity the one before was bound to. Check and update alike.
 */
export function bindInOrder(input: Omit<ContextInput, 'boundOwner'>): { bound: Binding[]; contexts: Map<number, BindContext> } {
  const bound: Binding[] = [];
  const contexts = new Map<number, BindContext>();
  const boundOwner = (j: number): string | undefined => {
    const b = bound[j];
    return b?.status === 'bound' ? input.binder.fact(b.factId)?.subject : undefined;
  };
  input.mentions.forEach((m, i) => {
    const context = bindContext({ ...input, boundOwner }, i);
    contexts.set(m.start, context);
    bound.push(input.binder.bind(m, context));
  });
  unbindParts(input, bound);
  return { bound, contexts };
}

/**
 * Figures of one paragraph each taken for the same fact and adding up to it (核减23.50万元…原因：…核减8.00万元；
 * …核减15.50万元) are its parts, told one by one: none of them is a wrong figure of the whole.
 */
function unbindParts(input: Omit<ContextInput, 'boundOwner'>, bound: Binding[]): void {
  const byFact = new Map<string, number[]>();
  bound.forEach((b, i) => {
    if (b.status !== 'mismatch') return;
    const list = byFact.get(b.factId) ?? [];
    list.push(i);
    byFact.set(b.factId, list);
  });
  for (const [factId, list] of byFact) {
    if (list.length < 2) continue;
    const fact = input.binder.fact(factId);
    const ms = list.map((i) => input.mentions[i] as Mention);
    const first = ms[0] as Mention;
    const last = ms[ms.length - 1] as Mention;
    if (fact === undefined || fact.kind === 'text' || input.text.slice(first.start, last.end).includes('\n')) continue;
    const total = sumInUnitOf(fact, ms);
    if (total === undefined || !total.minus(fact.value).abs().lte(new Dec(10).pow(-fact.precision).div(2))) continue;
    for (const i of list) bound[i] = { status: 'unbound' };
  }
}

/** The exact figures' sum in the fact's unit; undefined when one is approximate or in no unit of the fact's. */
function sumInUnitOf(fact: Fact, ms: readonly Mention[]): Dec | undefined {
  let total = new Dec(0);
  for (const m of ms) {
    const factor = factorTo(m, fact);
    if (factor === undefined || m.approx !== 'exact') return undefined;
    total = total.plus(new Dec(m.value).div(factor));
  }
  return total;
}

/** A clause of its own comparing with last year or the budget, after a list of parts: ，比上年的26.90万元下降. */
const COMPARED_AFTER_PARTS = /[，,；;]\s*(?:比|较|与|同)(?:上年|去年|上一年度?|(?:19|20)\d\d年|年初预算|全年预算|预算|计划)[^，,；;。]*$/u;

/** A count of kinds or items, then a word of summing: 三类创新券合计兑付, 四个项目共支出, 以上两项累计. */
const OF_SEVERAL = /[两二三四五六七八九十2-9](?:类|项|个|种|大类|部分|方面)[^，,。；;]{0,12}?(?:合计|共计|总计|累计|共)/u;

/** Two names joined, then a word of summing (追加甲和乙共, 甲、乙合计): the figure is of both together. */
const JOINT_SUM = /(?:和|及|与|、|以及)[^，,；;。]{2,30}?(?:共|合计|共计|总计)(?:计|为|达)?(?:追加|调增|压减|调减|安排|下达|支出|拨付)?\s*$/u;

/** A clause that is only one word before its figure: a sum (…，合计99.55分; 两项合计58次) or an adjustment (…，压减45.00万元). */
const WORD_CLAUSE = /(?:^|[，,；;])\s*(?:以上|上述)?(?:[两二三四五六七八九十]项|[两二三]者)?(合计|总计|共计|小计|总共|追加|调增|压减|调减|核减)(?:为|达|了)?\s*$/u;

/** A clause that is only a change against last year (…，比预算节约1.77万元，比上年减少2.69万元): its own words, whoever's it is. */
const CHANGE_CLAUSE = /(?:^|[，,；;])\s*((?:比|较)(?:上年|去年)(?:同期)?(?:减少|增加|下降|增长|节约|多|少)了?)\s*$/u;

/** A basis the sentence builds by taking something out (剔除年底下达的补助后…执行率为, 扣除…后): not the plain figure the data holds. */
const REBASED = /(?:剔除|扣除|除去|刨除)[^。；;]{0,30}?后/u;

/** A total right after a count in words: the count is of what it sums (两项合计58次). */
const SUMMED_AFTER = /^(?:合计|共计|总计|相加)/u;

/** A subject pointing back at an item named before it (该项得分, 此项指标完成值): not 本项目, the whole. */
const POINTS_BACK = /^(?:该|此|这一?)(?:项|项指标|指标)(?!目)/u;

/** A table's total row: 合计, 小计, 总计 (spaced out to width too). */
const TOTAL_ROW = /^(?:合|小|总)[\s\u3000]*计$/u;

/** Whether a table cell's row is labelled 合计, 小计 or 总计. */
function totalRow(m: Mention): boolean {
  return TOTAL_ROW.test(m.table?.row.filter((c) => c.trim() !== '').pop()?.trim() ?? '');
}

/**
 * Whether the i-th mention, in a table's total row, sums rows that are the data's items: two rows
 * or more of the table above it (its cells on the lines right above) name different items.
 */
function totalOfItems(input: ContextInput, i: number): boolean {
  const { mentions, binder, locator } = input;
  const m = mentions[i];
  if (m === undefined || !totalRow(m)) return false;
  const owners = new Set<string>();
  let line = locator.position(m.start).line;
  for (let j = i - 1; j >= 0 && owners.size < 2; j--) {
    const above = mentions[j];
    // (a figure in a cell with a note, 94.19%（压减后）, is in the table though it has no column)
    if (above === undefined || (above.table === undefined && !above.inTable)) break;
    const at = locator.position(above.start).line;
    if (at < line - 1) break;
    line = at;
    if (above.table === undefined) continue;
    const owner = binder.ownerOf(above.table.row.join(' '), { groupsOnly: true });
    if (owner !== undefined) owners.add(owner);
  }
  return owners.size >= 2;
}

/** A clause naming two items with what is said of both (年中追加甲和乙共): the words outside the names, when both are written out. */
function jointWords(clause: string, first: string, last: string): string | undefined {
  const from = clause.indexOf(first);
  const to = clause.lastIndexOf(last);
  if (from < 0 || to < from) return undefined;
  const words = `${clause.slice(0, from)}${clause.slice(to + last.length)}`.trim();
  return words === '' ? undefined : words;
}

/** Whose the nearest fact bound before the i-th mention, from `from` on, is. */
function ownerBefore(input: ContextInput, i: number, from: number): string | undefined {
  for (let k = i - 1; k >= 0 && (input.mentions[k]?.start ?? -1) >= from; k--) {
    const owner = input.boundOwner?.(k);
    if (owner !== undefined) return owner;
  }
  return undefined;
}

/** The binding context of the i-th mention (its anchor is claimed from the index: call once per mention, in order). */
export function bindContext(input: ContextInput, i: number): BindContext {
  const { text, mentions, binder, locator, anchors, withData } = input;
  const m = mentions[i];
  if (!m) throw new RangeError(`no mention ${i}`);
  const sentence = locator.sentence(m.start, m.end);
  // A figure in a sentence about aims (力争…, 目标…) states a target, not a result.
  // (an aside closed before the figure is left out: what follows it is not about what it names)
  const lead = blankClosedAsides(sentence.sentence.slice(0, Math.max(0, m.start - sentence.sentenceOffset)));
  // So does every figure of a section that sets the year's targets (（二）年度绩效目标), not one reporting on them.
  const title = locator.sectionTitle(m.start) ?? '';
  // …or a paragraph that opens with such a heading of its own (（二）项目绩效目标。全年完成…), outside
  // a section reporting results (三、绩效目标完成情况 > （一）履职效能目标。全年接收… states results).
  const reportsResults = (t: string) => /完成|实现|达成|偏差|情况/u.test(t);
  const setsTargets = (t: string) => /目标(?:设定|设置|内容|任务)?$/u.test(t) && !reportsResults(t);
  const targetSection = setsTargets(title) || (!reportsResults(title) && setsTargets(runInTitle(text.slice(text.lastIndexOf('\n', m.start - 1) + 1, m.start))));
  const aboutTarget = targetSection || /力争|目标|预期|计划|任务数|确保|年度指标值/.test(lead);
  const anchor = anchors?.find(text, m);
  // A paragraph labelled with a group (1. 部门项目。) narrows its section: the section's entity is not its owner.
  const ownerByLabel = (label: string, heading: string): string | undefined =>
    binder.ownerOf(label) ?? (scopeOf(label) !== undefined ? undefined : binder.headingOwner(heading));
  // The metric the figure before names: through a chain of continuations (…1302家，居全省第二，同比增长5%).
  let j = i - 1;
  while (j > 0 && continuesPrevious(mentions[j]?.subject.text ?? '') && (mentions[j - 1]?.start ?? -1) >= sentence.sentenceOffset) j--;
  const previous = j >= 0 ? mentions[j] : undefined;
  const previousSubject = previous && previous.start >= sentence.sentenceOffset && !m.table ? previous.subject.text : undefined;
  // A figure continuing the one before (…执行率99.91%，得9分) is that figure's: no heading owns it.
  const continued = previousSubject !== undefined && continuesPrevious(m.subject.text);
  // Whose the figure is: the entity its sentence names before it, or its table row, or its section.
  // A subject that names its entity (公务接待费本年预算) owns itself; one that names only a role
  // (实际, 完成率, 本年预算) takes the entity its sentence, table row or section names before it.
  // …but a name that is only a role (上年结转) under an item's own heading is that item's role.
  const roleOnly = isRoleOnly(m.subject.text);
  // 追加甲和乙共X names two of the data's items: X is neither's.
  const clauseLead = afterLast(lead, '，,；;。');
  const firstNamed = withData && !m.table && JOINT_SUM.test(clauseLead) ? binder.ownerOf(clauseLead, { first: true }) : undefined;
  const lastNamed = firstNamed !== undefined ? binder.ownerOf(clauseLead) : undefined;
  const joint = firstNamed !== undefined && lastNamed !== undefined && firstNamed !== lastNamed;
  // …so its words are those around the names (年中追加…共): what it is of both.
  const jointWord = joint ? jointWords(clauseLead, firstNamed, lastNamed) : undefined;
  // 该项得分 is of the item the figures before it in its sentence were bound to.
  const pointedAt = withData && !m.table && POINTS_BACK.test(m.subject.text) ? ownerBefore(input, i, sentence.sentenceOffset) : undefined;
  const headed = roleOnly && withData && !m.table && !continued ? binder.headingOwner(locator.sectionTitle(m.start) ?? '') : undefined;
  const named = withData && !m.table && !continued && headed === undefined ? binder.ownerOf(m.subject.text) : undefined;
  const partOf = lead.lastIndexOf('其中');
  // A clause of one word (…，合计99.55分) names its figure: not the item the name it inherits is of.
  const sum = withData && !m.table ? WORD_CLAUSE.exec(lead)?.[1] : undefined;
  const word = sum ?? jointWord ?? (withData && !m.table ? CHANGE_CLAUSE.exec(lead)?.[1] : undefined);
  const rowOwner = withData && m.table ? binder.ownerOf(m.table.row.join(' '), { groupsOnly: true }) : undefined;
  const owner = pointedAt ?? (!withData || sum !== undefined || joint
    ? undefined
    : m.table
      ? rowOwner !== undefined && binder.rowOfScoredItem(m.table.row, rowOwner) ? undefined : rowOwner
      : continued
        ? // …owned by what the figure before names, else its sentence or paragraph label, never the heading.
          (binder.ownerOf(previousSubject) ?? binder.ownerOf(lead, { groupsOnly: true }) ?? binder.ownerOf(paragraphLabel(text, m.start)))
        : (named ??
        (roleOnly
          ? // After 其中 the figures are parts of the entity named before it, or of the section's, never their own.
            partOf >= 0
            ? binder.ownerOf(lead.slice(partStart(lead, partOf)), { groupsOnly: true })
            : (binder.ownerOf(lead, { groupsOnly: true }) ?? ownerByLabel(paragraphLabel(text, m.start), locator.sectionTitle(m.start) ?? ''))
          : undefined)));
  // A comparison with last year after the 其中 list (，较上年下降13.32%) may be the whole's.
  // The whole is named before 其中 in its paragraph (**“三公”经费。**决算16.28万元，其中…).
  // …and a figure continuing one whose words name no entity the data knows (修复古籍2,140叶，完成率107%,
  // the data's 古籍修复) may be of the entity of the fact that one was bound to.
  const whole =
    withData && !m.table && partOf >= 0 && COMPARED_AFTER_PARTS.test(lead.slice(partOf))
      ? binder.ownerOf(text.slice(text.lastIndexOf('\n', m.start - 1) + 1, sentence.sentenceOffset + partOf), { groupsOnly: true, first: true })
      : continued && binder.ownerOf(previousSubject) === undefined ? input.boundOwner?.(j) : undefined;
  const section = locator.sectionTitle(m.start);
  const colonLabel = m.subject.text !== '' && m.subject.end <= m.start && /^[\s*]*[：:][\s*]*$/u.test(text.slice(m.subject.end, m.start));
  // The label its line opens with (- 预算执行率：分值10分): what a role-only subject is of, entity or not.
  // A label naming a group (1. 部门项目。) is a scope, not what the figure is of.
  // …but a part after 其中 is named by its own words (（二）资金使用。…其中当年资金X: not 资金使用's).
  const opening = !m.table && roleOnly && owner === undefined && partOf < 0 ? paragraphLabel(text, m.start) : '';
  const grouped = scopeOf(opening) !== undefined;
  const label = grouped ? '' : opening;
  const clause = withData ? clauseShape(text, m.start, m.end) : undefined;
  const itemsTotal = withData && m.table !== undefined && owner === undefined && totalOfItems(input, i);
  // A total row naming nothing, whose rows are not the data's items, is the total of what its
  // section's heading names (合计 under “三公”经费, where a row of dashes stands between).
  const totalOwner = withData && m.table !== undefined && owner === undefined && !itemsTotal && totalRow(m) ? binder.headingOwner(section ?? '') : undefined;
  const summing = withData && m.numeral === 'chinese' && m.kind === 'count' && SUMMED_AFTER.test(text.slice(m.end, m.end + 2));
  const several = joint || (withData && !m.table && OF_SEVERAL.test(clauseLead));
  const rebased = withData && !m.table && REBASED.test(lead);
  return {
    clause, grouped, anchor, certainAnchor: anchor !== undefined && anchors?.isCertain(anchor) === true, aboutTarget, targetSection, section, owner: owner ?? totalOwner, previousSubject, colonLabel,
    ...(label !== '' ? { label } : {}), ...(itemsTotal ? { itemsTotal } : {}), ...(summing ? { summing } : {}), ...(several ? { several } : {}), ...(rebased ? { rebased } : {}), ...(whole !== undefined ? { whole } : {}), ...(word !== undefined ? { word } : {}),
  };
}

/**
 * Where the part a figure after 其中 belongs to starts: the piece after the last semicolon when that
 * piece states a figure of its own (其中公务接待费a，…；公务用车运行维护费b，上年为c: c is the car's),
 * else 其中 itself.
 */
function partStart(lead: string, partOf: number): number {
  const piece = afterLast(lead, '；;');
  const start = lead.length - piece.length;
  return start > partOf && /[0-9０-９]/u.test(piece) ? start : partOf;
}
