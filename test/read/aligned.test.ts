import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../pipeline/check/index.js';
import { readReportFile } from '../../pipeline/read/index.js';
import { markAlignedTables } from '../../pipeline/read/aligned.js';
import { NATIONAL } from '../check/rules/support.js';

const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-aligned-'));

/** A plain-text report whose table is lined up with spaces, as pasted from Word. */
const report = (total: string) =>
  [
    '某省2024年校舍维修资金绩效自评报告',
    '一、资金分配',
    '　　各地分配如下（单位：万元）：',
    '地区        中央资金   省级资金  合计',
    '甲市        1,200.00   400.00    1,600.00',
    '乙市        800.00     200.00    1,000.00',
    `合计        2,000.00   600.00    ${total}`,
    '二、资金使用',
    '　　全年支出2,550.00万元，资金使用规范。',
    '',
  ].join('\n');

describe('read: a plain-text table lined up with spaces', () => {
  it('is marked as tab rows without moving a character', () => {
    const text = report('2,600.00');
    const marked = markAlignedTables(text);
    expect(marked).toHaveLength(text.length);
    expect(marked.split('\n').map((l) => l.length)).toEqual(text.split('\n').map((l) => l.length));
    expect(marked.split('\n')[4]).toBe('甲市\t       1,200.00\t  400.00\t   1,600.00');
    // A label padded to width (合    计) is one cell.
    expect(markAlignedTables('项目名称    中央资金  合计\n道路养护    100.00    150.00\n合    计    180.00    250.00\n').split('\n')[2]).toBe('合    计\t   180.00\t   250.00');
    // Form lines (填报单位：…  联系人：…) and outline prose with double spaces are no table.
    const form = '填报单位：某局    联系人：张三    电话：12345678\n审核人：李四    日期：3月1日    邮编：100000\n负责人：王五    传真：87654321    地址：某路1号\n';
    expect(markAlignedTables(form)).toBe(form);
    const outline = '一、概况。本项目2024年实施  总投资100万元  完成率98%\n二、目标。完成道路10公里  桥梁2座  满意度95%\n三、执行。实际支出95万元  执行率95%  结余5万元\n';
    expect(markAlignedTables(outline)).toBe(outline);
    // Prose, and two lines typed with double spaces, stay as they are.
    const prose = '一、概况\n　　全年支出2,550.00万元。\n注：  单位  万元\n备注：  见附表\n';
    expect(markAlignedTables(prose)).toBe(prose);
  });

  it('a header and its one row, four cells or more each, are a table too', () => {
    const pair = ['项目资金（万元）  全年预算  执行数  分值  执行率  得分', '年度资金总额      120.00    117.36  10    97.80%  9.78', ''].join('\n');
    expect(markAlignedTables(pair).split('\n')[1]?.split('\t').map((c) => c.trim())).toEqual(['年度资金总额', '120.00', '117.36', '10', '97.80%', '9.78']);
    const prose = '注：  本表  单位  万元\n  合计数据  见附件。\n';
    expect(markAlignedTables(prose)).toBe(prose);
  });

  it('a caption above the table (表1　…　　单位：万元) is none of its rows', () => {
    const table = ['表1　项目支出执行情况　　单位：万元', '项目名称            全年预算  实际支出  执行率', '社区运转经费        642.00    642.00    100.00%', '老旧小区改造配套    300.00    281.40    93.80%', ''].join('\n');
    const rows = markAlignedTables(table).split('\n');
    expect(rows[0]).toBe('表1　项目支出执行情况　　单位：万元');
    expect(rows[1]?.split('\t').map((c) => c.trim())).toEqual(['项目名称', '全年预算', '实际支出', '执行率']);
  });

  it('a row with empty cells gets a tab for each column its gap spans', () => {
    const table = ['一级    指标                分值  得分', '产出    培训人数            20    20', '效益    示范带动作用        10    9', '小计                        30    29', ''].join('\n');
    const rows = markAlignedTables(table).split('\n');
    expect(rows[3]?.split('\t').map((c) => c.trim())).toEqual(['小计', '', '30', '29']);
    expect(rows[1]?.split('\t').map((c) => c.trim())).toEqual(['产出', '培训人数', '20', '20']);
  });

  it('cells two spaces apart, not lined up: a total row of a label and figures has the last columns', () => {
    const table = ['序号  设备名称  预算金额  采购金额  执行率', '1  巡检无人机  80,000.00  78,400.00  98.00%', '2  便携式水质检测仪  50,000.00  49,500.00  99.00%', '合计  130,000.00  127,900.00  98.38%', ''].join('\n');
    const rows = markAlignedTables(table).split('\n');
    expect(rows[3]?.split('\t').map((c) => c.trim())).toEqual(['合计', '', '130,000.00', '127,900.00', '98.38%']);
    expect(rows[2]?.split('\t').map((c) => c.trim())).toEqual(['2', '便携式水质检测仪', '50,000.00', '49,500.00', '99.00%']);
    // A short row that is not only figures after its label keeps one column per gap.
    expect(markAlignedTables(`${table}备注  见附件  2项\n`).split('\n')[4]?.split('\t').map((c) => c.trim())).toEqual(['备注', '见附件', '2项']);
  });

  it('rows ruled with full-width bars are tab rows; a line with one bar, or alone, is left as it is', () => {
    const table = ['说明｜见附件', '资金来源｜年初预算数｜全年执行数｜执行率', '年度资金总额｜500.00｜480.00｜96.00%', '｜其中：专项债券｜300.00｜290.00｜96.67%｜', '甲｜乙｜丙', ''].join('\n');
    const rows = markAlignedTables(table).split('\n');
    expect(rows.map((l) => l.length)).toEqual(table.split('\n').map((l) => l.length));
    expect(rows[0]).toBe('说明｜见附件');
    expect(rows[1]?.split('\t')).toEqual(['资金来源', '年初预算数', '全年执行数', '执行率']);
    expect(rows[2]?.split('\t')).toEqual(['年度资金总额', '500.00', '480.00', '96.00%']);
    expect(rows[3]?.split('\t').map((c) => c.trim())).toEqual(['其中：专项债券', '300.00', '290.00', '96.67%']);
    expect(rows[4]).toBe('甲｜乙｜丙');
  });

  it('so a row that does not add up is found in the file as read', async () => {
    for (const [total, found] of [['2,600.00', []], ['2,650.00', ['JX_CHECK_SUM 2,650.00']]] as const) {
      const file = path.join(dir, `r-${total}.txt`);
      writeFileSync(file, report(total));
      const { text, format } = await readReportFile(file);
      const errors = checkReport({ file, text, format }, { profile: NATIONAL }).findings.filter((f) => f.severity === 'error');
      expect(errors.map((f) => `${f.code} ${text.slice(f.location.offset, f.location.offset + total.length)}`)).toEqual(found);
    }
  });

  it('a corner cell named by a kind of spending names the rows; a 变化 column and a short total row keep their columns', async () => {
    const file = path.join(dir, 'corner.txt');
    writeFileSync(
      file,
      [
        '某镇农技站2024年度部门整体支出绩效自评报告',
        '一、支出概况（单位：万元）',
        '  支出      本年    上年    变化',
        '  基本支出  58.20   55.10   增长5.63%',
        '  项目支出  31.40   40.00   下降21.50%',
        '  合计      89.60   95.10',
        '',
      ].join('\n'),
    );
    const { text, format } = await readReportFile(file);
    const subjects = checkReport({ file, text, format }, { profile: NATIONAL }).mentions.map((m) => `${m.text} ${m.subject}`);
    expect(subjects).toEqual(
      expect.arrayContaining(['58.20 基本支出 / 本年', '55.10 基本支出 / 上年', '5.63% 基本支出 / 变化', '31.40 项目支出 / 本年', '89.60 合计 / 本年', '95.10 合计 / 上年']),
    );
  });

  it('an amount with a space between its thousands (1 046.20) is one figure in a cell of a space-aligned table', async () => {
    const file = path.join(dir, 'spaced.txt');
    writeFileSync(
      file,
      [
        '某社2024年度部门整体支出绩效自评报告',
        '一、预算执行（单位：万元）',
        '项目          年初预算   全年预算      支出    执行率',
        '项目合计        426.20     671.70    642.58    95.66%',
        '基本支出        620.00     620.00    612.45    98.78%',
        '总计          1 046.20   1 291.70  1 255.03    97.16%',
        '',
      ].join('\n'),
    );
    const { text, format } = await readReportFile(file);
    const subjects = checkReport({ file, text, format }, { profile: NATIONAL }).mentions.map((m) => `${m.text} ${m.subject}`);
    expect(subjects).toEqual(expect.arrayContaining(['1 046.20 总计 / 年初预算', '1 291.70 总计 / 全年预算', '1 255.03 总计 / 支出', '97.16% 总计 / 执行率']));
  });
});
