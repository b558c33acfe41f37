/**
 * The figure lock under a corrupting model. Drafts both examples through draftProse against the
 * fake OpenAI-compatible server, whose "model" rewrites the prose and corrupts placeholders in
 * the ways a model can: writing a number in place of a figure or beside it, dropping or
 * duplicating a placeholder, adding a unit after one. Counts parts, fallbacks, and wrong figures
 * in the output (must be 0). Not a test gate; results go to bench/README.md.
 *
 * Run: `npm run bench:llm` (the project's build compiles it to dist/bench/llm-corruption.js).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkReport } from '../pipeline/check/index.js';
import { extractMentions } from '../pipeline/mentions/index.js';
import { readCorpus } from '../pipeline/corpus/index.js';
import { draftReport } from '../pipeline/jobs/draft.js';
import { draftProse, splitUnits, type ProseInput, type ProseResult } from '../pipeline/llm/index.js';
import { PACKAGE_ROOT } from '../pipeline/paths.js';
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

/** A deterministic random source per request. */
function rng(seed: string): () => number {
  let h = createHash('sha256').update(seed).digest();
  let i = 0;
  return () => {
    if (i + 4 > h.length) {
      h = createHash('sha256').update(h).digest();
      i = 0;
    }
    const v = h.readUInt32BE(i) / 2 ** 32;
    i += 4;
    return v;
  };
}

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
    const pick = () => KINDS[Math.floor(random() * KINDS.length)] as Kind;
    if (mode === 'figure') {
      for (const name of names) {
        if (random() < 0.2) {
          const kind = pick();
          kinds.push(kind);
          text = corrupt(text, name, kind);
        }
      }
    } else if (names.length > 0 && random() < 0.2) {
      const kind = pick();
      kinds.push(kind);
      text = corrupt(text, names[Math.floor(random() * names.length)] as string, kind);
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

async function main(): Promise<void> {
  const rows: Row[] = [];
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
    for (const mode of ['figure', 'answer'] as const) {
      const row: Row = {
        example: ex.name, mode, runs: 0, parts: 0, llm: 0, llmWithFigures: 0, fallback: 0, requests: 0, corruptedAnswers: 0, corruptedAccepted: 0,
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
      console.log(`${row.example} ${mode}: ${row.parts} parts, ${row.llm} llm, ${row.fallback} fallback, ${row.corruptedAnswers} corrupted answers, ${row.corruptedAccepted} accepted, ${row.wrong} wrong figures`);
    }
  }
  writeReadme(rows);
}

function pct(a: number, b: number): string {
  return b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`;
}

function writeReadme(rows: readonly Row[]): void {
  const lines = [
    '# 大模型起草：数字锁定基准',
    '',
    '命令：`npm run bench:llm`（编译后运行 `node dist/bench/llm-corruption.js`）（`BENCH_SEEDS` 设每种情形的运行次数，缺省 10）。',
    '',
    `机器：${process.platform} ${process.arch}，Node ${process.version}，${new Date().toISOString().slice(0, 10)}。`,
    '',
    '模型为测试用的 OpenAI 兼容服务（`test/support/fake-openai.ts`），通过真实的 `openai` 客户端调用：改写句子，并按下述比例把占位符改坏（改成数字、旁加汉字数量、删去、重复、后加单位），每次重问都重新抽样；每部分最多问 3 次（重试 2 次），仍不合格则保留模板原文。“错误数字”= 输出中与模板不同、缺失、多出或位置不符的数字，加上数字以外新写出的数量，加上核对新增的错误，必须为 0。',
    '',
    '| 示例 | 情形 | 运行 | 部分 | 采用模型改写（其中含数字的部分） | 保留模板原文 | 请求 | 被改坏的回答 | 其中被采用 | 错误数字 | 平均耗时 |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) =>
      `| ${r.example} | ${MODE_NAMES[r.mode]} | ${r.runs} | ${r.parts} | ${r.llm}（${pct(r.llm, r.parts)}；${r.llmWithFigures}） | ${r.fallback}（${pct(r.fallback, r.parts)}） | ${r.requests} | ${r.corruptedAnswers} | ${r.corruptedAccepted} | **${r.wrong}** | ${(r.ms / Math.max(1, r.runs)).toFixed(0)} ms |`,
    ),
    '',
    rows.every((r) => r.corruptedAccepted === 0) ? '注入的改动（没有一次被采用）：' : '注入的改动：',
    '',
    '| 改动 | 次数 |',
    '|---|---|',
    ...KINDS.map((k) => `| ${KIND_NAMES[k]} | ${rows.reduce((s, r) => s + r.injected[k], 0)} |`),
    '',
    '读法：“每五个数字错一个”时，含十几个以上数字的部分几乎每次回答都有错，三次都不合格，保留模板原文，采用的多为不含数字的部分（问题、改进措施）；“每五次回答错一次”时，被改坏的回答在重问后得到合格的改写。两种情形下输出中的错误数字都是 0：改坏的回答从不被采用，不合格的部分保留模板原文。',
  ];
  const section = `<!-- bench:llm:start -->\n${lines.join('\n')}\n<!-- bench:llm:end -->`;
  const file = path.join(ROOT, 'bench', 'README.md');
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '# 基准测试\n\n各基准由各自的命令生成，见各节。\n';
  const re = /<!-- bench:llm:start -->[\s\S]*<!-- bench:llm:end -->/u;
  writeFileSync(file, re.test(old) ? old.replace(re, section) : `${old.trimEnd()}\n\n${section}\n`);
  console.log(`写入 ${path.relative(process.cwd(), file)}`);
}

await main();
