'use strict';
const { Rep } = require('./report.cjs');
const B = require('./builders.cjs');

// 06 ---------------------------------------------------------------------------
function r06() {
  const R = new Rep('06', 'yunze-nongye', 'department', '云泽市农业农村局2024年度部门整体支出绩效自评报告', 'fs15',
    { features: ['last year vs this year table (2023年决算数 | 2024年决算数 | 增减额 | 增减率) with nested 基本支出/项目支出/三公 rows', 'a 增减率 shown as — where last year is zero', 'project execution table with 执行率 to one decimal and units in the header', 'cross-table: project 实际支出 = 2024年决算数 rows'] });
  const Y = R.add(B.yoyTable({
    heads: ['项目', '2023年\n决算数', '2024年\n决算数', '增减额', '增减率'],
    rows: [
      { label: '支出合计', kids: [1, 4], b: true },
      { label: '一、基本支出', kids: [2, 3] },
      { label: '    其中：人员经费', prev: '1836.42', cur: '1902.77' },
      { label: '          公用经费', prev: '214.60', cur: '198.35' },
      { label: '二、项目支出', kids: [5, 6, 7] },
      { label: '    农业产业发展', prev: '2460.00', cur: '3125.80' },
      { label: '    耕地保护与质量提升', prev: '986.30', cur: '1204.55' },
      { label: '    农村人居环境整治', prev: '1320.75', cur: '1088.40' },
      { label: '三公经费', kids: [9, 10, 11], b: true },
      { label: '    公务接待费', prev: '4.86', cur: '3.92' },
      { label: '    公务用车运行维护费', prev: '12.30', cur: '11.46' },
      { label: '    因公出国（境）费', prev: '0', cur: '0' },
    ], commas: true,
    widths: [3000, 1600, 1600, 1400, 1300], size: 22, caption: '表1  2024年度支出决算与上年对比情况', unitLine: '单位：万元',
  }, R.next));
  const E = R.add(B.execTable({
    cols: ['seq', 'name', 'full', 'exec', 'rate'], heads: { full: '全年预算数（万元）', exec: '实际支出（万元）', rate: '预算执行率' }, rateDec: 1,
    items: [
      { name: '农业产业发展', full: '3200.00', exec: '3125.80' },
      { name: '耕地保护与质量提升', full: '1250.00', exec: '1204.55' },
      { name: '农村人居环境整治', full: '1150.00', exec: '1088.40' },
    ], totalPos: 'bottom', commas: true, widths: [700, 3300, 1700, 1700, 1500], size: 22, caption: '表2  2024年度项目支出执行情况',
  }, R.next));
  for (const [i, nm] of [[5, '农业产业发展'], [6, '耕地保护与质量提升'], [7, '农村人居环境整治']])
    R.rel({ k: 'eq', a: [1, E.item[nm], 3], b: [0, Y.rows[i], 2], desc: `表2实际支出=表1 2024年决算数（${nm}）` });
  R.h1('一、部门基本情况');
  R.p`云泽市农业农村局负责统筹全市乡村振兴、农业产业发展、耕地质量建设和农村人居环境整治等工作，内设科室11个，下属市农业技术推广中心等事业单位5个。`;
  R.h1('二、部门支出与上年对比情况');
  R.p`2024年本部门支出决算${R.f(0, Y.rows[0], 2)}万元，较上年增加${R.f(0, Y.rows[0], 3)}万元，增长${R.f(0, Y.rows[0], 4)}。其中基本支出${R.f(0, Y.rows[1], 2)}万元，较上年增加${R.f(0, Y.rows[1], 3)}万元；项目支出${R.f(0, Y.rows[4], 2)}万元，较上年增长${R.f(0, Y.rows[4], 4)}，主要是农业产业发展资金增加。`;
  R.p`三公经费决算${R.f(0, Y.rows[8], 2)}万元，较上年下降${R.f(0, Y.rows[8], 4, { fmt: x => x.replace('-', ''), neg: true })}。`;
  R.table(0);
  R.h1('三、项目支出执行情况');
  R.p`全年项目支出预算${R.f(1, E.total, 2)}万元，实际支出${R.f(1, E.total, 3)}万元，执行率${R.f(1, E.total, 4)}。农村人居环境整治项目执行率为${R.f(1, E.item['农村人居环境整治'], 4)}，部分村庄污水处理设施尚未完成竣工验收。`;
  R.table(1);
  R.h1('四、绩效情况');
  R.p`全市粮食播种面积稳定在186万亩以上，新建省级现代农业产业园1个；完成耕地土壤改良6.5万亩；农村卫生厕所普及率达到93%。`;
  R.h1('五、存在的问题和改进措施');
  R.p`项目支出增长较快，部分项目前期论证不充分。下一步将完善项目入库评审，强化事前绩效评估，对连续两年执行率低于90%的项目压减预算。`;
  R.sign('云泽市农业农村局'); R.sign('2025年3月');
  R.bad(0, Y.rows[6], 4, '23.13%', '增减率=(本年−上年)÷上年（耕地保护与质量提升）');
  return R;
}

