/**
 * The review page's inline style and script. No network: system fonts only, no images but CSS.
 * The script is plain ES2017 (no template strings: this file holds it in String.raw), reads the
 * page's data from a JSON block, and listens on the document only (event delegation): the page
 * stays as fast with 2,000 figures as with 20.
 */

export const SERIF = '"Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif';
export const SANS = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';

export const CSS = String.raw`
:root {
  --ok: #2f8a4c; --ok-bg: #e3f3e7;
  --bad: #c42b1c; --bad-bg: #fde3e0;
  --rule: #c2540a; --rule-bg: #ffe9d1; --rule-lit: #ffc98f;
  --amb: #6d3fc0; --amb-bg: #efe6fc;
  --unv: #8b919a;
  --chg: #0b63b6; --chg-bg: #e1efff;
  --focus: #1a56db; --hl: #fff29e;
  --ink: #1f2328; --muted: #5f6670; --line: #d8dde3; --paper: #fff; --desk: #eef0f3;
  --hh: 64px;
}
* { box-sizing: border-box; }
html { scroll-padding-top: calc(var(--hh) + 24px); }
body { margin: 0; color: var(--ink); background: var(--desk); font: 14px/1.55 ${SANS}; }
a { color: var(--focus); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 3px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.skip { position: absolute; left: 8px; top: -40px; z-index: 50; background: #fff; padding: 6px 10px; border-radius: 4px; }
.skip:focus { top: 8px; }
kbd { font: 11px/1 ui-monospace, monospace; border: 1px solid #c4c9d0; border-bottom-width: 2px; border-radius: 3px; padding: 1px 4px; background: #fafbfc; }
code { font: 11.5px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }

/* Header: title, summary (also the colour legend). */
.top { position: sticky; top: 0; z-index: 30; background: #fff; border-bottom: 1px solid var(--line); box-shadow: 0 1px 3px rgba(0,0,0,.05); padding: 10px 24px; display: flex; align-items: center; gap: 10px 28px; flex-wrap: wrap; }
.top .ttl { min-width: 0; flex: 1 1 320px; }
.top h1 { margin: 0; font-size: 16px; line-height: 1.35; font-weight: 650; }
.top .sub { color: var(--muted); font-size: 12px; margin-top: 2px; }
.top .sub b { font-weight: 600; color: var(--ink); }
.summary { display: flex; gap: 6px; list-style: none; margin: 0; padding: 0; flex-wrap: wrap; }
.summary li { display: flex; align-items: baseline; gap: 6px; padding: 4px 10px 5px; border-radius: 8px; background: #f6f7f9; border: 1px solid #e4e7eb; white-space: nowrap; }
.summary .n { font-size: 19px; font-weight: 700; font-variant-numeric: tabular-nums; line-height: 1.1; }
.summary .l { font-size: 12px; color: var(--muted); display: inline-flex; align-items: center; gap: 5px; }
.summary .sw { display: inline-block; width: 18px; height: 12px; border-radius: 2px; }
.summary .c-bad { background: var(--bad-bg); border-color: #f3b9b2; } .summary .c-bad .n { color: var(--bad); }
.summary .c-rule { background: var(--rule-bg); border-color: #f5c79a; } .summary .c-rule .n { color: var(--rule); }
.summary .c-amb .n { color: var(--amb); }
.summary .c-ok .n { color: var(--ok); }
.summary .c-chg .n { color: var(--chg); }
.summary .zero { opacity: .55; }
.summary .zero.c-bad, .summary .zero.c-rule { background: #f6f7f9; border-color: #e4e7eb; }
.sw.s-bound { background: var(--ok-bg); box-shadow: inset 0 -2px 0 var(--ok); }
.sw.s-mismatch { background: var(--bad-bg); box-shadow: inset 0 -2px 0 var(--bad); }
.sw.r { background: var(--rule-bg); box-shadow: inset 0 -2px 0 var(--rule); }
.sw.s-ambiguous { background: var(--amb-bg); box-shadow: inset 0 -2px 0 var(--amb); }
.sw.s-unbound { border-bottom: 2px dotted var(--unv); border-radius: 0; height: 10px; }
.sw.chg { background: var(--chg-bg); box-shadow: inset 0 -2px 0 var(--chg); }
.keys { color: var(--muted); font-size: 12px; white-space: nowrap; }

/* Three columns: contents, the report, the findings. The findings come first in the tab order. */
.layout { display: grid; grid-template-columns: 220px minmax(0, 1fr) 400px; grid-template-areas: "toc main side"; gap: 20px; padding: 18px 20px 40px; max-width: 1680px; margin: 0 auto; align-items: start; }
#side { grid-area: side; position: sticky; top: calc(var(--hh) + 18px); max-height: calc(100vh - var(--hh) - 36px); overflow: auto; overscroll-behavior: contain; padding-right: 2px; }
#toc { grid-area: toc; position: sticky; top: calc(var(--hh) + 18px); max-height: calc(100vh - var(--hh) - 36px); overflow: auto; font-size: 13px; }
main { grid-area: main; min-width: 0; }
.panel-h { font-size: 13px; font-weight: 650; margin: 0 0 8px; display: flex; align-items: center; gap: 8px; color: var(--ink); }
.panel-h .cnt { color: var(--muted); font-weight: 400; }
.side-head { position: sticky; top: 0; z-index: 2; background: var(--desk); padding-bottom: 2px; }

#toc ol { list-style: none; margin: 0; padding: 0; }
#toc li a { display: flex; justify-content: space-between; gap: 6px; padding: 3px 8px; border-radius: 5px; color: var(--ink); text-decoration: none; line-height: 1.4; }
#toc li a:hover { background: #e2e6eb; }
#toc .lv2 a { padding-left: 20px; } #toc .lv3 a { padding-left: 32px; font-size: 12.5px; } #toc .lv4 a, #toc .lv5 a { padding-left: 44px; font-size: 12px; color: var(--muted); }
#toc .lv1 a { font-weight: 600; margin-top: 4px; }
.badge { flex: none; min-width: 20px; height: 18px; padding: 0 6px; border-radius: 9px; font: 600 11px/18px ${SANS}; text-align: center; color: #fff; background: var(--rule); }
.badge.sev-error { background: var(--bad); } .badge.sev-info { background: #8a94a3; }

/* The report, as a sheet of paper. */
.paper { background: var(--paper); max-width: 900px; margin: 0 auto; padding: 44px 60px 60px; border-radius: 4px; box-shadow: 0 1px 3px rgba(0,0,0,.08), 0 6px 24px rgba(0,0,0,.05); font: 16px/1.95 ${SERIF}; }
.paper .doc-title { font-size: 22px; font-weight: 700; text-align: center; line-height: 1.5; margin: 0 0 22px; }
.paper h2, .paper h3, .paper h4, .paper h5, .paper h6 { font-family: ${SERIF}; line-height: 1.55; margin: 22px 0 8px; }
.paper h2 { font-size: 18px; font-weight: 700; border-bottom: 1px solid #eceff2; padding-bottom: 4px; }
.paper h3 { font-size: 16.5px; font-weight: 700; }
.paper h4 { font-size: 16px; font-weight: 600; }
.paper h5, .paper h6 { font-size: 16px; font-weight: 600; color: #333; }
.paper p { margin: 0 0 6px; text-indent: 2em; text-align: justify; }
.paper p.pl { white-space: pre-wrap; text-indent: 0; text-align: left; margin: 0; line-height: 1.85; }
.paper p.b { text-indent: 0; text-align: center; font-weight: 700; }
.tw { overflow-x: auto; margin: 8px 0 16px; }
.paper table { border-collapse: collapse; font-size: 13.5px; line-height: 1.55; width: 100%; }
.paper td { border: 1px solid #c8ced6; padding: 3px 6px; vertical-align: top; }
.paper td:empty { background: #fafbfc; }
.paper tr:first-child td { background: #f3f5f8; font-weight: 600; }

/* Figures. */
/* A figure never breaks across lines (1,452.61 / 万元): a narrow cell widens instead. */
.f { border-radius: 2px; padding: 0 1px; cursor: help; scroll-margin: 30vh 0; white-space: nowrap; }
.f.s-bound { background: var(--ok-bg); box-shadow: inset 0 -1.5px 0 var(--ok); }
.f.s-unbound, .f.s-other { border-bottom: 1.5px dotted var(--unv); }
.f.s-ambiguous { background: var(--amb-bg); box-shadow: inset 0 -2px 0 var(--amb); }
.f.rl { background-image: linear-gradient(90deg, var(--rule) 50%, transparent 50%); background-size: 6px 2px; background-repeat: repeat-x; background-position: 0 100%; border-bottom: 0; }
.f.s-bound.rl { background-color: var(--ok-bg); }
.f.r { background: var(--rule-bg); box-shadow: inset 0 -2.5px 0 var(--rule); border-bottom: 0; font-weight: 600; }
.f.s-mismatch { background: var(--bad-bg); box-shadow: inset 0 -2.5px 0 var(--bad); color: var(--bad); font-weight: 700; border-bottom: 0; }
.f.s-mismatch.r { box-shadow: inset 0 -2.5px 0 var(--bad), 0 0 0 1.5px var(--rule); }
.f.lit { background: var(--rule-lit); outline: 2px solid var(--rule); outline-offset: 0; }
.f.hl { background: var(--hl); outline: 3px solid var(--focus); outline-offset: 1px; animation: pulse 1s ease-out 2; }
.f:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
@keyframes pulse { 0% { box-shadow: 0 0 0 0 rgba(26,86,219,.55); } 100% { box-shadow: 0 0 0 10px rgba(26,86,219,0); } }
@media (prefers-reduced-motion: reduce) { .f.hl { animation: none; } }
.exp { display: inline-block; text-indent: 0; font: 600 11.5px/1.6 ${SANS}; color: #fff; background: var(--bad); border-radius: 3px; padding: 0 5px; margin: 0 3px; vertical-align: 1px; white-space: nowrap; }
.fn { display: inline-block; text-indent: 0; font: 700 10.5px/1 ${SANS}; color: #fff; background: var(--rule); border-radius: 7px; padding: 2px 4px; margin: 0 1px 0 2px; vertical-align: 6px; cursor: pointer; }
.fn.sev-error { background: var(--bad); } .fn.sev-info { background: #8a94a3; }
.chg { background: var(--chg-bg); border-radius: 2px; padding: 0 2px; }
.chg .old { color: #7a828c; text-decoration: line-through; text-decoration-thickness: 1.5px; }
.chg .arrow { color: var(--chg); margin: 0 2px; font-family: ${SANS}; font-size: 12px; }
.chg ins { text-decoration: none; }

/* Findings. */
.filters { display: flex; gap: 6px; flex-wrap: wrap; margin: 0 0 10px; }
.chip { font: 12px/1 ${SANS}; padding: 5px 9px; border-radius: 14px; border: 1px solid #c9ced5; background: #fff; color: var(--muted); cursor: pointer; }
.chip[aria-pressed="true"] { background: #1f2937; border-color: #1f2937; color: #fff; }
.chip .k { display: inline-block; width: 8px; height: 8px; border-radius: 50%; margin-right: 5px; vertical-align: 0; }
.k.cat-mismatch { background: var(--bad); } .k.cat-rule { background: var(--rule); } .k.cat-ambiguous { background: var(--amb); } .k.cat-unverified { background: var(--unv); }
ol.fl { list-style: none; margin: 0 0 16px; padding: 0; }
ol.fl li { margin: 0 0 6px; }
.fi { display: block; width: 100%; text-align: left; font: inherit; color: inherit; background: #fff; border: 1px solid #dfe3e8; border-left: 4px solid var(--rule); border-radius: 6px; padding: 7px 10px 8px; cursor: pointer; }
.fi:hover { border-color: #b9c0c9; border-left-color: inherit; background: #fbfcfd; }
.fi.cat-mismatch { border-left-color: var(--bad); } .fi.cat-ambiguous { border-left-color: var(--amb); } .fi.cat-unverified { border-left-color: var(--unv); }
.fi[aria-current="true"] { background: #eef3ff; border-color: var(--focus); box-shadow: 0 0 0 1px var(--focus); }
/* A long label or code wraps as a whole to the next line; the number and the severity badge never wrap. */
.fi .hd { display: flex; flex-wrap: wrap; align-items: center; gap: 2px 6px; font-size: 12px; color: var(--muted); }
.fi .no { flex: none; font-weight: 700; color: var(--ink); font-variant-numeric: tabular-nums; }
.fi .sev { flex: none; white-space: nowrap; font-size: 11px; padding: 0 5px; border-radius: 3px; color: #fff; background: #8a94a3; }
.fi .sev.sev-error { background: var(--bad); } .fi .sev.sev-warning { background: #d97706; }
.fi .lab { font-weight: 600; color: var(--ink); }
.fi .hd code { margin-left: auto; color: #8a929c; white-space: nowrap; }
.fi .msg { display: block; margin-top: 3px; font-size: 13px; line-height: 1.55; }
.fi .kv { display: block; margin-top: 3px; font-size: 12px; color: var(--muted); }
.fi .kv b { color: var(--ink); font-weight: 600; }
.fi .where { display: block; margin-top: 2px; font-size: 11.5px; color: #8a929c; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.none { color: var(--muted); font-size: 13px; background: #fff; border: 1px dashed #cfd5dc; border-radius: 6px; padding: 10px; }
.nodata { font-size: 12px; color: #8a5a00; background: #fff7e0; border: 1px solid #f0d890; border-radius: 6px; padding: 6px 10px; margin: 0 0 10px; }

/* Tooltip: one element for the whole page. */
#tip { position: fixed; z-index: 40; max-width: 380px; min-width: 220px; background: #1f2430; color: #f3f4f6; border-radius: 7px; padding: 9px 12px 10px; font: 12.5px/1.5 ${SANS}; box-shadow: 0 8px 24px rgba(0,0,0,.25); pointer-events: none; transform: translate(-50%, calc(-100% - 10px)); }
#tip.below { transform: translate(-50%, 10px); }
#tip[hidden] { display: none; }
#tip .st { font-weight: 700; margin-bottom: 4px; display: flex; align-items: center; gap: 6px; }
#tip .st::before { content: ""; width: 9px; height: 9px; border-radius: 50%; background: var(--unv); }
#tip .st.s-bound::before { background: #4ade80; } #tip .st.s-mismatch::before { background: #f87171; } #tip .st.s-ambiguous::before { background: #c4a5ff; } #tip .st.r::before { background: #fb923c; }
#tip dl { display: grid; grid-template-columns: auto 1fr; gap: 1px 10px; margin: 0; }
#tip dt { color: #9aa3b2; white-space: nowrap; }
#tip dd { margin: 0; word-break: break-all; }
#tip .fd { margin-top: 6px; padding-top: 6px; border-top: 1px solid #3a4150; }
#tip .fd b { color: #fdba74; }
#tip .hint { margin-top: 6px; color: #9aa3b2; font-size: 11.5px; }

@media (max-width: 1200px) {
  .layout { grid-template-columns: minmax(0, 1fr) 360px; grid-template-areas: "toc toc" "main side"; }
  #toc { position: static; max-height: none; }
  #toc > ol { display: flex; flex-wrap: wrap; gap: 2px; }
  #toc li:not(.lv1) { display: none; }
}
@media (max-width: 800px) {
  .top { position: static; }
  html { scroll-padding-top: 16px; }
  .layout { grid-template-columns: minmax(0, 1fr); grid-template-areas: "toc" "side" "main"; }
  #side { position: static; max-height: none; }
  .paper { padding: 24px 18px; }
}
@media print {
  .top, #side, #toc, #tip { display: none !important; }
  .layout { display: block; padding: 0; }
  .paper { box-shadow: none; padding: 0; }
}
`;

