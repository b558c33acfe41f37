import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../pipeline/index.js';
import { allHits } from './support.js';

/**
 * Correct wordings of the kinds that gave false findings on the clean files of the sixteenth blind
 * corpus (bench/bulk-za: reports copied from government websites), rewritten here with other names
 * and figures: nothing is found in them; where a relation is read, one figure wrong is found.
 */
const DEPT = '# 2024年度某镇人民政府部门整体支出绩效自评报告\n\n## 一、预算执行情况\n\n';
const POLICY = '# 2024年度某县耕地保护补贴政策绩效自评报告\n\n## 一、资金情况\n\n';

const found = (text: string, file = 'report.md') => allHits(text, file).filter((h) => h.severity !== 'info').map((h) => `${h.code} ${h.mention.text}`);

describe('bulk-za: correct wordings of the sixteenth blind corpus kinds are quiet', () => {
  it('a scoring rule\'s threshold (预算执行率指标达到95%即得满分) is not what the rate was', () => {
    const text = (rate: string) => `${DEPT}全年预算1,200.00万元，全年支出1,170.00万元，预算执行率97.50%。\n\n## 二、评价方法\n\n预算执行率指标达到95%即得满分。\n\n## 三、结果\n\n预算执行率为${rate}。\n`;
    expect(found(text('97.50%'))).toEqual([]);
    expect(found(text('96.50%'))).toContain('JX_CHECK_CONFLICT 96.50%');
  });
  it('the funds given (下达补贴资金) and those paid out (全年发放补贴资金) are two figures', () => {
    const text = (paid: string, given: string) => `${POLICY}省财政厅下达我县补贴资金8,650.00万元。\n\n## 二、发放情况\n\n全年发放补贴资金${paid}万元，结余资金12.40万元。\n\n## 三、小结\n\n下达补贴资金${given}万元。\n`;
    expect(found(text('8,637.60', '8,650.00'))).toEqual([]);
    expect(found(text('8,637.60', '8,560.00'))).toContain('JX_CHECK_CONFLICT 8,560.00万元');
  });
  it('a score table copied one cell per line: a figure alone on its line takes no name from a row above it', () => {
    // Row groups apart by a blank line, as a web page's table copies.
    const rows = [
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '完成小型水库大坝安全鉴定工作座数', '≥12座', '12座', '10', '10'],
      ['质量指标', '汛期水库安全运行率', '100%', '100%', '10', '10'],
      ['满意度指标', '服务对象满意度', '受益群众满意度', '≥90%', '88.00%', '10', '9.78'],
    ];
    const text = `一、绩效自评表\n\n${rows.map((r) => r.join('\n')).join('\n\n')}\n`;
    const subjects = extractMentions(text).map((m) => `${m.text}:${m.subject.text}`);
    expect(subjects).toContain('≥12座:小型水库大坝安全鉴定工作座数');
    expect(subjects.filter((x) => /^(?:100%|88\.00%|≥90%):/u.test(x))).toEqual(['100%:', '100%:', '≥90%:', '88.00%:']);
  });
  it('生均公用经费 is per pupil, not the 公用经费 stated before it', () => {
    expect(found(`${DEPT}公用经费286.40万元（上年301.20万元），较上年减少14.80万元，下降4.91%。生均公用经费1,236.18元。\n`)).toEqual([]);
  });
  it('a table that opens with a total heads each 合计 with its rows; what is carried on after them is none', () => {
    const table = (spent: string, nested: boolean) =>
      `${DEPT}单位：万元\n\n| 项目 | 2023年决算数 | 2024年决算数 |\n|---|---|---|\n| 收入合计 | 4,210.30 | 4,520.60 |\n| 财政拨款收入 | 4,150.10 | 4,470.20 |\n| 其他收入 | 60.20 | 50.40 |\n| 支出合计 | 4,236.80 | ${spent} |\n| 基本支出 | 1,120.40 | 1,168.90 |\n${nested ? '| 其中：人员经费 | 980.20 | 1,020.50 |\n| 公用经费 | 140.20 | 148.40 |\n' : ''}| 项目支出 | 3,116.40 | 3,370.10 |\n| 年末结转和结余 | 36.10 | 17.80 |\n`;
    // (with the levels of its rows only in words, the 支出合计 was added up from the income rows above it)
    expect(found(table('4,539.00', true))).toEqual([]);
    expect(found(table('4,593.00', false))).toContain('JX_CHECK_SUM 4,593.00');
  });
  it('a 其中 part expected at the start of the year (其他收入a，年初预计b) is no part of this year\'s total', () => {
    expect(found(`${DEPT}2024年收入合计3,120.50万元，较上年2,980.30万元有所增加。其中财政拨款收入3,060.10万元；其他收入60.40万元，年初预计45.00万元，完成预算的134.22%。\n`)).toEqual([]);
  });
  it('a per-household over what its paragraph says was paid out of the funds given', () => {
    const text = (per: string) =>
      `${POLICY}2024年省级下达我县补贴资金1,850.00万元，全年兑付1,794.60万元，兑付率97.01%。全年补贴机具326台，受益农户260户，户均补贴${per}元。\n`;
    expect(found(text('69,023.08'))).toEqual([]);
    expect(found(text('66,023.08'))).toContain('JX_CHECK_RATE 66,023.08元');
  });
});

