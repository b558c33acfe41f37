import { describe, expect, it } from 'vitest';
import { NEEDS_SEEDS, allHits, hitsOf, seed, summary } from './support.js';

const report = (...paragraphs: string[]): string =>
  ['# 2024年度专项资金绩效自评报告', '## 一、绩效情况', ...paragraphs, '## 二、存在的问题', '无。'].join('\n\n');

describe('conflict: the same metric stated twice', () => {
  const valid: [string, string[]][] = [
    ['the same value twice', ['2024年，全市新增科技型企业备案320家。', '全年新增科技型企业备案320家，居全省前列。']],
    ['an approximation that holds the exact figure', ['科技型企业备案超300家。', '全年科技型企业备案320家。']],
    ['余 and 近 hold the exact figure', ['技术合同成交额近50亿元。', '全年技术合同成交额48.60亿元。']],
    ['different years', ['2023年度，研发投入总量50.00亿元。', '2024年，研发投入总量56.20亿元。']],
    ['a comparison year is not the figure’s year', ['2024年，研发投入总量56.20亿元，较2023年增长12%。', '全年研发投入总量56.20亿元。']],
    ['subjects sharing words', ['全年新增省级创新平台12家。', '目前新增省级以上创新平台20家。']],
    ['a share of another metric', ['研发投入总量56.20亿元，占GDP比重达到3.15%。', '高新技术产业增加值占GDP比重18.20%。']],
    ['a count that quantifies the noun after it', ['新增规上工业企业20家。', '为170家规上工业企业派驻联络员。']],
    ['goals are not actuals', ['力争研发投入总量达到60亿元。', '全年研发投入总量56.20亿元。']],
    ['one sentence stating a start and an end', ['研发投入总量从50.00亿元提高到研发投入总量56.20亿元。']],
    ['two money figures within display rounding', ['全年发放科技贷款3亿元。', '发放科技贷款2.96亿元，惠及企业120家。']],
    ['role words of different items', ['一是甲专项，实际支出6.85万元。', '二是乙专项，实际支出6.00万元。']],
    ['城市 and 农村 of one list', ['城市最低生活保障金支出1,119.45万元。', '农村最低生活保障金支出1,125.74万元。']],
    ['an item and the pair it is part of', ['公务用车购置及运行维护费34.13万元。', '公务用车运行维护费12.13万元。']],
  ];
  for (const [name, paragraphs] of valid) {
    it(`quiet: ${name}`, () => expect(hitsOf('conflict', report(...paragraphs), 'report.md')).toEqual([]));
  }

  it('finds two exact statements that cannot both hold, on the later one', () => {
    const text = report('全年发放知识产权质押贷款19.65亿元。', '2024年，发放知识产权质押贷款31亿元，惠及企业300家。');
    expect(summary(allHits(text, 'report.md'))).toEqual(['JX_CHECK_CONFLICT error 31亿元']);
  });

  it('reports a repeated wrong value once, with the earlier statement as related', () => {
    const text = report('全年发放知识产权质押贷款19.65亿元。', '发放知识产权质押贷款31亿元。', '此外，发放知识产权质押贷款31亿元。');
    const hits = allHits(text, 'report.md');
    expect(summary(hits)).toEqual(['JX_CHECK_CONFLICT error 31亿元']);
    expect(hits[0]?.related.map((m) => m.text)).toEqual(['19.65亿元']);
    expect(hits[0]?.message).toBe('“发放知识产权质押贷款”此处为 31亿元，前文为 19.65亿元，两处不一致');
  });

  it('a round count beside a close exact one is a warning', () => {
    const text = report('国家高新技术企业总数达1302家。', '国家高新技术企业总数达1300家，稳居全省第二。');
    expect(summary(allHits(text, 'report.md'))).toEqual(['JX_CHECK_CONFLICT warning 1300家']);
  });

  it('an approximation an exact figure lies outside of is a warning', () => {
    const text = report('服务对象满意度在95%以上。', '经第三方调查，服务对象满意度为90%。');
    expect(summary(allHits(text, 'report.md'))).toEqual(['JX_CHECK_CONFLICT warning 90%']);
  });

  it('an item’s role figure takes the item’s name', () => {
    const text = [
      '一、支出情况',
      '（一）项目支出情况',
      '1. 设备更新经费16.85万元；',
      '2. 科普活动经费10.00万元。',
      '二、专项资金情况',
      '1.设备更新经费年中执行调增16.84万元，实际支出16.84万元，结余结转0.00万元。',
      '2.科普活动经费年中执行调增10.00万元，实际支出10.00万元，结余结转0.00万元。',
    ].join('\n');
    expect(hitsOf('conflict', text)).toEqual([['JX_CHECK_CONFLICT', '16.84万元']]);
  });
});

