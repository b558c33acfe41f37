import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../pipeline/mentions/index.js';
import { reflowWrapped } from '../../pipeline/read/reflow.js';

const wrapped = [
  '某县科学技术协会2024年度部门整体支出绩效自评报告',
  '',
  '（一）收支总体情况',
  '年初预算386.50万元。年内为创建科普示范县追加',
  '资金132.00万元，全年预算518.50万元，实际支出503',
  '.27万元，预算执行率97.06%，结余15.23万元。',
  '基本支出合计……………………………241.36万元',
  '　　人员经费……………………………208.92万元',
  '“三公”经费只有公务接待费0.98万元，上年1.26万元，下',
  '降22.22%，为预算1.50万元的65.33%。',
  '（二）项目支出',
  '项目支出261.91万元。',
].join('\n');

describe('text wrapped at a fixed width', () => {
  it('joins the lines a paragraph was broken into on its first line, keeping the length and every later line where it was', () => {
    const { text, joined } = reflowWrapped(wrapped);
    expect(joined).toBe(3);
    expect(text.length).toBe(wrapped.length);
    const lines = text.split('\n');
    expect(lines).toHaveLength(wrapped.split('\n').length);
    expect(lines[3]).toBe('年初预算386.50万元。年内为创建科普示范县追加资金132.00万元，全年预算518.50万元，实际支出503.27万元，预算执行率97.06%，结余15.23万元。');
    expect(lines[8]).toBe('“三公”经费只有公务接待费0.98万元，上年1.26万元，下降22.22%，为预算1.50万元的65.33%。');
    // Headings, a leader list and the lines after them stay as they were.
    for (const k of [0, 2, 6, 7, 10, 11]) expect(lines[k]).toBe(wrapped.split('\n')[k]);
    expect(extractMentions(text).map((m) => m.text)).toContain('503.27万元');
  });

  it('leaves alone text whose lines end their sentences, headings, indented paragraphs and laid-out tables', () => {
    const plain = [
      '一、部门基本情况',
      '　　本局内设5个科室，编制45名，年末在职42人',
      '　　全年支出1,987.66万元。',
      '项目        全年预算    实际支出',
      '基本支出    1,134.58    1,120.00',
      '2.项目资金使用情况及绩效目标完成情况说明',
      '本项目全年支出853.08万元。',
      // A table set with single spaces between its cells, or ideographic ones, and a table set one cell a line.
      '一级指标 二级指标 三级指标 年度指标值 实际完成值',
      '产出指标 数量指标 新建站点 12个 12个',
      '1　妇女儿童维权及关爱项目　22.00　21.35　97.05%',
      '2　困难妇女救助项目　18.00　18.00　100.00%',
      '家庭经济困难寄宿生生活补助人数',
      '3,826',
      // A title, its subtitle in brackets, and an abstract.
      '某县退役军人事务局2024年度部门整体支出绩效自评报告',
      '（某县退役军人事务局　2025年3月）',
      '【摘要】2024年，我局全年支出1,234.56万元。',
    ].join('\n');
    expect(reflowWrapped(plain)).toEqual({ text: plain, joined: 0 });
  });
});
