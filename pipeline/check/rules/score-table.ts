/**
 * score-table — the arithmetic of a 绩效自评表.
 *
 * - 总分 = Σ 得分 (the indicators and the 预算执行率 row);
 * - Σ 分值 = 100, and the 总分 row's 分值 = Σ 分值; each 一级指标's "(40分)" = Σ of its rows; each 小计
 *   row's 分值 and 得分 = Σ of its group's rows;
 * - 预算执行率 得分 = the profile's rule (执行率 × 分值, capped), at its precision;
 * - an indicator's 得分: full when met, in proportion when not (profile.quantitative), never
 *   above its 分值. A writer may deviate with a reason in 偏差原因分析: then the finding is info.
 * A stated score stands for its display interval (10 covers 9.99), so rounding is never a finding.
 */
import { Dec } from '../../decimal.js';
import type { ScoreProfile } from '../../../schemas/profile.js';
import type { Mention } from '../../mentions/index.js';
import { docOf, squash, type Cell } from './support/doc.js';
import { meets, point, ratio, type Interval } from './support/figure.js';
import { cellSum, isPlainNumber, numberOf, numberText, readValue, scoredCells, scoreTables, type BudgetRow, type IndicatorRow, type ScoreTable, type TargetValue } from './support/score-table.js';
import { proseGroupScores, proseScoreTotals, proseTableTotal } from './score-prose.js';
import type { Rule, RuleContext, RuleHit } from './types.js';
import { decText } from '../../decimal.js';
import { formatDecimal, formatNumber } from '../../format/index.js';

/** A target or actual as the interval its display stands for. */
function shownValue(v: { value: Dec; decimals: number }): Interval {
  const h = new Dec(10).pow(-v.decimals).div(2);
  return { lo: v.value.minus(h), hi: v.value.plus(h) };
}

/** A number cell as the interval its display stands for. */
function shown(c: Cell): Interval {
  const t = numberText(c).replace(/[%％]$/u, '');
  const dot = t.indexOf('.');
  const h = new Dec(10).pow(-(dot < 0 ? 0 : t.length - dot - 1)).div(2);
  const v = new Dec(t);
  return { lo: v.minus(h), hi: v.plus(h) };
}

/** The mention of a cell, or one made from the cell when the extractor left it out. */
function mentionOf(c: Cell): Mention {
  const m = c.mentions[0];
  if (m) return m;
  const t = squash(c.text).replace(/[%％]$/u, '');
  return {
    start: c.start,
    end: c.end,
    text: c.text,
    value: t,
    unit: '',
    kind: 'plain',
    precision: 0,
    lo: t,
    hi: t,
    approx: 'exact',
    subject: { start: c.start, end: c.start, text: '' },
    numeral: 'arabic',
    inTable: true,
    frame: {},
  };
}

function fmt(v: Dec, decimals: number): string {
  return formatDecimal(v, decimals);
}

/**
 * A total said to hold the execution's points that the table does not score: the rows can only bound it.
 * The stated weights still make 100; the rows' scores may not exceed the total, nor fall short of it by
 * more than the points the rows leave to the execution.
 */
function outsideExecution(t: ScoreTable, weights: readonly Cell[], scores: readonly Cell[], hits: RuleHit[]): void {
  const sum = (cells: readonly Cell[]) => cells.reduce((a, c) => a.plus(isPlainNumber(c) ? numberOf(c) : 0), new Dec(0));
  const w = sum(weights);
  const sc = sum(scores);
  const left = new Dec(100).minus(w);
  const stated = t.total?.weight;
  if (stated && !numberOf(stated).equals(100)) {
    hits.push({ code: 'JX_CHECK_WEIGHT_TOTAL', severity: 'error', message: `总分行的分值为 ${squash(stated.text)}，不为 100`, mention: mentionOf(stated), expected: '100', source: '分值合计应为 100', related: [] });
  }
  const total = t.total?.score;
  if (!total || left.lt(0)) return;
  const given = numberOf(total);
  if (given.lt(sc) || given.minus(sc).gt(left)) {
    hits.push({
      code: 'JX_CHECK_SCORE_TOTAL',
      severity: 'error',
      message: `总分为 ${squash(total.text)}，各项得分之和为 ${formatDecimal(sc)}，预算执行率最多 ${formatDecimal(left)} 分，总分应在 ${formatDecimal(sc)} 至 ${formatDecimal(sc.plus(left))} 之间`,
      mention: mentionOf(total),
      expected: `${formatDecimal(sc)}–${formatDecimal(sc.plus(left))}`,
      source: `Σ 得分 + 预算执行率得分（表外）`,
      related: scores.map(mentionOf),
    });
  }
}

