/**
 * A total score stated in prose against the scores stated with it: "预算执行率得分9.48分，产出指标得分
 * 47分，…，自评总分92.98分" or "自评总分93.0分，…资金投入15分、得12.0分；资金管理20分、得18.5分…".
 * Part of the score-table rule (JX_CHECK_SCORE_TOTAL); weights (分值, 满分) are never scores.
 */
import { Dec } from '../../decimal.js';
import type { Mention } from '../../mentions/index.js';
import { docOf, squash, type Doc, type Region } from './support/doc.js';
import { ITEM_HEAD, lastClause } from './support/prose.js';
import { cellSum, isPlainNumber, numberOf, scoredCells, scoreTables } from './support/score-table.js';
import { fig, figText, meets, point, show, type Fig } from './support/figure.js';
import type { RuleContext, RuleHit } from './types.js';

/** The total: 自评总分, 总得分, 综合得分 — not 满分, which is the weight of the whole. */
const TOTAL = /(?:总分|总得分|综合得分|自评得分)$/u;
/** Words of a weight (the full marks of a part or the whole), never a score. */
export const WEIGHT = /分值|满分|权重|标准分/u;

function said(m: Mention): string {
  return squash(m.subject.text);
}

/** Words that single out some indicators: the scores after them are theirs, not every group's. */
const SOME_ONLY = /未(?:能)?(?:达成|完成|达标|达到)|扣分|扣减|失分|偏差/u;

/** Named the whole score (自评总分…), not its weight. */
function namesWholeScore(m: Mention): boolean {
  return TOTAL.test(said(m)) && !WEIGHT.test(said(m));
}

/** A score: the figure's frame says so, or the words right before it are 得 / 得分. */
function isScore(doc: Doc, m: Mention): boolean {
  if (m.frame.role?.value === 'weight' || WEIGHT.test(said(m))) return false;
  if (m.frame.role?.value === 'score') return true;
  return /得分?[为了]?\s*$/u.test(doc.ctx.text.slice(Math.max(0, m.start - 4), m.start));
}

/** Scores are set as written (47 分 is 47, not 46.5 to 47.5): a sum of them is exact. */
function exactSum(parts: readonly Fig[]): Dec {
  return parts.reduce((a, p) => a.plus(p.value), new Dec(0));
}

/** Drops the parts of a nested group (产出指标得分 38 分，其中数量指标 20 分、质量指标 18 分): a part the next ones add up to. */
function topLevel(parts: readonly Fig[]): Fig[] {
  const out: Fig[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (!p) continue;
    out.push(p);
    for (let j = i + 2; j < parts.length; j++) {
      if (meets(p, point(exactSum(parts.slice(i + 1, j + 1))))) {
        i = j;
        break;
      }
    }
  }
  return out;
}

/** "总分100分，自评95分": a 总分 followed by the score given against it names the full marks; that score is the total. */
export function selfScoreAfter(doc: Doc, m: Mention): Mention | undefined {
  const s = doc.sentenceOf(m);
  const next = s?.mentions[s.mentions.indexOf(m) + 1];
  if (!next || next.unit !== '分') return undefined;
  return /^[，,、；;]?\s*(?:自评|实得|自评得分|得分)(?:为|了)?\s*$/u.test(doc.ctx.text.slice(m.end, next.start)) ? next : undefined;
}

/** A list item that opens with a first-level group's name (投入指标, 产出指标, 预算执行率…). */
const FIRST_LEVEL_ITEM = /^\s*(?:\*\*)?(?:决策|投入|过程|产出|效益|成本|满意度|预算执行|资金管理|项目管理)/u;

/**
 * The scores of the list right before a paragraph or right after one ending in a colon ("- 投入指标（20分）：
 * 得17.5分。…" then "自评总分89.3分"), one score to an item; none unless every item states exactly one.
 */
