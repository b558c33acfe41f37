/**
 * A 自评表 filled in Excel, checked as a report: the shipped examples read as their Word copies
 * read, and a workbook made with exceljs (not by jixiao) the way units make them — a merged title,
 * a 填报单位 line, amounts under #,##0.00, a rate from a formula under 0.00%, a hidden helper
 * sheet and column, a note below — read as the sheet shows it, its wrong total found.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readReportFile } from '../../pipeline/index.js';
import type { CheckResult } from '../../schemas/check-result.js';
import { jixiao } from '../support/cli.js';
import { ROOT } from '../support/paths.js';

const checked = (args: string[]): CheckResult => JSON.parse(jixiao(['check', ...args, '-f', 'json']).stdout) as CheckResult;

describe('the shipped 自评表 workbooks', () => {
  for (const name of ['lusong-2023-kegongxin', 'zhuzhou-2024-keji-fund']) {
    it(`${name}: the .xlsx gives the findings its .docx gives, and every figure binds to the data`, () => {
      const xlsx = path.join(ROOT, 'examples', `${name}-自评表.xlsx`);
      const docx = path.join(ROOT, 'examples', `${name}-自评表.docx`);
      const data = path.join(ROOT, 'examples', `${name}.yaml`);
      const what = (r: CheckResult) => r.files[0]?.findings.map((f) => `${f.code} ${f.message}`);
      const [fromXlsx, fromDocx] = [checked([xlsx]), checked([docx])];
      expect(fromXlsx.files[0]?.coverage.figures).toBe(fromDocx.files[0]?.coverage.figures);
      expect(what(fromXlsx)).toEqual(what(fromDocx));
      const withData = checked([xlsx, '--data', data]).files[0];
      expect(withData?.coverage.figures).toBeGreaterThan(80);
      expect(withData?.coverage.bound).toBe(withData?.coverage.figures);
      expect(withData?.findings.filter((f) => f.severity === 'error')).toEqual([]);
    });
  }
});

describe('a workbook made the way units make them', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-workbook-'));
  const file = path.join(dir, '甲单位-自评表.xlsx');
  let text: string;
  let result: CheckResult;
  let textOut: string;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('项目自评表');
    ws.mergeCells('A1:F1');
    ws.getCell('A1').value = '2025年度项目支出绩效自评表';
    ws.getCell('A2').value = '填报单位：甲单位（盖章）';
    ws.addRow(['项目', '年初预算数', '全年预算数', '全年执行数', '辅助列', '执行率']);
    const rows: [string, number, number, number][] = [
      ['设备购置', 120, 150.5, 148.25],
      ['运行维护', 80, 90, 90],
      ['合计', 200, 240.5, 248.25], // 148.25 + 90 = 238.25: the total is wrong
    ];
    for (const [label, start, whole, spent] of rows) {
      const r = ws.addRow([label, start, whole, spent, 'x', null]);
      r.getCell(6).value = { formula: `D${r.number}/C${r.number}`, result: spent / whole };
      for (const c of [2, 3, 4]) r.getCell(c).numFmt = '#,##0.00';
      r.getCell(6).numFmt = '0.00%';
    }
    ws.getColumn(5).hidden = true;
    ws.addRow([]);
    ws.addRow(['注：金额单位为万元。']);
    const helper = wb.addWorksheet('计算');
    helper.addRow(['合计', 1, 2, 999]);
    helper.addRow(['a', 1, 2, 3]);
    helper.state = 'hidden';
    writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
    text = (await readReportFile(file)).text;
    result = checked([file]);
    textOut = jixiao(['check', file, '--summary', path.join(dir, '汇总.csv')]).stdout;
  });

  it('reads the title as the heading, the lines as paragraphs, each number as the sheet shows it', () => {
    expect(text.split('\n')[0]).toBe('# 2025年度项目支出绩效自评表');
    expect(text).toContain('填报单位：甲单位（盖章）');
    expect(text).toContain('| 设备购置 | 120.00 | 150.50 | 148.25 | 98.50% |');
    expect(text).toContain('| 合计 | 200.00 | 240.50 | 248.25 | 103.22% |');
    expect(text).toContain('注：金额单位为万元。');
  });

  it('reads nothing the workbook hides: the helper sheet, the helper column', () => {
    expect(text).not.toContain('计算');
    expect(text).not.toContain('999');
    expect(text).not.toContain('辅助列');
  });

  it('finds the wrong total as it would in a Word table', () => {
    const sums = result.files[0]?.findings.filter((f) => f.code === 'JX_CHECK_SUM') ?? [];
    expect(sums.map((f) => [f.stated, f.sentence])).toEqual([['248.25', expect.stringContaining('| 合计 |')]]);
    expect(sums[0]?.message).toContain('238.25');
    // Found by its cell, as a user of the workbook finds it (the hidden column E kept out of the text, not out of the addresses).
    expect(sums[0]?.location.cell).toBe('项目自评表!D6');
    expect(sums[0]?.related?.map((r) => r.text)).toEqual(['148.25', '90.00']);
    expect(result.files[0]?.format).toBe('xlsx');
    expect(result.summary.errors).toBeGreaterThan(0);
  });

  it('the text output and the overview name the cell, not a line of the text read', () => {
    expect(textOut).toMatch(/^ {4}项目自评表!D6 错误 \[JX_CHECK_SUM\] 合计“全年执行数”为 248\.25/m);
    expect(readFileSync(path.join(dir, '汇总.csv'), 'utf8')).toContain('错误：项目自评表!D6 [JX_CHECK_SUM]');
  });
});

describe('what Excel leaves in a form', () => {
  it('a formula whose result is 0 shows 0.00, as Excel does (exceljs keeps a cached 0 out of the value); labelled values on one line are text', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-workbook-'));
    const file = path.join(dir, '结余.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('执行情况');
    ws.getCell('A1').value = '填报单位：乙单位';
    ws.getCell('D1').value = '单位：万元';
    ws.addRow(['项目', '全年预算', '执行数', '结余']);
    const r = ws.addRow(['水利工程运行维护经费', 338.6, 338.6, null]);
    r.getCell(4).value = { formula: 'B3-C3', result: 0 };
    for (const c of [2, 3, 4]) r.getCell(c).numFmt = '#,##0.00';
    writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
    const { text } = await readReportFile(file);
    expect(text.split('\n')).toEqual([
      '填报单位：乙单位 单位：万元',
      '',
      '| 项目 | 全年预算 | 执行数 | 结余 |',
      '|---|---|---|---|',
      '| 水利工程运行维护经费 | 338.60 | 338.60 | 0.00 |',
      '',
    ]);
  });

  it('a numbered heading on a row of its own over a row of column names starts another table; other single cells stay in their table', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-workbook-'));
    const file = path.join(dir, '基础数据表.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('基础数据表');
    ws.addRow(['2024年度部门整体支出基础数据表']);
    ws.addRow(['一、财政供养人员情况']);
    ws.addRow(['编制数', '实有在职人数', '控制率']);
    ws.addRow([48, 45, '93.75%']);
    ws.addRow(['二、经费控制情况（万元）']);
    ws.addRow(['项目', '2023年决算数', '2024年决算数']);
    ws.addRow(['“三公”经费', '10.92', '11.84']);
    ws.addRow(['1.公务用车运行维护费', '6.80', '7.48']);
    ws.addRow(['其他资金：']);
    ws.addRow(['2.公务接待费', '4.12', '4.63']);
    writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
    const { text } = await readReportFile(file);
    expect(text.split('\n')).toEqual([
      '# 2024年度部门整体支出基础数据表',
      '',
      '一、财政供养人员情况',
      '',
      '| 编制数 | 实有在职人数 | 控制率 |',
      '|---|---|---|',
      '| 48 | 45 | 93.75% |',
      '',
      '二、经费控制情况（万元）',
      '',
      '| 项目 | 2023年决算数 | 2024年决算数 |',
      '|---|---|---|',
      '| “三公”经费 | 10.92 | 11.84 |',
      '| 1.公务用车运行维护费 | 6.80 | 7.48 |',
      '| 其他资金： |  |  |',
      '| 2.公务接待费 | 4.12 | 4.63 |',
      '',
    ]);
    // The 三公 total is checked against its numbered items under the second table's own header.
    const checked = jixiao(['check', file, '-f', 'json']);
    const findings = (JSON.parse(checked.stdout) as CheckResult).files[0]?.findings ?? [];
    expect(findings.map((f) => [f.code, f.stated])).toEqual([['JX_CHECK_SUM', '11.84']]);
  });
});
