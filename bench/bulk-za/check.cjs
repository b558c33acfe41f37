'use strict';
// bulk-za 独立核对器：不读取 gen.cjs，只读 clean/、bad/ 与 bad/ANSWERS.tsv。
// 1) 每份 bad 与同名 clean 只在一行（.md/.txt）或一个 <w:p>（.docx）上不同，且恰为 old→new；
//    .docx 的其余 zip 成员逐字节相同。
// 2) 从文件中重新抽取数值并用 BigInt 有理数重新计算：目标关系在 clean 成立、在 bad 不成立；
//    守护关系在 clean 与 bad 中都成立（说明只坏了一个关系）。
// 退出码 0 表示全部通过。
const fs = require('fs');
const path = require('path');
const JSZip = require('jszip');

const HERE = __dirname;
let failures = 0;
const fail = (m) => { failures++; console.log('FAIL ' + m); };

// ---------------------------------------------------------------- 有理数
const P10 = (n) => 10n ** BigInt(n);
function D(s) {
  if (typeof s === 'object') return s;
  const t = String(s).trim().replace(/[,%]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(t)) throw new Error('not a number: "' + s + '"');
  const neg = t.startsWith('-');
  const [i, f = ''] = t.replace('-', '').split('.');
  const n = BigInt(i + f);
  return { n: neg ? -n : n, d: P10(f.length) };
}
const dpOf = (s) => { const t = String(s).trim().replace(/[,%]/g, ''); const k = t.indexOf('.'); return k < 0 ? 0 : t.length - k - 1; };
const add = (a, b) => { a = D(a); b = D(b); return { n: a.n * b.d + b.n * a.d, d: a.d * b.d }; };
const sub = (a, b) => { a = D(a); b = D(b); return { n: a.n * b.d - b.n * a.d, d: a.d * b.d }; };
const mul = (a, b) => { a = D(a); b = D(b); return { n: a.n * b.n, d: a.d * b.d }; };
const div = (a, b) => { a = D(a); b = D(b); if (b.n === 0n) throw new Error('div0'); let n = a.n * b.d, d = a.d * b.n; if (d < 0n) { n = -n; d = -d; } return { n, d }; };
const sumR = (xs) => xs.reduce((acc, x) => add(acc, x), D('0'));
const eq = (a, b) => { a = D(a); b = D(b); return a.n * b.d === b.n * a.d; };
function roundHalfUp(x, dp) { // -> BigInt scaled by 10^dp
  const n = x.n * P10(dp), d = x.d;
  const s = n < 0n ? -1n : 1n, a = n < 0n ? -n : n;
  return s * ((2n * a + d) / (2n * d));
}
// x（有理数）四舍五入到 shown 的小数位后等于 shown
function RE(x, shown) { const dp = dpOf(shown); const v = D(shown); return roundHalfUp(x, dp) * (v.d / P10(dp)) === v.n; }
const SUM = (total, ...parts) => eq(total, sumR(parts));
const RATIO = (shown, num, den, k = '100') => RE(div(mul(num, k), den), shown);
const DIFF = (shown, a, b) => eq(shown, sub(a, b));
function gradeOf(total) { const t = D(total); if (!lt(t, '90')) return '优'; if (!lt(t, '80')) return '良好'; if (!lt(t, '60')) return '合格'; return '不合格'; }
function lt(a, b) { a = D(a); b = D(b); return a.n * b.d < b.n * a.d; }
const GRADE = (total, g) => gradeOf(total) === g;
const numIn = (s) => { const m = String(s).match(/-?\d[\d,]*(?:\.\d+)?/); if (!m) throw new Error('no number in "' + s + '"'); return m[0]; };
// 计分规则：ge 达到目标满分，否则 分值×实际/目标；le（负向/成本）不超过目标满分，否则 分值×目标/实际
function RULE(tv, av, w, s, cmp) {
  const t = D(numIn(tv)), a = D(numIn(av));
  let exp;
  if (cmp === 'ge') exp = lt(a, t) ? mul(w, div(a, t)) : D(w);
  else if (cmp === 'le') exp = lt(t, a) ? (a.n === 0n ? D('0') : mul(w, div(t, a))) : D(w);
  else throw new Error('cmp');
  return RE(exp, s);
}

// ---------------------------------------------------------------- 读文件
async function loadLines(file) {
  const buf = fs.readFileSync(file);
  if (!file.endsWith('.docx')) {
    const s = buf.toString('utf8');
    if (!s.endsWith('\n')) throw new Error('no final newline ' + file);
    return { lines: s.slice(0, -1).split('\n'), zip: null };
  }
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml').async('string');
  const ps = xml.match(/<w:p(?=[\s>\/])(?:\/>|[\s\S]*?<\/w:p>)/g) || [];
  const unesc = (t) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const lines = ps.map((p) => (p.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>/g) || []).map((t) => unesc(t.replace(/<[^>]+>/g, ''))).join(''));
  return { lines, zip };
}

// 抽取器
function X(lines, fmt) {
  const text = lines.join('\n');
  const stream = [];
  for (const l of lines) {
    if (fmt === 'md' && l.startsWith('|')) { const cs = l.split('|').slice(1, -1).map((c) => c.trim()); if (cs.every((c) => /^-+$/.test(c))) continue; stream.push(...cs); }
    else stream.push(l.trim());
  }
  return {
    text,
    // 正则取值：必须恰好匹配一次
    rx(re) {
      const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
      const all = [...text.matchAll(g)];
      if (all.length !== 1) throw new Error(`regex ${re} matched ${all.length}x`);
      return all[0].slice(1);
    },
    // 表格：找到等于 label 的单元格（after 之后第一个），返回其后 n 个非空单元格
    cells(label, n, after) {
      let i = 0;
      if (after !== undefined) { i = stream.indexOf(after); if (i < 0) throw new Error('anchor ' + after); }
      const k = stream.indexOf(label, i);
      if (k < 0) throw new Error('label ' + label);
      if (after === undefined && stream.indexOf(label, k + 1) >= 0) throw new Error('label not unique ' + label);
      const out = [];
      for (let j = k + 1; j < stream.length && out.length < n; j++) if (stream[j] !== '') out.push(stream[j]);
      if (out.length < n) throw new Error('short row ' + label);
      return out;
    },
  };
}

// 常用：项目支出绩效自评表
function fundRows(x, after) {
  const r = {};
  for (const [k, l] of [['tot', '年度资金总额'], ['cz', '其中：当年财政拨款'], ['jz', '上年结转资金'], ['qt', '其他资金']]) r[k] = x.cells(l, k === 'tot' ? 6 : 6, after);
  return r;
}
function fundGuards(x, o = {}) {
  const r = fundRows(x, o.after);
  const g = [];
  for (let i = 0; i < 3; i++) g.push(SUM(r.tot[i], r.cz[i], r.jz[i], r.qt[i]));
  g.push(RATIO(r.tot[4], r.tot[2], r.tot[1]));
  // 执行率得分 = 分值×执行率，封顶
  const rate = div(r.tot[2], r.tot[1]);
  g.push(RE(lt(rate, '1') ? mul(r.tot[3], rate) : D(r.tot[3]), r.tot[5]));
  return g.every(Boolean);
}
// 指标行：三级指标 -> [年度指标值, 实际完成值, 分值, 得分]
const indRow = (x, l3, after) => x.cells(l3, 4, after);
function scoreSum(x, labels, opt = {}) {
  const rows = labels.map((l) => (Array.isArray(l) ? indRow(x, l[0], l[1]) : indRow(x, l, opt.after)));
  const ws = rows.map((r) => r[2]), ss = rows.map((r) => r[3]);
  if (opt.rate) { ws.push(opt.rate[0]); ss.push(opt.rate[1]); }
  return { w: sumR(ws), s: sumR(ss), rows };
}

// ---------------------------------------------------------------- 每份文件的关系
// 每项：target [说明, x=>bool]；guards [[说明, x=>bool], ...]
const S = {};

