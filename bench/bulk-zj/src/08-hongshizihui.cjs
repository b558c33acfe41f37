'use strict';
module.exports = {
  id: '08',
  slug: 'hongshizihui',
  format: 'txt',
  kind: 'department',
  level: '县',
  unit: '樟埠县红十字会',
  sector: '红十字会',
  styles: ['四个项目各写一段：全年预算、实际支出（元，千分位）和执行率', '全角括号表示减少（（19.06）、（7.22））', '增减率列单位写在表头（增减率（%））', '捐赠款物以元计的成效（3,472,615.80元）', '一是…二是…三是…', '人员“与上年持平”', '培训学时、证书有效期、师资人数、电话不核对'],
  data: `
# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# bulk-zj 08：樟埠县红十字会（部门整体支出，县级）。全部为虚构。金额单位：万元（成效中的捐赠额以元计）。
kind: department
version: 2

meta:
  year: 2024
  unit: 樟埠县红十字会
  shortName: 县红十字会
  title: 樟埠县红十字会2024年度部门整体支出绩效自评报告

staffing:
  authorized: 9
  actual: 8
  priorActual: 8
  retired: 5
  controlRate: 88.89

background:
  functions:
    - 应急救护培训和群众性救护知识普及
    - 人道救助和备灾救灾
    - 无偿献血、造血干细胞和遗体器官捐献宣传动员
    - 社会捐赠款物接收和公示
  organization: [办公室, 赈济救护科, 组织宣传科]

budget:
  initial: "386.40"
  adjustments:
    - { type: 追加, amount: 62, reason: 应急救护培训和备灾物资储备 }
  total: "448.40"
  actual: 431.27
  rate: 96.18
  carryover: 17.13

basicExpense:
  total: 186.52
  personnel: 158.37
  publicUse: 28.15
  budget: "190.40"
  prior: 179.06
  changeRate: 4.17
  reason: 调整工资标准

projectExpense:
  total: 244.75
  budget: 258
  prior: 263.81
  changeRate: -7.22
  reason: 上年一次性的洪灾救助支出本年不再发生

projects:
  - { name: 应急救护培训, initial: 48, adjustment: 22, total: 70, actual: 68.43 }
  - { name: 人道救助, initial: 85, total: 85, actual: 83.16 }
  - { name: 备灾救灾物资储备, initial: 40, adjustment: 40, total: 80, actual: 74.71 }
  - { name: 遗体和人体器官捐献工作, initial: 23, total: 23, actual: 18.45 }

threePublic:
  reception: { prior: 0.86, budget: 1, actual: 0.62, changeRate: -27.91 }
  total: { prior: 0.86, budget: 1, actual: 0.62, changeRate: -27.91 }

budgetRate:
  weight: 10
  score: 9.62

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 培训持证救护员, target: "≥4,000人", actual: "4,268人", weight: 10, score: 10 }
  - { level1: 产出指标, level2: 数量指标, name: 应急救护普及培训, target: ≥2万人次, actual: 2.3万人次, weight: 10, score: 10 }
  - level1: 产出指标
    level2: 数量指标
    name: 救助困难群众
    target: "≥1,200户"
    actual: "1,136户"
    weight: 10
    score: 9.47
    deviation: { reason: 部分对象已纳入民政常态化救助，不再重复救助, measure: 与民政部门共享救助对象名单 }
  - { level1: 产出指标, level2: 质量指标, name: 救助资金发放准确率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 时效指标, name: 救灾物资送达时间, target: ≤24小时, actual: 18小时, weight: 10, score: 10, direction: negative }
  - { level1: 效益指标, level2: 社会效益指标, name: 捐赠款物公示率, target: 100%, actual: 100%, weight: 15, score: 15 }
  - { level1: 效益指标, level2: 社会效益指标, name: 人体器官和遗体捐献登记, target: ≥40人, actual: 47人, weight: 15, score: 15 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 受助群众满意度, target: ≥90%, actual: 96.4%, weight: 10, score: 10 }

scoreSummary:
  weightTotal: 100
  scoreTotal: 99.09
  grade: 优

achievements:
  - { id: donations, group: 社会效应, topic: 社会捐赠, name: 接收社会捐赠款物, value: "3,472,615.80", unit: 元 }
  - { id: kits, group: 备灾救灾物资储备, topic: 物资储备, name: 储备家庭应急包, value: 1500, unit: 个 }
  - { id: stem, group: 履职效能, topic: 捐献动员, name: 采集造血干细胞血样, value: 326, unit: 人份 }
  - { id: organ, group: 遗体和人体器官捐献工作, topic: 捐献动员, name: 实现人体器官捐献, value: 6, unit: 例 }

problems:
  - id: relief
    text: 救助户数未达目标
    cause: 部分对象已纳入民政常态化救助
    measure: 与民政部门共享救助对象名单
  - id: organ_rate
    text: 捐献工作项目执行率偏低
    cause: 缅怀纪念设施建设延后
    measure: 提前完成设施选址和设计
`,
  report: `
樟埠县红十字会2024年度部门整体支出绩效自评报告

一、部门概况
县红十字会是县委领导下的人民团体，参照公务员法管理，主要承担应急救护培训、人道救助、备灾救灾、无偿献血和造血干细胞、遗体器官捐献的宣传动员以及社会捐赠款物的接收和公示等工作，内设办公室、赈济救护科和组织宣传科。
2024年末核定编制〖staffing.authorized|0〗名，在职〖staffing.actual|0〗人，与上年持平，退休〖staffing.retired|0〗人，人员控制率〖staffing.controlRate|2〗%。

二、部门整体支出情况
年初预算〖budget.initial|2〗万元，年中追加应急救护培训和备灾物资储备经费〖budget.adjustments[0].amount|2〗万元，全年预算〖budget.total|2〗万元。全年支出〖budget.actual|2〗万元，结转结余〖budget.carryover|2〗万元，预算执行率〖budget.rate|2〗%。
基本支出〖basicExpense.total|2〗万元，其中人员经费〖basicExpense.personnel|2〗万元、公用经费〖basicExpense.publicUse|2〗万元，比上年增长〖basicExpense.changeRate|2〗%，原因是调整工资标准。项目支出〖projectExpense.total|2〗万元，比上年减少〖projectExpense.prior-projectExpense.total|2〗万元，主要是上年一次性的洪灾救助支出本年不再发生。与上年比较见下表（单位：万元；括号内为减少数）。

@@grid
项目 | 上年决算 | 本年预算 | 本年决算 | 增减额 | 增减率（%）
基本支出 | 〖basicExpense.prior|2|unit=万元〗 | 〖basicExpense.budget|2|unit=万元〗 | 〖basicExpense.total|2|unit=万元〗 | 〖basicExpense.total-basicExpense.prior|2|unit=万元〗 | 〖basicExpense.changeRate|2|unit=%〗
项目支出 | 〖projectExpense.prior|2|unit=万元〗 | 〖projectExpense.budget|2|unit=万元〗 | 〖projectExpense.total|2|unit=万元〗 | 〖projectExpense.total-projectExpense.prior|2|unit=万元|neg=（）〗 | 〖projectExpense.changeRate|2|unit=%|neg=（）〗
“三公”经费 | 〖threePublic.total.prior|2|unit=万元〗 | 〖threePublic.total.budget|2|unit=万元〗 | 〖threePublic.total.actual|2|unit=万元〗 | 〖threePublic.total.actual-threePublic.total.prior|2|unit=万元|neg=（）〗 | 〖threePublic.total.changeRate|2|unit=%|neg=（）〗
@@end

“三公”经费只有公务接待费一项，决算〖threePublic.reception.actual|2〗万元，为预算的〖threePublic.reception.actual/threePublic.reception.budget*100|0〗%；本会没有公务用车，未发生因公出国（境）费用。

三、项目支出及绩效
（一）应急救护培训。全年预算〖projects[0].total*10000|2t〗元，实际支出〖projects[0].actual*10000|2t〗元，执行率〖projects[0].actual/projects[0].total*100|2〗%。全年培训持证救护员〖num(indicators[0].actual)|0t|lit〗人，开展应急救护普及培训〖num(indicators[1].actual)|1|lit〗万人次，持证培训每期⟨16|培训学时⟩学时，证书有效期⟨3|证书有效期⟩年。
（二）人道救助。全年预算〖projects[1].total*10000|2t〗元，实际支出〖projects[1].actual*10000|2t〗元，执行率〖projects[1].actual/projects[1].total*100|2〗%。“博爱送万家”等活动共救助困难群众〖num(indicators[2].actual)|0t|lit〗户，未达到〖num(indicators[2].target)|0t|lit〗户的目标，户均〖projects[1].actual*10000/num(indicators[2].actual)|2t〗元；救助资金全部通过“一卡通”发放，发放准确率〖num(indicators[3].actual)|0|lit〗%。
（三）备灾救灾物资储备。全年预算〖projects[2].total*10000|2t〗元，实际支出〖projects[2].actual*10000|2t〗元，执行率〖projects[2].actual/projects[2].total*100|2|refs=projects[2].actual,projects[2].total|a=93.93~执行率（正文项目段落）~yes~747,100.00 ÷ 800,000.00 = 93.39%〗%。新增储备家庭应急包〖achievements@kits.value|0t〗个和棉被、折叠床等物资，⟨7|日期⟩月汛期灾情发生后救灾物资平均〖num(indicators[4].actual)|0|lit〗小时内送达受灾群众手中。
（四）遗体和人体器官捐献工作。全年预算〖projects[3].total*10000|2t〗元，实际支出〖projects[3].actual*10000|2t〗元，执行率〖projects[3].actual/projects[3].total*100|2〗%，偏低的原因是缅怀纪念设施建设延后。全年新增人体器官和遗体捐献登记〖num(indicators[6].actual)|0|lit〗人，实现人体器官捐献〖achievements@organ.value|0〗例。
此外，全年采集造血干细胞血样〖achievements@stem.value|0〗人份；接收社会捐赠款物折合人民币〖achievements@donations.value|2t|b=3,427,615.80~金额（正文，元，千分位）~no〗元，捐赠款物接收和使用情况每季度在县红十字会网站公示，公示率〖num(indicators[5].actual)|0|lit〗%。

四、绩效自评得分
@@grid
一级指标 | 三级指标 | 年度目标 | 实际完成 | 分值 | 得分
产出指标 | 培训持证救护员 | ≥〖num(indicators[0].target)|0t|lit〗人 | 〖num(indicators[0].actual)|0t|lit〗人 | 〖indicators[0].weight|0|unit=分〗 | 〖indicators[0].score|0|unit=分〗
产出指标 | 应急救护普及培训 | ≥〖num(indicators[1].target)|0|lit〗万人次 | 〖num(indicators[1].actual)|1|lit〗万人次 | 〖indicators[1].weight|0|unit=分〗 | 〖indicators[1].score|0|unit=分〗
产出指标 | 救助困难群众 | ≥〖num(indicators[2].target)|0t|lit〗户 | 〖num(indicators[2].actual)|0t|lit〗户 | 〖indicators[2].weight|0|unit=分〗 | 〖indicators[2].score|2|unit=分〗
产出指标 | 救助资金发放准确率 | 〖num(indicators[3].target)|0|lit〗% | 〖num(indicators[3].actual)|0|lit〗% | 〖indicators[3].weight|0|unit=分〗 | 〖indicators[3].score|0|unit=分〗
产出指标 | 救灾物资送达时间 | ≤〖num(indicators[4].target)|0|lit〗小时 | 〖num(indicators[4].actual)|0|lit〗小时 | 〖indicators[4].weight|0|unit=分〗 | 〖indicators[4].score|0|unit=分〗
效益指标 | 捐赠款物公示率 | 〖num(indicators[5].target)|0|lit〗% | 〖num(indicators[5].actual)|0|lit〗% | 〖indicators[5].weight|0|unit=分〗 | 〖indicators[5].score|0|unit=分〗
效益指标 | 人体器官和遗体捐献登记 | ≥〖num(indicators[6].target)|0|lit〗人 | 〖num(indicators[6].actual)|0|lit〗人 | 〖indicators[6].weight|0|unit=分〗 | 〖indicators[6].score|0|unit=分〗
满意度指标 | 受助群众满意度 | ≥〖num(indicators[7].target)|0|lit〗% | 〖num(indicators[7].actual)|1|lit〗% | 〖indicators[7].weight|0|unit=分〗 | 〖indicators[7].score|0|unit=分〗
预算执行率 | 预算执行率 | ⟨100|执行率目标值⟩% | 〖budget.rate|2〗% | 〖budgetRate.weight|0|unit=分〗 | 〖budgetRate.score|2|unit=分〗
合计 |  |  |  | 〖scoreSummary.weightTotal|0|unit=分〗 | 〖scoreSummary.scoreTotal|2|unit=分|refs=indicators[2].score,budgetRate.score〗
@@end
自评总分〖scoreSummary.scoreTotal|2〗分，等级为“优”。

五、存在的问题
一是救助户数未达目标，全年救助〖num(indicators[2].actual)|0t|lit〗户，比目标少〖num(indicators[2].target)-num(indicators[2].actual)|0〗户，原因是部分对象已纳入民政部门常态化救助，按规定不再重复救助。二是遗体和人体器官捐献工作项目执行率只有〖projects[3].actual/projects[3].total*100|2〗%，缅怀纪念设施的选址和设计耗时较长。三是应急救护培训师资不足，全县只有⟨11|师资人数，数据无此项⟩名持证师资，乡镇培训主要靠县里派人。

六、改进措施
一是与县民政局共享救助对象名单，把救助重点放在因灾、因病陷入临时困难的群众；二是2025年上半年完成缅怀纪念设施建设；三是从医疗卫生和学校系统选拔⟨20|计划人数⟩名骨干参加省红十字会师资培训。

联系电话：⟨43175206|电话⟩　　造血干细胞捐献咨询：⟨43175211|电话⟩
`,
};
