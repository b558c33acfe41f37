'use strict';
module.exports = {
  id: '05',
  slug: 'dizai-fangzhi',
  format: 'txt',
  kind: 'project',
  level: '区',
  unit: '棠溆市沅桥区地质灾害防治服务中心（地质灾害综合防治项目）',
  sector: '地质灾害防治',
  styles: ['方括号脚注标记紧跟数字（1,605.00万元[1]）及文末注释', '正文以元写金额（2,518,500.00元），表格为万元', '亿元与万元同句，“约”', '调增列带加号（+205.00），未调整写“-”', '上年数写在括号里（上年43处）', '一是…二是…三是…', '隐患点编号（K12）、边坡高度区间“15～46米”、比例尺、补贴标准、电话不核对'],
  data: `
# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# bulk-zj 05：棠溆市沅桥区地质灾害综合防治项目（项目支出，区级）。全部为虚构。金额单位：万元。
kind: project
version: 2

meta:
  year: 2024
  unit: 棠溆市沅桥区地质灾害防治服务中心
  shortName: 区地灾防治中心
  department: 棠溆市沅桥区住房和城乡建设局
  implementer: 棠溆市沅桥区地质灾害防治服务中心
  project: 地质灾害综合防治项目
  title: 沅桥区2024年度地质灾害综合防治项目绩效自评报告
  thousands: true

budget:
  initial: 1260
  adjustments:
    - { type: 追加, amount: 345, reason: 汛期排危除险和隐患点应急治理 }
  total: 1605
  actual: "1,561.29"
  rate: 97.28
  carryover: 43.71
  sources:
    current: { initial: 1060, total: 1405, actual: "1,361.29" }
    other: { initial: 200, total: 200, actual: 200 }

budgetRate:
  weight: 10
  score: 9.73

projects:
  - { name: 隐患点工程治理, initial: 780, adjustment: 205, total: 985, actual: 972.36, carryover: 12.64 }
  - { name: 排危除险应急处置, initial: 120, adjustment: 140, total: 260, actual: 251.85, carryover: 8.15 }
  - { name: 群测群防及专业监测, initial: 240, total: 240, actual: 226.48, carryover: 13.52 }
  - { name: 地质灾害风险调查评价, initial: 120, total: 120, actual: "110.60", carryover: "9.40" }

goals:
  expected: [减少地质灾害隐患点, 汛期不发生因地质灾害造成的人员伤亡]

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 完成隐患点工程治理, target: 9处, actual: 9处, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 数量指标, name: 排危除险应急处置, target: ≥20处, actual: 27处, weight: 5, score: 5 }
  - { level1: 产出指标, level2: 数量指标, name: 落实群测群防员, target: 186名, actual: 186名, weight: 5, score: 5 }
  - { level1: 产出指标, level2: 数量指标, name: 专业监测点, target: ≥60个, actual: 64个, weight: 10, score: 10 }
  - level1: 产出指标
    level2: 数量指标
    name: 风险调查评价面积
    target: 52平方公里
    actual: 47.6平方公里
    weight: 10
    score: 9.15
    deviation: { reason: 两处山体林地植被茂密，航测须待落叶后补飞, measure: 2025年一季度完成补测 }
  - { level1: 产出指标, level2: 质量指标, name: 治理工程验收合格率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 社会效益指标, name: 治理后解除威胁人数, target: "≥1,500人", actual: "1,732人", weight: 10, score: 10 }
  - { level1: 效益指标, level2: 社会效益指标, name: 汛期预警信息发布及时率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 可持续影响指标, name: 治理工程保修期内完好率, target: ≥95%, actual: 98.5%, weight: 10, score: 10 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 受益群众满意度, target: ≥90%, actual: 96.8%, weight: 10, score: 10 }

scoreSummary:
  weightTotal: 100
  scoreTotal: 98.88
  grade: 优

achievements:
  - { id: points, group: 效益, topic: 隐患点, name: 全区地质灾害隐患点, value: 34, unit: 处, prior: 43 }
  - { id: property, group: 效益, topic: 防灾效益, name: 治理工程保护群众生命财产, value: 2.6, unit: 亿元, approx: 约 }
  - { id: saving, group: 效益, topic: 防灾效益, name: 减少避险搬迁投入, value: 3850, unit: 万元, approx: 约 }
  - { id: warned, group: 群测群防及专业监测, topic: 预警避让, name: 成功预警避让地质灾害, value: 3, unit: 起 }
  - { id: evacuated, group: 群测群防及专业监测, topic: 预警避让, name: 提前转移群众, value: 412, unit: 人 }
  - { id: drills, group: 群测群防及专业监测, topic: 演练培训, name: 组织避险应急演练, value: 38, unit: 场 }

problems:
  - id: survey
    text: 风险调查评价面积未完成
    cause: 林地植被茂密，航测须补飞
    measure: 2025年一季度完成补测
  - id: monitor
    text: 部分监测设备在线率不稳定
    cause: 山区信号覆盖弱
    measure: 加装北斗短报文通信模块
`,
  report: `
沅桥区2024年度地质灾害综合防治项目
绩效自评报告

一、项目基本情况
沅桥区地处丘陵向山地过渡地带，城区周边高陡边坡多，汛期崩塌、滑坡时有发生。2024年初全区登记在册的地质灾害隐患点〖achievements@points.prior|0〗处。地质灾害综合防治项目由区住房和城乡建设局主管，区地质灾害防治服务中心负责实施，资金主要用于隐患点工程治理、汛期排危除险、群测群防和专业监测、风险调查评价四个方面。
年度绩效目标：完成〖num(indicators[0].target)|0|lit〗处隐患点工程治理，汛期排危除险不少于〖num(indicators[1].target)|0|lit〗处，建成专业监测点〖num(indicators[3].target)|0|lit〗个以上，完成风险调查评价〖num(indicators[4].target)|0|lit〗平方公里，全年不发生因地质灾害造成的人员死亡。

二、资金投入和使用情况
（一）预算安排
年初预算〖budget.initial|2t〗万元，其中区本级〖budget.sources.current.initial|2t〗万元、市级地质灾害防治补助〖budget.sources.other.initial|2〗万元。汛期区政府常务会研究追加〖budget.adjustments[0].amount|2〗万元，用于排危除险和隐患点应急治理，全年预算〖budget.total|2t〗万元[1]。
（二）资金使用
全年实际支出〖budget.actual|2t〗万元，结余〖budget.carryover|2〗万元，预算执行率〖budget.rate|2〗%。市级补助已全部支出，结余均为区本级资金，主要是监测设备和调查评价合同的质保金。各项支出如下（单位：万元）：

@@grid
支出内容 | 年初预算 | 调增 | 全年预算 | 实际支出 | 执行率
隐患点工程治理 | 〖projects[0].initial|2|unit=万元〗 | 〖projects[0].total-projects[0].initial|2+|unit=万元〗 | 〖projects[0].total|2|unit=万元〗 | 〖projects[0].actual|2|unit=万元〗 | 〖projects[0].actual/projects[0].total*100|2〗%
排危除险应急处置 | 〖projects[1].initial|2|unit=万元〗 | 〖projects[1].total-projects[1].initial|2+|unit=万元〗 | 〖projects[1].total|2|unit=万元〗 | 〖projects[1].actual|2|unit=万元〗 | 〖projects[1].actual/projects[1].total*100|2〗%
群测群防及专业监测 | 〖projects[2].initial|2|unit=万元〗 | - | 〖projects[2].total|2|unit=万元〗 | 〖projects[2].actual|2|unit=万元〗 | 〖projects[2].actual/projects[2].total*100|2〗%
地质灾害风险调查评价 | 〖projects[3].initial|2|unit=万元〗 | - | 〖projects[3].total|2|unit=万元〗 | 〖projects[3].actual|2|unit=万元〗 | 〖projects[3].actual/projects[3].total*100|2〗%
合计 | 〖budget.initial|2t|unit=万元〗 | 〖budget.adjustments[0].amount|2+|unit=万元〗 | 〖budget.total|2t|unit=万元〗 | 〖budget.actual|2t|unit=万元〗 | 〖budget.rate|2〗%
@@end

其中：隐患点工程治理支出〖projects[0].actual*10000|2t〗元，单处平均〖projects[0].actual*10000/num(indicators[0].actual)|2t〗元；排危除险应急处置支出〖projects[1].actual*10000|2t|a=2,581,500.00~金额（正文，元，千分位）~yes~表中同一项为251.85万元〗元，共处置险情〖num(indicators[1].actual)|0|lit〗处；群测群防及专业监测支出〖projects[2].actual*10000|2t〗元，其中群测群防员补贴按每人每月⟨300|补贴标准⟩元发放。

三、绩效目标完成情况
（一）产出
1.工程治理。⟨K12|隐患点编号⟩、⟨K27|隐患点编号⟩等〖num(indicators[0].actual)|0|lit〗处隐患点完成削坡减载、挡土墙和截排水沟治理，边坡高度在⟨15|区间⟩～⟨46|区间⟩米之间，工程验收合格率〖num(indicators[5].actual)|0|lit〗%。
2.排危除险。汛期共处置崩塌、落石、小型滑坡等险情〖num(indicators[1].actual)|0|lit〗处，超过年初计划。
3.群测群防和专业监测。全区落实群测群防员〖num(indicators[2].actual)|0|lit〗名，建成专业监测点〖num(indicators[3].actual)|0|lit〗个，组织避险应急演练〖achievements@drills.value|0〗场。
4.风险调查评价。完成〖num(indicators[4].actual)|1|lit〗平方公里[2]，占计划的〖num(indicators[4].actual)/num(indicators[4].target)*100|2〗%。
（二）效益
全区地质灾害隐患点由年初的〖achievements@points.prior|0〗处减少到〖achievements@points.value|0〗处（核销〖achievements@points.prior-achievements@points.value|0〗处），治理后解除威胁人数〖num(indicators[6].actual)|0t|lit〗人。治理工程保护群众生命财产约〖achievements@property.value|1〗亿元，减少避险搬迁投入约〖achievements@saving.value|0t|b=8,350~约数金额（正文，“约…万元”）~no〗万元。汛期依靠监测预警成功避让地质灾害〖achievements@warned.value|0〗起，提前转移群众〖achievements@evacuated.value|0〗人，全年未发生因地质灾害造成的人员伤亡。预警信息发布及时率〖num(indicators[7].actual)|0|lit〗%，已完工治理工程保修期内完好率〖num(indicators[8].actual)|1|lit〗%。
（三）满意度
对治理点周边群众入户调查，受益群众满意度〖num(indicators[9].actual)|1|lit〗%。

四、自评结论
按评分规则，预算执行率得〖budgetRate.score|2〗分（满分〖budgetRate.weight|0〗分），风险调查评价面积按完成比例得〖indicators[4].score|2〗分（满分〖indicators[4].weight|0〗分），其余指标均得满分，自评总分〖scoreSummary.scoreTotal|2|refs=budgetRate.score,indicators[4].score〗分，等级为“优”。

五、存在的问题
一是风险调查评价面积未完成，差〖num(indicators[4].target)-num(indicators[4].actual)|1〗平方公里，原因是⟨2|片区个数，数据无此项⟩处山体林地植被茂密，无人机航测须待落叶后补飞。二是部分监测设备在线率不稳定，山区⟨7|监测点个数，数据无此项⟩个监测点信号覆盖弱，雨天数据时有中断。三是结余〖budget.carryover|2〗万元均为质保金，预算编制时对付款节点考虑不够。

六、改进措施
一是2025年3月底前完成剩余面积补测，成果纳入全区地质灾害风险“一张图”；二是为信号薄弱的监测点加装北斗短报文通信模块；三是编制预算时按合同付款节点测算当年支出，质保金单独列示。

注：
[1] 全年预算中含市级地质灾害防治补助〖budget.sources.other.total|2〗万元。
[2] 风险调查评价面积以测绘成果为准，比例尺⟨1:2000|比例尺⟩。
区地质灾害防治服务中心　值班电话：⟨23609115|电话⟩
`,
};
