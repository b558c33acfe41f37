/**
 * Reliability benchmarks (issue 15). Run with `npm run bench:reliability`; results are printed and
 * written to bench/out/reliability.md (bench/README.md quotes the last run by hand). Not a test gate
 * (the catalogue in test/reliability/ is).
 *
 *   (a) fuzz: 2,000 reports mangled as files get mangled (bytes flipped, spans cut or doubled,
 *       lines shuffled, figures and markers sprinkled, encodings mixed) are read and checked in
 *       process: no exception but an input error, every result valid against the schema; 200 of
 *       them through `jixiao check --format json`: exit 0, 1 or 2, valid JSON, no stack trace.
 *   (b) memory: peak resident memory of each command on inputs at the size limits, against the
 *       bound of 10× the input size + 150 MB, and of the refusal of 50 MB and 20 MB inputs.
 */
import { spawnSync } from 'node:child_process';
import { strToU8, zipSync } from 'fflate';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CheckResult, FileReport } from '../schemas/check-result.js';
import { checkReport } from '../pipeline/check/index.js';
import { InputError } from '../pipeline/errors.js';
import { draftReport } from '../pipeline/jobs/draft.js';
import { DEFAULT_LIMITS, formatBytes } from '../pipeline/limits.js';
import { loadProfile } from '../pipeline/load/index.js';
import { PACKAGE_ROOT } from '../pipeline/paths.js';
import { decodeBytes } from '../pipeline/read/index.js';
import { looksLikeMarkdown } from '../pipeline/text/markdown.js';
import { machineLine, writeResults } from './results.js';
import { pick as pickBelow, rng } from './rng.js';

const ROOT = PACKAGE_ROOT;
const SEEDS = path.resolve(ROOT, '../shared/seeds');
const CLI = path.join(ROOT, 'bin/jixiao.js');
const MAX_RSS = path.join(ROOT, 'test/support/max-rss.mjs');
const MB = 1024 * 1024;
const profile = await loadProfile('national', ROOT);

// ---------------------------------------------------------------------------------------------
// (a) fuzz

const SPRINKLES = ['1,864.05万元', '3600万元', '99.91%', '百分之五', '超2000家', '近900万元', '（一）', '1.', '①', '|', '| --- |', '#', '## ', '\t', '〔待核：', '〔待补：', '。', '，', '\r', '\u0000', '\ufffd', '😀', '\u0301', '附件3', '第35位', '2024年', '株财函〔2024〕24号', '-', '--', '0.', '.5', '1e9', '9'.repeat(40)];

function mangle(source: Buffer, random: () => number): Buffer {
  let b = Buffer.from(source);
  const pick = (n: number) => pickBelow(random, n);
  const steps = 1 + pick(5);
  for (let s = 0; s < steps; s++) {
    const at = pick(Math.max(1, b.length));
    switch (pick(9)) {
      case 0: // flip bytes
        for (let k = 0; k < 1 + pick(8) && b.length > 0; k++) b[pick(b.length)] = pick(256);
        break;
      case 1: // cut a span
        b = Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + pick(2000)))]);
        break;
      case 2: // double a span
        b = Buffer.concat([b.subarray(0, at), b.subarray(at, at + pick(3000)), b.subarray(at)]);
        break;
      case 3: // sprinkle figures and markers
        for (let k = 0; k < 1 + pick(20); k++) {
          const p = pick(Math.max(1, b.length));
          b = Buffer.concat([b.subarray(0, p), Buffer.from(SPRINKLES[pick(SPRINKLES.length)] ?? ''), b.subarray(p)]);
        }
        break;
      case 4: // truncate
        b = b.subarray(0, at);
        break;
      case 5: {
        // shuffle lines
        const lines = b.toString('utf8').split('\n');
        for (let k = lines.length - 1; k > 0; k--) {
          const j = pick(k + 1);
          [lines[k], lines[j]] = [lines[j] ?? '', lines[k] ?? ''];
        }
        b = Buffer.from(lines.join('\n'));
        break;
      }
      case 6: // a very long line of digits and separators
        b = Buffer.concat([b.subarray(0, at), Buffer.from(Array.from({ length: 2000 + pick(8000) }, () => '0123456789,.%万'[pick(14)]).join('')), b.subarray(at)]);
        break;
      case 7: {
        // a part saved as GBK
        const text = b.toString('utf8');
        const gbk = spawnSync('python3', ['-c', 'import sys; sys.stdout.buffer.write(sys.stdin.buffer.read().decode("utf-8","replace").encode("gb18030","replace"))'], { input: Buffer.from(text.slice(at % Math.max(1, text.length))) });
        if (gbk.status === 0) b = Buffer.concat([Buffer.from(text.slice(0, at % Math.max(1, text.length))), gbk.stdout]);
        break;
      }
      default: // nested brackets, pipes and stars
        b = Buffer.concat([b.subarray(0, at), Buffer.from('（'.repeat(pick(500)) + '|'.repeat(pick(200)) + '*'.repeat(pick(200))), b.subarray(at)]);
    }
  }
  return b;
}

