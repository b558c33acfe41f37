/**
 * Tables a plain-text report draws with ASCII box lines (+------+------+ between | cells | rows), as
 * text-table generators and some editors write them. They are turned into the pipe tables the readers
 * know without moving a character: the rule under the header row becomes its delimiter row
 * (|------|------|), a rule between body rows a row of empty cells, and the rules above and below the
 * table blank lines, so every offset, line and column of the text stays where it was.
 */

/** A box rule: + and runs of - (or =) only, as wide as the rows it separates (a CRLF line keeps its \r). */
const RULE = /^[ \t\u3000]*\+(?:[-=]+\+)+[ \t]*\r?$/u;
/** A row of cells between pipes. */
const ROW = /^[ \t\u3000]*\|.*\|[ \t]*\r?$/u;

/** The same drawn with Unicode box characters (┌──┬──┐, │ cell │, ├──┼──┤): each one code unit, read as its ASCII twin. */
const BOX_RULE = /^[ \t\u3000]*[┌├└╔╠╚┏┣┗╒╞╘╓╟╙][─━═┬┼┴╤╪╧╦╬╩┳╋┻╥╫╨]+[┐┤┘╗╣╝┓┫┛╕╡╛╖╢╜][ \t]*\r?$/u;
const BOX_ROW = /^[ \t\u3000]*[│┃║].*[│┃║][ \t]*\r?$/u;

/** Unicode box lines as ASCII ones, in place: rules become +---+, cell walls |. */
function asciiBoxes(lines: string[]): boolean {
  let changed = false;
  lines.forEach((line, k) => {
    if (BOX_RULE.test(line)) lines[k] = line.replace(/[─━═]/gu, '-').replace(/[^\s\-]/gu, '+');
    else if (BOX_ROW.test(line)) lines[k] = line.replace(/[│┃║]/gu, '|');
    else return;
    changed = true;
  });
  return changed;
}

export function markBoxTables(text: string): string {
  const unicode = /[│┃║]/u.test(text);
  if (!text.includes('+-') && !unicode) return text;
  const lines = text.split('\n');
  let changed = unicode && asciiBoxes(lines);
  for (let i = 0; i < lines.length; ) {
    // A block of rules and rows: a header row, a rule under it, and rows after that.
    let end = i;
    while (end < lines.length && (RULE.test(lines[end] ?? '') || ROW.test(lines[end] ?? ''))) end++;
    const block = lines.slice(i, end);
    const rows = block.flatMap((l, k) => (ROW.test(l) ? [k] : []));
    const firstRow = rows[0] ?? -1;
    const lastRow = rows.at(-1) ?? -1;
    if (firstRow >= 0 && RULE.test(block[firstRow + 1] ?? '') && lastRow > firstRow + 1) {
      block.forEach((line, k) => {
        if (!RULE.test(line)) return;
        // The rule under the header: the delimiter row. Between body rows: a row of empty cells. Outside: blank.
        lines[i + k] =
          k <= firstRow || k > lastRow ? line.replace(/[^\r]/gu, ' ')
          : k === firstRow + 1 ? line.replace(/\+/gu, '|')
          : line.replace(/[-=]/gu, ' ').replace(/\+/gu, '|');
        changed = true;
      });
    }
    i = Math.max(end, i + 1);
  }
  return changed ? lines.join('\n') : text;
}
