/**
 * The LLM lock against two scripted models behind the fake OpenAI-compatible server (the real
 * `openai` client talks to it over HTTP):
 *
 * - a realistic good model (test/support/models.ts: goodAnswer) that rewords connectives,
 *   reorders list items, merges and splits sentences, adds bold, spaces, half-width commas and a
 *   preface or trailer line — how many paragraphs keep its text with 0 retries and with 1;
 * - a hostile model (hostileAnswer) whose every answer carries one fault: a figure moved to
 *   another subject (within or across sentences, or to an invented one), a direction word
 *   flipped, a negation added or removed, an approximation word added, the period changed, or a
 *   syntax fault — how many faults are accepted, and how many figures of the output mean
 *   something else than in the template.
 *
 * Every output is written to a file and checked with the real CLI (`jixiao check --data`), which
 * must exit 0. A last run times a draft whose paragraphs are no more than the concurrency against
 * a server that takes 1 s per answer. Results go to stdout and bench/out/llm-corruption.md (bench/README.md
 * is written by hand); the reading is computed from the run. Not a test gate.
 *
 * Run: `npm run bench:llm` (BENCH_GOOD_SEEDS, BENCH_HOSTILE_SEEDS set the runs per example).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { checkReport } from '../pipeline/check/index.js';
import { extractMentions } from '../pipeline/mentions/index.js';
import { readCorpus } from '../pipeline/corpus/index.js';
import { draftReport } from '../pipeline/jobs/draft.js';
import { draftProse, splitUnits, type ProseInput, type ProseResult, type Unit } from '../pipeline/llm/index.js';
import { errorFindings, readDraft, verifyAnswer } from '../pipeline/llm/verify.js';
import { PACKAGE_ROOT } from '../pipeline/paths.js';
import { writeReport } from '../pipeline/write/index.js';
import type { RenderedDoc } from '../schemas/rendered.js';
import { fixed, machineLine, pct, writeResults } from './results.js';
import { rng } from './rng.js';
import { startFakeOpenAI, type FakeRequest } from '../test/support/fake-openai.js';
import { FAULT_NAMES, goodAnswer, hostileAnswer, MOVE_NAMES, type Fault, type FaultKind, type Move } from '../test/support/models.js';

const ROOT = PACKAGE_ROOT;
const EXAMPLES = [
  { name: 'zhuzhou-2024-keji-fund', data: 'examples/zhuzhou-2024-keji-fund.yaml', prior: 'corpus/zhuzhou-2023-keji-fund.md' },
  { name: 'lusong-2023-kegongxin', data: 'examples/lusong-2023-kegongxin.yaml', prior: 'corpus/lusong-2022-kegongxin.md' },
];
const GOOD_SEEDS = Number(process.env['BENCH_GOOD_SEEDS'] ?? 5);
const HOSTILE_SEEDS = Number(process.env['BENCH_HOSTILE_SEEDS'] ?? 12);
const MEANING_FAULTS: readonly FaultKind[] = ['swap-within', 'swap-across', 'invented-subject', 'direction', 'negation', 'approximation', 'period'];
const TIMING_RUNS = Number(process.env['BENCH_TIMING_RUNS'] ?? 3);
const OUT = mkdtempSync(path.join(tmpdir(), 'jixiao-bench-llm-'));

interface Example {
  readonly name: string;
  readonly data: string;
  readonly input: ProseInput;
  readonly units: readonly Unit[];
  readonly baseErrors: readonly string[];
}

function errorKeys(doc: RenderedDoc, input: ProseInput): string[] {
  const report = checkReport({ file: 'draft.md', text: doc.markdown, format: 'md' }, { facts: input.facts, profile: input.profile });
  return report.findings.filter((f) => f.severity === 'error').map((f) => `${f.code}|${f.stated}|${f.expected ?? ''}`);
}

/** Figures of the output whose value is not the template's: misplaced, changed, missing, extra, new numbers, new errors. */
function wrongValues(result: ProseResult, ex: Example): number {
  const { markdown, figures } = result.doc;
  let wrong = figures.filter((f) => markdown.slice(f.offset, f.offset + f.length) !== f.text).length;
  const want = new Map<string, number>();
  for (const f of ex.input.doc.figures) want.set(`${f.factId}=${f.text}`, (want.get(`${f.factId}=${f.text}`) ?? 0) + 1);
  for (const f of figures) want.set(`${f.factId}=${f.text}`, (want.get(`${f.factId}=${f.text}`) ?? 0) - 1);
  for (const n of want.values()) wrong += Math.abs(n);
  wrong += extractMentions(markdown).filter((m) => !figures.some((f) => m.start < f.offset + f.length && m.end > f.offset)).length;
  const left = [...ex.baseErrors];
  for (const k of errorKeys(result.doc, ex.input)) {
    const i = left.indexOf(k);
    if (i >= 0) left.splice(i, 1);
    else wrong++;
  }
  return wrong;
}

