'use strict';
// Builders: a report spec (facts + prose with {placeholders}) -> document model (blocks).
// Every derived figure is computed here with exact integer arithmetic.
const N = require('./num.cjs');
const { rdiv, fx, c, W, pct, pctv, sum, int, grade, shares } = N;

function fill(str, v, where) {
  return String(str).replace(/\{(\w+)\}/g, (m, k) => {
    if (!(k in v)) throw new Error(`placeholder {${k}} unknown in ${where}: ${str.slice(0, 40)}`);
    return v[k];
  });
}
const CN = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

// ---------- score table ----------
function scoreItems(items, v, ctx) {
  // returns rows with computed score (0.01 points)
  return items.map(it => {
    const w = it.w; let s;
    const how = it.how || 'full';
    if (how === 'full') s = w * 100;
    else if (how === 'exec') {
      const E = ctx.E, C = ctx.C;
      s = rdiv(BigInt(w) * 100n * BigInt(Math.min(E, C)), C);
      const fromRate = rdiv(BigInt(w) * BigInt(Math.min(pctv(E, C), 10000)), 100);
      if (s !== fromRate) throw new Error('exec score double rounding ' + s + ' ' + fromRate);
    } else if (how.prop) { const [tv, av] = how.prop; if (av >= tv) throw new Error('prop not partial'); s = rdiv(BigInt(w) * 100n * BigInt(av), tv); }
    else if (how.cost) { const [tv, av] = how.cost; if (av <= tv) throw new Error('cost not exceeded'); s = rdiv(BigInt(w) * 100n * BigInt(tv), av); }
    else if (how.fixed != null) s = how.fixed;
    else throw new Error('how?');
    return { ...it, t: fill(it.t, v, 'ind'), a: fill(it.a, v, 'ind'), note: fill(it.note || '', v, 'ind'), s };
  });
}
const sc = s => (s % 100 === 0 ? String(s / 100) : fx(s, 2));

function mergeCol(rows, key, keyPrefix) {
  // returns array of cell objects with vMerge
  const out = []; let prev = null;
  rows.forEach((r, i) => {
    const k = (keyPrefix ? keyPrefix(r) : '') + '|' + r[key];
    if (k === prev) out.push({ vm: 'cont' });
    else {
      const next = rows[i + 1];
      const spans = next && ((keyPrefix ? keyPrefix(next) : '') + '|' + next[key]) === k;
      out.push(spans ? { text: r[key], vm: 'start' } : { text: r[key] });
    }
    prev = k;
  });
  return out;
}

function indicatorRows(rs) {
  const c1 = mergeCol(rs, 'l1');
  const c2 = mergeCol(rs, 'l2', r => r.l1);
  return rs.map((r, i) => [c1[i], c2[i], r.l3, r.t, r.a, { text: String(r.w), align: 'center' }, { text: sc(r.s), align: 'center' }, r.note || '']);
}
const IND_HEAD = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
const IND_W = [1.15, 1.35, 2.6, 1.8, 1.8, 0.75, 1.35, 2.9];

function totals(rs, extra) {
  const all = rs.concat(extra || []);
  const wsum = sum(all.map(r => r.w)); if (wsum !== 100) throw new Error('weights add to ' + wsum);
  const tot = sum(all.map(r => r.s));
  return { tot, totS: fx(tot, 2), grade: grade(tot) };
}