// 07 ---------------------------------------------------------------------------
function r07() {
  const R = new Rep('07', 'tongjiang-yibao', 'project', '桐江县医疗保障局2024年度城乡医疗救助项目支出绩效自评报告', 'song14',
    { features: ['portrait prose + landscape section for the table', 'table 12pt', 'negative (≤) indicators', 'proportional score with deviation text', '自评等级 cell'] });
  const P = R.add(B.projTable({
    name: '2024年城乡医疗救助', dept: '桐江县医疗保障局', impl: '桐江县医疗保障事务中心',
    commas: true,
    fund: { order: 'total-first', blank: '—', rows: [
      { label: '其中：当年财政拨款', init: '2650.00', full: '2886.40', exec: '2886.40' },
      { label: '上年结转资金', init: null, full: '120.35', exec: '117.60' },
      { label: '其他资金', init: '80.00', full: '80.00', exec: '80.00' }] },
    goal: { plan: '资助困难群众参加城乡居民基本医保，对救助对象政策范围内个人自付住院费用给予救助，防范因病致贫返贫。', done: '全年资助参保2.41万人，实施门诊及住院救助1.93万人次，“一站式”结算全覆盖，未发生因病致贫返贫。' },
    inds: [
      { l1: '产出指标', l2: '数量指标', l3: '资助参加基本医保人数', target: '≥2.3万人', actual: '2.41万人', points: '10', dir: 'ge' },
      { l1: '产出指标', l2: '数量指标', l3: '门诊及住院救助人次', target: '≥1.8万人次', actual: '1.93万人次', points: '10', dir: 'ge' },
      { l1: '产出指标', l2: '质量指标', l3: '政策范围内住院费用救助比例', target: '≥70%', actual: '72.5%', points: '10', dir: 'ge' },
      { l1: '产出指标', l2: '质量指标', l3: '“一站式”结算覆盖率', target: '100%', actual: '100%', points: '10', dir: 'ge' },
      { l1: '产出指标', l2: '时效指标', l3: '救助资金结算时限', target: '≤15个工作日', actual: '12个工作日', points: '10', dir: 'le' },
      { l1: '效益指标', l2: '社会效益指标', l3: '因病致贫返贫户数', target: '0户', actual: '0户', points: '15', dir: 'le' },
      { l1: '效益指标', l2: '可持续影响指标', l3: '医疗救助政策知晓率', target: '≥85%', actual: '81.6%', points: '15', dir: 'ge', dev: '偏远村组宣传覆盖不足。下一步结合家庭医生签约服务开展入户宣传，并在村务公开栏张贴政策明白纸。' },
      { l1: '满意度指标', l2: '服务对象满意度指标', l3: '救助对象满意度', target: '≥90%', actual: '93.2%', points: '10', dir: 'ge' },
    ],
    gradeCell: true,
    widths: [700, 1300, 1700, 3000, 1500, 1500, 900, 1100, 2500], size: 24,
    caption: '2024年度项目支出绩效自评表', unitLine: '金额单位：万元',
  }, R.next));
  const t = 0;
  R.h1('一、项目基本情况');
  R.p`城乡医疗救助项目用于资助特困人员、低保对象、返贫致贫人口等困难群众参加城乡居民基本医疗保险，并对其经基本医保、大病保险报销后政策范围内的个人自付费用给予救助。项目由县医疗保障局主管，县医疗保障事务中心负责经办。`;
  R.h1('二、项目资金投入和使用情况');
  R.p`2024年项目全年预算${R.f(t, P.fundTotal, 4)}万元，其中当年财政拨款${R.f(t, P.fundSub[0], 4)}万元、上年结转资金${R.f(t, P.fundSub[1], 4)}万元、县福彩公益金${R.f(t, P.fundSub[2], 4)}万元。全年实际支出${R.f(t, P.fundTotal, 5)}万元，预算执行率${R.f(t, P.fundTotal, 7)}。救助资金通过“一站式”结算直接支付给定点医疗机构，未发生截留挪用。`;
  R.h1('三、项目绩效实现情况');
  R.p`（一）产出。全年资助参保${R.f(t, P.indRows[0], 5, { first: true })}万人，实施门诊及住院救助${R.f(t, P.indRows[1], 5, { first: true })}万人次，政策范围内住院费用救助比例达到${R.f(t, P.indRows[2], 5)}，平均结算时限为${R.f(t, P.indRows[4], 5, { first: true })}个工作日。`;
  R.p`（二）效益与满意度。全县未发生因病致贫返贫；抽样调查显示，医疗救助政策知晓率为${R.f(t, P.indRows[6], 5)}，未达到年度目标；救助对象满意度${R.f(t, P.indRows[7], 5)}。`;
  R.h1('四、存在的问题');
  R.p`一是政策宣传不够深入，偏远村组群众对救助政策了解不多；二是部分救助对象身份信息动态更新不及时，个别对象救助待遇享受滞后。`;
  R.h1('五、整改措施');
  R.p`加强与民政、乡村振兴部门的数据比对，实现救助对象信息按月更新；将政策宣传纳入家庭医生签约服务内容。经自评，本项目评价等级为“${R.gradeOf(t, P.total, 7)}”，具体评分见附表。`;
  R.section('landscape');
  R.table(0);
  R.bad(t, P.total, 7, '98.39', '总分=各项得分之和');
  return R;
}

