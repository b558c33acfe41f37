import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { reportYear } from '../corpus/carry.js';
import { readCorpus } from '../corpus/index.js';
import { inputError } from '../errors.js';
import { loadData } from '../load/index.js';
import { readReportFile } from '../read/index.js';
import { checkDataText } from './data-file.js';
import { TO_CHECK, TO_FILL } from './emit.js';
import { rollOver, type Carried, type PriorReport } from './rollover.js';

export interface InitOptions {
  /** Last year's data file. */
  readonly from: string;
  /** Last year's report (.md, .txt, .docx, .pdf): the standing prose the data lacks comes from it. */
  readonly prior?: string | undefined;
  /** This year; default last year's + 1. */
  readonly year?: number | undefined;
  /** The data file to be written: messages name it. */
  readonly output?: string | undefined;
}

export interface InitResult {
  readonly yaml: string;
  readonly year: number;
  readonly lastYear: number;
  /** Fields left empty for this year's values (〔待填〕). */
  readonly toFill: readonly string[];
  /** Texts taken from last year's report. */
  readonly carried: readonly Carried[];
  /** Where the skeleton does not load as a data file (none expected): what `draft` would refuse. */
  readonly problems: readonly Diagnostic[];
}

/**
 * init: last year's data file (and report) → the text of this year's data skeleton. Throws InputError
 * when last year's data does not load or the report cannot be read.
 */
export async function initYear(options: InitOptions): Promise<InitResult> {
  const loaded = await loadData(options.from);
  const last = loaded.data;
  const year = options.year ?? last.meta.year + 1;
  if (year <= last.meta.year) {
    throw inputError('JX_CLI_OPTION', `--year ${year} 应晚于上年数据的年度 ${last.meta.year}`, { file: options.from, path: 'meta.year' });
  }
  let prior: PriorReport | undefined;
  if (options.prior !== undefined) {
    const { text, format } = await readReportFile(options.prior);
    const tree = readCorpus(text, { file: options.prior, format });
    prior = { tree, year: reportYear(tree) ?? last.meta.year, file: options.prior };
  }
  const lastDoc = parseDocument(await readFile(options.from, 'utf8'));
  const rolled = rollOver(last, lastDoc, year, prior);
  const name = path.basename(options.from);
  const out = options.output ?? `${year}.yaml`;
  const header = [
    `由 jixiao init 从 ${name}（${last.meta.year}年度）生成的${year}年度数据骨架。`,
    `${TO_FILL}：本年的数字和情况，共 ${rolled.toFill.length} 处，填在冒号后面；暂时留空的，草稿中标为〔待补〕。`,
    `${TO_CHECK}：沿用上年的名称、目标、分值和文字（其中年份已顺延），请核对是否仍然适用。`,
    '上年的实际数已移到“上年”一栏（staffing.priorActual、threePublic 与 expenseControl 的 prior、achievements 的 prior），供同比。',
    '上年的成效、问题、措施、偏差原因和得分不沿用。',
    ...(prior ? [`从上年报告 ${path.basename(prior.file)} 沿用 ${rolled.carried.length} 节文字：${rolled.carried.map((c) => c.field).join('、') || '无'}。`] : []),
    `填好后：jixiao draft ${path.basename(out)}`,
  ];
  const yaml = rolled.file.toString(header, []);
  return { yaml, year, lastYear: last.meta.year, toFill: rolled.toFill, carried: rolled.carried, problems: checkDataText(out, yaml) };
}
