import { checkFiles, inputError, type CheckResult, type Finding } from '../pipeline/index.js';
import { EXIT } from './exit.js';
import { printDiagnostics } from './print.js';

export interface CheckCliOptions {
  readonly html?: string | undefined;
  readonly annotate?: string | undefined;
  readonly data?: string | undefined;
  readonly format?: string | undefined;
  readonly strict?: boolean | undefined;
  readonly profile?: string | undefined;
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
  if (format !== 'text' && format !== 'json') throw inputError('JX_CLI_OPTION', `--format 应为 text 或 json，实际为 “${format}”`);
  const { result, notes, pages, annotated } = await checkFiles(reports, {
    data: opts.data, profile: opts.profile, html: opts.html, annotate: opts.annotate, annotateInfo: opts.verbose === true,
  });
  // How files were read (not UTF-8, stray bytes, mixed encodings): said first, on stderr.
  printDiagnostics([...notes, ...result.files.flatMap((r) => r.notes ?? [])]);
  if (annotated) {
    process.stderr.write(`已写出带批注的文档 ${annotated.file}：批注 ${annotated.placed + annotated.unplaced} 条${annotated.unplaced ? `，其中 ${annotated.unplaced} 条未能定位，附在文首` : ''}\n`);
  }
  if (pages.length > 0) process.stderr.write(`审阅页：${pages.join('、')}\n`);
  if (format === 'json') process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else process.stdout.write(formatText(result, process.stdout.isTTY === true && !process.env.NO_COLOR, opts.verbose === true));
  const failing = result.summary.errors + (opts.strict ? result.summary.warnings : 0);
  return failing > 0 ? EXIT.findings : EXIT.ok;
}