// ---------- common bits ----------
function titleBlocks(s, title) {
  const B = [];
  if (s.titlePage) {
    B.push({ t: 'blank' }, { t: 'blank' }, { t: 'blank' }, { t: 'blank' });
    B.push({ t: 'center', text: s.unit, size: 40, bold: true, font: '方正小标宋简体', after: 240 });
    B.push({ t: 'center', text: title, size: 36, bold: true, font: '方正小标宋简体' });
    for (let i = 0; i < 8; i++) B.push({ t: 'blank' });
    B.push({ t: 'center', text: `编报单位（盖章）：${s.unit}`, size: 28 });
    B.push({ t: 'center', text: `报送日期：${s.date}`, size: 28 });
    B.push({ t: 'pagebreak' });
    B.push({ t: 'title', text: title });
  } else {
    B.push({ t: 'title', text: title });
  }
  return B;
}
function signBlocks(s) {
  const B = [{ t: 'blank' }];
  if (s.sign.lines) s.sign.lines.forEach(l => B.push({ t: 'p', text: l }));
  B.push({ t: 'right', text: s.sign.org || `${s.unit}（盖章）` });
  B.push({ t: 'right', text: s.date });
  return B;
}
function paras(B, arr, v, where) {
  for (const x of arr || []) {
    if (typeof x === 'string') B.push({ t: 'p', text: fill(x, v, where) });
    else if (x.h) B.push({ t: 'h2', text: fill(x.h, v, where) });
    else if (x.h3) B.push({ t: 'h3', text: fill(x.h3, v, where) });
    else if (x.table) B.push(x.table(v));
    else throw new Error('para?');
  }
}
function scoreSection(B, s, cap, head, body, land) {
  if (land) B.push({ t: 'section', landscape: true });
  B.push({ t: 'p', text: s.annexLabel || '附件', pbb: !land });
  B.push({ t: 'caption', text: cap });
  if (s.scoreUnit) B.push({ t: 'unit', text: s.scoreUnit });
  B.push({ t: 'table', id: 'score', widths: IND_W, repeat: !!s.scoreRepeat, fontSize: land ? 18 : 17, head, body });
  if (s.scoreInline) B.push({ t: land ? 'section' : 'pagebreak', landscape: false });
}