S['za01-guxi-township-dept.md'] = {
  target: ['基本支出增长率', (x) => { const [c, l, , r] = x.rx(/1\.基本支出([\d,.]+)万元（上年([\d,.]+)万元），较上年增加([\d,.]+)万元，增长([\d.]+)%/); return RATIO(r, sub(c, l), l); }],
  guards: [
    ['基本支出增加额', (x) => { const [c, l, a] = x.rx(/1\.基本支出([\d,.]+)万元（上年([\d,.]+)万元），较上年增加([\d,.]+)万元/); return DIFF(a, c, l); }],
    ['基本=人员+公用', (x) => { const [c] = x.rx(/1\.基本支出([\d,.]+)万元/); const [a, b] = x.rx(/其中人员经费([\d,.]+)万元，公用经费([\d,.]+)万元/); return SUM(c, a, b); }],
    ['项目支出同比', (x) => { const [c, l, a, r] = x.rx(/2\.项目支出([\d,.]+)万元（上年([\d,.]+)万元），较上年减少([\d,.]+)万元，下降([\d.]+)%/); return DIFF(a, l, c) && RATIO(r, sub(l, c), l); }],
    ['支出合计=基本+项目', (x) => { const [z] = x.rx(/全年实际支出([\d,.]+)万元/); const [b] = x.rx(/1\.基本支出([\d,.]+)万元/); const [p] = x.rx(/2\.项目支出([\d,.]+)万元/); return SUM(z, b, p); }],
    ['执行率', (x) => { const [q, z, r] = x.rx(/全年预算([\d,.]+)万元。全年实际支出([\d,.]+)万元，预算执行率为([\d.]+)%/); return RATIO(r, z, q); }],
    ['年初+追加=全年', (x) => { const [a, b, c] = x.rx(/年初预算([\d,.]+)万元，年中追加([\d,.]+)万元，全年预算([\d,.]+)万元/); return SUM(c, a, b); }],
    ['编制与控制率', (x) => { const [bz, a, b, zz, r] = x.rx(/核定编制(\d+)名（行政编制(\d+)名、事业编制(\d+)名），在职在编人员(\d+)人，在职人员控制率为([\d.]+)%/); return SUM(bz, a, b) && RATIO(r, zz, bz); }],
    ['收入与结转', (x) => { const [sr, cz, qt, nc] = x.rx(/收入合计([\d,.]+)万元，其中财政拨款收入([\d,.]+)万元，其他收入([\d,.]+)万元；另有年初结转结余([\d,.]+)万元/); const [nm] = x.rx(/年末结转结余([\d,.]+)万元/); const [z] = x.rx(/全年实际支出([\d,.]+)万元/); return SUM(sr, cz, qt) && eq(nm, sub(add(nc, sr), z)); }],
    ['三公', (x) => { const [ys, sj, a, b, c, r, l, d, rr] = x.rx(/“三公”经费预算([\d.]+)万元，实际支出([\d.]+)万元，其中公务接待费([\d.]+)万元、公务用车运行维护费([\d.]+)万元、因公出国（境）费([\d.]+)万元；“三公”经费控制率([\d.]+)%。与上年([\d.]+)万元相比，减少([\d.]+)万元，下降([\d.]+)%/); return SUM(sj, a, b, c) && RATIO(r, sj, ys) && DIFF(d, l, sj) && RATIO(rr, sub(l, sj), l); }],
    ['总分与等级', (x) => { const L = ['预算执行率', '“三公”经费控制率', '在职人员控制率', '预决算信息公开', '资产管理规范性', '政府采购执行率', '村级组织运转保障村数', '人居环境整治达标村数', '防汛抗旱安全责任事故', '年度重点工作完成率', '信访事项按期办结率', '长效管护机制覆盖村（社区）数', '群众满意度', '村（社区）干部满意度']; const s = scoreSum(x, L); const [w, t] = x.cells('合计', 2); const [pt, g] = x.rx(/自评得分([\d.]+)分，评价等级为“(.+?)”/); return eq(s.w, '100') && eq(w, '100') && eq(s.s, t) && eq(pt, t) && GRADE(t, g); }],
    ['按比例计分', (x) => { const r = indRow(x, '人居环境整治达标村数'); return RULE(r[0], r[1], r[2], r[3], 'ge'); }],
    ['表=正文（执行率、控制率）', (x) => { const [r] = x.rx(/预算执行率为([\d.]+)%/); const [k] = x.rx(/在职人员控制率为([\d.]+)%/); return eq(indRow(x, '预算执行率')[1], r) && eq(indRow(x, '在职人员控制率')[1], k); }],
  ],
};

S['za02-qinghuang-tcm-hospital-project.md'] = {
  target: ['自评得分=Σ得分', (x) => { const L = ['建设中医特色专科数', '开展中医适宜技术培训期数', '培训基层医务人员人次', '特色专科门诊量增长率', '项目完成时间', '中医药服务患者人次', '平均住院日（负向指标）', '患者满意度']; const r = fundRows(x); const s = scoreSum(x, L, { rate: [r.tot[3], r.tot[5]] }); const [t] = x.rx(/项目自评得分([\d.]+)分/); return eq(s.w, '100') && eq(s.s, t); }],
  guards: [
    ['资金表', (x) => fundGuards(x)],
    ['等级', (x) => { const [t, g] = x.rx(/项目自评得分([\d.]+)分，评价等级为“(.+?)”/); return GRADE(t, g); }],
    ['培训人次按比例', (x) => { const r = indRow(x, '培训基层医务人员人次'); return RULE(r[0], r[1], r[2], r[3], 'ge'); }],
    ['负向指标', (x) => { const r = indRow(x, '平均住院日（负向指标）'); return RULE(r[0], r[1], r[2], r[3], 'le'); }],
    ['完成率', (x) => { const [a, r] = x.rx(/培训基层医务人员(\d+)人次，完成年度目标的([\d.]+)%/); return RATIO(r, a, '400'); }],
    ['正文资金=表', (x) => { const [a, z, q, cz, jz, e, r] = x.rx(/项目年初预算([\d.]+)万元，10月经县卫生健康局追加([\d.]+)万元，全年预算([\d.]+)万元，其中当年财政拨款([\d.]+)万元、上年结转资金([\d.]+)万元。全年执行([\d.]+)万元，预算执行率为([\d.]+)%/); const t = fundRows(x).tot; return SUM(q, a, z) && SUM(q, cz, jz) && eq(a, t[0]) && eq(q, t[1]) && eq(e, t[2]) && eq(r, t[4]); }],
    ['住院日缩短', (x) => { const [a, b, c] = x.rx(/平均住院日([\d.]+)天，较上年([\d.]+)天缩短([\d.]+)天/); return DIFF(c, b, a); }],
  ],
};

S['za03-yanyu-no2-middle-school-dept.md'] = {
  target: ['正文项目支出=表', (x) => { const [p] = x.rx(/2024年项目支出([\d,.]+)万元/); return eq(p, x.cells('项目支出', 2)[1]); }],
  guards: [
    ['表内各列相加与增减', (x) => { const c = (l) => x.cells(l, 4); const ok = [0, 1].every((i) => SUM(c('收入合计')[i], c('财政拨款收入')[i], c('事业收入')[i], c('其他收入')[i]) && SUM(c('支出合计')[i], c('基本支出')[i], c('项目支出')[i]) && SUM(c('基本支出')[i], c('其中：人员经费')[i], c('公用经费')[i])); const rows = ['收入合计', '财政拨款收入', '事业收入', '其他收入', '支出合计', '基本支出', '其中：人员经费', '公用经费', '项目支出'].every((l) => { const r = c(l); return DIFF(r[2], r[1], r[0]) && RATIO(r[3], r[2], r[0]); }); return ok && rows; }],
    ['正文支出合计、基本支出及占比', (x) => { const [z, b, r] = x.rx(/2024年支出合计([\d,.]+)万元，其中基本支出([\d,.]+)万元，占支出合计的([\d.]+)%/); return eq(z, x.cells('支出合计', 2)[1]) && eq(b, x.cells('基本支出', 2)[1]) && RATIO(r, b, z); }],
    ['生均公用经费', (x) => { const [n, v] = x.rx(/按在校学生([\d,]+)人计算，生均公用经费([\d,.]+)元/); return RE(div(mul(x.cells('公用经费', 2)[1], '10000'), n), v); }],
    ['控制率', (x) => { const [b, z, r] = x.rx(/核定编制(\d+)名，年末在职教职工(\d+)人，人员控制率([\d.]+)%/); return RATIO(r, z, b); }],
    ['得分与等级', (x) => { const L = ['运行成本', '管理效率', '履职效能', '社会效应', '服务对象满意度'].map((l) => x.cells(l, 2)); const [t, g] = x.rx(/本单位自评得分([\d.]+)分，评价等级为“(.+?)”/); return eq(sumR(L.map((r) => r[0])), '100') && eq(sumR(L.map((r) => r[1])), t) && GRADE(t, g); }],
  ],
};

