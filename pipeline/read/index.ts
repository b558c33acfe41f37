import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { looksLikeMarkdown } from '../text/markdown.js';
import { readError, shown } from './diagnostics.js';

export type { ReadCode } from './diagnostics.js';

/** A report as text: Markdown (our drafts, .docx converted) or plain text (.txt, .pdf). */
export interface ReadReport {
  readonly text: string;
  readonly format: 'md' | 'txt';
}

/**
 * read: any report file → text the corpus and the checker parse.
 * `.md` and `.txt` as they are; `.docx` → Markdown with headings and GFM tables; `.pdf` → plain text.
 * A file it cannot use throws InputError with one JX_READ_* diagnostic.
 */
export async function readReportFile(file: string): Promise<ReadReport> {
  const ext = path.extname(file).toLowerCase();
  if (!['.md', '.markdown', '.txt', '.docx', '.pdf'].includes(ext)) throw unsupported(file, ext);
  const bytes = await readBytes(file);
  switch (ext) {
    case '.docx': {
      const { readDocx } = await import('./docx.js');
      return { text: await readDocx(file, bytes), format: 'md' };
    }
    case '.pdf': {
      const { readPdf } = await import('./pdf.js');
      return { text: await readPdf(file, bytes), format: 'txt' };
    }
    case '.txt': {
      // A .txt written in Markdown (## headings, | tables) is read as Markdown.
      const text = decodeText(bytes);
      return { text, format: looksLikeMarkdown(text) ? 'md' : 'txt' };
    }
    default:
      return { text: decodeText(bytes), format: 'md' };
  }
}

function unsupported(file: string, ext: string) {
  const name = shown(file);
  const advice =
    ext === '.doc' || ext === '.wps' || ext === '.rtf'
      ? '请用 Word 或 WPS 打开后“另存为” .docx 格式'
      : '请提供 .md、.txt、.docx 或 .pdf 格式的报告';
  const kind = ext === '' ? '没有扩展名' : `扩展名为 ${ext}`;
  return readError('JX_READ_UNSUPPORTED', file, `${name} ${kind}，不支持读取：${advice}。`);
}

/** The bytes of an input file; a missing or unreadable file is an InputError naming it as `what` (报告文件, 表格文件). */
export async function readBytes(file: string, what = '报告文件'): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (err) {
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
 * Text files: UTF-8 (with or without BOM), UTF-16 with BOM, and GB18030/GBK, which Windows Chinese
 * editors still write. Line endings become \n.
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      text = new TextDecoder('gb18030').decode(bytes);
    }
  }
  return text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
}
