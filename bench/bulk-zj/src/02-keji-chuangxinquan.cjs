'use strict';
module.exports = {
  id: '02',
  slug: 'keji-chuangxinquan',
  format: 'txt',
  kind: 'project',
  level: '市',
  unit: '棠溆市科学技术局（科技创新券补助资金）',
  sector: '科技创新券',
  styles: ['数据以元为单位（meta.moneyUnit: 元），正文金额写元且带千分位（30,276,418.56元），表格换算为万元', '表格单元格内带单位（≥1,200家、6.38亿元、≤20个工作日）', '脚注标记紧跟数字（元①）及文末注释', '上年数写在括号里（上年3.56亿元）', '一是…二是…三是…', '户均兑付（元，算式）、完成率（算式）', '政策上限、兑付比例、合同金额区间“2万～10万元”、抽样数、待审笔数、电话不核对'],
  data: `
# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# bulk-zj 02：棠溆市科技创新券补助资金（项目支出，市级）。全部为虚构。金额单位：元（meta.moneyUnit）。
kind: project
version: 2

meta:
  year: 2024
  unit: 棠溆市科学技术局
  shortName: 市科技局
  department: 棠溆市科学技术局
  implementer: 棠溆市科技创新服务中心
  project: 科技创新券补助资金
  title: 棠溆市2024年度科技创新券补助资金绩效自评报告
  moneyUnit: 元
  thousands: true

background:
  purpose: [降低中小企业研发服务成本, 促进科研仪器和服务资源开放共享]
  regulations:
    - { title: 棠溆市科技创新券管理办法, number: 棠科规〔2022〕3号 }
  implementation:
    - 企业线上申领，服务完成后线上申请兑付
    - 服务机构实行入库管理和年度考核

budget:
  initial: "28,000,000.00"
  adjustments:
    - { type: 追加, amount: "3,500,000.00", reason: 省级科技创新券补助资金 }
  total: "31,500,000.00"
  actual: "30,276,418.56"
  rate: 96.12
  carryover: "1,223,581.44"
  sources:
    current: { initial: "28,000,000.00", total: "28,000,000.00", actual: "26,776,418.56" }
    other: { initial: 0, total: "3,500,000.00", actual: "3,500,000.00" }

budgetRate:
  weight: 10
  score: 9.61

projects:
  - { name: 研发设计类创新券兑付, initial: "12,600,000.00", adjustment: "1,600,000.00", total: "14,200,000.00", actual: "13,862,540.00", carryover: "337,460.00" }
  - { name: 检验检测类创新券兑付, initial: "8,300,000.00", adjustment: "1,300,000.00", total: "9,600,000.00", actual: "9,418,726.36", carryover: "181,273.64" }
  - { name: 技术咨询与成果转化类创新券兑付, initial: "5,300,000.00", adjustment: "600,000.00", total: "5,900,000.00", actual: "5,227,652.20", carryover: "672,347.80" }
  - { name: 服务机构绩效奖励及平台运维, initial: "1,800,000.00", total: "1,800,000.00", actual: "1,767,500.00", carryover: "32,500.00" }

goals:
  expected: [以创新券降低中小企业研发服务成本]

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 发放创新券企业数, target: "≥1,200家", actual: "1,286家", weight: 10, score: 10 }
  - { level1: 产出指标, level2: 数量指标, name: 入库服务机构数, target: ≥150家, actual: 163家, weight: 10, score: 10 }
  - level1: 产出指标
    level2: 数量指标
    name: 完成创新券服务合同
    target: "≥2,400项"
    actual: "2,219项"
    weight: 10
    score: 9.25
    deviation: { reason: 部分企业下半年研发计划推迟，合同签订量低于预期, measure: 提前发布年度用券指南并加强服务机构对接 }
  - { level1: 产出指标, level2: 质量指标, name: 兑付审核差错率, target: ≤1%, actual: 0.6%, weight: 10, score: 10, direction: negative }
  - { level1: 产出指标, level2: 时效指标, name: 兑付办理时限, target: ≤20个工作日, actual: 16个工作日, weight: 10, score: 10, direction: negative }
  - { level1: 效益指标, level2: 经济效益指标, name: 带动企业研发投入, target: ≥5亿元, actual: 6.38亿元, weight: 10, score: 10 }
  - level1: 效益指标
    level2: 社会效益指标
    name: 首次使用创新券的企业占比
    target: ≥40%
    actual: 37.2%
    weight: 10
    score: 9.3
    deviation: { reason: 老用户续用比例较高，新用户宣传覆盖不足, measure: 联合园区和行业协会开展用券宣讲 }
  - { level1: 效益指标, level2: 可持续影响指标, name: 开放共享仪器设备, target: "≥3,000台（套）", actual: "3,412台（套）", weight: 10, score: 10 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 用券企业满意度, target: ≥90%, actual: 95.6%, weight: 10, score: 10 }

scoreSummary:
  weightTotal: 100
  scoreTotal: 98.16
  grade: 优

achievements:
  - { id: sme, group: 产出, topic: 用券企业, name: 其中科技型中小企业, value: 964, unit: 家 }
  - { id: hitech, group: 产出, topic: 用券企业, name: 其中高新技术企业, value: 218, unit: 家 }
  - { id: remote, group: 产出, topic: 服务机构, name: 其中市外服务机构, value: 37, unit: 家 }
  - { id: contracts, group: 效益, topic: 成果转化, name: 促成技术合同成交额, value: 4.27, unit: 亿元, prior: 3.56 }
  - { id: patents, group: 效益, topic: 成果转化, name: 用券企业新申请专利, value: 1847, unit: 件 }

problems:
  - id: contracts
    text: 服务合同数量未达目标
    cause: 部分企业研发计划推迟
    measure: 提前发布年度用券指南
  - id: newcomers
    text: 首次用券企业占比偏低
    cause: 宣传覆盖不足
    measure: 联合园区和行业协会开展宣讲
  - id: review
    text: 年底兑付审核积压
    cause: 兑付申请集中在第四季度
    measure: 按季度集中审核，年底前完成
`,
  report: `
棠溆市2024年度科技创新券补助资金绩效自评报告

棠溆市科学技术局
2025年3月

一、项目概况

（一）项目背景
科技创新券是市政府向中小微企业和创业团队发放的电子凭证。企业凭券向入库服务机构购买研发设计、检验检测、技术咨询和成果转化服务，服务完成后由企业或服务机构申请兑付。项目依据《棠溆市科技创新券管理办法》（棠科规〔2022〕3号）实施：单家企业年度兑付额度最高⟨500,000.00|政策上限⟩元，初创企业首次用券全额兑付，其余按服务合同金额的⟨50|政策比例⟩%兑付，单笔服务合同金额多在⟨2|区间⟩万～⟨10|区间⟩万元之间。项目由市科技局主管，市科技创新服务中心负责受理、审核和兑付。

（二）年度绩效目标
2024年计划向不少于〖num(indicators[0].target)|0t|lit〗家企业发放创新券，入库服务机构不少于〖num(indicators[1].target)|0|lit〗家，完成服务合同〖num(indicators[2].target)|0t|lit〗项以上，带动企业研发投入〖num(indicators[5].target)|0|lit〗亿元以上，用券企业满意度不低于〖num(indicators[8].target)|0|lit〗%。

二、资金安排和使用情况

（一）资金安排
年初市本级预算安排〖budget.initial|2t〗元。7月省科技厅下达科技创新券补助资金〖budget.adjustments[0].amount|2t〗元，市财政按原用途追加到本项目，全年可用资金〖budget.total|2t〗元。

（二）资金使用
截至2024年12月31日，项目实际支出〖budget.actual|2t〗元①，结余〖budget.carryover|2t|a=1,232,581.44~金额（正文，元，千分位）~yes~全年预算减实际支出应为1,223,581.44元，第五部分另写1,223,581.44元〗元，预算执行率〖budget.rate|2〗%。结余资金为12月受理、尚在审核的兑付申请，已按规定结转下年继续兑付。分项支出见下表（单位：万元）。

@@grid
支出内容 | 年初预算 | 全年预算 | 实际支出 | 结余 | 执行率
研发设计类创新券兑付 | 〖projects[0].initial/10000|2t|unit=万元〗 | 〖projects[0].total/10000|2t|unit=万元〗 | 〖projects[0].actual/10000|2t|unit=万元〗 | 〖projects[0].carryover/10000|2|unit=万元〗 | 〖projects[0].actual/projects[0].total*100|2〗%
检验检测类创新券兑付 | 〖projects[1].initial/10000|2|unit=万元〗 | 〖projects[1].total/10000|2|unit=万元〗 | 〖projects[1].actual/10000|2|unit=万元〗 | 〖projects[1].carryover/10000|2|unit=万元〗 | 〖projects[1].actual/projects[1].total*100|2〗%
技术咨询与成果转化类创新券兑付 | 〖projects[2].initial/10000|2|unit=万元〗 | 〖projects[2].total/10000|2|unit=万元〗 | 〖projects[2].actual/10000|2|unit=万元〗 | 〖projects[2].carryover/10000|2|unit=万元〗 | 〖projects[2].actual/projects[2].total*100|2〗%
服务机构绩效奖励及平台运维 | 〖projects[3].initial/10000|2|unit=万元〗 | 〖projects[3].total/10000|2|unit=万元〗 | 〖projects[3].actual/10000|2|unit=万元〗 | 〖projects[3].carryover/10000|2|unit=万元〗 | 〖projects[3].actual/projects[3].total*100|2〗%
合计 | 〖budget.initial/10000|2t|unit=万元〗 | 〖budget.total/10000|2t|unit=万元〗 | 〖budget.actual/10000|2t|unit=万元〗 | 〖budget.carryover/10000|2|unit=万元〗 | 〖budget.rate|2〗%
@@end

三、绩效目标完成情况

（一）产出情况
全年向〖num(indicators[0].actual)|0t|lit〗家企业发放创新券，其中科技型中小企业〖achievements@sme.value|0〗家、高新技术企业〖achievements@hitech.value|0|b=281~计数（正文）~no〗家。入库服务机构〖num(indicators[1].actual)|0|lit〗家，其中市外机构〖achievements@remote.value|0〗家。全年完成服务合同〖num(indicators[2].actual)|0t|lit〗项，完成率〖num(indicators[2].actual)/num(indicators[2].target)*100|2〗%②。三类创新券合计兑付〖(projects[0].actual+projects[1].actual+projects[2].actual)/10000|2t〗万元，平均每家用券企业〖(projects[0].actual+projects[1].actual+projects[2].actual)/num(indicators[0].actual)|2t〗元。兑付审核差错率〖num(indicators[3].actual)|1|lit〗%，兑付平均办理时限〖num(indicators[4].actual)|0|lit〗个工作日。

（二）效益情况
用券企业全年带动研发投入〖num(indicators[5].actual)|2|lit〗亿元；促成技术合同成交〖achievements@contracts.value|2〗亿元（上年〖achievements@contracts.prior|2〗亿元），增长〖(achievements@contracts.value-achievements@contracts.prior)/achievements@contracts.prior*100|2〗%；用券企业新申请专利〖achievements@patents.value|0t〗件。首次使用创新券的企业占〖num(indicators[6].actual)|1|lit〗%，低于〖num(indicators[6].target)|0|lit〗%的目标。入库服务机构向企业开放共享仪器设备〖num(indicators[7].actual)|0t|lit〗台（套）。

（三）满意度
委托第三方对⟨600|抽样数⟩家用券企业电话回访，满意度为〖num(indicators[8].actual)|1|lit〗%。

四、绩效自评得分

@@grid
一级指标 | 三级指标 | 年度目标 | 实际完成 | 分值 | 得分
产出指标 | 发放创新券企业数 | ≥〖num(indicators[0].target)|0t|lit〗家 | 〖num(indicators[0].actual)|0t|lit〗家 | 〖indicators[0].weight|0|unit=分〗 | 〖indicators[0].score|0|unit=分〗
产出指标 | 入库服务机构数 | ≥〖num(indicators[1].target)|0|lit〗家 | 〖num(indicators[1].actual)|0|lit〗家 | 〖indicators[1].weight|0|unit=分〗 | 〖indicators[1].score|0|unit=分〗
产出指标 | 完成创新券服务合同 | ≥〖num(indicators[2].target)|0t|lit〗项 | 〖num(indicators[2].actual)|0t|lit〗项 | 〖indicators[2].weight|0|unit=分〗 | 〖indicators[2].score|2|unit=分〗
产出指标 | 兑付审核差错率 | ≤〖num(indicators[3].target)|0|lit〗% | 〖num(indicators[3].actual)|1|lit〗% | 〖indicators[3].weight|0|unit=分〗 | 〖indicators[3].score|0|unit=分〗
产出指标 | 兑付办理时限 | ≤〖num(indicators[4].target)|0|lit〗个工作日 | 〖num(indicators[4].actual)|0|lit〗个工作日 | 〖indicators[4].weight|0|unit=分〗 | 〖indicators[4].score|0|unit=分〗
效益指标 | 带动企业研发投入 | ≥〖num(indicators[5].target)|0|lit〗亿元 | 〖num(indicators[5].actual)|2|lit〗亿元 | 〖indicators[5].weight|0|unit=分〗 | 〖indicators[5].score|0|unit=分〗
效益指标 | 首次使用创新券的企业占比 | ≥〖num(indicators[6].target)|0|lit〗% | 〖num(indicators[6].actual)|1|lit〗% | 〖indicators[6].weight|0|unit=分〗 | 〖indicators[6].score|1|unit=分〗
效益指标 | 开放共享仪器设备 | ≥〖num(indicators[7].target)|0t|lit〗台（套） | 〖num(indicators[7].actual)|0t|lit〗台（套） | 〖indicators[7].weight|0|unit=分〗 | 〖indicators[7].score|0|unit=分〗
满意度指标 | 用券企业满意度 | ≥〖num(indicators[8].target)|0|lit〗% | 〖num(indicators[8].actual)|1|lit〗% | 〖indicators[8].weight|0|unit=分〗 | 〖indicators[8].score|0|unit=分〗
预算执行率 | 预算执行率 | ⟨100|执行率目标值⟩% | 〖budget.rate|2〗% | 〖budgetRate.weight|0|unit=分〗 | 〖budgetRate.score|2|unit=分〗
合计 |  |  |  | 〖scoreSummary.weightTotal|0|unit=分〗 | 〖scoreSummary.scoreTotal|2|unit=分|refs=indicators[2].score,indicators[6].score,budgetRate.score〗
@@end

自评总分〖scoreSummary.scoreTotal|2〗分，等级为“优”。扣分的三项：预算执行率得〖budgetRate.score|2〗分；服务合同数量按完成比例得〖indicators[2].score|2〗分；首次用券企业占比按完成比例得〖indicators[6].score|1〗分。

五、存在的问题
一是服务合同数量未达目标。全年完成〖num(indicators[2].actual)|0t|lit〗项，比目标少〖num(indicators[2].target)-num(indicators[2].actual)|0〗项，主要是部分企业下半年研发计划推迟。二是首次用券企业占比偏低，只有〖num(indicators[6].actual)|1|lit〗%，老用户续用多、新用户宣传覆盖不足。三是年底兑付审核积压，12月受理的⟨57|待审笔数⟩笔兑付申请未能在年内审结，涉及资金〖budget.carryover|2t〗元。

六、改进措施
一是2025年2月底前发布年度用券指南，组织服务机构进园区对接需求；二是联合⟨6|园区和协会个数⟩个产业园区和行业协会开展用券宣讲，把首次用券企业数纳入服务机构考核；三是兑付审核改为按季度集中办理，第四季度受理的申请原则上在12月20日前审结。

七、结果应用和公开
自评结果在市科技局门户网站公开，并作为2025年服务机构考核和资金安排的依据。咨询电话：⟨26617309|电话⟩。

注：①实际支出中含省级科技创新券补助资金〖budget.sources.other.actual|2t〗元，已全部兑付。
②完成率为实际完成服务合同数与年度目标数之比。
`,
};
