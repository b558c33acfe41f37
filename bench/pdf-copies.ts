/**
 * The PDF benchmark: run with `npm run bench:pdf` (needs LibreOffice's soffice). A bureau often gets a
 * report as a PDF its unit printed from Word. Every bench corpus that keeps Word files (clean/ and
 * bad/ with bad/ANSWERS.tsv) is converted to PDF by LibreOffice into bench/out/pdf-copies/, and each
 * PDF is checked without data, as its .docx is: findings on a clean copy are false alarms; a bad copy
 * is caught when it draws a finding its clean copy does not. The same counts for the .docx beside
 * them say what the trip through PDF costs. Not a test gate: bench/README.md quotes the last run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { checkReport, loadProfile, readReportFile } from '../pipeline/index.js';
import { PACKAGE_ROOT } from '../pipeline/paths.js';
import { machineLine, writeResults } from './results.js';

const ROOT = PACKAGE_ROOT;
const OUT = path.join(ROOT, 'bench/out/pdf-copies');
const FONTS = path.resolve(ROOT, '../shared/render/fonts.conf');
const profile = await loadProfile('national', ROOT);

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
if (soffice.status !== 0) {
  console.log('没有找到 LibreOffice（soffice）：本基准需要它把 Word 文件转成 PDF，未运行。');
  process.exit(0);
}

/** Findings a reader acts on (not the hints), keyed so a clean copy's and a bad copy's compare. */
async function findings(file: string): Promise<Set<string>> {
  const { text, format } = await readReportFile(file);
  return new Set(checkReport({ file, text, format }, { profile }).findings.filter((f) => f.severity !== 'info').map((f) => `${f.code} ${f.message}`));
}

interface Tally {
  files: number;
  falseAlarms: number;
  cleanWithAlarms: number;
  caught: number;
}

/** Clean copies' findings and bad copies caught, over the files of `names` in `dir` with extension `ext`. */
async function tally(dir: string, names: readonly string[], ext: string): Promise<Tally> {
  const t: Tally = { files: 0, falseAlarms: 0, cleanWithAlarms: 0, caught: 0 };
  for (const name of names) {
    const base = name.replace(/\.docx$/u, ext);
    const clean = path.join(dir, 'clean', base);
    const bad = path.join(dir, 'bad', base);
    if (!existsSync(clean) || !existsSync(bad)) continue;
    t.files += 1;
    const before = await findings(clean);
    t.falseAlarms += before.size;
    if (before.size > 0) t.cleanWithAlarms += 1;
    if ([...(await findings(bad))].some((f) => !before.has(f))) t.caught += 1;
  }
  return t;
}

const corpora = readdirSync(path.join(ROOT, 'bench'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(ROOT, 'bench', d.name, 'bad/ANSWERS.tsv')))
  .map((d) => d.name)
  .sort();
const rows: string[] = [];
const sum = { docx: { files: 0, falseAlarms: 0, cleanWithAlarms: 0, caught: 0 }, pdf: { files: 0, falseAlarms: 0, cleanWithAlarms: 0, caught: 0 } };
for (const corpus of corpora) {
  const dir = path.join(ROOT, 'bench', corpus);
  const names = readdirSync(path.join(dir, 'clean')).filter((f) => f.endsWith('.docx') && existsSync(path.join(dir, 'bad', f))).sort();
  if (names.length === 0) continue;
  process.stderr.write(`${corpus}：${names.length} 份 Word 文件转 PDF…\n`);
  for (const side of ['clean', 'bad']) {
    const out = path.join(OUT, corpus, side);
    mkdirSync(out, { recursive: true });
    const convert = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, ...names.map((n) => path.join(dir, side, n))], {
      env: { ...process.env, ...(existsSync(FONTS) ? { FONTCONFIG_FILE: FONTS } : {}) },
      stdio: 'ignore',
      timeout: 30 * 60_000,
    });
    if (convert.status !== 0) throw new Error(`soffice 转换 ${corpus}/${side} 失败（退出码 ${convert.status}）`);
  }
  const docx = await tally(dir, names, '.docx');
  const pdf = await tally(path.join(OUT, corpus), names, '.pdf');
  for (const [k, t] of [['docx', docx], ['pdf', pdf]] as const) {
    sum[k].files += t.files;
    sum[k].falseAlarms += t.falseAlarms;
    sum[k].cleanWithAlarms += t.cleanWithAlarms;
    sum[k].caught += t.caught;
  }
  rows.push(`| ${corpus} | ${docx.files} | ${docx.falseAlarms}（${docx.cleanWithAlarms} 份） | ${docx.caught} / ${docx.files} | ${pdf.falseAlarms}（${pdf.cleanWithAlarms} 份） | ${pdf.caught} / ${pdf.files} |`);
}
const text = [
  '# Word 报告转成 PDF 后的核对（`npm run bench:pdf`）',
  '',
  machineLine(),
  '',
  '各基准语料中的 .docx（clean/ 与只改一处的 bad/）由 LibreOffice 转成 PDF，分别不带数据核对。误报：干净稿上的提示以外的发现；查出：改过的副本出现干净稿上没有的发现。',
  '',
  '| 语料 | 份数 | .docx 误报 | .docx 查出 | PDF 误报 | PDF 查出 |',
  '|---|---|---|---|---|---|',
  ...rows,
  `| 合计 | ${sum.docx.files} | ${sum.docx.falseAlarms}（${sum.docx.cleanWithAlarms} 份） | ${sum.docx.caught} / ${sum.docx.files} | ${sum.pdf.falseAlarms}（${sum.pdf.cleanWithAlarms} 份） | ${sum.pdf.caught} / ${sum.pdf.files} |`,
].join('\n');
const written = writeResults('pdf-copies.md', text);
console.log(`${text}\n\n结果已写入 ${written}`);