S['za04-hengchuan-farmland-subsidy-policy.md'] = {
  target: ['户均补贴', (x) => { const [m] = x.rx(/全年发放补贴资金([\d,.]+)元/); const [h] = x.rx(/涉及农户([\d,]+)户/); const [v] = x.rx(/户均补贴([\d,.]+)元/); return RATIO(v, m, h, '1'); }],
  guards: [
    ['分乡镇表合计', (x) => { const T = ['荇湖乡', '蒲汀镇', '鹤皋镇', '芦溆乡', '青蕖镇', '梓陌乡'].map((l) => x.cells(l, 3)); const t = x.cells('合计', 3, '乡镇'); return [0, 1, 2].every((i) => SUM(t[i], ...T.map((r) => r[i]))); }],
    ['各乡镇资金=面积×标准', (x) => { const [std] = x.rx(/补贴标准为每亩([\d.]+)元/); return ['荇湖乡', '蒲汀镇', '鹤皋镇', '芦溆乡', '青蕖镇', '梓陌乡'].every((l) => { const r = x.cells(l, 3); return eq(r[2], mul(r[0], std)); }); }],
    ['正文=表', (x) => { const [m] = x.rx(/全年发放补贴资金([\d,.]+)元/); const [a] = x.rx(/全县核定补贴面积([\d,.]+)亩/); const [h] = x.rx(/涉及农户([\d,]+)户/); const t = x.cells('合计', 3, '乡镇'); return eq(a, t[0]) && eq(h, t[1]) && eq(m, t[2]); }],
    ['元/万元/亿元', (x) => { const [m, w, y] = x.rx(/全年发放补贴资金([\d,.]+)元（([\d,.]+)万元，约([\d.]+)亿元）/); return RE(div(m, '10000'), w) && RE(div(m, '100000000'), y); }],
    ['亩均', (x) => { const [m] = x.rx(/全年发放补贴资金([\d,.]+)元/); const [a] = x.rx(/全县核定补贴面积([\d,.]+)亩/); const [v] = x.rx(/亩均补贴([\d,.]+)元/); return RATIO(v, m, a, '1'); }],
    ['面积同比', (x) => { const [a, l, d, r] = x.rx(/全县核定补贴面积([\d,.]+)亩，较上年([\d,.]+)亩增加([\d,.]+)亩，增长([\d.]+)%/); return DIFF(d, a, l) && RATIO(r, d, l); }],
    ['结余与发放率', (x) => { const [xd] = x.rx(/下达我县补贴资金([\d,.]+)万元/); const [m] = x.rx(/全年发放补贴资金([\d,.]+)元/); const [j, jw] = x.rx(/结余资金([\d,.]+)元（([\d.]+)万元）/); const [r] = x.rx(/资金发放率([\d.]+)%/); return eq(j, sub(mul(xd, '10000'), m)) && RE(div(j, '10000'), jw) && RATIO(r, m, mul(xd, '10000')); }],
    ['得分与等级', (x) => { const L = ['决策', '过程', '产出', '效益'].map((l) => x.cells(l, 2)); const t = x.cells('合计', 2, '一级指标'); const [p, g] = x.rx(/绩效自评得分([\d.]+)分，评价等级为“(.+?)”/); return eq(sumR(L.map((r) => r[0])), t[0]) && eq(sumR(L.map((r) => r[1])), t[1]) && eq(p, t[1]) && GRADE(p, g); }],
  ],
};

S['za05-jichuan-rural-water-special-fund.md'] = {
  target: ['合计工程处数=各县之和', (x) => { const C = ['苇塘县', '雁屿县', '蘅川县', '霁北区'].map((l) => x.cells(l, 5)); const t = x.cells('合计', 5); return SUM(t[4], ...C.map((r) => r[4])); }],
  guards: [
    ['其他列合计', (x) => { const C = ['苇塘县', '雁屿县', '蘅川县', '霁北区'].map((l) => x.cells(l, 5)); const t = x.cells('合计', 5); return [0, 1, 3].every((i) => SUM(t[i], ...C.map((r) => r[i]))); }],
    ['各县与合计执行率', (x) => ['苇塘县', '雁屿县', '蘅川县', '霁北区', '合计'].every((l) => { const r = x.cells(l, 5); return RATIO(r[2], r[1], r[0]); })],
    ['资金来源', (x) => { const [t, y, a, b, c] = x.rx(/专项资金([\d,.]+)万元（约([\d.]+)亿元），其中中央资金([\d,.]+)万元、省级资金([\d,.]+)万元、市级资金([\d,.]+)万元/); return SUM(t, a, b, c) && RE(div(t, '10000'), y) && eq(t, x.cells('合计', 5)[0]); }],
    ['正文支出与执行率=表', (x) => { const [z, r] = x.rx(/实际支出([\d,.]+)万元，总体执行率([\d.]+)%/); const t = x.cells('合计', 5); return eq(z, t[1]) && eq(r, t[2]); }],
    ['蘅川县超支=上年结转', (x) => { const [j] = x.rx(/统筹使用上年结转资金([\d.]+)万元/); const r = x.cells('蘅川县', 5); return DIFF(j, r[1], r[0]); }],
    ['正文工程数、人口与人均', (x) => { const [g, p, v] = x.rx(/全年新建改造农村供水工程(\d+)处，受益人口([\d.]+)万人，人均投入([\d,.]+)元/); const t = x.cells('合计', 5); return eq(g, t[4]) && eq(p, t[3]) && RE(div(t[1], p), v); }],
    ['百分点', (x) => { const [a, b, c] = x.rx(/由上年的([\d.]+)%提高到([\d.]+)%，提升([\d.]+)个百分点/); return DIFF(c, b, a); }],
    ['得分与等级', (x) => { const L = ['决策', '过程', '产出', '效益', '满意度'].map((l) => x.cells(l, 2)); const t = x.cells('总分', 2); const [p, g] = x.rx(/绩效自评得分([\d.]+)分，评价等级为“(.+?)”/); return eq(sumR(L.map((r) => r[0])), t[0]) && eq(sumR(L.map((r) => r[1])), t[1]) && eq(p, t[1]) && GRADE(p, g); }],
  ],
};

S['za06-luting-qiming-kindergarten-project.md'] = {
  target: ['正文元=表万元', (x) => { const [y, u] = x.rx(/全年项目实际支出([\d,.]+)(万元|元)/); return RE(u === '元' ? div(y, '10000') : D(y), fundRows(x).tot[2]); }],
  guards: [
    ['资金表', (x) => fundGuards(x)],
    ['正文资金=表', (x) => { const [a, z, q, e, r] = x.rx(/项目年初预算([\d.]+)万元，9月秋季学期招生增加后追加([\d.]+)万元，全年预算([\d.]+)万元，全部为当年财政拨款。全年执行([\d.]+)万元，执行率([\d.]+)%/); const t = fundRows(x).tot; return SUM(q, a, z) && eq(a, t[0]) && eq(q, t[1]) && eq(e, t[2]) && eq(r, t[4]); }],
    ['总分与等级', (x) => { const L = ['保障在园幼儿人数', '教职工业务培训次数', '保教质量评估等级', '资金拨付及时率', '保教运转成本', '家庭经济困难幼儿资助人数', '幼儿园安全责任事故（负向）', '家长满意度']; const r = fundRows(x); const s = scoreSum(x, L, { rate: [r.tot[3], r.tot[5]] }); const t = x.cells('总分', 2); const [p, g] = x.rx(/本项目自评总分([\d.]+)分，评价等级为“(.+?)”/); return eq(s.w, '100') && eq(t[0], '100') && eq(s.s, t[1]) && eq(p, t[1]) && GRADE(p, g); }],
    ['成本指标=表执行数', (x) => { const r = indRow(x, '保教运转成本'); return eq(numIn(r[1]), fundRows(x).tot[2]) && RULE(r[0], r[1], r[2], r[3], 'le'); }],
  ],
};

S['za07-tangli-civil-affairs-dept.md'] = {
  target: ['项目支出占比', (x) => { const [z, , , , p, r] = x.rx(/部门支出合计([\d,.]+)万元，其中基本支出([\d,.]+)万元（人员经费([\d,.]+)万元、公用经费([\d,.]+)万元），项目支出([\d,.]+)万元，项目支出占总支出的([\d.]+)%/); return RATIO(r, p, z); }],
  guards: [
    ['支出构成', (x) => { const [z, b, ry, gy, p] = x.rx(/部门支出合计([\d,.]+)万元，其中基本支出([\d,.]+)万元（人员经费([\d,.]+)万元、公用经费([\d,.]+)万元），项目支出([\d,.]+)万元/); return SUM(z, b, p) && SUM(b, ry, gy) && eq(p, x.cells('合计', 2, '项目名称')[1]); }],
    ['明细表合计与执行率', (x) => { const L = ['城乡最低生活保障', '特困人员救助供养', '临时救助', '残疾人两项补贴'].map((l) => x.cells(l, 3)); const t = x.cells('合计', 3, '项目名称'); return SUM(t[0], ...L.map((r) => r[0])) && SUM(t[1], ...L.map((r) => r[1])) && [...L, t].every((r) => RATIO(r[2], r[1], r[0])); }],
    ['低保占比与人均', (x) => { const [d, r, n, v] = x.rx(/城乡最低生活保障资金([\d,.]+)万元，占项目支出的([\d.]+)%；全年保障城乡低保对象([\d,]+)人，年人均补助([\d,.]+)元/); const [p] = x.rx(/项目支出([\d,.]+)万元，项目支出占/); return eq(d, x.cells('城乡最低生活保障', 3)[1]) && RATIO(r, d, p) && RE(div(mul(d, '10000'), n), v); }],
    ['总分与等级', (x) => { const L = ['“三公”经费变动率', '公用经费控制率', '预算执行率', '结转结余率', '资产账实相符率', '低保资金按时足额发放率', '特困人员集中供养率', '临时救助对象审核时限', '两项补贴精准发放率', '困难群众兜底保障覆盖率', '救助信息系统动态更新', '救助对象满意度']; const s = scoreSum(x, L); const t = x.cells('合计', 2, '一级指标'); const [p, g] = x.rx(/整体支出绩效自评得分([\d.]+)分，评价等级为“(.+?)”/); return eq(s.w, '100') && eq(s.s, t[1]) && eq(p, t[1]) && GRADE(p, g); }],
    ['按比例计分', (x) => { const r = indRow(x, '两项补贴精准发放率'); return RULE(r[0], r[1], r[2], r[3], 'ge'); }],
  ],
};