export const SCRIPT = String.raw`(function () {
  'use strict';
  var t0 = performance.now();
  var doc = document;
  var D = JSON.parse(doc.getElementById('jx-data').textContent);
  var tip = doc.getElementById('tip');
  var header = doc.querySelector('.top');
  var current = -1;
  var lit = [];
  var hl = [];
  var tipFor = null;
  var quiet = false;
  var STATUS = { bound: '与数据一致', mismatch: '与数据不符', ambiguous: '可对应多项数据，无法确定', unbound: D.withData ? '未能对应到数据，未核对' : '未提供数据，未与数据核对', other: '规则检查所指的位置' };
  var SEV = { error: '错误', warning: '警告', info: '提示' };

  function pieces(i) { return doc.querySelectorAll('[data-i="' + i + '"]'); }
  function clear(arr, cls) { for (var k = 0; k < arr.length; k++) arr[k].classList.remove(cls); arr.length = 0; }
  function add(i, cls, arr) { var ps = pieces(i); for (var k = 0; k < ps.length; k++) { ps[k].classList.add(cls); arr.push(ps[k]); } }
  function markOf(el) { var f = el && el.closest ? el.closest('.f') : null; return f ? +f.getAttribute('data-i') : -1; }

  /* A figure and every figure of the relations it takes part in. */
  function light(i) {
    clear(lit, 'lit');
    var m = D.marks[i]; if (!m) return;
    var fs = (m.fi || []).concat(m.rl || []);
    for (var a = 0; a < fs.length; a++) {
      var f = D.findings[fs[a]];
      if (!f || f.cat === 'unverified' || !f.r || !f.r.length) continue;
      if (f.m >= 0) add(f.m, 'lit', lit);
      for (var b = 0; b < f.r.length; b++) add(f.r[b], 'lit', lit);
    }
  }

  function el(tag, cls, text) { var e = doc.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = text; return e; }
  function row(dl, k, v) { if (v == null || v === '') return; dl.appendChild(el('dt', null, k)); dl.appendChild(el('dd', null, v)); }

  function fillTip(i) {
    var m = D.marks[i];
    tip.textContent = '';
    var rule = m.fi && m.fi.some(function (k) { return D.findings[k].cat === 'rule'; });
    tip.appendChild(el('div', 'st s-' + m.s + (rule ? ' r' : ''), STATUS[m.s] + (rule && m.s !== 'mismatch' ? '；有规则问题' : '')));
    var dl = el('dl');
    var fact = m.f ? D.facts[m.f] : null;
    row(dl, '原文', m.x);
    if (m.s === 'mismatch') row(dl, '应为', m.e);
    if (m.f) row(dl, '事实', m.f);
    if (fact) { row(dl, '名称', fact.l); row(dl, '数据值', fact.v); row(dl, '来源', fact.src); }
    else if (m.s === 'bound') row(dl, '数值', m.v);
    if (m.a) row(dl, '候选', m.a.map(function (id) { var f = D.facts[id]; return f ? f.l + ' ' + f.v : id; }).join('；'));
    if (m.j && m.s !== 'bound') row(dl, '指标', m.j);
    if (m.c != null) { var c = D.changes[m.c]; row(dl, '更新', c.o + ' → ' + c.n); }
    tip.appendChild(dl);
    var fs = (m.fi || []).filter(function (k) { return D.findings[k].cat !== 'unverified' && D.findings[k].cat !== 'mismatch'; });
    for (var a = 0; a < fs.length; a++) {
      var f = D.findings[fs[a]];
      var box = el('div', 'fd');
      box.appendChild(el('b', null, '问题 ' + (fs[a] + 1) + ' · ' + f.lab));
      box.appendChild(el('div', null, f.msg));
      if (f.src) box.appendChild(el('div', null, '依据：' + f.src));
      tip.appendChild(box);
    }
    var rl = m.rl || [];
    if (rl.length) {
      var nums = rl.map(function (k) { return k + 1; }).join('、');
      tip.appendChild(el('div', 'fd', '是问题 ' + nums + ' 所涉关系中的一个数字'));
    }
    if ((m.fi && m.fi.length) || rl.length) tip.appendChild(el('div', 'hint', '按 Enter 在问题清单中查看'));
  }

  function showTip(target) {
    var i = markOf(target);
    if (i < 0) return;
    var first = doc.getElementById('m' + i) || target;
    if (tipFor !== i) { fillTip(i); tipFor = i; }
    var r = first.getBoundingClientRect();
    var hh = header.offsetHeight;
    var x = Math.max(200, Math.min(window.innerWidth - 200, r.left + r.width / 2));
    var below = r.top < hh + 170;
    tip.classList.toggle('below', below);
    tip.style.left = x + 'px';
    tip.style.top = (below ? r.bottom : r.top) + 'px';
    tip.hidden = false;
    first.setAttribute('aria-describedby', 'tip');
  }
  function hideTip() {
    if (tip.hidden) return;
    tip.hidden = true;
    var prev = tipFor != null ? doc.getElementById('m' + tipFor) : null;
    if (prev) prev.removeAttribute('aria-describedby');
  }

  function visibleItems() { return Array.prototype.filter.call(doc.querySelectorAll('#findings li'), function (li) { return !li.hidden; }); }

  function select(k, opts) {
    var f = D.findings[k];
    if (!f) return;
    var prev = doc.querySelector('.fi[aria-current="true"]');
    if (prev) prev.removeAttribute('aria-current');
    var btn = doc.getElementById('fi-' + k);
    if (btn) {
      var li = btn.parentNode; if (li.hidden) { li.hidden = false; li.classList.add('shown'); }
      btn.setAttribute('aria-current', 'true');
      var side = doc.getElementById('side');
      var head = doc.querySelector('.side-head');
      var br = btn.getBoundingClientRect(), sr = side.getBoundingClientRect();
      var top = sr.top + (head ? head.offsetHeight : 0);
      if (br.top < top || br.bottom > sr.bottom) side.scrollTop += br.top - top - (sr.bottom - top) / 4;
    }
    current = k;
    clear(hl, 'hl');
    if (f.m < 0) return;
    add(f.m, 'hl', hl);
    var fig = doc.getElementById('m' + f.m);
    if (!fig) return;
    if (opts.scroll) fig.scrollIntoView({ block: 'center', inline: 'nearest' });
    // The list item beside it says why: no tooltip over the sentence the reviewer wants to read.
    hideTip();
    if (opts.focus) { quiet = true; fig.focus({ preventScroll: true }); quiet = false; }
    light(f.m);
  }

  function step(dir) {
    var items = visibleItems();
    if (!items.length) return;
    var pos = -1;
    for (var a = 0; a < items.length; a++) if (+items[a].getAttribute('data-f') === current) pos = a;
    var next = pos < 0 ? (dir > 0 ? 0 : items.length - 1) : (pos + dir + items.length) % items.length;
    select(+items[next].getAttribute('data-f'), { scroll: true, focus: true });
  }

  function goChange(k) {
    var c = D.changes[k];
    var target = c && c.m != null ? doc.getElementById('m' + c.m) : doc.getElementById('c' + k);
    if (!target) return;
    clear(hl, 'hl');
    if (c.m != null) add(c.m, 'hl', hl); else { target.classList.add('hl'); hl.push(target); }
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }

  function toggleFilter(chip) {
    var on = chip.getAttribute('aria-pressed') !== 'true';
    chip.setAttribute('aria-pressed', on ? 'true' : 'false');
    var lis = doc.querySelectorAll('#findings li.cat-' + chip.getAttribute('data-cat'));
    for (var a = 0; a < lis.length; a++) lis[a].hidden = !on;
    var n = visibleItems().length;
    doc.getElementById('shown').textContent = n + ' / ' + D.findings.length;
  }

  doc.addEventListener('click', function (e) {
    var t = e.target;
    var chip = t.closest('.chip'); if (chip) { toggleFilter(chip); return; }
    var item = t.closest('[data-f]');
    if (item) { e.preventDefault(); select(+item.getAttribute('data-f'), { scroll: item.classList.contains('fi') || item.classList.contains('fn'), focus: true }); return; }
    var ch = t.closest('[data-c]'); if (ch && ch.classList.contains('ci')) { goChange(+ch.getAttribute('data-c')); return; }
    var i = markOf(t);
    if (i >= 0) { var m = D.marks[i]; var fs = (m.fi || []).concat(m.rl || []); if (fs.length) select(fs[0], { scroll: false, focus: false }); }
  });
  doc.addEventListener('mouseover', function (e) {
    var i = markOf(e.target);
    if (i >= 0) { light(i); showTip(e.target); }
  });
  doc.addEventListener('mouseout', function (e) {
    var i = markOf(e.target);
    if (i < 0) return;
    var to = markOf(e.relatedTarget);
    if (to === i) return;
    var active = markOf(doc.activeElement);
    if (active >= 0 && active !== i) { light(active); showTip(doc.activeElement); return; }
    if (active !== i) { clear(lit, 'lit'); hideTip(); }
  });
  doc.addEventListener('focusin', function (e) {
    var i = markOf(e.target);
    if (i >= 0) { light(i); if (!quiet) showTip(e.target); } else { clear(lit, 'lit'); hideTip(); }
  });
  doc.addEventListener('focusout', function (e) { if (markOf(e.target) >= 0 && markOf(e.relatedTarget) < 0) { clear(lit, 'lit'); hideTip(); } });
  doc.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)) return;
    var k = e.key;
    if (k === 'n' || k === 'N' || k === 'j') { e.preventDefault(); step(1); return; }
    if (k === 'p' || k === 'P' || k === 'k') { e.preventDefault(); step(-1); return; }
    if (k === 'Escape') {
      hideTip(); clear(lit, 'lit'); clear(hl, 'hl');
      if (markOf(t) >= 0 && current >= 0) { var b = doc.getElementById('fi-' + current); if (b) b.focus(); }
      return;
    }
    if ((k === 'Enter' || k === ' ') && t.classList) {
      var i = markOf(t);
      if (i >= 0) {
        e.preventDefault();
        var m = D.marks[i]; var fs = (m.fi || []).concat(m.rl || []);
        if (fs.length) { select(fs[0], { scroll: false, focus: false }); var btn = doc.getElementById('fi-' + fs[0]); if (btn) btn.focus({ preventScroll: true }); }
        return;
      }
      if (t.classList.contains('ci')) { e.preventDefault(); goChange(+t.getAttribute('data-c')); }
    }
  });
  // The tip is fixed to the window: on scroll it follows a focused figure (hidden once that leaves
  // the window) and goes away for a hovered one, so it never stays over text it does not describe.
  var scrollRaf = 0;
  window.addEventListener('scroll', function () {
    if (tip.hidden || scrollRaf) return;
    scrollRaf = requestAnimationFrame(function () {
      scrollRaf = 0;
      if (tip.hidden || tipFor == null) return;
      var fig = doc.getElementById('m' + tipFor);
      if (!fig || markOf(doc.activeElement) !== tipFor) { hideTip(); return; }
      var r = fig.getBoundingClientRect();
      if (r.bottom < header.offsetHeight || r.top > window.innerHeight) { hideTip(); return; }
      showTip(fig);
    });
  }, { passive: true });

  var raf = 0;
  function sizeHeader() { raf = 0; doc.documentElement.style.setProperty('--hh', header.offsetHeight + 'px'); }
  window.addEventListener('resize', function () { if (!raf) raf = requestAnimationFrame(sizeHeader); });
  raf = requestAnimationFrame(sizeHeader);

  window.jixiaoReview = { initMs: performance.now() - t0, marks: D.marks.length, findings: D.findings.length, select: select, step: step };
})();
`;
