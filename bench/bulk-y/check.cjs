'use strict';
// 独立核对：node check.cjs（在 bench/bulk-y 下运行）。不依赖 gen.cjs，只读 clean/、bad/ 与 ANSWERS.tsv。
const fs = require('fs');
const path = require('path');
const JSZip = require('jszip');
const D = __dirname;
const num = (s) => parseFloat(String(s).replace(/,/g, ''));
const unesc = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

async function load(file) {
  if (!file.endsWith('.docx')) { const L = fs.readFileSync(file, 'utf8').replace(/\n$/, '').split('\n'); return { units: L, text: L }; }
  const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml').async('string');
  const pText = (p) => unesc((p.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>/g) || []).map(t => t.replace(/<[^>]+>/g, '')).join(''));
  const units = (xml.match(/<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g) || []).map(pText);
  // 文本视图：表格行合成 "| a | b |"
  const text = []; let row = null; let inTbl = 0;
  const re = /<w:tbl>|<w:tbl\s[^>]*>|<\/w:tbl>|<w:tr(?:\s[^>]*)?>|<\/w:tr>|<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g; let m;
  while ((m = re.exec(xml))) {
    const t = m[0];
    if (t.startsWith('<w:tbl')) inTbl++; else if (t === '</w:tbl>') inTbl--;
    else if (t.startsWith('<w:tr')) row = []; else if (t === '</w:tr>') { text.push('| ' + row.join(' | ') + ' |'); row = null; }
    else if (row) row.push(pText(t)); else if (!inTbl) text.push(pText(t));
  }
  return { units, text };
}
const all = (L) => L.join('\n');
function g(L, re, i = 1) { const m = all(L).match(re); if (!m) throw new Error('未找到 ' + re); return num(m[i]); }
function cells(L, label) {
  const r = L.filter(l => l.includes(label) && (l.includes('|') || /\S  \S/.test(l)));
  if (r.length !== 1) throw new Error('表行不唯一/缺失 ' + label + ' ' + r.length);
  return r[0].replace(/^\|\s*|\s*\|$/g, '').split(/\s*\|\s*|\s{2,}/).map(c => c.replace(/\*/g, ''));
}
const pct = (s) => num(String(s).replace('%', ''));
const ok = (a, b, tol) => Math.abs(a - b) <= tol + 1e-9;
// 每个文件的待核关系：返回 {holds, info}
const REL = {
  '01-jiaoyu-xueshengzizhu.md': (L) => {
    const line = L.find(l => l.includes('全年预算') && l.includes('其中'));
    const tot = num(line.match(/全年预算([\d,.]+)万元/)[1]);
    const parts = [...line.split('其中')[1].matchAll(/([\d,.]+)万元/g)].map(x => num(x[1]));
    const s = parts.reduce((a, b) => a + b, 0);
    return { holds: ok(s, tot, 0.005), info: `Σ其中=${s.toFixed(2)} vs 全年预算${tot}` };
  },
  '02-weijian-jiatingyisheng.md': (L) => {
    const m = all(L).match(/中央补助资金([\d,.]+)万元，实际支出([\d,.]+)万元，执行率([\d.]+)%/);
    const r = num(m[2]) / num(m[1]) * 100;
    return { holds: ok(r, num(m[3]), 0.005), info: `${r.toFixed(4)}% vs 声称${m[3]}%` };
  },
  '03-renshe-jinengpeixun.md': (L) => {
    const amt = g(L, /实际拨付培训补贴([\d,.]+)万元/), p = g(L, /培训([\d,]+)人，人均/), per = g(L, /人均补贴([\d,.]+)元/);
    const v = amt * 10000 / p;
    return { holds: ok(v, per, 0.005), info: `${v.toFixed(4)} vs 声称${per}` };
  },
  '04-jiaotong-keyunbutie.md': (L) => {
    const hdr = cells(L, '指标名称'); const si = hdr.indexOf('得分'), fi = hdr.indexOf('分值');
    const rows = L.filter(l => /^\|/.test(l) && !l.includes('指标名称') && !/^\|[:\-| ]+\|$/.test(l)).map(l => l.replace(/^\|\s*|\s*\|$/g, '').split(/\s*\|\s*/));
    const body = rows.filter(r => r[0] !== '总分'), tot = rows.find(r => r[0] === '总分');
    const s = body.reduce((a, r) => a + num(r[si]), 0), f = body.reduce((a, r) => a + num(r[fi]), 0);
    return { holds: ok(s, num(tot[si]), 0.005) && f === 100, info: `Σ得分=${s.toFixed(2)} vs 总分${tot[si]}，Σ分值=${f}` };
  },
  '05-minzheng-bumenzhengti.txt': (L) => {
    const b = g(L, /全年预算([\d,.]+)万元。/), e = g(L, /全年支出([\d,.]+)万元/), j = g(L, /年末结余([\d,.]+)万元/);
    return { holds: ok(b - e, j, 0.005), info: `${(b - e).toFixed(2)} vs 声称${j}` };
  },
  '06-nongye-zhongliangbutie.txt': (L) => {
    const t = g(L, /到位补贴资金([\d,.]+)万元/), z = g(L, /中央资金([\d,.]+)万元/), s = g(L, /中央资金[\d,.]+万元，占([\d.]+)%/);
    const v = z / t * 100;
    return { holds: ok(v, s, 0.005), info: `${v.toFixed(4)}% vs 声称${s}%` };
  },
  '07-ziranziyuan-bumenzhengti.txt': (L) => {
    const m = all(L).match(/“三公”经费支出([\d.]+)万元，比上年([\d.]+)万元下降([\d.]+)%/);
    const v = (num(m[2]) - num(m[1])) / num(m[2]) * 100;
    return { holds: ok(v, num(m[3]), 0.005), info: `降幅${v.toFixed(4)}% vs 声称${m[3]}%` };
  },
  '08-jiaoyu-yingyanggaishan.txt': (L) => {
    const c = cells(L, '总分'); const tot = num(c[4]);
    const grade = all(L).match(/等级为“(.)”/)[1];
    const exp = tot >= 90 ? '优' : tot >= 80 ? '良' : tot >= 60 ? '中' : '差';
    return { holds: grade === exp, info: `总分${tot}→应为${exp}，声称${grade}` };
  },
  '09-weijian-jiankangfupin.docx': (L) => {
    const t = g(L, /全年救治大病患者([\d,]+)人/); const c = cells(L, '大病救治人数'); const v = num(c[4]);
    return { holds: t === v, info: `正文${t} vs 表${v}` };
  },
  '10-zhujian-baozhangfang.docx': (L) => {
    const c = cells(L, '公租房分配套数'); const tgt = num(c[2].replace(/[^\d,.]/g, '')), act = num(c[3].replace(/[^\d,.]/g, '')), w = num(c[4]), s = num(c[5]);
    const exp = Math.min(act / tgt, 1) * w;
    return { holds: ok(exp, s, 0.005), info: `应得${exp.toFixed(4)} vs 声称${s}` };
  },
  '11-minzheng-linshijiuzhu.docx': (L) => {
    const c = cells(L, '年度资金总额'); const b = num(c[1]), e = num(c[2]), w = num(c[3]), r = pct(c[4]), s = num(c[5]);
    const exp = Math.min(r / 100, 1) * w;
    return { holds: ok(e / b * 100, r, 0.005) && ok(exp, s, 0.005), info: `执行率${(e / b * 100).toFixed(4)}%，应得${exp.toFixed(4)} vs 声称${s}` };
  },
  '12-nongye-nongjibutie.docx': (L) => {
    const m = all(L).match(/安排农机购置与应用补贴资金([\d,.]+)(亿元|万元|元)/);
    const v = num(m[1]) * { '亿元': 10000, '万元': 1, '元': 0.0001 }[m[2]];
    const c = cells(L, '年度资金总额'); const t = num(c[2]);
    return { holds: ok(v, t, 0.005), info: `概况${v}万元 vs 表全年预算${t}万元` };
  },
};

