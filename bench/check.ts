/**
 * Checker benchmarks (issue: the checker). Run with `npm run bench:check`; results go to
 * bench/README.md. Not a test gate: numbers are measured against baselines in the same run.
 *
 *   (a) mutation: draft both examples, change one figure at a time, check with the data;
 *   (b) the seeds: check each seed without data and list every finding;
 *   (c) speed: mention extraction and the whole check against a regular-expression floor, and
 *       the `jixiao check` command's cold start against `node -e ''`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Finding } from '../schemas/finding.js';
import type { FigureRef } from '../schemas/rendered.js';
import { checkReport } from '../pipeline/check/index.js';
import { extractMentions } from '../pipeline/mentions/index.js';
import { draftReport } from '../pipeline/jobs/draft.js';
import { loadProfile } from '../pipeline/load/index.js';
import { PACKAGE_ROOT } from '../pipeline/paths.js';
import { readReportFile } from '../pipeline/read/index.js';
import { makeSidecar } from '../pipeline/write/index.js';
import { replaceSection } from './readme.js';

const ROOT = PACKAGE_ROOT;
const SEEDS = path.resolve(ROOT, '../shared/seeds');
const EXAMPLES = ['zhuzhou-2024-keji-fund', 'lusong-2023-kegongxin'];
const profile = await loadProfile('national', ROOT);

type Mutation = { kind: string; text: string };

/** The ways a writer mistypes a figure: a digit, the last shown digit ±1, the scale, a rate. */
function mutations(figure: string): Mutation[] {
  const out: Mutation[] = [];
  const digits = [...figure.matchAll(/\d/g)];
  const first = digits[0];
  if (first) {
    const d = Number(first[0]);
    out.push({ kind: '改一位数字', text: figure.slice(0, first.index) + String(d === 9 ? 8 : d + 1) + figure.slice(first.index + 1) });
  }
  const last = digits[digits.length - 1];
  if (last) {
    const d = Number(last[0]);
    const bumped = d === 9 ? 8 : d + 1;
    out.push({ kind: '末位±1', text: figure.slice(0, last.index) + String(bumped) + figure.slice(last.index + 1) });
  }
  if (figure.endsWith('万元')) out.push({ kind: '万元↔亿元', text: `${figure.slice(0, -2)}亿元` });
  else if (figure.endsWith('亿元')) out.push({ kind: '万元↔亿元', text: `${figure.slice(0, -2)}万元` });
  if (figure.endsWith('%')) {
    const m = /(\d+(?:\.\d+)?)%$/.exec(figure);
    if (m?.[1]) {
      const v = Number(m[1]);
      const decimals = m[1].split('.')[1]?.length ?? 0;
      out.push({ kind: '比率', text: `${figure.slice(0, m.index)}${(v + (v >= 50 ? -5 : 5)).toFixed(decimals)}%` });
    }
  }
  return out.filter((m) => m.text !== figure);
}

function hits(findings: readonly Finding[], start: number, end: number): boolean {
  return findings.some((f) => f.severity === 'error' && f.location.offset < end && f.location.offset + f.location.length > start);
}

async function mutationBench(): Promise<string[]> {
  const lines: string[] = ['## (a) 变异测试：逐个改动草稿中的数字，再用数据核对', ''];
  lines.push('| 示例 | 数字 | 变异 | 检出（带数字对照表） | 检出（只用数据） | 未改动草稿的误报（错误级） |', '|---|---|---|---|---|---|');
  const byKind = new Map<string, [number, number]>();
  const missed: string[] = [];
  for (const name of EXAMPLES) {
    const data = path.join(ROOT, 'examples', `${name}.yaml`);
    const { doc, facts } = await draftReport({ data });
    const sidecar = makeSidecar(doc.markdown, doc.figures, facts.facts);
    const clean = checkReport({ file: name, text: doc.markdown, format: 'md' }, { facts: facts.facts, sidecar, profile });
    const falseAlarms = clean.findings.filter((f) => f.severity === 'error').length;
    let total = 0;
    let foundWith = 0;
    let foundWithout = 0;
    const figures: FigureRef[] = doc.figures.filter((f) => /\d/.test(f.text));
    for (const fig of figures) {
      for (const mut of mutations(fig.text)) {
        const text = doc.markdown.slice(0, fig.offset) + mut.text + doc.markdown.slice(fig.offset + fig.length);
        const end = fig.offset + mut.text.length;
        const withSidecar = checkReport({ file: name, text, format: 'md' }, { facts: facts.facts, sidecar, profile });
        const dataOnly = checkReport({ file: name, text, format: 'md' }, { facts: facts.facts, profile });
        total += 1;
        const a = hits(withSidecar.findings, fig.offset, end);
        const b = hits(dataOnly.findings, fig.offset, end);
        if (a) foundWith += 1;
        else missed.push(`${name}: ${fig.text} → ${mut.text}（${mut.kind}，${fig.factId}）：…${text.slice(Math.max(0, fig.offset - 20), end + 10).replace(/\n/g, ' ')}…`);
        if (b) foundWithout += 1;
        const k = byKind.get(mut.kind) ?? [0, 0];
        byKind.set(mut.kind, [k[0] + 1, k[1] + (a ? 1 : 0)]);
      }
    }
    lines.push(`| ${name} | ${figures.length} | ${total} | ${foundWith}（${((foundWith / total) * 100).toFixed(2)}%） | ${foundWithout}（${((foundWithout / total) * 100).toFixed(2)}%） | ${falseAlarms} |`);
  }
  lines.push('', '按变异类型（带数字对照表）：', '', '| 类型 | 变异 | 检出 |', '|---|---|---|');
  for (const [kind, [n, found]] of byKind) lines.push(`| ${kind} | ${n} | ${found}（${((found / n) * 100).toFixed(2)}%） |`);
  lines.push('', `未检出的变异（${missed.length}）：`, '');
  for (const m of missed.slice(0, 40)) lines.push(`- ${m}`);
  return lines;
}

