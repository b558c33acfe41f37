/**
 * Checker benchmarks. Run with `npm run bench:check`. Not a test gate: the numbers are printed and
 * written to bench/out/check.md (ignored by git); bench/README.md quotes the last run by hand.
 *
 *   (a) mutation: draft both examples, write them as .md and .docx and read them back as a user's
 *       file would be read; change one figure at a time (or swap two) and check the changed text,
 *       once with the data alone and once with the data and the draft's figures sidecar. A mutation
 *       counts as found only by an error finding the clean draft did not have; figures the clean
 *       draft already has an error on are left out; the clean draft's own errors are reported as
 *       false alarms;
 *   (b) the seeds: check each seed without data and list every finding;
 *   (c) speed: figure reading, the rules and the whole check against a regular-expression floor in
 *       the same run, and the `jixiao check` command's cold start against `node -e ''`.
 *
 * BENCH_SEED sets the seed of the digit changes (default below): the same seed, the same mutations.
 * BENCH_PARTS=a,b,c chooses the sections to run (all by default).
 * BENCH_DOCX=1 mutates the drafts read back from .docx too (twice the time; without it they are
 * only checked unchanged, for false alarms).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { FileReport } from '../schemas/check-result.js';
import type { Finding } from '../schemas/finding.js';
import type { FiguresSidecar } from '../schemas/sidecar.js';
import type { ScoreProfile } from '../schemas/profile.js';
import type { Fact } from '../schemas/fact.js';
import { checkReport, draftReport, extractMentions, loadProfile, makeSidecar, readCorpus, readReportFile, readSidecar, writeReport } from '../pipeline/index.js';
import { runRules } from '../pipeline/check/rules/index.js';
import { PACKAGE_ROOT } from '../pipeline/paths.js';
import { ERROR_KINDS, KIND_NAMES, mutateFigure, swapsIn, type Mutation, type MutationKind, type Spot } from './mutations.js';
import { fixed, machineLine, pct, writeResults } from './results.js';
import { rng } from './rng.js';
import { againstFloor, regexFloor } from './timing.js';

const ROOT = PACKAGE_ROOT;
const SEEDS = path.resolve(ROOT, '../shared/seeds');
const EXAMPLES = ['zhuzhou-2024-keji-fund', 'lusong-2023-kegongxin'];
const SEED = process.env['BENCH_SEED'] ?? 'jixiao-bench-1';
/** The .docx drafts are always checked clean; their mutations (as many checks again) only when asked. */
const DOCX_MUTATIONS = process.env['BENCH_DOCX'] === '1';
/** Misses printed on stdout per mode; the results file lists them all. */
const SHOWN_MISSES = 15;
const profile = await loadProfile('national', ROOT);

// ---------------------------------------------------------------------------------------------
// (a) mutations

type ModeId = 'data' | 'sidecar';
const MODES: readonly { id: ModeId; name: string }[] = [
  { id: 'data', name: '只用数据' },
  { id: 'sidecar', name: '数据 + 数字对照表' },
];

/** A draft as the checker meets it: the text read back from the written file, with its figures located. */
interface Source {
  readonly example: string;
  readonly ext: 'md' | 'docx';
  readonly file: string;
  readonly text: string;
  readonly format: 'md' | 'txt';
  readonly facts: readonly Fact[];
  readonly sidecar: FiguresSidecar | undefined;
  /** Figures of the draft with an Arabic digit, found in the read text. */
  readonly spots: readonly Spot[];
  /** Figures the draft has, those without an Arabic digit (两项, 五), and those not found again. */
  readonly figures: number;
  readonly withoutDigits: number;
  readonly lost: number;
}

/**
 * Finds the draft's figures, in order, in the text read back from the file. An occurrence inside a
 * longer number (1次 in 11次) does not count.
 */
function locate(text: string, figures: readonly { text: string }[]): { spots: Spot[]; lost: number } {
  const spots: Spot[] = [];
  let cursor = 0;
  let lost = 0;
  for (const f of figures) {
    let at = text.indexOf(f.text, cursor);
    while (at >= 0 && (/[\d.,]/u.test(text.charAt(at - 1)) || /\d/u.test(text.charAt(at + f.text.length)))) at = text.indexOf(f.text, at + 1);
    if (at < 0) {
      lost += 1;
      continue;
    }
    spots.push({ offset: at, text: f.text });
    cursor = at + f.text.length;
  }
  return { spots, lost };
}

