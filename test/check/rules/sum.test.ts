import { describe, expect, it } from 'vitest';
import { NEEDS_SEEDS, context, hitsOf, seed } from './support.js';
import { ruleById } from './support.js';

const section = (body: string): string => `一、预算执行情况\n（一）支出情况\n${body}\n`;

describe('sum: parts within a sentence', () => {
  const valid: [string, string][] = [
    ['其中 parts that add up', '2023年度支出合计500.00万元，其中：基本支出300.00万元，项目支出200.00万元。'],
    ['nested 其中, all consistent', '本年支出800.00万元，其中：项目支出500.00万元，基本支出300.00万元，其中：人员经费260.00万元，公用经费40.00万元。'],
    ['partial 其中 that falls short', '全年新增研发平台30家，其中国家级平台5家、省级平台12家。'],
    ['a breakdown by content (从支出结构看) that adds up', '从支出结构看，1598.72万元的支出中，校舍维修改造742.15万元，教学装备购置512.30万元，食堂改造219.47万元，校园网络124.80万元。'],
    ['X中 without a breakdown intro: partial', '1598.72万元的支出中，校舍维修改造742.15万元，教学装备购置512.30万元。'],
    ['a 其中 after a part’s share belongs to that part', '按支出性质划分，全年支出4239.17万元中，基本支出2149.99万元，占比50.72%，其中人员经费1263.21万元、公用经费886.78万元；项目支出2089.18万元。'],
    ['其中 of the levels the total names, adding up', '中央和省级财政共下达补助资金1600.00万元，其中中央资金1,120.00万元、省级资金480.00万元。'],
    ['其中 of one of two levels named: partial', '中央和省级财政共下达补助资金1600.00万元，其中中央资金1,120.00万元。'],
    ['其中 of levels the total does not name: partial', '全年共下达补助资金1600.00万元，其中中央资金1,120.00万元、省级资金408.00万元。'],
    ['包括 list that adds up', '专项支出120万元，包括培训费20万元、设备购置费100万元。'],
    ['包括 list of whole amounts beside cents', '专项支出120.50万元，包括培训费20万元、设备购置费100.50万元。'],
    ['trailing 合计', '差旅费12.50万元、会议费7.50万元，合计20.00万元。'],
    ['examples ending in 等 are partial', '新增平台40家，包括重点实验室3家、工程中心5家等。'],
    ['共 with no parts', '全年支持企业120家，获奖补资金共800万元，另有60家企业获得贷款共2.5亿元。'],
    ['a later figure of another kind is no part', '专项支出120万元，包括培训费20万元、设备购置费100万元，惠及企业35家。'],
    ['balance after a group is no part', '实际支出90.00万元，其中人员经费50.00万元、公用经费40.00万元，结余结转10.00万元。'],
    ['integer parts within rounding of a 亿元 total', '带动投资共3亿元，包括企业自筹1.6亿元、银行贷款1.4亿元。'],
    ['包括 naming no figures before a later 其中', '收到资金240万元，包括市级资金和区级资金，其中市级资金200万元。'],
  ];
  const invalid: [string, string, string[]][] = [
    ['包括 list that does not add up', '专项支出120万元，包括培训费25万元、设备购置费100万元。', ['120万元']],
    ['a breakdown by content (从支出结构看) that falls short', '从支出结构看，1598.72万元的支出中，校舍维修改造724.15万元，教学装备购置512.30万元，食堂改造219.47万元，校园网络124.80万元。', ['1598.72万元']],
    ['a 从支出内容看 其中 list that falls short', '从支出内容看，项目支出1,046.80万元，其中设备采购512.36万元、电子警察289.40万元、系统平台168.54万元、施工及监理67.50万元。', ['1,046.80万元']],
    ['基本支出 is 人员经费 and 公用经费 by definition', '从支出结构看，基本支出29,412.87万元，其中人员经费26,780.55万元、公用经费2,542.32万元；项目支出8,572.29万元。', ['29,412.87万元']],
    ['其中 of the very levels the total names, falling short', '中央和省级财政共下达补助资金1600.00万元，其中中央资金1,120.00万元、省级资金408.00万元。', ['1600.00万元']],
    ['其中 parts exceeding the total', '全年新增研发平台30家，其中国家级平台12家、省级平台20家。', ['30家']],
    ['nested 其中 exceeding its own total', '本年支出800.00万元，其中：项目支出500.00万元，基本支出300.00万元，其中：人员经费270.00万元，公用经费40.00万元。', ['300.00万元']],
    ['trailing 合计 that does not add up', '差旅费12.50万元、会议费7.50万元，合计21.00万元。', ['21.00万元']],
    ['分别为 list that does not add up', '两个专项共安排资金60.00万元，分别为35.00万元、30.00万元。', ['60.00万元']],
  ];
  for (const [name, body] of valid) {
    it(`quiet: ${name}`, () => expect(hitsOf('sum', section(body))).toEqual([]));
  }
  for (const [name, body, flagged] of invalid) {
    it(`finds: ${name}`, () => expect(hitsOf('sum', section(body))).toEqual(flagged.map((f) => ['JX_CHECK_SUM', f])));
  }

  it('says by how much', () => {
    const [hit] = ruleById('sum').check(context(section('专项支出120万元，包括培训费25万元、设备购置费100万元。')));
    expect(hit?.message).toBe('各分项之和为 125万元，与合计 120万元 相差 5万元');
    expect(hit?.expected).toBe('125万元');
    expect(hit?.source).toBe('Σ 分项（25万元 + 100万元）');
    expect(hit?.related.map((m) => m.text)).toEqual(['25万元', '100万元']);
  });
});

