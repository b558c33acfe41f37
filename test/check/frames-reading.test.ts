import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MentionRecord } from '../../schemas/check-result.js';
import { checkReport } from '../../pipeline/check/index.js';
import { buildFacts } from '../../pipeline/facts/index.js';
import { loadData } from '../../pipeline/load/index.js';
import { extractMentions } from '../../pipeline/mentions/index.js';
import { PACKAGE_ROOT } from '../../pipeline/paths.js';
import { LUSONG, ZHUZHOU } from '../support/paths.js';

/**
 * What a data-only check reads in sentences a writer could have written: each figure's binding
 * (status and fact) in a small report checked against real example data, no sidecar.
 */
async function bindings(data: string, body: string, title = '# 2023年度部门整体支出绩效自评报告'): Promise<Map<string, MentionRecord[]>> {
  const loaded = await loadData(data);
  const facts = buildFacts(loaded.data, loaded.profile).facts;
  const text = `${title}\n\n${body}\n`;
  const result = checkReport({ file: 'report.md', text, format: 'md' }, { facts, profile: loaded.profile });
  const byText = new Map<string, MentionRecord[]>();
  for (const m of result.mentions) byText.set(m.text, [...(byText.get(m.text) ?? []), m]);
  return byText;
}

const only = (map: Map<string, MentionRecord[]>, text: string): MentionRecord => {
  const list = map.get(text) ?? [];
  if (list.length !== 1) throw new Error(`${text}: ${list.length} mentions`);
  return list[0] as MentionRecord;
};

describe('reading figures as writers write them', () => {
  it('a scale word before any unit (3.62万亩, 1500万斤) reads as the base unit, in prose and at a table cell start', () => {
    const said = extractMentions('新增粮食产能1500万斤。\n\n| 指标 | 实际完成值 |\n|---|---|\n| 新建面积 | 3.62万亩 |\n');
    expect(said.map((m) => [m.text, m.value, m.unit])).toEqual([
      ['1500万斤', '15000000', '斤'],
      ['3.62万亩', '36200', '亩'],
    ]);
  });
  it('a month is a value after a deadline\'s or target\'s words, a date elsewhere, and a column name in a header row', () => {
    const read = (t: string) => extractMentions(t).map((m) => m.text);
    expect(read('拨付时间12月；年度目标为12月，实际完成了12月。')).toEqual(['12月', '12月', '12月']);
    expect(read('2024年12月完成初验，于12月底前结算，12月完成县级验收。')).toEqual([]);
    expect(read('| 月份 | 3月 | 6月 |\n|---|---|---|\n| 累计拨付（万元） | 420.00 | 1,186.50 |\n').map((x) => x)).toEqual(['420.00', '1,186.50']);
  });
});

