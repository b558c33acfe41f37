'use strict';
// Sheet builders. Amounts are integer cents (of 万元 or 元); rates are integer units of 10^-dp percent.
const { divHalfUp, P10 } = require('./lib.cjs');

const COLS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const col = (i) => COLS[i];
const rateU = (n, d, dp) => Number(divHalfUp(BigInt(n) * 100n * P10(dp), BigInt(d)));
const scoreU = (n, d, w, sdp) => { let s = divHalfUp(BigInt(n) * BigInt(w) * P10(sdp), BigInt(d)); const cap = BigInt(w) * P10(sdp); return s > cap ? cap : s; };
const sumOf = (a) => a.reduce((x, y) => x + (y || 0), 0);
const GRADE = (s) => (s >= 90 ? '优' : s >= 80 ? '良' : s >= 60 ? '中' : '差');

// write an amount according to the profile: P.amt = num|numtext|formula ; P.fmt
function amt(S, addr, c, P, formula) {
  if (P.amt === 'numtext') return S.put(addr, c, { style: 'numtext', dp: 2 });
  if (P.amt === 'formula' && formula) return S.put(addr, c, { style: 'formula', formula, dp: 2, fmt: P.fmt });
  return S.put(addr, c, { dp: 2, fmt: P.fmt || '0.00' });
}
const B_cells = (S) => S.book.cells;
function rate(S, addr, n, d, P, formula) {
  const dp = P.rdp ?? 2; const u = rateU(n, d, dp);
  if (P.rate === 'pcttext') return S.put(addr, u, { style: 'pcttext', dp });
  const k = S.put(addr, u, { style: 'pct', dp });
  if (P.amt === 'formula' && formula) { S.ws.getCell(addr).value = { formula, result: n / d }; B_cells(S)[k].formula = true; }
  return k;
}
function footer(S, r, ncol, P) {
  if (P.note) { S.merge(`A${r}:${col(ncol - 1)}${r}`, P.note, { box: false, align: 'left' }); r++; }
  if (P.footer) {
    const t = Math.floor(ncol / 3);
    S.plain(`A${r}`, '填报人：' + P.footer.who); S.plain(`${col(t)}${r}`, '联系电话：' + P.footer.tel); S.plain(`${col(2 * t)}${r}`, '填报日期：' + P.footer.date); r++;
  }
  return r;
}

// ---------------- indicators block (shared by project / department / transfer tables) ----------------
// cols: {l1,l2,l3,tgt,act,w,s,note} column letters (w/s may be null for unscored tables)
function indicators(S, B, r0, inds, P, cols) {
  const sdp = P.sdp ?? 1; const keys = [];
  let r = r0;
  for (let i = 0; i < inds.length; i++) {
    const x = inds[i]; const row = r + i;
    S.text(`${cols.l3}${row}`, x.l3, { align: 'left' }); x.tgtK = S.text(`${cols.tgt}${row}`, x.tgt); x.actK = S.text(`${cols.act}${row}`, x.act);
    if (cols.w) { x.wK = S.put(`${cols.w}${row}`, x.w, { dp: 0 }); x.sK = S.put(`${cols.s}${row}`, x.sU, { dp: sdp }); B.rel({ type: 'le', a: x.sK, b: x.wK, kind: '得分不超过分值' });
      if (x.partial) B.rel({ type: 'prop', target: x.sK, actual: x.actK, goal: x.tgtK, weight: x.wK, dp: sdp, kind: '按完成比例计分（得分=实际完成值/指标值×分值）' }); }
    if (cols.note) S.text(`${cols.note}${row}`, x.note, { align: 'left' });
    keys.push(x);
  }
  // merged l1 / l2 columns over runs
  const run = (f, c, label) => {
    let s = 0; for (let i = 1; i <= inds.length; i++) {
      if (i === inds.length || f(inds[i]) !== f(inds[s])) {
        const txt = label(inds[s], s, i);
        if (i - s > 1) S.merge(`${c}${r + s}:${c}${r + i - 1}`, txt); else S.text(`${c}${r + s}`, txt);
        if (c === cols.l1 && P.groupW && cols.w) B.rel({ type: 'lin', target: S.name + '!' + c + (r + s), terms: inds.slice(s, i).map((x) => [1, x.wK]), dp: 0, kind: '一级指标分值=所属三级指标分值之和' });
        s = i;
      }
    }
  };
  run((x) => x.l1, cols.l1, (x, s, e) => (P.groupW && cols.w ? `${x.l1}（${sumOf(inds.slice(s, e).map((y) => y.w))}分）` : x.l1));
  run((x) => x.l1 + '/' + x.l2, cols.l2, (x) => x.l2);
  return r + inds.length;
}

