/**
 * Tables a plain-text report draws with ASCII box lines (+------+------+ between | cells | rows), as
 * text-table generators and some editors write them. They are turned into the pipe tables the readers
 * know without moving a character: the rule under the header row becomes its delimiter row
 * (|------|------|), a rule between body rows a row of empty cells, and the rules above and below the
 * table blank lines, so every offset, line and column of the text stays where it was.
 */

/** A box rule: + and runs of - (or =) only, as wide as the rows it separates. */
const RULE = /^[ \t\u3000]*\+(?:[-=]+\+)+[ \t]*$/u;
/** A row of cells between pipes. */
const ROW = /^[ \t\u3000]*\|.*\|[ \t]*$/u;

export function markBoxTables(text: string): string {
  if (!text.includes('+-')) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; ) {
    // A block of rules and rows, at least one of each.
    let end = i;
    while (end < lines.length && (RULE.test(stripCr(lines[end] ?? '')) || ROW.test(stripCr(lines[end] ?? '')))) end++;
    const block = lines.slice(i, end).map(stripCr);
    const firstRow = block.findIndex((l) => ROW.test(l));
    const header = firstRow >= 0 && RULE.test(block[firstRow + 1] ?? '') && block.slice(firstRow + 2).some((l) => ROW.test(l));
    if (header) {
      let seenHeaderRule = false;
      for (let k = 0; k < block.length; k++) {
        const line = lines[i + k] ?? '';
        if (!RULE.test(stripCr(line))) continue;
        const after = block.slice(k + 1).some((l) => ROW.test(l));
        const rows = k > firstRow && after;
        // The rule under the header: the delimiter row. Between body rows: a row of empty cells. Outside: blank.
        lines[i + k] = !rows ? line.replace(/[^\r]/gu, ' ') : !seenHeaderRule ? line.replace(/\+/gu, '|') : line.replace(/[-=]/gu, ' ').replace(/\+/gu, '|');
        if (rows) seenHeaderRule = true;
        changed = true;
      }
    }
    i = Math.max(end, i + 1);
  }
  return changed ? lines.join('\n') : text;
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
