'use strict';
// phrasing catalogue: every block states its figure relations in several ways, chosen per report
const X = require('./dec.cjs');
const Y_ = '2024', PY = '2023';

function title(B) {
  const U = B.U;
  if (B.style === 'md') {
    B.L('# ' + Y_ + '年度' + U.title + '绩效自评报告'); B.L('');
    if (B.chance(0.5)) { B.L('（' + U.unit + '　' + B.t('date', '2025年3月' + B.int(5, 28) + '日', '成文日期') + '）'); B.L(''); }
  } else {
    B.L(Y_ + '年度' + U.title); B.L(B.pick(['绩效自评报告', '绩效自评报告', '　　　　绩效自评报告']));
    if (U.blank) B.L('');
  }
}
function docno(B, kind) { const U = B.U; return B.t('docno', U.abbr + B.pick(kind === 'pol' ? ['政办发', '政发'] : ['财绩', '财预', '财办']) + '〔' + (kind === 'pol' ? B.pick(['2022', '2023']) : '2025') + '〕' + B.int(2, 48) + '号', '文号，不是金额'); }
function preamble(B) {
  const U = B.U; const subj = U.subject;
  const v = [
    () => '根据《' + U.place + '财政局关于开展' + Y_ + '年度预算绩效自评工作的通知》（' + docno(B) + '）要求，' + U.short + '对' + subj + '开展了绩效自评，现将有关情况报告如下。',
    () => '按照全面实施预算绩效管理的有关要求和' + docno(B) + '文件精神，' + U.short + '组织相关科室成立自评工作小组，于' + B.t('date', '2025年2月' + B.int(10, 20) + '日', '日期') + '至' + B.t('date', '3月' + B.int(5, 25) + '日', '日期') + '对' + subj + '进行了全面自评。具体情况如下：',
    () => '为进一步压实预算绩效管理责任、提高财政资金使用效益，依据《' + U.place + '预算绩效自评管理办法》（' + docno(B) + '），' + U.short + '对' + Y_ + '年度' + subj + '的实施情况进行了认真梳理和自评。',
    () => Y_ + '年，' + U.short + '认真贯彻落实全面实施预算绩效管理的部署要求，坚持“花钱必问效、无效必问责”，现将' + subj + '绩效自评情况报告如下：',
  ];
  B.p(B.pick(v)());
}
// ---------- 概况
function projOverview(B) {
  const U = B.U, T = B.T;
  B.h2(B.pick(['项目概况', '项目基本情况', '项目立项背景及主要内容']));
  B.p(B.pick([
    () => U.subject + '由' + U.unit + '负责组织实施，是' + U.place + T.field + '领域的重点项目，主要围绕' + T.items.slice(0, 3).join('、') + '等方面开展工作。',
    () => '该项目依据' + docno(B, 'pol') + '设立，实施周期为' + B.t('date', '2024年1月至2024年12月', '实施期限') + '，实施主体为' + U.unit + '。',
    () => '项目立项的主要目的是补齐' + T.field + '领域短板，资金重点投向' + T.items.slice(1, 4).join('、') + '等，由' + U.unit + '统筹安排、各实施单位具体落实。',
  ])());
}
function targets(B) {
  const T = B.T;
  B.h2(B.pick(['绩效目标', '年度绩效目标', '项目绩效目标设定情况']));
  const o = T.outs; const t0 = B.int(o[0].lo, o[0].hi), t1 = B.int(o[1].lo, o[1].hi);
  B.tgt = { [o[0].n]: t0, [o[1].n]: t1 }; B.qt = B.pick(['95', '98', '100']); B.st = B.pick([['≥90%', 90], ['不低于85%', 85], ['90%以上', 90]]);
  const lines = [
    '数量指标：' + o[0].n + B.t('target', '≥' + t0 + o[0].u, '目标值带比较符，不是实际值') + '，' + o[1].n + B.t('target', '不低于' + t1 + o[1].u, '目标值') + '；',
    '质量指标：' + T.qual.n + '验收合格率' + B.t('target', '≥' + B.qt + '%', '目标值') + '；',
    '时效指标：' + B.t('date', B.pick(['2024年11月底前', '2024年12月31日前', '年底前']), '期限') + '完成全部建设任务；',
    '满意度指标：服务对象满意度' + B.t('target', B.st[0], '目标值') + '。',
  ];
  if (B.style === 'md' && B.chance(0.5)) B.list(lines, '-'); else B.list(lines);
}
function duties(B) {
  const T = B.T;
  B.h2(B.pick(['主要职能', '部门职责', '职能职责']));
  B.list(T.duties.map(d => d + '。'));
}
function sections(B) {
  const T = B.T; const k = B.int(5, Math.min(8, T.secs.length)); const secs = T.secs.slice(0, k);
  B.def('nSec', String(k), '个', '内设机构数');
  const its = secs.map(s => B.it('secs', s));
  B.rel('count', 'count', '内设机构数与所列机构个数', { result: 'nSec', items: 'secs' });
  B.p(B.pick([
    U => '单位内设' + B.m('nSec', { cn: true, mw: '个' }) + '职能科室，分别为' + its.join('、') + '。',
    U => '根据“三定”方案，' + U.short + '设' + B.m('nSec', { cn: true, mw: '个' }) + '内设机构：' + its.join('、') + '。',
    U => '机关内设机构共' + B.m('nSec', { cn: true, mw: '个' }) + '，即' + its.join('、') + '，另有下属事业单位' + B.t('other', '1个', '不计入内设机构') + '。',
  ])(B.U));
}
function staff(B) {
  const bz = B.int(30, 160); const on = B.int(Math.floor(bz * 0.82), bz); const a = B.int(Math.floor(on * 0.4), Math.floor(on * 0.7));
  B.def('BZ', String(bz), '名', '编制数'); B.def('ZZ', String(on), '人', '在职人数'); B.def('XZ', String(a), '人', '行政编制人员'); B.def('SY', String(on - a), '人', '事业编制人员');
  const rd = B.pick([1, 2]); B.def('KZL', X.div(X.D(String(on * 100)), X.D(String(bz)), rd), '%', '人员控制率');
  B.rel('sum', 'parts', '在职人数=行政+事业', { total: 'ZZ', parts: ['XZ', 'SY'] });
  B.rel('ratio', 'control_rate', '人员控制率=在职人数÷编制数', { result: 'KZL', num: 'ZZ', den: 'BZ' });
  const rt = B.int(5, 60);
  B.p(B.pick([
    () => '核定编制' + B.m('BZ') + '，' + B.t('date', Y_ + '年末', '时点') + '实有在职人员' + B.m('ZZ') + '，其中行政编制' + B.m('XZ') + '、事业编制' + B.m('SY') + '；人员控制率为' + B.m('KZL') + '。另有退休人员' + B.t('other', rt + '人', '无关系的独立数字') + '。',
    () => '人员方面：编制数' + B.m('BZ', { mw: '个' }) + '，在职' + B.m('ZZ') + '（行政' + B.m('XZ') + '，事业' + B.m('SY') + '），在职人员控制率' + B.m('KZL') + '，控制在' + B.t('target', '100%以内', '比较基准') + '。',
    () => '单位现有在职职工' + B.m('ZZ') + '，分别为行政人员' + B.m('XZ') + '和事业人员' + B.m('SY') + '；核定编制' + B.m('BZ') + '，编制使用率（人员控制率）' + B.m('KZL') + '。',
  ])());
}
// ---------- funds: budget adjust, sources, execution, balance
function funds(B, o = {}) {
  const U = B.U;
  const y0 = B.money(o.lo || 300, o.hi || 4000); const adj = B.money(10, Math.max(20, Number(X.fmt(y0)) * 0.25));
  const up = B.chance(0.7);
  const y = up ? X.add(y0, adj) : X.sub(y0, adj);
  B.def('Y0', y0, '万元', '年初预算数'); B.def('ADJ', adj, '万元', up ? '追加预算' : '压减预算'); B.def('Y', y, '万元', '全年预算数');
  B.rel('sum', 'budget_adjust', '全年预算=年初预算' + (up ? '+追加' : '−压减'), { total: 'Y', parts: ['Y0', up ? 'ADJ' : '-ADJ'] });
  const rate = 0.86 + B.rnd() * 0.14; let e = X.D((Number(X.fmt(y)) * rate).toFixed(2)); if (X.cmp(e, y) > 0) e = y;
  if (B.chance(0.12)) e = y;
  B.def('E', e, '万元', '实际支出'); const bal = X.sub(y, e); B.def('BAL', bal, '万元', '结余资金');
  const rd = U.rdec != null ? U.rdec : 2; B.def('RATE', X.div(X.mul(e, X.D('100')), y, rd), '%', '预算执行率');
  const srcNames = B.pick([['中央补助资金', '省级补助资金', '本级财政资金'], ['一般公共预算拨款', '上年结转资金'], ['市级财政拨款', '县级配套资金', '其他资金'], ['当年财政拨款', '上年结转资金']]);
  const parts = B.split(y, srcNames.length); srcNames.forEach((n, i) => B.def('SRC' + i, parts[i], '万元', n));
  const ad = up ? B.pick(['追加', '调增', '追加安排']) : B.pick(['压减', '调减', '收回']);
  B.h2(o.h || B.pick(['资金安排情况', '预算资金安排落实情况', '资金投入情况', '项目资金来源及到位情况']));
  const v1 = () => {
    B.p(Y_ + '年初预算安排' + B.m('Y0') + '，年中' + ad + B.m('ADJ') + '，调整后全年预算数为' + B.m('Y') + '。从资金来源看，' + srcNames.map((n, i) => n + B.m('SRC' + i)).join('，') + '。');
  };
  const v2 = () => {
    B.p('项目年初预算' + B.m('Y0') + '，经' + B.t('date', Y_ + '年' + B.int(6, 10) + '月', '日期') + '预算调整' + ad + B.m('ADJ') + '后，全年预算为' + B.m('Y') + '，其中：' + srcNames.map((n, i) => n + B.m('SRC' + i)).join('，') + '。');
    B.p('（注：年初预算与调整后预算口径不同，本报告执行率均按调整后全年预算计算。）');
  };
  const v3 = () => {
    B.p('全年预算' + B.m('Y') + '（年初预算' + B.m('Y0') + '，' + ad + B.m('ADJ') + '），资金构成如下：');
    B.list(srcNames.map((n, i) => n + '：' + B.m('SRC' + i) + (i === srcNames.length - 1 ? '。' : '；')));
  };
  const v4 = () => {
    B.p(B.b('预算安排。') + '年初批复预算' + B.m('Y0') + '，' + ad + B.m('ADJ') + '，全年预算' + B.m('Y') + '。资金来源见下表。');
    B.table(['资金来源', '金额（万元）'], srcNames.map((n, i) => [n, B.m('SRC' + i, { bare: true })]).concat([[B.b('合计'), B.b(B.m('Y', { bare: true, as: 'Ytbl' }))]]));
  };
  const which = (B.style === 'md' && B.chance(0.4)) ? v4 : B.pick([v1, v2, v3]);
  which();
  B.rel('sum', 'sources', '资金来源合计=全年预算', { total: which === v4 ? 'Ytbl' : 'Y', parts: srcNames.map((n, i) => 'SRC' + i) });
  // execution
  B.rel('ratio', 'exec_rate', '预算执行率=实际支出÷全年预算', { result: 'RATE', num: 'E', den: 'Y' });
  const balWord = X.eq(bal, X.D('0')) ? null : B.pick(['结余', '结转', '节约']);
  if (balWord) B.rel('sum', 'balance', '全年预算−实际支出=' + balWord, { total: 'Y', parts: ['E', 'BAL'] });
  B.h2(o.h2 || B.pick(['预算执行情况', '资金使用情况', '资金支出及执行情况']));
  const tail = balWord ? (balWord === '节约' ? '，节约资金' + B.m('BAL') + '。' : '，' + balWord + '资金' + B.m('BAL') + (balWord === '结余' ? B.pick(['，已全额上缴财政。', '，已按规定收回统筹使用。']) : B.pick(['，已按规定结转下年使用。', '，主要为部分合同尾款尚未支付。']))) : '，资金全部支出完毕。';
  B.p(B.pick([
    () => '截至' + B.t('date', Y_ + '年12月31日', '时点') + '，实际支出' + B.m('E') + '，预算执行率' + B.m('RATE') + tail,
    () => '全年累计支出' + B.m('E') + '，预算执行率为' + B.m('RATE') + '（实际支出÷全年预算数）' + tail,
    () => '项目资金全年执行' + B.m('E') + '，占全年预算的' + B.m('RATE') + tail,
    () => '资金执行方面：全年预算数' + B.m('Y', { note: 'repeat' }) + '，实际支出' + B.m('E') + '，执行率' + B.m('RATE') + tail,
  ])());
  if (!up && B.chance(0.7)) {
    B.def('RATE0', X.div(X.mul(e, X.D('100')), y0, rd), '%', '按年初预算计算的执行率');
    B.rel('ratio', 'exec_rate_initial', '按年初预算口径的执行率=实际支出÷年初预算', { result: 'RATE0', num: 'E', den: 'Y0' });
    B.p('如按年初预算口径计算，执行率为' + B.m('RATE0') + '，与上述口径不同，' + B.t('basis', '两个执行率分母不同', '不同基数的百分比，不是矛盾') + '，特此说明。');
  }
}
// items: split E into k items
function items(B, o = {}) {
  const T = B.T; const k = o.k || B.int(3, 6); const names = B.shuffle(T.items).slice(0, k);
  const parts = B.split(B.v('E'), k); names.forEach((n, i) => B.def('IT' + i, parts[i], '万元', n));
  B.def('nIt', String(k), '项', '支出方向数');
  const keys = names.map((n, i) => 'IT' + i);
  const its = names.map(n => B.it('items', n));
  const v1 = () => { // bullets with total in lead-in, chinese count
    B.p('全年支出' + B.m('E', { as: 'Elead' }) + '，主要用于以下' + B.m('nIt', { cn: true, mw: '个方面' }) + '：');
    B.list(its.map((t, i) => t + '：' + B.m(keys[i]) + (i === k - 1 ? '。' : '；')));
    return 'Elead';
  };
  const v2 = () => { // inline 分别
    B.p('从支出结构看，' + its.join('、') + B.m('nIt', { cn: true, mw: '项' }) + '分别支出' + keys.map((kk, i) => B.m(kk, { bare: i < k - 1 })).join('、') + '，合计' + B.m('E', { as: 'Esum' }) + '。');
    return 'Esum';
  };
  const v3 = () => { // 其中
    B.p('实际支出' + B.m('E', { as: 'Eq' }) + '按用途划分，共涉及' + B.m('nIt', { cn: true, mw: '个方向' }) + '，其中：' + its.map((t, i) => t + B.m(keys[i])).join('，') + '。');
    return 'Eq';
  };
  const v5 = () => { // md table with total
    B.p('支出明细如下表（共' + B.m('nIt', { cn: true, mw: '项' }) + '）：');
    B.table(['序号', '支出内容', '金额（万元）'], its.map((t, i) => [String(i + 1), t, B.m(keys[i], { bare: true })]).concat([['', '合计', B.m('E', { bare: true, as: 'Etbl' })]]));
    return 'Etbl';
  };
  const ch = (B.style === 'md' && B.chance(0.3)) ? v5 : B.pick([v1, v2, v3, v1]);
  const tot = ch();
  B.rel('sum', 'items_total', '各支出方向金额合计=支出总额', { total: tot, parts: keys });
  B.rel('count', 'count', '中文数字计数=所列条目数', { result: 'nIt', items: 'items' });
  if (o.share !== false && B.chance(0.7)) { // share of the largest item
    let bi = 0; parts.forEach((p, i) => { if (X.cmp(p, parts[bi]) > 0) bi = i; });
    B.def('SHR', X.div(X.mul(parts[bi], X.D('100')), B.v('E'), B.pick([1, 2])), '%', names[bi] + '占支出比重');
    B.rel('ratio', 'share', '占比=该项支出÷支出总额', { result: 'SHR', num: 'IT' + bi, den: tot === 'Esum' || tot === 'Elead' || tot === 'Eq' || tot === 'Etbl' ? tot : 'E' });
    B.p(B.pick([
      () => '其中' + names[bi] + '支出最多，占全部支出的比重为' + B.m('SHR') + '。',
      () => names[bi] + '是支出重点，占比' + B.m('SHR') + '，体现了资金向关键环节倾斜。',
      () => '从比重看，' + names[bi] + '占' + B.m('SHR') + '，' + B.t('partial', '其余方向支出相对分散', '定性描述') + '。',
    ])());
  }
}
// outputs with completion rates
function outputs(B, o = {}) {
  const T = B.T; const k = o.k || B.int(2, 3); const ind = B.shuffle(T.outs).slice(0, k);
  const rows = [];
  ind.forEach((d, i) => {
    const t = (B.tgt && B.tgt[d.n]) || B.int(d.lo, d.hi); const a = Math.max(1, Math.round(t * (0.9 + B.rnd() * 0.25)));
    const rd = B.pick([1, 2, 0]);
    B.def('OT' + i, String(t), d.u, d.n + '目标'); B.def('OA' + i, String(a), d.u, d.n + '实际'); B.def('OR' + i, X.div(X.D(String(a * 100)), X.D(String(t)), rd), '%', d.n + '完成率');
    B.rel('ratio', 'completion', d.n + '完成率=实际÷目标', { result: 'OR' + i, num: 'OA' + i, den: 'OT' + i });
    rows.push([d, i, t, a]);
  });
  if (B.style === 'md' && B.chance(0.35)) {
    B.table(['指标', '年度目标', '实际完成', '完成率'], rows.map(([d, i]) => [d.n + '（' + d.u + '）', B.m('OT' + i, { bare: true }), B.m('OA' + i, { bare: true }), B.m('OR' + i)]));
    return;
  }
  const ph = [
    (d, i) => d.n + B.m('OA' + i, { sep: false }) + '，完成年度目标（' + B.m('OT' + i, { sep: false }) + '）的' + B.m('OR' + i) + '。',
    (d, i) => '年度计划' + d.n + B.m('OT' + i) + '，实际完成' + B.m('OA' + i) + '，完成率' + B.m('OR' + i) + '。',
    (d, i) => d.n + '：目标值' + B.m('OT' + i) + '，实际完成值' + B.m('OA' + i) + '，指标完成率' + B.m('OR' + i) + '；',
    (d, i) => '全年累计' + d.n + B.m('OA' + i) + '，为年度目标' + B.m('OT' + i) + '的' + B.m('OR' + i) + (B.chance(0.5) ? '，' + B.t('partial', B.v('OA' + i).n > B.v('OT' + i).n ? '超额完成任务' : '基本完成任务', '定性') : '') + '。',
  ];
  const lead = B.pick(['数量指标完成情况：', '产出数量方面，', '']);
  if (B.chance(0.5)) { if (lead) B.p(lead); B.list(rows.map(([d, i]) => B.pick(ph)(d, i))); }
  else B.p(lead + rows.map(([d, i]) => B.pick(ph)(d, i)).join(''));
  if (B.chance(0.6) && rows[0][3] >= 100) { const [d, i, , a] = rows[0]; const big = a >= 1000;
    B.p(B.pick(['总体来看，', '据统计，', '']) + d.n.replace(/^(开展|完成|建立|实施|保障|培训|认定|举办|推广|建成|为|新增|新建|改造|治理|开通|登记|支持|发放|开发|维修|资助)/, '') + '累计' + B.ap('OA' + i, big ? '超' : '近', { round: big ? 2 : 1, mw: d.u, note: '约数，与精确完成值相符' }) + '，' + B.pick(['较好地完成了年度任务。', '达到预期效果。']));
  }
}
function quality(B) {
  const T = B.T; const n = B.int(12, 80); const p = B.int(Math.floor(n * 0.9), n);
  B.def('QN', String(n), T.qual.u, T.qual.n + '验收数'); B.def('QP', String(p), T.qual.u, '验收合格数'); B.def('QR', X.div(X.D(String(p * 100)), X.D(String(n)), B.pick([1, 2])), '%', '验收合格率');
  B.rel('ratio', 'pass_rate', '合格率=合格数÷验收数', { result: 'QR', num: 'QP', den: 'QN' });
  B.p(B.pick([
    () => '质量方面，全年完成验收的' + T.qual.n + B.m('QN') + '，验收合格' + B.m('QP') + '，合格率' + B.m('QR') + '。',
    () => '共组织验收' + T.qual.n + B.m('QN') + '，其中一次性验收合格' + B.m('QP') + '，验收合格率达到' + B.m('QR') + '，' + (p * 100 >= n * Number(B.qt || 100) ? '达到' : '略低于') + '年初设定的' + B.t('target', (B.qt || '100') + '%', '目标值') + '。',
    () => B.b('质量指标：') + T.qual.n + '验收合格率' + B.m('QR') + '（合格' + B.m('QP') + '/验收' + B.m('QN') + '）。',
  ])());
}
function perhead(B, src) {
  const T = B.T; const w = T.who;
  let amtKey = src;
  const n = B.int(300, 6000);
  if (!amtKey) { amtKey = 'PHA'; B.def('PHA', B.money(50, 600), '万元', w.n + '补助资金'); }
  const amt = B.v(amtKey); const d = B.pick([2, 2, 0]);
  B.def('PHN', String(n), w.u, w.n + '数'); B.def('PHV', X.div(X.mul(amt, X.D('10000')), X.D(String(n)), d), '元', w.per + '金额');
  B.rel('ratio', 'perhead', w.per + '=资金÷' + w.n + '数', { result: 'PHV', num: amtKey, den: 'PHN' });
  const lo = Math.floor(Number(X.fmt(B.v('PHV'))) / 1000) * 1000; const rg = B.t('range', (lo > 0 ? lo : 100) + '～' + (lo + 2000) + '元', '区间，不是单个数字');
  const mention = src ? B.m(src, { as: 'PHAm' }) : B.m('PHA');
  if (src) B.rels[B.rels.length - 1].num = 'PHAm';
  B.p(B.pick([
    () => mention + '用于' + w.n + '相关补助，惠及' + w.n + B.m('PHN') + '，' + w.per + B.m('PHV') + '，处于同类地区' + rg + '的区间内。',
    () => '按受益' + w.n + B.m('PHN') + '测算，' + w.per + '补助' + B.m('PHV') + '（' + mention + '÷' + B.m('PHN', { bare: false }) + '）。补助标准参照' + rg + '执行。',
    () => B.b('成本指标：') + w.per + '成本' + B.m('PHV') + '。该项资金共' + mention + '，覆盖' + w.n + B.m('PHN') + '，预算测算标准为' + rg + '。',
  ])());
}
function yoy(B, o = {}) {
  const T = B.T; const d = T.yoy; const prev = B.int(d.lo, d.hi); const up = B.chance(0.75);
  const cur = up ? prev + B.int(Math.ceil(prev * 0.02), Math.ceil(prev * 0.2)) : prev - B.int(Math.ceil(prev * 0.01), Math.ceil(prev * 0.08));
  const rd = B.pick([1, 2]);
  B.def('YC', String(cur), d.u, d.n + '（' + Y_ + '）'); B.def('YP', String(prev), d.u, d.n + '（' + PY + '）'); B.def('YD', String(Math.abs(cur - prev)), d.u, d.n + '变动量');
  B.def('YR', X.div(X.D(String(Math.abs(cur - prev) * 100)), X.D(String(prev)), rd), '%', d.n + '变动率');
  B.rel('sum', 'yoy_abs', '本年−上年=变动量', up ? { total: 'YC', parts: ['YP', 'YD'] } : { total: 'YP', parts: ['YC', 'YD'] });
  B.rel('change', 'yoy_rate', '变动率=(本年−上年)÷上年', { result: 'YR', cur: 'YC', prev: 'YP', dir: up ? 'up' : 'down' });
  const inc = up ? B.pick(['增加', '增长']) : B.pick(['减少', '下降']); const rt = up ? B.pick(['增幅', '增长', '同比增长']) : B.pick(['降幅', '下降', '同比下降']);
  B.p(B.pick([
    () => Y_ + '年' + d.n + '达到' + B.m('YC') + '，较' + PY + '年的' + B.m('YP') + inc + B.m('YD') + '，' + rt + B.m('YR') + '。',
    () => '与上年相比，' + d.n + '由' + B.m('YP') + (up ? '增至' : '降至') + B.m('YC') + '，' + inc + B.m('YD') + '，' + rt + B.m('YR') + '。',
    () => d.n + B.m('YC') + '，同比' + inc + B.m('YR') + '（' + PY + '年为' + B.m('YP') + '，' + inc + B.m('YD') + '）。',
    () => B.b('经济社会效益：') + d.n + '为' + B.m('YC') + '，上年同期为' + B.m('YP') + '，净' + inc + B.m('YD') + '，变动幅度' + B.m('YR') + '。',
  ])());
}
function pp(B) {
  const T = B.T; const a = B.int(7000, 9500); const up = B.chance(0.7); const dd = B.int(30, 600); const b = up ? Math.min(9990, a + dd) : a - dd;
  B.def('PA', X.D((a / 100).toFixed(2)), '%', T.pp + '（' + PY + '）'); B.def('PB', X.D((b / 100).toFixed(2)), '%', T.pp + '（' + Y_ + '）'); B.def('PD', X.D((Math.abs(b - a) / 100).toFixed(2)), '个百分点', T.pp + '变动');
  B.rel('sum', 'pp', '百分点变动=本年比率−上年比率', up ? { total: 'PB', parts: ['PA', 'PD'] } : { total: 'PA', parts: ['PB', 'PD'] });
  B.p(B.pick([
    () => T.pp + '由' + PY + '年的' + B.m('PA') + (up ? '提高到' : '回落至') + B.m('PB') + '，' + (up ? '提高' : '下降') + B.m('PD') + '。',
    () => T.pp + '达到' + B.m('PB') + '，同比' + (up ? '提升' : '下降') + B.m('PD') + '（上年' + B.m('PA') + '）' + (up ? '，高于' + B.t('target', '≥' + Math.floor(a / 100) + '%', '目标') + '的目标要求。' : '，主要受统计口径调整影响。'),
    () => '本年' + T.pp + B.m('PB') + '，上年' + B.m('PA') + '，' + (up ? '上升' : '下降') + B.m('PD') + '。',
  ])());
}
function satisfaction(B) {
  const N = B.int(150, 1200); const M = B.int(Math.floor(N * 0.85), N); const K = B.int(Math.floor(M * 0.88), M);
  B.def('SN', String(N), '份', '发放问卷'); B.def('SM', String(M), '份', '回收问卷'); B.def('SK', String(K), '份', '满意问卷');
  const d1 = B.pick([1, 2]);
  B.def('SR1', X.div(X.D(String(M * 100)), X.D(String(N)), d1), '%', '问卷回收率'); B.def('SR2', X.div(X.D(String(K * 100)), X.D(String(M)), d1), '%', '满意度');
  B.rel('ratio', 'response_rate', '回收率=回收÷发放', { result: 'SR1', num: 'SM', den: 'SN' });
  B.rel('ratio', 'satisfaction', '满意度=满意份数÷有效问卷', { result: 'SR2', num: 'SK', den: 'SM' });
  B.p(B.pick([
    () => '通过线上线下相结合的方式开展满意度调查，共发放问卷' + B.m('SN') + '，回收有效问卷' + B.m('SM') + '，回收率' + B.m('SR1') + '；其中表示满意和基本满意的' + B.m('SK') + '，满意度' + B.m('SR2') + '，' + (K * 100 >= M * (B.st ? B.st[1] : 90) ? '达到' : '未达到') + B.t('target', B.st ? B.st[0] : '≥90%', '目标值') + '的要求。',
    () => B.b('满意度指标：') + '发放问卷' + B.m('SN') + '，收回' + B.m('SM') + '（回收率' + B.m('SR1') + '），满意' + B.m('SK') + '，综合满意度为' + B.m('SR2') + '。',
    () => '委托第三方机构于' + B.t('date', Y_ + '年12月', '日期') + '开展服务对象满意度调查。调查共发出问卷' + B.m('SN') + '，有效回收' + B.m('SM') + '，回收率为' + B.m('SR1') + '。统计结果显示，满意及比较满意的问卷' + B.m('SK') + '，满意率' + B.m('SR2') + '。',
  ])());
}
// score table: exec score = weight * rate, total = sum
function score(B, fw) {
  const U = B.U;
  const sets = {
    proj: [['预算执行率', 10], ['产出指标', 50], ['效益指标', 30], ['满意度指标', 10]],
    proj2: [['预算执行率', 10], ['产出指标', 40], ['效益指标', 20], ['成本指标', 20], ['满意度指标', 10]],
    dept: [['预算执行', 10], ['运行成本', 15], ['管理效率', 15], ['履职效能', 40], ['社会效应', 10], ['服务对象满意度', 10]],
  };
  const W = sets[fw];
  W.forEach(([n, w], i) => B.def('W' + i, String(w), '分', n + '分值'));
  B.def('WT', '100', '分', '分值合计');
  const rate = B.v('RATE');
  B.def('S0', X.scale(X.div(X.mul(X.D(String(W[0][1])), rate), X.D('100'), 2), 2), '分', W[0][0] + '得分');
  W.slice(1).forEach(([n, w], i) => { const ded = B.pick([0, 0, 0.5, 1, 1.5, 2, 3]); B.def('S' + (i + 1), X.scale(X.D(String(w - ded)), B.chance(0.3) ? 1 : 0), '分', n + '得分'); });
  let tot = X.D('0'); W.forEach((x, i) => { tot = X.add(tot, B.v('S' + i)); }); B.def('ST', X.scale(tot, 2), '分', '自评总分');
  B.rel('product', 'score_exec', W[0][0] + '得分=分值×执行率', { result: 'S0', factors: ['W0', 'RATEs'] });
  B.rel('sum', 'score_total', '总分=各项得分之和', { total: 'ST', parts: W.map((x, i) => 'S' + i) });
  B.rel('sum', 'weight_total', '分值合计=100', { total: 'WT', parts: W.map((x, i) => 'W' + i) });
  B.h2(B.pick(['自评得分情况', '绩效自评结果', '综合评分']));
  const useTable = B.style === 'md' ? B.chance(0.75) : (U.tbl === 'tab');
  if (useTable) {
    B.p('本年度预算执行率为' + B.m('RATE', { as: 'RATEs' }) + '，按“执行率×分值”计分。各项指标得分见下表：');
    B.table(['一级指标', '分值', '得分', '扣分原因'], W.map(([n], i) => [n, B.m('W' + i, { bare: true }), B.m('S' + i, { bare: true }), i === 0 ? '未全部执行' : (X.eq(B.v('S' + i), B.v('W' + i)) ? '—' : B.pick(['个别指标未完成', '部分指标量化不足', '佐证材料不全']))]).concat([['合计', B.m('WT', { bare: true }), B.m('ST', { bare: true, as: 'STtbl' }), '']]));
  } else {
    B.p('按照' + B.m('WT', { mw: '分' }) + '制评分，' + W.map(([n], i) => n + '分值' + B.m('W' + i) + '，得分' + B.m('S' + i)).join('；') + '，合计得分' + B.m('ST', { as: 'STtbl' }) + '。其中' + W[0][0] + '得分按执行率' + B.m('RATE', { as: 'RATEs' }) + '折算。');
  }
  B.rels[B.rels.length - 2].total = 'STtbl';
  const gr = X.cmp(B.v('ST'), X.D('90')) >= 0 ? '优' : X.cmp(B.v('ST'), X.D('80')) >= 0 ? '良' : '中';
  B.p(B.pick([
    () => '经综合评定，' + U.subject + '自评得分' + B.m('ST') + '，评价等级为' + B.t('grade', '“' + gr + '”', '等级，≥90分为优，80–90分为良') + '。',
    () => '综上，自评总分为' + B.m('ST') + '，自评结论为' + B.t('grade', '“' + gr + '”', '等级') + '。',
    () => B.b('自评结论：') + '本年度绩效自评得分' + B.m('ST') + '，等级' + B.t('grade', gr, '等级') + '。',
  ])());
}
// summary: repeats of Y / E / RATE (possibly rounded or converted)
function summary(B) {
  const y = B.v('Y');
  const yo = B.pick([{ dec: 1 }, { dec: 2, sep: !B.U.sep }, X.cmp(y, X.D('1000')) >= 0 ? { unit: '亿元', dec: 2 } : { dec: 1 }, { unit: '元', dec: 0 }]);
  const eo = B.pick([{ dec: 1 }, { dec: 0 }, { dec: 2 }]);
  B.p(B.pick([
    () => '总体来看，全年预算' + B.m('Y', yo) + '，支出' + B.m('E', eo) + '，执行率' + B.m('RATE') + '，资金使用总体规范、有效。',
    () => '综合以上情况，项目年度资金' + B.m('Y', yo) + '已基本执行到位（执行率' + B.m('RATE') + '），各项产出目标基本完成。',
    () => B.b('小结：') + '本年度实际支出' + B.m('E', eo) + '，占全年预算' + B.m('Y', yo) + '的' + B.m('RATE') + '。',
  ])());
}
function problems(B) {
  const T = B.T; const ps = T.probs;
  B.h1(B.pick(['存在的问题及原因分析', '存在的主要问题', '问题及原因']));
  const v = B.pick([0, 1, 2]);
  if (v === 0) B.p('一是' + ps[0] + '。二是' + ps[1] + '。三是' + ps[2] + '。');
  else if (v === 1) B.list(ps.map(p => p + '。'));
  else ps.forEach((p, i) => B.p(B.b('（' + X.cn(i + 1) + '）' + p.split('，')[0] + '。') + (p.split('，').slice(1).join('，') || '原因主要在于前期谋划不足') + '。'));
}
function measures(B) {
  const T = B.T; const ms = T.meas;
  B.h1(B.pick(['下一步改进措施', '改进措施及建议', '下一步工作打算']));
  B.list(ms.map((m, i) => m + (i === 1 ? '，力争在' + B.t('date', '2025年' + B.int(6, 10) + '月底前', '日期') + '完成整改' : '') + '。'));
  if (B.chance(0.6)) B.p(B.pick([
    () => '建议对单个项目每年安排' + B.t('range', B.int(2, 4) + '～' + B.int(5, 8) + '万元', '区间') + '的管护经费，确保项目长期发挥效益。',
    () => '联系人：' + B.pick(['林晓帆', '周若岚', '许砚秋', '陈一鸣', '吴知远']) + '，联系电话：' + B.t('phone', '0' + B.int(700, 799) + '-' + B.int(5000000, 8999999), '电话号码') + '。',
    () => '下一步将按照' + B.t('docno', B.U.abbr + '财绩〔2024〕' + B.int(3, 30) + '号', '文号') + '要求，及时公开自评结果，接受社会监督。',
  ])());
}
module.exports = { title, preamble, projOverview, targets, duties, sections, staff, funds, items, outputs, quality, perhead, yoy, pp, satisfaction, score, summary, problems, measures, docno, Y_, PY };
