/**
 * Writes the filled forms `jixiao import` reads in the README and the tests: each shipped example's
 * 绩效自评表 (and the department's 基础数据表) as an Excel workbook and as a Word file, made from the tables
 * the draft renders, so they hold the examples' own figures. Same data → same bytes (fixed dates, re-zipped).
 *
 *   npm run examples:tables            (writes examples/)
 *   node dist/scripts/make-table-examples.js DIR   (writes DIR/: a test compares them with examples/)
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { draftReport } from '../pipeline/index.js';
import { tableGrid } from '../pipeline/render/tables.js';
import { writeDocx } from '../pipeline/write/docx/index.js';
import { PACKAGE_ROOT } from '../pipeline/paths.js';
import type { RenderedDoc, TableModel } from '../schemas/rendered.js';

const EXAMPLES = [
  { data: 'zhuzhou-2024-keji-fund.yaml', out: 'zhuzhou-2024-keji-fund-自评表' },
  { data: 'lusong-2023-kegongxin.yaml', out: 'lusong-2023-kegongxin-自评表' },
];

/** Sheet names as a unit would name them. */
const SHEET_NAMES: Record<string, string> = { score: '自评表', base: '基础数据表' };

/** core.xml's dates are written in UTC; zip entry times in local wall-clock time (fflate reads local getters). */
const FIXED_UTC = new Date(Date.UTC(2000, 0, 1));
const FIXED_LOCAL = new Date(2000, 0, 1, 0, 0, 0);

/**
 * A cell as a unit types it into Excel: amounts and scores as numbers (shown with the format the
 * draft used), percentages as numbers formatted 0.00%, everything else as text.
 */
function typed(text: string): { value: string | number; numFmt?: string } {
  const money = /^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+\.\d+$|^\d+$/.exec(text);
  if (money) {
    const decimals = (text.split('.')[1] ?? '').length;
    const grouped = text.includes(',') || decimals === 2;
    return { value: Number(text.replace(/,/g, '')), ...(grouped ? { numFmt: `#,##0${decimals > 0 ? `.${'0'.repeat(decimals)}` : ''}` } : {}) };
  }
  const rate = /^(\d+(?:\.(\d+))?)%$/.exec(text);
  if (rate?.[1]) {
    const decimals = (rate[2] ?? '').length;
    return { value: Number((Number(rate[1]) / 100).toPrecision(12)), numFmt: `0${decimals > 0 ? `.${'0'.repeat(decimals)}` : ''}%` };
  }
  return { value: text };
}

/** Start column of each model cell, once the cells merged down from rows above are skipped. */
function positions(model: TableModel): { row: number; col: number; rowSpan: number; colSpan: number; text: string; header: boolean }[] {
  const taken: boolean[][] = [];
  const out: { row: number; col: number; rowSpan: number; colSpan: number; text: string; header: boolean }[] = [];
  model.rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (taken[r]?.[c] === true) c++;
      const rowSpan = cell.rowSpan ?? 1;
      const colSpan = cell.colSpan ?? 1;
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) (taken[r + dr] ??= [])[c + dc] = true;
      out.push({ row: r, col: c, rowSpan, colSpan, text: cell.text, header: cell.header === true });
      c += colSpan;
    }
  });
  return out;
}

function addSheet(wb: ExcelJS.Workbook, model: TableModel): void {
  const ws = wb.addWorksheet(SHEET_NAMES[model.id] ?? model.id, { pageSetup: { orientation: model.landscape ? 'landscape' : 'portrait', paperSize: 9 } });
  const total = model.widths.reduce((a, b) => a + b, 0);
  ws.columns = model.widths.map((w) => ({ width: Math.max(8, Math.round((w * (model.landscape ? 150 : 90)) / total)) }));
  // Row 1: the form's title across the table; the table starts on row 2.
  const width = model.widths.length;
  ws.mergeCells(1, 1, 1, width);
  const title = ws.getCell(1, 1);
  title.value = model.title;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  for (const p of positions(model)) {
    const row = p.row + 2;
    const col = p.col + 1;
    if (p.rowSpan > 1 || p.colSpan > 1) ws.mergeCells(row, col, row + p.rowSpan - 1, col + p.colSpan - 1);
    const cell = ws.getCell(row, col);
    const { value, numFmt } = typed(p.text);
    cell.value = value === '' ? null : value;
    if (numFmt) cell.numFmt = numFmt;
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: p.header || typeof value === 'number' ? 'center' : 'left' };
    if (p.header) cell.font = { bold: true };
  }
  if (model.note) ws.getCell(model.rows.length + 2, 1).value = model.note;
}

/** exceljs stamps "now" into the package; the same tables must give the same bytes. */
function fixedZip(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const out: Zippable = {};
  for (const name of Object.keys(files).sort()) {
    if (name.endsWith('/')) continue;
    const data = files[name];
    if (data) out[name] = [data, { mtime: FIXED_LOCAL, level: 6 }];
  }
  return zipSync(out);
}

async function workbook(tables: readonly TableModel[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jixiao';
  wb.lastModifiedBy = 'jixiao';
  wb.created = FIXED_UTC;
  wb.modified = FIXED_UTC;
  for (const model of tables) addSheet(wb, model);
  const bytes = fixedZip(new Uint8Array(Buffer.from(await wb.xlsx.writeBuffer())));
  // Guard: the package must not carry the time it was written.
  const core = unzipSync(bytes)['docProps/core.xml'];
  if (core && !strFromU8(core).includes('2000-01-01T00:00:00Z')) throw new Error('core.xml carries a date that is not fixed');
  return bytes;
}

/** The tables alone as a Word file, written by the project's own Word writer (merges included). */
async function wordFile(title: string, kind: RenderedDoc['kind'], tables: readonly TableModel[]): Promise<Uint8Array> {
  const markdown = tables
    .map((t) => {
      const rows = tableGrid(t).map((cells) => `| ${cells.map((c) => c.replace(/\|/g, '\\|').replace(/\n/g, '<br>')).join(' | ')} |`);
      const separator = `|${'---|'.repeat(t.widths.length)}`;
      return [`**${t.title}**`, `<!-- jixiao:table ${t.id} -->`, [rows[0], separator, ...rows.slice(1)].join('\n'), ...(t.note ? [t.note] : [])].join('\n\n');
    })
    .join('\n\n');
  return writeDocx({ kind, title, markdown: `${markdown}\n`, figures: [], tables: [...tables] });
}

for (const example of EXAMPLES) {
  const result = await draftReport({ data: path.join(PACKAGE_ROOT, 'examples', example.data) });
  // A unit fills the 自评表 first; the department's 基础数据表 follows as a second sheet.
  const order = ['score', 'base'];
  // A unit's form holds its figures, not the draft's review notes beside them (〔待核：…〕).
  const tables = [...result.doc.tables]
    .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id))
    .map((t) => ({ ...t, rows: t.rows.map((row) => row.map((c) => ({ ...c, text: c.text.replace(/〔待核[:：][^〕]*〕/gu, '') }))) }));
  const base = path.join(process.argv[2] ?? path.join(PACKAGE_ROOT, 'examples'), example.out);
  await writeFile(`${base}.xlsx`, await workbook(tables));
  await writeFile(`${base}.docx`, await wordFile(tables[0]?.title ?? '', result.doc.kind, tables));
  process.stdout.write(`${base}.xlsx, .docx\n`);
}
