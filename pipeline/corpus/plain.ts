import { LineClassifier, type Item } from './items.js';
import { levelMarker } from '../text/outline.js';
import { cleanTitle, endsWithHeadingNoun, parseAttachment } from './outline.js';
import { gfmRunEnd, gfmTableAt, parseGfmRows } from './pipe-table.js';
import { hasTab, parseTabTable, tableRunEnd } from './tab-table.js';
import { charLength, displayWidth } from '../text/chars.js';
import { isPageMarker, LineIndex } from '../text/lines.js';
import { endsParagraph, joinWrapped } from './text.js';
import { cellLineTables } from '../text/cell-lines.js';

/** A line of text (trimmed) with its indent in display columns, or a table read from lines. */
type Segment = { kind: 'line'; text: string; line: number; indent: number } | { kind: 'table'; rows: string[][]; line: number };

function segments(index: LineIndex): Segment[] {
  const lines = index.lines();
  const out: Segment[] = [];
  const byCell = new Map(cellLineTables(lines).map((t) => [t.first, t]));
  for (let i = 0; i < lines.length; ) {
    const raw = lines[i] ?? '';
    // A table copied one cell per line: its rows are runs of lines.
    const cellTable = byCell.get(i);
    if (cellTable) {
      const rows: string[][] = [];
      for (let r = cellTable.first; r < cellTable.end; r += cellTable.width) rows.push(lines.slice(r, r + cellTable.width).map((c) => c.trim()));
      out.push({ kind: 'table', rows, line: i + 1 });
      i = cellTable.end;
      continue;
    }
    if (gfmTableAt(lines, i, isPageMarker)) {
      const end = gfmRunEnd(lines, i, isPageMarker);
      const rows = parseGfmRows(lines.slice(i, end), isPageMarker);
      if (rows.length > 0) out.push({ kind: 'table', rows, line: i + 1 });
      i = end;
      continue;
    }
    if (hasTab(raw)) {
      const end = tableRunEnd(lines, i, isPageMarker);
      const rows = parseTabTable(lines.slice(i, end), isPageMarker);
      if (rows.length > 0) out.push({ kind: 'table', rows, line: i + 1 });
      i = end;
      continue;
    }
    const text = raw.trim();
    if (text !== '' && !isPageMarker(text)) out.push({ kind: 'line', text, line: i + 1, indent: displayWidth(raw.slice(0, raw.length - raw.trimStart().length)) });
    i += 1;
  }
  return out;
}

/** How a text was wrapped: at a width, measured as the wrapper measured it. */
export interface Wrap {
  readonly width: number;
  readonly measure: (line: string) => number;
}

/**
 * The wrap of PDF-to-text output, or undefined when lines are whole paragraphs.
 * A wrapped text has one dominant line width that almost no line exceeds, and many lines of
 * that width stop without sentence punctuation. Unwrapped text has paragraphs far longer than any mode.
 * The width is counted as a PDF lays text out (a Chinese character two columns, a digit one) or as
 * a text wrapper counts (every character one, so a line full of digits is as long as any): the
 * count that more lines share is the one the text was wrapped by.
 */
export function wrapOf(lines: readonly string[]): Wrap | undefined {
  const [byWidth, byChars] = [wrapBy(lines, displayWidth), wrapBy(lines, charLength)];
  if (byWidth && byChars) return byChars.near > byWidth.near ? byChars.wrap : byWidth.wrap;
  return (byWidth ?? byChars)?.wrap;
}

function wrapBy(lines: readonly string[], measure: (line: string) => number): { wrap: Wrap; near: number } | undefined {
  const widths = lines.map(measure);
  if (widths.length < 8) return undefined;
  const counts = new Map<number, number>();
  // (a line of 10 characters or more: 20 columns of Chinese)
  const least = measure === displayWidth ? 20 : 10;
  for (const w of widths) if (w >= least) counts.set(w, (counts.get(w) ?? 0) + 1);
  let mode = 0;
  let best = 0;
  for (const [w, c] of counts) if (c > best || (c === best && w > mode)) [mode, best] = [w, c];
  if (mode === 0) return undefined;
  const wrap = { width: mode, measure };
  const near = widths.filter((w) => Math.abs(w - mode) <= 2).length;
  const over = widths.filter((w) => w > mode * 1.2).length;
  const open = lines.filter((l) => isFull(l, wrap) && !endsParagraph(l)).length;
  return near >= widths.length * 0.2 && over <= widths.length * 0.05 && open >= 3 ? { wrap, near } : undefined;
}

/** At the wrap width, allowing for a paragraph's two-character indent and a digit that did not fit. */
function isFull(line: string, wrap: Wrap): boolean {
  return wrap.measure(line) >= wrap.width * 0.88;
}

const TITLE_PUNCT = /[，。；：,;:！？]/u;

/**
 * The first non-empty line, unless it is already an outline heading. A title broken over
 * several short lines (`2022 年度部门整体支出` / `绩效自评报告`) is put back together until it
 * ends with 报告 (or 表, the title of a form).
 */
function takeTitle(segs: Segment[]): { title: string; line: number; used: number } | undefined {
  const first = segs[0];
  if (first?.kind !== 'line') return undefined;
  if (levelMarker(first.text) || parseAttachment(first.text)) return undefined;
  if (charLength(first.text) > 60 || /[。；]$/u.test(first.text)) return undefined;
  let title = first.text;
  let used = 1;
  while (used < 4 && !/(?:报告|表)$/u.test(title)) {
    const next = segs[used];
    if (next?.kind !== 'line' || TITLE_PUNCT.test(next.text) || levelMarker(next.text) || parseAttachment(next.text)) break;
    // A cover's unit name over the whole title (澄川省统计局 / 澄川省统计局2024年度…报告): the title is that line.
    if (/\d{4}\s*年/u.test(next.text) && /(?:报告|表)$/u.test(next.text) && !/\d{4}\s*年/u.test(title)) {
      title = next.text;
      used += 1;
      break;
    }
    if (charLength(next.text) > 30) break;
    title = joinWrapped(title, next.text);
    used += 1;
  }
  return { title, line: first.line, used };
}

