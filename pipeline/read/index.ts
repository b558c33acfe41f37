import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { limits } from '../limits.js';
import { looksLikeMarkdown } from '../text/markdown.js';
import { diagnostic, InputError } from '../errors.js';
import { markAlignedTables } from './aligned.js';
import { markBoxTables } from './box.js';
import { reflowWrapped } from './reflow.js';
import { decodeBytes } from './decode.js';
import { readError, shown, tooLarge } from './diagnostics.js';
import { formatAdvice, REPORT_EXTENSIONS } from './formats.js';
import type { CellPlace } from './workbook.js';

export type { ReadCode } from './diagnostics.js';
export { decodeBytes, type DecodedText, type TextEncodingName } from './decode.js';

/** A report as text: Markdown (our drafts, .docx converted) or plain text (.txt, .pdf). */
export interface ReadReport {
  readonly text: string;
  readonly format: 'md' | 'txt';
  /** What the reader should know about how the file was read (its encoding, stray bytes); absent when nothing. */
  readonly notes?: readonly Diagnostic[];
  /** For a workbook: the cell (Sheet!A1) each stretch of the text shows, in text order. */
  readonly places?: readonly CellPlace[];
}

/**
 * read: any report file → text the corpus and the checker parse.
 * `.md` and `.txt` as they are; `.docx` → Markdown with headings and GFM tables; `.pdf` → plain text.
 * A file it cannot use throws InputError with one JX_READ_* diagnostic.
 */
export async function readReportFile(file: string): Promise<ReadReport> {
  const ext = path.extname(file).toLowerCase();
  if (!(REPORT_EXTENSIONS as readonly string[]).includes(ext)) throw unsupported(file, ext);
  const packaged = ext === '.docx' || ext === '.pdf' || ext === '.xlsx';
  const bytes = await readBytes(file, packaged ? limits().reportFileBytes : limits().reportTextBytes);
  let report: ReadReport;
  switch (ext) {
    case '.docx': {
      const { readDocx } = await import('./docx.js');
      report = { text: await readDocx(file, bytes), format: 'md' };
      break;
    }
    case '.xlsx': {
      const [{ readXlsxGrids }, { workbookReport }] = await Promise.all([import('./xlsx.js'), import('./workbook.js')]);
      report = { ...workbookReport(await readXlsxGrids(file, bytes)), format: 'md' };
      break;
    }
    case '.pdf': {
      const { readPdf } = await import('./pdf.js');
      report = { text: await readPdf(file, bytes), format: 'txt' };
      break;
    }
    default: {
      const decoded = decodeBytes(bytes, file);
      // Tables drawn with box lines (+----+) become pipe tables, offsets unmoved.
      const boxed = markBoxTables(decoded.text);
      // A .txt written in Markdown (## headings, | tables) is read as Markdown.
      const format = ext === '.txt' && !looksLikeMarkdown(boxed) ? 'txt' : 'md';
      // Plain text wrapped at a fixed width: its broken lines joined (each paragraph on its first line).
      const reflowed = format === 'txt' ? reflowWrapped(boxed) : { text: boxed, joined: 0 };
      const notes = reflowed.joined > 0 ? [...decoded.notes, wrappedNote(file, reflowed.joined)] : decoded.notes;
      // Plain text lines its tables up with spaces: marked as tab rows, offsets unmoved.
      const text = format === 'txt' ? markAlignedTables(reflowed.text) : boxed;
      report = { text, format, ...(notes.length > 0 ? { notes } : {}) };
    }
  }
  if (packaged && Buffer.byteLength(report.text) > limits().reportTextBytes) throw tooLarge(file, '报告的文字', Buffer.byteLength(report.text), limits().reportTextBytes);
  if (report.text.trim() === '') {
    throw readError('JX_READ_EMPTY', file, `${shown(file)} 是空的（没有文字），无法${packaged ? '从中读出报告' : '当作报告'}：请确认选对了文件。`);
  }
  return report;
}

/** What a reader should know of a text read with its wrapped lines joined. */
function wrappedNote(file: string, joined: number): Diagnostic {
  return diagnostic('JX_READ_REFLOWED', `${shown(file)} 按版面断行，${joined} 处断开的句子或数字已接起来读；这些段落中的位置（行、列）按段落的第一行计`, { location: { file } });
}

function unsupported(file: string, ext: string) {
  const name = shown(file);
  const advice = formatAdvice(ext);
  const kind = ext === '' ? '没有扩展名' : `扩展名为 ${ext}`;
  return readError('JX_READ_UNSUPPORTED', file, `${name} ${kind}，不支持读取：${advice}。`);
}

/** The bytes of an input file, refused unread when larger than `limit` (a 20 MB "report" is not one); a missing or unreadable file is an InputError naming it as `what` (报告文件, 表格文件). */
export async function readBytes(file: string, limit: number, what = '报告文件'): Promise<Uint8Array> {
  try {
    const info = await stat(file);
    if (info.isFile() && info.size > limit) throw tooLarge(file, what, info.size, limit);
    return new Uint8Array(await readFile(file));
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? `找不到${what}：${file}，请检查路径。`
        : code === 'EISDIR'
          ? `${file} 是文件夹，不是${what}：请指定一个${what}。`
          : `无法读取${what} ${file}（${code ?? '未知错误'}）：请检查文件权限。`;
    throw readError('JX_FILE_UNREADABLE', file, message);
  }
}

/**
 * Text files: UTF-8 (with or without BOM), UTF-16, and GB18030/GBK, which Windows Chinese editors
 * still write. Line endings become \n. `decodeBytes` also says how the text was read.
 */
export function decodeText(bytes: Uint8Array): string {
  return decodeBytes(bytes).text;
}
