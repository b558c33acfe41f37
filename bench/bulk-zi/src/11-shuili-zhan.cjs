'use strict';
// 11 乡镇 部门整体支出 txt：岫原县荻坪乡水利站
const W = (p, o = '') => '{' + p + ';2;nu;unit=万元' + o + '}';
module.exports = {
  id: '11', format: 'txt', kind: 'department', level: '乡镇',
  unitName: '岫原县荻坪乡水利站', title: '荻坪乡水利站2024年度部门整体支出绩效自评报告',
  sector: '水利 / 乡镇水利站（山塘清淤、泵站维修、农村饮水工程巡查）',
  styles: ['ASCII 框线表（基本支出、项目支出，上年/本年/增长率）', '评分表写成编号列表', '“增长了 109.47%”“是上年的2.09倍”', '汉字计数“二十三名”',
    '“其中：”后逐行缩进', '“得分8.33分（满分10分）”', '“荻坪1号塘”等名称中的数字、值班电话、日期不核对', '每口山塘清淤成本（算式）'],
  yaml: `
# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# 岫原县荻坪乡（虚构）水利站 2024年度部门整体支出。金额单位：万元。
kind: department
version: 2

meta:
  year: 2024
  unit: 岫原县荻坪乡水利站
  shortName: 乡水利站
  title: 荻坪乡水利站2024年度部门整体支出绩效自评报告

staffing:
  authorized: 6
  actual: 5
  controlRate: 83.33

budget:
  initial: 142.6
  adjustments:
    - { type: 追加, amount: 38, reason: 山塘清淤整治 }
  total: 180.6
  actual: 176.94
  rate: 97.97
  carryover: 3.66
  sources:
    current: { initial: 142.6, total: 180.6, actual: 176.94 }

basicExpense:
  total: 68.35
  personnel: 61.27
  publicUse: 7.08
  budget: 69
  prior: 64.1
  changeRate: 6.63

projectExpense:
  total: 108.59
  budget: 111.6
  prior: 51.84
  changeRate: 109.47

projects:
  - { name: 山塘清淤整治, initial: 26, adjustment: 38, total: 64, actual: 63.12, carryover: 0.88 }
  - { name: 小型灌溉泵站维修, initial: 29.6, adjustment: 0, total: 29.6, actual: 28.75, carryover: 0.85 }
  - { name: 农村饮水工程巡查维护, initial: 18, adjustment: 0, total: 18, actual: 16.72, carryover: 1.28 }

threePublic:
  reception: { prior: 0.42, budget: 0.5, actual: 0.36 }
  total: { prior: 0.42, budget: 0.5, actual: 0.36 }

budgetRate: { weight: 10, score: 9.8 }
scoreSummary: { weightTotal: 100, scoreTotal: 98.13, grade: 优 }

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 清淤整治山塘, target: ≥12口, actual: 14口, weight: 10, score: 10 }
  - level1: 产出指标
    level2: 数量指标
    name: 维修灌溉泵站
    target: 6座
    actual: 5座
    weight: 10
    score: 8.33
    deviation: { reason: 一座泵站电机需返厂维修, measure: 2025年春灌前修复 }
  - { level1: 产出指标, level2: 数量指标, name: 农村饮水工程巡查, target: ≥48次, actual: 52次, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 质量指标, name: 工程验收合格率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 时效指标, name: 汛前完成清淤, target: 汛前完成, actual: 汛前完成, weight: 10, score: 10, band: 达成 }
  - { level1: 产出指标, level2: 成本指标, name: 每口山塘清淤成本, target: ≤4.8万元, actual: 4.51万元, weight: 10, score: 10, direction: negative }
  - { level1: 效益指标, level2: 经济效益指标, name: 恢复灌溉面积, target: ≥2000亩, actual: 2360亩, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 社会效益指标, name: 农村饮水工程供水保证率, target: ≥95%, actual: 97.5%, weight: 10, score: 10 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 受益农户满意度, target: ≥90%, actual: 93.8%, weight: 10, score: 10 }

achievements:
  - { id: keepers, group: 履职效能, topic: 管水员, name: 培训村级管水员, value: 23, unit: 名 }
  - { id: silt, group: 履职效能, topic: 清淤, name: 清淤土方, value: 4.7, unit: 万立方米 }

problems:
  - id: pump
    text: 一座泵站未完成维修
    cause: 电机需返厂维修
    measure: 2025年春灌前修复
`,
  report: `
荻坪乡水利站2024年度部门整体支出绩效自评报告

　　一、基本情况

　　乡水利站是乡人民政府所属事业单位，负责全乡山塘、泵站、渠道和农村饮水工程的日常管理和维护。核定编制{staffing.authorized;0}名，实有在编人员{staffing.actual;0}人。

　　二、收支情况

　　2024年年初预算{budget.initial;2}万元，年中乡财政追加山塘清淤整治资金{budget.adjustments[0].amount;2}万元，全年预算{budget.total;2}万元。全年支出{budget.actual;2}万元，执行率{budget.rate;2}%，结余{budget.carryover;2}万元。
　　其中：
　　　　基本支出{basicExpense.total;2}万元，比上年增长{basicExpense.changeRate;2}%；
　　　　项目支出{projectExpense.total;2}万元，比上年增长了 {projectExpense.changeRate;2}%，是上年的{projectExpense.total/projectExpense.prior;2;refs=projectExpense.total,projectExpense.prior}倍。

@@box
| 类别 | 上年支出 | 本年预算 | 本年支出 | 增长率 |
---
| 基本支出 | ${W('basicExpense.prior')} | ${W('basicExpense.budget')} | ${W('basicExpense.total')} | {basicExpense.changeRate;2}% |
| 其中：人员经费 |  |  | ${W('basicExpense.personnel')} |  |
| 　　　公用经费 |  |  | ${W('basicExpense.publicUse')} |  |
| 项目支出 | ${W('projectExpense.prior')} | ${W('projectExpense.budget')} | ${W('projectExpense.total')} | {projectExpense.changeRate;2}% |
| 其中：山塘清淤整治 |  | ${W('projects[0].total')} | ${W('projects[0].actual')} |  |
| 　　　泵站维修 |  | ${W('projects[1].total')} | ${W('projects[1].actual')} |  |
| 　　　饮水工程巡查维护 |  | ${W('projects[2].total')} | ${W('projects[2].actual')} |  |
@@end
　　（金额单位：万元）

　　项目支出增长较多，主要是本年集中开展山塘清淤整治。“三公”经费只有公务接待费一项，预算{threePublic.reception.budget;2}万元，支出{threePublic.reception.actual;2}万元，上年为{threePublic.reception.prior;2}万元。

　　三、工作成效

　　（一）山塘清淤。全年清淤整治山塘{num(indicators[0].actual);0;lit}口，清淤土方{achievements@silt.value;1}万立方米，荻坪[[1;名称中的数字]]号塘、荻坪[[2;名称中的数字]]号塘等骨干山塘均在汛前完成。按清淤支出计算，每口山塘清淤成本{projects[0].actual/num(indicators[0].actual);2;refs=projects[0].actual}万元。恢复灌溉面积{num(indicators[6].actual);0t;lit}亩。

　　（二）泵站维修。计划维修灌溉泵站{num(indicators[1].target);0;lit}座，实际完成{num(indicators[1].actual);0;lit}座，另一座泵站电机返厂维修，该项得分{indicators[1].score;2}分（满分{indicators[1].weight;0}分）。

　　（三）饮水安全。全年巡查农村饮水工程{num(indicators[2].actual);0;lit}次，供水保证率{num(indicators[7].actual);1;lit}%。乡里为各村培训村级管水员{achievements@keepers.value;c;#b=三十二~汉字计数（名）~no}名。汛期值班电话[[63150279;电话]]全天有人接听。

　　（四）满意度。向受益农户发放问卷[[150;问卷份数]]份，满意度{num(indicators[8].actual);1;lit}%。

　　四、自评得分

　　1．预算执行率：目标[[100;执行率目标值，数据中没有]]%，实际{budget.rate;2}%，分值{budgetRate.weight;0}分，得分{budgetRate.score;1}分。
　　2．清淤整治山塘：目标≥{num(indicators[0].target);0;lit}口，实际{num(indicators[0].actual);0;lit}口，分值{indicators[0].weight;0}分，得分{indicators[0].score;0}分。
　　3．维修灌溉泵站：目标{num(indicators[1].target);0;lit}座，实际{num(indicators[1].actual);0;lit}座，分值{indicators[1].weight;0}分，得分{indicators[1].score;2;#a=8.83~得分（列表式评分表）~yes~5 ÷ 6 × 10 = 8.33，各项得分之和与总分98.13不符}分。
　　4．农村饮水工程巡查：目标≥{num(indicators[2].target);0;lit}次，实际{num(indicators[2].actual);0;lit}次，分值{indicators[2].weight;0}分，得分{indicators[2].score;0}分。
　　5．工程验收合格率：目标{num(indicators[3].target);0;lit}%，实际{num(indicators[3].actual);0;lit}%，分值{indicators[3].weight;0}分，得分{indicators[3].score;0}分。
　　6．汛前完成清淤：目标汛前完成，实际汛前完成，分值{indicators[4].weight;0}分，得分{indicators[4].score;0}分。
　　7．每口山塘清淤成本（反向）：目标≤{num(indicators[5].target);1;lit}万元，实际{num(indicators[5].actual);2;lit}万元，分值{indicators[5].weight;0}分，得分{indicators[5].score;0}分。
　　8．恢复灌溉面积：目标≥{num(indicators[6].target);0;lit}亩，实际{num(indicators[6].actual);0;lit}亩，分值{indicators[6].weight;0}分，得分{indicators[6].score;0}分。
　　9．农村饮水工程供水保证率：目标≥{num(indicators[7].target);0;lit}%，实际{num(indicators[7].actual);1;lit}%，分值{indicators[7].weight;0}分，得分{indicators[7].score;0}分。
　　10．受益农户满意度：目标≥{num(indicators[8].target);0;lit}%，实际{num(indicators[8].actual);1;lit}%，分值{indicators[8].weight;0}分，得分{indicators[8].score;0}分。
　　总分{scoreSummary.scoreTotal;2;refs=budgetRate.score,indicators[1].score}分，等级“{scoreSummary.grade;=优;lit}”。

　　五、存在问题和下步打算

　　一座泵站未能按计划修好。下一步督促厂家尽快修复电机，确保2025年春灌前投入使用。

　　荻坪乡水利站
　　2025年3月5日
`,
};