describe('sum: numbered lists against the total stated before them', () => {
  const report = (items: string): string =>
    [
      '二、一般公共预算支出情况',
      '（一）基本支出情况',
      '2023年度财政拨款支出300.00万元，其中：项目支出180.00万元，基本支出120.00万元。',
      '（二）项目支出情况',
      items,
      '三、绩效情况',
      '全年完成各项任务。',
    ].join('\n');

  it('quiet when the items add up to the stated 项目支出', () => {
    expect(hitsOf('sum', report('1. 设备更新经费100.00万元；\n2. 科普活动经费50.00万元；\n3. 专家咨询费30.00万元。'))).toEqual([]);
  });

  it('finds items that do not add up, on the total', () => {
    expect(hitsOf('sum', report('1. 设备更新经费100.00万元；\n2. 科普活动经费50.00万元；\n3. 专家咨询费20.00万元。'))).toEqual([
      ['JX_CHECK_SUM', '180.00万元'],
    ]);
  });

  it('quiet when an item carries no amount (the list is not complete)', () => {
    expect(hitsOf('sum', report('1. 设备更新经费100.00万元；\n2. 科普活动经费若干；\n3. 专家咨询费20.00万元。'))).toEqual([]);
  });

  it('finds child sections whose amounts miss the total of the section before', () => {
    const text = [
      '# 2024年度专项资金绩效自评报告',
      '## 一、资金使用情况',
      '### （一）决策情况',
      '年初下达专项预算500万元，年中压减100万元，最终确定预算支出400.00万元。',
      '### （二）预算支出过程情况',
      '资金分为以下几类项目实施：',
      '#### 1.人才引进经费',
      '项目总计支出150万元，主要用于人才引进。',
      '#### 2.平台建设经费',
      '项目总计支出200万元，主要用于平台建设。',
      '## 二、存在的问题',
      '无。',
    ].join('\n\n');
    expect(hitsOf('sum', text, 'report.md')).toEqual([['JX_CHECK_SUM', '400.00万元']]);
  });
});