S['za08-shanze-luanting-village-environment-project.md'] = {
  target: ['结转结余=全年预算−执行', (x) => { const [j] = x.rx(/年末项目结转结余([\d.]+)万元/); const t = fundRows(x).tot; return DIFF(j, t[1], t[2]); }],
  guards: [
    ['资金表', (x) => fundGuards(x)],
    ['正文资金=表', (x) => { const [a, jz, z, q] = x.rx(/年初预算([\d.]+)万元（含上年结转([\d.]+)万元），年中县财政追加改厕奖补资金([\d.]+)万元，全年预算([\d.]+)万元/); const [e, r] = x.rx(/全年实际支出([\d.]+)万元，预算执行率为([\d.]+)%/); const f = fundRows(x); return SUM(q, a, z) && eq(a, f.tot[0]) && eq(jz, f.jz[0]) && eq(q, f.tot[1]) && eq(e, f.tot[2]) && eq(r, f.tot[4]); }],
    ['户均', (x) => { const [e] = x.rx(/全年实际支出([\d.]+)万元/); const [h, v] = x.rx(/受益农户([\d,]+)户，户均投入([\d,.]+)元/); return RE(div(mul(e, '10000'), h), v); }],
    ['总分与等级', (x) => { const L = ['农村户厕改造户数', '黑臭水体（沟渠）治理条数', '改厕验收合格率', '村庄保洁覆盖率', '户厕改造户均成本', '生活垃圾无害化处理率', '农村生活污水治理率', '群众满意度']; const r = fundRows(x); const s = scoreSum(x, L, { rate: [r.tot[3], r.tot[5]] }); const t = x.cells('总分', 2); const [p, g] = x.rx(/项目得分([\d.]+)分，评价等级为“(.+?)”/); return eq(s.w, '100') && eq(s.s, t[1]) && eq(p, t[1]) && GRADE(p, g); }],
    ['按比例计分', (x) => ['黑臭水体（沟渠）治理条数', '农村生活污水治理率'].every((l) => { const r = indRow(x, l); return RULE(r[0], r[1], r[2], r[3], 'ge'); })],
  ],
};

S['za09-yanyu-liaowan-health-center-dept.txt'] = {
  target: ['正文事业收入（万元）=表', (x) => { const m = x.text.match(/事业收入([\d,.]+)(万元|元)，主要为医疗服务收入/); if (!m) throw new Error('no match'); const v = m[2] === '万元' ? D(m[1]) : div(m[1], '10000'); return eq(v, x.cells('事业收入', 2)[1]); }],
  guards: [
    ['收支表各列', (x) => [0, 1].every((i) => { const c = (l) => x.cells(l, 2)[i]; return SUM(c('收入合计'), c('财政拨款收入'), c('事业收入'), c('其他收入')) && SUM(c('支出合计'), c('基本支出'), c('项目支出')) && SUM(c('基本支出'), c('人员经费'), c('公用经费')); })],
    ['收入同比与占比', (x) => { const [s, a, r, p] = x.rx(/收入合计([\d,.]+)万元，较上年增加([\d,.]+)万元，增长([\d.]+)%。财政拨款收入占收入合计的([\d.]+)%/); const t = x.cells('收入合计', 2); return eq(s, t[1]) && DIFF(a, t[1], t[0]) && RATIO(r, a, t[0]) && RATIO(p, x.cells('财政拨款收入', 2)[1], s); }],
    ['正文支出=表', (x) => { const [z, b, p] = x.rx(/支出合计([\d,.]+)万元，其中基本支出([\d,.]+)万元、项目支出([\d,.]+)万元/); return eq(z, x.cells('支出合计', 2)[1]) && eq(b, x.cells('基本支出', 2)[1]) && eq(p, x.cells('项目支出', 2)[1]); }],
    ['三公', (x) => { const [a, b, c, t] = x.rx(/公务接待费([\d.]+)万元，公务用车运行维护费([\d.]+)万元，因公出国（境）费(\d+)万元，“三公”经费合计([\d.]+)万元/); return SUM(t, a, b, c); }],
    ['控制率', (x) => { const [b, z, r] = x.rx(/核定编制(\d+)名，年末在职在编(\d+)人，人员控制率([\d.]+)%/); return RATIO(r, z, b); }],
    ['得分与等级', (x) => { const L = ['运行成本', '管理效率', '履职效能', '社会效应', '服务对象满意度'].map((l) => x.cells(l, 2)); const t = x.cells('合计', 2, '一级指标'); const [p, g] = x.rx(/本单位得分([\d.]+)分，评价等级为“(.+?)”/); return eq(sumR(L.map((r) => r[0])), t[0]) && eq(sumR(L.map((r) => r[1])), t[1]) && eq(p, t[1]) && GRADE(p, g); }],
  ],
};

S['za10-weitang-student-aid-policy.txt'] = {
  target: ['等级由总分决定', (x) => { const [p, g] = x.rx(/综合自评得分([\d.]+)分，评价等级为“(.+?)”/); return GRADE(p, g); }],
  guards: [
    ['总分=Σ得分=表', (x) => { const L = ['决策', '过程', '产出', '效益'].map((l) => x.cells(l, 2)); const t = x.cells('合计', 2, '一级指标'); const [p] = x.rx(/综合自评得分([\d.]+)分/); return eq(sumR(L.map((r) => r[0])), t[0]) && eq(sumR(L.map((r) => r[1])), t[1]) && eq(p, t[1]); }],
    ['资助表合计', (x) => { const L = ['学前教育幼儿资助', '义务教育家庭经济困难寄宿生生活补助', '普通高中国家助学金', '中等职业教育国家助学金'].map((l) => x.cells(l, 2)); const t = x.cells('合计', 2, '资助项目'); return [0, 1].every((i) => SUM(t[i], ...L.map((r) => r[i]))); }],
    ['发放率', (x) => { const [d, m, r] = x.rx(/下达学生资助资金([\d,.]+)万元，全年发放([\d,.]+)万元，资金发放率为([\d.]+)%/); return RATIO(r, m, d) && eq(m, x.cells('合计', 2, '资助项目')[1]); }],
    ['人次同比', (x) => { const [n, l, a, r] = x.rx(/全年资助学生([\d,]+)人次，较上年([\d,]+)人次增加([\d,]+)人次，增长([\d.]+)%/); return DIFF(a, n, l) && RATIO(r, a, l) && eq(n, x.cells('合计', 2, '资助项目')[0]); }],
  ],
};

S['za11-qinghuang-yuntang-township-dept.txt'] = {
  target: ['三公合计=分项（2024决算）', (x) => { const c = (l) => x.cells(l, 3, '“三公”经费支出情况表'); return SUM(c('合计')[2], c('因公出国（境）费')[2], c('公务用车购置及运行维护费')[2], c('公务接待费')[2]); }],
  guards: [
    ['三公其他列', (x) => { const c = (l) => x.cells(l, 3, '“三公”经费支出情况表'); return [0, 1].every((i) => SUM(c('合计')[i], c('因公出国（境）费')[i], c('公务用车购置及运行维护费')[i], c('公务接待费')[i])); }],
    ['公务用车其中', (x) => { const c = (l) => x.cells(l, 3, '“三公”经费支出情况表'); return [0, 1, 2].every((i) => SUM(c('公务用车购置及运行维护费')[i], c('其中：公务用车购置费')[i], c('公务用车运行维护费')[i])); }],
    ['正文三公', (x) => { const [d, a, b, r] = x.rx(/“三公”经费决算([\d.]+)万元，比预算减少([\d.]+)万元，比上年减少([\d.]+)万元，下降([\d.]+)%/); const t = x.cells('合计', 3, '“三公”经费支出情况表'); return eq(d, t[2]) && DIFF(a, t[1], t[2]) && DIFF(b, t[0], t[2]) && RATIO(r, b, t[0]); }],
    ['收支', (x) => { const [s, c, q] = x.rx(/收入合计([\d,.]+)万元，其中财政拨款收入([\d,.]+)万元，其他收入([\d.]+)万元/); const [z, b, ry, gy, p] = x.rx(/支出合计([\d,.]+)万元，其中基本支出([\d.]+)万元（人员经费([\d.]+)万元、公用经费([\d.]+)万元），项目支出([\d.]+)万元/); return SUM(s, c, q) && SUM(z, b, p) && SUM(b, ry, gy); }],
    ['得分与等级', (x) => { const L = ['运行成本', '管理效率', '履职效能', '社会效应', '服务对象满意度'].map((l) => x.cells(l, 2)); const [p, g] = x.rx(/部门整体支出绩效自评得分([\d.]+)分，评价等级为“(.+?)”/); const [k] = x.rx(/扣([\d.]+)分/); const lz = x.cells('履职效能', 2); return eq(sumR(L.map((r) => r[0])), '100') && eq(sumR(L.map((r) => r[1])), p) && GRADE(p, g) && DIFF(k, lz[0], lz[1]); }],
  ],
};