// ---------------- 项目支出绩效自评表 ----------------
// P: year,title,proj,dept,impl,unitCap,amt,fmt,rate,rdp,sdp,sub ('score'|'rate'|'none'),blank('blank'|'zero'),order('totalFirst'|'totalLast'),
//    noInit, execW, F:{init[3],full[3],exec[3]} (null entries absent), goals{plan,done}, inds, totalW, groupW, grade, note, footer
function projSheet(B, name, P) {
  const S = B.sheet(name, [12, 16, 14, 22, 14, 14, 9, 10, 30]);
  const K = {}; const yuan = P.unit === '元';
  S.title('A1:I1', P.title || `${P.year}年度项目支出绩效自评表`); S.height(1, 30);
  let r = 2;
  if (P.unitCap) { S.plain('A2', `（${P.year}年度）`); S.plain('H2', `单位：${yuan ? '元' : '万元'}`, 'right'); r = 3; }
  S.text(`A${r}`, P.projLabel || '项目名称'); S.merge(`B${r}:I${r}`, P.proj, { align: 'left' }); r++;
  S.text(`A${r}`, '主管部门'); S.merge(`B${r}:D${r}`, P.dept); S.text(`E${r}`, '实施单位'); S.merge(`F${r}:I${r}`, P.impl); r++;
  const hdr = r; const unitTxt = P.unitCap ? '' : (yuan ? '（元）' : '（万元）');
  S.text(`B${r}`, ''); ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((h, i) => S.text(`${col(2 + i)}${r}`, h, { bold: true }));
  S.text(`I${r}`, ''); r++;
  const labels = ['其中：当年财政拨款', '上年结转资金', '其他资金'];
  const rows = P.order === 'totalLast' ? [0, 1, 2, 'T'] : ['T', 0, 1, 2];
  const rowOf = {}; rows.forEach((k, i) => { rowOf[k] = r + i; });
  const F = P.F; const tot = { init: sumOf(F.init || []), full: sumOf(F.full), exec: sumOf(F.exec) };
  const sdp = P.sdp ?? 1; const W = P.execW ?? 10;
  for (const k of rows) {
    const row = rowOf[k];
    if (k === 'T') {
      S.text(`B${row}`, '年度资金总额', { bold: true });
      const present = [0, 1, 2].filter((i) => F.full[i] !== null);
      for (const [c, f] of [['C', 'init'], ['D', 'full'], ['E', 'exec']]) {
        if (f === 'init' && P.noInit) { S.text(`C${row}`, ''); continue; }
        const ps = present.map((i) => `${c}${rowOf[i]}`);
        K[f] = amt(S, `${c}${row}`, tot[f], P, ps.join('+'));
        B.rel({ type: 'lin', target: K[f], terms: present.filter((i) => !(f === 'init' && F.init[i] === null)).map((i) => [1, `${name}!${c}${rowOf[i]}`]), dp: 2, kind: `年度资金总额${{ init: '年初预算数', full: '全年预算数', exec: '全年执行数' }[f]}=各来源之和` });
      }
      K.w = S.put(`F${row}`, W, { dp: 0 });
      K.rate = rate(S, `G${row}`, tot.exec, tot.full, P, `E${row}/D${row}`);
      B.rel({ type: 'ratio', target: K.rate, num: [[1, K.exec]], den: [[1, K.full]], dp: P.rdp ?? 2, kind: '执行率=全年执行数/全年预算数' });
      K.es = S.put(`H${row}`, scoreU(tot.exec, tot.full, W, sdp), { dp: sdp });
      B.rel({ type: 'score_rate', target: K.es, num: K.exec, den: K.full, weight: K.w, dp: sdp, kind: '预算执行率得分=执行率×分值（封顶）' });
      B.rel({ type: 'le', a: K.es, b: K.w, kind: '得分不超过分值' });
      S.text(`I${row}`, '');
    } else {
      S.text(`B${row}`, labels[k], { align: 'left' });
      if (F.full[k] === null) {
        for (const c of 'CDEFGH') { if (P.blank === 'zero' && 'CDE'.includes(c)) S.put(`${c}${row}`, 0, { dp: 2, fmt: P.fmt }); else S.text(`${c}${row}`, P.blank === 'zero' && c === 'G' ? '—' : ''); }
      } else {
        if (P.noInit || F.init[k] === null) S.text(`C${row}`, ''); else K['init' + k] = amt(S, `C${row}`, F.init[k], P);
        K['full' + k] = amt(S, `D${row}`, F.full[k], P); K['exec' + k] = amt(S, `E${row}`, F.exec[k], P);
        if (P.sub === 'score' || P.sub === 'rate') {
          K['rate' + k] = rate(S, `G${row}`, F.exec[k], F.full[k], P, `E${row}/D${row}`);
          B.rel({ type: 'ratio', target: K['rate' + k], num: [[1, K['exec' + k]]], den: [[1, K['full' + k]]], dp: P.rdp ?? 2, kind: '执行率=全年执行数/全年预算数' });
        } else S.text(`G${row}`, '—');
        if (P.sub === 'score') {
          K['w' + k] = S.put(`F${row}`, W, { dp: 0 }); K['es' + k] = S.put(`H${row}`, scoreU(F.exec[k], F.full[k], W, sdp), { dp: sdp });
          B.rel({ type: 'score_rate', target: K['es' + k], num: K['exec' + k], den: K['full' + k], weight: K['w' + k], dp: sdp, kind: '预算执行率得分=执行率×分值（封顶）' });
          B.rel({ type: 'le', a: K['es' + k], b: K['w' + k], kind: '得分不超过分值' });
        } else { S.text(`F${row}`, '—'); S.text(`H${row}`, '—'); }
      }
      S.text(`I${row}`, '');
    }
  }
  S.merge(`A${hdr}:A${r + 3}`, '项目资金' + unitTxt, { bold: true });
  r += 4;
  // goals
  S.merge(`A${r}:A${r + 1}`, '年度总体目标', { bold: true }); S.merge(`B${r}:E${r}`, '预期目标'); S.merge(`F${r}:I${r}`, '实际完成情况');
  S.merge(`B${r + 1}:E${r + 1}`, P.goals.plan, { align: 'left' }); S.merge(`F${r + 1}:I${r + 1}`, P.goals.done, { align: 'left' }); S.height(r + 1, 96);
  r += 2;
  const ih = r;
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].forEach((h, i) => S.text(`${col(1 + i)}${r}`, h, { bold: true }));
  r++;
  const end = indicators(S, B, r, P.inds, P, { l1: 'B', l2: 'C', l3: 'D', tgt: 'E', act: 'F', w: 'G', s: 'H', note: 'I' });
  S.merge(`A${ih}:A${end - 1}`, '绩效指标', { bold: true });
  r = end;
  S.merge(`A${r}:F${r}`, '总分', { bold: true });
  const allS = [K.es, ...P.inds.map((x) => x.sK)]; const allW = [K.w, ...P.inds.map((x) => x.wK)];
  const totS = P.inds.reduce((a, x) => a + x.sU, 0n) + scoreU(tot.exec, tot.full, W, sdp);
  if (P.totalW) { K.totW = S.put(`G${r}`, 100, { dp: 0 }); B.rel({ type: 'lin', target: K.totW, terms: allW.map((k) => [1, k]), dp: 0, kind: '分值合计=各项分值之和' }); }
  else S.text(`G${r}`, '');
  K.total = S.put(`H${r}`, totS, { dp: sdp, bold: true });
  B.rel({ type: 'lin', target: K.total, terms: allS.map((k) => [1, k]), dp: sdp, kind: '总分=各项得分之和' });
  S.text(`I${r}`, P.grade ? '自评等级：' + GRADE(Number(totS) / 10 ** sdp) : '');
  K.totalS = Number(totS) / 10 ** sdp;
  r += 2; footer(S, r, 9, P);
  K.tot = tot; return K;
}