function totals(t: ScoreTable, hits: RuleHit[], fromPdf: boolean): void {
  const rows = t.indicators;
  const { budget, scoredAgain, weights, scores } = scoredCells(t);
  if (rows.length === 0) return;
  // 总分（含预算执行率） over indicator rows alone: the execution's points are stated elsewhere (in prose,
  // in a funds table without scores), so the rows read are not all the total holds.
  const totalLabel = t.total ? (t.table.rows[t.total.row] ?? []).map((c) => squash(c.text)).join('') : '';
  if (/含(?:预算|资金)?执行率/u.test(totalLabel) && !(budget && isPlainNumber(budget.weight)) && !scoredAgain) {
    outsideExecution(t, rows.map((r) => r.weight), rows.map((r) => r.score), hits);
    return;
  }
  const weightSum = cellSum(weights);
  const scoreSum = cellSum(scores);
  const terms = (cells: Cell[]): string => cells.map((c) => squash(c.text)).join(' + ');
  const withBudget = budget && isPlainNumber(budget.weight) ? '（含预算执行率）' : '';

  const stated = t.total?.weight;
  // A PDF's rows read short of its 总分 row's 分值: rows were lost to the layout (a wrapped label taken
  // for a group's line), so neither sum says anything of the report.
  if (fromPdf && stated && weightSum.lt(numberOf(stated))) return;
  if (stated && !numberOf(stated).equals(weightSum)) {
    hits.push({
      code: 'JX_CHECK_WEIGHT_TOTAL',
      severity: 'error',
      message: `总分行的分值为 ${squash(stated.text)}，各项分值${withBudget}之和为 ${formatDecimal(weightSum)}${weightSum.equals(100) ? '' : '，且不为 100'}`,
      mention: mentionOf(stated),
      expected: decText(weightSum),
      source: `Σ 分值（${terms(weights)}）`,
      related: weights.map(mentionOf),
    });
  } else if (!weightSum.equals(100) && (t.total !== undefined || weightSum.gt(100))) {
    // Without a 总分 row the rows read may not be all the table's (a PDF table read in part, a form
    // continued elsewhere): weights short of 100 say nothing then; weights over 100 still do.
    const at = stated ?? weights[weights.length - 1];
    if (at) {
      hits.push({
        code: 'JX_CHECK_WEIGHT_TOTAL',
        severity: 'error',
        message: `各项分值${withBudget}之和为 ${formatDecimal(weightSum)}，不为 100`,
        mention: mentionOf(at),
        expected: '100',
        source: `Σ 分值（${terms(weights)}）`,
        related: weights.map(mentionOf),
      });
    }
  }

  const total = t.total?.score;
  if (total && !meets(shown(total), point(scoreSum))) {
    hits.push({
      code: 'JX_CHECK_SCORE_TOTAL',
      severity: 'error',
      message: `总分为 ${squash(total.text)}，各项得分${withBudget}之和为 ${formatDecimal(scoreSum)}，相差 ${formatDecimal(numberOf(total).minus(scoreSum).abs())}`,
      mention: mentionOf(total),
      expected: decText(scoreSum),
      source: `Σ 得分（${terms(scores)}）`,
      related: scores.map(mentionOf),
    });
  }

  for (const st of t.subtotals) {
    if (st.rows.length === 0) continue;
    const w = weightOf(st.rows);
    const sc = st.rows.reduce((a, r) => a.plus(numberOf(r.score)), new Dec(0));
    if (st.weight && !numberOf(st.weight).equals(w)) {
      hits.push({
        code: 'JX_CHECK_WEIGHT_TOTAL',
        severity: 'error',
        message: `${st.label}的分值为 ${squash(st.weight.text)}，其上 ${st.rows.length} 项分值之和为 ${formatDecimal(w)}`,
        mention: mentionOf(st.weight),
        expected: decText(w),
        source: `Σ 分值（${terms(st.rows.map((r) => r.weight))}）`,
        related: st.rows.map((r) => mentionOf(r.weight)),
      });
    }
    if (st.score && !meets(shown(st.score), point(sc))) {
      hits.push({
        code: 'JX_CHECK_SCORE_TOTAL',
        severity: 'error',
        message: `${st.label}的得分为 ${squash(st.score.text)}，其上 ${st.rows.length} 项得分之和为 ${formatDecimal(sc)}，相差 ${formatDecimal(numberOf(st.score).minus(sc).abs())}`,
        mention: mentionOf(st.score),
        expected: decText(sc),
        source: `Σ 得分（${terms(st.rows.map((r) => r.score))}）`,
        related: st.rows.map((r) => mentionOf(r.score)),
      });
    }
  }

  // In Word a group's label heads its first row, and each group is checked over the rows down to the
  // next label. A PDF draws the label where the merged cell's middle is: then some cut must hold.
  const wrong = t.groups.filter((g) => g.rows.length > 0 && !weightOf(g.rows).equals(g.weight));
  if (wrong.length === 0 || placedCut(t) !== undefined) return;
  // Several groups wrong as read, but one group alone wrong under some cut: the labels stand off
  // their first rows (a PDF), and that one group is the error.
  const alone = t.groups.flatMap((g, k) => {
    const cut = placedCut(t, k);
    return cut !== undefined ? [{ g, rows: t.indicators.slice(cut[k]?.from, cut[k]?.to) }] : [];
  });
  const report = wrong.length > 1 && alone.length === 1 ? alone : wrong.map((g) => ({ g, rows: g.rows }));
  for (const { g, rows: run } of report) {
    const sum = weightOf(run);
    const m = g.cell.mentions.find((x) => x.value === decText(g.weight)) ?? mentionOf(g.cell);
    hits.push({
      code: 'JX_CHECK_WEIGHT_TOTAL',
      severity: 'warning',
      message: `${g.label}标明 ${formatDecimal(g.weight)} 分，所属各指标分值之和为 ${formatDecimal(sum)}`,
      mention: m,
      expected: decText(sum),
      source: `Σ 分值（${run.map((r) => squash(r.weight.text)).join(' + ')}）`,
      related: run.map((r) => mentionOf(r.weight)),
    });
  }
}

