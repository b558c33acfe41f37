import { describe, expect, it } from 'vitest';
import { markAlignedTables } from '../../../pipeline/read/aligned.js';
import { allHits } from './support.js';

/**
 * Correct wordings of the kinds that gave false findings on the clean files of the twelfth blind
 * corpus (bench/bulk-w), rewritten here with other names and figures: nothing is found in them;
 * and where a relation is read, the same wording with one figure wrong is found on that figure.
 */
const DEPT = '# 2024年度某省应急管理厅部门整体支出绩效自评报告\n\n## 一、部门基本情况\n\n本厅为省政府组成部门。\n\n## 二、预算收支情况\n\n';
const PROJECT = '# 2024年度某市衔接推进乡村振兴补助资金项目绩效自评报告\n\n## 一、项目概况\n\n';

const found = (text: string, file = 'report.md') => allHits(text, file).filter((h) => h.severity !== 'info').map((h) => `${h.code} ${h.mention.text}`);

const carried = (full: string) => `${PROJECT}2024年初下达补助资金5,200.00万元，年中追加300.00万元，加上上年结转资金150.00万元，全年可用预算${full}万元。\n`;
const available = (rate: string) => `${PROJECT}年初预算4,800.00万元，年中压减300.00万元，调整后预算4,500.00万元；加上年初结转200.00万元，全年可支配资金4,700.00万元。全年实际支出4,606.00万元，执行率${rate}，结余94.00万元。\n`;
const weightsFirst = (score: string) =>
  `${DEPT}| 一级指标 | 二级指标 | 三级指标 | 分值 | 目标值 | 实际值 | 得分 |\n|---|---|---|---|---|---|---|\n| 产出指标 | 数量指标 | 培训人次 | 40 | ≥500人次 | 620人次 | 40 |\n| 效益指标 | 社会效益 | 亿元GDP事故死亡率 | 60 | ≤0.015 | 0.012 | ${score} |\n| 总分 |  |  | 100 |  |  | 100 |\n`;

describe('bulk-w: correct wordings of the twelfth blind corpus kinds are quiet', () => {
  it('a carry-over stated before the whole year\'s budget is in it (年初A，追加B，加上上年结转C，全年可用预算D)', () => expect(found(carried('5,650.00'))).toEqual([]));
  it('last year\'s rate after this year\'s (比上年的X%提高g个百分点, 比上年（X%）提高) is not worked out again', () => {
    expect(found(`${DEPT}全年支出1,433.06万元，结余53.24万元，预算执行率96.42%，比上年的94.27%提高2.15个百分点。\n`)).toEqual([]);
    expect(found(`${DEPT}年初预算2,000.00万元，全年预算2,200.00万元。全年支出2,158.20万元，预算执行率98.10%，比上年（96.76%）提高1.34个百分点。\n`)).toEqual([]);
  });
  it('a rate over the funds available stated beside the adjusted budget', () => expect(found(available('98.0%'))).toEqual([]));
  it('a score table that puts 分值 before 目标值 and 实际值: a plain actual (0.012) is no 分值', () => expect(found(weightsFirst('60'))).toEqual([]));
  it('a 其中 sentence after a total, with its own 合计: the 合计 is no part', () =>
    expect(found(`${PROJECT}项目总投入1.2000亿元。其中：物资采购9,000.00万元，仓储保管2,000.00万元，运输调运1,000.00万元，合计12,000.00万元。\n`)).toEqual([]));
});

describe('bulk-w: the same wordings with a figure wrong are found', () => {
  it('the whole year\'s budget with its carry-over', () => expect(found(carried('5,750.00'))).toEqual(['JX_CHECK_BUDGET_ADJUST 5,750.00万元']));
  it('the rate, neither over the adjusted budget nor over the funds available', () => expect(found(available('96.5%'))).toEqual(['JX_CHECK_RATE 96.5%']));
  it('an indicator score against its 分值 read from the header', () => expect(found(weightsFirst('65')).filter((h) => h.startsWith('JX_CHECK_INDICATOR_SCORE'))).toEqual(['JX_CHECK_INDICATOR_SCORE 65']));
});

const grown = (rate: string) => `${DEPT}2. 公务用车运行维护费12.60万元，上年10.50万元，同比增长${rate}，原因是执法用车维修费用增加；\n`;
const perVisit = (each: string) => `${PROJECT}1. 市体育中心等3个场馆全年免费低收费开放，入场健身25.0万人次，开放补助200.00万元，每人次补助${each}元。\n`;

describe('bulk-w: relations read since', () => {
  it('this year\'s, then ，上年 last year\'s with no verb, then the growth rate', () => {
    expect(found(grown('20.00%'))).toEqual([]);
    expect(found(grown('21.00%'))).toEqual(['JX_CHECK_RATE 21.00%']);
  });
  it('a cost per 人次 (每人次补助) over the amount and the count of 人次 before it', () => {
    expect(found(perVisit('8.00'))).toEqual([]);
    expect(found(perVisit('9.00'))).toEqual(['JX_CHECK_RATE 9.00元']);
  });
});

