// Table builders for the kinds of tables found in 绩效自评报告. Each returns table specs
// (grids) plus the relations among their cells, with refs [tableIndex, row, col].
'use strict';
const { TB, C, money, sumStr, rateStr, growthStr, indScore, grade, D } = require('./lib.cjs');

const DASH = '—';
function isBlank(s) { return s == null; }

// ---------------------------------------------------------------- 项目支出绩效自评表
// o.fund.rows: [{label, init, full, exec, rate:bool}] (the 其中 rows; total is computed)
function projTable(o, t) {
  const rels = []; const pos = {};
  const mo = { commas: !!o.commas, blank: o.fund.blank == null ? '' : o.fund.blank };
  const unitH = o.unitInHeader;
  const fundHead = ['', '', '', unitH ? '年初预算数\n（万元）' : '年初\n预算数', unitH ? '全年预算数\n（万元）' : '全年\n预算数', unitH ? '全年执行数\n（万元）' : '全年\n执行数', '分值', '执行率', '得分'];
  const tb = new TB(9);
  tb.heads(['项目名称', '', '', '', '', '', '', '', '']);
  tb.row([C(o.nameLabel || '项目名称', { cs: 2 }), null, C(o.name, { cs: 7, al: 'left' }), null, null, null, null, null, null], '项目名称');
  tb.row([C('主管部门', { cs: 2 }), null, C(o.dept, { cs: 3, al: 'left' }), null, null, C('实施单位', { cs: 2 }), null, C(o.impl, { cs: 2, al: 'left' }), null], '主管部门');
  const sub = o.fund.rows;
  const tot = {
    init: sumStr(sub.map(x => x.init)), full: sumStr(sub.map(x => x.full)), exec: sumStr(sub.map(x => x.exec)),
  };
  const rateDec = o.fund.rateDec == null ? 2 : o.fund.rateDec;
  const sdec = o.fund.scoreDec == null ? 2 : o.fund.scoreDec;
  tot.rate = rateStr(tot.exec, tot.full, rateDec);
  const pts = o.fund.points || '10';
  const rnum = D.parse(tot.rate.replace('%', ''));
  const capped = D.cmp(rnum, D.parse('100')) > 0 ? D.parse('100') : rnum;
  let fscore = D.fmt(D.ratio({ n: capped.n * D.parse(pts).n, s: capped.s + D.parse(pts).s }, D.parse('100'), sdec), { d: sdec });
  if (D.cmp(rnum, D.parse('100')) >= 0) fscore = pts;
  tot.score = fscore;
  const nF = sub.length + 1;
  tb.heads(fundHead);
  const hdr = tb.row([C(unitH ? '项目资金' : '项目资金\n（万元）', { rs: nF + 1 }), C('', { cs: 2 }), null, C(fundHead[3]), C(fundHead[4]), C(fundHead[5]), C('分值'), C('执行率'), C('得分')], '项目资金', { h: 560 });
  const al = o.numAlign || 'center';
  const totalRow = () => tb.row([null, C(o.fund.totalLabel || '年度资金总额', { cs: 2, al: 'left' }), null, C(money(tot.init, mo), { al }), C(money(tot.full, mo), { al }), C(money(tot.exec, mo), { al }), C(pts), C(tot.rate), C(tot.score)], o.fund.totalLabel || '年度资金总额');
  const subRows = [];
  const subRow = (x, i) => {
    const rate = x.rate && x.full != null ? rateStr(x.exec, x.full, rateDec) : DASH;
    const r = tb.row([null, C(x.label, { cs: 2, al: 'left' }), null, C(money(x.init, mo), { al }), C(money(x.full, mo), { al }), C(money(x.exec, mo), { al }), C(o.fund.subMark == null ? DASH : o.fund.subMark), C(rate), C(o.fund.subMark == null ? DASH : o.fund.subMark)], x.label.replace(/^其中：/, ''));
    subRows.push(r);
    if (x.rate && x.full != null) rels.push({ k: 'ratio', target: [t, r, 7], num: [t, r, 5], den: [t, r, 4], desc: `执行率=全年执行数÷全年预算数（${x.label.replace(/^其中：/, '')}）` });
  };
  let rt;
  if (o.fund.order === 'total-last') { sub.forEach(subRow); rt = totalRow(); } else { rt = totalRow(); sub.forEach(subRow); }
  // first sub row label gets 其中： if asked (already in label)
  for (const [c, nm] of [[3, '年初预算数'], [4, '全年预算数'], [5, '全年执行数']]) rels.push({ k: 'lin', target: [t, rt, c], terms: subRows.map(r => [1, [t, r, c]]), desc: `年度资金总额=各项资金之和（${nm}）` });
  rels.push({ k: 'ratio', target: [t, rt, 7], num: [t, rt, 5], den: [t, rt, 4], desc: '执行率=全年执行数÷全年预算数（年度资金总额）' });
  rels.push({ k: 'score', target: [t, rt, 8], rate: [t, rt, 7], points: [t, rt, 6], desc: '预算执行率得分=执行率×分值（不超过分值）' });
  pos.fundTotal = rt; pos.fundSub = subRows;
  // goal
  tb.heads(['年度总体目标', '预期目标', '', '', '', '实际完成情况', '', '', '']);
  tb.row([C('年度总体目标', { rs: 2 }), C('预期目标', { cs: 4 }), null, null, null, C('实际完成情况', { cs: 4 }), null, null, null], '年度总体目标');
  tb.row([null, C(o.goal.plan, { cs: 4, al: 'left' }), null, null, null, C(o.goal.done, { cs: 4, al: 'left' }), null, null, null], '年度总体目标', { h: 900 });

  // indicators
  const sdecI = o.indDec == null ? 2 : o.indDec;
  const inds = o.inds.map(x => Object.assign({}, x, { scoreStr: indScore(x, sdecI) }));
  const indHead = ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
  let itb = tb, it = t, off = 1, head8 = false;
  if (o.split) { // indicator block as its own table (8 columns) with a repeating header
    itb = new TB(8); it = t + 1; off = 0; head8 = true;
  }
  itb.heads(head8 ? indHead.slice(1) : indHead);
  const hcells = indHead.map((h, i) => C(h === '偏差原因分析及改进措施' && o.devHead ? o.devHead : h, { b: !!o.boldHead }));
  if (!head8) hcells[0] = C(o.indLabel || '绩效指标', { rs: inds.length + 1 });
  itb.row(head8 ? hcells.slice(1) : hcells, '指标表头', { h: 560 });
  const indRows = [];
  const l1groups = [];
  inds.forEach((x, i) => {
    const cells = Array(head8 ? 8 : 9).fill(null);
    const o1 = head8 ? -1 : 0;
    if (i === 0 || inds[i - 1].l1 !== x.l1) {
      let n = 0; while (i + n < inds.length && inds[i + n].l1 === x.l1) n++;
      const grpPts = sumStr(inds.slice(i, i + n).map(y => y.points));
      const lab = o.l1Points ? `${x.l1}\n（${D.fmt(D.parse(grpPts))}分）` : x.l1;
      cells[o1 + 1] = C(lab, { rs: n });
      l1groups.push({ start: itb.rows.length, n, lab });
    }
    if (i === 0 || inds[i - 1].l2 !== x.l2 || inds[i - 1].l1 !== x.l1) {
      let n = 0; while (i + n < inds.length && inds[i + n].l2 === x.l2 && inds[i + n].l1 === x.l1) n++;
      cells[o1 + 2] = C(x.l2, { rs: n });
    }
    cells[o1 + 3] = C(x.l3, { al: o.l3Align || 'left' });
    cells[o1 + 4] = C(x.target); cells[o1 + 5] = C(x.actual); cells[o1 + 6] = C(x.points); cells[o1 + 7] = C(x.scoreStr);
    cells[o1 + 8] = C(x.dev || '', { al: 'left' });
    const r = itb.row(cells, x.l3);
    indRows.push(r);
    const c0 = o1 + 4;
    if (x.dir !== 'none') rels.push({ k: 'ind', dir: x.dir, target: [it, r, c0], actual: [it, r, c0 + 1], points: [it, r, c0 + 2], score: [it, r, c0 + 3], desc: `指标得分与年度指标值/实际完成值不符（${x.l3}）` });
  });
  if (o.l1Points) for (const g of l1groups) {
    const c1 = head8 ? 0 : 1;
    rels.push({ k: 'label', target: [it, g.start, c1], parts: Array.from({ length: g.n }, (_, k) => [it, g.start + k, c1 + 5]), desc: `一级指标标注分值=所属指标分值之和（${g.lab.split('\n')[0]}）` });
  }
  // total
  const total = D.fmt(D.add(D.parse(tot.score), ...inds.map(x => D.parse(x.scoreStr))), { d: o.totalDec == null ? 2 : o.totalDec });
  const ptsTotal = D.fmt(D.add(D.parse(pts), ...inds.map(x => D.parse(x.points))));
  let rTot;
  const gradeText = o.gradeCell ? `自评等级：${grade(total)}` : '';
  if (head8) rTot = itb.row([C('总分', { cs: 5 }), null, null, null, null, C(ptsTotal), C(total), C(gradeText)], '总分');
  else rTot = itb.row([C('总分', { cs: 6 }), null, null, null, null, null, C(ptsTotal), C(total), C(gradeText)], '总分');
  const cp = head8 ? 5 : 6;
  rels.push({ k: 'lin', target: [it, rTot, cp], terms: [[1, [t, rt, 6]], ...indRows.map(r => [1, [it, r, cp]])], desc: '总分分值=各项分值之和' });
  rels.push({ k: 'const', target: [it, rTot, cp], value: '100', desc: '分值合计应为100' });
  rels.push({ k: 'lin', target: [it, rTot, cp + 1], terms: [[1, [t, rt, 8]], ...indRows.map(r => [1, [it, r, cp + 1]])], desc: '总分=各项得分之和' });
  if (o.gradeCell) rels.push({ k: 'gradecell', target: [it, rTot, cp + 2], total: [it, rTot, cp + 1], desc: '自评等级与总分不符' });
  pos.indRows = indRows; pos.total = rTot; pos.totalCol = cp + 1; pos.indTable = it; pos.inds = inds;
  pos.tot = tot;
  const base = { widths: o.widths, size: o.size, repeat: 0, caption: o.caption, pre: o.pre, unitLine: o.unitLine, notes: o.notes, line: o.line };
  const tables = [tb.spec(base)];
  if (head8) tables.push(itb.spec({ widths: o.widths2, size: o.size, repeat: 1, caption: o.caption2, pre: o.pre2, notes: o.notes, line: o.line }));
  return { tables, rels, pos };
}