S['za12-zhipi-small-reservoir-project.txt'] = {
  target: ['分项执行率①', (x) => { const [a, b, r] = x.rx(/①大坝安全鉴定：预算([\d.]+)万元，支出([\d.]+)万元，执行率([\d.]+)%/); return RATIO(r, b, a); }],
  guards: [
    ['分项②③执行率', (x) => ['②巡查管护员补助', '③维修养护'].every((l) => { const [a, b, r] = x.rx(new RegExp(l + '：预算([\\d.]+)万元，支出([\\d.]+)万元，执行率([\\d.]+)%')); return RATIO(r, b, a); })],
    ['分项合计=全年', (x) => { const m = [...x.text.matchAll(/[①②③][^：]+：预算([\d.]+)万元，支出([\d.]+)万元/g)]; const f = fundRows(x).tot; return m.length === 3 && SUM(f[1], ...m.map((r) => r[1])) && SUM(f[2], ...m.map((r) => r[2])); }],
    ['资金表', (x) => fundGuards(x)],
    ['正文资金=表', (x) => { const [a, z, q, e] = x.rx(/项目年初预算([\d.]+)万元，年中追加大坝安全鉴定经费([\d.]+)万元，全年预算([\d.]+)万元，全年执行([\d.]+)万元/); const t = fundRows(x).tot; return SUM(q, a, z) && eq(a, t[0]) && eq(q, t[1]) && eq(e, t[2]); }],
    ['人均管护补助', (x) => { const [b] = x.rx(/②巡查管护员补助：预算[\d.]+万元，支出([\d.]+)万元/); const [n, v] = x.rx(/共(\d+)名，人均补助([\d.]+)万元/); return RE(div(b, n), v); }],
    ['单座成本', (x) => { const [b] = x.rx(/③维修养护：预算[\d.]+万元，支出([\d.]+)万元/); const r = indRow(x, '单座水库维修养护成本'); const n = numIn(indRow(x, '维修养护小型水库座数')[1]); return RE(div(b, n), numIn(r[1])) && RULE(r[0], r[1], r[2], r[3], 'le'); }],
    ['总分与等级', (x) => { const L = ['维修养护小型水库座数', '完成大坝安全鉴定座数', '维修养护工程验收合格率', '汛前检查完成时间', '单座水库维修养护成本', '小型水库安全度汛率', '溃坝及人员伤亡事故', '受益群众满意度']; const r = fundRows(x); const s = scoreSum(x, L, { rate: [r.tot[3], r.tot[5]] }); const t = x.cells('总分', 2); const [p, g] = x.rx(/自评得分([\d.]+)分，评价等级为“(.+?)”/); return eq(s.w, '100') && eq(s.s, t[1]) && eq(p, t[1]) && GRADE(p, g); }],
    ['满意度按比例', (x) => { const r = indRow(x, '受益群众满意度'); return RULE(r[0], r[1], r[2], r[3], 'ge'); }],
  ],
};

S['za13-tangli-mch-cancer-screening-project.txt'] = {
  target: ['每人次成本=支出/人次', (x) => { const [e] = x.rx(/全年支出([\d.]+)万元/); const [n, v] = x.rx(/合计([\d,]+)人次，每人次筛查成本([\d.]+)元/); return RE(div(mul(e, '10000'), n), v); }],
  guards: [
    ['人次合计', (x) => { const [a, b, n] = x.rx(/完成宫颈癌筛查([\d,]+)人、乳腺癌筛查([\d,]+)人，合计([\d,]+)人次/); return SUM(n, a, b); }],
    ['资金表', (x) => fundGuards(x)],
    ['正文执行率=表', (x) => { const [q, e, r] = x.rx(/项目预算([\d.]+)万元，全部为当年财政拨款，全年支出([\d.]+)万元，预算执行率([\d.]+)%/); const t = fundRows(x).tot; return eq(q, t[1]) && eq(e, t[2]) && eq(r, t[4]) && RATIO(r, e, q); }],
    ['早诊率按比例', (x) => { const r = indRow(x, '早诊率'); return RULE(r[0], r[1], r[2], r[3], 'ge'); }],
    ['总分与等级', (x) => { const L = ['宫颈癌筛查人数', '乳腺癌筛查人数', '阳性病例随访率', '早诊率', '筛查任务完成时间', '适龄妇女筛查覆盖率', '项目知晓率', '受检妇女满意度']; const r = fundRows(x); const s = scoreSum(x, L, { rate: [r.tot[3], r.tot[5]] }); const t = x.cells('总分', 2); const [p, g] = x.rx(/本项目自评得分([\d.]+)分，评价等级为“(.+?)”/); return eq(s.w, '100') && eq(s.s, t[1]) && eq(p, t[1]) && GRADE(p, g); }],
  ],
};

S['za14-shanze-vocational-school-dept.txt'] = {
  target: ['公用经费减少额', (x) => { const [c, l, a] = x.rx(/2\.公用经费([\d.]+)万元（上年([\d.]+)万元），较上年减少([\d.]+)万元/); return DIFF(a, l, c); }],
  guards: [
    ['公用经费下降率', (x) => { const [c, l, r] = x.rx(/2\.公用经费([\d.]+)万元（上年([\d.]+)万元），较上年减少[\d.]+万元，下降([\d.]+)%/); return RATIO(r, sub(l, c), l); }],
    ['人员经费同比', (x) => { const [c, l, a, r] = x.rx(/1\.人员经费([\d,.]+)万元（上年([\d,.]+)万元），较上年增加([\d.]+)万元，增长([\d.]+)%/); return DIFF(a, c, l) && RATIO(r, a, l); }],
    ['收支简表', (x) => { const c = (l) => x.cells(l, 1)[0]; return SUM(c('一、本年收入合计'), c('（一）财政拨款收入'), c('（二）事业收入'), c('（三）其他收入')) && SUM(c('二、本年支出合计'), c('（一）基本支出'), c('（二）项目支出')) && SUM(c('（一）基本支出'), c('1.人员经费'), c('2.公用经费')) && eq(c('四、年末结转结余'), sub(add(c('三、年初结转结余'), c('一、本年收入合计')), c('二、本年支出合计'))); }],
    ['正文=表', (x) => { const [r] = x.rx(/1\.人员经费([\d,.]+)万元（上年/); const [g] = x.rx(/2\.公用经费([\d.]+)万元（上年/); return eq(r, x.cells('1.人员经费', 1)[0]) && eq(g, x.cells('2.公用经费', 1)[0]); }],
    ['生均公用经费', (x) => { const [n] = x.rx(/在校生([\d,]+)人/); const [g] = x.rx(/2\.公用经费([\d.]+)万元/); const [v] = x.rx(/生均公用经费([\d,.]+)元/); return RE(div(mul(g, '10000'), n), v); }],
    ['三公', (x) => { const [t, a, b] = x.rx(/“三公”经费支出([\d.]+)万元，其中公务接待费([\d.]+)万元、公务用车运行维护费([\d.]+)万元/); return SUM(t, a, b); }],
    ['得分与等级', (x) => { const L = ['运行成本', '管理效率', '履职效能', '社会效应', '服务对象满意度'].map((l) => x.cells(l, 2)); const t = x.cells('合计', 2, '一级指标'); const [p, g] = x.rx(/学校自评得分([\d.]+)分，评价等级为“(.+?)”/); return eq(sumR(L.map((r) => r[0])), t[0]) && eq(sumR(L.map((r) => r[1])), t[1]) && eq(p, t[1]) && GRADE(p, g); }],
  ],
};

S['za15-yanyu-family-planning-aid-policy.txt'] = {
  target: ['合计特别扶助人数=各乡镇之和', (x) => { const L = ['蓼湾镇', '鹊岭镇', '橘浦乡', '澹溪镇', '蓬渚乡'].map((l) => x.cells(l, 3, '乡镇')); const t = x.cells('合计', 3, '乡镇'); return SUM(t[1], ...L.map((r) => r[1])); }],
  guards: [
    ['其他列合计', (x) => { const L = ['蓼湾镇', '鹊岭镇', '橘浦乡', '澹溪镇', '蓬渚乡'].map((l) => x.cells(l, 3, '乡镇')); const t = x.cells('合计', 3, '乡镇'); return [0, 2].every((i) => SUM(t[i], ...L.map((r) => r[i]))); }],
    ['正文金额', (x) => { const [a, ma, b, s, d, mt, m, w] = x.rx(/确认奖励扶助对象([\d,]+)人，发放奖励扶助金([\d,.]+)元；确认特别扶助对象(\d+)人（伤残家庭(\d+)人、死亡家庭(\d+)人），发放特别扶助金([\d,.]+)元。两项合计发放([\d,.]+)元（([\d.]+)万元）/); const [s1, s2, s3] = x.rx(/奖励扶助每人每年([\d,]+)元，特别扶助伤残家庭每人每年([\d,]+)元、死亡家庭每人每年([\d,]+)元/); const t = x.cells('合计', 3, '乡镇'); return eq(ma, mul(a, s1)) && SUM(b, s, d) && eq(mt, add(mul(s, s2), mul(d, s3))) && SUM(m, ma, mt) && RE(div(m, '10000'), w) && eq(a, t[0]) && eq(b, t[1]) && eq(m, t[2]); }],
    ['总分与等级', (x) => { const L = ['奖励扶助对象人数', '特别扶助对象人数', '扶助对象资格确认准确率', '扶助金发放时间', '冒领错发金额', '扶助对象生活水平改善', '扶助政策知晓率', '扶助对象满意度']; const s = scoreSum(x, L); const t = x.cells('总分', 2); const [p, g] = x.rx(/本政策自评总分([\d.]+)分，评价等级为“(.+?)”/); return eq(s.w, '100') && eq(s.s, t[1]) && eq(p, t[1]) && GRADE(p, g); }],
  ],
};

