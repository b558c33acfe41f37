/**
 * Table structure in report text, without a Markdown parser (remark sees a plain-text report as
 * one paragraph, and the seeds' tables are tab separated). Three shapes are read:
 *
 * - GFM: `| a | b |` lines; the row before a `|---|` line is the header.
 * - tab rows: one row per line, cells separated by tabs (the project seed's 自评表).
 * - tab cells: one cell per line, each line opening with a tab; a blank line before a tab line
 *   starts a new row; a line without a tab right after a cell continues it ("年度预\n算申请"), and so
 *   does a short line after a blank when a cell line follows ("产出指标\n\n(40分)"): the
 *   district seed's 基础数据表 and 自评表.
 *
 * - cell lines: one cell per line with nothing to mark it, as a web page's table copies (text/cell-lines.ts).
 *
 * A flattened PDF table (zhuzhou-2022) has no separators left: those lines are recognised by
 * LineIndex.flattened, and their figures are marked inTable with prose subjects.
 */
import { charAt, type MentionLines } from './lines.js';
import { cellLineTables } from '../text/cell-lines.js';

export interface TableCell {
  /** Trimmed content: [start, end), start === end for an empty cell. */
  start: number;
  end: number;
}

export interface TableRow {
  cells: TableCell[];
  kind: 'gfm' | 'tab';
  /** Rows of one block share a header; the block ends at a line of prose. */
  block: number;
  /** GFM: the row right above the delimiter row. */
  forcedHeader: boolean;
}

export interface TableLayout {
  rows: TableRow[];
  /** Per line: part of a table (for the 12月 rule and line-start checks). */
  tableLine: boolean[];
}

const GFM_DELIMITER = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 0xa0 || code === 13 || code === 10;
}