// ---------------------------------------------------------------- 预算执行表 (by project)
// o.cols: subset of ['seq','name','doc','init','adj','full','exec','bal','rate','note'] in order
// o.items: [{name, doc, init, adj, full, exec, note}] or o.groups: [{name, items}]
function execTable(o, t) {
  const rels = []; const pos = { item: {} };
  const mo = { commas: !!o.commas, d: o.d == null ? 2 : o.d };
  const cols = o.cols; const n = cols.length;
  const ci = k => cols.indexOf(k);
  const H = Object.assign({ seq: '序号', name: '项目名称', doc: '指标文号', init: '年初预算', adj: '调整数', full: '全年预算', exec: '实际支出', bal: '结余', rate: '执行率', note: '备注' }, o.heads || {});
  const tb = new TB(n);
  const headTexts = cols.map(k => H[k]);
  tb.heads(headTexts.map(h => h.replace(/\n/g, '')));
  tb.row(headTexts.map(h => C(h, { b: !!o.boldHead })), '表头', { h: o.headH || 520 });
  const amt = ['init', 'adj', 'full', 'exec', 'bal'].filter(k => ci(k) >= 0);
  const rateDec = o.rateDec == null ? 2 : o.rateDec;
  const mkRow = (label, v, opt = {}) => {
    const cells = cols.map(k => {
      if (k === 'seq') return C(opt.seq || '');
      if (k === 'name') return C(label, { al: opt.nameAlign || 'left', b: !!opt.b });
      if (k === 'doc') return C(v.doc || '', { al: 'left' });
      if (k === 'note') return C(v.note || '', { al: 'left' });
      if (k === 'rate') return C(v.rateOverride || rateStr(v.exec, v.full, rateDec), { b: !!opt.b });
      if (k === 'adj') return C(v.adj == null ? '' : D.fmt(D.parse(v.adj), { d: mo.d, commas: mo.commas, plus: !!o.adjPlus }), { al: o.numAlign || 'right', b: !!opt.b });
      return C(money(v[k], mo), { al: o.numAlign || 'right', b: !!opt.b });
    });
    if (opt.span2 && cols[0] === 'seq') { cells[0] = C(label, { cs: 2, b: !!opt.b }); cells[1] = null; }
    const r = tb.row(cells, label);
    if (ci('rate') >= 0) rels.push({ k: 'ratio', target: [t, r, ci('rate')], num: [t, r, ci('exec')], den: [t, r, ci('full')], desc: `执行率=实际支出÷全年预算（${label}）` });
    if (ci('bal') >= 0) rels.push({ k: 'lin', target: [t, r, ci('bal')], terms: [[1, [t, r, ci('full')]], [-1, [t, r, ci('exec')]]], desc: `结余=全年预算−实际支出（${label}）` });
    if (ci('adj') >= 0) rels.push({ k: 'lin', target: [t, r, ci('full')], terms: [[1, [t, r, ci('init')]], [1, [t, r, ci('adj')]]], desc: `全年预算=年初预算+调整数（${label}）` });
    return r;
  };
  const withBal = v => { const x = Object.assign({}, v); if (ci('bal') >= 0) x.bal = D.fmt(D.sub(D.parse(v.full), D.parse(v.exec))); if (ci('adj') >= 0 && x.full == null) x.full = D.fmt(D.add(D.parse(v.init), D.parse(v.adj))); return x; };
  const sumOf = list => { const s = {}; for (const k of ['init', 'adj', 'full', 'exec', 'bal']) if (ci(k) >= 0) s[k] = sumStr(list.map(x => x[k])); return s; };
  const groups = o.groups || [{ name: null, items: o.items }];
  groups.forEach(g => { g.items = g.items.map(withBal); g.sum = sumOf(g.items); });
  const grand = sumOf(groups.map(g => g.sum));
  const totLabel = o.totalLabel || '合计';
  let rTot = null; const childRows = [];
  if (o.totalPos === 'top') rTot = mkRow(totLabel, grand, { b: true, nameAlign: 'center', span2: o.totalSpan });
  let seq = 0;
  for (const g of groups) {
    let rg = null; const rows = [];
    if (g.name) rg = mkRow(g.name, g.sum, { b: true, nameAlign: 'left', span2: o.totalSpan });
    for (const it of g.items) { seq++; const r = mkRow(it.name, it, { seq: String(seq) }); rows.push(r); pos.item[it.name] = r; }
    if (g.name) { for (const k of amt) rels.push({ k: 'lin', target: [t, rg, ci(k)], terms: rows.map(r => [1, [t, r, ci(k)]]), desc: `${g.name.replace(/（小计）|小计/, '')}小计=所列项目之和（${H[k].replace(/\n.*/s, '')}）` }); childRows.push(rg); pos.group = pos.group || {}; pos.group[g.name] = rg; }
    else childRows.push(...rows);
  }
  if (o.totalPos === 'bottom') rTot = mkRow(totLabel, grand, { b: true, nameAlign: 'center', span2: o.totalSpan });
  if (rTot != null) for (const k of amt) rels.push({ k: 'lin', target: [t, rTot, ci(k)], terms: childRows.map(r => [1, [t, r, ci(k)]]), desc: `${totLabel}=${o.groups ? '各组小计' : '各项目'}之和（${H[k].replace(/\n.*/s, '')}）` });
  pos.total = rTot; pos.ci = ci; pos.grand = grand; pos.groups = groups;
  return { tables: [tb.spec({ widths: o.widths, size: o.size, repeat: o.repeat ? 1 : 0, caption: o.caption, pre: o.pre, unitLine: o.unitLine, notes: o.notes, line: o.line, rowH: o.rowH })], rels, pos };
}

