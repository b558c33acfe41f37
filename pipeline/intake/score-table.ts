import { normalise, shownAt, type Grid, type GridCell } from '../read/grid.js';
import { findCells, headerSpans, ownCells, rightOf, valueAt, valueIn, type Span } from './find.js';
import type { FundColumn, FundRow, FundRowKey, IndicatorRow, MoneyScale, NatureKey, ScoreTableReading } from './reading.js';

/**
 * The 绩效自评表 (project or whole department), read by its headers: where 年初预算数, 三级指标 or 总分
 * stand decides which cell is what, so blank rows, reordered columns and merged headers still read.
 */

const META = {
  project: /^项目(支出)?名称(\(.*\))?$/,
  department: /^主管部门(\(单位\))?$/,
  implementer: /^实施单位$/,
  unit: /^(省级|市级|县级|区级)?(预算)?(单位|部门)(\(单位\))?名称$/,
} as const;

const isMetaLabel = (t: string): boolean => Object.values(META).some((re) => re.test(t));

const FUND_HEADER: Record<FundColumn, RegExp> = {
  initial: /^年初预算(数|金额)?$/,
  total: /^(全年|调整后)预算(数|金额)?$/,
  actual: /^(全年)?执行(数|金额)$|^实际支出(数)?$/,
  weight: /^分值$/,
  rate: /^(预算)?执行率$/,
  score: /^得分$/,
};

const FUND_ROWS: ReadonlyArray<[FundRowKey, RegExp]> = [
  ['total', /^(年度)?资金总额$|^合计$/],
  ['current', /当年财政拨款$|^财政拨款$/],
  ['prior', /上年结转(资金)?$/],
  ['other', /^(其中:)?其他资金$/],
];

const NATURE: ReadonlyArray<[NatureKey, RegExp]> = [
  ['income', /^按收入性质分$/],
  ['spending', /^按支出性质分$/],
  ['general', /^(其中:)?一般公共预算(拨款)?$/],
  ['fund', /^(其中:)?政府性基金(预算)?(拨款)?$/],
  ['nonTax', /^(其中:)?纳入专户管理的非税收入(拨款)?$/],
  ['other', /^(其中:)?其他资金$/],
  ['basic', /^(其中:)?基本支出$/],
  ['project', /^(其中:)?项目支出$/],
];

const INDICATOR_HEADER = {
  level1: /^一级指标$/,
  level2: /^二级指标$/,
  name: /^三级指标$|^指标名称$/,
  target: /^(年度)?(指标值|目标值)$/,
  actual: /^实际(完成)?值$|^完成值$/,
  weight: /^分值$|^权重$/,
  score: /^(自评)?得分$/,
  deviation: /偏差|原因分析|改进措施/,
} as const;
type IndicatorColumn = keyof typeof INDICATOR_HEADER;

const TOTAL = /^(总分|合计|总计)$/;
const GRADE = /^(?:(?:自评)?等级:?)?(优|良|中|差)$/;

/** 项目资金（万元） / 单位：元 / 注：金额单位为万元: the scale of the amounts in a block. */
export function scaleIn(cells: readonly GridCell[]): MoneyScale | undefined {
  for (const cell of cells) {
    const m = SCALE.exec(normalise(cell.text));
    if (m) return (m[1] ?? m[2]) === '元' ? '元' : '万元';
  }
  return undefined;
}

const SCALE = /\((万元|元)\)|单位(?:为|:)?(万元|元)/;

/** A note under or over a table that only states the unit of its amounts. */
export const SCALE_NOTE = /^(注:?)?(金额)?单位(为|:)?(万元|元)。?$/;