function listScores(doc: Doc, region: Region): Mention[] {
  const text = doc.ctx.text;
  const after = /[：:]\s*$/u.test(text.slice(region.start, region.end));
  const items: Mention[] = [];
  for (let i = region.index + (after ? 1 : -1); ; i += after ? 1 : -1) {
    const r = doc.regions[i];
    const item = text.slice(r?.start ?? 0, r?.end ?? 0);
    if (!r || r.kind !== 'paragraph' || r.section !== region.section || !ITEM_HEAD.test(item)) break;
    // Only first-level groups add up to the total: a list of one group's second-level scores does not.
    if (!FIRST_LEVEL_ITEM.test(item.replace(ITEM_HEAD, ''))) return [];
    const scores = doc.mentionsIn(r).filter((m) => !m.inTable && m.unit === '分' && m.change === undefined && isScore(doc, m));
    if (scores.length !== 1 || !scores[0]) return [];
    items.push(scores[0]);
  }
  return items.length >= 2 ? items.sort((a, b) => a.start - b.start) : [];
}

export function proseScoreTotals(ctx: RuleContext, hits: RuleHit[]): void {
  const doc = docOf(ctx);
  const done = new Set<unknown>();
  // Prose under a 自评得分 heading too: only the table there is the score table, not the paragraphs.
  for (const s of doc.sentences) {
    if (done.has(s.region)) continue;
    done.add(s.region);
    const mentions = doc.mentionsIn(s.region).filter((m) => !m.inTable && m.unit === '分' && m.change === undefined);
    const named = mentions.filter(namesWholeScore);
    const totals = named.map((m) => selfScoreAfter(doc, m) ?? m);
    if (totals.length !== 1 || !totals[0]) continue;
    const total = fig(doc, totals[0]);
    const own = mentions.filter((m) => m !== totals[0] && !named.includes(m) && !TOTAL.test(said(m)) && isScore(doc, m));
    // A paragraph stating the total alone sums the list of group scores beside it.
    const parts = (own.length === 0 ? listScores(doc, s.region) : own).flatMap((m) => fig(doc, m) ?? []);
    if (!total || parts.length < 2) continue;
    // Two or three scores short of the total: the paragraph may name only some of the groups (产出…，效益…，总分…).
    const top = topLevel(parts);
    const short = exactSum(top).lt(total.value);
    if (parts.length < 4 && short) continue;
    // …or say outright that it lists some only (未达成的五项指标…得7分…；自评总分89.14分).
    if (short && SOME_ONLY.test(doc.textOf(s.region))) continue;
    // Scores of several projects (an average, not a sum) or levels listed after their parts: more than a whole score.
    if (total.value.lte(100) && exactSum(top).gt(100)) continue;
    if (meets(total, point(exactSum(parts))) || meets(total, point(exactSum(top)))) continue;
    const value = exactSum(top);
    const decimals = Math.max(total.decimals, ...top.map((p) => p.decimals));
    hits.push({
      code: 'JX_CHECK_SCORE_TOTAL',
      severity: 'error',
      message: `${said(totals[0])}为 ${figText(total)}，所列 ${top.length} 项得分之和为 ${show(value, total, decimals)}`,
      mention: totals[0],
      expected: show(value, total, decimals),
      source: `Σ 得分（${top.map((p) => figText(p)).join(' + ')}）`,
      related: top.map((p) => p.m),
    });
  }
}

/** Names of a score table's first-level groups (without 指标). */
const GROUPS = '决策|过程|产出|效益|成本|满意度';
const GROUP_NAME = new RegExp(`^(?:${GROUPS})$`, 'u');
/** A first-level group's own score: its name opens the clause, then at most 指标 and 合计 before 得. */
const GROUP_SCORE = new RegExp(`(?:^|[^\\u4e00-\\u9fff])(${GROUPS})(?:指标)?(?:合计|共计|总)?(?:得分?|得分为)`, 'u');

/**
 * A group's score stated in prose ("产出指标合计得49.52分") against the rows of that group in the
 * report's one score table (一级指标 in its first column): the sum of their scores, as written.
 */
