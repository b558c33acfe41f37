'use strict';
// 岚澄省（虚构）预算绩效自评报告盲测语料生成器。
// 用法：在本目录运行 `node gen.cjs`，写出 clean/、bad/、bad/ANSWERS.tsv 与 README.md。
// 只用 Node 内置模块与 项目 node_modules 中已有的 jszip；输出逐字节确定。
// 所有金额以“分”为单位的 BigInt 保存，比率、人均、得分一律用整数运算并四舍五入（half-up）。
const fs = require('fs');
const path = require('path');
const JSZip = require('jszip');

const HERE = __dirname;

// ---------------------------------------------------------------- 数字
const TEN = (n) => 10n ** BigInt(n);
function parseDec(s, dp) {
  s = String(s).replace(/,/g, '');
  let neg = false;
  if (s.startsWith('-')) { neg = true; s = s.slice(1); }
  const [i, f = ''] = s.split('.');
  if (f.length > dp) throw new Error('too many decimals: ' + s);
  const v = BigInt(i + f.padEnd(dp, '0'));
  return neg ? -v : v;
}
const absB = (x) => (x < 0n ? -x : x);
// n/d 四舍五入到整数（半数远离零）
function rdiv(n, d) {
  if (d === 0n) throw new Error('div0');
  if (d < 0n) { n = -n; d = -d; }
  const s = n < 0n ? -1n : 1n;
  return s * ((2n * absB(n) + d) / (2n * d));
}
function fmt(v, dp, sep) {
  const neg = v < 0n;
  let a = absB(v).toString().padStart(dp + 1, '0');
  let ip = dp ? a.slice(0, -dp) : a;
  const fp = dp ? a.slice(-dp) : '';
  if (sep) ip = ip.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + ip + (dp ? '.' + fp : '');
}
const q = (n, d, dp, sep) => fmt(rdiv(n * TEN(dp), d), dp, sep);
const W = (s) => parseDec(s, 2) * 10000n; // 万元 -> 分
const Y = (s) => parseDec(s, 2); // 元 -> 分
const fw = (f) => q(f, 1000000n, 2, false); // 万元，两位小数
const fws = (f) => q(f, 1000000n, 2, true); // 万元，千分位
const fy = (f) => q(f, 100n, 2, true); // 元，千分位，角分
const fyi = (f) => q(f, 10000000000n, 2, false); // 亿元
const pct = (a, b, dp = 2) => q(a * 100n, b, dp, false);
const sum = (a) => a.reduce((x, y) => x + y, 0n);
const N = (n) => BigInt(n);
const nf = (n) => fmt(BigInt(n), 0, true); // 计数，千分位
// 得分：以百分之一分为单位
const sc = (s) => parseDec(String(s), 2);
function fsc(v) { return fmt(v, 2, false).replace(/0+$/, '').replace(/\.$/, ''); }
function grade(t) { return t >= 9000n ? '优' : t >= 8000n ? '良好' : t >= 6000n ? '合格' : '不合格'; }
function assert(c, m) { if (!c) throw new Error('assert: ' + m); }
// 万元显示值（以 0.01 万元为单位的整数）
const w100 = (f) => rdiv(f, 10000n);

// 执行率得分 = 分值 × 执行数/全年预算数，封顶分值，保留 2 位；同时断言按显示执行率计算结果一致
function rateScore(spent, budget, weight = 10) {
  const exact = spent >= budget ? BigInt(weight) * 100n : rdiv(BigInt(weight) * 100n * spent, budget);
  const shownRate = rdiv(spent * 10000n, budget); // 万分之一
  const viaShown = shownRate >= 10000n ? BigInt(weight) * 100n : rdiv(BigInt(weight) * 100n * shownRate, 10000n);
  assert(exact === viaShown, 'rate score ambiguous ' + spent + '/' + budget);
  return exact;
}

// ---------------------------------------------------------------- 指标
// ind: {l1,l2,l3,tv,av,w,rule:[cmp,target,actual]|null,dp,why,s}
// cmp: 'ge' 达到或超过即满分，否则按 实际/目标 比例计分；'le' 负向/成本指标，不超过即满分，否则按 目标/实际；
// 'text' 定性指标，s 必须给出。
function indScore(ind) {
  if (ind.s !== undefined) return sc(ind.s);
  const [cmp, t, a] = ind.rule;
  const T = parseDec(t, 4), A = parseDec(a, 4);
  const w = BigInt(ind.w);
  const dp = ind.dp === undefined ? 2 : ind.dp;
  if (cmp === 'ge') {
    if (A >= T) return w * 100n;
    return rdiv(w * TEN(dp) * A, T) * TEN(2 - dp);
  }
  if (cmp === 'le') {
    if (A <= T) return w * 100n;
    return rdiv(w * TEN(dp) * T, A) * TEN(2 - dp);
  }
  throw new Error('rule');
}

// ---------------------------------------------------------------- 文档模型
// 块：{k:'title',t} {k:'h',lv,t} {k:'p',t} {k:'note',t} {k:'blank'} {k:'tbl',rows,title?,unit?}
// 单元格：字符串或 {t,cs,rs}
const T = (t) => ({ k: 'title', t });
const H = (lv, t) => ({ k: 'h', lv, t });
const Pp = (t) => ({ k: 'p', t });
const NOTE = (t) => ({ k: 'note', t });
const BL = () => ({ k: 'blank' });
const TB = (rows, o = {}) => ({ k: 'tbl', rows, title: o.title, unit: o.unit });

function cellObj(c) { return typeof c === 'string' ? { t: c } : c; }
function layout(rows) {
  const occ = [];
  rows.forEach((row, r) => {
    occ[r] = occ[r] || [];
    let c = 0;
    row.forEach((c0, idx) => {
      const cell = cellObj(c0);
      while (occ[r][c]) c++;
      const cs = cell.cs || 1, rs = cell.rs || 1;
      for (let i = 0; i < rs; i++) {
        occ[r + i] = occ[r + i] || [];
        for (let j = 0; j < cs; j++) {
          assert(!occ[r + i][c + j], 'overlap r' + r + ' c' + c);
          occ[r + i][c + j] = { cell, r0: r, c0: c, idx };
        }
      }
      c += cs;
    });
  });
  const ncol = Math.max(...occ.map((r) => r.length));
  occ.forEach((r, i) => { for (let c = 0; c < ncol; c++) assert(r[c], 'hole r' + i + ' c' + c + ' ' + JSON.stringify(rows[i])); });
  assert(occ.length === rows.length, 'rowspan overflow');
  return { occ, ncol };
}

