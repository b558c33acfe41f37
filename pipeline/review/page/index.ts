import path from 'node:path';
import type { FileReport } from '../../../schemas/check-result.js';
import type { Fact } from '../../../schemas/fact.js';
import type { SectionTree } from '../../corpus/index.js';
import { Dec, decText } from '../../decimal.js';
import { CSS, SCRIPT } from './assets.js';
import { Emitter } from './emit.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { pageHead } from './head.js';
import { layoutReport, type Block, type HeadingInfo, type Range } from './layout.js';
import { describeProvenance, formatNumber } from '../../format/index.js';
import { looksLikeMarkdown } from '../../text/markdown.js';
import { buildModel, codeLabel, factMap, type FigureChange, type FindingCategory, type FindingView, type Mark, type ReviewModel } from './model.js';

export type { FigureChange } from './model.js';

export interface ReviewInput {
  /** The report text the FileReport was made from (offsets refer to it). */
  readonly text: string;
  readonly format: 'md' | 'txt';
  readonly report: FileReport;
  /** Page title; defaults to the report's own title, else its file name. */
  readonly title?: string | undefined;
  /** Figures an `update` run changed: the old value is struck, the new one shown. */
  readonly changes?: readonly FigureChange[] | undefined;
  /** Facts behind the figures (data file or sidecar): the tooltip then shows each fact's label, value and source. */
  readonly facts?: readonly Fact[] | undefined;
  /** The outline already read from this very text in `format` (the check's): not read a second time. */
  readonly tree?: SectionTree | undefined;
}

/** The numbers the summary bar shows; equal to the FileReport's. */
export interface ReviewCounts {
  readonly figures: number;
  readonly matched: number;
  readonly mismatches: number;
  readonly rules: number;
  readonly unverified: number;
  readonly ambiguous: number;
  readonly changes: number;
}

export function reviewCounts(report: FileReport, changes: number = 0): ReviewCounts {
  return {
    figures: report.coverage.figures,
    matched: report.coverage.bound,
    mismatches: report.coverage.mismatched,
    rules: report.findings.filter((f) => categoryOfCode(f.code) === 'rule').length,
    unverified: report.coverage.unbound,
    ambiguous: report.coverage.ambiguous,
    changes,
  };
}

function categoryOfCode(code: string): FindingCategory {
  return code === 'JX_CHECK_MISMATCH' ? 'mismatch' : code === 'JX_CHECK_AMBIGUOUS' ? 'ambiguous' : code === 'JX_CHECK_UNVERIFIED' ? 'unverified' : 'rule';
}

const SEV_LABEL = { error: '错误', warning: '警告', info: '提示' } as const;
const SEV_RANK = { error: 3, warning: 2, info: 1 } as const;
const CATEGORY_LABEL: Record<FindingCategory, string> = { mismatch: '与数据不符', rule: '规则问题', ambiguous: '多义', unverified: '未核对' };

/**
 * The review page: one self-contained HTML file (inline style and script, no network) showing the
 * report with every figure the checker found coloured by what became of it, the findings beside it,
 * and the numbers of the FileReport in a summary bar. Report text is untrusted: it only ever reaches
 * the page escaped, as text, and a Content-Security-Policy allows no script but the page's own.
 */