async function sources(dir: string): Promise<Source[]> {
  const out: Source[] = [];
  for (const example of EXAMPLES) {
    const { doc, facts } = await draftReport({ data: path.join(ROOT, 'examples', `${example}.yaml`) });
    for (const ext of ['md', 'docx'] as const) {
      const file = path.join(dir, `${example}.${ext}`);
      await writeReport(doc, file, { facts: facts.facts });
      const { text, format } = await readReportFile(file);
      const digitFigures = doc.figures.filter((f) => /\d/u.test(f.text));
      const { spots, lost } = locate(text, digitFigures);
      out.push({
        example, ext, file, text, format, facts: facts.facts, sidecar: await readSidecar(file, text), spots,
        figures: doc.figures.length, withoutDigits: doc.figures.length - digitFigures.length, lost,
      });
    }
  }
  return out;
}

function check(source: Source, mode: ModeId, text: string): FileReport {
  return checkReport(
    { file: source.file, text, format: source.format, sourceFormat: source.ext },
    { facts: source.facts, sidecar: mode === 'sidecar' ? source.sidecar : undefined, profile },
  );
}

const overlaps = (a: number, b: number, c: number, d: number) => a < d && c < b;

/** Every span a finding points at: its figure and the related ones. */
function spans(f: Finding): [number, number][] {
  return [[f.location.offset, f.location.offset + f.location.length], ...(f.related ?? []).map((r): [number, number] => [r.offset, r.offset + r.length])];
}

/** Findings of the mutated text that the clean text did not have, matched by code, place (mapped back), stated and expected. */
function newFindings(clean: readonly Finding[], after: readonly Finding[], m: Mutation): Finding[] {
  const delta = m.replacement.length - (m.end - m.start);
  const key = (f: Finding, offset: number) => `${f.code}|${offset}|${f.stated}|${f.expected ?? ''}`;
  const left = new Map<string, number>();
  for (const f of clean) left.set(key(f, f.location.offset), (left.get(key(f, f.location.offset)) ?? 0) + 1);
  const out: Finding[] = [];
  for (const f of after) {
    const o = f.location.offset;
    if (o >= m.start && o < m.start + m.replacement.length) {
      out.push(f); // on the changed text: new by definition
      continue;
    }
    const k = key(f, o < m.start ? o : o - delta);
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    else out.push(f);
  }
  return out;
}

interface Tally {
  mutations: number;
  /** Left out: a figure the clean draft already has an error finding on. */
  excluded: number;
  counted: number;
  found: number;
  /** …with a new error on the changed figure itself (the rest are found by a relation elsewhere). */
  foundAt: number;
  /** Not found by an error, but a new warning appeared. */
  warnedOnly: number;
  /** Neither: the changed figure is only listed as not checked (JX_CHECK_UNVERIFIED, info). */
  unverifiedOnly: number;
}

const emptyTally = (): Tally => ({ mutations: 0, excluded: 0, counted: 0, found: 0, foundAt: 0, warnedOnly: 0, unverifiedOnly: 0 });

function add(t: Tally, u: Tally): void {
  for (const k of Object.keys(t) as (keyof Tally)[]) t[k] += u[k];
}

const APPROX = /超|以上|以下|余|多|左右|约|近|不低于|不少于|不超过|达/u;

interface SourceResult {
  readonly source: Source;
  readonly mode: ModeId;
  readonly cleanErrors: readonly Finding[];
  readonly total: Tally;
  readonly byKind: Map<MutationKind, Tally>;
  readonly misses: string[];
  /** The control: exact conversions of scale (of figures the clean draft does not flag), and how many drew a new error. */
  readonly converted: { n: number; flagged: number; examples: string[] };
}

