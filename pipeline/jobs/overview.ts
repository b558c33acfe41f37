/**
 * A bureau's overview of a check run: a folder with one review page per report and index.html
 * linking them, and the same table as .xlsx or .csv. The CLI (`check --html-dir --summary`) and the
 * desk call these same functions.
 */
import path from 'node:path';
import { inputError } from '../errors.js';
import { writeAtomic } from '../files.js';
import type { OverviewPageOptions } from '../review/overview/html.js';
import type { OverviewRow } from '../review/overview/row.js';

/**
 * Where each report's review page goes in the overview folder, and the link index.html uses: the
 * report's name with .html, made unique by -2, -3… in input order (two folders may hold 报告.md).
 */
export function overviewPagePaths(dir: string, files: readonly string[]): { file: string; link: string }[] {
  const taken = new Set<string>(['index.html']);
  return files.map((f) => {
    const stem = path.basename(f).replace(/\.[^.]+$/u, '') || 'report';
    let name = `${stem}.html`;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${stem}-${n}.html`;
    taken.add(name.toLowerCase());
    return { file: path.join(dir, name), link: name };
  });
}

/** Writes `dir`/index.html: the overview table of these rows (the review pages are written as each file is checked). */
export async function writeOverviewHtml(dir: string, rows: readonly OverviewRow[], options: OverviewPageOptions = {}): Promise<string> {
  const { renderOverviewHtml } = await import('../review/overview/html.js');
  const file = path.join(dir, 'index.html');
  await writeAtomic(file, renderOverviewHtml(rows, options));
  return file;
}

/** The summary table's format, from its file name (.xlsx or .csv); anything else is an InputError. */
export function summaryFormat(file: string): 'xlsx' | 'csv' {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx' || ext === '.csv') return ext === '.xlsx' ? 'xlsx' : 'csv';
  throw inputError('JX_CLI_OPTION', `--summary 的文件应以 .xlsx 或 .csv 结尾，实际为 “${path.basename(file)}”`);
}

/** Writes the overview table to `file` (.xlsx or .csv by its name). */
export async function writeSummaryTable(file: string, rows: readonly OverviewRow[]): Promise<void> {
  const format = summaryFormat(file);
  const { summaryTable } = await import('../review/overview/table.js');
  await writeAtomic(file, await summaryTable(rows, format));
}
