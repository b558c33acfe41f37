import path from 'node:path';
import { importTables, saveDataFile } from '../pipeline/index.js';
import { EXIT } from './exit.js';
import { printDiagnostics } from './print.js';
import { yearOption } from './year.js';

export interface ImportCliOptions {
  readonly output?: string | undefined;
  readonly year?: string | undefined;
  readonly sheet?: string | undefined;
  readonly force?: boolean | undefined;
}

/** `jixiao import 自评表.xlsx -o 数据.yaml`: the form's values into a data file, each with its cell. */
export async function runImport(file: string, opts: ImportCliOptions): Promise<number> {
  const out = opts.output ?? `${path.basename(file).replace(/\.[^.]+$/, '')}.yaml`;
  const result = await importTables(file, { year: yearOption(opts.year), sheet: opts.sheet, output: out });
  await saveDataFile(out, result.yaml, { force: opts.force, inputs: [{ file, what: '表格文件' }] });
  const parts = [`写入 ${result.placed} 个值（每个值注明来源单元格）`];
  if (result.toFill.length > 0) parts.push(`待填 ${result.toFill.length} 处（${result.toFill.join('、')}）`);
  parts.push(result.unplaced.length > 0 ? `未写入的单元格 ${result.unplaced.length} 处，已列在文件末尾` : '表中每个非空单元格都已读入');
  process.stdout.write(`已导入 ${path.basename(file)}（${result.tables.join('、')}）→ ${out}：${parts.join('；')}\n`);
  printDiagnostics(result.notes);
  if (result.problems.length > 0) {
    process.stderr.write(`\n${out} 还不能起草，请先补上：\n`);
    printDiagnostics(result.problems);
    return EXIT.findings;
  }
  process.stdout.write(`下一步：jixiao draft ${out}（有上年报告时加 --prior 上年报告.docx，沿用职能、管理等文字）\n`);
  return EXIT.ok;
}
