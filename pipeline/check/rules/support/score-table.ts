/**
 * Reading a 绩效自评表 from a table block. Rows of real tables lose leading merged cells or
 * trailing empty ones, so columns are found from the right and by content, not by index:
 * an indicator row ends … 年度指标值, 实际完成值, 分值, 得分[, 偏差原因]; a budget row ends
 * … 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分.
 */
import { Dec } from '../../../decimal.js';
import { parseTargetText, type Comparator } from '../../../mentions/target.js';
import { isUnitWord } from '../../../mentions/units.js';
import { bracketless, perDoc, squash, type Cell, type Doc, type Table } from './doc.js';

/** A 偏差原因 cell that names no reason. */
const NO_REASON = /^(?:无|暂无|没有|不适用|无偏差|[—\-－–/／\\]+)$/u;
/** A plain number, as a score or weight cell holds it ("10", "9.99", "　95"). */
const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/u;
const PERCENT = /^\d+(?:\.\d+)?\s*[%％]$/u;
const GROUP_LABEL = /^(.{1,10}?指标)\s*[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]$/u;
const GROUP_NAME = /^.{1,10}?指标$/u;
const POINTS_ONLY = /^[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]$/u;

export interface TargetValue {
  /** Comparator the target carries. */
  readonly cmp: 'ge' | 'le' | 'about' | 'eq';
  readonly value: Dec;
  readonly unit: string;
  readonly decimals: number;
}

export interface IndicatorRow {
  readonly row: number;
  readonly name: string;
  readonly group: Group | undefined;
  readonly target: Cell | undefined;
  readonly actual: Cell | undefined;
  readonly weight: Cell;
  readonly score: Cell;
  /** 偏差原因分析及改进措施, '' when empty. */
  readonly reason: string;
}

export interface Group {
  readonly label: string;
  readonly weight: Dec;
  readonly cell: Cell;
  /** The table row the label is on. */
  readonly row: number;
  readonly rows: IndicatorRow[];
}

export interface BudgetRow {
  readonly row: number;
  readonly label: string;
  readonly initial: Cell | undefined;
  readonly full: Cell | undefined;
  readonly exec: Cell | undefined;
  readonly weight: Cell | undefined;
  readonly rate: Cell | undefined;
  readonly score: Cell | undefined;
}

/** A 小计 row of a 自评表 and the indicator rows of its group (since the group's name or the 小计 before it). */
export interface Subtotal {
  readonly label: string;
  readonly weight: Cell | undefined;
  readonly score: Cell | undefined;
  readonly rows: readonly IndicatorRow[];
}

export interface ScoreTable {
  readonly table: Table;
  readonly subtotals: Subtotal[];
  readonly budgetRows: BudgetRow[];
  /** The row that scores the 预算执行率 (年度资金总额), when the table has one. */
  readonly budget: BudgetRow | undefined;
  /** Every row under the 资金 header that names a source and its amounts (its rate and score may be —). */
  readonly funds: BudgetRow[];
  readonly indicators: IndicatorRow[];
  readonly groups: Group[];
  readonly total: { weight: Cell | undefined; score: Cell | undefined; row: number } | undefined;
}

/**
 * A note after a score in its cell: its grade (99.88（优）) or how it was given (9.85（按比例）,
 * 9.50（扣0.5分）). The cell still holds that score.
 */
const NOTE_SUFFIX = /(?<=\d%?)[（(][^（）()]{1,16}[）)]$/u;

export function numberText(c: Cell): string {
  return squash(c.text).replace(NOTE_SUFFIX, '');
}

export function isPlainNumber(c: Cell | undefined): c is Cell {
  return c !== undefined && PLAIN_NUMBER.test(numberText(c));
}

export function numberOf(c: Cell): Dec {
  return new Dec(numberText(c).replace(/[%％]$/u, ''));
}

/** Σ of cells' numbers (分值 or 得分 of a table's rows). */
export function cellSum(cells: readonly Cell[]): Dec {
  return cells.reduce((a, c) => a.plus(numberOf(c)), new Dec(0));
}