/** `jixiao check --data` on the output, as a user runs it: its exit code. */
async function checkExit(result: ProseResult, ex: Example, tag: string): Promise<number> {
  const file = path.join(OUT, `${ex.name}-${tag}.md`);
  // Written as `jixiao draft --llm` writes it: the draft and its figures sidecar.
  await writeReport(result.doc, file, { dataFile: path.join(ROOT, ex.data), facts: ex.input.facts });
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/jixiao.js'), 'check', file, '--data', path.join(ROOT, ex.data)], { encoding: 'utf8' });
  return r.status ?? -1;
}

async function load(e: (typeof EXAMPLES)[number]): Promise<Example> {
  const priorFile = path.join(ROOT, e.prior);
  const draft = await draftReport({ data: path.join(ROOT, e.data), prior: priorFile });
  const input: ProseInput = {
    doc: draft.doc,
    facts: draft.facts.facts,
    prior: readCorpus(await readFile(priorFile, 'utf8'), { file: priorFile }),
    profile: draft.loaded.profile,
  };
  return { name: e.name, data: e.data, input, units: splitUnits(input.doc, input.facts), baseErrors: errorKeys(input.doc, input) };
}

const options = (baseURL: string, retries: number) => ({
  model: 'bench-model', baseURL, apiKey: 'bench', cache: false, backoffMs: 1, timeoutMs: 20_000, retries,
});

// ---- the good model ----------------------------------------------------------------------

interface GoodRow {
  example: string;
  /** First answers the lock accepted, by what the model did in them. */
  moves: Record<Move, number>;
  retries: number;
  runs: number;
  units: number;
  kept: number;
  withFigures: number;
  keptWithFigures: number;
  requests: number;
  checkFailures: number;
  wrong: number;
}

async function goodRuns(ex: Example, retries: number): Promise<GoodRow> {
  const moves = Object.fromEntries(Object.keys(MOVE_NAMES).map((k) => [k, 0])) as Record<Move, number>;
  const row: GoodRow = { example: ex.name, moves, retries, runs: 0, units: 0, kept: 0, withFigures: 0, keptWithFigures: 0, requests: 0, checkFailures: 0, wrong: 0 };
  for (let seed = 0; seed < GOOD_SEEDS; seed++) {
    const did = new Map<string, Set<Move>>();
    const server = await startFakeOpenAI((req: FakeRequest) => {
      const m = new Set<Move>();
      const text = goodAnswer(req.draft, `${seed}`, req.repeat, m);
      if (req.repeat === 0) did.set(req.draft, m);
      return { kind: 'answer', text };
    });
    try {
      const result = await draftProse(ex.input, options(server.baseURL, retries));
      row.runs++;
      result.units.forEach((u, i) => {
        if (u.status === 'fallback' || u.attempts !== 1) return;
        for (const m of did.get(ex.units[i]?.template ?? '') ?? []) row.moves[m]++;
      });
      row.requests += server.requests.length;
      result.units.forEach((u, i) => {
        const figures = (ex.units[i]?.slots.length ?? 0) > 0;
        row.units++;
        if (figures) row.withFigures++;
        if (u.status !== 'fallback') {
          row.kept++;
          if (figures) row.keptWithFigures++;
        }
      });
      row.wrong += wrongValues(result, ex);
      if ((await checkExit(result, ex, `good-r${retries}-s${seed}`)) !== 0) row.checkFailures++;
    } finally {
      await server.close();
    }
  }
  return row;
}