// ---------------- 部门（单位）整体支出绩效自评表 ----------------
// P.D: {init[5], full[5], exec[5]} rows: 0 总额 1 基本支出 2 人员经费 3 公用经费 4 项目支出 (总额 computed)
function deptSheet(B, name, P) {
  const S = B.sheet(name, [12, 18, 14, 24, 14, 14, 9, 10, 28]); const K = {};
  S.title('A1:I1', P.title || `${P.year}年度部门（单位）整体支出绩效自评表`);
  let r = 2;
  S.plain('A2', `填报单位（盖章）：${P.unitName}`); S.plain('H2', '单位：万元', 'right'); r = 3;
  S.text(`A${r}`, '部门（单位）名称'); S.merge(`B${r}:I${r}`, P.unitName, { align: 'left' }); r++;
  const hdr = r; ['', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((h, i) => S.text(`${col(1 + i)}${r}`, h, { bold: true })); S.text(`I${r}`, ''); r++;
  const D = P.D; const sdp = P.sdp ?? 1; const W = P.execW ?? 10;
  const labs = ['年度资金总额', '其中：基本支出', '    人员经费', '    公用经费', '      项目支出'];
  labs[4] = '其中：项目支出';
  const R = (i) => r + i;
  for (let i = 0; i < 5; i++) {
    S.text(`B${R(i)}`, labs[i], { align: 'left', bold: i === 0 });
    for (const [c, f] of [['C', 'init'], ['D', 'full'], ['E', 'exec']]) {
      const fm = i === 0 ? `${c}${R(1)}+${c}${R(4)}` : i === 1 ? `${c}${R(2)}+${c}${R(3)}` : null;
      K[f + i] = amt(S, `${c}${R(i)}`, D[f][i], P, fm);
    }
    const scored = i === 0 || (P.sub === 'score' && (i === 1 || i === 4));
    K['rate' + i] = rate(S, `G${R(i)}`, D.exec[i], D.full[i], P, `E${R(i)}/D${R(i)}`);
    B.rel({ type: 'ratio', target: K['rate' + i], num: [[1, K['exec' + i]]], den: [[1, K['full' + i]]], dp: P.rdp ?? 2, kind: '执行率=全年执行数/全年预算数' });
    if (scored) {
      K['w' + i] = S.put(`F${R(i)}`, W, { dp: 0 }); K['es' + i] = S.put(`H${R(i)}`, scoreU(D.exec[i], D.full[i], W, sdp), { dp: sdp });
      B.rel({ type: 'score_rate', target: K['es' + i], num: K['exec' + i], den: K['full' + i], weight: K['w' + i], dp: sdp, kind: '预算执行率得分=执行率×分值（封顶）' });
      B.rel({ type: 'le', a: K['es' + i], b: K['w' + i], kind: '得分不超过分值' });
    } else { S.text(`F${R(i)}`, '—'); S.text(`H${R(i)}`, '—'); }
    S.text(`I${R(i)}`, '');
  }
  for (const [c, f, n] of [['C', 'init', '年初预算数'], ['D', 'full', '全年预算数'], ['E', 'exec', '全年执行数']]) {
    B.rel({ type: 'lin', target: K[f + 0], terms: [[1, K[f + 1]], [1, K[f + 4]]], dp: 2, kind: `年度资金总额${n}=基本支出+项目支出` });
    B.rel({ type: 'lin', target: K[f + 1], terms: [[1, K[f + 2]], [1, K[f + 3]]], dp: 2, kind: `基本支出${n}=人员经费+公用经费` });
  }
  S.merge(`A${hdr}:A${R(4)}`, '年度预算执行情况（万元）', { bold: true }); r = R(5);
  S.merge(`A${r}:A${r + 1}`, '年度总体目标', { bold: true }); S.merge(`B${r}:E${r}`, '预期目标'); S.merge(`F${r}:I${r}`, '实际完成情况');
  S.merge(`B${r + 1}:E${r + 1}`, P.goals.plan, { align: 'left' }); S.merge(`F${r + 1}:I${r + 1}`, P.goals.done, { align: 'left' }); S.height(r + 1, 90); r += 2;
  const ih = r; ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].forEach((h, i) => S.text(`${col(1 + i)}${r}`, h, { bold: true })); r++;
  const end = indicators(S, B, r, P.inds, P, { l1: 'B', l2: 'C', l3: 'D', tgt: 'E', act: 'F', w: 'G', s: 'H', note: 'I' });
  S.merge(`A${ih}:A${end - 1}`, '绩效指标', { bold: true }); r = end;
  S.merge(`A${r}:F${r}`, '总分', { bold: true });
  const totS = P.inds.reduce((a, x) => a + x.sU, 0n) + scoreU(D.exec[0], D.full[0], W, sdp);
  if (P.totalW) { K.totW = S.put(`G${r}`, 100, { dp: 0 }); B.rel({ type: 'lin', target: K.totW, terms: [[1, K.w0], ...P.inds.map((x) => [1, x.wK])], dp: 0, kind: '分值合计=各项分值之和' }); } else S.text(`G${r}`, '');
  K.total = S.put(`H${r}`, totS, { dp: sdp, bold: true });
  B.rel({ type: 'lin', target: K.total, terms: [[1, K.es0], ...P.inds.map((x) => [1, x.sK])], dp: sdp, kind: '总分=各项得分之和' });
  S.text(`I${r}`, P.grade ? '等级：' + GRADE(Number(totS) / 10 ** sdp) : ''); K.totalS = Number(totS) / 10 ** sdp;
  footer(S, r + 2, 9, P); return K;
}