describe('conflict: table against narrative', () => {
  const table = (target: string, actual: string): string =>
    [
      '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      `| 产出指标 | 数量指标 | 万人发明专利拥有量 | ${target} | ${actual} | 10 | 10 |`,
    ].join('\n');
  it('quiet when the 实际完成值 matches the narrative (the target may differ)', () => {
    expect(hitsOf('conflict', report('万人发明专利拥有量13.79件。', table('13件', '13.79件')), 'report.md')).toEqual([]);
  });
  it('finds a 实际完成值 that differs from the narrative', () => {
    expect(hitsOf('conflict', report('万人发明专利拥有量13.79件。', table('13件', '14.91件')), 'report.md')).toEqual([
      ['JX_CHECK_TABLE_NARRATIVE', '14.91件'],
    ]);
  });
  it('a target column equal to nothing in the narrative is no conflict', () => {
    expect(hitsOf('conflict', report('万人发明专利拥有量13.79件。', table('15件', '13.79件')), 'report.md')).toEqual([]);
  });
  it('the 全年预算数 of the budget row against the narrative', () => {
    const budget = [
      '| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      '| 年度资金总额 | 200.00 | 250.00 | 240.00 | 10 | 96% | 9.6 |',
    ].join('\n');
    expect(hitsOf('conflict', report('2024年，我局全年预算金额200.00万元，全年执行金额240.00万元。', budget), 'report.md')).toEqual([
      ['JX_CHECK_TABLE_NARRATIVE', '250.00'],
    ]);
  });
});

describe('conflict: a 合计 row is the unit\'s budget only in a 自评表', () => {
  it('the 合计 of a list of projects is theirs, not the whole budget stated in prose', () => {
    const text = [
      '# 2023年度某县卫生健康委员会部门整体支出绩效自评报告',
      '## 二、预算执行情况',
      '年初预算7601.73万元，追加预算2032.91万元，调整后全年预算数为9634.64万元。',
      '| 序号 | 项目名称 | 全年预算数 | 执行数 |',
      '| --- | --- | --- | --- |',
      '| 1 | 基本公共卫生服务 | 3,100.00 | 3,050.00 |',
      '| 2 | 医疗救助 | 2,127.60 | 2,100.00 |',
      '|  | 合计 | 5,227.60 | 5,150.00 |',
      '',
    ].join('\n\n').replace(/\n\n\|/gu, '\n|');
    expect(hitsOf('conflict', text, 'report.md')).toEqual([]);
  });
});

