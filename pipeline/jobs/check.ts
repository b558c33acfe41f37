/**
 * The check job: the reports named (files, or the reports inside directories), each read, bound
 * by its own sidecar when it has one, checked (against the data when given), and the result with
 * its summary. Review pages and the annotated Word copy are made from those same reports: nothing
 * is checked twice. Heavy stages (the data schemas, Word, the page) load only when asked for.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CheckResult, FileReport } from '../../schemas/check-result.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { checkReport } from '../check/index.js';
import { inputError } from '../errors.js';
import { checkOutputs, writeAtomic } from '../files.js';
import { readReportFile } from '../read/index.js';
import { readSidecar, sidecarPath } from '../read/sidecar.js';
import { profileInput } from './draft.js';
import { reviewPagePaths, writeReviewPage } from './pages.js';

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
}

export interface CheckJobResult {
  readonly result: CheckResult;
  /** How the data file was read, when that matters (not UTF-8, stray bytes); each report's are in its FileReport. */
  readonly notes: readonly Diagnostic[];
  /** Review pages written. */
  readonly pages: readonly string[];
  /** The annotated copy and how many comments were placed at their figure or, failing that, at the top. */
  readonly annotated?: { readonly file: string; readonly placed: number; readonly unplaced: number } | undefined;
}

const REPORT_EXT = /\.(md|markdown|txt|docx|pdf)$/i;

/** Files to check: the paths given, and the reports inside any directory given (not sidecars). */
export async function expandReports(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch {
      throw inputError('JX_FILE_UNREADABLE', `找不到要检查的报告：${p}`, { file: p });
    }
    if (info.isDirectory()) {
      const entries = (await readdir(p, { recursive: true })).map(String).filter((f) => REPORT_EXT.test(f)).sort();
      out.push(...entries.map((f) => path.join(p, f)));
    } else {
      out.push(p);
    }
  }
  return out;
}

/** The result of checking these reports, with the counts of its findings by severity. */
export function checkResult(files: readonly FileReport[], data?: string): CheckResult {
  const all = [...files.flatMap((r) => r.findings), ...files.flatMap((r) => r.notes ?? [])];
  return {
    version: 1,
    ...(data !== undefined ? { data } : {}),
    files: [...files],
    summary: {
      errors: all.filter((f) => f.severity === 'error').length,
      warnings: all.filter((f) => f.severity === 'warning').length,
      infos: all.filter((f) => f.severity === 'info').length,
    },
  };
}

export async function checkFiles(paths: readonly string[], options: CheckJobOptions = {}): Promise<CheckJobResult> {
  // The data stages (zod schemas, YAML) load only here, when a command needs them.
  const { loadData, loadProfile } = await import('../load/index.js');
  const loaded = options.data !== undefined ? await loadData(options.data, { profile: options.profile }) : undefined;
  const profile = loaded?.profile ?? (await loadProfile(options.profile ?? 'national', process.cwd()));
  const facts = loaded ? (await import('../facts/index.js')).buildFacts(loaded.data, loaded.profile, { file: options.data }).facts : undefined;
  const files = await expandReports(paths);
  if (options.annotate !== undefined) {
    const only = files[0];
    if (files.length !== 1 || only === undefined || !/\.docx$/i.test(only)) throw inputError('JX_CLI_OPTION', '--annotate 只用于检查单个 .docx 文件');
  }
  const reports: FileReport[] = [];
  const pages = options.html !== undefined ? reviewPagePaths(options.html, files) : [];
  // Nothing is written when a page or the annotated copy would overwrite a report, the data or each other.
  await checkOutputs(
    [...pages.map((file) => ({ file, what: '审阅页' })), ...(options.annotate !== undefined ? [{ file: options.annotate, what: '带批注的文档' }] : [])],
    [
      ...files.flatMap((file) => [{ file, what: '被检查的报告' }, { file: sidecarPath(file), what: '报告的数字对照表' }]),
      ...(options.data !== undefined ? [{ file: options.data, what: '数据文件' }] : []),
      ...profileInput(options.profile),
    ],
  );
  let annotated: CheckJobResult['annotated'];
  for (const [i, file] of files.entries()) {
    const { text, format, notes } = await readReportFile(file);
    const sourceFormat = /\.docx$/i.test(file) ? 'docx' : /\.pdf$/i.test(file) ? 'pdf' : format;
    const sidecar = await readSidecar(file, text);
    const checked = checkReport({ file, text, format, sourceFormat }, { facts, sidecar, profile });
    // How the file was read goes with its findings.
    const report: FileReport = notes !== undefined ? { ...checked, notes: [...notes] } : checked;
    reports.push(report);
    if (options.annotate !== undefined) {
      const { annotateDocx } = await import('../review/annotate.js');
      const shown = report.findings.filter((f) => options.annotateInfo === true || f.severity !== 'info');
      const copy = await annotateDocx(new Uint8Array(await readFile(file)), shown, { text, file });
      await writeAtomic(options.annotate, copy.bytes);
      annotated = { file: options.annotate, placed: copy.placed, unplaced: copy.unplaced };
    }
    const page = pages[i];
    if (page !== undefined) await writeReviewPage(page, { text, format, report, facts: facts ?? sidecar?.facts });
  }
  return { result: checkResult(reports, options.data), notes: loaded?.notes ?? [], pages, annotated };
}
