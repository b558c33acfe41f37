/**
 * The desk's three flows, each a thin layer over the library API (the same calls the CLI makes):
 * write = import → read back → fix values → draft; update = updateFile; check = checkFiles per file,
 * so a long run shows progress and can be cancelled between files.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  builtinProfiles, checkDataText, defaultJobs, describeProgress, expandReports, draftToFile, importTables, InputError, inputError, loadData, loadProfile, overviewPagePaths, reportFileKind, saveDataFile, startCheckBatch,
  updateFile, writeOverviewHtml, writeReport, writeSummaryTable, type Diagnostic, type LlmOptions, type OverviewRow,
} from '../../pipeline/index.js';
import { formatDiagnostic } from '../print.js';
import { formatSummary } from '../update.js';
import { readValues, setValues, type ValueChange } from './readback.js';
import { safeName, type Job, type Workspace } from './workspace.js';

export interface LlmConfig {
  readonly model: string;
  readonly baseURL?: string | undefined;
}

const TABLE = /\.(xlsx|xlsm|docx)$/i;
const DATA = /\.(ya?ml|json)$/i;
/** A report to check: one jixiao reads, or one in a format it does not read (its row then says what to save it as). */
const checkable = (name: string): boolean => ['report', 'unreadable-report'].includes(reportFileKind(name));

const stem = (file: string): string => path.basename(file).replace(/\.[^.]+$/, '');

/** Diagnostics as the CLI prints them, the workspace folder left out of file names. */
export function lines(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => formatDiagnostic(d.location?.file ? { ...d, location: { ...d.location, file: path.basename(d.location.file) } } : d));
}

function uploadError(message: string): InputError {
  return inputError('JX_DESK_UPLOAD', message);
}

/** A data file from an upload: a filled 自评表 imported (as `jixiao import` does), or a data file as it is. */
async function dataFrom(ws: Workspace, job: Job, file: File, sub: string, role: string): Promise<{ data: string; imported?: Awaited<ReturnType<typeof importTables>> }> {
  if (DATA.test(file.name)) return { data: await ws.save(job, file, sub) };
  if (!TABLE.test(file.name)) throw uploadError(`${role}“${safeName(file.name)}”应为填好的自评表（.xlsx 或 .docx）或数据文件（.yaml、.json）`);
  const table = await ws.save(job, file, `${sub}-表格`);
  const data = path.join(job.dir, safeName(sub), `${stem(table)}.yaml`);
  const imported = await importTables(table, { output: data });
  await saveDataFile(data, imported.yaml, { force: true });
  return { data, imported };
}

// ---- write ---------------------------------------------------------------------------------

export interface WriteState {
  data: string;
  prior?: string | undefined;
  /** A scoring profile uploaded into the job's folder, validated as `--profile` is. */
  profile?: string | undefined;
}

/** The draft request's choice of the uploaded profile (no built-in id can look like this). */
export const UPLOADED_PROFILE = ':upload';

export async function readBack(job: Job, imported?: Awaited<ReturnType<typeof importTables>>) {
  const state = job.inputs as WriteState;
  const text = await readFile(state.data, 'utf8');
  const problems = [...(imported?.problems ?? (await checkDataText(state.data, text)))];
  // What a draft of this data would use (the data's own profile and framework), loaded as `draft` loads them.
  let uses: { profile: { id: string; name: string }; framework: { id: string; name: string } } | undefined;
  if (!problems.some((d) => d.severity === 'error')) {
    try {
      const loaded = await loadData(state.data);
      uses = { profile: { id: loaded.profile.id, name: loaded.profile.name }, framework: { id: loaded.framework.id, name: loaded.framework.name } };
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      problems.push(...err.diagnostics);
    }
  }
  const kind = /^kind:\s*(\w+)/m.exec(text)?.[1];
  return {
    job: job.id,
    dataFile: path.basename(state.data),
    prior: state.prior !== undefined ? path.basename(state.prior) : undefined,
    kind,
    uses,
    values: readValues(text),
    ...(imported !== undefined
      ? { imported: { tables: imported.tables, placed: imported.placed, toFill: imported.toFill, unplaced: imported.unplaced, labels: imported.labels.length } }
      : {}),
    problems: lines(problems),
    /** The field paths the problems name, so the page can mark their rows. */
    problemPaths: [...new Set(problems.flatMap((d) => (d.location?.path !== undefined ? [d.location.path] : [])))],
    errors: problems.some((d) => d.severity === 'error'),
  };
}

