import path from 'node:path';
import { describeProgress, draftToFile, inputError, type InputError, type LlmOptions, type OutputFormat } from '../pipeline/index.js';
import { EXIT } from './exit.js';
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
  return inputError('JX_CLI_OPTION', message);
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

/** The LLM options the command line gives (the model from --model or JIXIAO_LLM_MODEL). */
function llmOptions(opts: DraftCliOptions, signal: AbortSignal): LlmOptions {
  const timeout = positive('--llm-timeout', opts.llmTimeout);
  return {
    model: opts.model ?? process.env.JIXIAO_LLM_MODEL ?? '',
    baseURL: opts.baseUrl,
    concurrency: positive('--llm-concurrency', opts.llmConcurrency),
    retries: opts.llmRetries === undefined ? undefined : Number(opts.llmRetries),
    timeoutMs: timeout === undefined ? undefined : timeout * 1000,
    cache: opts.llmCache !== false,
    stream: opts.stream !== false,
    dryRun: opts.dryRun === true,
    signal,
    // A first request is said by the paragraph's start line; re-asks and answers from the cache are said.
    onProgress: (e) => (e.type === 'attempt' && e.attempt === 1 && !e.cached ? undefined : process.stderr.write(`${describeProgress(e)}\n`)),
  };
}

async function draftOnce(data: string, opts: DraftCliOptions, format: OutputFormat | undefined, out: string): Promise<number> {
  const controller = new AbortController();
  const abort = (): void => controller.abort();
  const withLlm = opts.llm === true || opts.dryRun === true;
  if (withLlm) process.once('SIGINT', abort);
  let job;
  try {
    job = await draftToFile({
      data, prior: opts.prior, templates: opts.templates, profile: opts.profile,
      output: out, format, html: opts.html, llm: withLlm ? llmOptions(opts, controller.signal) : undefined,
    });
  } finally {
    process.removeListener('SIGINT', abort);
  }
  const { draft, prose, written, report } = job;
  if (prose?.prompts !== undefined) {
    process.stdout.write(`${JSON.stringify(prose.prompts, null, 2)}\n`);
    return EXIT.ok;
  }
  if (prose !== undefined) {
    printDiagnostics(prose.warnings);
    const u = prose.usage;
    const byModel = prose.units.filter((p) => p.status !== 'fallback').length;
    process.stderr.write(`大模型：请求 ${u.calls} 次，缓存命中 ${u.cached} 次，提示词 ${u.promptTokens} tokens，回答 ${u.completionTokens} tokens；${byModel}/${prose.units.length} 段采用模型文字\n`);
  }
  if (written?.backup) process.stderr.write(`原输出文件已被修改过，修改后的版本已另存为 ${written.backup}（如需保留修改并更新数字，请用 jixiao update）\n`);
  const todo = (draft.doc.markdown.match(/〔待补：/g) ?? []).length;
  const review = (draft.doc.markdown.match(/〔待核：/g) ?? []).length;
  process.stdout.write(`已生成 ${written?.files.join('、') ?? out}：数字 ${draft.doc.figures.length} 处${todo ? `，待补 ${todo} 处` : ''}${review ? `，待核 ${review} 处` : ''}\n`);
  if (opts.html !== undefined && report !== undefined) {
    process.stdout.write(`审阅页：${opts.html}（数字 ${report.coverage.figures} 处，与数据一致 ${report.coverage.bound}）\n`);
  }
  const problems = draft.warnings.filter((w) => w.severity !== 'info');
  const notes = draft.warnings.filter((w) => w.severity === 'info');
  if (problems.length > 0) {
    process.stderr.write(`\n数据中的问题（报告保留填写值，已在稿中相应数字处标注〔待核〕，请核对）：\n`);
    printDiagnostics(problems);
  }
  if (notes.length > 0) {
    process.stderr.write(`\n提示：\n`);
    printDiagnostics(notes);
  }
  if (draft.unused.length > 0) {
    process.stderr.write(`\n数据中未写入报告的 ${draft.unused.length} 项（及原因）：\n`);
    printDiagnostics(draft.unused);
  }
  return EXIT.ok;
}

export async function runDraft(data: string, opts: DraftCliOptions): Promise<number> {
  const format = outputFormat(opts.format);
  const out = opts.output ?? `${path.basename(data).replace(/\.(ya?ml|json)$/i, '')}.${format ?? 'md'}`;
  if (opts.watch) {
    return watchAndRerun([data, ...(opts.prior ? [opts.prior] : [])], () => draftOnce(data, opts, format, out));
  }
  return draftOnce(data, opts, format, out);
}
