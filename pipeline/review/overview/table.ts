import { unzipSync, zipSync, type Zippable } from 'fflate';
import { FIXED_TIMESTAMP, fixedMtime } from '../../write/docx/package.js';
import { OVERVIEW_COLUMNS, overviewBase, overviewCell, type OverviewRow } from './row.js';

export type SummaryFormat = 'xlsx' | 'csv';

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The overview as a table a 科长 can sort and forward: .csv (UTF-8 with BOM and CRLF, which Excel
 * and WPS open as Chinese) or .xlsx (header frozen, columns sized; exceljs loads only here). Same
 * rows → same bytes: exceljs stamps "now" into the file, so its dates are fixed and it is re-zipped
 * with fixed entry times.
 */
export async function summaryTable(rows: readonly OverviewRow[], format: SummaryFormat): Promise<Uint8Array> {
  // Files as the folder holds them (relative to the folder of all of them), as index.html shows them.
  const base = overviewBase(rows);
  if (format === 'csv') {
    const lines = [OVERVIEW_COLUMNS.map((c) => csvField(c.header)).join(','), ...rows.map((r) => OVERVIEW_COLUMNS.map((c) => csvField(overviewCell(r, c.key, base))).join(','))];
    return new TextEncoder().encode(`\ufeff${lines.join('\r\n')}\r\n`);
  }
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const fixed = new Date(FIXED_TIMESTAMP);
  wb.created = fixed;
  wb.modified = fixed;
  wb.creator = 'jixiao';
  const ws = wb.addWorksheet('核对总览', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = OVERVIEW_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(Object.fromEntries(OVERVIEW_COLUMNS.map((c) => [c.key, overviewCell(r, c.key, base)])));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: OVERVIEW_COLUMNS.length } };
  const files = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  const zippable: Zippable = {};
  for (const name of Object.keys(files).sort()) {
    if (name.endsWith('/')) continue;
    zippable[name] = [files[name] as Uint8Array, { mtime: fixedMtime(), level: 6 }];
  }
  return zipSync(zippable, { mtime: fixedMtime() });
}
