'use strict';
// 独立核对（不引用 gen.cjs 和 lib/）：数据自身平衡与评分规则；spec 中每个数字在报告中的位置、文字、单位和按数据重算的值；
// 报告中每个阿拉伯数字都已登记；每个错稿只改动一个数字且改后与数据不符；ANSWERS.tsv 与 spec 一致；internal 属实。
// 用法：node check.cjs [语料目录]
const fs = require('fs');
const path = require('path');
const YAML = require('/work/main/node_modules/yaml');
const JSZip = require('/work/main/node_modules/jszip');

const DIR = path.resolve(process.argv[2] || __dirname);
let nErr = 0;
const errs = [];
function fail(where, msg) { nErr++; if (errs.length < 300) errs.push(`✗ ${where}：${msg}`); }
const close = (a, b, tol) => Math.abs(a - b) <= (tol === undefined ? 0.0051 : tol);

// ---------- 数 ----------
function rnd(v, d) { // 四舍五入（逢五进一），以十进制字符串处理，避免二进制误差
  const p = Math.pow(10, d);
  const s = Math.abs(v) * p;
  const r = Math.floor(s + 0.5 + 1e-7);
  return Math.sign(v) * r / p;
}
function atHalf(v, d) { const s = Math.abs(v) * Math.pow(10, d); const f = s - Math.floor(s); return Math.abs(f - 0.5) < 1e-6; }
function numOf(x) {
  if (typeof x === 'number') return x;
  if (typeof x === 'string') { const m = x.replace(/,/g, '').match(/-?[0-9]+(?:\.[0-9]+)?/); if (m) return parseFloat(m[0]); }
  return NaN;
}
// 取值：a.b[2]、achievements@id
function resolve(data, p) {
  let cur = data;
  const re = /([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|@([A-Za-z0-9_-]+)|\./g;
  let m; let pos = 0;
  while ((m = re.exec(p))) {
    if (m.index !== pos) throw new Error('路径非法 ' + p);
    pos = re.lastIndex;
    if (m[0] === '.') continue;
    if (cur == null) throw new Error('路径取不到 ' + p);
    if (m[1] !== undefined) cur = cur[m[1]];
    else if (m[2] !== undefined) cur = cur[parseInt(m[2], 10)];
    else cur = Array.isArray(cur) ? cur.find((it) => it && it.id === m[3]) : undefined;
  }
  if (pos !== p.length || cur == null) throw new Error('路径取不到 ' + p);
  return cur;
}
// 表达式：路径、数、+ - * /、括号、num(路径)、abs(…)
function evaluate(src, data) {
  let i = 0; const s = src; const used = [];
  const ws = () => { while (s[i] === ' ') i++; };
  function atom() {
    ws();
    if (s[i] === '(') { i++; const v = sum(); ws(); if (s[i] !== ')') throw new Error('缺右括号 ' + src); i++; return v; }
    if (s[i] === '-') { i++; return -atom(); }
    const mNum = /^[0-9]+(\.[0-9]+)?/.exec(s.slice(i));
    if (mNum) { i += mNum[0].length; return parseFloat(mNum[0]); }
    const mPath = /^[A-Za-z_][A-Za-z0-9_]*(?:\[\d+\]|@[A-Za-z0-9_-]+|\.[A-Za-z_][A-Za-z0-9_]*)*/.exec(s.slice(i));
    if (!mPath) throw new Error('无法解析 ' + src + ' @' + i);
    i += mPath[0].length;
    if (mPath[0] === 'num' || mPath[0] === 'abs') {
      ws(); if (s[i] !== '(') throw new Error('函数缺括号'); i++;
      let v;
      if (mPath[0] === 'num') {
        const m2 = /^[A-Za-z_][A-Za-z0-9_]*(?:\[\d+\]|@[A-Za-z0-9_-]+|\.[A-Za-z_][A-Za-z0-9_]*)*/.exec(s.slice(i));
        i += m2[0].length; used.push(m2[0]); v = numOf(resolve(data, m2[0]));
      } else v = Math.abs(sum());
      ws(); if (s[i] !== ')') throw new Error('函数缺右括号'); i++;
      return v;
    }
    used.push(mPath[0]);
    const v = numOf(resolve(data, mPath[0]));
    if (Number.isNaN(v)) throw new Error('不是数 ' + mPath[0]);
    return v;
  }
  function prod() { let v = atom(); for (;;) { ws(); if (s[i] === '*') { i++; v *= atom(); } else if (s[i] === '/') { i++; v /= atom(); } else return v; } }
  function sum() { let v = prod(); for (;;) { ws(); if (s[i] === '+') { i++; v += prod(); } else if (s[i] === '-') { i++; v -= prod(); } else return v; } }
  const v = sum(); ws();
  if (i !== s.length) throw new Error('表达式有多余部分 ' + src);
  return { v, used };
}
const CNUM = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CUNIT = { 十: 10, 百: 100, 千: 1000 };
function parseCnInt(t) {
  let total = 0, sec = 0, digit = null;
  for (const ch of t) {
    if (ch in CNUM) digit = CNUM[ch];
    else if (ch in CUNIT) { sec += (digit === null ? 1 : digit) * CUNIT[ch]; digit = null; }
    else if (ch === '万') { sec += digit || 0; total += sec * 10000; sec = 0; digit = null; }
    else return NaN;
  }
  return total + sec + (digit || 0);
}
const DXN = { 零: 0, 壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9 };
const DXU = { 拾: 10, 佰: 100, 仟: 1000 };
function parseDaxie(t) {
  const m = t.match(/^(.*)元(?:整|正)?(?:([零壹贰叁肆伍陆柒捌玖])角)?(?:零?([壹贰叁肆伍陆柒捌玖])分)?$/);
  if (!m) return NaN;
  let total = 0, sec = 0, digit = 0;
  for (const ch of m[1]) {
    if (ch in DXN) digit = DXN[ch];
    else if (ch in DXU) { sec += digit * DXU[ch]; digit = 0; }
    else if (ch === '万') { total += (sec + digit) * 1e4; sec = 0; digit = 0; }
    else if (ch === '亿') { total += (sec + digit) * 1e8; sec = 0; digit = 0; }
    else return NaN;
  }
  total += sec + digit;
  return total + (m[2] ? DXN[m[2]] / 10 : 0) + (m[3] ? DXN[m[3]] / 100 : 0);
}
// 按 spec 的写法解析文字；返回 { v, dec } 或抛错
function parseFigure(text, f) {
  if (f.style === 'daxie') { const v = parseDaxie(text); if (Number.isNaN(v)) throw new Error('大写金额无法解析'); return { v, dec: f.decimals }; }
  if (f.style === 'baifenzhi') {
    const m = text.match(/^百分之(.+?)(?:点(.+))?$/); if (!m) throw new Error('百分之…无法解析');
    const ip = parseCnInt(m[1]); const fp = m[2] ? m[2].split('').map((c) => CNUM[c]).join('') : '';
    return { v: parseFloat(ip + (fp ? '.' + fp : '')), dec: fp.length };
  }
  if (f.style === 'chinese' || f.style === 'chinese-liang') { const v = parseCnInt(text); if (Number.isNaN(v)) throw new Error('汉字数字无法解析'); return { v, dec: 0 }; }
  let t = text;
  const hasFw = /[０-９]/.test(t), hasAscii = /[0-9]/.test(t);
  if (f.fullwidth && (!hasFw || hasAscii)) throw new Error('应为全角数字');
  if (!f.fullwidth && hasFw) throw new Error('不应有全角数字');
  t = t.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)).replace(/，/g, ',').replace(/．/g, '.');
  let sign = 1;
  if (/^△/.test(t)) { if (f.neg !== '△') throw new Error('△ 写法与 spec 不符'); sign = -1; t = t.slice(1); }
  else if (/^\(.*\)$/.test(t)) { if (f.neg !== '()') throw new Error('括号写法与 spec 不符'); sign = -1; t = t.slice(1, -1); }
  else if (/^（.*）$/.test(t)) { if (f.neg !== '（）') throw new Error('括号写法与 spec 不符'); sign = -1; t = t.slice(1, -1); }
  else if (/^[-−]/.test(t)) { sign = -1; t = t.slice(1); }
  else if (/^\+/.test(t)) { if (!f.plus) throw new Error('有加号但 spec 未标 plus'); t = t.slice(1); }
  const sep = f.sep === 'thin' ? '\u2009' : f.sep;
  const m = t.match(/^([0-9][0-9, \u2009]*)(?:\.([0-9]+))?$/);
  if (!m) throw new Error('数字写法无法解析：' + text);
  let ip = m[1];
  if (sep) {
    const groups = ip.split(sep);
    if (!/^[0-9]{1,3}$/.test(groups[0]) || groups.slice(1).some((g) => !/^[0-9]{3}$/.test(g))) throw new Error('千分位分组不对：' + text);
    if (ip.replace(/[^0-9]/g, '').length > 3 && groups.length < 2) throw new Error('缺千分位：' + text);
    ip = groups.join('');
  } else if (/[^0-9]/.test(ip)) throw new Error('有分隔符但 spec 未标 sep：' + text);
  return { v: sign * parseFloat(ip + (m[2] ? '.' + m[2] : '')), dec: m[2] ? m[2].length : 0 };
}
// 数字 f 的文字 text 是否与数据值 v 相符
function agrees(text, f, v) {
  const p = parseFigure(text, f);
  if (f.approx) {
    const W = p.v;
    switch (f.approx) {
      case '余': case '超': case '逾': case '多': case '以上': return W <= v + 1e-9 && v < W * 1.2;
      case '近': return v <= W + 1e-9 && v > W * 0.85;
      case '约': return Math.abs(v - W) <= Math.abs(v) * 0.05;
      default: return false;
    }
  }
  if (p.dec !== f.decimals) return false;
  return Math.abs(rnd(v, f.decimals) - p.v) < 1e-9;
}