// 08 ---------------------------------------------------------------------------
function r08() {
  const R = new Rep('08', 'anlan-keji', 'project', '安澜市2024年度科技创新专项资金项目支出绩效自评报告', 'gw',
    { features: ['custom weights 产出40/效益20/满意度10/成本20 + 预算执行率10', '一级指标 cells carry their points, e.g. 产出指标（40分）', '年度资金总额 row at the bottom (after the 其中 rows)', 'blank 上年结转/其他资金 rows', 'table 10.5pt'] });
  const P = R.add(B.projTable({
    nameLabel: '项目支出名称', name: '2024年安澜市科技创新专项资金', dept: '安澜市科学技术局', impl: '安澜市科学技术局',
    fund: { order: 'total-last', blank: '', subMark: '', rows: [
      { label: '其中：当年财政拨款', init: '3200.00', full: '2745.80', exec: '2698.36' },
      { label: '上年结转资金', init: null, full: null, exec: null },
      { label: '其他资金', init: null, full: null, exec: null }] },
    goal: { plan: '支持企业研发和关键技术攻关，培育高新技术企业，提升技术合同成交额和创新平台数量。', done: '新认定高新技术企业136家，支持攻关项目25项，技术合同成交额64.3亿元，新增省级以上创新平台7家。' },
    l1Points: true, indDec: 2,
    inds: [
      { l1: '产出指标', l2: '数量指标', l3: '新认定高新技术企业', target: '≥120家', actual: '136家', points: '10', dir: 'ge' },
      { l1: '产出指标', l2: '数量指标', l3: '支持关键技术攻关项目', target: '25项', actual: '25项', points: '10', dir: 'ge' },
      { l1: '产出指标', l2: '质量指标', l3: '万人有效发明专利拥有量', target: '≥12件', actual: '12.6件', points: '10', dir: 'ge' },
      { l1: '产出指标', l2: '时效指标', l3: '资金拨付时间', target: '11月底前', actual: '11月底前', points: '10', dir: 'qual' },
      { l1: '效益指标', l2: '经济效益指标', l3: '技术合同成交额', target: '≥60亿元', actual: '64.3亿元', points: '10', dir: 'ge' },
      { l1: '效益指标', l2: '社会效益指标', l3: '新增省级以上创新平台', target: '≥8家', actual: '7家', points: '10', dir: 'ge', dev: '1家平台申报材料被退回补充，预计2025年上半年获批。' },
      { l1: '满意度指标', l2: '服务对象满意度指标', l3: '企业满意度', target: '≥95%', actual: '96.5%', points: '10', dir: 'ge' },
      { l1: '成本指标', l2: '经济成本指标', l3: '单个攻关项目平均补助额', target: '≤80万元', actual: '76.4万元', points: '10', dir: 'le' },
      { l1: '成本指标', l2: '社会成本指标', l3: '带动社会研发投入', target: '≥15亿元', actual: '17.2亿元', points: '10', dir: 'ge' },
    ],
    widths: [520, 950, 950, 1700, 1000, 1000, 600, 900, 1224], size: 21,
    pre: ['附件3'], caption: '2024年度项目支出绩效自评表', notes: ['备注：一个一级项目支出填报一张表。'],
  }, R.next));
  const t = 0;
  R.h1('一、基本情况');
  R.p`安澜市科技创新专项资金由市财政设立，市科学技术局负责管理，主要用于支持企业研发投入、关键核心技术攻关、高新技术企业培育和创新平台建设。`;
  R.h1('二、资金使用情况');
  const cut = R.lit('454.20');
  R.p`2024年专项资金年初预算${R.f(t, P.fundSub[0], 3)}万元，年中因财力调整压减${cut}万元，全年预算${R.f(t, P.fundTotal, 4)}万元，全年执行${R.f(t, P.fundTotal, 5)}万元，执行率${R.f(t, P.fundTotal, 7)}。`;
  R.rel({ k: 'lin', target: [t, P.fundSub[0], 4], terms: [[1, [t, P.fundSub[0], 3]], [-1, cut.ref]], desc: '全年预算=年初预算−压减（正文）' });
  R.h1('三、产出和效益情况');
  R.p`全年新认定高新技术企业${R.f(t, P.indRows[0], 5, { first: true })}家，支持关键技术攻关项目${R.f(t, P.indRows[1], 5, { first: true })}项，技术合同成交额${R.f(t, P.indRows[4], 5, { first: true })}亿元，带动社会研发投入${R.f(t, P.indRows[8], 5, { first: true })}亿元。新增省级以上创新平台7家，比目标少1家。`;
  R.h1('四、存在的问题');
  R.p`一是专项资金年中压减幅度较大，部分后补助项目延期兑现；二是部分绩效指标与资金投入的关联度不高，难以准确反映资金效益。`;
  R.h1('五、有关建议');
  R.p`建议保持专项资金规模稳定，优化指标体系，增加反映企业研发活动的过程性指标。本项目自评得分${R.f(t, P.total, 7)}分。`;
  R.table(0);
  R.bad(t, P.indRows[0], 1, '产出指标\n（45分）', '一级指标标注分值=所属指标分值之和（产出指标）');
  return R;
}

