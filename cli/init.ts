import path from 'node:path';
import { initYear, saveDataFile } from '../pipeline/index.js';
import { EXIT } from './exit.js';
import { printDiagnostics } from './print.js';
import { yearOption } from './year.js';

export interface InitCliOptions {
  readonly from: string;
  readonly prior?: string | undefined;
  readonly output?: string | undefined;
  readonly year?: string | undefined;
  readonly force?: boolean | undefined;
}

/** lusong-2023-kegongxin.yaml → lusong-2024-kegongxin.yaml; a name without the year gets it appended. */
function defaultOutput(from: string, lastYear: number, year: number): string {
  const base = path.basename(from).replace(/\.(ya?ml|json)$/i, '');
  const moved = base.replace(new RegExp(`(?<!\\d)${lastYear}(?!\\d)`), String(year));
  return `${moved === base ? `${base}-${year}` : moved}.yaml`;
}

/** `jixiao init --from 上年数据.yaml [--prior 上年报告.docx] -o 本年数据.yaml`: this year's data skeleton. */
export async function runInit(opts: InitCliOptions): Promise<number> {
  const year = yearOption(opts.year);
  const first = await initYear({ from: opts.from, prior: opts.prior, year, output: opts.output });
  const out = opts.output ?? defaultOutput(opts.from, first.lastYear, first.year);
  const result = opts.output === undefined ? await initYear({ from: opts.from, prior: opts.prior, year, output: out }) : first;
  await saveDataFile(out, result.yaml, {
    force: opts.force,
    inputs: [{ file: opts.from, what: '上年数据文件' }, ...(opts.prior !== undefined ? [{ file: opts.prior, what: '上年报告' }] : [])],
  });
  const carried = result.carried.length > 0 ? `；从上年报告沿用 ${result.carried.length} 节文字（${result.carried.map((c) => c.field).join('、')}），已标〔待核〕` : '';
  process.stdout.write(`已生成 ${out}：${result.year}年度数据骨架，待填 ${result.toFill.length} 处（文件中标〔待填〕）${carried}\n`);
  if (result.problems.length > 0) {
    printDiagnostics(result.problems);
    return EXIT.findings;
  }
  process.stdout.write(`下一步：填好〔待填〕处后运行 jixiao draft ${out}（未填的在草稿中标为〔待补〕）\n`);
  return EXIT.ok;
}
