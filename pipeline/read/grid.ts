/**
 * A table as the intake stage sees it, whatever file it came from: a rectangle of cells, each with
 * the address a user can find it by (自评表!D5 in a workbook, 表1!D5 for the first table of a Word
 * file), its text, its number when it holds one, and the top-left cell of the merge covering it.
 */
export interface GridCell {
  readonly row: number;
  readonly col: number;
  /** Sheet!A1, as the YAML comments and messages show it. */
  readonly address: string;
  /** The text as written, trimmed; '' for an empty cell and for a cell covered by a merge. */
  readonly text: string;
  /** Set when the cell holds a number (not text that looks like one): its canonical decimal text. */
  readonly number?: string | undefined;
  /** The text as the sheet shows the number, when its format makes that differ from `text` (1,452.61; 99.91%). */
  readonly shown?: string | undefined;
  /** The number is shown as a percentage (0.9991 with format 0.00%): `number` is already × 100. */
  readonly percent?: boolean | undefined;
  /** The formula whose cached result the cell shows. */
  readonly formula?: string | undefined;
  /** Row and column of the merge's top-left cell, when this cell is covered by a merge. */
  readonly master?: { readonly row: number; readonly col: number } | undefined;
}

export interface Grid {
  /** Sheet name, or 表N for the Nth table of a Word file. */
  readonly name: string;
  /** Text just above the table in a Word file (its title), if any. */
  readonly caption?: string | undefined;
  readonly rows: readonly (readonly GridCell[])[];
  readonly width: number;
  /** What a workbook hides from its reader: the sheet itself, or some of its rows and columns (0-based). */
  readonly hidden?: { readonly sheet: boolean; readonly rows: readonly number[]; readonly cols: readonly number[] } | undefined;
}

/** A, B, … Z, AA, AB …: the column letters of a 0-based column. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function cellAddress(sheet: string, row: number, col: number): string {
  return `${sheet}!${columnLetters(col)}${row + 1}`;
}

/** The cell at (row, col), or undefined outside the grid. */
export function cellAt(grid: Grid, row: number, col: number): GridCell | undefined {
  return grid.rows[row]?.[col];
}

/** The cell whose content shows at (row, col): the merge's top-left cell for a covered cell. */
export function shownAt(grid: Grid, row: number, col: number): GridCell | undefined {
  const cell = cellAt(grid, row, col);
  if (cell?.master === undefined) return cell;
  return cellAt(grid, cell.master.row, cell.master.col);
}

/** Cells that carry content of their own: neither empty nor covered by a merge. */
export function* contentCells(grid: Grid): Generator<GridCell> {
  for (const row of grid.rows) for (const cell of row) if (cell.master === undefined && cell.text !== '') yield cell;
}

/** The last column a merge starting at this cell covers (the cell's own column when not merged). */
export function lastColumn(grid: Grid, cell: GridCell): number {
  let c = cell.col;
  const row = grid.rows[cell.row] ?? [];
  while (row[c + 1]?.master?.row === cell.row && row[c + 1]?.master?.col === cell.col) c++;
  return c;
}

/**
 * A cell's text as a header or label compares: no spaces or line breaks (Word tables wrap 年初 / 预算数),
 * full-width brackets and colons as ASCII, no trailing colon.
 */
export function normalise(text: string): string {
  return text
    .replace(/[\s\u3000\u00a0]+/gu, '')
    .replace(/（/gu, '(')
    .replace(/）/gu, ')')
    .replace(/：/gu, ':')
    .replace(/:$/u, '');
}