/**
 * Plain text (a .txt report, or PDF text) → items. Outline markers make the headings; in
 * hard-wrapped text a line at the wrap width that stops mid-sentence continues on the next
 * line, even across a dropped page marker.
 */
export function plainItems(text: string): Item[] {
  const index = new LineIndex(text);
  const segs = segments(index);
  const items: Item[] = [];
  const title = takeTitle(segs);
  if (title) items.push({ kind: 'title', text: title.title, position: index.positionOfLine(title.line) });
  const body = segs.slice(title?.used ?? 0);
  const wrap = wrapOf(body.flatMap((s) => (s.kind === 'line' ? [s.text] : [])));
  const classifier = new LineClassifier(items);

  const indented = firstLineIndents(body);
  let current: { text: string; last: string; line: number; lines: number; indent: number; next: number | undefined } | undefined;
  const flush = (): void => {
    if (current) classifier.classify(current.text, index.positionOfLine(current.line));
    current = undefined;
  };
  for (const seg of body) {
    if (seg.kind === 'table') {
      flush();
      classifier.noteOther();
      items.push({ kind: 'table', rows: seg.rows, position: index.positionOfLine(seg.line) });
      continue;
    }
    if (current && ((wrap !== undefined && continues(current.last, seg.text, wrap, current.lines === 1)) || (indented && runsOnIndented(current, seg)))) {
      current.text = joinWrapped(current.text, seg.text);
      current.last = seg.text;
      current.lines += 1;
      current.next = seg.indent;
      continue;
    }
    flush();
    current = { text: seg.text, last: seg.text, line: seg.line, lines: 1, indent: seg.indent, next: undefined };
  }
  flush();
  return items;
}

/** Columns wide enough inside a line to part table cells (a layout copy's table), not words. */
const CELL_GAP = /\S {3,}\S/u;

/** Whether a line opens a paragraph that runs on: prose left open, not a heading, no table's gaps. */
function opensIndented(line: string): boolean {
  return !(endsParagraph(line) || CELL_GAP.test(line) || parseAttachment(line) || headingLike(line));
}

/** A heading that reads as one: a marker, no punctuation inside, ending on 情况 / 问题 / 措施…. */
function headingLike(line: string): boolean {
  const marker = levelMarker(line);
  return marker !== undefined && !/[。；;：:，,、！？]/u.test(marker.rest) && endsWithHeadingNoun(cleanTitle(marker.rest));
}

/**
 * Text laid out as a PDF prints it (pdftotext -layout) or typed with first-line indents: each
 * paragraph's first line is set in and the lines it wraps onto stand at the margin. Read so when
 * three lines or more left open run on that way; the wrap width then need not be known (lines
 * there vary with the spacing the layout gives figures).
 */
function firstLineIndents(body: readonly Segment[]): boolean {
  let runs = 0;
  for (let i = 0; i + 1 < body.length && runs < 3; i++) {
    const a = body[i];
    const b = body[i + 1];
    if (a?.kind === 'line' && b?.kind === 'line' && a.indent > b.indent && opensIndented(a.text) && !levelMarker(b.text) && !CELL_GAP.test(b.text)) runs += 1;
  }
  return runs >= 3;
}

/** Under first-line indents: the next line stands at the margin the paragraph wraps to, and the paragraph is open. */
function runsOnIndented(current: { last: string; lines: number; indent: number; next: number | undefined }, seg: { text: string; indent: number }): boolean {
  if (!opensIndented(current.last) || levelMarker(seg.text) || parseAttachment(seg.text) || CELL_GAP.test(seg.text)) return false;
  // (a paragraph whose first line is not set in, a table's loose lines, is none of this)
  return seg.indent < current.indent && (current.next === undefined || seg.indent === current.next);
}

/**
 * A line of prose cut short before a figure or after a comma (实际支出…，结余 / 65.52万元，…): the
 * copy out of a PDF broke it early, so it continues though narrower than the wrap. Prose, not a
 * heading: no outline marker, a comma inside it.
 */
function brokenMidClause(line: string, next: string): boolean {
  // (a heading, 二、资金下达、兑付情况, has its marker's 、 and may list with 、: a comma is prose's)
  if (levelMarker(line) || !/[，,]/u.test(line.slice(0, -1))) return false;
  return /[，,、]$/u.test(line) || (/\p{Script=Han}$/u.test(line) && /^[0-9０-９]/u.test(next));
}

/**
 * Does `line` (the last physical line so far) run on into `next`? Only when it fills the
 * wrap width (or was cut short mid-clause) and stops mid-paragraph (not on 。！？：), and `next` does not open an outline
 * item or attachment. A heading narrower than the wrap (`九、…公开情况`) never swallows the text
 * under it, and neither does one that fills the line but reads as a heading (a marker, no
 * punctuation inside, ending on 情况 / 问题 / 措施…); a list item that fills the line
 * (`（五）拟订…（基地）`) continues.
 */
function continues(line: string, next: string, wrap: Wrap, firstLine: boolean): boolean {
  if (endsParagraph(line) || (!isFull(line, wrap) && !brokenMidClause(line, next))) return false;
  if (levelMarker(next) || parseAttachment(next) || parseAttachment(line)) return false;
  return !(firstLine && headingLike(line));
}