// ---------------- 转移支付区域绩效自评表 ----------------
// P.regions: [{name, bc, bl, ec, el}] (cents); P.scored: indicators with 分值/得分 ; P.byRegion: one row per county + 合计, else single 年度资金总额 block
function transferSheet(B, name, P) {
  const S = B.sheet(name, [14, 16, 13, 13, 13, 13, 13, 13, 11, 24]); const K = {};
  S.title('A1:J1', P.title);
  S.plain('A2', `（${P.year}年度）`); S.plain('I2', '单位：万元', 'right');
  let r = 3;
  S.text(`A${r}`, '转移支付名称'); S.merge(`B${r}:J${r}`, P.proj, { align: 'left' }); r++;
  S.text(`A${r}`, P.upLabel || '中央主管部门'); S.merge(`B${r}:E${r}`, P.up); S.text(`F${r}`, '地方主管部门'); S.merge(`G${r}:J${r}`, P.local); r++;
  const hdr = r;
  S.merge(`B${r}:B${r + 1}`, P.byRegion ? '地区' : '资金来源'); S.merge(`C${r}:E${r}`, '全年预算数（A）'); S.merge(`F${r}:H${r}`, '全年执行数（B）'); S.merge(`I${r}:I${r + 1}`, '执行率（B/A）'); S.merge(`J${r}:J${r + 1}`, '备注');
  ['合计', P.cenLabel || '中央补助', '地方资金', '合计', P.cenLabel || '中央补助', '地方资金'].forEach((h, i) => S.text(`${col(2 + i)}${r + 1}`, h, { bold: true }));
  r += 2;
  const regs = P.regions; const first = r; K.rows = null;
  const put3 = (row, bc, bl, ec, el, lab, bold) => {
    S.text(`B${row}`, lab, { bold, align: 'left' });
    const k = {};
    k.bc = amt(S, `D${row}`, bc, P); k.bl = amt(S, `E${row}`, bl, P); k.b = amt(S, `C${row}`, bc + bl, P, `D${row}+E${row}`);
    k.ec = amt(S, `G${row}`, ec, P); k.el = amt(S, `H${row}`, el, P); k.e = amt(S, `F${row}`, ec + el, P, `G${row}+H${row}`);
    k.rate = rate(S, `I${row}`, ec + el, bc + bl, P, `F${row}/C${row}`); S.text(`J${row}`, '');
    B.rel({ type: 'lin', target: k.b, terms: [[1, k.bc], [1, k.bl]], dp: 2, kind: '全年预算数合计=中央补助+地方资金' });
    B.rel({ type: 'lin', target: k.e, terms: [[1, k.ec], [1, k.el]], dp: 2, kind: '全年执行数合计=中央补助+地方资金' });
    B.rel({ type: 'ratio', target: k.rate, num: [[1, k.e]], den: [[1, k.b]], dp: P.rdp ?? 2, kind: '执行率=全年执行数/全年预算数' });
    return k;
  };
  const rk = [];
  if (P.byRegion) regs.forEach((g, i) => rk.push(put3(first + i, g.bc, g.bl, g.ec, g.el, g.name))); K.rows = rk;
  const T = (f) => sumOf(regs.map((g) => g[f]));
  const trow = first + (P.byRegion ? regs.length : 0);
  K.tot = put3(trow, T('bc'), T('bl'), T('ec'), T('el'), P.byRegion ? '合计' : '年度资金总额', true);
  if (P.byRegion) for (const f of ['b', 'bc', 'bl', 'e', 'ec', 'el']) B.rel({ type: 'lin', target: K.tot[f], terms: rk.map((k) => [1, k[f]]), dp: 2, kind: '合计=各地区之和' });
  S.merge(`A${hdr}:A${trow}`, '资金情况', { bold: true });
  r = trow + 1;
  // goals: 实施期 / 年度
  S.merge(`A${r}:A${r + 1}`, '总体目标', { bold: true }); S.merge(`B${r}:E${r}`, P.phase ? '实施期目标' : '年度目标'); S.merge(`F${r}:J${r}`, '年度实际完成情况');
  S.merge(`B${r + 1}:E${r + 1}`, P.goals.plan, { align: 'left' }); S.merge(`F${r + 1}:J${r + 1}`, P.goals.done, { align: 'left' }); S.height(r + 1, 90); r += 2;
  const ih = r;
  const heads = P.scored ? ['一级指标', '二级指标', '三级指标', '年度指标值', '全年实际值', '分值', '得分', '未完成原因和改进措施'] : ['一级指标', '二级指标', '三级指标', '年度指标值', '全年实际值', '未完成原因和改进措施'];
  heads.forEach((h, i) => S.text(`${col(1 + i)}${r}`, h, { bold: true })); r++;
  const cols = P.scored ? { l1: 'B', l2: 'C', l3: 'D', tgt: 'E', act: 'F', w: 'G', s: 'H', note: 'I' } : { l1: 'B', l2: 'C', l3: 'D', tgt: 'E', act: 'F', note: 'G' };
  const end = indicators(S, B, r, P.inds, P, cols);
  S.merge(`A${ih}:A${end - 1}`, '绩效指标', { bold: true }); r = end;
  if (P.scored) {
    S.merge(`A${r}:F${r}`, '总分', { bold: true }); const sdp = P.sdp ?? 1;
    const totS = P.inds.reduce((a, x) => a + x.sU, 0n);
    if (P.totalW) { K.totW = S.put(`G${r}`, sumOf(P.inds.map((x) => x.w)), { dp: 0 }); B.rel({ type: 'lin', target: K.totW, terms: P.inds.map((x) => [1, x.wK]), dp: 0, kind: '分值合计=各项分值之和' }); } else S.text(`G${r}`, '');
    K.total = S.put(`H${r}`, totS, { dp: sdp, bold: true }); B.rel({ type: 'lin', target: K.total, terms: P.inds.map((x) => [1, x.sK]), dp: sdp, kind: '总分=各项得分之和' });
    K.totalS = Number(totS) / 10 ** sdp; r++;
  }
  footer(S, r + 1, 10, P); return K;
}