describe('sum: a stated count against the items listed', () => {
  it('quiet when the names match the count', () => {
    expect(hitsOf('sum', section('我局共有内设机构3个，分别为：办公室、财务股、规划股。'))).toEqual([]);
  });
  it('finds a count the list does not match', () => {
    expect(hitsOf('sum', section('我局共有内设机构4个，分别为：办公室、财务股（审计股）、规划股。'))).toEqual([['JX_CHECK_SUM', '4个']]);
  });
  it('a list of some of them (重点项目如下) is not counted', () => {
    const body = '本年度实施专项10个，其中重点项目如下：\n1.专项甲，支出5万元。\n2.专项乙，支出6万元。\n另外，年中新增一个专项。';
    expect(hitsOf('sum', section(body))).toEqual([]);
  });
  it('counts the numbered paragraphs after 如下', () => {
    const body = '本年度实施专项3个，具体情况如下：\n1.专项甲，支出5万元。\n2.专项乙，支出6万元。\n另外，年中新增一个专项。';
    expect(hitsOf('sum', section(body))).toEqual([['JX_CHECK_SUM', '3个']]);
  });
});

describe('sum on the seeds', () => {
  it('zhuzhou-2024: the five project items (1814.05) miss the 1864.05 stated before them', NEEDS_SEEDS, () => {
    const text = seed('zhuzhou-2024-keji-fund-project.md');
    const hits = ruleById('sum').check(context(text, 'zhuzhou-2024-keji-fund-project.md'));
    expect(hits.map((h) => [h.code, h.mention.text])).toEqual([['JX_CHECK_SUM', '1864.05万元']]);
    expect(hits[0]?.expected).toBe('1814.05万元');
    expect(hits[0]?.message).toContain('相差 50.00万元');
    expect(hits[0]?.related.map((m) => m.value)).toEqual(['240', '300', '450', '400', '424.05']);
  });

  it('lusong-2023: nested 其中 and the seven items (1194.21) hold', NEEDS_SEEDS, () => {
    expect(hitsOf('sum', seed('lusong-2023-kegongxin-department.txt'), 'lusong-2023-kegongxin-department.txt')).toEqual([]);
  });

  it('zhuzhou-2022: 1164.45 = 915.38 + 249.07 and 9 内设机构 hold', NEEDS_SEEDS, () => {
    expect(hitsOf('sum', seed('zhuzhou-2022-kejiju-department.txt'), 'zhuzhou-2022-kejiju-department.txt')).toEqual([]);
  });

  it('zhuzhou-2024 with a part changed: the 包括 list and the 其中 list are checked', NEEDS_SEEDS, () => {
    const text = seed('zhuzhou-2024-keji-fund-project.md')
      .replace('湖南工大校地合作示范项目 20 万元', '湖南工大校地合作示范项目 21 万元')
      .replace('250 万元为当年', '260 万元为当年');
    expect(hitsOf('sum', text, 'zhuzhou-2024-keji-fund-project.md')).toEqual([
      ['JX_CHECK_SUM', '1864.05万元'],
      ['JX_CHECK_SUM', '400 万元'],
      ['JX_CHECK_SUM', '424.05 万元'],
    ]);
  });
});

describe('sum: spending broken down by kind after the sentence stating it', () => {
  it('支出按用途分: the kinds make the spending stated before', () => {
    const text = (c: string) => section(`截至2024年12月31日，项目实际支出380.91万元，预算执行率为100.00%。支出按用途分：垃圾收运保洁支出167.17万元，占43.89%；农户改厕补助支出84.48万元；村容村貌提升支出${c}万元。`);
    expect(hitsOf('sum', text('129.26'), 'r.txt')).toEqual([]);
    expect(hitsOf('sum', text('219.26'), 'r.txt')).toEqual([['JX_CHECK_SUM', '380.91万元']]);
  });
  it('a kind\'s own 其中 parts are not kinds beside it', () => {
    const text = (b: string) => section(`2024年度共支出4667.01万元，预算执行率为98.49%。按支出性质分，基本支出${b}万元，其中人员经费2856.44万元、公用经费410.83万元；项目支出1399.74万元，占比29.99%。`);
    expect(hitsOf('sum', text('3267.27'), 'r.txt')).toEqual([]);
    // The kinds no longer make 4667.01 (and the two 其中 parts no longer make 基本支出 either).
    expect(hitsOf('sum', text('3367.27'), 'r.txt')).toContainEqual(['JX_CHECK_SUM', '4667.01万元']);
  });
  it('quiet on a partial list (…等)', () => {
    expect(hitsOf('sum', section('项目实际支出380.91万元。支出按用途分：垃圾收运保洁支出167.17万元、农户改厕补助支出84.48万元等。'), 'r.txt')).toEqual([]);
  });
});