async function seedBench(): Promise<string[]> {
  const lines: string[] = ['## (b) 原始报告：不带数据核对，列出全部发现', ''];
  if (!existsSync(SEEDS)) return [...lines, '（../shared/seeds 不存在，跳过）'];
  for (const seed of ['zhuzhou-2024-keji-fund-project.md', 'zhuzhou-2022-kejiju-department.txt', 'lusong-2023-kegongxin-department.txt']) {
    const file = path.join(SEEDS, seed);
    const { text, format } = await readReportFile(file);
    const report = checkReport({ file: seed, text, format }, { profile });
    lines.push(`### ${seed}`, '', `数字 ${report.coverage.figures} 处，发现 ${report.findings.length} 条：`, '');
    for (const f of report.findings) lines.push(`- ${f.location.line}:${f.location.column} ${f.severity} [${f.code}] ${f.message}`);
    lines.push('');
  }
  return lines;
}

function timeIt(fn: () => unknown, minMs = 300): number {
  // Warm up first: the first runs measure the JIT, not the code.
  const warm = performance.now();
  while (performance.now() - warm < 500) fn();
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    fn();
    runs += 1;
  }
  return (performance.now() - start) / runs;
}

async function speedBench(): Promise<string[]> {
  const lines: string[] = ['## (c) 速度（同一次运行中与基线相比）', ''];
  // The largest seed by characters (the Markdown one), else the project's own prior-year report.
  const candidates = existsSync(SEEDS) ? ['zhuzhou-2024-keji-fund-project.md', 'lusong-2023-kegongxin-department.txt', 'zhuzhou-2022-kejiju-department.txt'].map((f) => path.join(SEEDS, f)) : [path.join(ROOT, 'corpus/lusong-2022-kegongxin.md')];
  const largest = candidates.map((f) => ({ f, n: readFileSync(f, 'utf8').length })).sort((a, b) => b.n - a.n)[0]?.f ?? '';
  const source = readFileSync(largest, 'utf8');
  const format = largest.endsWith('.md') ? 'md' : 'txt';
  // About 50 pages: a page of an official document holds some 700 characters.
  let fifty = '';
  while (fifty.length < 50 * 700) fifty += `${source}\n`;
  lines.push('| 文本 | 字符 | 正则下限（/\\d+/g 一遍） | 数字提取 | 倍数 | 完整核对（无数据） | 倍数 |', '|---|---|---|---|---|---|---|');
  for (const [name, text] of [['最大的原始报告', source], ['约 50 页（重复拼接）', fifty]] as const) {
    const floor = timeIt(() => {
      let n = 0;
      for (const _ of text.matchAll(/\d+/g)) n += 1;
      return n;
    });
    const extract = timeIt(() => extractMentions(text));
    const whole = timeIt(() => checkReport({ file: 'x', text, format }, { profile }), 500);
    lines.push(`| ${name}（${path.basename(largest)}） | ${text.length} | ${floor.toFixed(3)} ms | ${extract.toFixed(2)} ms | ${(extract / floor).toFixed(1)}× | ${whole.toFixed(2)} ms | ${(whole / floor).toFixed(1)}× |`);
  }
  const seedFile = largest;
  const median = (args: string[]): number => {
    const times: number[] = [];
    for (let i = 0; i < 9; i += 1) {
      const t = performance.now();
      spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
      times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b)[4] ?? 0;
  };
  const bare = median(['-e', '']);
  const cli = median([path.join(ROOT, 'bin/jixiao.js'), 'check', seedFile]);
  lines.push('', `冷启动：\`jixiao check ${path.basename(seedFile)}\` 中位数 ${cli.toFixed(0)} ms，\`node -e ''\` ${bare.toFixed(0)} ms，倍数 ${(cli / bare).toFixed(2)}×。`);
  return lines;
}

const sections = [...(await mutationBench()), '', ...(await seedBench()), '', ...(await speedBench())];
const body = [
  '# 核对（check）基准', '',
  '命令：`npm run bench:check`（编译后运行 `node dist/bench/check.js`）。不是测试门槛；所有倍数都与同一次运行中的基线相比。', '',
  `机器：${process.platform} ${process.arch}，Node ${process.version}，${new Date().toISOString().slice(0, 10)}。`, '',
  ...sections,
].join('\n');
replaceSection(path.join(ROOT, 'bench/README.md'), 'check', body);
console.log(body);
