'use strict';
// 11 棣岩市新能源汽车充电基础设施建设运营补助资金（项目，市级，txt）
module.exports = {
  id: '11', slug: 'chongdian', format: 'txt', level: '市',
  sector: '新能源汽车充电设施',
  styles: ['按季度执行表（当季、累计、累计执行率）', '正文写多位元金额（18,265,400.00元）与万元并存', '数字后紧跟脚注标记[1][2]及文末注释', '约12.9万辆、逾1,000万单', '分别为', '得分率'],
  notes: ['[1][2] 为脚注标记 skip', '度电补贴标准、单桩补贴标准为政策标准 skip', '前三季度当季和累计数数据没有，skip'],
  header: `2024年度棣岩市新能源汽车充电基础设施建设运营补助资金（项目支出）绩效自评的数据。金额单位：万元。单位和数字均为虚构（bulk-zn）。
年初 1500 + 追加 360 = 全年 1860；实际拨付 1826.54；结余 33.46。`,
  data: {
    kind: 'project',
    version: 2,
    meta: {
      year: 2024, unit: '棣岩市能源局', shortName: '市能源局', department: '棣岩市发展和改革委员会', implementer: '棣岩市能源局',
      project: '新能源汽车充电基础设施建设运营补助资金', title: '棣岩市新能源汽车充电基础设施建设运营补助资金2024年度绩效自评报告', thousands: true,
    },
    background: { purpose: ['公共充电桩建设补贴', '充电运营度电补贴', '乡镇充电网络补短板'] },
    budget: {
      initial: 1500,
      adjustments: [{ type: '追加', amount: 360, reason: '充电桩建设超计划完成' }],
      total: 1860, actual: 1826.54, carryover: 33.46,
      sources: { current: { initial: 1500, total: 1860, actual: 1826.54 } },
    },
    budgetRate: { weight: 10, score: 9.82 },
    scoreSummary: { weightTotal: 100, scoreTotal: 99.38, grade: '优' },
    goals: { expected: ['补齐公共充电设施短板，乡镇充电站全覆盖'] },
    projects: [
      { name: '公共充电桩建设补贴', initial: 900, adjustment: 240, total: 1140, actual: 1128.6, actualLabel: '实际拨付', carryover: 11.4 },
      { name: '充电运营度电补贴', initial: 450, adjustment: 120, total: 570, actual: 553.94, actualLabel: '实际拨付', carryover: 16.06 },
      { name: '乡镇充电网络补短板', initial: 150, total: 150, actual: 144, actualLabel: '实际拨付', carryover: 6 },
    ],
    indicators: [
      { level1: '产出指标', level2: '数量指标', name: '新建公共充电桩', target: '1200个', actual: '1356个', weight: 10, score: 10 },
      { level1: '产出指标', level2: '数量指标', name: '其中快充桩', target: '400个', actual: '468个', weight: 10, score: 10 },
      { level1: '产出指标', level2: '数量指标', name: '建成乡镇充电站', target: '24座', actual: '24座', weight: 10, score: 10 },
      { level1: '产出指标', level2: '质量指标', name: '充电桩平均可用率', target: '≥95%', actual: '97.4%', weight: 10, score: 10 },
      { level1: '产出指标', level2: '成本指标', name: '单桩平均建设补贴', target: '≤0.9万元', actual: '0.83万元', weight: 10, score: 10, direction: 'negative' },
      { level1: '效益指标', level2: '经济效益指标', name: '公共充电量', target: '8000万千瓦时', actual: '8642万千瓦时', weight: 10, score: 10 },
      {
        level1: '效益指标', level2: '生态效益指标', name: '减少二氧化碳排放', target: '4.5万吨', actual: '4.3万吨', weight: 10, score: 9.56,
        deviation: { reason: '按新的电网排放因子测算，减排量低于年初估算', measure: '年初目标按最新排放因子测算' },
      },
      { level1: '效益指标', level2: '社会效益指标', name: '车桩比', target: '≤2.5', actual: '2.3', weight: 10, score: 10, direction: 'negative' },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '用户满意度', target: '≥90%', actual: '93.8%', weight: 10, score: 10 },
    ],
    achievements: [
      { id: 'evs', group: '效益', topic: '新能源汽车', name: '全市新能源汽车保有量', value: 12.86, unit: '万辆', approx: '约' },
      { id: 'stations', group: '产出', topic: '充电网络', name: '累计建成公共充电站', value: 412, unit: '座' },
      { id: 'orders', group: '效益', topic: '充电网络', name: '公共充电订单', value: 1036, unit: '万单', approx: '超' },
    ],
    problems: [
      { id: 'rural', text: '乡镇充电站利用率不高', cause: '乡镇新能源汽车保有量小', measure: '引导公交和物流车辆在乡镇站充电' },
      { id: 'maint', text: '部分老旧充电桩故障较多', cause: '运营商维护投入不足', measure: '将可用率与度电补贴挂钩' },
    ],
  },
  rel: [
    { type: 'same', a: 'q4', b: 'tp' },
    { type: 'ratio', num: 'q4', den: 'bt', rate: 'q4r' },
  ],
  body: `棣岩市新能源汽车充电基础设施建设运营补助资金
2024年度绩效自评报告

棣岩市能源局

一、项目概况

为补齐公共充电设施短板，市政府从2022年起安排新能源汽车充电基础设施建设运营补助资金，由市发展和改革委员会主管、市能源局组织实施。资金分三块：公共充电桩建设补贴、充电运营度电补贴和乡镇充电网络补短板。2024年的目标是新建公共充电桩{{1,200=num(I(0).target)}}个（其中快充桩{{400=num(I(1).target)}}个），实现{{24=num(I(2).target)}}个乡镇充电站全覆盖，车桩比控制在{{2.5=num(I(7).target)}}以内。

二、资金使用情况

（一）预算和拨付

年初预算{{1,500.00=d.budget.initial}}万元。年中充电桩建设进度明显快于计划，市财政追加{{360.00=d.budget.adjustments[0].amount}}万元，全年预算{{1,860.00=d.budget.total|#bt}}万元。全年实际拨付补助资金{{18,265,400.00=d.budget.actual*10000}}元，即{{1,826.54=d.budget.actual|#tp}}万元，结余{{33.46=d.budget.carryover}}万元，执行率{{98.20=R()}}%。

三个子项目的拨付额分别为{{1,128.60=P(0).actual}}万元、{{553.94=P(1).actual}}万元和{{144.00=P(2).actual}}万元，执行率分别为{{99.00=pct(P(0).actual,P(0).total)}}%、{{97.18=pct(P(1).actual,P(1).total)}}%和{{96.00=pct(P(2).actual,P(2).total)}}%。运营度电补贴按每千瓦时[[0.1|政策标准]]元[[[1|脚注标记]]]的标准，依据平台核定的充电量按季度拨付，第四季度的一部分电量核定跨年，结余{{16.06=P(1).carryover}}万元。

（二）分季度拨付进度（单位：万元）

季度        当季拨付      累计拨付      累计执行率
第一季度    [[186.20|季度数，数据无]]        [[186.20|季度累计，数据无]]        [[10.01|季度累计执行率，数据无]]%
第二季度    [[402.58|季度数，数据无]]        [[588.78|季度累计，数据无]]        [[31.65|季度累计执行率，数据无]]%
第三季度    [[515.36|季度数，数据无]]      [[1,104.14|季度累计，数据无]]        [[59.36|季度累计执行率，数据无]]%
第四季度    [[722.40|季度数，数据无]]      {{1,826.54=d.budget.actual|#q4|a:1,862.54~季度表第四季度累计拨付（1,104.14 + 722.40 = 1,826.54；正文 1,826.54 万元；累计执行率 98.20%）}}        {{98.20=R()|#q4r}}%

三、绩效目标完成情况

（一）产出

全年新建公共充电桩{{1,356=num(I(0).actual)}}个，完成目标的{{113=pct(num(I(0).actual),num(I(0).target))}}%，其中快充桩{{468=num(I(1).actual)}}个；{{24=num(I(2).actual)}}个乡镇充电站全部建成，全市累计建成公共充电站{{412=A('stations')|b:421~累计建成公共充电站座数}}座。充电桩平均可用率{{97.4=num(I(3).actual)}}%[[[2|脚注标记]]]。单桩平均建设补贴{{0.83=num(I(4).actual)}}万元，低于{{0.9=num(I(4).target)}}万元的控制标准。

（二）效益

全年公共充电量{{8,642=num(I(5).actual)}}万千瓦时，充电订单逾{{1,000=A('orders')|cmp:ge}}万单。全市新能源汽车保有量约{{12.9=A('evs')|cmp:about}}万辆，车桩比由年初的[[2.8|上年数，数据无]]下降到{{2.3=num(I(7).actual)}}。按电网排放因子测算，减少二氧化碳排放{{4.3=num(I(6).actual)}}万吨，比目标少{{0.2=num(I(6).target)-num(I(6).actual)}}万吨。用户满意度{{93.8=num(I(8).actual)}}%。

四、自评结果

预算执行率得{{9.82=d.budgetRate.score}}分（分值{{10=d.budgetRate.weight}}分）。九项绩效指标中，“减少二氧化碳排放”一项未达目标，按{{4.3=num(I(6).actual)}}÷{{4.5=num(I(6).target)}}×{{10=I(6).weight}}得{{9.56=I(6).score}}分，扣{{0.44=I(6).weight-I(6).score}}分，原因是年中改用新的电网排放因子后，同样的充电量折算出的减排量变少；其余八项各得{{10=I(0).score}}分。

综合得分{{99.38=S()}}分，满分{{100=W()}}分，得分率{{99.4=pct(S(),W())}}%，等级为“优”。

五、存在的问题和改进措施

（一）乡镇充电站利用率不高。乡镇新能源汽车保有量小，部分站点日均充电不足两小时。下一步引导公交和物流车辆在乡镇站充电，提高设施利用率。

（二）部分老旧充电桩故障较多。运营商维护投入不足，可用率参差不齐。今后把充电桩可用率与度电补贴挂钩，可用率低的少补或不补。

注：
[[[1|脚注序号]]] 标准见《棣岩市新能源汽车充电设施运营补贴办法》（棣发改能〔2023〕45号），公共快充桩和慢充桩执行同一标准。
[[[2|脚注序号]]] 可用率为市充电设施监管平台按日采集的年度平均值。
`,
};
