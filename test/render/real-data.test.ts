import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../pipeline/check/index.js';
import { draftReport } from '../../pipeline/jobs/draft.js';
import { readReportFile } from '../../pipeline/read/index.js';
import { readSidecar } from '../../pipeline/read/sidecar.js';
import { writeReport } from '../../pipeline/write/index.js';
import { ROOT } from '../support/paths.js';

const DEPT = path.join(ROOT, 'test/fixtures/data/department-v2.yaml');
const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-real-'));

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** The prose of a draft, without its tables. */
const prose = (md: string): string => md.slice(0, md.indexOf('## 附件'));

describe('a department report as real reports state it', async () => {
  const result = await draftReport({ data: DEPT });
  const md = result.doc.markdown;

  it('a stated 执行率 is printed as stated, its basis and the tool\'s own ratio beside it', () => {
    expect(md).toContain('预算执行率92.33%（剔除收回财政和未下达资金口径；按全年执行数÷全年预算数计算为69.77%）');
    expect(md).toMatch(/\| 年度资金总额 \|  \| — \| 2000\.00 \| 1395\.40 \| 10 \| 92\.33% \|/);
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'JX_FACT_STATED', severity: 'info', location: expect.objectContaining({ path: 'budget.rate' }) }));
  });

  it('a 控制率 counting other employees is the report\'s 86.76%, not 52 ÷ 68', () => {
    expect(md).toContain('其他雇员7人');
    expect(md).toContain('人员控制率86.76%');
    expect(md).not.toContain('76.47%');
  });

  it('no 年初预算 in the data: none in the draft, a dash in the form', () => {
    expect(prose(md)).not.toContain('年初预算');
    expect(md).toContain('全年预算2000.00万元');
  });

  it('基本支出 given only as a total; 基本支出 and 项目支出 against last year, with the change, the rate and the reason', () => {
    expect(md).toContain('基本支出820.15万元，比上年的790.00万元增加30.15万元，增长3.82%，主要原因是人员增加。');
    expect(md).toContain('项目支出575.25万元，比上年的610.50万元减少35.25万元，下降5.77%，主要原因是部分项目完工。');
    expect(prose(md)).not.toContain('人员经费');
  });

  it('project groups with their own subtotals and 使用率; a group with one total actual; 实际分配 where funds are passed on', () => {
    expect(md).toContain('部门项目两个，全年预算380.00万元，实际支出335.25万元，资金使用率88.22%：环境监测运行180.25万元；执行能力建设155.00万元。'.replace('执行能力', '执法能力'));
    expect(md).toContain('公共项目两个，全年预算420.00万元，实际分配240.00万元，资金使用率100%（剔除未下达资金口径；按实际分配÷全年预算计算为57.14%）');
    // The 公共项目 projects have budgets but no actual of their own: none is invented.
    expect(md).toContain('##### （1）大气污染防治专项\n\n指标文号某财资环〔2024〕3号，全年预算300.00万元。');
  });

  it('per project: 指标文号, 全年预算 against the actual, the gap and its reason', () => {
    expect(md).toContain('指标文号某财预〔2024〕12号，全年预算200.00万元，实际支出180.25万元，预决算差额19.75万元，主要原因是部分监测设备延期采购。');
  });

  it('三公 per item: last year\'s budget and 决算, the change, its rate, the saving and the reason', () => {
    expect(md).toContain('公务接待费上年预算6.00万元，上年决算5.20万元，本年预算5.00万元，本年决算4.10万元，比上年减少1.10万元，下降21.15%，比预算节约0.90万元，主要原因是严格控制接待。');
  });

  it('政府采购 by type and 资产', () => {
    expect(md).toContain('政府采购预算260.00万元，实际采购247.80万元，执行率95.31%。');
    expect(md).toContain('其中货物类142.30万元（预算150.00万元）、工程类58.00万元（预算60.00万元）、服务类47.50万元（预算50.00万元）。');
    expect(md).toContain('资产总额5680.32万元，其中固定资产3210.50万元，公务用车9辆。本年处置资产35.60万元。');
  });

  it('achievements by dimension: an approximation, a stated rate with no base, a name ending in a code', () => {
    expect(md).toContain('#### 3.履职效能\n\n办理环境信访件9000多件；查处环境违法案件312件，同比下降8.5%。');
    expect(md).toContain('建成水质自动监测站QX200为3套。');
  });

  it('the dimensions\' common measures come from the framework profile', () => {
    expect(md).toContain('#### 2.管理效率\n\n预算执行率92.33%，结转结余率30.23%，在职人员控制率86.76%，政府采购执行率95.31%。');
  });

  it('a 自评表 without indicator rows: no 分值 of its own, the total the unit states, the rows to be filled', () => {
    expect(md).toContain('〔待补：绩效指标（一级、二级、三级指标，年度指标值、实际完成值、分值、得分）〕');
    expect(md).toMatch(/\| 总分 \|  \|  \|  \|  \|  \| — \| 95\.32 \| 自评等级：优 \|/);
  });

  it('改进措施 answer the problems one by one', () => {
    expect(md).toContain('## 五、下一步改进措施\n\n针对“公共项目资金下达偏晚”，提前对接上级资金安排。');
  });

  it('every value of the data is in the draft', () => {
    expect(result.unused).toEqual([]);
  });

  it('the draft checks with no error against its sidecar', async () => {
    const out = path.join(dir, 'dept.md');
    await writeReport(result.doc, out, { facts: result.facts.facts });
    const { text, format } = await readReportFile(out);
    const report = checkReport({ file: out, text, format }, { facts: result.facts.facts, sidecar: await readSidecar(out), profile: result.loaded.profile });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.coverage.mismatched).toBe(0);
  });
});

