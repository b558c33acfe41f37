'use strict';
// 06 篁溆县科学技术协会（部门整体，县级，纯文本：按版面断行、点线引导的清单）
const data = {
  kind: 'department',
  version: 2,
  meta: { year: 2024, unit: '篁溆县科学技术协会', shortName: '县科协', title: '篁溆县科学技术协会2024年度部门整体支出绩效自评报告', thousands: true },
  staffing: { authorized: 12, actual: 11, priorActual: 11, retired: 6, controlRate: 91.67 },
  background: {
    functions: ['科学普及和公民科学素质提升', '青少年科技教育', '农村实用技术培训', '科技工作者服务'],
    organization: ['办公室', '科普部', '学会部'],
  },
  budget: {
    initial: 386.5,
    adjustments: [{ type: '追加', amount: 132, reason: '全国科普示范县创建和培训补助' }],
    total: 518.5,
    actual: 503.27,
    carryover: 15.23,
  },
  basicExpense: { total: 241.36, personnel: 208.92, publicUse: 32.44, budget: 244.5, prior: 236.08, changeRate: 2.24 },
  projectExpense: { total: 261.91, budget: 274, prior: 198.6, changeRate: 31.88, reason: '承担全国科普示范县创建任务' },
  projects: [
    { name: '全国科普示范县创建', initial: 40, adjustment: 100, total: 140, actual: 136.48 },
    { name: '青少年科技创新活动', initial: 38, adjustment: 12, total: 50, actual: 48.36 },
    { name: '农村实用技术培训', initial: 34, adjustment: 20, total: 54, actual: 50.17 },
    { name: '科普阵地运维', initial: 30, total: 30, actual: 26.9 },
  ],
  threePublic: {
    reception: { prior: 1.26, budget: 1.5, actual: 0.98, changeRate: -22.22 },
    total: { prior: 1.26, budget: 1.5, actual: 0.98, changeRate: -22.22 },
  },
  budgetRate: { weight: 10, score: 9.71 },
  scoreSummary: { weightTotal: 100, scoreTotal: 98.91, grade: '优' },
  goals: { expected: ['提升公民科学素质，服务科技工作者'] },
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '举办科普活动', target: '≥120场', actual: '138场', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '农村实用技术培训', target: '6000人次', actual: '6420人次', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '青少年科技创新大赛参赛作品', target: '300件', actual: '276件', weight: 10, score: 9.2,
      deviation: { reason: '两所学校因校舍改造未组织参赛', measure: '提前对接学校安排赛程' } },
    { level1: '产出指标', level2: '质量指标', name: '公民具备科学素质比例', target: '≥11%', actual: '11.8%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '科普示范县创建验收', target: '年内通过验收', actual: '已通过验收', weight: 10, score: 10, band: '达成' },
    { level1: '效益指标', level2: '社会效益指标', name: '科普受众', target: '≥15万人次', actual: '18.7万人次', weight: 15, score: 15 },
    { level1: '效益指标', level2: '可持续影响指标', name: '新建基层科普站点', target: '10个', actual: '12个', weight: 15, score: 15 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '服务对象满意度', target: '≥90%', actual: '94.5%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'stations', group: '履职效能', topic: '平台', name: '院士专家工作站', value: 2, unit: '个' },
    { id: 'caravan', group: '履职效能', topic: '科普下乡', name: '科普大篷车下乡', value: 64, unit: '场' },
    { id: 'sciday', group: '社会效应', topic: '全国科普日', name: '全国科普日活动参与', value: 3.2, unit: '万人次' },
  ],
  problems: [
    { id: 'youth', text: '青少年参赛作品未达目标', cause: '两所学校校舍改造', measure: '提前对接学校' },
    { id: 'staff', text: '基层科普人员不足', cause: '编制少、兼职多', measure: '发展科普志愿者' },
  ],
  application: ['随部门决算在县政府网站公开'],
};