// ---------------------------------------------------------------- 基础数据表
// o.staff: {bz, sy, rateDec, labels}, o.years: [3 headers], o.rows: [{label, vals:[3], kids:[indices]}]
function baseTable(o, t) {
  const rels = []; const pos = {};
  const mo = { commas: !!o.commas, d: o.d == null ? 2 : o.d, blank: o.blank };
  const tb = new TB(4);
  const st = o.staff;
  tb.heads([st.head || '财政供养人员情况', st.l1 || '编制数', st.l2 || '实有人数', st.l3 || '控制率']);
  tb.row([C(st.head || '财政供养人员情况（人）', { rs: 2 }), C(st.l1 || '编制数'), C(st.l2 || '实有人数'), C(st.l3 || '控制率')], '财政供养人员情况');
  const rate = rateStr(st.sy, st.bz, st.rateDec == null ? 2 : st.rateDec);
  pos.staff = tb.row([null, C(st.bz), C(st.sy), C(rate)], '财政供养人员情况');
  rels.push({ k: 'ratio', target: [t, pos.staff, 3], num: [t, pos.staff, 2], den: [t, pos.staff, 1], desc: '控制率=实有人数÷编制数' });
  tb.heads([o.moneyHead || '经费控制情况（万元）', ...o.years]);
  tb.row([C(o.moneyHead || '经费控制情况（万元）'), ...o.years.map(y => C(y))], '经费控制情况', { h: 520 });
  // compute sums bottom-up
  const vals = o.rows.map(x => x.vals ? x.vals.slice() : null);
  const compute = i => { const x = o.rows[i]; if (vals[i]) return vals[i]; const kv = x.kids.map(compute); vals[i] = [0, 1, 2].map(j => sumStr(kv.map(v => v[j]))); return vals[i]; };
  o.rows.forEach((_, i) => compute(i));
  const rIdx = [];
  o.rows.forEach((x, i) => {
    const r = tb.row([C(x.label, { al: 'left', b: !!x.b }), ...vals[i].map(v => C(x.blankIfZero && D.cmp(D.parse(v), D.parse('0')) === 0 ? (o.zeroText != null ? o.zeroText : '0.00') : money(v, mo), { al: o.numAlign || 'center' }))], x.label.trim().replace(/^[\d、.其中：]+/, ''));
    rIdx.push(r);
  });
  o.rows.forEach((x, i) => { if (x.kids) for (let j = 0; j < 3; j++) rels.push({ k: 'lin', target: [t, rIdx[i], j + 1], terms: x.kids.map(k => [1, [t, rIdx[k], j + 1]]), desc: `${x.sumName || x.label.trim()}=其中各项之和（${o.years[j].replace(/\n/g, '')}）` }); });
  pos.rows = rIdx; pos.vals = vals;
  return { tables: [tb.spec({ widths: o.widths, size: o.size, caption: o.caption, pre: o.pre, unitLine: o.unitLine, notes: o.notes, repeat: 0, line: o.line })], rels, pos };
}

