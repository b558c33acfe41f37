/**
 * Writing what a reader found (a Word file's paragraphs and tables, a workbook's sheets) as the
 * Markdown the checker parses: text escaped so it stays text, tables as GFM with every row as wide
 * as the widest (a merged cell's text in its first cell, the covered ones blank).
 */

/** Backslash-escapes what Markdown would read as syntax in running text. */
export function escapeInline(text: string): string {
  return text
    .replace(/[\\*_`~]/g, '\\$&')
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/&(?=#?\w+;)/g, '\\&');
}

/** Escapes what would start a block construct at the start of a line (# heading, > quote, - list, 1. list). */
export function escapeBlock(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/^([#>+\-=|])/, '\\$1')
        .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2'),
    )
    .join('\n');
}

/** A cell's text, escaped, its pipes kept from ending the cell. */
export function escapeCell(text: string): string {
  return escapeInline(text).replace(/\|/g, '\\|');
}

/** A GFM table and where each of its cells' text is in it. */
export interface GfmTable {
  readonly text: string;
  /** Row and column in the grid given, and the cell text's offset and length in `text` (empty cells left out). */
  readonly cells: readonly { readonly row: number; readonly col: number; readonly offset: number; readonly length: number }[];
}

/** Rows of escaped cell texts as a GFM table, the first row its header; '' for no rows. */
export function gfmRows(grid: readonly (readonly string[] | undefined)[]): GfmTable {
  const width = Math.max(0, ...grid.map((row) => row?.length ?? 0));
  if (width === 0) return { text: '', cells: [] };
  const lines: string[] = [];
  const cells: GfmTable['cells'][number][] = [];
  let at = 0;
  grid.forEach((row, r) => {
    // Each line is '| a | b |': a cell's text starts 2 after the line's start, the next 3 after its end.
    let pos = at + 2;
    const texts = Array.from({ length: width }, (_, c) => row?.[c] ?? '');
    texts.forEach((t, c) => {
      if (t !== '') cells.push({ row: r, col: c, offset: pos, length: t.length });
      pos += t.length + 3;
    });
    const line = `| ${texts.join(' | ')} |`;
    lines.push(line);
    at += line.length + 1;
    if (r === 0) {
      const rule = `|${'---|'.repeat(width)}`;
      lines.push(rule);
      at += rule.length + 1;
    }
  });
  return { text: lines.join('\n'), cells };
}
