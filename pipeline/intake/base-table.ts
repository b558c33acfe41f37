import { normalise, type Grid, type GridCell } from '../read/grid.js';
import { findCells, ownCells, valueAt, valueIn, spanOf, type Span } from './find.js';
import type { BaseTableReading, ControlKey, ControlRowReading } from './reading.js';
import { scaleIn } from './score-table.js';
import { cellNumber, isDash } from './values.js';

/**
 * The 部门整体支出绩效评价基础数据表: 财政供养人员情况 (编制数, 在职人数, 控制率) and 经费控制情况, whose
 * columns are last year's 决算, this year's 预算 and 决算, told apart by the years in their headers.
 */

const STAFF = {
  authorized: /^编制(数|人数)(\(人\))?$/,
  actual: /在职人数(\(人\))?$|实有人数(\(人\))?$/,
  rate: /控制率$/,
} as const;

/** Rows of 经费控制情况, tried in order (公务用车购置和维护经费 is the vehicle total, 公车购置 a part of it). */
const CONTROL_ROWS: ReadonlyArray<[ControlKey, RegExp]> = [
  ['three.total', /^[“"]?三公[”"]?经费(合计)?$/],
  ['three.vehicle', /^公务用车购置(和|及|与)?(运行)?维护(经)?费$|^公务用车(经)?费$/],
  ['three.vehiclePurchase', /^公(车|务用车)购置(费)?$/],
  ['three.vehicleOperation', /^公(车|务用车)运行(和)?维护(费)?$/],
  ['three.overseas', /出国|出境/],
  ['three.reception', /^公务接待(费)?$/],
  ['project', /^项目支出(合计)?$/],
  ['public', /^公用经费(合计)?$/],
  ['procurement', /^政府采购(金额|支出)?$/],
];

/** Captions of the form's parts and of the parts the data file has no fields for (their figures are listed). */
const FORM_LABELS =
  /^财政供养人员(情况)?(\(人\))?$|^经费控制(情况)?(\((万元|元)\))?$|^楼堂馆所|^批复规模|^实际规模|^规模控制率$|^预算投资|^实际投资|^投资概算控制率$|^厉行节约(保障)?措施$|^说明:/;

const STOP = /楼堂馆所|厉行节约|^说明|^备注|填表人|单位负责人/;

/** 1、业务工作经费 / 其中：办公经费 / （一）… → the line's own name. */
function lineName(text: string): string {
  return normalise(text)
    .replace(/^(\d+[、.．)]|[一二三四五六七八九十]+、|\(\d+\)|\([一二三四五六七八九十]+\))/u, '')
    .replace(/^其中:?/u, '')
    .replace(/:$/u, '');
}

function staffing(grid: Grid, labels: GridCell[]): BaseTableReading['staffing'] {
  const out: { -readonly [K in keyof typeof STAFF]?: GridCell } = {};
  for (const key of Object.keys(STAFF) as (keyof typeof STAFF)[]) {
    const head = findCells(grid, STAFF[key])[0];
    if (!head) continue;
    labels.push(head);
    const span = spanOf(grid, head);
    // The figure under the header (a blank row may come between), or right of it on a form laid out
    // in pairs (编制数 | 16 | 在职人数 | 14): the first of these that holds a number.
    const below = [1, 2, 3].map((d) => valueIn(grid, head.row + d, span));
    const candidates = [...below.slice(0, below.findIndex((v) => v !== undefined) + 1), valueAt(grid, head.row, span.end + 1)];
    const value = candidates.find((v) => v !== undefined && (cellNumber(v) !== undefined || isDash(v.text)));
    if (value) out[key] = value;
  }
  return out;
}

interface ControlColumns {
  readonly prior?: Span;
  readonly budget?: Span;
  readonly actual?: Span;
}

