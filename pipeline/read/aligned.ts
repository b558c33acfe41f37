/**
 * Tables a plain-text report lines up with spaces (pasted from Word, or typed): columns apart by runs
 * of two or more spaces. They are marked as tab rows, the table shape the readers of plain text know,
 * without moving a character: each gap between cells becomes tabs followed by the rest of its spaces,
 * so every offset, line and column of the text stays where it was. A row with empty cells (小计 under
 * 一级, its figures under 分值 and 得分) gets one tab per column its gap spans, the columns found where
 * the fullest row of the table starts its cells, counting a Chinese character two columns wide.
 */
import { displayWidth } from '../text/chars.js';

/**
 * A gap between cells: two or more spaces (ASCII or ideographic) between two non-spaces — not the
 * padding inside a label of single characters (合    计, 小  计), which stays one cell.
 */
const GAP = /(?<=\S)[ \u3000]{2,}(?=\S)/gu;
/** A label padded to width: one Chinese character on each side of the spaces, alone. */
const PADDED = /(?:^|[ \u3000])[\u4e00-\u9fff]$/u;
const PADDED_AFTER = /^[\u4e00-\u9fff](?:[ \u3000]|$)/u;

/** The gaps between the cells of a line (given without its indent). */
function gaps(text: string): RegExpMatchArray[] {
  return [...text.matchAll(GAP)].filter((m) => !(PADDED.test(text.slice(0, m.index)) && PADDED_AFTER.test(text.slice((m.index ?? 0) + m[0].length))));
}
/** Rows in a block before it is taken for a table: fewer could be two lines of prose typed with double spaces. */
const MIN_ROWS = 3;

const CAPTION = /^附?表\s*[0-9０-９一二三四五六七八九十]+(?:[-－.．][0-9]+)?[\s\u3000]|^附件\s*[0-9０-９一二三四五六七八九十]*[：:\s\u3000]|单位[：:][^\s\u3000]{1,8}$/u;

/** How many cells a line lays out; 0 for a line that is no table row. */
function cells(line: string): number {
  // Already a table (tabs, pipes); a form line (填报单位：…  联系人：…  电话：…) lays out labels; a line with
  // a full stop is prose. Told before the gaps are sought: most lines of a report are prose.
  if (line.includes('\t') || line.includes('|') || line.includes('。') || (line.match(/[：:]/gu)?.length ?? 0) >= 2) return 0;
  // A table's caption (表1　项目支出执行情况　　单位：万元, 附件  …自评表) names the table; it is none of its rows.
  if (CAPTION.test(line.trim())) return 0;
  return gaps(line.trim()).length + 1;
}

/** Length of a line's indent (spaces, ideographic spaces). */
function indentOf(line: string): number {
  return /^[ \u3000]*/u.exec(line)?.[0].length ?? 0;
}

interface Piece {
  /** Where the gap before this cell starts, and its length (0 for the first cell). */
  readonly gapAt: number;
  readonly gapLength: number;
  /** Display column where the cell starts. */
  readonly column: number;
}

/** The cells of a line after its indent: where each gap is, and the display column each cell starts at. */
function pieces(line: string, indent: number): Piece[] {
  const out: Piece[] = [{ gapAt: indent, gapLength: 0, column: displayWidth(line.slice(0, indent)) }];
  let col = out[0]?.column ?? 0;
  let last = indent;
  for (const m of gaps(line.slice(indent))) {
    const at = indent + (m.index ?? 0);
    col += displayWidth(line.slice(last, at + m[0].length));
    out.push({ gapAt: at, gapLength: m[0].length, column: col });
    last = at + m[0].length;
  }
  return out;
}

/** A digit, full-width too: a table typed with an input method's ４０．７１ lines up as well. */
const DIGIT = /[\d０-９]/u;

/** A cell that holds a figure only: 770,000.00, 98.23%, -3.5, —. */
const FIGURE_CELL = /^[-+−－]?(?:[\d０-９,，.．]+[%％]?|—|-)$/u;

