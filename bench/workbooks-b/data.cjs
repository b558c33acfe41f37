'use strict';
// Data helpers: funds, goals prose, department indicators, mutation slips.
const { makeInds } = require('./pools.cjs');
const { rateU, scoreU } = require('./sheets.cjs');
const { divHalfUp, P10 } = require('./lib.cjs');

// exec amount whose score from the exact quotient equals the score from the displayed (rounded) rate
function fixExec(r, full, lo, hi, W, sdp, rdp) {
  for (let k = 0; k < 200; k++) {
    const e = r() < 0.25 ? full : Math.floor(full * (lo + (hi - lo) * r()));
    const a = scoreU(e, full, W, sdp);
    const ru = BigInt(rateU(e, full, rdp)); // percent units
    let b = divHalfUp(ru * BigInt(W) * P10(sdp), 100n * P10(rdp)); if (b > BigInt(W) * P10(sdp)) b = BigInt(W) * P10(sdp);
    if (a === b) return e;
  }
  throw new Error('fixExec');
}
const cents = (r, lo, hi) => Math.round((lo + (hi - lo) * r()) * 100); // amount (in sheet unit) -> cents

// project funds: srcs = [cur, carry, other] booleans ; scale in 万元
function funds(r, srcs, lo, hi, P) {
  const W = P.execW ?? 10, sdp = P.sdp ?? 1, rdp = P.rdp ?? 2;
  const F = { init: [], full: [], exec: [] };
  srcs.forEach((on, i) => {
    if (!on) { F.init.push(null); F.full.push(null); F.exec.push(null); return; }
    const full = cents(r, i ? lo / 5 : lo, i ? hi / 5 : hi);
    const init = i === 1 ? full : Math.round(full * (0.8 + 0.25 * r()));
    F.init.push(init); F.full.push(full); F.exec.push(Math.floor(full * (0.9 + 0.1 * r())));
  });
  // total exec must satisfy rounding agreement; adjust the first source's exec
  const tf = F.full.reduce((a, x) => a + (x || 0), 0);
  for (let k = 0; k < 400; k++) {
    const te = F.exec.reduce((a, x) => a + (x || 0), 0);
    const ok = (e, f) => { const a = scoreU(e, f, W, sdp); const ru = BigInt(rateU(e, f, rdp)); let b = divHalfUp(ru * BigInt(W) * P10(sdp), 100n * P10(rdp)); if (b > BigInt(W) * P10(sdp)) b = BigInt(W) * P10(sdp); return a === b; };
    if (ok(te, tf) && F.full.every((f, i) => f === null || ok(F.exec[i], f))) return F;
    F.exec[0] = Math.floor(F.full[0] * (0.9 + 0.1 * r())); if (F.exec[1] !== null) F.exec[1] = Math.floor(F.full[1] * (0.85 + 0.15 * r()));
  }
  throw new Error('funds');
}

function goals(inds, lead) {
  const q = inds.filter((x) => x.kind !== 'txt').slice(0, 4);
  return {
    plan: lead + '，年度计划' + q.map((x) => `${x.l3}${x.tgt.replace('≥', '达到').replace('≤', '控制在')}`).join('，') + '。',
    done: '全年' + q.map((x) => `${x.l3}${x.act}`).join('，') + '。' + (inds.some((x) => x.partial) ? '个别指标未完全达到预期，原因见偏差分析。' : '各项年度目标基本完成。'),
  };
}