/** Σ 分值 of rows. */
function weightOf(rows: readonly { weight: Cell }[]): Dec {
  return rows.reduce((a, r) => a.plus(numberOf(r.weight)), new Dec(0));
}

/**
 * A cut of the indicator rows into runs, in order, one per group, each run holding its label's row
 * and giving its label's points; `free` names a group whose run need not (the one suspected wrong).
 * A merged cell's text is on its group's first row in Word, but a PDF keeps only where the text was
 * drawn: vertically centred, so 产出指标（40分） may sit on the second of its four rows. One changed
 * 分值 still breaks every cut (the points no longer add up), so nothing true is excused; only where
 * the label stands is. Returns each group's run [from, to) of t.indicators, or undefined.
 */
function placedCut(t: ScoreTable, free?: number): { from: number; to: number }[] | undefined {
  const rows = t.indicators;
  const labels = t.groups.map((g) => ({ weight: g.weight, at: rows.findIndex((r) => r.row >= g.row) }));
  if (labels.length === 0 || labels.some((l) => l.at < 0)) return undefined;
  const prefix = [new Dec(0)];
  rows.forEach((r, i) => prefix.push((prefix[i] ?? new Dec(0)).plus(numberOf(r.weight))));
  const sum = (from: number, to: number): Dec => (prefix[to] ?? new Dec(0)).minus(prefix[from] ?? new Dec(0));
  // For each group, the ends its run may have, each with the start it came from.
  const reached: Map<number, number>[] = [];
  let starts = new Map([[0, -1]]);
  for (let k = 0; k < labels.length; k++) {
    const label = labels[k];
    if (label === undefined) return undefined;
    const next = labels[k + 1];
    const ends = new Map<number, number>();
    for (const from of starts.keys()) {
      if (from > label.at) continue;
      // The run ends after its label's row and no later than the next label's row (or the last row).
      const last = next === undefined ? rows.length : next.at;
      for (let to = label.at + 1; to <= last; to++) {
        if (next === undefined && to !== rows.length) continue;
        if ((k === free || sum(from, to).equals(label.weight)) && !ends.has(to)) ends.set(to, from);
      }
    }
    if (ends.size === 0) return undefined;
    reached.push(ends);
    starts = ends;
  }
  const cut: { from: number; to: number }[] = [];
  let to = rows.length;
  for (let k = labels.length - 1; k >= 0; k--) {
    const from = reached[k]?.get(to) ?? 0;
    cut.unshift({ from, to });
    to = from;
  }
  return cut;
}

