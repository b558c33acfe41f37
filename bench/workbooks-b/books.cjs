'use strict';
// The 24 workbook configurations. Each build(B, r) writes sheets and returns the mutation {key, how, pos}.
const SH = require('./sheets.cjs');
const { funds, goals, deptInds, makeInds, cents, split, splitExec } = require('./data.cjs');
const { divHalfUp } = require('./lib.cjs');

const NAMES = ['林晓舟', '周雨桐', '陈柏川', '许念真', '高岩松', '唐若溪', '邵明远', '钟采薇', '孟启航', '韩知秋', '梁砚池', '谢暮云'];
const FOOT = (r) => ({ who: r.pick(NAMES), tel: `0${r.int(701, 799)}-8${r.int(100000, 999999)}`, date: `2025年3月${r.int(5, 28)}日` });
const eq = (B, a, b, kind, dp = 2, scale) => B.rel({ type: 'eq', a, b, dp, ...(scale ? { scale } : {}), kind: '跨表一致：' + kind });

function proj(B, r, o) {
  const P = { year: 2024, sdp: 1, rdp: 2, execW: 10, amt: 'num', fmt: '0.00', rate: 'pct', sub: 'none', blank: 'blank', order: 'totalFirst', ...o.P };
  P.inds = makeInds(r, o.domain, o.weights || { 产出指标: 50, 效益指标: 30, 满意度指标: 10 }, o.partial ?? 1, P.sdp);
  P.F = o.F || funds(r, o.srcs || [1, 0, 0], o.lo ?? 300, o.hi ?? 1500, P);
  P.goals = goals(P.inds, o.lead); P.proj = o.proj; P.dept = o.dept; P.impl = o.impl || o.dept; P.footer = FOOT(r); P.note = o.note;
  const K = SH.projSheet(B, o.sheet || '项目支出绩效自评表', P);
  return { K, P };
}