/** A rate cell: 96.83%, or a bare 95.13 under 执行率（%） (its mention a percent by the header). */
function isPercent(c: Cell | undefined): c is Cell {
  if (c === undefined) return false;
  const t = c.text.trim();
  return PERCENT.test(t) || (PLAIN_NUMBER.test(squash(t)) && c.mentions.length === 1 && c.mentions[0]?.kind === 'percent');
}

/** Spending in a budget header: 全年执行数, 执行金额, 全年执行（万元）, 实际支出 — not 执行率. */
const SPENT = /执行(?!率)|实际支出/u;

function isBudgetHeader(names: readonly string[]): boolean {
  return names.some((n) => n.includes('执行率')) && names.some((n) => n.includes('得分')) && names.some((n) => SPENT.test(n));
}

/** The header of an indicator's target and of what it reached: 年度指标值 or 目标值, 实际完成值 or 实际值. */
const TARGET_COLUMN = /指标值|目标值/u;
const ACTUAL_COLUMN = /完成值|实际值/u;

function isIndicatorHeader(names: readonly string[]): boolean {
  const has = (re: RegExp): boolean => names.some((n) => re.test(n));
  return has(/分值/u) && has(/得分/u) && (has(/三级指标/u) || (has(TARGET_COLUMN) && has(ACTUAL_COLUMN)));
}

/** A row's cell under the first header matching `re`, read from the right when lengths differ; undefined when empty. */
function underHeader(cells: readonly Cell[], header: readonly string[]): (re: RegExp) => Cell | undefined {
  const shift = cells.length === header.length ? 0 : header.length - cells.length;
  return (re) => {
    const h = header.findIndex((n) => re.test(n));
    const c = h < 0 ? undefined : cells[h - shift];
    return c && c.text !== '' ? c : undefined;
  };
}

/** A budget data row, its cells read against the header from the right when lengths differ. */
function budgetRow(cells: readonly Cell[], header: readonly string[], row: number): BudgetRow | undefined {
  const at = underHeader(cells, header);
  const rate = at(/执行率/u);
  const score = at(/得分/u);
  if (!isPercent(rate) && !isPlainNumber(score)) return undefined;
  const label = ownLabel(cells, (c) => !PLAIN_NUMBER.test(squash(c.text)) && !PERCENT.test(c.text.trim()));
  return {
    row,
    label,
    initial: at(/年初/u),
    full: at(/全年预算/u),
    exec: at(SPENT),
    weight: at(/分值/u),
    rate,
    score,
  };
}

const RATE_POINTS = /^预算执行率\s*[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]$/u;

/**
 * The 预算执行率 as a row of labels each followed by its value, as a form lays it out in one line:
 * 全年预算数（万元） | 125.60 | 全年执行数（万元） | 121.38 | 执行率 | 96.64% | 预算执行率（10分） | 9.66.
 * The 分值 is the label's (10分), the 得分 the number after it.
 */
function labelledBudgetRow(cells: readonly Cell[], names: readonly string[], row: number): BudgetRow | undefined {
  const at = names.findIndex((n) => RATE_POINTS.test(n));
  const label = cells[at];
  const score = cells[at + 1];
  if (at < 0 || label === undefined || !isPlainNumber(score)) return undefined;
  const points = RATE_POINTS.exec(names[at] ?? '')?.[1] ?? '';
  const offset = label.text.indexOf(points);
  const weight: Cell = {
    text: points,
    start: offset < 0 ? label.start : label.start + offset,
    end: offset < 0 ? label.end : label.start + offset + points.length,
    mentions: label.mentions.filter((m) => m.value === points),
  };
  const after = (re: RegExp): Cell | undefined => {
    const k = names.findIndex((n, i) => i !== at && re.test(n));
    const c = k < 0 ? undefined : cells[k + 1];
    return c && c.text !== '' ? c : undefined;
  };
  const rate = after(/执行率$/u);
  return { row, label: '预算执行率', initial: after(/年初/u), full: after(/全年预算/u), exec: after(SPENT), weight, rate: isPercent(rate) ? rate : undefined, score };
}