// ---------------------------------------------------------------- 功能分类科目表
// o.rows: [{code, name, lvl:1|2|3, vals:[...] for lvl3 (leaves) }], o.cols: amount headers
function funcTable(o, t) {
  const rels = []; const pos = {};
  const mo = { commas: !!o.commas, d: 2 };
  const split = o.codeStyle === 'split';
  const nA = o.cols.length;
  const ncols = (split ? 3 : 1) + 1 + nA;
  const tb = new TB(ncols);
  const rows = o.rows.map(x => Object.assign({}, x));
  // compute parents
  for (let i = rows.length - 1; i >= 0; i--) {
    const x = rows[i]; if (x.lvl === 3 || x.vals) continue;
    const kids = []; for (let j = i + 1; j < rows.length && rows[j].lvl > x.lvl; j++) if (rows[j].lvl === x.lvl + 1) kids.push(j);
    x.kids = kids; x.vals = o.cols.map((_, k) => sumStr(kids.map(j => rows[j].vals[k])));
  }
  const tops = rows.map((x, i) => x.lvl === 1 ? i : -1).filter(i => i >= 0);
  const grand = o.cols.map((_, k) => sumStr(tops.map(j => rows[j].vals[k])));
  if (split) {
    tb.heads(['科目编码', '科目编码', '科目编码', '科目名称', ...o.cols.map(h => h.replace(/\n/g, ''))]);
    tb.row([C('科目编码', { cs: 3 }), null, null, C('科目名称', { rs: 2 }), ...o.cols.map(h => C(h, { rs: 2 }))], '表头');
    tb.row([C('类'), C('款'), C('项'), null, ...o.cols.map(() => null)], '表头');
  } else {
    tb.heads(['科目编码', '科目名称', ...o.cols.map(h => h.replace(/\n/g, ''))]);
    tb.row([C('科目编码'), C('科目名称'), ...o.cols.map(h => C(h))], '表头', { h: 520 });
  }
  const off = split ? 3 : 1;
  const totRow = () => {
    const cells = split ? [C(o.totalLabel || '合计', { cs: 4 }), null, null, null] : [C(o.totalLabel || '合计', { cs: 2 }), null];
    return tb.row([...cells, ...grand.map(v => C(money(v, mo), { al: 'right', b: true }))], o.totalLabel || '合计');
  };
  let rTot = null;
  if (o.totalPos === 'top') rTot = totRow();
  const rIdx = [];
  rows.forEach(x => {
    let codeCells;
    if (split) { const c = x.code; codeCells = [C(c.slice(0, 3)), C(x.lvl >= 2 ? c.slice(3, 5) : ''), C(x.lvl >= 3 ? c.slice(5, 7) : '')]; }
    else codeCells = [C(x.code, { al: 'left' })];
    const indent = o.indentNames ? '\u3000'.repeat(x.lvl - 1) : '';
    rIdx.push(tb.row([...codeCells, C(indent + x.name, { al: 'left' }), ...x.vals.map(v => C(money(v, mo), { al: 'right' }))], `${x.code} ${x.name}`));
  });
  if (o.totalPos !== 'top') rTot = totRow();
  const lvlName = { 1: '类', 2: '款', 3: '项' };
  rows.forEach((x, i) => { if (x.kids) o.cols.forEach((h, k) => rels.push({ k: 'lin', target: [t, rIdx[i], off + 1 + k], terms: x.kids.map(j => [1, [t, rIdx[j], off + 1 + k]]), desc: `${lvlName[x.lvl]}级科目=所属${lvlName[x.lvl + 1]}级之和（${x.code} ${h.replace(/\n/g, '')}）` })); });
  o.cols.forEach((h, k) => rels.push({ k: 'lin', target: [t, rTot, off + 1 + k], terms: tops.map(j => [1, [t, rIdx[j], off + 1 + k]]), desc: `合计=各类级科目之和（${h.replace(/\n/g, '')}）` }));
  pos.rows = rIdx; pos.total = rTot; pos.off = off; pos.grand = grand; pos.data = rows;
  return { tables: [tb.spec({ widths: o.widths, size: o.size, caption: o.caption, pre: o.pre, unitLine: o.unitLine, notes: o.notes, repeat: split ? 2 : 1, line: o.line })], rels, pos };
}