// ---- the hostile model ---------------------------------------------------------------------

interface HostileRow {
  example: string;
  runs: number;
  units: number;
  requests: number;
  faults: number;
  /** Faults on answers that, without the fault, the lock accepts: the ones that test it. */
  testing: number;
  accepted: number;
  wrongMeaning: number;
  wrongValues: number;
  fallback: number;
  checkFailures: number;
  byKind: Record<FaultKind, { injected: number; accepted: number }>;
}

async function hostileRuns(ex: Example): Promise<HostileRow> {
  const byKind = Object.fromEntries(Object.keys(FAULT_NAMES).map((k) => [k, { injected: 0, accepted: 0 }])) as HostileRow['byKind'];
  const row: HostileRow = { example: ex.name, runs: 0, units: 0, requests: 0, faults: 0, testing: 0, accepted: 0, wrongMeaning: 0, wrongValues: 0, fallback: 0, checkFailures: 0, byKind };
  const byTemplate = new Map(ex.units.map((u) => [u.template, u]));
  const ctx = { facts: ex.input.facts, profile: ex.input.profile };
  const passes = new Map<string, boolean>();
  for (let seed = 0; seed < HOSTILE_SEEDS; seed++) {
    const faults = new Map<string, Fault[]>();
    const server = await startFakeOpenAI((req: FakeRequest) => {
      const unit = byTemplate.get(req.draft);
      const values = new Map((unit?.slots ?? []).map((s) => [s.name, s.text]));
      const { text, fault } = hostileAnswer(req.draft, `${seed}`, req.repeat, values);
      const list = faults.get(req.draft) ?? [];
      list.push(fault);
      faults.set(req.draft, list);
      // Would the answer pass without its fault? (the base the fault was put into)
      const baseKey = `${seed}|${req.repeat}|${req.draft}`;
      if (unit !== undefined && !passes.has(baseKey)) {
        const base = goodAnswer(req.draft, `${seed}`, req.repeat === 0 ? 0 : 1);
        passes.set(baseKey, verifyAnswer(unit, base, ctx, errorFindings(unit.body, ctx), readDraft(unit)).ok);
      }
      return { kind: 'answer', text };
    });
    try {
      const result = await draftProse(ex.input, options(server.baseURL, 2));
      row.runs++;
      row.requests += server.requests.length;
      row.units += result.units.length;
      row.fallback += result.units.filter((u) => u.status === 'fallback').length;
      for (const [draft, list] of faults) {
        list.forEach((f, attempt) => {
          row.faults++;
          row.byKind[f.kind].injected++;
          if (passes.get(`${seed}|${attempt}|${draft}`) === true) row.testing++;
        });
      }
      result.units.forEach((u, i) => {
        const unit = ex.units[i];
        if (u.status === 'fallback' || unit === undefined) return;
        const fault = faults.get(unit.template)?.[u.attempts - 1];
        if (fault === undefined) return;
        row.accepted++;
        row.byKind[fault.kind].accepted++;
        if (MEANING_FAULTS.includes(fault.kind)) row.wrongMeaning += fault.tokens.length;
      });
      row.wrongValues += wrongValues(result, ex);
      if ((await checkExit(result, ex, `hostile-s${seed}`)) !== 0) row.checkFailures++;
    } finally {
      await server.close();
    }
  }
  return row;
}

// ---- figures moved among subjects, any of them ------------------------------------------------

interface Rotations {
  example: string;
  tried: number;
  accepted: number;
}

/**
 * Every paragraph with two figures or more: in good answers the lock accepts, two or three
 * figures of different value rotate places (each takes the next one's subject), 30 times per
 * paragraph. Checked with the lock directly, no server.
 */