function trimmed(text: string, start: number, end: number): TableCell {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

type LineKind = 'gfm' | 'tabrow' | 'tabcell' | 'blank' | 'text';

function classify(line: string): LineKind {
  const first = line.indexOf('\t');
  // A lone tab is an empty cell of a one-cell-per-line table, not a blank line.
  if (first < 0 && line.trim() === '') return 'blank';
  const t = line.trimStart();
  if (t.startsWith('|') && t.indexOf('|', 1) > 0) return 'gfm';
  if (first < 0) return 'text';
  if (line.slice(0, first).trim() === '' && line.indexOf('\t', first + 1) < 0) return 'tabcell';
  return 'tabrow';
}

function gfmCells(text: string, s: number, e: number): TableCell[] {
  const cells: TableCell[] = [];
  let p = s;
  while (p < e && isSpace(text.charCodeAt(p))) p++;
  let end = e;
  while (end > p && isSpace(text.charCodeAt(end - 1))) end--;
  if (charAt(text, p) === '|') p++;
  if (end > p && charAt(text, end - 1) === '|' && charAt(text, end - 2) !== '\\') end--;
  let cellStart = p;
  for (let i = p; i <= end; i++) {
    if (i === end || (charAt(text, i) === '|' && charAt(text, i - 1) !== '\\')) {
      cells.push(trimmed(text, cellStart, i));
      cellStart = i + 1;
    }
  }
  return cells;
}

export function findTables(text: string, lines: MentionLines): TableLayout {
  const n = lines.count;
  const kinds: LineKind[] = [];
  // Each line's text, cut once for every question below (the line index keeps them).
  const lineTexts = lines.lines();
  for (let l = 0; l < n; l++) kinds.push(classify(lineTexts[l] ?? ''));
  // GFM rows may leave out their outer pipes (`a | b`): a delimiter row (`---|---`) makes the line
  // above its header and the lines below, while they hold a pipe, its rows.
  for (let l = 1; l < n; l++) {
    if (kinds[l] !== 'text') continue;
    const line = lineTexts[l] ?? '';
    if (!line.includes('|') || !GFM_DELIMITER.test(line)) continue;
    const head = lineTexts[l - 1] ?? '';
    if (kinds[l - 1] !== 'text' || !head.includes('|')) continue;
    kinds[l - 1] = 'gfm';
    kinds[l] = 'gfm';
    for (let k = l + 1; k < n && kinds[k] === 'text' && (lineTexts[k] ?? '').includes('|'); k++) kinds[k] = 'gfm';
  }
  const tableLine = new Array<boolean>(n).fill(false);
  const rows: TableRow[] = [];
  let block = -1;
  let inBlock = false;
  let cellRow: TableRow | undefined;
  let lastCell: TableCell | undefined;
  let sawBlank = false;

  const nextNonBlank = (l: number): LineKind | undefined => {
    for (let k = l + 1; k < n; k++) if (kinds[k] !== 'blank') return kinds[k];
    return undefined;
  };
  const open = (): void => {
    if (!inBlock) {
      block += 1;
      inBlock = true;
    }
  };

  const byCell = new Map(cellLineTables(lineTexts).map((t) => [t.first, t]));
  for (let l = 0; l < n; l++) {
    // A table copied one cell per line: a block of its own, a row per run of lines, the first its header.
    const cellTable = kinds[l] === 'text' ? byCell.get(l) : undefined;
    if (cellTable) {
      inBlock = false;
      open();
      for (let r = cellTable.first; r < cellTable.end; r += cellTable.width) {
        const cells: TableCell[] = [];
        for (let k = r; k < r + cellTable.width; k++) {
          cells.push(trimmed(text, lines.start(k), lines.end(k)));
          tableLine[k] = true;
        }
        rows.push({ cells, kind: 'tab', block, forcedHeader: r === cellTable.first });
      }
      inBlock = false;
      cellRow = undefined;
      lastCell = undefined;
      sawBlank = false;
      l = cellTable.end - 1;
      continue;
    }
    const kind = kinds[l];
    const s = lines.start(l);
    const e = lines.end(l);
    if (kind === 'blank') {
      if (inBlock) sawBlank = true;
      continue;
    }
    if (kind === 'gfm') {
      open();
      cellRow = undefined;
      lastCell = undefined;
      tableLine[l] = true;
      if (GFM_DELIMITER.test(lineTexts[l] ?? '')) {
        const prev = rows[rows.length - 1];
        if (prev && prev.kind === 'gfm' && prev.block === block) prev.forcedHeader = true;
      } else {
        rows.push({ cells: gfmCells(text, s, e), kind: 'gfm', block, forcedHeader: false });
      }
    } else if (kind === 'tabrow') {
      open();
      cellRow = undefined;
      lastCell = undefined;
      tableLine[l] = true;
      const cells: TableCell[] = [];
      let cellStart = s;
      for (let i = s; i <= e; i++) {
        if (i === e || text.charCodeAt(i) === 9) {
          cells.push(trimmed(text, cellStart, i));
          cellStart = i + 1;
        }
      }
      // A leading tab opens an empty first cell, as in the seed (merged cell on the left).
      rows.push({ cells, kind: 'tab', block, forcedHeader: false });
    } else if (kind === 'tabcell') {
      open();
      tableLine[l] = true;
      if (!cellRow || sawBlank) {
        cellRow = { cells: [], kind: 'tab', block, forcedHeader: false };
        rows.push(cellRow);
      }
      const tab = text.indexOf('\t', s);
      lastCell = trimmed(text, tab + 1, e);
      cellRow.cells.push(lastCell);
    } else {
      // Prose, or the continuation of a cell split over lines.
      const short = (lineTexts[l] ?? '').trim().length <= 12;
      if (cellRow && lastCell && (!sawBlank || (short && nextNonBlank(l) === 'tabcell'))) {
        const t = trimmed(text, s, e);
        if (t.end > t.start) {
          if (lastCell.end === lastCell.start) lastCell.start = t.start;
          lastCell.end = t.end;
        }
        tableLine[l] = true;
        sawBlank = false;
        continue;
      }
      inBlock = false;
      cellRow = undefined;
      lastCell = undefined;
    }
    sawBlank = false;
  }
  return { rows, tableLine };
}

/** Header-cell roles, used to line up a data row whose leading merged cells were dropped. */
export type HeaderRole = 'empty' | 'label' | 'value' | 'rate' | 'score';

export function headerRole(norm: string): HeaderRole {
  if (norm === '') return 'empty';
  if (/分值|得分|权重/.test(norm)) return 'score';
  if (/率|比重|占比|%/.test(norm)) return 'rate';
  if (/值|数$|数[（(]|额|规模|投资|经费|支出|预算|决算|执行数/.test(norm)) return 'value';
  // A column named by its year alone (2023年 | 2024年) or by a change (增减) holds the row's amounts.
  if (/^(?:(?:19|20)\d\d年度?|上年|本年|当年|增减|变动|变化|增减变化|增减变动)$/u.test(norm)) return 'value';
  return 'label';
}

/** A name of a measure: a corner cell with one names a column of figures (数额 | …), not the rows. */
const MEASURE_NAME = /[数额值率金计年]|执行|增减|变动|变化/u;

/**
 * The role of a header's first cell. A corner cell named by a kind of spending (支出 | 本年 | 上年,
 * 经费类别 | 预算数) names what the rows are, not a column of amounts.
 */
export function cornerRole(norm: string): HeaderRole {
  const role = headerRole(norm);
  return role === 'value' && !MEASURE_NAME.test(norm) ? 'label' : role;
}

export type CellRole = 'empty' | 'figure' | 'percent' | 'text';

/**
 * The shift s that lines up row cell i with header cell i + s. Rows of the seeds lose leading
 * empty cells (merged 一级/二级指标) or gain trailing ones, so neither left nor right alignment
 * is always right: each shift is scored by how well figures land on value columns and text on
 * label columns, and value columns left unfilled on the right count against it.
 */
export function alignRow(row: readonly CellRole[], header: readonly HeaderRole[]): number {
  const m = row.length;
  const n = header.length;
  // Real score tables have a dozen columns; a huge row is not worth a quadratic search.
  if (m > 64 || n > 64) return 0;
  let best = 0;
  let bestScore = -Infinity;
  const order: number[] = [0];
  for (let k = 1; k < Math.max(m, n); k++) order.push(-k, k);
  for (const s of order) {
    let score = 0;
    let lastFigure = -1;
    for (let i = 0; i < m; i++) {
      const r = row[i];
      if (r === undefined || r === 'empty') continue;
      // In bounds first: a negative index read from an array is a slow property lookup by name.
      const h = i + s >= 0 && i + s < n ? header[i + s] : undefined;
      const fig = r === 'figure' || r === 'percent';
      if (fig) lastFigure = i + s;
      if (h === undefined) {
        score -= fig ? 3 : 1;
        continue;
      }
      if (fig) {
        if (h === 'value') score += 3;
        else if (h === 'rate') score += r === 'percent' ? 4 : 1;
        else if (h === 'score') score += r === 'percent' ? 0 : 3;
        else score -= 2;
      } else if (h === 'label') score += 1;
      // Text under a value column is legitimate (实际完成值 "已完成"): no penalty — but not the row's
      // own label moved right of the header's first column, leaving that column to nothing.
      else if (i === 0 && s > 0 && h === 'value' && header[0] === 'label') score -= 1;
    }
    if (lastFigure >= 0) {
      for (let j = lastFigure + 1; j < n; j++) {
        const h = header[j];
        if (h === 'value' || h === 'score' || h === 'rate') score -= 1.5;
      }
    }
    if (score > bestScore) {
      bestScore = score;
      best = s;
    }
  }
  return best;
}

/**
 * Column headers of amounts, which a caption's money unit reaches (金额, 预算数, 一季度, 1月, 合计);
 * not counts, codes, ranks, targets or scores (编制数, 科目编码, 排名, 指标值, 得分).
 */
const AMOUNT_COLUMN = /金额|预算|决算|支出|收入|资金|经费|拨款|结转|结余|执行|投资|费|数额|总额|合计|小计|总计|季度|[0-9０-９一二三四五六七八九十]+月|半年|全年|本年|上年|当年|年初|年末|调整|追加|增减额|变动额|增减数|差额/u;
const NOT_AN_AMOUNT_COLUMN = /人数|人员|编制|个数|项数|户数|家数|次数|件数|数量|面积|长度|人次|序号|编号|编码|代码|年份|月份|排名|名次|指标值|完成值|目标值|评分|得分|分值|权重|进度|率|比/u;

/** Whether a column header names amounts of money (the unit of a caption, or none, is theirs). */
export function isAmountColumn(header: string): boolean {
  return AMOUNT_COLUMN.test(header) && !NOT_AN_AMOUNT_COLUMN.test(header);
}

/** Headers of counts of people and things (编制数, 实有人数, 退休人数, 车辆数), which add up like amounts. */
const COUNT_COLUMN = /人数|编制|实有数|在职|退休|户数|家数|个数|项数|次数|件数|辆数|人次|数量/u;
const NOT_A_COUNT_COLUMN = /率|比|序号|编号|编码|代码|年份|月份|排名|名次|指标|完成值|目标值|评分|得分|分值|权重|人均|平均/u;

/** Whether a column header names counts (its bare numbers add up to its 合计 row). */
export function isCountColumn(header: string): boolean {
  return COUNT_COLUMN.test(header) && !NOT_A_COUNT_COLUMN.test(header);
}
