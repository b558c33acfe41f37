import { cellAt, lastColumn, normalise, type Grid, type GridCell } from '../read/grid.js';

/** Cells with content of their own whose normalised text matches, in reading order. */
export function findCells(grid: Grid, re: RegExp, rows: [number, number] = [0, grid.rows.length - 1]): GridCell[] {
  const out: GridCell[] = [];
  for (let r = Math.max(0, rows[0]); r <= Math.min(rows[1], grid.rows.length - 1); r++) {
    for (const cell of grid.rows[r] ?? []) if (cell.master === undefined && cell.text !== '' && re.test(normalise(cell.text))) out.push(cell);
  }
  return out;
}

/** The non-empty cells of a row that are not covered by a merge. */
export function ownCells(grid: Grid, row: number): GridCell[] {
  return (grid.rows[row] ?? []).filter((c) => c.master === undefined && c.text !== '');
}

/**
 * The cell whose value shows at (row, col) when read across a row: the cell itself, or the start of a
 * merge across columns of the same row. A merge coming down from a row above shows nothing new here.
 */
export function valueAt(grid: Grid, row: number, col: number): GridCell | undefined {
  const cell = cellAt(grid, row, col);
  if (cell === undefined) return undefined;
  if (cell.master === undefined) return cell.text === '' ? undefined : cell;
  if (cell.master.row !== row) return undefined;
  const master = cellAt(grid, cell.master.row, cell.master.col);
  return master?.text === '' ? undefined : master;
}

/** A header's columns: where it starts and the last column its merge covers. */
export interface Span {
  readonly col: number;
  readonly end: number;
  readonly cell: GridCell;
}

export function spanOf(grid: Grid, cell: GridCell): Span {
  return { col: cell.col, end: lastColumn(grid, cell), cell };
}

/** The first value under a header within its columns, on one row. */
export function valueIn(grid: Grid, row: number, span: Span | undefined): GridCell | undefined {
  if (span === undefined) return undefined;
  for (let c = span.col; c <= span.end; c++) {
    const v = valueAt(grid, row, c);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Header columns of one row, each found by the first cell matching its pattern. */
export function headerSpans<K extends string>(grid: Grid, row: number, patterns: Readonly<Record<K, RegExp>>): Partial<Record<K, Span>> {
  const out: Partial<Record<K, Span>> = {};
  const cells = ownCells(grid, row);
  for (const key of Object.keys(patterns) as K[]) {
    const cell = cells.find((c) => patterns[key].test(normalise(c.text)));
    if (cell) out[key] = spanOf(grid, cell);
  }
  return out;
}

/** The first cell with content right of a label in its row (past the label's own merge), if not another label. */
export function rightOf(grid: Grid, label: GridCell, isLabel: (text: string) => boolean): GridCell | undefined {
  const row = grid.rows[label.row] ?? [];
  for (let c = lastColumn(grid, label) + 1; c < row.length; c++) {
    const v = valueAt(grid, label.row, c);
    // The label repeated (a sheet without merges) is still the label.
    if (v === undefined || normalise(v.text) === normalise(label.text)) continue;
    return isLabel(normalise(v.text)) ? undefined : v;
  }
  return undefined;
}

/** A form's title: 2024年度项目支出绩效自评表. */
export const FORM_TITLE = /(?:19|20)\d{2}年度?.*(自评表|数据表|评价表|评分表)$/u;

/** Lines that only explain the form: its title, the unit of its amounts, what a dash means. */
const CAPTION = [FORM_TITLE, /^(注:?)?(金额)?单位(为|:)?(万元|元)。?$/u, /^注:?[“"]?[—–-]+[”"]?表示/u];

/** Cells that caption or annotate a form rather than hold its values. */
export function captionCells(grid: Grid): GridCell[] {
  return CAPTION.flatMap((re) => findCells(grid, re));
}