function fundBlock(grid: Grid, labels: GridCell[]): { fund: Partial<Record<FundRowKey, FundRow>>; scale: MoneyScale | undefined; headerRow: number } | undefined {
  const header = grid.rows.findIndex((_, r) => {
    const texts = ownCells(grid, r).map((c) => normalise(c.text));
    return texts.some((t) => FUND_HEADER.initial.test(t) || FUND_HEADER.total.test(t)) && texts.some((t) => FUND_HEADER.actual.test(t));
  });
  if (header < 0) return undefined;
  const spans = headerSpans(grid, header, FUND_HEADER);
  const first = Math.min(...Object.values(spans).map((s) => (s as Span).col));
  for (const s of Object.values(spans)) labels.push((s as Span).cell);
  // The block's own label (项目资金（万元）) sits left of the headers, often merged down the block.
  const blockLabels = ownCells(grid, header).filter((c) => c.col < first);
  labels.push(...blockLabels);
  const fund: Partial<Record<FundRowKey, FundRow>> = {};
  const scaleCells = [...blockLabels];
  for (let r = header + 1; r < grid.rows.length; r++) {
    const left = ownCells(grid, r).filter((c) => c.col < first);
    const label = left.map((c) => normalise(c.text)).join('');
    // A sheet without merges repeats a merged label in every cell it covered (项目资金 down the block,
    // 年度资金总额 across two columns): any one cell naming the row will do.
    const named = (re: RegExp): boolean => re.test(label) || left.some((c) => re.test(normalise(c.text)));
    const key = FUND_ROWS.find(([, re]) => named(re))?.[0];
    if (key === undefined) {
      if (label === '' && ownCells(grid, r).length === 0) continue;
      // A label with its figures inside (按收入性质分：…) or a new block ends the fund rows.
      if (label === '' || /[:：]/.test(left.map((c) => c.text).join('')) || fund.total !== undefined || Object.keys(fund).length > 0) break;
      scaleCells.push(...left);
      labels.push(...left);
      continue;
    }
    labels.push(...left);
    const cells: Partial<Record<FundColumn, GridCell>> = {};
    for (const col of Object.keys(spans) as FundColumn[]) {
      const v = valueIn(grid, r, spans[col]);
      if (v) cells[col] = v;
    }
    const row = left[left.length - 1];
    if (row) fund[key] = { label: row, cells };
  }
  return { fund, scale: scaleIn(scaleCells), headerRow: header };
}

/** 按收入性质分：1452.61 / 其中：一般公共预算：1452.61 — a label with its figure written inside the cell. */
function natureCells(grid: Grid, labels: GridCell[]): ScoreTableReading['nature'] {
  const out: { [K in NatureKey]?: { cell: GridCell; value: string | undefined } } = {};
  for (const row of grid.rows) {
    for (const cell of row) {
      if (cell.master !== undefined || !/[:：]/.test(cell.text)) continue;
      const flat = cell.text.replace(/[\s\u3000]+/gu, '').replace(/：/gu, ':');
      const m = /^(.*?[^:]):([^:]*)$/.exec(flat);
      if (!m) continue;
      const key = NATURE.find(([, re]) => re.test(m[1] ?? ''))?.[0];
      if (key === undefined || out[key] !== undefined) continue;
      const value = (m[2] ?? '') === '' ? undefined : m[2];
      out[key] = { cell, value };
      if (value === undefined) labels.push(cell);
    }
  }
  return out;
}

function goals(grid: Grid, labels: GridCell[]): ScoreTableReading['goals'] {
  const label = findCells(grid, /^年度(总体|绩效)?(总体)?目标$|^总体目标$/)[0];
  if (!label) return {};
  labels.push(label);
  const window: [number, number] = [label.row, label.row + 2];
  const expectedHead = findCells(grid, /^(年度)?预期目标$/, window)[0];
  const actualHead = findCells(grid, /^实际完成(情况)?$/, window)[0];
  const below = (head: GridCell | undefined): GridCell | undefined => {
    if (!head) return undefined;
    labels.push(head);
    for (let r = head.row + 1; r <= head.row + 3; r++) {
      const v = valueAt(grid, r, head.col);
      // An empty goal cell: the indicators' header below it is not the goal.
      if (v && Object.values(INDICATOR_HEADER).some((re) => re.test(normalise(v.text)))) return undefined;
      if (v && !/^绩效指标$/.test(normalise(v.text))) return v;
    }
    return undefined;
  };
  if (!expectedHead && !actualHead) return { expected: rightOf(grid, label, () => false) };
  return { expected: below(expectedHead), actual: below(actualHead) };
}