// ---------------------------------------------------------------- 上年/本年对比表
// o.rows: [{label, prev, cur, kids:[idx]}]; cols: label | prev | cur | diff | rate
function yoyTable(o, t) {
  const rels = []; const pos = {};
  const mo = { commas: !!o.commas, d: o.d == null ? 2 : o.d };
  const tb = new TB(5);
  const heads = o.heads || ['项目', '2023年决算数', '2024年决算数', '增减额', '增减率'];
  tb.heads(heads.map(h => h.replace(/\n/g, '')));
  tb.row(heads.map(h => C(h, { b: !!o.boldHead })), '表头', { h: 560 });
  const vals = o.rows.map(x => x.kids ? null : [x.prev, x.cur]);
  const comp = i => { if (vals[i]) return vals[i]; const kv = o.rows[i].kids.map(comp); vals[i] = [0, 1].map(j => sumStr(kv.map(v => v[j]))); return vals[i]; };
  o.rows.forEach((_, i) => comp(i));
  const rIdx = [];
  o.rows.forEach((x, i) => {
    const [p, c] = vals[i];
    const diff = D.fmt(D.sub(D.parse(c), D.parse(p)));
    const zeroPrev = D.cmp(D.parse(p), D.parse('0')) === 0;
    const g = zeroPrev ? (o.zeroRate || '—') : growthStr(c, p, o.rateDec == null ? 2 : o.rateDec);
    const r = tb.row([C(x.label, { al: 'left', b: !!x.b }), C(money(p, mo), { al: 'right' }), C(money(c, mo), { al: 'right' }), C(D.fmt(D.parse(diff), { d: mo.d, commas: mo.commas, plus: !!o.plus }), { al: 'right' }), C(g)], x.label.trim().replace(/^其中：/, ''));
    rIdx.push(r);
    rels.push({ k: 'lin', target: [t, r, 3], terms: [[1, [t, r, 2]], [-1, [t, r, 1]]], desc: `增减额=本年−上年（${x.label.trim().replace(/^其中：/, '')}）` });
    if (!zeroPrev) rels.push({ k: 'growth', target: [t, r, 4], cur: [t, r, 2], prev: [t, r, 1], desc: `增减率=(本年−上年)÷上年（${x.label.trim().replace(/^其中：/, '')}）` });
  });
  o.rows.forEach((x, i) => { if (x.kids) for (const j of [1, 2, 3]) rels.push({ k: 'lin', target: [t, rIdx[i], j], terms: x.kids.map(k => [1, [t, rIdx[k], j]]), desc: `${x.label.trim()}=其中各项之和（${heads[j].replace(/\n/g, '')}）` }); });
  pos.rows = rIdx; pos.vals = vals;
  return { tables: [tb.spec({ widths: o.widths, size: o.size, caption: o.caption, pre: o.pre, unitLine: o.unitLine, notes: o.notes, repeat: o.repeat ? 1 : 0, line: o.line })], rels, pos };
}