const allocated = (left: string) => `${PROJECT}表1 分县资金下达及支出情况（单位：万元）\n\n| 县（区） | 下达资金 | 实际支出 | 结余 |\n|---|---|---|---|\n| 甲县 | 1,200.00 | 1,150.00 | 50.00 |\n| 乙县 | 800.00 | 790.00 | ${left} |\n| 合计 | 2,000.00 | 1,940.00 | — |\n`;

const levels = (share: string) => `${PROJECT}今年三级财政共安排补助资金，其中中央财政补助400.00万元（占比80.00%），省级财政补助60.00万元（占比${share}），市级财政配套40.00万元，三级资金合计500.00万元。\n`;

describe('bulk-w: a share in brackets after a part, over the list\'s total said after it', () => {
  it('中央a（占比X%），省级b（占比Y%），市级c，合计T', () => {
    expect(found(levels('12.00%'))).toEqual([]);
    expect(found(levels('14.00%'))).toEqual(['JX_CHECK_RATE 14.00%']);
  });
});

const perBoat = (each: string) => `${PROJECT}全年发放渔业油价补贴600.00万元，补助渔船300艘，船均补助${each}元。\n`;

describe('bulk-x: a cost per thing named by the thing (船均) is per the unit it is counted in (艘)', () => {
  it('船均补助 over the amount and the count of 艘 before it', () => {
    expect(found(perBoat('20,000.00'))).toEqual([]);
    expect(found(perBoat('22,000.00'))).toEqual(['JX_CHECK_RATE 22,000.00元']);
  });
});

const sources = (rate: string) => `${PROJECT}年初预算960.00万元，年中追加120.50万元，全年预算1,080.50万元；全年执行1,032.18万元，执行率95.53%。分资金来源执行情况：\n\n1. 中央补助资金600.00万元，实际支出588.40万元，执行率${rate}；\n2. 省级补助资金280.00万元，实际支出262.30万元，执行率93.68%。\n`;
const targets = (actual: string) => `${PROJECT}| 指标类型 | 指标名称 | 评分标准 | 目标值 | 完成值 | 分值 | 得分 |\n|---|---|---|---|---|---|---|\n| 产出 | 公租房分配套数 | 达到目标得满分 | ≥1,200套 | ${actual} | 15 | 15 |\n`;
const gradedBelow = (grade: string) => `${PROJECT}## 四、绩效自评表\n\n| 指标 | 分值 | 得分 |\n|---|---|---|\n| 产出 | 50 | 48 |\n| 效益 | 50 | 49.06 |\n| 总分 | 100 | 97.06 |\n\n综合自评得分97.06分，自评等级为“${grade}”。\n`;

describe('bulk-y: the fourteenth blind corpus', () => {
  it('a list item\'s fund, its spending and its rate are its own line, not the year\'s budget', () => {
    expect(found(sources('98.07%'))).toEqual([]);
    expect(found(sources('96.07%'))).toEqual(['JX_CHECK_RATE 96.07%']);
  });
  it('a score table headed 目标值 | 完成值 is read, and its 评分标准 cell is no indicator name', () => {
    expect(found(targets('1,236套'))).toEqual([]);
    expect(allHits(targets('1,036套'), 'report.md').map((h) => `${h.code} ${h.message.slice(0, 12)}`)).toEqual(['JX_CHECK_INDICATOR_SCORE “公租房分配套数”未达标']);
  });
  it('a grade stated under the 自评表 heading, after the table', () => {
    expect(found(gradedBelow('优'))).toEqual([]);
    expect(found(gradedBelow('良'))).toEqual(['JX_CHECK_GRADE 97.06分']);
  });
});

const bySource = (intro: string) =>
  `${PROJECT}## 二、资金使用情况\n\n年初预算680.00万元，年中追加45.00万元，加上上年结转资金15.00万元，全年可用预算740.00万元。全年实际支出721.50万元。\n\n${intro}\n\n1. 中央补助资金400.00万元，实际支出396.00万元；\n2. 省级补助资金200.00万元，实际支出190.00万元。\n`;

describe('a hand-written report: a list of funds by source under 资金使用情况', () => {
  it('is no breakdown of the carry-over stated before it', () => {
    expect(found(bySource('分资金来源看：'))).toEqual([]);
    expect(found(bySource('资金使用情况如下：'))).toEqual([]);
  });
});

describe('bulk-w: a table of funds allocated (下达资金), spent and left', () => {
  it('each row\'s 结余 is what was allocated less what was spent', () => {
    expect(found(allocated('10.00'))).toEqual([]);
    expect(found(allocated('100.00'))).toEqual(['JX_CHECK_BALANCE 100.00']);
  });
});

describe('bulk-w: a space-aligned table whose rows leave the first cells blank under a merged one', () => {
  it('opens those rows with a tab for each column skipped', () => {
    const table = ['一级指标        二级指标  三级指标                   分值      得分', '管理效率        预算执行  预算执行率                 15        15.0', '                政府采购  政府采购执行率             5         5.0', ''].join('\n');
    const rows = markAlignedTables(table).split('\n');
    expect(rows.map((l) => l.length)).toEqual(table.split('\n').map((l) => l.length));
    expect(rows[2]?.split('\t').map((c) => c.trim())).toEqual(['', '政府采购', '政府采购执行率', '5', '5.0']);
  });
});