// department indicators. fw 'std' | 'prov'. cross: {staffPct:u(dp2), sgPct:u(dp2), carry:u} -> filled later via keys
function deptInds(r, domain, fw, sdp, vals) {
  const pct = (u) => (u / 100).toFixed(2) + '%';
  const mk = (l1, l2, l3, tgt, act, w, extra = {}) => ({ l1, l2, l3, tgt, act, w, kind: 'x', sU: BigInt(w) * P10(sdp), note: '', ...extra });
  if (fw === 'prov') {
    const a = makeInds(r, domain, { 产出指标: 40, 效益指标: 10, 满意度指标: 10 }, 1, sdp);
    const out = [
      mk('运行成本', '经济成本指标', '“三公”经费控制率', '≤100%', pct(vals.sg), 8, { cross: 'sg' }),
      mk('运行成本', '经济成本指标', '在职人员控制率', '≤100%', pct(vals.staff), 7, { cross: 'staff' }),
      mk('管理效率', '预算管理', '结转结余率', '≤10%', pct(vals.carry), 8, { cross: 'carry' }),
      mk('管理效率', '资产管理', '政府采购执行率', '≥95%', '100%', 7),
    ];
    a.forEach((x) => { x.l1 = { 产出指标: '履职效能', 效益指标: '社会效应', 满意度指标: '服务对象满意度' }[x.l1]; });
    return out.concat(a);
  }
  const a = makeInds(r, domain, { 产出指标: 40, 效益指标: 30, 满意度指标: 10 }, 1, sdp);
  const c = [mk('成本指标', '经济成本指标', '“三公”经费控制率', '≤100%', pct(vals.sg), 5, { cross: 'sg' }), mk('成本指标', '经济成本指标', '在职人员控制率', '≤100%', pct(vals.staff), 5, { cross: 'staff' })];
  return a.filter((x) => x.l1 === '产出指标').concat(c, a.filter((x) => x.l1 !== '产出指标'));
}

// slips on integer units (string of digits): swap two adjacent digits at pos (from left), replace digit, shift decimal
function slip(u, how, pos = 1) {
  const neg = u < 0n; let s = (neg ? -u : u).toString();
  if (how === 'swap') { const a = s.split(''); const i = Math.min(pos, a.length - 2); let j = i; while (j < a.length - 1 && a[j] === a[j + 1]) j++; if (j >= a.length - 1) { j = 0; while (j < a.length - 1 && a[j] === a[j + 1]) j++; } if (j >= a.length - 1 || (j === 0 && a[1] === '0')) throw new Error('no swap ' + s); [a[j], a[j + 1]] = [a[j + 1], a[j]]; s = a.join(''); }
  else if (how === 'digit') { const a = s.split(''); const i = Math.min(pos, a.length - 1); a[i] = String((Number(a[i]) + (a[i] === '9' ? 8 : 1)) % 10); if (a[0] === '0' && a.length > 1) a[0] = '1'; s = a.join(''); }
  else if (how === 'x10') s = s + '0';
  else if (how === 'drop') { const a = s.split(''); a.splice(pos, 1); s = a.join('') || '0'; }
  return BigInt(s) * (neg ? -1n : 1n);
}
const SLIP = { swap: '相邻两位数字颠倒', digit: '一位数字录错', x10: '小数点错位（扩大10倍）', drop: '漏录一位数字' };

module.exports = { fixExec, cents, funds, goals, deptInds, slip, SLIP, makeInds };
// split total cents into n positive parts (deterministic by r)
function split(r, total, n, minShare = 0.08) {
  const w = Array.from({ length: n }, () => minShare + r()); const s = w.reduce((a, b) => a + b, 0);
  const out = w.map((x) => Math.floor(total * x / s)); out[n - 1] += total - out.reduce((a, b) => a + b, 0); return out;
}
// split exec across items with budgets fulls so that Σexec = te and exec_i <= full_i
function splitExec(r, fulls, te) {
  const tf = fulls.reduce((a, b) => a + b, 0);
  const ex = fulls.map((f) => Math.floor(f * te / tf * (0.97 + 0.03 * r()))); let d = te - ex.reduce((a, b) => a + b, 0);
  for (let i = 0; d !== 0 && i < 1000; i = (i + 1) % fulls.length) { const room = fulls[i] - ex[i]; const t = Math.min(room, d); ex[i] += t; d -= t; }
  if (ex.reduce((a, b) => a + b, 0) !== te) throw new Error('splitExec'); return ex;
}
module.exports.split = split; module.exports.splitExec = splitExec;