/** A cell of dashes: an amount not given (0 where a sum counts it). */
const DASH = /^[—–\-－]+$/u;

/** An amount cell as an interval at its decimals (1,862.30 → 1862.295…1862.305); a dash is 0; undefined when neither. */
function amount(c: Cell | undefined): Interval | undefined {
  const t = squash(c?.text ?? '').replace(/[,，]/gu, '');
  if (DASH.test(t)) return { lo: new Dec(0), hi: new Dec(0) };
  if (!/^-?\d+(?:\.\d+)?$/u.test(t)) return undefined;
  return shown({ ...(c as Cell), text: t });
}

const FUND_COLUMNS = [['initial', '年初预算数'], ['full', '全年预算数'], ['exec', '全年执行数']] as const;

/**
 * The sources of funds add up to the 年度资金总额 (当年财政拨款 + 上年结转资金 + 其他资金; 基本支出 +
 * 项目支出), in each amount column. A source broken down in turn (财政拨款 over 其中：中央补助 and
 * 县级财政) may have its parts listed under it: the rows are read both ways, flat and with a 其中
 * run set under the row above it, and found only when no reading adds up. One source alone is a
 * part of the total, not all of it: it may only not exceed it.
 */
function fundParts(t: ScoreTable, hits: RuleHit[]): void {
  const total = t.funds.find((f) => /资金总额|^合计$|^总计$/u.test(f.label));
  if (total === undefined) return;
  const others = t.funds.filter((f) => f !== total);
  if (others.length === 0) return;
  // Each reading: the parts of the total, and the runs of 其中 rows set under the row above them.
  type Under = { parent: BudgetRow; run: BudgetRow[] };
  const readings: { parts: BudgetRow[]; under: Under[] }[] = [{ parts: others, under: [] }];
  others.forEach((f, i) => {
    const parent = others[i - 1];
    if (parent === undefined || !/^其中/u.test(f.label)) return;
    for (let end = i + 1; end <= others.length; end++) readings.push({ parts: [...others.slice(0, i), ...others.slice(end)], under: [{ parent, run: others.slice(i, end) }] });
  });
  // 其中：基本支出 over 人员经费 and 公用经费, then 其中：项目支出: the marked rows are the parts, each
  // with the unmarked rows after it under it.
  if (/^其中/u.test(others[0]?.label ?? '') && others.some((f) => !/^其中/u.test(f.label))) {
    const marked: BudgetRow[] = [];
    const under: Under[] = [];
    for (const f of others) {
      if (/^其中/u.test(f.label)) marked.push(f);
      else {
        const parent = marked[marked.length - 1];
        const last = under[under.length - 1];
        if (parent === undefined) continue;
        if (last?.parent === parent) last.run.push(f);
        else under.push({ parent, run: [f] });
      }
    }
    // Only a layout that shows it: two marked rows or more, each run a breakdown of two or more. (One
    // 其中 row over an unmarked one is 其中：财政拨款 beside 其他资金, two parts of the total.)
    if (marked.length >= 2 && under.every((u) => u.run.length >= 2)) readings.push({ parts: marked, under });
  }
  /** The columns where `parts` do not make `whole`. */
  const broken = (parts: readonly BudgetRow[], whole: BudgetRow): Miss[] =>
    FUND_COLUMNS.flatMap((col) => {
      const of = amount(whole[col[0]] ?? undefined);
      const each = parts.map((p) => amount(p[col[0]] ?? undefined));
      // A column every part leaves a dash in (年初预算数 not given by source) states no breakdown.
      const given = parts.some((p) => !DASH.test(squash(p[col[0]]?.text ?? '')));
      if (!of || !given || each.some((a) => a === undefined)) return [];
      const sum = each.reduce<Interval>((x, y) => ({ lo: x.lo.plus(y?.lo ?? 0), hi: x.hi.plus(y?.hi ?? 0) }), { lo: new Dec(0), hi: new Dec(0) });
      const holds = parts.length === 1 ? sum.lo.lte(of.hi) : sum.lo.lte(of.hi) && sum.hi.gte(of.lo);
      return holds ? [] : [{ whole, parts, key: col, sum }];
    });
  const misses = readings.map((r) => [...broken(r.parts, total), ...r.under.flatMap((u) => broken(u.run, u.parent))]);
  // Some reading adds up: nothing to say. Else the reading that comes nearest says where.
  if (misses.some((m) => m.length === 0)) return;
  const miss = misses.reduce((best, m) => (m.length < best.length ? m : best))[0];
  const cell = miss ? miss.whole[miss.key[0]] : undefined;
  if (!miss || !cell) return;
  const value = miss.sum.lo.plus(miss.sum.hi).div(2);
  const stated = squash(cell.text);
  const decimals = (stated.split('.')[1] ?? '').length;
  const what = miss.whole === total ? `${miss.parts.length} 项资金来源之和` : `其下 ${miss.parts.length} 项之和`;
  hits.push({
    code: 'JX_CHECK_SUM',
    severity: 'error',
    message: `${miss.whole.label}“${miss.key[1]}”为 ${stated}，${what}为 ${formatNumber(value, decimals, { thousands: stated.includes(',') })}`,
    mention: mentionOf(cell),
    expected: decText(value.toDecimalPlaces(decimals)),
    source: `Σ（${miss.parts.map((f) => squash(f[miss.key[0]]?.text ?? '—')).join(' + ')}）`,
    related: miss.parts.flatMap((f) => {
      const c = f[miss.key[0]];
      return c ? [mentionOf(c)] : [];
    }),
  });
}

