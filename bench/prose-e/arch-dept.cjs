'use strict';
// Archetype D: 部门（单位）整体支出绩效自评报告; variants bureau / school / hospital / town / street / province.
const { Report, D } = require('./lib.cjs');

module.exports = function dept(meta) {
  const R = new Report(meta); const pk = (a) => R.pick(a); const y = meta.year, U = meta.unit, V = meta.variant, X = meta.x;
  const en = pk([['一是', '二是', '三是'], ['（一）', '（二）', '（三）'], ['1.', '2.', '3.']]);
  const we = meta.self || pk(['我单位', '本单位']);
  // ---------- people
  const bz = R.int(X.bz[0], X.bz[1]); const zz = bz - R.int(0, Math.max(1, Math.floor(bz * 0.12))); const tx = R.int(Math.floor(bz * 0.1), Math.floor(bz * 0.5));
  R.n('norg', R.int(X.org[0], X.org[1]), true); R.n('bz', bz); R.n('zz', zz); R.n('tx', tx); R.sum('tot', ['zz', 'tx'], '实有人数=在职+退休');
  R.ratio('ctrl', 'zz', 'bz', 2, '在职人员控制率=在职人数/编制数');
  // ---------- budget
  const init = R.money(X.scale[0], X.scale[1]); const adj = R.part(init, 4, 22);
  R.m('init', init, X.comma); R.m('adj', adj, X.comma); R.sum('total', ['init', 'adj'], '年初预算+追加=全年预算', { t: 'n', d: 2, comma: X.comma });
  const total = R.v.total;
  const srcs = X.srcs; // e.g. ['财政拨款收入','事业收入','其他收入']
  let rest = total; const sk = [];
  srcs.forEach((s, i) => { const k = 'src' + i; sk.push(k); if (i === srcs.length - 1) R.m(k, rest, X.comma); else { const v = i === 0 ? R.part(total, X.src0[0], X.src0[1]) : R.part(rest, 40, 80); rest = rest.minus(v); R.m(k, v, X.comma); } });
  R.hold('sum', 'total', sk, '收入来源各项之和=全年预算');
  const bal = R.part(total, 0.8, 6); const exec = total.minus(bal);
  R.m('exec', exec, X.comma); R.ratio('rate', 'exec', 'total', 2, '预算执行率=支出/全年预算');
  const ry = R.part(exec, X.ry[0], X.ry[1]), gy = R.part(exec, 5, 12);
  R.m('ry', ry, X.comma); R.m('gy', gy, X.comma); R.sum('jb', ['ry', 'gy'], '基本支出=人员经费+公用经费', { t: 'n', d: 2, comma: X.comma });
  R.m('xm', exec.minus(ry).minus(gy), X.comma); R.hold('sum', 'exec', ['jb', 'xm'], '总支出=基本支出+项目支出');
  R.m('bal', bal, X.comma); R.hold('diff', 'bal', ['total', 'exec'], '全年预算-支出=结转结余'); R.ratio('balr', 'bal', 'total', 2, '结转结余率=结转结余/全年预算');
  const z2 = R.money(X.scale[0] * 0.4, X.scale[1] * 0.9), z1 = R.money(X.scale[0] * 0.05, X.scale[1] * 0.2), z3 = R.money(5, X.scale[0] * 0.03);
  R.m('z1', z1, X.comma); R.m('z2', z2, X.comma); R.m('z3', z3, X.comma); R.sum('zt', ['z1', 'z2', 'z3'], '资产总额=流动资产+固定资产+其他资产', { t: 'n', d: 2, comma: X.comma });
  R.ratio('xmshare', 'xm', 'exec', 2, '项目支出占总支出比例');
  const prevE = R.part(exec, 82, 118); R.m('preve', prevE, X.comma);
  R.diff('dexec', 'exec', 'preve', '本年支出-上年支出=增减额'); R.growth('gexec', 'exec', 'preve', 2, '支出增减率=(本年-上年)/上年');
  // ---------- 三公
  const jd = R.money(0.8, 9), yc = R.money(3, 28); const cj = X.abroad ? R.money(2, 12) : D(0);
  R.m('jd', jd); R.m('yc', yc); if (X.abroad) R.m('cj', cj);
  R.sum('sge', X.abroad ? ['cj', 'jd', 'yc'] : ['jd', 'yc'], '三公经费=各分项之和');
  const sgb = R.v.sge.plus(R.money(0.5, 6)); R.m('sgb', sgb); R.diff('sgsave', 'sgb', 'sge', '三公经费预算-决算=节约额');
  const sgp = R.v.sge.plus(R.money(0.3, 5)); R.m('sgp', sgp); R.growth('sgg', 'sge', 'sgp', 1, '三公经费较上年下降率');
  // ---------- 政府采购
  const cg1 = R.money(X.cg[0], X.cg[1]), cg2 = R.money(X.cg[0] / 2, X.cg[1] / 2), cg3 = R.money(X.cg[0] / 3, X.cg[1]);
  R.m('cg1', cg1); R.m('cg2', cg2); R.m('cg3', cg3); R.sum('cga', ['cg1', 'cg2', 'cg3'], '政府采购实际=货物+工程+服务');
  R.m('cgp', R.v.cga.plus(R.part(R.v.cga, 1, 9))); R.ratio('cgr', 'cga', 'cgp', 2, '政府采购执行率=实际采购/采购预算');
  // ---------- work tasks
  const tp = R.int(8, 19), td = tp - R.int(0, 2); R.n('tp', tp, true); R.n('td', td, true); R.ratio('tr', 'td', 'tp', 2, '重点工作完成率=完成项数/计划项数');
  // ---------- variant specifics
  if (V === 'school') { R.n('st', R.int(900, 3200)); R.ratio('perst', 'gy', 'st', 2, '生均公用经费=公用经费(万元→元)/在校生数', 10000); }
  if (V === 'hospital') { const op = R.int(150000, 480000); R.n('opv', op); R.n('opp', op - R.int(-12000, 30000)); R.growth('opg', 'opv', 'opp', 2, '门诊人次增长率');
    const bd = R.int(200, 600) * 365; R.n('bdo', bd); R.n('bdu', Math.floor(bd * R.int(780, 960) / 1000)); R.ratio('bdr', 'bdu', 'bdo', 2, '病床使用率=实际占用床日/实际开放床日'); }
  if (V === 'town' || V === 'street') { R.n('nv', R.int(V === 'town' ? 9 : 2, V === 'town' ? 21 : 6), true); R.n('nc', R.int(V === 'town' ? 1 : 5, V === 'town' ? 3 : 11), true); R.sum('nvc', ['nv', 'nc'], '村（社区）总数=行政村+社区', { t: 'cn' }); }
  // ---------- scores (table)
  const dims = X.dims; const dk = [], wk = [];
  dims.forEach(([name, w], i) => { R.n('w' + i, w); wk.push('w' + i); const lost = R.int(0, Math.min(3, w - 1)) + (R.r() < 0.4 ? 0.5 : 0); R.p('g' + i, D(w).minus(lost), 1); dk.push('g' + i); });
  R.sum('wsum', wk, '各维度分值之和=100', { t: 'n', d: 0 }); R.sum('gsum', dk, '自评总分=各维度得分之和', { t: 'n', d: 1 });
  const grade = R.v.gsum.gte(90) ? '优' : R.v.gsum.gte(80) ? '良' : '中';

  // ---------- text
  R.title(pk([`${U}${y}年度部门整体支出绩效自评报告`, `${U}${y}年度整体支出绩效自评报告`, `${y}年度${U}部门整体支出绩效评价自评报告`]));
  R.para(`${pk(['根据', '按照'])}${meta.notice}（[[${meta.docno}::docno]]）${pk(['要求，', '有关安排，'])}${U}${pk(['成立了以主要负责同志为组长的自评工作小组，对', '组织财务、业务等相关科室，对'])}${y}年度部门整体支出情况开展了绩效自评。现将自评情况报告如下：`);
  R.h1(pk(['一、部门基本情况', '一、单位概况', '一、基本情况']));
  R.h2(pk(['（一）职能职责', '（一）主要职能']));
  R.para(X.duty);
  R.h2(pk(['（二）机构设置和人员情况', '（二）机构及人员']));
  R.para(pk([
    `${U}内设{norg}个${X.orgWord}${X.sub}。核定编制{bz}名，年末在职人员{zz}人，在职人员控制率为{ctrl}%；另有退休人员{tx}人，实有人员合计{tot}人。`,
    `单位共设{norg}个${X.orgWord}${X.sub}。截至${y}年底，实有人员{tot}人，其中在职{zz}人、退休{tx}人；编制数{bz}名，在职人员控制率{ctrl}%。`,
  ]));
  if (V === 'school') R.para(`学校现有教学班[[${R.int(24, 60)}个::count_unrelated]]，在校学生{st}人，[[专任教师中高级职称占比超过三成::approx]]。`);
  if (V === 'hospital') R.para(`医院是一所集医疗、教学、预防保健为一体的二级甲等综合医院，[[编制床位500张左右::approx]]，${X.hosp}。`);
  if (V === 'town' || V === 'street') R.para(`${V === 'town' ? '全镇' : '街道'}下辖{nv}个${V === 'town' ? '行政村' : '社区居委会'}和{nc}个${V === 'town' ? '社区' : '村'}，共{nvc}个村（社区），[[户籍人口约${R.int(2, 9)}.${R.int(1, 9)}万人::approx]]。${X.area}`);
  R.h1(pk(['二、部门预算收支情况', '二、一般公共预算支出情况', '二、预算执行情况']));
  R.h2('（一）收入情况');
  R.para(pk([
    `${y}年年初预算{init}万元，年中追加{adj}万元，全年预算收入{total}万元。其中：${srcs.map((s, i) => `${s}{src${i}}万元`).join('，')}。`,
    `${we}${y}年度年初预算为{init}万元，预算执行中追加{adj}万元，调整后全年预算为{total}万元，${srcs.length === 2 ? '包括' : '分别为'}${srcs.map((s, i) => `${s}{src${i}}万元`).join('、')}。`,
  ]));
  R.h2('（二）支出情况');
  R.para(pk([
    `全年实际支出{exec}万元，预算执行率{rate}%。其中基本支出{jb}万元（人员经费{ry}万元、公用经费{gy}万元），项目支出{xm}万元，项目支出占总支出的{xmshare}%。`,
    `${y}年度共支出{exec}万元，预算执行率为{rate}%。按支出性质分，基本支出{jb}万元，其中人员经费{ry}万元、公用经费{gy}万元；项目支出{xm}万元，占比{xmshare}%。`,
  ]));
  if (V === 'school') R.para(`按在校学生{st|}人计算，生均公用经费支出{perst}元，[[高于省定生均公用经费基准定额::target]]。`);
  R.para(R.dir('exec', 'preve', `与${y - 1}年支出{preve}万元相比，增加{dexec}万元，增长{gexec}%，${X.upWhy}`, `与${y - 1}年支出{preve}万元相比，减少{dexec}万元，下降{gexec}%，${X.downWhy}`));
  R.para(pk([`年末结转结余{bal}万元，结转结余率{balr}%，主要是部分项目跨年度实施，资金按合同进度支付。`, `全年预算与实际支出的差额{bal}万元全部为结转资金，结转结余率为{balr}%。`]));
  R.para(`项目支出${pk(['主要用于', '重点保障了'])}${X.projects}等方面[[${X.projPartial}::partial]]。`);
  R.h2(pk(['（三）“三公”经费使用情况', '（三）三公经费支出情况']));
  R.para(pk([
    `${y}年“三公”经费预算{sgb}万元，实际支出{sge}万元，节约{sgsave}万元。其中${X.abroad ? '因公出国（境）费{cj}万元，' : '因公出国（境）费0万元，'}公务接待费{jd}万元，公务用车运行维护费{yc}万元。“三公”经费较上年的{sgp}万元下降{sgg}%。`,
    `全年“三公”经费支出{sge}万元，比预算数{sgb}万元少支出{sgsave}万元，比上年{sgp}万元下降{sgg}%。具体为：${X.abroad ? '因公出国（境）费用{cj}万元；' : '无因公出国（境）支出；'}公务用车运行维护费{yc}万元；公务接待费{jd}万元。`,
  ]));
  R.h2('（四）政府采购情况');
  R.table(`表1 ${y}年度政府采购执行情况`, [
    ['项目', '金额'], ['采购预算', '{cgp}'], ['货物类', '{cg1}'], ['工程类', '{cg2}'], ['服务类', '{cg3}'], ['实际采购合计', '{cga}']], '万元');
  R.para(`全年政府采购执行率为{cgr}%，${pk(['节约资金主要来自公开招标中标价低于预算。', '采购全部在政府采购平台实施。'])}`);
  R.h2(pk(['（五）资产管理情况', '（五）国有资产管理']));
  R.para(pk([`截至${y}年12月31日，${we}资产总额{zt}万元，其中流动资产{z1}万元、固定资产{z2}万元、无形资产及其他资产{z3}万元。[[全年未发生资产出租出借::none]]，资产处置均按规定报批。`, `年末资产总额{zt}万元。按资产类别分，流动资产{z1}万元，固定资产{z2}万元，其他资产{z3}万元。资产配置严格执行资产配置标准，[[固定资产账实相符率达到100%::target]]。`]));
  R.para(pk(['预算管理方面，修订完善了财务管理、合同管理、内部控制等制度，重大经济事项实行集体决策。', '内部管理方面，建立了预算、收支、采购、资产、合同等内部控制流程，全年未发生违反财经纪律问题。']));
  R.h1(pk(['三、部门整体支出绩效情况', '三、绩效目标完成情况', '三、部门整体绩效自评结果']));
  R.para(`${y}年${we}${pk(['年初确定重点工作', '全年列入考核的重点任务共'])}{tp}项，年底完成{td}项，完成率{tr}%。${X.work1}`);
  R.para(X.work2);
  if (V === 'hospital') R.para(`全年门诊量{opv}人次，较上年的{opp}人次${R.dir('opv', 'opp', '增长', '下降')}{opg}%；实际开放床日{bdo}日，实际占用床日{bdu}日，病床使用率{bdr}%。`);
  R.para(X.work3);
  R.para(pk([`对照${meta.frame}评价指标体系，${we}逐项进行了打分（见表2），自评得分{gsum|}分，等级为“${grade}”。`, `根据${meta.frame}的评分规则，本次自评各维度得分情况如表2，综合得分{gsum|}分，自评等级“${grade}”。`]));
  R.table(`表2 ${y}年度部门整体支出绩效自评得分`, [['评价维度', '分值', '得分'], ...dims.map(([n], i) => [n, `{w${i}}`, `{g${i}}`]), ['合计', '{wsum}', '{gsum}']]);
  R.h1(pk(['四、存在的问题', '四、存在的主要问题']));
  R.para(`${en[0]}${pk(['预算编制精准度有待提高。年中追加预算{adj|}万元，占年初预算的比例偏高，预算约束力不强。', '预算调整幅度较大。全年追加{adj|}万元，部分支出事项年初未能充分预计。'])}`);
  R.para(`${en[1]}${X.prob}`);
  R.h1(pk(['五、改进措施', '五、下一步改进措施和建议']));
  R.para(`${en[0]}${pk(['提高预算编制质量，把年度重点工作细化到预算项目，减少年中追加。', '加强预算编制的科学性，做实项目库，做到“先有项目、后安排预算”。'])}`);
  R.para(`${en[1]}${X.fix}`);
  R.para(`${en[2]}${pk(['严格落实过紧日子要求，继续压减一般性支出和“三公”经费。', '做好绩效自评结果公开和整改，将结果与下年预算安排挂钩。'])}`);
  return R;
};