// ---------------- 项目资金明细 ----------------
// P.items: [{name, src, init?, adj?, full, exec}] ; P.adj: with 年初/调整 columns ; P.init: with 年初 column only
function detailSheet(B, name, P) {
  const hasInit = P.adj || P.init; const cols = ['序号', '项目名称', '资金来源']; if (hasInit) cols.push('年初预算数'); if (P.adj) cols.push('调整数'); cols.push('全年预算数', '实际支出', '结余', '执行率', '备注');
  const S = B.sheet(name, cols.map((c) => (c === '项目名称' ? 30 : c === '备注' ? 18 : 13))); const K = { rows: [] };
  const last = col(cols.length - 1);
  S.title(`A1:${last}1`, P.title || `${P.year}年度项目资金明细表`, 14);
  S.plain('A2', P.caption || `编制单位：${P.unitName}`); S.plain(`${col(cols.length - 2)}2`, `单位：${P.unit || '万元'}`, 'right');
  cols.forEach((h, i) => S.text(`${col(i)}3`, h, { bold: true }));
  const C = {}; cols.forEach((h, i) => { C[h] = col(i); });
  let r = 4; const its = P.items;
  const put = (row, x, isTot) => {
    const k = {};
    if (hasInit) k.init = amt(S, `${C['年初预算数']}${row}`, x.init, P, isTot ? `SUM(${C['年初预算数']}4:${C['年初预算数']}${row - 1})` : null);
    if (P.adj) k.adj = amt(S, `${C['调整数']}${row}`, x.adj, P, isTot ? `SUM(${C['调整数']}4:${C['调整数']}${row - 1})` : null);
    k.full = amt(S, `${C['全年预算数']}${row}`, x.full, P, isTot ? `SUM(${C['全年预算数']}4:${C['全年预算数']}${row - 1})` : (P.adj ? `${C['年初预算数']}${row}+${C['调整数']}${row}` : null));
    k.exec = amt(S, `${C['实际支出']}${row}`, x.exec, P, isTot ? `SUM(${C['实际支出']}4:${C['实际支出']}${row - 1})` : null);
    k.bal = amt(S, `${C['结余']}${row}`, x.full - x.exec, P, `${C['全年预算数']}${row}-${C['实际支出']}${row}`);
    k.rate = rate(S, `${C['执行率']}${row}`, x.exec, x.full, P, `${C['实际支出']}${row}/${C['全年预算数']}${row}`);
    if (P.adj) B.rel({ type: 'lin', target: k.full, terms: [[1, k.init], [1, k.adj]], dp: 2, kind: '全年预算数=年初预算数+调整数' });
    B.rel({ type: 'lin', target: k.bal, terms: [[1, k.full], [-1, k.exec]], dp: 2, kind: '结余=全年预算数-实际支出' });
    B.rel({ type: 'ratio', target: k.rate, num: [[1, k.exec]], den: [[1, k.full]], dp: P.rdp ?? 2, kind: '执行率=实际支出/全年预算数' });
    return k;
  };
  its.forEach((x, i) => {
    S.put(`A${r}`, i + 1, { dp: 0, align: 'center' }); S.text(`B${r}`, x.name, { align: 'left' }); S.text(`C${r}`, x.src);
    K.rows.push(put(r, x, false)); S.text(`${last}${r}`, x.memo || ''); r++;
  });
  const T = { full: sumOf(its.map((x) => x.full)), exec: sumOf(its.map((x) => x.exec)), init: sumOf(its.map((x) => x.init)), adj: sumOf(its.map((x) => x.adj)) };
  S.merge(`A${r}:C${r}`, '合计', { bold: true }); K.tot = put(r, T, true); S.text(`${last}${r}`, '');
  for (const f of [...(hasInit ? ['init'] : []), ...(P.adj ? ['adj'] : []), 'full', 'exec', 'bal']) B.rel({ type: 'lin', target: K.tot[f], terms: K.rows.map((k) => [1, k[f]]), dp: 2, kind: { init: '年初预算数', adj: '调整数', full: '全年预算数', exec: '实际支出', bal: '结余' }[f] + '合计=各项目之和' });
  r += 1; if (P.note) { r++; S.merge(`A${r}:${last}${r}`, P.note, { box: false, align: 'left' }); }
  K.T = T; return K;
}