// ---------- department (部门整体支出) ----------
function dept(s) {
  const v = Object.assign({ unit: s.unit, year: String(s.year), Y1: String(s.year + 1) }, s.vars || {});
  const sep = !!s.sep; const M = x => W(x, sep);
  const f = s.fin;
  const person = c(f.person), pub = c(f.public), basic = person + pub;
  const projs = f.projects.map(p => ({ name: p[0], b: c(p[1]), a: c(p[2]) }));
  const projA = sum(projs.map(p => p.a)), projB = sum(projs.map(p => p.b));
  const E = basic + projA;
  const inc = f.income.map(p => ({ name: p[0], a: c(p[1]) }));
  const I = sum(inc.map(x => x.a));
  const X0 = c(f.carry0), X1 = X0 + I - E;
  if (X1 < 0) throw new Error(s.id + ' negative carry');
  const basicB = c(f.basicBudget), C = basicB + projB, init = c(f.init), adj = C - init;
  if (E > C) throw new Error(s.id + ' E>C');
  const o = s.org;
  Object.assign(v, {
    I: M(I), E: M(E), X0: M(X0), X1: M(X1), basic: M(basic), person: M(person), pub: M(pub), projA: M(projA), projB: M(projB),
    C: M(C), init: M(init), adjAbs: M(Math.abs(adj)), adjDir: adj >= 0 ? '追加' : '调减', basicB: M(basicB),
    rate: pct(E, C), projRate: pct(projA, projB), nProj: String(projs.length),
    sBasic: pct(basic, E), sProj: pct(projA, E), sPerson: pct(person, basic),
    staff: String(o.staff), quota: String(o.quota), ctrl: pct(o.staff, o.quota), retired: String(o.retired),
    inner: String(o.inner), pubPer: W(rdiv(pub, o.staff)), basicPer: W(rdiv(basic, o.staff)),
    unspent: M(C - E),
  });
  if (o.admin != null) { if (o.admin + o.inst !== o.quota) throw new Error('quota split'); v.admin = String(o.admin); v.inst = String(o.inst); }
  inc.forEach((x, i) => { v['inc' + i] = M(x.a); });
  if (inc.length > 1) shares(inc.map(x => x.a), 'income').forEach((x, i) => { v['sInc' + i] = x; });
  // previous year
  let prev = null;
  if (f.prev) {
    const pinc = f.prev.income.map(c), pI = sum(pinc), pPerson = c(f.prev.person), pPub = c(f.prev.public), pProj = c(f.prev.proj);
    const pBasic = pPerson + pPub, pE = pBasic + pProj, pX1 = X0, pX0 = pX1 - pI + pE;
    if (pX0 < 0) throw new Error(s.id + ' prev carry negative');
    prev = { inc: pinc, I: pI, person: pPerson, pub: pPub, basic: pBasic, proj: pProj, E: pE, X0: pX0, X1: pX1 };
    const g = (cur, p) => { const d = cur - p; return { d, r: p ? pctv(Math.abs(d), p) : null }; };
    const gE = g(E, pE); v.prevE = M(pE); v.gEdir = gE.d >= 0 ? '增加' : '减少'; v.gEabs = M(Math.abs(gE.d)); v.gErate = fx(gE.r, 2);
    v.gEdir2 = gE.d >= 0 ? '增长' : '下降';
    const gB = g(basic, pBasic); v.prevBasic = M(pBasic); v.gBdir = gB.d >= 0 ? '增长' : '下降'; v.gBrate = fx(gB.r, 2); v.gBabs = M(Math.abs(gB.d)); v.gBdir1 = gB.d >= 0 ? '增加' : '减少';
    const gP = g(projA, pProj); v.prevProj = M(pProj); v.gPdir = gP.d >= 0 ? '增长' : '下降'; v.gPrate = fx(gP.r, 2); v.gPabs = M(Math.abs(gP.d)); v.gPdir1 = gP.d >= 0 ? '增加' : '减少';
    const gI = g(I, pI); v.prevI = M(pI); v.gIdir = gI.d >= 0 ? '增长' : '下降'; v.gIrate = fx(gI.r, 2);
  }
  // 三公
  const sg = s.sangong; let SG = null;
  if (sg) {
    const mk = a => { const [ab, buy, run, rec] = a.map(c); return { ab, buy, run, rec, car: buy + run, tot: ab + buy + run + rec }; };
    SG = { p: mk(sg.prev), b: mk(sg.bud), a: mk(sg.act) };
    if (SG.a.tot > SG.b.tot) throw new Error('sangong over budget');
    Object.assign(v, {
      sgA: M(SG.a.tot), sgB: M(SG.b.tot), sgP: M(SG.p.tot), sgSave: M(SG.b.tot - SG.a.tot), sgCtrl: pct(SG.a.tot, SG.b.tot),
      sgDir: SG.a.tot <= SG.p.tot ? '下降' : '增长', sgDir1: SG.a.tot <= SG.p.tot ? '减少' : '增加', sgG: pct(Math.abs(SG.a.tot - SG.p.tot), SG.p.tot), sgD: M(Math.abs(SG.a.tot - SG.p.tot)),
      sgAb: M(SG.a.ab), sgCar: M(SG.a.car), sgBuy: M(SG.a.buy), sgRun: M(SG.a.run), sgRec: M(SG.a.rec),
      sgRecP: M(SG.p.rec), sgRecDir: SG.a.rec <= SG.p.rec ? '下降' : '增长', sgRecG: pct(Math.abs(SG.a.rec - SG.p.rec), SG.p.rec),
      sgRunP: M(SG.p.run), sgRunDir: SG.a.run <= SG.p.run ? '下降' : '增长', sgRunG: pct(Math.abs(SG.a.run - SG.p.run), SG.p.run),
    });
  }
  if (s.procure) {
    const [pb, g1, g2, g3, sme] = s.procure.map(c); const pa = g1 + g2 + g3;
    Object.assign(v, { prB: M(pb), prA: M(pa), prG: M(g1), prW: M(g2), prS: M(g3), prSme: M(sme), prSmeS: pct(sme, pa), prRate: pct(pa, pb) });
  }
  if (s.extra) Object.assign(v, s.extra(N, { E, C, X0, X1, I, basic, projA, projB, pub, person, M }));

  const B = [];
  const title = `${s.unit}${s.year}年度部门整体支出绩效自评报告`;
  B.push(...titleBlocks(s, title));
  if (s.preface) paras(B, [s.preface], v, 'preface');
  const H = s.headings || {};
  B.push({ t: 'h1', text: H.h1 || '一、部门基本情况' });
  B.push({ t: 'h2', text: '（一）主要职能' });
  paras(B, s.duties, v, 'duties');
  B.push({ t: 'h2', text: '（二）机构设置和人员情况' });
  B.push({ t: 'p', text: fill(s.orgText, v, 'org') });
  B.push({ t: 'h2', text: '（三）年度主要工作任务和绩效目标' });
  paras(B, s.goals, v, 'goals');

  B.push({ t: 'h1', text: H.h2 || '二、部门整体支出及预算执行情况' });
  B.push({ t: 'h2', text: '（一）收支决算情况' });
  paras(B, s.incText, v, 'inc');
  // T1
  const t1 = s.t1 || 'yoy';
  B.push({ t: 'caption', text: `表1  ${s.year}年度收入支出决算情况` });
  B.push({ t: 'unit', text: '单位：万元' });
  if (t1 === 'yoy') {
    if (!prev) throw new Error('yoy needs prev');
    const row = (label, p, cur) => { const d = cur - p; return [label, M(p), M(cur), M(d), p ? (d < 0 ? '-' : '') + fx(pctv(Math.abs(d), p), 2) + '%' : '—']; };
    const body = [];
    if (s.carryInTable !== false) body.push(row('年初结转结余', prev.X0, X0));
    body.push(row('本年收入合计', prev.I, I));
    inc.forEach((x, i) => body.push(row((i === 0 ? '其中：' : '　　　') + x.name, prev.inc[i], x.a)));
    body.push(row('本年支出合计', prev.E, E));
    body.push(row('其中：基本支出', prev.basic, basic));
    body.push(row('　　　其中：人员经费', prev.person, person));
    body.push(row('　　　　　　公用经费', prev.pub, pub));
    body.push(row('　　　项目支出', prev.proj, projA));
    if (s.carryInTable !== false) body.push(row('年末结转结余', prev.X1, X1));
    B.push({ t: 'table', id: 't1', widths: [3.4, 1.6, 1.6, 1.5, 1.3], align: ['left', 'right', 'right', 'right', 'right'], repeat: true, head: [['项目', `${s.year - 1}年决算数`, `${s.year}年决算数`, '增减额', '增减率']], body });
  } else { // two-sided
    const L = inc.map(x => [x.name, M(x.a)]);
    const R = [['基本支出', M(basic)], ['其中：人员经费', M(person)], ['　　　公用经费', M(pub)], ['项目支出', M(projA)]];
    const n = Math.max(L.length, R.length); const body = [];
    for (let i = 0; i < n; i++) body.push([...(L[i] || ['', '']), ...(R[i] || ['', ''])]);
    body.push(['本年收入合计', M(I), '本年支出合计', M(E)]);
    if (s.carryInTable !== false) {
      body.push(['年初结转结余', M(X0), '年末结转结余', M(X1)]);
      if (s.t1Total !== false) body.push(['收入总计', M(I + X0), '支出总计', M(E + X1)]);
    }
    B.push({ t: 'table', id: 't1', widths: [2.6, 1.6, 2.6, 1.6], align: ['left', 'right', 'left', 'right'], head: [['收入项目', '金额', '支出项目', '金额']], body });
  }
  paras(B, s.expText, v, 'exp');
  B.push({ t: 'h2', text: '（二）预算执行情况' });
  paras(B, s.budText, v, 'bud');
  B.push({ t: 'h2', text: '（三）基本支出情况' });
  paras(B, s.basicText, v, 'basic');
  B.push({ t: 'h2', text: '（四）项目支出情况' });
  paras(B, s.projText, v, 'proj');
  B.push({ t: 'caption', text: `表2  ${s.year}年度项目支出明细` });
  B.push({ t: 'unit', text: '单位：万元' });
  const pbody = projs.map((p, i) => [String(i + 1), p.name, M(p.b), M(p.a), pct(p.a, p.b) + '%']);
  pbody.push([{ text: '合计', span: 2, align: 'center' }, M(projB), M(projA), v.projRate + '%']);
  B.push({ t: 'table', id: 't2', widths: [0.6, 4.6, 1.6, 1.6, 1.2], align: ['center', 'left', 'right', 'right', 'right'], repeat: s.projRepeat !== false, head: [['序号', '项目名称', '全年预算数', '实际支出数', '执行率']], body: pbody });
  let hn = 5;
  if (SG) {
    B.push({ t: 'h2', text: '（五）“三公”经费情况' });
    paras(B, s.sgText, v, 'sg');
    B.push({ t: 'caption', text: `表3  ${s.year}年度“三公”经费支出情况` });
    B.push({ t: 'unit', text: '单位：万元' });
    const r = (label, k) => [label, M(SG.p[k]), M(SG.b[k]), M(SG.a[k])];
    B.push({ t: 'table', id: 't3', widths: [3.6, 1.6, 1.6, 1.6], align: ['left', 'right', 'right', 'right'], head: [['项目', `${s.year - 1}年决算数`, `${s.year}年预算数`, `${s.year}年决算数`]], body: [
      r('合计', 'tot'), r('因公出国（境）费', 'ab'), r('公务用车购置及运行维护费', 'car'), r('　其中：公务用车购置费', 'buy'), r('　　　　公务用车运行维护费', 'run'), r('公务接待费', 'rec')] });
    hn = 6;
  }
  for (const sec of s.moreSections || []) { B.push({ t: 'h2', text: `（${CN[hn++]}）${sec.h}` }); paras(B, sec.p, v, sec.h); }

  B.push({ t: 'h1', text: H.h3 || '三、部门整体支出绩效情况' });
  paras(B, s.perf, v, 'perf');
  // score
  const rs = scoreItems(s.indicators, v, { E, C });
  const T = totals(rs);
  v.total = T.totS; v.grade = T.grade;
  const body = indicatorRows(rs);
  body.push([{ text: '总分', span: 5, align: 'center' }, { text: '100', align: 'center' }, { text: T.totS, align: 'center' }, s.gradeInTable ? `自评等级：${T.grade}` : '']);
  const doScore = () => scoreSection(B, s, `${s.unit}${s.year}年度部门整体支出绩效自评表`, [IND_HEAD], body, s.landscape);
  B.push({ t: 'h1', text: H.h4 || '四、自评结论' });
  paras(B, s.concl, v, 'concl');
  if (s.scoreInline) doScore();
  B.push({ t: 'h1', text: H.h5 || '五、存在的问题及原因分析' });
  paras(B, s.problems, v, 'problems');
  B.push({ t: 'h1', text: H.h6 || '六、下一步改进措施' });
  paras(B, s.measures, v, 'measures');
  B.push(...signBlocks(s));
  if (!s.scoreInline) doScore();
  return { blocks: B, v, title };
}

