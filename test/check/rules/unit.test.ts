import { describe, expect, it } from 'vitest';
import { hitsOf, NEEDS_SEEDS, seed } from './support.js';

const report = (table: string, summary: string): string =>
  `# 2024年度某专项资金绩效自评报告\n\n## 二、资金使用\n\n表1 分县区资金情况（单位：万元）\n\n| 县区 | 下达资金 | 实际支出 |\n| --- | --- | --- |\n| 甲县 | 12,000.00 | 11,820.40 |\n| 乙县 | 13,960.00 | 13,469.55 |\n| 合计 | 25,960.00 | ${table} |\n\n## 五、小结\n\n全年共支出建设资金${summary}，任务基本完成。\n`;

describe('unit: one amount written in two money scales', () => {
  it('the summary in 元 of the table\'s 万元 total is found; the table is taken for right', () => {
    expect(hitsOf('unit', report('25,289.95', '25,289.95万元'), 'r.md')).toEqual([]);
    expect(hitsOf('unit', report('25,289.95', '25,289.95元'), 'r.md')).toEqual([['JX_CHECK_UNIT', '25,289.95元']]);
    expect(hitsOf('unit', report('25,289.95', '25,289.95亿元'), 'r.md')).toEqual([['JX_CHECK_UNIT', '25,289.95亿元']]);
  });
  it('the scale most statements use is the right one', () => {
    const text = (a: string, b: string, c: string) => `# 2024年度某项目支出绩效自评报告\n\n## 一、概况\n\n年初预算${a}。\n\n## 二、使用情况\n\n全年预算${b}，实际支出${b}。\n\n## 五、小结\n\n全年预算${c}，执行率100.00%。\n`;
    expect(hitsOf('unit', text('1,864.05万元', '1,864.05万元', '1,864.05亿元'), 'r.md')).toEqual([['JX_CHECK_UNIT', '1,864.05亿元']]);
  });
  it('quiet on a correct conversion and on few digits that coincide; with one statement in each, the earlier is taken for right', () => {
    expect(hitsOf('unit', report('25,289.95', '252,899,500.00元'), 'r.md')).toEqual([]);
    const few = `# 2024年度某项目支出绩效自评报告\n\n## 一、概况\n\n补助标准每人1,350元，全年发放补助资金1,350万元。\n`;
    expect(hitsOf('unit', few, 'r.md')).toEqual([]);
    // Written to cents, four significant digits are a figure meant: 286.40元 against 286.40万元; a round 1,350.00 is not.
    const cents = (a: string, b: string) => `# 2024年度某项目支出绩效自评报告\n\n## 一、概况\n\n甲镇下达资金${a}。\n\n## 二、使用情况\n\n甲镇下达资金最多，为${b}。\n`;
    expect(hitsOf('unit', cents('286.40万元', '286.40元'), 'r.md')).toEqual([['JX_CHECK_UNIT', '286.40元']]);
    expect(hitsOf('unit', cents('1,350.00万元', '1,350.00元'), 'r.md')).toEqual([]);
    expect(hitsOf('unit', cents('286.4万元', '286.4元'), 'r.md')).toEqual([]);
    const tie = `# 2024年度某项目支出绩效自评报告\n\n## 一、概况\n\n全年预算1,864.05万元。\n\n## 五、小结\n\n全年预算1,864.05亿元。\n`;
    expect(hitsOf('unit', tie, 'r.md')).toEqual([['JX_CHECK_UNIT', '1,864.05亿元']]);
  });
  it('a conversion stated in place must display the same amount', () => {
    const text = (s: string) => `# 2024年度某补贴资金绩效自评报告\n\n## 二、资金兑付\n\n${s}\n`;
    expect(hitsOf('unit', text('全年共兑付补贴资金5,893,276.50元（折合589.33万元），资金执行率95.60%。'), 'r.md')).toEqual([]);
    expect(hitsOf('unit', text('全年共兑付补贴资金5,893,276.50元（折合598.33万元），资金执行率95.60%。'), 'r.md')).toEqual([['JX_CHECK_UNIT', '598.33万元']]);
    expect(hitsOf('unit', text('全年共兑付补贴资金5,893,276.50元，折合598.33万元。'), 'r.md')).toEqual([['JX_CHECK_UNIT', '598.33万元']]);
    expect(hitsOf('unit', text('兑付43,548,014.40元，即4,354.80万元。'), 'r.md')).toEqual([]);
    expect(hitsOf('unit', text('兑付43,548,014.40元，即4,345.80万元。'), 'r.md')).toEqual([['JX_CHECK_UNIT', '4,345.80万元']]);
    expect(hitsOf('unit', text('项目总投资1.26亿元（12,600.00万元），当年完成投资8,400万元。'), 'r.md')).toEqual([]);
    expect(hitsOf('unit', text('项目总投资1.26亿元（12,900.00万元），当年完成投资8,400万元。'), 'r.md')).toEqual([['JX_CHECK_UNIT', '12,900.00万元']]);
    // Rounded on purpose (约合) within the shorter display; brackets that hold other figures are not conversions.
    expect(hitsOf('unit', text('全年发放补贴5,893,276.50元（约合589万元）。'), 'r.md')).toEqual([]);
    expect(hitsOf('unit', text('全年支出21.31万元（其中公务接待7,150元），较上年减少3.58万元。'), 'r.md')).toEqual([]);
    expect(hitsOf('unit', text('全年支出21.31万元（公务接待7,150元、公务用车运行维护141,950元），较上年减少3.58万元。'), 'r.md')).toEqual([]);
  });
  it('no amount of the seed reports is written in two scales', NEEDS_SEEDS, () => {
    for (const name of ['zhuzhou-2024-keji-fund-project.md', 'zhuzhou-2022-kejiju-department.txt', 'lusong-2023-kegongxin-department.txt']) {
      expect(hitsOf('unit', seed(name), name)).toEqual([]);
    }
  });
});
