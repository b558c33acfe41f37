import { DATA_VERSION } from '../../schemas/data.js';
import type { Framework } from '../../schemas/framework.js';
import { dec, decText, percent, sum } from '../decimal.js';
import { formatNumber } from '../format/index.js';
import { dimensionOf } from '../load/index.js';
import { normalise, type GridCell } from '../read/grid.js';
import type { BaseTableReading, ControlKey, ControlRowReading, FundRow, Ledger, MoneyScale, Reading, ScoreTableReading } from './reading.js';
import { cellCount, cellNumber, cellScore, isDash } from './values.js';

/**
 * The one module that knows the data file's fields: what the recognisers read in a 自评表 or
 * 基础数据表 (reading.ts) becomes values at data-file paths, each with the cell it came from.
 * A new version of the data file changes this module and nothing else in the intake stage.
 */

export type Path = readonly (string | number)[];

export interface Placement {
  readonly path: Path;
  /** Text, a decimal in canonical text (kind number), or null: not filled in on the form (〔待填〕). */
  readonly value: string | null;
  readonly kind: 'text' | 'number';
  /** Where the value came from: a cell address, or what decided it. */
  readonly where: string;
  readonly note?: string | undefined;
}

export type ReportKind = 'project' | 'department';

export interface MappingOptions {
  readonly year?: number | undefined;
  /** The dimensions a 一级指标 may name (产出指标, or a department's 运行成本 / 履职效能 …). */
  readonly framework: Framework;
}

const FUND_SOURCES = { current: 'current', prior: 'prior', other: 'other' } as const;

const THREE_PUBLIC: Partial<Record<ControlKey, string>> = {
  'three.total': 'total',
  'three.vehicle': 'vehicle',
  'three.vehiclePurchase': 'vehiclePurchase',
  'three.vehicleOperation': 'vehicleOperation',
  'three.overseas': 'overseas',
  'three.reception': 'reception',
};

const NATURE_FIELDS = { general: 'general', fund: 'fund', nonTax: 'nonTax', other: 'other', basic: 'basic', project: 'project' } as const;

/** 一级指标 as written, without its weight (产出指标（40分） → 产出指标), when the framework knows it. */
function level1Of(text: string, framework: Framework): string | undefined {
  const t = normalise(text).replace(/\(\d+(?:\.\d+)?分\)$/u, '');
  return dimensionOf(framework, t) ? t : undefined;
}

/** A form without a 一级指标 column: the 二级指标 says which level it belongs to. */
function level1FromLevel2(text: string, framework: Framework): string | undefined {
  const t = normalise(text);
  const level1 = /满意度/.test(t) ? '满意度指标' : /成本/.test(t) ? '成本指标' : /效益|影响/.test(t) ? '效益指标' : /数量|质量|时效/.test(t) ? '产出指标' : undefined;
  return level1 !== undefined && dimensionOf(framework, level1) ? level1 : undefined;
}

/** The weight a 一级指标 label states: 产出指标（40分） → 40. */
function statedWeight(text: string): string | undefined {
  return /\((\d+(?:\.\d+)?)分\)/.exec(normalise(text))?.[1];
}

/** Text of a cell as the data file keeps it: lines of a wrapped cell joined, spaces inside Chinese dropped. */
function cellText(cell: GridCell): string {
  return cell.text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('');
}