/**
 * A scoring profile uploaded for this job: saved in its folder and read exactly as `draft --profile
 * 文件` reads it, so an invalid one gets the CLI's messages (file, line, field). The last valid one
 * is what the draft's "上传的评分规则" means.
 */
export async function uploadProfile(ws: Workspace, job: Job, file: File | undefined) {
  if (file === undefined || !/\.ya?ml$/i.test(file.name)) throw uploadError('评分规则文件应为 .yaml（可复制内置的 national.yaml 修改）');
  const state = job.inputs as WriteState;
  state.profile = undefined;
  const saved = await ws.save(job, file, '评分规则');
  const profile = await loadProfile(saved, path.dirname(saved));
  state.profile = saved;
  return { file: path.basename(saved), id: profile.id, name: profile.name };
}

/** The `profile` a draft passes to the library: none (the data's own), a built-in id, or the uploaded file. */
async function chosenProfile(state: WriteState, choice: string | undefined): Promise<string | undefined> {
  if (choice === undefined || choice === '') return undefined;
  if (choice === UPLOADED_PROFILE) {
    if (state.profile === undefined) throw inputError('JX_DESK_PROFILE', '还没有上传可用的评分规则文件：请先选择 .yaml 文件上传，或改选内置规则');
    return state.profile;
  }
  // Only an id the library lists: no path ever comes from a request.
  if ((await builtinProfiles()).some((p) => p.id === choice)) return choice;
  throw inputError('JX_DESK_PROFILE', `没有这个内置评分规则：${choice.slice(0, 40)}`);
}

export async function startWrite(ws: Workspace, form: { table?: File | undefined; prior?: File | undefined }) {
  if (form.table === undefined) throw uploadError('请选择填好的自评表（.xlsx、.docx）或数据文件（.yaml）');
  if (form.prior !== undefined && (reportFileKind(form.prior.name) !== 'report' || /\.xlsx$/i.test(form.prior.name))) throw uploadError(`上年报告“${safeName(form.prior.name)}”应为 .docx、.pdf、.md 或 .txt`);
  const job = await ws.newJob('write');
  const { data, imported } = await dataFrom(ws, job, form.table, '数据', '上传的文件');
  const prior = form.prior !== undefined ? await ws.save(job, form.prior, '上年报告') : undefined;
  job.inputs = { data, prior } satisfies WriteState;
  return readBack(job, imported);
}

/** Values fixed in the form: written into the data file (comments kept), then read back and validated. */
export async function fixValues(job: Job, changes: readonly ValueChange[]) {
  const state = job.inputs as WriteState;
  const text = await readFile(state.data, 'utf8');
  await writeFile(state.data, setValues(text, changes));
  return readBack(job);
}

export interface DraftRequest {
  readonly profile?: string | undefined;
  readonly llm?: boolean | undefined;
}

