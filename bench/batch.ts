/**
 * The batch benchmark (issue 14): run with `npm run bench:batch`. Not a test gate: the numbers are
 * printed and written to bench/out/batch.md; bench/README.md quotes the last run by hand. Every
 * figure is a ratio to something measured in the same run:
 *
 *   (a) `jixiao check DIR` on 1, 10, 100 and 1000 report variants (bench/corpus.ts), alternating:
 *       confined to one core (taskset), --jobs 1 on any core, and --jobs <cores>; files per second,
 *       the speed-ups, CPU and peak RSS (GNU time);
 *   (b) cold start of `check` on a small .md and .txt, and `draft -o .docx`, against `node -e ''`;
 *   (c) figure extraction and the whole check against a bare regular-expression pass over the same
 *       text, on every shipped report and seed.
 *
 * BENCH_BATCH_SIZES=1,10,100 chooses the sizes (default 1,10,100,1000); BENCH_BATCH_ROUNDS the
 * rounds of each (default 3; the 1000-file runs once). BENCH_BATCH_PARTS=a,b runs only those
 * sections (default a,b,c). BENCH_BATCH_CLOCK=cpu times section (c) in the main thread's CPU time
 * instead of wall time (for a machine other work keeps busy).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { checkReport, extractMentions, loadProfile, readReportFile } from '../pipeline/index.js';
import { PACKAGE_ROOT } from '../pipeline/paths.js';
import { makeCorpus } from './corpus.js';
import { fixed, machineLine, writeResults } from './results.js';
import { againstFloor, cpuClock, median, regexFloor, wallClock } from './timing.js';

const ROOT = PACKAGE_ROOT;
const BIN = path.join(ROOT, 'bin/jixiao.js');
const SEEDS = path.resolve(ROOT, '../shared/seeds');
const SIZES = (process.env['BENCH_BATCH_SIZES'] ?? '1,10,100,1000').split(',').map(Number);
const ROUNDS = Number(process.env['BENCH_BATCH_ROUNDS'] ?? '3');
const CORES = availableParallelism();
const CLOCK = process.env['BENCH_BATCH_CLOCK'] === 'cpu' ? cpuClock : wallClock;
const PARTS = new Set((process.env['BENCH_BATCH_PARTS'] ?? 'a,b,c').split(',').map((p) => p.trim()));
const GNU_TIME = '/usr/bin/time';

interface Run {
  readonly seconds: number;
  /** User + system CPU seconds of the process, every thread counted. */
  readonly cpu: number;
  readonly rssMiB: number;
}

/** Confines a command to the first core (Linux sched affinity), if `taskset` is there. */
const TASKSET = ['/usr/bin/taskset', '/bin/taskset'].find((f) => existsSync(f));