describe('conflict: a line of another table against the narrative', () => {
  const balanceSheet = [
    '| 收入项目 | 决算数 | 支出项目 | 决算数 |',
    '|---|---:|---|---:|',
    '| 财政拨款收入 | 4,404.56 | 基本支出 | 2,042.85 |',
    '| 其他收入 | 15.54 | 项目支出 | 2,377.25 |',
    '| 本年收入合计 | 4,420.10 | 本年支出合计 | 4,420.10 |',
    '| 上年结转结余 | 100.44 | 年末结转结余 | 100.44 |',
  ].join('\n');
  const staff = [
    '| 类别 | 编制数（人） | 实有人数（人） | 退休人数（人） |',
    '|---|---:|---:|---:|',
    '| 行政编制 | 30 | 28 | 11 |',
    '| 事业编制 | 21 | 20 | 12 |',
    '| 合计 | 51 | 48 | 23 |',
  ].join('\n');

  it('a carry-over in prose against the same line of a 收支总表 (two halves)', () => {
    const text = report('上年结转结余100.84万元，均按原用途使用。', '单位：万元', balanceSheet);
    const hits = allHits(text, 'report.md');
    expect(summary(hits)).toEqual(['JX_CHECK_TABLE_NARRATIVE error 100.44']);
    expect(hits[0]?.message).toBe('“上年结转结余”表格为 100.44万元，正文为 100.84万元，两处不一致');
  });

  it('the right half names its own line: 基本支出, not 财政拨款收入', () => {
    const text = report('全年基本支出2,402.85万元。', '单位：万元', balanceSheet);
    const hits = allHits(text, 'report.md');
    expect(summary(hits)).toEqual(['JX_CHECK_TABLE_NARRATIVE error 2,042.85']);
    expect(hits[0]?.message).toBe('“基本支出”表格为 2,042.85万元，正文为 2,402.85万元，两处不一致');
  });

  it('a count in prose against the 合计 row of a staff table (退休人员 and 退休人数 are one count)', () => {
    const text = report('另有退休人员24人。', staff);
    const hits = allHits(text, 'report.md');
    expect(summary(hits)).toEqual(['JX_CHECK_TABLE_NARRATIVE error 23']);
  });

  const counties = '| 区县 | 专项资金（万元） |  |\n|---|---|---|\n|  | 下达 | 支出 |\n| 甲区 | 1,280.00 | 1,246.35 |\n| 乙区 | 960.00 | 941.28 |\n| 合计 | 2,240.00 | 2,187.63 |';
  it('a role-only figure after a table row’s name in prose is that row’s (…甲区治理任务最重，全年支出X)', () => {
    const text = (x: string) => report(counties, `从区域分布看，甲区治理任务最重，全年支出${x}万元。`);
    expect(summary(allHits(text('1,264.35'), 'report.md')).filter((h) => h.startsWith('JX_CHECK_TABLE_NARRATIVE'))).toEqual(['JX_CHECK_TABLE_NARRATIVE error 1,264.35万元']);
    expect(hitsOf('conflict', text('1,246.35'), 'report.md')).toEqual([]);
  });

  it('各 and the head of the rows’ column (各县（区）实际支出) names the 合计 row, a column of counts beside it', () => {
    const table = '| 县（区） | 下达资金（万元） | 实际支出（万元） | 补贴人数（人） |\n|---|---|---|---|\n| 甲县 | 600.00 | 590.00 | 3105 |\n| 乙县 | 400.00 | 380.00 | 2468 |\n| 合计 | 1000.00 | 970.00 | 5573 |';
    const text = (x: string) => report(table, `截至12月31日，各县（区）实际支出${x}万元。`);
    expect(hitsOf('conflict', text('960.00'), 'report.md')).toEqual([['JX_CHECK_TABLE_NARRATIVE', '960.00万元']]);
    expect(hitsOf('conflict', text('970.00'), 'report.md')).toEqual([]);
    // A row's 年初预算 in prose is not its 全年预算数 column.
    const items = '| 项目名称 | 全年预算数 | 实际支出 |\n|---|---|---|\n| 免费开放补助 | 110.00 | 104.72 |';
    expect(hitsOf('conflict', report('单位：万元', items, '免费开放补助项目年初预算128.00万元，压减后全年预算110.00万元。'), 'report.md')).toEqual([]);
  });

  const quiet: [string, string[]][] = [
    ['two rows named before one figure, a sum, or a name the words before an earlier figure gave', [counties, '甲区和乙区全年支出2,187.63万元。', '甲区、乙区共支出2,187.63万元。', '甲区下达1,280.00万元，全年预算合计2,240.00万元。']],
    ['a row’s name inside the figure’s own subject', [counties, '本甲区项目年初预算3,450.00万元。']],
    ['the same values', ['上年结转结余100.44万元；另有退休人员23人。', '单位：万元', balanceSheet, staff]],
    ['a budget of the line is not its 决算', ['基本支出年初预算2,100.00万元。', '单位：万元', balanceSheet]],
    ['a project named as a functional classification line', ['项目支出主要包括：森林生态效益补偿707.96万元等。', '| 科目编码 | 科目名称 | 决算数（万元） |\n|---|---|---:|\n| 2130209 | 森林生态效益补偿 | 1159.27 |']],
    ['a name only like the line’s', ['社区矫正监管项目支出281.16万元。', '| 项目 | 执行数（万元） |\n|---|---:|\n| 社区矫正 | 242.64 |']],
    ['one category’s count, not the 合计', ['行政编制退休人员11人。', staff]],
  ];
  for (const [name, paragraphs] of quiet) {
    it(`quiet: ${name}`, () => expect(hitsOf('conflict', report(...paragraphs), 'report.md')).toEqual([]));
  }
});

