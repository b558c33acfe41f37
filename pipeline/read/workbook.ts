/**
 * A workbook as a report: a unit's 自评表 is as often an Excel file as a Word table. Each sheet is
 * written as Markdown the checker reads like a Word file's: the lines above its table (the title,
 * 填报单位) as paragraphs, the title as the sheet's heading, the table as GFM with each number as
 * the sheet shows it (1,452.61; 99.91%), the lines below it (填表人) as paragraphs. What the
 * workbook hides (sheets, rows, columns) is not read: its reader does not see it.
 */
import { headingDepth } from '../text/outline.js';
import type { Grid, GridCell } from './grid.js';
import { escapeBlock, escapeCell, escapeInline, gfmRows } from './markdown-out.js';

/** A cell's text as the sheet shows it, on one line. */
function seen(cell: GridCell | undefined): string {
  return (cell?.shown ?? cell?.text ?? '').replace(/\s*\n\s*/g, ' ').trim();
}

/** How many cells of a row show text of their own. */
function filled(row: readonly GridCell[]): number {
  return row.reduce((n, c) => (seen(c) !== '' ? n + 1 : n), 0);
}

/**
 * A line above or below the table: one cell of text (a title, 填表人：…), or labelled values only,
 * each with its colon (填报单位：某局 | 单位：万元).
 */
const isLine = (row: readonly GridCell[]): boolean => filled(row) <= 1 || row.every((c) => seen(c) === '' || /[:：]/u.test(seen(c)));

/** A title rather than a labelled line (单位名称：…): short, without a colon. */
const isTitle = (text: string): boolean => text !== '' && text.length <= 60 && !/[:：]/.test(text);

/** The sheet as its reader sees it: without the rows and columns it hides. */
function visible(grid: Grid): Grid {
  const { hidden } = grid;
  if (hidden === undefined || (hidden.rows.length === 0 && hidden.cols.length === 0)) return grid;
  const rows = new Set(hidden.rows);
  const cols = new Set(hidden.cols);
  return { ...grid, rows: grid.rows.filter((_, r) => !rows.has(r)).map((row) => row.filter((_, c) => !cols.has(c))), width: grid.width - cols.size };
}

/** A block of the text: a heading, a line or a table, and which cell each stretch of it shows. */
interface Block {
  readonly text: string;
  /** Offsets relative to the block's start. */
  readonly places: readonly CellPlace[];
}

const lineBlock = (text: string, cell: GridCell | undefined, prefix = ''): Block => ({
  text: `${prefix}${text}`,
  places: cell !== undefined ? [{ offset: prefix.length, length: text.length, cell: cell.address }] : [],
});

function sheetBlocks(grid: Grid, headed: boolean): Block[] {
  const rows = grid.rows.filter((r) => filled(r) > 0);
  let first = rows.findIndex((r) => !isLine(r));
  if (first < 0) first = rows.length;
  let last = rows.length - 1;
  while (last >= first && isLine(rows[last] ?? [])) last--;
  // Each line's text (its cells' in order) and the cell it starts in.
  const lines = (from: number, to: number) =>
    rows.slice(from, to).map((r) => ({ cell: r.find((c) => seen(c) !== ''), text: r.map(seen).filter((t) => t !== '').join(' ') }));
  const above = lines(0, first);
  const below = lines(last + 1, rows.length);
  const out: Block[] = [];
  const titled = above.findIndex((l) => isTitle(l.text));
  const title = above[titled];
  if (title !== undefined) out.push(lineBlock(escapeInline(title.text), title.cell, '# '));
  else if (headed) out.push(lineBlock(escapeInline(grid.name), undefined, '# '));
  out.push(...above.filter((_, i) => i !== titled).map((l) => lineBlock(escapeBlock(escapeInline(l.text)), l.cell)));
  const table = rows.slice(first, last + 1);
  // A numbered heading on a line of its own over a row of column names (二、经费控制情况 over 项目 |
  // 2023年决算数 | …) ends one table and starts the next: the rows under it are no rows of the one above.
  let from = 0;
  table.forEach((row, k) => {
    if (k === 0 || filled(row) !== 1 || headingDepth(row.map(seen).join('')) === undefined || !namesColumns(table[k + 1])) return;
    out.push(tableBlock(grid, table.slice(from, k)));
    const [line] = lines(first + k, first + k + 1);
    if (line !== undefined) out.push(lineBlock(escapeBlock(escapeInline(line.text)), line.cell));
    from = k + 1;
  });
  out.push(tableBlock(grid, table.slice(from)));
  out.push(...below.map((l) => lineBlock(escapeBlock(escapeInline(l.text)), l.cell)));
  return out.filter((b) => b.text !== '');
}

/** A row of column names: two cells or more, words only (a year may head a column: 2023年决算数). */
function namesColumns(row: readonly GridCell[] | undefined): boolean {
  return row !== undefined && filled(row) >= 2 && row.every((c) => !/\d/u.test(seen(c).replace(/(?:19|20)\d\d年度?/gu, '')));
}

/** Rows as one GFM table, with the cell each stretch of its text shows. */
function tableBlock(grid: Grid, table: readonly (readonly GridCell[])[]): Block {
  // Columns no row of the table shows anything in (spacers, the sheet's unused width) are left out.
  const used = Array.from({ length: grid.width }, (_, c) => table.some((r) => seen(r[c]) !== ''));
  const kept = table.map((r) => r.filter((_, c) => used[c]));
  const gfm = gfmRows(kept.map((r) => r.map((c) => escapeCell(seen(c)))));
  const places = gfm.cells.flatMap((p) => {
    const cell = kept[p.row]?.[p.col];
    return cell !== undefined ? [{ offset: p.offset, length: p.length, cell: cell.address }] : [];
  });
  return { text: gfm.text, places };
}

/** Where a stretch of the text came from in the workbook. */
export interface CellPlace {
  readonly offset: number;
  readonly length: number;
  /** Sheet!A1. */
  readonly cell: string;
}

/**
 * The workbook's sheets that show anything, as one Markdown text (a heading per sheet when more
 * than one), with the cell each stretch of it shows, in text order.
 */
export function workbookReport(grids: readonly Grid[]): { text: string; places: CellPlace[] } {
  const shown = grids.filter((g) => g.hidden?.sheet !== true).map(visible).filter((g) => g.rows.some((r) => filled(r) > 0));
  const blocks = shown.flatMap((g) => sheetBlocks(g, shown.length > 1));
  const places: CellPlace[] = [];
  let at = 0;
  for (const b of blocks) {
    for (const p of b.places) places.push({ ...p, offset: at + p.offset });
    at += b.text.length + 2;
  }
  return { text: `${blocks.map((b) => b.text).join('\n\n')}\n`, places };
}