const body = `篁溆县科学技术协会2024年度部门整体支出绩效自评报告

一、部门基本情况
县科协是县委领导下的人民团体，主要任务是开展科学普
及、组织青少年科技教育、举办农村实用技术培训、服务全
县科技工作者。机关内设[[3|内设机构个数]]个部室，年末编制{{staffing.authorized|0}}名，实有
在职人员{{staffing.actual|0}}人，人员控制率{{staffing.controlRate|2}}%；离退休人员{{staffing.retired|0}}人。

二、部门整体支出情况
（一）收支总体情况
年初预算{{budget.initial|2}}万元。年内为创建全国科普示范县追加
资金{{budget.adjustments[0].amount|2}}万元，全年预算{{budget.total|2}}万元，实际支出{{budget.actual|2|brk=3}}万元，预算执行率{{budget.actual/budget.total*100|2}}%，结余{{budget.carryover|2}}万元。折
合为元，全年支出{{budget.actual*10000|2t}}元，其中基本支出{{basicExpense.total*10000|2t|brk=6}}元，项目支出{{projectExpense.total*10000|2t}}元。

（二）基本支出
基本支出合计……………………………{{basicExpense.total|2}}万元
　　人员经费……………………………{{basicExpense.personnel|2}}万元
　　公用经费……………………………{{basicExpense.publicUse|2|a=34.22~点线清单中的公用经费（人员 208.92 + 公用应为基本支出 241.36）}}万元
基本支出预算……………………………{{basicExpense.budget|2}}万元
上年基本支出……………………………{{basicExpense.prior|2}}万元
基本支出比上年增长{{basicExpense.changeRate|2}}%，人员经费占基本支出的{{basicExpense.personnel/basicExpense.total*100|1}}%。
“三公”经费只有公务接待费{{threePublic.reception.actual|2}}万元，上年{{threePublic.reception.prior|2}}万元，下
降{{-threePublic.reception.changeRate|2}}%，为预算{{threePublic.reception.budget|2}}万元的{{threePublic.reception.actual/threePublic.reception.budget*100|2}}%；本单位无公务用
车，无因公出国（境）支出。

（三）项目支出
项目支出{{projectExpense.total|2}}万元，上年{{projectExpense.prior|2}}万元，增长{{projectExpense.changeRate|2}}%，主要是
承担了全国科普示范县创建任务。分项目看：
全国科普示范县创建……………………{{projects[0].actual|2}}万元
青少年科技创新活动……………………{{projects[1].actual|2}}万元
农村实用技术培训………………………{{projects[2].actual|2}}万元
科普阵地运维……………………………{{projects[3].actual|2}}万元
四个项目全年预算合计{{projectExpense.budget|2}}万元，执行率{{projectExpense.total/projectExpense.budget*100|2}}%。其中科普阵地
运维年初安排{{projects[3].initial|2}}万元，执行率只有{{projects[3].actual/projects[3].total*100|2}}%，主要是科技馆
展项更新推迟到2025年。

三、绩效目标完成情况
（一）产出。全年举办科普活动{{num(indicators[0].actual)|0|lit}}场，其中科普大篷车下乡{{A('caravan').value|0|b=46~科普大篷车下乡场次（只出现一次）}}
场；农村实用技术培训{{num(indicators[1].actual)|0t|lit}}人次；青少年科技创新大赛收到参赛作品
{{num(indicators[2].actual)|0|lit}}件，比目标少{{num(indicators[2].target)-num(indicators[2].actual)|0}}件。全县公民具备科学素质的比例达到{{num(indicators[3].actual)|1|brk=2|lit}}%，
比目标高{{num(indicators[3].actual)-num(indicators[3].target)|1}}个百分点。全国科普示范县创建已于11月通过省
级验收。
（二）效益。科普受众{{num(indicators[5].actual)|1|lit}}万人次，全国科普日期间参与活动{{A('sciday').value|1}}
万人次，据抽样统计，受众[[九成以上|受众来源构成（数据无）]]来自乡镇和村组。新建基层科普站点
{{num(indicators[6].actual)|0|lit}}个，新建院士专家工作站{{A('stations').value|0}}个。
（三）满意度。发放问卷[[500|问卷份数]]份，服务对象满意度{{num(indicators[7].actual)|1|lit}}%。

四、自评结论
按县财政局评分办法，预算执行率{{budget.actual/budget.total*100|2}}%，得{{budgetRate.score|2}}分；青少年科技
创新大赛参赛作品按完成比例扣{{indicators[2].weight-indicators[2].score|1}}分，得{{indicators[2].score|1}}分；其余指标
均得满分。产出指标合计{{indicators[0].score+indicators[1].score+indicators[2].score+indicators[3].score+indicators[4].score|1}}分，效益指标{{indicators[5].score+indicators[6].score|0}}分，满意
度指标{{indicators[7].score|0}}分，总分{{scoreSummary.scoreTotal|2}}分，等级为优。

五、存在问题和改进措施
一是青少年参赛作品未达目标，原因是两所学校校舍改
造，下一步将提前对接学校安排赛程。二是基层科普人员不
足，编制少、兼职多，下一步发展科普志愿者，力争达到
[[300|下年目标（数据无）]]名。

篁溆县科学技术协会
2025年3月20日
`;

module.exports = {
  id: '06', slug: 'kexie', format: 'txt', level: '县',
  title: '篁溆县科学技术协会2024年度部门整体支出绩效自评报告', sector: '科学技术协会（科普）',
  yamlHeader: `2024年度篁溆县科学技术协会（部门整体支出）。虚构数据，金额单位万元。
全年预算518.5 = 基本支出预算244.5 + 项目支出预算274；执行503.27 = 基本241.36 + 项目261.91；执行率97.06%，得分9.71。`,
  styles: ['按版面硬断行的纯文本（每行约二十几个字）', '数字被换行拆开（503|.27、2,413,|600.00、11|.8）', '“下|降”被换行拆开', '正文写元（两位小数千分位）与万元并用', '点线引导的清单（……208.92万元）', '正文中的扣分（扣0.8分）与一级指标小计', '九成以上（skip，数据无）', '无表格'],
  data, body,
};
