'use strict';
// 项目支出绩效自评报告 template.
const { rng, R, yuan, Doc } = require('./lib.cjs');
const CN = ['一', '二', '三', '四', '五', '六', '七', '八'];
const sumB = (a) => a.reduce((x, y) => x + y, 0n);

function proj(u) {
  const g = rng(Number(u.nn) * 104729 + 3);
  const d = new Doc({ title: u.name });
  const Y = 2024;
  const tu = u.tableYuan ? '元' : '万元';
  const unitNote = u.tableYuan ? '单位：元' : '单位：万元';
  const T = (fen, c, o = {}) => d.fig(yuan(fen), tu, 2, { suffix: '', sep: !!u.tableYuan, c, ...o });
  const P = (fen, c, o = {}) => d.m(fen, c, o);
  const cw = (lo, hi) => g.big(lo, hi) * 10000n;
  const v1 = Number(u.nn) % 2 === 0;
  const org = u.org;
  // ---------- model ----------
  const subs = u.sub.map(name => { const a = cw(1500, 9000) * BigInt(u.size); const full = g.int(0, 2) === 0; return { name, a, e: full ? a : a - cw(10, Number(a / 10000n / 15n) + 20) }; });
  const A = sumB(subs.map(s => s.a)), E = sumB(subs.map(s => s.e));
  const carry = cw(200, 1500) * BigInt(u.size);
  const up = (A - carry) * BigInt(g.int(40, 70)) / 100n / 10000n * 10000n; // 上级补助
  const loc = A - carry - up; // 本级财政
  const adjUp = v1 ? cw(300, 1200) * BigInt(u.size) : 0n; // 年中追加（上级） 
  const up0 = up - adjUp; const A0 = A - adjUp;
  // execution by source: carry fully used first, then upper, then local
  let rem = E; const eCarry = carry < rem ? carry : rem; rem -= eCarry; const eUp = up < rem ? up : rem; rem -= eUp; const eLoc = rem;
  const outs = u.outputs.map(([k, w, t]) => ({ k, w, t, a: t + g.int(0, Math.max(1, Math.floor(t / 12))) }));

  d.title(`${org}${Y}年度${u.name}支出绩效自评报告`);
  d.p(`按照${u.place}财政局关于开展${Y}年度项目支出绩效自评工作的部署，${org}组织业务股室和项目实施单位，对${u.name}的资金投入、过程管理、产出和效益进行了全面自评，形成本报告。`);
  d.heading('一、项目基本情况');
  d.heading('（一）项目概况', 2);
  d.p(`${u.name}是${u.place}${Y}年度民生实事和重点工作安排的专项项目，主管部门为${org}，实施内容包括${u.sub.join('、')}等方面。`);
  d.p(`项目实施期为${Y}年1月1日至${Y}年12月31日，按照“统一规划、分步实施、按进度拨款”的原则组织推进。`);
  d.trap(`${Y}年1月1日至${Y}年12月31日`, '日期区间');
  d.p(`项目由${org}牵头，财政、审计等部门按职责参与监督，各实施主体负责具体建设和服务供给，形成了分工明确、责任到人的工作机制。`);
  d.heading('（二）项目资金安排', 2);
  const fA = P(A, 'A'), fCarry = P(carry, 'carry'), fUp = P(up, 'up'), fLoc = P(loc, 'loc');
  if (v1) {
    const fA0 = P(A0, 'A0'), fAdj = P(adjUp, null);
    d.p(`项目年初预算`, fA0, `，年中上级追加补助`, fAdj, `，调整后全年预算`, fA, `。`);
    d.sum('全年预算＝年初预算＋追加', fA, [fA0, fAdj]);
  } else d.p(`项目年初预算与全年预算一致，均为`, fA, `，年度内未作调整。`);
  d.p(`按资金来源分：上级补助资金`, fUp, `，${u.place}本级财政资金`, fLoc, `，上年结转资金`, fCarry, `。`);
  { const fA2 = P(A, 'A'); d.p(`以上三项合计`, fA2, `，与全年预算一致。`); d.sum('全年预算＝上级补助＋本级财政＋上年结转', fA2, [fUp, fLoc, fCarry]); }
  d.heading('（三）项目绩效目标', 2);
  d.p(`项目年度总体目标是：按期完成${u.sub.slice(0, 2).join('和')}等建设任务，提升公共服务供给质量，使受益群众满意度达到90%以上。`);
  outs.forEach((o, i) => d.p(`${i + 1}.${o.k}${v1 ? '不少于' : '≥'}${o.t}${o.w}；`));
  d.trap('≥/不少于 目标值', '目标值，带比较符'); d.trap('90%以上', '目标值');
  d.p(`${outs.length + 1}.资金拨付及时率100%，项目验收合格率100%。`);
  // ---------- 二 ----------
  d.heading('二、项目资金使用及管理情况');
  d.heading('（一）资金到位和执行情况', 2);
  const fE = P(E, 'E'), fRate = d.pct(R(E, A), 'rate'), fBal = P(A - E, 'bal');
  d.p(`截至${Y}年12月31日，项目资金全部到位，全年实际支出`, fE, `，预算执行率`, fRate, `，结余`, fBal, `。`);
  const fAr = P(A, 'A');
  d.p(`执行率计算口径为实际支出除以全年预算`, fAr, `，结余资金已按规定${v1 ? '结转下年继续使用' : '收回财政统筹'}。`);
  d.ratio('执行率＝支出÷全年预算（正文）', fRate, [fE], [fAr]); d.diff('结余＝全年预算−支出（正文）', fBal, fAr, fE);
  const yi = d.fig(yuan(E), '亿元', 2, { suffix: '亿元' });
  d.p(`从资金规模看，项目全年投入近`, yi, `，是${org}当年规模较大的专项资金之一。`);
  d.trap(`近${yi.text}亿元`, '约数');
  // 资金来源表
  const srcRows = []; const col = { a0: [], a: [], e: [] };
  const srcs = [['当年财政拨款（上级补助）', up0, up, eUp], ['当年财政拨款（本级）', loc, loc, eLoc], ['上年结转资金', carry, carry, eCarry], ['其他资金', 0n, 0n, 0n]];
  const tA0 = T(A0, 'A0', { canon: true }), tA = T(A, 'A', { canon: true }), tE = T(E, 'E', { canon: true }), tR = d.pct(R(E, A), 'rate', { suffix: '', canon: true });
  d.ratio('执行率＝执行÷全年预算（资金表，总额）', tR, [tE], [tA]);
  srcRows.push(['年度资金总额', tA0, tA, tE, tR]);
  for (const [k, a0, a, e] of srcs) {
    const f0 = T(a0, null), f1 = T(a, k === '上年结转资金' ? 'carry' : k.includes('上级') ? 'up' : k.includes('本级') ? 'loc' : null), f2 = T(e, null);
    col.a0.push(f0); col.a.push(f1); col.e.push(f2);
    let fr = '—'; if (a > 0n) { fr = d.pct(R(e, a), null, { suffix: '' }); d.ratio(`执行率（${k}）`, fr, [f2], [f1]); }
    srcRows.push([`\u3000${k}`, f0, f1, f2, fr]);
  }
  d.sum('年初预算合计＝各来源之和', tA0, col.a0); d.sum('全年预算合计＝各来源之和', tA, col.a); d.sum('执行合计＝各来源之和', tE, col.e);
  d.table({ caption: `表1 项目资金来源及执行情况表`, unit: unitNote, head: [[{ text: '资金来源' }, { text: '年初预算数' }, { text: '全年预算数' }, { text: '全年执行数' }, { text: '执行率' }]], colNames: ['资金来源', '年初预算数', '全年预算数', '全年执行数', '执行率'], rows: srcRows });
  // 明细表
  d.heading('（二）资金使用明细', 2);
  const mRows = []; const ma = [], me = [], mb = [];
  subs.forEach((s, i) => {
    const fa = T(s.a, 'sa' + i, { canon: true }), fe = T(s.e, 'se' + i, { canon: true }), fr = d.pct(R(s.e, s.a), null, { suffix: '' }), fb = T(s.a - s.e, null);
    ma.push(fa); me.push(fe); mb.push(fb);
    d.ratio(`执行率（${s.name}）`, fr, [fe], [fa]); d.diff(`结余＝预算−执行（${s.name}）`, fb, fa, fe);
    mRows.push([v1 ? `（${CN[i]}）${s.name}` : `${i + 1}.${s.name}`, fa, fe, fr, fb]);
  });
  const ta = T(A, 'A'), te = T(E, 'E'), trr = d.pct(R(E, A), 'rate', { suffix: '' }), tb = T(A - E, 'bal', { canon: true });
  d.sum('明细预算合计', ta, ma); d.sum('明细执行合计', te, me); d.sum('明细结余合计', tb, mb); d.ratio('执行率（明细合计）', trr, [te], [ta]); d.diff('结余（明细合计）', tb, ta, te);
  mRows.push(['合计', ta, te, trr, tb]);
  mRows.push([{ span: 5, text: `说明：结余为全年预算数减全年执行数；执行率＝全年执行数÷全年预算数×100%。各子项资金均通过国库集中支付系统直接支付至供应商或受益对象账户，不存在截留、挤占、挪用情况。` }]);
  d.table({ caption: `表2 ${u.name}资金使用明细表`, unit: unitNote, head: v1 ? [[{ text: '子项名称', rs: 2 }, { text: '资金情况', cs: 2 }, { text: '执行结果', cs: 2 }], [{ text: '全年预算' }, { text: '实际支出' }, { text: '执行率' }, { text: '结余' }]] : [[{ text: '子项名称' }, { text: '全年预算' }, { text: '实际支出' }, { text: '执行率' }, { text: '结余' }]], colNames: ['子项名称', '全年预算', '实际支出', '执行率', '结余'], rows: mRows, canSplit: true });
  subs.forEach((s, i) => {
    if (i > 2) return;
    const fa = P(s.a, 'sa' + i), fe = P(s.e, 'se' + i);
    const sh = d.pct(R(s.e, E), null, { q: 1 });
    d.p(`${s.name}：安排预算`, fa, `，实际支出`, fe, `，占项目总支出的`, sh, `。主要用于${s.name}相关的采购、施工和服务购买。`);
    d.ratio(`子项支出占比（${s.name}）`, sh, [fe], [fE]);
  });
  d.p(`另有${u.sub.slice(3).join('、') || '零星支出'}等子项，支出情况详见表2。`);
  d.heading('（三）资金管理情况', 2);
  d.p(`${org}制定了项目资金管理办法和实施细则，明确资金申报、审核、拨付、验收和监督各环节的责任分工，严格执行政府采购和国库集中支付制度。`);
  d.p(`资金拨付实行报账制，实施单位凭合同、验收单和发票申请拨款，财务人员逐笔审核，确保资金使用合规。`);
  d.p(`项目实施过程中，${org}组织开展了${g.int(2, 5)}次专项督查，对发现的问题建立台账、限期整改，整改完成率100%。`);
  d.heading('（四）项目组织实施情况', 2);
  d.p(`${org}成立了由主要负责人任组长的项目工作专班，每月召开调度会，及时协调解决实施中的困难。项目严格执行招投标、合同管理和竣工验收制度，相关档案资料完整。`);
  // ---------- 三 绩效 ----------
  d.heading('三、项目绩效情况');
  d.heading('（一）产出情况', 2);
  const oRows = [];
  outs.forEach((o, i) => {
    const ft = d.cnt(o.t, '', null, { suffix: '' }), fa = d.cnt(o.a, '', 'out' + i, { suffix: '', canon: true }), fr = d.pct(R(o.a, o.t), null, { suffix: '' });
    d.ratio(`完成率＝实际÷目标（表，${o.k}）`, fr, [fa], [ft]);
    oRows.push([o.k, o.w, ft, fa, fr]);
  });
  d.table({ caption: `表3 主要产出指标完成情况表`, head: [[{ text: '指标名称' }, { text: '计量单位' }, { text: '年度目标' }, { text: '实际完成' }, { text: '完成率' }]], colNames: ['指标名称', '计量单位', '年度目标', '实际完成', '完成率'], rows: oRows });
  outs.forEach((o, i) => {
    const fa = d.cnt(o.a, o.w, 'out' + i);
    const sub = subs[i % subs.length];
    const fe = P(sub.e, 'se' + (i % subs.length));
    const unitCost = d.fig(R(sub.e, 100n * BigInt(o.a)), '万元', 4, { suffix: '万元' });
    d.p(`${i + 1}.${o.k}`, fa, `，超额完成年度目标。对应子项实际支出`, fe, `，平均每${o.w}投入`, unitCost, `。`);
    d.ratio(`单位成本＝子项支出÷产出数量（${o.k}）`, unitCost, [fe], [fa]);
  });
  d.p(`${outs.length + 1}.质量指标：项目验收合格率100%，未发生质量安全事故。`);
  d.p(`${outs.length + 2}.时效指标：各子项均在${Y}年11月底前完工，资金拨付及时率100%。`);
  d.heading('（二）效益情况', 2);
  d.p(`1.社会效益：项目实施改善了群众生产生活条件，受益群众约${g.int(2, 9)}万人，公共服务可及性明显提高。`);
  d.trap('约…万人', '约数');
  d.p(`2.可持续影响：建立了长效管护机制，明确管护主体和管护经费来源，确保项目持续发挥效益。`);
  const sat = 900 + g.int(10, 90);
  d.p(`3.满意度：通过问卷调查和入户走访，共发放问卷${g.int(200, 600)}份，受益群众满意度为${(sat / 10).toFixed(1)}%，高于90%的目标值。`);
  d.trap('满意度…高于90%的目标值', '实际值与目标值比较');
  // ---------- 自评表 ----------
  d.heading('（三）自评得分情况', 2);
  const wExe = 10;
  const ind = [['产出指标', '数量指标', outs[0].k, `≥${outs[0].t}${outs[0].w}`, `${outs[0].a}${outs[0].w}`, 15], ['产出指标', '数量指标', outs[1].k, `≥${outs[1].t}${outs[1].w}`, `${outs[1].a}${outs[1].w}`, 10], ['产出指标', '数量指标', outs[2].k, `≥${outs[2].t}${outs[2].w}`, `${outs[2].a}${outs[2].w}`, 10], ['产出指标', '质量指标', '验收合格率', '100%', '100%', 10], ['产出指标', '时效指标', '资金拨付及时率', '100%', '100%', 5], ['效益指标', '社会效益指标', '群众生产生活条件改善', '明显改善', '明显改善', 15], ['效益指标', '可持续影响指标', '长效管护机制', '建立', '已建立', 15], ['满意度指标', '服务对象满意度指标', '受益群众满意度', '≥90%', `${(sat / 10).toFixed(1)}%`, 10]];
  const ptsRows = []; const fw = [], fs = [];
  const fw0 = d.fig(R(wExe), '', 0, { suffix: '' }); const fs0 = d.fig(R(E * 10n, A), '', 2, { suffix: '' });
  const fAs = T(A, 'A'), fEs = T(E, 'E'), fRs = d.pct(R(E, A), 'rate', { suffix: '' });
  d.ratio('执行率（自评表）', fRs, [fEs], [fAs]);
  d.ratio('预算执行率得分＝执行率×分值', fs0, [fEs], [fAs], { k: [10, 1] });
  fw.push(fw0); fs.push(fs0);
  ptsRows.push(['预算执行率', '—', '—', '全年预算数', fAs, fw0, fs0]);
  ptsRows.push(['', '', '', '全年执行数', fEs, '', '']);
  ptsRows.push(['', '', '', '执行率', fRs, '', '']);
  let lost = 0;
  ind.forEach(([l1, l2, l3, tgt, act, w], i) => {
    const s = i === 6 && v1 ? w * 100 - 150 : i === 5 && !v1 ? w * 100 - 100 : w * 100; lost += w * 100 - s;
    const a = d.fig(R(w), '', 0, { suffix: '' }), b = d.fig(R(s, 100), '', 2, { suffix: '' }); fw.push(a); fs.push(b);
    ptsRows.push([i === 0 || ind[i - 1][0] !== l1 ? l1 : '', l2, l3, tgt, act, a, b]);
  });
  const tw = d.fig(R(100), '', 0, { suffix: '' });
  const totalR = (() => { let n = R(0); const { add } = require('./lib.cjs'); n = add(R(E * 10n, A), R(ind.reduce((x, r) => x + r[5] * 100, 0) - lost, 100)); return n; })();
  const ts = d.fig(totalR, '', 2, { suffix: '', c: 'score', canon: true });
  d.sum('分值合计＝100', tw, fw); d.sum('总分＝各项得分之和', ts, fs);
  ptsRows.push(['总分', '', '', '', '', tw, ts]);
  d.table({ caption: `表4 ${u.name}绩效自评表`, head: [[{ text: '一级指标' }, { text: '二级指标' }, { text: '三级指标' }, { text: '年度指标值' }, { text: '实际完成值' }, { text: '分值' }, { text: '得分' }]], colNames: ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'], rows: ptsRows, firstW: 1300, labelCols: () => [2, 3, 1, 0] });
  d.p(`经综合评定，${u.name}绩效自评得分`, d.fig(totalR, '', 2, { suffix: '分', c: 'score' }), `，其中预算执行率指标得分`, d.fig(R(E * 10n, A), '', 2, { suffix: '分', c: null }), `，评价等级为“${totalR.n * 100n >= 90n * totalR.d * 100n ? '优' : '良'}”。扣分原因主要是${v1 ? '长效管护机制尚未全面覆盖所有子项' : '部分群众对项目进度反映不够及时'}。`);
  { const parts = d.blocks[d.blocks.length - 1].parts; d.rel('eq', '预算执行率得分两处一致（文对表）', parts[3], [fs0], { sub: '文表' }); }
  // ---------- 四 五 ----------
  d.heading('四、存在的问题及原因分析');
  d.p(`（一）前期准备不够充分。部分子项设计方案调整较多，导致开工时间推迟，支出进度前慢后快。`);
  d.p(`（二）绩效指标细化不足。效益指标以定性描述为主，量化程度不高，难以精确反映项目成效。`);
  d.p(`（三）后续管护压力较大。项目建成后管护主体分散，管护资金来源尚不稳定。`);
  d.heading('五、下一步改进措施');
  d.p(`1.提前做好项目储备和前期论证，细化实施方案，确保项目早开工、早见效。`);
  d.p(`2.完善绩效指标体系，增加可量化的效益指标，强化绩效运行监控。`);
  d.p(`3.落实长效管护责任，探索多元化管护资金筹措机制。`);
  d.p(`4.加强绩效自评结果应用，将自评结果作为下年度项目预算安排的重要参考。`);
  d.right(org); d.right(`${Y + 1}年3月${8 + Number(u.nn) % 15}日`);
  return d;
}
module.exports = { proj };
