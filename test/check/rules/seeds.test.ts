/**
 * Every rule on the three real reports: the findings a finance officer would agree with, and
 * no others (a false alarm fails these tests as surely as a miss).
 */
import { describe, expect, it } from 'vitest';
import { NEEDS_SEEDS, allHits, seed, summary } from './support.js';

function findings(name: string): string[] {
  return summary(allHits(seed(name), name));
}

describe('all rules on the seeds', () => {
  it('zhuzhou-2024-keji-fund-project.md', NEEDS_SEEDS, () => {
    expect(findings('zhuzhou-2024-keji-fund-project.md')).toEqual([
      // 1.–5. 项目总计支出 240 + 300 + 450 + 400 + 424.05 = 1814.05, against 最终确定预算支出 1864.05.
      'JX_CHECK_SUM error 1864.05万元',
      // 国家高新技术企业总数: 1302家 in （三）, 达1300家 in 1. (and 5.).
      'JX_CHECK_CONFLICT warning 1300家',
      // 知识价值信用贷款: 19.65亿元 in （三） and the table, 31亿元 in 1. (and 5.).
      'JX_CHECK_CONFLICT error 31亿元',
      // 万人高价值发明专利拥有量: 13.79件 in 1. and 5., 14.91件 as the table's 实际完成值.
      'JX_CHECK_TABLE_NARRATIVE error 14.91件',
      // 全社会研发投入总量 115.49 of 120 亿元, weight 5: 4.81 in proportion, scored 4 with a reason.
      'JX_CHECK_INDICATOR_SCORE info 4',
    ]);
  });

  it('lusong-2023-kegongxin-department.txt', NEEDS_SEEDS, () => {
    expect(findings('lusong-2023-kegongxin-department.txt')).toEqual([
      // 新冠肺炎疫情防控: 1.01万元 in the 项目支出 list, 实际支出 1.00万元 in the project's paragraph.
      'JX_CHECK_CONFLICT error 1.00万元',
      // 产业发展资金: 16.85万元 in the list, 实际支出 16.84万元 in the paragraph.
      'JX_CHECK_CONFLICT error 16.84万元',
      // 全年预算: 192.31万元 in the narrative (that is the 年初预算), 1452.61 in the 自评表.
      'JX_CHECK_TABLE_NARRATIVE error 1452.61',
      // 执行率 99.91% × 10 = 9.99, scored 9.
      'JX_CHECK_RATE_SCORE warning 9',
      // 规模工业总产值同比增长 6% of 8%, weight 5: 3.75 in proportion, scored 3 with a reason.
      'JX_CHECK_INDICATOR_SCORE info 3',
      // 服务对象满意度 “95%以上” in the narrative, 90% as the table's 实际完成值.
      'JX_CHECK_TABLE_NARRATIVE warning 90%',
      // 基本支出 (a cost) 257.08 against 183.31, weight 20: 14.26 in proportion, scored 18 with a reason.
      'JX_CHECK_INDICATOR_SCORE info 18',
      // 总分 row 分值 90, while 10 + 40 + 20 + 10 + 20 = 100 (得分 95 = Σ holds).
      'JX_CHECK_WEIGHT_TOTAL error 90',
    ]);
  });

  it('zhuzhou-2022-kejiju-department.txt', NEEDS_SEEDS, () => {
    // 1164.45 = 915.38 + 249.07, 9 内设机构, 16/16/16 hold; the table is flattened PDF text and is not read.
    expect(findings('zhuzhou-2022-kejiju-department.txt')).toEqual([]);
  });

  it('every hit points at the figure it names', NEEDS_SEEDS, () => {
    for (const name of ['zhuzhou-2024-keji-fund-project.md', 'lusong-2023-kegongxin-department.txt']) {
      const text = seed(name);
      for (const h of allHits(text, name)) {
        expect(text.slice(h.mention.start, h.mention.end)).toBe(h.mention.text);
        for (const r of h.related) expect(text.slice(r.start, r.end)).toBe(r.text);
        expect(h.message).not.toBe('');
        expect(h.source).not.toBe('');
      }
    }
  });
});
