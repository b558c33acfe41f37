/**
 * The desk's speed, measured in one run (`npm run bench:desk`; numbers printed and written to
 * bench/out/desk.md):
 *   (a) start-up: `jixiao desk` spawned until it answers its first request, against `node -e ''`;
 *   (b) a draft round trip in Chromium (upload the 自评表, read back, draft, download the .docx)
 *       against the CLI for the same files (`import`, then `draft -o .docx --html`: the desk's draft
 *       also writes the review page, and the .md from the same draft).
 * Medians of RUNS runs (default 5); the first desk draft in a fresh process is reported apart (cold).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { PACKAGE_ROOT } from '../pipeline/paths.js';
import { fixed, machineLine, writeResults } from './results.js';

const RUNS = Number(process.env['RUNS'] ?? 5);
const BIN = path.join(PACKAGE_ROOT, 'bin/jixiao.js');
const TABLE = path.join(PACKAGE_ROOT, 'examples', 'zhuzhou-2024-keji-fund-自评表.xlsx');
const CHROMIUM = process.env['JIXIAO_CHROMIUM'] ?? '/usr/bin/chromium';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function timed(args: string[], cwd: string): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  return performance.now() - t;
}

async function startDesk(): Promise<{ child: ChildProcess; url: string; ms: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-bench-desk-'));
  const t = performance.now();
  const child = spawn(process.execPath, [BIN, 'desk', '--no-open', '--port', '0', '--dir', dir], { cwd: dir });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/\S+\?token=\S+/.exec(out);
      if (m) resolve(m[0]);
    });
    child.on('exit', (code) => reject(new Error(`desk exited ${code}`)));
  });
  const res = await fetch(url.replace(/\?token=.*$/, 'api/config'), { headers: { 'x-jixiao-token': url.replace(/^.*\?token=/, '') } });
  if (!res.ok) throw new Error(`desk answered ${res.status}`);
  return { child, url, ms: performance.now() - t };
}

const stop = (child: ChildProcess): Promise<void> => new Promise((resolve) => {
  child.once('exit', () => resolve());
  child.kill('SIGTERM');
});

const node = median(Array.from({ length: RUNS }, () => timed(['-e', ''], PACKAGE_ROOT)));
const starts: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const d = await startDesk();
  starts.push(d.ms);
  await stop(d.child);
}

const cli: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-bench-cli-'));
  copyFileSync(TABLE, path.join(dir, path.basename(TABLE)));
  const stem = path.basename(TABLE).replace(/\.xlsx$/, '');
  cli.push(timed([BIN, 'import', path.basename(TABLE)], dir) + timed([BIN, 'draft', `${stem}.yaml`, '-o', `${stem}.docx`, '--html', `${stem}.html`], dir));
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const desk = await startDesk();
const trips: number[] = [];
/** Where a round trip's time goes: upload and read back, draft (with the review page shown), download. */
const phases: [number, number, number][] = [];
for (let i = 0; i <= RUNS; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(desk.url);
  await page.waitForFunction(() => (globalThis as unknown as { document: { body: { dataset: Record<string, string> } } }).document.body.dataset['ready'] === 'true');
  const t = performance.now();
  await page.setInputFiles('#write-form input[name="table"]', TABLE);
  await page.click('#write-form button[type="submit"]');
  await page.waitForSelector('#write-values tbody tr');
  const read = performance.now();
  await page.click('#draft-form button[type="submit"]');
  await page.waitForSelector('#draft-result:not([hidden]) #dl-docx[href]');
  const drafted = performance.now();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#dl-docx')]);
  await dl.path();
  const done = performance.now();
  trips.push(done - t);
  phases.push([read - t, drafted - read, done - drafted]);
  await context.close();
}
await stop(desk.child);
await browser.close();

const [cold, ...warm] = trips;
const [coldPhases, ...warmPhases] = phases;
const phaseLine = (p: readonly number[] | undefined): string => `上传读回 ${fixed(p?.[0] ?? NaN, 0)} ms、起草 ${fixed(p?.[1] ?? NaN, 0)} ms、下载 ${fixed(p?.[2] ?? NaN, 0)} ms`;
const lines = [
  '# jixiao desk：启动与起草往返',
  '',
  machineLine(),
  '',
  `- 启动（进程开始到第一个请求得到回答），${RUNS} 次中位数：${fixed(median(starts), 0)} ms；\`node -e ''\`：${fixed(node, 0)} ms（${fixed(median(starts) / node, 1)} 倍）`,
  `- 命令行：import + draft -o .docx --html，中位数 ${fixed(median(cli), 0)} ms`,
  `- 浏览器中（上传自评表、读回、起草、下载 .docx）：首次 ${fixed(cold ?? NaN, 0)} ms，其后中位数 ${fixed(median(warm), 0)} ms（命令行的 ${fixed(median(warm) / median(cli), 2)} 倍；首次 ${fixed((cold ?? NaN) / median(cli), 2)} 倍）`,
  `  - 首次：${phaseLine(coldPhases)}；其后中位数：${phaseLine([0, 1, 2].map((k) => median(warmPhases.map((p) => p[k] ?? NaN))))}`,
];
process.stdout.write(`${lines.join('\n')}\n`);
process.stdout.write(`写入 ${writeResults('desk.md', lines.join('\n'))}\n`);