// ---------------- 收支决算 summary (收入 | 支出 side by side) ----------------
// P.inc: [[label,c]...], P.exp: [[label,c]...], P.open (年初结转结余)
function incomeSheet(B, name, P) {
  const S = B.sheet(name, [26, 16, 4, 26, 16]); const K = {};
  S.title('A1:E1', P.title || `${P.year}年度收入支出决算总表`, 14);
  S.plain('A2', `编制单位：${P.unitName}`); S.plain('E2', '单位：万元', 'right');
  S.merge('A3:B3', '收入', { bold: true }); S.text('C3', ''); S.merge('D3:E3', '支出', { bold: true });
  ['项目', '决算数', '', '项目', '决算数'].forEach((h, i) => S.text(`${col(i)}4`, h, { bold: true }));
  const n = Math.max(P.inc.length, P.exp.length); K.inc = []; K.exp = [];
  for (let i = 0; i < n; i++) {
    const row = 5 + i; S.text(`C${row}`, '');
    if (P.inc[i]) { S.text(`A${row}`, P.inc[i][0], { align: 'left' }); K.inc.push(amt(S, `B${row}`, P.inc[i][1], P)); } else { S.text(`A${row}`, ''); S.text(`B${row}`, ''); }
    if (P.exp[i]) { S.text(`D${row}`, P.exp[i][0], { align: 'left' }); K.exp.push(amt(S, `E${row}`, P.exp[i][1], P)); } else { S.text(`D${row}`, ''); S.text(`E${row}`, ''); }
  }
  let r = 5 + n; const ti = sumOf(P.inc.map((x) => x[1])), te = sumOf(P.exp.map((x) => x[1]));
  S.text(`A${r}`, '本年收入合计', { bold: true }); K.ti = amt(S, `B${r}`, ti, P, `SUM(B5:B${r - 1})`);
  S.text(`C${r}`, ''); S.text(`D${r}`, '本年支出合计', { bold: true }); K.te = amt(S, `E${r}`, te, P, `SUM(E5:E${r - 1})`);
  B.rel({ type: 'lin', target: K.ti, terms: K.inc.map((k) => [1, k]), dp: 2, kind: '本年收入合计=各项收入之和' });
  B.rel({ type: 'lin', target: K.te, terms: K.exp.map((k) => [1, k]), dp: 2, kind: '本年支出合计=各项支出之和' });
  r++;
  S.text(`A${r}`, '年初结转和结余'); K.open = amt(S, `B${r}`, P.open, P); S.text(`C${r}`, '');
  S.text(`D${r}`, '年末结转和结余'); K.close = amt(S, `E${r}`, P.open + ti - te, P, `B${r}+B${r - 1}-E${r - 1}`);
  B.rel({ type: 'lin', target: K.close, terms: [[1, K.open], [1, K.ti], [-1, K.te]], dp: 2, kind: '年末结转和结余=年初结转和结余+本年收入合计-本年支出合计' });
  if (P.noGrand) { if (P.note) S.merge(`A${r + 2}:E${r + 2}`, P.note, { box: false, align: 'left' }); return K; }
  r++; S.text(`A${r}`, '总计', { bold: true }); K.g1 = amt(S, `B${r}`, P.open + ti, P, `B${r - 2}+B${r - 1}`); S.text(`C${r}`, ''); S.text(`D${r}`, '总计', { bold: true }); K.g2 = amt(S, `E${r}`, P.open + ti, P, `E${r - 2}+E${r - 1}`);
  B.rel({ type: 'lin', target: K.g1, terms: [[1, K.ti], [1, K.open]], dp: 2, kind: '收入总计=本年收入合计+年初结转和结余' });
  B.rel({ type: 'lin', target: K.g2, terms: [[1, K.te], [1, K.close]], dp: 2, kind: '支出总计=本年支出合计+年末结转和结余' });
  if (P.note) S.merge(`A${r + 2}:E${r + 2}`, P.note, { box: false, align: 'left' });
  return K;
}

// ---------------- 人员情况 ----------------
// P.rows: [[label, 编制, 实有, 退休]] ; P.total: add 合计 row
function staffSheet(B, name, P) {
  const S = B.sheet(name, [22, 12, 14, 12, 12]); const K = { rows: [] };
  S.title('A1:E1', P.title || '财政供养人员情况', 14); S.plain('E2', '单位：人', 'right');
  ['人员类别', '编制数', '年末实有人数', '控制率', '退休人数'].forEach((h, i) => S.text(`${col(i)}3`, h, { bold: true }));
  let r = 4;
  const put = (row, x, isT) => {
    S.text(`A${row}`, x[0], { bold: isT, align: 'left' }); const k = {};
    k.q = S.put(`B${row}`, x[1], { dp: 0 }); k.a = S.put(`C${row}`, x[2], { dp: 0 });
    const rdp = P.rdp ?? 2; k.rate = P.rate === 'pcttext' ? S.put(`D${row}`, rateU(x[2], x[1], rdp), { style: 'pcttext', dp: rdp }) : S.put(`D${row}`, rateU(x[2], x[1], rdp), { style: 'pct', dp: rdp });
    B.rel({ type: 'ratio', target: k.rate, num: [[1, k.a]], den: [[1, k.q]], dp: rdp, kind: '人员控制率=实有人数/编制数' });
    k.ret = S.put(`E${row}`, x[3], { dp: 0 }); return k;
  };
  P.rows.forEach((x) => K.rows.push(put(r++, x, false)));
  if (P.total) {
    const t = ['合计', sumOf(P.rows.map((x) => x[1])), sumOf(P.rows.map((x) => x[2])), sumOf(P.rows.map((x) => x[3]))];
    K.tot = put(r++, t, true);
    for (const f of ['q', 'a', 'ret']) B.rel({ type: 'lin', target: K.tot[f], terms: K.rows.map((k) => [1, k[f]]), dp: 0, kind: { q: '编制数', a: '实有人数', ret: '退休人数' }[f] + '合计=各类之和' });
  } else K.tot = K.rows[0];
  if (P.note) S.merge(`A${r + 1}:E${r + 1}`, P.note, { box: false, align: 'left' });
  return K;
}

