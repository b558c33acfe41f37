import path from 'node:path';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import type { Code } from '../codes.js';
import { diagnostic, inputError, type InputError } from '../errors.js';
import { defaultFramework } from '../load/index.js';
import { readBytes } from '../read/index.js';
import { limits } from '../limits.js';
import { readBaseTable, type BaseTableFound } from './base-table.js';
import { captionCells } from './find.js';
import { checkDataText } from './data-file.js';
import { describeUnplaced, emitYaml, TO_FILL } from './emit.js';
import { contentCells, type Grid, type GridCell } from '../read/grid.js';
import { cellNumber } from './values.js';
import { mapToData, type Placement, type ReportKind } from './mapping.js';
import { Ledger, type Unplaced } from './reading.js';
import { readScoreTable, type ScoreTableFound } from './score-table.js';
import { findYear } from './year.js';


export interface ImportOptions {
  /** The year, when the tables do not say it (or say it wrongly). */
  readonly year?: number | undefined;
  /** Read only this worksheet (or Word table 表N), by name or 1-based number. */
  readonly sheet?: string | undefined;
  /** The data file to be written: validation messages name it. */
  readonly output?: string | undefined;
}

export interface ImportResult {
  /** The data file's text. */
  readonly yaml: string;
  readonly kind: ReportKind;
  /** The worksheets or Word tables read, in order. */
  readonly tables: readonly string[];
  /** Values written, with the cell each came from. */
  readonly placed: number;
  /** Values the data file needs that the tables leave empty, written empty and marked 〔待填〕. */
  readonly toFill: readonly string[];
  /** Non-empty cells not written into the data, each with the reason; also in the YAML's closing comment. */
  readonly unplaced: readonly Unplaced[];
  /** The same, as diagnostics for the terminal (JX_IMPORT_UNPLACED). */
  readonly notes: readonly Diagnostic[];
  /** Cells read as the form's headers, labels and captions: the layout, not values. */
  readonly labels: readonly string[];
  /** Where the data file does not yet validate (values to fill in): what `draft` would refuse. */
  readonly problems: readonly Diagnostic[];
}

function importError(code: Code, file: string, message: string): InputError {
  return inputError(code, message, { file });
}

async function readGrids(file: string): Promise<Grid[]> {
  const ext = path.extname(file).toLowerCase();
  const name = path.basename(file);
  if (ext === '.xlsx' || ext === '.xlsm') {
    const { readXlsxGrids } = await import('../read/xlsx.js');
    return readXlsxGrids(file, await readBytes(file, limits().reportFileBytes, '表格文件'));
  }
  if (ext === '.docx') {
    const { readDocxGrids } = await import('./docx.js');
    return readDocxGrids(file, await readBytes(file, limits().reportFileBytes, '表格文件'));
  }
  const advice =
    ext === '.xls' || ext === '.et'
      ? '请用 Excel 或 WPS 打开后“另存为” .xlsx 格式'
      : ext === '.doc' || ext === '.wps'
        ? '请用 Word 或 WPS 打开后“另存为” .docx 格式'
        : '请提供填好的自评表或基础数据表：Excel（.xlsx）或 Word（.docx）';
  throw importError('JX_IMPORT_UNSUPPORTED', file, `${name} ${ext === '' ? '没有扩展名' : `扩展名为 ${ext}`}，不能导入：${advice}。`);
}

function pickSheets(file: string, grids: Grid[], sheet: string | undefined): Grid[] {
  if (sheet === undefined) return grids;
  const byNumber = /^\d+$/.test(sheet) ? grids[Number(sheet) - 1] : undefined;
  const picked = grids.filter((g) => g.name === sheet || g === byNumber);
  if (picked.length === 0) {
    throw importError('JX_IMPORT_NO_SHEET', file, `${path.basename(file)} 中没有名为“${sheet}”的工作表或表格；其中有：${grids.map((g) => g.name).join('、') || '（无）'}。`);
  }
  return picked;
}

/** A form's title: the caption above a Word table, else a cell naming the form. */
function titleOf(grid: Grid): string | undefined {
  if (grid.caption !== undefined) return grid.caption;
  for (const row of grid.rows.slice(0, 5)) for (const c of row) if (c.master === undefined && /自评表|数据表|评价表/.test(c.text)) return c.text;
  return grid.name;
}

function onlyOne<T extends { reading: { grid: Grid } }>(file: string, found: T[], what: string): T | undefined {
  if (found.length > 1) {
    throw importError(
      'JX_IMPORT_SEVERAL_TABLES',
      file,
      `${path.basename(file)} 中有 ${found.length} 张${what}（${found.map((f) => f.reading.grid.name).join('、')}），一次只能导入一张：请用 --sheet 指定工作表或表格。`,
    );
  }
  return found[0];
}

/**
 * import: a filled 自评表 / 基础数据表 (.xlsx or .docx) → the text of a data file. Throws InputError
 * when the file cannot be read, holds no recognisable table, or does not say its year.
 */