S['za16-zhipi-experimental-school-nutrition-project.txt'] = {
  target: ['供餐天数按比例计分', (x) => { const r = indRow(x, '营养餐供餐天数'); return RULE(r[0], r[1], r[2], r[3], 'ge'); }],
  guards: [
    ['其他指标计分', (x) => [['受益学生人数', 'ge'], ['食品安全事故（负向）', 'le'], ['学生体质健康达标率', 'ge'], ['学生营养知识知晓率', 'ge'], ['学生及家长满意度', 'ge']].every(([l, c]) => { const r = indRow(x, l); return RULE(r[0], r[1], r[2], r[3], c); })],
    ['资金表', (x) => fundGuards(x)],
    ['正文资金=表', (x) => { const [a, z, q, e, r] = x.rx(/年初预算([\d.]+)万元，秋季学期学生增加追加([\d.]+)万元，全年预算([\d.]+)万元；全年支出([\d.]+)万元，执行率([\d.]+)%/); const t = fundRows(x).tot; return SUM(q, a, z) && eq(a, t[0]) && eq(q, t[1]) && eq(e, t[2]) && eq(r, t[4]); }],
    ['总分与等级', (x) => { const L = ['受益学生人数', '营养餐供餐天数', '食品安全事故（负向）', '食材验收合格率', '资金拨付及时率', '学生体质健康达标率', '学生营养知识知晓率', '学生及家长满意度']; const r = fundRows(x); const s = scoreSum(x, L, { rate: [r.tot[3], r.tot[5]] }); const t = x.cells('总分', 2); const [p, g] = x.rx(/项目自评得分([\d.]+)分，评价等级为“(.+?)”/); return eq(s.w, '100') && eq(s.s, t[1]) && eq(p, t[1]) && GRADE(p, g); }],
  ],
};

S['za17-weitang-people-hospital-it-project.docx'] = {
  target: ['当年财政拨款执行率', (x) => { const r = fundRows(x).cz; return RATIO(r[4], r[2], r[1]); }],
  guards: [
    ['资金表', (x) => fundGuards(x)],
    ['上年结转执行率', (x) => { const r = fundRows(x).jz; return RATIO(r[4], r[2], r[1]); }],
    ['正文资金=表', (x) => { const [a, q, cz, jz, e, r] = x.rx(/项目年初预算([\d.]+)万元，全年预算([\d.]+)万元，其中当年财政拨款([\d.]+)万元、上年结转资金([\d.]+)万元。全年执行([\d.]+)万元，预算执行率([\d.]+)%/); const f = fundRows(x); return SUM(q, cz, jz) && eq(a, f.tot[0]) && eq(q, f.tot[1]) && eq(cz, f.cz[1]) && eq(jz, f.jz[1]) && eq(e, f.tot[2]) && eq(r, f.tot[4]); }],
    ['总分与等级', (x) => { const L = ['接入医共体成员单位数', '远程会诊例数', '电子病历系统应用水平', '系统年故障停机时长（负向）', '项目验收时间', '县域内基层首诊率', '检查检验结果互认机构数', '患者满意度']; const r = fundRows(x); const s = scoreSum(x, L, { rate: [r.tot[3], r.tot[5]] }); const t = x.cells('总分', 2); const [p, g] = x.rx(/项目自评得分([\d.]+)分，评价等级为“(.+?)”/); return eq(s.w, '100') && eq(s.s, t[1]) && eq(p, t[1]) && GRADE(p, g); }],
    ['负向指标', (x) => { const r = indRow(x, '系统年故障停机时长（负向）'); return RULE(r[0], r[1], r[2], r[3], 'le'); }],
  ],
};

S['za18-hengchuan-agriculture-bureau-dept.docx'] = {
  target: ['正文公用经费=表', (x) => { const [g] = x.rx(/\n公用经费([\d.]+)万元，主要用于/); return eq(g, x.cells('公用经费', 2, '部门收支决算表')[1]); }],
  guards: [
    ['收支表各列与结转', (x) => [0, 1].every((i) => { const c = (l) => x.cells(l, 2, '部门收支决算表')[i]; return SUM(c('收入合计'), c('财政拨款收入'), c('其他收入')) && SUM(c('支出合计'), c('基本支出'), c('项目支出')) && SUM(c('基本支出'), c('其中：人员经费'), c('公用经费')) && eq(c('年末结转结余'), sub(add(c('年初结转结余'), c('收入合计')), c('支出合计'))); }) && eq(x.cells('年末结转结余', 2, '部门收支决算表')[0], x.cells('年初结转结余', 2, '部门收支决算表')[1])],
    ['正文收支=表', (x) => { const [s, l, c, q, y, r] = x.rx(/收入合计([\d,.]+)万元，较上年([\d,.]+)万元有所增加。其中财政拨款收入([\d,.]+)万元；其他收入([\d.]+)万元，年初预计([\d.]+)万元，完成预算的([\d.]+)%/); const [z, yi, b, p] = x.rx(/支出合计([\d,.]+)万元（约([\d.]+)亿元），其中基本支出([\d,.]+)万元、项目支出([\d,.]+)万元/); const t = (k) => x.cells(k, 2, '部门收支决算表'); return eq(s, t('收入合计')[1]) && eq(l, t('收入合计')[0]) && eq(c, t('财政拨款收入')[1]) && eq(q, t('其他收入')[1]) && RATIO(r, q, y) && eq(z, t('支出合计')[1]) && RE(div(z, '10000'), yi) && eq(b, t('基本支出')[1]) && eq(p, t('项目支出')[1]); }],
    ['三公表与正文', (x) => { const c = (l) => x.cells(l, 3, '“三公”经费支出表'); const ok = [0, 1, 2].every((i) => SUM(c('合计')[i], c('因公出国（境）费')[i], c('公务用车购置及运行费')[i], c('公务接待费')[i])); const [d, a, r, y] = x.rx(/“三公”经费决算([\d.]+)万元，较上年减少([\d.]+)万元，下降([\d.]+)%，控制在年初预算([\d.]+)万元以内/); const t = c('合计'); return ok && eq(d, t[2]) && DIFF(a, t[0], t[2]) && RATIO(r, a, t[0]) && eq(y, t[1]) && RATIO(numIn(indRow(x, '“三公”经费控制率')[1]), t[2], t[1]); }],
    ['结转结余变动率', (x) => { const c = (l) => x.cells(l, 2, '部门收支决算表'); const r = indRow(x, '结转结余变动率'); return RATIO(numIn(r[1]), sub(c('年末结转结余')[1], c('年初结转结余')[1]), c('年初结转结余')[1]); }],
    ['总分与等级', (x) => { const L = ['“三公”经费控制率', '公用经费控制率', '政府采购执行率', '预算执行率', '结转结余变动率', '内控制度健全性', '粮食播种面积', '高标准农田建设面积', '动物重大疫病免疫密度', '农产品质量安全抽检合格率', '农村居民人均可支配收入增长率', '耕地保有量', ['服务对象满意度', '满意度']]; const s = scoreSum(x, L); const t = x.cells('合计', 2, '一级指标'); const [p, g] = x.rx(/整体支出绩效得分([\d.]+)分，评价等级为“(.+?)”/); const [k] = x.rx(/按比例计([\d.]+)分/); const r = indRow(x, '农村居民人均可支配收入增长率'); return eq(s.w, '100') && eq(s.s, t[1]) && eq(p, t[1]) && GRADE(p, g) && RULE(r[0], r[1], r[2], r[3], 'ge') && eq(k, r[3]); }],
  ],
};

