/**
 * The figure lock under a corrupting model. Drafts both examples through draftProse against the
 * fake OpenAI-compatible server, whose "model" rewrites the prose and corrupts placeholders in
 * the ways a model can: writing a number in place of a figure or beside it, dropping or
 * duplicating a placeholder, adding a unit after one. Counts parts, fallbacks, and wrong figures
 * in the output. Each corruption is also put through the answer gate directly, part by part, to
 * say which of them the gate's syntax checks reject by construction (before the checker runs):
 * for those, "no wrong figure" cannot come out otherwise. Not a test gate; results go to stdout and
 * bench/out/llm-corruption.md, and every sentence of the summary is computed from the run.
 *
 * Run: `npm run bench:llm` (the project's build compiles it to dist/bench/llm-corruption.js).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkReport } from '../pipeline/check/index.js';
import { extractMentions } from '../pipeline/mentions/index.js';
import { readCorpus } from '../pipeline/corpus/index.js';
import { draftReport } from '../pipeline/jobs/draft.js';
import { draftProse, splitUnits, type ProseInput, type ProseResult, type Unit } from '../pipeline/llm/index.js';
import { errorFindings, verifyAnswer } from '../pipeline/llm/verify.js';
import { PACKAGE_ROOT } from '../pipeline/paths.js';
import { fixed, machineLine, pct, writeResults } from './results.js';
import { pick, rng } from './rng.js';
import type { RenderedDoc } from '../schemas/rendered.js';
import { placeholdersOf, rewrite, startFakeOpenAI, type FakeRequest } from '../test/support/fake-openai.js';

const ROOT = PACKAGE_ROOT;
const EXAMPLES = [
  { name: 'zhuzhou-2024-keji-fund', data: 'examples/zhuzhou-2024-keji-fund.yaml', prior: 'corpus/zhuzhou-2023-keji-fund.md' },
  { name: 'lusong-2023-kegongxin', data: 'examples/lusong-2023-kegongxin.yaml', prior: 'corpus/lusong-2022-kegongxin.md' },
];
const SEEDS = Number(process.env['BENCH_SEEDS'] ?? 10);

type Kind = 'number' | 'numeral' | 'drop' | 'duplicate' | 'unit';
const KINDS: Kind[] = ['number', 'numeral', 'drop', 'duplicate', 'unit'];
const KIND_NAMES: Record<Kind, string> = {
  number: '占位符换成阿拉伯数字',
  numeral: '占位符旁加汉字数量',
  drop: '删去占位符',
  duplicate: '占位符重复',
  unit: '占位符后加单位（亿元）',
};

function corrupt(text: string, name: string, kind: Kind): string {
  switch (kind) {
    case 'number':
      return text.replace(name, '1864.06万元');
    case 'numeral':
      return text.replace(name, `${name}，共三项`);
    case 'drop':
      return text.replace(name, '');
    case 'duplicate':
      return text.replace(name, `${name}（${name}）`);
    case 'unit':
      return text.replace(name, `${name}亿元`);
  }
}

type Mode = 'figure' | 'answer';
const MODE_NAMES: Record<Mode, string> = {
  figure: '每五个数字错一个（每个占位符以 1/5 的概率被改坏）',
  answer: '每五次回答错一次（一次回答以 1/5 的概率改坏其中一个占位符）',
};

interface Injected {
  kinds: Kind[];
}

function script(mode: Mode, seed: number, injected: Map<string, Injected[]>) {
  return (req: FakeRequest) => {
    const random = rng(`${seed}|${req.repeat}|${req.draft}`);
    let text = rewrite(req.draft);
    const names = placeholdersOf(req.draft);
    const kinds: Kind[] = [];
    const pickKind = () => KINDS[pick(random, KINDS.length)] as Kind;
    if (mode === 'figure') {
      for (const name of names) {
        if (random() < 0.2) {
          const kind = pickKind();
          kinds.push(kind);
          text = corrupt(text, name, kind);
        }
      }
    } else if (names.length > 0 && random() < 0.2) {
      const kind = pickKind();
      kinds.push(kind);
      text = corrupt(text, names[pick(random, names.length)] as string, kind);
    }
    const list = injected.get(req.draft) ?? [];
    list.push({ kinds });
    injected.set(req.draft, list);
    return { kind: 'answer' as const, text };
  };
}

function errorKeys(doc: RenderedDoc, input: ProseInput): string[] {
  const report = checkReport({ file: 'draft.md', text: doc.markdown, format: 'md' }, { facts: input.facts, profile: input.profile });
  return report.findings.filter((f) => f.severity === 'error').map((f) => `${f.code}|${f.stated}|${f.expected ?? ''}`);
}

/** Figures of the output that are not exactly the template's: misplaced, changed, missing, extra, or new numbers. */
function wrongFigures(result: ProseResult, input: ProseInput, baseErrors: readonly string[]): number {
  const { markdown, figures } = result.doc;
  let wrong = figures.filter((f) => markdown.slice(f.offset, f.offset + f.length) !== f.text).length;
  const want = new Map<string, number>();
  for (const f of input.doc.figures) want.set(`${f.factId}=${f.text}`, (want.get(`${f.factId}=${f.text}`) ?? 0) + 1);
  for (const f of figures) want.set(`${f.factId}=${f.text}`, (want.get(`${f.factId}=${f.text}`) ?? 0) - 1);
  for (const n of want.values()) wrong += Math.abs(n);
  wrong += extractMentions(markdown).filter((m) => !figures.some((f) => m.start < f.offset + f.length && m.end > f.offset)).length;
  const left = [...baseErrors];
  for (const k of errorKeys(result.doc, input)) {
    const i = left.indexOf(k);
    if (i >= 0) left.splice(i, 1);
    else wrong++;
  }
  return wrong;
}