describe('bulk-za: relations of its reports, read', () => {
  const SCHOOL = '# 2024年度某县第一中学部门整体支出绩效自评报告\n\n## 一、收支情况\n\n';
  it('a year under 决算数 in a two-row header is that year\'s actual; prose 项目支出 of a department is its group', () => {
    const text = (spent: string) =>
      `${SCHOOL}收支决算对比表\n\n单位：万元\n\n| 项目 | 决算数 |  | 增减情况 |  |\n| --- | --- | --- | --- | --- |\n|  | 2023年 | 2024年 | 增减额 | 增减率 |\n| 支出合计 | 2,400.00 | 2,560.00 | 160.00 | 6.67% |\n| 基本支出 | 2,050.00 | 2,140.00 | 90.00 | 4.39% |\n| 项目支出 | 350.00 | 420.00 | 70.00 | 20.00% |\n\n## 二、项目支出\n\n2024年项目支出${spent}万元，主要用于校舍维修。\n`;
    expect(found(text('420.00'))).toEqual([]);
    expect(found(text('402.00'))).toEqual(['JX_CHECK_TABLE_NARRATIVE 402.00万元']);
  });
  it('a share of 总支出 over the spending\'s 合计 of its sentence (部门支出合计X，…项目支出占总支出的Y%)', () => {
    const text = (r: string) => `${SCHOOL}2024年部门支出合计2,500.00万元，其中基本支出600.00万元，项目支出1,900.00万元，项目支出占总支出的${r}。\n`;
    expect(found(text('76.00%'))).toEqual([]);
    expect(found(text('70.00%'))).toEqual(['JX_CHECK_RATE 70.00%']);
    // 共计 states the whole as 合计 does, in the next sentence too.
    const said = (r: string) => `${SCHOOL}2024年支出共计980.00万元，其中基本支出710.40万元，项目支出269.60万元。项目支出占总支出的${r}。\n`;
    expect(found(said('27.51%'))).toEqual([]);
    expect(found(said('25.51%'))).toEqual(['JX_CHECK_RATE 25.51%']);
  });
  it('a cost per 人次 with no amount beside it is the year\'s spending over the count', () => {
    const text = (c: string) => `# 2024年度某县妇女两癌筛查项目支出绩效自评报告\n\n## 二、资金\n\n2024年项目预算160.00万元，全年支出156.00万元，预算执行率97.50%。\n\n## 三、产出\n\n全年完成宫颈癌筛查15,000人、乳腺癌筛查15,000人，合计30,000人次，每人次筛查成本${c}元。\n`;
    expect(found(text('52.00'))).toEqual([]);
    expect(found(text('50.20'))).toEqual(['JX_CHECK_RATE 50.20元']);
  });
  it('a per-household after the households stated earlier in its section, over the amount of its own sentence', () => {
    const text = (per: string) =>
      `${POLICY}省财政厅下达我县补贴资金6,000.00万元。全县核定补贴面积520,000.0亩，涉及农户40,000户。\n\n全年发放补贴资金59,800,000.00元（5,980.00万元），亩均补贴115.00元，户均补贴${per}元。\n`;
    expect(found(text('1,495.00'))).toEqual([]);
    expect(found(text('1,459.00'))).toEqual(['JX_CHECK_RATE 1,459.00元']);
  });
  it('a table copied one cell per line is read as a table: its 合计 and the prose restating a row', () => {
    const text = (total: string, prose: string) =>
      `某镇卫生院2024年度部门整体支出绩效自评报告\n一、收支情况\n　　事业收入${prose}，主要为医疗服务收入。\n收支决算情况表\n单位：万元\n项目\n2023年决算数\n2024年决算数\n财政拨款收入\n486.20\n512.63\n事业收入\n498.36\n520.15\n其他收入\n12.04\n13.50\n收入合计\n996.60\n${total}\n二、绩效情况\n　　全年完成门诊38,642人次。\n`;
    expect(found(text('1,046.28', '520.15万元'), 'report.txt')).toEqual([]);
    expect(found(text('1,064.28', '520.15万元'), 'report.txt')).toEqual(['JX_CHECK_SUM 1,064.28']);
    expect(found(text('1,046.28', '520.15元'), 'report.txt')).toContain('JX_CHECK_UNIT 520.15元');
  });
  it('a project\'s balance in a section of its own: the whole-year budget (its carry-over said to be in it, an addition made) less the spending', () => {
    const text = (left: string) =>
      `# 2024年度某村人居环境整治项目支出绩效自评报告\n\n## 二、资金\n\n**（一）资金安排**\n\n年初预算180.00万元（含上年结转15.00万元），年中追加40.00万元，全年预算220.00万元。\n\n**（二）资金支出**\n\n全年实际支出201.30万元，预算执行率为91.50%。\n\n**（三）结转结余**\n\n年末项目结转结余${left}万元，结转下年继续使用。\n`;
    expect(found(text('18.70'))).toEqual([]);
    expect(found(text('17.80'))).toEqual(['JX_CHECK_BALANCE 17.80万元']);
  });
  it('quiet when a carry-over stands beside the whole-year budget (the funds were more than the budget)', () => {
    expect(found('# 2024年度某项目支出绩效自评报告\n\n## 一\n\n全年预算500.00万元，上年结转资金50.00万元。\n\n全年实际支出520.00万元。\n\n年末结余30.00万元。\n')).toEqual([]);
  });
  it('a policy\'s balance: the funds arranged (共安排…资金) less those paid (拨付…资金)', () => {
    const text = (left: string) =>
      `${POLICY}2024年各级财政共安排我县参保补助资金12,000.00万元。全年按实际参保人数拨付补助资金11,640.50万元，执行率97.00%。\n\n年末结余${left}万元，已按规定退回。\n`;
    expect(found(text('359.50'))).toEqual([]);
    expect(found(text('395.50'))).toEqual(['JX_CHECK_BALANCE 395.50万元']);
  });
  it('the whole score in prose against the one score table that has no 总分 row (its 分值 make 100)', () => {
    const table = (budgetScore: string, weight = '10') =>
      `| 项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|---|---|\n| | 年度资金总额 | 80.00 | 100.00 | 96.00 | ${weight} | 96.00% | ${budgetScore} |\n\n` +
      '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n|---|---|---|---|---|---|---|\n' +
      '| 产出指标 | 数量指标 | 培训人次 | ≥500人次 | 520人次 | 30 | 30 |\n| | 质量指标 | 合格率 | ≥95% | 98% | 20 | 20 |\n| 效益指标 | 社会效益指标 | 覆盖乡镇数 | 12个 | 12个 | 30 | 30 |\n| 满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90% | 94% | 10 | 10 |\n';
    const text = (total: string, lead = '项目自评得分', weight = '10') => `# 2024年度某县技能培训项目支出绩效自评报告\n\n## 四、自评结论\n\n${lead}${total}分，评价等级为“优”。\n\n## 附件：自评表\n\n${table(weight === '10' ? '9.60' : '4.80', weight)}`;
    expect(found(text('99.60'))).toEqual([]);
    expect(found(text('96.90'))).toEqual(['JX_CHECK_SCORE_TOTAL 96.90分']);
    // Last year's score is no statement of this table's.
    expect(found(text('92.50', '上年项目自评得分'))).toEqual([]);
    // 分值 that do not make 100: the table may be read in part; its scores bound nothing.
    expect(found(text('96.90', '项目自评得分', '5'))).toEqual([]);
  });
  it('a column whose header gives a count unit of its own (新建改造工程（处）) adds up to its 合计 row', () => {
    const text = (n: string) =>
      `# 2024年度某市农村供水专项资金绩效自评报告\n\n## 二、分县使用情况\n\n| 县（区） | 下达资金（万元） | 受益人口（人） | 新建改造工程（处） |\n|---|---|---|---|\n| 甲县 | 1,200.00 | 12,640 | 42 |\n| 乙县 | 980.00 | 9,870 | ${n} |\n| 丙县 | 1,560.00 | 15,320 | 57 |\n| 合计 | 3,740.00 | 37,830 | 134 |\n`;
    expect(found(text('35'))).toEqual([]);
    expect(found(text('33'))).toEqual(['JX_CHECK_SUM 134']);
    expect(extractMentions(text('35')).filter((m) => m.text === '57').map((m) => m.unit)).toEqual(['处']);
  });
  it('a 三公 table whose 公务用车 row is broken down by 其中 rows: the 合计 is over the rows above those parts', () => {
    const rows = (reception: string) => [
      ['项目', '2024年预算数', '2024年决算数'],
      ['合计', '15.62', '12.47'],
      ['因公出国（境）费', '0.00', '0.00'],
      ['公务用车购置及运行维护费', '10.88', '9.73'],
      ['其中：公务用车购置费', '0.00', '0.00'],
      ['公务用车运行维护费', '10.88', '9.73'],
      ['公务接待费', '4.74', reception],
    ];
    const md = (reception: string) => `${DEPT}单位：万元\n\n${rows(reception).map((r, i) => `| ${r.join(' | ')} |${i === 0 ? '\n|---|---|---|' : ''}`).join('\n')}\n`;
    expect(found(md('2.74'))).toEqual([]);
    expect(found(md('2.47'))).toEqual(['JX_CHECK_SUM 12.47']);
    // The same rows with the total last.
    const last = (reception: string) => { const r = rows(reception); return `${DEPT}| ${r[0]?.join(' | ')} |\n|---|---|---|\n${[...r.slice(2), r[1] ?? []].map((x) => `| ${x.join(' | ')} |`).join('\n')}\n`; };
    expect(found(last('2.74'))).toEqual([]);
    expect(found(last('2.47'))).toEqual(['JX_CHECK_SUM 12.47']);
  });
});