// department: amounts in 万元 cents
function deptData(r, lo, hi, sub) {
  for (let k = 0; k < 500; k++) {
    const pers = cents(r, lo, hi), pub = Math.round(pers * (0.12 + 0.2 * r())), pj = Math.round(pers * (0.5 + 1.5 * r()));
    const init = [0, 0, Math.round(pers * 0.96), Math.round(pub * 0.9), Math.round(pj * (0.55 + 0.3 * r()))];
    const ex = [0, 0, Math.floor(pers * (0.985 + 0.015 * r())), Math.floor(pub * (0.93 + 0.07 * r())), Math.floor(pj * (0.9 + 0.1 * r()))];
    const full = [0, 0, pers, pub, pj];
    for (const a of [init, full, ex]) { a[1] = a[2] + a[3]; a[0] = a[1] + a[4]; }
    const ok = (i) => { const e = ex[i], f = full[i]; const a = SH.scoreU(e, f, 10, 1); let b = divHalfUp(BigInt(SH.rateU(e, f, 2)) * 10n * 10n, 10000n); if (b > 100n) b = 100n; return a === b; };
    if (ok(0) && (!sub || (ok(1) && ok(4)))) return { init, full, exec: ex };
  }
  throw new Error('deptData');
}
function staffRows(r, kinds) { return kinds.map((k) => { const q = r.int(6, 60); return [k, q, q - r.int(0, Math.max(1, Math.floor(q / 6))), r.int(0, 25)]; }); }
function sgData(r) {
  const z = r() < 0.6; const v = {};
  const t = (lo, hi) => { const bud = cents(r, lo, hi); const act = Math.floor(bud * (0.55 + 0.45 * r())); const prev = Math.floor(bud * (0.8 + 0.4 * r())); return [prev, bud, act]; };
  v.abroad = z ? [0, 0, 0] : t(2, 8); v.buy = r() < 0.7 ? [0, 0, 0] : t(15, 25); v.run = t(3, 12); v.recep = t(1.5, 6);
  return v;
}
function dept(B, r, o) {
  const P = { year: 2024, sdp: 1, rdp: 2, execW: 10, amt: 'num', fmt: '#,##0.00', rate: 'pct', sub: 'none', unitName: o.unitName, ...o.P };
  const D = deptData(r, o.lo ?? 400, o.hi ?? 1200, P.sub === 'score');
  const rows = staffRows(r, o.staffKinds || ['行政编制', '事业编制', '工勤编制']);
  const tq = rows.reduce((a, x) => a + x[1], 0), ta = rows.reduce((a, x) => a + x[2], 0);
  const sg = sgData(r); const sgT = [1, 2].map((i) => sg.abroad[i] + sg.buy[i] + sg.run[i] + sg.recep[i]);
  const vals = { staff: SH.rateU(ta, tq, 2), sg: SH.rateU(sgT[1], sgT[0], 2), carry: SH.rateU(D.full[0] - D.exec[0], D.full[0], 2) };
  P.inds = deptInds(r, o.domain, o.fw || 'std', P.sdp, vals); P.D = D; P.goals = goals(P.inds.filter((x) => x.kind !== 'x'), o.lead); P.footer = FOOT(r); P.note = o.note;
  const sheets = o.order || ['dept', 'staff', 'sg'];
  const out = { P, D };
  for (const s of sheets) {
    if (s === 'dept') out.K = SH.deptSheet(B, o.deptSheet || '整体支出绩效自评表', P);
    if (s === 'staff') out.St = SH.staffSheet(B, o.staffSheet || '人员情况', { rows, total: true, rate: o.staffRate, note: o.staffNote });
    if (s === 'sg') out.Sg = SH.sanGongSheet(B, o.sgSheet || '三公经费', { year: 2024, v: sg, chg: o.chg, fmt: '0.00', rate: o.sgRate || 'pct', note: '注：控制率=本年决算数/本年预算数。' });
    if (s === 'inc') {
      const open = cents(r, 10, 80); const fin = D.exec[0] - cents(r, 5, 40) + (r() < 0.5 ? cents(r, 20, 60) : 0); const oth = cents(r, 3, 30);
      out.In = SH.incomeSheet(B, '收支决算总表', { year: 2024, unitName: o.unitName, fmt: '#,##0.00', inc: [['一般公共预算财政拨款收入', fin], ['政府性基金预算财政拨款收入', 0], ['其他收入', oth]], exp: [['基本支出', D.exec[1]], ['项目支出', D.exec[4]]], open: open + Math.max(0, D.exec[0] - fin - oth), noGrand: o.noGrand, note: '注：本表按部门决算口径填列。' });
    }
  }
  const K = out.K;
  for (const x of P.inds) {
    if (x.cross === 'staff' && out.St) eq(B, x.actK, out.St.tot.rate, '在职人员控制率（自评表实际完成值=人员情况表合计控制率）');
    if (x.cross === 'sg' && out.Sg) eq(B, x.actK, out.Sg.tot.ctl, '三公经费控制率（自评表实际完成值=三公经费表合计控制率）');
    if (x.cross === 'carry') B.rel({ type: 'ratio', target: x.actK, num: [[1, K.full0], [-1, K.exec0]], den: [[1, K.full0]], dp: 2, kind: '结转结余率=(全年预算数-全年执行数)/全年预算数' });
  }
  if (out.In) { eq(B, out.In.te, K.exec0, '本年支出合计=整体自评表年度资金总额全年执行数'); eq(B, out.In.exp[0], K.exec1, '基本支出决算=自评表基本支出全年执行数'); eq(B, out.In.exp[1], K.exec4, '项目支出决算=自评表项目支出全年执行数'); }
  return out;
}

const PROSE = {
  intro: (u, p) => `${u}根据预算绩效管理有关规定，对${p}开展了绩效自评。自评以年初设定的绩效目标为依据，对照资金拨付凭证、项目验收资料和服务对象问卷逐项核实。`,
  method: () => '自评组由分管负责人牵头，财务、业务科室共同参加，采取资料审核与实地抽查相结合的方式，逐项核对年度指标完成情况，据实打分。',
  result: (g) => `经综合评定，自评等级为“${g}”。存在的主要问题是部分项目前期准备不足、支出进度前慢后快，下一步将加强预算执行监控，提前做好项目储备。`,
  open: () => '本自评表及报告将按规定在单位门户网站公开，接受社会监督。',
};

