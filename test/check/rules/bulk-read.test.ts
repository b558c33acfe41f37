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
    'a per-unit after a per-household amount: the per-household is not what is shared out',
    `${DEPT}全年补贴机具600台（套），受益农户500户，户均获得补贴9,000.00元，台均补贴7,500.00元。\n`,
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

/** Errors of the kinds the tenth blind corpus changed, in other words: each is found, on the figure changed. */
const FOUND: readonly [string, string, string][] = [
  [
    'a 其中 list after an amount and its 执行率 breaks down the amount',
    `${DEPT}3. 项目支出60.00万元，执行率96.00%，其中：年鉴编纂30.00万元，资料征集20.50万元，展陈维护10.00万元。\n`,
    'JX_CHECK_SUM 60.00万元',
  ],
  [
    'a unit slip of four digits under one name (公用经费48.36万元 … 公用经费48.36亿元)',
    `${DEPT}2. 基本支出279.88万元：人员经费231.52万元，公用经费48.36万元。\n\n## 三、绩效情况\n\n公用经费48.36亿元主要用于场馆水电和设备维护。\n`,
    'JX_CHECK_UNIT 48.36亿元',
  ],
  [
    'a bare cost per unit (完成N处，每处平均C) is the amount over the count of its semicolon part',
    `${DEPT}其中，雨量站改造支出120.00万元，完成16处，每处平均7.05万元；水位站改造支出90.00万元，完成6处，每处平均15.00万元。\n`,
    'JX_CHECK_RATE 7.05万元',
  ],
  [
    '例均 over the cases stated before it',
    `${DEPT}全年为2,000例减免火化费，减免支出1,300,000.00元，例均600.00元；遗体接运1,500例，例均补助260.00元。\n`,
    'JX_CHECK_RATE 600.00元',
  ],
  [
    'a cost per unit with its verb (每吨补贴, 每张床位补贴)',
    `${DEPT}全年轮换储备粮5,000吨，轮换费用补贴支出200.00万元，每吨补贴380.00元。\n`,
    'JX_CHECK_RATE 380.00元',
  ],
  [
    'a balance left of the funds available stated in the item before (（一）…可用资金合计A。（二）全年支出B；结余C)',
    `${DEPT}（一）2024年安排基金预算1500.00万元，加上年结转200.00万元，可用资金合计1700.00万元。\n\n（二）全年支出1650.00万元，支出进度97.06%；结余55.00万元，结转下年使用。\n`,
    'JX_CHECK_BALANCE 55.00万元',
  ],
  [
    '基本支出 stated alone, its two parts in the next sentence (基本支出X。人员经费a，公用经费b元)',
    `${DEPT}（二）基本支出900.00万元。人员经费760.00万元，公用经费140.00元。\n`,
    'JX_CHECK_SUM 900.00万元',
  ],
  [
    'a row of a table restated in prose: its share is the row’s (民事案件N件，占全部结案的X%)',
    `${DEPT}表1 案件结构\n\n| 案件类型 | 结案件数 | 占比 |\n|---|---|---|\n| 刑事案件 | 500 | 50.00% |\n| 民事案件 | 400 | 40.00% |\n| 行政案件 | 100 | 10.00% |\n| 合计 | 1,000 | 100.00% |\n\n民事案件400件，占全部结案的44.00%，主要为劳动报酬纠纷。\n`,
    'JX_CHECK_TABLE_NARRATIVE 44.00%',
  ],
];

describe('bulk-u: errors of the tenth blind corpus kinds are found', () => {
  for (const [name, text, want] of FOUND) {
    it(name, () => expect(allHits(text, 'report.md').filter((h) => h.severity === 'error').map((h) => `${h.code} ${h.mention.text}`)).toEqual([want]));
  }
  const table = (reason: string, grade: string) =>
    `# 2024年度某办部门整体支出绩效自评表\n\n## 四、绩效自评表\n\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析\n产出指标\t数量指标\t新建警报器\t≥20台\t20台\t50\t50\t无\n产出指标\t数量指标\t宣传活动\t≥40场\t36场\t50\t50\t${reason}\n总分\t\t\t\t\t100\t100\t\n自评等级\t\t\t\t\t${grade}\t\t\n`;
  it('a 偏差原因 cell of 无 gives no reason: a full score for a shortfall is a warning', () => {
    const score = (reason: string) => allHits(table(reason, '优'), 'report.txt').filter((h) => h.code === 'JX_CHECK_INDICATOR_SCORE').map((h) => h.severity);
    expect(score('无')).toEqual(['warning']);
    expect(score('—')).toEqual(['warning']);
    expect(score('台风影响取消4场')).toEqual(['info']);
  });
  it('a grade in its own row under the 总分 row', () => {
    const grade = (g: string) => allHits(table('台风影响取消4场', g), 'report.txt').filter((h) => h.code === 'JX_CHECK_GRADE').map((h) => h.mention.text);
    expect(grade('良')).toEqual(['100']);
    expect(grade('优')).toEqual([]);
  });
  it('基本支出 stated alone, its two parts adding up in the next sentence, is quiet', () => {
    const text = `${DEPT}（二）基本支出900.00万元。人员经费760.00万元，公用经费140.00万元。\n\n（三）项目支出300.00万元。人员经费20.00万元，公用经费10.00万元。\n`;
    expect(allHits(text, 'report.md').filter((h) => h.code === 'JX_CHECK_SUM')).toEqual([]);
  });
  it('a row’s share is not compared when the row’s percent is another kind (执行率) or it holds several amounts', () => {
    const rate = `${DEPT}| 项目 | 预算数 | 支出数 | 执行率 |\n|---|---|---|---|\n| 人员经费 | 600.00 | 590.00 | 98.33% |\n\n单位：万元\n\n人员经费590.00万元，占基本支出的80.00%。\n`;
    expect(allHits(rate, 'report.md').filter((h) => h.code === 'JX_CHECK_TABLE_NARRATIVE')).toEqual([]);
    const several = `${DEPT}| 项目 | 预算数 | 支出数 | 占比 |\n|---|---|---|---|\n| 产业发展 | 600.00 | 590.00 | 64.48% |\n\n产业发展600.00万元，占预算的63.00%。\n`;
    expect(allHits(several, 'report.md').filter((h) => h.code === 'JX_CHECK_TABLE_NARRATIVE')).toEqual([]);
  });
  it('four digits under two names are not one amount', () => {
    const text = `${DEPT}人均补助48.36万元。\n\n## 三、绩效情况\n\n公用经费48.36亿元。\n`;
    expect(allHits(text, 'report.md').filter((h) => h.code === 'JX_CHECK_UNIT')).toEqual([]);
  });
});