/** Where some rows do not make the row they are the parts of, in one amount column. */
interface Miss {
  readonly whole: BudgetRow;
  readonly parts: readonly BudgetRow[];
  readonly key: (typeof FUND_COLUMNS)[number];
  readonly sum: Interval;
}

/** What the profile gives for a budget execution rate (in %) and a weight. */
export function rateScore(profile: ScoreProfile, rate: Dec, weight: Dec): Dec {
  const br = profile.budgetRate;
  let score: Dec;
  if (br.method === 'bands') {
    const bands = [...br.bands].sort((a, b) => new Dec(b.min).comparedTo(new Dec(a.min)));
    const band = bands.find((b) => rate.gte(new Dec(b.min)));
    score = band ? new Dec(band.share).times(weight) : new Dec(0);
  } else {
    score = rate.div(100).times(weight);
  }
  if (br.cap && score.gt(weight)) score = weight;
  return score.toDecimalPlaces(profile.scorePrecision);
}

function budgetRate(t: ScoreTable, profile: ScoreProfile, hits: RuleHit[]): void {
  // The 年度资金总额 row, and each source that a template scores on its own row too (其中：当年财政拨款 | … | 10 | 97.74% | 9.8).
  for (const b of new Set([t.budget, ...t.funds])) if (b) rowRateScore(b, b === t.budget ? '' : b.label.replace(/^其中[：:]?/u, ''), profile, hits);
}