async function sources(): Promise<{ name: string; bytes: Buffer }[]> {
  const out: { name: string; bytes: Buffer }[] = [];
  for (const ex of ['zhuzhou-2024-keji-fund', 'lusong-2023-kegongxin']) {
    const { doc } = await draftReport({ data: path.join(ROOT, 'examples', `${ex}.yaml`) });
    out.push({ name: `${ex}.md`, bytes: Buffer.from(doc.markdown) });
  }
  const seeds = existsSync(SEEDS) ? ['zhuzhou-2024-keji-fund-project.md', 'lusong-2023-kegongxin-department.txt', 'zhuzhou-2022-kejiju-department.txt'].map((f) => path.join(SEEDS, f)) : [];
  for (const f of [...seeds, path.join(ROOT, 'corpus/lusong-2022-kegongxin.md'), path.join(ROOT, 'corpus/zhuzhou-2023-keji-fund.md')]) {
    if (existsSync(f)) out.push({ name: path.basename(f), bytes: readFileSync(f) });
  }
  return out;
}

interface FuzzOutcome {
  readonly cases: number;
  readonly checked: number;
  readonly refused: Map<string, number>;
  readonly crashes: string[];
  readonly invalid: number;
  readonly slowestMs: number;
  readonly medianMs: number;
}