// ---------------- 三公经费 ----------------
// P.v: {abroad:[prev,bud,act], buy:[...], run:[...], recep:[...]} cents ; P.chg: add 增减率 column
function sanGongSheet(B, name, P) {
  const cols = ['项目', `${P.year - 1}年决算数`, `${P.year}年预算数`, `${P.year}年决算数`, '控制率']; if (P.chg) cols.push('较上年增减率');
  const S = B.sheet(name, [30, 14, 14, 14, 12, 14]); const K = {};
  S.title(`A1:${col(cols.length - 1)}1`, P.title || '“三公”经费情况表', 14); S.plain(`${col(cols.length - 1)}2`, '单位：万元', 'right');
  cols.forEach((h, i) => S.text(`${col(i)}3`, h, { bold: true }));
  const v = P.v; const car = [0, 1, 2].map((i) => v.buy[i] + v.run[i]);
  const tot = [0, 1, 2].map((i) => v.abroad[i] + car[i] + v.recep[i]);
  const rows = [['“三公”经费合计', tot, 'tot'], ['1.因公出国（境）费', v.abroad, 'abroad'], ['2.公务用车购置及运行维护费', car, 'car'], ['  其中：公务用车购置费', v.buy, 'buy'], ['        公务用车运行维护费', v.run, 'run'], ['3.公务接待费', v.recep, 'recep']];
  rows.forEach(([lab, x, id], i) => {
    const row = 4 + i; S.text(`A${row}`, lab, { align: 'left', bold: id === 'tot' }); const k = {};
    k.prev = amt(S, `B${row}`, x[0], P); k.bud = amt(S, `C${row}`, x[1], P); k.act = amt(S, `D${row}`, x[2], P);
    if (x[1] > 0) { k.ctl = rate(S, `E${row}`, x[2], x[1], P); B.rel({ type: 'ratio', target: k.ctl, num: [[1, k.act]], den: [[1, k.bud]], dp: P.rdp ?? 2, kind: '三公经费控制率=决算数/预算数' }); } else S.text(`E${row}`, '—');
    if (P.chg) { if (x[0] > 0) { k.chg = rate(S, `F${row}`, x[2] - x[0], x[0], { ...P, amt: 'num' }); B.rel({ type: 'ratio', target: k.chg, num: [[1, k.act], [-1, k.prev]], den: [[1, k.prev]], dp: P.rdp ?? 2, kind: '增减率=(本年决算-上年决算)/上年决算' }); } else S.text(`F${row}`, '—'); }
    K[id] = k;
  });
  for (const f of ['prev', 'bud', 'act']) {
    B.rel({ type: 'lin', target: K.tot[f], terms: [[1, K.abroad[f]], [1, K.car[f]], [1, K.recep[f]]], dp: 2, kind: '三公经费合计=因公出国（境）+公务用车+公务接待' });
    B.rel({ type: 'lin', target: K.car[f], terms: [[1, K.buy[f]], [1, K.run[f]]], dp: 2, kind: '公务用车购置及运行维护费=购置费+运行维护费' });
  }
  if (P.note) S.merge(`A11:${col(cols.length - 1)}11`, P.note, { box: false, align: 'left' });
  K.tot.vals = tot; return K;
}

