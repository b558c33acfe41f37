/**
 * One report of a check run, start to finish: read, bound by its sidecar, checked, its review page
 * and Word copy written, and the overview row made. The same function runs in the CLI's process
 * (--jobs 1) and in each worker of the pool (check-worker.ts): what it returns is plain data, and
 * a file it cannot read is that file's result, never an exception.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileReport } from '../../schemas/check-result.js';
import type { Fact } from '../../schemas/fact.js';
import type { ScoreProfile } from '../../schemas/profile.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { checkDocument } from '../check/index.js';
import { reportIdentity } from '../corpus/identity.js';
import { diagnostic, InputError } from '../errors.js';
import { writeAtomic } from '../files.js';
import { configureLimits, type Limits } from '../limits.js';
import { compiledProfile } from '../load/compiled.js';
import { readReportFile } from '../read/index.js';
import type { CellPlace } from '../read/workbook.js';
import { readSidecar } from '../read/sidecar.js';
import { blankMarkers } from '../text/markers.js';
import { overviewRow, type OverviewRow } from '../review/overview/row.js';
import { fileOutput, type CheckOutput } from './check-output.js';
import { writeReviewPage } from './pages.js';
import { addToSummary, type CheckSummary } from './summary.js';

/** What every file of a run shares: the data's facts and the scoring profile. */
export interface CheckContext {
  readonly data?: string | undefined;
  readonly facts?: readonly Fact[] | undefined;
  readonly profile: ScoreProfile;
  /** How the data file was read, when that matters (not UTF-8, stray bytes). */
  readonly notes?: readonly Diagnostic[] | undefined;
}

/** The options a check context is made from: plain strings, so a worker can make its own. */
export interface CheckContextOptions {
  readonly data?: string | undefined;
  readonly profile?: string | undefined;
  /** The size limits in force where the run started (--max-size): a worker thread applies them too. */
  readonly limits?: Limits | undefined;
}

/** One file to check: plain data, sent to a worker as is. */
export interface CheckTask {
  readonly file: string;
  /** Where its review page goes, if one is asked for. */
  readonly page?: string | undefined;
  /** How the overview links to that page (relative to index.html). */
  readonly pageLink?: string | undefined;
  /** A copy of the .docx with a Word comment at each finding (info findings too when `annotateInfo`). */
  readonly annotate?: string | undefined;
  readonly annotateInfo?: boolean | undefined;
  /**
   * The file's part of the run's output, made where it is checked: then only that text comes back
   * (CheckedFile.output), not the report with every figure in it.
   */
  readonly output?: CheckOutput | undefined;
}

/** A file's findings counted, and what is to be said about reading it: all a run's end needs of it. */
export interface FileTally {
  readonly counts: CheckSummary;
  /** How it was read (not UTF-8, stray bytes), then why it could not be, if so. */
  readonly diagnostics: readonly Diagnostic[];
}

/** One file checked: its report (or why it could not be read) or its output, its counts, its overview row, what was written. */
export interface CheckedFile {
  /** Absent when the task asked for its output instead. */
  readonly report?: FileReport | undefined;
  /** The file's part of the run's output, when the task asked for it. */
  readonly output?: string | undefined;
  readonly tally: FileTally;
  readonly row: OverviewRow;
  readonly annotated?: { readonly file: string; readonly placed: number; readonly unplaced: number } | undefined;
}

/** What comes back for a file's report: the report itself, or the output the task asked for, with its counts either way. */
export function checkedFile(task: CheckTask, report: FileReport, row: OverviewRow, annotated?: CheckedFile['annotated']): CheckedFile {
  const tally: FileTally = {
    counts: addToSummary({ errors: 0, warnings: 0, infos: 0 }, report),
    diagnostics: [...(report.notes ?? []), ...(report.unreadable ?? [])],
  };
  const kept = task.output !== undefined ? { output: fileOutput(report, task.output) } : { report };
  return { ...kept, tally, row, ...(annotated !== undefined ? { annotated } : {}) };
}

/**
 * The facts and profile a run checks against. The data stages (zod schemas, YAML) load only here;
 * without --data the scoring profile is the built-in one (or the file named).
 */