/** A source of funds under the 资金 header (其中：财政拨款 | 712,400.00 | … | — | —): its amounts, no rate or score of its own. */
function fundRow(cells: readonly Cell[], header: readonly string[], row: number): BudgetRow | undefined {
  const at = underHeader(cells, header);
  const label = ownLabel(cells, (c) => c.mentions.length === 0);
  const amounts = { initial: at(/年初/u), full: at(/全年预算/u), exec: at(SPENT) };
  if (label === '' || !Object.values(amounts).some((c) => c !== undefined && /\d/u.test(c.text))) return undefined;
  return { row, label, ...amounts, weight: undefined, rate: undefined, score: undefined };
}

/**
 * A row's own label: the last cell of words before its figures. A label merged down the rows of a
 * block (资金, 项目资金（万元）) stands left of it; a PDF may even draw its wrapped lines on three
 * rows (资金 / （万 / 元）).
 */
function ownLabel(cells: readonly Cell[], isLabel: (c: Cell) => boolean): string {
  let label = '';
  for (const c of cells) {
    if (c.text.trim() === '') continue;
    if (!/[\p{Script=Han}A-Za-z]/u.test(c.text) || !isLabel(c)) break;
    label = c.text;
  }
  return squash(label);
}

/**
 * An indicator row: the last plain number is the 得分 and the one before it the 分值; what
 * follows is the 偏差原因; before them stand 实际完成值, 年度指标值 and the indicator's name.
 */
function indicatorRow(cells: readonly Cell[], row: number, group: Group | undefined, header: readonly string[]): IndicatorRow | undefined {
  let s = -1;
  for (let i = cells.length - 1; i >= 0; i--) {
    if (isPlainNumber(cells[i])) {
      s = i;
      break;
    }
  }
  // A header that puts 分值 elsewhere (分值 | 目标值 | 实际值 | 得分) says where each is; a plain
  // number in 实际值 (0.012) is then no 分值.
  const named = (re: RegExp) => header.findIndex((h) => re.test(h));
  const [w, t, a] = [named(/^分值$|^权重/u), named(TARGET_COLUMN), named(ACTUAL_COLUMN)];
  if (s >= 1 && w >= 0 && w !== s - 1 && w < s && isPlainNumber(cells[w]) && t > w && a > t && a < s) {
    return readIndicator(cells, row, group, { score: s, weight: w, actual: a, target: t, name: w - 1 });
  }
  return readIndicator(cells, row, group, { score: s, weight: s - 1, actual: s - 2, target: s - 3, name: s - 4 });
}

/** A 评分标准 cell (达到目标得满分, 按比例得分, 执行率×分值): how the row is scored, not what it measures. */
const SCORING_RULE = /得满分|按(?:完成)?比例|计分|×分值|扣\d*分|得分$/u;

/** The cells of an indicator row at the columns given: its name is the last label at or before `name`. */
function readIndicator(cells: readonly Cell[], row: number, group: Group | undefined, at: { score: number; weight: number; actual: number; target: number; name: number }): IndicatorRow | undefined {
  const s = at.score;
  const score = cells[s];
  const weight = cells[at.weight];
  if (s < 1 || !isPlainNumber(score) || !isPlainNumber(weight)) return undefined;
  // A cell that says there is none (无, 暂无, —, /) gives no reason.
  const reason = cells
    .slice(s + 1)
    .map((c) => c.text)
    .filter((t) => t !== '' && !NO_REASON.test(squash(t)))
    .join(' ');
  const actual = cells[at.actual];
  const target = cells[at.target];
  let name = '';
  for (let i = at.name; i >= 0; i--) {
    const t = cells[i]?.text ?? '';
    if (t !== '' && !GROUP_LABEL.test(squash(t)) && !SCORING_RULE.test(squash(t))) {
      name = squash(t);
      break;
    }
  }
  return {
    row,
    name,
    group,
    target: target && target.text !== '' ? target : undefined,
    actual: actual && actual.text !== '' ? actual : undefined,
    weight,
    score,
    reason,
  };
}

