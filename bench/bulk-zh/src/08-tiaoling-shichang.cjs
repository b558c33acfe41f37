'use strict';
// 08 苕岭县市场监督管理局——部门，县级，txt
module.exports = {
  format: 'txt',
  level: '县',
  unitName: '苕岭县市场监督管理局',
  sector: '市场监管',
  yaml: `# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# bulk-zh 08：苕岭县市场监督管理局（虚构）。金额单位：万元。
# 全年预算 = 年初 4,862.30 + 追加 615.20 − 压减 118.50 = 5,359.00；执行 5,214.87 = 基本 3,682.45 + 项目 1,532.42；结余结转 144.13。
kind: department
version: 2

meta:
  year: 2024
  unit: 苕岭县市场监督管理局
  shortName: 县市场监管局
  title: 苕岭县市场监督管理局2024年度部门整体支出绩效自评报告
  thousands: true

staffing:
  authorized: 146
  actual: 139
  retired: 52
  controlRate: 95.21

budget:
  initial: "4,862.30"
  adjustments:
    - { type: 追加, amount: "615.20", reason: 食品安全抽检和计量检定经费 }
    - { type: 压减, amount: "118.50", reason: 一般性支出压减 }
  total: "5,359.00"
  actual: "5,214.87"
  rate: 97.31
  carryover: "144.13"
  sources:
    current: { initial: "4,862.30", total: "5,359.00", actual: "5,214.87" }

basicExpense:
  total: "3,682.45"
  personnel: "3,104.62"
  publicUse: "577.83"
  budget: "3,700.00"

projectExpense:
  total: "1,532.42"
  budget: "1,659.00"

projects:
  - { name: 食品安全监督抽检, total: "620.00", actual: "598.26" }
  - { name: 特种设备安全监察, total: "342.00", actual: "331.40" }
  - { name: 信用监管和执法办案, total: "296.00", actual: "262.76" }
  - { name: 计量检定和标准化, total: "401.00", actual: "340.00" }

threePublic:
  reception: { prior: 4.20, budget: 4.00, actual: 3.15 }
  vehicle: { prior: 28.60, budget: 27.00, actual: 24.35 }
  overseas: { prior: 0, budget: 0, actual: 0 }
  total: { prior: 32.80, budget: 31.00, actual: 27.50, changeRate: -16.16 }

budgetRate: { weight: 10, score: 9.73 }

scoreSummary: { weightTotal: 100, scoreTotal: 97.93, grade: 优 }

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 食品安全监督抽检, target: ≥3000批次, actual: 3240批次, weight: 15, score: 15 }
  - { level1: 产出指标, level2: 质量指标, name: 特种设备定期检验率, target: ≥98%, actual: 99.1%, weight: 5, score: 5 }
  - { level1: 产出指标, level2: 数量指标, name: 查办违法案件, target: ≥400件, actual: 412件, weight: 5, score: 5 }
  - level1: 产出指标
    level2: 数量指标
    name: 计量器具强制检定
    target: ≥12000台件
    actual: 10920台件
    weight: 15
    score: 13.65
    deviation: { reason: 加油机和医用计量器具检定设备更新，停检两个月 }
  - { level1: 效益指标, level2: 社会效益指标, name: 食品抽检不合格率, target: ≤3%, actual: 2.19%, weight: 10, score: 10, direction: negative }
  - { level1: 效益指标, level2: 社会效益指标, name: 投诉举报按期办结率, target: ≥98%, actual: 99.6%, weight: 15, score: 15 }
  - level1: 效益指标
    level2: 可持续影响指标
    name: 市场主体年报率
    target: ≥90%
    actual: 87.3%
    weight: 15
    score: 14.55
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 群众满意度, target: ≥90%, actual: 91.08%, weight: 10, score: 10 }

achievements:
  - { id: samples, group: 履职效能, topic: 食品抽检, name: 食品安全监督抽检, value: 3240, unit: 批次 }
  - { id: failed, group: 履职效能, topic: 食品抽检, name: 不合格, value: 71, unit: 批次 }
  - { id: fail_rate, group: 履职效能, topic: 食品抽检, name: 不合格率, value: 2.19, unit: '%', prior: 4.49 }
  - { id: devices, group: 履职效能, topic: 特种设备, name: 检验特种设备, value: 5826, unit: 台 }
  - { id: cases, group: 履职效能, topic: 执法, name: 查办违法案件, value: 412, unit: 件 }
  - { id: fines, group: 履职效能, topic: 执法, name: 罚没款, value: 386.5, unit: 万元 }
  - { id: new_entities, group: 社会效应, topic: 市场主体, name: 新登记市场主体, value: 6318, unit: 户 }
  - { id: complaints, group: 社会效应, topic: 投诉举报, name: 受理投诉举报, value: 9264, unit: 件 }
`,
  report: `苕岭县市场监督管理局2024年度部门整体支出绩效自评报告

一、基本情况

　　（一）职能。负责全县市场主体登记、食品安全、特种设备安全、产品质量、计量标准和价格监督检查。
　　（二）机构和人员。内设股室[[12|机构数（数据中无此项）]]个，下设市场监管所[[9|机构数（数据中无此项）]]个。核定编制{staffing.authorized|0}名，实有在职{staffing.actual|0}人，控制率{staffing.controlRate|2|refs=staffing.actual;staffing.authorized}%；退休{staffing.retired|0}人。

二、预算执行

　　全年预算{budget.total|2t}万元（年初{budget.initial|2t}万元，追加{budget.adjustments[0].amount|2}万元，压减{budget.adjustments[1].amount|2}万元），支出{budget.actual|2t}万元，执行率{budget.rate|2|refs=budget.actual;budget.total}%，结转{budget.carryover|2}万元。
　　基本支出{basicExpense.total|2t|refs=budget.actual}万元，占{basicExpense.total/budget.actual*100|1|refs=basicExpense.total;budget.actual}%，其中人员经费{basicExpense.personnel|2t|refs=basicExpense.total}万元、公用经费{basicExpense.publicUse|2|refs=basicExpense.total}万元。项目支出{projectExpense.total|2t|refs=budget.actual}万元，明细如下（单位：千元）：

@@table
项目 | 预算数 | 支出数 | 结余
合计 | {projectExpense.budget*10|1t|u=千元} | {projectExpense.total*10|1t|u=千元|refs=projectExpense.total} | {(projectExpense.budget-projectExpense.total)*10|1t|u=千元|refs=projectExpense.budget;projectExpense.total}
食品安全监督抽检 | {projects[0].total*10|1t|u=千元} | {projects[0].actual*10|1t|u=千元|refs=projectExpense.total} | {(projects[0].total-projects[0].actual)*10|1|u=千元|refs=projects[0].total;projects[0].actual}
特种设备安全监察 | {projects[1].total*10|1t|u=千元} | {projects[1].actual*10|1t|u=千元|refs=projectExpense.total} | {(projects[1].total-projects[1].actual)*10|1|u=千元|refs=projects[1].total;projects[1].actual}
信用监管和执法办案 | {projects[2].total*10|1t|u=千元} | {projects[2].actual*10|1t|u=千元|refs=projectExpense.total|#a=2,672.6~千元金额改错一位（四项之和与首行合计15,324.2不符，本行结余332.4也不符）~yes~分项与合计、预算与结余} | {(projects[2].total-projects[2].actual)*10|1|u=千元|refs=projects[2].total;projects[2].actual}
计量检定和标准化 | {projects[3].total*10|1t|u=千元} | {projects[3].actual*10|1t|u=千元|refs=projectExpense.total} | {(projects[3].total-projects[3].actual)*10|1|u=千元|refs=projects[3].total;projects[3].actual}
@@end

　　计量检定和标准化项目结余较多，原因是检定设备更新延至年底验收。

三、“三公”经费

@@table
项目 | 上年决算 | 本年预算 | 本年决算
公务接待费 | {threePublic.reception.prior|2|u=万元} | {threePublic.reception.budget|2|u=万元} | {threePublic.reception.actual|2|u=万元|refs=threePublic.total.actual}
公务用车运行维护费 | {threePublic.vehicle.prior|2|u=万元} | {threePublic.vehicle.budget|2|u=万元} | {threePublic.vehicle.actual|2|u=万元|refs=threePublic.total.actual}
因公出国（境）费 | {threePublic.overseas.prior|0|u=万元} | {threePublic.overseas.budget|0|u=万元} | {threePublic.overseas.actual|0|u=万元}
合计 | {threePublic.total.prior|2|u=万元} | {threePublic.total.budget|2|u=万元} | {threePublic.total.actual|2|u=万元|refs=threePublic.total.prior}
@@end

　　（上表单位：万元）“三公”经费决算比上年下降{-threePublic.total.changeRate|2|refs=threePublic.total.actual;threePublic.total.prior}%，比预算少{threePublic.total.budget-threePublic.total.actual|2|refs=threePublic.total.budget;threePublic.total.actual}万元。

四、履职成效

　　（一）食品安全。完成监督抽检{achievements@samples.value|0t|refs=indicators[0].actual}批次，检出不合格{achievements@failed.value|0|refs=achievements@fail_rate.value}批次，不合格率{achievements@fail_rate.value|2|refs=achievements@failed.value;achievements@samples.value}%，比上年的{achievements@fail_rate.prior|2}%下降{achievements@fail_rate.prior-achievements@fail_rate.value|1|refs=achievements@fail_rate.prior;achievements@fail_rate.value}个百分点。抽检经费折合每批次{projects[0].actual*10000/achievements@samples.value|0t|refs=projects[0].actual;achievements@samples.value}元。
　　（二）特种设备。检验电梯、锅炉、压力容器等{achievements@devices.value|0t}台，定期检验率{indicators[1].actual|lit}。
　　（三）执法办案。查办违法案件{achievements@cases.value|0|refs=indicators[2].actual}件，罚没款{achievements@fines.value|1|#b=368.5~罚没款金额数字颠倒~no}万元。
　　（四）营商环境。新登记市场主体{achievements@new_entities.value|0t}户；受理投诉举报{achievements@complaints.value|0t}件，按期办结率{indicators[5].actual|lit}。市场主体年报率{indicators[6].actual|lit}，未达到目标。
　　（五）计量检定。强制检定计量器具{indicators[3].actual|lit}，完成目标的{num(indicators[3].actual)/num(indicators[3].target)*100|0|refs=indicators[3].actual;indicators[3].target}%。

五、自评得分

@@table
指标 | 指标值 | 完成值 | 分值 | 得分
预算执行率 | [[100|执行率目标值]]% | {budget.rate|2|refs=budget.actual;budget.total}% | {budgetRate.weight|0} | {budgetRate.score|2|refs=budget.rate;budgetRate.weight}
食品安全监督抽检 | {indicators[0].target|lit} | {indicators[0].actual|lit} | {indicators[0].weight|0} | {indicators[0].score|0|refs=scoreSummary.scoreTotal}
特种设备定期检验率 | {indicators[1].target|lit} | {indicators[1].actual|lit} | {indicators[1].weight|0} | {indicators[1].score|0|refs=scoreSummary.scoreTotal}
查办违法案件 | {indicators[2].target|lit} | {indicators[2].actual|lit} | {indicators[2].weight|0} | {indicators[2].score|0|refs=scoreSummary.scoreTotal}
计量器具强制检定 | {indicators[3].target|lit} | {indicators[3].actual|lit} | {indicators[3].weight|0} | {indicators[3].score|2|refs=scoreSummary.scoreTotal;indicators[3].actual;indicators[3].target}
食品抽检不合格率 | {indicators[4].target|lit} | {indicators[4].actual|lit} | {indicators[4].weight|0} | {indicators[4].score|0|refs=scoreSummary.scoreTotal}
投诉举报按期办结率 | {indicators[5].target|lit} | {indicators[5].actual|lit} | {indicators[5].weight|0} | {indicators[5].score|0|refs=scoreSummary.scoreTotal}
市场主体年报率 | {indicators[6].target|lit} | {indicators[6].actual|lit} | {indicators[6].weight|0} | {indicators[6].score|2|refs=scoreSummary.scoreTotal;indicators[6].actual;indicators[6].target}
群众满意度 | {indicators[7].target|lit} | {indicators[7].actual|lit} | {indicators[7].weight|0} | {indicators[7].score|0|refs=scoreSummary.scoreTotal}
合计 | | | {scoreSummary.weightTotal|0} | {scoreSummary.scoreTotal|2|refs=budgetRate.score;indicators[0].score}
@@end

　　自评总分{scoreSummary.scoreTotal|2|refs=budgetRate.score;indicators[0].score}分，等级{scoreSummary.grade|lit|refs=scoreSummary.scoreTotal}。

六、存在问题和改进措施

　　（一）计量检定任务未完成。检定设备更新期间停检。改进：设备更新安排在检定淡季。
　　（二）市场主体年报率偏低。个体工商户对年报要求知晓率不高。改进：通过短信和[[12315|热线号码]]热线逐户提醒。

　　苕岭县市场监督管理局
　　2025年4月2日
`,
};
