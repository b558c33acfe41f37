// Report assembly: tables, prose with recorded facts, the one-cell mutation for the bad copy.
'use strict';
const { grade, firstNum } = require('./lib.cjs');

const STYLES = {
  gw: { bodyFont: '仿宋_GB2312', bodySize: 32, h1Font: '黑体', h2Font: '楷体_GB2312', titleFont: '方正小标宋简体', titleSize: 44, tableFont: '宋体', tableSize: 21, captionFont: '黑体', captionSize: 28, line: 360, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } },
  song14: { bodyFont: '宋体', bodySize: 28, h1Font: '黑体', h2Font: '宋体', h2Bold: true, titleFont: '黑体', titleSize: 36, tableFont: '宋体', tableSize: 22, captionSize: 28, line: 400, margin: { top: 1440, bottom: 1440, left: 1800, right: 1800 } },
  fs15: { bodyFont: '仿宋', bodySize: 30, h1Font: '黑体', h2Font: '楷体', titleFont: '宋体', titleSize: 40, tableFont: '仿宋', tableSize: 22, captionFont: '宋体', captionSize: 30, line: 360, margin: { top: 1701, bottom: 1701, left: 1531, right: 1531 } },
  small12: { bodyFont: '仿宋_GB2312', bodySize: 24, h1Font: '黑体', h2Font: '楷体_GB2312', titleFont: '宋体', titleSize: 36, tableFont: '宋体', tableSize: 21, captionSize: 24, line: 360, margin: { top: 1440, bottom: 1440, left: 1701, right: 1701 } },
  song12: { bodyFont: '宋体', bodySize: 24, h1Font: '宋体', h2Font: '宋体', h2Bold: true, titleFont: '宋体', titleSize: 32, tableFont: '宋体', tableSize: 24, captionSize: 24, line: 400, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } },
};

class Rep {
  constructor(id, short, kind, title, style, extra = {}) {
    Object.assign(this, { id, short, kind, title, style: Object.assign({}, STYLES[style], extra.style || {}), styleName: style });
    this.tables = []; this.rels = []; this.blocks = []; this.paras = []; this.features = extra.features || []; this.badSpec = null;
    this.blocks.push({ type: 'title', text: title });
  }
  get next() { return this.tables.length; }
  add(res) { this.tables.push(...res.tables); this.rels.push(...res.rels); return res.pos; }
  cell(t, r, c) { return this.tables[t].rows[r][c].t; }
  f(t, r, c, o = {}) { // a figure in prose that restates a table cell
    let text = this.cell(t, r, c);
    if (o.first) text = firstNum(text);
    if (o.fmt) text = o.fmt(text);
    return { kind: 'cell', ref: o.first ? [t, r, c, 'first'] : [t, r, c], text, negA: !!o.neg };
  }
  lit(text) { return { kind: 'lit', text }; }
  gradeOf(t, r, c) { return { kind: 'grade', ref: [t, r, c], text: grade(this.cell(t, r, c)) }; }
  h1(text) { this.blocks.push({ type: 'h1', text }); }
  h2(text) { this.blocks.push({ type: 'h2', text }); }
  sign(text) { this.blocks.push({ type: 'sign', text }); }
  subtitle(text) { this.blocks.push({ type: 'subtitle', text }); }
  table(t) { this.blocks.push({ type: 'table', t }); }
  section(orient) { this.blocks.push({ type: 'section', orient }); }
  p(strings, ...vals) {
    const pi = this.paras.length; let s = '';
    const pending = [];
    strings.forEach((x, i) => {
      s += x;
      if (i < vals.length) {
        const v = vals[i];
        if (v && typeof v === 'object') {
          s += v.text;
          if (v.kind === 'cell') pending.push(Object.assign({ k: 'eq', a: { p: pi, text: v.text }, b: v.ref, desc: `正文数字与表格一致（${v.text}）` }, v.negA ? { negA: true } : {}));
          if (v.kind === 'lit') v.ref = { p: pi, text: v.text };
          if (v.kind === 'grade') pending.push({ k: 'gradecell', target: { p: pi, text: v.text }, total: v.ref, desc: '正文评价等级与总分一致' });
        } else s += String(v);
      }
    });
    this.paras.push(s); this.rels.push(...pending);
    this.blocks.push({ type: 'p', text: s });
  }
  rel(r) { this.rels.push(r); }
  bad(t, r, c, newText, rel) { this.badSpec = { t, r, c, newText, rel }; }
  toJSON() {
    return { id: this.id, short: this.short, kind: this.kind, title: this.title, style: this.style, styleName: this.styleName, features: this.features,
      tables: this.tables, rels: this.rels, blocks: this.blocks, paras: this.paras, bad: this.badSpec };
  }
}
module.exports = { Rep, STYLES };
