'use strict';
module.exports = {
  id: '11',
  slug: 'shequ-weisheng',
  format: 'txt',
  kind: 'department',
  level: '街道',
  unit: '棠溆市沅桥区溪坪街道社区卫生服务中心',
  sector: '社区卫生服务',
  styles: ['表格单元格内带单位（≥2,600人、2.1‰、9.64万人次）', '千分率‰（婴儿死亡率≤5‰）', '同比持平（人员、公务用车）', '圈码脚注①②紧跟数字及文末注释', '会计减号△（△0.06、△14.29%）', '聘用人员不计入控制率', '“2型糖尿病”名称中的数字、人均补助标准、门诊时间、电话不核对'],
  data: `
# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# bulk-zj 11：棠溆市沅桥区溪坪街道社区卫生服务中心（部门整体支出，街道）。全部为虚构。金额单位：万元（只含财政拨款）。
kind: department
version: 2

meta:
  year: 2024
  unit: 棠溆市沅桥区溪坪街道社区卫生服务中心
  shortName: 溪坪街道社区卫生服务中心
  title: 溪坪街道社区卫生服务中心2024年度部门整体支出绩效自评报告

staffing:
  authorized: 48
  actual: 45
  priorActual: 45
  retired: 11
  controlRate: 93.75

background:
  functions:
    - 基本医疗和国家基本公共卫生服务
    - 家庭医生签约服务
    - 辖区传染病报告和预防接种

budget:
  initial: 1386
  adjustments:
    - { type: 追加, amount: "126.80", reason: 基本公共卫生服务补助第二批 }
    - { type: 追加, amount: 42, reason: 家庭医生签约服务 }
  total: "1,554.80"
  actual: "1,512.36"
  rate: 97.27
  carryover: 42.44

basicExpense:
  total: 842.16
  personnel: "756.30"
  publicUse: 85.86
  budget: 858
  prior: "826.90"
  changeRate: 1.85
  reason: 绩效工资调整

projectExpense:
  total: "670.20"
  budget: "696.80"
  prior: 698.45
  changeRate: -4.04
  reason: 上年一次性疫情防控补助本年不再安排

projects:
  - { name: 国家基本公共卫生服务, initial: 420, adjustment: "126.80", total: "546.80", actual: 538.92 }
  - { name: 家庭医生签约服务, initial: 38, adjustment: 42, total: 80, actual: "76.40" }
  - { name: 医疗设备购置, initial: 70, total: 70, actual: 54.88 }

threePublic:
  reception: { prior: 0.42, budget: "0.50", actual: 0.36, changeRate: -14.29 }
  vehicle: { prior: "3.20", budget: "3.20", actual: "3.20", changeRate: 0 }
  total: { prior: 3.62, budget: "3.70", actual: 3.56, changeRate: -1.66 }

budgetRate:
  weight: 10
  score: 9.73

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 居民电子健康档案建档率, target: ≥90%, actual: 92.4%, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 数量指标, name: 高血压患者规范管理人数, target: "≥2,600人", actual: "2,687人", weight: 10, score: 10 }
  - level1: 产出指标
    level2: 数量指标
    name: 2型糖尿病患者规范管理人数
    target: "≥1,100人"
    actual: "1,052人"
    weight: 10
    score: 9.56
    deviation: { reason: 部分患者在上级医院长期随诊，未纳入社区规范管理, measure: 与上级医院共享随诊信息 }
  - { level1: 产出指标, level2: 质量指标, name: 家庭医生重点人群签约率, target: ≥70%, actual: 73.5%, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 时效指标, name: 适龄儿童免疫规划疫苗接种率, target: ≥95%, actual: 98.6%, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 社会效益指标, name: 辖区婴儿死亡率, target: ≤5‰, actual: 2.1‰, weight: 10, score: 10, direction: negative }
  - { level1: 效益指标, level2: 社会效益指标, name: 传染病报告及时率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 可持续影响指标, name: 门急诊人次, target: ≥9万人次, actual: 9.64万人次, weight: 10, score: 10 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 签约居民满意度, target: ≥90%, actual: 94.8%, weight: 10, score: 10 }

scoreSummary:
  weightTotal: 100
  scoreTotal: 99.29
  grade: 优

achievements:
  - { id: population, group: 履职效能, topic: 服务人口, name: 辖区常住人口, value: 4.26, unit: 万人 }
  - { id: teams, group: 家庭医生签约服务, topic: 签约服务, name: 家庭医生团队, value: 14, unit: 支 }
  - { id: signed, group: 家庭医生签约服务, topic: 签约服务, name: 签约居民, value: 1.38, unit: 万人 }
  - { id: lectures, group: 国家基本公共卫生服务, topic: 健康教育, name: 举办健康教育讲座, value: 86, unit: 场 }
  - { id: devices, group: 医疗设备购置, topic: 设备, name: 购置医疗设备, value: 9, unit: 台 }

problems:
  - id: diabetes
    text: 糖尿病患者规范管理人数未达目标
    cause: 部分患者在上级医院随诊
    measure: 与上级医院共享随诊信息
  - id: devices
    text: 医疗设备购置执行率偏低
    cause: 彩超设备采购延后
    measure: 提前论证采购需求
`,
  report: `
溪坪街道社区卫生服务中心2024年度部门整体支出绩效自评报告

一、基本情况
溪坪街道社区卫生服务中心是区卫生健康部门举办的公益一类事业单位，辖区常住人口〖achievements@population.value|2|b=4.62~人口（正文，万人）~no〗万人，中心承担辖区居民的基本医疗、国家基本公共卫生服务和家庭医生签约服务，下设⟨3|服务站个数，数据无此项⟩个社区卫生服务站。
中心核定编制〖staffing.authorized|0〗名，年末在职〖staffing.actual|0〗人，同比持平；另有聘用人员⟨16|聘用人员数，数据无此项⟩人，不计入人员控制率。人员控制率〖staffing.controlRate|2〗%，退休〖staffing.retired|0〗人。

二、财政拨款支出情况
（一）预算执行
年初财政拨款预算〖budget.initial|2t〗万元；年中追加基本公共卫生服务补助第二批资金〖budget.adjustments[0].amount|2〗万元①、家庭医生签约服务经费〖budget.adjustments[1].amount|2〗万元，全年预算〖budget.total|2t〗万元。全年支出〖budget.actual|2t〗万元，结转结余〖budget.carryover|2〗万元，预算执行率〖budget.rate|2〗%。
（二）支出结构
基本支出〖basicExpense.total|2〗万元，比上年增长〖basicExpense.changeRate|2〗%，其中人员经费〖basicExpense.personnel|2〗万元、公用经费〖basicExpense.publicUse|2〗万元。项目支出〖projectExpense.total|2〗万元，比上年下降〖-projectExpense.changeRate|2〗%，主要是上年一次性疫情防控补助本年不再安排。各项目执行情况：国家基本公共卫生服务全年预算〖projects[0].total|2〗万元、支出〖projects[0].actual|2〗万元，执行率〖projects[0].actual/projects[0].total*100|2〗%；家庭医生签约服务全年预算〖projects[1].total|2〗万元、支出〖projects[1].actual|2〗万元，执行率〖projects[1].actual/projects[1].total*100|2〗%；医疗设备购置全年预算〖projects[2].total|2〗万元、支出〖projects[2].actual|2〗万元，执行率〖projects[2].actual/projects[2].total*100|2〗%。
（三）“三公”经费
@@grid
项目 | 上年决算 | 本年预算 | 本年决算 | 增减额 | 增减率
公务接待费 | 〖threePublic.reception.prior|2〗万元 | 〖threePublic.reception.budget|2〗万元 | 〖threePublic.reception.actual|2〗万元 | 〖threePublic.reception.actual-threePublic.reception.prior|2|neg=△〗万元 | 〖threePublic.reception.changeRate|2|neg=△〗%
公务用车运行维护费 | 〖threePublic.vehicle.prior|2〗万元 | 〖threePublic.vehicle.budget|2〗万元 | 〖threePublic.vehicle.actual|2〗万元 | - | 持平
合计 | 〖threePublic.total.prior|2〗万元 | 〖threePublic.total.budget|2〗万元 | 〖threePublic.total.actual|2〗万元 | 〖threePublic.total.actual-threePublic.total.prior|2|neg=△〗万元 | 〖threePublic.total.changeRate|2|neg=△〗%
@@end
注：“△”表示减少。中心未发生因公出国（境）费用。

三、绩效目标完成情况
@@grid
一级指标 | 三级指标 | 年度目标 | 实际完成 | 分值 | 得分
产出指标 | 居民电子健康档案建档率 | ≥〖num(indicators[0].target)|0|lit〗% | 〖num(indicators[0].actual)|1|lit〗% | 〖indicators[0].weight|0|unit=分〗 | 〖indicators[0].score|0|unit=分〗
产出指标 | 高血压患者规范管理人数 | ≥〖num(indicators[1].target)|0t|lit〗人 | 〖num(indicators[1].actual)|0t|lit〗人 | 〖indicators[1].weight|0|unit=分〗 | 〖indicators[1].score|0|unit=分〗
产出指标 | ⟨2|名称中的数字⟩型糖尿病患者规范管理人数 | ≥〖num(indicators[2].target)|0t|lit〗人 | 〖num(indicators[2].actual)|0t|lit〗人 | 〖indicators[2].weight|0|unit=分〗 | 〖indicators[2].score|2|unit=分|refs=scoreSummary.scoreTotal|a=9.65~得分（文本表单元格）~yes~1,052 ÷ 1,100 × 10 = 9.56，各项得分之和应为总分99.29〗
产出指标 | 家庭医生重点人群签约率 | ≥〖num(indicators[3].target)|0|lit〗% | 〖num(indicators[3].actual)|1|lit〗% | 〖indicators[3].weight|0|unit=分〗 | 〖indicators[3].score|0|unit=分〗
产出指标 | 适龄儿童免疫规划疫苗接种率 | ≥〖num(indicators[4].target)|0|lit〗% | 〖num(indicators[4].actual)|1|lit〗% | 〖indicators[4].weight|0|unit=分〗 | 〖indicators[4].score|0|unit=分〗
效益指标 | 辖区婴儿死亡率 | ≤〖num(indicators[5].target)|0|lit〗‰ | 〖num(indicators[5].actual)|1|lit〗‰ | 〖indicators[5].weight|0|unit=分〗 | 〖indicators[5].score|0|unit=分〗
效益指标 | 传染病报告及时率 | 〖num(indicators[6].target)|0|lit〗% | 〖num(indicators[6].actual)|0|lit〗% | 〖indicators[6].weight|0|unit=分〗 | 〖indicators[6].score|0|unit=分〗
效益指标 | 门急诊人次 | ≥〖num(indicators[7].target)|0|lit〗万人次 | 〖num(indicators[7].actual)|2|lit〗万人次 | 〖indicators[7].weight|0|unit=分〗 | 〖indicators[7].score|0|unit=分〗
满意度指标 | 签约居民满意度 | ≥〖num(indicators[8].target)|0|lit〗% | 〖num(indicators[8].actual)|1|lit〗% | 〖indicators[8].weight|0|unit=分〗 | 〖indicators[8].score|0|unit=分〗
预算执行率 | 预算执行率 | ⟨100|执行率目标值⟩% | 〖budget.rate|2〗% | 〖budgetRate.weight|0|unit=分〗 | 〖budgetRate.score|2|unit=分〗
合计 |  |  |  | 〖scoreSummary.weightTotal|0|unit=分〗 | 〖scoreSummary.scoreTotal|2|unit=分〗
@@end
主要成效：组建家庭医生团队〖achievements@teams.value|0〗支，签约居民〖achievements@signed.value|2〗万人，重点人群签约率〖num(indicators[3].actual)|1|lit〗%；举办健康教育讲座〖achievements@lectures.value|0〗场；辖区婴儿死亡率〖num(indicators[5].actual)|1|lit〗‰，低于〖num(indicators[5].target)|0|lit〗‰的控制目标；全年门急诊〖num(indicators[7].actual)|2|lit〗万人次②。购置医疗设备〖achievements@devices.value|0〗台，彩超因采购延后尚未到货。
自评总分〖scoreSummary.scoreTotal|2〗分，等级为“优”。

四、存在的问题和改进措施
（一）糖尿病患者规范管理人数未达目标。实际管理〖num(indicators[2].actual)|0t|lit〗人，完成率〖num(indicators[2].actual)/num(indicators[2].target)*100|2〗%，部分患者在上级医院长期随诊，没有纳入社区规范管理。下一步与区人民医院共享随诊信息，由家庭医生团队补录随访记录。
（二）医疗设备购置执行率偏低，结余〖projects[2].total-projects[2].actual|2〗万元，主要是彩超设备采购延后。下一步提前论证采购需求，力争上半年完成采购。

注：①国家基本公共卫生服务经费按常住人口人均⟨94|补助标准⟩元安排，由中央、省、市、区按比例分担。
②门急诊人次为中心和服务站合计数，含夜间门诊（⟨18|时刻⟩:⟨00|时刻⟩—⟨21|时刻⟩:⟨00|时刻⟩）。
联系电话：⟨66158032|电话⟩
`,
};