function rowRateScore(b: BudgetRow, name: string, profile: ScoreProfile, hits: RuleHit[]): void {
  if (!isPlainNumber(b.weight) || !isPlainNumber(b.score)) return;
  const weight = numberOf(b.weight);
  let rate: Dec | undefined;
  let how = '';
  const said = b.rate?.mentions[0];
  const plain = b.rate !== undefined && /^\d+(?:\.\d+)?[%％]$/u.test(squash(b.rate.text));
  if (b.rate && (plain || said?.kind === 'percent')) {
    // A cell with more than its rate in it (100.00%（按可用资金）): the rate the figure reader found.
    rate = plain || said === undefined ? numberOf(b.rate) : new Dec(said.value);
    how = `执行率 ${squash(b.rate.text)}`;
  } else if (isPlainNumber(b.exec) && isPlainNumber(b.full) && !numberOf(b.full).isZero()) {
    rate = numberOf(b.exec).div(numberOf(b.full)).times(100);
    how = `执行率 ${squash(b.exec.text)} ÷ ${squash(b.full.text)}`;
  }
  if (!rate) return;
  const expected = rateScore(profile, rate, weight);
  if (meets(shown(b.score), point(expected))) return;
  const rule = profile.budgetRate.method === 'bands' ? '按执行率分档' : `执行率 × 分值${profile.budgetRate.cap ? '（不超过分值）' : ''}`;
  hits.push({
    code: 'JX_CHECK_RATE_SCORE',
    severity: 'warning',
    message: `${name}预算执行率得分按${rule}应为 ${fmt(expected, profile.scorePrecision)}（${how}，分值 ${formatDecimal(weight)}），所列 ${squash(b.score.text)}`,
    mention: mentionOf(b.score),
    expected: fmt(expected, profile.scorePrecision),
    source: `${profile.name}：${rule}`,
    related: [b.rate, b.weight].flatMap((c) => (c ? [mentionOf(c)] : [])),
  });
}

/** Lower is better: a ≤ target, a cost the unit spends, or a deadline (拨付时间 12月). */
function lowerIsBetter(row: IndicatorRow, target: TargetValue): boolean {
  if (target.cmp === 'le') return true;
  if (target.cmp === 'ge') return false;
  if (/^(?:月|个月|天|日|小时|工作日)$/u.test(target.unit) || /时间|时限|期限|周期|用时/u.test(row.name)) return true;
  return /(?:成本|费用|支出|经费|单价|能耗|投诉|事故|超支)$/u.test(row.name);
}

/** An indicator of the budget's execution rate (预算执行率, 资金执行率), not of procurement or a plan. */
const EXECUTION_RATE_ROW = /^(?:部门|项目|年度|全年)?(?:预算|资金|财政资金)执行率$/u;

