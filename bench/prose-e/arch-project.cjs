'use strict';
// Archetype P: 项目支出绩效自评报告 (one project, one implementing unit).
const { Report, D } = require('./lib.cjs');

module.exports = function project(meta) {
  const R = new Report(meta); const T = meta.theme; const pk = (a) => R.pick(a);
  const en = R.pick([['一是', '二是', '三是'], ['（一）', '（二）', '（三）'], ['1.', '2.', '3.']]); const en2 = R.pick([['一是', '二是', '三是'], ['（一）', '（二）', '（三）']]);
  const y = meta.year, U = meta.unit, P = T.name;
  // ---------- numbers
  const init = R.money(T.scale[0], T.scale[1]);
  const up = R.r() < 0.65; const adj = R.part(init, 3, 14);
  R.m('b_init', init); R.m('adj', adj);
  const total = up ? init.plus(adj) : init.minus(adj);
  R.m('b_total', total);
  if (up) R.hold('sum', 'b_total', ['b_init', 'adj'], '年初预算+调增=全年预算'); else R.hold('diff', 'b_total', ['b_init', 'adj'], '年初预算-调减=全年预算');
  const three = !!T.src3;
  const b1 = R.part(total, 55, 80);
  const b3 = three ? R.part(total, 4, 12) : D(0);
  R.m('b1', b1); if (three) R.m('b3', b3); R.m('b2', total.minus(b1).minus(b3));
  R.hold('sum', 'b_total', three ? ['b1', 'b2', 'b3'] : ['b1', 'b2'], '资金来源各项之和=全年预算');
  const bal = R.r() < 0.2 ? D(0) : R.part(total, 0.5, 7);
  const exec = total.minus(bal);
  R.m('exec', exec); R.m('bal', bal); R.hold('diff', 'bal', ['b_total', 'exec'], '全年预算-实际支出=结余');
  R.ratio('rate', 'exec', 'b_total', 2, '预算执行率=实际支出/全年预算');
  // execution by source (table)
  const bal1 = bal.times(R.int(300, 700)).div(1000).toDecimalPlaces(2);
  R.m('x1', b1.minus(bal1)); R.m('x2', exec.minus(b1.minus(bal1)));
  R.hold('sum', 'exec', ['x1', 'x2'], '分来源执行数之和=实际支出');
  // note: three-source: x2 covers 其他来源 combined (b2+b3) in the table
  R.m('b23', total.minus(b1)); R.hold('sum', 'b23', three ? ['b2', 'b3'] : ['b2'], '非财政拨款来源合计');
  R.ratio('r1', 'x1', 'b1', 2, '财政拨款执行率=执行数/预算数'); R.ratio('r2', 'x2', 'b23', 2, '其他来源执行率=执行数/预算数');
  // spending breakdown
  const e1 = R.part(exec, 40, 60), e2 = R.part(exec, 18, 32);
  R.m('e1', e1); R.m('e2', e2); R.m('e3', exec.minus(e1).minus(e2));
  R.hold('sum', 'exec', ['e1', 'e2', 'e3'], '支出分项之和=实际支出');
  R.ratio('s1', 'e1', 'exec', 2, '分项占总支出比例');
  // prior year
  const prev = R.part(total, 78, 125);
  R.m('prev', prev); R.diff('dprev', 'b_total', 'prev', '本年预算-上年预算=增减额'); R.growth('gprev', 'b_total', 'prev', 2, '较上年增减率=(本年-上年)/上年');
  // outputs
  const qp = R.int(T.q.plan[0], T.q.plan[1]); const qa = qp + R.int(-Math.floor(qp * 0.06), Math.floor(qp * 0.12));
  R.n('qp', qp); R.n('qa', qa); R.ratio('qr', 'qa', 'qp', T.q.d == null ? 2 : T.q.d, '完成率=实际完成数/计划数');
  R.p('qt', T.qual.target, 0); R.p('qv', D(T.qual.target).plus(D(R.int(5, 45)).div(10)).toDecimalPlaces(1), 1);
  if (R.v.qv.gt(100)) R.v.qv = D('99.6');
  R.diff('qpp', 'qv', 'qt', '实际值-目标值=超出百分点', { t: 'n', d: 1 });
  R.ratio('uc', 'e1', 'qa', 2, '单位成本=该项支出(万元→元)/完成数量', 10000);
  // satisfaction
  const ns = R.int(120, 600); const nr = ns - R.int(0, Math.floor(ns * 0.08)); const nok = nr - R.int(Math.floor(nr * 0.02), Math.floor(nr * 0.09));
  R.n('ns', ns); R.n('nr', nr); R.n('nok', nok);
  R.ratio('rr', 'nr', 'ns', 1, '问卷回收率=回收份数/发放份数'); R.ratio('sat', 'nok', 'nr', 2, '满意度=满意份数/有效问卷');
  // scores
  const W = T.weights || [10, 50, 30, 10];
  R.n('w1', W[0]); R.n('w2', W[1]); R.n('w3', W[2]); R.n('w4', W[3]); R.sum('wt', ['w1', 'w2', 'w3', 'w4'], '各项分值之和=100');
  R.capscore('s1x', 'rate', 'w1', 2, '预算执行率得分=执行率×分值(封顶)');
  R.n('s2', W[1] - R.int(1, 4)); R.n('s3', W[2] - R.int(1, 4)); R.p('s4', D(W[3]).minus(D(R.int(2, 12)).div(10)), 1);
  R.f.s4 = { t: 'n', d: 1 };
  R.sum('stot', ['s1x', 's2', 's3', 's4'], '自评总分=各项得分之和', { t: 'n', d: 2 });
  const grade = R.v.stot.gte(90) ? '优' : R.v.stot.gte(80) ? '良' : '中';

  // ---------- text
  R.title(pk([`${y}年度${P}项目绩效自评报告`, `${U}${y}年度${P}项目支出绩效自评报告`, `关于${y}年${P}项目的绩效自评报告`]));
  R.para(pk([
    `按照${meta.notice}（[[${meta.docno}::docno]]）要求，${U}对${y}年度${P}项目开展了绩效自评，现将有关情况报告如下。`,
    `为加强预算绩效管理、提高财政资金使用效益，根据${meta.notice}（[[${meta.docno}::docno]]）精神，我单位组织相关科室对${P}项目${y}年度资金使用和绩效目标完成情况进行了自评。具体情况如下：`,
  ]));
  R.h1(pk(['一、项目基本情况', '一、项目概况']));
  R.h2('（一）项目背景及主要内容');
  R.para(`${T.background}项目由${meta.dept}主管、${U}具体实施，${pk(['资金主要用于', '项目资金重点保障', '年度安排主要用于'])}${T.uses[0]}、${T.uses[1]}和${T.uses[2]}三个方面。`);
  R.para(`${U}${meta.unitDesc}`);
  R.h2('（二）项目资金安排情况');
  R.para(pk([
    `${y}年初，该项目安排预算{b_init}万元；年中根据工作需要${up ? '追加' : '压减'}预算{adj}万元，调整后全年预算数为{b_total}万元。`,
    `项目年初预算{b_init}万元，执行中${up ? '调增' : '调减'}{adj}万元，全年预算{b_total}万元。`,
    `本年度项目年初批复预算为{b_init}万元。${up ? `因${T.addReason}，年中追加` : '按照过紧日子要求，年中压减'}{adj}万元，最终全年预算为{b_total}万元。`,
  ]));
  R.para(three ? pk([
    `从资金来源看，全年预算中${T.src1}{b1}万元、${T.src2}{b2}万元、${T.src3}{b3}万元。`,
    `其中：${T.src1}{b1}万元，${T.src2}{b2}万元，${T.src3}{b3}万元。`,
  ]) : pk([
    `全年预算数{b_total|}万元中，${T.src1}{b1}万元，${T.src2}{b2}万元。`,
    `按资金来源分，${T.src1}{b1}万元、${T.src2}{b2}万元。`,
  ]));
  R.para(R.dir('b_total', 'prev',
    `与上年相比，项目预算较${y - 1}年的{prev}万元增加{dprev}万元，增长{gprev}%，主要是${T.growReason}。`,
    `与上年相比，项目预算较${y - 1}年的{prev}万元减少{dprev}万元，下降{gprev}%，主要是${T.shrinkReason}。`));
  R.h2('（三）年度绩效目标');
  R.para(`${pk(['项目年度绩效目标为：', '根据批复的绩效目标表，本年度主要目标是：', '年初设定的绩效目标包括：'])}${T.q.verb}${T.q.obj}{qp}${T.q.unit}；${T.qual.name}[[≥${T.qual.target}%::target]]；${T.timeTarget}；${T.costTarget}；${T.satTarget}。`);
  R.h1(pk(['二、预算执行情况', '二、项目资金使用及管理情况', '二、预算资金使用情况']));
  R.h2('（一）资金执行情况');
  R.para(pk([
    `截至${y}年12月31日，项目实际支出{exec}万元，预算执行率为{rate}%，结余{bal}万元。`,
    `全年实际支出{exec}万元，结余资金{bal}万元，预算执行率{rate}%。`,
    `截至年末，项目共支出{exec}万元，占全年预算的{rate}%，尚余{bal}万元${bal.isZero() ? '' : '，已按规定结转下年使用'}。`,
  ]));
  R.para(pk([
    `从支出结构看，资金分别用于${T.uses[0]}{e1}万元、${T.uses[1]}{e2}万元和${T.uses[2]}{e3}万元，其中${T.uses[0]}占项目总支出的{s1}%。`,
    `支出按用途分：${T.uses[0]}支出{e1}万元，占{s1}%；${T.uses[1]}支出{e2}万元；${T.uses[2]}支出{e3}万元。`,
    `在已支出资金中，${T.uses[0]}{e1}万元（占总支出的{s1}%），${T.uses[1]}{e2}万元，${T.uses[2]}{e3}万元，三项合计{exec|}万元。`,
  ]));
  R.para(`其中，${T.uses[1]}资金{e2|yuan}元${pk(['已全部通过国库集中支付系统直接拨付至', '按进度拨付至'])}${T.payee}。${T.partial}`);
  R.para(`各资金来源的执行情况见表1。`);
  R.table(`表1 ${y}年度项目资金执行情况`, [
    ['资金来源', '全年预算数', '全年执行数', '执行率（%）'],
    [T.src1, '{b1|}', '{x1}', '{r1}'],
    [three ? '其他来源小计' : T.src2, '{b23}', '{x2}', '{r2}'],
    ['合计', '{b_total|}', '{exec|}', '{rate|}'],
  ], '万元');
  R.h2('（二）组织实施及资金管理情况');
  R.para(pk([`项目实行单位主要负责人负总责、分管负责人具体抓、业务科室组织实施的工作机制，${pk(['年初制定了实施方案，明确了任务分工和时间节点。', '按月调度项目进度，重大事项集体研究决定。'])}`, `${U}成立了项目实施工作专班，制定年度实施方案并分解落实到科室和责任人，实行月调度、季通报。`]));
  R.para(`${pk(['项目严格执行', '我单位严格按照', '在资金管理上，项目执行'])}${meta.rule}，${pk(['实行专账核算、专款专用，', '建立资金台账，实行专款专用，'])}资金拨付履行${pk(['科室申请、分管领导审核、主要领导审批', '经办人申请、财务审核、集体研究'])}程序。${pk(['全年未发现截留、挤占、挪用等问题。', '年内接受财政和审计部门检查各一次，未发现违规问题。'])}`);
  R.para(pk(['年中，单位对照绩效目标开展了绩效运行监控，对进度滞后的子项目及时采取了督办措施，未发现绩效目标严重偏离的情况。', '按照绩效监控要求，单位于7月底报送了项目绩效运行监控表，对执行进度偏慢的环节提出了纠偏措施。']));
  R.h1(pk(['三、绩效指标完成情况', '三、项目绩效目标完成情况', '三、绩效自评结果']));
  R.h2('（一）产出指标');
  R.para(`1.数量指标。${pk([`年初计划${T.q.verb}${T.q.obj}{qp|}${T.q.unit}，实际完成{qa}${T.q.unit}，完成率{qr}%。`, `全年实际${T.q.verb}${T.q.obj}{qa}${T.q.unit}，目标值为{qp|}${T.q.unit}，完成率达{qr}%。`])}${T.q.extra}`);
  R.para(`2.质量指标。${T.qual.name}目标值为不低于{qt}%，实际达到{qv}%，${pk(['高于目标值{qpp}个百分点。', '超出目标{qpp}个百分点。'])}${T.qual.extra}`);
  R.para(`3.时效指标。${T.timeText}`);
  R.para(`4.成本指标。${T.costName}为{uc}元，${T.costText}`);
  R.h2('（二）效益指标');
  R.para(T.benefit1);
  R.para(T.benefit2);
  R.h2('（三）满意度指标');
  R.para(pk([
    `项目组采取线上线下相结合的方式开展满意度调查，共发放问卷{ns}份，回收有效问卷{nr}份，回收率{rr}%；其中表示“满意”或“比较满意”的{nok}份，${T.satObj}满意度为{sat}%，[[${T.satTargetShort}::target]]。`,
    `${y}年11月，我单位委托第三方面向${T.satObj}发放调查问卷{ns}份，收回{nr}份（回收率{rr}%），满意及基本满意{nok}份，满意度{sat}%。`,
  ]));
  R.h2('（四）自评得分');
  R.para(pk([
    `按照评分标准，预算执行率指标分值{w1}分、产出指标{w2}分、效益指标{w3}分、满意度指标{w4}分，合计{wt}分。经自评，预算执行率得分{s1x}分，产出指标得分{s2}分，效益指标得分{s3}分，满意度指标得分{s4}分，自评总分{stot}分，等级为“${grade}”。`,
    `本次自评总分值{wt}分，其中预算执行率{w1}分、产出{w2}分、效益{w3}分、满意度{w4}分。自评结果为：预算执行率得{s1x}分，产出指标得{s2}分，效益指标得{s3}分，满意度得{s4}分，总得分{stot}分，评价等级“${grade}”。`,
  ]));
  R.para(pk(['从评分情况看，扣分主要集中在效益指标，原因是部分效益需要较长周期才能显现，年度内难以充分体现。', '扣分原因主要是部分指标实际完成值与目标值存在一定偏差，相关原因已在上文说明。']));
  R.h1(pk(['四、存在的问题', '四、存在的主要问题及原因', '四、存在问题']));
  R.para(`${en[0]}${T.prob1}`);
  R.para(`${en[1]}${bal.isZero() ? T.prob2b : `资金支出进度不均衡。项目年末结余{bal|}万元，${T.prob2}`}`);
  R.h1(pk(['五、改进措施', '五、下一步改进措施', '五、下一步工作打算']));
  R.para(`${en2[0]}${T.fix1}`);
  R.para(`${en2[1]}${T.fix2}`);
  R.para(`${en2[2]}${pk(['强化结果运用。将本次自评结果作为下年度预算安排的重要依据，并按规定在单位门户网站公开。', '做好信息公开。自评报告经单位党组会议审定后，随部门决算一并向社会公开，接受社会监督。'])}`);
  R.para(`${U}`); R.para(`${y + 1}年${R.int(3, 4)}月${R.int(2, 28)}日`);
  return R;
};
