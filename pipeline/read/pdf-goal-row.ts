/**
 * The 年度总体目标 row of a 自评表 in a PDF. Its two cells (预期目标 | 实际完成情况) hold sentences
 * wrapped over several lines each, side by side, and its label is often set down the left edge a
 * character per line: read line by line, the two sentences interleave (…达到80%以 / 良中等路率83.60%。/
 * 上。) and a target loses its comparator to the other cell. The pieces are put back into their cells
 * by where they stand, and the row is written as the table it is.
 */
import { markerDepth } from '../text/outline.js';
import type { PageLine, Piece } from './pdf-lines.js';
import { joinWrapped } from './pdf-text.js';

const EXPECTED = /^预期目标$/u;
const ACHIEVED = /^(?:实际)?完成情况$|^实际完成$/u;
/** The row's label, whole or a piece of it (年度总体 / 目标, or one character a line, a bracket of the row above with it). */
const LABEL = /^[年度总体目标（）()]+$/u;
/** Lines of the row are no further apart than this (in font sizes): the cells interleave. */
const ROW_GAP = 3;

const compact = (text: string): string => text.replace(/\s+/gu, '');
const middle = (p: Piece): number => (p.left + p.right) / 2;

/**
 * The row whose header line is `lines[at]` (预期目标 and 实际完成情况, with the label or a piece of it
 * beside them), as one line holding it in GFM, and the index after its last line; undefined when
 * `lines[at]` is no such header or no text follows it. `startsTable(i)` tells a table's header, which
 * ends the row.
 */
export function goalRow(lines: readonly PageLine[], at: number, startsTable: (i: number) => boolean): { line: PageLine; end: number } | undefined {
  const head = lines[at];
  if (head === undefined) return undefined;
  const named = head.line.pieces.filter((p) => !LABEL.test(compact(p.text)));
  const [expected, achieved] = named;
  if (named.length !== 2 || expected === undefined || achieved === undefined) return undefined;
  if (!EXPECTED.test(compact(expected.text)) || !ACHIEVED.test(compact(achieved.text))) return undefined;
  const split = (middle(expected) + middle(achieved)) / 2;
  const cells = ['', ''];
  const label = (p: Piece) => p.right < expected.left && LABEL.test(compact(p.text));
  // The label's column: text starting in it is the next row's label (绩效指标), which ends this row.
  let labelRight = Math.max(-Infinity, ...head.line.pieces.filter(label).map((p) => p.right));
  let previous = head.line;
  let end = at + 1;
  for (; end < lines.length; end++) {
    const next = lines[end];
    if (next === undefined || next.page !== head.page) break;
    const { line } = next;
    if (previous.y - line.y > ROW_GAP * line.size || markerDepth(line.text) !== undefined || startsTable(end)) break;
    const content = line.pieces.filter((p) => !label(p));
    if (content.some((p) => p.left < labelRight)) break;
    labelRight = Math.max(labelRight, ...line.pieces.filter(label).map((p) => p.right));
    for (const p of content) {
      const k = middle(p) < split ? 0 : 1;
      cells[k] = joinWrapped(cells[k] ?? '', p.text.trim());
    }
    previous = line;
  }
  if (cells.every((c) => c === '')) return undefined;
  const cell = (t: string) => t.replace(/\|/gu, '\\|');
  const text = [`| 年度总体目标 | ${compact(expected.text)} | ${compact(achieved.text)} |`, '|---|---|---|', `|  | ${cell(cells[0] ?? '')} | ${cell(cells[1] ?? '')} |`].join('\n');
  return { line: { page: head.page, line: { ...head.line, text, cells: 3, pieces: [] } }, end };
}