const SMALL_DEPT = `kind: department
version: 2
meta: { year: 2024, unit: 某县文化局 }
budget: { initial: 100, total: 120, actual: 119.9 }
projects:
  - { name: 文化下乡二期2, initial: 40, adjustment: 20, actual: 60 }
  - { name: 非遗保护, initial: 30, actual: 0, gap: { reason: 项目延至次年实施 } }
  - { name: 图书采购, initial: 30, actual: 30 }
`;

describe('a draft says only what the data asserts', () => {
  it('no indicator rows and no stated total: no total, no grade — never 差 from a score nobody gave', async () => {
    const { doc, facts } = await draftReport({ data: write('no-rows.yaml', SMALL_DEPT) });
    expect(doc.markdown).toMatch(/\| 总分 \|  \|  \|  \|  \|  \| — \| 〔待补：总分〕 \| 自评等级：〔待补：自评等级〕 \|/);
    expect(doc.markdown).not.toMatch(/“差”|：差/);
    expect(facts.facts.find((f) => f.id === 'score.grade')).toBeUndefined();
  });

  it('indicator rows the unit never scored: the rule scores them, and no grade is printed', async () => {
    const text = `${SMALL_DEPT}indicators:\n  - { level1: 产出指标, level2: 数量指标, name: 演出场次, target: 50场, actual: 40场, weight: 90 }\n`;
    const { doc } = await draftReport({ data: write('unscored.yaml', text) });
    expect(doc.markdown).toContain('〔待补：自评等级（单位自评得分未填全）〕');
    expect(doc.markdown).toContain('自评等级：〔待补：自评等级〕');
  });

  it('a stated rate with no basis that the arithmetic contradicts: kept, and marked 〔待核〕 at the figure', async () => {
    const text = SMALL_DEPT.replace('budget: { initial: 100, total: 120, actual: 119.9 }', 'budget: { initial: 100, total: 120, actual: 119.9, rate: 98 }');
    const { doc, warnings } = await draftReport({ data: write('stated.yaml', text) });
    expect(doc.markdown).toContain('预算执行率98%〔待核：按全年执行数÷全年预算数计算为99.92%，与所列不符；如按其他口径计算，请在数据中写明 basis〕');
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'JX_FACT_STATED', severity: 'warning' }));
  });

  it('Σ分值 that is not 100 is marked at the 分值 total of the form', async () => {
    const text = `${SMALL_DEPT}indicators:\n  - { level1: 产出指标, level2: 数量指标, name: 演出场次, target: 50场, actual: 50场, weight: 85, score: 85 }\n`;
    const { doc } = await draftReport({ data: write('weights.yaml', text) });
    expect(doc.markdown).toMatch(/\| 总分 \|  \|  \|  \|  \|  \| 95〔待核：各项分值之和为95分，与满分不符〕 \|/);
  });

  it('counts of projects say what they count: listed, spent, idle', async () => {
    const { doc } = await draftReport({ data: write('counts.yaml', SMALL_DEPT) });
    expect(doc.markdown).toContain('共列项目三个；本年度有支出的两个、未发生支出的一个。');
    expect(doc.markdown).not.toContain('实际支出项目三个');
  });

  it('a name ending in a digit does not run into its amount', async () => {
    const { doc } = await draftReport({ data: write('digit.yaml', SMALL_DEPT) });
    expect(doc.markdown).toContain('文化下乡二期2为60.00万元');
    expect(doc.markdown).not.toContain('二期260.00');
  });

  it('department drafts print the management, the implementation and 基本支出 by class the data gives', async () => {
    const text = `${SMALL_DEPT}background:\n  management: [资金专账核算]\n  implementation: [分片包干实施]\nbasicExpense: { total: 0, byClass: [{ name: 工资福利支出, amount: 0 }] }\n`;
    const { doc, unused } = await draftReport({ data: write('mgmt.yaml', text) });
    expect(doc.markdown).toContain('### （四）资金管理情况\n\n资金专账核算。');
    expect(doc.markdown).toContain('### （五）组织实施情况\n\n分片包干实施。');
    expect(doc.markdown).toContain('按经济分类，工资福利支出0.00万元。');
    expect(unused.filter((u) => /background|basicExpense/.test(u.location?.path ?? ''))).toEqual([]);
  });

  it('--prior announces only the parts the draft really carries', async () => {
    const prior = write('prior.md', [
      '# 2023年度某县文化局整体支出绩效自评报告', '', '## 一、部门（单位）基本情况', '', '### （一）部门主要职责', '', '负责全县文化工作。', '',
      '## 二、资金使用及绩效情况', '', '### （一）管理效率', '', '预算执行率99.00%。', '', '### （二）资金管理情况', '', '资金实行国库集中支付。', '',
    ].join('\n'));
    const text = `${SMALL_DEPT}background:\n  management: [资金专账核算]\n`;
    const { doc, carried, warnings } = await draftReport({ data: write('carry.yaml', text), prior });
    expect(carried.map((c) => c.topic)).toEqual(['functions']);
    expect(warnings.filter((w) => w.code === 'JX_DRAFT_CARRIED').map((w) => w.message)).toEqual([expect.stringContaining('“部门主要职责”')]);
    // 管理效率 (a dimension of results) is not how the money is managed; the data's own management stands.
    expect(doc.markdown).not.toContain('国库集中支付');
    expect(doc.markdown).not.toContain('99.00%');
  });
});
