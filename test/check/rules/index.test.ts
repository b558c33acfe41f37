import { describe, expect, it } from 'vitest';
import { CODES } from '../../../pipeline/codes.js';
import * as api from '../../../pipeline/check/rules/index.js';
import { allHits, summary } from './support.js';

describe('rules index', () => {
  it('exposes the rules, runRules and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual(['RULES', 'runRules']);
    expect(api.RULES.map((r) => r.meta.id)).toEqual(['sum', 'parts', 'rate', 'budget-adjust', 'balance', 'conflict', 'unit', 'score-table', 'grade']);
  });
  it('every rule declares the codes it may return, all known finding codes', () => {
    for (const r of api.RULES) {
      expect(r.meta.codes.length).toBeGreaterThan(0);
      for (const c of r.meta.codes) expect(CODES[c].group).toBe('check');
      expect(r.meta.description).not.toBe('');
    }
  });
});

/** A department report written for this test, every relation in it holding. */
const CONSISTENT = `2024年度某区科技局整体支出绩效自评报告

一、部门（单位）基本情况
（一）人员情况
截至2024年12月31日，编制数20人，实有在职人数18人，控制率90%；年末实有人数18人，比上年增加3人，增长20%。
（二）内设机构
我局共有内设机构3个，分别为：办公室、科技股、产业股。
二、一般公共预算支出情况
（一）基本支出情况
2024年度财政拨款支出520.00万元，其中：项目支出300.00万元，基本支出220.00万元，其中：人员经费180.00万元，公用经费40.00万元。
（二）项目支出情况
1. 科技创新奖补资金200.00万元；
2. 科普活动经费60.00万元；
3. 专家咨询费40.00万元。
三、资金使用及绩效情况
（一）部门整体支出绩效情况
2024年，我局全年预算金额530.00万元，全年执行金额520.00万元，预算执行率98.11%。
1.产出指标
全年新增科技型中小企业备案320家，完成率为128%，全年任务250家；新增省级创新平台12家，其中国家级平台2家。技术合同成交额48.60亿元，同比增长12%。
2.效益指标
2023年度全社会研发投入总量50.00亿元，2024年研发投入总量56.20亿元，占GDP比重达到3.15%。科技型中小企业备案超300家，技术合同成交额近50亿元。
3.满意度指标
服务对象满意度在95%以上。
（二）专项资金支出绩效情况
本部门年初预算专项资金共2个，具体情况如下：
一是科技创新奖补资金，上年结转10.00万元，年初预算180.00万元，年中调增20.00万元，实际支出200.00万元，结余结转10.00万元。
二是科普活动经费，年初预算70.00万元，年中压减10.00万元，实际支出60.00万元，结余结转0.00万元。
四、存在的问题及原因分析
力争明年科技型中小企业备案达到400家，技术合同成交额达到60亿元。
五、下一步改进措施
无。
附件
2024年度部门整体支出绩效自评表
\t年度预算申请（万元）
\t
\t年初预算数
\t全年预算数
\t全年执行数
\t分值
\t执行率
\t得分

\t
\t年度资金总额
\t500.00
\t530.00
\t520.00
\t10
\t98.11%
\t9.81

\t一级指标
\t二级指标
\t三级指标
\t年度指标值
\t实际完成值
\t分值
\t得分
\t偏差原因分析及改进措施

\t
\t产出指标（50分）
\t数量指标
\t新增科技型中小企业备案
\t250家
\t320家
\t30
\t30
\t

\t
\t
\t
\t技术合同成交额
\t45亿元
\t48.6
\t20
\t20
\t

\t
\t效益指标（30分）
\t经济效益指标
\t研发投入总量
\t60亿元
\t56.20亿元
\t30
\t28.1
\t

\t
\t满意度指标（10分）
\t服务对象满意度指标
\t服务对象满意度
\t≥90%
\t96%
\t10
\t10
\t

\t总分
\t100
\t97.91
`;

describe('all rules on a consistent report', () => {
  it('stay quiet', () => {
    expect(summary(allHits(CONSISTENT, 'report.txt'))).toEqual([]);
  });
  it('find each break put into it', () => {
    const broken = CONSISTENT.replace('控制率90%', '控制率80%')
      .replace('公用经费40.00万元', '公用经费50.00万元')
      .replace('3. 专家咨询费40.00万元', '3. 专家咨询费45.00万元')
      .replace('结余结转10.00万元', '结余结转12.00万元')
      .replace('\t97.91', '\t98.91')
      .replace('\t56.20亿元', '\t58.20亿元');
    expect(summary(allHits(broken, 'report.txt'))).toEqual([
      'JX_CHECK_RATE error 80%',
      // 项目支出 300.00 against its three items (305.00), stated before the 220.00 of 基本支出.
      'JX_CHECK_SUM error 300.00万元',
      'JX_CHECK_SUM error 220.00万元',
      'JX_CHECK_BALANCE error 12.00万元',
      'JX_CHECK_TABLE_NARRATIVE error 58.20亿元',
      'JX_CHECK_INDICATOR_SCORE warning 28.1',
      'JX_CHECK_SCORE_TOTAL error 98.91',
    ]);
  });
});