/** 2022年决算数 / 2023年预算数 / 2023年决算数 (or 上年决算、本年预算、本年决算): which column is which. */
function controlColumns(grid: Grid, row: number): ControlColumns | undefined {
  const heads = ownCells(grid, row)
    .map((cell) => ({ cell, text: normalise(cell.text) }))
    .filter((h) => /(决算|预算)(数|金额)?$/.test(h.text));
  // A 决算 column tells this table from the 自评表's 年初预算数 / 全年预算数.
  if (heads.length < 2 || !heads.some((h) => /决算/.test(h.text))) return undefined;
  const yearOf = (t: string): number | undefined => {
    const m = /(\d{4})年/.exec(t);
    if (m) return Number(m[1]);
    if (/上年|上一年/.test(t)) return -1;
    if (/本年|当年/.test(t)) return 0;
    return undefined;
  };
  const finals = heads.filter((h) => /决算/.test(h.text));
  const budgets = heads.filter((h) => /预算/.test(h.text));
  const byYear = [...finals].sort((a, b) => (yearOf(a.text) ?? 0) - (yearOf(b.text) ?? 0) || a.cell.col - b.cell.col);
  const out: { prior?: Span; budget?: Span; actual?: Span } = {};
  if (byYear.length >= 2) {
    const first = byYear[0];
    const last = byYear[byYear.length - 1];
    if (first) out.prior = spanOf(grid, first.cell);
    if (last) out.actual = spanOf(grid, last.cell);
  } else if (byYear[0]) {
    const y = yearOf(byYear[0].text);
    if (y === -1) out.prior = spanOf(grid, byYear[0].cell);
    else out.actual = spanOf(grid, byYear[0].cell);
  }
  const budget = budgets[budgets.length - 1];
  if (budget) out.budget = spanOf(grid, budget.cell);
  return out;
}

function control(grid: Grid, labels: GridCell[]): { rows: ControlRowReading[]; scaleCells: GridCell[] } {
  const header = grid.rows.findIndex((_, r) => controlColumns(grid, r) !== undefined);
  if (header < 0) return { rows: [], scaleCells: [] };
  const columns = controlColumns(grid, header) ?? {};
  const spans = [columns.prior, columns.budget, columns.actual].filter((s): s is Span => s !== undefined);
  for (const s of spans) labels.push(s.cell);
  const first = Math.min(...spans.map((s) => s.col));
  const headLeft = ownCells(grid, header).filter((c) => c.col < first);
  labels.push(...headLeft);
  const rows: ControlRowReading[] = [];
  let group: 'project' | 'public' | undefined;
  for (let r = header + 1; r < grid.rows.length; r++) {
    const left = ownCells(grid, r).filter((c) => c.col < first);
    const label = left[0];
    if (label === undefined) continue;
    const text = lineName(left.map((c) => c.text).join(''));
    if (STOP.test(normalise(label.text))) break;
    const key = CONTROL_ROWS.find(([, re]) => re.test(text))?.[0];
    const values = { prior: valueIn(grid, r, columns.prior), budget: valueIn(grid, r, columns.budget), actual: valueIn(grid, r, columns.actual) };
    if (key === 'project' || key === 'public') group = key;
    else if (key !== undefined) group = undefined;
    const rowKey: ControlKey | undefined = key ?? (group === 'project' ? 'project.line' : group === 'public' ? 'public.line' : undefined);
    const filled = Object.values(values).filter((v): v is GridCell => v !== undefined);
    labels.push(...filled.filter((v) => isDash(v.text)));
    if (rowKey === undefined) {
      // A form row the data file has no field for: its label is layout when nothing is filled in,
      // otherwise the row is left for the list of cells not placed.
      if (filled.every((v) => isDash(v.text))) labels.push(...left);
      continue;
    }
    labels.push(...left);
    rows.push({ key: rowKey, label, name: text, ...values });
  }
  return { rows, scaleCells: headLeft };
}

export interface BaseTableFound {
  readonly reading: BaseTableReading;
  readonly labels: readonly GridCell[];
}

/** Reads a grid as a 基础数据表, or undefined when it has neither 编制数 nor the 决算/预算 columns. */
export function readBaseTable(grid: Grid): BaseTableFound | undefined {
  const labels: GridCell[] = [];
  const staff = staffing(grid, labels);
  const { rows, scaleCells } = control(grid, labels);
  if (Object.keys(staff).length === 0 && rows.length === 0) return undefined;
  labels.push(...findCells(grid, FORM_LABELS));
  return { reading: { grid, scale: scaleIn(scaleCells) ?? '万元', staffing: staff, control: rows }, labels };
}
