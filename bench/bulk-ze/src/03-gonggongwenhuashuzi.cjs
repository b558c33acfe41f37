'use strict';
// 03 项目：临江市公共文化数字化服务提升项目（docx；粗体引领语“**预算执行率**：…”，Word 表格）
const { indicatorRows } = require('../lib/parts.cjs');

const data = {
  kind: 'project',
  version: 2,
  meta: {
    year: 2024,
    unit: '临江市文化广电和旅游局',
    shortName: '市文旅局',
    department: '临江市文化广电和旅游局',
    implementer: '临江市文化馆、临江市图书馆',
    project: '公共文化数字化服务提升项目',
    title: '临江市2024年度公共文化数字化服务提升项目绩效自评报告',
    thousands: true,
  },
  budget: {
    initial: 1280,
    adjustments: [
      { type: '压减', amount: 96.5, reason: '全市统一压减一般性支出' },
      { type: '追加', amount: 158, reason: '省级公共数字文化专项' },
    ],
    total: 1341.5,
    actual: 1312.86,
    rate: 97.87,
    carryover: 28.64,
    sources: { current: { initial: 1280, total: 1341.5, actual: 1312.86 } },
  },
  budgetRate: { weight: 10, score: 9.79 },
  scoreSummary: { weightTotal: 100, scoreTotal: 99.09, grade: '优' },
  projects: [
    { name: '数字图书馆资源采购', total: 426, actual: 424.8 },
    { name: '乡镇文化站数字化改造', total: 538.5, actual: 521.36 },
    { name: '智慧广电公共服务平台运维', total: 215, actual: 214.7 },
    { name: '数字文化进乡村活动', total: 162, actual: 152 },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '新增数字资源总量', target: '≥80TB', actual: '86.4TB', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '完成数字化改造的乡镇文化站', target: '24个', actual: '24个', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '村级数字文化服务点', target: '≥200个', actual: '186个', weight: 10, score: 9.3, deviation: { reason: '部分村服务点用房未落实', measure: '与乡镇共同落实用房' } },
    { level1: '产出指标', level2: '质量指标', name: '平台运行稳定率', target: '≥99%', actual: '99.6%', weight: 10, score: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '线上服务人次', target: '≥1000万人次', actual: '1046.8万人次', weight: 15, score: 15 },
    { level1: '效益指标', level2: '社会效益指标', name: '数字文化活动覆盖行政村比例', target: '≥60%', actual: '63.4%', weight: 15, score: 15 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', target: '≥90%', actual: '95.18%', weight: 10, score: 10 },
    { level1: '成本指标', level2: '经济成本指标', name: '单个乡镇文化站改造成本', target: '≤22万元', actual: '21.72万元', weight: 10, score: 10, direction: 'negative' },
  ],
  achievements: [
    { id: 'res_new', group: '产出', topic: '数字资源', name: '新增数字资源', value: 86.4, unit: 'TB' },
    { id: 'res_total', group: '产出', topic: '数字资源', name: '数字资源总量', value: 312.6, unit: 'TB', prior: 226.2, changeRate: 38.2 },
    { id: 'stations', group: '产出', topic: '设施改造', name: '完成数字化改造的乡镇文化站', value: 24, unit: '个' },
    { id: 'points', group: '产出', topic: '设施改造', name: '村级数字文化服务点', value: 186, unit: '个' },
    { id: 'trained', group: '产出', topic: '培训', name: '培训基层文化管理员', value: 1380, unit: '人次' },
    { id: 'online', group: '效益', topic: '线上服务', name: '线上服务', value: 1046.8, unit: '万人次', prior: 812.5, changeRate: 28.84 },
    { id: 'events', group: '效益', topic: '进乡村', name: '数字文化进乡村活动', value: 342, unit: '场次' },
    { id: 'village_cov', group: '效益', topic: '进乡村', name: '覆盖行政村比例', value: 63.4, unit: '%' },
    { id: 'satisfaction', group: '满意度', topic: '满意度', name: '群众满意度', value: 95.18, unit: '%' },
  ],
  problems: [
    { id: 'points', text: '村级服务点建设未完成目标', cause: '部分村服务点用房未落实', measure: '与乡镇共同落实用房' },
    { id: 'content', text: '数字资源本地特色内容偏少', cause: '本地资源采集和加工能力不足', measure: '建立地方文化资源采集队伍' },
  ],
};

