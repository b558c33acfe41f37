/**
 * GFM tables inside plain text: a PDF's tables come out of the reader as `| a | b |` rows under a
 * `|---|` line, among lines that are not Markdown. The rules read them as they read a Word
 * table's; a `|` line without the delimiter row under it stays text.
 */

const ROW = /^\s*\|.*\|\s*$/u;
const DELIMITER = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/u;

/** Whether a table starts at `start`: a `|` row with the delimiter row right under it (page markers skipped). */
export function gfmTableAt(lines: readonly string[], start: number, skip: (line: string) => boolean): boolean {
  if (!ROW.test(lines[start] ?? '')) return false;
  let i = start + 1;
  while (i < lines.length && skip(lines[i] ?? '')) i += 1;
  return DELIMITER.test(lines[i] ?? '') && (lines[i] ?? '').includes('-');
}

/**
 * Where the table starting at `start` ends, exclusive: after its last `|` row (page markers inside it
 * kept), or before a row with a delimiter row of its own under it, which heads the next table.
 */
export function gfmRunEnd(lines: readonly string[], start: number, skip: (line: string) => boolean): number {
  let end = start + 1;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (i > start + 1 && !DELIMITER.test(line) && gfmTableAt(lines, i, skip)) break;
    if (ROW.test(line) || DELIMITER.test(line)) end = i + 1;
    else if (!skip(line)) break;
  }
  return end;
}

/** The cells of the table's rows, header first, the delimiter row and page markers left out; `\|` is a pipe. */
export function parseGfmRows(lines: readonly string[], skip: (line: string) => boolean): string[][] {
  return lines
    .filter((l) => !skip(l) && ROW.test(l) && !DELIMITER.test(l))
    .map((l) => l.trim().slice(1, -1).split(/(?<!\\)\|/u).map((c) => c.trim().replace(/\\\|/gu, '|')));
}
