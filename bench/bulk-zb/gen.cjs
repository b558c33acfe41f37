'use strict';
// 确定性生成器：node gen.cjs 重写 clean/、bad/、bad/ANSWERS.tsv 与 README.md（逐字节一致）。
// 只用 Node 内置模块与 jszip。所有地名、单位名、人名均为虚构。
const fs = require('fs');
const path = require('path');
const JSZip = require('jszip');
const DIR = __dirname;

// ---------------------------------------------------------------- RNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
class Retry extends Error {}
function mkR(seed) {
  const f = mulberry32(seed);
  return {
    f,
    int: (a, b) => a + Math.floor(f() * (b - a + 1)),
    real: (a, b) => a + f() * (b - a),
    pick: (arr) => arr[Math.floor(f() * arr.length)],
    chance: (p) => f() < p,
    shuffle: (arr) => { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(f() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; },
  };
}

// ---------------------------------------------------------------- exact arithmetic
// round(num/den*10^p) half-up; refuses values within 1/50 of a tie so any rounding rule agrees.
function rdiv(num, den, p) {
  let n = BigInt(num), d = BigInt(den), s = 1n;
  if (d === 0n) throw new Error('div0');
  if (n < 0n) { n = -n; s = -s; }
  if (d < 0n) { d = -d; s = -s; }
  n *= 10n ** BigInt(p);
  const q = n / d, rem = n % d;
  const diff = 2n * rem - d; const ad = diff < 0n ? -diff : diff;
  if (rem !== 0n && ad * 50n < d) throw new Retry('near tie');
  return Number(s * (2n * rem >= d ? q + 1n : q));
}
function fixed(v, dec) {
  const neg = v < 0; const a = Math.abs(v);
  if (!dec) return (neg ? '-' : '') + String(a);
  const s = String(a).padStart(dec + 1, '0');
  return (neg ? '-' : '') + s.slice(0, s.length - dec) + '.' + s.slice(s.length - dec);
}
const pctI = (num, den, dec) => rdiv(num * 100, den, dec);            // scaled 10^dec
const pct = (num, den, dec = 2) => fixed(pctI(num, den, dec), dec);
function grp(s) { return s.replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
function wanS(fen, sep) {
  if (fen % 10000 !== 0) throw new Error('not a multiple of 0.01万元: ' + fen);
  const c = fen / 10000; const neg = c < 0; const a = Math.abs(c);
  const ip = String(Math.floor(a / 100)); const fp = String(a % 100).padStart(2, '0');
  return (neg ? '-' : '') + (sep ? grp(ip) : ip) + '.' + fp;
}
function yuanS(fen) {
  const neg = fen < 0; const a = Math.abs(fen);
  return (neg ? '-' : '') + grp(String(Math.floor(a / 100))) + '.' + String(a % 100).padStart(2, '0');
}
function yiS(fen) {
  if (fen % 100000000 !== 0) throw new Error('not a multiple of 0.01亿元');
  const c = fen / 100000000; return String(Math.floor(c / 100)) + '.' + String(c % 100).padStart(2, '0');
}
const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function cn(n) {
  if (n < 10) return CN[n];
  if (n < 20) return '十' + (n % 10 ? CN[n % 10] : '');
  if (n < 100) return CN[Math.floor(n / 10)] + '十' + (n % 10 ? CN[n % 10] : '');
  throw new Error('cn>99');
}
const OUTL = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
function gradeOf(s100) { return s100 >= 9000 ? '优' : s100 >= 8000 ? '良' : s100 >= 6000 ? '中' : '差'; }
const WAN = 1000000; // fen per 万元

// ---------------------------------------------------------------- document model
class Doc {
  constructor(title) { this.title = title; this.blocks = []; this.tno = 0; }
  h(lvl, text) { this.blocks.push({ t: 'h', lvl, text }); }
  p(text, id) { this.blocks.push({ t: 'p', text, id }); }
  // rows: arrays of strings; '' = merged/blank, '—' = not applicable
  table(caption, rows, opts = {}) {
    this.tno++;
    const b = { t: 'table', caption: caption.replace('#', String(this.tno)), rows, id: opts.id, join: opts.join };
    this.blocks.push(b); return b;
  }
}

// ---------------------------------------------------------------- renderers
function cw(s) { let w = 0; for (const ch of s) w += ch.charCodeAt(0) > 0x2e7f ? 2 : 1; return w; }
function groupTables(blocks) { // merge tables flagged join (score table: fund part + indicator part) for md/docx/tab/space
  const out = [];
  for (const b of blocks) {
    if (b.t === 'table' && b.join && out.length && out[out.length - 1].t === 'table') {
      const prev = out[out.length - 1];
      out[out.length - 1] = { ...prev, rows: prev.rows.concat(b.rows), parts: (prev.parts || [prev]).concat([b]) };
    } else out.push(b);
  }
  return out;
}
function renderMd(doc, st) {
  const L = [];
  L.push(st.mdTitle === 'hash' ? '# ' + doc.title : '**' + doc.title + '**'); L.push('');
  for (const b of groupTables(doc.blocks)) {
    if (b.t === 'h') {
      if (st.mdHead === 'hash') L.push('#'.repeat(b.lvl + 1) + ' ' + b.text);
      else L.push(b.lvl <= 2 ? '**' + b.text + '**' : b.text);
      L.push('');
    } else if (b.t === 'p') { L.push(b.text); L.push(''); }
    else {
      L.push(b.caption); L.push('');
      const n = Math.max(...b.rows.map((r) => r.length));
      const rows = b.rows.map((r) => r.concat(Array(n - r.length).fill('')));
      L.push('| ' + rows[0].join(' | ') + ' |');
      L.push('|' + rows[0].map(() => ' --- |').join(''));
      for (const r of rows.slice(1)) L.push('| ' + r.join(' | ') + ' |');
      L.push('');
    }
  }
  while (L.length && L[L.length - 1] === '') L.pop();
  return L;
}
function renderTxt(doc, st) {
  const L = []; const ind = st.indent || '';
  L.push(doc.title); L.push('');
  const blocks = st.tbl === 'cell' ? doc.blocks : groupTables(doc.blocks);
  for (const b of blocks) {
    if (b.t === 'h') { L.push(b.text); if (st.blank) L.push(''); }
    else if (b.t === 'p') { L.push(ind + b.text); if (st.blank) L.push(''); }
    else {
      if (!st.blank && L[L.length - 1] !== '') L.push('');
      L.push(b.caption);
      const rows = b.rows.map((r) => r.map((x) => (x === '' && st.tbl !== 'tab' ? '—' : x)));
      if (st.tbl === 'tab') for (const r of rows) L.push(r.join('\t'));
      else if (st.tbl === 'space') {
        const n = Math.max(...rows.map((r) => r.length)); const wd = Array(n).fill(0);
        for (const r of rows) r.forEach((x, i) => { wd[i] = Math.max(wd[i], cw(x)); });
        for (const r of rows) L.push(r.map((x, i) => (i === r.length - 1 ? x : x + ' '.repeat(wd[i] - cw(x) + 2))).join(''));
      } else for (const r of rows) for (const x of r) L.push(x);
      L.push('');
    }
  }
  while (L.length && L[L.length - 1] === '') L.pop();
  return L;
}
function xe(s) { return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'); }
function renderDocx(doc) {
  const paras = []; const X = [];
  const para = (text, o = {}) => {
    paras.push(text);
    let ppr = '';
    if (o.style) ppr += `<w:pStyle w:val="${o.style}"/>`;
    if (o.center) ppr += '<w:jc w:val="center"/>';
    if (o.indent) ppr += '<w:ind w:firstLine="480"/>';
    const rpr = o.bold ? '<w:rPr><w:b/></w:rPr>' : '';
    return `<w:p>${ppr ? '<w:pPr>' + ppr + '</w:pPr>' : ''}${text === '' ? '' : `<w:r>${rpr}<w:t xml:space="preserve">${xe(text)}</w:t></w:r>`}</w:p>`;
  };
  X.push(para(doc.title, { style: 'Title', center: true, bold: true }));
  for (const b of groupTables(doc.blocks)) {
    if (b.t === 'h') X.push(para(b.text, { style: 'Heading' + Math.min(b.lvl, 3), bold: true }));
    else if (b.t === 'p') X.push(para(b.text, { indent: true }));
    else {
      X.push(para(b.caption, { center: true }));
      const n = Math.max(...b.rows.map((r) => r.length));
      const colW = Math.floor(9000 / n);
      let t = '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblBorders>' +
        ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((k) => `<w:${k} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('') +
        '</w:tblBorders></w:tblPr><w:tblGrid>' + Array(n).fill(`<w:gridCol w:w="${colW}"/>`).join('') + '</w:tblGrid>';
      for (const r of b.rows) {
        t += '<w:tr>';
        r.forEach((x, i) => {
          const span = i === 0 && r.length < n ? n - r.length + 1 : 1; // first cell spans the missing columns
          t += `<w:tc><w:tcPr><w:tcW w:w="${colW * span}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}</w:tcPr>`;
          t += para(x) + '</w:tc>';
        });
        t += '</w:tr>';
      }
      t += '</w:tbl>';
      X.push(t);
    }
  }
  X.push(para(''));
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>' +
    X.join('') + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>';
  return { xml, paras };
}
const FIXED_DATE = new Date(Date.UTC(2025, 2, 20, 8, 0, 0));
async function docxBuffer(xml, title) {
  const z = new JSZip();
  const add = (n, s) => z.file(n, s, { date: FIXED_DATE, createFolders: false });
  add('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>');
  add('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>');
  add('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>');
  add('word/styles.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体"/><w:sz w:val="24"/></w:rPr></w:rPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>' +
    [1, 2, 3].map((i) => `<w:style w:type="paragraph" w:styleId="Heading${i}"><w:name w:val="heading ${i}"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="${i - 1}"/></w:pPr><w:rPr><w:b/><w:sz w:val="${32 - i * 2}"/></w:rPr></w:style>`).join('') +
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>');
  add('docProps/core.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>' + xe(title) + '</dc:title><dc:creator>bulk-zb</dc:creator><cp:lastModifiedBy>bulk-zb</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2025-03-20T08:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-20T08:00:00Z</dcterms:modified></cp:coreProperties>');
  add('docProps/app.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>bulk-zb</Application></Properties>');
  add('word/document.xml', xml);
  return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

// ---------------------------------------------------------------- indicator libraries
// [一级, 二级, 三级, 单位, 类型, a, b]; 类型: n 数量≥, p 百分比≥, cp 百分比≤(负向), full =100%, c 成本≤, z 零发生, q 定性
const LIB = {
  agri: [
    ['产出指标', '数量指标', '培训高素质农民', '人', 'n', 600, 1500],
    ['产出指标', '数量指标', '农产品质量安全例行监测', '批次', 'n', 300, 800],
    ['产出指标', '数量指标', '推广农业主推技术', '项', 'n', 10, 25],
    ['产出指标', '数量指标', '建设高标准农田', '亩', 'n', 8000, 20000],
    ['产出指标', '数量指标', '开展耕地质量监测', '个点位', 'n', 40, 120],
    ['产出指标', '质量指标', '农产品质量安全监测合格率', '%', 'p', 97],
    ['产出指标', '时效指标', '重点任务按期完成率', '%', 'full'],
    ['产出指标', '成本指标', '人均培训成本', '元', 'c', 1800, 2600],
    ['产出指标', '成本指标', '高标准农田亩均建设成本', '元', 'c', 2600, 3200],
    ['效益指标', '经济效益指标', '带动新型经营主体增收', '万元', 'n', 300, 900],
    ['效益指标', '社会效益指标', '区域性重大动物疫情', '起', 'z'],
    ['效益指标', '可持续影响指标', '农技推广服务长效机制', '', 'q', '逐步健全'],
    ['满意度指标', '服务对象满意度指标', '农户满意度', '%', 'p', 90],
  ],
  voucher: [
    ['产出指标', '数量指标', '发放创新券', '张', 'n', 600, 1500],
    ['产出指标', '数量指标', '入库科技服务机构', '家', 'n', 60, 150],
    ['产出指标', '数量指标', '开展政策宣讲', '场次', 'n', 20, 60],
    ['产出指标', '数量指标', '完成科技服务合同备案', '份', 'n', 500, 1200],
    ['产出指标', '质量指标', '兑付资料审核合规率', '%', 'full'],
    ['产出指标', '时效指标', '兑付资金按时拨付率', '%', 'p', 95],
    ['产出指标', '成本指标', '单家企业年度兑付上限', '万元', 'c', 20, 30],
    ['产出指标', '成本指标', '单张创新券平均兑付额', '元', 'c', 8000, 12000],
    ['效益指标', '经济效益指标', '带动企业研发投入', '万元', 'n', 8000, 20000],
    ['效益指标', '社会效益指标', '首次购买科技服务企业占比', '%', 'p', 40],
    ['效益指标', '可持续影响指标', '科技服务市场活跃度', '', 'q', '持续提升'],
    ['满意度指标', '服务对象满意度指标', '企业满意度', '%', 'p', 90],
  ],
  kepu: [
    ['产出指标', '数量指标', '开展科普活动', '场次', 'n', 300, 800],
    ['产出指标', '数量指标', '科普大篷车巡展', '站次', 'n', 60, 150],
    ['产出指标', '数量指标', '更新科普展品', '件（套）', 'n', 100, 300],
    ['产出指标', '数量指标', '培训科普讲解员', '人次', 'n', 200, 600],
    ['产出指标', '数量指标', '发布科普信息', '条', 'n', 2000, 5000],
    ['产出指标', '质量指标', '展品验收合格率', '%', 'full'],
    ['产出指标', '时效指标', '改造任务按期完成率', '%', 'p', 95],
    ['产出指标', '成本指标', '单站次巡展成本', '元', 'c', 6000, 9000],
    ['产出指标', '成本指标', '单件展品平均更新成本', '元', 'c', 30000, 60000],
    ['效益指标', '社会效益指标', '科普基地年接待', '万人次', 'n', 300, 800],
    ['效益指标', '社会效益指标', '公民具备科学素质比例', '%', 'p', 12],
    ['效益指标', '可持续影响指标', '科普基地运行机制', '', 'q', '持续完善'],
    ['满意度指标', '服务对象满意度指标', '公众满意度', '%', 'p', 90],
  ],
  kinder: [
    ['产出指标', '数量指标', '新建改扩建园舍面积', '平方米', 'n', 6000, 15000],
    ['产出指标', '数量指标', '配置幼儿活动器材', '台（套）', 'n', 300, 800],
    ['产出指标', '数量指标', '改造室外活动场地', '平方米', 'n', 3000, 8000],
    ['产出指标', '数量指标', '新增幼儿班级', '个', 'n', 20, 40],
    ['产出指标', '数量指标', '培训幼儿教师', '人次', 'n', 200, 500],
    ['产出指标', '质量指标', '工程竣工验收合格率', '%', 'full'],
    ['产出指标', '时效指标', '秋季学期开园率', '%', 'full'],
    ['产出指标', '成本指标', '园舍建设单位成本', '元/平方米', 'c', 2800, 3600],
    ['产出指标', '成本指标', '器材平均采购单价', '元', 'c', 1500, 2500],
    ['效益指标', '社会效益指标', '学前三年毛入园率', '%', 'p', 92],
    ['效益指标', '社会效益指标', '公办园在园幼儿占比', '%', 'p', 55],
    ['效益指标', '可持续影响指标', '普惠性学前教育资源', '', 'q', '持续扩大'],
    ['满意度指标', '服务对象满意度指标', '幼儿家长满意度', '%', 'p', 90],
  ],
  farm: [
    ['产出指标', '数量指标', '建成高标准农田', '万亩', 'n', 60, 120],
    ['产出指标', '数量指标', '新增高效节水灌溉面积', '万亩', 'n', 8, 20],
    ['产出指标', '数量指标', '新建改造田间道路', '公里', 'n', 800, 2000],
    ['产出指标', '数量指标', '新建改造灌排渠道', '公里', 'n', 1000, 2600],
    ['产出指标', '数量指标', '实施耕地质量提升', '万亩', 'n', 20, 50],
    ['产出指标', '质量指标', '项目竣工验收合格率', '%', 'full'],
    ['产出指标', '时效指标', '年度建设任务完成率', '%', 'p', 95],
    ['产出指标', '成本指标', '高标准农田亩均财政投入', '元', 'c', 1500, 2000],
    ['产出指标', '成本指标', '渠道建设单位成本', '万元/公里', 'c', 30, 50],
    ['效益指标', '经济效益指标', '项目区粮食亩均增产', '公斤', 'n', 40, 80],
    ['效益指标', '社会效益指标', '项目区耕地质量等级提升', '等', 'n', 1, 1],
    ['效益指标', '可持续影响指标', '工程设施管护机制', '', 'q', '建立健全'],
    ['满意度指标', '服务对象满意度指标', '项目区农户满意度', '%', 'p', 90],
  ],
  health: [
    ['产出指标', '数量指标', '开展基层医务人员培训', '人次', 'n', 800, 2400],
    ['产出指标', '数量指标', '65岁以上老年人健康管理', '人', 'n', 30000, 90000],
    ['产出指标', '数量指标', '开展卫生监督检查', '户次', 'n', 600, 1800],
    ['产出指标', '数量指标', '家庭医生签约服务', '人', 'n', 60000, 150000],
    ['产出指标', '数量指标', '完成重点人群免费体检', '人', 'n', 8000, 20000],
    ['产出指标', '质量指标', '适龄儿童免疫规划疫苗接种率', '%', 'p', 95],
    ['产出指标', '时效指标', '传染病报告及时率', '%', 'full'],
    ['产出指标', '成本指标', '人均体检成本', '元', 'c', 120, 180],
    ['产出指标', '成本指标', '人均培训成本', '元', 'c', 300, 600],
    ['效益指标', '社会效益指标', '居民健康素养水平', '%', 'p', 28],
    ['效益指标', '社会效益指标', '甲类传染病暴发', '起', 'z'],
    ['效益指标', '可持续影响指标', '基层医疗卫生服务能力', '', 'q', '持续提升'],
    ['满意度指标', '服务对象满意度指标', '群众就医满意度', '%', 'p', 90],
  ],
  culture: [
    ['产出指标', '数量指标', '组织公益性文化活动', '场次', 'n', 300, 900],
    ['产出指标', '数量指标', '开展非遗保护传承项目', '项', 'n', 20, 60],
    ['产出指标', '数量指标', '免费开放公共文化场馆', '个', 'n', 40, 120],
    ['产出指标', '数量指标', '送戏下乡演出', '场', 'n', 150, 400],
    ['产出指标', '数量指标', '新增图书馆馆藏图书', '万册', 'n', 5, 20],
    ['产出指标', '质量指标', '文物安全巡查覆盖率', '%', 'full'],
    ['产出指标', '时效指标', '年度任务按时完成率', '%', 'full'],
    ['产出指标', '成本指标', '单场演出补助标准', '元', 'c', 6000, 9000],
    ['产出指标', '成本指标', '场馆年均运行维护成本', '万元', 'c', 200, 400],
    ['效益指标', '社会效益指标', '公共文化场馆年接待', '万人次', 'n', 120, 400],
    ['效益指标', '社会效益指标', '重大文物安全事故', '起', 'z'],
    ['效益指标', '可持续影响指标', '公共文化服务体系', '', 'q', '持续完善'],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '%', 'p', 90],
  ],
  edu: [
    ['产出指标', '数量指标', '资助家庭经济困难学生', '人', 'n', 1200, 3500],
    ['产出指标', '数量指标', '开展教师全员培训', '人次', 'n', 1500, 4000],
    ['产出指标', '数量指标', '改善办学条件学校', '所', 'n', 8, 25],
    ['产出指标', '数量指标', '配备教学仪器设备', '台（套）', 'n', 300, 900],
    ['产出指标', '数量指标', '新增学位', '个', 'n', 300, 900],
    ['产出指标', '质量指标', '资助对象认定准确率', '%', 'full'],
    ['产出指标', '时效指标', '资助资金发放及时率', '%', 'full'],
    ['产出指标', '成本指标', '校舍维修单位成本', '元/平方米', 'c', 800, 1200],
    ['产出指标', '成本指标', '人均培训成本', '元', 'c', 400, 700],
    ['效益指标', '社会效益指标', '义务教育巩固率', '%', 'p', 98],
    ['效益指标', '社会效益指标', '因贫失学辍学学生', '人', 'z'],
    ['效益指标', '可持续影响指标', '教育资源均衡配置水平', '', 'q', '稳步提高'],
    ['满意度指标', '服务对象满意度指标', '学生及家长满意度', '%', 'p', 90],
  ],
  water: [
    ['产出指标', '数量指标', '新建改造供水管网', '公里', 'n', 40, 160],
    ['产出指标', '数量指标', '除险加固小型水库', '座', 'n', 5, 15],
    ['产出指标', '数量指标', '治理水土流失面积', '平方公里', 'n', 10, 40],
    ['产出指标', '数量指标', '开展河道巡查', '次', 'n', 800, 2000],
    ['产出指标', '数量指标', '新增高效节水灌溉面积', '亩', 'n', 3000, 9000],
    ['产出指标', '质量指标', '工程验收合格率', '%', 'full'],
    ['产出指标', '时效指标', '汛前工程完工率', '%', 'full'],
    ['产出指标', '成本指标', '管网建设单位成本', '万元/公里', 'c', 25, 40],
    ['产出指标', '成本指标', '小型水库除险加固平均投资', '万元/座', 'c', 80, 150],
    ['效益指标', '社会效益指标', '农村自来水普及率', '%', 'p', 92],
    ['效益指标', '社会效益指标', '水利工程安全责任事故', '起', 'z'],
    ['效益指标', '可持续影响指标', '工程长效管护机制', '', 'q', '建立健全'],
    ['满意度指标', '服务对象满意度指标', '受益群众满意度', '%', 'p', 90],
  ],
  env: [
    ['产出指标', '数量指标', '开展环境执法检查', '家次', 'n', 600, 1500],
    ['产出指标', '数量指标', '完成大气污染治理项目', '个', 'n', 20, 60],
    ['产出指标', '数量指标', '新建空气质量自动监测站', '个', 'n', 4, 12],
    ['产出指标', '数量指标', '完成农村环境整治村庄', '个', 'n', 30, 90],
    ['产出指标', '数量指标', '开展环境质量监测', '点位次', 'n', 1000, 3000],
    ['产出指标', '质量指标', '监测数据有效率', '%', 'p', 95],
    ['产出指标', '时效指标', '信访件按期办结率', '%', 'full'],
    ['产出指标', '成本指标', '单个监测站建设成本', '万元', 'c', 60, 90],
    ['产出指标', '成本指标', '村庄整治平均投入', '万元/个', 'c', 30, 50],
    ['效益指标', '生态效益指标', '空气质量优良天数比例', '%', 'p', 88],
    ['效益指标', '生态效益指标', '较大及以上突发环境事件', '起', 'z'],
    ['效益指标', '可持续影响指标', '生态环境监管能力', '', 'q', '持续增强'],
    ['满意度指标', '服务对象满意度指标', '公众对生态环境满意度', '%', 'p', 85],
  ],
  market: [
    ['产出指标', '数量指标', '开展食品安全监督抽检', '批次', 'n', 2000, 5000],
    ['产出指标', '数量指标', '检查特种设备使用单位', '家', 'n', 500, 1500],
    ['产出指标', '数量指标', '处理消费投诉举报', '件', 'n', 3000, 8000],
    ['产出指标', '数量指标', '开展计量器具强制检定', '台件', 'n', 20000, 50000],
    ['产出指标', '数量指标', '开展广告监测', '条次', 'n', 10000, 30000],
    ['产出指标', '质量指标', '不合格食品核查处置率', '%', 'full'],
    ['产出指标', '时效指标', '投诉举报按时办结率', '%', 'p', 98],
    ['产出指标', '成本指标', '单批次抽检成本', '元', 'c', 1500, 2200],
    ['产出指标', '成本指标', '单台件检定成本', '元', 'c', 40, 70],
    ['效益指标', '社会效益指标', '食品评价性抽检合格率', '%', 'p', 97],
    ['效益指标', '社会效益指标', '重大食品安全事故', '起', 'z'],
    ['效益指标', '可持续影响指标', '智慧监管平台应用', '', 'q', '持续深化'],
    ['满意度指标', '服务对象满意度指标', '市场主体满意度', '%', 'p', 90],
  ],
  hr: [
    ['产出指标', '数量指标', '城镇新增就业', '人', 'n', 20000, 60000],
    ['产出指标', '数量指标', '开展补贴性职业技能培训', '人次', 'n', 8000, 30000],
    ['产出指标', '数量指标', '发放创业担保贷款', '笔', 'n', 800, 2500],
    ['产出指标', '数量指标', '帮扶就业困难人员就业', '人', 'n', 2000, 6000],
    ['产出指标', '数量指标', '举办专场招聘会', '场次', 'n', 60, 200],
    ['产出指标', '质量指标', '培训合格率', '%', 'p', 90],
    ['产出指标', '时效指标', '补贴资金按时拨付率', '%', 'full'],
    ['产出指标', '成本指标', '人均培训补贴', '元', 'c', 1200, 1800],
    ['产出指标', '成本指标', '单场招聘会组织成本', '元', 'c', 8000, 15000],
    ['效益指标', '社会效益指标', '城镇调查失业率', '%', 'cp', 55],
    ['效益指标', '社会效益指标', '零就业家庭动态清零率', '%', 'full'],
    ['效益指标', '可持续影响指标', '公共就业服务体系', '', 'q', '不断完善'],
    ['满意度指标', '服务对象满意度指标', '服务对象满意度', '%', 'p', 90],
  ],
  sci: [
    ['产出指标', '数量指标', '支持科技型中小企业', '家', 'n', 150, 500],
    ['产出指标', '数量指标', '组织实施科技计划项目', '项', 'n', 40, 120],
    ['产出指标', '数量指标', '新认定高新技术企业', '家', 'n', 30, 120],
    ['产出指标', '数量指标', '开展科普活动', '场次', 'n', 100, 400],
    ['产出指标', '数量指标', '新增授权发明专利', '件', 'n', 200, 800],
    ['产出指标', '质量指标', '项目验收通过率', '%', 'p', 90],
    ['产出指标', '时效指标', '资金拨付及时率', '%', 'full'],
    ['产出指标', '成本指标', '单个项目平均资助额度', '万元', 'c', 20, 50],
    ['产出指标', '成本指标', '单场科普活动成本', '元', 'c', 5000, 9000],
    ['效益指标', '经济效益指标', '带动企业研发投入', '万元', 'n', 20000, 80000],
    ['效益指标', '社会效益指标', '公民具备科学素质比例', '%', 'p', 12],
    ['效益指标', '可持续影响指标', '区域创新能力', '', 'q', '稳步提升'],
    ['满意度指标', '服务对象满意度指标', '企业满意度', '%', 'p', 90],
  ],
  sme: [
    ['产出指标', '数量指标', '支持专精特新中小企业', '家', 'n', 200, 600],
    ['产出指标', '数量指标', '支持中小企业公共服务平台', '个', 'n', 20, 60],
    ['产出指标', '数量指标', '开展中小企业经营管理培训', '人次', 'n', 3000, 9000],
    ['产出指标', '数量指标', '支持企业技术改造项目', '个', 'n', 80, 240],
    ['产出指标', '数量指标', '组织融资对接活动', '场次', 'n', 30, 90],
    ['产出指标', '质量指标', '资金使用合规率', '%', 'full'],
    ['产出指标', '时效指标', '资金下达及时率', '%', 'full'],
    ['产出指标', '成本指标', '单个企业平均奖补额度', '万元', 'c', 30, 60],
    ['产出指标', '成本指标', '人均培训成本', '元', 'c', 600, 900],
    ['效益指标', '经济效益指标', '带动企业新增投资', '万元', 'n', 100000, 300000],
    ['效益指标', '社会效益指标', '受支持企业新增就业', '人', 'n', 3000, 8000],
    ['效益指标', '可持续影响指标', '中小企业服务体系', '', 'q', '持续完善'],
    ['满意度指标', '服务对象满意度指标', '企业满意度', '%', 'p', 90],
  ],
  rural: [
    ['产出指标', '数量指标', '实施产业帮扶项目', '个', 'n', 20, 60],
    ['产出指标', '数量指标', '新建改造农村道路', '公里', 'n', 15, 50],
    ['产出指标', '数量指标', '资助脱贫家庭学生', '人', 'n', 500, 1500],
    ['产出指标', '数量指标', '开展脱贫人口技能培训', '人次', 'n', 600, 2000],
    ['产出指标', '数量指标', '建设产业配套设施', '处', 'n', 10, 40],
    ['产出指标', '质量指标', '项目验收合格率', '%', 'full'],
    ['产出指标', '时效指标', '项目按期开工率', '%', 'p', 95],
    ['产出指标', '成本指标', '农村道路建设单位成本', '万元/公里', 'c', 60, 90],
    ['产出指标', '成本指标', '人均培训成本', '元', 'c', 800, 1200],
    ['效益指标', '经济效益指标', '脱贫人口人均纯收入增幅', '%', 'p', 8],
    ['效益指标', '社会效益指标', '监测对象风险消除率', '%', 'p', 90],
    ['效益指标', '可持续影响指标', '项目资产管护机制', '', 'q', '建立健全'],
    ['满意度指标', '服务对象满意度指标', '受益群众满意度', '%', 'p', 92],
  ],
  housing: [
    ['产出指标', '数量指标', '改造老旧小区', '个', 'n', 20, 60],
    ['产出指标', '数量指标', '惠及居民', '户', 'n', 4000, 12000],
    ['产出指标', '数量指标', '改造供水供气管网', '公里', 'n', 20, 60],
    ['产出指标', '数量指标', '加装电梯', '部', 'n', 30, 120],
    ['产出指标', '数量指标', '新增停车位', '个', 'n', 800, 2500],
    ['产出指标', '质量指标', '工程质量验收合格率', '%', 'full'],
    ['产出指标', '时效指标', '年度改造任务完成率', '%', 'full'],
    ['产出指标', '成本指标', '小区改造单位面积成本', '元/平方米', 'c', 300, 500],
    ['产出指标', '成本指标', '加装电梯单部补助', '万元', 'c', 15, 25],
    ['效益指标', '社会效益指标', '居住环境改善户数占比', '%', 'p', 95],
    ['效益指标', '社会效益指标', '施工安全责任事故', '起', 'z'],
    ['效益指标', '可持续影响指标', '小区长效管理机制', '', 'q', '逐步建立'],
    ['满意度指标', '服务对象满意度指标', '居民满意度', '%', 'p', 90],
  ],
  legal: [
    ['产出指标', '数量指标', '建成村（社区）公共法律服务工作室', '个', 'n', 800, 2000],
    ['产出指标', '数量指标', '办理法律援助案件', '件', 'n', 6000, 15000],
    ['产出指标', '数量指标', '开展法治宣传活动', '场次', 'n', 1200, 3000],
    ['产出指标', '数量指标', '调解矛盾纠纷', '件', 'n', 20000, 50000],
    ['产出指标', '数量指标', '培训基层法律服务人员', '人次', 'n', 3000, 8000],
    ['产出指标', '质量指标', '法律援助案件质量合格率', '%', 'p', 95],
    ['产出指标', '时效指标', '法律援助申请受理及时率', '%', 'full'],
    ['产出指标', '成本指标', '法律援助案件平均补贴', '元', 'c', 1500, 2500],
    ['产出指标', '成本指标', '工作室年均运行经费', '元', 'c', 8000, 12000],
    ['效益指标', '社会效益指标', '矛盾纠纷调解成功率', '%', 'p', 95],
    ['效益指标', '社会效益指标', '因援助不到位引发的群体性事件', '起', 'z'],
    ['效益指标', '可持续影响指标', '公共法律服务网络', '', 'q', '覆盖城乡'],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '%', 'p', 93],
  ],
  elder: [
    ['产出指标', '数量指标', '提供居家养老上门服务', '人次', 'n', 20000, 60000],
    ['产出指标', '数量指标', '建设社区养老服务站', '个', 'n', 10, 30],
    ['产出指标', '数量指标', '服务特殊困难老年人', '人', 'n', 800, 2500],
    ['产出指标', '数量指标', '开展居家适老化改造', '户', 'n', 200, 600],
    ['产出指标', '数量指标', '培训养老护理员', '人次', 'n', 300, 900],
    ['产出指标', '质量指标', '服务质量抽查合格率', '%', 'p', 95],
    ['产出指标', '时效指标', '服务需求响应及时率', '%', 'p', 95],
    ['产出指标', '成本指标', '适老化改造户均补助', '元', 'c', 3000, 5000],
    ['产出指标', '成本指标', '上门服务单次补贴', '元', 'c', 40, 60],
    ['效益指标', '社会效益指标', '社区养老服务覆盖率', '%', 'p', 85],
    ['效益指标', '社会效益指标', '服务安全责任事故', '起', 'z'],
    ['效益指标', '可持续影响指标', '居家养老服务网络', '', 'q', '持续完善'],
    ['满意度指标', '服务对象满意度指标', '老年人满意度', '%', 'p', 92],
  ],
};
const L2ORDER = ['数量指标', '质量指标', '时效指标', '成本指标', '经济成本指标', '经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标', '服务对象满意度指标'];
const PLANS = {
  A: { 产出指标: [10, 10, 10, 10, 10], 效益指标: [10, 10, 10], 满意度指标: [10] },
  B: { 产出指标: [15, 15, 10, 10], 效益指标: [15, 15], 满意度指标: [10] },
  C: { 产出指标: [10, 10, 10, 10], 效益指标: [10, 10], 满意度指标: [10], 成本指标: [10, 10] },
};
function nice(v) { if (v >= 1000) return Math.round(v / 50) * 50; if (v >= 100) return Math.round(v / 10) * 10; if (v >= 30) return Math.round(v / 5) * 5; return v; }
const REASON_PART = ['受实施周期影响，年度目标未全部完成，按完成比例计分；下一步将加快推进。', '部分任务跨年度实施，未达年度目标值，按完成比例计分。', '受外部因素影响未达到目标值，按完成比例扣分，下年度加强过程监控。'];
// make one indicator; spec may come from LIB or a project (name, unit, lo, hi)
function mkInd(R, spec, w, partial, harsh) {
  const [l1, l2, name, unit, type, a, b] = spec;
  const o = { l1, l2, name, unit, type, w, s100: w * 100, reason: '无', met: true };
  if (type === 'n') {
    const t = nice(R.int(a, b)); let act;
    if (partial) { act = Math.floor(t * (harsh === 2 ? R.real(0.5, 0.7) : harsh ? R.real(0.62, 0.84) : R.real(0.86, 0.97))); o.met = false; } else act = t + R.int(0, Math.max(1, Math.floor(t * 0.12)));
    const sty = R.int(0, 2);
    o.tgt = sty === 0 ? '≥' + t + unit : sty === 1 ? t + unit + '以上' : '不少于' + t + unit;
    o.act = act + unit; o.t = t; o.a = act;
    if (partial) o.s100 = rdiv(w * act * 100, t, 0);
  } else if (type === 'p') {
    const t = a; let act; // tenths
    if (partial) { act = Math.min(t * 10 - 1, Math.round(t * 10 * (harsh === 2 ? R.real(0.8, 0.88) : harsh ? R.real(0.86, 0.93) : R.real(0.96, 0.993)))); o.met = false; } else act = Math.min(999, t * 10 + R.int(3, Math.max(4, Math.min(60, (100 - t) * 10 - 2))));
    o.tgt = R.chance(0.5) ? '≥' + t + '%' : '不低于' + t + '%'; o.act = fixed(act, 1) + '%'; o.t = t; o.a = act / 10;
    if (partial) o.s100 = rdiv(w * act * 100, t * 10, 0);
  } else if (type === 'cp') {
    const t = a; const act = t - R.int(2, 6); o.tgt = '≤' + fixed(t, 1) + '%'; o.act = fixed(act, 1) + '%';
  } else if (type === 'full') { o.tgt = '100%'; o.act = '100%'; }
  else if (type === 'c') { const t = nice(R.int(a, b)); const act = t - R.int(1, Math.max(1, Math.ceil(t * 0.08))); o.tgt = '≤' + t + unit; o.act = act + unit; o.t = t; o.a = act; }
  else if (type === 'z') { o.tgt = '0' + unit; o.act = '0' + unit; }
  else if (type === 'q') { o.tgt = a; o.act = a; }
  if (partial) o.reason = R.pick(REASON_PART);
  return o;
}
// indicator set for a score table; nPartial partial indicators (only n/p types)
function genInds(R, libKey, planKey, nPartial, fixedOut, exclude, harsh) {
  const plan = PLANS[planKey]; const lib = LIB[libKey].filter((s) => !(exclude || []).includes(s[2])); const out = [];
  const costL1 = !!plan['成本指标'];
  for (const l1 of Object.keys(plan)) {
    const ws = plan[l1];
    let pool;
    if (l1 === '成本指标') pool = lib.filter((s) => s[4] === 'c').map((s) => ['成本指标', '经济成本指标', s[2], s[3], s[4], s[5], s[6]]);
    else pool = lib.filter((s) => s[0] === l1 && !(costL1 && s[4] === 'c'));
    let chosen;
    if (l1 === '产出指标' && fixedOut) chosen = fixedOut.concat(R.shuffle(pool.filter((s) => s[1] !== '数量指标')).slice(0, ws.length - fixedOut.length));
    else if (l1 === '产出指标') {
      const q = pool.filter((s) => s[1] === '数量指标'); const rest = pool.filter((s) => s[1] !== '数量指标');
      const nq = Math.min(q.length, ws.length - Math.min(rest.length, 2));
      chosen = R.shuffle(q).slice(0, nq).concat(R.shuffle(rest).slice(0, ws.length - nq));
    } else chosen = R.shuffle(pool).slice(0, ws.length);
    if (chosen.length < ws.length) throw new Error('lib too small ' + libKey + ' ' + l1);
    chosen.sort((x, y) => L2ORDER.indexOf(x[1]) - L2ORDER.indexOf(y[1]));
    chosen.forEach((s, i) => out.push({ spec: s, w: ws[i] }));
  }
  const cand = out.map((x, i) => i).filter((i) => ['n', 'p'].includes(out[i].spec[4]));
  const part = new Set(R.shuffle(cand).slice(0, nPartial));
  return out.map((x, i) => mkInd(R, x.spec, x.w, part.has(i), harsh));
}

// ---------------------------------------------------------------- sector prose
const SECT = {
  agri: { duty: '主要负责全县农业农村发展规划的拟订和实施，统筹推进粮食生产、农产品质量安全、农业技术推广、动物疫病防控和农村人居环境整治等工作', mgmt: '严格执行农业项目资金管理办法，实行项目库管理和资金报账制，重点项目全部纳入政府采购和公开招标', prob: '部分项目受农时季节影响，前期准备时间较长，资金集中在下半年支付', fix: '提前谋划项目前期工作，把握农时节点，按月调度项目实施和资金支付进度' },
  voucher: { duty: '', mgmt: '创新券实行网上申领、线上兑付，兑付资料经服务机构、区县科技部门和市科技局三级审核', prob: '部分企业购买服务后未及时提交兑付申请，兑付集中在年底', fix: '推行创新券季度兑付，督促服务机构协助企业及时提交兑付资料' },
  kepu: { duty: '', mgmt: '科普基地项目实行申报评审、过程检查和竣工验收制度，奖补资金按验收结果拨付', prob: '部分场馆改造项目涉及布展设计调整，验收时间推迟', fix: '提前完成展陈设计论证，压实项目单位主体责任' },
  kinder: { duty: '', mgmt: '改扩建工程实行公开招标和工程监理，资金按合同约定和工程进度拨付，竣工后开展结算审计', prob: '部分园舍工程需在学期间隙施工，竣工结算审计周期较长', fix: '合理安排施工时序，提前启动结算审计，按合同及时支付工程款' },
  farm: { duty: '主要负责全省农田建设管理，组织实施高标准农田建设、农田水利和耕地质量提升工作', mgmt: '农田建设资金实行项目法人制、招投标制、工程监理制和公示制，资金按工程进度和验收结果拨付', prob: '部分项目区受雨季和农作物生长期影响，施工窗口期短，工程结算和资金支付滞后', fix: '指导各地错开农时合理安排施工，推行完工一片、验收一片、结算一片' },
  health: { duty: '主要负责统筹推进医药卫生体制改革，组织实施基本公共卫生服务、疾病预防控制、妇幼健康和卫生监督执法等工作', mgmt: '制定了专项资金管理细则，资金按服务数量和质量考核结果拨付，实行季度绩效监控', prob: '基本公共卫生服务项目考核结算周期较长，部分资金年底才能完成结算', fix: '优化考核结算流程，推行按季度预拨、年终清算的拨付方式' },
  culture: { duty: '主要负责文化、旅游、文物和非物质文化遗产保护工作，推进公共文化服务体系建设，组织重大文化活动', mgmt: '落实文化专项资金管理办法，实行项目申报、专家评审、公示和验收制度', prob: '部分文物保护和场馆改造项目审批环节多、施工周期长，资金支付滞后于计划', fix: '加强项目储备和前期论证，实行项目清单化管理和节点化调度' },
  edu: { duty: '主要负责区域内学前教育、义务教育和普通高中教育的统筹管理，落实学生资助政策，推进教师队伍建设和办学条件改善', mgmt: '严格执行学生资助资金和校舍维修资金管理办法，资助名单经学校、教育局两级公示', prob: '部分校舍维修工程需避开教学时间，集中在寒暑假施工，资金支付相对集中', fix: '提前完成工程设计和招标，合理安排假期施工，及时办理验收结算' },
  water: { duty: '主要负责水资源的合理开发利用和保护，组织实施农村供水、小型水库除险加固、水土保持和河湖管护等工作', mgmt: '水利工程资金实行项目法人负责制、招标投标制、建设监理制和合同管理制，按工程进度拨付资金', prob: '部分水利工程受汛期和征地拆迁影响，开工时间推迟，支付进度慢于预期', fix: '科学安排施工时序，汛前完成主体工程，加强与属地乡镇的协调' },
  env: { duty: '主要负责生态环境保护的统一监督管理，组织开展大气、水、土壤污染防治，承担环境监测、执法和突发环境事件应急处置工作', mgmt: '建立污染防治项目库，资金分配与项目绩效挂钩，实行竣工验收后清算', prob: '部分治理项目技术方案调整，导致工程进度和资金支付滞后', fix: '强化项目技术论证和全过程跟踪，建立项目进度与资金拨付联动机制' },
  market: { duty: '主要负责市场综合监督管理，承担市场主体登记、食品安全监督、特种设备安全监察、计量标准和消费者权益保护等工作', mgmt: '抽检经费按合同约定分期支付，检验检测项目实行政府采购，抽检结果全部公开', prob: '部分抽检合同按年度结算，检验报告出具后才能支付尾款，年底集中支付压力较大', fix: '优化抽检合同付款节点，按季度结算检验费用' },
  hr: { duty: '主要负责统筹推进就业创业、社会保险、职业技能培训和人才队伍建设，维护劳动者合法权益', mgmt: '就业补助资金实行“先审后拨、按实结算”，补贴对象信息与社保、市场监管数据比对核验', prob: '部分培训补贴需待培训结束并取证后才能申领，资金支付存在时间差', fix: '推行培训补贴分段申领，缩短审核时限' },
  sci: { duty: '主要负责拟订科技发展规划和政策，组织实施科技计划项目，推进科技型企业培育、科技成果转化和科学技术普及', mgmt: '科技计划项目实行合同管理和分期拨付，项目资金按里程碑节点考核后拨付', prob: '部分科技项目研发周期跨年度，按合同约定尾款在验收后支付', fix: '完善项目里程碑管理，对进度滞后项目及时预警和调整' },
  sme: { duty: '主要负责促进中小企业发展，组织实施专精特新企业培育、中小企业公共服务体系建设和融资促进等工作', mgmt: '专项资金采取项目法和因素法相结合的方式分配，奖补对象经审核公示后拨付', prob: '个别地区项目审核和公示时间较长，资金下达后未能及时拨付到企业', fix: '压缩审核和公示时限，督促各地在收到资金后按规定时限拨付' },
  rural: { duty: '主要负责巩固拓展脱贫攻坚成果同乡村振兴有效衔接，统筹实施产业帮扶、基础设施建设和防止返贫监测帮扶', mgmt: '衔接资金项目全部纳入项目库管理，实行公告公示和资金拨付“村申报、乡审核、县审批”', prob: '部分产业项目受市场和季节因素影响，实施进度不一，资金拨付不均衡', fix: '加强项目库建设，优先安排前期工作成熟的项目' },
  housing: { duty: '主要负责城镇住房保障、老旧小区改造和城市更新等工作', mgmt: '改造资金按工程进度拨付，实行第三方造价审核和竣工结算审计', prob: '部分小区改造方案需反复征求居民意见，开工时间推迟', fix: '提前开展入户调查和方案公示，推行“一小区一方案”' },
  legal: { duty: '主要负责统筹全省公共法律服务体系建设，组织开展法律援助、人民调解和法治宣传教育工作', mgmt: '法律援助补贴按案件质量评估结果发放，工作室运行经费按考核结果拨付', prob: '法律援助案件办结周期较长，部分补贴需待结案后支付', fix: '推行案件补贴分段支付，加强案件质量同步评估' },
  elder: { duty: '主要负责区域内养老服务体系建设，组织实施社区居家养老服务、特殊困难老年人关爱和适老化改造等工作', mgmt: '居家养老服务采取政府购买服务方式，按服务量和满意度测评结果结算', prob: '服务机构结算材料报送不及时，部分服务费用跨年结算', fix: '建立月度结算台账，督促服务机构按月报送结算资料' },
};
function pickv(R, arr) { return R.pick(arr); }

// ---------------------------------------------------------------- context
function mkCtx(cfg, R) {
  const unit = cfg.unit || '万元';
  const c = { cfg, R, unit, pdec: cfg.pdec || 2, spots: {} };
  c.M = (fen) => (unit === '元' ? yuanS(fen) : wanS(fen, cfg.sep));
  c.W = (fen) => c.M(fen) + unit;
  c.P = (a, b) => pct(a, b, c.pdec);
  c.PI = (a, b) => pctI(a, b, c.pdec);
  c.F = (v) => fixed(v, c.pdec);
  c.budget = (lo, hi) => R.int(Math.max(1, Math.round(lo * 100)), Math.max(1, Math.round(hi * 100))) * 10000;
  const q = unit === '元' ? 1 : 10000;
  c.act = (F, lo, hi) => Math.min(F, Math.round((F * R.real(lo, hi)) / q) * q);
  c.scale = (v, lo, hi) => Math.round((v * R.real(lo, hi)) / q) * q;
  c.sc = (s100) => (cfg.scoreInt && s100 % 100 === 0 ? String(s100 / 100) : fixed(s100, 2));
  c.spot = (key, loc, old) => { c.spots[key] = { loc, old }; };
  return c;
}
const sum = (a, f) => a.reduce((s, x) => s + f(x), 0);
function execScore(c, A, F, w = 10) {
  const s = Math.min(w * 100, rdiv(A * w * 100, F, 0));
  const s2 = Math.min(w * 100, rdiv(c.PI(A, F) * w, 10 ** c.pdec, 0));
  if (s !== s2) throw new Retry('exec score');
  return s;
}
function growth(c, cur, prev) { const v = rdiv((cur - prev) * 100, prev, 2); return { v, s: fixed(Math.abs(v), 2), up: v >= 0, signed: fixed(v, 2) }; }
// score table (fund part + indicator part, joined in md/docx/tab/space, separate in cell-per-line)
function scoreTables(d, c, o) {
  const { M } = c;
  const es = execScore(c, o.A, o.F);
  const rows = [[c.unit === '元' ? '项目资金（元）' : '项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', M(o.Y), M(o.F), M(o.A), '10', c.P(o.A, o.F) + '%', c.sc(es)]];
  for (const [nm, y, f, a] of o.src) rows.push([nm, M(y), M(f), M(a), '—', f > 0 ? c.P(a, f) + '%' : '—', '—']);
  const tb = d.table(o.caption, rows, { id: o.id + 'F' });
  const irows = [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']];
  let p1 = null, p2 = null, tot = es, ws = 10;
  for (const x of o.inds) {
    const m1 = c.cfg.merge && x.l1 === p1; const m2 = m1 && x.l2 === p2;
    irows.push([m1 ? '' : x.l1, m2 ? '' : x.l2, x.name, x.tgt, x.act, String(x.w), c.sc(x.s100), x.reason]);
    p1 = x.l1; p2 = x.l2; tot += x.s100; ws += x.w;
  }
  if (ws !== 100) throw new Error('weights ' + ws);
  irows.push(['总分', '', '', '', '', '100', fixed(tot, 2), '']);
  if (o.gradeRow) irows.push(['自评等级', '', '', '', '', '', gradeOf(tot), '']);
  d.tno--; const ti = d.table('（续表）绩效指标完成情况', irows, { id: o.id + 'I', join: true });
  if (Math.abs(tot - 9000) < 60 || Math.abs(tot - 8000) < 60 || tot > 9960) throw new Retry('near grade band');
  return { es, tot, grade: gradeOf(tot), fundTable: tb, indTable: ti, totalRow: irows.length - (o.gradeRow ? 2 : 1) };
}
function indProse(inds, withRate) {
  return inds.map((x) => {
    let s = `${x.name}年度指标值${x.tgt}，实际完成${x.act}`;
    if (withRate && x.type === 'n' && x.met) s += `，完成率${pct(x.a, x.t, 2)}%`;
    if (!x.met) s += '，未完全达到年度目标';
    return s;
  }).join('；') + '。';
}
function lastYearScore(R) { let s; do { s = R.int(8120, 9480); } while (Math.abs(s - 9000) < 80); return s; }
function sections(d) { let a = 0, b = 0; return { S1: (t) => { b = 0; d.h(1, OUTL[a++] + '、' + t); }, S2: (t) => d.h(2, '（' + OUTL[b++] + '）' + t) }; }
function quarterData(c, total) {
  const c1 = c.scale(total, 0.16, 0.23), c2 = c.scale(total, 0.41, 0.49), c3 = c.scale(total, 0.66, 0.75);
  return [c1, c2, c3, total];
}
const QN = ['一季度', '上半年', '前三季度', '全年'];
function quarterProse(c, cum, F, lead, basis = '全年预算') {
  const parts = cum.map((v, i) => `${QN[i]}累计${lead}${c.W(v)}，${i === 0 ? '占' + basis + '的' : '执行率'}${c.P(v, F)}%`);
  return `从序时进度看（按${basis}${basis === '全年预算' ? '数' : ''}${c.W(F)}计算），` + parts.join('；') + '。';
}
function quarterTable(d, c, cum, F, id) {
  const rows = [['季度', '当季支出', '累计支出', '累计执行率']];
  const QS = ['一季度', '二季度', '三季度', '四季度'];
  cum.forEach((v, i) => rows.push([QS[i], c.M(v - (i ? cum[i - 1] : 0)), c.M(v), c.P(v, F) + '%']));
  return d.table(`表# 2024年分季度支出进度（单位：${c.unit}；全年预算数${c.M(F)}${c.unit}）`, rows, { id });
}

// ================================================================ 部门整体支出
function buildDept(cfg, R) {
  const c = mkCtx(cfg, R); const { W, M } = c; const u = c.unit;
  const d = new Doc(`${cfg.unitName}2024年度部门整体支出绩效自评报告`);
  const nP = cfg.projects.length; const [plo, phi] = cfg.projRange;
  // ---- projects
  const projs = cfg.projects.map((pj) => ({ ...pj }));
  projs.forEach((p) => {
    p.Y = c.budget(plo, phi); const t = R.f();
    p.adj = t < 0.3 ? 0 : t < 0.72 ? c.budget(plo * 0.04, plo * 0.2) : -c.budget(plo * 0.02, plo * 0.1);
    p.F = p.Y + p.adj; p.f2 = 0; p.f3 = 0;
  });
  const kc = R.int(0, nP - 1); const ko = (kc + 1 + R.int(0, nP - 2)) % nP;
  projs[kc].f2 = c.budget((projs[kc].F / WAN) * 0.08, (projs[kc].F / WAN) * 0.22);
  if (cfg.other !== false) projs[ko].f3 = c.budget((projs[ko].F / WAN) * 0.05, (projs[ko].F / WAN) * 0.18);
  const full = cfg.fullIdx != null ? cfg.fullIdx : R.int(0, nP - 1);
  projs.forEach((p, i) => {
    p.f1 = p.F - p.f2 - p.f3; p.y1 = p.Y - p.f2 - p.f3; if (p.y1 <= 0) throw new Retry('y1');
    p.A = i === full ? p.F : c.act(p.F, 0.87, 0.993); p.B = p.F - p.A;
    if (cfg.mustBal && cfg.mustBal.includes(i) && p.B === 0) throw new Retry('bal');
    let a2 = p.f2, a3 = p.f3; if (p.f3 && R.chance(0.5)) a3 = c.act(p.f3, 0.85, 0.98);
    if (p.F - p.A < p.f2 - a2 + (p.f3 - a3)) { a2 = p.f2; a3 = p.f3; }
    p.a2 = a2; p.a3 = a3; p.a1 = p.A - a2 - a3; if (p.a1 < 0 || p.a1 > p.f1) throw new Retry('src');
  });
  // ---- basic
  const [blo, bhi] = cfg.basicRange; const b = { Y: c.budget(blo, bhi) };
  b.adj = R.chance(0.5) ? c.budget(blo * 0.01, blo * 0.05) : 0; b.F = b.Y + b.adj; b.A = c.act(b.F, 0.968, 0.996);
  b.Ap = c.act(b.A, 0.74, 0.86); b.Ao = b.A - b.Ap;
  // ---- totals
  const T = { Y: b.Y + sum(projs, (p) => p.Y), F: b.F + sum(projs, (p) => p.F), A: b.A + sum(projs, (p) => p.A) };
  T.B = T.F - T.A; T.Yp = sum(projs, (p) => p.Y); T.Fp = sum(projs, (p) => p.F); T.Ap = sum(projs, (p) => p.A);
  T.add = b.adj + sum(projs, (p) => Math.max(0, p.adj)); T.cut = sum(projs, (p) => Math.max(0, -p.adj));
  T.f2 = sum(projs, (p) => p.f2); T.f3 = sum(projs, (p) => p.f3); T.f1 = T.F - T.f2 - T.f3; T.y1 = T.Y - T.f2 - T.f3;
  T.a2 = sum(projs, (p) => p.a2); T.a3 = sum(projs, (p) => p.a3); T.a1 = T.A - T.a2 - T.a3;
  const r = c.P(T.A, T.F);
  // ---- years
  const ly = { Ab: c.scale(b.A, 0.9, 1.03), Ap: c.scale(T.Ap, 0.8, 1.1) }; ly.A = ly.Ab + ly.Ap;
  const l2 = { Ab: c.scale(ly.Ab, 0.9, 1.03), Ap: c.scale(ly.Ap, 0.82, 1.12) }; l2.A = l2.Ab + l2.Ap;
  ly.Y = T.f2; ly.X = c.budget((ly.A / WAN) * 0.065, (ly.A / WAN) * 0.11); ly.Z = ly.X - ly.Y; if (ly.Z <= 0) throw new Retry('lyZ');
  ly.F = ly.A + ly.X; const r23I = c.PI(ly.A, ly.F), rI = c.PI(T.A, T.F); if (r23I >= rI) throw new Retry('r23');
  const s23 = lastYearScore(R);
  const cum = quarterData(c, T.A);
  const E = R.int(cfg.staff[0], cfg.staff[1]); const Sn = E - R.int(1, 6); const Rt = R.int(Math.floor(E * 0.3), Math.floor(E * 0.6));
  // ---- indicators and scores
  const pnames = [].concat(...projs.map((p) => p.inds.map((s) => s[0])));
  const inds = genInds(R, cfg.sector, cfg.plan, cfg.nPartial || 0, null, pnames, cfg.harsh);
  projs.forEach((p) => {
    p.out = p.inds.map((s) => mkInd(R, ['产出指标', '数量指标', s[0], s[1], 'n', s[2], s[3]], 15, false));
    if (cfg.projTables) { p.tinds = genInds(R, cfg.sector, 'B', p.partial ? 1 : 0, p.inds.map((s) => ['产出指标', '数量指标', s[0], s[1], 'n', s[2], s[3]]), pnames); p.out = p.tinds.filter((x) => x.l2 === '数量指标'); }
  });
  // ================= text
  const { S1, S2 } = sections(d);
  d.p(`根据${cfg.finance}《关于开展2024年度预算绩效自评工作的通知》（${cfg.abbr}财绩〔2025〕${cfg.docno}号）要求，${cfg.self}对2024年度部门整体支出开展了绩效自评，现将有关情况报告如下。`);
  S1('部门基本情况');
  S2('主要职能'); d.p(`${cfg.self}${SECT[cfg.sector].duty}。`);
  S2('机构和人员情况');
  d.p(`${cfg.self}内设${cn(cfg.divs)}个职能科室，下辖${cn(cfg.subs)}个二级单位。2024年末核定编制${E}名，实有在职人员${Sn}人，编制控制率为${pct(Sn, E, 2)}%；离退休人员${Rt}人。`, 'staff');
  c.spot('ctrl', { id: 'staff' }, pct(Sn, E, 2) + '%');
  S2('年度主要任务');
  d.p(`2024年，${cfg.self}围绕年度重点工作，共安排${cn(nP)}个部门项目，分别为${projs.map((p) => p.name).join('、')}。`);
  S1(pickv(R, ['部门整体支出情况', '预算安排及执行情况']));
  S2('预算安排及调整情况');
  const adjTxt = T.add && T.cut ? `年度执行中追加预算${W(T.add)}、压减预算${W(T.cut)}，` : T.add ? `年度执行中追加预算${W(T.add)}，` : `年度执行中压减预算${W(T.cut)}，`;
  d.p(`2024年年初预算${W(T.Y)}，其中基本支出${W(b.Y)}、项目支出${W(T.Yp)}。${adjTxt}调整后全年预算${W(T.F)}${cfg.yiApprox ? `，部门预算规模约${yiS(Math.round(T.F / 100000000) * 100000000)}亿元` : ''}。`, 'budget');
  d.p(`按资金来源分，全年预算中本年财政拨款${W(T.f1)}、上年结转资金${W(T.f2)}${T.f3 ? '、其他资金' + W(T.f3) : ''}。`, 'sources');
  S2('预算执行情况');
  const share = pct(T.Ap, T.A, 2);
  d.p(`2024年全年实际支出${W(T.A)}，预算执行率${r}%，年末结转结余${W(T.B)}。其中，基本支出${W(b.A)}（人员经费${W(b.Ap)}、公用经费${W(b.Ao)}），项目支出${W(T.Ap)}，项目支出占全部支出的${share}%。`, 'exec');
  c.spot('gongyong', { id: 'exec' }, W(b.Ao));
  if (cfg.perHead) {
    const ph = u === '元' ? rdiv(b.Ao, Sn, 0) : rdiv(b.Ao, Sn * 10000, 0) * 10000;
    d.p(`按年末在职人员${Sn}人计算，人均公用经费${W(ph)}，较好地控制在定额标准以内。`, 'perhead');
    c.spot('perhead', { id: 'perhead' }, W(ph));
  }
  const pp = fixed(rI - r23I, c.pdec);
  d.p(`从年度对比看，上年预算执行率为${c.F(r23I)}%，本年为${r}%，较上年提高${pp}个百分点。`, 'pp');
  c.spot('pp', { id: 'pp' }, pp + '个百分点');
  if (cfg.quarter === 'table') { quarterTable(d, c, cum, T.F, 'qt'); d.p('三、四季度支出相对集中，与项目实施进度基本匹配。'); }
  else { d.p(quarterProse(c, cum, T.F, '支出'), 'qp'); c.spot('qrate', { id: 'qp' }, c.P(cum[1], T.F) + '%'); }
  S2('近三年支出对比');
  const gB = growth(c, b.A, ly.Ab), gP = growth(c, T.Ap, ly.Ap), gT = growth(c, T.A, ly.A);
  const y3 = [['项目', '2022年决算', '2023年决算', '2024年决算', '较上年增减额', '较上年增减率'],
    ['基本支出', M(l2.Ab), M(ly.Ab), M(b.A), M(b.A - ly.Ab), gB.signed + '%'],
    ['项目支出', M(l2.Ap), M(ly.Ap), M(T.Ap), M(T.Ap - ly.Ap), gP.signed + '%'],
    ['合计', M(l2.A), M(ly.A), M(T.A), M(T.A - ly.A), gT.signed + '%']];
  d.table(`表# 2022—2024年部门决算支出对比（单位：${u}）`, y3, { id: 'y3' });
  c.spot('y3growthP', { id: 'y3', r: 2, c: 5 }, gP.signed + '%');
  d.p(`2024年部门决算支出较2023年${gT.up ? '增加' : '减少'}${W(Math.abs(T.A - ly.A))}，${gT.up ? '增长' : '下降'}${gT.s}%，主要是${Math.abs(T.Ap - ly.Ap) * (gT.up ? 1 : -1) * (T.Ap - ly.Ap > 0 ? 1 : -1) >= Math.abs(b.A - ly.Ab) * (gT.up ? 1 : -1) * (b.A - ly.Ab > 0 ? 1 : -1) ? '项目支出' : '基本支出'}${gT.up ? '增加' : '减少'}所致。${cfg.y3prose ? `2022年、2023年部门决算支出分别为${W(l2.A)}、${W(ly.A)}。` : ''}`, 'y3p');
  if (cfg.y3prose) c.spot('y3prose', { id: 'y3p' }, W(l2.A));
  if (cfg.sangong) {
    S2('“三公”经费支出情况');
    const it = cfg.sangongItems;
    const rowsS = [['项目', '2023年决算数', '2024年预算数', '2024年决算数', '较上年增减额', '较上年增减率']];
    let t23 = 0, tb = 0, t24 = 0;
    for (const [nm, lo, hi] of it) {
      const v23 = hi === 0 ? 0 : c.budget(lo, hi); const v24 = hi === 0 ? 0 : c.scale(v23, 0.78, 0.97); const bud = hi === 0 ? 0 : v24 + c.budget(lo * 0.03, lo * 0.1);
      t23 += v23; tb += bud; t24 += v24;
      rowsS.push([nm, M(v23), M(bud), M(v24), M(v24 - v23), v23 ? growth(c, v24, v23).signed + '%' : '—']);
    }
    const gS = growth(c, t24, t23);
    rowsS.push(['合计', M(t23), M(tb), M(t24), M(t24 - t23), gS.signed + '%']);
    d.table(`表# “三公”经费支出对比（单位：${u}）`, rowsS, { id: 'sg' });
    d.p(`2024年“三公”经费决算${W(t24)}，较上年减少${W(t23 - t24)}，下降${gS.s}%，占年度预算${W(tb)}的${pct(t24, tb, 2)}%。`, 'sgp');
  }
  S2('项目支出情况');
  const pt = [['项目名称', '年初预算数', '调整数', '全年预算数', '实际支出', '执行率']];
  projs.forEach((p) => pt.push([p.name, M(p.Y), M(p.adj), M(p.F), M(p.A), c.P(p.A, p.F) + '%']));
  pt.push(['合计', M(T.Yp), M(T.Fp - T.Yp), M(T.Fp), M(T.Ap), c.P(T.Ap, T.Fp) + '%']);
  d.table(`表# 2024年项目支出预算执行明细（单位：${u}）`, pt, { id: 'pt' });
  d.p(`${cn(nP)}个项目全年预算合计${W(T.Fp)}，实际支出${W(T.Ap)}，项目支出执行率${c.P(T.Ap, T.Fp)}%。各项目执行情况如下：`);
  projs.forEach((p, i) => {
    d.h(3, `${i + 1}.${p.name}`);
    const adjs = p.adj > 0 ? `年中追加${W(p.adj)}，` : p.adj < 0 ? `年中压减${W(-p.adj)}，` : '年度中未作调整，';
    d.p(`该项目年初预算${W(p.Y)}，${adjs}全年预算${W(p.F)}；全年实际支出${W(p.A)}，执行率${c.P(p.A, p.F)}%，${p.B ? `年末结转结余${W(p.B)}。` : '资金已全部支出，无结转结余。'}`, 'proj' + i);
    if (p.B) c.spot('bal' + i, { id: 'proj' + i }, W(p.B));
    if (p.f2 || p.f3) d.p(`资金来源为本年财政拨款${W(p.f1)}${p.f2 ? '、上年结转资金' + W(p.f2) : ''}${p.f3 ? '、其他资金' + W(p.f3) : ''}。`);
    const miss = p.out.filter((x) => !x.met);
    d.p(`资金主要用于${p.use}。全年${p.out.map((x) => `${x.name}${x.act}（目标${x.tgt}）`).join('，')}，${miss.length ? miss.map((x) => x.name).join('、') + '未完全达到年度目标' : '完成年度目标任务'}。`);
    if (cfg.projTables) {
      const st = scoreTables(d, c, { caption: `表# ${p.name}绩效自评表`, id: 'ps' + i, Y: p.Y, F: p.F, A: p.A, inds: p.tinds, gradeRow: cfg.projGradeRow,
        src: [['本年财政拨款', p.y1, p.f1, p.a1], ['上年结转资金', p.f2, p.f2, p.a2], ['其他资金', p.f3, p.f3, p.a3]] });
      p.st = st;
      c.spot('ptot' + i, { id: 'ps' + i + 'I', r: st.totalRow, c: 6 }, fixed(st.tot, 2));
      if (!cfg.noProjScoreProse) d.p(`经自评，该项目得分${fixed(st.tot, 2)}分，评价等级为“${st.grade}”。`);
    }
  });
  S1('部门整体绩效目标完成情况');
  const byL1 = {}; inds.forEach((x) => { (byL1[x.l1] = byL1[x.l1] || []).push(x); });
  for (const l1 of Object.keys(byL1)) { S2(l1.replace('指标', '') + '目标完成情况'); d.p(indProse(byL1[l1], cfg.indRate)); }
  S1('上年绩效评价发现问题的整改情况');
  d.p(`${cfg.self}2023年度部门整体支出绩效自评得分为${fixed(s23, 2)}分，评价等级为“${gradeOf(s23)}”。上年评价发现的问题主要有：一是预算执行进度偏慢，2023年全年预算${W(ly.F)}，决算支出${W(ly.A)}，预算执行率为${c.F(r23I)}%；二是年末结转结余资金${W(ly.X)}，其中结转${W(ly.Y)}、结余${W(ly.Z)}，资金统筹使用不够。`, 'ly1');
  c.spot('lyZ', { id: 'ly1' }, W(ly.Z));
  c.spot('lyGrade', { id: 'ly1' }, '“' + gradeOf(s23) + '”');
  d.p(`整改情况：一是建立支出进度按月通报制度，本年预算执行率提高至${r}%；二是上年结转资金${W(ly.Y)}已全部纳入2024年预算统筹安排，当年使用${W(T.a2)}${T.a2 < ly.Y ? '，剩余' + W(ly.Y - T.a2) + '按规定继续结转' : ''}；上年结余资金已按规定全部收回财政。`, 'ly2');
  S1('自评结论');
  const st = scoreTables(d, c, { caption: `表# ${cfg.unitName}2024年度部门整体支出绩效自评表`, id: 'ds', Y: T.Y, F: T.F, A: T.A, inds, gradeRow: cfg.gradeRow,
    src: [['本年财政拨款', T.y1, T.f1, T.a1], ['上年结转资金', T.f2, T.f2, T.a2], ['其他资金', T.f3, T.f3, T.a3]] });
  c.spot('dtot', { id: 'dsI', r: st.totalRow, c: 6 }, fixed(st.tot, 2));
  c.spot('srcRate2', { id: 'dsF', r: 3, c: 5 }, c.P(T.a2, T.f2) + '%');
  d.p(cfg.conclNoTotal ? `经综合评价，${cfg.self}2024年度部门整体支出绩效自评等级为“${st.grade}”。` : `经综合评价，${cfg.self}2024年度部门整体支出绩效自评得分${fixed(st.tot, 2)}分，评价等级为“${st.grade}”。`, 'concl');
  c.spot('grade', { id: 'concl' }, '“' + st.grade + '”');
  S1('存在的问题及原因分析');
  let rest = '';
  if (cfg.restate != null) { const p = projs[cfg.restate]; if (!p.B) throw new Retry('restate'); rest = `如${p.name}年末尚有${W(p.B)}未支出，`; c.spot('restate', { id: 'prob' }, W(p.B)); }
  d.p(`一是部分项目支出进度不均衡。${rest}主要原因是${SECT[cfg.sector].prob}。二是绩效目标设置还不够细化，个别指标量化程度不高，与预算安排的衔接有待加强。三是绩效自评以内部自查为主，第三方参与不足。`, 'prob');
  S1('下一步改进措施');
  d.p(`一是${SECT[cfg.sector].fix}。二是完善绩效目标编制，提高指标的可衡量性，做到目标与预算同步申报、同步审核。三是强化自评结果应用，将评价结果作为下年度预算安排的重要依据，并按规定公开自评报告。`);
  return { doc: d, spots: c.spots, info: { total: st.tot, grade: st.grade } };
}

// ================================================================ 项目支出
function buildProj(cfg, R) {
  const c = mkCtx(cfg, R); const { W, M } = c; const u = c.unit;
  const d = new Doc(`${cfg.unitName}${cfg.projName}2024年度绩效自评报告`);
  const k = cfg.subs.length; const [lo, hi] = cfg.subRange;
  const subs = cfg.subs.map((s) => ({ name: s, F: c.budget(lo, hi) }));
  const full = R.int(0, k - 1);
  subs.forEach((s, i) => { s.A = i === full && !cfg.noFull ? s.F : c.act(s.F, 0.86, 0.992); s.B = s.F - s.A; });
  const F = sum(subs, (s) => s.F), A = sum(subs, (s) => s.A), B = F - A;
  const adj = cfg.noAdj ? 0 : c.budget((F / WAN) * 0.05, (F / WAN) * 0.14); const Y = F - adj;
  const f2 = c.budget((F / WAN) * 0.04, (F / WAN) * 0.09); const f3 = cfg.other ? c.budget((F / WAN) * 0.02, (F / WAN) * 0.06) : 0; const f1 = F - f2 - f3;
  const ch = c.budget((f1 / WAN) * 0.35, (f1 / WAN) * 0.5); const pr = cfg.local ? c.budget((f1 / WAN) * 0.2, (f1 / WAN) * 0.32) : f1 - ch; const lc = f1 - ch - pr;
  const y1 = f1 - adj; if (y1 <= 0) throw new Retry('y1');
  const a2 = f2; const a3 = f3 ? c.act(f3, 0.9, 1) : 0; const a1 = A - a2 - a3; if (a1 < 0 || a1 > f1) throw new Retry('a1');
  const r = c.P(A, F), rI = c.PI(A, F);
  // years
  const ly = { A: c.scale(A, 0.74, 0.95) }; ly.Y = f2; ly.X = c.budget((ly.A / WAN) * 0.07, (ly.A / WAN) * 0.12); ly.Z = ly.X - ly.Y; if (ly.Z <= 0) throw new Retry('lyZ');
  ly.F = ly.A + ly.X; const r23I = c.PI(ly.A, ly.F); if (r23I >= rI) throw new Retry('r23');
  const l2 = { F: c.scale(ly.F, 0.78, 0.96) }; l2.A = c.act(l2.F, 0.84, 0.95);
  const g = growth(c, A, ly.A); const s23 = cfg.s23 || lastYearScore(R);
  const cum = quarterData(c, A);
  // beneficiaries
  const ben = subs.map(() => R.int(cfg.benRange[0], cfg.benRange[1])); const nBen = ben.reduce((a, x) => a + x, 0);
  const inds = genInds(R, cfg.lib || cfg.sector, cfg.plan, cfg.nPartial || 0, null, cfg.excl, cfg.harsh);
  // ================= text
  const { S1, S2 } = sections(d);
  d.p(`按照${cfg.finance}关于开展2024年度项目支出绩效自评的统一部署（${cfg.abbr}财绩〔2025〕${cfg.docno}号），${cfg.self}对${cfg.projName}开展了绩效自评，现将有关情况报告如下。`);
  S1('项目基本情况');
  S2('项目概况');
  d.p(`${cfg.projDesc}。项目由${cfg.unitName}负责组织实施，2024年分${cn(k)}个${cfg.subKind}推进，分别为${subs.map((s) => s.name).join('、')}。`);
  S2('项目资金安排情况');
  d.p(adj ? `项目年初预算${W(Y)}，年中追加${W(adj)}，全年预算${W(F)}。` : `项目年初预算${W(Y)}，年度中未作调整，全年预算${W(F)}。`, 'budget');
  if (adj) c.spot('adj', { id: 'budget' }, W(adj));
  d.p(`按资金来源分，本年财政拨款${W(f1)}，其中中央补助资金${W(ch)}、${cfg.local ? '省级补助资金' + W(pr) + '、' + cfg.localName + '资金' + W(lc) : '省级资金' + W(pr)}；上年结转资金${W(f2)}${f3 ? '；其他资金' + W(f3) : ''}。`, 'sources');
  S2('年度绩效目标');
  d.p(`项目年度绩效目标为：${inds.filter((x) => x.l1 === '产出指标').map((x) => x.name + x.tgt).join('，')}，${inds.filter((x) => x.l1 === '满意度指标').map((x) => x.name + x.tgt).join('')}。`);
  S1('项目资金使用及管理情况');
  S2('资金执行情况');
  d.p(`截至2024年12月31日，项目全年实际支出${W(A)}，预算执行率${r}%，年末结转结余${W(B)}。`, 'exec');
  c.spot('bal', { id: 'exec' }, W(B));
  const sh = [[cfg.subKind, '全年预算数', '实际支出']]; if (!cfg.subNoRate) sh[0].push('执行率');
  subs.forEach((s) => { const row = [s.name, M(s.F), M(s.A)]; if (!cfg.subNoRate) row.push(c.P(s.A, s.F) + '%'); sh.push(row); });
  const tr = ['合计', M(F), M(A)]; if (!cfg.subNoRate) tr.push(r + '%'); sh.push(tr);
  d.table(`表# 各${cfg.subKind}预算执行情况（单位：${u}）`, sh, { id: 'subs' });
  (cfg.subProse || []).forEach((i) => {
    const s = subs[i]; d.p(`${s.name}全年预算${W(s.F)}，实际支出${W(s.A)}，执行率${c.P(s.A, s.F)}%${s.B ? '，结余主要为未到支付节点的合同尾款' : '，资金已全部支出'}。`, 'sub' + i);
    c.spot('subrate' + i, { id: 'sub' + i }, c.P(s.A, s.F) + '%');
  });
  S2('分季度执行进度');
  if (cfg.quarter === 'table') {
    quarterTable(d, c, cum, F, 'qt'); c.spot('q3', { id: 'qt', r: 3, c: 1 }, M(cum[2] - cum[1]));
    d.p('一季度主要支付上年结转项目尾款和前期费用，二、三季度进入集中实施阶段，四季度完成验收结算。');
  } else { d.p(quarterProse(c, cum, F, '支出'), 'qp'); c.spot('qrate', { id: 'qp' }, c.P(cum[1], F) + '%'); }
  S2('近三年资金安排及执行情况');
  d.table(`表# 2022—2024年项目资金安排及执行情况（单位：${u}）`, [['年度', '全年预算数', '实际支出', '执行率'],
    ['2022年', M(l2.F), M(l2.A), c.P(l2.A, l2.F) + '%'], ['2023年', M(ly.F), M(ly.A), c.F(r23I) + '%'], ['2024年', M(F), M(A), r + '%']], { id: 'y3' });
  d.p(`2022年、2023年项目实际支出分别为${W(l2.A)}、${W(ly.A)}，2024年实际支出较上年${g.up ? '增长' : '下降'}${g.s}%。`, 'y3p');
  c.spot('y3prose', { id: 'y3p' }, W(l2.A));
  const pp = fixed(rI - r23I, c.pdec);
  d.p(`上年预算执行率为${c.F(r23I)}%，本年为${r}%，提高${pp}个百分点，执行进度明显加快。`, 'pp');
  c.spot('pp', { id: 'pp' }, pp + '个百分点');
  S2('资金管理情况');
  d.p(`${SECT[cfg.sector].mgmt}。全年未发现挤占、挪用项目资金的情况。`);
  S1('项目绩效目标完成情况');
  const byL1 = {}; inds.forEach((x) => { (byL1[x.l1] = byL1[x.l1] || []).push(x); });
  for (const l1 of Object.keys(byL1)) { S2(l1.replace('指标', '') + '目标完成情况'); d.p(indProse(byL1[l1], cfg.indRate)); }
  let perS;
  if (u === '元') perS = W(rdiv(A, nBen, 0)); else perS = W(rdiv(A, nBen * 10000, 0) * 10000);
  d.p(`项目共${cfg.benVerb || '惠及'}${nBen}${cfg.benUnit}${cfg.benBySub === false ? '' : '，其中' + subs.map((s, i) => s.name + ben[i] + cfg.benUnit).join('、')}。按全年实际支出计算，${cfg.benPer}投入${perS}。`, 'ben');
  c.spot('per', { id: 'ben' }, perS);
  S1('上年绩效评价发现问题的整改情况');
  d.p(`2023年度该项目绩效自评得分为${fixed(s23, 2)}分，评价等级为“${gradeOf(s23)}”。上年自评指出：2023年项目全年预算${W(ly.F)}，实际支出${W(ly.A)}，执行率${c.F(r23I)}%，年末结转结余${W(ly.X)}，其中结转${W(ly.Y)}、结余${W(ly.Z)}。`, 'ly1');
  c.spot('lyGrade', { id: 'ly1' }, '“' + gradeOf(s23) + '”');
  c.spot('lyZ', { id: 'ly1' }, W(ly.Z));
  d.p(`针对上述问题，${cfg.self}一是将上年结转资金${W(ly.Y)}全部纳入2024年预算，本年已全部支出；二是上年结余资金已按规定收回财政统筹使用；三是建立项目实施进度月调度机制，本年执行率提高至${r}%。`, 'ly2');
  S1('自评结论');
  const st = scoreTables(d, c, { caption: `表# ${cfg.projName}绩效自评表`, id: 'ps', Y, F, A, inds, gradeRow: cfg.gradeRow,
    src: [['本年财政拨款', y1, f1, a1], ['上年结转资金', f2, f2, a2], ['其他资金', f3, f3, a3]] });
  c.spot('ptot', { id: 'psI', r: st.totalRow, c: 6 }, fixed(st.tot, 2));
  d.p(`经自评，${cfg.projName}2024年度绩效自评得分${fixed(st.tot, 2)}分，评价等级为“${st.grade}”。`, 'concl');
  c.spot('grade', { id: 'concl' }, '“' + st.grade + '”');
  S1('存在的问题及原因分析');
  let rest = '';
  if (cfg.restate != null) { const s = subs[cfg.restate]; if (!s.B) throw new Retry('restate'); rest = `${s.name}年末结余${W(s.B)}，`; c.spot('restate', { id: 'prob' }, W(s.B)); }
  d.p(`一是资金支付进度前慢后快，${rest}主要原因是${SECT[cfg.sector].prob}。二是部分绩效指标偏重产出数量，反映项目效益的指标不够充分。`, 'prob');
  S1('下一步改进措施');
  d.p(`一是${SECT[cfg.sector].fix}。二是优化绩效指标体系，增加反映服务对象获得感的效益指标。三是及时公开绩效自评结果，主动接受社会监督。`);
  return { doc: d, spots: c.spots, info: { total: st.tot, grade: st.grade } };
}

// ================================================================ 专项资金
function buildFund(cfg, R) {
  const c = mkCtx(cfg, R); const { W, M } = c; const u = c.unit;
  const d = new Doc(`${cfg.fundFull}2024年度绩效自评报告`);
  const m = cfg.regions.length; const [lo, hi] = cfg.regRange;
  const regs = cfg.regions.map((nm) => ({ name: nm, D: c.budget(lo, hi) }));
  if (cfg.yi) { const tot = sum(regs, (x) => x.D); regs[m - 1].D += (100000000 - (tot % 100000000)) % 100000000; }
  regs.forEach((x) => {
    x.P = R.chance(0.5) ? x.D : x.D - c.budget((x.D / WAN) * 0.01, (x.D / WAN) * 0.04);
    x.S = Math.min(x.P, c.act(x.D, 0.83, 0.985)); x.n = R.int(cfg.cntRange[0], cfg.cntRange[1]);
  });
  const D = sum(regs, (x) => x.D), P = sum(regs, (x) => x.P), S = sum(regs, (x) => x.S), N = sum(regs, (x) => x.n);
  const rI = c.PI(S, D), r = c.F(rI);
  if (cfg.shareCol && sum(regs, (x) => pctI(x.D, D, 2)) !== 10000) throw new Retry('shares');
  const rates = regs.map((x) => c.PI(x.S, x.D)); const best = rates.indexOf(Math.max(...rates)), worst = rates.indexOf(Math.min(...rates));
  if (rates.filter((v) => v === rates[best]).length > 1 || rates.filter((v) => v === rates[worst]).length > 1) throw new Retry('tie rank');
  const Y23 = c.budget((D / WAN) * 0.02, (D / WAN) * 0.05);
  const ch = c.budget((D / WAN) * 0.4, (D / WAN) * 0.55); const adj = c.budget((ch / WAN) * 0.1, (ch / WAN) * 0.25);
  const pv = cfg.cityLevel ? c.budget((D / WAN) * 0.15, (D / WAN) * 0.25) : D - Y23 - ch; const ci = D - Y23 - ch - pv; if (pv <= 0 || ci < 0) throw new Retry('comp');
  const Yb = D - adj; const f1 = D - Y23; const a2 = Y23; const a1 = S - a2;
  const ly = { D: c.scale(D, 0.8, 0.96) }; ly.Y = Y23; ly.X = c.budget((ly.D / WAN) * 0.07, (ly.D / WAN) * 0.12); ly.Z = ly.X - ly.Y; if (ly.Z <= 0) throw new Retry('lyZ');
  ly.S = ly.D - ly.X; const r23I = c.PI(ly.S, ly.D); if (r23I >= rI) throw new Retry('r23');
  const l2 = { D: c.scale(ly.D, 0.82, 0.97) }; l2.S = c.act(l2.D, 0.85, 0.93);
  const gD = growth(c, D, ly.D), gS = growth(c, S, ly.S); const s23 = lastYearScore(R);
  const cum = quarterData(c, S);
  const inds = genInds(R, cfg.lib || cfg.sector, cfg.plan, cfg.nPartial || 0, null, cfg.excl, cfg.harsh);
  // ================= text
  const { S1, S2 } = sections(d);
  d.p(`根据${cfg.finance}《关于开展2024年度预算绩效自评工作的通知》（${cfg.abbr}财绩〔2025〕${cfg.docno}号），${cfg.self}会同有关${cfg.regType}对2024年度${cfg.fundName}开展了绩效自评，现将自评情况报告如下。`);
  S1('专项资金基本情况');
  S2('设立依据和支持方向');
  d.p(`${cfg.fundName}依据${cfg.basis}设立，主要用于${cfg.purpose}。资金采取因素法分配，分配因素包括任务量、绩效评价结果和财力状况等。`);
  S2('资金规模及来源');
  const yiTxt = cfg.yi ? `（${yiS(D)}亿元）` : '';
  d.p(`2024年共安排${cfg.fundName}${W(D)}${yiTxt}，其中中央资金${W(ch)}、${cfg.cityLevel ? '省级资金' + W(pv) + '、' + cfg.ownName + '资金' + W(ci) : '省级资金' + W(pv)}、上年结转资金${W(Y23)}。年初预算${W(Yb)}，年中追加中央资金${W(adj)}。`, 'scale');
  if (cfg.approx) d.p(`从资金规模看，本年度${cfg.fundName}规模约${yiS(Math.round(D / 100000000) * 100000000)}亿元，较上年有所${gD.up ? '增加' : '减少'}。`);
  S2('年度绩效目标');
  d.p(`${inds.filter((x) => x.l1 === '产出指标').map((x) => x.name + x.tgt).join('，')}；${inds.filter((x) => x.l1 === '满意度指标').map((x) => x.name + x.tgt).join('')}。`);
  S1('资金分配及使用情况');
  S2('资金分配和执行情况');
  d.p(`资金按因素法切块下达${cn(m)}个${cfg.regType}。截至2024年12月31日，累计下达${W(D)}，拨付${W(P)}，实际支出${W(S)}，执行率${r}%（执行率按实际支出÷下达资金计算）。`, 'alloc');
  const head = [cfg.regHead, '下达资金', '拨付资金', '实际支出', '执行率']; if (cfg.shareCol) head.push('下达占比'); if (cfg.cntCol) head.push(cfg.cntHead);
  const rows = [head];
  regs.forEach((x) => { const rw = [x.name, M(x.D), M(x.P), M(x.S), c.P(x.S, x.D) + '%']; if (cfg.shareCol) rw.push(pct(x.D, D, 2) + '%'); if (cfg.cntCol) rw.push(String(x.n)); rows.push(rw); });
  const tot = ['合计', M(D), M(P), M(S), r + '%']; if (cfg.shareCol) tot.push('100.00%'); if (cfg.cntCol) tot.push(String(N)); rows.push(tot);
  d.table(`表# 2024年${cfg.fundName}分地区执行情况（单位：${u}）`, rows, { id: 'reg' });
  const pj = cfg.spotReg != null ? cfg.spotReg : 1;
  c.spot('regP', { id: 'reg', r: pj + 1, c: 2 }, M(regs[pj].P));
  if (cfg.cntCol) c.spot('regN', { id: 'reg', r: pj + 1, c: head.length - 1 }, String(regs[pj].n));
  d.p(`分地区看，${regs[best].name}执行率最高，为${c.P(regs[best].S, regs[best].D)}%；${regs[worst].name}执行率最低，为${c.P(regs[worst].S, regs[worst].D)}%，主要是部分资金下达时间较晚、年底集中拨付。`, 'regp');
  if (cfg.shareProse) {
    const a = regs[cfg.shareProse[0]], b2 = regs[cfg.shareProse[1]];
    d.p(`从分配结构看，${a.name}下达资金${W(a.D)}，占全部下达资金的${pct(a.D, D, 2)}%；${b2.name}下达资金${W(b2.D)}，占${pct(b2.D, D, 2)}%。`, 'share');
    c.spot('share', { id: 'share' }, pct(a.D, D, 2) + '%');
  }
  if (cfg.slip) { d.p(`其中${regs[best].name}实际支出${W(regs[best].S)}，支出进度居全${cfg.levelChar}首位。`, 'slip'); c.spot('slip', { id: 'slip' }, W(regs[best].S)); }
  S2('分季度执行进度');
  if (cfg.quarter === 'table') { quarterTable(d, c, cum, D, 'qt'); d.p('资金下达后各地按项目进度拨付，三、四季度支出较为集中。'); }
  else { d.p(quarterProse(c, cum, D, '支出', '下达资金'), 'qp'); c.spot('qrate', { id: 'qp' }, c.P(cum[1], D) + '%'); }
  S2('近三年资金规模');
  const yh = ['年度', '下达资金', '实际支出', '执行率']; const yr = [yh, ['2022年', M(l2.D), M(l2.S), c.P(l2.S, l2.D) + '%'], ['2023年', M(ly.D), M(ly.S), c.F(r23I) + '%'], ['2024年', M(D), M(S), r + '%']];
  d.table(`表# 2022—2024年${cfg.fundName}规模及执行情况（单位：${u}）`, yr, { id: 'y3' });
  d.p(`2024年下达资金较上年${gD.up ? '增长' : '下降'}${gD.s}%，实际支出较上年${gS.up ? '增长' : '下降'}${gS.s}%。`, 'y3p');
  c.spot('gD', { id: 'y3p' }, gD.s + '%');
  S1('绩效目标完成情况');
  const byL1 = {}; inds.forEach((x) => { (byL1[x.l1] = byL1[x.l1] || []).push(x); });
  for (const l1 of Object.keys(byL1)) { S2(l1.replace('指标', '') + '目标完成情况'); d.p(indProse(byL1[l1], cfg.indRate)); }
  let perS; if (u === '元') perS = W(rdiv(S, N, 0)); else perS = W(rdiv(S, N * 10000, 0) * 10000);
  if (cfg.cntCol) d.p(`全年资金共惠及${N}${cfg.cntUnit}，按实际支出计算，${cfg.cntPer}${perS}。`, 'cnt');
  else d.p(`全年资金共惠及${N}${cfg.cntUnit}，其中${regs.map((x) => x.name + x.n + cfg.cntUnit).join('、')}。按实际支出计算，${cfg.cntPer}${perS}。`, 'cnt');
  S1('上年绩效评价发现问题的整改情况');
  d.p(`2023年度${cfg.fundName}绩效自评得分为${fixed(s23, 2)}分，评价等级为“${gradeOf(s23)}”。上年自评指出：2023年下达资金${W(ly.D)}，实际支出${W(ly.S)}，执行率${c.F(r23I)}%，年末结转结余${W(ly.X)}，其中结转${W(ly.Y)}、结余${W(ly.Z)}，部分${cfg.regType}资金拨付不及时。`, 'ly1');
  c.spot('lyGrade', { id: 'ly1' }, '“' + gradeOf(s23) + '”');
  d.p(`整改情况：上年结转资金${W(ly.Y)}已于2024年全部下达并支出完毕；结余资金已按规定收回；对执行进度低于序时进度的${cfg.regType}实行约谈和通报，本年执行率提高至${r}%。`, 'ly2');
  S1('自评结论');
  const st = scoreTables(d, c, { caption: `表# ${cfg.fundFull}绩效自评表`, id: 'fs', Y: Yb, F: D, A: S, inds, gradeRow: cfg.gradeRow,
    src: [['本年财政拨款', Yb - Y23, f1, a1], ['上年结转资金', Y23, Y23, a2], ['其他资金', 0, 0, 0]] });
  d.p(`经自评，2024年度${cfg.fundName}绩效自评得分${fixed(st.tot, 2)}分，评价等级为“${st.grade}”。`, 'concl');
  S1('存在的问题及原因分析');
  d.p(`一是${cfg.regType}之间执行进度不均衡，${regs[worst].name}等地支出进度相对滞后，主要原因是${SECT[cfg.sector].prob}。二是部分${cfg.regType}绩效目标分解不够细化，过程监控以资金拨付进度为主。`);
  S1('下一步改进措施');
  d.p(`一是${SECT[cfg.sector].fix}。二是将绩效评价结果与下年度资金分配挂钩，对执行进度慢、绩效差的${cfg.regType}相应扣减分配额度。三是按规定公开资金分配结果和绩效自评报告。`);
  return { doc: d, spots: c.spots, info: { total: st.tot, grade: st.grade } };
}

// ================================================================ corpus definition
const CITIES5 = ['鹭汀市', '苇岑市', '棠陂市', '桉岭市', '楝川市'];
const FIN = {
  prov: { finance: '澄屿省财政厅', abbr: '澄' },
};
const CONFIGS = [
  // ---------------------------------------------------------------- md
  { id: 'md01-county-dept-zhiyuan-nongye', fmt: 'md', st: { mdTitle: 'hash', mdHead: 'hash' }, kind: 'dept', level: '县级', place: '苇岑市芷垣县',
    unitName: '芷垣县农业农村局', self: '我局', finance: '芷垣县财政局', abbr: '芷', docno: 3, sector: 'agri', sep: true, merge: true, plan: 'A', nPartial: 1,
    projRange: [150, 900], basicRange: [1800, 2600], staff: [60, 90], divs: 8, subs: 4, quarter: 'prose', fullIdx: 4, mustBal: [1, 3], restate: 3, indRate: true,
    projects: [
      { name: '高素质农民培育项目', use: '农民培训、实训基地补助和跟踪服务', inds: [['培训高素质农民', '人', 300, 600], ['开展田间实训', '场次', 20, 60]] },
      { name: '动物疫病防控项目', use: '疫苗采购、免疫注射劳务补助和疫情监测', inds: [['完成重大动物疫病强制免疫', '万头（只）', 40, 90], ['开展疫情监测采样', '份', 2000, 5000]] },
      { name: '农产品质量安全监管项目', use: '例行监测、快检耗材和执法检查', inds: [['开展农产品定量检测', '批次', 300, 600], ['开展快速检测', '批次', 3000, 6000]] },
      { name: '农村人居环境整治项目', use: '村庄清洁、农村改厕奖补和设施管护', inds: [['完成农村户厕改造', '户', 600, 1500], ['开展村庄清洁行动', '次', 30, 80]] },
      { name: '耕地质量提升项目', use: '土壤改良、有机肥推广和耕地质量监测', inds: [['推广有机肥施用面积', '亩', 5000, 15000], ['设置耕地质量监测点', '个', 20, 50]] },
    ],
    mut: { spot: 'bal1', add: '10.00', kind: '结转结余', relation: '动物疫病防控项目：结转结余 = 全年预算 − 实际支出（第二个子项目小节）' } },
  { id: 'md02-city-proj-luting-chuangxinquan', fmt: 'md', st: { mdTitle: 'bold', mdHead: 'bold' }, kind: 'proj', level: '市级', place: '鹭汀市',
    unitName: '鹭汀市科学技术局', self: '我局', finance: '鹭汀市财政局', abbr: '鹭', docno: 7, sector: 'voucher', sep: true, merge: false, plan: 'B', nPartial: 1,
    projName: '科技型中小企业创新券项目', projDesc: '科技型中小企业创新券项目是鹭汀市支持中小企业购买研发设计、检验检测等科技服务的普惠性政策，企业使用创新券购买服务后由财政按比例兑付',
    subs: ['蘅桥区', '翎湖区', '椋溪县', '蒹浦县'], subKind: '实施区域', subRange: [200, 900], local: true, localName: '市本级', other: false,
    benRange: [60, 200], benUnit: '家企业', benPer: '平均每家企业', quarter: 'table', gradeRow: true,
    harsh: true, nPartial: 1,
    mut: { spot: 'q3', add: '20.00', kind: '季度累计', relation: '前三季度累计支出 = 上半年累计支出 + 三季度当季支出（分季度表）' } },
  { id: 'md03-prov-fund-chengyu-zhongxiaoqiye', fmt: 'md', st: { mdTitle: 'hash', mdHead: 'bold' }, kind: 'fund', level: '省级', place: '澄屿省',
    fundName: '中小企业发展专项资金', fundFull: '澄屿省中小企业发展专项资金', self: '省工业和信息化厅', ...FIN.prov, docno: 12, sector: 'sme', sep: true, merge: true, plan: 'A', nPartial: 1,
    basis: '《澄屿省中小企业发展专项资金管理办法》（澄财企〔2022〕15号）', purpose: '支持专精特新中小企业培育、中小企业公共服务体系建设和融资促进',
    regions: CITIES5, regType: '设区市', regHead: '设区市', regRange: [3000, 9000], yi: true, levelChar: '省', cntRange: [60, 180], cntUnit: '家企业', cntPer: '平均每家企业获得支持',
    quarter: 'prose', spotReg: 2,
    excl: ['支持专精特新中小企业'],
    mut: { spot: 'regP', add: '-20.00', kind: '分地区合计', relation: '各设区市拨付资金之和 = 合计行拨付资金（分地区执行表）' } },
  { id: 'md04-city-dept-weicen-weijian', fmt: 'md', st: { mdTitle: 'bold', mdHead: 'hash' }, kind: 'dept', level: '市级', place: '苇岑市',
    unitName: '苇岑市卫生健康委员会', self: '我委', finance: '苇岑市财政局', abbr: '苇', docno: 5, sector: 'health', sep: true, merge: false, plan: 'B', nPartial: 1, scoreInt: true,
    projRange: [800, 4000], basicRange: [3500, 5000], staff: [90, 130], divs: 12, subs: 6, quarter: 'table', projTables: true, noProjScoreProse: true, projGradeRow: true,
    projects: [
      { name: '基本公共卫生服务项目', use: '居民健康档案管理、慢性病患者健康管理和健康教育', inds: [['建立居民电子健康档案', '万份', 60, 120], ['开展健康教育讲座', '场次', 300, 800], ['管理高血压患者', '人', 20000, 50000]], partial: true },
      { name: '卫生监督执法项目', use: '公共场所和生活饮用水监督检查、执法取证设备购置', inds: [['开展公共场所监督检查', '户次', 800, 2000], ['抽检生活饮用水水样', '份', 300, 800], ['查处违法案件', '件', 50, 150]] },
      { name: '妇幼健康服务项目', use: '孕产妇健康管理、新生儿疾病筛查和“两癌”筛查', inds: [['开展孕产妇健康管理', '人', 8000, 15000], ['开展新生儿疾病筛查', '人', 7000, 14000], ['完成适龄妇女“两癌”筛查', '人', 20000, 40000]] },
      { name: '卫生人才培养项目', use: '全科医生培养、住院医师规范化培训和基层人员进修补助', inds: [['培养全科医生', '人', 40, 120], ['开展住院医师规范化培训', '人', 150, 400], ['组织基层卫生人员进修', '人次', 300, 800]] },
    ],
    mut: { spot: 'ptot2', add: '-1.10', kind: '总分', relation: '妇幼健康服务项目自评表：总分 = 预算执行率得分 + 各指标得分之和' } },
  { id: 'md05-county-proj-maowan-gongshui', fmt: 'md', st: { mdTitle: 'hash', mdHead: 'hash' }, kind: 'proj', level: '县级', place: '苇岑市茆湾县',
    unitName: '茆湾县水利局', self: '我局', finance: '茆湾县财政局', abbr: '茆', docno: 2, sector: 'water', sep: true, merge: true, plan: 'C', nPartial: 0,
    projName: '农村供水保障工程项目', projDesc: '农村供水保障工程项目主要实施农村供水管网延伸、老旧管网改造和水厂提质增效，解决部分村组季节性缺水问题',
    subs: ['一标段（北部片区）', '二标段（中部片区）', '三标段（南部片区）'], subKind: '标段', subRange: [600, 1800], local: true, localName: '县级配套', other: true,
    benRange: [2000, 5000], benUnit: '户', benPer: '户均', quarter: 'prose', gradeRow: false,
    harsh: true, nPartial: 2,
    mut: { spot: 'adj', add: '30.00', kind: '预算调整', relation: '年初预算 + 年中追加 = 全年预算（项目资金安排段）' } },
  { id: 'md06-city-fund-tangbei-jiuye', fmt: 'md', st: { mdTitle: 'bold', mdHead: 'bold' }, kind: 'fund', level: '市级', place: '棠陂市',
    fundName: '就业补助资金', fundFull: '棠陂市就业补助资金', self: '市人力资源和社会保障局', finance: '棠陂市财政局', abbr: '棠', docno: 9, sector: 'hr', sep: true, merge: false, plan: 'B', nPartial: 1,
    basis: '《就业补助资金管理办法》和《棠陂市就业补助资金使用管理细则》', purpose: '职业培训补贴、社会保险补贴、公益性岗位补贴、创业补贴和就业见习补贴等支出',
    regions: ['菡陂县', '荇川县', '枳垣区', '蓼汀县'], regType: '县（市、区）', regHead: '县（市、区）', regRange: [1500, 4000], cityLevel: true, ownName: '市本级', levelChar: '市',
    cntRange: [6000, 15000], cntUnit: '人次', cntPer: '人均补贴', quarter: 'table', shareProse: [1, 3], gradeRow: true,
    harsh: 2, nPartial: 4,
    excl: ['开展补贴性职业技能培训'],
    mut: { spot: 'share', add: '1.50', kind: '占比', relation: '荇川县下达资金占比 = 荇川县下达资金 ÷ 全部下达资金' } },
  { id: 'md07-prov-dept-chengyu-wenlv', fmt: 'md', st: { mdTitle: 'hash', mdHead: 'hash' }, kind: 'dept', level: '省级', place: '澄屿省',
    unitName: '澄屿省文化和旅游厅', self: '我厅', ...FIN.prov, docno: 21, sector: 'culture', sep: true, merge: true, plan: 'A', nPartial: 1,
    projRange: [2000, 9000], basicRange: [9000, 14000], staff: [180, 260], divs: 14, subs: 9, quarter: 'table', sangong: true, yiApprox: true,
    sangongItems: [['因公出国（境）费用', 20, 60], ['公务接待费', 15, 40], ['公务用车购置及运行维护费', 40, 90]],
    projects: [
      { name: '公共文化服务体系建设项目', use: '县级图书馆、文化馆总分馆建设补助和公益性文化活动', inds: [['支持县级总分馆建设', '个', 20, 50], ['组织公益性文化活动', '场次', 500, 1200]] },
      { name: '非物质文化遗产保护项目', use: '代表性传承人补助、非遗展示展演和传承基地建设', inds: [['资助代表性传承人', '人', 150, 400], ['开展非遗展示展演', '场次', 60, 150]] },
      { name: '文物保护利用项目', use: '文物保护工程补助、文物安全巡查和考古调查', inds: [['实施文物保护工程', '处', 15, 40], ['开展文物安全巡查', '次', 800, 2000]] },
      { name: '文艺精品创作扶持项目', use: '舞台艺术精品创作扶持和优秀剧目巡演补助', inds: [['扶持舞台艺术精品', '部', 8, 20], ['组织优秀剧目巡演', '场', 100, 300]] },
      { name: '旅游宣传推广项目', use: '文旅推介活动、宣传广告投放和旅游节会补助', inds: [['举办文旅推介活动', '场次', 12, 40], ['投放宣传广告', '批次', 20, 60]] },
      { name: '公共文化场馆免费开放项目', use: '省级图书馆、美术馆、博物馆免费开放运行保障', inds: [['免费开放省级场馆', '个', 6, 12], ['接待参观群众', '万人次', 300, 800]] },
    ],
    harsh: true, nPartial: 1,
    mut: { spot: 'y3growthP', add: '2.00', kind: '同比增减率', relation: '项目支出较上年增减率 = (2024年决算 − 2023年决算) ÷ 2023年决算（近三年对比表）' } },
  { id: 'md08-county-dept-hengqiao-jiaoyu', fmt: 'md', st: { mdTitle: 'bold', mdHead: 'bold' }, kind: 'dept', level: '县级', place: '鹭汀市蘅桥区',
    unitName: '蘅桥区教育局', self: '我局', finance: '蘅桥区财政局', abbr: '蘅', docno: 4, sector: 'edu', sep: false, merge: true, plan: 'C', nPartial: 1,
    projRange: [300, 1500], basicRange: [2000, 3000], staff: [50, 80], divs: 7, subs: 3, quarter: 'prose', gradeRow: false, pdec: 2,
    projects: [
      { name: '学生资助项目', use: '家庭经济困难学生资助和营养改善膳食补助', inds: [['资助家庭经济困难学生', '人', 1200, 2500], ['发放营养改善膳食补助', '人', 8000, 15000]] },
      { name: '校舍维修改造项目', use: '中小学校舍维修、厕所改造和消防设施更新', inds: [['完成校舍维修改造', '所', 8, 20], ['改造学校厕所', '座', 10, 30]] },
      { name: '教师培训项目', use: '教师全员培训、骨干教师培养和培训基地建设', inds: [['开展教师全员培训', '人次', 1500, 3000], ['培养骨干教师', '人', 60, 150]] },
    ],
    mut: { spot: 'grade', grade: '良', kind: '评价等级', relation: '自评结论：评价等级与自评得分对应（≥90分为优）' } },
  // ---------------------------------------------------------------- txt
  { id: 'txt01-county-dept-liangxi-shuili', fmt: 'txt', st: { tbl: 'tab', indent: '　　', blank: false }, kind: 'dept', level: '县级', place: '鹭汀市椋溪县',
    unitName: '椋溪县水利局', self: '我局', finance: '椋溪县财政局', abbr: '椋', docno: 6, sector: 'water', sep: true, merge: false, plan: 'A', nPartial: 1,
    projRange: [200, 1200], basicRange: [900, 1400], staff: [40, 60], divs: 6, subs: 3, quarter: 'prose', gradeRow: true,
    projects: [
      { name: '小型水库除险加固项目', use: '小型水库大坝加固、溢洪道改造和监测设施更新', inds: [['除险加固小型水库', '座', 4, 10], ['更新水库监测设施', '套', 10, 30]] },
      { name: '河湖长制工作经费', use: '河道巡查保洁、河长公示牌维护和问题整改', inds: [['开展河道巡查', '次', 800, 1500], ['清理河道垃圾', '吨', 500, 1500]] },
      { name: '农村饮水安全维修养护项目', use: '农村供水工程维修养护和管网更换', inds: [['维修农村供水工程', '处', 30, 80], ['更换供水管道', '公里', 20, 60]] },
      { name: '水土保持治理项目', use: '坡耕地治理、营造水保林和生态清洁小流域建设', inds: [['治理水土流失面积', '平方公里', 8, 20], ['营造水保林', '亩', 1000, 3000]] },
    ],
    mut: { spot: 'gongyong', add: '12.00', kind: '分项求和', relation: '基本支出 = 人员经费 + 公用经费（预算执行段）' } },
  { id: 'txt02-city-proj-weicen-gonggongwenhua', fmt: 'txt', st: { tbl: 'space', indent: '', blank: true }, kind: 'proj', level: '市级', place: '苇岑市',
    unitName: '苇岑市文化广电和旅游局', self: '我局', finance: '苇岑市财政局', abbr: '苇', docno: 11, sector: 'culture', sep: true, merge: false, plan: 'A', nPartial: 1,
    projName: '城市公共文化服务提升项目', projDesc: '城市公共文化服务提升项目围绕“十五分钟文化圈”建设，推进图书馆数字化服务、群众文艺活动、城市书房建设和公益电影放映',
    subs: ['市图书馆数字化服务提升', '市文化馆群众文艺活动', '城市书房建设', '公益电影放映'], subKind: '子项目', subRange: [150, 700], local: true, localName: '市本级', other: true,
    subNoRate: true, subProse: [1, 2], noFull: true, benRange: [20, 60], benUnit: '个社区', benPer: '平均每个社区', quarter: 'table', gradeRow: false,
    harsh: true, nPartial: 3,
    benBySub: false,
    mut: { spot: 'subrate1', add: '-2.10', kind: '执行率', relation: '市文化馆群众文艺活动：执行率 = 实际支出 ÷ 全年预算' } },
  { id: 'txt03-prov-fund-chengyu-nongtian', fmt: 'txt', st: { tbl: 'cell', indent: '　　', blank: false }, kind: 'fund', level: '省级', place: '澄屿省',
    fundName: '农田建设补助资金', fundFull: '澄屿省农田建设补助资金', self: '省农业农村厅', ...FIN.prov, docno: 8, sector: 'farm', sep: true, merge: false, plan: 'C', nPartial: 1,
    basis: '《农田建设补助资金管理办法》和《澄屿省高标准农田建设项目管理实施细则》', purpose: '高标准农田建设、田间工程配套和耕地质量提升',
    regions: CITIES5, regType: '设区市', regHead: '设区市', regRange: [8000, 20000], approx: true, levelChar: '省', shareCol: true, slip: true,
    cntRange: [20, 60], cntUnit: '个项目区', cntPer: '平均每个项目区投入', quarter: 'prose', gradeRow: true,
    mut: { spot: 'slip', unit: '元', kind: '单位错写', relation: '正文所述该市实际支出（万元误作元）= 分地区执行表该市实际支出' } },
  { id: 'txt04-city-dept-tangbei-shengtai', fmt: 'txt', st: { tbl: 'cell', indent: '', blank: true }, kind: 'dept', level: '市级', place: '棠陂市',
    unitName: '棠陂市生态环境局', self: '我局', finance: '棠陂市财政局', abbr: '棠', docno: 10, sector: 'env', sep: false, merge: false, plan: 'A', nPartial: 0,
    projRange: [300, 2000], basicRange: [2500, 3800], staff: [80, 120], divs: 10, subs: 5, quarter: 'table', perHead: true, sangong: true, gradeRow: false,
    sangongItems: [['因公出国（境）费用', 0, 0], ['公务接待费', 6, 15], ['公务用车购置及运行维护费', 20, 45]],
    projects: [
      { name: '大气污染防治项目', use: '挥发性有机物治理补助、扬尘管控和餐饮油烟治理', inds: [['完成挥发性有机物治理项目', '个', 20, 50], ['开展扬尘专项检查', '次', 300, 700]] },
      { name: '水污染防治项目', use: '入河排污口整治、黑臭水体治理和水质监测', inds: [['完成入河排污口整治', '个', 30, 80], ['开展水质监测', '次', 500, 1200]] },
      { name: '土壤污染防治项目', use: '重点地块调查、土壤环境监测和风险管控', inds: [['完成重点地块调查', '块', 10, 30], ['开展土壤环境监测', '个点位', 100, 300]] },
      { name: '生态环境监测能力建设项目', use: '空气自动监测站建设和监测设备更新', inds: [['新建自动监测站', '个', 3, 8], ['更新监测设备', '台（套）', 20, 60]] },
      { name: '环境执法专项经费', use: '执法检查、执法装备和案件办理', inds: [['开展执法检查', '家次', 800, 1600], ['办理环境违法案件', '件', 60, 150]] },
    ],
    nPartial: 2,
    mut: { spot: 'perhead', add: '0.30', kind: '人均', relation: '人均公用经费 = 公用经费 ÷ 年末在职人数' } },
  { id: 'txt05-county-fund-ruiping-xianjie', fmt: 'txt', st: { tbl: 'tab', indent: '', blank: false }, kind: 'fund', level: '县级', place: '苇岑市蕤坪县', unit: '元',
    fundName: '乡村振兴衔接资金', fundFull: '蕤坪县乡村振兴衔接资金', self: '县农业农村局', finance: '蕤坪县财政局', abbr: '蕤', docno: 1, sector: 'rural', merge: true, plan: 'A', nPartial: 1,
    basis: '《中央财政衔接推进乡村振兴补助资金管理办法》和县级衔接资金项目管理制度', purpose: '产业帮扶、农村基础设施建设和脱贫人口就业帮扶',
    regions: ['槿塘镇', '蕨岗乡', '栀埠镇', '楸泷镇', '蓁溪乡'], regType: '乡镇', regHead: '乡镇', regRange: [300, 900], cityLevel: true, ownName: '县本级', levelChar: '县', slip: true,
    cntRange: [300, 900], cntUnit: '户脱贫户', cntPer: '户均受益', quarter: 'table', gradeRow: true,
    harsh: 2, nPartial: 4,
    mut: { spot: 'slip', add: '10000.00', kind: '正文与表格', relation: '正文所述该乡镇实际支出 = 分地区执行表该乡镇实际支出' } },
  { id: 'txt06-prov-proj-chengyu-kepu', fmt: 'txt', st: { tbl: 'space', indent: '　　', blank: false }, kind: 'proj', level: '省级', place: '澄屿省',
    unitName: '澄屿省科学技术厅', self: '我厅', ...FIN.prov, docno: 17, sector: 'kepu', sep: true, merge: true, plan: 'B', nPartial: 1, pdec: 2,
    projName: '省级科普基地建设项目', projDesc: '省级科普基地建设项目用于支持科普场馆提质改造、科普基地认定奖补、流动科普巡展和科普信息化建设，提升全民科学素质',
    subs: ['科普场馆提质改造', '科普基地认定奖补', '科普大篷车巡展', '科普信息化平台'], subKind: '子项目', subRange: [300, 1500], local: false, other: false,
    benRange: [10, 40], benUnit: '个基地', benPer: '平均每个基地', quarter: 'prose', gradeRow: true,
    harsh: true, nPartial: 2,
    benBySub: false,
    mut: { spot: 'pp', add: '1.00', kind: '百分点', relation: '执行率提高的百分点 = 本年执行率 − 上年执行率' } },
  { id: 'txt07-city-dept-luting-shichang', fmt: 'txt', st: { tbl: 'tab', indent: '　　', blank: true }, kind: 'dept', level: '市级', place: '鹭汀市',
    unitName: '鹭汀市市场监督管理局', self: '我局', finance: '鹭汀市财政局', abbr: '鹭', docno: 7, sector: 'market', sep: true, merge: false, plan: 'B', nPartial: 1, scoreInt: true,
    projRange: [400, 1500], basicRange: [5000, 7000], staff: [200, 300], divs: 15, subs: 4, quarter: 'prose', projTables: true, projGradeRow: false, gradeRow: true,
    projects: [
      { name: '食品安全抽检项目', use: '食品安全监督抽检、快检和抽检信息公布', inds: [['完成食品安全监督抽检', '批次', 3000, 6000], ['开展食用农产品快检', '批次', 20000, 40000], ['发布抽检信息公告', '期', 40, 60]] },
      { name: '特种设备安全监察项目', use: '特种设备安全检查、电梯隐患排查和应急演练', inds: [['检查特种设备使用单位', '家', 600, 1200], ['开展电梯安全隐患排查', '台', 5000, 9000], ['组织应急演练', '场次', 10, 25]], partial: true },
      { name: '计量检定与标准化项目', use: '计量器具强制检定、地方标准制修订和计量监督抽查', inds: [['开展计量器具强制检定', '台件', 20000, 40000], ['主导制修订地方标准', '项', 5, 15], ['开展计量监督抽查', '批次', 100, 300]] },
    ],
    mut: { spot: 'lyZ', add: '15.00', kind: '上年结转结余', relation: '上年结转结余 = 结转 + 结余（上年问题整改段）' } },
  { id: 'txt08-county-proj-xingchuan-youeryuan', fmt: 'txt', st: { tbl: 'cell', indent: '　　', blank: true }, kind: 'proj', level: '县级', place: '棠陂市荇川县', unit: '元',
    unitName: '荇川县教育局', self: '我局', finance: '荇川县财政局', abbr: '荇', docno: 5, sector: 'kinder', benVerb: '新增', merge: false, plan: 'A', nPartial: 1,
    projName: '公办幼儿园改扩建项目', projDesc: '公办幼儿园改扩建项目通过新建、扩建和改造公办幼儿园，增加普惠性学前教育学位，缓解城区和中心集镇入园难问题',
    subs: ['县第一幼儿园扩建', '城东幼儿园新建', '苈口镇中心幼儿园改造', '蕨溪乡中心幼儿园改造'], subKind: '子项目', subRange: [150, 600], local: true, localName: '县级配套', other: false,
    benRange: [90, 300], benUnit: '个学位', benPer: '每个新增学位平均', quarter: 'table', gradeRow: true,
    nPartial: 2,
    mut: { spot: 'bal', add: '20000.00', kind: '结转结余', relation: '年末结转结余 = 全年预算 − 实际支出（资金执行段，金额单位元）' } },
  // ---------------------------------------------------------------- docx
  { id: 'docx01-prov-dept-chengyu-renshe', fmt: 'docx', kind: 'dept', level: '省级', place: '澄屿省',
    unitName: '澄屿省人力资源和社会保障厅', self: '我厅', ...FIN.prov, docno: 21, sector: 'hr', sep: true, merge: true, plan: 'A', nPartial: 1,
    projRange: [3000, 12000], basicRange: [12000, 18000], staff: [250, 350], divs: 18, subs: 7, quarter: 'table', yiApprox: true, restate: 2, mustBal: [2], gradeRow: true,
    projects: [
      { name: '就业创业服务项目', use: '公共就业服务专项活动、创业补贴和就业信息平台运维', inds: [['举办公共就业服务专项活动', '场次', 200, 500], ['发放一次性创业补贴', '人', 2000, 5000]] },
      { name: '职业技能提升项目', use: '补贴性职业技能培训、高技能人才培训基地建设', inds: [['开展补贴性职业技能培训', '万人次', 20, 50], ['建设高技能人才培训基地', '个', 10, 30]] },
      { name: '人才引进与服务项目', use: '高层次人才引进补助、博士后工作站建设和人才服务', inds: [['引进高层次人才', '人', 300, 800], ['新建博士后科研工作站', '个', 15, 40]] },
      { name: '劳动保障监察项目', use: '劳动保障专项检查、欠薪治理和仲裁办案', inds: [['开展劳动保障专项检查', '户次', 3000, 8000], ['办结劳动保障监察案件', '件', 1500, 4000]] },
    ],
    mut: { spot: 'restate', add: '100.00', kind: '子项目前后不一', relation: '问题部分所述人才引进与服务项目未支出金额 = 该项目小节所述年末结转结余' } },
  { id: 'docx02-county-fund-junzhu-nongye', fmt: 'docx', kind: 'fund', level: '县级', place: '苇岑市筠渚县',
    fundName: '农业生产发展资金', fundFull: '筠渚县农业生产发展资金', self: '县农业农村局', finance: '筠渚县财政局', abbr: '筠', docno: 4, sector: 'agri', sep: false, merge: true, plan: 'B', nPartial: 1,
    basis: '《农业相关转移支付资金管理办法》', purpose: '耕地地力保护、农机购置与应用补贴、农业产业发展和新型经营主体培育',
    regions: ['筠南镇', '荠坪镇', '菘田乡', '蒿塘镇', '葑口乡'], regType: '乡镇', regHead: '乡镇', regRange: [200, 700], cityLevel: true, ownName: '县本级', levelChar: '县',
    cntCol: true, cntHead: '受益户数', cntRange: [800, 3000], cntUnit: '户', cntPer: '户均受益资金', quarter: 'table', gradeRow: true, spotReg: 3,
    harsh: true, nPartial: 2,
    mut: { spot: 'regN', add: '60', kind: '分地区合计', relation: '各乡镇受益户数之和 = 合计行受益户数（分地区执行表）' } },
  { id: 'docx03-city-proj-tangbei-laojiu', fmt: 'docx', kind: 'proj', level: '市级', place: '棠陂市',
    unitName: '棠陂市住房和城乡建设局', self: '我局', finance: '棠陂市财政局', abbr: '棠', docno: 13, sector: 'housing', sep: true, merge: true, plan: 'A', nPartial: 1,
    projName: '老旧小区改造项目', projDesc: '老旧小区改造项目对建成年代较早、基础设施老化的住宅小区实施水电气管网改造、加装电梯、增设停车位和公共空间提升',
    subs: ['椿苑片区', '棣华片区', '桉亭片区', '榕晖片区'], subKind: '改造片区', subRange: [800, 2500], local: true, localName: '市本级', other: true,
    benRange: [800, 2500], benUnit: '户', benPer: '户均', quarter: 'prose', gradeRow: true, restate: 1,
    harsh: true, nPartial: 1,
    excl: ['惠及居民'],
    mut: { spot: 'y3prose', add: '100.00', kind: '正文与表格', relation: '正文所述2022年实际支出 = 近三年对比表2022年实际支出' } },
  { id: 'docx04-county-dept-hanbei-weijian', fmt: 'docx', kind: 'dept', level: '县级', place: '棠陂市菡陂县',
    unitName: '菡陂县卫生健康局', self: '我局', finance: '菡陂县财政局', abbr: '菡', docno: 2, sector: 'health', sep: true, merge: true, plan: 'B', nPartial: 0, scoreInt: false,
    projRange: [400, 1500], basicRange: [1500, 2200], staff: [50, 70], divs: 6, subs: 3, quarter: 'prose', projTables: true, projGradeRow: true, gradeRow: true,
    projects: [
      { name: '基本公共卫生服务项目', use: '居民健康档案、慢性病患者管理和老年人健康体检', inds: [['建立居民电子健康档案', '万份', 15, 30], ['管理2型糖尿病患者', '人', 5000, 9000], ['开展老年人健康体检', '人', 15000, 30000]], partial: true },
      { name: '县域医共体建设项目', use: '乡村医生培训、基层医疗设备配置和远程会诊系统运维', inds: [['培训乡村医生', '人次', 300, 800], ['配置基层医疗设备', '台（套）', 50, 150], ['开展远程会诊', '例', 1500, 4000]] },
      { name: '爱国卫生运动项目', use: '病媒生物防制、卫生村创建和健康教育', inds: [['开展病媒生物防制', '次', 20, 60], ['创建卫生村', '个', 10, 30], ['开展健康教育活动', '场次', 100, 300]] },
    ],
    mut: { spot: 'ctrl', add: '-3.50', kind: '控制率', relation: '编制控制率 = 实有在职人员 ÷ 核定编制' } },
  { id: 'docx05-city-fund-luting-kejichuangxin', fmt: 'docx', kind: 'fund', level: '市级', place: '鹭汀市',
    fundName: '科技创新专项资金', fundFull: '鹭汀市科技创新专项资金', self: '市科学技术局', finance: '鹭汀市财政局', abbr: '鹭', docno: 15, sector: 'sci', sep: true, merge: false, plan: 'A', nPartial: 1, pdec: 1,
    basis: '《鹭汀市科技创新专项资金管理办法》', purpose: '企业研发后补助、科技创新平台建设和科技成果转化奖励',
    regions: ['蘅桥区', '翎湖区', '椋溪县', '蒹浦县'], regType: '县（市、区）', regHead: '县（市、区）', regRange: [1200, 3500], cityLevel: true, ownName: '市本级', levelChar: '市',
    cntRange: [80, 260], cntUnit: '家企业', cntPer: '平均每家企业获得支持', quarter: 'table', gradeRow: false,
    harsh: 2, nPartial: 4,
    excl: ['支持科技型中小企业'],
    mut: { spot: 'gD', add: '3.00', kind: '同比增长率', relation: '下达资金较上年增长率 = (2024年下达 − 2023年下达) ÷ 2023年下达' } },
  { id: 'docx06-prov-proj-chengyu-falv', fmt: 'docx', kind: 'proj', level: '省级', place: '澄屿省',
    unitName: '澄屿省司法厅', self: '我厅', ...FIN.prov, docno: 19, sector: 'legal', sep: true, merge: true, plan: 'B', nPartial: 1, s23: 8640,
    projName: '基层公共法律服务项目', projDesc: '基层公共法律服务项目用于村（社区）公共法律服务工作室建设、法律援助案件补贴、人民调解员以案定补和法治宣传教育',
    subs: ['公共法律服务实体平台建设', '法律援助补贴', '人民调解员以案定补', '法治宣传教育'], subKind: '子项目', subRange: [1200, 4000], local: false, other: false,
    benRange: [300, 900], benUnit: '个村（社区）', benPer: '平均每个村（社区）', quarter: 'table', gradeRow: true,
    benBySub: false, excl: ['建成村（社区）公共法律服务工作室'],
    mut: { spot: 'lyGrade', grade: '优', kind: '上年评价等级', relation: '上年自评等级与上年自评得分对应（80—90分为良）' } },
  { id: 'docx07-city-dept-weicen-keji', fmt: 'docx', kind: 'dept', level: '市级', place: '苇岑市', unit: '元',
    unitName: '苇岑市科学技术局', self: '我局', finance: '苇岑市财政局', abbr: '苇', docno: 5, sector: 'sci', merge: false, plan: 'A', nPartial: 1,
    projRange: [150, 800], basicRange: [800, 1200], staff: [40, 60], divs: 7, subs: 2, quarter: 'table', gradeRow: true, mustBal: [3],
    projects: [
      { name: '科技计划项目经费', use: '科技计划项目立项资助、项目评审和结题验收', inds: [['立项支持科技计划项目', '项', 40, 90], ['组织项目结题验收', '项', 30, 70]] },
      { name: '高新技术企业培育项目', use: '高新技术企业认定奖励和政策宣讲培训', inds: [['新认定高新技术企业', '家', 30, 80], ['开展政策宣讲培训', '场次', 10, 30]] },
      { name: '科技成果转化项目', use: '技术合同登记奖补和成果对接活动', inds: [['促成技术合同登记', '项', 300, 700], ['举办成果对接活动', '场次', 8, 20]] },
      { name: '科学技术普及项目', use: '科普活动、科普示范社区建设和科技活动周', inds: [['开展科普活动', '场次', 100, 300], ['建设科普示范社区', '个', 5, 15]] },
      { name: '科技创新平台建设项目', use: '工程技术研究中心和众创空间建设补助', inds: [['新建市级工程技术研究中心', '个', 8, 20], ['新建众创空间', '个', 3, 8]] },
    ],
    mut: { spot: 'bal3', unit: '万元', kind: '单位错写', relation: '科学技术普及项目：结转结余 = 全年预算 − 实际支出（元误作万元）' } },
  { id: 'docx08-county-proj-zhiyuan-yanglao', fmt: 'docx', kind: 'proj', level: '县级', place: '棠陂市枳垣区',
    unitName: '枳垣区民政局', self: '我局', finance: '枳垣区财政局', abbr: '枳', docno: 3, sector: 'elder', sep: false, merge: false, plan: 'C', nPartial: 1, pdec: 2,
    projName: '社区居家养老服务项目', projDesc: '社区居家养老服务项目采取政府购买服务方式，为辖区特殊困难老年人提供助餐、助洁、助医等上门服务，并建设社区养老服务站',
    subs: ['萱庭街道', '芙园街道', '蘅芜街道', '枳北镇'], subKind: '街道（镇）', subRange: [100, 450], local: true, localName: '区级配套', other: false,
    benRange: [300, 900], benUnit: '名老年人', benPer: '人均', quarter: 'prose', gradeRow: false,
    harsh: true, nPartial: 2,
    excl: ['服务特殊困难老年人'],
    mut: { spot: 'qrate', add: '-4.00', kind: '季度累计执行率', relation: '上半年累计执行率 = 上半年累计支出 ÷ 全年预算' } },
];

// ================================================================ build, mutate, write
const BUILDERS = { dept: buildDept, proj: buildProj, fund: buildFund };
function build(cfg) {
  for (let k = 0; k < 5000; k++) {
    try { return BUILDERS[cfg.kind](cfg, mkR((cfg.seed || hashStr(cfg.id)) + k * 7919)); } catch (e) { if (!(e instanceof Retry)) throw e; }
  }
  throw new Error('no valid draw for ' + cfg.id);
}
function hashStr(s) { let h = 2166136261; for (const ch of s) { h ^= ch.codePointAt(0); h = Math.imul(h, 16777619); } return h >>> 0; }
function mutNum(old, addStr) {
  const m = /^([^\d-]*)(-?[\d,]+(?:\.\d+)?)(.*)$/.exec(old); if (!m) throw new Error('mutNum ' + old);
  const [, pre, num, suf] = m; const dec = (num.split('.')[1] || '').length;
  const toI = (s, d) => { const neg = s.startsWith('-'); const [a, b = ''] = s.replace(/[-,]/g, '').split('.'); const v = Number(a + b.padEnd(d, '0')); return neg ? -v : v; };
  const ad = (addStr.split('.')[1] || '').length; if (ad > dec) throw new Error('add precision');
  const v = toI(num, dec) + toI(addStr, dec);
  let s = fixed(v, dec); if (num.includes(',')) { const [a, b] = s.split('.'); s = (a.startsWith('-') ? '-' + grp(a.slice(1)) : grp(a)) + (b != null ? '.' + b : ''); }
  return pre + s + suf;
}
function newValue(mut, old) {
  if (mut.add != null) return mutNum(old, mut.add);
  if (mut.unit) return old.replace(/(万元|元|亿元)$/, mut.unit);
  if (mut.grade) return old.replace(/[优良中差]/, mut.grade);
  throw new Error('mut');
}
function cloneDoc(doc) { return { title: doc.title, blocks: doc.blocks.map((b) => (b.t === 'table' ? { ...b, rows: b.rows.map((r) => r.slice()) } : { ...b })) }; }
function applyMut(doc, loc, old, nw) {
  const bad = cloneDoc(doc);
  const blk = bad.blocks.find((b) => b.id === loc.id); if (!blk) throw new Error('no block ' + loc.id);
  const cnt = (s) => s.split(old).length - 1;
  if (blk.t === 'p') { if (cnt(blk.text) !== 1) throw new Error(`old "${old}" occurs ${cnt(blk.text)}x in ${loc.id}: ${blk.text}`); blk.text = blk.text.replace(old, nw); }
  else { const cur = blk.rows[loc.r][loc.c]; if (cur !== old) throw new Error(`cell ${loc.id} ${loc.r},${loc.c} = ${cur} not ${old}`); blk.rows[loc.r][loc.c] = nw; }
  return bad;
}
function render(cfg, doc) {
  if (cfg.fmt === 'md') return { units: renderMd(doc, cfg.st) };
  if (cfg.fmt === 'txt') return { units: renderTxt(doc, cfg.st) };
  const { xml, paras } = renderDocx(doc); return { units: paras, xml };
}
const KIND_LABEL = { dept: '部门整体支出', proj: '项目支出', fund: '专项资金' };
async function main() {
  for (const sub of ['clean', 'bad']) { fs.rmSync(path.join(DIR, sub), { recursive: true, force: true }); fs.mkdirSync(path.join(DIR, sub), { recursive: true }); }
  const ans = [['file', 'line', 'old', 'new', 'kind', 'relation']]; const rowsReadme = [];
  for (const cfg of CONFIGS) {
    const out = build(cfg);
    const sp = out.spots[cfg.mut.spot]; if (!sp) throw new Error(cfg.id + ': no spot ' + cfg.mut.spot);
    const nw = newValue(cfg.mut, sp.old); if (nw === sp.old) throw new Error('no change');
    if (cfg.mut.grade && cfg.mut.spot === 'grade' && gradeOf(out.info.total) === cfg.mut.grade) throw new Error('grade mutation accidentally right');
    const badDoc = applyMut(out.doc, sp.loc, sp.old, nw);
    const A = render(cfg, out.doc), B = render(cfg, badDoc);
    if (A.units.length !== B.units.length) throw new Error('unit count differs');
    const diffs = []; A.units.forEach((x, i) => { if (x !== B.units[i]) diffs.push(i); });
    if (diffs.length !== 1) throw new Error(cfg.id + ': diffs ' + diffs.length);
    const line = diffs[0] + 1;
    const lineOld = A.units[diffs[0]]; if (lineOld.split(sp.old).length - 1 !== 1 && !sp.loc.r) throw new Error(cfg.id + ': old not unique in line');
    const fn = cfg.id + '.' + cfg.fmt;
    if (cfg.fmt === 'docx') {
      fs.writeFileSync(path.join(DIR, 'clean', fn), await docxBuffer(A.xml, out.doc.title));
      fs.writeFileSync(path.join(DIR, 'bad', fn), await docxBuffer(B.xml, out.doc.title));
    } else {
      fs.writeFileSync(path.join(DIR, 'clean', fn), A.units.join('\n') + '\n');
      fs.writeFileSync(path.join(DIR, 'bad', fn), B.units.join('\n') + '\n');
    }
    ans.push([fn, String(line), sp.old, nw, cfg.mut.kind, cfg.mut.relation]);
    rowsReadme.push(`| ${fn} | ${cfg.level}${KIND_LABEL[cfg.kind]}（${cfg.unitName || cfg.self}） | ${cfg.mut.kind} | ${cfg.place} | ${sp.old} → ${nw} | ${cfg.mut.relation} |`);
    process.stdout.write(`${fn}\tline ${line}\t${sp.old} -> ${nw}\ttotal ${fixed(out.info.total, 2)} ${out.info.grade}\n`);
  }
  fs.writeFileSync(path.join(DIR, 'bad', 'ANSWERS.tsv'), ans.map((r) => r.join('\t')).join('\n') + '\n');
  fs.writeFileSync(path.join(DIR, 'README.md'), readme(rowsReadme));
}
function readme(rows) {
  return `# bulk-zb：多项目、多资金、多年度的预算绩效自评报告盲测语料

本目录是一套**盲测语料**，用于衡量“预算绩效自评报告”一致性检查器的两项能力：
（a）对正确报告不误报；（b）对只注入了一处错误的报告能否查出。语料在不了解检查器实现的前提下编写。

主题：同一份报告里**同名指标反复出现且取值不同**——部门下设三至六个子项目，每个子项目各有年初预算、全年预算、实际支出、执行率、结转结余和得分；
专项资金分到多个设区市、县（市、区）或乡镇，各有下达、拨付、支出和执行率；同时出现2022—2024年三年对比、上年执行率与本年执行率、
上年绩效评价问题整改（引用上年得分、上年结转结余）以及一季度、上半年、前三季度、全年的累计进度。这些“同名不同值”都是正确的，检查器不应报警。

## 目录

- \`gen.cjs\`：确定性生成器。\`node gen.cjs\` 逐字节重写 \`clean/\`、\`bad/\`、\`bad/ANSWERS.tsv\` 和本文件（只用 Node 内置模块与 jszip）。
- \`clean/\`：24 份正确报告（8 份 .md、8 份 .txt、8 份 .docx）。
- \`bad/\`：与 clean 同名的 24 份副本，每份只改动**一个**数字、单位或等级，恰好破坏一条关系。
- \`bad/ANSWERS.tsv\`：答案，列为 \`file line old new kind relation\`。md/txt 的 line 为 1 起算的行号；docx 的 line 为 word/document.xml 中第几个 \`<w:p>\`（1 起算，表格单元格内的段落也计数）。
- \`check.cjs\`：独立校验器。\`node check.cjs\` 从文件中重新抽取数字并重算：核对 bad 与 clean 仅在答案所列位置相差 old→new；目标关系在 clean 中成立、在 bad 中不成立；其余守护关系（表格合计、执行率、增减额与增减率、分值合计、总分、等级等）在两者中均成立。

## 约定

- 金额多数以万元计、保留两位小数（部分带千分位），三份报告以元计（千分位、两位小数），省级报告在个别处以亿元表述；“约××亿元”只用于确属近似的数。
- 金额运算全部在整数“分”上进行；比率、人均数、得分按所示位数四舍五入，且生成时避开临界舍入值，任何合理的舍入方式都得到同一结果。
- 执行率 = 实际支出 ÷ 全年预算数（专项资金为实际支出 ÷ 下达资金）；结转结余 = 全年预算 − 实际支出；占比 = 部分 ÷ 整体；增减率 = (本年 − 上年) ÷ 上年；提高的百分点 = 本年执行率 − 上年执行率（按所示数值相减）。
- 自评表：预算执行率分值 10 分，得分 = 分值 × 执行率（封顶 10 分），与按所示执行率计算的结果一致；各指标分值合计 90 分，总分 = 各项得分之和；未完成目标的指标按完成比例计分并写明偏差原因；等级 ≥90 优、80—90 良、60—80 中、<60 差。
- 上年结转结余 = 上年全年预算 − 上年决算支出 = 结转 + 结余；本年“上年结转资金”等于上年的结转额。
- 季度进度为累计数，累计执行率以全年预算数（或下达资金）为分母。
- 所有省、市、县、乡镇、片区、单位名称均为虚构（澄屿省，鹭汀、苇岑、棠陂、桉岭、楝川等市），与任何真实地名无关。

## 文件一览

| 文件 | 层级与类型 | 错误类型 | 地区 | old → new | 被破坏的关系 |
|---|---|---|---|---|---|
${rows.join('\n')}
`;
}
main().catch((e) => { console.error(e); process.exit(1); });