S['za19-tangli-pingzhou-township-dept.docx'] = {
  target: ['项目支出结余=预算−支出', (x) => { const [a, b, j] = x.rx(/项目支出预算([\d.]+)万元，实际支出([\d.]+)万元，结余([\d.]+)万元/); return DIFF(j, a, b); }],
  guards: [
    ['正文项目支出=表', (x) => { const [, b] = x.rx(/项目支出预算([\d.]+)万元，实际支出([\d.]+)万元/); return eq(b, x.cells('项目支出', 2, '收支决算对比表')[1]); }],
    ['收支表各列', (x) => [0, 1].every((i) => { const c = (l) => x.cells(l, 2, '收支决算对比表')[i]; return SUM(c('收入合计'), c('财政拨款收入'), c('其他收入')) && SUM(c('支出合计'), c('基本支出'), c('项目支出')) && SUM(c('基本支出'), c('其中：人员经费'), c('公用经费')); })],
    ['预算与执行率', (x) => { const [s, z, q, jb, xm, r] = x.rx(/收入合计([\d,.]+)万元，支出合计([\d,.]+)万元。全年预算([\d,.]+)万元（基本支出预算([\d.]+)万元、项目支出预算([\d.]+)万元），预算执行率([\d.]+)%/); const c = (l) => x.cells(l, 2, '收支决算对比表')[1]; return SUM(q, jb, xm) && RATIO(r, z, q) && eq(s, c('收入合计')) && eq(z, c('支出合计')) && eq(r, numIn(indRow(x, '预算执行率')[1])); }],
    ['基本支出正文', (x) => { const [b, r, g] = x.rx(/基本支出([\d.]+)万元，其中人员经费([\d.]+)万元、公用经费([\d.]+)万元/); return SUM(b, r, g); }],
    ['三公表', (x) => { const c = (l) => x.cells(l, 3, '“三公”经费情况表'); return [0, 1, 2].every((i) => SUM(c('合计')[i], c('因公出国（境）费')[i], c('公务用车购置及运行费')[i], c('公务接待费')[i])) && RATIO(numIn(indRow(x, '“三公”经费控制率')[1]), c('合计')[2], c('合计')[1]); }],
    ['人员经费增长', (x) => { const c = x.cells('其中：人员经费', 2, '收支决算对比表'); return RATIO(numIn(indRow(x, '人员经费增长控制')[1]), sub(c[1], c[0]), c[0]); }],
    ['总分与等级（表无合计行）', (x) => { const L = ['“三公”经费控制率', '人员经费增长控制', '预算执行率', '财务制度执行', '固定资产利用率', '高标准农田建设任务完成率', '农村道路“户户通”新增里程', '秸秆综合利用率', '安全生产事故', '群众诉求办结率', '辖区群众满意度']; const s = scoreSum(x, L); const [p, g] = x.rx(/自评得分([\d.]+)分，评价等级为“(.+?)”/); const r = indRow(x, '秸秆综合利用率'); return eq(s.w, '100') && eq(s.s, p) && GRADE(p, g) && RULE(r[0], r[1], r[2], r[3], 'ge'); }],
  ],
};

S['za20-shanze-rural-road-maintenance-project.docx'] = {
  target: ['总分=Σ得分', (x) => { const L = ['农村公路养护里程', '危桥改造座数', '路面修补面积', '优良中等路率', '病害处治及时率', '因路况引发的交通事故（负向）', '群众出行条件改善', '沿线群众满意度']; const r = fundRows(x); const s = scoreSum(x, L, { rate: [r.tot[3], r.tot[5]] }); const t = x.cells('总分', 2); return eq(s.w, '100') && eq(t[0], '100') && eq(s.s, t[1]); }],
  guards: [
    ['等级（按总分行）', (x) => { const [g] = x.rx(/本项目评价等级为“(.+?)”/); return GRADE(x.cells('总分', 2)[1], g); }],
    ['资金表', (x) => fundGuards(x)],
    ['危桥按比例、负向指标', (x) => { const a = indRow(x, '危桥改造座数'), b = indRow(x, '因路况引发的交通事故（负向）'); return RULE(a[0], a[1], a[2], a[3], 'ge') && RULE(b[0], b[1], b[2], b[3], 'le'); }],
    ['里程构成', (x) => { const [t, a, b, c] = x.rx(/总里程([\d,]+)公里，其中县道(\d+)公里、乡道(\d+)公里、村道(\d+)公里/); return SUM(t, a, b, c); }],
    ['每公里养护资金', (x) => { const [e, r] = x.rx(/全年执行([\d.]+)万元，预算执行率([\d.]+)%/); const [v] = x.rx(/平均每公里养护资金([\d,.]+)元/); const km = numIn(indRow(x, '农村公路养护里程')[1]); const t = fundRows(x).tot; return eq(e, t[2]) && eq(r, t[4]) && RE(div(mul(e, '10000'), km), v); }],
  ],
};

S['za21-luting-community-health-center-dept.docx'] = {
  target: ['人员经费占基本支出比重', (x) => { const [b, r, , s] = x.rx(/基本支出([\d,.]+)万元，其中人员经费([\d.]+)万元、公用经费([\d.]+)万元，人员经费占基本支出的([\d.]+)%/); return RATIO(s, r, b); }],
  guards: [
    ['基本支出构成=表', (x) => { const [b, r, g] = x.rx(/基本支出([\d,.]+)万元，其中人员经费([\d.]+)万元、公用经费([\d.]+)万元/); const c = (l) => x.cells(l, 2, '收入支出决算总表')[1]; return SUM(b, r, g) && eq(b, c('基本支出')) && eq(r, c('其中：人员经费')) && eq(g, c('公用经费')); }],
    ['收支表各列与结转', (x) => [0, 1].every((i) => { const c = (l) => x.cells(l, 2, '收入支出决算总表')[i]; return SUM(c('收入合计'), c('财政拨款收入'), c('事业收入'), c('其他收入')) && SUM(c('支出合计'), c('基本支出'), c('项目支出')) && SUM(c('基本支出'), c('其中：人员经费'), c('公用经费')) && eq(c('年末结转结余'), sub(add(c('年初结转结余'), c('收入合计')), c('支出合计'))); })],
    ['正文收入=表', (x) => { const [s, c, y, q, z, j] = x.rx(/收入合计([\d,.]+)万元，其中财政拨款收入([\d,.]+)万元、事业收入([\d.]+)万元、其他收入([\d.]+)万元。支出合计([\d,.]+)万元，年末结转结余([\d.]+)万元/); const t = (l) => x.cells(l, 2, '收入支出决算总表')[1]; return SUM(s, c, y, q) && eq(s, t('收入合计')) && eq(z, t('支出合计')) && eq(j, t('年末结转结余')); }],
    ['三公表', (x) => { const c = (l) => x.cells(l, 3, '“三公”经费支出情况'); return [0, 1, 2].every((i) => SUM(c('合计')[i], c('因公出国（境）费')[i], c('公务用车购置及运行费')[i], c('公务接待费')[i])) && RATIO(numIn(indRow(x, '“三公”经费控制率')[1]), c('合计')[2], c('合计')[1]); }],
    ['总分与等级', (x) => { const L = ['“三公”经费控制率', '百元医疗收入消耗的卫生材料', '预算执行率', '资产负债率', '政府采购执行率', '居民电子健康档案建档率', '65岁及以上老年人健康管理率', '门急诊人次', '重点人群签约率', '医疗纠纷发生数（负向）', '患者满意度']; const s = scoreSum(x, L); const t = x.cells('合计', 2, '一级指标'); const [p, g] = x.rx(/本单位自评得分([\d.]+)分，评价等级为“(.+?)”/); const r = indRow(x, '65岁及以上老年人健康管理率'); return eq(s.w, '100') && eq(s.s, t[1]) && eq(p, t[1]) && GRADE(p, g) && RULE(r[0], r[1], r[2], r[3], 'ge'); }],
  ],
};

S['za22-hengchuan-xinghu-blueberry-project.docx'] = {
  target: ['等级由总分决定', (x) => { const [p, g] = x.rx(/项目自评得分([\d.]+)分，评价等级为“(.+?)”/); return GRADE(p, g); }],
  guards: [
    ['总分=Σ得分=正文', (x) => { const L = ['新建蓝莓种植基地面积', '新建冷链仓储库容', '苗木成活率', '项目完工时间', '种植基地亩均建设成本', '村集体经济增收', '带动脱贫户（监测户）户数', '联农带农机制', '受益群众满意度']; const r = fundRows(x); const s = scoreSum(x, L, { rate: [r.tot[3], r.tot[5]] }); const t = x.cells('总分', 2); const [p] = x.rx(/项目自评得分([\d.]+)分/); return eq(s.w, '100') && eq(s.s, t[1]) && eq(p, t[1]); }],
    ['资金表', (x) => fundGuards(x)],
    ['按比例计分', (x) => [['新建冷链仓储库容', 'ge'], ['苗木成活率', 'ge'], ['村集体经济增收', 'ge'], ['受益群众满意度', 'ge'], ['种植基地亩均建设成本', 'le']].every(([l, c]) => { const r = indRow(x, l); return RULE(r[0], r[1], r[2], r[3], c); })],
    ['户均分红', (x) => { const [h, f, v] = x.rx(/向(\d+)户脱贫户（监测户）分红([\d.]+)万元，户均([\d,.]+)元/); return RE(div(mul(f, '10000'), h), v) && eq(h, numIn(indRow(x, '带动脱贫户（监测户）户数')[1])); }],
    ['正文执行率=表', (x) => { const [q, e, r] = x.rx(/项目全年预算([\d.]+)万元，全部为衔接推进乡村振兴补助资金（[^）]+），全年支出([\d.]+)万元，执行率([\d.]+)%/); const t = fundRows(x).tot; return eq(q, t[1]) && eq(e, t[2]) && eq(r, t[4]); }],
  ],
};