// ---------- 数据自身 ----------
const arr = (x) => Array.isArray(x) ? x : [];
function sumOf(xs) { return xs.reduce((a, b) => a + numOf(b), 0); }
function checkData(id, d) {
  const W = `${id} 数据`;
  const b = d.budget || {};
  const adj = arr(b.adjustments).reduce((a, x) => a + (x.type === '压减' ? -1 : 1) * numOf(x.amount), 0);
  if (b.initial !== undefined && !close(numOf(b.initial) + adj, numOf(b.total))) fail(W, `年初 ${b.initial} ± 调整 ${adj.toFixed(2)} ≠ 全年 ${b.total}`);
  if (b.carryover !== undefined && !close(numOf(b.total) - numOf(b.actual), numOf(b.carryover))) fail(W, '全年 − 执行 ≠ 结余');
  const rate = numOf(b.actual) / numOf(b.total) * 100;
  if (atHalf(rate, 2)) fail(W, '执行率在 .5 边界');
  if (b.rate !== undefined && !close(rnd(rate, 2), numOf(typeof b.rate === 'object' ? b.rate.value : b.rate), 1e-9)) fail(W, `执行率 ${b.rate} ≠ ${rnd(rate, 2)}`);
  if (b.sources) for (const k of ['initial', 'total', 'actual']) {
    const parts = Object.values(b.sources).filter((s) => s[k] !== undefined).map((s) => s[k]);
    if (parts.length && b[k] !== undefined && !close(sumOf(parts), numOf(b[k]))) fail(W, `资金来源 ${k} 之和 ${sumOf(parts)} ≠ ${b[k]}`);
  }
  const projs = arr(d.projects);
  for (const [i, p] of projs.entries()) {
    if (p.initial !== undefined && p.total !== undefined && p.adjustment !== undefined && !close(numOf(p.initial) + numOf(p.adjustment), numOf(p.total))) fail(W, `projects[${i}] 年初 + 调整 ≠ 全年`);
    if (p.total !== undefined && p.actual !== undefined && p.carryover !== undefined && !close(numOf(p.total) - numOf(p.actual), numOf(p.carryover))) fail(W, `projects[${i}] 全年 − 执行 ≠ 结余`);
    if (p.total !== undefined && p.actual !== undefined && atHalf(numOf(p.actual) / numOf(p.total) * 100, 2)) fail(W, `projects[${i}] 执行率在边界`);
    if (p.items && p.actual !== undefined && !close(sumOf(p.items.map((x) => x.amount)), numOf(p.actual))) fail(W, `projects[${i}] 明细之和 ≠ 实际`);
  }
  if (d.kind === 'project' && projs.length) {
    for (const k of ['initial', 'total', 'actual', 'carryover']) {
      if (projs.every((p) => p[k] !== undefined) && b[k] !== undefined && !close(sumOf(projs.map((p) => p[k])), numOf(b[k]))) fail(W, `子项目 ${k} 之和 ≠ budget.${k}`);
    }
  }
  if (d.kind === 'department') {
    const be = d.basicExpense || {}, pe = d.projectExpense || {};
    if (be.personnel !== undefined && !close(numOf(be.personnel) + numOf(be.publicUse), numOf(be.total))) fail(W, '人员 + 公用 ≠ 基本支出');
    if (be.byClass && !close(sumOf(be.byClass.map((x) => x.amount)), numOf(be.total))) fail(W, '基本支出分类之和不符');
    if (be.total !== undefined && pe.total !== undefined && !close(numOf(be.total) + numOf(pe.total), numOf(b.actual))) fail(W, '基本 + 项目 ≠ 执行');
    if (be.budget !== undefined && pe.budget !== undefined && !close(numOf(be.budget) + numOf(pe.budget), numOf(b.total))) fail(W, '基本预算 + 项目预算 ≠ 全年预算');
    if (projs.length && pe.total !== undefined && !close(sumOf(projs.map((p) => p.actual)), numOf(pe.total))) fail(W, '各项目实际之和 ≠ 项目支出');
    if (projs.length && pe.budget !== undefined && projs.every((p) => p.total !== undefined) && !close(sumOf(projs.map((p) => p.total)), numOf(pe.budget))) fail(W, '各项目全年预算之和 ≠ 项目支出预算');
    for (const [nm, o] of [['basicExpense', be], ['projectExpense', pe]]) {
      if (o.prior !== undefined && o.changeRate !== undefined) {
        const r = (numOf(o.total) - numOf(o.prior)) / numOf(o.prior) * 100;
        if (atHalf(r, 2) || !close(rnd(r, 2), numOf(o.changeRate), 1e-9)) fail(W, `${nm}.changeRate ${o.changeRate} ≠ ${rnd(r, 2)}`);
      }
    }
    const st = d.staffing;
    if (st && st.controlRate !== undefined) {
      const r = numOf(st.actual) / numOf(st.authorized) * 100;
      if (atHalf(r, 2) || !close(rnd(r, 2), numOf(typeof st.controlRate === 'object' ? st.controlRate.value : st.controlRate), 1e-9)) fail(W, '控制率不符');
    }
    const tp = d.threePublic;
    if (tp && tp.total) {
      const items = ['reception', 'vehicle', 'overseas'].filter((k) => tp[k]).map((k) => tp[k]);
      for (const k of ['prior', 'budget', 'actual']) if (tp.total[k] !== undefined && !close(sumOf(items.map((x) => x[k] || 0)), numOf(tp.total[k]))) fail(W, `三公 ${k} 合计不符`);
      if (tp.vehicle && tp.vehiclePurchase && tp.vehicleOperation) for (const k of ['prior', 'budget', 'actual']) if (tp.vehicle[k] !== undefined && !close(numOf(tp.vehiclePurchase[k] || 0) + numOf(tp.vehicleOperation[k] || 0), numOf(tp.vehicle[k]))) fail(W, `公务用车 ${k} 购置 + 运维不符`);
      for (const k of ['reception', 'vehicle', 'overseas', 'total']) {
        const o = tp[k];
        if (o && o.changeRate !== undefined) {
          const r = (numOf(o.actual) - numOf(o.prior)) / numOf(o.prior) * 100;
          if (atHalf(r, 2) || !close(rnd(r, 2), numOf(o.changeRate), 1e-9)) fail(W, `三公 ${k}.changeRate 不符`);
        }
      }
    }
    const pc = d.procurement;
    if (pc && (pc.goods || pc.works || pc.services)) for (const k of ['budget', 'actual']) {
      const parts = ['goods', 'works', 'services'].filter((x) => pc[x] && pc[x][k] !== undefined).map((x) => pc[x][k]);
      if (pc[k] !== undefined && !close(sumOf(parts), numOf(pc[k]))) fail(W, `政府采购 ${k} 分类之和不符`);
    }
  }
  for (const a of arr(d.achievements)) if (a.prior !== undefined && a.changeRate !== undefined) {
    const r = (numOf(a.value) - numOf(a.prior)) / numOf(a.prior) * 100;
    if (!close(rnd(r, 2), numOf(a.changeRate), 1e-9)) fail(W, `成效 ${a.id} 变动率不符`);
  }
  // 评分
  let wsum = 0, ssum = 0;
  if (d.budgetRate) {
    const w = numOf(d.budgetRate.weight);
    const s1 = Math.min(w, rnd(rate, 2) * w / 100), s2 = Math.min(w, rate * w / 100);
    if (rnd(s1, 2) !== rnd(s2, 2) || atHalf(s2, 2)) fail(W, '执行率得分两种算法不同或在边界');
    if (!close(rnd(s2, 2), numOf(d.budgetRate.score), 1e-9)) fail(W, `执行率得分 ${d.budgetRate.score} ≠ ${rnd(s2, 2)}`);
    wsum += w; ssum += numOf(d.budgetRate.score);
  }
  for (const [i, ind] of arr(d.indicators).entries()) {
    const w = numOf(ind.weight);
    wsum += w; ssum += numOf(ind.score);
    let exp;
    let met;
    if (ind.band) { exp = ind.band === '达成' ? w : NaN; met = ind.band === '达成'; }
    else {
      const tg = String(ind.target);
      const le = /^(≤|不高于|<)/.test(tg) || /以下$/.test(tg) || ind.direction === 'negative';
      const T = numOf(tg), A = numOf(ind.actual);
      met = le ? A <= T + 1e-9 : A >= T - 1e-9;
      const raw = met ? w : le ? T / A * w : A / T * w;
      if (!met && atHalf(raw, 2)) fail(W, `indicators[${i}] 得分在边界`);
      exp = rnd(raw, 2);
    }
    if (!close(exp, numOf(ind.score), 1e-9)) fail(W, `indicators[${i}]“${ind.name}”得分 ${ind.score} ≠ 规则 ${exp}`);
    if (!met && !ind.deviation) fail(W, `indicators[${i}] 未达成却没有偏差说明`);
  }
  if (d.indicators) {
    if (!close(wsum, 100, 1e-9)) fail(W, `分值合计 ${wsum} ≠ 100`);
    const ss = d.scoreSummary || {};
    if (ss.weightTotal !== undefined && !close(numOf(ss.weightTotal), wsum, 1e-9)) fail(W, '分值合计字段不符');
    if (ss.scoreTotal !== undefined && !close(numOf(ss.scoreTotal), rnd(ssum, 2), 1e-9)) fail(W, `总分 ${ss.scoreTotal} ≠ Σ ${rnd(ssum, 2)}`);
    const g = ssum >= 90 ? '优' : ssum >= 80 ? '良' : ssum >= 60 ? '中' : '差';
    if (ss.grade !== undefined && ss.grade !== g) fail(W, '等级不符');
  }
}

