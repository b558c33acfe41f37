'use strict';
// 生成前核对数据自身是否平衡（合计、比率、得分、等级）。不平即报错，不生成。
const { Q, Money, moneyQ, roundScaled, GRADE } = require('./lib.cjs');

const q = (v) => (v instanceof Money ? moneyQ(v) : v && typeof v === 'object' && 'value' in v ? q(v.value) : Q.of(v));
const r2 = (x) => new Q(roundScaled(x, 2), 100n);
function eq(id, what, a, b) { if (!q(a).eq(q(b))) throw new Error(`[${id}] ${what}: ${q(a).toNumber()} != ${q(b).toNumber()}`); }
const sumQ = (arr) => arr.reduce((s, x) => s.add(q(x)), new Q(0n));
const numOf = (s) => { if (s instanceof Money) return moneyQ(s); const mm = String(s).replace(/,/g, '').match(/\d+(?:\.\d+)?/); return mm ? Q.parse(mm[0]) : null; };

function indicatorScore(ind) {
  const t = numOf(ind.target), a = numOf(ind.actual);
  const w = q(ind.weight);
  if (t === null || a === null || /^[^\d≥≤<>]/.test(String(ind.target)) && !/\d/.test(String(ind.target))) return null; // 定性
  const neg = ind.direction === 'negative' || /^(≤|<|不高于|不超过)/.test(String(ind.target)) || /以下|以内$/.test(String(ind.target));
  if (neg) return a.cmp(t) <= 0 ? w : r2(t.div(a).mul(w));
  return a.cmp(t) >= 0 ? w : r2(a.div(t).mul(w));
}