S['za23-shanze-farm-machinery-subsidy-policy.docx'] = {
  target: ['负向指标计分（违规率）', (x) => { const r = indRow(x, '补贴机具违规率（负向）'); return RULE(r[0], r[1], r[2], r[3], 'le'); }],
  guards: [
    ['其他指标计分', (x) => [['补贴资金兑付率', 'ge'], ['补贴机具数量', 'ge'], ['补贴资金结算时限', 'le'], ['农机作业服务收入增长率', 'ge'], ['主要农作物耕种收综合机械化率', 'ge'], ['购机农户满意度', 'ge']].every(([l, c]) => { const r = indRow(x, l); return RULE(r[0], r[1], r[2], r[3], c); })],
    ['品目表合计与占比', (x) => { const L = ['拖拉机', '插秧机', '谷物联合收割机', '植保无人机', '谷物烘干机'].map((l) => x.cells(l, 3, '机具品目')); const t = x.cells('合计', 2, '机具品目'); return SUM(t[0], ...L.map((r) => r[0])) && SUM(t[1], ...L.map((r) => r[1])) && L.every((r) => RATIO(r[2], r[1], t[1])); }],
    ['正文兑付', (x) => { const [d, m, y, r, n, h, v] = x.rx(/下达我县补贴资金([\d,.]+)万元，全年兑付([\d,.]+)万元（约([\d.]+)亿元），兑付率([\d.]+)%，未兑付资金结转下年继续使用。全年补贴机具(\d+)台（套），受益农户（含农机合作社）(\d+)户，户均补贴([\d,.]+)元/); const t = x.cells('合计', 2, '机具品目'); return eq(m, t[1]) && eq(n, t[0]) && RE(div(m, '10000'), y) && RATIO(r, m, d) && RE(div(mul(m, '10000'), h), v) && eq(r, numIn(indRow(x, '补贴资金兑付率')[1])) && eq(n, numIn(indRow(x, '补贴机具数量')[1])); }],
    ['总分与等级', (x) => { const L = ['政策目标明确性', '资金分配合理性', '资金到位率', '补贴资金兑付率', '补贴机具数量', '补贴资金结算时限', '补贴机具违规率（负向）', '农机化示范点建设', '农机作业服务收入增长率', '主要农作物耕种收综合机械化率', '购机农户满意度']; const s = scoreSum(x, L); const t = x.cells('合计', 2, '一级指标'); const [p, g] = x.rx(/得分([\d.]+)分，评价等级为“(.+?)”/); return eq(s.w, '100') && eq(s.s, t[1]) && eq(p, t[1]) && GRADE(p, g); }],
  ],
};

S['za24-weitang-yuying-primary-school-dept.docx'] = {
  target: ['三公合计=分项（2024决算）', (x) => { const c = (l) => x.cells(l, 3, '“三公”经费决算表'); return SUM(c('合计')[2], c('因公出国（境）费')[2], c('公务用车购置及运行费')[2], c('公务接待费')[2]); }],
  guards: [
    ['三公其他列', (x) => { const c = (l) => x.cells(l, 3, '“三公”经费决算表'); return [0, 1].every((i) => SUM(c('合计')[i], c('因公出国（境）费')[i], c('公务用车购置及运行费')[i], c('公务接待费')[i])); }],
    ['正文三公同比', (x) => { const [d, a, r] = x.rx(/“三公”经费支出([\d.]+)万元，较上年减少([\d.]+)万元，下降([\d.]+)%/); const t = x.cells('合计', 3, '“三公”经费决算表'); return eq(d, t[2]) && DIFF(a, t[0], t[2]) && RATIO(r, a, t[0]); }],
    ['收支表各列', (x) => [0, 1].every((i) => { const c = (l) => x.cells(l, 2, '收支决算表')[i]; return SUM(c('收入合计'), c('财政拨款收入'), c('其他收入')) && SUM(c('支出合计'), c('基本支出'), c('项目支出')) && SUM(c('基本支出'), c('其中：人员经费'), c('公用经费')); })],
    ['正文收支、占比、生均', (x) => { const [s, z, b, r, v, p] = x.rx(/收入合计([\d,.]+)万元，支出合计([\d,.]+)万元。基本支出([\d,.]+)万元，占支出合计的([\d.]+)%；生均公用经费([\d,.]+)元。项目支出([\d.]+)万元/); const [n] = x.rx(/在校学生([\d,]+)人/); const c = (l) => x.cells(l, 2, '收支决算表')[1]; return eq(s, c('收入合计')) && eq(z, c('支出合计')) && eq(b, c('基本支出')) && eq(p, c('项目支出')) && RATIO(r, b, z) && RE(div(mul(c('公用经费'), '10000'), n), v); }],
    ['得分与等级', (x) => { const L = ['运行成本', '管理效率', '履职效能', '社会效应', '服务对象满意度'].map((l) => x.cells(l, 2, '一级指标')); const t = x.cells('总分', 2); const [p, g] = x.rx(/部门整体支出绩效自评得分([\d.]+)分，评价等级为“(.+?)”/); return eq(sumR(L.map((r) => r[0])), t[0]) && eq(sumR(L.map((r) => r[1])), t[1]) && eq(p, t[1]) && GRADE(p, g); }],
  ],
};

// ---------------------------------------------------------------- 主流程
async function main() {
  const ans = fs.readFileSync(path.join(HERE, 'bad', 'ANSWERS.tsv'), 'utf8').split('\n').filter((l) => l !== '');
  const head = ans.shift().split('\t');
  if (head.join(',') !== 'file,line,old,new,kind,relation') fail('ANSWERS header ' + head.join(','));
  const cleanFiles = fs.readdirSync(path.join(HERE, 'clean')).sort();
  const badFiles = fs.readdirSync(path.join(HERE, 'bad')).filter((f) => f !== 'ANSWERS.tsv').sort();
  if (cleanFiles.join() !== badFiles.join()) fail('clean/bad file sets differ');
  const answered = new Set();
  const ext = { md: 0, txt: 0, docx: 0 };
  for (const row of ans) {
    const [file, lineS, oldS, newS, kind] = row.split('\t');
    if (row.split('\t').length !== 6) { fail('bad ANSWERS row ' + row); continue; }
    if (answered.has(file)) fail('duplicate answer ' + file);
    answered.add(file);
    const fmt = file.split('.').pop();
    ext[fmt]++;
    let ok = true;
    try {
      const c = await loadLines(path.join(HERE, 'clean', file));
      const b = await loadLines(path.join(HERE, 'bad', file));
      // 1) 差异恰好一行
      if (c.lines.length !== b.lines.length) throw new Error('line count differs');
      const diff = [];
      c.lines.forEach((l, i) => { if (l !== b.lines[i]) diff.push(i + 1); });
      if (diff.length !== 1) throw new Error('differs in ' + diff.length + ' lines: ' + diff.join(','));
      if (diff[0] !== Number(lineS)) throw new Error(`diff at ${diff[0]}, answer says ${lineS}`);
      const cl = c.lines[diff[0] - 1], bl = b.lines[diff[0] - 1];
      if (cl.split(oldS).length !== 2) throw new Error('old not exactly once in clean line');
      if (cl.replace(oldS, newS) !== bl) throw new Error('bad line is not clean line with old→new');
      if (c.zip) {
        const names = Object.keys(c.zip.files).sort();
        if (names.join() !== Object.keys(b.zip.files).sort().join()) throw new Error('zip members differ');
        for (const n of names) if (n !== 'word/document.xml') {
          const [x1, x2] = [await c.zip.file(n).async('nodebuffer'), await b.zip.file(n).async('nodebuffer')];
          if (!x1.equals(x2)) throw new Error('zip member differs: ' + n);
        }
      }
      // 2) 关系
      const spec = S[file];
      if (!spec) throw new Error('no relation spec');
      const xc = X(c.lines, fmt), xb = X(b.lines, fmt);
      const run = (fn, x) => { try { return fn(x); } catch (e) { return 'ERR ' + e.message; } };
      const tc = run(spec.target[1], xc), tb = run(spec.target[1], xb);
      if (tc !== true) throw new Error(`target "${spec.target[0]}" does not hold in clean (${tc})`);
      if (tb !== false) throw new Error(`target "${spec.target[0]}" not broken in bad (${tb})`);
      for (const [name, fn] of spec.guards) {
        const gc = run(fn, xc), gb = run(fn, xb);
        if (gc !== true) { ok = false; fail(`${file}: guard "${name}" fails in clean (${gc})`); }
        if (gb !== true) { ok = false; fail(`${file}: guard "${name}" fails in bad (${gb})`); }
      }
      if (ok) console.log(`ok   ${file}  [${kind}] ${spec.target[0]}  line ${lineS}: ${oldS} → ${newS}  (+${spec.guards.length} guards)`);
    } catch (e) {
      fail(`${file}: ${e.message}`);
    }
  }
  for (const f of cleanFiles) if (!answered.has(f)) fail('no answer for ' + f);
  if (ext.md !== 8 || ext.txt !== 8 || ext.docx !== 8) fail('format counts ' + JSON.stringify(ext));
  if (cleanFiles.length !== 24) fail('expected 24 clean files, got ' + cleanFiles.length);
  console.log(failures ? `\n${failures} failure(s)` : `\nall ${ans.length} bad copies verified`);
  process.exit(failures ? 1 : 0);
}
main().catch((e) => { console.error(e); process.exit(2); });