// ---------------------------------------------------------------- generic amount table
// o.heads: column headers (first is label column); o.rows: [{label, vals:[...]|null, kids:[idx], b}]
// o.rowRel: optional function (r, rowIndex) -> relations within a row
function amountTable(o, t) {
  const rels = []; const pos = {};
  const mo = { commas: !!o.commas, d: o.d == null ? 2 : o.d };
  const nA = o.heads.length - 1;
  const tb = new TB(o.heads.length);
  tb.heads(o.heads.map(h => h.replace(/\n/g, '')));
  tb.row(o.heads.map(h => C(h, { b: !!o.boldHead })), '表头', { h: o.headH || 520 });
  const vals = o.rows.map(x => x.vals ? x.vals.slice() : null);
  const comp = i => { if (vals[i]) return vals[i]; const kv = o.rows[i].kids.map(comp); vals[i] = Array.from({ length: nA }, (_, j) => sumStr(kv.map(v => v[j]))); return vals[i]; };
  o.rows.forEach((_, i) => comp(i));
  if (o.derive) o.rows.forEach((x, i) => o.derive(vals[i]));
  const rIdx = [];
  o.rows.forEach((x, i) => {
    const r = tb.row([C(x.label, { al: x.al || 'left', b: !!x.b }), ...vals[i].map(v => C(money(v, mo), { al: o.numAlign || 'right' }))], x.label.trim().replace(/^[一二三四五六七八九十]+、|^\d+[.、]|^其中：/g, ''));
    rIdx.push(r);
  });
  o.rows.forEach((x, i) => { if (x.kids) for (let j = 1; j <= nA; j++) if (!(o.noSumCols || []).includes(j)) rels.push({ k: 'lin', target: [t, rIdx[i], j], terms: x.kids.map(k => [1, [t, rIdx[k], j]]), desc: `${(x.sumName || x.label).trim()}=其中各项之和（${o.heads[j].replace(/\n/g, '')}）` }); });
  if (o.rowRel) o.rows.forEach((x, i) => rels.push(...o.rowRel(t, rIdx[i], x)));
  pos.rows = rIdx; pos.vals = vals;
  return { tables: [tb.spec({ widths: o.widths, size: o.size, caption: o.caption, pre: o.pre, unitLine: o.unitLine, notes: o.notes, repeat: o.repeat ? 1 : 0, line: o.line })], rels, pos };
}