// 09 ---------------------------------------------------------------------------
function r09() {
  const R = new Rep('09', 'moxian-minzheng', 'department', '某县民政局2024年度部门整体支出绩效自评报告', 'small12',
    { features: ['department indicator table in a provincial framework (运行成本/管理效率/履职效能/社会效应/可持续发展能力/服务对象满意度)', '分值 column before 年度指标值', 'an indicator scored 0 (not started)', '基础数据表', 'cross-table: 在职人员控制率 and 三公经费控制率 restate the 基础数据表'] });
  const A = R.add(B.baseTable({
    staff: { bz: '27', sy: '26', l2: '在职人数' }, years: ['2023年决算数', '2024年预算数', '2024年决算数'],
    rows: [
      { label: '三公经费', kids: [1, 2, 3], b: true },
      { label: '其中：公务接待费', vals: ['3.96', '4.50', '3.62'] },
      { label: '      公务用车运行维护费', vals: ['7.42', '8.00', '6.68'] },
      { label: '      因公出国（境）费', vals: ['0', '0', '0'] },
    ],
    widths: [2800, 1800, 1800, 1800], size: 21, caption: '表1  部门整体支出绩效评价基础数据表', unitLine: '单位：人、万元',
  }, R.next));
  const I = R.add(B.deptIndTable({
    inds: [
      { l1: '运行成本', l2: '预算执行', l3: '预算执行率', target: '≥95%', actual: '97.36%', points: '10', dir: 'ge' },
      { l1: '运行成本', l2: '成本控制', l3: '三公经费控制率', target: '≤100%', actual: '82.40%', points: '5', dir: 'le' },
      { l1: '运行成本', l2: '成本控制', l3: '在职人员控制率', target: '≤100%', actual: '96.30%', points: '5', dir: 'le' },
      { l1: '管理效率', l2: '预算管理', l3: '结转结余率', target: '≤5%', actual: '2.64%', points: '5', dir: 'le' },
      { l1: '管理效率', l2: '预算管理', l3: '政府采购执行率', target: '≥90%', actual: '100%', points: '5', dir: 'ge' },
      { l1: '管理效率', l2: '资产管理', l3: '固定资产利用率', target: '≥95%', actual: '98%', points: '5', dir: 'ge' },
      { l1: '履职效能', l2: '重点工作', l3: '困难群众救助资金发放到位率', target: '100%', actual: '100%', points: '10', dir: 'ge' },
      { l1: '履职效能', l2: '重点工作', l3: '特困人员集中供养率', target: '≥45%', actual: '47.8%', points: '10', dir: 'ge' },
      { l1: '履职效能', l2: '重点工作', l3: '乡镇养老服务中心建设', target: '2个', actual: '0个', points: '5', dir: 'ge', dev: '因选址调整，2个中心均未开工，已调整至2025年实施。' },
      { l1: '履职效能', l2: '重点工作', l3: '婚姻登记合格率', target: '100%', actual: '100%', points: '5', dir: 'ge' },
      { l1: '社会效应', l2: '社会效益', l3: '城乡低保标准动态调整', target: '按时调整', actual: '按时调整', points: '10', dir: 'qual' },
      { l1: '社会效应', l2: '社会效益', l3: '残疾人两项补贴按时发放率', target: '100%', actual: '100%', points: '5', dir: 'ge' },
      { l1: '可持续发展能力', l2: '制度建设', l3: '内部控制制度健全性', target: '健全', actual: '健全', points: '5', dir: 'qual' },
      { l1: '可持续发展能力', l2: '人才队伍', l3: '干部培训完成率', target: '≥90%', actual: '92%', points: '5', dir: 'ge' },
      { l1: '服务对象满意度', l2: '满意度', l3: '困难群众满意度', target: '≥90%', actual: '94.1%', points: '10', dir: 'ge' },
    ],
    widths: [1100, 1000, 2000, 600, 1000, 1000, 700, 1504], size: 21, caption: '表2  2024年度部门整体支出绩效自评表',
  }, R.next));
  R.rel({ k: 'ratio', target: [1, I.r['三公经费控制率'], 5, 'first'], num: [0, A.rows[0], 3], den: [0, A.rows[0], 2], desc: '三公经费控制率=三公决算÷三公预算' });
  R.rel({ k: 'eq', a: [1, I.r['在职人员控制率'], 5, 'first'], b: [0, A.staff, 3, 'first'], desc: '在职人员控制率=基础数据表控制率' });
  R.h1('一、部门基本情况');
  R.p`某县民政局负责全县社会救助、养老服务、儿童福利、婚姻登记、殡葬管理和社会组织登记管理等工作，机关内设6个股室，下属县社会福利院、县殡仪馆2个事业单位。核定编制${R.f(0, A.staff, 1)}名，年末在职${R.f(0, A.staff, 2)}人。`;
  R.h1('二、部门整体支出情况');
  const full = R.lit('1,862.40'), exec = R.lit('1,813.27'), rate = R.lit('97.36%');
  R.p`2024年本部门全年预算${full}万元，全年支出${exec}万元，预算执行率${rate}。三公经费决算${R.f(0, A.rows[0], 3)}万元，控制在年初预算${R.f(0, A.rows[0], 2)}万元以内。`;
  R.rel({ k: 'ratio', target: rate.ref, num: exec.ref, den: full.ref, desc: '预算执行率=支出÷全年预算（正文）' });
  R.rel({ k: 'eq', a: rate.ref, b: [1, I.r['预算执行率'], 5, 'first'], desc: '正文执行率=自评表预算执行率' });
  R.table(0);
  R.h1('三、部门整体支出绩效情况');
  R.p`按照省财政厅部门整体支出绩效评价指标框架，从运行成本、管理效率、履职效能、社会效应、可持续发展能力和服务对象满意度6个方面开展自评，评分情况见表2。全年城乡低保标准按时调整，特困人员集中供养率${R.f(1, I.r['特困人员集中供养率'], 5)}，困难群众救助资金全部发放到位。`;
  R.p`乡镇养老服务中心建设任务因选址调整未能开工，该指标不得分。部门整体支出自评总分${R.f(1, I.total, 6)}分，等级为“${R.gradeOf(1, I.total, 6)}”。`;
  R.table(1);
  R.h1('四、存在的问题及改进措施');
  R.p`养老服务设施建设项目前期工作不扎实，导致年度任务未完成。下一步将建立重点项目前期工作清单，明确选址、立项、招标时间节点，确保2025年建成投用。`;
  R.bad(1, I.r['乡镇养老服务中心建设'], 3, '6', '分值合计=各项分值之和');
  return R;
}

