import { describe, expect, it } from 'vitest';
import { hitsOf } from './support.js';

const report = (body: string) => `# 2024年度某项目支出绩效自评报告\n\n## 五、自评结论\n\n${body}\n`;
const check = (body: string): [string, string][] => hitsOf('grade', report(body), 'r.md');

describe('grade: the grade given against the one the total earns', () => {
  it('a total and its grade in one sentence', () => {
    expect(check('综上，本项目自评总分为93.50分，自评结论为“优”。')).toEqual([]);
    expect(check('综上，本项目自评总分为83.50分，自评结论为“优”。')).toEqual([['JX_CHECK_GRADE', '83.50分']]);
    expect(check('本年度绩效自评得分79.9分，等级良。')).toEqual([['JX_CHECK_GRADE', '79.9分']]);
    expect(check('本年度绩效自评得分80分，等级良。')).toEqual([]);
  });
  it('the longer names of a grade, and a grade in the next sentence of the paragraph', () => {
    expect(check('经逐项打分，总得分88.00分。评价等级为优秀。')).toEqual([['JX_CHECK_GRADE', '88.00分']]);
    expect(check('经逐项打分，总得分88.00分。评价等级为良好。')).toEqual([]);
  });
  it('a grade given by a verb after the score, or named a 结论 with a colon', () => {
    expect(check('经自评，合计得分99分，评定为良好。')).toEqual([['JX_CHECK_GRADE', '99分']]);
    expect(check('经自评，合计得分92分，评定为优秀。')).toEqual([]);
    expect(check('自评总分85分，自评结论：优秀。')).toEqual([['JX_CHECK_GRADE', '85分']]);
    expect(check('自评总分85分。单位在年度考核中被评为优秀单位。')).toEqual([]);
  });
  it('the whole\'s score named by what it scores (部门整体支出绩效得分, 项目绩效得分)', () => {
    expect(check('经自评，我局2024年度部门整体支出绩效得分87.75分，等级为“优”。')).toEqual([['JX_CHECK_GRADE', '87.75分']]);
    expect(check('经自评，我局2024年度部门整体支出绩效得分87.75分，等级为“良”。')).toEqual([]);
    expect(check('经自评，产出指标绩效得分45分，等级为优。')).toEqual([]);
  });
  it('a reviewer\'s score and the grade it gives (复核得分, 复核等级)', () => {
    expect(check('另据第三方复核，本项目复核得分91.6分，复核等级为“良”。')).toEqual([['JX_CHECK_GRADE', '91.6分']]);
    expect(check('另据第三方复核，本项目复核得分88.6分，复核等级为“良”。')).toEqual([]);
  });
  it('a score table\'s 总分 row that names its grade', () => {
    const table = (total: string) =>
      `# 2024年度某项目支出绩效自评报告\n\n## 附件\n\n| 一级指标 | 三级指标 | 分值 | 得分 | 备注 |\n| --- | --- | --- | --- | --- |\n| 产出指标 | 完成数量 | 50 | 45 | |\n| 效益指标 | 受益人数 | 50 | ${total} | |\n| 总分 | | 100 | ${Number(total) + 45} | 自评等级：优 |\n`;
    expect(hitsOf('grade', table('47'), 'r.md')).toEqual([]);
    expect(hitsOf('grade', table('40'), 'r.md')).toEqual([['JX_CHECK_GRADE', '85']]);
  });
  it('quiet on the rule itself, a weight, a part\'s score, and words that only look like a grade', () => {
    expect(check('总分90分（含）以上为优，80（含）至90分为良。')).toEqual([]);
    expect(check('满分100分，其中产出指标得分45分，等级为优。')).toEqual([]);
    expect(check('自评总分为85.00分，评价结果中发现的问题已整改。')).toEqual([]);
    expect(check('自评总分为85.00分，与上年相比有所提高。自评结论为“优”的项目共3个。')).toEqual([]);
  });
});
