/**
 * Bytes of a text file → text, whatever Chinese editors saved it as: UTF-8 (with or without BOM),
 * UTF-16 (BOM, or told by its zero bytes), GB18030 / GBK. Used for reports and data files alike.
 *
 * UTF-8 is told from GBK line by line, by how many of a line's high bytes form valid UTF-8
 * sequences: a UTF-8 line with a stray byte stays UTF-8 (the byte replaced by �, its place
 * reported), a GBK line becomes GB18030, and a file that mixes the two is decoded line by line
 * with a warning. Whatever was not plain UTF-8 is said in a note, never silently.
 */
import type { Diagnostic } from '../../schemas/diagnostic.js';
import type { Code } from '../codes.js';
import { diagnostic, InputError } from '../errors.js';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'mixed';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** What the reader should know: the encoding used when not UTF-8, stray bytes, mixed lines. */
  readonly notes: readonly Diagnostic[];
}

/** A line is UTF-8 when at least this share of its high bytes form valid UTF-8 sequences. */
const UTF8_LINE_SHARE = 0.8;
/** Stray bytes listed one by one in the warning; the rest are counted. */
const LISTED_POSITIONS = 5;

const ENCODING_NAMES: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16（小端）',
  'utf-16be': 'UTF-16（大端）',
  gb18030: 'GB18030（GBK）',
  mixed: 'UTF-8 与 GB18030 混合',
};

/** Length of the valid UTF-8 sequence starting at `i`, or 0. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  const cont = (k: number) => {
    const c = bytes[i + k];
    return c !== undefined && c >= 0x80 && c <= 0xbf;
  };
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const b1 = bytes[i + 1] ?? 0;
    if (b === 0xe0 && b1 < 0xa0) return 0;
    if (b === 0xed && b1 > 0x9f) return 0;
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const b1 = bytes[i + 1] ?? 0;
    if (b === 0xf0 && b1 < 0x90) return 0;
    if (b === 0xf4 && b1 > 0x8f) return 0;
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

interface LineStats {
  /** High bytes inside valid multi-byte UTF-8 sequences. */
  readonly valid: number;
  /** High bytes that start no valid sequence. */
  readonly invalid: number;
}

function lineStats(bytes: Uint8Array, start: number, end: number): LineStats {
  let valid = 0;
  let invalid = 0;
  for (let i = start; i < end; ) {
    if ((bytes[i] ?? 0) < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceAt(bytes, i);
    if (n > 1 && i + n <= end) {
      valid += n;
      i += n;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

const utf8 = new TextDecoder('utf-8');
const gb18030 = new TextDecoder('gb18030');

function note(code: Code, file: string | undefined, message: string, line?: number, column?: number): Diagnostic {
  return diagnostic(code, message, {
    location: { ...(file !== undefined ? { file } : {}), ...(line !== undefined ? { line } : {}), ...(column !== undefined ? { column } : {}) },
  });
}

function shownName(file: string | undefined): string {
  return file ?? '文件';
}

/** UTF-16 without a BOM: text with newlines or ASCII has a zero byte in every such character. */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 8192);
  if (n < 2) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) zeroEven++;
      else zeroOdd++;
    }
  }
  const pairs = n / 2;
  if (zeroOdd >= pairs * 0.1 && zeroEven <= pairs * 0.01) return 'utf-16le';
  if (zeroEven >= pairs * 0.1 && zeroOdd <= pairs * 0.01) return 'utf-16be';
  return undefined;
}

/** Control characters other than tab, newline, carriage return, form feed: a binary file's mark. */
function controlShare(text: string): number {
  let control = 0;
  let total = 0;
  for (const ch of text.slice(0, 65_536)) {
    total++;
    const c = ch.codePointAt(0) ?? 0;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd) control++;
  }
  return total === 0 ? 0 : control / total;
}

function notText(file: string | undefined): InputError {
  return new InputError([
    note('JX_READ_BINARY', file, `${shownName(file)} 不是文本文件（其中有大量控制字符或无法识别的字节，可能是图片、压缩包或其他程序的文件）：请提供 UTF-8 或 GBK 编码的文本，或 .docx / .pdf 文件。`),
  ]);
}

/**
 * Decodes `bytes` (a report or a data file named `file`). Line endings become \n, a BOM is dropped.
 * A file that is not text at all (an image, a zip renamed .md) is an InputError.
 */