export async function loadCheckContext(options: CheckContextOptions): Promise<CheckContext> {
  if (options.limits !== undefined) configureLimits(options.limits);
  if (options.data === undefined) {
    const builtIn = compiledProfile(options.profile ?? 'national');
    if (builtIn !== undefined) return { profile: builtIn };
  }
  const { loadData, loadProfile } = await import('../load/index.js');
  if (options.data === undefined) return { profile: await loadProfile(options.profile ?? 'national', process.cwd()) };
  const loaded = await loadData(options.data, { profile: options.profile });
  const { buildFacts } = await import('../facts/index.js');
  return {
    data: options.data, facts: buildFacts(loaded.data, loaded.profile, { file: options.data }).facts, profile: loaded.profile,
    ...(loaded.notes.length > 0 ? { notes: loaded.notes } : {}),
  };
}

/** Each finding's cell (Sheet!A1): the place of the workbook's text its figure is in. */
function withCells(report: FileReport, places: readonly CellPlace[]): FileReport {
  const cellAt = (offset: number): string | undefined => {
    // Places are in text order: the last one starting at or before the offset, if it reaches it.
    let lo = 0;
    let hi = places.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((places[mid]?.offset ?? Infinity) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const p = places[lo];
    return p !== undefined && p.offset <= offset && offset < p.offset + Math.max(p.length, 1) ? p.cell : undefined;
  };
  return {
    ...report,
    findings: report.findings.map((f) => {
      const cell = cellAt(f.location.offset);
      return cell !== undefined ? { ...f, location: { ...f.location, cell } } : f;
    }),
  };
}

function formatOfFile(file: string): FileReport['format'] {
  const ext = path.extname(file).toLowerCase();
  return ext === '.docx' ? 'docx' : ext === '.pdf' ? 'pdf' : ext === '.txt' ? 'txt' : ext === '.xlsx' ? 'xlsx' : 'md';
}

/** The report of a file that could not be checked: nothing found in it, and why. */
export function unreadableReport(file: string, diagnostics: readonly Diagnostic[]): FileReport {
  return {
    file, format: formatOfFile(file), withData: false,
    coverage: { figures: 0, bound: 0, mismatched: 0, ambiguous: 0, unbound: 0 },
    mentions: [], findings: [], unreadable: [...diagnostics],
  };
}

/** Checks one file; a file that cannot be read, or breaks the checker, is reported as such. */
export async function checkOneFile(task: CheckTask, context: CheckContext): Promise<CheckedFile> {
  const { file } = task;
  try {
    const { text, format, notes, places } = await readReportFile(file);
    const sourceFormat = formatOfFile(file);
    const sidecar = await readSidecar(file, text);
    // The checker's section tree gives the overview row its title: the outline is read once.
    const { report: checked, tree } = checkDocument({ file, text, format, sourceFormat }, { facts: context.facts, sidecar, profile: context.profile });
    // How the file was read goes with its findings; in a workbook, each finding says its cell.
    const located = places !== undefined ? withCells(checked, places) : checked;
    const report: FileReport = notes !== undefined ? { ...located, notes: [...notes] } : located;
    let annotated: CheckedFile['annotated'];
    if (task.annotate !== undefined) {
      const { annotateDocx } = await import('../review/annotate.js');
      const shown = report.findings.filter((f) => task.annotateInfo === true || f.severity !== 'info');
      const copy = await annotateDocx(new Uint8Array(await readFile(file)), shown, { text, file });
      await writeAtomic(task.annotate, copy.bytes);
      annotated = { file: task.annotate, placed: copy.placed, unplaced: copy.unplaced };
    }
    if (task.page !== undefined) {
      // The check read the outline of this text (with the tool's own notes blanked): the page reuses it when there were none.
      const same = blankMarkers(text) === text;
      await writeReviewPage(task.page, { text, format, report, facts: context.facts ?? sidecar?.facts, ...(same ? { tree } : {}) });
    }
    return checkedFile(task, report, overviewRow(report, reportIdentity(tree), task.pageLink), annotated);
  } catch (err) {
    const diagnostics = err instanceof InputError
      ? err.diagnostics
      : [diagnostic('JX_INTERNAL_FILE', `检查 ${path.basename(file)} 时出错（${err instanceof Error ? err.message : String(err)}），其余文件照常检查；请把此文件报告给开发者`, { location: { file } })];
    return unreadableFile(task, diagnostics);
  }
}

/** The result for a file that could not be checked. */
export function unreadableFile(task: CheckTask, diagnostics: readonly Diagnostic[]): CheckedFile {
  const report = unreadableReport(task.file, diagnostics);
  return checkedFile(task, report, overviewRow(report, { unit: '', kind: '' }, undefined));
}
