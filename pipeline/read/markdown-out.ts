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

/** Rows of escaped cell texts as a GFM table, the first row its header; '' for no rows. */
export function gfmRows(grid: readonly (readonly string[] | undefined)[]): string {
  const width = Math.max(0, ...grid.map((row) => row?.length ?? 0));
  if (width === 0) return '';
  const filled = grid.map((row) => Array.from({ length: width }, (_, c) => row?.[c] ?? ''));
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const [header, ...body] = filled;
  return [line(header ?? []), `|${'---|'.repeat(width)}`, ...body.map(line)].join('\n');
}