function indicatorScores(t: ScoreTable, profile: ScoreProfile, hits: RuleHit[]): void {
  const p = profile.scorePrecision;
  const tol = new Dec(profile.quantitative.tolerance);
  for (const row of t.indicators) {
    const weight = numberOf(row.weight);
    const score = numberOf(row.score);
    const m = mentionOf(row.score);
    const reason = row.reason !== '';
    if (score.gt(weight)) {
      hits.push({
        code: 'JX_CHECK_INDICATOR_SCORE',
        severity: 'error',
        message: `“${row.name}”得分 ${squash(row.score.text)} 超过其分值 ${formatDecimal(weight)}`,
        mention: m,
        expected: decText(weight),
        source: '得分不超过分值',
        related: [mentionOf(row.weight)],
      });
      continue;
    }
    const target = readValue(row.target);
    const actual = readValue(row.actual);
    if (!target || !actual || target.value.isZero() || actual.value.isZero()) continue;
    // A bare actual takes the target's unit (57亿元 / 118.8); other units do not compare.
    if (actual.unit !== '' && actual.unit !== target.unit && !(actual.unit === '个月' && target.unit === '月')) continue;
    const lower = lowerIsBetter(row, target);
    const off = actual.value.minus(target.value).abs().div(target.value);
    const met =
      (target.cmp === 'about' && off.lte(tol)) || (lower ? actual.value.lte(target.value) : actual.value.gte(target.value));
    let expected: Dec;
    // What the score may be given how the actual is shown (96.65% is anything in [96.645%, 96.655%)).
    let may: Interval | undefined;
    let how: string;
    if (met) {
      expected = weight;
      how = `已达到年度指标值 ${squash(row.target?.text ?? '')}，应得满分`;
    } else if (profile.quantitative.unmet === 'zero') {
      expected = new Dec(0);
      how = '未达到年度指标值，按规则不得分';
    } else {
      const share = lower ? target.value.div(actual.value) : actual.value.div(target.value);
      expected = share.times(weight).toDecimalPlaces(p);
      // (only a percent with decimals is a rounded ratio; 6%, 126个 or 0.8天 are taken as stated)
      const a = actual.unit === '%' && actual.decimals > 0 ? shownValue(actual) : point(actual.value);
      may = lower ? ratio(point(target.value), a, weight) : ratio(a, point(target.value), weight);
      how = lower
        ? `未达标（反向指标），按目标 ÷ 实际 × 分值（${squash(row.target?.text ?? '')} ÷ ${squash(row.actual?.text ?? '')} × ${formatDecimal(weight)}）应为 ${fmt(expected, p)}`
        : `未达标，按实际 ÷ 目标 × 分值（${squash(row.actual?.text ?? '')} ÷ ${squash(row.target?.text ?? '')} × ${formatDecimal(weight)}）应为 ${fmt(expected, p)}`;
    }
    // A target missed keeps no full score, however the score is rounded (10 for 9.51 is not rounding).
    const fullThoughMissed = !met && score.equals(weight) && expected.lt(weight);
    // 预算执行率 is usually scored as the rate times its weight, capped, target met or not (DOMAIN).
    if (EXECUTION_RATE_ROW.test(row.name) && actual.unit === '%') {
      const a = actual.decimals > 0 ? shownValue(actual) : point(actual.value);
      const capped = (v: Dec) => Dec.min(v.div(100), 1).times(weight);
      if (meets(shown(row.score), { lo: capped(a.lo), hi: capped(a.hi) })) continue;
    }
    // The score's display interval, asked only of the rows that reach here (most have no target to meet).
    if ((meets(shown(row.score), point(expected)) || (may !== undefined && meets(shown(row.score), may))) && !fullThoughMissed) continue;
    hits.push({
      code: 'JX_CHECK_INDICATOR_SCORE',
      severity: reason ? 'info' : 'warning',
      message: `“${row.name}”${how}，所列得分 ${squash(row.score.text)}${reason ? '（已说明偏差原因）' : ''}`,
      mention: m,
      expected: fmt(expected, p),
      source: met ? '达标得满分' : `${profile.name}：未达标按完成比例计分`,
      related: [row.target, row.actual, row.weight].flatMap((c) => (c ? [mentionOf(c)] : [])),
    });
  }
}

export const rule: Rule = {
  meta: {
    id: 'score-table',
    description: '自评表：总分等于各项得分之和，分值合计为 100，预算执行率与各指标得分符合评分规则',
    codes: ['JX_CHECK_SCORE_TOTAL', 'JX_CHECK_WEIGHT_TOTAL', 'JX_CHECK_RATE_SCORE', 'JX_CHECK_INDICATOR_SCORE', 'JX_CHECK_SUM'],
  },
  check(ctx: RuleContext): RuleHit[] {
    const hits: RuleHit[] = [];
    for (const t of scoreTables(docOf(ctx))) {
      totals(t, hits, /\.pdf$/iu.test(ctx.file));
      fundParts(t, hits);
      budgetRate(t, ctx.profile, hits);
      indicatorScores(t, ctx.profile, hits);
    }
    proseScoreTotals(ctx, hits);
    proseGroupScores(ctx, hits);
    proseTableTotal(ctx, hits);
    return hits;
  },
};