export async function draft(ws: Workspace, job: Job, req: DraftRequest, llm: LlmConfig | undefined) {
  const state = job.inputs as WriteState;
  const name = stem(state.data);
  const out = path.join(job.dir, '草稿', `${name}.docx`);
  const md = path.join(job.dir, '草稿', 'md', `${name}.md`);
  const html = path.join(job.dir, '草稿', `${name}-审阅页.html`);
  const profile = await chosenProfile(state, req.profile);
  let llmOptions: LlmOptions | undefined;
  if (req.llm === true) {
    if (llm === undefined) throw inputError('JX_LLM_NO_MODEL', '没有配置大模型：启动时用 --model 和 --base-url（或环境变量 JIXIAO_LLM_MODEL、OPENAI_BASE_URL）指定');
    job.controller = new AbortController();
    llmOptions = {
      model: llm.model, baseURL: llm.baseURL, cacheDir: path.join(ws.root, '.jixiao-cache', 'llm'), signal: job.controller.signal,
      // Each event as the CLI words it, as it happens: the page polls the job while the draft runs.
      onProgress: (e) => {
        job.events.push(describeProgress(e));
        const done = (job.progress?.done ?? 0) + (e.type === 'done' ? 1 : 0);
        job.progress = { done, total: e.type === 'start' ? e.total : (job.progress?.total ?? 0) };
      },
    };
  }
  const r = await draftToFile({ data: state.data, prior: state.prior, profile, output: out, format: 'docx', html, llm: llmOptions });
  // The Markdown copy from the same draft (what `jixiao draft -o x.md` writes), in its own folder for its own sidecar.
  await writeReport(r.draft.doc, md, { format: 'md', dataFile: state.data, facts: r.draft.facts.facts, draft: { prior: state.prior, templates: undefined, profile } });
  job.outputs = { docx: out, md, page: html };
  const { draft: d, prose, report } = r;
  const markdown = d.doc.markdown;
  return {
    job: job.id,
    profile: d.loaded.profile.name,
    figures: d.doc.figures.length,
    todo: (markdown.match(/〔待补：/g) ?? []).length,
    review: (markdown.match(/〔待核：/g) ?? []).length,
    checked: report ? { figures: report.coverage.figures, bound: report.coverage.bound } : undefined,
    problems: lines(d.warnings.filter((w) => w.severity !== 'info')),
    notes: lines(d.warnings.filter((w) => w.severity === 'info')),
    unused: lines(d.unused),
    events: [...job.events],
    prose: prose ? { parts: prose.units.map((p) => ({ title: p.title, status: p.status, reason: p.reason })), warnings: lines(prose.warnings), usage: prose.usage } : undefined,
    files: { docx: path.basename(out), md: path.basename(md), page: path.basename(html) },
  };
}

// ---- update --------------------------------------------------------------------------------

export async function runUpdateFlow(ws: Workspace, form: { draft?: File | undefined; data?: File | undefined; old?: File | undefined }) {
  if (form.draft === undefined || !/\.(docx|md)$/i.test(form.draft.name)) throw uploadError('请选择编辑过的草稿（.docx 或 .md）');
  if (form.data === undefined) throw uploadError('请选择新的数据：填好的自评表（.xlsx、.docx）或数据文件（.yaml）');
  const job = await ws.newJob('update');
  const draftFile = await ws.save(job, form.draft, '草稿');
  const { data } = await dataFrom(ws, job, form.data, '新数据', '新数据');
  let oldData: string | undefined;
  if (form.old !== undefined) {
    if (/\.figures\.json$/i.test(form.old.name)) {
      // The sidecar the draft was written with: it goes beside the draft, under the draft's name.
      await ws.save(job, { name: `${stem(draftFile)}.figures.json`, bytes: new Uint8Array(await form.old.arrayBuffer()) }, '草稿');
    } else {
      oldData = (await dataFrom(ws, job, form.old, '原数据', '原数据')).data;
    }
  }
  const ext = path.extname(draftFile);
  const output = path.join(job.dir, '更新', `${stem(draftFile)}.updated${ext}`);
  const html = path.join(job.dir, '更新', `${stem(draftFile)}-审阅页.html`);
  const { update } = await updateFile(draftFile, { data, oldData, output, html });
  job.outputs = { updated: output, page: html };
  const label = { figure: '数字', template: '模板句', removed: '删除', inserted: '新增' } as const;
  return {
    job: job.id,
    summary: formatSummary(update, path.basename(output)).split('\n')[0],
    changes: update.changes.map((c) => ({ line: c.line, kind: label[c.kind], old: c.old, new: c.new })),
    review: update.review.map((r) => ({ line: r.location.line, code: r.code, message: r.message, sentence: r.sentence })),
    unresolved: update.unresolved.map((r) => ({ line: r.location.line, code: r.code, message: r.message, sentence: r.sentence })),
    files: { updated: path.basename(output), page: path.basename(html) },
  };
}

// ---- check ---------------------------------------------------------------------------------

export interface CheckState {
  readonly files: string[];
  readonly data?: string | undefined;
  /** The overview's rows so far, in input order (file names relative to the job's folder). */
  rows: OverviewRow[];
}

