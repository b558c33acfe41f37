/**
 * A checked file's part of the `check` command's output (text, JSON, NDJSON). Made where the file
 * was checked — in the pool's worker — so that only this text travels back to the main thread,
 * not the report with every figure it found: the main thread writes it and counts, nothing more.
 */
import type { FileReport } from '../../schemas/check-result.js';
import type { Finding } from '../../schemas/finding.js';
import type { CheckSummary } from './summary.js';

/** How the run's output is written. */
export interface CheckOutput {
  readonly format: 'text' | 'json' | 'ndjson';
  /** ANSI colours (text on a terminal). */
  readonly color?: boolean | undefined;
  /** Info findings in the text too. */
  readonly verbose?: boolean | undefined;
}

const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;

function paint(text: string, code: string, color: boolean): string {
  return color ? `\u001b[${code}m${text}\u001b[0m` : text;
}

/** The sentence with the figure marked: colour on a terminal, 【】 otherwise. */
function highlight(f: Finding, color: boolean): string {
  const s = f.sentence;
  const at = f.location.offset - f.sentenceOffset;
  if (at < 0 || s.slice(at, at + f.stated.length) !== f.stated) return s;
  const mark = color ? paint(f.stated, '1;31', true) : `【${f.stated}】`;
  return `${s.slice(0, at)}${mark}${s.slice(at + f.stated.length)}`;
}

/** One file's part of the text output. */
export function formatFileText(r: FileReport, color: boolean, showInfo: boolean): string {
  const lines: string[] = [paint(r.file, '1', color)];
  if (r.unreadable !== undefined) {
    for (const d of r.unreadable) lines.push(`  未能读取：${paint(SEVERITY[d.severity], '31', color)} [${d.code}] ${d.message}`);
    return `${lines.join('\n')}\n\n`;
  }
  const c = r.coverage;
  lines.push(`  数字 ${c.figures} 处${r.withData ? `：与数据一致 ${c.bound}，不符 ${c.mismatched}，无法确定 ${c.ambiguous}，未对应 ${c.unbound}` : '（未提供数据，仅核对报告内部关系）'}`);
  const shown = r.findings.filter((f) => showInfo || f.severity !== 'info');
  let section = '';
  for (const f of shown) {
    const sec = f.location.section.join(' › ') || '（开头）';
    if (sec !== section) {
      section = sec;
      lines.push(`  ${paint(sec, '36', color)}`);
    }
    const sev = paint(SEVERITY[f.severity], f.severity === 'error' ? '31' : f.severity === 'warning' ? '33' : '2', color);
    // A workbook's figure is found by its cell, a text's by line and column.
    lines.push(`    ${f.location.cell ?? `${f.location.line}:${f.location.column}`} ${sev} [${f.code}] ${f.message}`);
    lines.push(`      ${highlight(f, color)}`);
    if (f.source) lines.push(`      依据：${f.source}`);
  }
  const hidden = r.findings.length - shown.length;
  if (hidden > 0) lines.push(`  另有 ${hidden} 条提示，用 --verbose 或 --format json 查看`);
  return `${lines.join('\n')}\n\n`;
}

/** JSON.stringify(value, null, 2) set in by `by` spaces after its first line: a part of a larger document. */
function indented(value: unknown, by: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${' '.repeat(by)}`);
}

/**
 * A file's output: its text block, its NDJSON line, or its member of the streamed JSON document's
 * "files" array (set in as that array's items are, the comma before it left to the writer).
 */
export function fileOutput(r: FileReport, output: CheckOutput): string {
  if (output.format === 'json') return `\n    ${indented(r, 4)}`;
  if (output.format === 'ndjson') return `${JSON.stringify(r)}\n`;
  return formatFileText(r, output.color === true, output.verbose === true);
}

function summaryText(files: number, s: CheckSummary): string {
  return `共 ${files} 个文件：错误 ${s.errors}，警告 ${s.warnings}，提示 ${s.infos}${s.unreadable ? `；未能读取 ${s.unreadable} 个` : ''}\n`;
}

/**
 * The run's output around the files' parts, written as they come. The streamed JSON is byte for
 * byte what JSON.stringify(result, null, 2) of the whole result would be, without ever holding it.
 */
export function outputWriter(format: CheckOutput['format'], data: string | undefined) {
  let first = true;
  return {
    head: (): string => (format === 'json' ? `{\n  "version": 1,${data !== undefined ? `\n  "data": ${JSON.stringify(data)},` : ''}\n  "files": [` : ''),
    /** A file's part (fileOutput), with the comma between the JSON array's members. */
    file: (part: string): string => {
      const sep = first || format !== 'json' ? '' : ',';
      first = false;
      return `${sep}${part}`;
    },
    tail: (files: number, summary: CheckSummary): string =>
      format === 'json' ? `${first ? '' : '\n  '}],\n  "summary": ${indented(summary, 2)}\n}\n` : format === 'text' ? summaryText(files, summary) : '',
  };
}