export async function importTables(file: string, options: ImportOptions = {}): Promise<ImportResult> {
  const all = await readGrids(file);
  const grids = pickSheets(file, all, options.sheet);
  const scores: ScoreTableFound[] = [];
  const bases: BaseTableFound[] = [];
  for (const grid of grids) {
    const s = readScoreTable(grid, titleOf(grid));
    if (s) scores.push(s);
    const b = readBaseTable(grid);
    if (b) bases.push(b);
  }
  const score = onlyOne(file, scores, '自评表');
  const base = onlyOne(file, bases, '基础数据表');
  if (!score && !base) {
    throw importError(
      'JX_IMPORT_NO_TABLE',
      file,
      `${path.basename(file)} 中没有找到绩效自评表或基础数据表（按表头“年初预算数”“全年执行数”“三级指标”“年度指标值”“编制数”“决算数”等识别）：请确认文件是填好的自评表，或用 --sheet 指定所在的工作表。`,
    );
  }
  const kind: ReportKind = score?.reading.kind ?? 'department';
  const year = findYear(score?.reading, base?.reading);
  if (options.year === undefined && year === undefined) {
    throw importError('JX_IMPORT_NO_YEAR', file, `${path.basename(file)} 的表中找不到年度（如标题“2024年度项目支出绩效自评表”）：请用 --year 指定，例如 --year 2024。`);
  }

  const ledger = new Ledger();
  for (const cell of [...(score?.labels ?? []), ...(kind === 'department' ? (base?.labels ?? []) : [])]) ledger.label(cell);
  const reading = { score: score?.reading, base: kind === 'department' ? base?.reading : undefined, year };
  const used = new Set([reading.score?.grid, reading.base?.grid].filter((g): g is Grid => g !== undefined));
  const placements = mapToData(kind, reading, ledger, { year: options.year, framework: defaultFramework(kind) });
  for (const grid of used) {
    for (const cell of captionCells(grid)) ledger.label(cell);
    labelRepeats(grid, ledger);
  }


  for (const grid of grids) {
    const reason = used.has(grid)
      ? '未能识别这一格属于表中哪一项'
      : base && grid === base.reading.grid && kind === 'project'
        ? '基础数据表只用于部门整体支出报告，项目支出报告不读取'
        : `${grid.name} 未识别为自评表或基础数据表`;
    for (const cell of contentCells(grid)) if (!ledger.has(cell)) ledger.list(cell, reason);
  }
  const unplaced = orderUnplaced(ledger.unplaced, grids);
  const toFill = placements.filter((p) => p.value === null).map((p) => dotPath(p.path));

  const tableNames = grids.filter((g) => used.has(g)).map((g) => g.name);
  const form = kind === 'project' ? '项目支出绩效自评表' : reading.score ? '部门整体支出绩效自评表' : '部门整体支出绩效评价基础数据表';
  const header = [
    `由 jixiao import 从 ${path.basename(file)} 导入：${form}${reading.score && reading.base ? '及基础数据表' : ''}（${tableNames.join('、')}）。`,
    '每个值后面的注释是它所在的单元格（Word 表格记作 表N!列行，按拆开合并单元格后的行列）。',
    `${TO_FILL}：表中没有、起草前需要补上的值。未写入数据的单元格列在文件末尾。`,
    '文字部分（职能、问题、措施等）可用 --prior 从上年报告沿用，或在此补写。',
  ];
  const yaml = emitYaml(placements, unplaced, header);
  return { yaml, kind, tables: tableNames, placed: placements.filter((p) => p.value !== null).length, toFill, unplaced, notes: unplacedDiagnostics(file, unplaced), labels: ledger.labels(), problems: checkDataText(options.output ?? file.replace(/\.[^.]+$/, '.yaml'), yaml) };
}

/**
 * A sheet without merges repeats a merged cell's text in every cell it covered (年度总体目标 down two
 * rows, a goal across four columns): a text equal to its neighbour's on the left or above, which was
 * read, is that same cell. Figures are never taken this way: an unread number is always listed.
 */
function labelRepeats(grid: Grid, ledger: Ledger): void {
  for (const row of grid.rows) {
    for (const cell of row) {
      if (cell.master !== undefined || cell.text === '' || ledger.has(cell) || cellNumber(cell) !== undefined) continue;
      const left = grid.rows[cell.row]?.[cell.col - 1];
      const above = grid.rows[cell.row - 1]?.[cell.col];
      const same = (n: GridCell | undefined): boolean => n !== undefined && n.master === undefined && n.text === cell.text && ledger.has(n) && ledger.roleOf(n.address) !== 'listed';
      if (same(left) || same(above)) ledger.label(cell);
    }
  }
}

/** Cells in sheet order, row by row; notes that are not cells after them. */
function orderUnplaced(list: readonly Unplaced[], grids: readonly Grid[]): Unplaced[] {
  const position = new Map<string, number>();
  let k = 0;
  for (const grid of grids) for (const row of grid.rows) for (const cell of row) position.set(cell.address, k++);
  return [...list].sort((a, b) => (position.get(a.where) ?? Infinity) - (position.get(b.where) ?? Infinity));
}

function dotPath(p: Placement['path']): string {
  return p.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/** One line per cell not placed, for the terminal. */
function unplacedDiagnostics(file: string, unplaced: readonly Unplaced[]): Diagnostic[] {
  return unplaced.map((u) => diagnostic('JX_IMPORT_UNPLACED', describeUnplaced(u), { location: { file } }));
}

