import path from 'node:path';
import { draftReport, type DraftResult } from '../pipeline/jobs/draft.js';
import { InputError } from '../pipeline/errors.js';
import { checkOutputs, type FileToWrite, type PlannedFile } from '../pipeline/files.js';
import { sidecarPath } from '../pipeline/read/sidecar.js';
import { makeSidecar, writeReport, type OutputFormat } from '../pipeline/write/index.js';
import { reviewPageHtml } from './html.js';
import { EXIT } from './main.js';
import { printDiagnostics } from './print.js';
import { watchAndRerun } from './watch.js';

export interface DraftCliOptions {
  readonly prior?: string | undefined;
  readonly templates?: string | undefined;
  readonly output?: string | undefined;
  readonly format?: string | undefined;
  readonly profile?: string | undefined;
  readonly html?: string | undefined;
  readonly llm?: boolean | undefined;
  readonly model?: string | undefined;
  readonly baseUrl?: string | undefined;
  readonly llmConcurrency?: string | undefined;
  readonly llmRetries?: string | undefined;
  readonly llmTimeout?: string | undefined;
  readonly llmCache?: boolean | undefined;
  readonly stream?: boolean | undefined;
  readonly dryRun?: boolean | undefined;
  readonly watch?: boolean | undefined;
}

function optionError(message: string): InputError {
  return new InputError([{ code: 'JX_CLI_OPTION', severity: 'error', message }]);
}

function outputFormat(format: string | undefined): OutputFormat | undefined {
  if (format === undefined) return undefined;
  if (format === 'md' || format === 'docx') return format;
  throw optionError(`--format 应为 md 或 docx，实际为 “${format}”`);
}

function positive(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw optionError(`${name} 应为正数，实际为 “${value}”`);
  return n;
}

/** The LLM stage: each narrative part redrafted by a model, every figure locked to the data. */
async function withLlm(result: DraftResult, opts: DraftCliOptions): Promise<DraftResult | undefined> {
  const model = opts.model ?? process.env.JIXIAO_LLM_MODEL;
  if (!model) throw optionError('--llm 需要模型名称：用 --model 给出，或设置环境变量 JIXIAO_LLM_MODEL');
  const { draftProse, describeProgress, LlmConfigError } = await import('../pipeline/llm/index.js');
  const controller = new AbortController();
  const abort = (): void => controller.abort();
  process.once('SIGINT', abort);
  try {
    const timeout = positive('--llm-timeout', opts.llmTimeout);
    const prose = await draftProse(
      { doc: result.doc, facts: result.facts.facts, prior: result.priorTree, profile: result.loaded.profile },
      {
        model,
        baseURL: opts.baseUrl,
        concurrency: positive('--llm-concurrency', opts.llmConcurrency),
        retries: opts.llmRetries === undefined ? undefined : Number(opts.llmRetries),
        timeoutMs: timeout === undefined ? undefined : timeout * 1000,
        cache: opts.llmCache !== false,
        stream: opts.stream !== false,
        dryRun: opts.dryRun === true,
        signal: controller.signal,
        onProgress: (e) => process.stderr.write(`${describeProgress(e)}\n`),
      },
    );
    if (opts.dryRun) {
      process.stdout.write(`${JSON.stringify(prose.prompts ?? [], null, 2)}\n`);
      return undefined;
    }
    const fallbacks = prose.parts.filter((p) => p.status === 'fallback');
    for (const p of fallbacks) process.stderr.write(`警告 [JX_LLM_FALLBACK] “${p.title}”改用模板文字：${p.reason ?? '模型回答未通过数字核对'}\n`);
    const u = prose.usage;
    process.stderr.write(`大模型：请求 ${u.calls} 次，缓存命中 ${u.cached} 次，提示词 ${u.promptTokens} tokens，回答 ${u.completionTokens} tokens；${prose.parts.length - fallbacks.length}/${prose.parts.length} 部分采用模型文字\n`);
    return { ...result, doc: prose.doc };
  } catch (err) {
    if (err instanceof LlmConfigError) throw optionError(err.message);
    throw err;
  } finally {
    process.removeListener('SIGINT', abort);
  }
}

async function draftOnce(data: string, opts: DraftCliOptions, format: OutputFormat | undefined, out: string): Promise<number> {
  let result: DraftResult | undefined = await draftReport({ data, prior: opts.prior, templates: opts.templates, profile: opts.profile });
  if (opts.llm || opts.dryRun) {
    result = await withLlm(result, opts);
    if (!result) return EXIT.ok;
  }
  // The review page is made first and written with the draft: all of them appear, or none.
  const extra: FileToWrite[] = [];
  let pageNote = '';
  if (opts.html !== undefined) {
    const { checkReport } = await import('../pipeline/check/index.js');
    const doc = result.doc;
    const report = checkReport({ file: out, text: doc.markdown, format: 'md' }, {
      facts: result.facts.facts, profile: result.loaded.profile, sidecar: makeSidecar(doc.markdown, doc.figures, result.facts.facts),
    });
    extra.push({ file: opts.html, content: await reviewPageHtml({ text: doc.markdown, format: 'md', report, facts: result.facts.facts }) });
    pageNote = `审阅页：${opts.html}（数字 ${report.coverage.figures} 处，与数据一致 ${report.coverage.bound}）\n`;
  }
  const written = await writeReport(result.doc, out, {
    format, dataFile: data, facts: result.facts.facts,
    draft: { prior: opts.prior, templates: opts.templates, profile: opts.profile },
    with: extra,
  });
  if (written.backup) process.stderr.write(`原输出文件已被修改过，修改后的版本已另存为 ${written.backup}（如需保留修改并更新数字，请用 jixiao update）\n`);
  const todo = (result.doc.markdown.match(/〔待补：/g) ?? []).length;
  const review = (result.doc.markdown.match(/〔待核：/g) ?? []).length;
  process.stdout.write(`已生成 ${written.files.join('、')}：数字 ${result.doc.figures.length} 处${todo ? `，待补 ${todo} 处` : ''}${review ? `，待核 ${review} 处` : ''}\n`);
  process.stdout.write(pageNote);
  if (result.warnings.length > 0) {
    process.stderr.write(`\n数据中的问题（报告保留填写值，请核对）：\n`);
    printDiagnostics(result.warnings);
  }
  return EXIT.ok;
}

/** A profile given as a file (not a built-in id) is an input too. */
export function profileFile(profile: string | undefined): PlannedFile[] {
  return profile !== undefined && !/^[a-z][a-z0-9-]*$/.test(profile) ? [{ file: profile, what: '评分规则文件' }] : [];
}

export async function runDraft(data: string, opts: DraftCliOptions): Promise<number> {
  const format = outputFormat(opts.format);
  const out = opts.output ?? `${path.basename(data).replace(/\.(ya?ml|json)$/i, '')}.${format ?? 'md'}`;
  // Nothing is written when an output would overwrite an input or another output.
  await checkOutputs(
    [{ file: out, what: '草稿' }, { file: sidecarPath(out), what: '数字对照表' }, ...(opts.html !== undefined ? [{ file: opts.html, what: '审阅页' }] : [])],
    [{ file: data, what: '数据文件' }, ...(opts.prior !== undefined ? [{ file: opts.prior, what: '上年报告' }] : []), ...profileFile(opts.profile)],
  );
  if (opts.watch) {
    return watchAndRerun([data, ...(opts.prior ? [opts.prior] : [])], () => draftOnce(data, opts, format, out));
  }
  return draftOnce(data, opts, format, out);
}