function runMutations(source: Source, mode: ModeId, mutations: readonly Mutation[]): SourceResult {
  const clean = check(source, mode, source.text);
  const cleanErrors = clean.findings.filter((f) => f.severity === 'error');
  const cleanWarnings = clean.findings.filter((f) => f.severity === 'warning');
  const flagged = cleanErrors.flatMap(spans);
  const total = emptyTally();
  const byKind = new Map<MutationKind, Tally>();
  const misses: string[] = [];
  const converted = { n: 0, flagged: 0, examples: [] as string[] };
  for (const m of mutations) {
    const text = source.text.slice(0, m.start) + m.replacement + source.text.slice(m.end);
    const alreadyFlagged = m.figures.some((f) => flagged.some(([s, e]) => overlaps(s, e, f.offset, f.offset + f.text.length)));
    if (m.kind === 'scaleConverted') {
      if (alreadyFlagged) continue;
      const report = check(source, mode, text);
      const added = newFindings(cleanErrors, report.findings.filter((f) => f.severity === 'error'), m);
      converted.n += 1;
      if (added.length > 0) {
        converted.flagged += 1;
        if (converted.examples.length < 5) converted.examples.push(`${m.label}：${added[0]?.message ?? ''}`);
      }
      continue;
    }
    const t = emptyTally();
    t.mutations = 1;
    if (alreadyFlagged) {
      t.excluded = 1;
    } else {
      t.counted = 1;
      const report = check(source, mode, text);
      const added = newFindings(cleanErrors, report.findings.filter((f) => f.severity === 'error'), m);
      const end = m.start + m.replacement.length;
      if (added.length > 0) {
        t.found = 1;
        if (added.some((f) => spans(f).some(([s, e]) => overlaps(s, e, m.start, end)))) t.foundAt = 1;
      } else {
        if (newFindings(cleanWarnings, report.findings.filter((f) => f.severity === 'warning'), m).length > 0) t.warnedOnly = 1;
        else if (report.findings.some((f) => f.code === 'JX_CHECK_UNVERIFIED' && spans(f).some(([s, e]) => overlaps(s, e, m.start, end)))) t.unverifiedOnly = 1;
        const around = text.slice(Math.max(0, m.start - 16), end + 6).replace(/\n/gu, ' ');
        const approx = m.figures.some((f) => APPROX.test(f.text)) ? '，约数' : '';
        misses.push(`${source.example}.${source.ext}：${m.label}（${KIND_NAMES[m.kind]}${approx}）…${around}…`);
      }
    }
    add(total, t);
    const k = byKind.get(m.kind) ?? emptyTally();
    add(k, t);
    byKind.set(m.kind, k);
  }
  return { source, mode, cleanErrors, total, byKind, misses, converted };
}

