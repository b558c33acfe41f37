/**
 * Tables that arrive as tab-separated text, in the two shapes the seeds show:
 * - row per line: cells split by tabs (a spreadsheet pasted into Markdown);
 * - cell per line: each cell a line starting with one tab, a blank line ending the row, and a
 *   line without a tab continuing the cell above (a Word table saved as text).
 */

const SINGLE_CELL = /^\t[^\t]*$/u;

export function hasTab(line: string): boolean {
  return line.includes('\t');
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

function nextNonBlank(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && isBlank(lines[i] ?? '')) i += 1;
  return i;
}

/**
 * Where a run of table lines starting at `start` (a line with a tab) ends, exclusive.
 * `skip` lines (page markers) never end a run.
 */
export function tableRunEnd(lines: readonly string[], start: number, skip: (line: string) => boolean = () => false): number {
  const cellPerLine = SINGLE_CELL.test(lines[start] ?? '');
  let end = start + 1;
  let i = start + 1;
  let prevIsTableLine = true;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (hasTab(line)) {
      end = i + 1;
      prevIsTableLine = true;
      i += 1;
      continue;
    }
    if (isBlank(line) || skip(line)) {
      prevIsTableLine = false;
      i += 1;
      continue;
    }
    // A tab-less line stays in a cell-per-line table when it wraps the cell above or when
    // the table goes on after it (`产出指标` / blank / `(40分)` / `\t数量指标`).
    const next = lines[nextNonBlank(lines, i + 1)];
    if (cellPerLine && (prevIsTableLine || (next !== undefined && hasTab(next)))) {
      end = i + 1;
      prevIsTableLine = true;
      i += 1;
      continue;
    }
    break;
  }
  return end;
}

/** Rows of a run of table lines. Rows with no text at all are dropped. */
export function parseTabTable(lines: readonly string[], skip: (line: string) => boolean = () => false): string[][] {
  const content = lines.filter((l) => !skip(l));
  const first = content.find(hasTab) ?? '';
  const rows: string[][] = [];
  if (SINGLE_CELL.test(first)) {
    let row: string[] = [];
    let rowEnded = false;
    for (const line of content) {
      if (isBlank(line) && !hasTab(line)) {
        rowEnded = true;
        continue;
      }
      if (hasTab(line)) {
        if (rowEnded && row.length > 0) {
          rows.push(row);
          row = [];
        }
        rowEnded = false;
        row.push(line.replace(/^\t/u, '').trim());
        continue;
      }
      // A continuation: it wraps the last cell, even across a blank line.
      rowEnded = false;
      if (row.length === 0) {
        const last = rows.pop();
        if (last) row = last;
      }
      const i = row.length - 1;
      if (i < 0) row.push(line.trim());
      else row[i] = (row[i] ?? '') + line.trim();
    }
    if (row.length > 0) rows.push(row);
  } else {
    for (const line of content) {
      if (isBlank(line)) continue;
      const cells = line.split('\t').map((c) => c.trim());
      // Trailing tabs are padding from the spreadsheet, not cells.
      while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
      rows.push(cells);
    }
  }
  return rows.filter((r) => r.some((c) => c !== ''));
}