/**
 * The score tables of the report: table blocks whose cells include 分值 and 得分. A 自评表 split
 * into several blocks (the 资金 part and the 指标 part, as a converter may leave it) is read as
 * one when the blocks follow each other under one heading. Read once per document and shared by
 * the rules that use them (rate, score-table).
 */
export const scoreTables: (doc: Doc) => readonly ScoreTable[] = perDoc(readScoreTables);

/**
 * The cells a table's total adds: every indicator row's 分值 and 得分, and the 预算执行率 row's —
 * unless that rate is scored again as an indicator row of the same weight and score (预算执行 |
 * 预算执行率 | 10 | 9.61), which is then not counted twice (a 资金管理 > 预算执行率 row of its own
 * weight is another indicator).
 */
export function scoredCells(t: ScoreTable): { budget: BudgetRow | undefined; scoredAgain: boolean; weights: Cell[]; scores: Cell[] } {
  const same = (a: Cell | undefined, b: Cell | undefined) => isPlainNumber(a) && isPlainNumber(b) && numberOf(a).equals(numberOf(b));
  const scoredAgain = t.indicators.some((r) => t.table.rows[r.row]?.some((c) => /^(?:预算|资金)执行率$/u.test(squash(c.text))) && same(r.weight, t.budget?.weight) && same(r.score, t.budget?.score));
  const budget = scoredAgain ? undefined : t.budget;
  const weights: Cell[] = t.indicators.map((r) => r.weight);
  const scores: Cell[] = t.indicators.map((r) => r.score);
  if (budget && isPlainNumber(budget.weight)) weights.unshift(budget.weight);
  if (budget && isPlainNumber(budget.score)) scores.unshift(budget.score);
  return { budget, scoredAgain, weights, scores };
}

function readScoreTables(doc: Doc): ScoreTable[] {
  const groups: Table[][] = [];
  let last: Table | undefined;
  // A part of a score table scores: a table of spending under it (支出内容 | 全年预算数 | 执行率) is its own.
  const scores = (t: Table) => t.rows.some((row) => row.some((c) => /分值|得分/u.test(c.text)));
  for (const table of doc.tables) {
    const current = groups[groups.length - 1];
    const adjacent =
      last !== undefined && current !== undefined && last.region.section === table.region.section && (scores(table) || isGoalRow(table)) && (onlyBlank(doc, last, table) || partsOfOne(last, table));
    if (adjacent) current.push(table);
    else groups.push([table]);
    last = table;
  }
  const out: ScoreTable[] = [];
  for (const group of groups) {
    const names = group.flatMap((t) => t.rows.flat()).map((c) => squash(c.text));
    if (!names.some((n) => n.includes('分值')) || !names.some((n) => n.includes('得分'))) continue;
    const first = group[0];
    if (!first) continue;
    out.push(readScoreTable({ region: first.region, rows: group.flatMap((t) => t.rows) }));
  }
  // A 自评表 printed as two tables apart (表1 资金, 表2 绩效指标, prose between): the 指标 part's 总分
  // counts the 资金 part's 预算执行率, when the report has that one alone.
  const funds = out.filter((t) => t.budget !== undefined && t.indicators.length === 0);
  const only = funds.length === 1 ? funds[0]?.budget : undefined;
  return only === undefined ? out : out.map((t) => (t.budget === undefined && t.indicators.length > 0 ? { ...t, budget: only } : t));
}

/**
 * The 资金 part of a 自评表 and its 指标 part (or its 年度总体目标 row) under one heading, with text
 * between them (a PDF's table reader rebuilds the parts and leaves what it cannot place as lines).
 */
function partsOfOne(a: Table, b: Table): boolean {
  const names = (t: Table) => t.rows.slice(0, 3).flat().map((c) => squash(c.text));
  return isBudgetHeader(names(a)) && !isIndicatorHeader(names(a)) && (isGoalRow(b) || (isIndicatorHeader(names(b)) && !isBudgetHeader(names(b))));
}

