import { describe, it, expect } from 'vitest';
import { extractMentions } from '../../pipeline/mentions/index.js';
import { alignRow } from '../../pipeline/mentions/tables.js';

const rows = (s: string): [string, string, string, boolean][] =>
  extractMentions(s).map((m) => [m.text, m.unit, m.subject.text, m.inTable]);

describe('GFM tables', () => {
  it('gives each cell figure its row labels and column header', () => {
    const md = [
      '绩效指标如下：',
      '',
      '| 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |',
      '| --- | --- | :---: | ---: | --- | --- |',
      '| 数量指标 | 高新技术企业数 | ≥1300家 | 1302家 | 5 | 5 |',
      '| 时效指标 | 拨付时间 | 12月 | 12月 | 5 | 4.5 |',
      '',
      '全年新增 16 家。',
    ].join('\n');
    expect(rows(md)).toEqual([
      ['≥1300家', '家', '数量指标 / 高新技术企业数 / 年度指标值', true],
      ['1302家', '家', '数量指标 / 高新技术企业数 / 实际完成值', true],
      ['5', '', '数量指标 / 高新技术企业数 / 分值', true],
      ['5', '', '数量指标 / 高新技术企业数 / 得分', true],
      ['12月', '月', '时效指标 / 拨付时间 / 年度指标值', true],
      ['12月', '月', '时效指标 / 拨付时间 / 实际完成值', true],
      ['5', '', '时效指标 / 拨付时间 / 分值', true],
      ['4.5', '', '时效指标 / 拨付时间 / 得分', true],
      ['16 家', '家', '全年新增', false],
    ]);
    const first = extractMentions(md)[0];
    expect(first?.approx).toBe('more');
    expect(md.slice(first?.subject.start, first?.subject.end)).toBe('数量指标 | 高新技术企业数');
  });

  it('takes a bare number’s unit from its column header, but not for 分值', () => {
    const md = ['| 项目 | 预算数（万元） | 执行率 | 分值 |', '|---|---|---|---|', '| 专项资金 | 1,864.05 | 100% | 10 |'].join('\n');
    const ms = extractMentions(md);
    expect(ms.map((m) => [m.text, m.value, m.unit, m.kind])).toEqual([
      ['1,864.05', '1864.05', '万元', 'money'],
      ['100%', '100', '%', 'percent'],
      ['10', '10', '', 'plain'],
    ]);
  });

  it('gives the columns an upper header cell spans its unit, not a rate under it nor columns after a row with figures', () => {
    const md = [
      '| 区县 | 专项资金（万元） |  |  | 完成情况 |',
      '|---|---|---|---|---|',
      '|  | 下达 | 支出 | 执行率 | 治理企业 |',
      '| 甲区 | 1,280.00 | 1,246.35 | 97.37 | 36 |',
    ].join('\n');
    expect(extractMentions(md).map((m) => [m.text, m.unit])).toEqual([
      ['1,280.00', '万元'],
      ['1,246.35', '万元'],
      ['97.37', '%'],
      ['36', ''],
    ]);
    // A first row holding figures is read as a header, but its cells span nothing.
    const form = ['| 资金 | 全年预算数（万元） | 186.50 |', '|---|---|---|', '| 三级指标 | 年度指标值 | 实际完成值 |', '| 改造户厕 | 320 | 336 |'].join('\n');
    expect(extractMentions(form).filter((m) => m.text === '320' || m.text === '336').map((m) => m.unit)).toEqual(['', '']);
  });

  it('reads a measure under a year or a comparison spanning it as that year’s (上年 over 决算数, 比上年 over 增减率)', () => {
    const md = [
      '# 2024年度部门整体支出绩效自评报告',
      '',
      '| 支出类别 | 上年 | 本年 |  | 比上年 |',
      '|---|---:|---:|---:|---:|',
      '|  | 决算数（万元） | 预算数（万元） | 决算数（万元） | 增减率 |',
      '| 基本支出 | 472.35 | 498.00 | 486.22 | 2.94% |',
      '',
      '| 项目 | 2023年决算 | 2024年 |  |',
      '|---|---|---|---|',
      '|  |  | 预算 | 决算 |',
      '| 公务接待费 | 3.77 | 1.53 | 1.26 |',
    ].join('\n');
    const ms = extractMentions(md).filter((m) => m.inTable);
    expect(ms.map((m) => [m.text, m.unit, m.subject.text, m.frame.role?.value, m.frame.period?.value])).toEqual([
      ['472.35', '万元', '基本支出 / 上年决算数（万元）', 'prior-year', 'prior'],
      ['498.00', '万元', '基本支出 / 本年预算数（万元）', 'budget', 'current'],
      ['486.22', '万元', '基本支出 / 本年决算数（万元）', 'actual', 'current'],
      ['2.94%', '%', '基本支出 / 比上年增减率', 'change', undefined],
      ['3.77', '', '公务接待费 / 2023年决算', 'prior-year', 'prior'],
      ['1.53', '', '公务接待费 / 2024年预算', 'budget', undefined],
      ['1.26', '', '公务接待费 / 2024年决算', 'actual', undefined],
    ]);
  });

  it('reads a year or 增减 column as amounts, (32.57) in a cell as a negative, 比上年增长 as changes, and a year before last as older', () => {
    const md = [
      '# 2024年度某会部门整体支出绩效自评报告',
      '',
      '| 指标（万元） | 2022年决算 | 2023年 | 2024年 | 增减 | 比上年增长 |',
      '|:--|--:|--:|--:|--:|--:|',
      '| 项目支出 | 301.20 | 258.40 | 225.83 | (32.57) | -12.60% |',
    ].join('\n');
    const ms = extractMentions(md).filter((m) => m.inTable);
    expect(ms.map((m) => [m.text, m.value, m.unit, m.table?.column, m.frame.role?.value, m.frame.period?.value, m.frame.older?.value])).toEqual([
      ['301.20', '301.2', '万元', '2022年决算', 'prior-year', 'prior', 2022],
      ['258.40', '258.4', '万元', '2023年', 'prior-year', 'prior', undefined],
      ['225.83', '225.83', '万元', '2024年', undefined, undefined, undefined],
      ['(32.57)', '-32.57', '万元', '增减', 'change', undefined, undefined],
      ['-12.60%', '-12.6', '%', '比上年增长', 'change', undefined, undefined],
    ]);
    // Brackets around a number in prose are no sign: （12.50万元） restates, (1) numbers.
    expect(extractMentions('压减经费（12.50万元）。').map((m) => m.value)).toEqual(['12.5']);
  });

  it('reads CRLF tables', () => {
    const md = '| 三级指标 | 实际完成值 |\r\n|---|---|\r\n| 企业数 | 5家 |\r\n';
    expect(rows(md)).toEqual([['5家', '家', '企业数 / 实际完成值', true]]);
  });

  it('reads figures inside a long text cell with the prose rules', () => {
    const md = ['| 预期目标 | 实际完成情况 |', '|---|---|', '| 技术合同交易额超过400亿元 | 技术合同登记1288份，成交额达到480.68亿元 |'].join('\n');
    expect(rows(md)).toEqual([
      ['超过400亿元', '亿元', '技术合同交易额', true],
      ['1288份', '份', '技术合同登记', true],
      ['480.68亿元', '亿元', '成交额', true],
    ]);
  });
});