function rotations(ex: Example): Rotations {
  const row: Rotations = { example: ex.name, tried: 0, accepted: 0 };
  const ctx = { facts: ex.input.facts, profile: ex.input.profile };
  for (const u of ex.units) {
    if (new Set(u.slots.map((s) => s.text)).size < 2) continue;
    const draft = readDraft(u);
    const baseline = errorFindings(u.body, ctx);
    const random = rng(`rotate|${u.template}`);
    for (let k = 0; k < 30; k++) {
      const base = goodAnswer(u.template, `rotate${k}`, 0);
      if (!verifyAnswer(u, base, ctx, baseline, draft).ok) continue;
      const names: string[] = [];
      const want = 2 + Math.floor(random() * 2);
      for (let guard = 0; names.length < Math.min(want, u.slots.length) && guard < 100; guard++) {
        const s = u.slots[Math.floor(random() * u.slots.length)];
        if (s !== undefined && !names.includes(s.name) && !u.slots.some((x) => names.includes(x.name) && x.text === s.text)) names.push(s.name);
      }
      if (names.length < 2) continue;
      let text = base;
      names.forEach((n, i) => (text = text.replace(n, `\u0000${i}\u0000`)));
      names.forEach((_, i) => (text = text.replace(`\u0000${i}\u0000`, names[(i + 1) % names.length] ?? '')));
      row.tried++;
      if (verifyAnswer(u, text, ctx, baseline, draft).ok) row.accepted++;
    }
  }
  return row;
}

// ---- wall time and prompt size ---------------------------------------------------------------

interface Timing {
  units: number;
  /** Of them with figures. */
  figures: number;
  concurrency: number;
  /** First call in a fresh process (the openai client loaded, the code compiled on the way), then a second one. */
  cold: { wallMs: number; cpuMs: number; slowestMs: number };
  warm: { wallMs: number; cpuMs: number; slowestMs: number };
}

/** bench/llm-timing.ts in a fresh process, `runs` times: the run with the median cold ratio. */
function timings(runs: number): Timing {
  const all: Timing[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, [path.join(import.meta.dirname, 'llm-timing.js')], { encoding: 'utf8' });
    const line = r.stdout.split('\n').find((l) => l.startsWith('{'));
    if (line === undefined) throw new Error(`llm-timing failed: ${r.stderr}`);
    all.push(JSON.parse(line) as Timing);
  }
  all.sort((a, b) => a.cold.wallMs / a.cold.slowestMs - b.cold.wallMs / b.cold.slowestMs);
  return all[Math.floor(all.length / 2)] as Timing;
}

async function promptSizes(ex: Example): Promise<{ max: number; mean: number; requests: number }> {
  const result = await draftProse(ex.input, { model: 'bench-model', dryRun: true });
  const sizes = (result.prompts ?? []).map((p) => p.messages.reduce((n, m) => n + m.content.length, 0));
  return { max: Math.max(...sizes), mean: sizes.reduce((a, b) => a + b, 0) / Math.max(1, sizes.length), requests: sizes.length };
}

// ---- the report ------------------------------------------------------------------------------

async function main(): Promise<void> {
  const examples = await Promise.all(EXAMPLES.map(load));
  const loadAvg = os.loadavg()[0] ?? 0;
  const timing = timings(TIMING_RUNS);
  console.log(`timing (median of ${TIMING_RUNS}): cold ${fixed(timing.cold.wallMs, 0)} / ${fixed(timing.cold.slowestMs, 0)} ms, warm ${fixed(timing.warm.wallMs, 0)} / ${fixed(timing.warm.slowestMs, 0)} ms`);
  const sizes = await Promise.all(examples.map(promptSizes));
  const good: GoodRow[] = [];
  for (const ex of examples) {
    for (const retries of [0, 1]) {
      const row = await goodRuns(ex, retries);
      good.push(row);
      console.log(`good ${ex.name} retries ${retries}: ${row.kept}/${row.units} kept, check failures ${row.checkFailures}`);
    }
  }
  const hostile: HostileRow[] = [];
  for (const ex of examples) {
    const row = await hostileRuns(ex);
    hostile.push(row);
    console.log(`hostile ${ex.name}: ${row.faults} faults (${row.testing} testing), ${row.accepted} accepted, ${row.wrongMeaning} wrong-meaning, ${row.wrongValues} wrong values, check failures ${row.checkFailures}`);
  }
  const rotated = examples.map(rotations);
  console.log(`rotations: ${rotated.map((r) => `${r.example} ${r.tried} tried, ${r.accepted} accepted`).join('; ')}`);
  writeSummary(examples, sizes, timing, loadAvg, good, hostile, rotated);
}