describe('binding without a sidecar: what each figure states', () => {
  it('a rank and a task continue the figure before them; the rank is the achievement\'s', async () => {
    const b = await bindings(LUSONG, '科技型中小企业注册备案262家，居全市第二，为全年任务160家的163.75%。技术合同成交额达118.83亿元，完成率居城区第一，为全年任务57亿元的208.47%。');
    expect(only(b, '第二')).toMatchObject({ status: 'bound', factId: expect.stringMatching(/^text\.achievements\[\d+\]\.rank#0$/u) });
    expect(only(b, '160家')).toMatchObject({ status: 'bound', factId: 'ach.tech_sme.target' });
    expect(only(b, '57亿元')).toMatchObject({ status: 'bound', factId: 'ach.tech_contract_value.target' });
    const wrong = await bindings(LUSONG, '科技型中小企业注册备案262家，为全年任务150家的163.75%。');
    expect(only(wrong, '150家')).toMatchObject({ status: 'mismatch', factId: 'ach.tech_sme.target' });
  });
  it('last year\'s figure after 上年末, a change after 变动幅度, each held to its fact', async () => {
    const b = await bindings(LUSONG, '实有在职人员14人，上年末为9人，增加4人，变动幅度40.00%。');
    expect(only(b, '9人')).toMatchObject({ status: 'mismatch', factId: 'staff.prior' });
    expect(only(b, '40.00%')).toMatchObject({ status: 'bound', factId: 'staff.change_rate' });
  });
  it('a list of projects under 各项目支出 states their spending, not their budgets', async () => {
    const b = await bindings(LUSONG, '各项目支出：产业发展资金16.85万元；上级专项1,143.50万元。');
    expect(only(b, '16.85万元')).toMatchObject({ status: 'bound', factId: 'project.0.actual' });
    expect(only(b, '1,143.50万元')).toMatchObject({ status: 'bound', factId: 'project.4.actual' });
  });
  it('a bare number after its label and a colon names its fact and is held to it', async () => {
    const b = await bindings(LUSONG, '| 预算 | 按收入性质分 |\n|---|---|\n|  | 其中：一般公共预算：1,432.61 |');
    expect(only(b, '1,432.61')).toMatchObject({ status: 'mismatch', factId: 'budget.nature.general' });
  });
  it('a cell\'s neighbouring status (未列入年初预算) does not deny it, and 调增 in a cell under 年中调整 is the adjustment', async () => {
    const b = await bindings(LUSONG, '项目名称 | 年初预算 | 年中调整 | 全年预算 | 实际支出\n--- | --- | --- | --- | ---\n产业发展资金 | 未列入年初预算 | 调增16.86 | 16.85 | 16.84');
    expect(only(b, '16.86')).toMatchObject({ status: 'mismatch', factId: 'project.0.adjustment' });
    expect(only(b, '16.85')).toMatchObject({ status: 'bound', factId: 'project.0.total' });
    expect(only(b, '16.84')).toMatchObject({ status: 'mismatch', factId: 'project.0.actual' });
  });
  it('under 实际完成值 an indicator\'s completion rate is a swap, not a reading', async () => {
    const b = await bindings(ZHUZHOU, '| 一级指标 | 三级指标 | 年度目标 | 实际完成 | 完成率 |\n|---|---|---|---|---|\n| 产出指标 | 全社会研发投入强度 | 3.1% | 101.61% | 3.15% |', '# 2024年度专项资金绩效自评报告');
    expect(only(b, '101.61%')).toMatchObject({ status: 'mismatch', factId: 'ind.4.actual' });
    expect(only(b, '3.15%')).toMatchObject({ status: 'mismatch', factId: 'ind.4.completion' });
  });
  it('an open bound holds up to ten times its number: 超310万元 for 310亿元 is wrong', async () => {
    const b = await bindings(ZHUZHOU, '新签约科技型企业投资项目93个，投资总额超310万元。', '# 2024年度专项资金绩效自评报告');
    expect(only(b, '超310万元')).toMatchObject({ status: 'mismatch', factId: 'ach.investment_signed' });
  });
  it('a role-only subject takes the label its line opens with (- 预算执行率：分值11分)', async () => {
    const b = await bindings(LUSONG, '- 预算执行率：分值11分，得分9分；');
    expect(only(b, '11分')).toMatchObject({ status: 'mismatch', factId: 'score.budget_rate.weight' });
    expect(only(b, '9分')).toMatchObject({ status: 'bound', factId: 'score.budget_rate' });
  });
  it('points in brackets after a group name are its weight; a 自评表 row 年度资金总额 under 得分 is the budget-rate score', async () => {
    const b = await bindings(LUSONG, '| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |\n|---|---|---|---|---|\n| 成本指标（10分） | 经济成本指标 | 基本支出 | 20 | 18 |\n\n| 项目 | 年度资金总额 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|\n|  | 年度资金总额 | 10 | 99.91% | 14 |');
    expect(only(b, '10分')).toMatchObject({ status: 'mismatch', factId: 'score.level1.3.weight' });
    expect(only(b, '14')).toMatchObject({ status: 'mismatch', factId: 'score.budget_rate' });
  });
  it('a project named before 项目支出 owns it (十大技术攻关项目支出), and synonyms of the data\'s names bind (编制使用率, 全年用款)', async () => {
    const z = await bindings(ZHUZHOU, '十大技术攻关项目支出300.00亿元。', '# 2024年度专项资金绩效自评报告');
    expect(only(z, '300.00亿元')).toMatchObject({ status: 'mismatch', factId: 'project.1.actual' });
    const l = await bindings(LUSONG, '单位核定编制16人，编制使用率87.4%。全年用款1,451.29万元。');
    expect(only(l, '87.4%')).toMatchObject({ status: 'mismatch', factId: 'staff.control_rate' });
    expect(only(l, '1,451.29万元')).toMatchObject({ status: 'bound', factId: 'budget.actual' });
  });
  it('a hand-written report in 万亩/万斤/等 binds its indicators, a target named after its figure (…的目标) included', async () => {
    const dir = path.join(PACKAGE_ROOT, 'test/fixtures/paraphrase/handwritten');
    const data = path.join(dir, 'qinglan-2024-gaobiao-project.yaml');
    const b = await bindings(data, readFileSync(path.join(dir, 'qinglan-2024-gaobiao-project.md'), 'utf8'), '# 2024年度项目支出绩效自评报告');
    // In the prose and again in the score table.
    expect(b.get('3.62万亩')?.map((m) => [m.status, m.factId])).toEqual([['bound', 'ind.0.actual'], ['bound', 'ind.0.actual']]);
    expect(b.get('0.6等')?.map((m) => [m.status, m.factId])).toEqual([['bound', 'ind.2.actual'], ['bound', 'ind.2.actual']]);
    expect(only(b, '超过0.5等')).toMatchObject({ status: 'bound', factId: 'ind.2.target' });
    expect(only(b, '1,640万斤')).toMatchObject({ status: 'bound', factId: 'ind.4.actual' });
  });
});

describe('catching what a writer got wrong, without a sidecar', () => {
  it('an amount with the data\'s digits under another scale is a slipped unit, reported in the data\'s unit', async () => {
    const b = await bindings(ZHUZHOU, '五类项目各类合计1814.05亿元。', '# 2024年度专项资金绩效自评报告');
    expect(only(b, '1814.05亿元')).toMatchObject({ status: 'mismatch', factId: 'projects.total', expected: '1814.05万元' });
    const ok = await bindings(ZHUZHOU, '五类项目各类合计1814.05万元。', '# 2024年度专项资金绩效自评报告');
    expect(only(ok, '1814.05万元')).toMatchObject({ status: 'bound', factId: 'projects.total' });
  });
  it('a bound in the data\'s words (50万元以上项目…) is restated with its own number; a bound in its fields (60余位) holds a looser one and is reported as a bound', async () => {
    const q = await bindings(ZHUZHOU, '- 49万元以上项目提交科技报告；\n- 50亿元以上项目提交科技报告；', '# 2024年度专项资金绩效自评报告');
    expect(only(q, '49万元以上')).toMatchObject({ status: 'mismatch', factId: 'text.background.management[2]#0', expected: '50万元以上' });
    expect(only(q, '50亿元以上')).toMatchObject({ status: 'mismatch', factId: 'text.background.management[2]#0', expected: '50万元以上' });
    const b = await bindings(ZHUZHOU, '对接院士专家59余位，引入投融资机构70余家，建立合作的高校院所30所。', '# 2024年度专项资金绩效自评报告');
    expect(only(b, '59余位')).toMatchObject({ status: 'bound', factId: 'ach.experts_matched' });
    expect(only(b, '70余家')).toMatchObject({ status: 'mismatch', factId: 'ach.investors_introduced', expected: '60余家' });
    expect(only(b, '30所')).toMatchObject({ status: 'bound', factId: 'ach.partner_institutions' });
  });
  it('a clause quoted from the data\'s goals is known by its words, however short the figure\'s own subject', async () => {
    const wrong = await bindings(ZHUZHOU, '本年的总体目标是以三项活动为抓手培育新质生产力。', '# 2024年度专项资金绩效自评报告');
    expect(only(wrong, '三项')).toMatchObject({ status: 'mismatch', factId: 'text.goals.expected[0]#0', expected: '两项' });
    const right = await bindings(ZHUZHOU, '本年的总体目标是以两项活动为抓手培育新质生产力。', '# 2024年度专项资金绩效自评报告');
    expect(only(right, '两项')).toMatchObject({ status: 'bound', factId: 'text.goals.expected[0]#0' });
  });
  it('a fact whose name carries its year binds a figure dated so; two such figures swapped are both wrong', async () => {
    const b = await bindings(ZHUZHOU, '获2023年度国家科技奖项目36个，获2022-2023年度省科技奖项目5个。', '# 2024年度专项资金绩效自评报告');
    expect(only(b, '36个')).toMatchObject({ status: 'mismatch', factId: 'ach.national_awards' });
    expect(only(b, '5个')).toMatchObject({ status: 'mismatch', factId: 'ach.provincial_awards' });
  });
  it('in a section setting the year\'s targets an indicator\'s figure is its target, even where it matches the actual', async () => {
    const b = await bindings(ZHUZHOU, '## 一、概况\n\n### （二）年度绩效目标\n\n- 产出指标：全社会研发投入强度3.2%，高新技术企业数1300家。', '# 2024年度专项资金绩效自评报告');
    expect(only(b, '3.2%')).toMatchObject({ status: 'mismatch', factId: 'ind.4.target' });
    expect(only(b, '1300家')).toMatchObject({ status: 'bound', factId: 'ind.1.target' });
  });
  it('a table\'s 合计 row under role columns is the unit\'s own figure: swapped budgets are both caught', async () => {
    const b = await bindings(ZHUZHOU, '| 资金来源 | 年初预算 | 全年预算 |\n|---|---|---|\n| 合计 | 1864.05 | 3600.00 |', '# 2024年度专项资金绩效自评报告');
    expect(only(b, '1864.05')).toMatchObject({ status: 'mismatch', factId: 'budget.initial' });
    expect(only(b, '3600.00')).toMatchObject({ status: 'mismatch', factId: 'budget.total' });
  });
  it('an area before 水平 is what is compared (全市水平 is not 全省水平); a rounded score is not the rule\'s 3.75', async () => {
    const b = await bindings(LUSONG, '研发投入强度相当于全市水平的2.6倍。\n\n| 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n|---|---|---|---|---|\n| 规模工业总产值同比增长 | 8% | 6% | 5 | 4 |');
    expect(only(b, '2.6倍')).toMatchObject({ status: 'mismatch', factId: 'ach.rd_intensity_vs_city' });
    expect(only(b, '4')).toMatchObject({ status: 'mismatch', factId: 'ind.5.score' });
  });
  it('预算 with no period or group is the year\'s budget; a paragraph labelled with a group keeps its figures from the unit\'s', async () => {
    const b = await bindings(LUSONG, '预算执行率99.91%（执行1,451.29万元，预算1,452.60万元）。\n\n1. 部门项目。本部门履职项目三个，支出88.88万元。');
    expect(only(b, '1,452.60万元')).toMatchObject({ status: 'mismatch', factId: 'budget.total', expected: '1,452.61万元' });
    expect(only(b, '88.88万元').status).not.toBe('mismatch');
  });
  it('a row its label gives to the unit (一般公共预算支出) holds its cells to the unit\'s figures; a unit in the row\'s label applies to its cells', async () => {
    const b = await bindings(LUSONG, '| 项目 | 年初预算 | 年中追加（压减） | 全年预算 | 全年执行 |\n|---|---|---|---|---|\n| 一般公共预算支出 | 192.31 | 追加1,290.30 | 1,452.61 | 1,451.28 |\n\n| 月份 | 6月 | 12月 |\n|---|---|---|\n| 累计支出（万元） | 700.00 | 1,451.29 |');
    expect(only(b, '1,290.30')).toMatchObject({ status: 'mismatch', factId: 'budget.adjust.added' });
    expect(only(b, '1,451.28')).toMatchObject({ status: 'mismatch', expected: '1,451.29万元' });
    const cell = only(b, '1,451.29');
    expect(cell).toMatchObject({ unit: '万元', status: 'bound' });
    expect(['budget.actual', 'budget.income']).toContain(cell.factId);
  });
  it('the staff change said as 较上年末增加 and 变动, and a count in 万 with decimals, bind by their values', async () => {
    const b = await bindings(LUSONG, '年末在职人数较上年末增加4人，变动40.00%。');
    expect(only(b, '4人')).toMatchObject({ status: 'bound', factId: 'staff.change' });
    expect(only(b, '40.00%')).toMatchObject({ status: 'bound', factId: 'staff.change_rate' });
    const dir = path.join(PACKAGE_ROOT, 'test/fixtures/paraphrase/handwritten');
    const j = await bindings(path.join(dir, 'qinglan-2024-jineng-project.yaml'), '全年支出按用途分为四类。1.62万人取得职业资格证书或职业技能等级证书。', '# 2024年度项目支出绩效自评报告');
    expect(only(j, '1.62万人')).toMatchObject({ status: 'bound', factId: 'ind.1.actual' });
    expect(only(j, '四类')).toMatchObject({ status: 'bound', factId: 'projects.count' });
  });
});