// ---------------- quarterly execution ----------------
// vertical (P.layout 'v'): rows Q1..Q4, cols 当季支出 累计支出 累计执行进度 ; P.q[4] cents, P.budget cents
// horizontal ('h'): rows projects [{name, budget, q[4]}], cols per quarter 当季/累计 + 执行进度
function quarterSheet(B, name, P) {
  const Q = ['一季度', '二季度', '三季度', '四季度']; const K = {};
  if (P.layout === 'v') {
    const S = B.sheet(name, [14, 16, 16, 16, 20]);
    S.title('A1:E1', P.title || `${P.year}年度分季度预算执行情况`, 14); S.plain('E2', '单位：万元', 'right');
    S.text('A3', '全年预算数'); K.budget = amt(S, 'B3', P.budget, P); S.merge('C3:E3', '');
    ['季度', '当季支出', '累计支出', '累计执行进度', '说明'].forEach((h, i) => S.text(`${col(i)}4`, h, { bold: true }));
    let cum = 0; K.q = []; K.c = [];
    Q.forEach((q, i) => {
      const row = 5 + i; cum += P.q[i]; S.text(`A${row}`, q);
      K.q.push(amt(S, `B${row}`, P.q[i], P)); K.c.push(amt(S, `C${row}`, cum, P, i ? `C${row - 1}+B${row}` : `B${row}`));
      B.rel({ type: 'lin', target: K.c[i], terms: i ? [[1, K.c[i - 1]], [1, K.q[i]]] : [[1, K.q[i]]], dp: 2, kind: i ? '累计支出=上季累计支出+当季支出' : '一季度累计支出=当季支出' });
      const k = rate(S, `D${row}`, cum, P.budget, P); B.rel({ type: 'ratio', target: k, num: [[1, K.c[i]]], den: [[1, K.budget]], dp: P.rdp ?? 2, kind: '累计执行进度=累计支出/全年预算数' });
      S.text(`E${row}`, P.memo?.[i] || '', { align: 'left' });
    });
    if (P.note) S.merge('A10:E10', P.note, { box: false, align: 'left' });
    K.cum = K.c[3]; return K;
  }
  const S = B.sheet(name, [28, 13, 11, 11, 11, 11, 11, 11, 11, 11, 12]);
  S.title('A1:K1', P.title || `${P.year}年度项目分季度支出进度表`, 14); S.plain('K2', '单位：万元', 'right');
  S.merge('A3:A4', '项目名称'); S.merge('B3:B4', '全年预算数'); Q.forEach((q, i) => { S.merge(`${col(2 + 2 * i)}3:${col(3 + 2 * i)}3`, q); S.text(`${col(2 + 2 * i)}4`, '当季'); S.text(`${col(3 + 2 * i)}4`, '累计'); });
  S.merge('K3:K4', '全年执行进度');
  K.rows = [];
  P.items.forEach((x, j) => {
    const row = 5 + j; S.text(`A${row}`, x.name, { align: 'left' }); const k = { q: [], c: [] };
    k.budget = amt(S, `B${row}`, x.budget, P); let cum = 0;
    for (let i = 0; i < 4; i++) {
      cum += x.q[i]; k.q.push(amt(S, `${col(2 + 2 * i)}${row}`, x.q[i], P));
      k.c.push(amt(S, `${col(3 + 2 * i)}${row}`, cum, P, i ? `${col(1 + 2 * i)}${row}+${col(2 + 2 * i)}${row}` : `C${row}`));
      B.rel({ type: 'lin', target: k.c[i], terms: i ? [[1, k.c[i - 1]], [1, k.q[i]]] : [[1, k.q[i]]], dp: 2, kind: i ? '累计支出=上季累计支出+当季支出' : '一季度累计支出=当季支出' });
    }
    k.rate = rate(S, `K${row}`, cum, x.budget, P); B.rel({ type: 'ratio', target: k.rate, num: [[1, k.c[3]]], den: [[1, k.budget]], dp: P.rdp ?? 2, kind: '全年执行进度=四季度累计支出/全年预算数' });
    K.rows.push(k);
  });
  if (P.note) S.merge(`A${6 + P.items.length}:K${6 + P.items.length}`, P.note, { box: false, align: 'left' });
  return K;
}

// ---------------- vertical card: 项目资金使用情况 ----------------
function cardSheet(B, name, P) {
  const S = B.sheet(name, [26, 18, 40]); const K = {};
  S.title('A1:C1', P.title || '项目资金使用情况', 14); S.plain('C2', '金额单位：万元', 'right');
  ['项目', '金额/比例', '说明'].forEach((h, i) => S.text(`${col(i)}3`, h, { bold: true }));
  const rows = [['年初预算数', P.init], ['年中调整（追加+/压减-）', P.full - P.init], ['全年预算数', P.full], ['全年实际支出', P.exec], ['结余资金', P.full - P.exec]];
  const ks = rows.map(([l, c], i) => { S.text(`A${4 + i}`, l, { align: 'left' }); const k = amt(S, `B${4 + i}`, c, P); S.text(`C${4 + i}`, P.memo?.[i] || '', { align: 'left' }); return k; });
  [K.init, K.adj, K.full, K.exec, K.bal] = ks;
  S.text('A9', '预算执行率', { align: 'left' }); K.rate = rate(S, 'B9', P.exec, P.full, P); S.text('C9', '');
  B.rel({ type: 'lin', target: K.full, terms: [[1, K.init], [1, K.adj]], dp: 2, kind: '全年预算数=年初预算数+年中调整' });
  B.rel({ type: 'lin', target: K.bal, terms: [[1, K.full], [-1, K.exec]], dp: 2, kind: '结余资金=全年预算数-全年实际支出' });
  B.rel({ type: 'ratio', target: K.rate, num: [[1, K.exec]], den: [[1, K.full]], dp: P.rdp ?? 2, kind: '预算执行率=全年实际支出/全年预算数' });
  if (P.note) S.merge('A11:C11', P.note, { box: false, align: 'left' });
  return K;
}

// ---------------- cover / 说明 sheet with prose and a key-value block ----------------
// P.paras: [text]; P.kv: [[label, {text}|{amt:c, style}|{score:u, dp}|{pct:u}]] ; returns keys by label
function coverSheet(B, name, P) {
  const S = B.sheet(name, [26, 22, 22, 22]); const K = {};
  S.title('A1:D1', P.title, 18); S.height(1, 40);
  let r = 3;
  for (const p of P.paras) { S.merge(`A${r}:D${r}`, p, { box: false, align: 'left' }); S.height(r, Math.max(30, Math.ceil(p.length / 46) * 18)); r++; }
  r++;
  for (const [lab, v] of P.kv) {
    S.text(`A${r}`, lab, { align: 'left' });
    if (v.text !== undefined) K[lab] = S.merge(`B${r}:D${r}`, v.text, { align: 'left' });
    else {
      if (v.amt !== undefined) K[lab] = v.style === 'numtext' ? S.put(`B${r}`, v.amt, { style: 'numtext', dp: 2 }) : S.put(`B${r}`, v.amt, { dp: 2, fmt: v.fmt || '#,##0.00' });
      if (v.score !== undefined) K[lab] = S.put(`B${r}`, v.score, { dp: v.dp });
      if (v.pct !== undefined) K[lab] = S.put(`B${r}`, v.pct, { style: 'pct', dp: 2 });
      S.merge(`C${r}:D${r}`, v.memo || '');
    }
    r++;
  }
  if (P.sign) { r++; S.plain(`A${r}`, P.sign); }
  return K;
}

module.exports = { projSheet, deptSheet, transferSheet, detailSheet, incomeSheet, staffSheet, sanGongSheet, quarterSheet, cardSheet, coverSheet, rateU, scoreU, sumOf, GRADE };