/** The line with each gap marked: as many tabs as the columns it spans (one when unsure), then spaces. */
function mark(line: string, starts: readonly number[]): string {
  const indent = indentOf(line);
  const ps = pieces(line, indent);
  // Each cell's column: the table's column starting nearest to it.
  const nearest = (col: number) => starts.reduce((best, s, k) => (Math.abs(s - col) < Math.abs((starts[best] ?? 0) - col) ? k : best), 0);
  const cols = ps.map((p) => nearest(p.column));
  const ordered = cols.every((c, k) => k === 0 || c > (cols[k - 1] ?? 0));
  // Cells set two spaces apart rather than lined up (each row as long as its words) say nothing by
  // their columns. A short row of a label and then figures only (合计  770,000.00  756,360.00  98.23%)
  // is a total whose label spans the leading columns (序号 and 名称): its figures are the last columns'.
  const lined = ps.every((p, k) => Math.abs(p.column - (starts[cols[k] ?? 0] ?? 0)) <= 1);
  const cellText = (k: number) => line.slice((ps[k]?.gapAt ?? 0) + (ps[k]?.gapLength ?? 0), ps[k + 1]?.gapAt ?? line.length);
  const labelSpans = !lined && ps.length < starts.length && ps.slice(1).every((_p, k) => FIGURE_CELL.test(cellText(k + 1)));
  // A row indented to a later column (the first cells left blank under a merged one: 一级指标 said once
  // for the rows of its group) opens with a tab for each column it skips.
  const skipped = lined ? (cols[0] ?? 0) : 0;
  let out = skipped > 0 && skipped <= indent ? '\t'.repeat(skipped) + line.slice(skipped, indent) : line.slice(0, indent);
  let from = indent;
  ps.forEach((p, k) => {
    if (k === 0) return;
    const span = labelSpans ? (k === 1 ? starts.length - ps.length + 1 : 1) : ordered ? (cols[k] ?? 0) - (cols[k - 1] ?? 0) : 1;
    const tabs = span <= p.gapLength ? span : 1;
    out += line.slice(from, p.gapAt) + '\t'.repeat(tabs) + ' '.repeat(p.gapLength - tabs);
    from = p.gapAt + p.gapLength;
  });
  return out + line.slice(from);
}

/** A full-width bar, the column rule a Chinese input method types for |. */
const BAR = '｜';

/** Bars between cells: one at either end of the row (｜a｜b｜) rules no column. */
function bars(line: string): number {
  // (most lines have none: nothing to trim)
  if (!line.includes(BAR)) return 0;
  const body = line.trim();
  let n = 0;
  for (let i = 1; i < body.length - 1; i++) if (body[i] === BAR) n++;
  return n;
}

/**
 * Rows ruled with full-width bars (资金来源｜年初预算数｜全年预算数): two lines or more in a run with
 * as many bars between cells each, two at least. Each bar between cells becomes a tab, one at either end a space.
 */
function markBarRows(lines: string[]): boolean {
  let changed = false;
  for (let i = 0; i < lines.length; ) {
    const n = bars(lines[i] ?? '');
    let j = i + 1;
    while (n >= 2 && j < lines.length && bars(lines[j] ?? '') === n) j++;
    if (n >= 2 && j - i >= 2) {
      for (let k = i; k < j; k++) {
        const line = lines[k] ?? '';
        const body = line.trim();
        const lead = line.indexOf(body);
        lines[k] = line.split('').map((c, at) => (c !== BAR ? c : at === lead || at === lead + body.length - 1 ? ' ' : '\t')).join('');
      }
      changed = true;
    }
    i = j;
  }
  return changed;
}

/**
 * `text` with its tables marked as tab rows: the gaps of space-aligned ones, the bars of ones ruled
 * with full-width bars; the same length, line for line.
 */
export function markAlignedTables(text: string): string {
  const lines = text.split('\n');
  const ruled = markBarRows(lines);
  const counts = lines.map(cells);
  let changed = false;
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && (counts[j] ?? 0) >= 2) j++;
    const block = lines.slice(i, j);
    // A block of rows, most of them with three cells or more and a figure in them.
    const wide = counts.slice(i, j).filter((n) => n >= 3).length;
    const figures = block.filter((l) => DIGIT.test(l)).length;
    // Two lines of four cells or more each, as many, the second with figures: a header and its one row (项目资金 | 年初预算 | …).
    const pair = j - i === 2 && (counts[i] ?? 0) >= 4 && counts[i] === counts[i + 1] && DIGIT.test(lines[i + 1] ?? '');
    if ((j - i >= MIN_ROWS && wide * 2 >= j - i && figures * 2 >= j - i) || pair) {
      const most = Math.max(...counts.slice(i, j));
      const fullest = block[counts.slice(i, j).indexOf(most)] ?? '';
      const starts = pieces(fullest, indentOf(fullest)).map((p) => p.column);
      for (let k = i; k < j; k++) lines[k] = mark(lines[k] ?? '', starts);
      changed = true;
    }
    i = j === i ? i + 1 : j;
  }
  return changed || ruled ? lines.join('\n') : text;
}