function validateData(unit) {
  const d = unit.data, id = unit.id, B = d.budget;
  if (B.initial !== undefined && B.adjustments) {
    let t = q(B.initial); for (const a of B.adjustments) t = a.type === '追加' ? t.add(q(a.amount)) : t.sub(q(a.amount));
    eq(id, 'initial±adj=total', t, B.total);
  }
  if (B.carryover !== undefined) eq(id, 'total-actual=carryover', q(B.total).sub(q(B.actual)), B.carryover);
  if (B.sources) {
    const s = Object.values(B.sources);
    for (const k of ['initial', 'total', 'actual']) if (B[k] !== undefined && s.every((x) => x[k] !== undefined)) eq(id, 'sources ' + k, sumQ(s.map((x) => x[k])), B[k]);
  }
  if (B.rate !== undefined && !(typeof B.rate === 'object' && B.rate.basis)) eq(id, 'budget.rate', r2(q(B.total) && q(B.actual).div(q(B.total)).mul(100)), B.rate);
  if (d.budgetRate) {
    const stated = B.rate !== undefined && typeof B.rate === 'object' && B.rate.basis ? q(B.rate.value).div(100) : null; // 写明口径的所列执行率优先
    const rate = stated || q(B.actual).div(q(B.total)); const one = new Q(1n);
    eq(id, 'budgetRate.score', r2((rate.cmp(one) > 0 ? one : rate).mul(q(d.budgetRate.weight))), d.budgetRate.score);
  }
  // 项目
  if (d.projects) {
    for (const p of d.projects) {
      if (p.total !== undefined && p.initial !== undefined && p.adjustment !== undefined) eq(id, 'project ' + p.name + ' initial+adj', q(p.initial).add(q(p.adjustment)).add(p.carriedIn ? q(p.carriedIn) : 0), p.total);
      if (p.carryover !== undefined && p.total !== undefined) eq(id, 'project ' + p.name + ' carryover', q(p.total).sub(q(p.actual)), p.carryover);
      if (p.items) eq(id, 'project ' + p.name + ' items', sumQ(p.items.map((x) => x.amount)), p.actual);
    }
    if (d.kind === 'project') {
      if (d.projects.every((p) => p.total !== undefined)) eq(id, 'projects total', sumQ(d.projects.map((p) => p.total)), B.total);
      eq(id, 'projects actual', sumQ(d.projects.map((p) => p.actual)), B.actual);
    } else {
      const pe = d.projectExpense && d.projectExpense.total !== undefined ? d.projectExpense.total : null;
      if (pe !== null) eq(id, 'projects actual = projectExpense.total', sumQ(d.projects.map((p) => p.actual)), pe);
    }
  }
  if (d.projectGroups) for (const g of d.projectGroups) {
    const ps = d.projects.filter((p) => p.group === g.name);
    if (g.actual !== undefined) eq(id, 'group ' + g.name + ' actual', sumQ(ps.map((p) => p.actual)), g.actual);
    if (g.budget !== undefined) eq(id, 'group ' + g.name + ' budget', sumQ(ps.map((p) => p.total)), g.budget);
    if (g.rate !== undefined && !(typeof g.rate === 'object' && g.rate.basis)) eq(id, 'group rate', r2(q(g.actual).div(q(g.budget)).mul(100)), g.rate);
  }
  if (d.basicExpense) {
    const be = d.basicExpense;
    if (be.personnel !== undefined) eq(id, 'basic = personnel + public', q(be.personnel).add(q(be.publicUse)), be.total);
    if (be.prior !== undefined && be.changeRate !== undefined) eq(id, 'basic changeRate', r2(q(be.total).sub(q(be.prior)).div(q(be.prior)).mul(100)), be.changeRate);
    if (d.projectExpense && d.projectExpense.total !== undefined) eq(id, 'basic + project = actual', q(be.total).add(q(d.projectExpense.total)), B.actual);
    if (be.byClass) eq(id, 'basic byClass', sumQ(be.byClass.map((x) => x.amount)), be.total);
  }
  if (d.projectExpense && d.projectExpense.prior !== undefined && d.projectExpense.changeRate !== undefined) eq(id, 'project changeRate', r2(q(d.projectExpense.total).sub(q(d.projectExpense.prior)).div(q(d.projectExpense.prior)).mul(100)), d.projectExpense.changeRate);
  if (B.byNature) {
    const bn = B.byNature;
    if (bn.basic !== undefined && bn.project !== undefined) eq(id, 'byNature basic+project', q(bn.basic).add(q(bn.project)), B.total);
    const inc = ['general', 'fund', 'nonTax', 'other'].filter((k) => bn[k] !== undefined);
    if (inc.length) eq(id, 'byNature income sum', sumQ(inc.map((k) => bn[k])), B.total);
  }
  if (d.threePublic) {
    const tp = d.threePublic;
    for (const k of ['prior', 'budget', 'actual']) {
      const items = ['vehicle', 'overseas', 'reception'].filter((x) => tp[x] && tp[x][k] !== undefined);
      if (tp.total && tp.total[k] !== undefined) eq(id, 'threePublic total ' + k, sumQ(items.map((x) => tp[x][k])), tp.total[k]);
      if (tp.vehicle && tp.vehiclePurchase && tp.vehicleOperation && tp.vehicle[k] !== undefined) eq(id, 'vehicle parts ' + k, q(tp.vehiclePurchase[k]).add(q(tp.vehicleOperation[k])), tp.vehicle[k]);
    }
    for (const [k, x] of Object.entries(tp)) if (x.changeRate !== undefined && !(typeof x.changeRate === 'object' && x.changeRate.basis)) eq(id, 'threePublic changeRate ' + k, r2(q(x.actual).sub(q(x.prior)).div(q(x.prior)).mul(100)), x.changeRate);
  }
  if (d.staffing && d.staffing.controlRate !== undefined) {
    const s = d.staffing; const cr = s.controlRate;
    const num = typeof cr === 'object' && cr.basis && s.otherEmployees !== undefined ? q(s.actual).add(q(s.otherEmployees)) : q(s.actual);
    eq(id, 'controlRate', r2(num.div(q(s.authorized)).mul(100)), cr);
  }
  if (d.procurement) {
    const p = d.procurement; const parts = ['goods', 'works', 'services'].filter((k) => p[k]);
    if (p.actual !== undefined && parts.length) eq(id, 'procurement actual', sumQ(parts.map((k) => p[k].actual)), p.actual);
    if (p.budget !== undefined && parts.length && parts.every((k) => p[k].budget !== undefined)) eq(id, 'procurement budget', sumQ(parts.map((k) => p[k].budget)), p.budget);
  }
  if (d.achievements) for (const a of d.achievements) if (a.prior !== undefined && a.changeRate !== undefined) eq(id, 'achievement changeRate ' + a.name, r2(q(a.value).sub(q(a.prior)).div(q(a.prior)).mul(100)), a.changeRate);
  // 得分
  if (d.indicators) {
    let wsum = new Q(0n), ssum = new Q(0n);
    for (const ind of d.indicators) {
      const exp = indicatorScore(ind);
      if (exp === null) { if (ind.band !== '达成' || !q(ind.score).eq(q(ind.weight))) throw new Error(`[${id}] qualitative ${ind.name} must be 达成 with full score`); }
      else eq(id, 'score ' + ind.name, exp, ind.score);
      wsum = wsum.add(q(ind.weight)); ssum = ssum.add(q(ind.score));
    }
    if (d.budgetRate) { wsum = wsum.add(q(d.budgetRate.weight)); ssum = ssum.add(q(d.budgetRate.score)); }
    eq(id, 'weights = 100', wsum, 100);
    if (d.scoreSummary) {
      if (d.scoreSummary.weightTotal !== undefined) eq(id, 'weightTotal', wsum, d.scoreSummary.weightTotal);
      if (d.scoreSummary.scoreTotal !== undefined) eq(id, 'scoreTotal', ssum, d.scoreSummary.scoreTotal);
      if (d.scoreSummary.grade !== undefined && d.scoreSummary.grade[0] !== GRADE(ssum)) throw new Error(`[${id}] grade`);
    }
  }
}
module.exports = { validateData, indicatorScore };