describe('conflict: a cover sheet (name | value) against the 自评表', () => {
  const book = (spent: string, score: string) =>
    [
      '# 某区科学技术局2024年度项目支出绩效自评',
      '',
      '| 项目名称 | 科技企业孵化载体建设补助 |',
      '|---|---|',
      '| 全年预算数（万元） | 493.31 |',
      `| 全年执行数（万元） | ${spent} |`,
      `| 自评得分 | ${score} |`,
      '| 自评等级 | 优 |',
      '',
      '# 2024年度项目支出绩效自评表',
      '',
      '| 项目资金（万元） |  | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
      '|---|---|---|---|---|---|---|---|',
      '|  | 年度资金总额 | 494.59 | 493.31 | 476.15 | 10 | 96.52% | 9.7 |',
      '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |  |',
      '| 产出指标 | 数量指标 | 支持企业研发项目 | ≥60项 | 66项 | 45 | 45 |  |',
      '| 效益指标 | 社会效益指标 | 服务对象满意度 | ≥90% | 95% | 45 | 45 |  |',
      '| 总分 |  |  |  |  | 100 | 99.7 |  |',
    ].join('\n');
  it('quiet when the cover states what the 自评表 does', () => {
    expect(hitsOf('conflict', book('476.15', '99.7'), 'r.md')).toEqual([]);
  });
  it('finds the cover\'s 全年执行数 and its score where they differ from the 自评表', () => {
    expect(hitsOf('conflict', book('471.65', '99.7'), 'r.md')).toEqual([['JX_CHECK_CONFLICT', '476.15']]);
    expect(hitsOf('conflict', book('476.15', '97.9'), 'r.md')).toEqual([['JX_CHECK_CONFLICT', '99.7']]);
  });
});

describe('conflict: figures of list items are each item\'s', () => {
  it('——甲镇 …（常住人口 N 人） lines are different towns, and the 以上合计 line is none of them', () => {
    const text = report('分配情况如下：', '——霁坪镇1658.04万元（常住人口133062人）；', '——雁岚镇784.74万元（常住人口234761人）；', '——汐屿镇1464.68万元（常住人口98438人）。', '以上合计3907.46万元，覆盖常住人口466261人。');
    expect(hitsOf('conflict', text, 'r.md')).toEqual([]);
  });
  it('①② items: each item\'s 执行率', () => {
    const text = report('①乡村文化广场建设项目：全年预算515.47万元，执行495.58万元，执行率96.14%；', '②旅游宣传推介项目：全年预算195.58万元，执行192.39万元，执行率98.37%。');
    expect(hitsOf('conflict', text, 'r.md')).toEqual([]);
  });
  it('an item compares with a statement naming it', () => {
    const text = report('1.食品安全。全年完成食品安全监督抽检6,420批次。', '全年食品安全监督抽检6,240批次，全部按时完成。');
    expect(summary(allHits(text, 'r.md')).filter((h) => h.startsWith('JX_CHECK_CONFLICT'))).toEqual(['JX_CHECK_CONFLICT error 6,240批次']);
  });
});

describe('conflict: paragraphs headed by an item\'s name and a colon', () => {
  it('each paragraph\'s 安排预算 and share are its item\'s; two items never compare', () => {
    const text = report(
      '远程会诊中心建设：安排预算556.50万元，实际支出520.56万元，占项目总支出的32.0%。',
      '基层医务人员进修：安排预算153.37万元，实际支出151.28万元，占项目总支出的9.3%。',
      '刑事法律援助案件补贴：安排预算135.94万元，实际支出135.94万元。',
      '民事行政法律援助案件补贴：安排预算111.72万元，实际支出107.04万元。',
    );
    expect(hitsOf('conflict', text, 'r.md')).toEqual([]);
  });
});

describe('conflict on the seeds', () => {
  it('zhuzhou-2024: 贷款 31 vs 19.65, 高企 1300 vs 1302, 专利 14.91 (table) vs 13.79', NEEDS_SEEDS, () => {
    const hits = allHits(seed('zhuzhou-2024-keji-fund-project.md'), 'zhuzhou-2024-keji-fund-project.md').filter(
      (h) => h.code === 'JX_CHECK_CONFLICT' || h.code === 'JX_CHECK_TABLE_NARRATIVE',
    );
    expect(summary(hits)).toEqual([
      'JX_CHECK_CONFLICT warning 1300家',
      'JX_CHECK_CONFLICT error 31亿元',
      'JX_CHECK_TABLE_NARRATIVE error 14.91件',
    ]);
    expect(hits.map((h) => h.related[0]?.text.replace(/\s+/gu, ''))).toEqual(['1302家', '19.65亿元', '13.79件']);
  });
  it('zhuzhou-2022: quiet (the flattened table is not compared)', NEEDS_SEEDS, () => {
    expect(hitsOf('conflict', seed('zhuzhou-2022-kejiju-department.txt'), 'zhuzhou-2022-kejiju-department.txt')).toEqual([]);
  });
});