/** Paragraphs of a long text cell (年度总体目标), one per line as written. */
function paragraphs(cell: GridCell): string[] {
  return cell.text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** 偏差原因分析及改进措施: 原因：… 措施：… split in two; one text without those words is the reason. */
function deviationOf(text: string): { reason?: string; measure?: string } {
  const flat = text.replace(/\n/g, '');
  const m = /^(?:.*?原因(?:分析)?[:：]\s*(.*?))?\s*(?:(?:改进)?措施[:：]\s*(.*))?$/su.exec(flat);
  const reason = m?.[1]?.trim();
  const measure = m?.[2]?.trim();
  if ((reason === undefined || reason === '') && (measure === undefined || measure === '')) return { reason: flat.trim() };
  return { ...(reason ? { reason } : {}), ...(measure ? { measure } : {}) };
}

/** A target or actual cell as the data file's shorthand: "5个", "95%", 1300, "已完成". */
function targetValue(cell: GridCell): { value: string; kind: 'text' | 'number' } {
  const n = cellNumber(cell);
  if (n !== undefined && !n.fromText) return n.percent ? { value: `${n.value}%`, kind: 'text' } : { value: n.value, kind: 'number' };
  if (n !== undefined && n.unit === '' && !n.percent) return { value: n.value, kind: 'number' };
  return { value: cellText(cell), kind: 'text' };
}

/** Why a cell that should hold a number does not: a formula Excel never computed, or text. */
function notANumber(cell: GridCell, what: string): string {
  if (cell.formula !== undefined && cell.number === undefined && cell.text.startsWith('=')) {
    return `应为${what}，但公式 ${cell.text} 没有保存计算结果：请在 Excel 或 WPS 中打开、保存后再导入`;
  }
  return `应为${what}，但不是数字`;
}

class Mapper {
  readonly placements: Placement[] = [];

  constructor(readonly ledger: Ledger) {}

  text(path: Path, cell: GridCell, value = cellText(cell), note?: string): void {
    this.placements.push({ path, value, kind: 'text', where: cell.address, note });
    this.ledger.placed(cell);
  }

  number(path: Path, cell: GridCell, value: string, note?: string): void {
    this.placements.push({ path, value, kind: 'number', where: cell.address, note });
    this.ledger.placed(cell);
  }

  /** A value the form leaves empty that the data file needs: written empty and marked 〔待填〕. */
  missing(path: Path, what: string): void {
    this.placements.push({ path, value: null, kind: 'text', where: '', note: `〔待填〕表中没有${what}` });
  }

  derived(path: Path, value: string, kind: 'text' | 'number', where: string): void {
    this.placements.push({ path, value, kind, where });
  }

  /**
   * A money cell as 万元: a number, or text with separators ("1,864.05"); a sheet in 元 is scaled.
   * A dash is an empty cell; anything else is listed as not placed.
   */
  money(path: Path, cell: GridCell | undefined, scale: MoneyScale): string | undefined {
    if (cell === undefined) return undefined;
    if (isDash(cell.text)) {
      this.ledger.label(cell);
      return undefined;
    }
    const n = cellNumber(cell);
    if (n === undefined || n.percent || !['', '万元', '元'].includes(n.unit)) {
      this.ledger.list(cell, notANumber(cell, '金额'));
      return undefined;
    }
    if (n.value.startsWith('-')) {
      this.ledger.list(cell, '金额为负数，数据文件中的金额不能为负');
      return undefined;
    }
    const inYuan = n.unit === '元' || (n.unit === '' && scale === '元');
    const value = inYuan ? decText(dec(n.value).div(10000)) : n.value;
    const notes = [
      inYuan ? `原为 ${n.value} 元，已折合为万元` : undefined,
      cell.formula !== undefined ? `公式 =${cell.formula} 的计算结果` : undefined,
    ].filter((x): x is string => x !== undefined);
    this.number(path, cell, value, notes.length > 0 ? notes.join('；') : undefined);
    return value;
  }

  score(path: Path, cell: GridCell | undefined): string | undefined {
    if (cell === undefined) return undefined;
    if (isDash(cell.text)) {
      this.ledger.label(cell);
      return undefined;
    }
    const v = cellScore(cell);
    if (v === undefined) {
      this.ledger.list(cell, notANumber(cell, '分数'));
      return undefined;
    }
    this.number(path, cell, v, cell.formula !== undefined ? `公式 =${cell.formula} 的计算结果` : undefined);
    return v;
  }

  /**
   * A rate the form states (执行率, 控制率): kept as stated, in percent, with the tool's own arithmetic
   * beside it in the comment; the draft says so where the two differ.
   */
  rate(path: Path, cell: GridCell | undefined, part: string | undefined, whole: string | undefined, formula: string): void {
    if (cell === undefined || isDash(cell.text)) {
      if (cell) this.ledger.label(cell);
      return;
    }
    const stated = cellNumber(cell);
    if (stated === undefined || !['', '%'].includes(stated.unit)) {
      this.ledger.list(cell, notANumber(cell, '百分比'));
      return;
    }
    // 0.9991 in a cell not formatted as a percentage is a ratio; 99.91 is already in percent.
    const value = stated.percent || dec(stated.value).gt(1) ? stated.value : decText(dec(stated.value).times(100));
    const computed = part !== undefined && whole !== undefined ? percent(part, whole) : undefined;
    const agrees = computed !== undefined && dec(value).toDecimalPlaces(2).eq(computed.toDecimalPlaces(2));
    const note = computed === undefined ? '表中所列' : `表中所列；按 ${formula} 计算为 ${formatNumber(computed, 2)}%${agrees ? '，一致' : '，不一致，请核对'}`;
    this.number(path, cell, value, note);
  }
}

function mapMeta(m: Mapper, kind: ReportKind, score: ScoreTableReading | undefined, year: Reading['year'], options: MappingOptions): void {
  if (options.year !== undefined) {
    m.derived(['meta', 'year'], String(options.year), 'number', '命令行 --year');
    if (year && year.year !== options.year) m.ledger.note(year.where, String(year.year), `表中年度为 ${year.year}，按 --year 取 ${options.year}`);
    else if (year?.cell) m.ledger.label(year.cell);
  } else if (year) {
    if (year.cell) m.number(['meta', 'year'], year.cell, String(year.year), '年度');
    else m.derived(['meta', 'year'], String(year.year), 'number', year.where);
  }
  if (kind === 'project') {
    const unit = score?.implementer ?? score?.department;
    if (unit) m.text(['meta', 'unit'], unit, cellText(unit), unit === score?.implementer ? '实施单位' : '主管部门');
    else m.missing(['meta', 'unit'], '实施单位或主管部门');
    if (score?.department) m.text(['meta', 'department'], score.department);
    if (score?.implementer) m.text(['meta', 'implementer'], score.implementer);
    if (score?.project) m.text(['meta', 'project'], score.project);
    else m.missing(['meta', 'project'], '项目名称');
  } else {
    const unit = score?.unit ?? score?.department ?? score?.implementer;
    if (unit) m.text(['meta', 'unit'], unit);
    else m.missing(['meta', 'unit'], '单位名称');
  }
}

function mapStaffing(m: Mapper, base: BaseTableReading): void {
  const s = base.staffing;
  const count = (field: string, cell: GridCell | undefined): number | undefined => {
    if (cell === undefined) return undefined;
    if (isDash(cell.text)) {
      m.ledger.label(cell);
      return undefined;
    }
    const n = cellCount(cell);
    if (n === undefined) {
      m.ledger.list(cell, '应为人数（整数），但不是');
      return undefined;
    }
    m.number(['staffing', field], cell, String(n));
    return n;
  };
  const authorized = count('authorized', s.authorized);
  const actual = count('actual', s.actual);
  m.rate(['staffing', 'controlRate'], s.rate, actual === undefined ? undefined : String(actual), authorized === undefined ? undefined : String(authorized), '在职人数 ÷ 编制数');
}

function mapFund(m: Mapper, score: ScoreTableReading): { total?: string; actual?: string } {
  const scale = score.scale;
  const totalRow: FundRow | undefined = score.fund.total ?? (Object.values(score.fund).length === 1 ? Object.values(score.fund)[0] : undefined);
  let total: string | undefined;
  let actual: string | undefined;
  if (totalRow) {
    const initial = m.money(['budget', 'initial'], totalRow.cells.initial, scale);
    if (initial === undefined) m.missing(['budget', 'initial'], '年初预算数');
    total = m.money(['budget', 'total'], totalRow.cells.total, scale);
    actual = m.money(['budget', 'actual'], totalRow.cells.actual, scale);
    if (actual === undefined) m.missing(['budget', 'actual'], '全年执行数');
  } else {
    m.missing(['budget', 'initial'], '“年度资金总额”行的年初预算数');
    m.missing(['budget', 'actual'], '“年度资金总额”行的全年执行数');
  }
  for (const key of Object.keys(FUND_SOURCES) as (keyof typeof FUND_SOURCES)[]) {
    const row = score.fund[key];
    if (!row || row === totalRow) continue;
    for (const col of ['initial', 'total', 'actual'] as const) m.money(['budget', 'sources', FUND_SOURCES[key], col], row.cells[col], scale);
    for (const col of ['weight', 'rate', 'score'] as const) {
      const cell = row.cells[col];
      if (cell && !isDash(cell.text)) m.ledger.list(cell, '资金来源行的分值、执行率、得分，数据文件不记录');
      else if (cell) m.ledger.label(cell);
    }
  }
  // Department forms: 按收入性质分 / 按支出性质分, the figure inside the label's cell.
  for (const [key, found] of Object.entries(score.nature)) {
    if (found.value === undefined) continue;
    const field = NATURE_FIELDS[key as keyof typeof NATURE_FIELDS] as string | undefined;
    const cell = { ...found.cell, text: found.value };
    if (field !== undefined) {
      const n = cellNumber(cell);
      if (n === undefined) {
        m.ledger.list(found.cell, '应为金额，但不是数字');
        continue;
      }
      const value = scale === '元' || n.unit === '元' ? decText(dec(n.value).div(10000)) : n.value;
      m.number(['budget', 'byNature', field], found.cell, value, scale === '元' || n.unit === '元' ? `原为 ${n.value} 元，已折合为万元` : undefined);
    } else {
      const n = cellNumber(cell);
      const agrees = n !== undefined && total !== undefined && dec(scale === '元' ? dec(n.value).div(10000) : n.value).eq(total);
      m.ledger.list(found.cell, `${key === 'income' ? '按收入性质分' : '按支出性质分'}的合计即全年预算数，数据文件不另存${total === undefined ? '' : agrees ? '（与全年预算数一致）' : '（与全年预算数不一致，请核对）'}`);
    }
  }
  if (totalRow) {
    m.score(['budgetRate', 'weight'], totalRow.cells.weight);
    m.score(['budgetRate', 'score'], totalRow.cells.score);
    m.rate(['budget', 'rate'], totalRow.cells.rate, actual, total, '全年执行数 ÷ 全年预算数');
  }
  return { ...(total !== undefined ? { total } : {}), ...(actual !== undefined ? { actual } : {}) };
}

function mapGoals(m: Mapper, score: ScoreTableReading): void {
  const { expected, actual } = score.goals;
  if (!expected && !actual) return;
  const list = (path: Path, cell: GridCell): void => {
    const paras = paragraphs(cell);
    if (paras.length === 1) m.text(path, cell, paras[0]);
    else paras.forEach((p, i) => (i === 0 ? m.text([...path, i], cell, p) : m.derived([...path, i], p, 'text', cell.address)));
  };
  if (expected) list(['goals', 'expected'], expected);
  else m.missing(['goals', 'expected'], '预期目标');
  if (actual) list(['goals', 'actual'], actual);
}

function mapIndicators(m: Mapper, score: ScoreTableReading, framework: Framework): void {
  let i = 0;
  /** Stated 一级指标 weights (产出指标（40分）) by the label's first cell, with the weights of its rows. */
  const levelWeights = new Map<GridCell, { weight: string; parts: string[] }>();
  let group: { text: string; cell: GridCell } | undefined;
  for (const row of score.indicators) {
    const level1 = row.level1 ? level1Of(row.level1.text, framework) : row.level2 ? level1FromLevel2(row.level2.text, framework) : undefined;
    const cells = [row.level1, row.level2, row.name, row.target, row.actual, row.weight, row.score, row.deviation].filter((c): c is GridCell => c !== undefined);
    if (level1 === undefined) {
      const said = row.level1 ? `“${cellText(row.level1)}”` : '（表中没有）';
      for (const c of cells) if (c !== row.level1 && c !== row.level2) m.ledger.list(c, `一级指标${said}不在成效框架“${framework.name}”中，这一行无法记录`);
      if (row.level1) m.ledger.list(row.level1, `一级指标${said}无法记录`);
      continue;
    }
    const base = ['indicators', i] as const;
    if (row.level1) m.text([...base, 'level1'], row.level1, level1, cellText(row.level1) === level1 ? undefined : `表中写作“${cellText(row.level1)}”`);
    else m.derived([...base, 'level1'], level1, 'text', `由二级指标“${cellText(row.level2 as GridCell)}”判断`);
    if (row.level2) m.text([...base, 'level2'], row.level2);
    else m.missing([...base, 'level2'], '二级指标');
    if (row.name) m.text([...base, 'name'], row.name);
    else m.missing([...base, 'name'], '三级指标名称');
    if (row.target) {
      const t = targetValue(row.target);
      if (t.kind === 'number') m.number([...base, 'target'], row.target, t.value);
      else m.text([...base, 'target'], row.target, t.value);
    } else m.missing([...base, 'target'], '年度指标值');
    if (row.actual && !isDash(row.actual.text)) {
      const a = targetValue(row.actual);
      if (a.kind === 'number') m.number([...base, 'actual'], row.actual, a.value);
      else m.text([...base, 'actual'], row.actual, a.value);
    } else {
      if (row.actual) m.ledger.label(row.actual);
      m.missing([...base, 'actual'], '实际完成值');
    }
    const weight = m.score([...base, 'weight'], row.weight);
    if (weight === undefined) m.missing([...base, 'weight'], '分值');
    m.score([...base, 'score'], row.score);
    if (row.deviation && !isDash(row.deviation.text) && !/^无$/.test(normalise(row.deviation.text))) {
      const d = deviationOf(row.deviation.text);
      if (d.reason !== undefined) m.text([...base, 'deviation', 'reason'], row.deviation, d.reason);
      if (d.measure !== undefined) {
        if (d.reason !== undefined) m.derived([...base, 'deviation', 'measure'], d.measure, 'text', row.deviation.address);
        else m.text([...base, 'deviation', 'measure'], row.deviation, d.measure);
      }
    } else if (row.deviation) m.ledger.label(row.deviation);
    const stated = row.level1 ? statedWeight(row.level1.text) : undefined;
    if (row.level1 && stated !== undefined && weight !== undefined) {
      // One group for consecutive rows with the same label, merged or repeated in each row.
      if (group?.text !== normalise(row.level1.text)) group = { text: normalise(row.level1.text), cell: row.level1 };
      const entry = levelWeights.get(group.cell) ?? { weight: stated, parts: [] };
      entry.parts.push(weight);
      levelWeights.set(group.cell, entry);
    }
    i++;
  }
  for (const [cell, { weight, parts }] of levelWeights) {
    const total = sum(parts);
    if (!total.eq(weight)) m.ledger.note(cell.address, cellText(cell), `表中写 ${weight} 分，而这一级各指标分值之和为 ${decText(total)} 分，请核对`);
  }
  const t = score.total;
  if (t.label) m.ledger.label(t.label);
  m.score(['scoreSummary', 'weightTotal'], t.weight);
  m.score(['scoreSummary', 'scoreTotal'], t.score);
  if (t.grade) m.text(['scoreSummary', 'grade'], t.grade.cell, t.grade.value);
}

function mapControl(m: Mapper, base: BaseTableReading): void {
  const scale = base.scale;
  let project = -1;
  let publicLine = -1;
  const row3 = (path: Path, r: ControlRowReading): boolean => {
    let any = false;
    for (const col of ['prior', 'budget', 'actual'] as const) if (m.money([...path, col], r[col], scale) !== undefined) any = true;
    return any;
  };
  for (const r of base.control) {
    const three = THREE_PUBLIC[r.key];
    if (three !== undefined) row3(['threePublic', three], r);
    else if (r.key === 'project') row3(['expenseControl', 'projectExpense'], r);
    else if (r.key === 'public') row3(['expenseControl', 'publicExpense'], r);
    else if (r.key === 'procurement') row3(['expenseControl', 'procurement'], r);
    else {
      const filled = [r.prior, r.budget, r.actual].some((c) => c !== undefined && !isDash(c.text));
      if (!filled) continue; // an empty line of the form (运行维护经费 with nothing filled in)
      const group = r.key === 'project.line' ? 'projectExpense' : 'publicExpense';
      const index = r.key === 'project.line' ? ++project : ++publicLine;
      const path = ['expenseControl', group, 'lines', index] as const;
      m.text([...path, 'name'], r.label, r.name);
      row3(path, r);
    }
  }
}

/** What the tables hold, as data-file values in the order the data file lists them. */
export function mapToData(kind: ReportKind, reading: Reading, ledger: Ledger, options: MappingOptions): Placement[] {
  const m = new Mapper(ledger);
  const score = reading.score;
  const title = score ? (score.kind === 'project' ? '项目支出绩效自评表' : '部门整体支出绩效自评表') : '部门整体支出绩效评价基础数据表';
  m.derived(['kind'], kind, 'text', `${(score?.grid ?? reading.base?.grid)?.name ?? ''}：${title}`);
  m.derived(['version'], String(DATA_VERSION), 'number', `数据格式第 ${DATA_VERSION} 版`);
  mapMeta(m, kind, score, reading.year, options);
  if (reading.base && kind === 'department') mapStaffing(m, reading.base);
  if (score) {
    mapFund(m, score);
  } else {
    m.missing(['budget', 'initial'], '自评表（年初预算数）');
    m.missing(['budget', 'actual'], '自评表（全年执行数）');
  }
  if (reading.base && kind === 'department') mapControl(m, reading.base);
  if (score) {
    mapGoals(m, score);
    mapIndicators(m, score, options.framework);
  }
  return m.placements;
}