async function mutationBench(): Promise<{ lines: string[]; misses: Map<ModeId, string[]> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-bench-'));
  const results: SourceResult[] = [];
  try {
    for (const source of await sources(dir)) {
      // The same mutations for both modes: drawn once per draft from the seed.
      const random = rng(`${SEED}|${source.example}|${source.ext}`);
      const mutations = source.ext === 'docx' && !DOCX_MUTATIONS ? [] : [...source.spots.flatMap((s) => mutateFigure(s, random)), ...swapsIn(source.text, source.spots)];
      for (const mode of MODES) {
        const started = performance.now();
        results.push(runMutations(source, mode.id, mutations));
        process.stderr.write(`  ${source.example}.${source.ext} ${mode.name}：${mutations.length} 个变异，${fixed((performance.now() - started) / 1000, 1)} s\n`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const modeName = (id: ModeId) => MODES.find((m) => m.id === id)?.name ?? id;
  const lines: string[] = [
    '## (a) 变异测试：逐个改动草稿中的数字，再核对',
    '',
    `两个示例各起草一份（不带上年报告），写成 .md 和 .docx，再按用户文件的读法读回；在读回的文本里每次改动一处（改一位数字、末位 +1、末位 −1、万元↔亿元数字不变、万元↔亿元换算差十倍，或同句两个同类数字互换），分别“只用数据”（\`check 草稿 --data 数据\`，没有数字对照表）和“数据 + 数字对照表”（草稿旁有起草时写出的 .figures.json）核对。随机种子 \`${SEED}\`（\`BENCH_SEED\` 可改），同一种子得到同样的变异。`,
    '',
    '计数规则：只有出现干净稿上没有的错误级发现，才算检出（按代码、位置、所写数字和应为值比较）；干净稿上已有错误级发现指着的数字（含相关数字）不计入分母，另列“排除”。“在改动处”指新发现指着被改的数字本身（含作为相关数字），其余由他处的关系规则发现；未检出的变异中，“新增警告”指只多了警告级发现，“只列为‘未核对’”指被改的数字只得到“未能对应到数据，未核对”的提示。有数字对照表时，被改动的数字与对照表所记的原文不同，几乎必然报出：这一列说明对照表的作用，不说明核对能从数据本身看出错误；能否从数据看出错误，看“只用数据”一列。',
    '',
    '### 未改动的草稿上的错误级发现（误报）',
    '',
    '| 示例 | 文件 | 只用数据 | 数据 + 数字对照表 |',
    '|---|---|---|---|',
  ];
  const bySource = new Map<string, SourceResult[]>();
  for (const r of results) bySource.set(`${r.source.example}.${r.source.ext}`, [...(bySource.get(`${r.source.example}.${r.source.ext}`) ?? []), r]);
  for (const rs of bySource.values()) {
    const count = (id: ModeId) => rs.find((r) => r.mode === id)?.cleanErrors.length ?? 0;
    lines.push(`| ${rs[0]?.source.example} | .${rs[0]?.source.ext} | ${count('data')} | ${count('sidecar')} |`);
  }
  const alarms = results.filter((r) => r.cleanErrors.length > 0);
  if (alarms.length > 0) {
    lines.push('', '这些发现是：', '');
    for (const r of alarms) {
      for (const f of r.cleanErrors) {
        lines.push(`- ${r.source.example}.${r.source.ext}（${modeName(r.mode)}）${f.location.line}:${f.location.column} [${f.code}] ${f.message}`);
      }
    }
  }

  lines.push(
    '',
    '### 检出（每份草稿、每种方式）',
    '',
    '| 示例 | 文件 | 方式 | 数字（含阿拉伯数字／全部） | 变异 | 排除 | 计入 | 检出 | 检出率 | 其中在改动处 | 未检出：新增警告 | 未检出：只列为“未核对” |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const r of results.filter((x) => x.total.mutations > 0)) {
    const s = r.source;
    const t = r.total;
    lines.push(
      `| ${s.example} | .${s.ext} | ${modeName(r.mode)} | ${s.spots.length}／${s.figures}${s.lost > 0 ? `（${s.lost} 个未找到）` : ''} | ${t.mutations} | ${t.excluded} | ${t.counted} | ${t.found} | **${pct(t.found, t.counted)}** | ${t.foundAt} | ${t.warnedOnly} | ${t.unverifiedOnly} |`,
    );
  }

  if (!DOCX_MUTATIONS) lines.push('', '由 .docx 读回的草稿只核对了未改动的稿（见上表误报）；设 `BENCH_DOCX=1` 时也逐个变异，核对次数加倍。');
  lines.push('', `### 按变异类型（两个示例${DOCX_MUTATIONS ? '、两种文件' : '的 .md '}合计）`, '', '| 类型 | 只用数据：计入 | 检出 | 检出率 | 数据 + 对照表：计入 | 检出 | 检出率 |', '|---|---|---|---|---|---|---|');
  const kindTotal = (id: ModeId, kind: MutationKind) => {
    const t = emptyTally();
    for (const r of results.filter((x) => x.mode === id)) {
      const k = r.byKind.get(kind);
      if (k) add(t, k);
    }
    return t;
  };
  for (const kind of ERROR_KINDS) {
    const a = kindTotal('data', kind);
    const b = kindTotal('sidecar', kind);
    lines.push(`| ${KIND_NAMES[kind]} | ${a.counted} | ${a.found} | ${pct(a.found, a.counted)} | ${b.counted} | ${b.found} | ${pct(b.found, b.counted)} |`);
  }
  const all = (id: ModeId) => {
    const t = emptyTally();
    for (const r of results.filter((x) => x.mode === id)) add(t, r.total);
    return t;
  };
  const [ad, as] = [all('data'), all('sidecar')];
  lines.push(`| 合计 | ${ad.counted} | ${ad.found} | **${pct(ad.found, ad.counted)}** | ${as.counted} | ${as.found} | **${pct(as.found, as.counted)}** |`);

  lines.push('', '### 对照：换算正确的万元↔亿元（不是错误，报错即误报）', '', '| 方式 | 改写 | 被报错 |', '|---|---|---|');
  for (const mode of MODES) {
    const rs = results.filter((r) => r.mode === mode.id);
    const n = rs.reduce((s, r) => s + r.converted.n, 0);
    const flagged = rs.reduce((s, r) => s + r.converted.flagged, 0);
    lines.push(`| ${mode.name} | ${n} | ${flagged}（${pct(flagged, n)}） |`);
  }
  const convertedExamples = results.flatMap((r) => r.converted.examples.map((e) => `${r.source.example}.${r.source.ext}（${modeName(r.mode)}）${e}`));
  if (convertedExamples.length > 0) lines.push('', '例：', '', ...convertedExamples.slice(0, 6).map((e) => `- ${e}`));

  const misses = new Map<ModeId, string[]>(MODES.map((m) => [m.id, results.filter((r) => r.mode === m.id).flatMap((r) => r.misses)]));
  return { lines, misses };
}

function missLines(misses: Map<ModeId, string[]>, limit: number | undefined, file: string): string[] {
  const lines: string[] = [];
  if (misses.size === 0) return lines;
  for (const mode of MODES) {
    const list = misses.get(mode.id) ?? [];
    const shown = limit === undefined ? list : list.slice(0, limit);
    lines.push('', `### 未检出的变异：${mode.name}（${list.length}${shown.length < list.length ? `，列出前 ${shown.length} 个，全部见 ${file}` : ''}）`, '');
    for (const m of shown) lines.push(`- ${m}`);
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// (b) the seeds, without data

async function seedBench(): Promise<string[]> {
  const lines: string[] = ['## (b) 原始报告：不带数据核对，列出全部发现', ''];
  if (!existsSync(SEEDS)) return [...lines, `（${SEEDS} 不存在，这一节没有运行）`];
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

// ---------------------------------------------------------------------------------------------
// (c) speed, as ratios to a floor measured in the same run

function ruleContext(text: string, p: ScoreProfile) {
  return { file: 'x', text, tree: readCorpus(text, { file: 'x' }), mentions: extractMentions(text), profile: p };
}

async function speedBench(): Promise<string[]> {
  const lines: string[] = ['## (c) 速度（同一次运行中与基线相比）', ''];
  // The largest seed by characters, else the project's own prior-year report.
  const candidates = existsSync(SEEDS)
    ? ['zhuzhou-2024-keji-fund-project.md', 'lusong-2023-kegongxin-department.txt', 'zhuzhou-2022-kejiju-department.txt'].map((f) => path.join(SEEDS, f))
    : [path.join(ROOT, 'corpus/lusong-2022-kegongxin.md')];
  const largest = candidates.map((f) => ({ f, n: readFileSync(f, 'utf8').length })).sort((a, b) => b.n - a.n)[0]?.f ?? '';
  const source = readFileSync(largest, 'utf8');
  const format = largest.endsWith('.md') ? 'md' : 'txt';
  // About 50 pages: a page of an official document holds some 700 characters.
  let fifty = '';
  while (fifty.length < 50 * 700) fifty += `${source}\n`;
  lines.push(
    '基线是同一段文本上的一遍 `/\\d+/g`（读完文本的下限）。每项与基线交替计时 11 轮，倍数取每轮“耗时 ÷ 紧挨着测的基线”的中位数，机器忙闲变化时两者一起变。“规则”只计不带数据的规则（数字已读出、章节已分好）。',
    '',
    '| 文本 | 字符 | 基线 | 数字提取 | 倍数 | 规则 | 倍数 | 完整核对（无数据） | 倍数 |',
    '|---|---|---|---|---|---|---|---|---|',
  );
  const whole: number[] = [];
  for (const [name, text] of [['最大的原始报告', source], ['约 50 页（重复拼接）', fifty]] as const) {
    const ctx = ruleContext(text, profile);
    const t = againstFloor(() => regexFloor(text), [
      () => extractMentions(text),
      () => runRules(ctx),
      () => checkReport({ file: 'x', text, format }, { profile }),
    ]);
    whole.push(t.ms[2] ?? 0);
    const cells = t.ms.map((m, i) => `${fixed(m, 2)} ms | ${fixed(t.ratio[i] ?? 0, 0)}×`).join(' | ');
    lines.push(`| ${name}（${path.basename(largest)}） | ${text.length} | ${fixed(t.floorMs, 3)} ms | ${cells} |`);
  }
  const [one = 0, many = 0] = whole;
  lines.push('', `文本长 ${fixed(fifty.length / source.length, 1)} 倍，完整核对耗时 ${fixed(many / one, 1)} 倍（线性时两者相近）。`);

  // With data the checker binds every figure to a fact: the cost the mutation bench pays per check.
  lines.push(
    '',
    '工具起草的稿，带数据核对（基线同上）：',
    '',
    '| 草稿 | 字符 | 基线 | 无数据 | 倍数 | 只用数据 | 倍数 | 数据 + 数字对照表 | 倍数 |',
    '|---|---|---|---|---|---|---|---|---|',
  );
  for (const example of EXAMPLES) {
    const { doc, facts } = await draftReport({ data: path.join(ROOT, 'examples', `${example}.yaml`) });
    const text = doc.markdown;
    const sidecar = makeSidecar(text, doc.figures, facts.facts);
    const input = { file: 'x.md', text, format: 'md' } as const;
    const t = againstFloor(() => regexFloor(text), [
      () => checkReport(input, { profile }),
      () => checkReport(input, { facts: facts.facts, profile }),
      () => checkReport(input, { facts: facts.facts, sidecar, profile }),
    ]);
    const cells = t.ms.map((m, i) => `${fixed(m, 2)} ms | ${fixed(t.ratio[i] ?? 0, 0)}×`).join(' | ');
    lines.push(`| ${example} | ${text.length} | ${fixed(t.floorMs, 3)} ms | ${cells} |`);
  }

  // Cold start, alternating the bare node start and the command, like the floors above.
  const run = (args: string[]) => () => spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
  const cold = againstFloor(run(['-e', '']), [run([path.join(ROOT, 'bin/jixiao.js'), 'check', largest])], 9);
  lines.push(
    '',
    `冷启动：\`jixiao check ${path.basename(largest)}\` 中位数 ${fixed(cold.ms[0] ?? 0, 0)} ms，\`node -e ''\` ${fixed(cold.floorMs, 0)} ms，倍数 ${fixed(cold.ratio[0] ?? 0, 2)}×（交替运行 9 轮，取每轮之比的中位数）。`,
  );
  return lines;
}

// ---------------------------------------------------------------------------------------------

const RESULT_FILE = 'check.md';
const head = [
  '# 核对（check）基准',
  '',
  '命令：`npm run bench:check`（编译后运行 `node dist/bench/check.js`）。不是测试门槛；速度只报与同一次运行中基线之比。',
  '',
  machineLine(),
  '',
];
const parts = new Set((process.env['BENCH_PARTS'] ?? 'a,b,c').split(','));
process.stderr.write('(a) 变异测试…\n');
const mutation = parts.has('a') ? await mutationBench() : { lines: ['## (a) 变异测试：本次未运行（BENCH_PARTS）'], misses: new Map<ModeId, string[]>() };
process.stderr.write('(b) 原始报告…\n');
const seeds = parts.has('b') ? await seedBench() : ['## (b) 原始报告：本次未运行（BENCH_PARTS）'];
process.stderr.write('(c) 速度…\n');
const speed = parts.has('c') ? await speedBench() : ['## (c) 速度：本次未运行（BENCH_PARTS）'];
const rest = ['', ...seeds, '', ...speed];
const written = writeResults(RESULT_FILE, [...head, ...mutation.lines, ...missLines(mutation.misses, undefined, ''), '', ...rest].join('\n'));
console.log([...head, ...mutation.lines, ...missLines(mutation.misses, SHOWN_MISSES, written), '', ...rest, '', `结果已写入 ${written}`].join('\n'));