// 10 ---------------------------------------------------------------------------
function r10() {
  const R = new Rep('10', 'jinshawan-renshe', 'department', '金沙湾区人力资源和社会保障局2024年度部门整体支出绩效自评报告', 'song12',
    { features: ['amounts in 元 with thousands separators', '基础数据表 with 三公经费 其中 rows and 公用经费 其中 rows', 'project execution table in 元, 合计 at the bottom', 'body and table 12pt'] });
  const A = R.add(B.baseTable({
    staff: { bz: '58', sy: '55', head: '人员情况（人）', l2: '实有人数' }, years: ['2023年决算数', '2024年预算数', '2024年决算数'], moneyHead: '经费情况（元）',
    commas: true,
    rows: [
      { label: '三公经费合计', kids: [1, 4, 5], b: true },
      { label: '1.公务用车购置及运行维护费', kids: [2, 3], sumName: '公务用车购置及运行维护费' },
      { label: '  其中：公务用车购置费', vals: ['0', '0', '0'] },
      { label: '        公务用车运行维护费', vals: ['48620.00', '52000.00', '46835.50'] },
      { label: '2.因公出国（境）费', vals: ['0', '0', '0'] },
      { label: '3.公务接待费', vals: ['18460.00', '20000.00', '15372.00'] },
      { label: '公用经费', kids: [7, 8, 9, 10], b: true },
      { label: '  其中：办公费', vals: ['126480.35', '130000.00', '121906.40'] },
      { label: '        差旅费', vals: ['85300.00', '90000.00', '78654.20'] },
      { label: '        水电费', vals: ['42715.60', '45000.00', '44120.85'] },
      { label: '        其他商品和服务支出', vals: ['96204.10', '100000.00', '98316.75'] },
    ],
    widths: [3000, 1900, 1900, 1900], size: 24, caption: '表1  基础数据表',
  }, R.next));
  const E = R.add(B.execTable({
    cols: ['seq', 'name', 'full', 'exec', 'rate'], heads: { full: '全年预算（元）', exec: '实际支出（元）' }, commas: true,
    items: [
      { name: '就业创业补贴', full: '4860000.00', exec: '4712355.60' },
      { name: '职业技能提升培训补贴', full: '2150000.00', exec: '1986420.00' },
      { name: '劳动保障监察执法经费', full: '380000.00', exec: '371268.45' },
      { name: '人事考试组织经费', full: '265000.00', exec: '265000.00' },
      { name: '根治欠薪专项行动经费', full: '120000.00', exec: '114736.00' },
    ], totalPos: 'bottom', widths: [700, 3100, 1900, 1900, 1100], size: 24, caption: '表2  项目支出执行情况',
  }, R.next));
  R.h1('一、部门基本情况');
  R.p`金沙湾区人力资源和社会保障局承担全区就业创业、职业技能培训、劳动关系协调、劳动保障监察和人事考试等职能。核定编制${R.f(0, A.staff, 1)}名，实有人员${R.f(0, A.staff, 2)}名。`;
  R.h1('二、部门支出情况');
  R.p`2024年三公经费决算${R.f(0, A.rows[0], 3)}元，低于年初预算；公用经费决算${R.f(0, A.rows[6], 3)}元，其中办公费${R.f(0, A.rows[7], 3)}元。项目支出全年预算${R.f(1, E.total, 2)}元，实际支出${R.f(1, E.total, 3)}元，执行率${R.f(1, E.total, 4)}。`;
  R.table(0); R.table(1);
  R.h1('三、绩效目标完成情况');
  R.p`全年城镇新增就业6,820人，城镇登记失业率控制在3.2%以内；开展补贴性职业技能培训5,460人次；办结劳动保障监察案件312件，为劳动者追讨工资2,186万元。`;
  R.h1('四、问题与措施');
  R.p`职业技能提升培训补贴执行率为${R.f(1, E.item['职业技能提升培训补贴'], 4)}，部分培训机构申领材料不完整，补贴未能在年内拨付。下一步将推行补贴申领“免申即享”，缩短审核时间。`;
  R.bad(0, A.rows[5], 3, '15,732.00', '三公经费合计=其中各项之和（2024年决算数）');
  return R;
}

module.exports = { r06, r07, r08, r09, r10 };
