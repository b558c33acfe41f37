/**
 * The check job: the reports named (files, or the reports inside directories), each read, bound
 * by its own sidecar when it has one, checked (against the data when given), and the result with
 * its summary. Review pages and the annotated Word copy are made from those same reports: nothing
 * is checked twice. Heavy stages (the data schemas, Word, the page) load only when asked for.
 * Files are checked by batch.ts (one file: check-one.ts); this module collects a whole result.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CheckResult, FileReport } from '../../schemas/check-result.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { diagnostic, inputError } from '../errors.js';
import { reportFileKind } from '../read/formats.js';
import { startCheckBatch } from './batch.js';
import { addToSummary, type CheckSummary } from './summary.js';
import { reviewPagePaths } from './pages.js';

export interface CheckJobOptions {
  /** The data file: every figure is compared with it. */
  readonly data?: string | undefined;
  /** A scoring profile id or file (default: the data's, else national). */
  readonly profile?: string | undefined;
  /** Review page: this file for one report, `<name>-<report>.html` beside it for several. */
  readonly html?: string | undefined;
  /** A copy of the one .docx checked, with a Word comment at each finding. */
  readonly annotate?: string | undefined;
  /** Whether the annotated copy comments on info findings too (figures not bound to data). */
  readonly annotateInfo?: boolean | undefined;
  /** Worker threads (default 1 here: a program calling the library chooses; the CLI defaults to the cores). */
  readonly jobs?: number | undefined;
}

export interface CheckJobResult {
  readonly result: CheckResult;
  /** How the data file was read, when that matters (not UTF-8, stray bytes), and the files in the folders that are not reports; each report's are in its FileReport. */
  readonly notes: readonly Diagnostic[];
  /** Review pages written. */
  readonly pages: readonly string[];
  /** The annotated copy and how many comments were placed at their figure or, failing that, at the top. */
  readonly annotated?: { readonly file: string; readonly placed: number; readonly unplaced: number } | undefined;
}

/** The files a check runs on, and what the folders given held besides reports. */
export interface ReportList {
  /** In order: the paths given, and inside each folder its reports, those in formats not read among them (each is its own result saying what to do). */
  readonly files: string[];
  /** Files inside the folders given that are not reports (tables, pictures, archives), not checked. */
  readonly skipped: readonly string[];
}

/**
 * Files to check: the paths given, and the reports inside any folder given (not sidecars, not
 * what a system or Word leaves beside them), in order. A path that does not exist stays in the
 * list: reading it fails, as that file's result. A folder without reports is an InputError.
 */
export async function expandReports(paths: readonly string[]): Promise<ReportList> {
  const files: string[] = [];
  const skipped: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.push(p);
      continue;
    }
    const inside = await readdir(p, { recursive: true, withFileTypes: true });
    const names = inside.filter((e) => !e.isDirectory()).map((e) => path.relative(p, path.join(e.parentPath ?? e.path, e.name))).sort();
    const kinds = names.map((n) => reportFileKind(n));
    const reports = names.filter((_, k) => kinds[k] === 'report' || kinds[k] === 'unreadable-report');
    const others = names.filter((_, k) => kinds[k] === 'other');
    if (reports.length === 0) {
      const held = others.length > 0 ? `，只有 ${others.length} 个其他文件（${listed(others)}）` : '';
      throw inputError('JX_FILE_UNREADABLE', `文件夹 ${p} 中没有报告（.md .txt .docx .pdf .xlsx）${held}`, { file: p });
    }
    files.push(...reports.map((f) => path.join(p, f)));
    skipped.push(...others.map((f) => path.join(p, f)));
  }
  return { files, skipped };
}

/** The note that files were passed over, if any were: said once for the run, with the first names. */
export function skippedNote(list: ReportList): Diagnostic | undefined {
  const { skipped } = list;
  if (skipped.length === 0) return undefined;
  const archives = skipped.some((f) => /\.(zip|rar|7z)$/i.test(f)) ? '；压缩包请先解压' : '';
  return diagnostic('JX_READ_SKIPPED', `另有 ${skipped.length} 个文件不是报告，未检查：${listed(skipped)}（只检查 .md、.txt、.docx、.pdf、.xlsx${archives}）`);
}

function listed(files: readonly string[]): string {
  const shown = files.slice(0, 5).map((f) => path.basename(f));
  return `${shown.join('、')}${files.length > shown.length ? ` 等` : ''}`;
}

/** The result of checking these reports, with the counts of its findings by severity. */
export function checkResult(files: readonly FileReport[], data?: string): CheckResult {
  const summary: CheckSummary = { errors: 0, warnings: 0, infos: 0 };
  for (const r of files) addToSummary(summary, r);
  return { version: 1, ...(data !== undefined ? { data } : {}), files: [...files], summary };
}

/** Checks the annotate option against the files: one .docx. */
export function checkAnnotateTarget(annotate: string | undefined, files: readonly string[]): void {
  if (annotate === undefined) return;
  const only = files[0];
  if (files.length !== 1 || only === undefined || !/\.docx$/i.test(only)) throw inputError('JX_CLI_OPTION', '--annotate 只用于检查单个 .docx 文件');
  // An output that is an input (the .docx itself) is refused by checkOutputs, with the other outputs.
}

/** Checks the reports and returns the whole result at once (for a run of any size, see startCheckBatch). */
export async function checkFiles(paths: readonly string[], options: CheckJobOptions = {}): Promise<CheckJobResult> {
  const list = await expandReports(paths);
  const { files } = list;
  checkAnnotateTarget(options.annotate, files);
  const pages = options.html !== undefined ? reviewPagePaths(options.html, files) : [];
  const batch = await startCheckBatch(files, {
    data: options.data, profile: options.profile, jobs: options.jobs ?? 1,
    pages: pages.map((file) => ({ file })), annotate: options.annotate, annotateInfo: options.annotateInfo,
  });
  const reports: FileReport[] = [];
  const written: string[] = [];
  let annotated: CheckJobResult['annotated'];
  for await (const checked of batch.results) {
    // No output was asked for: every file comes back with its report.
    if (checked.report === undefined) throw new Error(`no report for ${checked.row.file}`);
    const page = pages[reports.length];
    if (page !== undefined && checked.report.unreadable === undefined) written.push(page);
    reports.push(checked.report);
    annotated ??= checked.annotated;
  }
  const skipped = skippedNote(list);
  return { result: checkResult(reports, options.data), notes: [...(batch.context.notes ?? []), ...(skipped !== undefined ? [skipped] : [])], pages: written, annotated };
}