/** One command under GNU time: wall seconds, CPU seconds and the peak resident set of the process (workers included). */
function timed(args: readonly string[], oneCore = false): Run {
  const command = [GNU_TIME, '-f', '%e %U %S %M', ...(oneCore && TASKSET ? [TASKSET, '-c', '0'] : []), process.execPath, ...args];
  const r = spawnSync(command[0] as string, command.slice(1), { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
  const last = r.stderr.trimEnd().split('\n').at(-1) ?? '';
  const [s = 'NaN', user = 'NaN', sys = 'NaN', kb = 'NaN'] = last.split(' ');
  return { seconds: Number(s), cpu: Number(user) + Number(sys), rssMiB: Number(kb) / 1024 };
}

/** The median of each measure over the rounds; the peak memory is the highest. */
function summary(runs: readonly Run[]): Run {
  return { seconds: median(runs.map((x) => x.seconds)), cpu: median(runs.map((x) => x.cpu)), rssMiB: Math.max(...runs.map((x) => x.rssMiB)) };
}

async function batchBench(dir: string): Promise<string[]> {
  const max = Math.max(...SIZES);
  process.stderr.write(`  生成 ${max} 份报告变体…\n`);
  const all = await makeCorpus(path.join(dir, 'all'), max);
  const pinned = TASKSET !== undefined;
  const lines = [
    '## (a) 批量核对：1 个核与全部核（文件/秒、加速比、峰值内存）',
    '',
    `语料：bench/corpus.ts 生成的报告变体（随附的上年报告、两个示例的草稿 .md 和 .docx${existsSync(SEEDS) ? '、../shared/seeds 中的原始报告' : ''}，每份改动约六分之一的金额中的一位数字和年份，约三成写成 .txt），不带数字对照表、不带数据。命令 \`jixiao check 文件夹 -f ndjson > /dev/null\`，三种方式交替运行 ${ROUNDS} 轮（1000 份只 1 轮），取中位数；CPU 为进程所有线程的 user + sys；峰值内存为 GNU time 的最大常驻集（含工作线程）。本机 ${CORES} 核。`,
    '',
    pinned
      ? `- **1 核**：\`taskset -c 0\` 把整个进程限制在一个核上，不给 \`--jobs\`（缺省线程数按可用的核算，为 1）：检查线程和 V8 的后台线程（并发垃圾回收、优化编译）共用这一个核。`
      : '- **1 核**：本机没有 `taskset`，这一列没有测。',
    '- **--jobs 1**：不限制核，只有一个检查线程；V8 的后台线程仍在另一个核上跑，所以它用的已多于一个核（见 CPU 与墙钟之比）。',
    `- **全部核**：\`--jobs ${CORES}\`（缺省），不限制核。`,
    '',
    `| 报告数 | 1 核：秒 | 文件/秒 | --jobs 1：秒 | CPU 秒 | 全部核：秒 | 文件/秒 | CPU 秒 | 加速比（对 1 核） | 加速比（对 --jobs 1） |`,
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  const memory = ['', '| 报告数 | 峰值内存：1 核 | --jobs 1 | 全部核 |', '|---|---|---|---|'];
  const rss: Record<number, { one: number; all: number }> = {};
  for (const n of SIZES) {
    const sub = path.join(dir, `n${n}`);
    mkdirSync(sub, { recursive: true });
    for (const f of all.slice(0, n)) linkSync(f, path.join(sub, path.basename(f)));
    const core: Run[] = [];
    const one: Run[] = [];
    const many: Run[] = [];
    for (let r = 0; r < (n >= 1000 ? 1 : ROUNDS); r += 1) {
      if (pinned) core.push(timed([BIN, 'check', sub, '-f', 'ndjson'], true));
      one.push(timed([BIN, 'check', sub, '--jobs', '1', '-f', 'ndjson']));
      many.push(timed([BIN, 'check', sub, '--jobs', String(CORES), '-f', 'ndjson']));
    }
    const c = pinned ? summary(core) : undefined;
    const o = summary(one);
    const m = summary(many);
    rss[n] = { one: o.rssMiB, all: m.rssMiB };
    const dash = '—';
    lines.push(
      `| ${n} | ${c ? fixed(c.seconds, 2) : dash} | ${c ? fixed(n / c.seconds, 1) : dash} | ${fixed(o.seconds, 2)} | ${fixed(o.cpu, 2)} | ${fixed(m.seconds, 2)} | ${fixed(n / m.seconds, 1)} | ${fixed(m.cpu, 2)} | ${c ? `${fixed(c.seconds / m.seconds, 2)}×` : dash} | ${fixed(o.seconds / m.seconds, 2)}× |`,
    );
    memory.push(`| ${n} | ${c ? `${fixed(c.rssMiB, 0)} MiB` : dash} | ${fixed(o.rssMiB, 0)} MiB | ${fixed(m.rssMiB, 0)} MiB |`);
    process.stderr.write(`  ${n} 份：${c ? `${fixed(c.seconds, 2)} s / ` : ''}${fixed(o.seconds, 2)} s / ${fixed(m.seconds, 2)} s\n`);
  }
  lines.push(...memory);
  const small = rss[10];
  const middle = rss[100];
  const large = rss[1000];
  if (small && large) {
    lines.push('', `峰值内存 1000 份 ÷ 10 份：--jobs 1 为 ${fixed(large.one / small.one, 2)}，--jobs ${CORES} 为 ${fixed(large.all / small.all, 2)}（目标 ≤ 1.3）。`);
  }
  // Whether memory keeps growing with the count or levels off once V8 has sized its heaps.
  if (middle && large) {
    lines.push('', `峰值内存 1000 份 ÷ 100 份：--jobs 1 为 ${fixed(large.one / middle.one, 2)}，--jobs ${CORES} 为 ${fixed(large.all / middle.all, 2)}。`);
  }
  return lines;
}

/** A short report cut from a shipped one: the first sections, some forty lines. */
function smallReport(dir: string): { md: string; txt: string } {
  const text = readFileSync(path.join(ROOT, 'corpus/lusong-2022-kegongxin.md'), 'utf8').split('\n').slice(0, 40).join('\n');
  const md = path.join(dir, 'small.md');
  const txt = path.join(dir, 'small.txt');
  writeFileSync(md, text);
  writeFileSync(txt, text.replace(/^#+\s*/gmu, ''));
  return { md, txt };
}

function startBench(dir: string): string[] {
  const { md, txt } = smallReport(dir);
  const run = (args: string[]) => () => spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
  const docx = path.join(dir, 'draft.docx');
  const t = againstFloor(run(['-e', '']), [
    run([BIN, 'check', md]),
    run([BIN, 'check', txt]),
    run([BIN, 'draft', path.join(ROOT, 'examples/zhuzhou-2024-keji-fund.yaml'), '-o', docx]),
  ], 7);
  const names = ['`check` 小 .md（40 行）', '`check` 小 .txt（40 行）', '`draft -o .docx`（项目示例）'];
  const goals = ['≤ 2.5×', '≤ 2.5×', '≤ 6×'];
  return [
    '## (b) 启动：与 `node -e \'\'` 之比',
    '',
    `交替运行 7 轮，取每轮之比的中位数。\`node -e ''\` 中位数 ${fixed(t.floorMs, 0)} ms。`,
    '',
    '| 命令 | 中位数 | 倍数 | 目标 |',
    '|---|---|---|---|',
    ...names.map((n, i) => `| ${n} | ${fixed(t.ms[i] ?? 0, 0)} ms | ${fixed(t.ratio[i] ?? 0, 2)}× | ${goals[i]} |`),
  ];
}

async function floorBench(): Promise<string[]> {
  const profile = await loadProfile('national', ROOT);
  const files = [
    ...readdirSync(path.join(ROOT, 'corpus')).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(ROOT, 'corpus', f)),
    ...(existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => /\.(md|txt)$/u.test(f)).sort().map((f) => path.join(SEEDS, f)) : []),
  ];
  const lines = [
    '## (c) 数字提取与完整核对：与一遍正则之比',
    '',
    `基线是同一段文本上的一遍 \`/\\d+/g\`；每项与基线交替计时 5 轮，取每轮之比的中位数（${CLOCK === cpuClock ? '主线程 CPU 时间' : '墙钟时间'}）。完整核对不带数据。`,
    '',
    '| 报告 | 字符 | 基线 | 数字提取 | 倍数（目标 ≤ 30×） | 完整核对 | 倍数（目标 ≤ 150×） |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const file of files) {
    const { text, format } = await readReportFile(file);
    const t = againstFloor(() => regexFloor(text), [() => extractMentions(text), () => checkReport({ file, text, format }, { profile })], 5, CLOCK);
    lines.push(`| ${path.basename(file)} | ${text.length} | ${fixed(t.floorMs, 3)} ms | ${fixed(t.ms[0] ?? 0, 2)} ms | ${fixed(t.ratio[0] ?? 0, 0)}× | ${fixed(t.ms[1] ?? 0, 2)} ms | ${fixed(t.ratio[1] ?? 0, 0)}× |`);
  }
  return lines;
}

const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-bench-batch-'));
try {
  const head = ['# 批量核对（check 文件夹）基准', '', '命令：`npm run bench:batch`（编译后运行 `node dist/bench/batch.js`）。不是测试门槛；只报同一次运行中的比值。', '', machineLine(), ''];
  const part = async (name: string, what: string, run: () => string[] | Promise<string[]>): Promise<string[]> => {
    if (!PARTS.has(name)) return [];
    process.stderr.write(`(${name}) ${what}…\n`);
    return [...(await run()), ''];
  };
  const start = await part('b', '启动', () => startBench(dir));
  const floor = await part('c', '与正则之比', floorBench);
  const batch = await part('a', '批量', () => batchBench(dir));
  const text = [...head, ...batch, ...start, ...floor].join('\n').trimEnd();
  const written = writeResults('batch.md', text);
  console.log(`${text}\n\n结果已写入 ${written}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
