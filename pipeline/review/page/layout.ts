import { allSections, readCorpus, type Section, type SectionTree } from '../../corpus/index.js';
import { cellLineTables, type CellLineTable } from '../../text/cell-lines.js';

/** A span of the report text, [start, end) in UTF-16 code units. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** A heading the checker also sees (its section path is what findings carry). */
export interface HeadingInfo {
  readonly index: number;
  readonly id: string;
  readonly level: number;
  readonly title: string;
  /** Where the section starts and ends in the text (the end is where the next section of its level or higher starts). */
  readonly start: number;
  readonly end: number;
}

export type Block =
  | { readonly kind: 'title'; readonly range: Range }
  | { readonly kind: 'heading'; readonly range: Range; readonly level: number; readonly heading?: HeadingInfo | undefined }
  | { readonly kind: 'para'; readonly range: Range; readonly bold: boolean; readonly plain: boolean }
  | { readonly kind: 'table'; readonly rows: readonly (readonly Range[])[] };

export interface Layout {
  readonly title: string | undefined;
  readonly blocks: readonly Block[];
  readonly headings: readonly HeadingInfo[];
}

interface Line extends Range {
  readonly text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const raw = text.slice(start, end);
    // A stray \r (text not normalised by the reader) is not part of the line's content.
    const trimmedEnd = raw.endsWith('\r') ? end - 1 : end;
    lines.push({ start, end: trimmedEnd, text: text.slice(start, trimmedEnd) });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

/** The range without the whitespace at its ends. */
function trimRange(text: string, start: number, end: number): Range {
  let a = start;
  let b = end;
  while (a < b && /\s/u.test(text[a] ?? '')) a += 1;
  while (b > a && /\s/u.test(text[b - 1] ?? '')) b -= 1;
  return { start: a, end: b };
}

/** Cells of a GFM table row: between unescaped pipes, trimmed. */
function pipeCells(text: string, line: Line): Range[] {
  const pipes: number[] = [];
  for (let i = line.start; i < line.end; i += 1) if (text[i] === '|' && text[i - 1] !== '\\') pipes.push(i);
  const bounds = [...pipes];
  const first = trimRange(text, line.start, line.end);
  if (text[first.start] !== '|') bounds.unshift(line.start - 1);
  if (text[first.end - 1] !== '|') bounds.push(line.end);
  const cells: Range[] = [];
  for (let k = 0; k + 1 < bounds.length; k += 1) cells.push(trimRange(text, (bounds[k] ?? 0) + 1, bounds[k + 1] ?? line.end));
  return cells;
}

function tabCells(text: string, line: Line): Range[] {
  const cells: Range[] = [];
  let a = line.start;
  for (let i = line.start; i <= line.end; i += 1) {
    if (i === line.end || text[i] === '\t') {
      cells.push(trimRange(text, a, i));
      a = i + 1;
    }
  }
  return cells;
}

const SEPARATOR_ROW = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/u;
const COMMENT_LINE = /^\s*<!--[\s\S]*-->\s*$/u;
const MD_HEADING = /^(#{1,6})\s+/u;
const compact = (s: string) => s.replace(/[\s#*]/gu, '');

/**
 * The report's visible structure: headings (those the checker's outline reader finds, so the table of
 * contents matches the section paths of findings; Markdown '#' lines too), GFM and tab-separated
 * tables, and paragraphs, one per line, so plain text keeps its lines.
 * `hasFigure` keeps a line that would be hidden (an HTML comment) when a figure is inside it.
 */
export function layoutReport(text: string, format: 'md' | 'txt', hasFigure: (r: Range) => boolean, read?: SectionTree): Layout {
  const tree = read ?? readCorpus(text, { format });
  const sections = allSections(tree);
  const lines = splitLines(text);
  const lineStarts = lines.map((l) => l.start);
  const lineIndexAt = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const headings: HeadingInfo[] = sections.map((s: Section, index) => {
    let end = text.length;
    for (let k = index + 1; k < sections.length; k += 1) {
      const next = sections[k];
      if (next && next.level <= s.level) {
        end = next.position.offset;
        break;
      }
    }
    return { index, id: `sec-${index}`, level: s.level, title: `${s.marker}${s.title}`, start: s.position.offset, end };
  });
  const headingAtLine = new Map<number, HeadingInfo>();
  for (const h of headings) {
    const li = lineIndexAt(h.start);
    if (!headingAtLine.has(li)) headingAtLine.set(li, h);
  }
  const firstSectionLine = headings[0] ? lineIndexAt(headings[0].start) : lines.length;
  const treeTitle = tree.title !== undefined ? compact(tree.title) : '';

  const blocks: Block[] = [];
  let titleSeen = false;
  // Tables a plain text copied one cell per line, as the checker reads them: shown as tables.
  const cellTables = format === 'txt' ? new Map(cellLineTables(lines.map((l) => l.text)).map((t) => [t.first, t])) : new Map<number, CellLineTable>();
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (!line) continue;
    const cellTable = cellTables.get(i);
    if (cellTable) {
      const rows: Range[][] = [];
      for (let r = cellTable.first; r < cellTable.end; r += cellTable.width) {
        rows.push(lines.slice(r, r + cellTable.width).map((l) => trimRange(text, l.start, l.end)));
      }
      blocks.push({ kind: 'table', rows });
      i = cellTable.end - 1;
      continue;
    }
    const body = trimRange(text, line.start, line.end);
    if (body.start === body.end) continue;
    const content = line.text.trim();

    if (format === 'md' && COMMENT_LINE.test(content) && !hasFigure(line)) continue;

    const heading = headingAtLine.get(i);
    const hashes = format === 'md' ? MD_HEADING.exec(line.text) : null;
    if (heading || hashes) {
      const skip = hashes ? hashes[0].length : 0;
      const range = trimRange(text, line.start + skip, line.end);
      if (!heading && i < firstSectionLine && !titleSeen) {
        titleSeen = true;
        blocks.push({ kind: 'title', range });
      } else {
        blocks.push({ kind: 'heading', range, level: heading ? heading.level : (hashes?.[1]?.length ?? 2) - 1, heading });
      }
      continue;
    }

    // Plain text: the title lines before the first section (the checker's reader puts them back together).
    if (i < firstSectionLine && treeTitle !== '' && compact(content) !== '' && treeTitle.includes(compact(content)) && !hasTab(content)) {
      titleSeen = true;
      blocks.push({ kind: 'title', range: body });
      continue;
    }

    if (format === 'md' && content.startsWith('|')) {
      const rows: Range[][] = [];
      let j = i;
      for (; j < lines.length; j += 1) {
        const l = lines[j];
        if (!l || !l.text.trim().startsWith('|') || headingAtLine.has(j)) break;
        if (!SEPARATOR_ROW.test(l.text)) rows.push(pipeCells(text, l));
      }
      blocks.push({ kind: 'table', rows });
      i = j - 1;
      continue;
    }

    if (hasTab(line.text) && hasTab(lines[i + 1]?.text ?? '') && !headingAtLine.has(i + 1)) {
      const rows: Range[][] = [];
      let j = i;
      for (; j < lines.length; j += 1) {
        const l = lines[j];
        if (!l || !hasTab(l.text) || (j > i && headingAtLine.has(j))) break;
        rows.push(tabCells(text, l));
      }
      // A table flattened one cell per line (PDF text) reads better as its lines.
      const filled = rows.reduce((n, r) => n + r.filter((c) => c.end > c.start).length, 0);
      if (filled >= rows.length * 2) {
        blocks.push({ kind: 'table', rows });
      } else {
        for (let k = i; k < j; k += 1) {
          const l = lines[k];
          const r = l ? trimRange(text, l.start, l.end) : undefined;
          if (r && r.end > r.start) blocks.push({ kind: 'para', range: r, bold: false, plain: true });
        }
      }
      i = j - 1;
      continue;
    }

    const bold = format === 'md' && /^\*\*[^*]+\*\*$/u.test(content);
    blocks.push({ kind: 'para', range: bold ? { start: body.start + 2, end: body.end - 2 } : body, bold, plain: format === 'txt' });
  }
  return { title: tree.title, blocks, headings };
}

function hasTab(s: string): boolean {
  return s.includes('\t');
}
