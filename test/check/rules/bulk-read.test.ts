import { describe, expect, it } from 'vitest';
import { allHits } from './support.js';

/**
 * Correct wordings of the kinds that gave false findings on the clean files of the tenth blind corpus
 * (bench/bulk-u), rewritten here with other names and figures: nothing is found in any of them.
 */
const DEPT = '# 2024年度某档案馆部门整体支出绩效自评报告\n\n## 一、部门基本情况\n\n本馆为财政全额拨款事业单位。\n\n## 二、预算收支情况\n\n';
const TRANSFER = '# 2024年度某市农村公路养护专项转移支付绩效自评报告\n\n## 一、基本情况\n\n';

const CASES: readonly [string, string][] = [
  [
    "a department's 项目支出 rate is over the 项目支出 budget, not the year's whole",
    `${DEPT}1. 全年预算500.00万元，其中基本支出预算380.00万元、项目支出预算120.00万元。\n\n2. 基本支出376.20万元，执行率99.00%。\n\n3. 项目支出114.00万元，执行率95.00%，其中档案数字化60.00万元、库房维护54.00万元。\n`,
  ],
  [
    'an average among the parts of a 其中 list is per item, not a part',
    `${DEPT}3. 项目支出80.00万元，其中培训课程48.00万元，开设课程40个班次，每班次平均12,000.00元；场馆维护32.00万元。\n`,
  ],
  [
    "a county's rate after the whole's, the county a row of the table",
    `${TRANSFER}| 县区 | 养护里程（公里） | 下达资金（万元） | 实际支出（万元） |\n|---|---|---|---|\n| 甲区 | 300 | 40.00 | 40.00 |\n| 乙县 | 420 | 60.00 | 56.00 |\n| 合计 | 720 | 100.00 | 96.00 |\n\n截至年底，各县（区）实际支出96.00万元，支出进度96.00%。甲区支出进度100%，乙县因年底集中结算，进度略慢。\n`,
  ],
];

describe('bulk-u: correct wordings of the tenth blind corpus kinds are quiet', () => {
  for (const [name, text] of CASES) {
    it(name, () => expect(allHits(text, 'report.md').filter((h) => h.severity !== 'info').map((h) => `${h.code} ${h.mention.text}`)).toEqual([]));
  }
});