// ---------------------------------------------------------------- 渲染：md
function renderMd(blocks, st) {
  const out = [];
  const push = (s) => out.push(s);
  for (const b of blocks) {
    if (b.k === 'title') { push(st.bold ? `**${b.t}**` : `# ${b.t}`); push(''); }
    else if (b.k === 'h') {
      if (st.bold && (st.boldAll || b.lv >= 2)) push(`**${b.t}**`);
      else push('#'.repeat(b.lv + 1) + ' ' + b.t);
      push('');
    } else if (b.k === 'p' || b.k === 'note') { push(b.t); push(''); }
    else if (b.k === 'blank') { push(''); }
    else if (b.k === 'tbl') {
      if (b.title) { push(st.bold ? `**${b.title}**` : b.title); push(''); }
      if (b.unit) { push(b.unit); push(''); }
      const { occ, ncol } = layout(b.rows);
      occ.forEach((row, r) => {
        const cells = [];
        for (let c = 0; c < ncol; c++) {
          const o = row[c];
          cells.push(o.r0 === r && o.c0 === c ? o.cell.t : '');
        }
        push('| ' + cells.join(' | ') + ' |');
        if (r === 0) push('|' + ' --- |'.repeat(ncol));
      });
      push('');
    }
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------- 渲染：txt（网页复制）
function renderTxt(blocks, st) {
  const out = [];
  const IND = '\u3000\u3000';
  for (const b of blocks) {
    if (b.k === 'title') { out.push(b.t); }
    else if (b.k === 'h') { out.push((b.lv >= 2 && st.indentHeads ? IND : '') + b.t); }
    else if (b.k === 'p') { out.push(IND + b.t); }
    else if (b.k === 'note') { out.push(b.t); }
    else if (b.k === 'blank') { out.push(''); }
    else if (b.k === 'tbl') {
      if (b.title) out.push(b.title);
      if (b.unit) out.push(b.unit);
      for (const row of b.rows) for (const c of row) out.push(cellObj(c).t);
    }
  }
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------- 渲染：docx
function esc(s) { return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'); }
function wRun(text, o) {
  if (text === '') return '';
  const sz = o.size || 28;
  const rpr = `<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="${o.font || '仿宋_GB2312'}"/>${o.bold ? '<w:b/>' : ''}<w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/></w:rPr>`;
  return `<w:r>${rpr}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}
function wP(text, o = {}) {
  let ppr = '';
  if (o.spacing !== false) ppr += '<w:spacing w:line="' + (o.line || 560) + '" w:lineRule="exact"/>';
  if (o.indent) ppr += '<w:ind w:firstLineChars="200" w:firstLine="560"/>';
  if (o.jc) ppr += `<w:jc w:val="${o.jc}"/>`;
  return `<w:p><w:pPr>${ppr}</w:pPr>${wRun(text, o)}</w:p>`;
}
function renderDocx(blocks, st) {
  const body = [];
  const paras = [];
  const P = (text, o) => { body.push(wP(text, o)); paras.push(text); };
  for (const b of blocks) {
    if (b.k === 'title') P(b.t, { bold: true, size: 44, jc: 'center', font: '方正小标宋简体', line: 700 });
    else if (b.k === 'h') P(b.t, { bold: b.lv >= 2, size: 32, font: b.lv === 1 ? '黑体' : b.lv === 2 ? '楷体_GB2312' : '仿宋_GB2312', indent: true });
    else if (b.k === 'p') P(b.t, { indent: true, size: 32 });
    else if (b.k === 'note') P(b.t, { size: 24, jc: 'right' });
    else if (b.k === 'blank') P('', {});
    else if (b.k === 'tbl') {
      if (b.title) P(b.title, { bold: true, size: 32, jc: 'center', font: '黑体' });
      if (b.unit) P(b.unit, { size: 24, jc: 'right' });
      const { occ, ncol } = layout(b.rows);
      const colW = Math.floor(9000 / ncol);
      let x = '<w:tbl><w:tblPr><w:tblW w:w="' + colW * ncol + '" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>'
        + ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('')
        + '</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>';
      for (let c = 0; c < ncol; c++) x += `<w:gridCol w:w="${colW}"/>`;
      x += '</w:tblGrid>';
      occ.forEach((row, r) => {
        x += '<w:tr>';
        for (let c = 0; c < ncol; c++) {
          const o = row[c];
          if (o.c0 !== c) continue;
          const cs = o.cell.cs || 1, rs = o.cell.rs || 1;
          let tcpr = `<w:tcW w:w="${colW * cs}" w:type="dxa"/>`;
          if (cs > 1) tcpr += `<w:gridSpan w:val="${cs}"/>`;
          if (rs > 1) tcpr += o.r0 === r ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>';
          tcpr += '<w:vAlign w:val="center"/>';
          const text = o.r0 === r ? o.cell.t : '';
          x += `<w:tc><w:tcPr>${tcpr}</w:tcPr>${wP(text, { size: 21, jc: 'center', spacing: false })}</w:tc>`;
          paras.push(text);
        }
        x += '</w:tr>';
      });
      x += '</w:tbl>';
      body.push(x);
      P('', {});
    }
  }
  const doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    + '<w:body>' + body.join('')
    + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
    + '</w:body></w:document>';
  return { doc, paras };
}
async function packDocx(docXml, title) {
  const zip = new JSZip();
  const date = new Date(Date.UTC(2025, 2, 31, 8, 0, 0));
  const add = (name, content) => zip.file(name, content, { date, createFolders: false });
  add('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>');
  add('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>');
  add('docProps/app.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Office Word</Application></Properties>');
  add('docProps/core.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    + `<dc:title>${esc(title)}</dc:title><dc:creator>财务股</dc:creator><cp:lastModifiedBy>财务股</cp:lastModifiedBy><cp:revision>1</cp:revision>`
    + '<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-31T08:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-31T08:00:00Z</dcterms:modified></cp:coreProperties>');
  add('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>');
  add('word/document.xml', docXml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'DOS' });
}

// ---------------------------------------------------------------- 变异
function mutate(blocks, m) {
  const bs = JSON.parse(JSON.stringify(blocks));
  const rep = (s) => {
    const n = s.split(m.old).length - 1;
    assert(n === 1, `old "${m.old}" occurs ${n}x in "${s}"`);
    return s.replace(m.old, m.new);
  };
  if (m.at !== undefined) {
    const hits = [];
    bs.forEach((b) => { if ((b.k === 'p' || b.k === 'h' || b.k === 'note' || b.k === 'title') && b.t.includes(m.at)) hits.push(b); });
    assert(hits.length === 1, `locator "${m.at}" hits ${hits.length}`);
    hits[0].t = rep(hits[0].t);
  } else {
    const tbls = bs.filter((b) => b.k === 'tbl');
    const row = tbls[m.tbl].rows[m.r];
    const c = cellObj(row[m.c]);
    assert(m.cell === undefined || c.t === m.cell, `cell is "${c.t}" not "${m.cell}"`);
    const nc = { ...c, t: rep(c.t) };
    row[m.c] = nc;
  }
  return bs;
}

// ---------------------------------------------------------------- 常用表
// 项目支出绩效自评表（9 列网格）
function projTable(o) {
  const f = o.funds; // {tot:[a,b,c], cz:[..], jz:[..], qt:[..]}（分）
  for (let i = 0; i < 3; i++) assert(f.tot[i] === f.cz[i] + f.jz[i] + f.qt[i], 'fund sum ' + o.name + ' col' + i);
  const rs = rateScore(f.tot[2], f.tot[1], 10);
  const sub = (k) => {
    if (o.subRate && f[k][1] > 0n) return pct(f[k][2], f[k][1]) + '%';
    return '—';
  };
  const rows = [];
  rows.push(['项目名称', { t: o.name, cs: 8 }]);
  rows.push(['主管部门', { t: o.dept, cs: 3 }, { t: '实施单位', cs: 2 }, { t: o.unit, cs: 3 }]);
  rows.push([{ t: '项目资金（万元）', rs: 5 }, { t: '', cs: 2 }, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
  rows.push([{ t: '年度资金总额', cs: 2 }, ...f.tot.map((x) => fw(x)), '10', pct(f.tot[2], f.tot[1]) + '%', fmt(rs, 2)]);
  rows.push([{ t: '其中：当年财政拨款', cs: 2 }, ...f.cz.map((x) => fw(x)), '—', sub('cz'), '—']);
  rows.push([{ t: '上年结转资金', cs: 2 }, ...f.jz.map((x) => fw(x)), '—', sub('jz'), '—']);
  rows.push([{ t: '其他资金', cs: 2 }, ...f.qt.map((x) => fw(x)), '—', sub('qt'), '—']);
  rows.push([{ t: '年度总体目标', rs: 2 }, { t: '预期目标', cs: 4 }, { t: '实际完成情况', cs: 4 }]);
  rows.push([{ t: o.goalPlan, cs: 4 }, { t: o.goalDone, cs: 4 }]);
  const inds = o.inds;
  rows.push([{ t: '绩效指标', rs: inds.length + 1 }, '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
  let wsum = 1000n, ssum = rs;
  inds.forEach((ind, i) => {
    const row = [];
    if (i === 0 || inds[i - 1].l1 !== ind.l1) row.push({ t: ind.l1, rs: inds.filter((x) => x.l1 === ind.l1).length });
    if (i === 0 || inds[i - 1].l2 !== ind.l2 || inds[i - 1].l1 !== ind.l1) {
      let n = 0; for (let j = i; j < inds.length && inds[j].l1 === ind.l1 && inds[j].l2 === ind.l2; j++) n++;
      row.push({ t: ind.l2, rs: n });
    }
    const s = indScore(ind);
    ind._s = s;
    wsum += BigInt(ind.w) * 100n; ssum += s;
    row.push(ind.l3, ind.tv, ind.av, String(ind.w), fsc(s), ind.why || '');
    rows.push(row);
  });
  assert(wsum === 10000n, 'weights ' + o.name + ' ' + wsum);
  if (o.totalRow) rows.push([{ t: '总分', cs: 6 }, '100', fsc(ssum), o.totalNote || '']);
  return { rows, total: ssum, rateScore: rs };
}


// 部门整体支出绩效自评表（7 列）：一级指标 二级指标 三级指标 指标值 实际完成值 分值 得分
function deptTable(inds, o = {}) {
  const rows = [['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分']];
  let wsum = 0n, ssum = 0n;
  inds.forEach((ind, i) => {
    const row = [];
    if (i === 0 || inds[i - 1].l1 !== ind.l1) row.push({ t: ind.l1, rs: inds.filter((x) => x.l1 === ind.l1).length });
    if (i === 0 || inds[i - 1].l2 !== ind.l2 || inds[i - 1].l1 !== ind.l1) {
      let n = 0; for (let j = i; j < inds.length && inds[j].l1 === ind.l1 && inds[j].l2 === ind.l2; j++) n++;
      row.push({ t: ind.l2, rs: n });
    }
    const s = indScore(ind);
    wsum += BigInt(ind.w) * 100n; ssum += s;
    row.push(ind.l3, ind.tv, ind.av, String(ind.w), fsc(s));
    rows.push(row);
  });
  assert(wsum === 10000n, 'dept weights ' + wsum);
  if (o.totalRow) rows.push([{ t: o.totalLabel || '合计', cs: 5 }, '100', fsc(ssum)]);
  return { rows, total: ssum };
}
// 一级指标汇总表：名称 分值 得分
function sumTable(items, o = {}) {
  const head = o.head || ['一级指标', '分值', '得分'];
  const rows = [head];
  let wsum = 0n, ssum = 0n;
  for (const [name, w, s] of items) { rows.push([name, String(w), s]); wsum += BigInt(w) * 100n; ssum += sc(s); }
  assert(wsum === 10000n, 'sum weights');
  if (o.totalRow) rows.push([o.totalLabel || '合计', '100', fsc(ssum)]);
  return { rows, total: ssum };
}
function yoy(cur, last) {
  const d = cur - last;
  return { up: d >= 0n, amt: fw(d < 0n ? -d : d), rate: pct(d < 0n ? -d : d, last), zj: d >= 0n ? '增加' : '减少', zz: d >= 0n ? '增长' : '下降' };
}
const GRADE_RULE = '根据《岚澄省预算绩效自评管理规程》，自评结果分四个等级：90分（含）以上为“优”，80分（含）至90分为“良好”，60分（含）至80分为“合格”，60分以下为“不合格”。';
const ind = (l1, l2, l3, tv, av, w, rule, extra = {}) => ({ l1, l2, l3, tv, av, w, rule, ...extra });

const REPORTS = [];
const R = (f) => REPORTS.push(f);

// ================================================================ md
// za01 乡镇 部门整体 —— 同比增长率
R(() => {
  const bz = 46n, zz = 43n;
  const ry = W('812.64'), gy = W('143.28'), jb = ry + gy;
  const xm = W('568.95'), zc = jb + xm;
  const jb0 = W('902.10'), xm0 = W('611.30');
  const cz = W('1486.35'), qt = W('23.60'), sr = cz + qt;
  const ncjz = W('62.40'), nmjz = ncjz + sr - zc;
  const nc = W('1318.20'), zj = W('254.15'), qn = nc + zj;
  const jd = W('3.46'), yc = W('8.20'), cg = 0n, sg = jd + yc + cg, sgys = W('14.00'), sg0 = W('13.05');
  const y1 = yoy(jb, jb0), y2 = yoy(xm, xm0), y3 = yoy(sg, sg0);
  const zxl = pct(zc, qn);
  const inds = [
    ind('运行成本', '经济成本', '预算执行率', '≥95%', zxl + '%', 10, ['ge', '95', zxl]),
    ind('运行成本', '经济成本', '“三公”经费控制率', '≤100%', pct(sg, sgys) + '%', 5, ['le', '100', pct(sg, sgys)]),
    ind('运行成本', '经济成本', '在职人员控制率', '≤100%', pct(zz, bz) + '%', 5, ['le', '100', pct(zz, bz)]),
    ind('管理效率', '预算管理', '预决算信息公开', '按规定公开', '已按时公开', 5, null, { s: '5' }),
    ind('管理效率', '资产管理', '资产管理规范性', '账实相符', '个别资产未及时入账', 5, null, { s: '4' }),
    ind('管理效率', '采购管理', '政府采购执行率', '100%', '100%', 5, ['ge', '100', '100']),
    ind('履职效能', '重点工作', '村级组织运转保障村数', '11个', '11个', 10, ['ge', '11', '11']),
    ind('履职效能', '重点工作', '人居环境整治达标村数', '≥8个', '7个', 10, ['ge', '8', '7']),
    ind('履职效能', '重点工作', '防汛抗旱安全责任事故', '0起', '0起', 10, ['le', '0', '0']),
    ind('履职效能', '重点工作', '年度重点工作完成率', '100%', '100%', 10, ['ge', '100', '100']),
    ind('社会效应', '社会效益', '信访事项按期办结率', '≥95%', '97.60%', 5, ['ge', '95', '97.60']),
    ind('社会效应', '可持续影响', '长效管护机制覆盖村（社区）数', '12个', '12个', 5, ['ge', '12', '12']),
    ind('服务对象满意度', '满意度', '群众满意度', '≥90%', '92.30%', 10, ['ge', '90', '92.30']),
    ind('服务对象满意度', '满意度', '村（社区）干部满意度', '≥90%', '95.00%', 5, ['ge', '90', '95']),
  ];
  const dt = deptTable(inds, { totalRow: true });
  const blocks = [
    T('苇塘县菰溪乡人民政府2024年度部门整体支出绩效自评报告'),
    Pp('根据《岚澄省财政厅关于做好2024年度预算绩效自评工作的通知》（岚财绩〔2025〕3号）和县财政局工作安排，菰溪乡人民政府对2024年度部门整体支出开展了绩效自评。现将有关情况报告如下（本报告金额单位为万元，保留两位小数；百分比保留两位小数；均四舍五入）。'),
    H(1, '一、部门基本情况'),
    H(2, '（一）职能职责'),
    Pp('菰溪乡地处苇塘县东北部，辖十一个行政村、1个社区，户籍人口18,426人，耕地面积4.26万亩。乡人民政府主要承担执行乡人民代表大会决议、发展乡村经济、组织实施乡村振兴、维护社会稳定和提供基本公共服务等职责。'),
    H(2, '（二）机构和人员情况'),
    Pp(`乡政府内设党政综合办公室、经济发展办公室、社会事务办公室、平安建设办公室、自然资源和生态环境办公室、财政所等6个机构，下设便民服务中心、农业综合服务中心、退役军人服务站3个事业单位。2024年末核定编制${bz}名（行政编制28名、事业编制18名），在职在编人员${zz}人，在职人员控制率为${pct(zz, bz)}%；离退休人员21人。`),
    H(1, '二、部门预算收支情况'),
    H(2, '（一）收入情况'),
    Pp(`2024年本单位收入合计${fws(sr)}万元，其中财政拨款收入${fws(cz)}万元，其他收入${fw(qt)}万元；另有年初结转结余${fw(ncjz)}万元。`),
    H(2, '（二）支出情况'),
    Pp(`2024年年初预算${fws(nc)}万元，年中追加${fw(zj)}万元，全年预算${fws(qn)}万元。全年实际支出${fws(zc)}万元，预算执行率为${zxl}%。`),
    Pp(`1.基本支出${fw(jb)}万元（上年${fw(jb0)}万元），较上年${y1.zj}${y1.amt}万元，${y1.zz}${y1.rate}%，主要是落实乡镇工作补贴标准调整。其中人员经费${fw(ry)}万元，公用经费${fw(gy)}万元。`),
    Pp(`2.项目支出${fw(xm)}万元（上年${fw(xm0)}万元），较上年${y2.zj}${y2.amt}万元，${y2.zz}${y2.rate}%。其中村级组织运转经费186.40万元、农村人居环境整治资金97.50万元、防汛抗旱资金42.00万元等。`),
    H(2, '（三）结转结余情况'),
    Pp(`年末结转结余${fw(nmjz)}万元，主要是人居环境整治项目尾款尚未支付，已按规定结转下年使用。`),
    H(2, '（四）“三公”经费情况'),
    Pp(`2024年“三公”经费预算${fw(sgys)}万元，实际支出${fw(sg)}万元，其中公务接待费${fw(jd)}万元、公务用车运行维护费${fw(yc)}万元、因公出国（境）费${fw(cg)}万元；“三公”经费控制率${pct(sg, sgys)}%。与上年${fw(sg0)}万元相比，${y3.zj}${y3.amt}万元，${y3.zz}${y3.rate}%。`),
    H(1, '三、部门整体支出绩效情况'),
    Pp('按照省定部门整体支出绩效评价指标框架，从运行成本、管理效率、履职效能、社会效应和服务对象满意度五个方面开展自评。预算执行率指标达到95%即得满分；部分完成的指标按完成比例计分。'),
    TB(dt.rows, { title: '菰溪乡人民政府2024年度部门整体支出绩效自评表' }),
    Pp('人居环境整治达标村完成7个，未达到年度目标8个，按完成比例计8.75分。主要原因是苇岗村污水管网工程受雨季影响延期，已督促施工单位于2025年6月底前完工。'),
    Pp(`经自评，本单位2024年度部门整体支出绩效自评得分${fsc(dt.total)}分，评价等级为“${grade(dt.total)}”。`),
    Pp(GRADE_RULE),
    H(1, '四、存在的问题及原因分析'),
    Pp('一是预算编制精细化程度不够，年中追加较多，年初预算到位率偏低；二是个别资产未及时登记入账，资产管理基础工作仍需加强；三是部分村级项目进度偏慢，年底形成结转。'),
    H(1, '五、下一步改进措施'),
    Pp('一是提高预算编制的准确性，减少年中追加；二是开展资产清查，做到账实相符；三是建立项目进度月调度制度，加快结转资金支出。'),
    Pp('苇塘县菰溪乡人民政府'),
    Pp('2025年3月28日'),
  ];
  return {
    file: 'za01-guxi-township-dept.md', fmt: 'md', st: { bold: false }, blocks,
    unit: '苇塘县菰溪乡人民政府（乡镇）', rkind: '部门整体支出',
    mut: { at: '1.基本支出', old: `${y1.zz}${y1.rate}%`, new: '增长6.97%', kind: 'yoy', place: '二（二）1. 基本支出段', relation: '基本支出增长率=(955.92−902.10)/902.10' },
    quiet: ['“其中……等”不完整列举（项目支出）', '上年数与本年数并列', '部分完成指标（人居环境整治7/8）按比例计分并说明原因', '十一个行政村（中文数字）', '预算执行率指标“达到95%即满分”'],
  };
});

// za02 医院 项目 —— 总分≠Σ得分（正文总分，表无总分行）
R(() => {
  const f = { tot: [W('120.00'), W('150.00'), W('146.37')], cz: [W('100.00'), W('130.00'), W('126.37')], jz: [W('20.00'), W('20.00'), W('20.00')], qt: [0n, 0n, 0n] };
  const inds = [
    ind('产出指标', '数量指标', '建设中医特色专科数', '≥3个', '3个', 10, ['ge', '3', '3']),
    ind('产出指标', '数量指标', '开展中医适宜技术培训期数', '≥12期', '12期', 10, ['ge', '12', '12']),
    ind('产出指标', '数量指标', '培训基层医务人员人次', '≥400人次', '368人次', 10, ['ge', '400', '368'], { dp: 1, why: '部分乡镇卫生院人员紧张，参训人次未达目标，按完成比例计分；2025年改为分片送教' }),
    ind('产出指标', '质量指标', '特色专科门诊量增长率', '≥10%', '12.60%', 10, ['ge', '10', '12.60']),
    ind('产出指标', '时效指标', '项目完成时间', '2024年12月底前', '按期完成', 10, null, { s: '10' }),
    ind('效益指标', '社会效益指标', '中医药服务患者人次', '≥3万人次', '3.42万人次', 15, ['ge', '3', '3.42']),
    ind('效益指标', '可持续影响指标', '平均住院日（负向指标）', '≤8天', '7.4天', 15, ['le', '8', '7.4']),
    ind('满意度指标', '服务对象满意度指标', '患者满意度', '≥90%', '93.50%', 10, ['ge', '90', '93.50']),
  ];
  const pt = projTable({ name: '中医药特色专科建设项目', dept: '青篁县卫生健康局', unit: '青篁县中医医院', funds: f, goalPlan: '建设3个中医特色专科，开展12期适宜技术培训，培训基层医务人员400人次以上，提升县域中医药服务能力。', goalDone: '建成针灸推拿、骨伤、脾胃病3个特色专科，开展培训12期、培训368人次，服务患者3.42万人次。', inds, totalRow: false });
  const total = pt.total;
  const blocks = [
    T('青篁县中医医院2024年度中医药特色专科建设项目支出绩效自评报告'),
    H(1, '一、项目基本情况'),
    H(2, '（一）项目概况'),
    Pp('中医药特色专科建设项目依据《栖梧市中医药传承创新发展三年行动方案（2023—2025年）》设立，由青篁县中医医院组织实施，主要用于特色专科设备购置、人才培养和适宜技术推广。'),
    H(2, '（二）项目绩效目标'),
    Pp('建设3个中医特色专科，开展中医适宜技术培训12期，培训基层医务人员400人次以上，年度服务患者3万人次以上，患者满意度达到90%以上。'),
    H(1, '二、项目资金使用及管理情况'),
    Pp(`项目年初预算${fw(f.tot[0])}万元，10月经县卫生健康局追加${fw(f.tot[1] - f.tot[0])}万元，全年预算${fw(f.tot[1])}万元，其中当年财政拨款${fw(f.cz[1])}万元、上年结转资金${fw(f.jz[1])}万元。全年执行${fw(f.tot[2])}万元，预算执行率为${pct(f.tot[2], f.tot[1])}%。`),
    Pp('资金主要用于专科诊疗设备购置、进修培训和适宜技术推广，其中购置电针治疗仪、骨伤牵引床等设备68.40万元，选派骨干进修21.60万元等。项目资金实行专账核算，设备采购严格执行政府采购程序。'),
    H(1, '三、项目绩效情况'),
    Pp('（一）产出情况。建成针灸推拿、骨伤、脾胃病3个特色专科；开展中医适宜技术培训12期，培训基层医务人员368人次，完成年度目标的' + pct(368n, 400n) + '%；特色专科门诊量较上年增长12.60%。'),
    Pp('（二）效益情况。全年中医药服务患者3.42万人次；平均住院日7.4天，较上年8.1天缩短0.7天，住院日属负向指标，低于目标值8天，按满分计。'),
    Pp('（三）满意度情况。第三方随机回访患者600人，满意度为93.50%。'),
    H(1, '四、自评结论'),
    Pp(`按照项目支出绩效自评表逐项打分，预算执行率按“执行率×10分”计分，部分完成指标按完成比例计分。项目自评得分${fsc(total)}分，评价等级为“${grade(total)}”。`),
    TB(pt.rows, { title: '附件：项目支出绩效自评表（2024年度）' }),
    H(1, '五、存在的问题'),
    Pp('一是基层医务人员工学矛盾突出，培训人次未达目标；二是部分设备使用率不高。'),
    H(1, '六、改进措施'),
    Pp('一是采取“送教下乡”方式分片培训；二是建立设备使用台账，按月通报使用情况。'),
  ];
  return {
    file: 'za02-qinghuang-tcm-hospital-project.md', fmt: 'md', st: { bold: true, boldAll: true }, blocks,
    unit: '青篁县中医医院（医院）', rkind: '项目支出',
    mut: { at: '项目自评得分', old: fsc(total) + '分', new: '96.98分', kind: 'total', place: '四、自评结论', relation: '自评得分=Σ各项得分（9.76+各指标得分）' },
    quiet: ['自评表无“总分”行，总分只在正文', '负向指标平均住院日7.4天≤8天得满分', '培训人次368/400按比例得9.2分并说明偏差', '年初预算+追加=全年预算'],
  };
});

// za03 学校 部门整体 —— 正文≠表（项目支出）
R(() => {
  const a = { cz: W('2398.60'), sy: W('62.40'), qt: W('25.20'), ry: W('1812.46'), gy: W('292.47'), xm: W('366.42') };
  const b = { cz: W('2571.31'), sy: W('45.80'), qt: W('23.60'), ry: W('1904.17'), gy: W('301.91'), xm: W('412.36') };
  for (const o of [a, b]) { o.sr = o.cz + o.sy + o.qt; o.jb = o.ry + o.gy; o.zc = o.jb + o.xm; }
  const row = (label, k) => { const d = b[k] - a[k]; return [label, fws(a[k]), fws(b[k]), fw(d), pct(d, a[k]) + '%']; };
  const rows = [
    [{ t: '项目', rs: 2 }, { t: '决算数', cs: 2 }, { t: '增减情况', cs: 2 }],
    ['2023年', '2024年', '增减额', '增减率'],
    row('收入合计', 'sr'), row('财政拨款收入', 'cz'), row('事业收入', 'sy'), row('其他收入', 'qt'),
    row('支出合计', 'zc'), row('基本支出', 'jb'), row('其中：人员经费', 'ry'), row('公用经费', 'gy'), row('项目支出', 'xm'),
  ];
  const st = sumTable([['运行成本', 20, '19'], ['管理效率', 25, '23.5'], ['履职效能', 35, '33'], ['社会效应', 10, '9'], ['服务对象满意度', 10, '9.5']], { head: ['一级指标', '分值', '自评得分'] });
  const stu = 1846n, bz = 128n, zz = 121n;
  const blocks = [
    T('雁屿县第二中学2024年度部门整体支出绩效自评报告'),
    H(1, '一、单位基本情况'),
    Pp(`雁屿县第二中学为县教育局所属公益一类事业单位，现有教学班36个，在校学生${nf(stu)}人。核定编制${bz}名，年末在职教职工${zz}人，人员控制率${pct(zz, bz)}%，退休人员64人。`),
    H(1, '二、单位收支情况'),
    Pp('（金额单位：万元；增减率＝增减额÷上年数，保留两位小数。）'),
    TB(rows, { title: '2023—2024年收支决算对比表', unit: '单位：万元' }),
    H(2, '（一）基本支出情况'),
    Pp(`2024年支出合计${fws(b.zc)}万元，其中基本支出${fws(b.jb)}万元，占支出合计的${pct(b.jb, b.zc)}%。按在校学生${nf(stu)}人计算，生均公用经费${q(b.gy, stu * 100n, 2, true)}元。`),
    H(2, '（二）项目支出情况'),
    Pp(`2024年项目支出${fw(b.xm)}万元，主要用于学生资助配套、校舍维修改造、教育信息化设备购置和校园安保等方面，其中校舍维修改造136.80万元、学生资助配套88.20万元等。`),
    H(2, '（三）“三公”经费情况'),
    Pp('2024年“三公”经费支出1.24万元，全部为公务接待费；本校无公务用车，未发生因公出国（境）费用。'),
    H(1, '三、绩效自评情况'),
    TB(st.rows, { title: '部门整体支出绩效自评得分汇总表' }),
    Pp(`对照省定部门整体支出指标体系，本单位自评得分${fsc(st.total)}分，评价等级为“${grade(st.total)}”（90分及以上为“优”）。扣分主要在资产管理和社会效应方面。`),
    H(1, '四、存在的问题'),
    Pp('一是事业收入较上年下降，主要是住宿费减免范围扩大；二是信息化设备使用培训不足。'),
    H(1, '五、改进措施'),
    Pp('一是加强收入预测；二是组织教师信息化应用培训。'),
  ];
  return {
    file: 'za03-yanyu-no2-middle-school-dept.md', fmt: 'md', st: { bold: false }, blocks,
    unit: '雁屿县第二中学（学校）', rkind: '部门整体支出',
    mut: { at: '2024年项目支出', old: fw(b.xm) + '万元', new: '421.36万元', kind: 'prose-table', place: '二（二）项目支出情况', relation: '正文项目支出=收支决算对比表2024年项目支出' },
    quiet: ['两行表头合并单元格留下的空格子', '上年数与本年数并列、负增减额', '“其中……等”不完整列举', '得分汇总表无合计行', '三公经费只有接待费'],
  };
});

// za04 政策 耕地地力保护补贴 —— 户均
R(() => {
  const std = Y('108.40');
  const tw = [['荇湖乡', '186420.5', 14826], ['蒲汀镇', '243816.2', 19402], ['鹤皋镇', '201377.8', 16215], ['芦溆乡', '158962.4', 12637], ['青蕖镇', '264105.7', 20958], ['梓陌乡', '181865.7', 14178]];
  let area = 0n, hh = 0n, amt = 0n;
  const rows = [['乡镇', '补贴面积（亩）', '补贴农户（户）', '补贴资金（元）']];
  for (const [n, a, h] of tw) {
    const A = parseDec(a, 1); const m = A * std / 10n; assert(A * std % 10n === 0n, 'exact');
    area += A; hh += BigInt(h); amt += m;
    rows.push([n, fmt(A, 1, true), nf(h), fy(m)]);
  }
  rows.push(['合计', fmt(area, 1, true), nf(hh), fy(amt)]);
  const xd = W('13420.00'); const jy = xd - amt;
  const area0 = parseDec('1229806.5', 1); const da = area - area0;
  const hj = q(amt, hh * 100n, 2, true);
  const st = sumTable([['决策', 15, '14.5'], ['过程', 20, '19.5'], ['产出', 35, '34'], ['效益', 30, '28.1']], { totalRow: true });
  const blocks = [
    T('蘅川县2024年度耕地地力保护补贴政策绩效自评报告'),
    Pp('蘅川县农业农村局　2025年3月'),
    H(1, '一、政策基本情况'),
    Pp('耕地地力保护补贴对象为拥有耕地承包权的种地农民，补贴依据为二轮承包耕地面积中实际种植面积。按照《岚澄省耕地地力保护补贴实施办法》，2024年我县补贴标准为每亩108.40元，资金通过“一卡通”直接发放到户。'),
    H(1, '二、资金安排和发放情况'),
    Pp(`省财政厅下达我县补贴资金${fws(xd)}万元（岚财农〔2024〕17号）。全县核定补贴面积${fmt(area, 1, true)}亩，较上年${fmt(area0, 1, true)}亩增加${fmt(da, 1, true)}亩，增长${q(da * 100n, area0, 2)}%；涉及农户${nf(hh)}户。`),
    Pp(`全年发放补贴资金${fy(amt)}元（${fws(amt)}万元，约${fyi(amt)}亿元），亩均补贴${q(amt, area * 10n, 2, true)}元，户均补贴${hj}元。结余资金${fy(jy)}元（${fw(jy)}万元），已按规定上缴省级财政。资金发放率${pct(amt, xd)}%。`),
    TB(rows, { title: '2024年耕地地力保护补贴分乡镇发放情况表', unit: '单位：亩、户、元' }),
    H(1, '三、政策绩效情况'),
    Pp('（一）产出情况。补贴面积核定准确，公示率100%，资金于2024年6月底前全部发放到户，未发现虚报冒领。'),
    Pp('（二）效益情况。全县耕地保有量保持稳定，粮食播种面积较上年增加0.32万亩，农户对补贴政策知晓率达到95%以上。'),
    H(1, '四、自评结论'),
    TB(st.rows, { title: '政策绩效自评得分表' }),
    Pp(`经自评，本政策2024年度绩效自评得分${fsc(st.total)}分，评价等级为“${grade(st.total)}”。`),
    H(1, '五、存在问题和改进措施'),
    Pp('一是个别乡镇面积核实工作滞后，影响发放进度；二是对撂荒地的动态监测手段不足。下一步将运用遥感影像开展面积核查，强化资金发放监管。'),
  ];
  return {
    file: 'za04-hengchuan-farmland-subsidy-policy.md', fmt: 'md', st: { bold: true, boldAll: true }, blocks,
    unit: '蘅川县农业农村局（县直部门）', rkind: '政策',
    mut: { at: '户均补贴', old: hj + '元', new: '1,346.77元', kind: 'per', place: '二、资金安排和发放情况 第2段', relation: '户均补贴=补贴资金/补贴农户数' },
    quiet: ['同一金额 元（角分）/万元/亿元 三种写法且四舍五入一致', '补贴表以元为单位，合计精确相加', '亩均补贴=补贴标准', '发放率=发放数/下达数（用元计算与用万元计算结果相同）'],
  };
});

// za05 专项资金 多县 —— 合计行不等于各县之和（工程处数）
R(() => {
  const cs = [
    ['苇塘县', '6218.40', '6105.28', '12.64', 42],
    ['雁屿县', '5436.75', '5436.75', '9.87', 35],
    ['蘅川县', '7802.16', '7900.90', '15.32', 57],
    ['霁北区', '4259.14', '4011.52', '6.05', 23],
  ];
  let xd = 0n, zc = 0n, rk = 0n, gc = 0n;
  const rows = [
    [{ t: '县（区）', rs: 2 }, { t: '资金情况（万元）', cs: 3 }, { t: '产出情况', cs: 2 }],
    ['下达资金', '实际支出', '执行率', '受益人口（万人）', '新建改造工程（处）'],
  ];
  for (const [n, a, b, p, g] of cs) {
    const A = W(a), B = W(b), P = parseDec(p, 2);
    xd += A; zc += B; rk += P; gc += BigInt(g);
    rows.push([n, fws(A), fws(B), pct(B, A) + '%', fmt(P, 2), String(g)]);
  }
  rows.push(['合计', fws(xd), fws(zc), pct(zc, xd) + '%', fmt(rk, 2), String(gc)]);
  const zy = W('14200.00'), sj = W('6800.00'), shi = xd - zy - sj;
  const hc = cs[2]; const hcOver = W(hc[2]) - W(hc[1]);
  const st = sumTable([['决策', 10, '10'], ['过程', 20, '18.6'], ['产出', 40, '38.2'], ['效益', 20, '18.5'], ['满意度', 10, '9.3']], { totalRow: true, totalLabel: '总分' });
  const blocks = [
    T('霁川市2024年度农村供水保障专项资金绩效自评报告'),
    Pp('霁川市水利局'),
    H(1, '一、专项资金基本情况'),
    Pp(`2024年全市共下达农村供水保障专项资金${fws(xd)}万元（约${fyi(xd)}亿元），其中中央资金${fws(zy)}万元、省级资金${fws(sj)}万元、市级资金${fws(shi)}万元，分配至苇塘县、雁屿县、蘅川县和霁北区，用于农村供水工程新建、改造和水质提升。`),
    H(1, '二、资金使用情况'),
    Pp(`截至2024年12月31日，各县（区）实际支出${fws(zc)}万元，总体执行率${pct(zc, xd)}%。其中蘅川县执行率超过100%，是因为该县统筹使用上年结转资金${fw(hcOver)}万元一并支出；霁北区执行率偏低，主要是2处工程年底完工尚未结算。`),
    TB(rows, { title: '2024年农村供水保障专项资金分县（区）使用情况表' }),
    H(1, '三、绩效目标完成情况'),
    Pp(`全年新建改造农村供水工程${gc}处，受益人口${fmt(rk, 2)}万人，人均投入${q(zc * 100n, rk * 1000000n, 2, true)}元（按实际支出计算）。农村自来水普及率由上年的91.2%提高到93.5%，提升2.3个百分点；规模化供水工程覆盖农村人口比例达到68%以上。`),
    Pp('水质方面，全年抽检农村集中供水工程水样1,260份，合格率96.40%，较上年提高1.8个百分点。'),
    TB(st.rows, { title: '专项资金绩效自评得分表' }),
    Pp(`综合评定，2024年度农村供水保障专项资金绩效自评得分${fsc(st.total)}分，评价等级为“${grade(st.total)}”。`),
    H(1, '四、存在的问题'),
    Pp('一是部分县（区）项目前期工作不扎实，开工较晚；二是小型供水工程管护经费保障不足。'),
    H(1, '五、改进建议'),
    Pp('一是提前做好项目储备；二是落实县级管护主体和经费，推行“以大带小”统一管护。'),
  ];
  return {
    file: 'za05-jichuan-rural-water-special-fund.md', fmt: 'md', st: { bold: false }, blocks,
    unit: '霁川市水利局（专项资金，4个县区）', rkind: '专项资金（分县）',
    mut: { tbl: 0, r: 3, c: 5, cell: '35', old: '35', new: '33', kind: 'sum', place: '分县（区）使用情况表 雁屿县行 工程处数', relation: '合计行工程处数=各县（区）之和' },
    quiet: ['执行率超过100%（蘅川县）并说明原因', '万元与亿元同一金额（23,716.45万元≈2.37亿元）', '两行表头合并单元格留下空格子', '提升2.3个百分点（百分点不是百分比）', '样本数1,260份与合格率不构成可核对关系'],
  };
});

// za06 幼儿园 项目 —— 单位错（元写成万元）
R(() => {
  const f = { tot: [W('60.00'), W('66.00'), W('65.92')], cz: [W('60.00'), W('66.00'), W('65.92')], jz: [0n, 0n, 0n], qt: [0n, 0n, 0n] };
  const yuan = Y('659,236.48'); assert(w100(yuan) === w100(f.tot[2]), 'yuan twin');
  assert(pct(yuan, f.tot[1]) === pct(f.tot[2], f.tot[1]), 'rate via yuan');
  const inds = [
    ind('产出指标', '数量指标', '保障在园幼儿人数', '≥400人', '412人', 15, ['ge', '400', '412']),
    ind('产出指标', '数量指标', '教职工业务培训次数', '≥4次', '4次', 10, ['ge', '4', '4']),
    ind('产出指标', '质量指标', '保教质量评估等级', '二级及以上', '二级', 10, null, { s: '10' }),
    ind('产出指标', '时效指标', '资金拨付及时率', '100%', '100%', 10, ['ge', '100', '100']),
    ind('产出指标', '成本指标', '保教运转成本', '≤66.00万元', fw(f.tot[2]) + '万元', 5, ['le', '66.00', fw(f.tot[2])]),
    ind('效益指标', '社会效益指标', '家庭经济困难幼儿资助人数', '≥36人', '36人', 15, ['ge', '36', '36']),
    ind('效益指标', '可持续影响指标', '幼儿园安全责任事故（负向）', '0起', '0起', 15, ['le', '0', '0']),
    ind('满意度指标', '服务对象满意度指标', '家长满意度', '≥95%', '97.20%', 10, ['ge', '95', '97.20']),
  ];
  const pt = projTable({ name: '普惠性学前教育保教运转补助项目', dept: '澜汀市鹭汀区教育局', unit: '鹭汀区启明幼儿园', funds: f, goalPlan: '保障在园幼儿400人以上正常保教，资助家庭经济困难幼儿36人，全年无安全责任事故。', goalDone: '保障在园幼儿412人，资助困难幼儿36人，组织业务培训4次，无安全责任事故。', inds, totalRow: true });
  const blocks = [
    T('鹭汀区启明幼儿园2024年度普惠性学前教育保教运转补助项目绩效自评报告'),
    H(1, '一、项目概况'),
    Pp('启明幼儿园是鹭汀区教育局举办的公办幼儿园，开设12个班，2024年末在园幼儿412人，教职工46人，师生比约1:9。普惠性学前教育保教运转补助项目用于弥补保教运转经费缺口和资助家庭经济困难幼儿。'),
    H(1, '二、项目资金情况'),
    Pp(`项目年初预算${fw(f.tot[0])}万元，9月秋季学期招生增加后追加${fw(f.tot[1] - f.tot[0])}万元，全年预算${fw(f.tot[1])}万元，全部为当年财政拨款。全年执行${fw(f.tot[2])}万元，执行率${pct(f.tot[2], f.tot[1])}%。`),
    Pp(`据财务账载，全年项目实际支出${fy(yuan)}元，主要用于保教人员劳务补助、教玩具和图书购置、困难幼儿保育费减免等。`),
    H(1, '三、绩效目标完成情况'),
    Pp('全年保障在园幼儿412人，资助家庭经济困难幼儿36人，开展教职工业务培训4次；区级保教质量评估保持二级；全年未发生安全责任事故；家长满意度调查回收问卷389份，满意度97.20%。'),
    H(1, '四、自评结果'),
    Pp('预算执行率得分按执行率乘以10分计算，保留两位小数。'),
    TB(pt.rows, { title: '项目支出绩效自评表', unit: '（资金单位：万元）' }),
    Pp(`本项目自评总分${fsc(pt.total)}分，评价等级为“${grade(pt.total)}”。`),
    H(1, '五、存在的问题及改进措施'),
    Pp('一是教玩具更新周期偏长；二是保教人员流动性较大。下一步将建立教玩具年度更新计划，完善保教人员激励办法。'),
  ];
  return {
    file: 'za06-luting-qiming-kindergarten-project.md', fmt: 'md', st: { bold: true, boldAll: false }, blocks,
    unit: '鹭汀区启明幼儿园（学校）', rkind: '项目支出',
    mut: { at: '据财务账载', old: fy(yuan) + '元', new: fy(yuan) + '万元', kind: 'unit', place: '二、项目资金情况 第2段', relation: '正文实际支出659,236.48元≈自评表全年执行数65.92万元' },
    quiet: ['同一金额元（角分）与万元并存且四舍五入一致', '师生比约1:9（约数）', '负向指标安全事故0起', '定性指标（评估等级）给满分'],
  };
});

// za07 民政局 部门整体 —— 占比
R(() => {
  const ry = W('702.36'), gy = W('176.41'), jb = ry + gy;
  const items = [['城乡最低生活保障', '2120.00', '2104.36'], ['特困人员救助供养', '490.00', '486.20'], ['临时救助', '150.00', '138.60'], ['残疾人两项补贴', '240.00', '234.24']];
  let ys = 0n, xm = 0n;
  const rows = [['项目名称', '全年预算数', '实际支出', '执行率', '备注']];
  for (const [n, a, b] of items) { const A = W(a), B = W(b); ys += A; xm += B; rows.push([n, fws(A), fws(B), pct(B, A) + '%', '']); }
  rows.push(['合计', fws(ys), fws(xm), pct(xm, ys) + '%', '']);
  const zc = jb + xm;
  const db = W(items[0][2]), dbr = 5862n;
  const inds = [
    ind('运行成本', '成本控制', '“三公”经费变动率', '≤0', '-8.30%', 5, null, { s: '5' }),
    ind('运行成本', '成本控制', '公用经费控制率', '≤100%', '96.80%', 5, ['le', '100', '96.80']),
    ind('管理效率', '预算管理', '预算执行率', '≥95%', pct(zc, ys + jb + W('12.40')) + '%', 10, ['ge', '95', pct(zc, ys + jb + W('12.40'))]),
    ind('管理效率', '预算管理', '结转结余率', '≤5%', '1.27%', 5, ['le', '5', '1.27']),
    ind('管理效率', '资产管理', '资产账实相符率', '100%', '100%', 5, ['ge', '100', '100']),
    ind('履职效能', '社会救助', '低保资金按时足额发放率', '100%', '100%', 10, ['ge', '100', '100']),
    ind('履职效能', '社会救助', '特困人员集中供养率', '≥40%', '42.60%', 10, ['ge', '40', '42.60']),
    ind('履职效能', '社会救助', '临时救助对象审核时限', '≤7个工作日', '5个工作日', 10, ['le', '7', '5']),
    ind('履职效能', '残疾人福利', '两项补贴精准发放率', '100%', '99.60%', 10, ['ge', '100', '99.60']),
    ind('社会效应', '社会效益', '困难群众兜底保障覆盖率', '100%', '100%', 10, ['ge', '100', '100']),
    ind('社会效应', '可持续影响', '救助信息系统动态更新', '按月更新', '按月更新', 5, null, { s: '5' }),
    ind('服务对象满意度', '满意度', '救助对象满意度', '≥90%', '94.10%', 15, ['ge', '90', '94.10']),
  ];
  const dt = deptTable(inds, { totalRow: true });
  const blocks = [
    T('棠梨县民政局2024年度部门整体支出绩效自评报告'),
    H(1, '一、部门概况'),
    Pp('棠梨县民政局负责全县社会救助、养老服务、儿童福利、残疾人福利、社会组织管理和区划地名等工作，内设办公室、社会救助股、养老服务股等5个股室，下属县社会福利院1个二级单位。'),
    H(1, '二、部门支出情况'),
    Pp(`2024年部门支出合计${fws(zc)}万元，其中基本支出${fw(jb)}万元（人员经费${fw(ry)}万元、公用经费${fw(gy)}万元），项目支出${fws(xm)}万元，项目支出占总支出的${pct(xm, zc)}%。`),
    Pp(`项目支出主要为社会救助类资金，具体见下表。其中城乡最低生活保障资金${fws(db)}万元，占项目支出的${pct(db, xm)}%；全年保障城乡低保对象${nf(dbr)}人，年人均补助${q(db, dbr * 100n, 2, true)}元。`),
    TB(rows, { title: '2024年项目支出明细表', unit: '金额单位：万元' }),
    Pp('临时救助支出低于预算，主要是下半年救助申请少于预期，结余资金已由县财政收回。'),
    H(1, '三、部门整体支出绩效自评情况'),
    Pp('本表按省定“运行成本、管理效率、履职效能、社会效应、服务对象满意度”五个维度打分；预算执行率按调整后预算（含基本支出预算及追加的福利院修缮资金12.40万元）计算。'),
    TB(dt.rows, { title: '部门整体支出绩效自评表' }),
    Pp(`本部门2024年度整体支出绩效自评得分${fsc(dt.total)}分，评价等级为“${grade(dt.total)}”。两项补贴精准发放率未达100%，系2名补贴对象死亡后未及时停发，已追回资金并按比例扣分。`),
    H(1, '四、问题与改进'),
    Pp('一是救助对象动态管理存在滞后；二是养老服务设施运营补贴绩效目标设置偏粗。下一步将与公安、卫健部门按月比对数据，细化补贴类项目绩效指标。'),
  ];
  return {
    file: 'za07-tangli-civil-affairs-dept.md', fmt: 'md', st: { bold: false }, blocks,
    unit: '棠梨县民政局（县直部门）', rkind: '部门整体支出',
    mut: { at: '项目支出占总支出的', old: pct(xm, zc) + '%', new: '71.13%', kind: 'share', place: '二、部门支出情况 第1段', relation: '项目支出占比=项目支出/支出合计' },
    quiet: ['两项补贴精准发放率99.60%按比例得分并说明原因', '执行率按调整后口径并说明口径', '表格备注列为空', '“三公”经费变动率为负值的定性打分'],
  };
});

// za08 乡镇 项目 —— 结转结余≠预算−执行
R(() => {
  const f = { tot: [W('200.00'), W('268.00'), W('241.56')], cz: [W('180.00'), W('248.00'), W('221.56')], jz: [W('20.00'), W('20.00'), W('20.00')], qt: [0n, 0n, 0n] };
  const jy = f.tot[1] - f.tot[2];
  const hh = 3126n;
  const inds = [
    ind('产出指标', '数量指标', '农村户厕改造户数', '≥600户', '612户', 10, ['ge', '600', '612']),
    ind('产出指标', '数量指标', '黑臭水体（沟渠）治理条数', '4条', '3条', 10, ['ge', '4', '3'], { dp: 1, why: '第4条沟渠因征地协调延期，按完成比例计分，计划2025年二季度完工' }),
    ind('产出指标', '质量指标', '改厕验收合格率', '≥95%', '98.20%', 10, ['ge', '95', '98.20']),
    ind('产出指标', '时效指标', '村庄保洁覆盖率', '100%', '100%', 10, ['ge', '100', '100']),
    ind('产出指标', '成本指标', '户厕改造户均成本', '≤1,800元', '1,760元', 10, ['le', '1800', '1760']),
    ind('效益指标', '社会效益指标', '生活垃圾无害化处理率', '≥90%', '93.60%', 15, ['ge', '90', '93.60']),
    ind('效益指标', '生态效益指标', '农村生活污水治理率', '≥40%', '36.00%', 15, ['ge', '40', '36'], { dp: 1, why: '2个自然村管网未接通，按比例计分' }),
    ind('满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '91.40%', 10, ['ge', '90', '91.40']),
  ];
  const pt = projTable({ name: '栾汀镇农村人居环境整治提升项目', dept: '杉泽县栾汀镇人民政府', unit: '杉泽县栾汀镇人民政府', funds: f, goalPlan: '完成户厕改造600户以上，治理黑臭沟渠4条，生活垃圾无害化处理率达到90%以上。', goalDone: '完成户厕改造612户，治理沟渠3条，垃圾无害化处理率93.60%。', inds, totalRow: true, totalNote: '' });
  const blocks = [
    T('杉泽县栾汀镇2024年度农村人居环境整治提升项目支出绩效自评报告'),
    H(1, '一、项目基本情况'),
    Pp('栾汀镇辖9个行政村，常住农户3,400余户。项目主要内容为农村户厕改造、黑臭沟渠治理、村庄保洁和生活垃圾收运处置。'),
    H(1, '二、项目资金使用情况'),
    H(2, '（一）资金安排'),
    Pp(`年初预算${fw(f.tot[0])}万元（含上年结转${fw(f.jz[0])}万元），年中县财政追加改厕奖补资金${fw(f.tot[1] - f.tot[0])}万元，全年预算${fw(f.tot[1])}万元。`),
    H(2, '（二）资金支出'),
    Pp(`全年实际支出${fw(f.tot[2])}万元，预算执行率为${pct(f.tot[2], f.tot[1])}%。项目覆盖受益农户${nf(hh)}户，户均投入${q(f.tot[2], hh * 100n, 2, true)}元。`),
    H(2, '（三）结转结余'),
    Pp(`年末项目结转结余${fw(jy)}万元，主要是第4条沟渠治理工程尚未完工结算，已按规定结转下年继续使用。`),
    H(1, '三、项目绩效目标完成情况'),
    Pp('全年完成农村户厕改造612户，验收合格率98.20%；完成3条黑臭沟渠治理；9个行政村保洁全覆盖，生活垃圾无害化处理率93.60%；农村生活污水治理率36.00%，未达到40%的目标。'),
    TB(pt.rows, { title: '项目支出绩效自评表' }),
    Pp(`经自评，项目得分${fsc(pt.total)}分，评价等级为“${grade(pt.total)}”。${GRADE_RULE}`),
    H(1, '四、存在的问题和改进措施'),
    Pp('项目前期征地协调耗时较长，影响了沟渠治理进度；部分农户对改厕后管护认识不足。下一步将提前开展前期工作，建立“村收集、镇转运、县处理”的长效管护机制。'),
  ];
  return {
    file: 'za08-shanze-luanting-village-environment-project.md', fmt: 'md', st: { bold: true, boldAll: false }, blocks,
    unit: '杉泽县栾汀镇人民政府（乡镇）', rkind: '项目支出',
    mut: { at: '年末项目结转结余', old: fw(jy) + '万元', new: '24.66万元', kind: 'balance', place: '二（三）结转结余', relation: '结转结余=全年预算数−全年执行数' },
    quiet: ['3,400余户（约数）与受益农户3,126户并存', '沟渠治理3/4按比例得7.5分并说明', '成本指标户均成本低于目标得满分', '标题混用 ## 与加粗行'],
  };
});

// ================================================================ txt
// za09 卫生院 部门整体 —— 单位错（万元写成元）
R(() => {
  const a = { cz: W('486.20'), sy: W('498.36'), qt: W('12.04'), ry: W('598.12'), gy: W('150.30'), xm: W('236.85') };
  const b = { cz: W('512.63'), sy: W('520.15'), qt: W('13.50'), ry: W('624.38'), gy: W('142.56'), xm: W('265.72') };
  for (const o of [a, b]) { o.sr = o.cz + o.sy + o.qt; o.jb = o.ry + o.gy; o.zc = o.jb + o.xm; }
  const rows = [['项目', '2023年决算数', '2024年决算数']];
  for (const [l, k] of [['收入合计', 'sr'], ['财政拨款收入', 'cz'], ['事业收入', 'sy'], ['其他收入', 'qt'], ['支出合计', 'zc'], ['基本支出', 'jb'], ['人员经费', 'ry'], ['公用经费', 'gy'], ['项目支出', 'xm']]) rows.push([l, fws(a[k]), fws(b[k])]);
  const y = yoy(b.sr, a.sr);
  const jd = W('0.86'), yc = W('2.30');
  const st = sumTable([['运行成本', 20, '18.5'], ['管理效率', 25, '23'], ['履职效能', 35, '32.4'], ['社会效应', 10, '9'], ['服务对象满意度', 10, '9.3']], { totalRow: true });
  const blocks = [
    T('雁屿县蓼湾镇卫生院2024年度部门整体支出绩效自评报告'),
    NOTE('发布时间：2025-04-02　来源：雁屿县卫生健康局'),
    BL(),
    H(1, '一、单位基本情况'),
    Pp('蓼湾镇卫生院是政府举办的公益一类事业单位，承担全镇基本医疗、基本公共卫生服务和对村卫生室的业务指导。核定编制32名，年末在职在编30人，人员控制率' + pct(30n, 32n) + '%。'),
    Pp('2024年完成门诊38,642人次、住院1,206人次，管理高血压患者2,318人、糖尿病患者876人。'),
    H(1, '二、部门收支情况'),
    H(2, '（一）收入情况', true),
    Pp(`2024年全院收入合计${fws(b.sr)}万元，较上年${y.zj}${y.amt}万元，${y.zz}${y.rate}%。财政拨款收入占收入合计的${pct(b.cz, b.sr)}%。`),
    Pp(`事业收入${fw(b.sy)}万元，主要为医疗服务收入和药品收入。`),
    H(2, '（二）支出情况'),
    Pp(`2024年支出合计${fws(b.zc)}万元，其中基本支出${fw(b.jb)}万元、项目支出${fw(b.xm)}万元。项目支出主要用于基本公共卫生服务、家庭医生签约服务和设备购置等。`),
    BL(),
    TB(rows, { title: '收支决算情况表', unit: '单位：万元' }),
    BL(),
    H(2, '（三）“三公”经费情况'),
    Pp(`2024年公务接待费${fw(jd)}万元，公务用车运行维护费${fw(yc)}万元，因公出国（境）费0万元，“三公”经费合计${fw(jd + yc)}万元。`),
    H(1, '三、绩效自评情况'),
    TB(st.rows, { title: '部门整体支出绩效自评得分表' }),
    Pp(`经自评，本单位得分${fsc(st.total)}分，评价等级为“${grade(st.total)}”。`),
    BL(),
    H(1, '四、存在问题及改进措施'),
    Pp('（一）存在问题。一是医疗设备老化，部分检查项目需转诊；二是村医队伍年龄偏大。'),
    Pp('（二）改进措施。一是争取设备更新资金；二是通过定向培养补充村医。'),
  ];
  return {
    file: 'za09-yanyu-liaowan-health-center-dept.txt', fmt: 'txt', st: { indentHeads: true }, blocks,
    unit: '雁屿县蓼湾镇卫生院（医院）', rkind: '部门整体支出',
    mut: { at: '事业收入' + fw(b.sy), old: fw(b.sy) + '万元', new: fw(b.sy) + '元', kind: 'unit', place: '二（一）收入情况 第2段', relation: '正文事业收入（万元）=收支决算情况表2024年事业收入' },
    quiet: ['收支表上年数与本年数并列', '发布时间、来源行中的日期', '网页复制的空行与全角缩进'],
  };
});

// za10 政策 学生资助 —— 等级与总分不符
R(() => {
  const it = [['学前教育幼儿资助', 1264, '126.40'], ['义务教育家庭经济困难寄宿生生活补助', 3826, '451.70'], ['普通高中国家助学金', 2140, '428.00'], ['中等职业教育国家助学金', 612, '122.40']];
  const rows = [['资助项目', '资助人次', '资助金额']];
  let n = 0n, m = 0n;
  for (const [a, b, c] of it) { n += BigInt(b); m += W(c); rows.push([a, nf(b), fw(W(c))]); }
  rows.push(['合计', nf(n), fws(m)]);
  const n0 = 7530n, dw = W('1140.00');
  const st = sumTable([['决策', 15, '13'], ['过程', 20, '17.5'], ['产出', 35, '31.6'], ['效益', 30, '25.5']], { totalRow: true });
  const g = grade(st.total);
  const blocks = [
    T('苇塘县2024年度学生资助政策绩效自评报告'),
    NOTE('苇塘县教育局'),
    BL(),
    H(1, '一、政策概况'),
    Pp('学生资助政策覆盖学前教育、义务教育、普通高中和中等职业教育各学段，资金来源包括中央资金、省级资金和县级配套资金等。县教育局学生资助管理中心负责资格审核和资金发放。'),
    H(1, '二、资金投入和使用情况'),
    Pp(`2024年各级财政下达学生资助资金${fws(dw)}万元，全年发放${fws(m)}万元，资金发放率为${pct(m, dw)}%，未发放资金系学生转学退回，已按规定收回。`),
    TB(rows, { title: '2024年学生资助发放情况表', unit: '单位：人次、万元' }),
    BL(),
    Pp(`全年资助学生${nf(n)}人次，较上年${nf(n0)}人次增加${n - n0}人次，增长${pct(n - n0, n0)}%。其中义务教育寄宿生生活补助按小学每生每年1,000元、初中每生每年1,250元标准发放。`),
    H(1, '三、政策绩效情况'),
    H(2, '（一）产出'),
    Pp('资助对象认定准确率100%，资金按学期足额发放，全年无一名学生因家庭经济困难失学辍学。'),
    H(2, '（二）效益'),
    Pp('义务教育巩固率保持在99%以上。但资助政策宣传覆盖面不足，部分家长对高中、中职资助政策了解不够，效益指标扣分较多。'),
    H(1, '四、自评得分'),
    TB(st.rows, { title: '政策绩效自评得分表' }),
    Pp(GRADE_RULE),
    Pp(`综合自评得分${fsc(st.total)}分，评价等级为“${g}”。`),
    H(1, '五、问题和建议'),
    Pp('一是家庭经济困难学生动态认定机制有待完善；二是资助育人功能发挥不够。建议加强部门数据比对，开展资助育人主题活动。'),
  ];
  return {
    file: 'za10-weitang-student-aid-policy.txt', fmt: 'txt', st: { indentHeads: false }, blocks,
    unit: '苇塘县教育局（县直部门）', rkind: '政策',
    mut: { at: '综合自评得分', old: `“${g}”`, new: '“优”', kind: 'grade', place: '四、自评得分 末段', relation: '评价等级由总分87.6分决定（80—90分为良好）' },
    quiet: ['资金来源“包括……等”', '两档资助标准并存（无法逐行核对人次×标准）', '发放率<100%并说明原因', '人次与金额单位混合的表头“单位：人次、万元”'],
  };
});

// za11 乡镇 部门整体 —— 三公经费分项与合计不符
R(() => {
  const cz = W('1298.76'), qt = W('27.72'), sr = cz + qt;
  const ry = W('702.18'), gy = W('124.60'), jb = ry + gy, xm = W('475.37'), zc = jb + xm;
  const S = { cg: [0n, 0n, 0n], yc: [W('10.88'), W('10.00'), W('9.73')], gz: [0n, 0n, 0n], jd: [W('4.74'), W('4.50'), W('2.74')] };
  S.ycall = S.yc.map((x, i) => x + S.gz[i]);
  S.tot = S.cg.map((x, i) => x + S.ycall[i] + S.jd[i]);
  const rows = [['项目', '2023年决算数', '2024年预算数', '2024年决算数']];
  rows.push(['合计', ...S.tot.map(fw)]);
  rows.push(['因公出国（境）费', ...S.cg.map(fw)]);
  rows.push(['公务用车购置及运行维护费', ...S.ycall.map(fw)]);
  rows.push(['其中：公务用车购置费', ...S.gz.map(fw)]);
  rows.push(['公务用车运行维护费', ...S.yc.map(fw)]);
  rows.push(['公务接待费', ...S.jd.map(fw)]);
  const y = yoy(S.tot[2], S.tot[0]);
  const st = sumTable([['运行成本', 20, '18'], ['管理效率', 25, '22.5'], ['履职效能', 35, '31.8'], ['社会效应', 10, '8.6'], ['服务对象满意度', 10, '8.9']], {});
  const blocks = [
    T('青篁县筠塘镇人民政府2024年度部门整体支出绩效自评报告'),
    BL(),
    H(1, '一、基本情况'),
    Pp('筠塘镇辖14个行政村、2个社区，镇政府内设7个办公室，核定编制58名，年末在职54人，离退休人员37人。'),
    H(1, '二、收支情况'),
    Pp(`（一）收入。2024年收入合计${fws(sr)}万元，其中财政拨款收入${fws(cz)}万元，其他收入${fw(qt)}万元。`),
    Pp(`（二）支出。2024年支出合计${fws(zc)}万元，其中基本支出${fw(jb)}万元（人员经费${fw(ry)}万元、公用经费${fw(gy)}万元），项目支出${fw(xm)}万元。`),
    Pp(`（三）“三公”经费。2024年“三公”经费决算${fw(S.tot[2])}万元，比预算减少${fw(S.tot[1] - S.tot[2])}万元，比上年${y.zj}${y.amt}万元，${y.zz}${y.rate}%。主要是严控公务接待，接待批次由上年的86批次减少到52批次。`),
    BL(),
    TB(rows, { title: '“三公”经费支出情况表', unit: '单位：万元' }),
    BL(),
    BL(),
    H(1, '三、绩效自评情况'),
    Pp('按照省定部门整体支出指标体系开展自评，各一级指标得分如下：'),
    TB(st.rows, {}),
    Pp(`以上合计，本单位2024年度部门整体支出绩效自评得分${fsc(st.total)}分，评价等级为“${grade(st.total)}”。履职效能方面，2个村集体经济项目收益未达预期，扣3.2分。`),
    H(1, '四、存在问题'),
    Pp('1.预算调整较频繁；2.部分项目绩效目标不够细化。'),
    H(1, '五、改进措施'),
    Pp('1.严格预算调整审批；2.完善项目绩效目标，做到可衡量、可考核。'),
  ];
  return {
    file: 'za11-qinghuang-yuntang-township-dept.txt', fmt: 'txt', st: { indentHeads: false }, blocks,
    unit: '青篁县筠塘镇人民政府（乡镇）', rkind: '部门整体支出',
    mut: { tbl: 0, r: 6, c: 3, cell: fw(S.jd[2]), old: fw(S.jd[2]), new: '2.47', kind: 'sangong', place: '“三公”经费支出情况表 公务接待费 2024年决算数', relation: '三公经费合计=因公出国（境）费+公务用车购置及运行维护费+公务接待费（2024年决算数列）' },
    quiet: ['得分表无合计行，总分只在正文', '公务用车费下“其中”两行嵌套', '比预算减少与比上年减少并列', '批次（86批次、52批次）不是金额'],
  };
});

// za12 水利局 项目 —— 分项执行率
R(() => {
  const f = { tot: [W('200.00'), W('224.00'), W('218.64')], cz: [W('200.00'), W('224.00'), W('218.64')], jz: [0n, 0n, 0n], qt: [0n, 0n, 0n] };
  const sub = [['①大坝安全鉴定', '36.00', '34.20'], ['②巡查管护员补助', '96.00', '96.00'], ['③维修养护', '92.00', '88.44']];
  assert(sum(sub.map((x) => W(x[1]))) === f.tot[1] && sum(sub.map((x) => W(x[2]))) === f.tot[2], 'sub sums');
  const wx = W('88.44');
  const inds = [
    ind('产出指标', '数量指标', '维修养护小型水库座数', '≥20座', '20座', 10, ['ge', '20', '20']),
    ind('产出指标', '数量指标', '完成大坝安全鉴定座数', '≥12座', '12座', 10, ['ge', '12', '12']),
    ind('产出指标', '质量指标', '维修养护工程验收合格率', '100%', '100%', 10, ['ge', '100', '100']),
    ind('产出指标', '时效指标', '汛前检查完成时间', '4月30日前', '按期完成', 10, null, { s: '10' }),
    ind('产出指标', '成本指标', '单座水库维修养护成本', '≤4.60万元', q(wx, 20n * 1000000n, 2) + '万元', 10, ['le', '4.60', q(wx, 20n * 1000000n, 2)]),
    ind('效益指标', '社会效益指标', '小型水库安全度汛率', '100%', '100%', 15, ['ge', '100', '100']),
    ind('效益指标', '可持续影响指标', '溃坝及人员伤亡事故', '0起', '0起', 15, ['le', '0', '0']),
    ind('满意度指标', '服务对象满意度指标', '受益群众满意度', '≥90%', '88.00%', 10, ['ge', '90', '88'], { why: '部分库区群众对灌溉放水时段安排有意见，按比例计分' }),
  ];
  const pt = projTable({ name: '小型水库安全运行管护项目', dept: '芷陂县水利局', unit: '芷陂县水利局', funds: f, goalPlan: '完成20座小型水库维修养护、12座大坝安全鉴定，落实48座水库巡查管护，确保安全度汛。', goalDone: '完成维修养护20座、安全鉴定12座，48座水库全部落实专职巡查员，全年安全度汛。', inds, totalRow: true });
  const blocks = [
    T('芷陂县水利局2024年度小型水库安全运行管护项目支出绩效自评报告'),
    BL(),
    H(1, '一、项目概况'),
    Pp('全县共有小型水库48座，其中小（1）型9座、小（2）型39座。项目依据《岚澄省小型水库管理体制改革实施意见》设立，用于水库安全鉴定、巡查管护和维修养护。'),
    H(1, '二、资金投入和使用情况'),
    Pp(`项目年初预算${fw(f.tot[0])}万元，年中追加大坝安全鉴定经费${fw(f.tot[1] - f.tot[0])}万元，全年预算${fw(f.tot[1])}万元，全年执行${fw(f.tot[2])}万元。分项执行情况如下：`),
    ...sub.map(([n, a, b]) => Pp(`${n}：预算${fw(W(a))}万元，支出${fw(W(b))}万元，执行率${pct(W(b), W(a))}%；`)),
    Pp(`巡查管护员按每座水库1名配备，共48名，人均补助${q(W(sub[1][2]), 48n * 1000000n, 2)}万元/年。`),
    BL(),
    H(1, '三、绩效目标实现情况'),
    H(2, '（一）产出'),
    Pp('1.数量：完成20座水库维修养护、12座大坝安全鉴定。'),
    Pp('2.质量：维修养护工程经县水利工程质量监督站验收，合格率100%。'),
    Pp('3.成本：单座水库维修养护成本控制在目标以内。'),
    H(2, '（二）效益'),
    Pp('全年48座小型水库安全度汛，未发生溃坝及人员伤亡事故。'),
    BL(),
    TB(pt.rows, { title: '项目支出绩效自评表', unit: '单位：万元' }),
    Pp(`自评得分${fsc(pt.total)}分，评价等级为“${grade(pt.total)}”。`),
    H(1, '四、问题及改进措施'),
    Pp('（1）部分水库管理房年久失修；（2）巡查员业务能力参差不齐。下一步将分批改造管理房，每年开展2次巡查员培训。'),
  ];
  return {
    file: 'za12-zhipi-small-reservoir-project.txt', fmt: 'txt', st: { indentHeads: false }, blocks,
    unit: '芷陂县水利局（县直部门）', rkind: '项目支出',
    mut: { at: '①大坝安全鉴定', old: '95.00%', new: '96.00%', kind: 'rate', place: '二、资金投入和使用情况 ①大坝安全鉴定', relation: '分项执行率=分项支出/分项预算（34.20/36.00）' },
    quiet: ['满意度88%按比例得分并说明原因', '成本指标（单座成本）低于目标得满分', '小（1）型、小（2）型中的数字是名称', '分项预算合计=全年预算，分项支出合计=全年执行'],
  };
});

// za13 妇幼保健院 项目 —— 人均（每人次）成本
R(() => {
  const f = { tot: [W('190.00'), W('190.00'), W('184.95')], cz: [W('190.00'), W('190.00'), W('184.95')], jz: [0n, 0n, 0n], qt: [0n, 0n, 0n] };
  const gj = 18420n, rx = 18420n, rc = gj + rx;
  const per = q(f.tot[2], rc * 100n, 2);
  const inds = [
    ind('产出指标', '数量指标', '宫颈癌筛查人数', '≥18,000人', nf(gj) + '人', 10, ['ge', '18000', String(gj)]),
    ind('产出指标', '数量指标', '乳腺癌筛查人数', '≥18,000人', nf(rx) + '人', 10, ['ge', '18000', String(rx)]),
    ind('产出指标', '质量指标', '阳性病例随访率', '≥95%', '96.80%', 10, ['ge', '95', '96.80']),
    ind('产出指标', '质量指标', '早诊率', '≥90%', '88.50%', 10, ['ge', '90', '88.50'], { why: '部分乡镇首次开展筛查，早期病例发现偏少，按比例计分' }),
    ind('产出指标', '时效指标', '筛查任务完成时间', '2024年11月底前', '按期完成', 10, null, { s: '10' }),
    ind('效益指标', '社会效益指标', '适龄妇女筛查覆盖率', '≥60%', '63.20%', 15, ['ge', '60', '63.20']),
    ind('效益指标', '社会效益指标', '项目知晓率', '≥85%', '90.10%', 15, ['ge', '85', '90.10']),
    ind('满意度指标', '服务对象满意度指标', '受检妇女满意度', '≥90%', '96.30%', 10, ['ge', '90', '96.30']),
  ];
  const pt = projTable({ name: '农村妇女“两癌”免费筛查项目', dept: '棠梨县卫生健康局', unit: '棠梨县妇幼保健院', funds: f, goalPlan: '为全县35—64岁农村妇女开展宫颈癌、乳腺癌免费筛查各18,000人以上，阳性病例随访率95%以上。', goalDone: '完成宫颈癌筛查18,420人、乳腺癌筛查18,420人，阳性病例随访率96.80%。', inds, totalRow: true });
  const blocks = [
    T('棠梨县妇幼保健院2024年度农村妇女“两癌”免费筛查项目绩效自评报告'),
    H(1, '一、项目基本情况'),
    Pp('“两癌”筛查项目是省级重大公共卫生服务项目，由县妇幼保健院牵头，各乡镇卫生院配合实施，筛查对象为全县35—64岁农村适龄妇女。'),
    BL(),
    H(1, '二、项目资金管理和使用情况'),
    Pp(`2024年项目预算${fw(f.tot[1])}万元，全部为当年财政拨款，全年支出${fw(f.tot[2])}万元，预算执行率${pct(f.tot[2], f.tot[1])}%。资金主要用于检查试剂、病理检测、乳腺彩超和筛查人员劳务补助。`),
    H(1, '三、项目绩效情况'),
    H(2, '（一）完成情况'),
    Pp(`全年完成宫颈癌筛查${nf(gj)}人、乳腺癌筛查${nf(rx)}人，合计${nf(rc)}人次，每人次筛查成本${per}元，低于省定补助标准。`),
    Pp('检出宫颈癌前病变及宫颈癌42例、乳腺癌11例，均已转诊治疗。'),
    H(2, '（二）偏差说明'),
    Pp('早诊率88.50%，未达到90%的目标，主要是2个乡镇首次开展筛查，按完成比例计分。'),
    BL(),
    TB(pt.rows, { title: '项目支出绩效自评表' }),
    Pp(`本项目自评得分${fsc(pt.total)}分，评价等级为“${grade(pt.total)}”。`),
    H(1, '四、存在问题及改进措施'),
    Pp('一是基层取样人员技术水平不一；二是偏远村组动员难度大。下一步将开展取样技术培训，联合妇联做好宣传动员。'),
  ];
  return {
    file: 'za13-tangli-mch-cancer-screening-project.txt', fmt: 'txt', st: { indentHeads: true }, blocks,
    unit: '棠梨县妇幼保健院（医院）', rkind: '项目支出',
    mut: { at: '每人次筛查成本', old: per + '元', new: '50.02元', kind: 'per', place: '三（一）完成情况 第1段', relation: '每人次筛查成本=全年支出/筛查人次（1,849,500元/36,840）' },
    quiet: ['早诊率88.50%按比例得分并说明', '35—64岁中的数字是年龄', '42例、11例病例数不构成合计关系'],
  };
});

// za14 中职学校 部门整体 —— 同比减少额
R(() => {
  const ry = W('1684.52'), gy = W('312.48'), jb = ry + gy, xm = W('846.30'), zc = jb + xm;
  const ry0 = W('1602.35'), gy0 = W('338.88');
  const cz = W('2716.40'), sy = W('118.60'), qt = W('21.30'), sr = cz + sy + qt;
  const nc = W('35.20'), nm = nc + sr - zc;
  const stu = 2316n;
  const y1 = yoy(ry, ry0), y2 = yoy(gy, gy0);
  const rows = [['项目', '金额'], ['一、本年收入合计', fws(sr)], ['（一）财政拨款收入', fws(cz)], ['（二）事业收入', fw(sy)], ['（三）其他收入', fw(qt)], ['二、本年支出合计', fws(zc)], ['（一）基本支出', fws(jb)], ['1.人员经费', fws(ry)], ['2.公用经费', fw(gy)], ['（二）项目支出', fw(xm)], ['三、年初结转结余', fw(nc)], ['四、年末结转结余', fw(nm)]];
  const st = sumTable([['运行成本', 20, '18.6'], ['管理效率', 25, '23.2'], ['履职效能', 35, '32.5'], ['社会效应', 10, '9.2'], ['服务对象满意度', 10, '9.1']], { totalRow: true, totalLabel: '合计' });
  const blocks = [
    T('杉泽县职业中等专业学校2024年度部门整体支出绩效自评报告'),
    BL(),
    H(1, '一、部门（单位）基本情况'),
    Pp(`学校开设机电技术应用、现代农艺技术、电子商务等8个专业，2024年秋季在校生${nf(stu)}人，教职工168人。`),
    H(1, '二、一般公共预算支出情况'),
    TB(rows, { title: '2024年收支决算简表', unit: '单位：万元' }),
    BL(),
    Pp(`1.人员经费${fws(ry)}万元（上年${fws(ry0)}万元），较上年${y1.zj}${y1.amt}万元，${y1.zz}${y1.rate}%，主要是教师绩效工资调整。`),
    Pp(`2.公用经费${fw(gy)}万元（上年${fw(gy0)}万元），较上年${y2.zj}${y2.amt}万元，${y2.zz}${y2.rate}%，主要是压减一般性支出。生均公用经费${q(gy, stu * 100n, 2, true)}元。`),
    Pp('3.项目支出主要包括中职免学费补助、国家助学金、实训基地建设和“双师型”教师培训等。'),
    Pp('4.“三公”经费支出4.52万元，其中公务接待费1.12万元、公务用车运行维护费3.40万元，未安排因公出国（境）费。'),
    BL(),
    H(1, '三、部门整体支出绩效情况'),
    TB(st.rows, { title: '部门整体支出绩效自评得分汇总' }),
    Pp(`学校自评得分${fsc(st.total)}分，评价等级为“${grade(st.total)}”。`),
    H(1, '四、存在问题和改进措施'),
    Pp('（一）实训设备更新滞后于专业发展；（二）校企合作深度不够。下一步将统筹中央现代职业教育质量提升计划资金更新实训设备，深化产教融合。'),
  ];
  return {
    file: 'za14-shanze-vocational-school-dept.txt', fmt: 'txt', st: { indentHeads: false }, blocks,
    unit: '杉泽县职业中等专业学校（学校）', rkind: '部门整体支出',
    mut: { at: '2.公用经费', old: `${y2.zj}${y2.amt}万元`, new: '减少24.60万元', kind: 'yoy', place: '二、一般公共预算支出情况 2.公用经费', relation: '公用经费较上年减少额=上年338.88−本年312.48' },
    quiet: ['上年数括注在本年数旁', '“包括……等”不完整列举', '年初结转+收入−支出=年末结转（收支简表内）', '三公经费未安排出国费'],
  };
});

// za15 政策 计生家庭扶助 —— 分乡镇表合计行（特别扶助人数）
R(() => {
  const tw = [['蓼湾镇', 1286, 21, 17], ['鹊岭镇', 964, 15, 12], ['橘浦乡', 1102, 18, 16], ['澹溪镇', 827, 10, 11], ['蓬渚乡', 658, 9, 7]];
  const jl = Y('960'), sc_ = Y('5640'), sw = Y('7080');
  let A = 0n, X = 0n, Z = 0n, M = 0n;
  const rows = [['乡镇', '奖励扶助（人）', '特别扶助（人）', '发放金额（元）']];
  for (const [n, a, x, z] of tw) {
    const m = BigInt(a) * jl + BigInt(x) * sc_ + BigInt(z) * sw;
    A += BigInt(a); X += BigInt(x); Z += BigInt(z); M += m;
    rows.push([n, nf(a), String(x + z), fmt(m / 100n, 0, true)]);
  }
  rows.push(['合计', nf(A), String(X + Z), fmt(M / 100n, 0, true)]);
  const mj = A * jl, mt = X * sc_ + Z * sw;
  const inds = [
    ind('产出指标', '数量指标', '奖励扶助对象人数', '≥4,800人', nf(A) + '人', 15, ['ge', '4800', String(A)]),
    ind('产出指标', '数量指标', '特别扶助对象人数', '≥130人', String(X + Z) + '人', 10, ['ge', '130', String(X + Z)]),
    ind('产出指标', '质量指标', '扶助对象资格确认准确率', '100%', '100%', 10, ['ge', '100', '100']),
    ind('产出指标', '时效指标', '扶助金发放时间', '6月底前', '6月20日', 10, null, { s: '10' }),
    ind('产出指标', '成本指标', '冒领错发金额', '0元', '0元', 5, ['le', '0', '0']),
    ind('效益指标', '社会效益指标', '扶助对象生活水平改善', '有所改善', '有所改善', 15, null, { s: '14' }),
    ind('效益指标', '可持续影响指标', '扶助政策知晓率', '≥90%', '92.50%', 15, ['ge', '90', '92.50']),
    ind('满意度指标', '服务对象满意度指标', '扶助对象满意度', '≥95%', '97.10%', 20, ['ge', '95', '97.10']),
  ];
  const dt = deptTable(inds, { totalRow: true, totalLabel: '总分' });
  const blocks = [
    T('雁屿县2024年度计划生育家庭奖励扶助政策绩效自评报告'),
    NOTE('雁屿县卫生健康局　2025年4月'),
    BL(),
    H(1, '一、政策基本情况'),
    Pp('计划生育家庭奖励扶助政策包括农村部分计划生育家庭奖励扶助（以下简称“奖励扶助”）和计划生育家庭特别扶助（以下简称“特别扶助”）。按照岚澄省现行标准，奖励扶助每人每年960元，特别扶助伤残家庭每人每年5,640元、死亡家庭每人每年7,080元。'),
    H(1, '二、资金发放情况'),
    Pp(`2024年全县确认奖励扶助对象${nf(A)}人，发放奖励扶助金${fy(mj)}元；确认特别扶助对象${X + Z}人（伤残家庭${X}人、死亡家庭${Z}人），发放特别扶助金${fy(mt)}元。两项合计发放${fy(M)}元（${fw(M)}万元）。`),
    BL(),
    TB(rows, { title: '2024年分乡镇扶助金发放情况', unit: '单位：人、元' }),
    BL(),
    Pp('扶助金通过“一卡通”于6月20日前一次性发放到人，全年无冒领错发。'),
    H(1, '三、政策绩效自评'),
    TB(dt.rows, { title: '政策绩效自评表' }),
    Pp(`本政策自评总分${fsc(dt.total)}分，评价等级为“${grade(dt.total)}”。“扶助对象生活水平改善”为定性指标，因缺少量化监测数据，酌情扣1分。`),
    H(1, '四、存在问题及建议'),
    Pp('一是扶助标准多年未调整，激励作用减弱；二是死亡、迁出等信息与公安部门比对不够及时。建议建立扶助标准动态调整机制，按季度开展数据比对。'),
  ];
  return {
    file: 'za15-yanyu-family-planning-aid-policy.txt', fmt: 'txt', st: { indentHeads: false }, blocks,
    unit: '雁屿县卫生健康局（县直部门）', rkind: '政策',
    mut: { tbl: 0, r: 2, c: 2, cell: '27', old: '27', new: '29', kind: 'sum', place: '分乡镇扶助金发放情况表 鹊岭镇 特别扶助人数', relation: '合计行特别扶助人数=各乡镇之和' },
    quiet: ['元与万元同一金额（5,501,280.00元≈550.13万元）', '三档标准并存，分乡镇金额无法逐行用人数×标准核对', '定性指标酌情扣1分并说明', '6月20日是日期不是数字指标'],
  };
});

// za16 小学 项目 —— 指标得分与计分规则不符（实际完成值改动）
R(() => {
  const f = { tot: [W('120.00'), W('126.00'), W('123.68')], cz: [W('120.00'), W('126.00'), W('123.68')], jz: [0n, 0n, 0n], qt: [0n, 0n, 0n] };
  const inds = [
    ind('产出指标', '数量指标', '受益学生人数', '≥1,250人', '1,262人', 10, ['ge', '1250', '1262']),
    ind('产出指标', '数量指标', '营养餐供餐天数', '≥200天', '196天', 10, ['ge', '200', '196'], { dp: 1, why: '冬季极端天气停课，实际供餐天数未达目标，按比例计分' }),
    ind('产出指标', '质量指标', '食品安全事故（负向）', '0起', '0起', 10, ['le', '0', '0']),
    ind('产出指标', '质量指标', '食材验收合格率', '100%', '100%', 10, ['ge', '100', '100']),
    ind('产出指标', '时效指标', '资金拨付及时率', '100%', '100%', 10, ['ge', '100', '100']),
    ind('效益指标', '社会效益指标', '学生体质健康达标率', '≥92%', '93.40%', 15, ['ge', '92', '93.40']),
    ind('效益指标', '可持续影响指标', '学生营养知识知晓率', '≥85%', '88.60%', 15, ['ge', '85', '88.60']),
    ind('满意度指标', '服务对象满意度指标', '学生及家长满意度', '≥90%', '95.10%', 10, ['ge', '90', '95.10']),
  ];
  const pt = projTable({ name: '农村义务教育学生营养改善计划', dept: '芷陂县教育局', unit: '芷陂县实验小学', funds: f, goalPlan: '为全校1,250名以上学生提供营养膳食补助，全年供餐200天以上，确保食品安全。', goalDone: '惠及学生1,262人，全年无食品安全事故，学生体质健康达标率93.40%。', inds, totalRow: true });
  const blocks = [
    T('芷陂县实验小学2024年度农村义务教育学生营养改善计划项目绩效自评报告'),
    BL(),
    H(1, '一、项目概况'),
    Pp('学校为芷陂县农村义务教育学生营养改善计划实施学校，采取学校食堂供餐模式，按每生每天5元标准提供营养膳食补助。2024年春季学期受益学生1,248人、秋季学期1,262人。'),
    H(1, '二、资金使用情况'),
    Pp(`年初预算${fw(f.tot[0])}万元，秋季学期学生增加追加${fw(f.tot[1] - f.tot[0])}万元，全年预算${fw(f.tot[1])}万元；全年支出${fw(f.tot[2])}万元，执行率${pct(f.tot[2], f.tot[1])}%。资金全部用于购买食材，未用于人员工资和食堂运转。`),
    BL(),
    H(1, '三、绩效目标完成情况'),
    Pp('（一）食材统一由县教育局招标确定的供应商配送，学校实行食材验收、留样、陪餐制度，验收合格率100%，全年未发生食品安全事故。'),
    Pp('（二）2024年学生体质健康达标率93.40%，较上年提高1.6个百分点。'),
    BL(),
    TB(pt.rows, { title: '项目支出绩效自评表（2024年度）', unit: '单位：万元' }),
    BL(),
    Pp(`项目自评得分${fsc(pt.total)}分，评价等级为“${grade(pt.total)}”。`),
    H(1, '四、问题与措施'),
    Pp('一是食堂从业人员培训不足；二是营养食谱更新不够及时。下一步将每学期组织从业人员培训，邀请营养师按季节更新食谱。'),
  ];
  return {
    file: 'za16-zhipi-experimental-school-nutrition-project.txt', fmt: 'txt', st: { indentHeads: false }, blocks,
    unit: '芷陂县实验小学（学校）', rkind: '项目支出',
    mut: { tbl: 0, r: 11, c: 2, cell: '196天', old: '196', new: '198', kind: 'indicator', place: '自评表 营养餐供餐天数 实际完成值', relation: '部分完成指标得分=分值×实际/目标（10×196/200=9.8）' },
    quiet: ['两个学期学生数不同，不能用人数×天数×5元核对支出', '供餐天数196/200按比例得9.8分并说明', '提高1.6个百分点', '负向指标食品安全事故0起'],
  };
});

// ================================================================ docx
// 部门整体：收支决算表（上年/本年两列）
function szTable(a, b, o = {}) {
  const rows = [['项目', o.c1 || '2023年决算数', o.c2 || '2024年决算数']];
  const lines = [['收入合计', 'sr'], ['财政拨款收入', 'cz']];
  if (o.sy) lines.push(['事业收入', 'sy']);
  lines.push(['其他收入', 'qt'], ['支出合计', 'zc'], ['基本支出', 'jb'], ['其中：人员经费', 'ry'], ['公用经费', 'gy'], ['项目支出', 'xm']);
  if (o.jz) lines.push(['年初结转结余', 'nc'], ['年末结转结余', 'nm']);
  for (const [l, k] of lines) rows.push([l, fws(a[k]), fws(b[k])]);
  return rows;
}
function fillDept(o, jz) {
  o.sy = o.sy || 0n; o.sr = o.cz + o.sy + o.qt; o.jb = o.ry + o.gy; o.zc = o.jb + o.xm;
  if (jz) o.nm = o.nc + o.sr - o.zc;
  return o;
}
// 三公经费表：上年决算 本年预算 本年决算
function sgTable(S, o = {}) {
  const rows = [['项目', '2023年决算数', '2024年预算数', '2024年决算数']];
  S.tot = [0, 1, 2].map((i) => S.cg[i] + S.yc[i] + S.jd[i]);
  rows.push(['合计', ...S.tot.map(fw)]);
  rows.push(['因公出国（境）费', ...S.cg.map(fw)]);
  rows.push([o.ycName || '公务用车购置及运行费', ...S.yc.map(fw)]);
  rows.push(['公务接待费', ...S.jd.map(fw)]);
  return rows;
}

// za17 医院 项目 —— 分行执行率（当年财政拨款）
R(() => {
  const f = { tot: [W('300.00'), W('360.00'), W('349.27')], cz: [W('280.00'), W('340.00'), W('329.27')], jz: [W('20.00'), W('20.00'), W('20.00')], qt: [0n, 0n, 0n] };
  const inds = [
    ind('产出指标', '数量指标', '接入医共体成员单位数', '≥18家', '18家', 10, ['ge', '18', '18']),
    ind('产出指标', '数量指标', '远程会诊例数', '≥1,200例', '1,356例', 10, ['ge', '1200', '1356']),
    ind('产出指标', '质量指标', '电子病历系统应用水平', '≥4级', '4级', 10, ['ge', '4', '4']),
    ind('产出指标', '质量指标', '系统年故障停机时长（负向）', '≤24小时', '6.5小时', 10, ['le', '24', '6.5']),
    ind('产出指标', '时效指标', '项目验收时间', '2024年11月底前', '2024年12月中旬', 10, null, { s: '9', why: '核心机房设备到货延迟，验收推迟约半个月，酌情扣1分' }),
    ind('效益指标', '社会效益指标', '县域内基层首诊率', '≥60%', '62.40%', 15, ['ge', '60', '62.40']),
    ind('效益指标', '可持续影响指标', '检查检验结果互认机构数', '≥15家', '16家', 15, ['ge', '15', '16']),
    ind('满意度指标', '服务对象满意度指标', '患者满意度', '≥90%', '91.80%', 10, ['ge', '90', '91.80']),
  ];
  const pt = projTable({ name: '县域医共体信息化建设项目', dept: '苇塘县卫生健康局', unit: '苇塘县人民医院', funds: f, subRate: true, goalPlan: '建成县域医共体一体化信息平台，接入18家成员单位，实现远程会诊、检查检验结果互认。', goalDone: '平台于2024年12月中旬通过验收，接入成员单位18家，完成远程会诊1,356例。', inds, totalRow: true });
  const blocks = [
    T('苇塘县人民医院2024年度县域医共体信息化建设项目支出绩效自评报告'),
    H(1, '一、项目基本情况'),
    Pp('苇塘县人民医院是县域医共体牵头医院。县域医共体信息化建设项目总投资按三年安排，2024年为第二年，主要建设一体化信息平台、远程会诊中心和检查检验结果互认系统。'),
    H(1, '二、项目资金情况'),
    Pp(`2024年项目年初预算${fw(f.tot[0])}万元，全年预算${fw(f.tot[1])}万元，其中当年财政拨款${fw(f.cz[1])}万元、上年结转资金${fw(f.jz[1])}万元。全年执行${fw(f.tot[2])}万元，预算执行率${pct(f.tot[2], f.tot[1])}%，未执行部分为质保金，按合同于验收满一年后支付。`),
    H(1, '三、项目绩效目标完成情况'),
    Pp('（一）产出。平台接入县人民医院、县中医医院和16家乡镇卫生院，共18家成员单位；全年完成远程会诊1,356例；电子病历系统应用水平通过4级评审；系统年故障停机时长6.5小时。'),
    Pp('（二）效益。县域内基层首诊率62.40%，16家机构实现检查检验结果互认，患者重复检查明显减少。'),
    Pp('（三）满意度。患者满意度91.80%。'),
    H(1, '四、自评结论'),
    Pp('预算执行率得分＝执行率×10分（保留两位小数），其余指标完成即得满分，未完成的按比例或酌情扣分并在表中说明。'),
    TB(pt.rows, { title: '项目支出绩效自评表', unit: '（2024年度）' }),
    Pp(`项目自评得分${fsc(pt.total)}分，评价等级为“${grade(pt.total)}”。`),
    H(1, '五、存在的问题和改进措施'),
    Pp('一是部分乡镇卫生院网络带宽不足；二是信息科技术人员短缺。下一步将协调运营商扩容专线，通过公开招聘补充信息技术人员。'),
  ];
  return {
    file: 'za17-weitang-people-hospital-it-project.docx', fmt: 'docx', blocks,
    unit: '苇塘县人民医院（医院）', rkind: '项目支出',
    mut: { tbl: 0, r: 4, c: 5, cell: pct(f.cz[2], f.cz[1]) + '%', old: pct(f.cz[2], f.cz[1]), new: '98.64', kind: 'rate', place: '自评表 其中：当年财政拨款 行 执行率', relation: '当年财政拨款执行率=全年执行数/全年预算数（329.27/340.00）' },
    quiet: ['分资金来源行各有执行率', '定性时效指标酌情扣1分并说明', '负向指标故障时长6.5小时≤24小时', '执行率<100%并说明（质保金）'],
  };
});

// za18 农业农村局 部门整体 —— 正文≠表（公用经费）
R(() => {
  const a = fillDept({ cz: W('5410.25'), qt: W('48.30'), ry: W('1206.34'), gy: W('175.92'), xm: W('4108.77'), nc: W('244.88') }, true);
  const b = fillDept({ cz: W('5796.18'), qt: W('66.56'), ry: W('1258.61'), gy: W('168.24'), xm: W('4474.51'), nc: a.nm }, true);
  assert(fw(b.nc) === '212.40', 'carry');
  const S = { cg: [0n, 0n, 0n], yc: [W('12.60'), W('11.80'), W('11.36')], jd: [W('3.42'), W('3.20'), W('2.18')] };
  const sg = sgTable(S);
  const y = yoy(S.tot[2], S.tot[0]);
  const qtys = W('50.00');
  const inds = [
    ind('运行成本', '经济成本', '“三公”经费控制率', '≤100%', pct(S.tot[2], S.tot[1]) + '%', 5, ['le', '100', pct(S.tot[2], S.tot[1])]),
    ind('运行成本', '经济成本', '公用经费控制率', '≤100%', '97.30%', 5, ['le', '100', '97.30']),
    ind('运行成本', '效率', '政府采购执行率', '100%', '100%', 5, ['ge', '100', '100']),
    ind('管理效率', '预算管理', '预算执行率', '≥95%', '96.58%', 10, ['ge', '95', '96.58']),
    ind('管理效率', '预算管理', '结转结余变动率', '≤0', '-18.18%', 5, ['le', '0', '-18.18']),
    ind('管理效率', '制度管理', '内控制度健全性', '健全', '健全', 5, null, { s: '5' }),
    ind('履职效能', '重点工作', '粮食播种面积', '≥52万亩', '52.6万亩', 10, ['ge', '52', '52.6']),
    ind('履职效能', '重点工作', '高标准农田建设面积', '≥2.5万亩', '2.5万亩', 10, ['ge', '2.5', '2.5']),
    ind('履职效能', '重点工作', '动物重大疫病免疫密度', '≥90%', '93.70%', 10, ['ge', '90', '93.70']),
    ind('履职效能', '重点工作', '农产品质量安全抽检合格率', '≥98%', '98.60%', 5, ['ge', '98', '98.60']),
    ind('社会效应', '经济效益', '农村居民人均可支配收入增长率', '≥6.5%', '6.10%', 10, ['ge', '6.5', '6.10'], { dp: 1 }),
    ind('社会效应', '可持续影响', '耕地保有量', '不减少', '未减少', 10, null, { s: '10' }),
    ind('服务对象满意度', '满意度', '服务对象满意度', '≥90%', '93.00%', 10, ['ge', '90', '93']),
  ];
  const dt = deptTable(inds, { totalRow: true });
  const blocks = [
    T('蘅川县农业农村局2024年度部门整体支出绩效自评报告'),
    H(1, '一、部门基本情况'),
    Pp('蘅川县农业农村局为县政府工作部门，内设办公室、计划财务股、种植业管理股、畜牧兽医股、农村合作经济指导股等9个股室，下属县农业技术推广中心、县动物疫病预防控制中心等5个事业单位。年末编制数126名，在职人员119人，退休人员88人。'),
    H(1, '二、部门收支情况'),
    H(2, '（一）收入情况'),
    Pp(`2024年收入合计${fws(b.sr)}万元，较上年${fws(a.sr)}万元有所增加。其中财政拨款收入${fws(b.cz)}万元；其他收入${fw(b.qt)}万元，年初预计${fw(qtys)}万元，完成预算的${pct(b.qt, qtys)}%，超收主要是收到省级农业技术推广项目协作经费。`),
    H(2, '（二）支出情况'),
    Pp(`2024年支出合计${fws(b.zc)}万元（约${fyi(b.zc)}亿元），其中基本支出${fws(b.jb)}万元、项目支出${fws(b.xm)}万元。项目支出主要包括耕地地力保护补贴、高标准农田建设、动物防疫等。`),
    Pp(`公用经费${fw(b.gy)}万元，主要用于办公费、水电费、差旅费、维修费等机关日常运转支出。`),
    TB(szTable(a, b, { jz: true }), { title: '部门收支决算表', unit: '单位：万元' }),
    H(2, '（三）“三公”经费情况'),
    Pp(`2024年“三公”经费决算${fw(S.tot[2])}万元，较上年${y.zj}${y.amt}万元，${y.zz}${y.rate}%，控制在年初预算${fw(S.tot[1])}万元以内。本部门未安排因公出国（境）费。`),
    TB(sg, { title: '“三公”经费支出表', unit: '单位：万元' }),
    H(1, '三、部门整体支出绩效情况'),
    Pp('预算执行率按剔除年底收回的财政资金后的调整口径计算；部分完成指标按比例计分。'),
    TB(dt.rows, { title: '部门整体支出绩效自评表' }),
    Pp(`经自评，本部门2024年度整体支出绩效得分${fsc(dt.total)}分，评价等级为“${grade(dt.total)}”。农村居民人均可支配收入增长率6.10%，低于6.5%的目标，按比例计9.4分。`),
    H(1, '四、存在问题及改进措施'),
    Pp('一是项目资金下达较晚，年底支出集中；二是部分项目绩效目标偏重产出、效益指标不够具体。下一步将提前做好项目储备，完善效益类指标。'),
  ];
  return {
    file: 'za18-hengchuan-agriculture-bureau-dept.docx', fmt: 'docx', blocks,
    unit: '蘅川县农业农村局（县直部门）', rkind: '部门整体支出',
    mut: { at: '主要用于办公费', old: fw(b.gy) + '万元', new: '186.24万元', kind: 'prose-table', place: '二（二）支出情况 第2段', relation: '正文公用经费=部门收支决算表2024年公用经费' },
    quiet: ['其他收入完成预算的133.12%（超100%并说明）', '万元与亿元同一金额', '上年年末结转结余=本年年初结转结余', '预算执行率按调整口径陈述（不可由文中数字复算）', '增长率6.10%按比例得9.4分'],
  };
});

// za19 乡镇 部门整体 —— 项目支出结余≠预算−支出
R(() => {
  const a = fillDept({ cz: W('1142.30'), qt: W('15.60'), ry: W('741.26'), gy: W('128.34'), xm: W('281.50') });
  const b = fillDept({ cz: W('1186.54'), qt: W('18.30'), ry: W('768.42'), gy: W('121.86'), xm: W('296.72') });
  const jbys = W('892.20'), xmys = W('318.40'), qn = jbys + xmys;
  const xjy = xmys - b.xm;
  const S = { cg: [0n, 0n, 0n], yc: [W('7.40'), W('7.00'), W('6.85')], jd: [W('2.88'), W('2.50'), W('2.06')] };
  const sg = sgTable(S);
  const inds = [
    ind('运行成本', '成本控制', '“三公”经费控制率', '≤100%', pct(S.tot[2], S.tot[1]) + '%', 5, ['le', '100', pct(S.tot[2], S.tot[1])]),
    ind('运行成本', '成本控制', '人员经费增长控制', '≤5%', pct(b.ry - a.ry, a.ry) + '%', 5, ['le', '5', pct(b.ry - a.ry, a.ry)]),
    ind('管理效率', '预算管理', '预算执行率', '≥95%', pct(b.zc, qn) + '%', 10, ['ge', '95', pct(b.zc, qn)]),
    ind('管理效率', '财务管理', '财务制度执行', '规范', '基本规范', 5, null, { s: '4' }),
    ind('管理效率', '资产管理', '固定资产利用率', '≥90%', '95.00%', 5, ['ge', '90', '95']),
    ind('履职效能', '重点工作', '高标准农田建设任务完成率', '100%', '100%', 10, ['ge', '100', '100']),
    ind('履职效能', '重点工作', '农村道路“户户通”新增里程', '≥12公里', '12.6公里', 10, ['ge', '12', '12.6']),
    ind('履职效能', '重点工作', '秸秆综合利用率', '≥92%', '90.00%', 10, ['ge', '92', '90'], { dp: 1 }),
    ind('履职效能', '重点工作', '安全生产事故', '0起', '0起', 10, ['le', '0', '0']),
    ind('社会效应', '社会效益', '群众诉求办结率', '≥95%', '98.20%', 10, ['ge', '95', '98.20']),
    ind('服务对象满意度', '满意度', '辖区群众满意度', '≥90%', '90.60%', 20, ['ge', '90', '90.60']),
  ];
  const dt = deptTable(inds, {});
  const blocks = [
    T('棠梨县蘋洲乡人民政府2024年度部门整体支出绩效自评报告'),
    H(1, '一、部门基本情况'),
    Pp('蘋洲乡辖8个行政村，户籍人口1.26万人。乡政府内设办公室5个，下属事业单位3个，年末在职人员52人。'),
    H(1, '二、部门预算执行情况'),
    H(2, '（一）收支总体情况'),
    Pp(`2024年收入合计${fws(b.sr)}万元，支出合计${fws(b.zc)}万元。全年预算${fws(qn)}万元（基本支出预算${fw(jbys)}万元、项目支出预算${fw(xmys)}万元），预算执行率${pct(b.zc, qn)}%。`),
    TB(szTable(a, b), { title: '收支决算对比表', unit: '单位：万元' }),
    H(2, '（二）基本支出'),
    Pp(`基本支出${fw(b.jb)}万元，其中人员经费${fw(b.ry)}万元、公用经费${fw(b.gy)}万元。`),
    H(2, '（三）项目支出'),
    Pp(`项目支出预算${fw(xmys)}万元，实际支出${fw(b.xm)}万元，结余${fw(xjy)}万元，已于年底由县财政收回。项目支出主要用于村级组织运转、农田水利维修、农村道路养护等。`),
    H(2, '（四）“三公”经费'),
    TB(sg, { title: '“三公”经费情况表', unit: '单位：万元' }),
    Pp('“三公”经费决算数低于预算数，主要是公务用车实行定点加油、定点维修，公务接待严格执行标准。'),
    H(1, '三、绩效自评情况'),
    TB(dt.rows, { title: '部门整体支出绩效自评表' }),
    Pp(`自评得分${fsc(dt.total)}分，评价等级为“${grade(dt.total)}”。秸秆综合利用率90.00%，低于92%的目标，按比例计分。`),
    H(1, '四、存在问题及下一步措施'),
    Pp('一是财务报账资料不够完整；二是秸秆离田利用渠道少。下一步将规范报账流程，引进秸秆收储企业。'),
  ];
  return {
    file: 'za19-tangli-pingzhou-township-dept.docx', fmt: 'docx', blocks,
    unit: '棠梨县蘋洲乡人民政府（乡镇）', rkind: '部门整体支出',
    mut: { at: '项目支出预算' + fw(xmys) + '万元，实际支出', old: '结余' + fw(xjy) + '万元', new: '结余12.68万元', kind: 'balance', place: '二（三）项目支出', relation: '项目支出结余=项目支出预算−项目实际支出' },
    quiet: ['自评表无合计/总分行，总分只在正文', '上年与本年决算并列', '三公经费决算低于预算', '秸秆综合利用率90/92按比例计分'],
  };
});

// za20 交通运输局 项目 —— 总分行≠Σ得分
R(() => {
  const f = { tot: [W('520.00'), W('580.00'), W('580.00')], cz: [W('520.00'), W('560.00'), W('560.00')], jz: [0n, W('20.00'), W('20.00')], qt: [0n, 0n, 0n] };
  const km = parseDec('486.3', 1);
  const inds = [
    ind('产出指标', '数量指标', '农村公路养护里程', '≥480公里', '486.3公里', 10, ['ge', '480', '486.3']),
    ind('产出指标', '数量指标', '危桥改造座数', '≥3座', '2座', 10, ['ge', '3', '2'], { why: '第3座危桥因汛期施工窗口不足，延至2025年完工，按比例计分' }),
    ind('产出指标', '数量指标', '路面修补面积', '≥12,000平方米', '12,480平方米', 10, ['ge', '12000', '12480']),
    ind('产出指标', '质量指标', '优良中等路率', '≥80%', '83.60%', 10, ['ge', '80', '83.60']),
    ind('产出指标', '时效指标', '病害处治及时率', '≥95%', '97.00%', 10, ['ge', '95', '97']),
    ind('效益指标', '社会效益指标', '因路况引发的交通事故（负向）', '≤3起', '1起', 15, ['le', '3', '1']),
    ind('效益指标', '可持续影响指标', '群众出行条件改善', '明显改善', '有所改善', 15, null, { s: '14', why: '部分偏远村道仍为单车道，酌情扣1分' }),
    ind('满意度指标', '服务对象满意度指标', '沿线群众满意度', '≥90%', '92.50%', 10, ['ge', '90', '92.50']),
  ];
  const pt = projTable({ name: '农村公路日常养护项目', dept: '杉泽县交通运输局', unit: '杉泽县农村公路管理所', funds: f, goalPlan: '完成480公里以上农村公路日常养护，改造危桥3座，优良中等路率达到80%以上。', goalDone: '完成养护486.3公里，改造危桥2座，优良中等路率83.60%。', inds, totalRow: true });
  const blocks = [
    T('杉泽县交通运输局2024年度农村公路日常养护项目支出绩效自评报告'),
    H(1, '一、项目概况'),
    Pp('全县农村公路总里程1,862公里，其中县道312公里、乡道598公里、村道952公里。本项目用于列养县乡道的日常养护、路面病害处治和危桥改造。'),
    H(1, '二、资金使用情况'),
    Pp(`项目年初预算${fw(f.tot[0])}万元，年中追加危桥改造资金并安排上年结转资金，全年预算${fw(f.tot[1])}万元，全年执行${fw(f.tot[2])}万元，预算执行率${pct(f.tot[2], f.tot[1])}%。按养护里程计算，平均每公里养护资金${q(f.tot[2] * 10n, km * 100n, 2, true)}元。`),
    H(1, '三、绩效目标完成情况'),
    Pp('全年完成486.3公里农村公路日常养护，修补路面12,480平方米，改造危桥2座；经年度路况检测，优良中等路率83.60%。全年因路况引发交通事故1起，低于3起的控制目标。'),
    TB(pt.rows, { title: '项目支出绩效自评表', unit: '（金额单位：万元）' }),
    Pp(`经自评，本项目评价等级为“${grade(pt.total)}”。危桥改造未全部完成，按完成比例计分。`),
    H(1, '四、存在问题和改进措施'),
    Pp('一是养护资金标准偏低，难以覆盖全部村道；二是专业养护队伍力量不足。下一步将争取提高养护补助标准，推行养护市场化改革。'),
  ];
  const last = pt.rows.length - 1;
  return {
    file: 'za20-shanze-rural-road-maintenance-project.docx', fmt: 'docx', blocks,
    unit: '杉泽县交通运输局（县直部门）', rkind: '项目支出',
    mut: { tbl: 0, r: last, c: 2, cell: fsc(pt.total), old: fsc(pt.total), new: '96.67', kind: 'total', place: '自评表 总分行 得分', relation: '总分=预算执行率得分+各指标得分' },
    quiet: ['正文只写等级不写分数', '县道+乡道+村道=总里程（1,862公里）', '负向指标事故1起≤3起', '执行率100%且得满分', '危桥2/3按比例得6.67分'],
  };
});

// za21 社区卫生服务中心 部门整体 —— 占比
R(() => {
  const a = fillDept({ cz: W('998.70'), sy: W('362.14'), qt: W('8.96'), ry: W('884.05'), gy: W('176.20'), xm: W('292.35'), nc: W('16.40') }, true);
  const b = fillDept({ cz: W('1062.40'), sy: W('386.25'), qt: W('9.85'), ry: W('926.48'), gy: W('182.80'), xm: W('318.64'), nc: a.nm }, true);
  const S = { cg: [0n, 0n, 0n], yc: [W('2.24'), W('2.10'), W('1.96')], jd: [W('0.62'), W('0.60'), W('0.48')] };
  const sg = sgTable(S);
  const pop = 68500n;
  const inds = [
    ind('运行成本', '经济成本', '“三公”经费控制率', '≤100%', pct(S.tot[2], S.tot[1]) + '%', 5, ['le', '100', pct(S.tot[2], S.tot[1])]),
    ind('运行成本', '经济成本', '百元医疗收入消耗的卫生材料', '≤20元', '17.60元', 5, ['le', '20', '17.60']),
    ind('管理效率', '预算管理', '预算执行率', '≥95%', '97.86%', 10, ['ge', '95', '97.86']),
    ind('管理效率', '资产管理', '资产负债率', '≤50%', '31.20%', 5, ['le', '50', '31.20']),
    ind('管理效率', '采购管理', '政府采购执行率', '100%', '100%', 5, ['ge', '100', '100']),
    ind('履职效能', '基本公共卫生', '居民电子健康档案建档率', '≥90%', '92.30%', 10, ['ge', '90', '92.30']),
    ind('履职效能', '基本公共卫生', '65岁及以上老年人健康管理率', '≥70%', '66.50%', 10, ['ge', '70', '66.50'], { dp: 1 }),
    ind('履职效能', '基本医疗', '门急诊人次', '≥12万人次', '12.8万人次', 10, ['ge', '12', '12.8']),
    ind('履职效能', '家庭医生', '重点人群签约率', '≥75%', '78.40%', 10, ['ge', '75', '78.40']),
    ind('社会效应', '社会效益', '医疗纠纷发生数（负向）', '≤2起', '0起', 10, ['le', '2', '0']),
    ind('服务对象满意度', '满意度', '患者满意度', '≥90%', '93.60%', 20, ['ge', '90', '93.60']),
  ];
  const dt = deptTable(inds, { totalRow: true, totalLabel: '合计' });
  const blocks = [
    T('澜汀市鹭汀区社区卫生服务中心2024年度部门整体支出绩效自评报告'),
    H(1, '一、基本情况'),
    Pp(`鹭汀区社区卫生服务中心承担辖区${nf(pop)}名常住居民的基本医疗和基本公共卫生服务，下设4个社区卫生服务站。核定编制86名，年末在职82人。`),
    H(1, '二、收支情况'),
    Pp(`2024年收入合计${fws(b.sr)}万元，其中财政拨款收入${fws(b.cz)}万元、事业收入${fw(b.sy)}万元、其他收入${fw(b.qt)}万元。支出合计${fws(b.zc)}万元，年末结转结余${fw(b.nm)}万元。`),
    Pp(`基本支出${fws(b.jb)}万元，其中人员经费${fw(b.ry)}万元、公用经费${fw(b.gy)}万元，人员经费占基本支出的${pct(b.ry, b.jb)}%。项目支出${fw(b.xm)}万元，主要用于基本公共卫生服务、家庭医生签约服务等，按常住人口计算，人均项目支出约47元。`),
    TB(szTable(a, b, { sy: true, jz: true }), { title: '收入支出决算总表', unit: '单位：万元' }),
    H(2, '（一）“三公”经费'),
    TB(sg, { title: '“三公”经费支出情况', unit: '单位：万元' }),
    Pp('2024年“三公”经费均控制在预算以内，未发生因公出国（境）费用。'),
    H(1, '三、绩效自评'),
    TB(dt.rows, { title: '部门整体支出绩效自评表' }),
    Pp(`本单位自评得分${fsc(dt.total)}分，评价等级为“${grade(dt.total)}”。65岁及以上老年人健康管理率66.50%，未达到70%的目标，主要是部分老年人外出务工随子女居住，按比例计分。`),
    H(1, '四、问题与改进'),
    Pp('一是老年人健康管理覆盖不足；二是全科医生数量偏少。下一步将开展上门体检服务，通过“县管乡用”补充全科医生。'),
  ];
  return {
    file: 'za21-luting-community-health-center-dept.docx', fmt: 'docx', blocks,
    unit: '鹭汀区社区卫生服务中心（医院）', rkind: '部门整体支出',
    mut: { at: '人员经费占基本支出的', old: pct(b.ry, b.jb) + '%', new: '85.32%', kind: 'share', place: '二、收支情况 第2段', relation: '人员经费占比=人员经费/基本支出' },
    quiet: ['人均项目支出“约47元”（318.64万元/68,500人=46.52元，约数）', '65岁及以上（年龄）', '老年人健康管理率66.50/70按比例计分', '年末结转结余=年初+收入−支出'],
  };
});

// za22 乡镇 衔接资金产业项目 —— 等级与总分不符
R(() => {
  const f = { tot: [W('150.00'), W('150.00'), W('139.86')], cz: [W('150.00'), W('150.00'), W('139.86')], jz: [0n, 0n, 0n], qt: [0n, 0n, 0n] };
  const fh = W('23.31'), hh = 126n;
  const inds = [
    ind('产出指标', '数量指标', '新建蓝莓种植基地面积', '≥300亩', '300亩', 10, ['ge', '300', '300']),
    ind('产出指标', '数量指标', '新建冷链仓储库容', '≥500吨', '300吨', 10, ['ge', '500', '300'], { why: '二期冷库因用地手续未办结暂缓建设，按比例计分' }),
    ind('产出指标', '质量指标', '苗木成活率', '≥90%', '86.00%', 10, ['ge', '90', '86'], { why: '夏季持续高温，部分苗木死亡，已补植' }),
    ind('产出指标', '时效指标', '项目完工时间', '2024年10月底前', '2024年12月', 10, null, { s: '8', why: '冷库建设滞后，完工推迟约2个月，酌情扣2分' }),
    ind('产出指标', '成本指标', '种植基地亩均建设成本', '≤3,200元', '3,180元', 10, ['le', '3200', '3180']),
    ind('效益指标', '经济效益指标', '村集体经济增收', '≥20万元', '15.20万元', 10, ['ge', '20', '15.20'], { why: '首年挂果量低，按比例计分' }),
    ind('效益指标', '社会效益指标', '带动脱贫户（监测户）户数', '≥120户', '126户', 10, ['ge', '120', '126']),
    ind('效益指标', '可持续影响指标', '联农带农机制', '建立', '已建立', 10, null, { s: '10' }),
    ind('满意度指标', '服务对象满意度指标', '受益群众满意度', '≥90%', '81.00%', 10, ['ge', '90', '81']),
  ];
  const pt = projTable({ name: '荇湖乡蓝莓产业基地建设项目', dept: '蘅川县农业农村局', unit: '蘅川县荇湖乡人民政府', funds: f, goalPlan: '建设蓝莓种植基地300亩、冷链仓储库容500吨，带动脱贫户（监测户）120户以上增收。', goalDone: '建成种植基地300亩、冷库300吨，带动126户，村集体增收15.20万元。', inds, totalRow: true });
  const g = grade(pt.total);
  assert(g === '良好', 'za22 grade');
  const blocks = [
    T('蘅川县荇湖乡2024年度衔接推进乡村振兴补助资金蓝莓产业基地建设项目绩效自评报告'),
    H(1, '一、项目基本情况'),
    Pp('项目位于荇湖乡云坳村、石门村，由乡人民政府组织实施，采取“村集体＋合作社＋农户”模式，资金形成的资产归村集体所有，收益主要用于脱贫户（监测户）分红和村级公益事业。'),
    H(1, '二、资金使用情况'),
    Pp(`项目全年预算${fw(f.tot[1])}万元，全部为衔接推进乡村振兴补助资金（岚财农〔2024〕42号），全年支出${fw(f.tot[2])}万元，执行率${pct(f.tot[2], f.tot[1])}%，剩余资金为冷库二期预留，已申请调整用途。`),
    H(1, '三、绩效目标完成情况'),
    Pp('建成蓝莓种植基地300亩，苗木成活率86.00%；建成冷链仓储库容300吨；村集体经济增收15.20万元。'),
    Pp(`年底向${hh}户脱贫户（监测户）分红${fw(fh)}万元，户均${q(fh, hh * 100n, 2, true)}元。`),
    TB(pt.rows, { title: '项目支出绩效自评表' }),
    Pp(`项目自评得分${fsc(pt.total)}分，评价等级为“${g}”。`),
    Pp(GRADE_RULE),
    H(1, '四、存在问题及改进措施'),
    Pp('一是项目前期用地手续办理滞后；二是蓝莓种植技术力量薄弱。下一步将提前办理用地手续，聘请省农科院专家开展技术指导。'),
  ];
  return {
    file: 'za22-hengchuan-xinghu-blueberry-project.docx', fmt: 'docx', blocks,
    unit: '蘅川县荇湖乡人民政府（乡镇）', rkind: '项目支出',
    mut: { at: '项目自评得分', old: `“${g}”`, new: '“优”', kind: 'grade', place: '三、绩效目标完成情况 后 自评结论段', relation: '评价等级由总分89.48分决定（80—90分为良好）' },
    quiet: ['总分89.48接近90分界线', '多个指标按比例计分且均有偏差说明', '成本指标亩均3,180元≤3,200元', '户均分红1,850.00元=23.31万元/126户'],
  };
});

// za23 政策 农机购置与应用补贴 —— 负向指标得分与规则不符
R(() => {
  const it = [['拖拉机', 186, '652.40'], ['插秧机', 142, '318.26'], ['谷物联合收割机', 98, '1236.80'], ['植保无人机', 64, '312.64'], ['谷物烘干机', 37, '343.65']];
  const rows = [['机具品目', '补贴数量（台、套）', '补贴资金（万元）', '占补贴资金比重']];
  let n = 0n, m = 0n;
  for (const [, c, v] of it) { n += BigInt(c); m += W(v); }
  for (const [a, c, v] of it) rows.push([a, String(c), fws(W(v)), pct(W(v), m) + '%']);
  rows.push(['合计', String(n), fws(m), '—']);
  const xd = W('2970.00'), hh = 412n;
  const inds = [
    ind('决策', '政策设计', '政策目标明确性', '明确', '明确', 5, null, { s: '5' }),
    ind('决策', '政策设计', '资金分配合理性', '合理', '合理', 5, null, { s: '5' }),
    ind('过程', '资金管理', '资金到位率', '100%', '100%', 10, ['ge', '100', '100']),
    ind('过程', '资金管理', '补贴资金兑付率', '≥95%', pct(m, xd) + '%', 10, ['ge', '95', pct(m, xd)]),
    ind('产出', '数量', '补贴机具数量', '≥500台（套）', String(n) + '台（套）', 10, ['ge', '500', String(n)]),
    ind('产出', '时效', '补贴资金结算时限', '≤30个工作日', '22个工作日', 10, ['le', '30', '22']),
    ind('产出', '质量', '补贴机具违规率（负向）', '≤1%', '0.40%', 10, ['le', '1', '0.40']),
    ind('产出', '数量', '农机化示范点建设', '≥3个', '3个', 10, ['ge', '3', '3']),
    ind('效益', '经济效益', '农机作业服务收入增长率', '≥5%', '4.20%', 10, ['ge', '5', '4.20'], { dp: 1 }),
    ind('效益', '社会效益', '主要农作物耕种收综合机械化率', '≥85%', '86.20%', 10, ['ge', '85', '86.20']),
    ind('效益', '满意度', '购机农户满意度', '≥90%', '93.20%', 10, ['ge', '90', '93.20']),
  ];
  const dt = deptTable(inds, { totalRow: true, totalLabel: '合计' });
  const blocks = [
    T('杉泽县2024年度农机购置与应用补贴政策绩效自评报告'),
    Pp('杉泽县农业农村局'),
    H(1, '一、政策概况'),
    Pp('农机购置与应用补贴实行“自主购机、定额补贴、先购后补、县级结算、直补到卡（户）”方式，补贴范围和额度执行《岚澄省2024—2026年农机购置与应用补贴实施方案》。'),
    H(1, '二、资金安排与兑付'),
    Pp(`2024年省级下达我县补贴资金${fws(xd)}万元，全年兑付${fws(m)}万元（约${fyi(m)}亿元），兑付率${pct(m, xd)}%，未兑付资金结转下年继续使用。全年补贴机具${n}台（套），受益农户（含农机合作社）${hh}户，户均补贴${q(m, hh * 100n, 2, true)}元。`),
    TB(rows, { title: '2024年农机购置补贴分品目兑付情况', unit: '单位：台、套，万元' }),
    Pp('谷物联合收割机单机补贴额高，补贴资金占比最大；植保无人机补贴数量较上年翻了一番。'),
    H(1, '三、政策绩效'),
    Pp('补贴机具违规率为负向指标，以不超过1%为达标；农机作业服务收入增长率4.20%，低于5%的目标，按比例计分。'),
    TB(dt.rows, { title: '政策绩效自评表' }),
    Pp(`经自评，本政策2024年度得分${fsc(dt.total)}分，评价等级为“${grade(dt.total)}”。`),
    H(1, '四、问题和建议'),
    Pp('一是部分农户对补贴申办流程不熟悉；二是丘陵山区适用机具少。建议简化申办流程，加大丘陵山区适用小型机具补贴力度。'),
  ];
  return {
    file: 'za23-shanze-farm-machinery-subsidy-policy.docx', fmt: 'docx', blocks,
    unit: '杉泽县农业农村局（县直部门）', rkind: '政策',
    mut: { tbl: 1, r: 7, c: 3, cell: '0.40%', old: '0.40', new: '1.40', kind: 'indicator', place: '政策绩效自评表 补贴机具违规率 实际完成值', relation: '负向指标：实际≤目标才得满分（1.40%>1%却得10分）' },
    quiet: ['元/万元/亿元同一金额', '分品目占比合计不写（“—”）', '负向指标以不超过为达标', '作业收入增长率4.20/5按比例得8.4分'],
  };
});

// za24 小学 部门整体 —— 三公经费分项与合计不符
R(() => {
  const a = fillDept({ cz: W('1362.50'), qt: W('3.80'), ry: W('1142.36'), gy: W('172.64'), xm: W('48.90') });
  const b = fillDept({ cz: W('1436.82'), qt: W('4.50'), ry: W('1205.64'), gy: W('168.30'), xm: W('62.18') });
  const S = { cg: [0n, 0n, 0n], yc: [W('2.26'), W('2.00'), W('1.85')], jd: [W('0.86'), W('0.80'), W('0.62')] };
  const sg = sgTable(S);
  const y = yoy(S.tot[2], S.tot[0]);
  const stu = 1128n;
  const st = sumTable([['运行成本', 20, '19'], ['管理效率', 25, '24'], ['履职效能', 35, '33.5'], ['社会效应', 10, '9.5'], ['服务对象满意度', 10, '9.6']], { totalRow: true, totalLabel: '总分' });
  const blocks = [
    T('苇塘县育英小学2024年度部门整体支出绩效自评报告'),
    H(1, '一、学校基本情况'),
    Pp(`育英小学现有教学班24个，在校学生${nf(stu)}人，教职工78人，其中专任教师71人。`),
    H(1, '二、收支决算情况'),
    TB(szTable(a, b), { title: '收支决算表', unit: '单位：万元' }),
    Pp(`2024年收入合计${fws(b.sr)}万元，支出合计${fws(b.zc)}万元。基本支出${fws(b.jb)}万元，占支出合计的${pct(b.jb, b.zc)}%；生均公用经费${q(b.gy, stu * 100n, 2, true)}元。项目支出${fw(b.xm)}万元，主要用于课后服务补助、校舍维修和图书购置等。`),
    H(1, '三、“三公”经费情况'),
    TB(sg, { title: '“三公”经费决算表', unit: '单位：万元' }),
    Pp(`2024年“三公”经费支出${fw(S.tot[2])}万元，较上年${y.zj}${y.amt}万元，${y.zz}${y.rate}%，主要是压减公务用车燃修费和接待次数。`),
    H(1, '四、绩效自评结果'),
    TB(st.rows, { title: '部门整体支出绩效自评得分表' }),
    Pp(`学校2024年度部门整体支出绩效自评得分${fsc(st.total)}分，评价等级为“${grade(st.total)}”。`),
    H(1, '五、存在问题及改进措施'),
    Pp('一是校舍维修资金需求大，年度安排不足；二是课后服务课程不够丰富。下一步将编制校舍维修三年计划，引入社会资源丰富课后服务。'),
  ];
  return {
    file: 'za24-weitang-yuying-primary-school-dept.docx', fmt: 'docx', blocks,
    unit: '苇塘县育英小学（学校）', rkind: '部门整体支出',
    mut: { tbl: 1, r: 3, c: 3, cell: fw(S.yc[2]), old: fw(S.yc[2]), new: '1.58', kind: 'sangong', place: '“三公”经费决算表 公务用车购置及运行费 2024年决算数', relation: '三公经费合计=因公出国（境）费+公务用车购置及运行费+公务接待费（2024年决算数列）' },
    quiet: ['收支表上年与本年并列', '三公经费决算低于预算、同比下降', '专任教师71人是教职工78人的一部分（非完整列举）'],
  };
});

// ================================================================ 主程序
const KIND_ZH = {
  sum: '部分之和≠合计', rate: '执行率≠执行数/预算数', per: '人均/户均/亩均', share: '占比', yoy: '同比变动（额/率）',
  balance: '结余（预算−执行／结转结余）', total: '总分≠Σ得分', grade: '等级与总分不符', 'prose-table': '正文≠表格',
  indicator: '指标得分与计分规则不符', unit: '单位错（万元↔元）', sangong: '“三公”经费分项≠合计',
};

async function render(rep, blocks) {
  if (rep.fmt === 'md') { const s = renderMd(blocks, rep.st); return { buf: Buffer.from(s, 'utf8'), lines: s.split('\n').slice(0, -1) }; }
  if (rep.fmt === 'txt') { const s = renderTxt(blocks, rep.st); return { buf: Buffer.from(s, 'utf8'), lines: s.split('\n').slice(0, -1) }; }
  const { doc, paras } = renderDocx(blocks, rep.st || {});
  const title = blocks.find((b) => b.k === 'title').t;
  return { buf: await packDocx(doc, title), lines: paras };
}

function rmrf(p) { fs.rmSync(p, { recursive: true, force: true }); }

async function main() {
  const cleanDir = path.join(HERE, 'clean'), badDir = path.join(HERE, 'bad');
  rmrf(cleanDir); rmrf(badDir);
  fs.mkdirSync(cleanDir); fs.mkdirSync(badDir);
  const answers = [['file', 'line', 'old', 'new', 'kind', 'relation']];
  const reps = REPORTS.map((f) => f());
  const seen = new Set();
  const cnt = { md: 0, txt: 0, docx: 0 }, kinds = {};
  const readme = [];
  for (const rep of reps) {
    assert(!seen.has(rep.file), 'dup ' + rep.file); seen.add(rep.file);
    assert(rep.file.endsWith('.' + rep.fmt), 'ext');
    cnt[rep.fmt]++; kinds[rep.mut.kind] = (kinds[rep.mut.kind] || 0) + 1;
    const m = rep.mut;
    assert(m.old !== m.new, 'no-op mutation ' + rep.file);
    const clean = await render(rep, rep.blocks);
    const bad = await render(rep, mutate(rep.blocks, m));
    assert(clean.lines.length === bad.lines.length, 'line count ' + rep.file);
    const diff = [];
    clean.lines.forEach((l, i) => { if (l !== bad.lines[i]) diff.push(i); });
    assert(diff.length === 1, rep.file + ' differs in ' + diff.length + ' lines');
    const i = diff[0];
    const cl = clean.lines[i], bl = bad.lines[i];
    assert(cl.split(m.old).length === 2 && cl.replace(m.old, m.new) === bl, 'old/new in line ' + rep.file);
    assert(!/[\t\n]/.test(m.old + m.new + m.relation), 'tsv-safe');
    fs.writeFileSync(path.join(cleanDir, rep.file), clean.buf);
    fs.writeFileSync(path.join(badDir, rep.file), bad.buf);
    answers.push([rep.file, String(i + 1), m.old, m.new, m.kind, m.relation]);
    readme.push({ rep, line: i + 1 });
  }
  assert(cnt.md === 8 && cnt.txt === 8 && cnt.docx === 8, 'format counts ' + JSON.stringify(cnt));
  for (const k of Object.keys(KIND_ZH)) assert(kinds[k] === 2, 'kind ' + k + ' ' + kinds[k]);
  fs.writeFileSync(path.join(badDir, 'ANSWERS.tsv'), answers.map((r) => r.join('\t')).join('\n') + '\n');
  fs.writeFileSync(path.join(HERE, 'README.md'), buildReadme(readme));
}

function buildReadme(items) {
  const L = [];
  L.push('# bulk-za：岚澄省（虚构）基层单位手写预算绩效自评报告盲测语料');
  L.push('');
  L.push('## 这是什么');
  L.push('');
  L.push('24份完全虚构的预算绩效自评报告（8份 .md、8份 .txt、8份 .docx），模拟一个“说法自成一套”的省份里，乡镇、医院（卫生院）、学校和县直部门财务人员手写、在政府网站发布、又被复制转存的报告。省、市、县、乡镇、村、单位名称全部虚构（岚澄省；霁川市、栖梧市、澜汀市；苇塘县、雁屿县、蘅川县、霁北区、青篁县、棠梨县、杉泽县、芷陂县、鹭汀区等），不使用任何真实地名。');
  L.push('');
  L.push('- `clean/`：干净版本。文中所有可核对关系在所示精度下成立（金额以“分”为单位的整数运算；比率、人均、得分按四舍五入到所示位数）。');
  L.push('- `bad/`：与 clean 同名的副本，每份恰好改动一个数字、等级或单位，恰好破坏一个关系；`bad/ANSWERS.tsv` 列出答案（file、line、old、new、kind、relation）。line 对 .md/.txt 是从1起算的行号，对 .docx 是 word/document.xml 中从1起算的 `<w:p>` 序号（表格单元格内的段落也计入）。');
  L.push('- `gen.cjs`：确定性生成器，`node gen.cjs` 每次逐字节相同地重写 clean/、bad/ 和本 README。只依赖 Node 内置模块和 项目依赖中的 jszip；docx 为手写 OOXML，固定文件顺序、固定 zip 时间（2025-03-31T08:00:00Z）与 core.xml 日期。');
  L.push('- `check.cjs`：独立核对器，`node check.cjs` 检查每份 bad 与 clean 只在一行（段）上以 old→new 不同，并从文件中重新抽取数值、重新计算：所述关系在 clean 成立、在 bad 不成立；同时核对一批“守护关系”在 clean 与 bad 中都成立（证明只坏了一处）。');
  L.push('');
  L.push('## 体例约定（报告内自述）');
  L.push('');
  L.push('- 金额以万元为主，两位小数；部分表格以元为单位（含角分）；摘要处用亿元（两位小数）。同一金额在元/万元/亿元之间按四舍五入一致。');
  L.push('- 百分比两位小数，四舍五入；增减率＝增减额÷上年数。');
  L.push('- 项目支出预算执行率得分＝执行率×10分，封顶10分，保留两位小数；部分完成指标按“实际÷目标”（负向指标按“目标÷实际”）比例计分，保留一或两位小数；定性指标可酌情扣分，须在偏差原因中说明。');
  L.push('- 评价等级（本省说法）：90分（含）以上“优”，80分（含）至90分“良好”，60分（含）至80分“合格”，60分以下“不合格”。');
  L.push('- 部门整体支出按本省维度打分：运行成本、管理效率、履职效能、社会效应、服务对象满意度。');
  L.push('- .txt 为网页复制：表格每个单元格单独一行（先表头后各行，按顺序），正文全角空格缩进，一、（一）1.（1）① 编号，夹杂空行，表上方有“单位：万元”之类的行。');
  L.push('- .md 为 Word 转换：管道表格保留合并单元格留下的空格子，部分标题是加粗行而不是 #。');
  L.push('- .docx 为真实 Word 表格：项目支出绩效自评表（项目名称、主管部门、实施单位、项目资金四行×年初预算数/全年预算数/全年执行数/分值/执行率/得分、年度总体目标、一级/二级/三级指标）；部门整体报告含收支决算表与“三公”经费表。');
  L.push('');
  L.push('## 文件一览');
  L.push('');
  L.push('| 文件 | 单位 / 报告类型 | 错误类型 | 位置（行/段） | 原值→改值 | 被破坏的关系 |');
  L.push('| --- | --- | --- | --- | --- | --- |');
  for (const { rep, line } of items) {
    const m = rep.mut;
    L.push(`| ${rep.file} | ${rep.unit} / ${rep.rkind} | ${KIND_ZH[m.kind]}（${m.kind}） | ${m.place}（第${line}${rep.fmt === 'docx' ? '段' : '行'}） | ${m.old} → ${m.new} | ${m.relation} |`);
  }
  L.push('');
  L.push('错误类型分布：12类各2份（部分之和≠合计、执行率、人均/户均、占比、同比、结余、总分、等级、正文≠表格、指标计分、单位错、三公经费），三种格式交错分布。');
  L.push('');
  L.push('## 刻意设置的“应保持安静”情形');
  L.push('');
  L.push('以下情形在 clean 中都成立或不构成可核对关系，核对工具不应报警（bad 中也原样保留）：');
  L.push('');
  L.push('- **不完整的“其中……等”列举**：za01、za03 项目支出“其中……等”，za10 资金来源“包括……等”，za14 项目支出“主要包括……等”，各分项之和小于总数。');
  L.push('- **同一金额的元/万元/亿元写法，四舍五入正确**：za04（134,041,835.72元＝13,404.18万元≈1.34亿元）、za05（23,716.45万元≈2.37亿元）、za06（659,236.48元≈表中65.92万元）、za15（5,501,280.00元＝550.13万元）、za18、za23。');
  L.push('- **超过100%的比率并说明原因**：za05 蘅川县执行率101.27%（统筹上年结转）、za18 其他收入完成预算的133.12%。');
  L.push('- **上年数与本年数并列**：za01、za03、za09、za14、za18、za19、za21、za24 的对比表或括注（“上年×万元”），上年列自身也相加成立。');
  L.push('- **负向指标**：平均住院日（za02）、故障停机时长（za17）、交通事故（za20）、医疗纠纷（za21）、食品/安全事故（za06、za16）、违规率（za23），实际低于目标得满分。');
  L.push('- **部分完成按比例计分并说明偏差**：za01（7/8村）、za02（368/400人次）、za08（3/4条、36/40%）、za12（88/90%）、za13（88.5/90%）、za16（196/200天）、za18、za19、za20（2/3座）、za21、za22、za23。');
  L.push('- **定性指标酌情扣分**：za17（验收推迟扣1分）、za20（出行条件扣1分）、za22（完工推迟扣2分）、za15（生活水平改善扣1分）、za01（资产管理扣1分）。');
  L.push('- **没有“总分”行的得分表**：za02（项目自评表无总分行，总分在正文）、za03、za11、za19（总分只在正文）。');
  L.push('- **只写等级不写分数**：za20 正文只写“评价等级为优”，分数只在表中总分行。');
  L.push('- **约数与精确数并存**：za06“师生比约1:9”、za08“3,400余户”与3,126户、za21“人均项目支出约47元”。');
  L.push('- **百分点与百分比**：za05“提升2.3个百分点”、za16“提高1.6个百分点”。');
  L.push('- **非指标数字**：文号（岚财绩〔2025〕3号、岚财农〔2024〕17号）、日期、年龄（35—64岁、65岁及以上）、小（1）型/小（2）型、编号①②③与1.2.3.、中文数字“十一个行政村”。');
  L.push('- **口径说明的执行率**：za07、za18 注明按调整后口径计算，文中数字无法也不应复算。');
  L.push('- **无法逐行核对的混合标准**：za10 寄宿生补助两档标准、za15 特别扶助两档标准、za16 两个学期人数不同。');
  L.push('');
  L.push('## 各文件内置的其他安静点');
  L.push('');
  for (const { rep } of items) L.push(`- ${rep.file}：${rep.quiet.join('；')}。`);
  L.push('');
  L.push('## 运行');
  L.push('');
  L.push('```');
  L.push('node gen.cjs     # 重新生成 clean/ bad/ README.md（确定性）');
  L.push('node check.cjs   # 独立核对，全部通过时退出码为0');
  L.push('```');
  L.push('');
  return L.join('\n');
}

main().catch((e) => { console.error(e); process.exit(1); });