// ---------------------------------------------------------------- 部门整体支出绩效自评表 (province framework)
// columns: 一级 | 二级 | 三级 | 分值 | 年度指标值 | 实际完成值 | 得分 | 偏差原因
function deptIndTable(o, t) {
  const rels = []; const pos = { r: {} };
  const dec = o.indDec == null ? 2 : o.indDec;
  const inds = o.inds.map(x => Object.assign({}, x, { scoreStr: indScore(x, dec) }));
  const tb = new TB(8);
  const heads = ['一级指标', '二级指标', '三级指标', '分值', '年度指标值', '实际完成值', '得分', '偏差原因及改进措施'];
  tb.heads(heads);
  tb.row(heads.map(h => C(h, { b: true })), '表头', { h: 520 });
  const rows = [];
  inds.forEach((x, i) => {
    const cells = Array(8).fill(null);
    if (i === 0 || inds[i - 1].l1 !== x.l1) { let n = 0; while (i + n < inds.length && inds[i + n].l1 === x.l1) n++; cells[0] = C(x.l1, { rs: n }); }
    if (i === 0 || inds[i - 1].l2 !== x.l2 || inds[i - 1].l1 !== x.l1) { let n = 0; while (i + n < inds.length && inds[i + n].l2 === x.l2 && inds[i + n].l1 === x.l1) n++; cells[1] = C(x.l2, { rs: n }); }
    cells[2] = C(x.l3, { al: 'left' }); cells[3] = C(x.points); cells[4] = C(x.target); cells[5] = C(x.actual); cells[6] = C(x.scoreStr); cells[7] = C(x.dev || '', { al: 'left' });
    const r = tb.row(cells, x.l3); rows.push(r); pos.r[x.l3] = r;
    if (x.dir !== 'none') rels.push({ k: 'ind', dir: x.dir, target: [t, r, 4], actual: [t, r, 5], points: [t, r, 3], score: [t, r, 6], desc: `指标得分与年度指标值/实际完成值不符（${x.l3}）` });
  });
  const total = D.fmt(D.add(...inds.map(x => D.parse(x.scoreStr))), { d: dec });
  const ptsTotal = D.fmt(D.add(...inds.map(x => D.parse(x.points))));
  const rT = tb.row([C('合计', { cs: 3, b: true }), null, null, C(ptsTotal), C(''), C(''), C(total), C(o.totalNote || '')], '合计');
  rels.push({ k: 'lin', target: [t, rT, 3], terms: rows.map(r => [1, [t, r, 3]]), desc: '分值合计=各项分值之和' });
  rels.push({ k: 'const', target: [t, rT, 3], value: '100', desc: '分值合计应为100' });
  rels.push({ k: 'lin', target: [t, rT, 6], terms: rows.map(r => [1, [t, r, 6]]), desc: '总分=各项得分之和' });
  pos.total = rT; pos.inds = inds;
  return { tables: [tb.spec({ widths: o.widths, size: o.size, caption: o.caption, pre: o.pre, unitLine: o.unitLine, notes: o.notes, repeat: 1, line: o.line })], rels, pos };
}

module.exports = { projTable, execTable, baseTable, funcTable, yoyTable, amountTable, deptIndTable, DASH };
