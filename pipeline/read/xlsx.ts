import type { Cell, CellValue, Worksheet } from 'exceljs';
import { unzipSync } from 'fflate';
import SSF from 'ssf';
import { dec, decText } from '../decimal.js';
import { readError, shown } from './diagnostics.js';
import { cellAddress, type Grid, type GridCell } from './grid.js';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary: a password-protected .xlsx (Excel encrypts into a CFB container) or an old .xls. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

/** Checks the bytes are an Excel 2007+ workbook before exceljs sees them, so every failure has a clear code. */
function checkXlsxBytes(file: string, bytes: Uint8Array): void {
  const name = shown(file);
  if (bytes.length === 0) throw readError('JX_READ_CORRUPT', file, `${name} 是空文件，不是 Excel 工作簿：请重新导出 .xlsx 文件。`);
  if (startsWith(bytes, CFB_MAGIC)) {
    throw readError(
      'JX_READ_ENCRYPTED',
      file,
      `${name} 是加密（设有打开密码）的 Excel 文件或旧版 .xls 文件，无法读取：请在 Excel 或 WPS 中去掉密码，并“另存为” .xlsx 格式后重试。`,
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw readError('JX_READ_CORRUPT', file, `${name} 扩展名为 .xlsx，但不是 Excel 工作簿：请在 Excel 或 WPS 中打开并“另存为” .xlsx 格式后重试。`);
  }
  const names: string[] = [];
  try {
    unzipSync(bytes, { filter: (f) => (names.push(f.name), false) });
  } catch {
    throw readError('JX_READ_CORRUPT', file, `${name} 已损坏（压缩包不完整），无法读取：请重新下载或从 Excel 重新保存该文件。`);
  }
  if (!names.includes('xl/workbook.xml')) {
    throw readError('JX_READ_CORRUPT', file, `${name} 是压缩包，但不是 Excel 工作簿（缺少 xl/workbook.xml，可能是 Word 或其他格式改了扩展名）：请提供 .xlsx 格式的表格。`);
  }
}

/** Excel keeps 15 significant digits; a double's tail beyond them (0.1 + 0.2) is not the user's. */
function numberText(n: number): string {
  return decText(dec(n).toSignificantDigits(15));
}

interface Content {
  text: string;
  shown?: string;
  number?: string;
  percent?: boolean;
  formula?: string;
}

/** A date as the sheet shows it: exceljs stores dates as UTC midnight. */
function dateText(d: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * The number as the sheet shows it (1,452.61 under #,##0.00; 99.91% for 0.99909… under 0.00%), by
 * SheetJS's formatter; undefined under General (the number's own digits are what it shows) or a
 * format the formatter cannot read.
 */
function displayed(n: number, numFmt: string | undefined): string | undefined {
  if (numFmt === undefined || /^general$/i.test(numFmt)) return undefined;
  try {
    return SSF.format(numFmt, n).trim();
  } catch {
    return undefined;
  }
}

function numberContent(n: number, numFmt: string | undefined): Content {
  const shown = displayed(n, numFmt);
  // A percent format shows 0.9991 as 99.91%: the figure a reader sees is the one to keep.
  if (numFmt !== undefined && /%/.test(numFmt.replace(/"[^"]*"/g, ''))) {
    const value = decText(dec(numberText(n)).times(100));
    return { text: `${value}%`, number: value, percent: true, ...(shown !== undefined ? { shown } : {}) };
  }
  const value = numberText(n);
  return { text: value, number: value, ...(shown !== undefined && shown !== value ? { shown } : {}) };
}

function valueContent(value: CellValue | undefined, numFmt: string | undefined): Content {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'number') return numberContent(value, numFmt);
  if (typeof value === 'string') return { text: value.trim() };
  if (typeof value === 'boolean') return { text: value ? '是' : '否' };
  if (value instanceof Date) return { text: dateText(value) };
  if ('richText' in value) return { text: value.richText.map((r) => r.text).join('').trim() };
  if ('error' in value) return { text: value.error };
  if ('hyperlink' in value) return valueContent(value.text as CellValue, numFmt);
  return { text: '' };
}

function cellContent(cell: Cell): Content {
  const value = cell.value;
  if (value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
    // A shared formula (an Excel fill-down) has no `formula` key: the cell's getters translate it.
    const formula = cell.formula;
    // The cell's own result, not the value's: exceljs leaves a cached 0 out of the value object.
    const result = cell.result ?? (value as { result?: unknown }).result;
    if (result === undefined || result === null) return { text: `=${formula}`, formula };
    return { ...valueContent(result as CellValue, cell.numFmt), formula };
  }
  return valueContent(value, cell.numFmt);
}

function sheetGrid(ws: Worksheet): Grid {
  let rows = ws.rowCount;
  let cols = ws.columnCount;
  for (const range of ws.model.merges ?? []) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
    if (!m) continue;
    rows = Math.max(rows, Number(m[4]));
    cols = Math.max(cols, letterColumn(m[3] ?? 'A') + 1);
  }
  const grid: GridCell[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: GridCell[] = [];
    for (let c = 0; c < cols; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      const address = cellAddress(ws.name, r, c);
      if (cell.isMerged && cell.master.address !== cell.address) {
        line.push({ row: r, col: c, address, text: '', master: { row: Number(cell.master.row) - 1, col: Number(cell.master.col) - 1 } });
        continue;
      }
      const content = cellContent(cell);
      line.push({ row: r, col: c, address, ...content });
    }
    grid.push(line);
  }
  const hiddenRows: number[] = [];
  const hiddenCols: number[] = [];
  for (let r = 0; r < rows; r++) if (ws.getRow(r + 1).hidden) hiddenRows.push(r);
  for (let c = 0; c < cols; c++) if (ws.getColumn(c + 1).hidden) hiddenCols.push(c);
  const sheet = ws.state === 'hidden' || ws.state === 'veryHidden';
  const hidden = sheet || hiddenRows.length > 0 || hiddenCols.length > 0 ? { sheet, rows: hiddenRows, cols: hiddenCols } : undefined;
  return { name: ws.name, rows: grid, width: cols, ...(hidden !== undefined ? { hidden } : {}) };
}

function letterColumn(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** .xlsx → one grid per worksheet, in the workbook's order. */
export async function readXlsxGrids(file: string, bytes: Uint8Array): Promise<Grid[]> {
  checkXlsxBytes(file, bytes);
  // exceljs costs ~0.2 s to load: only the import command pays it, and only for a workbook.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw readError('JX_READ_CORRUPT', file, `${shown(file)} 的内容已损坏，无法读取：请用 Excel 或 WPS 打开后重新“另存为” .xlsx 文件再试。`);
  }
  return wb.worksheets.map(sheetGrid);
}
