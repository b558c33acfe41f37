'use strict';
// Archetype T: 专项资金/转移支付 区域绩效自评报告 (a province, city or county reporting a fund across its sub-regions).
const { Report, D } = require('./lib.cjs');

module.exports = function transfer(meta) {
  const R = new Report(meta); const pk = (a) => R.pick(a); const y = meta.year, X = meta.x, F = X.fund;
  const en = pk([['一是', '二是', '三是'], ['（一）', '（二）', '（三）'], ['第一，', '第二，', '第三，']]);
  // ---------- funds
  const t = R.money(X.scale[0], X.scale[1]);
  const c = R.part(t, 45, 70), p = R.part(t, 15, 30);
  R.m('fc', c, true); R.m('fp', p, true); R.m('fm', t.minus(c).minus(p), true);
  R.sum('ft', ['fc', 'fp', 'fm'], '中央+省级+市县配套=资金总额', { t: 'n', d: 2, comma: true });
  R.ratio('fcs', 'fc', 'ft', 2, '中央资金占资金总额比例');
  R.m('fprev', R.part(t, 80, 115), true); R.diff('fd', 'ft', 'fprev', '本年资金-上年资金=增减额'); R.growth('fg', 'ft', 'fprev', 2, '资金规模增减率');
  // ---------- regions table
  const regs = X.regions; let rest = t; const ak = [], xk = [];
  const wts = regs.map(() => R.int(60, 140)); const wsum = wts.reduce((a, b) => a + b, 0);
  regs.forEach((r, i) => { const a = i === regs.length - 1 ? rest : t.times(wts[i]).div(wsum).toDecimalPlaces(2, 1); rest = rest.minus(a);
    const x = a.minus(R.part(a, 0, 6)); R.m('a' + i, a, true); R.m('x' + i, x, true); R.ratio('xr' + i, 'x' + i, 'a' + i, 2, `${r}执行率=支出/下达`); ak.push('a' + i); xk.push('x' + i); });
  R.sum('at', ak, '各地下达资金之和=下达总额', { t: 'n', d: 2, comma: true }); R.sum('xt', xk, '各地支出之和=支出总额', { t: 'n', d: 2, comma: true });
  R.hold('eq', 'at', ['ft'], '分地区下达合计与资金总额一致');
  R.ratio('xrt', 'xt', 'at', 2, '总体执行率=支出总额/下达总额');
  let lo = 0; regs.forEach((r, i) => { if (R.v['xr' + i].lt(R.v['xr' + lo])) lo = i; });
  const US = X.uses || ['直接补助个人（农户）', '项目建设及购买服务', '能力建设及其他'];
  const u1 = R.part(R.v.xt, 45, 62), u2 = R.part(R.v.xt, 20, 30); R.m('u1', u1, true); R.m('u2', u2, true); R.m('u3', R.v.xt.minus(u1).minus(u2), true);
  R.hold('sum', 'xt', ['u1', 'u2', 'u3'], '按用途分支出之和=支出总额'); R.ratio('u1s', 'u1', 'xt', 2, '某用途支出占支出总额比例');
  // ---------- outputs
  const ben = R.int(X.ben[0], X.ben[1]); R.n('ben', ben); R.ratio('perben', 'xt', 'ben', 2, '人均（户均）补助=支出(万元→元)/受益人数', 10000);
  const qp = R.int(X.q.plan[0], X.q.plan[1]), qa = qp + R.int(-Math.floor(qp * 0.04), Math.floor(qp * 0.15)); R.n('qp', qp); R.n('qa', qa); R.ratio('qr', 'qa', 'qp', 1, '完成率=实际/目标');
  R.p('kt', X.k.target, 0); R.p('kv', D(X.k.target).plus(D(R.int(3, 60)).div(10)), 1); R.diff('kpp', 'kv', 'kt', '实际值-目标值=超出百分点', { t: 'n', d: 1 });
  R.n('np', R.int(3, 9), true); R.n('nq', R.int(2, 6), true); R.sum('nn', ['np', 'nq'], '检查问题数=已整改+正在整改', { t: 'cn' });
  // ---------- scores in prose
  const W = X.weights; const wk = [], gk = [];
  W.forEach(([name, w], i) => { R.n('w' + i, w); wk.push('w' + i); R.p('s' + i, D(w).minus(D(R.int(0, 30)).div(10)), 1); gk.push('s' + i); });
  R.sum('wsum', wk, '各类指标分值之和=100', { t: 'n', d: 0 }); R.sum('ssum', gk, '自评总分=各类指标得分之和', { t: 'n', d: 1 });
  const grade = R.v.ssum.gte(90) ? '优' : R.v.ssum.gte(80) ? '良' : '中';
  const RW = X.regionWord;

  // ---------- text
  R.title(pk([`${X.area}${y}年度${F}绩效自评报告`, `${y}年${X.area}${F}区域绩效自评报告`, `关于${y}年度${F}使用情况的绩效自评报告`]));
  R.para(`${pk(['根据', '按照'])}${meta.notice}（[[${meta.docno}::docno]]）${pk(['要求', '部署'])}，${X.owner}${pk(['会同有关部门', '组织各' + RW])}对${y}年度${F}开展了绩效自评，${pk(['形成报告如下。', '现将自评结果报告如下：'])}`);
  R.h1(pk(['一、基本情况', '一、资金概况', '一、项目概况']));
  R.h2('（一）资金设立及用途');
  R.para(X.purpose);
  R.para(pk([`${X.owner}是该项资金的主管部门，负责资金分配方案编制、绩效目标设定和使用监管；各${RW}负责项目组织实施和资金具体管理。`, `该项资金实行“省市县分级管理、以县为主”的管理体制，主管部门会同财政部门制定资金分配方案，各${RW}是资金使用管理的责任主体。`]).replace('省市县分级管理', X.areaShort === '省' ? '省市县分级管理' : '分级负责'));
  R.h2('（二）资金下达情况');
  R.para(pk([
    `${y}年${X.area}共筹集${F}{ft}万元，其中中央财政资金{fc}万元、省级财政资金{fp}万元、${X.matchWord}{fm}万元，中央资金占比{fcs}%。`,
    `${y}年度${F}总额为{ft}万元，分别为中央补助{fc}万元、省级补助{fp}万元和${X.matchWord}{fm}万元。其中中央资金占资金总额的{fcs}%。`,
  ]));
  R.para(R.dir('ft', 'fprev', `资金总量比上年的{fprev}万元增加{fd}万元，增长{fg}%。`, `资金总量比上年的{fprev}万元减少{fd}万元，下降{fg}%，主要是部分一次性任务已完成。`) + `[[资金于${y}年${R.int(2, 4)}月前分两批下达，第二批资金在${R.int(6, 8)}月底前全部下达到位::date]]。`);
  R.para(`资金分配${pk(['坚持因素法为主，', '以因素法分配为主、项目法为辅，'])}${pk(['向脱贫地区和工作成效好的地区倾斜，', '重点向任务重、财力弱的地区倾斜，'])}[[其中${regs[0]}、${regs[1]}等${RW}获得资金相对较多::partial]]，${regs[0]}分配{a0|}万元。各${RW}资金下达及支出情况见表1。`);
  R.table(`表1 ${y}年度${F}分地区下达及支出情况`, [['地区', '下达资金', '实际支出', '执行率（%）'], ...regs.map((r, i) => [r, `{a${i}}`, `{x${i}}`, `{xr${i}}`]), ['合计', '{at}', '{xt}', '{xrt}']], '万元');
  R.h2('（三）绩效目标');
  R.para(`${pk(['年度绩效目标主要包括：', '经批复的区域绩效目标为：'])}${X.q.name}{qp}${X.q.unit}；${X.k.name}不低于{kt}%；${X.goalMore}。`);
  R.para(pk(['绩效目标经同级财政部门审核后随资金一并下达，各地结合实际分解细化了本地区绩效目标。', '区域绩效目标与资金同步下达，并按规定报上级主管部门备案。']));
  R.h1(pk(['二、资金使用及管理情况', '二、预算执行情况']));
  R.para(pk([
    `截至${y}年底，全${X.areaShort}累计支出{xt|}万元，资金执行率{xrt|}%。`,
    `截至12月31日，各${RW}实际支出{xt|}万元，总体执行率为{xrt|}%，[[较上年提高约2个百分点::approx]]。`,
  ]) + `${regs[lo]}执行率为{xr${lo}|}%，${pk(['在各地中相对偏低，主要是部分项目年底才完成验收。', '主要是个别项目实施期跨年度。'])}`);
  R.para(`${pk(['从资金用途看，', '按支出方向划分，'])}${US[0]}{u1}万元，占支出总额的{u1s}%；${US[1]}{u2}万元；${US[2]}{u3}万元。`);
  R.para(`${X.mgmt}年度内开展资金专项检查，发现问题{nn}个，已整改到位{np}个，其余{nq}个正在整改。`);
  R.para(pk([`年中，${X.owner}组织开展绩效运行监控，对执行进度偏慢的${RW}逐一发函督办，并将监控结果作为后续资金清算的参考。`, `${X.owner}按季度调度资金支出进度，对进度滞后的${RW}进行约谈提醒，确保年度目标如期完成。`]));
  R.para(pk(['资金分配结果和绩效目标在下达文件中同步公开，各地在政府门户网站公开资金分配和项目实施情况，接受社会监督。', '各地均建立了项目公示制度，项目名称、资金规模、实施主体和受益对象在项目所在地公开。']));
  R.h1(pk(['三、绩效目标实现情况', '三、绩效指标完成情况']));
  const st = pk([['产出方面，', '效益方面，', '满意度方面，'], ['（一）产出指标。', '（二）效益指标。', '（三）满意度指标。'], ['1.产出指标完成情况。', '2.效益指标完成情况。', '3.满意度指标完成情况。']]);
  R.para(`${st[0]}全年${X.q.name}{qa}${X.q.unit}，为目标值{qp|}${X.q.unit}的{qr}%。${X.q.more}`);
  R.para(`${st[1]}${X.k.name}达到{kv}%，比目标值高出{kpp}个百分点。共惠及${X.benWord}{ben}${X.benUnit}，${X.perWord}{perben}元。${X.effect}`);
  R.para(`${st[2]}${X.sat}`);
  R.para(pk([
    `按照区域绩效自评评分规则，资金分值合计{wsum}分，其中${W.map(([n], i) => `${n}{w${i}}分`).join('、')}。经自评，${W.map(([n], i) => `${n}得分{s${i}}分`).join('，')}，自评总分{ssum}分，等级为“${grade}”。`,
    `本次自评总分{ssum}分（满分{wsum}分），各部分分值及得分为：${W.map(([n], i) => `${n}{w${i}}分、得{s${i}}分`).join('；')}。自评等级为“${grade}”。`,
  ]));
  R.para(pk(['时效方面，资金均在规定时限内下达，项目总体按计划推进，[[个别项目因天气原因延期不超过一个月::approx]]。', '时效方面，各地资金拨付基本及时，未发现资金长期滞留在财政或主管部门的情况。']));
  R.para(pk(['可持续影响方面，各地逐步建立了项目运行管护机制，明确了管护主体和责任。', '从长远看，资金的持续投入为相关领域的制度建设和能力提升打下了基础，政策效应逐步显现。']));
  R.table(`表2 ${y}年度主要绩效指标完成情况`, [['指标名称', '年度目标值', '实际完成值', '完成情况'],
    [X.q.name + '（' + X.q.unit + '）', '{qp|}', '{qa|}', R.v.qa.gte(R.v.qp) ? '已完成' : '基本完成'],
    [X.k.name + '（%）', '≥{kt|}', '{kv|}', '已完成'],
    ['资金执行率（%）', '[[≥90::target]]', '{xrt|}', R.v.xrt.gte(90) ? '已完成' : '未完成'],
    [X.benWord + '（' + X.benUnit + '）', '—', '{ben|}', '—']]);
  R.h2(pk(['（四）自评结论', '（四）自评得分']));
  R.para(`${en[0]}${X.prob1}`);
  R.para(`${en[1]}${X.prob2}`);
  R.para(`${en[2]}${pk(['绩效目标设置仍不够精准，部分指标目标值偏保守，对工作的引导作用有限。', '基层绩效管理力量薄弱，个别地区自评材料报送不及时、佐证资料不完整。'])}`);
  R.h1(pk(['五、改进措施及结果应用', '五、下一步改进措施']));
  R.para(`${en[0]}${X.fix1}`);
  R.para(`${en[1]}${X.fix2}`);
  R.para(`${en[2]}${pk(['强化自评结果应用，将各地自评结果作为下年度资金分配的重要因素。', '落实信息公开要求，自评报告在门户网站向社会公开。'])}`);
  R.para(X.owner); R.para(`${y + 1}年${R.int(3, 4)}月${R.int(2, 28)}日`);
  return R;
};