interface Row {
  example: string;
  mode: Mode;
  runs: number;
  parts: number;
  /** Parts that have at least one placeholder. */
  partsWithFigures: number;
  llm: number;
  /** Accepted parts that have at least one placeholder. */
  llmWithFigures: number;
  fallback: number;
  requests: number;
  corruptedAnswers: number;
  corruptedAccepted: number;
  injected: Record<Kind, number>;
  wrong: number;
  ms: number;
}

/**
 * Each corruption put straight through the answer gate, once per placeholder of every part: is it
 * stopped by the gate's syntax checks (placeholders, digits, words around a placeholder: steps that
 * run before the checker), by the checker, or accepted?
 */
interface GateTally {
  n: number;
  syntax: number;
  checker: number;
  accepted: number;
  /** Rejection reasons with names and quoted text blanked, counted. */
  reasons: Map<string, number>;
}

/** A reason without the part it names: 缺少占位符 FIGQXA（全年预算）… → 缺少占位符. */
function reasonKind(reason: string): string {
  return (reason.split(/FIG[A-Z]{3}|[“：，；（]/u)[0] ?? reason).trim();
}

function topReason(t: GateTally): string {
  return [...t.reasons].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '—';
}

function gateOf(units: readonly Unit[], input: ProseInput, gate: Record<Kind, GateTally>): void {
  const ctx = { facts: input.facts, profile: input.profile };
  for (const unit of units) {
    if (unit.slots.length === 0) continue;
    const baseline = errorFindings(unit.body, ctx);
    const good = rewrite(unit.template);
    for (const slot of unit.slots) {
      for (const kind of KINDS) {
        const verdict = verifyAnswer(unit, corrupt(good, slot.name, kind), ctx, baseline);
        const t = gate[kind];
        t.n++;
        if (verdict.ok) {
          t.accepted++;
          continue;
        }
        if (verdict.reasons.every((r) => r.startsWith('核对'))) t.checker++;
        else t.syntax++;
        for (const r of new Set(verdict.reasons.map(reasonKind))) t.reasons.set(r, (t.reasons.get(r) ?? 0) + 1);
      }
    }
  }
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const gate = Object.fromEntries(KINDS.map((k) => [k, { n: 0, syntax: 0, checker: 0, accepted: 0, reasons: new Map() }])) as Record<Kind, GateTally>;
  for (const ex of EXAMPLES) {
    const priorFile = path.join(ROOT, ex.prior);
    const draft = await draftReport({ data: path.join(ROOT, ex.data), prior: priorFile });
    const input: ProseInput = {
      doc: draft.doc,
      facts: draft.facts.facts,
      prior: readCorpus(await readFile(priorFile, 'utf8'), { file: priorFile }),
      profile: draft.loaded.profile,
    };
    const units = splitUnits(input.doc, input.facts);
    const baseErrors = errorKeys(input.doc, input);
    gateOf(units, input, gate);
    for (const mode of ['figure', 'answer'] as const) {
      const row: Row = {
        example: ex.name, mode, runs: 0, parts: 0, partsWithFigures: 0, llm: 0, llmWithFigures: 0, fallback: 0, requests: 0, corruptedAnswers: 0, corruptedAccepted: 0,
        injected: { number: 0, numeral: 0, drop: 0, duplicate: 0, unit: 0 }, wrong: 0, ms: 0,
      };
      for (let seed = 0; seed < SEEDS; seed++) {
        const injected = new Map<string, Injected[]>();
        const server = await startFakeOpenAI(script(mode, seed, injected));
        const started = performance.now();
        try {
          const result = await draftProse(input, {
            model: 'bench-corrupting-model', baseURL: server.baseURL, apiKey: 'bench', cache: false, backoffMs: 1, timeoutMs: 10_000,
          });
          row.ms += performance.now() - started;
          row.runs++;
          row.parts += result.parts.length;
          row.partsWithFigures += units.filter((u) => u.slots.length > 0).length;
          row.llm += result.parts.filter((p) => p.status === 'llm').length;
          row.fallback += result.parts.filter((p) => p.status === 'fallback').length;
          row.requests += server.requests.length;
          for (const list of injected.values()) {
            for (const a of list) {
              if (a.kinds.length > 0) row.corruptedAnswers++;
              for (const k of a.kinds) row.injected[k]++;
            }
          }
          result.parts.forEach((p, i) => {
            const unit = units[i];
            if (p.status !== 'llm' || unit === undefined) return;
            if (unit.slots.length > 0) row.llmWithFigures++;
            if ((injected.get(unit.template)?.[p.attempts - 1]?.kinds.length ?? 0) > 0) row.corruptedAccepted++;
          });
          row.wrong += wrongFigures(result, input, baseErrors);
        } finally {
          await server.close();
        }
      }
      rows.push(row);
      process.stderr.write(`  ${row.example} ${mode}: ${row.parts} parts, ${row.llm} llm, ${row.fallback} fallback, ${row.corruptedAnswers} corrupted answers, ${row.corruptedAccepted} accepted, ${row.wrong} wrong figures\n`);
    }
  }
  const text = report(rows, gate);
  const written = writeResults('llm-corruption.md', text);
  console.log(`${text}\n\n结果已写入 ${written}`);
}