export function proseGroupScores(ctx: RuleContext, hits: RuleHit[]): void {
  const doc = docOf(ctx);
  const tables = scoreTables(doc);
  const t = tables.length === 1 ? tables[0] : undefined;
  if (!t || t.indicators.length < 3) return;
  const sums = new Map<string, { sum: Dec; rows: number; decimals: number; cells: Mention[] }>();
  // A merged first column is filled on a group's first row only: the rows below are the same group's.
  let current = '';
  for (const r of t.indicators) {
    const cell0 = squash(t.table.rows[r.row]?.[0]?.text ?? '');
    if (cell0 !== '') current = cell0;
    const name = current.replace(/指标$/u, '');
    if (!GROUP_NAME.test(name)) continue;
    const cell = r.score;
    const m = cell.mentions[0];
    if (!isPlainNumber(cell) || !m) return;
    const g = sums.get(name) ?? { sum: new Dec(0), rows: 0, decimals: 0, cells: [] };
    sums.set(name, { sum: g.sum.plus(numberOf(cell)), rows: g.rows + 1, decimals: Math.max(g.decimals, m.precision), cells: [...g.cells, m] });
  }
  if (sums.size < 2) return;
  for (const s of doc.sentences) {
    for (const m of s.mentions) {
      if (m.inTable || m.unit !== '分' || m.change !== undefined || !isScore(doc, m)) continue;
      // The group named whole at the head of the figure's clause (产出指标合计得X分), not a second level
      // (社会效益指标得分, 产出数量指标得分) nor two groups at once.
      const clause = squash(lastClause(doc.lead(m)) + m.subject.text);
      const name = GROUP_SCORE.exec(clause)?.[1];
      const g = name === undefined ? undefined : sums.get(name);
      const f = fig(doc, m);
      if (!g || !f || g.rows < 2 || meets(f, point(g.sum))) continue;
      const decimals = Math.max(f.decimals, g.decimals);
      hits.push({
        code: 'JX_CHECK_SCORE_TOTAL',
        severity: 'error',
        message: `正文中${name}指标得分为 ${figText(f)}，自评表中${name}指标各行得分之和为 ${show(g.sum, f, decimals)}`,
        mention: m,
        expected: show(g.sum, f, decimals),
        source: `自评表${name}指标各行得分之和`,
        related: g.cells,
      });
    }
  }
}

/**
 * The whole score stated in prose ("项目自评得分98.96分") against the report's one score table when
 * that table has no 总分 row: its 分值 make 100, so its 得分 add up to the whole. Read only when the
 * prose states one value as the total (several values are several projects' or years'; conflict
 * compares them) and not last year's.
 */
export function proseTableTotal(ctx: RuleContext, hits: RuleHit[]): void {
  const doc = docOf(ctx);
  const tables = scoreTables(doc);
  const t = tables.length === 1 ? tables[0] : undefined;
  if (!t || t.total !== undefined || t.indicators.length < 3) return;
  const { weights, scores } = scoredCells(t);
  if (!weights.every(isPlainNumber) || !scores.every(isPlainNumber)) return;
  if (!cellSum(weights).equals(100)) return;
  const sum = cellSum(scores);
  const totals: Mention[] = [];
  for (const s of doc.sentences) {
    for (const m of s.mentions) {
      if (m.inTable || m.unit !== '分' || m.change !== undefined || m.approx !== 'exact' || !namesWholeScore(m)) continue;
      if (/复核/u.test(said(m)) || m.frame.period?.value === 'prior' || m.frame.role?.value === 'prior-year') continue;
      totals.push(selfScoreAfter(doc, m) ?? m);
    }
  }
  const figs = totals.flatMap((m) => fig(doc, m) ?? []);
  const first = figs[0];
  if (!first || figs.some((f) => !f.value.equals(first.value)) || meets(first, point(sum))) return;
  const decimals = Math.max(first.decimals, ...scores.map((c) => c.mentions[0]?.precision ?? 0));
  hits.push({
    code: 'JX_CHECK_SCORE_TOTAL',
    severity: 'error',
    message: `${said(first.m)}为 ${figText(first)}，自评表各项得分之和为 ${show(sum, first, decimals)}`,
    mention: first.m,
    expected: show(sum, first, decimals),
    source: `自评表 Σ 得分（${scores.map((c) => squash(c.text)).join(' + ')}）`,
    related: scores.flatMap((c) => c.mentions.slice(0, 1)),
  });
}