export function renderReviewHtml(input: ReviewInput): string {
  const { text, report } = input;
  // A .txt written in Markdown shows as Markdown: its title without '#', its headings in the contents.
  const format = input.format === 'txt' && looksLikeMarkdown(text) ? 'md' : input.format;
  const changes = input.changes ?? [];
  const model = buildModel(text.length, report, changes);
  const facts = factMap(input.facts);
  const hasFigure = (r: Range) => model.marks.some((m) => m.start < r.end && m.end > r.start);
  // A PDF's text shows its tables as Markdown, but its outline is the one the checker read: read as
  // Markdown, the lines after a table would run on as its rows, and the contents stop there.
  const layout = layoutReport(text, format, hasFigure, format === input.format || report.format === 'pdf' ? input.tree : undefined);
  const title = input.title ?? layout.title ?? path.basename(report.file);

  const emitter = new Emitter(text, model, (mark, first) => markTags(mark, first, model), (mark) => markSuffix(mark, model));
  const body = renderBlocks(layout.blocks, emitter, format === 'md');
  const missing = emitter.missing();
  // Figures in text the layout does not show (none expected): listed after the report, so none is lost.
  const rest = missing.length
    ? `<section class="rest"><h2>未在正文中显示的数字</h2>${missing
        .map((i) => {
          const m = model.marks[i];
          return m ? `<p>${emitter.inline({ start: m.start, end: m.end }, { markdown: false })}</p>` : '';
        })
        .join('')}</section>`
    : '';

  const counts = reviewCounts(report, changes.length);
  const data = pageData(model, report, facts);
  const script = SCRIPT;

  return `${pageHead(`核对：${title}`, CSS, script, { images: true })}
<body>
<a class="skip" href="#findings-h">跳到问题清单</a><a class="skip" href="#report">跳到正文</a>
<header class="top">
<div class="ttl"><h1>${escapeHtml(title)}</h1>
<div class="sub">${escapeHtml(report.file)} · ${report.withData ? '已与数据核对' : '<b>未提供数据</b>：只检查报告内部的数字关系'} · <span class="keys"><kbd>n</kbd> / <kbd>p</kbd> 下一个 / 上一个问题 · <kbd>Enter</kbd> 定位 · <kbd>Esc</kbd> 返回</span></div></div>
${summaryBar(counts)}
</header>
<div class="layout">
${findingsPanel(model, counts)}
${tocPanel(layout.headings, model)}
<main id="report" tabindex="-1"><article class="paper" lang="zh-CN">
${body}${rest}
</article></main>
</div>
<div id="tip" role="tooltip" hidden></div>
<script type="application/json" id="jx-data">${jsonForScript(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}

function summaryBar(c: ReviewCounts): string {
  const item = (key: string, n: number, label: string, cls: string, swatch: string) =>
    `<li class="${cls}${n === 0 ? ' zero' : ''}" data-count="${key}"><span class="n">${n}</span><span class="l">${swatch ? `<span class="sw ${swatch}" aria-hidden="true"></span>` : ''}${label}</span></li>`;
  return `<ul class="summary" aria-label="核对结果">${[
    item('figures', c.figures, '个数字', 'c-all', ''),
    item('matched', c.matched, '一致', 'c-ok', 's-bound'),
    item('mismatches', c.mismatches, '与数据不符', 'c-bad', 's-mismatch'),
    item('rules', c.rules, '规则问题', 'c-rule', 'r'),
    item('ambiguous', c.ambiguous, '多义', 'c-amb', 's-ambiguous'),
    item('unverified', c.unverified, '未核对', 'c-unv', 's-unbound'),
    ...(c.changes > 0 ? [item('changes', c.changes, '处更新', 'c-chg', 'chg')] : []),
  ].join('')}</ul>`;
}

function findingsPanel(model: ReviewModel, counts: ReviewCounts): string {
  const byCat = new Map<FindingCategory, number>();
  for (const f of model.findings) byCat.set(f.category, (byCat.get(f.category) ?? 0) + 1);
  const problems = model.findings.filter((f) => f.category !== 'unverified').length;
  // Unverified notes are many and not problems: listed, but off until asked for (unless they are all there is).
  const shownByDefault = (c: FindingCategory) => c !== 'unverified' || problems === 0;
  const cats: FindingCategory[] = ['mismatch', 'rule', 'ambiguous', 'unverified'];
  const chips = cats
    .filter((c) => (byCat.get(c) ?? 0) > 0)
    .map(
      (c) =>
        `<button type="button" class="chip" data-cat="${c}" aria-pressed="${shownByDefault(c)}"><span class="k cat-${c}" aria-hidden="true"></span>${CATEGORY_LABEL[c]} ${byCat.get(c) ?? 0}</button>`,
    )
    .join('');
  const shown = model.findings.filter((f) => shownByDefault(f.category)).length;
  const items = model.findings.map((f) => findingItem(f, model, !shownByDefault(f.category))).join('\n');
  const list = model.findings.length
    ? `<ol class="fl" id="findings" aria-labelledby="findings-h">\n${items}\n</ol>`
    : `<ol class="fl" id="findings" aria-labelledby="findings-h"></ol><p class="none">没有发现问题：所有数字关系均成立${counts.figures ? '' : '（报告中没有识别到数字）'}。</p>`;
  const changeList = model.changes.length
    ? `<h2 class="panel-h" id="changes-h">数字更新 <span class="cnt">${model.changes.length}</span></h2><ol class="fl" aria-labelledby="changes-h">${model.changes
        .map(
          (c) =>
            `<li><button type="button" class="fi ci" data-c="${c.index}"><span class="hd"><span class="no">${c.index + 1}</span><span class="lab">${escapeHtml(c.change.old)} → ${escapeHtml(c.change.new)}</span>${c.change.factId ? `<code>${escapeHtml(c.change.factId)}</code>` : ''}</span></button></li>`,
        )
        .join('')}</ol>`
    : '';
  return `<aside id="side" aria-label="问题清单">
<div class="side-head"><h2 class="panel-h" id="findings-h" tabindex="-1">问题清单 <span class="cnt" id="shown">${shown} / ${model.findings.length}</span></h2>
${chips ? `<div class="filters" role="group" aria-label="按类别显示">${chips}</div>` : ''}</div>
${list}
${changeList}
</aside>`;
}

function findingItem(f: FindingView, model: ReviewModel, hidden: boolean): string {
  const { finding } = f;
  const sev = finding.severity;
  const where = [finding.location.cell ?? `第 ${finding.location.line} 行`, ...finding.location.section].join(' · ');
  const kv: string[] = [];
  kv.push(`原文 <b>${escapeHtml(finding.stated)}</b>`);
  if (finding.expected !== undefined) kv.push(`应为 <b>${escapeHtml(finding.expected)}</b>`);
  if (finding.source !== undefined) kv.push(`依据 ${escapeHtml(finding.source)}`);
  if (f.related.length) kv.push(`相关数字 ${f.related.map((k) => escapeHtml(textOf(model.marks[k]))).join('、')}`);
  return `<li class="cat-${f.category}" data-f="${f.index}"${hidden ? ' hidden' : ''}><button type="button" class="fi cat-${f.category}" id="fi-${f.index}" data-f="${f.index}"><span class="hd"><span class="no">${f.index + 1}</span><span class="sev sev-${sev}">${SEV_LABEL[sev]}</span><span class="lab">${escapeHtml(codeLabel(finding.code))}</span><code>${escapeHtml(finding.code)}</code></span><span class="msg">${escapeHtml(finding.message)}</span><span class="kv">${kv.join(' · ')}</span><span class="where">${escapeHtml(where)}</span></button></li>`;
}

function textOf(mark: Mark | undefined): string {
  return mark?.mention?.text ?? '';
}

function tocPanel(headings: readonly HeadingInfo[], model: ReviewModel): string {
  const problems = model.findings.filter((f) => f.category !== 'unverified');
  const items = headings.map((h) => {
    const inside = problems.filter((f) => f.finding.location.offset >= h.start && f.finding.location.offset < h.end);
    const worst = inside.reduce<keyof typeof SEV_RANK | undefined>(
      (w, f) => (w === undefined || SEV_RANK[f.finding.severity] > SEV_RANK[w] ? f.finding.severity : w),
      undefined,
    );
    const badge = inside.length ? `<span class="badge sev-${worst}" title="${inside.length} 个问题">${inside.length}</span>` : '';
    return `<li class="lv${Math.min(5, h.level)}"><a href="#${h.id}"><span>${escapeHtml(h.title)}</span>${badge}</a></li>`;
  });
  return `<nav id="toc" aria-labelledby="toc-h"><h2 class="panel-h" id="toc-h">目录</h2>${headings.length ? `<ol>${items.join('')}</ol>` : '<p class="none">报告中没有识别到标题。</p>'}</nav>`;
}

function renderBlocks(blocks: readonly Block[], emitter: Emitter, markdown: boolean): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'title':
        out.push(`<p class="doc-title">${emitter.inline(b.range, { markdown })}</p>`);
        break;
      case 'heading': {
        const tag = `h${Math.min(6, Math.max(2, b.level + 1))}`;
        const id = b.heading ? ` id="${b.heading.id}" tabindex="-1"` : '';
        out.push(`<${tag}${id}>${emitter.inline(b.range, { markdown })}</${tag}>`);
        break;
      }
      case 'para':
        out.push(`<p${b.bold ? ' class="b"' : b.plain ? ' class="pl"' : ''}>${emitter.inline(b.range, { markdown })}</p>`);
        break;
      case 'table': {
        const width = Math.max(...b.rows.map((r) => r.length));
        const rows = b.rows.map((r) => {
          const cells = r.map((c) => `<td>${emitter.inline(c, { markdown })}</td>`);
          for (let k = r.length; k < width; k += 1) cells.push('<td></td>');
          return `<tr>${cells.join('')}</tr>`;
        });
        out.push(`<div class="tw"><table><tbody>${rows.join('')}</tbody></table></div>`);
        break;
      }
    }
  }
  return out.join('\n');
}

function markTags(mark: Mark, first: boolean, model: ReviewModel): { open: string; close: string } {
  const rule = mark.findings.some((k) => model.findings[k]?.category === 'rule');
  const cls = ['f', `s-${mark.status}`];
  if (rule) cls.push('r');
  else if (mark.relatedOf.length) cls.push('rl');
  // Focusable so the tooltip (aria-describedby, set on focus) reaches keyboard users; the text itself is what is read.
  const attrs = first ? ` id="m${mark.index}" tabindex="0"` : '';
  return { open: `<span class="${cls.join(' ')}" data-i="${mark.index}"${attrs}>`, close: '</span>' };
}

/** After a figure: the value it should have (a mismatch) and the numbers of its findings. */
function markSuffix(mark: Mark, model: ReviewModel): string {
  let out = '';
  if (mark.status === 'mismatch') {
    const expected = mark.mention?.expected ?? model.findings.find((f) => f.mark === mark.index && f.finding.expected !== undefined)?.finding.expected;
    if (expected !== undefined) out += `<span class="exp">应为 ${escapeHtml(expected)}</span>`;
  }
  for (const k of mark.findings) {
    const f = model.findings[k];
    if (!f || f.category === 'unverified') continue;
    out += `<span class="fn sev-${f.finding.severity}" data-f="${k}" title="${escapeHtml(`问题 ${k + 1}：${codeLabel(f.finding.code)}`)}" aria-hidden="true">${k + 1}</span>`;
  }
  return out;
}

/** What the script needs, by index: short keys, nothing undefined. */
function pageData(model: ReviewModel, report: FileReport, facts: ReadonlyMap<string, Fact>) {
  const usedFacts = new Set<string>();
  const marks = model.marks.map((m) => {
    const r = m.mention;
    const o: Record<string, unknown> = { s: m.status };
    if (r) {
      o.x = r.text;
      o.v = `${r.value}${r.unit}`;
      if (r.subject) o.j = r.subject;
      if (r.factId !== undefined) {
        o.f = r.factId;
        usedFacts.add(r.factId);
      }
      if (r.expected !== undefined) o.e = r.expected;
      if (r.candidates?.length) {
        o.a = r.candidates;
        for (const c of r.candidates) usedFacts.add(c);
      }
    } else {
      const f = model.findings.find((x) => x.mark === m.index);
      if (f) o.x = f.finding.stated;
    }
    if (m.findings.length) o.fi = m.findings;
    if (m.relatedOf.length) o.rl = m.relatedOf;
    if (m.change !== undefined) o.c = m.change;
    return o;
  });
  for (const c of model.changes) if (c.change.factId) usedFacts.add(c.change.factId);
  const factData: Record<string, { l: string; v: string; src: string }> = {};
  for (const id of usedFacts) {
    const f = facts.get(id);
    if (f) factData[id] = { l: f.label, v: factValue(f), src: describeProvenance(f.provenance) };
  }
  // A mismatch's source comes with its finding even without the facts.
  for (const f of model.findings) {
    const id = f.finding.factId;
    if (id !== undefined && !factData[id] && f.finding.source !== undefined) factData[id] = { l: '', v: f.finding.expected ?? '', src: f.finding.source };
  }
  return {
    withData: report.withData,
    marks,
    facts: factData,
    findings: model.findings.map((f) => ({
      m: f.mark,
      r: f.related,
      cat: f.category,
      lab: codeLabel(f.finding.code),
      msg: f.finding.message,
      ...(f.finding.source !== undefined ? { src: f.finding.source } : {}),
    })),
    changes: model.changes.map((c) => ({ ...(c.mark !== undefined ? { m: c.mark } : {}), o: c.change.old, n: c.change.new })),
  };
}

/** A fact's value as the report shows it (its precision), with the exact value when rounding hides digits. */
function factValue(f: Fact): string {
  if (f.kind === 'text' || !/^-?\d+(\.\d+)?$/u.test(f.value)) return `${f.value}${f.unit}`;
  const shown = formatNumber(f.value, f.precision);
  const exact = decText(new Dec(f.value));
  return exact === decText(new Dec(shown)) ? `${shown}${f.unit}` : `${shown}${f.unit}（精确值 ${exact}）`;
}