function fuzzInProcess(all: { name: string; bytes: Buffer }[], cases: number): { outcome: FuzzOutcome; samples: Buffer[] } {
  const random = rng(process.env.BENCH_SEED ?? 'jixiao-reliability-1');
  const refused = new Map<string, number>();
  const crashes: string[] = [];
  const times: number[] = [];
  const samples: Buffer[] = [];
  let checked = 0;
  let invalid = 0;
  for (let i = 0; i < cases; i++) {
    const src = all[i % all.length];
    if (src === undefined) continue;
    const bytes = mangle(src.bytes, random);
    if (i % 10 === 0) samples.push(bytes);
    const t = performance.now();
    try {
      const { text } = decodeBytes(bytes, `fuzz-${i}.md`);
      if (text.trim() === '') {
        refused.set('JX_READ_EMPTY', (refused.get('JX_READ_EMPTY') ?? 0) + 1);
        continue;
      }
      const format = src.name.endsWith('.txt') && !looksLikeMarkdown(text) ? 'txt' : 'md';
      const report = checkReport({ file: `fuzz-${i}.${format}`, text, format }, { profile });
      if (!FileReport.safeParse(report).success) invalid++;
      checked++;
    } catch (err) {
      if (err instanceof InputError) {
        const code = err.diagnostics[0]?.code ?? 'InputError';
        refused.set(code, (refused.get(code) ?? 0) + 1);
      } else crashes.push(`#${i}（${src.name}）：${err instanceof Error ? `${err.name}: ${err.message.split('\n')[0]}` : String(err)}`);
    } finally {
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  return {
    outcome: { cases, checked, refused, crashes, invalid, slowestMs: times[times.length - 1] ?? 0, medianMs: times[Math.floor(times.length / 2)] ?? 0 },
    samples,
  };
}

function fuzzCli(samples: readonly Buffer[]): { runs: number; exits: Map<number, number>; badJson: number; traces: number; slowestMs: number; failures: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-fuzz-'));
  const exits = new Map<number, number>();
  const failures: string[] = [];
  let badJson = 0;
  let traces = 0;
  let slowestMs = 0;
  samples.forEach((bytes, i) => {
    const file = path.join(dir, `case-${i}.md`);
    writeFileSync(file, bytes);
    const t = performance.now();
    const run = spawnSync(process.execPath, [CLI, 'check', file, '--format', 'json'], { encoding: 'utf8', timeout: 60_000, maxBuffer: 256 * MB, env: { ...process.env, NO_COLOR: '1' } });
    slowestMs = Math.max(slowestMs, performance.now() - t);
    const code = run.status ?? -1;
    exits.set(code, (exits.get(code) ?? 0) + 1);
    if (/\n\s+at .+:\d+:\d+|JX_INTERNAL/.test(`${run.stdout}${run.stderr}`)) traces++;
    let bad = false;
    if (code === 0 || code === 1) {
      try {
        bad = !CheckResult.safeParse(JSON.parse(run.stdout)).success;
      } catch {
        bad = true;
      }
    } else bad = code !== 2 || !/\[JX_[A-Z_]+\]/.test(run.stderr);
    if (bad) {
      badJson++;
      if (process.env.JIXIAO_FUZZ_KEEP) writeFileSync(path.join(process.env.JIXIAO_FUZZ_KEEP, `case-${i}.md`), bytes);
      failures.push(`例 ${i}：退出码 ${code}，${(run.stderr.split('\n')[0] ?? '').slice(0, 160)}`);
    }
  });
  rmSync(dir, { recursive: true, force: true });
  return { runs: samples.length, exits, badJson, traces, slowestMs, failures };
}

// ---------------------------------------------------------------------------------------------
// (b) memory

function peak(args: readonly string[], cwd: string): { code: number | null; peakBytes: number; stderr: string } {
  const report = path.join(cwd, '.rss');
  const run = spawnSync(process.execPath, ['--import', MAX_RSS, CLI, ...args], {
    cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', JIXIAO_MAX_RSS_FILE: report }, timeout: 600_000,
  });
  const peakBytes = existsSync(report) ? Number(readFileSync(report, 'utf8')) * 1024 : Number.NaN;
  rmSync(report, { force: true });
  return { code: run.status, peakBytes, stderr: run.stderr };
}

/** The project example with its indicators repeated until the file is just under `bytes`. */
function dataOfSize(bytes: number): string {
  const d = readFileSync(path.join(ROOT, 'examples/zhuzhou-2024-keji-fund.yaml'), 'utf8');
  const i = d.indexOf('indicators:\n') + 'indicators:\n'.length;
  const j = d.indexOf('\n', d.indexOf('score:', i)) + 1;
  const block = d.slice(i, j);
  let n = 0;
  while (Buffer.byteLength(d.slice(0, i) + block.repeat(n + 1) + d.slice(i)) < bytes) n++;
  return d.slice(0, i) + block.repeat(n) + d.slice(i);
}

/** A .docx whose document.xml is about `bytes` long: the report's lines, one paragraph each, repeated. */
function wordOfXml(bytes: number, text: string): Uint8Array {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = text.split('\n').filter((l) => l.trim() !== '').map((l) => `<w:p><w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`).join('');
  const xml = `<w:document xmlns:w="${W}"><w:body>${body.repeat(Math.ceil(bytes / Buffer.byteLength(body)))}</w:body></w:document>`;
  return zipSync({ 'word/document.xml': strToU8(xml) });
}

function memoryRows(): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-mem-'));
  const rows: string[] = ['| 命令与输入 | 输入合计 | 峰值内存 | 上限（10× 输入 + 150 MB） | 结果 |', '|---|---|---|---|---|'];
  const size = (...files: string[]) => files.reduce((n, f) => n + (existsSync(path.join(dir, f)) ? statSync(path.join(dir, f)).size : 0), 0);
  const row = (what: string, args: string[], inputs: string[], refused = false) => {
    const r = peak(args, dir);
    const input = size(...inputs);
    const bound = 10 * input + 150 * MB;
    const ok = r.peakBytes <= bound && (refused ? r.code === 2 : r.code === 0 || r.code === 1);
    rows.push(`| ${what} | ${formatBytes(input)} | ${formatBytes(r.peakBytes)} | ${formatBytes(bound)} | ${ok ? '✓' : '✗'}${refused ? `（拒绝，退出码 ${r.code}）` : `（退出码 ${r.code}）`} |`);
  };
  const seed = existsSync(SEEDS) ? readFileSync(path.join(SEEDS, 'zhuzhou-2024-keji-fund-project.md'), 'utf8') : readFileSync(path.join(ROOT, 'corpus/zhuzhou-2023-keji-fund.md'), 'utf8');
  writeFileSync(path.join(dir, 'data.yaml'), dataOfSize(DEFAULT_LIMITS.dataFileBytes));
  writeFileSync(path.join(dir, 'report.md'), seed.repeat(Math.floor(DEFAULT_LIMITS.reportTextBytes / Buffer.byteLength(seed))));
  row(`draft：数据文件在上限（${formatBytes(DEFAULT_LIMITS.dataFileBytes)}，全是指标）`, ['draft', 'data.yaml', '-o', 'draft.md'], ['data.yaml']);
  row('check --data：上面的草稿、它的数字对照表与数据', ['check', 'draft.md', '--data', 'data.yaml'], ['draft.md', 'draft.figures.json', 'data.yaml']);
  row(`check：报告文字在上限（${formatBytes(DEFAULT_LIMITS.reportTextBytes)}）`, ['check', 'report.md'], ['report.md']);
  row('draft --prior：上年报告在上限', ['draft', path.join(ROOT, 'examples/zhuzhou-2024-keji-fund.yaml'), '--prior', 'report.md', '-o', 'prior-draft.md'], ['report.md']);
  writeFileSync(path.join(dir, 'huge.yaml'), dataOfSize(1024 * 1024).repeat(50));
  writeFileSync(path.join(dir, 'huge.md'), seed.repeat(Math.ceil((20 * MB) / Buffer.byteLength(seed))));
  row('draft：50 MB 数据文件', ['draft', 'huge.yaml', '-o', 'h.md'], ['huge.yaml'], true);
  row('check：20 MB 报告', ['check', 'huge.md'], ['huge.md'], true);
  row('draft --prior：20 MB 上年报告', ['draft', path.join(ROOT, 'examples/zhuzhou-2024-keji-fund.yaml'), '--prior', 'huge.md', '-o', 'h2.md'], ['huge.md'], true);
  // A Word file is small on disk and large inside: 20 MB of body XML zips to about 1 MB.
  writeFileSync(path.join(dir, 'huge.docx'), wordOfXml(20 * MB, seed));
  row('check：Word 报告，正文 XML 20 MB（压缩包小）', ['check', 'huge.docx'], ['huge.docx'], true);
  rmSync(dir, { recursive: true, force: true });
  return rows;
}

// ---------------------------------------------------------------------------------------------

const CASES = Number(process.env.JIXIAO_FUZZ_CASES ?? 2000);
const all = await sources();
const t0 = performance.now();
const { outcome, samples } = fuzzInProcess(all, CASES);
const fuzzMs = performance.now() - t0;
const cli = fuzzCli(samples);
const memory = memoryRows();

const refusedText = [...outcome.refused].map(([c, n]) => `${c} ${n}`).join('，') || '无';
const exitsText = [...cli.exits].sort((a, b) => a[0] - b[0]).map(([c, n]) => `退出码 ${c}：${n}`).join('，');
const body = [
  '# 可靠性基准（模糊测试与内存上限）',
  '',
  '命令：`npm run bench:reliability`（编译后运行 `node dist/bench/reliability.js`；种子 `BENCH_SEED`，缺省 `jixiao-reliability-1`）。不是测试门槛：门槛是 test/reliability/ 中的用例目录。',
  '',
  machineLine(),
  '',
  '## (a) 模糊测试：被损坏的报告',
  '',
  `来源 ${all.length} 份（两份示例草稿、原始报告、项目自带的上年报告），每例随机做 1–5 种损坏：改字节、删一段、重复一段、撒入数字与标记、截断、打乱行、插入超长数字行、后半段存成 GBK、嵌套括号。`,
  '',
  `- 进程内 ${outcome.cases} 例：读出并核对 ${outcome.checked} 例，按输入错误拒绝 ${outcome.cases - outcome.checked - outcome.crashes.length} 例（${refusedText}）；**异常 ${outcome.crashes.length} 例**；结果不符合模式 ${outcome.invalid} 例。每例用时中位数 ${outcome.medianMs.toFixed(1)} ms，最长 ${outcome.slowestMs.toFixed(0)} ms，合计 ${(fuzzMs / 1000).toFixed(1)} s。`,
  ...outcome.crashes.slice(0, 10).map((c) => `  - ${c}`),
  `- 命令行 ${cli.runs} 例（\`jixiao check --format json\`，每 10 例取 1）：${exitsText}；**JSON 无效或无错误代码 ${cli.badJson} 例，堆栈 ${cli.traces} 例**；最长 ${(cli.slowestMs / 1000).toFixed(1)} s。`,
  '',
  ...cli.failures.slice(0, 10).map((f) => `  - ${f}`),
  '',
  '## (b) 内存：上限处的输入与超限的拒绝',
  '',
  '峰值内存由被测进程自己在退出时读出（/proc/self/status 的 VmHWM）。',
  '',
  ...memory,
].join('\n');
console.log(body);
console.log(`\n已写出 ${writeResults('reliability.md', body)}`);