/** Uploaded reports, a .zip's reports taken out (names flattened and made safe; nothing else kept). */
async function saveReports(ws: Workspace, job: Job, uploads: readonly File[]): Promise<string[]> {
  const out: string[] = [];
  const taken = new Set<string>();
  const unique = (name: string): string => {
    let n = safeName(name, '报告');
    for (let k = 2; taken.has(n); k++) n = `${stem(name)}-${k}${path.extname(name)}`;
    taken.add(n);
    return n;
  };
  for (const f of uploads) {
    if (/\.zip$/i.test(f.name)) {
      const { unzipSync } = await import('fflate');
      let entries: Record<string, Uint8Array>;
      try {
        // Reports, and reports in formats not read (each then says what to save it as); not what a
        // system or Word leaves beside them.
        entries = unzipSync(new Uint8Array(await f.arrayBuffer()), { filter: (e) => checkable(e.name) });
      } catch {
        throw uploadError(`压缩包“${safeName(f.name)}”已损坏或不是 .zip 文件`);
      }
      for (const name of Object.keys(entries).sort()) {
        const bytes = entries[name];
        if (bytes !== undefined) out.push(await ws.save(job, { name: unique(path.basename(name)), bytes }, '报告'));
      }
    } else if (checkable(f.name)) {
      out.push(await ws.save(job, { name: unique(f.name), bytes: new Uint8Array(await f.arrayBuffer()) }, '报告'));
    } else {
      throw uploadError(`“${safeName(f.name)}”不是可检查的报告：应为 .docx、.pdf、.md、.txt、.xlsx，或装有它们的 .zip`);
    }
  }
  if (out.length === 0) throw uploadError('没有可检查的报告：请选择 .docx、.pdf、.md、.txt、.xlsx 文件，或装有它们的 .zip');
  return out;
}

export async function startCheck(ws: Workspace, form: { reports: readonly File[]; data?: File | undefined }) {
  if (form.reports.length === 0) throw uploadError('请选择要检查的报告（可多选，或一个 .zip）');
  const job = await ws.newJob('check');
  await saveReports(ws, job, form.reports);
  // The folder read as `jixiao check 报告/` reads it: same files, same order.
  const { files } = await expandReports([path.join(job.dir, '报告')]);
  const data = form.data !== undefined ? (await dataFrom(ws, job, form.data, '数据', '数据')).data : undefined;
  const state: CheckState = { files, data, rows: [] };
  job.inputs = state;
  job.status = 'running';
  job.controller = new AbortController();
  void runChecks(job, state).catch((err: unknown) => {
    job.status = 'failed';
    job.error = err;
  });
  return { job: job.id, total: files.length };
}

/**
 * The batch check the CLI runs for `check 报告/ --data … --html-dir 审阅页 --summary 汇总.xlsx` inside
 * the job's folder: the same worker pool, rows, review pages, index.html and summary table. A cancel
 * stops the run after the files in flight (ending the iteration shuts the pool down).
 */
async function runChecks(job: Job, state: CheckState): Promise<void> {
  const pagesDir = path.join(job.dir, '审阅页');
  const pages = overviewPagePaths(pagesDir, state.files);
  const batch = await startCheckBatch(state.files, { data: state.data, jobs: defaultJobs(), pages });
  let i = 0;
  for await (const checked of batch.results) {
    const page = pages[i];
    if (page !== undefined && checked.row.page !== undefined) job.outputs[`page-${i}`] = page.file;
    state.rows.push({ ...checked.row, file: path.relative(job.dir, checked.row.file) });
    i += 1;
    job.events.push(`${i}/${state.files.length} ${path.basename(checked.row.file)}`);
    if (job.controller?.signal.aborted) break;
  }
  job.outputs.index = await writeOverviewHtml(pagesDir, state.rows);
  const summary = path.join(job.dir, '汇总.xlsx');
  await writeSummaryTable(summary, state.rows);
  job.outputs.summary = summary;
  job.status = job.controller?.signal.aborted && i < state.files.length ? 'cancelled' : 'done';
}