const WORKBOOKS = [
  { id: '01', slug: 'qinglan-keji', unit: '青岚市科学技术局', kind: '项目支出绩效自评表 + 项目资金明细', cat: '合计', features: '资金块年度资金总额在末行（与样例同式）；明细表5个子项目含合计行；0.00格式；执行率存为小数配0.00%',
    build(B, r) {
      const { K, P } = proj(B, r, { domain: 'keji', proj: '2024年度科技创新引导专项资金', dept: '青岚市科学技术局', lead: '聚焦企业研发和平台建设', lo: 1200, hi: 2600, P: { order: 'totalLast', totalW: true } });
      const tf = K.tot.full, te = K.tot.exec; const fulls = split(r, tf, 5); const ex = splitExec(r, fulls, te);
      const names = ['企业研发后补助', '创新平台建设奖补', '科技特派员服务', '科技成果转化项目', '科普示范基地建设'];
      const Kd = SH.detailSheet(B, '项目资金明细', { year: 2024, unitName: '青岚市科学技术局', fmt: '0.00', items: fulls.map((f, i) => ({ name: names[i], src: '本级财政', full: f, exec: ex[i] })), note: '注：结余资金已按规定收回统筹。' });
      eq(B, Kd.tot.full, K.full, '明细表全年预算数合计=自评表年度资金总额全年预算数'); eq(B, Kd.tot.exec, K.exec, '明细表实际支出合计=自评表年度资金总额全年执行数');
      return { key: K.init, how: 'swap', pos: 1 };
    } },
  { id: '02', slug: 'yunxi-nongye', unit: '云溪县农业农村局', kind: '部门整体支出绩效自评表 + 人员情况 + 三公经费（含说明页）', cat: '控制率', features: '说明页为散文；整体自评表含基本支出/人员经费/公用经费/项目支出；千分位#,##0.00；人员情况三类编制+合计；三公经费表',
    build(B, r) {
      SH.coverSheet(B, '说明', { title: '云溪县农业农村局2024年度部门整体支出绩效自评', paras: [PROSE.intro('我局', '2024年度部门整体支出'), PROSE.method(), PROSE.open()], kv: [['填报单位', { text: '云溪县农业农村局' }], ['自评年度', { text: '2024年度' }]] });
      const o = dept(B, r, { unitName: '云溪县农业农村局', domain: 'nongye', lead: '保障粮食安全和重要农产品供给', staffNote: '注：控制率=年末实有人数/编制数。' });
      return { key: o.St.rows[1].rate, how: 'swap', pos: 1 };
    } },
  { id: '03', slug: 'linyuan-jiaoyu', unit: '临渊区教育局', kind: '中央对地方转移支付区域绩效自评表（分地区）', cat: '执行率', features: '资金按中央补助/地方资金两级表头；6个街道+合计；指标无分值；未完成原因列',
    build(B, r) {
      const regs = ['东湖街道', '西津街道', '柳塘镇', '石门镇', '桂岭乡', '云渡乡'].map((name) => { const bc = cents(r, 60, 240), bl = cents(r, 10, 60); return { name, bc, bl, ec: Math.floor(bc * (0.9 + 0.1 * r())), el: Math.floor(bl * (0.8 + 0.2 * r())) }; });
      const inds = makeInds(r, 'jiaoyu', { 产出指标: 50, 效益指标: 30, 满意度指标: 10 }, 1, 1);
      const K = SH.transferSheet(B, '区域绩效自评表', { year: 2024, title: '2024年度中央对地方转移支付区域绩效自评表', proj: '义务教育薄弱环节改善与能力提升补助资金', up: '教育部', local: '临渊区教育局', regions: regs, byRegion: true, fmt: '#,##0.00', inds, goals: goals(inds, '改善义务教育学校办学条件'), footer: FOOT(r), note: '注：执行率=全年执行数/全年预算数。' });
      return { key: K.rows[3].rate, how: 'swap', pos: 2 };
    } },
];

module.exports = { WORKBOOKS, proj, dept, eq, FOOT, PROSE };
WORKBOOKS.push(...require('./books2.cjs').W2);
