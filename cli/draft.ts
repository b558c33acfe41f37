import path from 'node:path';
import { draftReport } from '../pipeline/draft.js';
import { InputError } from '../pipeline/errors.js';
import { writeReport, type OutputFormat } from '../pipeline/write/index.js';
import { writeReviewPage } from './html.js';
import { EXIT } from './main.js';
import { printDiagnostics } from './print.js';

export interface DraftCliOptions {
  readonly prior?: string | undefined;
  readonly templates?: string | undefined;
  readonly output?: string | undefined;
  readonly format?: string | undefined;
  readonly profile?: string | undefined;
  readonly html?: string | undefined;
}

function outputFormat(format: string | undefined): OutputFormat | undefined {
  if (format === undefined) return undefined;
  if (format === 'md' || format === 'docx') return format;
  throw new InputError([{ code: 'JX_CLI_OPTION', severity: 'error', message: `--format 应为 md 或 docx，实际为 “${format}”` }]);
}

export async function runDraft(data: string, opts: DraftCliOptions): Promise<number> {
  const format = outputFormat(opts.format);
  const out = opts.output ?? `${path.basename(data).replace(/\.(ya?ml|json)$/i, '')}.${format ?? 'md'}`;
  const result = await draftReport({ data, prior: opts.prior, templates: opts.templates, profile: opts.profile });
  const written = await writeReport(result.doc, out, {
    format, dataFile: data, facts: result.facts.facts,
    draft: { prior: opts.prior, templates: opts.templates, profile: opts.profile },
  });
  if (written.backup) process.stderr.write(`原输出文件已被修改过，修改后的版本已另存为 ${written.backup}（如需保留修改并更新数字，请用 jixiao update）\n`);
  const todo = (result.doc.markdown.match(/〔待补：/g) ?? []).length;
  const review = (result.doc.markdown.match(/〔待核：/g) ?? []).length;
  process.stdout.write(`已生成 ${written.files.join('、')}：数字 ${result.doc.figures.length} 处${todo ? `，待补 ${todo} 处` : ''}${review ? `，待核 ${review} 处` : ''}\n`);
  if (opts.html !== undefined) {
    const { checkReport } = await import('../pipeline/check/index.js');
    const { sidecarFigures } = await import('../pipeline/write/index.js');
    const { sha256 } = await import('../pipeline/write/atomic.js');
    const doc = result.doc;
    const report = checkReport({ file: out, text: doc.markdown, format: 'md' }, {
      facts: result.facts.facts, profile: result.loaded.profile,
      sidecar: { version: 1, sha256: sha256(doc.markdown), fileSha256: '', figures: sidecarFigures(doc.markdown, doc.figures), facts: result.facts.facts },
    });
    await writeReviewPage(opts.html, { text: doc.markdown, format: 'md', report, facts: result.facts.facts });
    process.stdout.write(`审阅页：${opts.html}（数字 ${report.coverage.figures} 处，与数据一致 ${report.coverage.bound}）\n`);
  }
  if (result.warnings.length > 0) {
    process.stderr.write(`\n数据中的问题（报告保留填写值，请核对）：\n`);
    printDiagnostics(result.warnings);
  }
  return EXIT.ok;
}