function indicatorBlock(grid: Grid, labels: GridCell[]): { rows: IndicatorRow[]; total: ScoreTableReading['total'] } | undefined {
  const header = grid.rows.findIndex((_, r) => {
    const texts = ownCells(grid, r).map((c) => normalise(c.text));
    return texts.some((t) => INDICATOR_HEADER.name.test(t)) && texts.some((t) => INDICATOR_HEADER.target.test(t) || INDICATOR_HEADER.actual.test(t));
  });
  if (header < 0) return undefined;
  const spans = headerSpans(grid, header, INDICATOR_HEADER);
  for (const s of Object.values(spans)) labels.push((s as Span).cell);
  const nameCol = spans.name?.col ?? 0;
  // The 绩效指标 label left of the header, merged down the block (or repeated down it on a sheet without merges).
  const firstCol = Math.min(...Object.values(spans).map((s) => (s as Span).col));
  const blockLabels = ownCells(grid, header).filter((c) => c.col < firstCol);
  labels.push(...blockLabels);
  const blockTexts = new Set(blockLabels.map((c) => normalise(c.text)));

  const rows: IndicatorRow[] = [];
  let total: ScoreTableReading['total'] = {};
  let level1: GridCell | undefined;
  let level2: GridCell | undefined;
  /** A level column: a merge carries its text down; a blank cell under a written one repeats it (a sheet without merges). */
  const level = (r: number, span: Span | undefined, previous: GridCell | undefined, reset: boolean): GridCell | undefined => {
    if (span === undefined) return undefined;
    const shown = shownAt(grid, r, span.col);
    if (shown !== undefined && shown.text !== '') return shown;
    return reset ? undefined : previous;
  };
  for (let r = header + 1; r < grid.rows.length; r++) {
    const own = ownCells(grid, r);
    labels.push(...own.filter((c) => c.col < firstCol && blockTexts.has(normalise(c.text))));
    const lead = own.filter((c) => c.col <= nameCol).map((c) => normalise(c.text));
    if (lead.some((t) => TOTAL.test(t))) {
      const label = own.find((c) => TOTAL.test(normalise(c.text)));
      const repeats = own.filter((c) => TOTAL.test(normalise(c.text)));
      labels.push(...repeats);
      const after = own.filter((c) => !repeats.includes(c) && (label === undefined || c.col > label.col));
      const gradeCell = after.find((c) => GRADE.test(normalise(c.text)));
      const numbers = after.filter((c) => c !== gradeCell);
      const weight = valueIn(grid, r, spans.weight) ?? numbers[0];
      const score = valueIn(grid, r, spans.score) ?? numbers.find((c) => c !== weight);
      total = {
        ...(label ? { label } : {}),
        weight: weight === gradeCell ? undefined : weight,
        score: score === gradeCell ? undefined : score,
        grade: gradeCell ? { cell: gradeCell, value: GRADE.exec(normalise(gradeCell.text))?.[1] ?? '' } : undefined,
      };
      break;
    }
    const l1 = level(r, spans.level1, level1, false);
    const l2 = level(r, spans.level2, level2, l1 !== level1);
    level1 = l1;
    level2 = l2;
    const cells: Partial<Record<IndicatorColumn, GridCell>> = {};
    for (const col of ['name', 'target', 'actual', 'weight', 'score', 'deviation'] as const) {
      const v = valueIn(grid, r, spans[col]);
      if (v) cells[col] = v;
    }
    if (Object.keys(cells).length === 0) {
      // A form's empty row (生态效益指标 with nothing filled): its level labels are layout.
      if (l1) labels.push(l1);
      if (l2 && l2.row === r) labels.push(l2);
      continue;
    }
    rows.push({ level1: l1, level2: l2, ...cells });
  }
  return { rows, total };
}

export interface ScoreTableFound {
  readonly reading: ScoreTableReading;
  /** Cells read as headers and labels: the layout, not values. */
  readonly labels: readonly GridCell[];
}

/**
 * Reads a grid as a 绩效自评表, or undefined when it has neither the fund header (年初预算数 … 全年执行数)
 * nor the indicator header (三级指标 … 年度指标值). The kind comes from the labels: 项目名称 is a
 * project's table, 单位名称 a department's; otherwise the title decides.
 */
export function readScoreTable(grid: Grid, title: string | undefined): ScoreTableFound | undefined {
  const labels: GridCell[] = [];
  const fund = fundBlock(grid, labels);
  const indicators = indicatorBlock(grid, labels);
  if (fund === undefined && indicators === undefined) return undefined;
  const meta = (re: RegExp): GridCell | undefined => {
    const label = findCells(grid, re)[0];
    if (!label) return undefined;
    labels.push(label);
    return rightOf(grid, label, isMetaLabel);
  };
  const project = meta(META.project);
  const department = meta(META.department);
  const implementer = meta(META.implementer);
  const unit = meta(META.unit);
  const nature = natureCells(grid, labels);
  const kind: 'project' | 'department' =
    project !== undefined || findCells(grid, META.project).length > 0
      ? 'project'
      : unit !== undefined || Object.keys(nature).length > 0 || /整体|部门|单位/.test(title ?? '')
        ? 'department'
        : 'project';
  const scale = fund?.scale ?? scaleIn(findCells(grid, SCALE_NOTE)) ?? '万元';
  return {
    reading: {
      grid,
      kind,
      scale,
      project,
      department,
      implementer,
      unit,
      fund: fund?.fund ?? {},
      nature,
      goals: goals(grid, labels),
      indicators: indicators?.rows ?? [],
      total: indicators?.total ?? {},
    },
    labels,
  };
}
