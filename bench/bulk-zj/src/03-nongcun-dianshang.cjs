'use strict';
module.exports = {
  id: '03',
  slug: 'nongcun-dianshang',
  format: 'docx',
  kind: 'project',
  level: '县',
  unit: '樟埠县商务局（电子商务进农村综合示范项目）',
  sector: '农村电子商务',
  title: '樟埠县2024年度电子商务进农村综合示范项目绩效自评报告',
  author: '县商务局财务股',
  styles: ['Word 表表头横向、纵向合并（预算数、执行数各跨两列；支出内容、结余跨两行）', '评分表第一、二列纵向合并，“预算执行率”“总分”横向合并', '数字拆在两个 run 中（1,5 + 98.73；94 + .80；97 + .88 加粗）', '上年数写在括号里（上年1,768万件）', '九成以上（几成）', '三类资金来源（县级、中央、上年结转）', '一是…二是…', '行政村个数、站点编号、日期、电话不核对'],
  data: `
# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# bulk-zj 03：樟埠县电子商务进农村综合示范项目（项目支出，县级）。全部为虚构。金额单位：万元。
kind: project
version: 2

meta:
  year: 2024
  unit: 樟埠县商务局
  shortName: 县商务局
  department: 樟埠县商务局
  implementer: 樟埠县电子商务公共服务中心
  project: 电子商务进农村综合示范项目
  title: 樟埠县2024年度电子商务进农村综合示范项目绩效自评报告
  thousands: true

background:
  purpose: [县级电商公共服务中心运营, 乡村电商服务站点建设, 县乡村三级物流配送体系, 电商培训和农产品品牌培育]
  implementation:
    - 县商务局主管，县电子商务公共服务中心负责日常运营

budget:
  initial: 1500
  adjustments:
    - { type: 追加, amount: "186.40", reason: 上年结转资金 }
  total: "1,686.40"
  actual: "1,598.73"
  rate: "94.80"
  carryover: 87.67
  sources:
    current: { initial: 300, total: 300, actual: 300 }
    other: { initial: 1200, total: 1200, actual: "1,112.33" }
    prior: { initial: 0, total: "186.40", actual: "186.40" }

budgetRate:
  weight: 10
  score: 9.48

projects:
  - { name: 县级电商公共服务中心运营, initial: 268, total: 268, actual: 262.45, carryover: 5.55 }
  - { name: 乡村电商服务站点建设, initial: 326, adjustment: "186.40", total: "512.40", actual: 497.86, carryover: 14.54 }
  - { name: 农村物流配送体系建设, initial: 586, total: 586, actual: 548.12, carryover: 37.88 }
  - { name: 电商培训及农产品品牌培育, initial: 320, total: 320, actual: "290.30", carryover: "29.70" }

goals:
  expected: [完善县乡村三级电商服务和物流配送体系]

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 建设改造村级电商服务站点, target: ≥120个, actual: 126个, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 数量指标, name: 开展电商培训, target: "≥3,000人次", actual: "3,264人次", weight: 10, score: 10 }
  - { level1: 产出指标, level2: 数量指标, name: 新建改造乡镇物流配送站点, target: 14个, actual: 14个, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 质量指标, name: 服务站点正常运营率, target: ≥90%, actual: 92.1%, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 时效指标, name: 项目建设按期完成, target: 按期完成, actual: 已按期完成, weight: 10, score: 10, band: 达成 }
  - { level1: 效益指标, level2: 经济效益指标, name: 农村网络零售额, target: ≥9亿元, actual: 10.36亿元, weight: 10, score: 10 }
  - level1: 效益指标
    level2: 经济效益指标
    name: 农产品网络零售额增长率
    target: ≥15%
    actual: 12.6%
    weight: 10
    score: 8.4
    deviation: { reason: 青梅、茶叶等主要农产品收购价格下行, measure: 加大品牌培育和直播带货力度 }
  - { level1: 效益指标, level2: 社会效益指标, name: 带动农户增收, target: "≥2,000户", actual: "2,358户", weight: 10, score: 10 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 农户和商户满意度, target: ≥90%, actual: 93.7%, weight: 10, score: 10 }

scoreSummary:
  weightTotal: 100
  scoreTotal: 97.88
  grade: 优

achievements:
  - { id: parcels, group: 效益, topic: 物流, name: 全县农村快递包裹进出量, value: 2146, unit: 万件, prior: 1768 }
  - { id: days, group: 效益, topic: 物流, name: 快递到村平均时长, value: 1.6, unit: 天, prior: 2.3 }
  - { id: products, group: 产出, topic: 品牌培育, name: 上线网销农产品单品, value: 186, unit: 个 }
  - { id: anchors, group: 电商培训及农产品品牌培育, topic: 品牌培育, name: 培育本地带货主播, value: 73, unit: 名 }

problems:
  - id: growth
    text: 农产品网络零售额增长未达目标
    cause: 主要农产品收购价格下行
    measure: 加大品牌培育和直播带货力度
  - id: balance
    text: 物流和培训资金结余较多
    cause: 部分合同尾款跨年支付
    measure: 合理确定付款节点
`,
  report: `
#! 樟埠县2024年度电子商务进农村综合示范项目绩效自评报告
樟埠县商务局　　2025年4月
# 一、项目基本情况
樟埠县于2023年获批国家电子商务进农村综合示范县，示范期两年。项目以县级电商公共服务中心为枢纽，建设乡村两级电商服务站点，完善县、乡、村三级物流配送体系，同时开展电商人才培训和农产品品牌培育。县商务局为项目主管部门，县电子商务公共服务中心负责日常运营和站点管理。
2024年度绩效目标为：建设改造村级电商服务站点〖num(indicators[0].target)|0|lit〗个以上，新建改造乡镇物流配送站点〖num(indicators[2].target)|0|lit〗个，开展电商培训〖num(indicators[1].target)|0t|lit〗人次以上，全县农村网络零售额达到〖num(indicators[5].target)|0|lit〗亿元以上，农产品网络零售额增长〖num(indicators[6].target)|0|lit〗%以上。
# 二、资金投入和使用情况
## （一）资金来源
项目全年可用资金〖budget.total|2t〗万元，由三部分组成：中央财政服务业发展资金〖budget.sources.other.total|2t〗万元，县级配套资金〖budget.sources.current.total|2〗万元，上年结转资金〖budget.sources.prior.total|2〗万元。年初预算〖budget.initial|2t〗万元，不含上年结转资金。
## （二）资金执行
截至2024年12月31日，项目实际支出〖budget.actual|2t|split=3|a=1,589.73~金额（正文，数字拆在两个 run 中）~yes~与表1合计1,598.73、执行率94.80%、结余87.67不符〗万元，预算执行率**〖budget.rate|2|split=2〗%**，结余〖budget.carryover|2〗万元。县级配套资金和上年结转资金已全部支出；中央资金支出〖budget.sources.other.actual|2t〗万元，尚余〖budget.sources.other.total-budget.sources.other.actual|2〗万元，为物流配送体系和培训项目的合同尾款，按规定结转使用。分项执行情况见表1。
表1　分项资金执行情况（单位：万元）
@@table head=2
| 支出内容 | 预算数 | < | 执行数 | < | 结余 |
| ^ | 年初预算 | 全年预算 | 实际支出 | 执行率 | ^ |
| 县级电商公共服务中心运营 | 〖projects[0].initial|2|unit=万元〗 | 〖projects[0].total|2|unit=万元〗 | 〖projects[0].actual|2|unit=万元〗 | 〖projects[0].actual/projects[0].total*100|2〗% | 〖projects[0].carryover|2|unit=万元〗 |
| 乡村电商服务站点建设 | 〖projects[1].initial|2|unit=万元〗 | 〖projects[1].total|2|unit=万元〗 | 〖projects[1].actual|2|unit=万元〗 | 〖projects[1].actual/projects[1].total*100|2〗% | 〖projects[1].carryover|2|unit=万元〗 |
| 农村物流配送体系建设 | 〖projects[2].initial|2|unit=万元〗 | 〖projects[2].total|2|unit=万元〗 | 〖projects[2].actual|2|unit=万元〗 | 〖projects[2].actual/projects[2].total*100|2〗% | 〖projects[2].carryover|2|unit=万元〗 |
| 电商培训及农产品品牌培育 | 〖projects[3].initial|2|unit=万元〗 | 〖projects[3].total|2|unit=万元〗 | 〖projects[3].actual|2|unit=万元〗 | 〖projects[3].actual/projects[3].total*100|2〗% | 〖projects[3].carryover|2|unit=万元〗 |
| 合计 | 〖budget.initial|2t|unit=万元〗 | 〖budget.total|2t|unit=万元〗 | 〖budget.actual|2t|unit=万元〗 | 〖budget.rate|2〗% | 〖budget.carryover|2|unit=万元〗 |
@@end
乡村电商服务站点建设的全年预算〖projects[1].total|2〗万元中，年初预算〖projects[1].initial|2〗万元，上年结转〖projects[1].adjustment|2〗万元，用于完成2023年已开工的⟨41|站点个数，数据无此项⟩个站点改造。
# 三、绩效目标完成情况
## （一）产出
全年建设改造村级电商服务站点〖num(indicators[0].actual)|0|lit〗个，新建改造乡镇物流配送站点〖num(indicators[2].actual)|0|lit〗个，站点正常运营率〖num(indicators[3].actual)|1|lit〗%。组织电商培训〖num(indicators[1].actual)|0t|lit〗人次，培育本地带货主播〖achievements@anchors.value|0〗名；上线网销农产品单品〖achievements@products.value|0|b=168~计数（正文）~no〗个，青梅、高山茶、笋干三类产品销售占比最高。各项建设内容均在12月底前完成验收。
## （二）效益
全县农村网络零售额〖num(indicators[5].actual)|2|lit〗亿元，超过年度目标；农产品网络零售额增长〖num(indicators[6].actual)|1|lit〗%，未达到〖num(indicators[6].target)|0|lit〗%的目标。全县农村快递包裹进出〖achievements@parcels.value|0t〗万件（上年〖achievements@parcels.prior|0t〗万件），增长〖(achievements@parcels.value-achievements@parcels.prior)/achievements@parcels.prior*100|2〗%；快递到村平均时长由上年的〖achievements@days.prior|1〗天缩短到〖achievements@days.value|1〗天。电商带动增收农户〖num(indicators[7].actual)|0t|lit〗户。
## （三）满意度
县商务局在⟨18|乡镇个数⟩个乡镇随机走访农户和商户，满意度为〖num(indicators[8].actual)|1|lit〗%，受访者中〖num(indicators[8].actual)|0|style=cheng|approx=以上〗以上对站点代购代销和快递收发服务表示满意。
# 四、自评得分
表2　绩效自评表
@@table head=1
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | 建设改造村级电商服务站点 | ≥〖num(indicators[0].target)|0|lit〗个 | 〖num(indicators[0].actual)|0|lit〗个 | 〖indicators[0].weight|0|unit=分〗 | 〖indicators[0].score|0|unit=分〗 |
| ^ | ^ | 开展电商培训 | ≥〖num(indicators[1].target)|0t|lit〗人次 | 〖num(indicators[1].actual)|0t|lit〗人次 | 〖indicators[1].weight|0|unit=分〗 | 〖indicators[1].score|0|unit=分〗 |
| ^ | ^ | 新建改造乡镇物流配送站点 | 〖num(indicators[2].target)|0|lit〗个 | 〖num(indicators[2].actual)|0|lit〗个 | 〖indicators[2].weight|0|unit=分〗 | 〖indicators[2].score|0|unit=分〗 |
| ^ | 质量指标 | 服务站点正常运营率 | ≥〖num(indicators[3].target)|0|lit〗% | 〖num(indicators[3].actual)|1|lit〗% | 〖indicators[3].weight|0|unit=分〗 | 〖indicators[3].score|0|unit=分〗 |
| ^ | 时效指标 | 项目建设按期完成 | 按期完成 | 已按期完成 | 〖indicators[4].weight|0|unit=分〗 | 〖indicators[4].score|0|unit=分〗 |
| 效益指标 | 经济效益指标 | 农村网络零售额 | ≥〖num(indicators[5].target)|0|lit〗亿元 | 〖num(indicators[5].actual)|2|lit〗亿元 | 〖indicators[5].weight|0|unit=分〗 | 〖indicators[5].score|0|unit=分〗 |
| ^ | ^ | 农产品网络零售额增长率 | ≥〖num(indicators[6].target)|0|lit〗% | 〖num(indicators[6].actual)|1|lit〗% | 〖indicators[6].weight|0|unit=分〗 | 〖indicators[6].score|1|unit=分〗 |
| ^ | 社会效益指标 | 带动农户增收 | ≥〖num(indicators[7].target)|0t|lit〗户 | 〖num(indicators[7].actual)|0t|lit〗户 | 〖indicators[7].weight|0|unit=分〗 | 〖indicators[7].score|0|unit=分〗 |
| 满意度指标 | 服务对象满意度指标 | 农户和商户满意度 | ≥〖num(indicators[8].target)|0|lit〗% | 〖num(indicators[8].actual)|1|lit〗% | 〖indicators[8].weight|0|unit=分〗 | 〖indicators[8].score|0|unit=分〗 |
| 预算执行率 | < | < | ⟨100|执行率目标值⟩% | 〖budget.rate|2〗% | 〖budgetRate.weight|0|unit=分〗 | 〖budgetRate.score|2|unit=分〗 |
| 总分 | < | < | < | < | 〖scoreSummary.weightTotal|0|unit=分〗 | 〖scoreSummary.scoreTotal|2|unit=分|splitb=2|refs=indicators[6].score,budgetRate.score〗 |
@@end
经自评，项目总分〖scoreSummary.scoreTotal|2〗分，等级为“优”。扣分项为预算执行率（得〖budgetRate.score|2〗分）和农产品网络零售额增长率（得〖indicators[6].score|1〗分）。
# 五、存在的问题及原因
一是农产品网络零售额增长未达预期，全年增长〖num(indicators[6].actual)|1|lit〗%，比目标低〖num(indicators[6].target)-num(indicators[6].actual)|1〗个百分点，主要是青梅、茶叶等主要农产品收购价格下行，销量增长被价格下降部分抵消。二是资金结余较多，物流配送体系和培训两个方向合计结余〖projects[2].carryover+projects[3].carryover|2〗万元，主要是部分合同尾款要到质保期满后才能支付。
# 六、下一步改进措施
一是围绕青梅、高山茶两个区域公用品牌，组织主播和网店开展季节性集中促销；二是在合同中合理确定付款节点，质保金改用保函形式，减少资金跨年结余；三是对运营不正常的⟨10|站点个数，数据无此项⟩个村级站点限期整改，仍不达标的调整承办主体。
联系人：县商务局电商股 彭知遥　电话：⟨57310628|电话⟩
`,
};
