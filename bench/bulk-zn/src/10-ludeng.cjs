'use strict';
// 10 葭浦县澜口镇集镇路灯维护及亮化提升项目（项目，镇级，md）
const M = [3.86, 4.12, 5.37, 6.05, 7.48, 8.26, 9.14, 10.52, 11.38, 9.66, 8.93, 11.97];
let cum = 0;
const rows = M.map((m, i) => {
  cum += m;
  const c = (Math.round(cum * 100) / 100).toFixed(2);
  const r = (cum / 98 * 100).toFixed(2);
  if (i < 11) return `| ${i + 1}月 | [[${m.toFixed(2)}|月度支出，数据无]] | [[${c}|月度累计，数据无]] | [[${r}|月度累计执行率，数据无]]% |`;
  return `| ${i + 1}月 | [[${m.toFixed(2)}|月度支出，数据无]] | {{${c}=d.budget.actual}} | {{${r}=R()}}% |`;
}).join('\n');
module.exports = {
  id: '10', slug: 'ludeng', format: 'md', level: '镇',
  sector: '集镇路灯维护',
  styles: ['逐月执行表（当月支出、累计支出、累计执行率）', '正文全角数字（４５．６２万元、９８．７１％）', '万元整', '近24公里、一位小数的执行率 98.7%', '段内①②③编号', 'a 稿改的是“分别支出……”句中的一个数'],
  notes: ['1—11月的当月、累计和累计执行率数据中没有，skip；12月累计 = 全年支出，核对'],
  header: `2024年度葭浦县澜口镇集镇路灯维护及亮化提升项目（项目支出）绩效自评的数据。金额单位：万元。单位和数字均为虚构（bulk-zn）。
年初 86 + 追加 12 = 全年 98；执行 96.74；结余 1.26。`,
  data: {
    kind: 'project',
    version: 2,
    meta: {
      year: 2024, unit: '葭浦县澜口镇村镇建设服务中心', shortName: '镇村建中心', department: '葭浦县澜口镇人民政府', implementer: '葭浦县澜口镇村镇建设服务中心',
      project: '集镇路灯维护及亮化提升项目', title: '澜口镇集镇路灯维护及亮化提升项目2024年度绩效自评报告',
    },
    background: { purpose: ['路灯日常巡查维修', '老旧灯具更换为LED节能灯具', '路灯电费'] },
    budget: {
      initial: 86,
      adjustments: [{ type: '追加', amount: 12, reason: '老街节能灯具更换' }],
      total: 98, actual: 96.74, carryover: 1.26,
      sources: { current: { initial: 86, total: 98, actual: 96.74 } },
    },
    budgetRate: { weight: 10, score: 9.87 },
    scoreSummary: { weightTotal: 100, scoreTotal: 99.87, grade: '优' },
    goals: { expected: ['集镇主要道路夜间照明全覆盖，路灯故障及时修复'] },
    projects: [
      { name: '路灯日常维护', initial: 46, total: 46, actual: 45.62, carryover: 0.38 },
      { name: '节能灯具更换', initial: 28, adjustment: 12, total: 40, actual: 39.12, carryover: 0.88 },
      { name: '路灯电费', initial: 12, total: 12, actual: 12, carryover: 0 },
    ],
    indicators: [
      { level1: '产出指标', level2: '数量指标', name: '维护路灯', target: '1860盏', actual: '1912盏', weight: 15, score: 15 },
      { level1: '产出指标', level2: '数量指标', name: '更换LED节能灯具', target: '420盏', actual: '436盏', weight: 15, score: 15 },
      { level1: '产出指标', level2: '质量指标', name: '路灯亮灯率', target: '≥98%', actual: '98.6%', weight: 10, score: 10 },
      { level1: '产出指标', level2: '时效指标', name: '故障修复时间', target: '≤24小时', actual: '16小时', weight: 10, score: 10, direction: 'negative' },
      { level1: '效益指标', level2: '经济效益指标', name: '年节约电费', target: '3万元', actual: '3.42万元', weight: 10, score: 10 },
      { level1: '效益指标', level2: '社会效益指标', name: '主要道路夜间照明覆盖率', target: '100%', actual: '100%', weight: 10, score: 10 },
      { level1: '效益指标', level2: '生态效益指标', name: '年节约用电', target: '4.5万千瓦时', actual: '4.86万千瓦时', weight: 10, score: 10 },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', target: '≥90%', actual: '96.2%', weight: 10, score: 10 },
    ],
    achievements: [
      { id: 'roads', group: '效益', topic: '照明覆盖', name: '路灯覆盖道路', value: 23.6, unit: '公里', approx: '近' },
      { id: 'repairs', group: '产出', topic: '维修', name: '受理路灯报修', value: 318, unit: '次' },
      { id: 'poles', group: '产出', topic: '维修', name: '新立和更换灯杆', value: 64, unit: '根' },
    ],
    problems: [
      { id: 'old', text: '部分线路老化', cause: '老街线路敷设年代久', measure: '分段改造老街供电线路' },
      { id: 'smart', text: '故障发现靠人工巡查', cause: '没有单灯监控', measure: '试点单灯智能控制' },
    ],
  },
  rel: [
    { type: 'sum', parts: ['s0', 's1', 's2'], total: 'st' },
  ],
  body: `# 澜口镇集镇路灯维护及亮化提升项目2024年度绩效自评报告

实施单位：葭浦县澜口镇村镇建设服务中心

## 一、项目基本情况

澜口镇集镇建成区有路灯近两千盏，覆盖道路近{{24=A('roads')|cmp:le}}公里。其中老街一带的高压钠灯使用年限较长，耗电高、故障多。2024年镇里安排路灯维护及亮化提升项目，主要做三件事：①路灯日常巡查维修；②把老旧灯具更换为LED节能灯具；③支付路灯电费。年度目标是维护路灯{{1,860=num(I(0).target)}}盏，更换节能灯具{{420=num(I(1).target)}}盏，路灯亮灯率不低于{{98=num(I(2).target)}}%，故障在{{24=num(I(3).target)}}小时内修复。

## 二、资金安排和使用情况

年初预算{{８６．００=d.budget.initial}}万元，年中县财政追加老街节能灯具更换资金{{１２．００=d.budget.adjustments[0].amount}}万元，全年预算{{９８．００=d.budget.total}}万元。全年支出{{９６．７４=d.budget.actual}}万元，执行率{{９８．７１=R()}}％，结余{{１．２６=d.budget.carryover}}万元。

路灯日常维护、节能灯具更换、路灯电费三个子项目分别支出{{45.62=P(0).actual|#s0|a:45.26~“分别支出”句中路灯日常维护的支出（三项之和应为 96.74）}}万元、{{39.12=P(1).actual|#s1}}万元、{{12.00=P(2).actual|#s2}}万元，合计{{96.74=d.budget.actual|#st}}万元。其中电费{{12=P(2).actual}}万元整，按供电公司账单据实支付；节能灯具更换结余{{０．８８=P(1).carryover}}万元，是灯具集中采购的价差。

按月看，上半年以日常维修为主，支出进度偏慢；下半年节能灯具分三批安装，支出集中在8月以后。

| 月份 | 当月支出（万元） | 累计支出（万元） | 累计执行率 |
|---|---:|---:|---:|
${rows}

全年执行率约{{98.7=R()}}%，各子项目执行率分别为{{99.17=pct(P(0).actual,P(0).total)}}%、{{97.80=pct(P(1).actual,P(1).total)}}%、{{100.00=pct(P(2).actual,P(2).total)}}%。

## 三、绩效目标完成情况

（一）产出。全年维护路灯{{１９１２=num(I(0).actual)}}盏，受理群众报修{{318=A('repairs')|b:381~受理路灯报修次数}}次，新立和更换灯杆{{64=A('poles')}}根；更换LED节能灯具{{436=num(I(1).actual)}}盏，比计划多{{16=num(I(1).actual)-num(I(1).target)}}盏。路灯亮灯率{{98.6=num(I(2).actual)}}%，故障平均修复时间{{16=num(I(3).actual)}}小时。

（二）效益。换灯后全年节约用电{{4.86=num(I(6).actual)}}万千瓦时，节约电费{{３．４２=num(I(4).actual)}}万元，超过{{3=num(I(4).target)}}万元的目标。集镇主要道路夜间照明覆盖率{{100=num(I(5).actual)}}%，群众夜间出行条件明显改善。

（三）满意度。镇村建中心在集镇三个社区发放问卷，群众满意度{{96.2=num(I(7).actual)}}%。

## 四、自评得分

| 指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
|---|---|---|---:|---:|
| 预算执行率 | [[100|执行率目标值]]% | {{98.71=R()}}% | {{10=d.budgetRate.weight}} | {{9.87=d.budgetRate.score}} |
| 维护路灯 | {{1,860=num(I(0).target)}}盏 | {{1,912=num(I(0).actual)}}盏 | {{15=I(0).weight}} | {{15=I(0).score}} |
| 更换LED节能灯具 | {{420=num(I(1).target)}}盏 | {{436=num(I(1).actual)}}盏 | {{15=I(1).weight}} | {{15=I(1).score}} |
| 路灯亮灯率 | ≥{{98=num(I(2).target)}}% | {{98.6=num(I(2).actual)}}% | {{10=I(2).weight}} | {{10=I(2).score}} |
| 故障修复时间 | ≤{{24=num(I(3).target)}}小时 | {{16=num(I(3).actual)}}小时 | {{10=I(3).weight}} | {{10=I(3).score}} |
| 年节约电费 | {{3=num(I(4).target)}}万元 | {{3.42=num(I(4).actual)}}万元 | {{10=I(4).weight}} | {{10=I(4).score}} |
| 主要道路夜间照明覆盖率 | {{100=num(I(5).target)}}% | {{100=num(I(5).actual)}}% | {{10=I(5).weight}} | {{10=I(5).score}} |
| 年节约用电 | {{4.5=num(I(6).target)}}万千瓦时 | {{4.86=num(I(6).actual)}}万千瓦时 | {{10=I(6).weight}} | {{10=I(6).score}} |
| 群众满意度 | ≥{{90=num(I(7).target)}}% | {{96.2=num(I(7).actual)}}% | {{10=I(7).weight}} | {{10=I(7).score}} |
| 合计 | | | {{100=W()}} | {{99.87=S()}} |

各项指标均已完成，自评得分{{９９．８７=S()}}分，等级为“优”。

## 五、存在的问题和下一步打算

一是老街部分供电线路老化，雨季漏电跳闸较多，明年计划分段改造；二是故障发现仍靠人工巡查和群众报修，准备在主街试点单灯智能控制，做到故障自动报警。
`,
};
