'use strict';
// department / special-fund / transfer-payment blocks
const X = require('./dec.cjs');
const { Y_, PY } = require('./blocks.cjs');

function deptStructure(B) {
  const e = B.v('E'); const [eb, ep] = B.split(e, 2, 0.5); const [ry, gy] = B.split(eb, 2, 0.3);
  B.def('EB', eb, '万元', '基本支出'); B.def('EP', ep, '万元', '项目支出'); B.def('RY', ry, '万元', '人员经费'); B.def('GY', gy, '万元', '公用经费');
  const sd = B.pick([1, 2]); B.def('EBS', X.div(X.mul(eb, X.D('100')), e, sd), '%', '基本支出占比');
  B.rel('sum', 'parts', '支出合计=基本支出+项目支出', { total: 'Est', parts: ['EB', 'EP'] });
  B.rel('sum', 'parts', '基本支出=人员经费+公用经费', { total: 'EB', parts: ['RY', 'GY'] });
  B.rel('ratio', 'share', '基本支出占比=基本支出÷支出合计', { result: 'EBS', num: 'EB', den: 'Est' });
  B.h2(B.pick(['支出结构', '支出构成情况', '基本支出和项目支出情况']));
  B.p(B.pick([
    () => '按支出性质划分，全年支出' + B.m('E', { as: 'Est' }) + '中，基本支出' + B.m('EB') + '，占比' + B.m('EBS') + '，其中人员经费' + B.m('RY') + '、公用经费' + B.m('GY') + '；项目支出' + B.m('EP') + '。',
    () => '全年支出合计' + B.m('E', { as: 'Est' }) + '，包括基本支出和项目支出两部分。基本支出' + B.m('EB') + '（人员经费' + B.m('RY') + '，公用经费' + B.m('GY') + '），占全部支出的' + B.m('EBS') + '；项目支出' + B.m('EP') + '。',
    () => B.b('支出构成：') + '基本支出' + B.m('EB') + '，项目支出' + B.m('EP') + '，两项合计' + B.m('E', { as: 'Est' }) + '。基本支出占' + B.m('EBS') + '，主要用于保障机构正常运转，其中人员经费' + B.m('RY') + '，公用经费' + B.m('GY') + '。',
  ])());
}
function sangong(B) {
  const j = B.money(1, 12); const c = B.money(3, 30); const t = X.add(j, c); const d = B.money(0.5, 8); const t0 = X.add(t, d);
  B.def('SGJ', j, '万元', '公务接待费'); B.def('SGC', c, '万元', '公务用车运行维护费'); B.def('SGG', '0.00', '万元', '因公出国（境）费'); B.def('SGT', t, '万元', '三公经费合计');
  B.def('SG0', t0, '万元', '上年三公经费'); B.def('SGD', d, '万元', '三公经费减少额'); B.def('SGR', X.div(X.mul(d, X.D('100')), t0, B.pick([1, 2])), '%', '三公经费降幅');
  B.rel('sum', 'parts', '三公经费合计=接待+用车+出国', { total: 'SGT', parts: ['SGJ', 'SGC', 'SGG'] });
  B.rel('sum', 'yoy_abs', '上年−本年=减少额', { total: 'SG0', parts: ['SGT', 'SGD'] });
  B.rel('change', 'yoy_rate', '降幅=减少额÷上年', { result: 'SGR', cur: 'SGT', prev: 'SG0', dir: 'down' });
  B.h2(B.pick(['“三公”经费支出情况', '三公经费控制情况']));
  const bud = X.add(t0, B.money(0, 3));
  B.p(B.pick([
    () => Y_ + '年“三公”经费支出' + B.m('SGT') + '，其中公务接待费' + B.m('SGJ') + '，公务用车运行维护费' + B.m('SGC') + '，因公出国（境）费' + B.m('SGG') + '。较' + PY + '年的' + B.m('SG0') + '减少' + B.m('SGD') + '，下降' + B.m('SGR') + '，控制在年初预算' + B.t('prior', X.fmt(bud) + '万元', '预算控制数，不是支出') + '以内。',
    () => '“三公”经费共支出' + B.m('SGT') + '（公务接待' + B.m('SGJ') + '、公务用车运行维护' + B.m('SGC') + '、因公出国（境）' + B.m('SGG') + '），同比减少' + B.m('SGD') + '，降幅' + B.m('SGR') + '；上年同期为' + B.m('SG0') + '。',
    () => '严格执行中央八项规定精神，公务接待费' + B.m('SGJ') + '，公务用车运行维护费' + B.m('SGC') + '，未发生因公出国（境）费用（' + B.m('SGG') + '），三项合计' + B.m('SGT') + '，比上年' + B.m('SG0') + '下降' + B.m('SGR') + '，减少' + B.m('SGD') + '。',
  ])());
}
function projTable(B) {
  const T = B.T; const k = B.int(3, 5); const names = B.shuffle(T.items).slice(0, k).map(n => n + '项目');
  const ep = B.v('EP'); const acts = B.split(ep, k); let tb = X.D('0.00');
  names.forEach((n, i) => { const b = X.add(acts[i], B.chance(0.4) ? X.D('0.00') : B.money(0.5, 30)); tb = X.add(tb, b); B.def('PB' + i, b, '万元', n + '预算'); B.def('PX' + i, acts[i], '万元', n + '执行'); B.def('PR' + i, X.div(X.mul(acts[i], X.D('100')), b, B.U.rdec || 2), '%', n + '执行率'); });
  B.def('PTB', tb, '万元', '项目预算合计'); B.def('nP', String(k), '个', '项目个数');
  const its = names.map(n => B.it('projs', n));
  B.h2(B.pick(['项目支出情况', '重点项目实施情况']));
  B.p(B.pick(['全年共实施', '本年度纳入绩效自评的项目共', '部门预算安排项目支出']) + B.m('nP', { cn: true, mw: '个项目' }) + '，' + B.pick(['各项目执行情况如下：', '具体如下：', '详见下表。']));
  if (B.style === 'md' || B.U.tbl === 'tab') {
    B.table(['项目名称', '全年预算（万元）', '执行数（万元）', '执行率'], names.map((n, i) => [its[i], B.m('PB' + i, { bare: true }), B.m('PX' + i, { bare: true }), B.m('PR' + i)]).concat([['合计', B.m('PTB', { bare: true }), B.m('EP', { bare: true, as: 'EPtbl' }), '—']]));
  } else {
    B.list(names.map((n, i) => its[i] + '：全年预算' + B.m('PB' + i) + '，执行' + B.m('PX' + i) + '，执行率' + B.m('PR' + i) + (i === k - 1 ? '。' : '；')));
    B.p('以上项目预算合计' + B.m('PTB') + '，执行合计' + B.m('EP', { as: 'EPtbl' }) + '。');
  }
  names.forEach((n, i) => B.rel('ratio', 'row_rate', n + '执行率=执行÷预算', { result: 'PR' + i, num: 'PX' + i, den: 'PB' + i }));
  B.rel('sum', 'col_total', '项目预算列合计', { total: 'PTB', parts: names.map((n, i) => 'PB' + i) });
  B.rel('sum', 'col_total', '项目执行列合计=项目支出', { total: 'EPtbl', parts: names.map((n, i) => 'PX' + i) });
  B.rel('count', 'count', '项目个数=所列项目', { result: 'nP', items: 'projs' });
}
function purchase(B) {
  const p = B.money(80, 900); const s = B.money(1, Number(X.fmt(p)) * 0.08); const q = X.sub(p, s);
  B.def('GP', p, '万元', '政府采购预算'); B.def('GQ', q, '万元', '政府采购实际'); B.def('GS', s, '万元', '采购节约资金'); B.def('GR', X.div(X.mul(s, X.D('100')), p, 2), '%', '采购节约率');
  const [g1, g2, g3] = B.split(q, 3); B.def('GQ1', g1, '万元', '货物类'); B.def('GQ2', g2, '万元', '服务类'); B.def('GQ3', g3, '万元', '工程类');
  B.rel('sum', 'saving', '采购预算−实际=节约', { total: 'GP', parts: ['GQ', 'GS'] });
  B.rel('ratio', 'saving_rate', '节约率=节约÷采购预算', { result: 'GR', num: 'GS', den: 'GP' });
  B.rel('sum', 'parts', '采购实际=货物+服务+工程', { total: 'GQ', parts: ['GQ1', 'GQ2', 'GQ3'] });
  B.h2(B.pick(['政府采购情况', '政府采购执行情况']));
  B.p(B.pick([
    () => '全年政府采购预算' + B.m('GP') + '，实际采购' + B.m('GQ') + '，节约资金' + B.m('GS') + '，节约率' + B.m('GR') + '。按采购类别分，货物类' + B.m('GQ1') + '，服务类' + B.m('GQ2') + '，工程类' + B.m('GQ3') + '。',
    () => '政府采购实际支出' + B.m('GQ') + '，其中：货物' + B.m('GQ1') + '、服务' + B.m('GQ2') + '、工程' + B.m('GQ3') + '。与采购预算' + B.m('GP') + '相比，节约' + B.m('GS') + '（节约率' + B.m('GR') + '）。',
  ])());
}
// special fund: subsidy = households x standard, paid in batches
function subsidy(B) {
  const w = B.T.who; const n = B.int(400, 9000); const std = B.pick([200, 300, 500, 600, 800, 1000, 1200, 1500]);
  const amt = X.div(X.D(String(n * std)), X.D('10000'), 2);
  B.def('SBN', String(n), w.u, w.n + '数'); B.def('SBS', String(std), '元', '补助标准'); B.def('SBA', amt, '万元', '补助资金');
  B.rel('product', 'product', '补助资金=对象数×标准', { result: 'SBA', factors: ['SBN', 'SBS'] });
  const k = B.pick([2, 3]); const parts = B.split(amt, k); parts.forEach((p, i) => B.def('SBB' + i, p, '万元', '第' + X.cn(i + 1) + '批'));
  B.rel('sum', 'parts', '各批次合计=补助资金', { total: 'SBAb', parts: parts.map((p, i) => 'SBB' + i) });
  B.p(B.pick([
    () => '对符合条件的' + w.n + B.m('SBN') + '，按每' + w.u.replace('人次', '人') + B.m('SBS') + '的标准发放补助，共计' + B.m('SBA') + '。',
    () => '补助标准为' + B.m('SBS') + '/' + w.u.replace('人次', '人') + '，全年补助' + w.n + B.m('SBN') + '，发放资金' + B.m('SBA') + '。',
    () => '本年度共核定' + w.n + B.m('SBN') + '，执行' + B.m('SBS') + '的补助标准（' + B.t('prior', PY + '年为' + (std - 100) + '元', '上年标准') + '），应发补助资金' + B.m('SBA') + '。',
  ])());
  const lead = B.pick(['资金分' + X.cn(k) + '批下达：', '补助资金分批拨付到位，']);
  B.p(lead + parts.map((p, i) => B.t('ordinal', '第' + X.cn(i + 1) + '批', '序数，不是数量') + B.m('SBB' + i)).join('，') + '，合计' + B.m('SBA', { as: 'SBAb' }) + '。');
}
// transfer payments: allocation to areas
const AREAS = ['蓼汀', '苇渚', '岫坪', '漪埠', '汐屿', '芷陂', '雁岚', '桐渚', '霁坪', '沐汀', '栖埠', '岚陂'];
function areas(B) {
  const U = B.U; const k = B.int(4, 6); const names = B.shuffle(AREAS).slice(0, k).map(a => a + U.areaSuffix);
  const e = B.v('E'); const parts = B.split(e, k, 0.3); const pops = names.map(() => B.int(30000, 260000));
  names.forEach((n, i) => { B.def('AR' + i, parts[i], '万元', n + '分配额'); B.def('AP' + i, String(pops[i]), '人', n + '常住人口'); });
  const pt = pops.reduce((a, b) => a + b, 0); B.def('APT', String(pt), '人', '常住人口合计'); B.def('nA', String(k), '个', '地区数');
  const pc = X.div(X.mul(e, X.D('10000')), X.D(String(pt)), 2); B.def('PCV', pc, '元', '人均转移支付');
  let bi = 0; parts.forEach((p, i) => { if (X.cmp(p, parts[bi]) > 0) bi = i; });
  B.def('ASH', X.div(X.mul(parts[bi], X.D('100')), e, B.pick([1, 2])), '%', names[bi] + '占比');
  const its = names.map(n => B.it('areas', n));
  B.h2(B.pick(['资金分配情况', '资金分配下达情况', '分地区分配情况']));
  B.p(B.pick(['实际下达的', '全年分配']) + B.m('E', { as: 'Ea' }) + '按因素法分配至' + B.m('nA', { cn: true, mw: '个' }) + U.areaSuffix + '，分配结果如下：');
  if (B.style === 'md' || U.tbl === 'tab') {
    B.table([U.areaSuffix + '名称', '分配金额（万元）', '常住人口（人）'], names.map((n, i) => [its[i], B.m('AR' + i, { bare: true }), B.m('AP' + i, { bare: true, sep: true })]).concat([['合计', B.m('E', { bare: true, as: 'Eat' }), B.m('APT', { bare: true, sep: true })]]));
    B.rel('sum', 'col_total', '分配金额列合计', { total: 'Eat', parts: names.map((n, i) => 'AR' + i) });
  } else {
    B.list(names.map((n, i) => its[i] + B.m('AR' + i) + '（常住人口' + B.m('AP' + i) + '）' + (i === k - 1 ? '。' : '；')), '——');
    B.p('以上合计' + B.m('E', { as: 'Eat' }) + '，覆盖常住人口' + B.m('APT') + '。');
    B.rel('sum', 'col_total', '各地区分配额合计', { total: 'Eat', parts: names.map((n, i) => 'AR' + i) });
  }
  B.rel('sum', 'col_total', '人口合计', { total: 'APT', parts: names.map((n, i) => 'AP' + i) });
  B.rel('count', 'count', '地区个数=所列地区', { result: 'nA', items: 'areas' });
  B.rel('ratio', 'share', '最大地区占比=该地区÷下达总额', { result: 'ASH', num: 'AR' + bi, den: 'Ea' });
  B.rel('ratio', 'perhead', '人均转移支付=下达总额÷常住人口', { result: 'PCV', num: 'Ea', den: 'APT' });
  B.p(B.pick([
    () => '其中' + names[bi] + '分配额最高，占' + B.m('ASH') + '；按常住人口计算，人均转移支付' + B.m('PCV') + '。',
    () => '从分配结构看，' + names[bi] + '获得资金占比' + B.m('ASH') + '。全域人均' + B.m('PCV') + '，' + B.t('prior', '上年人均' + Math.round(Number(X.fmt(pc)) * (0.8 + B.rnd() * 0.15)) + '元', '上年数，不与本年比较') + '。',
  ])());
}
function arrival(B) {
  const d = B.v('Y'); const gap = X.sub(d, B.v('E')); const a = X.add(B.v('E'), { n: gap.n * BigInt(B.int(0, 10)) / 10n, s: gap.s });
  B.def('DA', a, '万元', '到位资金'); B.def('DR', X.div(X.mul(a, X.D('100')), d, 2), '%', '资金到位率');
  B.rel('ratio', 'arrival_rate', '到位率=到位资金÷全年预算', { result: 'DR', num: 'DA', den: 'Yd' });
  B.p(B.pick([
    () => '截至年底，上级下达资金' + B.m('Y', { as: 'Yd' }) + '，实际到位' + B.m('DA') + '，到位率' + B.m('DR') + '。',
    () => B.b('资金到位：') + '应到位' + B.m('Y', { as: 'Yd' }) + '，已到位' + B.m('DA') + '，资金到位率为' + B.m('DR') + '，未到位部分已列入' + B.t('date', '2025年', '年份') + '第一季度拨付计划。',
  ])());
}
module.exports = { deptStructure, sangong, projTable, purchase, subsidy, areas, arrival };