// ---------- project / special fund ----------
function proj(s) {
  const v = Object.assign({ unit: s.unit, year: String(s.year), Y1: String(s.year + 1), name: s.name }, s.vars || {});
  const sep = !!s.sep; const M = x => W(x, sep);
  const fr = s.funds; // {fiscal:[init, full, spent], carry:[...], other:[...]}
  const g = k => (fr[k] || [0, 0, 0]).map(c);
  const F = g('fiscal'), K = g('carry'), O = g('other');
  const init = F[0] + K[0] + O[0], C = F[1] + K[1] + O[1], E = F[2] + K[2] + O[2];
  if (E > C) throw new Error(s.id + ' E > C');
  const adjF = F[1] - F[0];
  Object.assign(v, {
    init: M(init), initF: M(F[0]), C: M(C), E: M(E), fiscal: M(F[1]), carry: M(K[1]), other: M(O[1]), adjAbs: M(Math.abs(adjF)), adjDir: adjF >= 0 ? '追加' : '调减',
    rate: pct(E, C), unspent: M(C - E), eF: M(F[2]), eK: M(K[2]), rateF: F[1] ? pct(F[2], F[1]) : '—', rateK: K[1] ? pct(K[2], K[1]) : '—',
  });
  if (s.sources) { const a = s.sources.map(x => c(x[1])); if (sum(a) !== F[1]) throw new Error(s.id + ' sources != fiscal ' + sum(a) + ' ' + F[1]); a.forEach((x, i) => { v['src' + i] = M(x); }); if (a.length > 1) shares(a, 'src').forEach((x, i) => { v['sSrc' + i] = x; }); }
  let items = null;
  if (s.items) {
    items = s.items.map(x => ({ name: x[0], b: c(x[1]), a: c(x[2]) }));
    const sb = sum(items.map(x => x.b)), sa = sum(items.map(x => x.a));
    if (sb !== C || sa !== E) throw new Error(`${s.id} items ${sb}/${C} ${sa}/${E}`);
    items.forEach((x, i) => { v['iB' + i] = M(x.b); v['iA' + i] = M(x.a); v['iR' + i] = pct(x.a, x.b); v['iS' + i] = pct(x.a, E); });
  }
  if (s.extra) Object.assign(v, s.extra(N, { E, C, M }));
  const B = [];
  const title = s.title;
  B.push(...titleBlocks(s, title));
  if (s.preface) paras(B, [s.preface], v, 'preface');
  const isFund = s.kind === 'fund';
  const H = s.headings || (isFund
    ? ['一、专项资金基本情况', '二、资金分配和使用情况', '三、政策实施和管理情况', '四、绩效目标完成情况', '五、自评结论', '六、存在的问题及原因', '七、下一步工作建议']
    : ['一、项目基本情况', '二、项目资金使用及管理情况', '三、项目组织实施情况', '四、项目绩效目标完成情况', '五、自评结论', '六、存在的问题及原因分析', '七、改进措施及结果应用']);
  B.push({ t: 'h1', text: H[0] });
  paras(B, s.intro, v, 'intro');
  B.push({ t: 'h1', text: H[1] });
  paras(B, s.money, v, 'money');
  if (items) {
    const cols = s.itemCols || 'bsr';
    B.push({ t: 'caption', text: s.itemCaption || `表1  ${s.name}资金支出明细` });
    B.push({ t: 'unit', text: '单位：万元' });
    const head = ['序号', '支出内容'], widths = [0.6, 4.2], align = ['center', 'left'];
    if (cols.includes('b')) { head.push('全年预算数'); widths.push(1.6); align.push('right'); }
    if (cols.includes('s')) { head.push('实际支出数'); widths.push(1.6); align.push('right'); }
    if (cols.includes('r')) { head.push('执行率'); widths.push(1.2); align.push('right'); }
    if (cols.includes('p')) { head.push('占实际支出比重'); widths.push(1.5); align.push('right'); }
    const sh = cols.includes('p') ? shares(items.map(x => x.a), 'items') : null;
    const body = items.map((x, i) => {
      const r = [String(i + 1), x.name];
      if (cols.includes('b')) r.push(M(x.b));
      if (cols.includes('s')) r.push(M(x.a));
      if (cols.includes('r')) r.push(pct(x.a, x.b) + '%');
      if (cols.includes('p')) r.push(sh[i] + '%');
      return r;
    });
    const tr = [{ text: '合计', span: 2, align: 'center' }];
    if (cols.includes('b')) tr.push(M(C));
    if (cols.includes('s')) tr.push(M(E));
    if (cols.includes('r')) tr.push(v.rate + '%');
    if (cols.includes('p')) tr.push('100.00%');
    body.push(tr);
    B.push({ t: 'table', id: 'items', widths, align, repeat: s.itemRepeat !== false, head: [head], body });
  }
  if (s.dist) B.push(...[].concat(s.dist(v, N, M)));
  paras(B, s.money2, v, 'money2');
  B.push({ t: 'h1', text: H[2] });
  paras(B, s.org, v, 'org');
  B.push({ t: 'h1', text: H[3] });
  paras(B, s.perf, v, 'perf');
  const fundRow = { l: 'exec', w: s.execWeight || 10 };
  const rs = scoreItems(s.indicators, v, { E, C });
  const execS = rdiv(BigInt(fundRow.w) * 100n * BigInt(Math.min(E, C)), C);
  const fromRate = rdiv(BigInt(fundRow.w) * BigInt(Math.min(pctv(E, C), 10000)), 100);
  if (execS !== fromRate) throw new Error('exec double rounding');
  const T = totals(rs, [{ w: fundRow.w, s: execS }]);
  v.total = T.totS; v.grade = T.grade; v.execScore = sc(execS);
  const { head, body } = projScore(s, v, rs, T, F, K, O, init, C, E, execS, fundRow, M, isFund);
  B.push({ t: 'h1', text: H[4] });
  paras(B, s.concl, v, 'concl');
  const doScore = () => scoreSection(B, s, `${s.year}年度${isFund ? '专项资金' : '项目支出'}绩效自评表`, head, body, s.landscape);
  if (s.scoreInline) doScore();
  B.push({ t: 'h1', text: H[5] });
  paras(B, s.problems, v, 'problems');
  B.push({ t: 'h1', text: H[6] });
  paras(B, s.measures, v, 'measures');
  B.push(...signBlocks(s));
  if (!s.scoreInline) doScore();
  return { blocks: B, v, title };
}
function projScore(s, v, rs, T, F, K, O, init, C, E, execS, fundRow, M, isFund) {
  const head = [
    [{ text: isFund ? '专项资金名称' : '项目名称', span: 2 }, { text: s.name, span: 6, align: 'left' }],
    [{ text: '主管部门', span: 2 }, { text: s.dept, span: 2, align: 'left' }, { text: '实施单位', span: 1 }, { text: s.impl, span: 3, align: 'left' }],
    [{ text: '项目资金（万元）', span: 2 }, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  ];
  const fr2 = (label, a, w, sN) => [{ text: label, span: 2, align: 'left' }, { text: M(a[0]), align: 'right' }, { text: M(a[1]), align: 'right' }, { text: M(a[2]), align: 'right' },
    { text: w == null ? '—' : String(w), align: 'center' }, { text: a[1] ? pct(a[2], a[1]) + '%' : '—', align: 'center' }, { text: sN == null ? '—' : sN, align: 'center' }];
  const body = [
    fr2('年度资金总额', [init, C, E], fundRow.w, sc(execS)),
    fr2('其中：当年财政拨款', F), fr2('　　　上年结转资金', K), fr2('　　　其他资金', O),
    [{ text: '年度总体目标', span: 2 }, { text: '预期目标', span: 3, bold: true, align: 'center' }, { text: '实际完成情况', span: 3, bold: true, align: 'center' }],
    [{ text: '', span: 2 }, { text: fill(s.goalPlan, v, 'goal'), span: 3 }, { text: fill(s.goalDone, v, 'goal'), span: 3 }],
    IND_HEAD.map(x => ({ text: x, bold: true, align: 'center' })),
    ...indicatorRows(rs),
    [{ text: '总分', span: 5, align: 'center' }, { text: '100', align: 'center' }, { text: T.totS, align: 'center' }, s.gradeInTable ? `自评等级：${T.grade}` : ''],
  ];
  return { head, body };
}

module.exports = { dept, proj, fill };
