'use strict';
// 05 葭浦县融媒体中心（部门整体，县级，md）
module.exports = {
  id: '05', slug: 'rongmeiti', format: 'md', level: '县',
  sector: '县级融媒体中心',
  styles: ['九个项目的长项目支出表（预算/支出/执行率）及正文逐个讨论', '分别为', '转置的“三公”表（经费种类为列，上年决算、本年预算、本年决算、增减额、增减率为行）', '持平、增减额带 - 号', '超过41万（约数）'],
  notes: ['受众满意度调查问卷份数 skip'],
  header: `2024年度葭浦县融媒体中心部门整体支出绩效自评的数据。金额单位：万元。单位和数字均为虚构（bulk-zn）。
年初 2940 + 追加 468.6 = 全年 3408.6 = 基本支出预算 1402 + 项目支出预算 2006.6；执行 3352.96 = 基本 1386.2 + 项目 1966.76。
九个项目全年预算之和 2006.6、支出之和 1966.76。`,
  data: {
    kind: 'department',
    version: 2,
    meta: { year: 2024, unit: '葭浦县融媒体中心', shortName: '县融媒体中心', title: '葭浦县融媒体中心2024年度部门整体支出绩效自评报告', thousands: true },
    staffing: { authorized: 86, actual: 79, controlRate: 91.86 },
    background: {
      functions: ['全县新闻宣传和舆论引导', '广播电视节目制作和传输覆盖', '县级融媒体客户端和新媒体平台运营', '政务和便民信息服务'],
      organization: ['综合部', '新闻采编部', '新媒体部', '技术播控部', '运营服务部'],
    },
    budget: {
      initial: 2940,
      adjustments: [{ type: '追加', amount: 468.6, reason: '演播室高清化改造和乡镇融媒体服务站建设' }],
      total: 3408.6, actual: 3352.96, carryover: 55.64,
      sources: { current: { initial: 2940, total: 3408.6, actual: 3352.96 } },
    },
    basicExpense: { total: 1386.2, personnel: 1218.45, publicUse: 167.75, budget: 1402 },
    projectExpense: { total: 1966.76, budget: 2006.6 },
    projects: [
      { name: '新闻采编及节目制作', total: 420, actual: 416.38 },
      { name: '融媒体客户端运维', total: 186, actual: 182.64 },
      { name: '广播电视节目传输覆盖', total: 312.5, actual: 309.2 },
      { name: '演播室高清化改造', total: 268, actual: 255.47 },
      { name: '网络安全及内容审核', total: 96, actual: 94.85 },
      { name: '重大主题宣传', total: 158, actual: 158 },
      { name: '乡镇融媒体服务站建设', total: 214.1, actual: 205.36 },
      { name: '新媒体人才培训', total: 62, actual: 58.14 },
      { name: '采编设备购置更新', total: 290, actual: 286.72 },
    ],
    threePublic: {
      vehicle: { prior: 6.35, budget: 6.5, actual: 6.35, changeRate: 0 },
      vehicleOperation: { prior: 6.35, budget: 6.5, actual: 6.35 },
      reception: { prior: 2.18, budget: 2.4, actual: 1.96, changeRate: -10.09 },
      total: { prior: 8.53, budget: 8.9, actual: 8.31 },
    },
    budgetRate: { weight: 10, score: 9.84 },
    scoreSummary: { weightTotal: 100, scoreTotal: 99.84, grade: '优' },
    goals: { expected: ['建强县级主流舆论阵地，提升融媒体传播力和服务能力'] },
    indicators: [
      { level1: '产出指标', level2: '数量指标', name: '发布原创稿件', target: '≥12000条', actual: '13486条', weight: 10, score: 10 },
      { level1: '产出指标', level2: '数量指标', name: '自办电视新闻节目', target: '365期', actual: '365期', weight: 10, score: 10 },
      { level1: '产出指标', level2: '质量指标', name: '安全播出率', target: '≥99.9%', actual: '99.98%', weight: 10, score: 10 },
      { level1: '产出指标', level2: '时效指标', name: '重大主题报道', target: '按时完成', actual: '按时完成', weight: 10, score: 10, band: '达成' },
      { level1: '产出指标', level2: '数量指标', name: '建成乡镇融媒体服务站', target: '14个', actual: '14个', weight: 10, score: 10 },
      { level1: '效益指标', level2: '社会效益指标', name: '客户端下载量', target: '30万次', actual: '34.2万次', weight: 15, score: 15 },
      { level1: '效益指标', level2: '社会效益指标', name: '新媒体平台阅读量', target: '1.5亿次', actual: '1.62亿次', weight: 15, score: 15 },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '受众满意度', target: '≥90%', actual: '92.5%', weight: 10, score: 10 },
    ],
    achievements: [
      { id: 'awards', group: '履职效能', topic: '作品', name: '获省级以上新闻奖', value: 11, unit: '件' },
      { id: 'live', group: '履职效能', topic: '作品', name: '网络直播', value: 86, unit: '场' },
      { id: 'short_video', group: '社会效应', topic: '传播', name: '短视频播放量', value: 2.86, unit: '亿次' },
      { id: 'followers', group: '社会效应', topic: '传播', name: '新媒体矩阵粉丝', value: 41.3, unit: '万', approx: '超' },
    ],
    problems: [
      { id: 'talent', text: '全媒体人才不足', cause: '编制内人员年龄偏大', measure: '通过购买服务补充新媒体运营人员' },
      { id: 'income', text: '经营性收入较少', cause: '市场化运营能力弱', measure: '拓展政务服务和活动策划业务' },
    ],
  },
  rel: [
    { type: 'sum', parts: ['x0', 'x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'x8'], total: 'xt' },
    { type: 'ratio', num: 'x6', den: 'y6', rate: 'r6' },
  ],
  body: `# 葭浦县融媒体中心2024年度部门整体支出绩效自评报告

## 一、部门概况

葭浦县融媒体中心由原县广播电视台、县新闻中心整合组建，为县委直属公益一类事业单位，承担全县新闻宣传和舆论引导、广播电视节目制作和传输覆盖、县级融媒体客户端和新媒体平台运营、政务和便民信息服务等职责。中心设综合部、新闻采编部、新媒体部、技术播控部、运营服务部五个部门，核定编制{{86=d.staffing.authorized}}名，年末在职{{79=d.staffing.actual}}人，人员控制率{{91.86=d.staffing.controlRate}}%。

## 二、部门整体支出情况

### （一）预算收支

2024年年初预算{{2,940.00=d.budget.initial}}万元，年中追加{{468.60=d.budget.adjustments[0].amount}}万元，用于演播室高清化改造和乡镇融媒体服务站建设，全年预算{{3,408.60=d.budget.total}}万元。全年支出{{3,352.96=d.budget.actual}}万元，结余{{55.64=d.budget.carryover}}万元，预算执行率{{98.37=R()}}%。

基本支出{{1,386.20=d.basicExpense.total}}万元（预算{{1,402.00=d.basicExpense.budget}}万元），其中人员经费{{1,218.45=d.basicExpense.personnel}}万元，公用经费{{167.75=d.basicExpense.publicUse}}万元；项目支出{{1,966.76=d.projectExpense.total}}万元（预算{{2,006.60=d.projectExpense.budget}}万元），执行率{{98.01=pct(d.projectExpense.total,d.projectExpense.budget)}}%。

### （二）项目支出明细

全年共实施九个项目，执行情况如下（单位：万元）：

| 序号 | 项目名称 | 全年预算 | 实际支出 | 执行率 |
|:---:|---|---:|---:|---:|
| [[1|表内序号]] | 新闻采编及节目制作 | {{420.00=P(0).total}} | {{416.38=P(0).actual|#x0}} | {{99.14=pct(P(0).actual,P(0).total)}}% |
| [[2|表内序号]] | 融媒体客户端运维 | {{186.00=P(1).total}} | {{182.64=P(1).actual|#x1}} | {{98.19=pct(P(1).actual,P(1).total)}}% |
| [[3|表内序号]] | 广播电视节目传输覆盖 | {{312.50=P(2).total}} | {{309.20=P(2).actual|#x2}} | {{98.94=pct(P(2).actual,P(2).total)}}% |
| [[4|表内序号]] | 演播室高清化改造 | {{268.00=P(3).total}} | {{255.47=P(3).actual|#x3}} | {{95.32=pct(P(3).actual,P(3).total)}}% |
| [[5|表内序号]] | 网络安全及内容审核 | {{96.00=P(4).total}} | {{94.85=P(4).actual|#x4}} | {{98.80=pct(P(4).actual,P(4).total)}}% |
| [[6|表内序号]] | 重大主题宣传 | {{158.00=P(5).total}} | {{158.00=P(5).actual|#x5}} | {{100.00=pct(P(5).actual,P(5).total)}}% |
| [[7|表内序号]] | 乡镇融媒体服务站建设 | {{214.10=P(6).total|#y6}} | {{205.36=P(6).actual|#x6|a:250.36~九项目表“乡镇融媒体服务站建设”实际支出（九项之和 1,966.76、执行率 95.92% 对不上）}} | {{95.92=pct(P(6).actual,P(6).total)|#r6}}% |
| [[8|表内序号]] | 新媒体人才培训 | {{62.00=P(7).total}} | {{58.14=P(7).actual|#x7}} | {{93.77=pct(P(7).actual,P(7).total)}}% |
| [[9|表内序号]] | 采编设备购置更新 | {{290.00=P(8).total}} | {{286.72=P(8).actual|#x8}} | {{98.87=pct(P(8).actual,P(8).total)}}% |
| | 合计 | {{2,006.60=d.projectExpense.budget}} | {{1,966.76=d.projectExpense.total|#xt}} | {{98.01=pct(d.projectExpense.total,d.projectExpense.budget)}}% |

新闻采编、客户端运维、传输覆盖三个常规项目的执行率分别为{{99.14=pct(P(0).actual,P(0).total)}}%、{{98.19=pct(P(1).actual,P(1).total)}}%、{{98.94=pct(P(2).actual,P(2).total)}}%，与往年基本一致。执行率偏低的有三个项目：演播室高清化改造执行率{{95.32=pct(P(3).actual,P(3).total)}}%，结余{{12.53=P(3).total-P(3).actual}}万元，是灯光系统的质保金，按合同要到2025年底才能支付；乡镇融媒体服务站建设执行率{{95.92=pct(P(6).actual,P(6).total)}}%，两个服务站的设备安装调试延到了次年[[1|月份]]月；新媒体人才培训执行率{{93.77=pct(P(7).actual,P(7).total)}}%，原定的一期外出跟岗学习因对方单位接待安排调整而取消。重大主题宣传项目{{158.00=P(5).total}}万元全部支出完毕。

### （三）“三公”经费

全年“三公”经费支出{{8.31=T('total').actual}}万元，比预算少{{0.59=T('total').budget-T('total').actual}}万元。公务接待费{{1.96=T('reception').actual}}万元，比上年减少{{0.22=T('reception').prior-T('reception').actual}}万元；公务用车运行维护费{{6.35=T('vehicle').actual}}万元，与上年持平；没有因公出国（境）支出。

| 项目 | 公务接待费 | 公务用车运行维护费 | 因公出国（境）费 | 合计 |
|---|---:|---:|---:|---:|
| 上年决算 | {{2.18=T('reception').prior}} | {{6.35=T('vehicle').prior}} | — | {{8.53=T('total').prior}} |
| 本年预算 | {{2.40=T('reception').budget}} | {{6.50=T('vehicle').budget}} | — | {{8.90=T('total').budget}} |
| 本年决算 | {{1.96=T('reception').actual}} | {{6.35=T('vehicle').actual}} | — | {{8.31=T('total').actual}} |
| 增减额 | {{-0.22=T('reception').actual-T('reception').prior}} | {{0.00=T('vehicle').actual-T('vehicle').prior}} | — | {{-0.22=T('total').actual-T('total').prior}} |
| 增减率 | {{-10.09=chg(T('reception').actual,T('reception').prior)}}% | 持平 | — | {{-2.58=chg(T('total').actual,T('total').prior)}}% |

## 三、部门履职成效

全年发布原创稿件{{13,486=num(I(0).actual)}}条，自办电视新闻节目{{365=num(I(1).actual)}}期，开展网络直播{{86=A('live')|b:68~网络直播场次}}场，安全播出率{{99.98=num(I(2).actual)}}%。{{11=A('awards')}}件作品获省级以上新闻奖。乡镇融媒体服务站建成{{14=num(I(4).actual)}}个，实现乡镇全覆盖。

传播效果方面，客户端下载量{{34.2=num(I(5).actual)}}万次，新媒体平台阅读量{{1.62=num(I(6).actual)}}亿次，短视频播放量{{2.86=A('short_video')}}亿次，新媒体矩阵粉丝超过{{41=A('followers')|cmp:ge}}万。受众满意度调查回收有效问卷[[1,206|问卷份数，数据无]]份，满意度{{92.5=num(I(7).actual)}}%。

## 四、自评得分

| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
|---|---|---|---|---|---:|---:|
| 预算执行 | — | 预算执行率 | [[100|执行率目标值]]% | {{98.37=R()}}% | {{10=d.budgetRate.weight}} | {{9.84=d.budgetRate.score}} |
| 产出指标 | 数量指标 | 发布原创稿件 | ≥{{12,000=num(I(0).target)}}条 | {{13,486=num(I(0).actual)}}条 | {{10=I(0).weight}} | {{10=I(0).score}} |
| | | 自办电视新闻节目 | {{365=num(I(1).target)}}期 | {{365=num(I(1).actual)}}期 | {{10=I(1).weight}} | {{10=I(1).score}} |
| | 质量指标 | 安全播出率 | ≥{{99.9=num(I(2).target)}}% | {{99.98=num(I(2).actual)}}% | {{10=I(2).weight}} | {{10=I(2).score}} |
| | 时效指标 | 重大主题报道 | 按时完成 | 按时完成 | {{10=I(3).weight}} | {{10=I(3).score}} |
| | 数量指标 | 建成乡镇融媒体服务站 | {{14=num(I(4).target)}}个 | {{14=num(I(4).actual)}}个 | {{10=I(4).weight}} | {{10=I(4).score}} |
| 效益指标 | 社会效益指标 | 客户端下载量 | {{30=num(I(5).target)}}万次 | {{34.2=num(I(5).actual)}}万次 | {{15=I(5).weight}} | {{15=I(5).score}} |
| | | 新媒体平台阅读量 | {{1.5=num(I(6).target)}}亿次 | {{1.62=num(I(6).actual)}}亿次 | {{15=I(6).weight}} | {{15=I(6).score}} |
| 满意度指标 | 服务对象满意度指标 | 受众满意度 | ≥{{90=num(I(7).target)}}% | {{92.5=num(I(7).actual)}}% | {{10=I(7).weight}} | {{10=I(7).score}} |
| 合计 | | | | | {{100=W()}} | {{99.84=S()}} |

各项绩效指标全部达成，预算执行率得{{9.84=d.budgetRate.score}}分，自评总分{{99.84=S()}}分，等级为“优”。

## 五、存在的问题和改进措施

一是全媒体人才不足。编制内人员年龄偏大，懂新媒体运营的年轻人少，下一步通过购买服务补充新媒体运营人员，并与高校合作开展定向培养。二是经营性收入较少，市场化运营能力弱，计划拓展政务服务、活动策划等业务，逐步增强自我发展能力。
`,
};