function writeSummary(
  examples: readonly Example[],
  sizes: readonly { max: number; mean: number; requests: number }[],
  t: Timing,
  loadAvg: number,
  good: readonly GoodRow[],
  hostile: readonly HostileRow[],
  rotated: readonly Rotations[],
): void {
  const sum = <T>(rows: readonly T[], f: (r: T) => number) => rows.reduce((n, r) => n + f(r), 0);
  const g0 = good.filter((r) => r.retries === 0);
  const g1 = good.filter((r) => r.retries === 1);
  const faults = sum(hostile, (r) => r.faults);
  const testing = sum(hostile, (r) => r.testing);
  const accepted = sum(hostile, (r) => r.accepted);
  const wrongMeaning = sum(hostile, (r) => r.wrongMeaning);
  const wrongValues = sum(hostile, (r) => r.wrongValues) + sum(good, (r) => r.wrong);
  const checkFailures = sum(hostile, (r) => r.checkFailures) + sum(good, (r) => r.checkFailures);
  const outputs = sum(hostile, (r) => r.runs) + sum(good, (r) => r.runs);
  const kinds = Object.keys(FAULT_NAMES) as FaultKind[];
  const meaningFaults = sum(hostile, (r) => MEANING_FAULTS.reduce((n, k) => n + r.byKind[k].injected, 0));
  const lines = [
    '# 大模型起草：含义锁定基准',
    '',
    `命令：\`npm run bench:llm\`（编译后运行 \`node dist/bench/llm-corruption.js\`）；\`BENCH_GOOD_SEEDS\`（缺省 5）、\`BENCH_HOSTILE_SEEDS\`（缺省 10）设每个示例的运行次数。`,
    '',
    machineLine(),
    '',
    '模型是测试用的 OpenAI 兼容服务（`test/support/fake-openai.ts`，本机 HTTP 服务，由真实的 `openai` 客户端调用），回答由 `test/support/models.ts` 按段落生成。这里没有可用的真实模型，以下数字不代表任何真实模型的表现。每段一次请求；每个输出都写成文件，用命令行 `jixiao check 文件 --data 数据文件` 核对，看退出码。',
    '',
    '## 好模型：改写而不改义',
    '',
    '好模型改换连接词，调换带着各自主语的并列项，合并、拆分句子，加粗、加空格、用半角逗号，偶尔在前后加一行“以下是润色后的段落：”之类的话；被要求重写时只改措辞和格式。',
    '',
    '| 示例 | 重问次数 | 运行 | 段落 | 采用模型文字 | 其中含数字的段落 | 请求 | check --data 非 0 |',
    '|---|---|---|---|---|---|---|---|',
    ...good.map((r) => `| ${r.example} | ${r.retries} | ${r.runs} | ${r.units} | ${r.kept}（${pct(r.kept, r.units)}） | ${r.keptWithFigures}/${r.withFigures}（${pct(r.keptWithFigures, r.withFigures)}） | ${r.requests} | ${r.checkFailures} |`),
    '',
    `第一次回答即被采用的段落中，好模型做过的改动（${GOOD_SEEDS} 次运行、两个示例、重问 0 次和 1 次合计）：${(Object.keys(MOVE_NAMES) as Move[]).map((m) => `${MOVE_NAMES[m]} ${sum(good, (r) => r.moves[m])}`).join('，')}。`,
    '',
    '## 敌意模型：每次回答都藏一处改义或格式错误',
    '',
    '敌意模型在好模型的回答里放一处错误（每次重问重新抽样）：把两个数字所描述的事项互换（同一句内或跨句），把数字挂到编造的事项上，反转方向词，加入或删去否定，加入约数词，改变时间（本年↔上年等），或格式错误（写出数字、汉字数量，删去、重复占位符，占位符后加单位）。不含数字的段落只能写出数字或汉字数量。每段最多问 3 次（重问 2 次），仍不合格则保留模板原文。“检验性错误”指放进了一个本身会被采用的回答里的错误（去掉这处错误，回答能通过），它们才真正检验锁定。',
    '',
    '| 示例 | 运行 | 段落 | 请求 | 注入错误 | 其中检验性 | 被采用 | 输出中含义错误的数字 | 输出中数值错误的数字 | 保留模板原文的段落 | check --data 非 0 |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...hostile.map((r) => `| ${r.example} | ${r.runs} | ${r.units} | ${r.requests} | ${r.faults} | ${r.testing} | **${r.accepted}** | **${r.wrongMeaning}** | **${r.wrongValues}** | ${r.fallback} | ${r.checkFailures} |`),
    '',
    '| 错误 | 注入 | 被采用 |',
    '|---|---|---|',
    ...kinds.map((k) => `| ${FAULT_NAMES[k]} | ${sum(hostile, (r) => r.byKind[k].injected)} | ${sum(hostile, (r) => r.byKind[k].accepted)} |`),
    '',
    `另外，直接用锁定核对（不经服务）：在每个含两个以上数字的段落里，取好模型能通过的回答，让两到三个数值不同的数字轮换位置（各自挂到下一个数字的事项上），每段 30 次：${rotated.map((r) => `${r.example} ${r.tried} 次，被采用 **${r.accepted}**`).join('；')}。`,
    '',
    '## 提示词大小与耗时',
    '',
    ...examples.map((ex, i) => `- ${ex.name}：${sizes[i]?.requests ?? 0} 段，每次首个请求（系统提示词＋用户消息，含上年范文）最长 ${sizes[i]?.max ?? 0} 字符，平均 ${fixed(sizes[i]?.mean ?? 0, 0)} 字符。`),
    `- 耗时：${examples[0]?.name ?? ''} 只留最后 ${t.units} 段（其中 ${t.figures} 段含数字；不超过缺省并发数 ${t.concurrency}），服务在另一进程中、每次回答用 1 秒；每次在新进程中先后调用两次，取 ${TIMING_RUNS} 个进程中首次调用比值居中的一个。首次调用（含加载 openai 客户端、编译代码）全程 ${fixed(t.cold.wallMs, 0)} ms，服务测得最慢的一次请求 ${fixed(t.cold.slowestMs, 0)} ms，比值 **${fixed(t.cold.wallMs / t.cold.slowestMs, 2)}**，本进程用 CPU ${fixed(t.cold.cpuMs, 0)} ms；第二次调用全程 ${fixed(t.warm.wallMs, 0)} ms，最慢请求 ${fixed(t.warm.slowestMs, 0)} ms，比值 **${fixed(t.warm.wallMs / t.warm.slowestMs, 2)}**，CPU ${fixed(t.warm.cpuMs, 0)} ms（其中一部分在等待回答时完成：整篇模板的核对、各段草稿的读取）。测量开始时机器负载（1 分钟平均）${fixed(loadAvg, 1)}，${os.cpus().length} 核。`,
    '',
    `读法：好模型不重问时 ${pct(sum(g0, (r) => r.kept), sum(g0, (r) => r.units))} 的段落采用模型文字（含数字的段落 ${pct(sum(g0, (r) => r.keptWithFigures), sum(g0, (r) => r.withFigures))}），重问一次后 ${pct(sum(g1, (r) => r.kept), sum(g1, (r) => r.units))}。敌意模型注入 ${faults} 处错误（其中改义错误 ${meaningFaults} 处；检验性 ${testing} 处），被采用 ${accepted} 处；数字轮换 ${sum(rotated, (r) => r.tried)} 次，被采用 ${sum(rotated, (r) => r.accepted)} 次；输出中含义错误的数字 ${wrongMeaning} 个，数值错误的数字 ${wrongValues} 个；${outputs} 份输出中 \`check --data\` 退出码非 0 的 ${checkFailures} 份。局限：锁定针对数字；不含数字的句子里的否定或方向词改动不在锁定之内（敌意模型对这类段落只写数字）。`,
  ];
  const text = lines.join('\n');
  const written = writeResults('llm-corruption.md', text);
  console.log(`${text}\n\n结果已写入 ${written}；各份输出在 ${OUT}`);
}

await main();