/** The 年度总体目标 row as a table of its own (预期目标 | 实际完成情况, as the PDF reader rebuilds it): a part of the 自评表 around it. */
function isGoalRow(t: Table): boolean {
  const names = t.rows.slice(0, 2).flat().map((c) => squash(c.text));
  return names.includes('预期目标') && names.some((n) => /^(?:实际)?完成情况$|^实际完成$/u.test(n));
}

/** Nothing but blank lines or a note between two tables. */
function onlyBlank(doc: Doc, a: Table, b: Table): boolean {
  return doc.regions.slice(a.region.index + 1, b.region.index).every((r) => r.kind === 'paragraph' && doc.textOf(r).trim().length <= 40);
}

function readScoreTable(table: Table): ScoreTable {
  const budgetRows: BudgetRow[] = [];
  const indicators: IndicatorRow[] = [];
  const groups: Group[] = [];
  const subtotals: Subtotal[] = [];
  const funds: BudgetRow[] = [];
  let since: IndicatorRow[] = [];
  let groupName = '';
  let total: ScoreTable['total'];
  let mode: 'none' | 'budget' | 'indicators' = 'none';
  let header: string[] = [];
  let group: Group | undefined;
  let subHeader = -1;

  table.rows.forEach((cells, r) => {
    if (r === subHeader) return;
    const names = cells.map((c) => squash(c.text));
    // A header of two rows (预算执行率 over 分值 | 执行率 | 得分): the lower row names the columns it fills.
    const lower = table.rows[r + 1];
    const wordsOnly = (row: readonly Cell[]) => row.every((c) => c.mentions.length === 0);
    if (lower && lower.length === cells.length && wordsOnly(cells) && wordsOnly(lower) && lower.some((c) => squash(c.text) !== '')) {
      const joined = names.map((n, c) => squash(lower[c]?.text ?? '') || n);
      if ((isBudgetHeader(joined) && !isBudgetHeader(names)) || (isIndicatorHeader(joined) && !isIndicatorHeader(names))) {
        mode = isIndicatorHeader(joined) ? 'indicators' : 'budget';
        header = joined;
        subHeader = r + 1;
        return;
      }
    }
    const labelled = labelledBudgetRow(cells, names, r);
    if (labelled !== undefined) {
      budgetRows.push(labelled);
      return;
    }
    if (isBudgetHeader(names)) {
      mode = 'budget';
      header = names;
      return;
    }
    if (isIndicatorHeader(names)) {
      mode = 'indicators';
      header = names;
      return;
    }
    const first = names.find((n) => n !== '') ?? '';
    // Under the 资金 header a 合计 is the funds' total (年度资金总额), read as a budget row below.
    // 总分（含预算执行率10分） is the total all the same: the bracket says what it holds.
    const totalName = bracketless(first);
    // A PDF may set the end of the label above it in the total's row (…满意 / 意度合计 | | 100 | 99.4), or
    // the row under it in its label (总分自评等级 | 优 | … | 100 | 97.75): a cell ending or opening with
    // 合计 or 总分 whose 分值 is the whole's 100 is the total row all the same.
    const nums = cells.filter(isPlainNumber);
    const wrappedTotal = mode === 'indicators' && nums.length === 2 && numberOf(nums[0] as Cell).equals(100) && names.some((n) => /(?:总分|合计|总计)$|^(?:总分|合计|总计)/u.test(n));
    if ((/^(总分|合计|总计)$/u.test(totalName) && (mode !== 'budget' || totalName === '总分')) || wrappedTotal) {
      const score = nums[nums.length - 1];
      const weight = nums.length >= 2 ? nums[nums.length - 2] : undefined;
      total = { weight, score, row: r };
      mode = 'none';
      return;
    }
    // 产出指标小计 | | 40 | 39.5 (or 产出指标 | 小计 | …): the rows of its group add up to it; it is no indicator of its own.
    const subtotal = names.find((n) => /小计$/u.test(n));
    if (mode === 'indicators' && subtotal !== undefined) {
      const nums = cells.filter(isPlainNumber);
      const label = subtotal === '小计' && first !== '小计' ? `${first}小计` : subtotal;
      subtotals.push({ label, weight: nums.length >= 2 ? nums[nums.length - 2] : undefined, score: nums[nums.length - 1], rows: since });
      since = [];
      return;
    }
    // A group begins where the first column names another: a 小计 adds the rows of its own group only.
    const head = names[0] ?? '';
    if (mode === 'indicators' && head !== '' && !PLAIN_NUMBER.test(head) && head !== groupName) {
      groupName = head;
      since = [];
    }
    if (mode === 'budget') {
      const b = budgetRow(cells, header, r);
      if (b) budgetRows.push(b);
      const f = b ?? fundRow(cells, header, r);
      if (f) funds.push(f);
      return;
    }
    if (mode !== 'indicators') return;
    cells.forEach((c, k) => {
      const text = squash(c.text);
      const g = GROUP_LABEL.exec(text);
      if (g) {
        group = { label: g[1] ?? '', weight: new Dec(g[2] ?? '0'), cell: c, row: r, rows: [] };
        groups.push(group);
        return;
      }
      // A PDF draws a merged label's wrapped lines on the rows they fall on: 产出指标 on one row,
      // （40分） on the next, in the same column. The two are one label, standing where its name does.
      const points = POINTS_ONLY.exec(text);
      const above = points ? squash(table.rows[r - 1]?.[k]?.text ?? '') : '';
      if (points && GROUP_NAME.test(above) && !groups.some((x) => x.row === r - 1)) {
        group = { label: above, weight: new Dec(points[1] ?? '0'), cell: c, row: r - 1, rows: [] };
        groups.push(group);
      }
    });
    // Under a 三级指标 head, a row with that cell empty whose next row names an indicator there, under
    // it, is a 一级 or 二级 group's own line (产出指标 | | | 50 over | | 数量指标 | | …): no indicator.
    const third = header.findIndex((n) => /三级指标/u.test(n));
    const own = names.findIndex((n) => n !== '');
    if (third > own && own >= 0 && cells.length === header.length && (names[third] ?? '') === '') {
      const next = table.rows[r + 1]?.map((c) => squash(c.text));
      if (next?.length === header.length && next[own] === '' && next.slice(own + 1, third + 1).some((n) => n !== '')) return;
    }
    const ind = indicatorRow(cells, r, group, header);
    if (ind) {
      indicators.push(ind);
      since.push(ind);
      group?.rows.push(ind);
    }
  });

  const budget = budgetRows.find((b) => /资金总额|合计|总计/u.test(b.label)) ?? budgetRows[0];
  return { table, budgetRows, budget, indicators, groups, subtotals, total, funds };
}

/** Reads a target or actual cell: "≥95%", "13件以上", "15%左右", "120亿元", "98". */
export function readValue(c: Cell | undefined): TargetValue | undefined {
  if (!c) return undefined;
  const t = squash(c.text);
  const parsed = parseTargetText(t);
  if (parsed === undefined || 'error' in parsed) return undefined;
  const unit = parsed.unit.replace(/^％$/u, '%');
  // A unit per item (1,200元/顶, 3,800元/㎡) is one when its first part is: a cost indicator's target.
  const perItem = /^([^/]+)\/[^/]{1,6}$/u.exec(unit);
  if (unit !== '' && !isUnitWord(unit) && !(perItem && isUnitWord(perItem[1] ?? ''))) return undefined;
  const cmp: TargetValue['cmp'] = CMP[parsed.comparator];
  const num = parsed.value;
  const dot = num.indexOf('.');
  return { cmp, value: new Dec(num), unit, decimals: dot < 0 ? 0 : num.length - dot - 1 };
}

const CMP: Readonly<Record<Comparator, TargetValue['cmp']>> = { '>=': 'ge', '>': 'ge', '<=': 'le', '<': 'le', '~': 'about', '=': 'eq' };