// ---------- 读报告 ----------
function decodeText(buf, spec) {
  const s = spec.encoding === 'gbk' ? new TextDecoder('gbk', { fatal: true }).decode(buf) : new TextDecoder('utf-8', { fatal: true }).decode(buf);
  if (spec.encoding === 'gbk' && /^[\x00-\x7f]*$/.test(buf.toString('latin1'))) throw new Error('GBK 文件中没有非 ASCII 字节');
  if (spec.eol === 'crlf') { if (/[^\r]\n/.test(s) || !/\r\n/.test(s)) throw new Error('应为 CRLF 换行'); }
  else if (/\r/.test(s)) throw new Error('不应有 CR');
  return s.split(/\r?\n/).map((t) => ({ text: t }));
}
function unXml(s) { return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'); }
// 段落：{ text, dels: [{at, text}], row: 所在表格行的各格文字或 null }
function docxParas(xml) {
  const paras = [];
  const re = /<w:p>|<w:p [^>]*>|<\/w:p>|<w:tbl>|<\/w:tbl>|<w:tr>|<w:tr [^>]*>|<\/w:tr>|<w:tc>|<\/w:tc>|<w:del [^>]*>|<\/w:del>|<w:t>([^<]*)<\/w:t>|<w:t [^>]*>([^<]*)<\/w:t>|<w:delText[^>]*>([^<]*)<\/w:delText>|<w:tab\/>|<w:br\/>|<w:vMerge\/>|<w:vMerge w:val="continue"\/>/g;
  let m, cur = null, inDel = 0, row = null, cell = null, cellCont = false;
  while ((m = re.exec(xml))) {
    const tag = m[0];
    if (tag === '<w:p>' || tag.startsWith('<w:p ')) { cur = { text: '', dels: [], row, cell }; }
    else if (tag === '</w:p>') { if (cell) cell.paras.push(cur); paras.push(cur); cur = null; }
    else if (tag === '<w:tr>' || tag.startsWith('<w:tr ')) { row = []; }
    else if (tag === '</w:tr>') { row = null; }
    else if (tag === '<w:tc>') { cell = { paras: [], cont: false }; row.push(cell); }
    else if (tag === '</w:tc>') { cell = null; }
    else if (tag === '<w:vMerge/>' || tag === '<w:vMerge w:val="continue"/>') { if (cell) cell.cont = true; }
    else if (tag.startsWith('<w:del ')) inDel++;
    else if (tag === '</w:del>') inDel--;
    else if (tag.startsWith('<w:delText')) { if (cur) cur.dels.push({ at: cur.text.length, text: unXml(m[3]) }); }
    else if (tag === '<w:tab/>') { if (!inDel && cur) cur.text += '\t'; }
    else if (tag.startsWith('<w:t>') || tag.startsWith('<w:t ')) { if (!inDel && cur) cur.text += unXml(m[1] !== undefined ? m[1] : m[2]); }
    else if (tag === '<w:br/>') { if (!inDel && cur) cur.text += '\n'; }
  }
  // 合并同一处的删除文字
  for (const p of paras) {
    const ds = [];
    for (const d of p.dels) { if (ds.length && ds[ds.length - 1].at === d.at) ds[ds.length - 1].text += d.text; else ds.push({ at: d.at, text: d.text }); }
    p.dels = ds;
  }
  return paras;
}
function paraLabel(p) {
  if (!p.row) return p.text;
  const ct = (c) => c.cont ? '' : c.paras.map((x) => x.text).join('');
  return `[表格 行「${p.row.slice(0, 2).map(ct).join('｜')}」] ${p.text}`;
}
async function readReport(file, spec) {
  const buf = fs.readFileSync(file);
  if (spec.format === 'docx') {
    const zip = await JSZip.loadAsync(buf);
    const xml = await zip.file('word/document.xml').async('string');
    return { lines: docxParas(xml), zip };
  }
  return { lines: decodeText(buf, spec) };
}

// ---------- 单位 ----------
const UNITSET = new Set();
async function checkUnit(specFile, answers) {
  const spec = JSON.parse(fs.readFileSync(specFile, 'utf8'));
  const id = spec.id;
  const data = YAML.parse(fs.readFileSync(path.join(DIR, spec.data), 'utf8'));
  if (data.kind !== spec.kind || data.version !== 2) fail(id, 'kind 或 version 不符');
  checkData(id, data);
  const rep = await readReport(path.join(DIR, spec.file), spec);
  const L = rep.lines;
  const stats = { reg: 0, checked: 0, skip: 0 };
  const figs = spec.figures;
  const byLine = new Map();
  let prevKey = 0;
  for (const [k, f] of figs.entries()) {
    const W = `${id} #${k + 1} 第${f.line}行“${f.text}”`;
    stats.reg++;
    const key = f.line * 100000 + f.col;
    if (key <= prevKey) fail(W, '顺序不对');
    prevKey = key;
    const ln = L[f.line - 1];
    if (!ln) { fail(W, '行不存在'); continue; }
    if (ln.text.substr(f.col - 1, f.text.length) !== f.text) { fail(W, `位置上的文字是“${ln.text.substr(f.col - 1, f.text.length)}”`); continue; }
    if (ln.text.slice(Math.max(0, f.col - 7), f.col - 1) !== f.pre) fail(W, `前文“${ln.text.slice(Math.max(0, f.col - 7), f.col - 1)}” ≠ “${f.pre}”`);
    if (!byLine.has(f.line)) byLine.set(f.line, []);
    byLine.get(f.line).push([f.col - 1, f.col - 1 + f.text.length]);
    if (f.skip) { stats.skip++; if (f.source) fail(W, 'skip 不应有 source'); continue; }
    stats.checked++;
    let ev;
    try { ev = evaluate(f.source, data); } catch (e) { fail(W, e.message); continue; }
    f._used = ev.used;
    if (!close(ev.v, f.value, 1e-6)) fail(W, `spec 值 ${f.value} ≠ 重算 ${ev.v}`);
    if (!!f.formula !== (/[-+*/()]/.test(f.source.replace(/^num\(([^()]*)\)$/, '$1')))) fail(W, 'formula 标记不符');
    if (f.formula && !f.approx && atHalf(ev.v, f.decimals)) fail(W, '舍入在 .5 边界');
    try { if (!agrees(f.text, f, ev.v)) fail(W, `与数据不符（数据 ${ev.v}）`); } catch (e) { fail(W, e.message); }
    // 单位
    const after = ln.text.slice(f.col - 1 + f.text.length);
    if (f.unitAfter !== false && f.unit) {
      const gap = f.unitGap === 'space' ? ' ' : f.unitGap === 'thin' ? '\u2009' : f.unitGap === 'nbsp' ? '\u00a0' : '';
      if (!after.startsWith(gap + f.unit)) fail(W, `后面应为单位“${f.unit}”，实为“${after.slice(0, 4)}”`);
    }
    if (f.unit) UNITSET.add(f.unit);
    // 约数的字眼
    if (f.approx) {
      const before = ln.text.slice(0, f.col - 1);
      const pre = ['超', '逾', '近', '约'].includes(f.approx);
      const ok = pre ? before.endsWith(f.approx) : f.approx === '以上' ? new RegExp('^\\S{0,4}以上').test(after) : after.startsWith(f.approx);
      if (!ok) fail(W, `约数字眼“${f.approx}”不在应在的位置`);
    }
    // 修订：删除的旧文字紧挨在数字前
    if (f.del) {
      if (spec.format !== 'docx') fail(W, '只有 docx 有修订');
      else if (!ln.dels.some((x) => x.at === f.col - 1 && x.text === f.del)) fail(W, `没有找到紧挨的删除文字“${f.del}”`);
    }
  }
  // 每个阿拉伯数字都已登记
  L.forEach((ln, i) => {
    const re = /[0-9０-９]+/g; let m;
    const spans = byLine.get(i + 1) || [];
    while ((m = re.exec(ln.text))) {
      const a = m.index, b = a + m[0].length;
      if (!spans.some(([s, e]) => s <= a && b <= e)) fail(`${id} 第${i + 1}行`, `未登记的数字“${m[0]}”：${ln.text.slice(Math.max(0, a - 10), b + 10)}`);
    }
  });
  // 单位文件里每个 docx 删除段不含已登记的数字（删除文字不是报告的一部分）
  // 错稿
  const real = figs.filter((f) => !f.skip);
  let nBad = 0;
  for (const f of real) if (f.bad) for (const k of Object.keys(f.bad)) {
    nBad++;
    const bd = f.bad[k];
    const bn = `bad/${path.basename(spec.file).replace(/\.(md|txt|docx)$/, '')}-${k}.${spec.format}`;
    const W = `${id} 错稿 ${bn}`;
    let ev; try { ev = evaluate(f.source, data); } catch (e) { fail(W, e.message); continue; }
    try { if (agrees(bd.new, f, ev.v)) fail(W, `改后的“${bd.new}”仍与数据相符`); } catch (e) { fail(W, '改后的文字无法按原写法解析：' + e.message); }
    let badRep;
    try { badRep = await readReport(path.join(DIR, bn), spec); } catch (e) { fail(W, '读不了：' + e.message); continue; }
    const BL = badRep.lines;
    if (BL.length !== L.length) { fail(W, '行数或段落数不同'); continue; }
    const diff = [];
    for (let i = 0; i < L.length; i++) if (L[i].text !== BL[i].text) diff.push(i);
    if (diff.length !== 1 || diff[0] !== f.line - 1) { fail(W, `不同的行 ${diff.map((x) => x + 1).join(',')}，应只有第${f.line}行`); continue; }
    const cl = L[f.line - 1].text;
    if (BL[f.line - 1].text !== cl.slice(0, f.col - 1) + bd.new + cl.slice(f.col - 1 + f.text.length)) fail(W, '改动不在登记的数字处');
    if (spec.format === 'docx') {
      const names = Object.keys(rep.zip.files).sort();
      const names2 = Object.keys(badRep.zip.files).sort();
      if (names.join() !== names2.join()) fail(W, 'zip 内文件不同');
      for (const n of names) if (n !== 'word/document.xml') {
        const a1 = await rep.zip.file(n).async('nodebuffer'), a2 = await badRep.zip.file(n).async('nodebuffer');
        if (!a1.equals(a2)) fail(W, `${n} 不同`);
      }
    } else {
      const raw1 = fs.readFileSync(path.join(DIR, spec.file)), raw2 = fs.readFileSync(path.join(DIR, bn));
      if (spec.encoding === 'gbk' && raw1.length - raw2.length !== Buffer.byteLength(f.text) - Buffer.byteLength(bd.new)) { /* 仅 ASCII 改动时字节差与 UTF-8 相同 */ }
      if (raw1.includes(0x0d) !== raw2.includes(0x0d)) fail(W, '换行符不同');
    }
    // internal 属实
    const rel = relations(f, real);
    if (bd.internal === 'yes' && !rel.length) fail(W, '标为 internal=yes，但报告中找不到关系');
    if (bd.internal === 'no' && rel.length) fail(W, `标为 internal=no，但有关系：${rel.join('；')}`);
    if (!['yes', 'no'].includes(bd.internal)) fail(W, 'internal 只能是 yes/no');
    // ANSWERS
    const row = answers.find((r) => r[0] === bn);
    if (!row) { fail(W, 'ANSWERS 中没有'); continue; }
    const lineWant = spec.format === 'docx' ? paraLabel(BL[f.line - 1]) : String(f.line);
    const want = [bn, lineWant, f.text, bd.new, f.source, bd.kind, bd.internal];
    for (let c = 0; c < 7; c++) if (row[c] !== want[c]) fail(W, `ANSWERS 第${c + 1}列“${row[c]}” ≠ “${want[c]}”`);
    row.seen = true;
  }
  if (nBad !== 2) fail(id, `错稿应为 2 个，spec 中有 ${nBad} 个`);
  return { spec, stats };
}
function valOf(f) { try { const p = parseFigure(f.text, f); return p.v; } catch (e) { return NaN; } }
function relations(f, all) {
  const out = [];
  const plain = !f.formula;
  const mine = f._used || [];
  for (const g of all) {
    if (g === f) continue;
    if (g.source === f.source) out.push(`同源 第${g.line}行“${g.text}”`);
    else if (plain && (g._used || []).includes(f.source)) out.push(`第${g.line}行“${g.text}”的算式用到它`);
    else if (!g.formula && mine.includes(g.source)) out.push(`它的算式用到第${g.line}行“${g.text}”`);
    if ((g.refs || []).some((r) => r === f.source || mine.includes(r))) out.push(`第${g.line}行“${g.text}”引用它`);
    if (g.unit === f.unit && !g.approx && Math.abs(valOf(g) - valOf(f)) < 1e-9) out.push(`第${g.line}行“${g.text}”同单位同值`);
  }
  if ((f.refs || []).length) out.push('自身有 refs');
  return out;
}

(async () => {
  const answersText = fs.readFileSync(path.join(DIR, 'bad/ANSWERS.tsv'), 'utf8');
  const rows = answersText.trim().split('\n').map((r) => r.split('\t'));
  if (rows[0].join(',') !== 'file,line,old,new,dataField,kind,internal') fail('ANSWERS', '表头不对');
  const answers = rows.slice(1);
  const specs = fs.readdirSync(path.join(DIR, 'spec')).filter((f) => /^\d\d\.json$/.test(f)).sort();
  const results = [];
  for (const s of specs) {
    try { results.push(await checkUnit(path.join(DIR, 'spec', s), answers)); } catch (e) { fail(s, e.stack); }
  }
  for (const r of answers) if (!r.seen) fail('ANSWERS', `多出的一行：${r.join(' | ')}`);
  // 总数
  const cnt = (pred) => results.filter((r) => pred(r.spec)).length;
  if (results.length !== 12) fail('总数', `单位 ${results.length} ≠ 12`);
  if (cnt((s) => s.kind === 'project') !== 6 || cnt((s) => s.kind === 'department') !== 6) fail('总数', '项目、部门应各 6 个');
  for (const fm of ['md', 'txt', 'docx']) {
    if (cnt((s) => s.format === fm) !== 4) fail('总数', `${fm} 应为 4 个`);
    if (cnt((s) => s.format === fm && s.kind === 'project') !== 2) fail('总数', `${fm} 项目应为 2 个`);
  }
  if (cnt((s) => s.encoding === 'gbk') < 1 || cnt((s) => s.eol === 'crlf') < 1) fail('总数', '应有 GBK 和 CRLF 的 txt 各一个');
  const yes = answers.filter((r) => r[6] === 'yes').length, no = answers.filter((r) => r[6] === 'no').length;
  if (answers.length !== 24 || yes !== 12 || no !== 12) fail('总数', `错稿 ${answers.length}，yes ${yes}，no ${no}`);
  const badFiles = fs.readdirSync(path.join(DIR, 'bad')).filter((f) => f !== 'ANSWERS.tsv');
  if (badFiles.length !== 24) fail('总数', `bad/ 下有 ${badFiles.length} 个错稿文件`);
  let T = { reg: 0, checked: 0, skip: 0 };
  for (const r of results) {
    console.log(`${r.spec.id} ${r.spec.format.padEnd(4)} ${r.spec.kind.padEnd(10)} 登记 ${r.stats.reg}，核对 ${r.stats.checked}，skip ${r.stats.skip}`);
    for (const k of Object.keys(T)) T[k] += r.stats[k];
  }
  console.log(`合计：登记 ${T.reg}，核对 ${T.checked}，skip ${T.skip}；错稿 ${answers.length}（internal yes ${yes} / no ${no}）`);
  if (nErr) { for (const e of errs) console.log(e); console.log(`${nErr} 处不通过`); console.log('CHECKS FAILED'); process.exit(1); }
  console.log('ALL CHECKS PASSED');
})();