describe('sum: parts then 共 and their total', () => {
  it('counts in Chinese numerals: 十四个行政村和三个社区，共十七个村（社区）', () => {
    const text = (n: string) => section(`全镇下辖十四个行政村和三个社区，共${n}个村（社区），户籍人口约2.5万人。`);
    expect(hitsOf('sum', text('十七'), 'r.txt')).toEqual([]);
    expect(hitsOf('sum', text('十八'), 'r.txt')).toEqual([['JX_CHECK_SUM', '十八个']]);
  });
});

describe('sum: a numbered list after the sentence that introduces it', () => {
  it('the amount of "…，主要用于以下四个方面：" is the total, not an earlier figure the section names', () => {
    const text = (d: string) => ['# 2024年度某项目支出绩效自评报告', '', '## （二）资金使用情况', '', '项目资金全年执行2071.12万元，占全年预算的99.44%，节约资金11.72万元。', '', '全年支出2071.12万元，主要用于以下四个方面：', '', '1. 水土保持治理：157.00万元；', '2. 小型水库除险加固：659.42万元；', '3. 河道综合治理：352.57万元；', `4. 山洪灾害防治：${d}万元。`, ''].join('\n');
    expect(hitsOf('sum', text('902.13'), 'r.md')).toEqual([]);
    expect(hitsOf('sum', text('992.13'), 'r.md')).toEqual([['JX_CHECK_SUM', '2071.12万元']]);
  });
});

describe('sum: a standard times a count', () => {
  const text = (paid: string) => section(`补助标准为500元/人，全年补助低保对象5,051人，发放资金${paid}万元。按每人每年1200元标准，共补助培训学员7668人，发放资金920.16万元。`);
  it('the amount paid is the standard times the count (每人每年 X元 is a standard too)', () => {
    expect(hitsOf('sum', text('252.55'), 'r.txt')).toEqual([]);
    expect(hitsOf('sum', text('255.25'), 'r.txt')).toEqual([['JX_CHECK_SUM', '255.25万元']]);
  });
  it('two programmes\' 发放资金 are not one metric stated twice', () => {
    expect(hitsOf('conflict', text('252.55'), 'r.txt')).toEqual([]);
  });
});

describe('sum: an amount said to have N kinds, then 其中 its kinds', () => {
  const text = (c: string, parts: string) => `# 2024年度某项目支出绩效自评报告\n\n## 二、资金\n\n实际支出860.00万元按用途划分，共涉及${c}个方向，其中：${parts}。\n`;
  it('all N listed: their sum is the amount', () => {
    expect(hitsOf('sum', text('三', '设备购置400.00万元，人员培训260.00万元，宣传推广200.00万元'), 'r.md')).toEqual([]);
    expect(hitsOf('sum', text('三', '设备购置400.00万元，人员培训260.00万元，宣传推广200.00元'), 'r.md')).toEqual([['JX_CHECK_SUM', '860.00万元']]);
  });
  it('fewer listed than said: a part list, flagged only above the amount', () => {
    expect(hitsOf('sum', text('四', '设备购置400.00万元，人员培训260.00万元，宣传推广100.00万元'), 'r.md')).toEqual([]);
    expect(hitsOf('sum', text('四', '设备购置400.00万元，人员培训260.00万元，宣传推广300.00万元'), 'r.md')).toEqual([['JX_CHECK_SUM', '860.00万元']]);
  });
});