function build(R) {
  const f = R.f.bind(R), s = R.s.bind(R);
  R.h(1, '临江市2024年度公共文化数字化服务提升项目绩效自评报告');
  R.h(2, '一、项目概况');
  R.p(`**项目内容**：项目由市文旅局统筹，市图书馆、市文化馆具体实施，包括数字图书馆资源采购、乡镇文化站数字化改造、智慧广电公共服务平台运维和数字文化进乡村活动四个子项。`);
  R.p(`**绩效目标**：全年新增数字资源不少于${f('indicators[0].target', 'x0', { text: '80TB' })}，完成${f('indicators[1].target', 'x0', { text: '24个' })}乡镇文化站数字化改造，建成村级数字文化服务点${f('indicators[2].target', 'x0', { text: '200个' })}以上，线上服务人次突破${f('indicators[4].target', 'x0', { text: '1000万人次' })}。`);
  R.h(2, '二、资金投入和使用情况');
  R.p(`**年初预算**：${f('budget.initial', 'w2c', { id: 'initial', rel: ['年初±调整=全年'] })}。`);
  R.p(`**预算调整**：按全市统一部署压减一般性支出${f('budget.adjustments[0].amount', 'w2c', { rel: ['年初±调整=全年'] })}；省级下达公共数字文化专项资金${f('budget.adjustments[1].amount', 'w2c', { rel: ['年初±调整=全年'] })}（临财教〔2024〕27号），经调整全年预算为${f('budget.total', 'w2c', { id: 'total', rel: ['年初±调整=全年', '执行率'] })}。`);
  R.p(`**实际支出**：${f('budget.actual', 'w2c', { id: 'actual', rel: ['执行率', '结余'] })}，结转下年${f('budget.carryover', 'w2c', { rel: ['结余'] })}。`);
  R.p(`**预算执行率**：${f('budget.rate', 'p2', { id: 'rate', rel: ['执行率'] })}。`);
  R.p('各子项预算和支出情况见下表。');
  const rows = [['子项名称', '全年预算（万元）', '实际支出（万元）', '执行率']];
  data.projects.forEach((p, i) => rows.push([p.name, f(`projects[${i}].total`, 'w2c-'), f(`projects[${i}].actual`, 'w2c-', { id: `sub${i}.actual`, rel: ['合计', '行执行率'] }), f(`projects[${i}].actual/projects[${i}].total*100`, 'p2')]));
  rows.push(['合计', f('budget.total', 'w2c-'), f('budget.actual', 'w2c-'), f('budget.rate', 'p2')]);
  R.table(rows, { caption: '表1  子项资金使用情况' });
  R.p(`**资金管理**：项目资金实行专账核算，政府采购类支出全部按程序公开招标，全年组织采购${s('5批次', '采购批次（数据未收）')}；改造类工程按进度拨款，竣工后经第三方审计结算。`);
  R.h(2, '三、绩效目标完成情况');
  R.h(3, '（一）产出');
  R.p(`**数字资源**：全年新增数字资源${f('achievements@res_new.value', 'x1', { u: 'TB' })}，资源总量达到${f('achievements@res_total.value', 'x1', { u: 'TB', rel: ['同比'] })}，比上年末的${f('achievements@res_total.prior', 'x1', { u: 'TB', rel: ['同比'] })}增长${f('achievements@res_total.changeRate', 'p1', { rel: ['同比'] })}。`);
  R.p(`**设施改造**：完成${f('achievements@stations.value', 'cn', { u: '个', id: 'stations' })}乡镇文化站数字化改造，按改造支出计算，每站平均投入${f('projects[1].actual/achievements@stations.value', 'w2', { unit: '万元', rel: ['人均'] })}；建成村级数字文化服务点${f('achievements@points.value', 'n', { u: '个' })}，完成年度目标的${f('achievements@points.value/indicators[2].target*100', 'p0', { rel: ['完成率'] })}。`);
  R.p(`**人员培训**：举办基层文化管理员数字化业务培训班${s('6期', '期数（数据未收）')}，培训${f('achievements@trained.value', 'nc', { u: '人次', id: 'trained' })}。`);
  R.p(`**平台运行**：智慧广电公共服务平台全年运行稳定率${f('indicators[3].actual', 'raw')}，未发生重大安全事故。`);
  R.h(3, '（二）效益');
  R.p(`**线上服务**：数字图书馆、云上文化馆等平台全年线上服务${f('achievements@online.value', 'x1', { u: '万人次' })}，较上年的${f('achievements@online.prior', 'x1', { u: '万人次' })}增长${f('achievements@online.changeRate', 'p2', { id: 'online_change', rel: ['同比'] })}。`);
  R.p(`**进乡村活动**：全年开展数字文化进乡村活动${f('achievements@events.value', 'n', { u: '场次' })}，场均投入约${f('projects[3].actual/achievements@events.value*10000', 'x0c', { u: '元', unit: '元/场次', approxRule: '约' })}，活动覆盖行政村比例达到${f('achievements@village_cov.value', 'p1')}。`);
  R.h(3, '（三）满意度');
  R.p(`**群众满意度**：通过线上问卷和入户走访相结合的方式开展调查，群众满意度为${f('achievements@satisfaction.value', 'p2')}。`);
  R.h(2, '四、自评得分');
  R.p(`**自评结论**：项目自评得分${f('scoreSummary.scoreTotal', 's', { id: 'total_score', rel: ['总分=Σ得分', '等级'] })}，等级为“${f('scoreSummary.grade', 'raw')}”。其中村级数字文化服务点未完成目标，按完成比例扣${f('indicators[2].weight-indicators[2].score', 's', { rel: ['扣分'] })}。`);
  R.table([
    ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', f('budget.initial', 'w2c-'), f('budget.total', 'w2c-'), f('budget.actual', 'w2c-'), f('budgetRate.weight', 's-'), f('budget.rate', 'p2'), f('budgetRate.score', 's-')],
    ['其中：当年财政拨款', f('budget.sources.current.initial', 'w2c-'), f('budget.sources.current.total', 'w2c-'), f('budget.sources.current.actual', 'w2c-'), '—', '—', '—'],
  ], { caption: '表2  项目支出绩效自评表' });
  const t = [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']];
  for (const r of indicatorRows(R, {})) t.push(r);
  t.push(['总分', '', '', '', '', f('scoreSummary.weightTotal', 's-'), f('scoreSummary.scoreTotal', 's-'), '']);
  R.table(t);
  R.h(2, '五、问题和改进措施');
  R.p('**存在问题**：一是村级服务点建设未完成目标，原因是部分村服务点用房未落实；二是数字资源中本地特色内容偏少，原因是本地资源采集和加工能力不足。');
  R.p('**改进措施**：一是与乡镇共同落实服务点用房，2025年6月底前补齐；二是建立地方文化资源采集队伍，增加本地特色数字资源。');
  R.p('临江市文化广电和旅游局');
  R.p('2025年3月20日');
}

module.exports = {
  no: '03', slug: 'gonggongwenhuashuzi', ext: 'docx', data, build, dataChecks: { projectsSum: 'budget' },
  header: '03 临江市公共文化数字化服务提升项目（项目支出）。虚构单位，金额单位万元。\n分值按单位自定：产出40、效益30、满意度10、成本10、预算执行率10。\n村级服务点 186 ÷ 200 × 10 = 9.3分；单站改造成本 521.36 ÷ 24 = 21.72万元（反向指标，达标）。',
  bad: [
    { id: 'a', label: 'sub1.actual', new: '512.36', kind: '表格单元格数字颠倒（合计未随之改变）', internal: 'yes' },
    { id: 'b', label: 'trained', new: '1,830人次', kind: '计数写错（1,380→1,830）', internal: 'no' },
  ],
};
