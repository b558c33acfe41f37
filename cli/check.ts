import { once } from 'node:events';
import path from 'node:path';
import {
  addCounts, checkAnnotateTarget, defaultJobs, expandReports, inputError, outputWriter, skippedNote, overviewPagePaths, reviewPagePaths, startCheckBatch, summaryFormat,
  writeOverviewHtml, writeSummaryTable, type CheckSummary, type Diagnostic, type OverviewRow,
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

const FORMATS = ['text', 'json', 'ndjson'] as const;
type Format = (typeof FORMATS)[number];

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
    output: { format, color: process.stdout.isTTY === true && !process.env.NO_COLOR, verbose: opts.verbose === true },
    alsoWrites: [
      ...(opts.htmlDir !== undefined ? [{ file: path.join(opts.htmlDir, 'index.html'), what: '总览页' }] : []),
      ...(opts.summary !== undefined ? [{ file: opts.summary, what: '汇总表' }] : []),
    ],
  });
  // How the data file was read (not UTF-8, stray bytes) and what in the folders was not a report:
  // said first, on stderr, before the progress bar.
  const skipped = skippedNote(list);
  printDiagnostics([...(batch.context.notes ?? []), ...(skipped !== undefined ? [skipped] : [])]);

  const out = outputWriter(format, opts.data);
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
    const { tally } = checked;
    addCounts(summary, tally.counts);
    if (keepRows) rows.push(checked.row);
    // How each file was read goes to stderr with the unreadable ones, after the run.
    problems.push(...tally.diagnostics);
    if (tally.counts.unreadable === undefined && pages?.[index] !== undefined) written.push(pages[index]?.file ?? '');
    annotated ??= checked.annotated;
    await emit(out.file(checked.output ?? ''));
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