export function decodeBytes(bytes: Uint8Array, file?: string): DecodedText {
  const notes: Diagnostic[] = [];
  let text: string;
  let encoding: TextEncodingName;
  const bomless = (from: number) => bytes.subarray(from);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    ({ text, encoding } = decodeUtf8OrGb(bomless(3), file, notes));
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bomless(2));
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bomless(2));
    encoding = 'utf-16be';
  } else if (bytes.includes(0)) {
    const order = utf16Order(bytes);
    if (order === undefined) throw notText(file);
    text = new TextDecoder(order).decode(bytes);
    encoding = order;
  } else {
    ({ text, encoding } = decodeUtf8OrGb(bytes, file, notes));
  }
  if (controlShare(text) > 0.05) throw notText(file);
  if (encoding === 'utf-16le' || encoding === 'utf-16be' || encoding === 'gb18030') {
    notes.unshift(note('JX_READ_ENCODING', file, `${shownName(file)} 不是 UTF-8 编码，已按 ${ENCODING_NAMES[encoding]}读取；如有乱码，请用编辑器另存为 UTF-8`));
  }
  return { text: text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n'), encoding, notes };
}

function decodeUtf8OrGb(bytes: Uint8Array, file: string | undefined, notes: Diagnostic[]): { text: string; encoding: TextEncodingName; notes: Diagnostic[] } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', notes };
  } catch {
    // not clean UTF-8: look line by line
  }
  const lines: { start: number; end: number; stats: LineStats }[] = [];
  let total: LineStats = { valid: 0, invalid: 0 };
  for (let start = 0; start <= bytes.length; ) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const stats = lineStats(bytes, start, end);
    lines.push({ start, end, stats });
    total = { valid: total.valid + stats.valid, invalid: total.invalid + stats.invalid };
    start = end + 1;
  }
  const share = (s: LineStats) => (s.valid + s.invalid === 0 ? 1 : s.valid / (s.valid + s.invalid));
  // Mostly not UTF-8: a GBK file (its few UTF-8-looking pairs are chance).
  if (share(total) < 0.5) return { text: gb18030.decode(bytes), encoding: 'gb18030', notes };

  const parts: string[] = [];
  const gbLines: number[] = [];
  const plainLines = new Set<number>();
  const stray: { line: number; column: number; byte: number }[] = [];
  lines.forEach(({ start, end, stats }, n) => {
    const slice = bytes.subarray(start, end);
    if (stats.valid === 0 && stats.invalid === 0) plainLines.add(n + 1);
    // GBK only where the line reads as GBK: a lone odd byte in ASCII text (a stray 0xFF) is UTF-8's.
    const gbk = stats.invalid > 1 && share(stats) < UTF8_LINE_SHARE && !gb18030.decode(slice).includes('\ufffd');
    if (!gbk) {
      if (stats.invalid > 0) {
        // Columns in characters: decode the valid prefix before each stray byte.
        for (let i = start; i < end; ) {
          const len = utf8SequenceAt(bytes, i);
          if (len === 0 || i + len > end) {
            stray.push({ line: n + 1, column: [...utf8.decode(bytes.subarray(start, i))].length + 1, byte: bytes[i] ?? 0 });
            i++;
          } else {
            i += len;
          }
        }
      }
      parts.push(utf8.decode(slice));
    } else {
      gbLines.push(n + 1);
      parts.push(gb18030.decode(slice));
    }
  });
  const name = shownName(file);
  if (stray.length > 0) {
    const first = stray[0];
    const listed = stray.slice(0, LISTED_POSITIONS).map((s) => `第 ${s.line} 行第 ${s.column} 列（0x${s.byte.toString(16).toUpperCase().padStart(2, '0')}）`);
    const more = stray.length > LISTED_POSITIONS ? `等 ${stray.length} 处` : '';
    notes.push(note('JX_READ_STRAY_BYTES', file, `${name} 是 UTF-8 编码，但有 ${stray.length} 个无法识别的字节：${listed.join('、')}${more}，已替换为 �。请在编辑器中查看这些位置`, first?.line, first?.column));
  }
  if (gbLines.length > 0) {
    notes.push(note('JX_READ_MIXED_ENCODING', file, `${name} 混用了两种编码：${ranges(gbLines, plainLines)}按 GB18030（GBK）读取，其余按 UTF-8 读取。请用编辑器把整个文件另存为 UTF-8`, gbLines[0], 1));
  }
  return { text: parts.join('\n'), encoding: gbLines.length > 0 ? 'mixed' : 'utf-8', notes };
}

/** 第 3 行、第 7–12 行: lines of plain ASCII between two listed lines do not break a range. */
function ranges(lines: readonly number[], plain: ReadonlySet<number>): string {
  const out: string[] = [];
  const joined = (a: number, b: number) => {
    for (let k = a + 1; k < b; k++) if (!plain.has(k)) return false;
    return true;
  };
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j + 1 < lines.length && joined(lines[j] ?? 0, lines[j + 1] ?? 0)) j++;
    out.push(i === j ? `第 ${lines[i]} 行` : `第 ${lines[i]}–${lines[j]} 行`);
    i = j + 1;
  }
  return out.length > 6 ? `${out.slice(0, 6).join('、')}等` : out.join('、');
}
