import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CheckResult, FileReport } from '../schemas/check-result.js';
import type { Finding } from '../schemas/finding.js';
import { checkReport } from '../pipeline/check/index.js';
import { InputError } from '../pipeline/errors.js';
import { readReportFile } from '../pipeline/read/index.js';
import { readSidecar, sidecarPath } from '../pipeline/read/sidecar.js';
import { checkOutputs, writeAtomic } from '../pipeline/files.js';
import { profileFile } from './draft.js';
import { pagePaths, writeReviewPage } from './html.js';
import { EXIT } from './main.js';
import { printDiagnostics } from './print.js';

export interface CheckCliOptions {
  readonly html?: string | undefined;
  readonly annotate?: string | undefined;
  readonly data?: string | undefined;
  readonly format?: string | undefined;
  readonly strict?: boolean | undefined;
  readonly profile?: string | undefined;
}

const REPORT_EXT = /\.(md|markdown|txt|docx|pdf)$/i;

/** Files to check: the paths given, and the reports inside any directory given (not sidecars). */
async function expand(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch {
      throw new InputError([{ code: 'JX_FILE_UNREADABLE', severity: 'error', message: `找不到要检查的报告：${p}`, place: { file: p } }]);
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

export function formatText(result: CheckResult, color: boolean, showInfo: boolean): string {
  const lines: string[] = [];
  for (const r of result.files) {
    const c = r.coverage;
    lines.push(paint(`${r.file}`, '1', color));
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
      lines.push(`    ${f.location.line}:${f.location.column} ${sev} [${f.code}] ${f.message}`);
      lines.push(`      ${highlight(f, color)}`);
      if (f.source) lines.push(`      依据：${f.source}`);
    }
    const hidden = r.findings.length - shown.length;
    if (hidden > 0) lines.push(`  另有 ${hidden} 条提示，用 --verbose 或 --format json 查看`);
    lines.push('');
  }
  const s = result.summary;
  lines.push(`共 ${result.files.length} 个文件：错误 ${s.errors}，警告 ${s.warnings}，提示 ${s.infos}`);
  return `${lines.join('\n')}\n`;
}

export async function runCheck(reports: readonly string[], opts: CheckCliOptions & { verbose?: boolean }): Promise<number> {
  const format = opts.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    throw new InputError([{ code: 'JX_CLI_OPTION', severity: 'error', message: `--format 应为 text 或 json，实际为 “${format}”` }]);
  }
  // The data stages (zod schemas, YAML) load only when there is data: a check without it starts faster.
  const { loadData, loadProfile } = await import('../pipeline/load/index.js');
  const loaded = opts.data !== undefined ? await loadData(opts.data, { profile: opts.profile }) : undefined;
  const profile = loaded?.profile ?? (await loadProfile(opts.profile ?? 'national', process.cwd()));
  const facts = loaded ? (await import('../pipeline/facts/index.js')).buildFacts(loaded.data, loaded.profile, { file: opts.data }).facts : undefined;
  if (loaded !== undefined && loaded.notes.length > 0) printDiagnostics(loaded.notes);
  const files = await expand(reports);
  if (opts.annotate !== undefined) {
    const only = files[0];
    if (files.length !== 1 || only === undefined || !/\.docx$/i.test(only)) {
      throw new InputError([{ code: 'JX_CLI_OPTION', severity: 'error', message: '--annotate 只用于检查单个 .docx 文件' }]);
    }
  }
  const results: FileReport[] = [];
  const pages = opts.html !== undefined ? pagePaths(opts.html, files) : [];
  // Nothing is written when a page or an annotated copy would overwrite a report, the data or each other.
  await checkOutputs(
    [...pages.map((file) => ({ file, what: '审阅页' })), ...(opts.annotate !== undefined ? [{ file: opts.annotate, what: '带批注的文档' }] : [])],
    [
      ...files.flatMap((file) => [{ file, what: '被检查的报告' }, { file: sidecarPath(file), what: '报告的数字对照表' }]),
      ...(opts.data !== undefined ? [{ file: opts.data, what: '数据文件' }] : []),
      ...profileFile(opts.profile),
    ],
  );
  for (const [i, file] of files.entries()) {
    const { text, format: textFormat, notes } = await readReportFile(file);
    const sourceFormat = /\.docx$/i.test(file) ? 'docx' : /\.pdf$/i.test(file) ? 'pdf' : textFormat;
    const sidecar = await readSidecar(file, text);
    const checked = checkReport({ file, text, format: textFormat, sourceFormat }, { facts, sidecar, profile });
    // How the file was read goes with its findings (and to stderr at once, before the findings).
    const report = notes !== undefined ? { ...checked, notes: [...notes] } : checked;
    if (notes !== undefined) printDiagnostics(notes);
    results.push(report);
    if (opts.annotate !== undefined) {
      const { annotateDocx } = await import('../pipeline/review/annotate.js');
      const shown = report.findings.filter((f) => opts.verbose === true || f.severity !== 'info');
      const annotated = await annotateDocx(new Uint8Array(await readFile(file)), shown, { text, file });
      await writeAtomic(opts.annotate, annotated.bytes);
      process.stderr.write(`已写出带批注的文档 ${opts.annotate}：批注 ${annotated.placed + annotated.unplaced} 条${annotated.unplaced ? `，其中 ${annotated.unplaced} 条未能定位，附在文首` : ''}\n`);
    }
    const page = pages[i];
    if (page !== undefined) await writeReviewPage(page, { text, format: textFormat, report, facts: facts ?? sidecar?.facts });
  }
  if (pages.length > 0) process.stderr.write(`审阅页：${pages.join('、')}\n`);
  const all = [...results.flatMap((r) => r.findings), ...results.flatMap((r) => r.notes ?? [])];
  const result: CheckResult = {
    version: 1,
    ...(opts.data !== undefined ? { data: opts.data } : {}),
    files: results,
    summary: {
      errors: all.filter((f) => f.severity === 'error').length,
      warnings: all.filter((f) => f.severity === 'warning').length,
      infos: all.filter((f) => f.severity === 'info').length,
    },
  };
  if (format === 'json') process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else process.stdout.write(formatText(result, process.stdout.isTTY === true && !process.env.NO_COLOR, opts.verbose === true));
  const failing = result.summary.errors + (opts.strict ? result.summary.warnings : 0);
  return failing > 0 ? EXIT.findings : EXIT.ok;
}
