/**
 * Tables a plain-text report lines up with spaces (pasted from Word, or typed): columns apart by runs
 * of two or more spaces. They are marked as tab rows, the table shape the readers of plain text know,
 * without moving a character: each gap between cells becomes a tab followed by the rest of its spaces,
 * so every offset, line and column of the text stays where it was.
 */

/** A gap between cells: two or more spaces (ASCII or ideographic) between two non-spaces. */
const GAP = /(?<=\S)[ \u3000]{2,}(?=\S)/gu;
/** Rows in a block before it is taken for a table: fewer could be two lines of prose typed with double spaces. */
const MIN_ROWS = 3;

function cells(line: string): number {
  if (line.includes('\t') || line.includes('|')) return 0;
  return (line.trim().match(GAP)?.length ?? 0) + 1;
}

/** `text` with the gaps of its space-aligned tables marked by tabs; the same length, line for line. */
export function markAlignedTables(text: string): string {
  const lines = text.split('\n');
  const counts = lines.map(cells);
  let changed = false;
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && (counts[j] ?? 0) >= 2) j++;
    const block = lines.slice(i, j);
    // A block of rows, most of them with three cells or more and a figure in them.
    const wide = counts.slice(i, j).filter((n) => n >= 3).length;
    const figures = block.filter((l) => /\d/u.test(l)).length;
    if (j - i >= MIN_ROWS && wide * 2 >= j - i && figures * 2 >= j - i) {
      for (let k = i; k < j; k++) {
        const line = lines[k] ?? '';
        const indent = /^[ \u3000]*/u.exec(line)?.[0].length ?? 0;
        lines[k] = line.slice(0, indent) + line.slice(indent).replace(GAP, (gap) => `\t${' '.repeat(gap.length - 1)}`);
      }
      changed = true;
    }
    i = j === i ? i + 1 : j;
  }
  return changed ? lines.join('\n') : text;
}
