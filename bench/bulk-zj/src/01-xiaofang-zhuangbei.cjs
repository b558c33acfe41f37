'use strict';
module.exports = {
  id: '01',
  slug: 'xiaofang-zhuangbei',
  format: 'md',
  kind: 'project',
  level: '省',
  unit: '缙岑省消防救援总队（省级消防救援装备建设补助资金）',
  sector: '消防救援装备',
  styles: ['大模型风格 Markdown：加粗标签 + 列表（- **预算执行率**：98.33%）', '指标表带“单位”列', '亿元与万元同句', '百分之九十八点三三（汉字读法）', '约1.95亿元', '六成以上（几成）', '一是…二是…三是…各带数字', '相差套数写汉字“两套”（目标 − 实际）', '上年执行率与百分点（数据无，skip）', '119、型号、问卷份数、电话等不核对'],
  data: `
# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# bulk-zj 01：缙岑省省级消防救援装备建设补助资金（项目支出，省级）。全部为虚构。金额单位：万元。
kind: project
version: 2

meta:
  year: 2024
  unit: 缙岑省消防救援总队
  shortName: 省消防救援总队
  department: 缙岑省消防救援总队
  implementer: 缙岑省消防救援总队及各市消防救援支队
  project: 省级消防救援装备建设补助资金
  title: 缙岑省2024年度省级消防救援装备建设补助资金绩效自评报告
  thousands: true

background:
  purpose: [消防车辆更新, 个人防护装备配发, 应急通信保障装备配备, 抢险救援器材补充]
  basis:
    - { title: 缙岑省消防救援事业发展“十四五”规划, number: 缙政办发〔2022〕19号 }
  management:
    - 装备采购由总队统一组织招标
    - 到货验收后建账入库
  implementation:
    - 总队统筹分配、支队组织列装

budget:
  initial: 18600
  adjustments:
    - { type: 追加, amount: 1240, reason: 应急通信保障装备 }
    - { type: 压减, amount: "386.50", reason: 个人防护装备集中采购节约 }
  total: "19,453.50"
  actual: "19,128.37"
  rate: 98.33
  carryover: 325.13
  sources:
    current: { initial: 18600, total: "19,453.50", actual: "19,128.37" }

budgetRate:
  weight: 10
  score: 9.83

projects:
  - { name: 消防车辆购置, initial: 9860, total: 9860, actual: "9,842.60", carryover: "17.40", purpose: 更新水罐消防车并补充举高类和抢险救援类车辆 }
  - { name: 个人防护装备, initial: 3802, total: "3,415.50", actual: "3,396.27", carryover: 19.23, purpose: 灭火防护服、抢险救援服和空气呼吸器 }
  - { name: 应急通信保障装备, initial: 1700, adjustment: 1240, total: 2940, actual: "2,731.90", carryover: "208.10", purpose: 卫星便携站和单兵图传 }
  - { name: 抢险救援器材, initial: 3238, total: 3238, actual: "3,157.60", carryover: "80.40", purpose: 破拆、侦检、排烟和水域救援器材 }

goals:
  expected: [补齐消防救援队伍车辆、防护、通信和器材短板]

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 购置各类消防车辆, target: ≥46辆, actual: 48辆, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 数量指标, name: 配发个人防护装备, target: "≥5,200套", actual: "5,236套", weight: 10, score: 10 }
  - level1: 产出指标
    level2: 数量指标
    name: 配备卫星便携站
    target: 14套
    actual: 12套
    weight: 10
    score: 8.57
    deviation: { reason: 供货商产能不足，两套延期至2025年一季度交付, measure: 督促按合同交付并按约扣减违约金 }
  - { level1: 产出指标, level2: 质量指标, name: 装备到货验收合格率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 时效指标, name: 政府采购按期完成率, target: ≥90%, actual: 93.8%, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 社会效益指标, name: 跨市增援力量集结时间, target: ≤3小时, actual: 2.6小时, weight: 10, score: 10, direction: negative }
  - { level1: 效益指标, level2: 社会效益指标, name: 主战装备完好率, target: ≥95%, actual: 96.2%, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 可持续影响指标, name: 装备维护保养长效机制, target: 建立并运行, actual: 已建立并运行, weight: 10, score: 10, band: 达成 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 基层指战员满意度, target: ≥90%, actual: 94.3%, weight: 10, score: 10 }

scoreSummary:
  weightTotal: 100
  scoreTotal: "98.40"
  grade: 优

achievements:
  - { id: alarms, group: 效益, topic: 接警出动, name: 全省消防救援队伍接警出动, value: 68427, unit: 起 }
  - { id: rescued, group: 效益, topic: 接警出动, name: 营救和疏散遇险群众, value: 5316, unit: 人 }
  - { id: property_all, group: 效益, topic: 财产保护, name: 全年保护财产价值, value: 23.65, unit: 亿元 }
  - { id: property_new, group: 效益, topic: 财产保护, name: 新购装备参与处置的警情涉及财产价值, value: "8,736.20", unit: 万元 }
  - { id: aerial, group: 消防车辆购置, topic: 车辆构成, name: 举高类消防车, value: 9, unit: 辆 }
  - { id: rescue_trucks, group: 消防车辆购置, topic: 车辆构成, name: 抢险救援消防车, value: 17, unit: 辆 }
  - { id: sessions, group: 产出, topic: 装备培训, name: 组织新装备操作培训, value: 126, unit: 期 }
  - { id: trainees, group: 产出, topic: 装备培训, name: 培训指战员, value: 7850, unit: 人次 }

problems:
  - id: delay
    text: 部分通信装备交付滞后
    cause: 卫星便携站供货商产能不足
    measure: 在合同中约定分批交付节点和违约责任
  - id: balance
    text: 项目结余偏大
    cause: 追加资金下达较晚，采购周期不足
    measure: 追加资金提前做好采购需求论证

measures:
  - { text: 建立装备全寿命周期管理台账, answers: balance }

application:
  - 自评结果报省财政厅并在总队门户网站公开
`,
  report: `
# 缙岑省2024年度省级消防救援装备建设补助资金绩效自评报告

按照《缙岑省财政厅关于开展2024年度省级预算项目绩效自评工作的通知》（缙财绩〔2025〕6号）要求，省消防救援总队组织装备、财务和各支队有关人员，对省级消防救援装备建设补助资金的使用情况进行了自评。现将自评情况报告如下。

## 一、项目基本情况

### （一）资金设立和用途

省级消防救援装备建设补助资金自2023年起设立，主要解决全省消防救援队伍在高层建筑、大型综合体火灾扑救和城市内涝救援中装备不足、老化的问题。资金由总队统筹分配，全省⟨13|机构个数⟩个市级支队按照总队下达的装备配备计划组织采购、验收和列装。2024年资金投向四个方面：

- **消防车辆购置**：更新超期服役的水罐消防车，补充举高类、抢险救援类车辆；
- **个人防护装备**：为一线指战员配发灭火防护服、抢险救援服和正压式空气呼吸器；
- **应急通信保障装备**：为各支队应急通信保障分队配备卫星便携站和单兵图传；
- **抢险救援器材**：补充破拆、侦检、排烟和水域救援器材。

### （二）年度绩效目标

年初申报的目标为：全年购置各类消防车辆不少于〖num(indicators[0].target)|0|lit〗辆，配发个人防护装备不少于〖num(indicators[1].target)|0t|lit〗套，为应急通信保障分队配备卫星便携站〖num(indicators[2].target)|0|lit〗套；主战装备完好率保持在〖num(indicators[6].target)|0|lit〗%以上，基层指战员对新列装装备的满意度不低于〖num(indicators[8].target)|0|lit〗%。

## 二、资金安排和使用情况

### （一）预算安排

- **年初预算**：〖budget.initial|2t〗万元，指标文号缙财行〔2024〕11号；
- **年中追加**：〖budget.adjustments[0].amount|2t〗万元，专项用于应急通信保障装备，文号缙财行〔2024〕58号；
- **年中压减**：〖budget.adjustments[1].amount|2〗万元，系个人防护装备集中采购后节约的资金，已由省财政收回统筹；
- **全年预算**：〖budget.total|2t〗万元，约〖budget.total/10000|2|approx=约〗亿元。

### （二）资金执行

截至2024年12月31日，项目实际支出〖budget.actual|2t〗万元，结余〖budget.carryover|2〗万元，全年资金执行率为〖budget.rate|2|style=baifenzhi|refs=budget.actual,budget.total〗。上年同口径执行率为⟨96.12|上年执行率，数据无此项⟩%，本年提高⟨2.21|与上年比较的百分点，数据无上年数⟩个百分点。分项执行情况见表1。

表1  2024年度资金分项执行情况（单位：万元）

| 支出方向 | 年初预算 | 全年预算 | 实际支出 | 结余 | 执行率 |
|---|---:|---:|---:|---:|---:|
| 消防车辆购置 | 〖projects[0].initial|2t|unit=万元〗 | 〖projects[0].total|2t|unit=万元〗 | 〖projects[0].actual|2t|unit=万元〗 | 〖projects[0].carryover|2|unit=万元〗 | 〖projects[0].actual/projects[0].total*100|2〗% |
| 个人防护装备 | 〖projects[1].initial|2t|unit=万元〗 | 〖projects[1].total|2t|unit=万元〗 | 〖projects[1].actual|2t|unit=万元〗 | 〖projects[1].carryover|2|unit=万元〗 | 〖projects[1].actual/projects[1].total*100|2〗% |
| 应急通信保障装备 | 〖projects[2].initial|2t|unit=万元〗 | 〖projects[2].total|2t|unit=万元〗 | 〖projects[2].actual|2t|unit=万元|refs=budget.actual,projects[2].carryover|a=2,713.90~金额（Markdown 表单元格）~yes~与本行结余208.10、执行率92.92%及合计19,128.37不符〗 | 〖projects[2].carryover|2|unit=万元〗 | 〖projects[2].actual/projects[2].total*100|2〗% |
| 抢险救援器材 | 〖projects[3].initial|2t|unit=万元〗 | 〖projects[3].total|2t|unit=万元〗 | 〖projects[3].actual|2t|unit=万元〗 | 〖projects[3].carryover|2|unit=万元〗 | 〖projects[3].actual/projects[3].total*100|2〗% |
| **合计** | **〖budget.initial|2t|unit=万元〗** | **〖budget.total|2t|unit=万元〗** | **〖budget.actual|2t|unit=万元〗** | **〖budget.carryover|2|unit=万元〗** | **〖budget.rate|2〗%** |

应急通信保障装备全年预算比年初增加的部分，即年中追加的资金。全部结余〖budget.carryover|2〗万元中，应急通信保障装备结余〖projects[2].carryover|2〗万元，占〖projects[2].carryover/budget.carryover*100|0|style=cheng|approx=以上〗以上，主要是追加资金到10月下旬才下达，部分卫星便携站未能在年内交付付款；其余三个方向的结余均为合同尾款和采购节约。

## 三、项目绩效情况

### （一）产出情况

- **消防车辆**：全年购置各类消防车辆〖num(indicators[0].actual)|0|lit〗辆，其中举高类消防车〖achievements@aerial.value|0〗辆、抢险救援消防车〖achievements@rescue_trucks.value|0〗辆，其余为水罐和泡沫消防车，平均每辆〖projects[0].actual/num(indicators[0].actual)|2〗万元。
- **个人防护装备**：配发〖num(indicators[1].actual)|0t|lit〗套，平均每套〖projects[1].actual*10000/num(indicators[1].actual)|2t〗元，比招标控制价低⟨6.8|与控制价比较，数据无此项⟩%。
- **卫星便携站**：计划〖num(indicators[2].target)|0|lit〗套，年内到货〖num(indicators[2].actual)|0|lit〗套，余下〖num(indicators[2].target)-num(indicators[2].actual)|0L〗套延至2025年一季度交付。
- **质量和时效**：到货装备验收合格率〖num(indicators[3].actual)|0|lit〗%，政府采购按期完成率〖num(indicators[4].actual)|1|lit〗%。
- **装备培训**：结合列装组织新装备操作培训〖achievements@sessions.value|0〗期，培训指战员〖achievements@trainees.value|0t〗人次。

### （二）效益情况

全年全省消防救援队伍接警出动〖achievements@alarms.value|0t〗起，营救和疏散遇险群众〖achievements@rescued.value|0t|b=5,361~计数（正文，千分位）~no〗人。全省全年保护财产价值〖achievements@property_all.value|2〗亿元，其中新购装备参与处置的警情涉及财产价值〖achievements@property_new.value|2t〗万元。跨市增援力量平均集结时间缩短到〖num(indicators[5].actual)|1|lit〗小时，主战装备完好率达到〖num(indicators[6].actual)|1|lit〗%。新列装的⟨32|装备规格⟩米举高喷射消防车在⟨6|日期⟩月省会某商业综合体火灾扑救中首次实战使用，效果良好。

### （三）满意度

总队向各支队一线指战员发放问卷⟨1,260|问卷份数⟩份，收回有效问卷⟨1,214|问卷份数⟩份，对新列装装备表示满意的占〖num(indicators[8].actual)|1|lit〗%。

### （四）自评得分

- **预算执行率**：〖budget.rate|2〗%，分值〖budgetRate.weight|0〗分，得分〖budgetRate.score|2〗分；
- **产出指标**：分值〖indicators[0].weight+indicators[1].weight+indicators[2].weight+indicators[3].weight+indicators[4].weight|0〗分，得分〖indicators[0].score+indicators[1].score+indicators[2].score+indicators[3].score+indicators[4].score|2〗分；
- **效益指标**：分值〖indicators[5].weight+indicators[6].weight+indicators[7].weight|0〗分，得分〖indicators[5].score+indicators[6].score+indicators[7].score|0〗分；
- **满意度指标**：分值〖indicators[8].weight|0〗分，得分〖indicators[8].score|0〗分；
- **总分**：〖scoreSummary.scoreTotal|2|refs=budgetRate.score,indicators[2].score〗分，自评等级为“优”。

表2  绩效指标完成情况

| 一级指标 | 二级指标 | 三级指标 | 单位 | 年度指标值 | 实际完成值 | 分值 | 得分 |
|---|---|---|---|---|---|---:|---:|
| 产出指标 | 数量指标 | 购置各类消防车辆 | 辆 | ≥〖num(indicators[0].target)|0|lit|unit=辆〗 | 〖num(indicators[0].actual)|0|lit|unit=辆〗 | 〖indicators[0].weight|0|unit=分〗 | 〖indicators[0].score|0|unit=分〗 |
| 产出指标 | 数量指标 | 配发个人防护装备 | 套 | ≥〖num(indicators[1].target)|0t|lit|unit=套〗 | 〖num(indicators[1].actual)|0t|lit|unit=套〗 | 〖indicators[1].weight|0|unit=分〗 | 〖indicators[1].score|0|unit=分〗 |
| 产出指标 | 数量指标 | 配备卫星便携站 | 套 | 〖num(indicators[2].target)|0|lit|unit=套〗 | 〖num(indicators[2].actual)|0|lit|unit=套〗 | 〖indicators[2].weight|0|unit=分〗 | 〖indicators[2].score|2|unit=分〗 |
| 产出指标 | 质量指标 | 装备到货验收合格率 | % | 〖num(indicators[3].target)|0|lit|unit=%〗 | 〖num(indicators[3].actual)|0|lit|unit=%〗 | 〖indicators[3].weight|0|unit=分〗 | 〖indicators[3].score|0|unit=分〗 |
| 产出指标 | 时效指标 | 政府采购按期完成率 | % | ≥〖num(indicators[4].target)|0|lit|unit=%〗 | 〖num(indicators[4].actual)|1|lit|unit=%〗 | 〖indicators[4].weight|0|unit=分〗 | 〖indicators[4].score|0|unit=分〗 |
| 效益指标 | 社会效益指标 | 跨市增援力量集结时间 | 小时 | ≤〖num(indicators[5].target)|0|lit|unit=小时〗 | 〖num(indicators[5].actual)|1|lit|unit=小时〗 | 〖indicators[5].weight|0|unit=分〗 | 〖indicators[5].score|0|unit=分〗 |
| 效益指标 | 社会效益指标 | 主战装备完好率 | % | ≥〖num(indicators[6].target)|0|lit|unit=%〗 | 〖num(indicators[6].actual)|1|lit|unit=%〗 | 〖indicators[6].weight|0|unit=分〗 | 〖indicators[6].score|0|unit=分〗 |
| 效益指标 | 可持续影响指标 | 装备维护保养长效机制 | — | 建立并运行 | 已建立并运行 | 〖indicators[7].weight|0|unit=分〗 | 〖indicators[7].score|0|unit=分〗 |
| 满意度指标 | 服务对象满意度指标 | 基层指战员满意度 | % | ≥〖num(indicators[8].target)|0|lit|unit=%〗 | 〖num(indicators[8].actual)|1|lit|unit=%〗 | 〖indicators[8].weight|0|unit=分〗 | 〖indicators[8].score|0|unit=分〗 |
| 预算执行率 | — | — | % | ⟨100|执行率目标值⟩ | 〖budget.rate|2|unit=%〗 | 〖budgetRate.weight|0|unit=分〗 | 〖budgetRate.score|2|unit=分〗 |
| **总分** | | | | | | **〖scoreSummary.weightTotal|0|unit=分〗** | **〖scoreSummary.scoreTotal|2|unit=分〗** |

## 四、存在的问题及原因

一是部分通信装备未按期交付。卫星便携站计划配备〖num(indicators[2].target)|0|lit〗套，年内只到货〖num(indicators[2].actual)|0|lit〗套，该项指标得分〖indicators[2].score|2〗分，原因是中标供货商产能不足，合同对交付节点约束不够。二是结余资金偏大。全年结余〖budget.carryover|2〗万元，执行率未达到年初确定的⟨100|执行率目标值⟩%，主要是追加资金下达晚、采购周期不足。三是装备管理信息化程度不高。全省在册装备⟨4.6|约数，数据无此项⟩万余件（套），仍有⟨3|支队个数⟩个支队以纸质台账为主，装备调拨和维修记录难以及时汇总。

## 五、下一步改进措施

一是在采购合同中约定分批交付节点和违约责任，对延期交付的〖num(indicators[2].target)-num(indicators[2].actual)|0L〗套卫星便携站按约扣减违约金；二是追加资金提前做好需求论证和采购准备，力争当年下达、当年执行；三是2025年⟨6|日期⟩月底前建成全省统一的装备全寿命周期管理台账，实现列装、调拨、维修、报废全程留痕。

## 六、自评结果应用和公开

自评结果报省财政厅，并在总队门户网站公开，作为2026年装备补助资金分配的参考。

联系人：装备处 韦书朗　联系电话：⟨83916027|电话⟩　（火警请拨打⟨119|报警电话⟩）
`,
};
