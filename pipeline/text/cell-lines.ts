/**
 * Tables copied from a web page into plain text come out one cell per line: the header's cells, then
 * each row's label and its figures, every one on a line of its own, nothing to separate them. Such a
 * run is a table when it is regular: a row is a label line and as many figure lines each time (two or
 * more), at least two rows in a row, right after as many label lines as a row has cells (its
 * header). A run that breaks the pattern ends the table there; one that never settles into it (a
 * score table whose merged cells drop out of some rows) is left as lines.
 */
import { charLength } from './chars.js';

export interface CellLineTable {
  /** The header's first line (0-based), and the line after the last row. */
  readonly first: number;
  readonly end: number;
  /** Cells a row has: the header's lines, a row's label and figures. */
  readonly width: number;
}

/** A figure standing alone on its line: a number (12座, 88.00%, 1,046.28), or a dash for none. */
// (a year, 2024年, names a column: it is a header's label)
const FIGURE = /^\s*(?:(?!\d{4}年)[-+＋－]?(?:\d[\d,，]*(?:\.\d+)?)\s*(?:%|％|[\u4e00-\u9fff]{1,2})?|[—–\-－/]+)\s*$/u;
/** Words of prose or of an outline: a line with them is no cell. */
const PROSE = /[。；;，,：:！？!?]|^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])/u;
/** A paragraph's indent (two ideographic spaces): the line is prose. */
const INDENT = /^[\u3000]{2}/u;
/** Longest label a cell line has. */
const MAX_LABEL = 24;
/** Fewest figures a row has: a label and one figure after it could be any two lines of text. */
const MIN_FIGURES = 2;

/** The characters a figure line may open with (after spaces): a digit, a sign, a dash. */
const FIGURE_START = /[\d+＋\-－—–/]/u;

function isFigure(line: string): boolean {
  // Asked of every line: most are prose, told by their first character before any pattern is tried
  // (and no trim, which would copy each indented line).
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t' || line[i] === '\u3000')) i++;
  return i < line.length && FIGURE_START.test(line[i] ?? '') && line.length <= MAX_LABEL * 2 && FIGURE.test(line);
}

function isLabel(line: string): boolean {
  const t = line.trim();
  // (其中：公务用车购置费 is a row's label: the colon after 其中 is no prose)
  return t !== '' && !INDENT.test(line) && !isFigure(line) && charLength(t) <= MAX_LABEL && !PROSE.test(t.replace(/^其中[：:]/u, ''));
}

/** How many figure lines follow line `at` (a row's label). */
function figuresAfter(lines: readonly string[], at: number): number {
  let k = at + 1;
  while (k < lines.length && isFigure(lines[k] ?? '')) k++;
  return k - at - 1;
}

/**
 * Whether the table's cells go on after its regular rows (a row whose empty cell came out as a blank
 * line): then the rows read are not all of it, and its totals cannot be checked on them.
 */
function cutShort(lines: readonly string[], end: number): boolean {
  let k = end;
  if (isLabel(lines[k] ?? '')) k += 1;
  while (k < lines.length && k - end <= 3 && (lines[k] ?? '').trim() === '') k += 1;
  return k > end && k < lines.length && isFigure(lines[k] ?? '');
}

/** The tables a text lays out one cell per line, in order. */
export function cellLineTables(lines: readonly string[]): CellLineTable[] {
  const out: CellLineTable[] = [];
  for (let j = 1; j < lines.length; j++) {
    // A row's label, its figures after it: the first row of a table when its header stands before it.
    // (the two figure lines asked first: most lines are prose, which fails that at its first character)
    if (!isFigure(lines[j + 1] ?? '') || !isFigure(lines[j + 2] ?? '') || !isLabel(lines[j] ?? '')) continue;
    const figures = figuresAfter(lines, j);
    if (figures < MIN_FIGURES) continue;
    const width = figures + 1;
    const first = j - width;
    if (first < 0 || !lines.slice(first, j).every(isLabel)) continue;
    let end = j;
    while (end < lines.length && isLabel(lines[end] ?? '') && figuresAfter(lines, end) === figures) end += width;
    if ((end - j) / width < 2 || cutShort(lines, end)) continue;
    out.push({ first, end, width });
    j = end - 1;
  }
  return out;
}