describe('sum: a numbered list after the sentence that introduces it', () => {
  const text = (a: string) => `# 2024年度某项目支出绩效自评报告\n\n## 二、资金投入情况\n\n全年预算640.00万元（年初预算600.00万元，调增40.00万元），资金构成如下：\n\n1.一般公共预算拨款：${a}万元；\n\n2.上年结转资金：240.00万元。\n`;
  it('its total is the amount outside the brackets', () => {
    expect(hitsOf('sum', text('400.00'), 'r.md')).toEqual([]);
    expect(hitsOf('sum', text('410.00'), 'r.md')).toEqual([['JX_CHECK_SUM', '640.00万元']]);
  });
});

describe('sum: "分配至N个乡，…如下：" followed by a table', () => {
  const text = (n: string, caption = '') => `# 2024年度某县农村公路养护资金绩效自评报告\n\n## 三、分配情况\n\n下达的900.00万元按因素法分配至${n}个乡，分配结果如下：\n\n${caption}| 乡名称 | 分配金额（万元） |\n| --- | ---: |\n| 甲乡 | 300.00 |\n| 乙乡 | 250.00 |\n| 丙乡 | 350.00 |\n| 合计 | 900.00 |\n`;
  it('counts the table\'s rows, not its 合计', () => {
    expect(hitsOf('sum', text('三'), 'r.md')).toEqual([]);
    expect(hitsOf('sum', text('四'), 'r.md')).toEqual([['JX_CHECK_SUM', '四个']]);
    expect(hitsOf('sum', text('四', '单位：万元\n\n'), 'r.md')).toEqual([['JX_CHECK_SUM', '四个']]);
  });
});

describe('sum: the count earlier in the paragraph of what a table\'s rows are', () => {
  const text = (n: string) => `# 2024年度某市农村供水项目支出绩效自评报告\n\n## 二、资金分配\n\n工程资金分配至${n}个乡，共计900.00万元；其余资金由市级统筹。各乡分配及使用情况如下：\n\n| 乡 | 分配资金（万元） |\n|---|---:|\n| 甲乡 | 300.00 |\n| 乙乡 | 250.00 |\n| 丙乡 | 350.00 |\n| 合计 | 900.00 |\n`;
  it('N个乡 against the rows of a table headed 乡', () => {
    expect(hitsOf('sum', text('三'), 'r.md')).toEqual([]);
    expect(hitsOf('sum', text('四'), 'r.md')).toEqual([['JX_CHECK_SUM', '四个']]);
  });
});

describe('sum: "资金来自四个渠道：" and its numbered sources, against the year\'s budget stated before', () => {
  const text = (a: string) => `# 2024年度某镇人居环境整治项目支出绩效自评报告\n\n## 二、资金筹集\n\n项目年初预算200.00万元，追加预算40.00万元，全年预算240.00万元。\n\n资金来自三个渠道：\n\n一是县级奖补资金150.00万元；\n\n二是镇级财政自筹${a}万元；\n\n三是村集体投工投劳折资30.00万元。\n`;
  it('the sources add up to the budget', () => {
    expect(hitsOf('sum', text('60.00'), 'r.md')).toEqual([]);
    expect(hitsOf('sum', text('66.00'), 'r.md')).toEqual([['JX_CHECK_SUM', '240.00万元']]);
  });
});

describe('sum: "实施项目N个（上年为M个），具体为：" over the bracket-numbered paragraphs that follow', () => {
  const text = (n: string) =>
    `# 2024年度某镇部门整体支出绩效自评报告\n\n## 二、项目情况\n\n全年实施项目${n}个（上年为5个），具体为：\n\n（1）村级组织运转保障120.00万元；\n\n（2）人居环境整治80.00万元；\n\n（3）道路养护45.00万元；\n\n（4）走访慰问12.00万元。\n\n## 三、绩效情况\n\n无。\n`;
  it('this year\'s count, not last year\'s, against the items listed', () => {
    expect(hitsOf('sum', text('4'), 'r.md')).toEqual([]);
    expect(hitsOf('sum', text('6'), 'r.md')).toEqual([['JX_CHECK_SUM', '6个']]);
  });
});