(async () => {
  let fail = 0;
  const rows = fs.readFileSync(path.join(D, 'bad/ANSWERS.tsv'), 'utf8').trim().split('\n').map(l => l.split('\t'));
  const hdr = rows.shift();
  if (hdr.join(',') !== 'file,line,old,new,kind,relation') { console.log('表头错误'); fail++; }
  const cleanFiles = fs.readdirSync(path.join(D, 'clean')).sort();
  const badFiles = fs.readdirSync(path.join(D, 'bad')).filter(f => f !== 'ANSWERS.tsv').sort();
  const cnt = (e) => cleanFiles.filter(f => f.endsWith(e)).length;
  if (cleanFiles.length !== 12 || cnt('.md') !== 4 || cnt('.txt') !== 4 || cnt('.docx') !== 4) { console.log('clean 文件数不符'); fail++; }
  if (badFiles.join() !== cleanFiles.join() || rows.length !== 12 || rows.map(r => r[0]).sort().join() !== cleanFiles.join()) { console.log('bad/ANSWERS 与 clean 不对应'); fail++; }
  const kinds = new Set(rows.map(r => r[4]));
  if (kinds.size !== 12) { console.log('错误类型有重复'); fail++; }
  for (const [file, line, oldS, newS, kind] of rows) {
    const errs = [];
    try {
      const c = await load(path.join(D, 'clean', file)), b = await load(path.join(D, 'bad', file));
      if (c.units.length !== b.units.length) errs.push('行/段数不同');
      const diff = c.units.map((x, i) => x !== b.units[i] ? i + 1 : 0).filter(Boolean);
      if (diff.length !== 1 || diff[0] !== +line) errs.push(`差异位置 ${diff} ≠ ${line}`);
      else { const a = c.units[+line - 1], z = b.units[+line - 1]; if (a.split(oldS).length !== 2 || a.replace(oldS, newS) !== z) errs.push('差异不是 old→new'); }
      const rc = REL[file](c.text), rb = REL[file](b.text);
      if (!rc.holds) errs.push('clean 中关系不成立: ' + rc.info);
      if (rb.holds) errs.push('bad 中关系仍成立: ' + rb.info);
      console.log(`${errs.length ? 'FAIL' : 'ok  '} ${file}  第${line}${file.endsWith('.docx') ? '段' : '行'}  [${kind}] ${oldS}→${newS}\n       clean: ${rc.info}\n       bad:   ${rb.info}`);
    } catch (e) { errs.push(String(e.message)); console.log('FAIL ' + file + ' ' + e.message); }
    if (errs.length) { fail++; console.log('       ' + errs.join('；')); }
  }
  console.log(fail ? `失败 ${fail} 项` : '全部通过');
  process.exit(fail ? 1 : 0);
})();