/** Kinds joined for a sentence: 甲、乙和丙. */
function joined(kinds: readonly Kind[]): string {
  const names = kinds.map((k) => `“${KIND_NAMES[k]}”`);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join('、')}和${names[names.length - 1]}`;
}

/** The run's report. Every sentence below the tables is computed from the numbers above it. */
function report(rows: readonly Row[], gate: Record<Kind, GateTally>): string {
  const total = (f: (r: Row) => number) => rows.reduce((s, r) => s + f(r), 0);
  const bySyntax = KINDS.filter((k) => gate[k].n > 0 && gate[k].syntax === gate[k].n);
  const byChecker = KINDS.filter((k) => gate[k].checker > 0);
  const passing = KINDS.filter((k) => gate[k].accepted > 0);
  const lines = [
    '# 大模型起草：数字锁定基准',
    '',
    `命令：\`npm run bench:llm\`（编译后运行 \`node dist/bench/llm-corruption.js\`）；\`BENCH_SEEDS\` 设每种情形的运行次数，本次 ${SEEDS}。`,
    '',
    machineLine(),
    '',
    '模型为测试用的 OpenAI 兼容服务（`test/support/fake-openai.ts`），通过真实的 `openai` 客户端调用：改写句子，并按下述比例把占位符改坏，每次重问都重新抽样；每部分最多问 3 次，仍不合格则保留模板原文。“错误数字”= 输出中与模板不同、缺失、多出或位置不符的数字，加上数字以外新写出的数量，加上核对新增的错误。',
    '',
    '| 示例 | 情形 | 运行 | 部分（其中含数字） | 采用模型改写（其中含数字） | 保留模板原文 | 请求 | 被改坏的回答 | 其中被采用 | 错误数字 | 平均耗时 |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) =>
      `| ${r.example} | ${MODE_NAMES[r.mode]} | ${r.runs} | ${r.parts}（${r.partsWithFigures}） | ${r.llm}（${pct(r.llm, r.parts)}；${r.llmWithFigures}） | ${r.fallback}（${pct(r.fallback, r.parts)}） | ${r.requests} | ${r.corruptedAnswers} | ${r.corruptedAccepted} | **${r.wrong}** | ${fixed(r.ms / Math.max(1, r.runs), 0)} ms |`,
    ),
    '',
    '注入的改动，以及把每种改动逐个放到每个部分的每个占位符上、直接交给回答检查（`verifyAnswer`）的结果：',
    '',
    '| 改动 | 运行中注入 | 直接检查 | 语法检查拒绝（核对之前） | 核对拒绝 | 采用 | 最常见的拒绝理由 |',
    '|---|---|---|---|---|---|---|',
    ...KINDS.map((k) => `| ${KIND_NAMES[k]} | ${total((r) => r.injected[k])} | ${gate[k].n} | ${gate[k].syntax} | ${gate[k].checker} | ${gate[k].accepted} | ${topReason(gate[k])} |`),
    '',
    '读法：',
    '',
  ];
  for (const r of rows) {
    const figureParts = r.partsWithFigures;
    lines.push(
      `- ${r.example}，${MODE_NAMES[r.mode]}：${r.runs} 次运行共 ${r.parts} 个部分，采用模型改写 ${r.llm} 个（${pct(r.llm, r.parts)}），` +
        `其中含数字的 ${r.llmWithFigures} 个，占含数字部分的 ${pct(r.llmWithFigures, figureParts)}；保留模板原文 ${r.fallback} 个；` +
        `被改坏的回答 ${r.corruptedAnswers} 次，被采用 ${r.corruptedAccepted} 次；输出中的错误数字 ${r.wrong} 个。`,
    );
  }
  const wrong = total((r) => r.wrong);
  const accepted = total((r) => r.corruptedAccepted);
  lines.push('');
  if (bySyntax.length === KINDS.length) {
    lines.push(`- 注入的 ${KINDS.length} 种改动（${joined(KINDS)}）在直接检查中 ${KINDS.reduce((s, k) => s + gate[k].n, 0)} 次全部在核对之前就被语法检查拒绝（理由见上表），语法门按构造拒绝它们：在这些改动下“错误数字为 0”是必然的，不能说明核对能拦住语义上的错误（例如把数字放到别的数字的位置上）。`);
  } else {
    if (bySyntax.length > 0) lines.push(`- 语法检查按构造拒绝（直接检查中全部在核对之前被拒）：${joined(bySyntax)}；这些改动下“错误数字为 0”不能说明核对的能力。`);
    if (byChecker.length > 0) lines.push(`- 要靠核对才拒绝的：${byChecker.map((k) => `“${KIND_NAMES[k]}”（${gate[k].checker}／${gate[k].n}）`).join('、')}。`);
    if (passing.length > 0) lines.push(`- 直接检查中被采用的：${passing.map((k) => `“${KIND_NAMES[k]}”（${gate[k].accepted}／${gate[k].n}）`).join('、')}。`);
  }
  lines.push(
    wrong === 0 && accepted === 0
      ? `- 本次运行输出中的错误数字合计 0 个，被改坏的回答无一被采用。`
      : `- 本次运行输出中的错误数字合计 ${wrong} 个，被改坏的回答被采用 ${accepted} 次：数字锁定没有守住，见上表各行。`,
  );
  return lines.join('\n');
}

await main();
