/**
 * Which files are reports, by name: the one list the reader, the folder walk and the desk's .zip
 * intake share. A bureau's folder holds more than reports (scans, archives, Word's lock files, a
 * Mac's ._ copies); a report saved in a format jixiao cannot read (.doc, .wps, .ofd, .xls) must
 * still be listed, as a file not read with what to do, never dropped without a word. A workbook
 * (.xlsx) is read as a report: it is how many units fill their 自评表.
 */
import path from 'node:path';

/** Extensions jixiao reads as reports. */
export const REPORT_EXTENSIONS = ['.md', '.markdown', '.txt', '.docx', '.pdf', '.xlsx'] as const;

/** Word-processor and layout formats a report comes in that jixiao does not read: each says what to save it as. */
const OTHER_REPORT_FORMATS: Readonly<Record<string, string>> = {
  '.doc': '请用 Word 或 WPS 打开后“另存为” .docx 格式',
  '.docm': '请用 Word 打开后“另存为” .docx 格式',
  '.dot': '请用 Word 或 WPS 打开后“另存为” .docx 格式',
  '.dotx': '请用 Word 打开后“另存为” .docx 格式',
  '.wps': '请用 WPS 打开后“另存为” .docx 格式',
  '.wpt': '请用 WPS 打开后“另存为” .docx 格式',
  '.rtf': '请用 Word 或 WPS 打开后“另存为” .docx 格式',
  '.odt': '请用 WPS 或 LibreOffice 打开后“另存为” .docx 格式',
  '.xls': '请用 Excel 或 WPS 打开后“另存为” .xlsx 格式',
  '.et': '请用 WPS 打开后“另存为” .xlsx 格式',
  '.ofd': '请用 OFD 阅读器或 WPS 打开后另存为（或打印为）PDF，或转为 .docx',
};

/**
 * What a file in a folder of reports is:
 * - `report`: read and checked;
 * - `unreadable-report`: a report in a format jixiao does not read, listed with advice;
 * - `system`: what an operating system, Word or jixiao leaves beside documents (hidden files, `~$`
 *   lock files, `__MACOSX/`, Thumbs.db, desktop.ini, a draft's figures file): not worth a word;
 * - `other`: anything else (tables, pictures, archives): counted and named, not checked.
 * `name` is a path relative to the folder walked (each of its folders is looked at too).
 */
export type ReportFileKind = 'report' | 'unreadable-report' | 'system' | 'other';

export function reportFileKind(name: string): ReportFileKind {
  const parts = name.split(/[\\/]/).filter((p) => p !== '');
  const base = parts[parts.length - 1] ?? '';
  if (parts.some((p) => (p.startsWith('.') && p !== '.' && p !== '..') || p === '__MACOSX') || base.startsWith('~$') || /^(thumbs\.db|desktop\.ini)$|\.figures\.json$/i.test(base)) return 'system';
  const ext = path.extname(base).toLowerCase();
  if ((REPORT_EXTENSIONS as readonly string[]).includes(ext)) return 'report';
  if (ext in OTHER_REPORT_FORMATS) return 'unreadable-report';
  return 'other';
}

/** What to do with a file in `ext` (lower case, with its dot) to have it read. */
export function formatAdvice(ext: string): string {
  return OTHER_REPORT_FORMATS[ext] ?? '请提供 .md、.txt、.docx、.pdf 或 .xlsx 格式的报告';
}