describe('conflict: the year\'s own totals named by their role alone', () => {
  const project = (later: string) =>
    `# 2024年度某县农机购置补贴资金绩效自评报告\n\n## 二、资金使用\n\n资金执行方面：全年预算数820.40万元，实际支出815.10万元，执行率99.35%。\n\n## 三、结论\n\n小结：本年度实际支出${later}万元，项目运行平稳。\n`;
  it('in a project\'s report, 实际支出 beside 全年预算数 is the year\'s, as is 本年度实际支出 in the summary', () => {
    expect(hitsOf('conflict', project('815.10'), 'r.md')).toEqual([]);
    expect(hitsOf('conflict', project('815.20'), 'r.md')).toEqual([['JX_CHECK_CONFLICT', '815.20万元']]);
  });
  it('in a department\'s report, the projects\' budget line is not the unit\'s', () => {
    const text = `# 2024年度某局部门整体支出绩效自评报告\n\n## 一、基本情况\n\n本年支出合计642.55万元，其中基本支出304.77万元，项目支出337.78万元。\n\n## 二、项目支出\n\n2024年共安排项目4个，全年预算348.64万元，实际支出337.78万元，执行率96.88%。\n\n## 三、结论\n\n全年实际支出642.55万元，各项工作顺利完成。\n`;
    expect(hitsOf('conflict', text, 'r.md')).toEqual([]);
  });
});

describe('conflict: results stated where the goals are reported on', () => {
  const text = (r: string) =>
    `# 2024年度某局部门整体支出绩效自评报告\n\n## 二、预算执行\n\n调整后全年预算640.00万元，全年实际支出633.60万元，预算执行率99.00%。\n\n## 三、绩效情况\n\n### （一）绩效目标完成情况\n\n总体来看，全年预算执行率${r}，主要绩效目标均已完成。\n\n### （二）下年绩效目标\n\n预算执行率达到95.00%。\n`;
  it('a 绩效目标完成情况 section states results: 全年预算执行率 is the 预算执行率 stated before', () => {
    expect(hitsOf('conflict', text('99.00%'), 'r.md')).toEqual([]);
    expect(hitsOf('conflict', text('99.90%'), 'r.md')).toEqual([['JX_CHECK_CONFLICT', '99.90%']]);
  });
});

describe('conflict: a sub-item\'s row of a table against its list item in prose', () => {
  const text = (b: string) =>
    `# 2024年度某县养老服务项目支出绩效自评报告\n\n## 二、资金使用\n\n单位：万元\n\n| 子项名称 | 全年预算 | 实际支出 | 执行率 |\n|---|---|---|---|\n| （一）社区助餐点运营补助 | 120.00 | 114.00 | 95.00 |\n| （二）高龄老人探访关爱 | 80.00 | 76.00 | 95.00 |\n| 合计 | 200.00 | 190.00 | 95.00 |\n\n高龄老人探访关爱：安排预算${b}万元，实际支出76.00万元，主要用于上门探访服务。\n`;
  it('the item\'s budget in prose is its row\'s 全年预算', () => {
    expect(hitsOf('conflict', text('80.00'), 'r.md')).toEqual([]);
    expect(hitsOf('conflict', text('86.00'), 'r.md')).toEqual([['JX_CHECK_TABLE_NARRATIVE', '86.00万元']]);
  });
  it('another item\'s prose is not compared with this row', () => {
    expect(hitsOf('conflict', text('80.00').replace('高龄老人探访关爱：安排预算80.00万元', '助浴服务：安排预算86.00万元'), 'r.md')).toEqual([]);
  });
});

describe('conflict: what a township was given, in prose and on its row', () => {
  const text = (a: string) =>
    `# 2024年度某县衔接补助资金绩效自评报告\n\n## 二、资金分配\n\n资金分配向工作成效好的地区倾斜，甲溪镇分配${a}万元。各乡镇资金下达及支出情况见下表。\n\n表1 分地区下达及支出情况（单位：万元）\n\n| 地区 | 下达资金 | 实际支出 | 执行率（%） |\n| --- | --- | --- | --- |\n| 甲溪镇 | 1,200.50 | 1,180.20 | 98.31 |\n| 乙门乡 | 800.00 | 760.00 | 95.00 |\n| 合计 | 2,000.50 | 1,940.20 | 96.99 |\n`;
  it('甲溪镇分配 X against the row\'s 下达资金', () => {
    expect(hitsOf('conflict', text('1,200.50'), 'r.md')).toEqual([]);
    expect(hitsOf('conflict', text('2,200.50'), 'r.md')).toEqual([['JX_CHECK_TABLE_NARRATIVE', '1,200.50']]);
  });
  it('another township\'s amount is not compared with this row', () => {
    expect(hitsOf('conflict', text('1,200.50').replace('甲溪镇分配1,200.50万元', '丙村分配2,200.50万元'), 'r.md')).toEqual([]);
  });
});
