import { once } from 'node:events';
import path from 'node:path';
import {
  addToSummary, checkAnnotateTarget, defaultJobs, expandReports, inputError, skippedNote, overviewPagePaths, reviewPagePaths, startCheckBatch, summaryFormat,
  writeOverviewHtml, writeSummaryTable, type CheckSummary, type Diagnostic, type FileReport, type Finding, type OverviewRow,
} from '../pipeline/index.js';
import { EXIT } from './exit.js';
import { printDiagnostics } from './print.js';
import { startProgress } from './progress.js';

export interface CheckCliOptions {
  readonly html?: string | undefined;
  readonly htmlDir?: string | undefined;
  readonly summary?: string | undefined;
  readonly annotate?: string | undefined;
  readonly data?: string | undefined;
  readonly format?: string | undefined;
  readonly strict?: boolean | undefined;
  readonly profile?: string | undefined;
  readonly jobs?: string | undefined;
  readonly verbose?: boolean | undefined;
  readonly maxSize?: string | undefined;
}

const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;
const FORMATS = ['text', 'json', 'ndjson'] as const;
type Format = (typeof FORMATS)[number];

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

function summaryText(files: number, s: CheckSummary): string {
  return `共 ${files} 个文件：错误 ${s.errors}，警告 ${s.warnings}，提示 ${s.infos}${s.unreadable ? `；未能读取 ${s.unreadable} 个` : ''}\n`;
}

/** JSON.stringify(value, null, 2) set in by `by` spaces after its first line: a part of a larger document. */
function indented(value: unknown, by: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${' '.repeat(by)}`);
}

/**
 * The three outputs, written a file at a time. The streamed JSON is byte for byte what
 * JSON.stringify(result, null, 2) of the whole result would be, without ever holding it.
 */
function writers(format: Format, data: string | undefined, color: boolean, verbose: boolean) {
  let first = true;
  return {
    head: (): string => (format === 'json' ? `{\n  "version": 1,${data !== undefined ? `\n  "data": ${JSON.stringify(data)},` : ''}\n  "files": [` : ''),
    file: (r: FileReport): string => {
      const sep = first ? '' : ',';
      first = false;
      if (format === 'json') return `${sep}\n    ${indented(r, 4)}`;
      if (format === 'ndjson') return `${JSON.stringify(r)}\n`;
      return formatFileText(r, color, verbose);
    },
    tail: (files: number, summary: CheckSummary): string =>
      format === 'json' ? `${first ? '' : '\n  '}],\n  "summary": ${indented(summary, 2)}\n}\n` : format === 'text' ? summaryText(files, summary) : '',
  };
}

/** Writes to stdout, waiting when the reader is slower than the checker: output never piles up in memory. */
async function emit(text: string): Promise<void> {
  if (text !== '' && !process.stdout.write(text)) await once(process.stdout, 'drain');
}

function parseJobs(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  if (!/^[1-9]\d*$/.test(value.trim())) throw inputError('JX_CLI_OPTION', `--jobs 应为正整数（同时检查的报告数），实际为 “${value}”`);
  return Number(value);
}

export async function runCheck(reports: readonly string[], opts: CheckCliOptions): Promise<number> {
  const format = (opts.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw inputError('JX_CLI_OPTION', `--format 应为 text、json 或 ndjson，实际为 “${opts.format}”`);
  const jobs = parseJobs(opts.jobs);
  if (opts.html !== undefined && opts.htmlDir !== undefined) throw inputError('JX_CLI_OPTION', '--html 与 --html-dir 只能选一个：多个报告请用 --html-dir');
  if (opts.summary !== undefined) summaryFormat(opts.summary);
  const list = await expandReports(reports);
  const { files } = list;
  checkAnnotateTarget(opts.annotate, files);
  const pages = opts.htmlDir !== undefined
    ? overviewPagePaths(opts.htmlDir, files)
    : opts.html !== undefined ? reviewPagePaths(opts.html, files).map((file) => ({ file })) : undefined;
  const batch = await startCheckBatch(files, {
    data: opts.data, profile: opts.profile, jobs, pages, annotate: opts.annotate, annotateInfo: opts.verbose === true,
    alsoWrites: [
      ...(opts.htmlDir !== undefined ? [{ file: path.join(opts.htmlDir, 'index.html'), what: '总览页' }] : []),
      ...(opts.summary !== undefined ? [{ file: opts.summary, what: '汇总表' }] : []),
    ],
  });
  // How the data file was read (not UTF-8, stray bytes) and what in the folders was not a report:
  // said first, on stderr, before the progress bar.
  const skipped = skippedNote(list);
  printDiagnostics([...(batch.context.notes ?? []), ...(skipped !== undefined ? [skipped] : [])]);

  const out = writers(format, opts.data, process.stdout.isTTY === true && !process.env.NO_COLOR, opts.verbose === true);
  const progress = await startProgress(files.length);
  const summary: CheckSummary = { errors: 0, warnings: 0, infos: 0 };
  const keepRows = opts.htmlDir !== undefined || opts.summary !== undefined;
  const rows: OverviewRow[] = [];
  const problems: Diagnostic[] = [];
  const written: string[] = [];
  let annotated: { file: string; placed: number; unplaced: number } | undefined;
  await emit(out.head());
  let index = 0;
  for await (const checked of batch.results) {
    const { report } = checked;
    addToSummary(summary, report);
    if (keepRows) rows.push(checked.row);
    // How each file was read goes to stderr with the unreadable ones, after the run.
    problems.push(...(report.notes ?? []));
    if (report.unreadable !== undefined) problems.push(...report.unreadable);
    else if (pages?.[index] !== undefined) written.push(pages[index]?.file ?? '');
    annotated ??= checked.annotated;
    await emit(out.file(report));
    progress.tick();
    index += 1;
  }
  await emit(out.tail(files.length, summary));
  progress.stop();

  // Read notes and unreadable files: their diagnostics on stderr too, after the run (a progress bar was drawing there).
  printDiagnostics(problems);
  if (annotated) {
    process.stderr.write(`已写出带批注的文档 ${annotated.file}：批注 ${annotated.placed + annotated.unplaced} 条${annotated.unplaced ? `，其中 ${annotated.unplaced} 条未能定位，附在文首` : ''}\n`);
  }
  if (opts.htmlDir !== undefined) {
    const index = await writeOverviewHtml(opts.htmlDir, rows, { data: opts.data, notes: skipped !== undefined ? [skipped.message] : [] });
    process.stderr.write(`总览：${index}（审阅页 ${written.length} 个）\n`);
  } else if (written.length > 0) {
    process.stderr.write(`审阅页：${written.join('、')}\n`);
  }
  if (opts.summary !== undefined) {
    await writeSummaryTable(opts.summary, rows);
    process.stderr.write(`汇总表：${opts.summary}\n`);
  }
  const unread = summary.unreadable ?? 0;
  if (unread === files.length) return EXIT.input;
  const failing = summary.errors + unread + (opts.strict ? summary.warnings : 0);
  return failing > 0 ? EXIT.findings : EXIT.ok;
}