describe('the unit of a table from its caption', () => {
  const units = (caption: string) =>
    extractMentions([caption, '', '| 项目 | 全年预算数 | 实际支出数 |', '|---|---|---|', '| 一般公共预算 | 2,796,124.33 | 2,762,850.45 |', ''].join('\n')).filter((m) => m.text.includes(',')).map((m) => m.unit);

  it('a line of its own or the end of the caption, after a space, a bracket or the table\'s name run on (…情况表单位：元, as a PDF gives it)', () => {
    expect(units('单位：元')).toEqual(['元', '元']);
    expect(units('表1 2020年度预算执行情况（单位：万元）')).toEqual(['万元', '万元']);
    expect(units('表1 2020年度预算安排及执行情况表单位：元')).toEqual(['元', '元']);
  });

  it('not a unit named by other words (填报单位：…)', () => {
    expect(units('填报单位：某县民政局')).toEqual(['', '']);
  });
});

describe('tab-separated tables', () => {
  it('lines up rows that lost their merged cells (one row per line)', () => {
    const text = [
      '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t',
      '\t其中：当年财政拨款\t3600\t1864.05\t1864.05\t10\t100%\t10\t',
      '年度资金总额\t3600\t1864.05\t1864.05\t10\t100%\t10\t\t',
      '绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
      '\t产出指标 (40 分)\t数量指标\t新增平台\t5 个\t16 个\t5\t5\t',
      '',
      '\t\t双创人才\t30名\t36名\t5\t5\t',
      '总分\t\t\t\t\t100\t99\t\t',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['3600', '万元', '其中：当年财政拨款 / 年初预算数', true],
      ['1864.05', '万元', '其中：当年财政拨款 / 全年预算数', true],
      ['1864.05', '万元', '其中：当年财政拨款 / 全年执行数', true],
      ['10', '', '其中：当年财政拨款 / 分值', true],
      ['100%', '%', '其中：当年财政拨款 / 执行率', true],
      ['10', '', '其中：当年财政拨款 / 得分', true],
      ['3600', '万元', '年度资金总额 / 年初预算数', true],
      ['1864.05', '万元', '年度资金总额 / 全年预算数', true],
      ['1864.05', '万元', '年度资金总额 / 全年执行数', true],
      ['10', '', '年度资金总额 / 分值', true],
      ['100%', '%', '年度资金总额 / 执行率', true],
      ['10', '', '年度资金总额 / 得分', true],
      ['40 分', '分', '产出指标', true],
      ['5 个', '个', '产出指标(40分) / 数量指标 / 新增平台 / 年度指标值', true],
      ['16 个', '个', '产出指标(40分) / 数量指标 / 新增平台 / 实际完成值', true],
      ['5', '', '产出指标(40分) / 数量指标 / 新增平台 / 分值', true],
      ['5', '', '产出指标(40分) / 数量指标 / 新增平台 / 得分', true],
      ['30名', '名', '双创人才 / 年度指标值', true],
      ['36名', '名', '双创人才 / 实际完成值', true],
      ['5', '', '双创人才 / 分值', true],
      ['5', '', '双创人才 / 得分', true],
      ['100', '', '总分 / 分值', true],
      ['99', '', '总分 / 得分', true],
    ]);
  });

  it('reads one-cell-per-line tables, with cells continued over lines', () => {
    const text = [
      '附件2',
      '基础数据表',
      '\t财政供养人员情况（人）',
      '\t编制数',
      '\t2023年实际在职人数',
      '\t控制率',
      '',
      '\t',
      '\t16',
      '\t14',
      '\t87.5%',
      '',
      '\t经费控制情况（万元）',
      '\t2022年决算数',
      '\t2023年预算数',
      '',
      '\t三公经费',
      '\t2.56',
      '\t3.63',
      '',
      '\t产出指标',
      '',
      '(40分)',
      '\t公用',
      '经费',
      '\t25.30',
      '\t20.2',
      '',
      '',
      '另行说明，经费 2 万元。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['16', '人', '编制数', true],
      ['14', '人', '2023年实际在职人数', true],
      ['87.5%', '%', '控制率', true],
      ['2.56', '万元', '三公经费 / 2022年决算数', true],
      ['3.63', '万元', '三公经费 / 2023年预算数', true],
      ['40分', '分', '产出指标', true],
      ['25.30', '万元', '产出指标(40分) / 公用经费 / 2022年决算数', true],
      ['20.2', '万元', '产出指标(40分) / 公用经费 / 2023年预算数', true],
      ['2 万元', '万元', '经费', false],
    ]);
  });

  it('marks figures on flattened PDF table lines as in a table', () => {
    const text = '高新技术企\n1100家 1104家 10 10\n时效指标 12月 10 10完成时间 12月\n全年新增 16 家。';
    const ms = extractMentions(text);
    expect(ms.map((m) => [m.text, m.inTable])).toEqual([
      ['1100家', true],
      ['1104家', true],
      ['10', true],
      ['10', true],
      ['12月', true],
      ['10', true],
      ['10', true],
      ['12月', true],
      ['16 家', false],
    ]);
  });

  it('alignRow scores figures under value columns and text under labels', () => {
    // header: 一级 二级 三级 年度指标值 实际完成值 分值 得分 偏差
    const header = ['label', 'label', 'label', 'value', 'value', 'score', 'score', 'label'] as const;
    expect(alignRow(['empty', 'empty', 'empty', 'text', 'figure', 'figure', 'figure', 'figure', 'empty'], header)).toBe(-1);
    // 总分 90 95: the two figures land on 分值 and 得分, not on 得分 and the text column after it.
    expect(alignRow(['text', 'figure', 'figure'], header)).toBe(4);
    expect(alignRow(['text', 'text', 'text', 'figure', 'figure', 'figure', 'figure', 'empty'], header)).toBe(0);
  });
});
