/**
 * The worker entry point of a check run, called as a pool calls it (one plain argument) and as a
 * job queue's sandboxed processor does ({ data: … }): the same result as the check itself.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import checkInWorker from '../../pipeline/jobs/check-worker.js';
import { addToSummary, checkFiles, fileOutput, readCorpus, reportIdentity } from '../../pipeline/index.js';
import { NEEDS_SEEDS, ROOT, SEED } from '../support/paths.js';

const REPORT = path.join(ROOT, 'corpus/zhuzhou-2023-keji-fund.md');
const DATA = path.join(ROOT, 'corpus-data/zhuzhou-2023-keji-fund.yaml');
/** A report with a wrong figure, checked without data. */
const FLAWED = path.join(ROOT, 'bench/tables-d/bad/01.md');

describe('the check worker entry point', () => {
  it('gives what checkFiles gives, called with a task or with a queued job holding it', async () => {
    const { result } = await checkFiles([REPORT], { data: DATA });
    const task = { task: { file: REPORT }, context: { data: DATA } };
    const direct = await checkInWorker(task);
    const queued = await checkInWorker({ data: task });
    expect(direct.report).toEqual(result.files[0]);
    expect(queued.report).toEqual(direct.report);
    expect(direct.row).toMatchObject({ unit: '株洲市财政科技发展专项资金', kind: '项目', year: 2023, figures: direct.report?.coverage.figures, unreadable: false });
    expect(direct.row.bound).toBeGreaterThan(0);
  });

  it('sends back the file\'s output and its counts instead of the report when the task asks for it', async () => {
    const { result } = await checkFiles([FLAWED]);
    const report = result.files[0];
    if (report === undefined) throw new Error('no report');
    expect(report.findings.length).toBeGreaterThan(0);
    for (const format of ['text', 'json', 'ndjson'] as const) {
      const checked = await checkInWorker({ task: { file: FLAWED, output: { format } }, context: {} });
      expect(checked.report).toBeUndefined();
      expect(checked.output).toBe(fileOutput(report, { format }));
      expect(checked.tally.counts).toEqual(addToSummary({ errors: 0, warnings: 0, infos: 0 }, report));
    }
    const ndjson = await checkInWorker({ task: { file: FLAWED, output: { format: 'ndjson' } }, context: {} });
    expect(JSON.parse(ndjson.output ?? '')).toEqual(report);
    const text = await checkInWorker({ task: { file: FLAWED, output: { format: 'text', verbose: true } }, context: {} });
    expect(text.output).toContain(report.findings[0]?.message);
  });

  it('returns an unreadable file as its result, never throws', async () => {
    const checked = await checkInWorker({ task: { file: path.join(ROOT, 'nope.docx') }, context: {} });
    expect(checked.report?.unreadable?.[0]?.code).toBe('JX_FILE_UNREADABLE');
    expect(checked.tally).toEqual({ counts: { errors: 0, warnings: 0, infos: 0, unreadable: 1 }, diagnostics: checked.report?.unreadable });
    expect(checked.row).toMatchObject({ unreadable: true, errors: 1, first: { code: 'JX_FILE_UNREADABLE' } });
  });
});

describe('reportIdentity: unit, kind and year from the title', () => {
  it('reads the shipped reports', () => {
    const lusong = readCorpus(readFileSync(path.join(ROOT, 'corpus/lusong-2022-kegongxin.md'), 'utf8'), { format: 'md' });
    expect(reportIdentity(lusong)).toEqual({ unit: '株洲市芦淞区科技和工业信息化局', kind: '部门整体', year: 2022 });
  });

  it('reads the seeds, a title without a unit giving none', NEEDS_SEEDS, () => {
    const id = (f: string) => reportIdentity(readCorpus(readFileSync(f, 'utf8'), { file: f }));
    expect(id(SEED.lusong2023)).toEqual({ unit: '株洲市芦淞区科技和工业信息化局', kind: '部门整体', year: 2023 });
    expect(id(SEED.zhuzhou2022)).toEqual({ unit: '', kind: '部门整体', year: 2022 });
    expect(id(SEED.zhuzhou2024)).toEqual({ unit: '株洲市财政科技发展专项资金', kind: '项目', year: 2024 });
  });

  it('a unit before the year; a form whose title names no one by its own fields (项目名称, 填报单位, 预算单位名称)', () => {
    const id = (text: string) => reportIdentity(readCorpus(text, { format: 'md' }));
    expect(id('# 石门镇人民政府2024年末人员情况表\n\n| 类别 | 编制数 |\n|---|---|\n| 行政编制 | 38 |\n')).toEqual({ unit: '石门镇人民政府', kind: '', year: 2024 });
    expect(id('# 2024年度项目支出绩效自评表\n\n| 项目名称 | 农村公路养护项目 | 主管部门 | 峨屏县交通运输局 |\n|---|---|---|---|\n')).toEqual({ unit: '农村公路养护项目', kind: '项目', year: 2024 });
    expect(id('# 2024年度部门（单位）整体支出绩效自评表\n\n| 预算单位名称 | 枫林县科技局 |\n|---|---|\n')).toEqual({ unit: '枫林县科技局', kind: '部门整体', year: 2024 });
    expect(id('# 2024年度部门整体支出绩效自评表\n\n填报单位：云栖区民政局（盖章）　　单位：万元\n')).toEqual({ unit: '云栖区民政局', kind: '部门整体', year: 2024 });
    // An area alone before the year names where; the project after the year names what.
    expect(id('# 岫川市2024年度政务信息化建设项目支出绩效自评报告\n\n正文。\n')).toEqual({ unit: '岫川市政务信息化建设', kind: '项目', year: 2024 });
    // A header row is no label and value: 项目名称 | 上年结转（万元） names no project.
    expect(id('# 2024年度支出执行情况表\n\n| 项目名称 | 上年结转（万元） | 全年预算（万元） |\n|---|---|---|\n| 水利工程 | 71.00 | 206.08 |\n')).toEqual({ unit: '', kind: '', year: 2024 });
  });
});
