/**
 * rate — a stated rate that is not the ratio of figures stated beside it.
 *
 * - 执行率 = 执行数 ÷ 全年预算数: in a sentence (or its paragraph), and in the score table's budget rows.
 * - 控制率 = 在职人数 ÷ 编制数: in a sentence, and in a table whose header row names 编制数, 在职
 *   (实有) 人数 and 控制率 above the row of values.
 * - 变动率: "14人，比上年增加4人，增加40%" → 4 ÷ (14 − 4).
 * - 完成率 / "为任务数的 X%": actual ÷ the target stated in the same sentence; in an indicator table,
 *   each row's actual ÷ target (a cost either way round, a target met 100% when capped).
 * - 占比: "其中 a，占 X%" → a ÷ the total of that 其中; "A占B的 X%" → the figures named A and B.
 * Quiet whenever an operand is missing or could be either of two figures.
 */
import { Dec } from '../../decimal.js';
import { metricResidue, type Mention } from '../../mentions/index.js';
import { bracketless, CHANGE_HEAD, columnName, docOf, headName, oneColumn, perDoc, PERIOD_NAME, rowLabel, secondHeaderRow, sideways, squash, type Cell, type Doc, type Sentence } from './support/doc.js';
import { cellFig, fig, figText, meets, moneyOf, point, ratio, show, sub, type Fig, type Interval } from './support/figure.js';
import { amountFig, baseOrGap, bracketed, closesBetween, departmentReport, earlierBudget, earlierSpending, GAP_LEAD, isProse, lastClause, only, opensItem, proseFigs, proseSentences, sentenceFigs, subjectOf } from './support/prose.js';
import { namedValues, oneNamed, quantityFig } from './support/named-values.js';
import { scoreTables } from './support/score-table.js';
import type { Rule, RuleContext, RuleHit } from './types.js';
import { formatNumber, formatWithUnit } from '../../format/index.js';
import { sameMetric } from '../../mentions/similarity.js';
import { charLength } from '../../text/chars.js';

interface Check {
  rate: Fig;
  /** The ratio may be read either way (完成率 of a cost indicator is target ÷ actual). */
  either?: boolean;
  num: Fig;
  den: Interval & { value: Dec };
  source: string;
  name: string;
  related: Mention[];
}

function pct(rate: Fig): Fig | undefined {
  return rate.family === '%' ? rate : undefined;
}

/** Whether the stated rate can be the ratio (the rows of a table tell which columns a rate is on). */
function holds(c: Pick<Check, 'rate' | 'num' | 'den'>): boolean {
  const r = ratio(c.num, c.den, 100);
  return r !== undefined && meets(r, c.rate);
}

/** The hit when the stated rate cannot be the ratio. */
function judge(c: Check): RuleHit | undefined {
  const r = ratio(c.num, c.den, 100);
  if (!r || meets(r, c.rate)) return undefined;
  const inverse = c.either ? ratio(c.den, c.num, 100) : undefined;
  if (inverse && meets(inverse, c.rate)) return undefined;
  if (c.den.value.isZero()) return undefined;
  const value = c.num.value.div(c.den.value).times(100);
  const d = Math.max(c.rate.decimals, 2);
  const expected = formatWithUnit(value, d, '%');
  return {
    code: 'JX_CHECK_RATE',
    severity: 'error',
    message: `${c.name}应为 ${expected}（${c.source}），所列 ${figText(c.rate)}，相差 ${formatNumber(value.minus(c.rate.value).abs(), d)} 个百分点`,
    mention: c.rate.m,
    expected,
    source: c.source,
    related: c.related,
  };
}

// ---- prose --------------------------------------------------------------------------------

/** Words before 执行率 that name no one thing: 本部门全年预算执行率, 项目支出执行率, 资金总体执行率. */
const GENERIC_OF_RATE = /本部门|本单位|部门|单位|整体|总体|全年|年度|预算|资金|项目支出|支出|综合|平均|累计|全部|其|的|为|是|达到?|[，,、]/gu;

/** Kinds of a department's spending, each with a budget of its own. */
const SPENDING_KIND = /基本支出|项目支出|人员经费|公用经费|三公经费/u;

function inSentenceOf(s: Sentence, f: Fig): boolean {
  return f.m.start >= s.start && f.m.end <= s.end;
}

/** Where the semicolon part of `s` that holds `at` starts. */
function partStart(doc: Doc, s: Sentence, at: number): number {
  const text = doc.ctx.text;
  let start = at;
  while (start > s.start && !SEMICOLON.test(text.charAt(start - 1))) start--;
  return start;
}
const SEMICOLON = /[；;]/u;

/** Words of what was not spent (未执行部分), or of a budget moved (压减, 追加): no spending. */
const NOT_SPENT = /预算|执行率|未(?:执行|支出|支付|使用)|压减|调减|核减|追加|调增/u;
/** The year's budget by its words (全年预算, 调整后预算, 预算数); or its funds (年度资金总额). */
const YEAR_BUDGET = /全年预算|调整后(?:的)?预算|预算(?:数|金额|资金)?$/u;
const YEAR_FUNDS = new RegExp(`${YEAR_BUDGET.source}|年度资金(?:总额)?$`, 'u');

function executionRate(doc: Doc, s: Sentence, rate: Fig): Check | undefined {
  const pool = proseFigs(doc, doc.mentionsIn(s.region)).filter((f) => f.family === 'money');
  // "“三公”经费支出a，为预算b的X%；政府采购预算c，实际采购d，执行率Y%": a part with amounts of its own is the rate's.
  const part = partStart(doc, s, rate.m.start);
  const own = part > s.start ? pool.filter((f) => f.m.start >= part && f.m.start < rate.m.start) : [];
  // One amount alone goes on the line before the semicolon (…全年预算c；全年支出d，执行率Y%).
  if (own.length >= 2 && !/整体|部门|总体|全年|综合|全部/u.test(clauseLead(doc, rate))) return ownPart(doc, own, rate);
  // 年初预算 is the denominator only when nothing was adjusted during the year.
  const adjusted = /追加|调增|调减|压减|核减|调整/u.test(doc.textOf(s.region));
  // (未执行部分…尾款X is what was not spent; 压减一般性支出X is a cut of the budget)
  // A budget and what was spent of it, each alone in the rate's own sentence, are its pair (政府采购预算c，
  // 实际采购d，执行率Y%, after “三公”经费支出a in the sentence before); 花了 is spending in plain words.
  const mine = pool.filter((f) => inSentenceOf(s, f));
  const mineSpent = only(doc, mine, /执行|实际(?:支出|采购|支付|使用|拨付)|决算|支出(?:数|金额)?$/u, NOT_SPENT);
  // (一般公共预算财政拨款收入 names a kind of funds, not a budget)
  const mineBudget = mineSpent ? only(doc, mine, YEAR_BUDGET, /年初|执行率|收入/u) : undefined;
  const exec = (mineBudget ? mineSpent : undefined) ?? only(doc, pool, /执行|实际支出|决算|支出(?:数|金额)?$|花(?:了|掉|费|去)/u, NOT_SPENT);
  // The budget of the paragraph; else the one whole-year budget stated earlier in its section.
  // (该项预算22.00万元 is the budget of an item named before, not the year's)
  const budget =
    mineBudget ??
    only(doc, pool, YEAR_FUNDS, /年初|^该/u) ??
    only(doc, pool, /预算/u, adjusted ? /年初|执行率|^该/u : /执行率|^该/u) ??
    (exec ? fundBefore(doc, s, exec, rate) ?? earlierBudget(doc, s) : undefined);
  const department = departmentReport(doc);
  // In a department's report 项目支出X，执行率Y% is one kind of its spending: over that kind's budget, not the year's whole.
  const kind = department && exec ? SPENDING_KIND.exec(subjectOf(doc, exec))?.[0] : undefined;
  if (kind !== undefined && budget && !subjectOf(doc, budget).includes(kind)) return undefined;
  // "项目年度资金944.6万元已基本执行到位（执行率93.66%）": a budget with its rate, the spending stated before.
  // Only a budget that names no item of its own: the project's or unit's whole year.
  // In a 部门整体 report a 项目's budget is one project's; 该 points at one named before.
  const whole = (f: Fig) => !/该/u.test(subjectOf(doc, f)) && !(department && /项目/u.test(subjectOf(doc, f))) && subjectOf(doc, f).replace(/项目|本|年度|全年|调整后|的|资金|预算|总额|数|金额|为|共|安排|[，,\s]/gu, '') === '';
  // …and a sentence with no other amount, not a list item's (法律援助案件补贴项目：全年预算…，执行率100%).
  const alone = s.mentions.filter((m) => m !== budget?.m && fig(doc, m)?.family === 'money').length === 0;
  const item = opensItem(doc.textOf(s.region));
  if (budget && !exec && inSentenceOf(s, budget) && whole(budget) && alone && !item) {
    const spent = earlierSpending(doc, s);
    if (spent) return { rate, num: spent, den: budget, name: '预算执行率', source: `执行数 ÷ 全年预算数（${figText(spent)} ÷ ${figText(budget)}）`, related: [spent.m, budget.m] };
  }
  if (!budget || !exec) return undefined;
  // A rate of something the sentence names (保障性租赁住房租赁补贴执行率为90.00%) after the unit's budget
  // and spending stated before it is that thing's: only a rate of the whole is held to them.
  const named = `${lastClause(doc.lead(rate.m))}${rate.m.subject.text}`.replace(/\s+/gu, '').replace(/执行率.*$/u, '');
  if (!inSentenceOf(s, exec) && !inSentenceOf(s, budget) && named.replace(GENERIC_OF_RATE, '') !== '') return undefined;
  // "可用资金合计 X…执行率 Y%（按可用资金计算）": the funds available (budget and carry-over) are the base the rate names.
  const available = only(doc, pool, /可用资金|可支配资金/u);
  const overAvailable: Check | undefined = available ? { rate, num: exec, den: available, name: '预算执行率', source: `执行数 ÷ 可用资金（${figText(exec)} ÷ ${figText(available)}）`, related: [exec.m, available.m] } : undefined;
  if (overAvailable && /可用资金|可支配资金/u.test(lastClause(doc.lead(rate.m)) + doc.textOf(s).slice(rate.m.end - s.start, rate.m.end - s.start + 16))) return overAvailable;
  // Funds available stated beside the budget (调整后预算b；加上年初结转c，全年可支配资金a) are a base the
  // rate may be over without saying so: the reading that gives the rate stands.
  if (overAvailable && judge(overAvailable) === undefined) return overAvailable;
  return { rate, num: exec, den: budget, name: '预算执行率', source: `执行数 ÷ 全年预算数（${figText(exec)} ÷ ${figText(budget)}）`, related: [exec.m, budget.m] };
}

/** 执行率 within its own semicolon part: its budget (…预算) and what was spent (支出, 执行, 实际…) there, each one. */
function ownPart(doc: Doc, figs: readonly Fig[], rate: Fig): Check | undefined {
  const before = figs.filter((f) => f.m.change === undefined);
  const budget = only(doc, before, /预算|下达|安排/u, /执行率|年初/u);
  const exec = before.length === 2 && budget ? before.find((f) => f !== budget) : undefined;
  if (!budget || !exec || !/实际|支出|执行|使用|采购|完成|拨付|发放/u.test(subjectOf(doc, exec))) return undefined;
  return { rate, num: exec, den: budget, name: '执行率', source: `执行数 ÷ 预算数（${figText(exec)} ÷ ${figText(budget)}）`, related: [exec.m, budget.m] };
}

/**
 * "乡镇维修养护资金183.00万元已全部拨付，乡镇实际支出181.05万元，执行率98.93%": with no budget named,
 * the one other amount of the sentence, named as a fund (…资金, …经费) before the spending and the rate.
 */
function fundBefore(doc: Doc, s: Sentence, exec: Fig, rate: Fig): Fig | undefined {
  if (!inSentenceOf(s, exec) || exec.m.start > rate.m.start) return undefined;
  const others = sentenceFigs(doc, s).filter((f) => f.family === 'money' && f !== exec && f.m.start < rate.m.start);
  const fund = others.length === 1 ? others[0] : undefined;
  if (!fund || fund.m.start > exec.m.start || fund.m.change !== undefined || fund.m.frame.role !== undefined) return undefined;
  // A fund no smaller than what was spent of it, and not one source's share (中央资金, 上级补助资金).
  const name = squash(fund.m.subject.text);
  if (!/(?:资金|经费)$/u.test(name) || /^(?:中央|省级?|市级?|县级?|区级?|上级|本级|地方)/u.test(name) || exec.lo.gt(fund.hi)) return undefined;
  return fund;
}

function controlRate(doc: Doc, s: Sentence, rate: Fig): Check | undefined {
  // The 编制数 and 在职人数 stated last before the rate, in its paragraph (…在职职工136人…；核定编制155名，…控制率87.74%).
  const pool = proseFigs(doc, doc.mentionsIn(s.region)).filter((f) => f.family.startsWith('count:') && f.m.start < rate.m.start && f.m.start >= s.region.start && f.m.change === undefined);
  const last = (want: RegExp, avoid?: RegExp): Fig | undefined =>
    [...pool].reverse().find((f) => want.test(subjectOf(doc, f)) && !(avoid?.test(subjectOf(doc, f)) ?? false));
  // 核定编制82名，其中行政编制36名、…工勤编制6名 (政法专项编制…): the whole quota, not the last of its parts.
  const named = last(/编制/u, /(?:行政|事业|工勤|参公|机关)编制/u) ?? last(/编制/u);
  const whole = named && pool.find((f) => f.m.start < named.m.start && /编制/u.test(subjectOf(doc, f)) && /其中/u.test(doc.ctx.text.slice(f.m.end, named.m.start)));
  const quota = whole ?? named;
  const staff = last(/在职|实有/u, /编制/u);
  if (!quota || !staff) return undefined;
  return { rate, num: staff, den: quota, name: '控制率', source: `在职人数 ÷ 编制数（${figText(staff)} ÷ ${figText(quota)}）`, related: [staff.m, quota.m] };
}

/** A figure followed by 的 and a percent: the whole a share is of (预算5.50万元的81.45%). */
const RATIO_BASE = /^\s*的\s*[0-9０-９]/u;
/** The base of a share stated right after it (为预算8.30万元的88.19%): what the share is of, not a figure of its own. */
const shareBase = (doc: Doc, f: Fig): boolean => RATIO_BASE.test(doc.ctx.text.slice(f.m.end, f.m.end + 4));
/** Words that open the parts of the figure before them. */
const PARTS_OPEN = ['其中', '含', '包括'] as const;

const COMPARED = /比上年|较上年|比去年|较去年|同比|比\d{4}年|较\d{4}年|与上年相比/u;
/** A figure named as last year's, the base of a comparison: 与上年决算X相比, 较上年末的X, 比2022年的X, 比上年（X）. */
const PRIOR_BASE = /(?:与|较|比)(?:上年|去年|上一年|\d{4}年|年初)[\u4e00-\u9fff]{0,8}?的?[（(]?$/u;

/** The words of a figure's clause before it, without spaces. */
function clauseLead(doc: Doc, f: Fig): string {
  return lastClause(doc.lead(f.m)).replace(/\s+/gu, '');
}

function isPriorBase(doc: Doc, f: Fig): boolean {
  return PRIOR_BASE.test(clauseLead(doc, f));
}

/**
 * Whether the first text (a change's clause) names a year after the one the second (a figure's clause)
 * names, and nothing else (2024年增加 after 2023年支出): a change naming a metric of its own (2024年预算增加)
 * or a figure over several years (2022年至2023年累计) is another comparison.
 */
function laterYear(text: string, than: string): boolean {
  const year = (t: string) => /((?:19|20)\d\d)\s*年/u.exec(t)?.[1];
  const a = year(text);
  const b = year(than);
  if (a === undefined || b === undefined || Number(a) <= Number(b) || /至|累计|[-—~～]/u.test(than)) return false;
  return text.replace(/(?:19|20)\d\d\s*年度?/u, '').replace(/(?:增加|减少|增长|下降|上升|降低)[了为达]?$/u, '') === '';
}


/**
 * "实际支出22.84万元…与上年决算41.43万元相比，减少18.59万元", "在职56人，较上年末的59人减少3人":
 * the change between this year's figure and last year's, both stated before it in the sentence.
 * This year's is the last figure before last year's in its role (实际, 在职…), of its family.
 */
function proseChanges(doc: Doc, hits: RuleHit[]): void {
  for (const s of proseSentences(doc)) {
    const figs = sentenceFigs(doc, s).filter((f) => f.family !== '%' && f.family !== 'points');
    figs.forEach((change, k) => {
      if (change.m.change !== 'increase' && change.m.change !== 'decrease') return;
      const base = figs[k - 1];
      if (!base || base.family !== change.family || base.m.change !== undefined || !isPriorBase(doc, base)) return;
      // Last year's figure in the role this year's has (实际 beside 上年决算); 'prior-year' names no role.
      const role = base.m.frame.role?.value === 'prior-year' ? undefined : base.m.frame.role?.value;
      const candidates = figs
        .slice(0, k - 1)
        .reverse()
        .filter((f) => f.family === base.family && f.m.change === undefined && !isPriorBase(doc, f) && !baseOrGap(doc, f) && (role === undefined || f.m.frame.role?.value === role));
      const current = candidates[0];
      if (!current) return;
      // The nearest is this year's figure unless another before it fits: after a 其中 list
      // (支出T，其中a、b、c0元；较上年的P减少g) the change is the total's, not the last part's.
      const fits = (f: Fig) => meets(change.m.change === 'increase' ? sub(f, base) : sub(base, f), change);
      if (candidates.some(fits)) return;
      const value = change.m.change === 'increase' ? current.value.minus(base.value) : base.value.minus(current.value);
      const d = Math.max(change.decimals, current.decimals, base.decimals);
      const expected = show(value, change, d);
      const word = change.m.change === 'increase' ? '增加' : '减少';
      hits.push({
        code: 'JX_CHECK_SUM',
        severity: 'error',
        message: `本年 ${figText(current)} 与上年 ${figText(base)} 相比应${word} ${expected}，所列 ${figText(change)}`,
        mention: change.m,
        expected,
        source: `本年 − 上年（${figText(current)} − ${figText(base)}）`,
        related: [current.m, base.m],
      });
    });
  }
}

/** A figure's own sum in brackets right after it: （330.40万元÷5,587人）, (A/B). */
const QUOTIENT_AFTER = /^\s*[（(]\s*[^）)]*?[÷/][^）)]*[）)]/u;

/**
 * "人均补助591.37元（330.40万元÷5,587人）", "执行率98.6%（1,564.52÷1,586.85）": the figure is the quotient
 * of the two figures its brackets divide (a percent, ×100).
 */
function statedQuotients(doc: Doc, hits: RuleHit[]): void {
  const text = doc.ctx.text;
  for (const s of proseSentences(doc)) {
    s.mentions.forEach((m, i) => {
      const q = QUOTIENT_AFTER.exec(text.slice(m.end, m.end + 40));
      if (!q || !isProse(doc, m)) return;
      const end = m.end + q[0].length;
      const inside = s.mentions.slice(i + 1).filter((x) => x.end <= end);
      const [a, b] = inside;
      if (inside.length !== 2 || !a || !b || !/^\s*[÷/]\s*$/u.test(text.slice(a.end, b.start))) return;
      const stated = fig(doc, m);
      const num = fig(doc, a) ?? quantityFig(doc, a);
      const den = fig(doc, b) ?? quantityFig(doc, b);
      if (!stated || !num || !den) return;
      const percent = stated.family === '%';
      if (!percent && (stated.family !== 'money' || num.family !== 'money')) return;
      const r = ratio(num, den, percent ? 100 : 1);
      if (!r || meets(r, stated) || den.value.isZero()) return;
      const value = num.value.div(den.value).times(percent ? 100 : 1);
      const expected = show(value, stated, Math.max(stated.decimals, 2));
      hits.push({
        code: 'JX_CHECK_RATE',
        severity: 'error',
        message: `${squash(m.subject.text) || '所列数字'}按其后所列算式应为 ${expected}（${figText(num)} ÷ ${figText(den)}），所列 ${figText(stated)}`,
        mention: m,
        expected,
        source: `所列算式（${figText(num)} ÷ ${figText(den)}）`,
        related: [a, b],
      });
    });
  }
}

/** A per-head amount: 人均投入, 生均公用经费支出, 户均补助. */
const PER_HEAD = /^(?:人均|户均|生均|每人|每户|每生)(.+)$/u;
/** What a per-head amount is of when it names no item: the spending. */
const GENERIC_STEM = /^(?:投入|投入资金|受益资金|帮扶资金|救助资金|财政投入)$/u;
/** The count a per-head is over: 户均 over households, 人均 and 生均 over people. */
const HEAD_UNIT: Readonly<Record<string, RegExp>> = { 户: /^户$/u, 人: /^(?:人|人次|名)$/u, 生: /^(?:人|名)$/u, 每人: /^(?:人|人次|名)$/u, 每户: /^户$/u, 每生: /^(?:人|名)$/u };

/**
 * An amount over a count stated as a third figure (人均, 户均, 平均每期投入): a hit when no reading of the
 * two can give it. `name` says what the stated figure is, `over` what the two are.
 */
function quotientHit(stated: Fig, amount: Fig, count: Fig, name: string, over: string): RuleHit | undefined {
  const r = ratio(amount, count);
  if (!r || meets(r, stated)) return undefined;
  const expected = show(amount.value.div(count.value), stated, stated.decimals);
  return {
    code: 'JX_CHECK_RATE',
    severity: 'error',
    message: `${name}应为 ${expected}（${figText(amount)} ÷ ${figText(count)}），所列 ${figText(stated)}`,
    mention: stated.m,
    expected,
    source: `${over}（${figText(amount)} ÷ ${figText(count)}）`,
    related: [amount.m, count.m],
  };
}

/** A per-head that names nothing (…，人均4184.08元, 人均每年9,600元): the words before the figure end at 人均. */
const BARE_PER_HEAD = /[，,](人|户|生)均(?:每年|每月|全年)?$/u;

/**
 * "安排补助964.85万元，惠及签约居民2306人，人均4184.08元": a bare per-head is the sentence's one amount
 * over its one count before it (people for 人均 and 生均, households for 户均).
 */
function bareHead(doc: Doc, s: Sentence, m: Mention, head: string, hits: RuleHit[]): void {
  const f = isProse(doc, m) ? fig(doc, m) : undefined;
  if (!f || f.family !== 'money' || m.change !== undefined || m.approx !== 'exact' || bracketed(doc.ctx.text, s.start, m.start)) return;
  const before = proseFigs(doc, s.mentions.slice(0, s.mentions.indexOf(m)));
  const counts = before.filter((x) => x.family.startsWith('count:') && (HEAD_UNIT[head] ?? /^$/u).test(x.unit));
  const count = counts.length === 1 ? counts[0] : undefined;
  if (!count || !count.exact) return;
  const amounts = before.filter((x) => x.family === 'money');
  const amount = amounts.length === 1 ? amounts[0] : undefined;
  if (!amount || !amount.exact || amount.m.change !== undefined) return;
  const hit = quotientHit(f, amount, count, `${head}均`, '金额 ÷ 人数');
  if (hit) hits.push(hit);
}

/** "按年末在职人数计算，人均…": the count a per-head is over, named rather than stated. */
const OVER_NAMED = /按(?:照)?((?:年末|年均|实有)?(?:在职|在编|实有|在校|常住|服务)?(?:人数|人员|学生数?|人口|户数))计算/u;

/**
 * The count a sentence names for its per-head (按年末在职人数计算): the one count stated elsewhere in the
 * report under that name (年末实有在职人员97人), this year's, not last year's.
 */
function countNamed(doc: Doc, s: Sentence, m: Mention, unitOk: RegExp): Fig | undefined {
  const named = OVER_NAMED.exec(doc.ctx.text.slice(s.start, m.start))?.[1];
  if (named === undefined) return undefined;
  const core = named.replace(/^(?:年末|年均|实有)/u, '').replace(/(?:人数|人员|数)$/u, '');
  const found = proseFigs(doc, doc.ctx.mentions).filter((f) => {
    const said = subjectOf(doc, f);
    return f.family.startsWith('count:') && unitOk.test(f.unit) && f.exact && f.m.change === undefined && said.includes(core) && !/上年|去年|同期|编制|离退休|退休/u.test(said) && f.m.frame.period?.value !== 'prior';
  });
  return new Set(found.map((f) => f.value.toString())).size === 1 ? found[0] : undefined;
}

const INPUT_PER_HEAD = /^(?:投入|补助|补贴|资助|支出|成本|费用|资金|投入资金|财政投入)/u;
/** The words that put a per-head over the spending: 按全年支出…计算, 按项目全年实际支出计算. */
const BY_SPENDING = '按[^，,。；;]{0,10}支出(?:总额|数)?';
const BY_SPENDING_BEFORE = new RegExp(`${BY_SPENDING}$`, 'u');
const BY_SPENDING_CLAUSE = new RegExp(`${BY_SPENDING}[^，,。；;]{0,16}计算`, 'u');

/** "受益7,412户。按全年支出X计算，户均投入Y": the one count of that unit in the sentence before, in its paragraph. */
function countBefore(doc: Doc, s: Sentence, unitOk: RegExp): Fig | undefined {
  const list = doc.sentencesIn(s.region);
  const prev = list[list.indexOf(s) - 1];
  const counts = prev ? headCounts(doc, prev, unitOk) : [];
  return counts.length === 1 ? counts[0] : undefined;
}

/** A sentence's counts of people or households (the unit a per-head is over), this year's as stated. */
function headCounts(doc: Doc, s: Sentence, unitOk: RegExp): Fig[] {
  return proseFigs(doc, s.mentions).filter((f) => f.family.startsWith('count:') && unitOk.test(f.unit) && f.exact && f.m.change === undefined && f.m.frame.period?.value !== 'prior');
}

/** Whether the sentence states an amount before a per-head (not another per-head: 亩均X，户均Y). */
function amountBefore(doc: Doc, s: Sentence, m: Mention): boolean {
  return proseFigs(doc, s.mentions.filter((x) => x.end <= m.start)).some((x) => x.family === 'money' && x.exact && x.m.change === undefined && !/均|每/u.test(squash(x.m.subject.text)));
}

/** Whether a count of that unit follows the per-head in its sentence or the next of its paragraph (…，户均X。补贴对象为430户): the count may be that one. */
function countAfter(doc: Doc, s: Sentence, m: Mention, unitOk: RegExp): boolean {
  const list = doc.sentencesIn(s.region);
  const next = list[list.indexOf(s) + 1];
  const after = [...s.mentions.filter((x) => x.start > m.start), ...(next?.mentions ?? [])];
  return proseFigs(doc, after).some((f) => f.family.startsWith('count:') && unitOk.test(f.unit));
}

/** The one count of that unit in the nearest sentence before, in the section, that states any. */
function countInSection(doc: Doc, s: Sentence, unitOk: RegExp): Fig | undefined {
  const earlier = doc.sentences.filter((x) => x.end <= s.start && x.region.section === s.region.section).reverse();
  for (const x of earlier) {
    const counts = headCounts(doc, x, unitOk).filter((f) => !/上年|去年/u.test(subjectOf(doc, f)));
    if (counts.length > 0) return counts.length === 1 ? counts[0] : undefined;
  }
  return undefined;
}

/** The amount inside the 按…计算 clause before a per-head figure (按全年支出1,251.36万元计算). */
function basisAmount(doc: Doc, s: Sentence, m: Mention): Fig | undefined {
  const inside = proseFigs(doc, s.mentions.filter((x) => x.end <= m.start)).filter((x) => x.family === 'money' && x.exact && x.m.change === undefined && BY_SPENDING_BEFORE.test(squash(lastClause(doc.lead(x.m)))) && /^\s*计算/u.test(doc.ctx.text.slice(x.m.end, x.m.end + 4)));
  return inside.length === 1 ? inside[0] : undefined;
}

/**
 * "共惠及常住人口2104330人，人均投入28.83元", "按在校学生1023人计算，生均公用经费支出4015.93元": the
 * amount over the count stated before it in its sentence. The amount is one the report states:
 * of the item the per-head names (公用经费), or, naming none, its spending. Found only when some
 * such amount is stated and none of them gives the per-head.
 */
/** What was paid out of funds: 兑付, 发放, 拨付, 支出. */
const PAID_OUT = /兑付|兑现|发放|拨付|支出|执行/u;

function perHead(doc: Doc, hits: RuleHit[]): void {
  let spending: Fig[] | undefined;
  // The year's spending among them (实际支出, 全年执行), not a kind of it: read once per document too.
  let yearSpending: Fig[] | undefined;
  for (const s of proseSentences(doc)) {
    s.mentions.forEach((m, i) => {
      const text = doc.ctx.text;
      const bare = BARE_PER_HEAD.exec(squash(doc.lead(m)))?.[1];
      if (bare !== undefined) {
        bareHead(doc, s, m, bare, hits);
        return;
      }
      // (2024年全县人均…: the year and the area before it name no item)
      // (全年人均…, 每年人均…: the period names no item either)
      const said = squash(m.subject.text).replace(/^\d{4}年度?/u, '').replace(/^全(?:国|省|市|县|区|镇|乡)/u, '').replace(/^(?:全年|每年)/u, '');
      const per = PER_HEAD.exec(said);
      // A figure in brackets is no per-head, and a per-head followed by its own sum (A÷B) is read by that.
      if (!per || /[（(][^）)]*$/u.test(text.slice(s.start, m.start)) || QUOTIENT_AFTER.test(text.slice(m.end, m.end + 40))) return;
      const f = isProse(doc, m) ? fig(doc, m) : undefined;
      if (!per?.[1] || !f || f.family !== 'money' || m.change !== undefined) return;
      const head = /^(?:每人|每户|每生|人|户|生)/u.exec(said)?.[0] ?? '';
      const unitOk = HEAD_UNIT[head] ?? /^$/u;
      // (thousands separators are no clause breaks: 按全年支出1,251.36万元计算)
      const bySpending = BY_SPENDING_CLAUSE.test(doc.textOf(s).replace(/(\d),(?=\d{3})/gu, '$1'));
      const count =
        s.mentions.slice(0, i).reverse().map((x) => fig(doc, x)).find((x) => x?.family.startsWith('count:') && unitOk.test(x.unit)) ??
        countNamed(doc, s, m, unitOk) ??
        // Only an input per head (投入, 补助…) over the year, not per month nor an outcome (户均增收).
        (bySpending && head !== '' && INPUT_PER_HEAD.test(per[1]) && !/每月|月均|每天|日均|每日/u.test(said) ? countBefore(doc, s, unitOk) : undefined) ??
        // "发放补贴资金A，亩均…，户均补贴C" after "涉及农户N户" in its section: the sentence's amount over that count.
        (head !== '' && INPUT_PER_HEAD.test(per[1]) && amountBefore(doc, s, m) && !countAfter(doc, s, m, unitOk) ? countInSection(doc, s, unitOk) : undefined);
      if (!count) return;
      // (人均发放定期抚恤金: what is handed out is the item, 定期抚恤金)
      const stem = per[1].replace(/^(?:发放|领取|获得|享受)(?=[\u4e00-\u9fff]{2})/u, '').replace(/(?:支出|金额|费用)$/u, '');
      // An amount named by no item: only one the sentence calls an input (投入, 帮扶资金), over the year's spending.
      if ((GENERIC_STEM.test(per[1]) || stem === '') && !bySpending && !/惠及|受益|覆盖|服务/u.test(doc.textOf(s))) return;
      // (an amount per anything, 台均补贴 or 平均每户, is no amount shared out)
      spending ??= proseFigs(doc, doc.ctx.mentions).filter((x) => x.family === 'money' && x.m.change === undefined && x.exact && !/均|每/u.test(squash(x.m.subject.text)));
      // "农村低保金5,935.46万元，按6,942户计算，户均补助…": the one amount of the count's own clause chain is the one.
      const clauseStart = Math.max(s.start, text.lastIndexOf('；', count.m.start) + 1, text.lastIndexOf(';', count.m.start) + 1);
      const local = proseFigs(doc, s.mentions.filter((x) => x.start >= clauseStart && x.end <= count.m.start)).filter((x) => x.family === 'money' && x.exact && x.m.change === undefined);
      // "按项目全年实际支出计算，人均补助X": the year's spending, whatever the per-head is called; stated in
      // that clause (按全年支出1,251.36万元计算), the amount there.
      const spent = bySpending ? (basisAmount(doc, s, m) ?? earlierSpending(doc, s)) : undefined;
      yearSpending ??= spending.filter((x) => x.m.frame.role?.value === 'actual' && /支出|执行/u.test(x.m.subject.text) && !/项目支出|基本支出|人员经费|公用经费/u.test(x.m.subject.text));
      const named = bySpending ? (spent ? [spent] : []) : local.length === 1 ? local : GENERIC_STEM.test(per[1]) || stem === ''
        ? yearSpending
        : spending.filter((x) => squash(x.m.subject.text).replace(/(?:支出|金额|费用|资金)$/u, '').endsWith(stem) && x.m.frame.role?.value !== 'prior-year');
      if (named.length === 0) return;
      const over = (x: Fig) => {
        const r = ratio(x, count);
        return r !== undefined && meets(r, f);
      };
      // A per-head named for funds received (中央…补贴资金A) may be over what was spent of them (实际支出B):
      // the year's spending giving it is a reading too.
      // So may what its paragraph says was paid out of them (下达补贴资金A，全年兑付B。…户均补贴C).
      const paid = () => proseFigs(doc, doc.mentionsIn(s.region).filter((x) => x.end <= m.start)).some((x) => x.family === 'money' && x.exact && x.m.change === undefined && PAID_OUT.test(squash(x.m.subject.text)) && over(x));
      const fits = named.some(over) || (!bySpending && local.length !== 1 && (yearSpending.some(over) || paid()));
      // (the amount of its own sentence, when it states one, is the one it is worked out from)
      const first = named.find((x) => inSentenceOf(s, x)) ?? named[0];
      if (fits || !first) return;
      const hit = quotientHit(f, first, count, squash(m.subject.text), '金额 ÷ 人数');
      if (hit) hits.push(hit);
    });
  }
}

/** "平均每期投入2.92万元", "平均每人次投入…": the unit the cost is per, and no more than a verb after it. */
const UNIT_COST = /平均每([\u4e00-\u9fff（）()]{1,4}?)(?:投入|支出|成本|花费|费用|补助)(?:资金)?(?:为|约)?$/u;

/**
 * "开展文艺培训31期，…。对应子项实际支出90.52万元，平均每期投入2.9200万元": a unit cost is the last spending
 * before it in its sentence over the last count of that unit stated before it in its paragraph.
 */
function unitCosts(doc: Doc, hits: RuleHit[]): void {
  for (const s of proseSentences(doc)) {
    s.mentions.forEach((m, i) => {
      const lead = squash(doc.lead(m));
      const unit = UNIT_COST.exec(lead)?.[1];
      if (unit === undefined) {
        bareUnitCost(doc, s, m, lead, hits);
        return;
      }
      const cost = isProse(doc, m) ? fig(doc, m) : undefined;
      if (!cost || cost.family !== 'money' || m.change !== undefined || m.approx !== 'exact') return;
      // The spending before it in the sentence (…实际支出A分摊到N场，平均每场投入C: the count may stand between).
      const amount = proseFigs(doc, s.mentions.slice(0, i)).filter((x) => x.family === 'money').at(-1);
      if (!amount || !amount.exact || amount.m.change !== undefined) return;
      const before = doc.mentionsIn(s.region).filter((x) => x.end <= m.start && x !== amount.m);
      const count = proseFigs(doc, before).reverse().find((x) => (x.family.startsWith('count:') || x.family.startsWith('qty:')) && x.unit === unit && x.exact && x.value.gt(0));
      if (!count) return;
      const hit = quotientHit(cost, amount, count, `平均每${unit}`, '支出 ÷ 数量');
      if (hit) hits.push(hit);
    });
  }
}

/** A cost per unit that names no item (完成24处，每处平均7.9万元; 5,848例，例均675元; 414张，每张床位补贴3,000元): the unit it is per. */
const BARE_UNIT_COST = /[，,](?:每([\u4e00-\u9fff])平均|平均每([\u4e00-\u9fff])|([例处个件次场台套所座项期])均|每(人次|[^\P{Script=Han}年月日天周季人户生])[\u4e00-\u9fff]{0,3}?|([船车床校])均)(?:补助|补贴|投入|支出|成本|费用|花费)?(?:为|约)?$/u;
/**
 * A cost per item that is the project's whole cost: in a project's report (a department's spending is
 * many things), named 成本 with nothing between the item and it or only the work the title names
 * (两癌筛查项目: 每人次筛查成本), not a part of it (每人次检测成本, 试剂成本).
 */
function ownCost(doc: Doc, said: string): boolean {
  const middle = /(?:人次|[\u4e00-\u9fff])([\u4e00-\u9fff]{0,3}?)成本$/u.exec(said)?.[1];
  if (middle === undefined || departmentReport(doc)) return false;
  return middle === '' || (doc.ctx.tree.title ?? '').includes(middle);
}
/** A per-item cost named by the thing (船均, 车均) is per the unit it is counted in (艘, 辆). */
const COUNTED_IN: Readonly<Record<string, string>> = { 船: '艘', 车: '辆', 床: '张', 校: '所' };

/**
 * "…改造支出189.60万元，完成24处，每处平均7.90万元；…": a bare unit cost is the one amount over the
 * one count of its unit before it in its semicolon part of the sentence.
 */
function bareUnitCost(doc: Doc, s: Sentence, m: Mention, lead: string, hits: RuleHit[]): void {
  const said = BARE_UNIT_COST.exec(lead);
  const unit = said?.[1] ?? said?.[2] ?? said?.[3] ?? said?.[4] ?? COUNTED_IN[said?.[5] ?? ''];
  // (每吨 and 每张床位 say a cost only with its verb: 每吨补贴, 每张床位补贴)
  if (unit === undefined || (said?.[4] !== undefined && !/(?:补助|补贴|投入|支出|成本|费用|花费)(?:为|约)?$/u.test(said[0]))) return;
  const cost = isProse(doc, m) ? fig(doc, m) : undefined;
  if (!cost || cost.family !== 'money' || m.change !== undefined || m.approx !== 'exact') return;
  const part = partStart(doc, s, m.start);
  const before = proseFigs(doc, s.mentions.filter((x) => x.start >= part && x.end <= m.start));
  // (an amount per head or per unit, 户均获得补贴X, is not what is shared out)
  const amounts = before.filter((x) => x.family === 'money' && !/均|每/u.test(lastClause(doc.lead(x.m))));
  const counts = before.filter((x) => (x.family.startsWith('count:') || x.family.startsWith('qty:')) && x.unit === unit);
  // "合计36,840人次，每人次筛查成本50.20元": a cost with no amount beside it is the year's spending over
  // the count (not a part of the cost: 每人次试剂成本).
  const whole = amounts.length === 0 && ownCost(doc, said?.[0] ?? '') ? earlierSpending(doc, s) : undefined;
  const amount = amounts.length === 1 ? amounts[0] : whole;
  const count = counts.length === 1 ? counts[0] : undefined;
  if (!amount || !count || !amount.exact || !count.exact || amount.m.change !== undefined || count.m.change !== undefined || !count.value.gt(0)) return;
  const hit = quotientHit(cost, amount, count, `每${unit}平均`, '支出 ÷ 数量');
  if (hit) hits.push(hit);
}

/** The words between a base and the gap: 比预算数28.02万元「少支出」4.78万元, 较计划「节约」X. */
const GAP_AFTER_BASE = /^\s*(?:少|多|节约|节省|超支|减少|增加)(?:支出|使用|花费|用|了)?\s*$/u;

/**
 * The gap between two figures stated as a third (比预算数B少支出G, 节约资金G, 较上年减少G): a hit when
 * the difference, either way round, cannot be the gap; none when it could be either sign.
 */
function gapHit(a: Fig, b: Fig, gap: Fig): RuleHit | undefined {
  const diff = sub(a, b);
  const abs: Interval = diff.hi.lt(0) ? { lo: diff.hi.neg(), hi: diff.lo.neg() } : diff;
  if ((diff.lo.lt(0) && diff.hi.gte(0)) || meets(abs, gap)) return undefined;
  const value = a.value.minus(b.value).abs();
  const d = Math.max(gap.decimals, a.decimals, b.decimals);
  const expected = show(value, gap, d);
  return {
    code: 'JX_CHECK_SUM',
    severity: 'error',
    message: `${figText(a)} 与 ${figText(b)} 相差 ${expected}，所列 ${figText(gap)}`,
    mention: gap.m,
    expected,
    source: `两数之差（${figText(a)} − ${figText(b)}）`,
    related: [a.m, b.m],
  };
}

/** What was saved against a budget stated two figures before (预算A，签订合同B，节约资金C). */
const SAVED = /^[，,](?:共|累计)?(?:节约|节省)(?:资金|金额)?(?:为|了)?$/u;
/** A change against last year's figure stated right before it (决算A，上年决算B，较上年减少C). */
const PRIOR_GAP = /^[，,](?:较|比)(?:上年|去年|上年度)(?:同期)?(?:减少|增加|下降|增长|节约)了?$/u;

/**
 * "采购预算A，签订合同B，节约资金C" and "决算A，上年决算B，较上年减少C": the gap between the two figures
 * before it in its sentence, named by its words rather than by restating a base.
 */
function namedGaps(doc: Doc, hits: RuleHit[]): void {
  const text = doc.ctx.text;
  for (const s of proseSentences(doc)) {
    const figs = sentenceFigs(doc, s).filter((f) => f.family !== '%' && f.family !== 'points');
    figs.forEach((gap, k) => {
      const [a, b] = [figs[k - 2], figs[k - 1]];
      if (!a || !b || a.family !== gap.family || b.family !== gap.family || !a.exact || !b.exact) return;
      const words = text.slice(b.m.end, gap.m.start).replace(/\s+/gu, '');
      const saved = SAVED.test(words) && a.m.frame.role?.value === 'budget' && b.m.frame.role?.value !== 'budget' && a.m.change === undefined && gap.m.change === undefined;
      const prior = PRIOR_GAP.test(words) && (b.m.frame.period?.value === 'prior' || b.m.frame.role?.value === 'prior-year') && a.m.frame.period?.value !== 'prior' && a.m.frame.role?.value !== 'prior-year';
      if ((!saved && !prior) || b.m.change !== undefined || a.m.change !== undefined) return;
      if (bracketed(text, s.start, a.m.start) || /[；;]/u.test(text.slice(a.m.end, gap.m.start))) return;
      const hit = gapHit(a, b, gap);
      if (hit) hits.push(hit);
    });
  }
}

/** A gap whose base is named by its word, not restated: ，较预算节约 G, 比预算少支出 G. */
const NAMED_BASE_GAP = /^[，,](?:较|比)(?:年初|全年|调整后)?预算(?:数)?(?:节约|节省|少支出|少用|结余)(?:资金|了)?$/u;

/**
 * "全年支出23.24万元，比预算数28.02万元少支出4.78万元": a figure, a base it is compared with (比/较 …),
 * and the gap between them right after the base, all in one sentence.
 */
function inlineGaps(doc: Doc, hits: RuleHit[]): void {
  const text = doc.ctx.text;
  for (const s of proseSentences(doc)) {
    const figs = sentenceFigs(doc, s).filter((f) => f.family !== '%' && f.family !== 'points');
    figs.forEach((gap, k) => {
      // "预算11.10万元，决算8.95万元，较预算节约2.15万元": the base named by a word, stated earlier in the sentence.
      const named = NAMED_BASE_GAP.test(text.slice(figs[k - 1]?.m.end ?? s.start, gap.m.start).replace(/\s+/gu, ''))
        ? figs.slice(0, k - 1).filter((f) => f.m.frame.role?.value === 'budget' && f.family === gap.family)
        : [];
      const base = named.length === 1 ? named[0] : figs[k - 1];
      const figure = named.length === 1 ? figs[k - 1] : figs[k - 2];
      // (a change compared with a budget is no level: 比上年减少0.72万元，比预算7.30万元节约1.22万元 compares the level before it)
      if (!base || !figure || base === figure || gap.m.change !== undefined || figure.m.change !== undefined || base.family !== gap.family || figure.family !== gap.family) return;
      if (named.length === 1 && figure.m.frame.role?.value === 'budget') return;
      if (named.length !== 1 && !GAP_AFTER_BASE.test(text.slice(base.m.end, gap.m.start))) return;
      if (named.length !== 1 && !/(?:比|较)[^，,。；;、0-9]{0,10}$/u.test(text.slice(figure.m.end, base.m.start))) return;
      // The figure compared: not one in brackets, nor a part after 其中 (…其中人员经费300万元，比年初预算…).
      if (bracketed(text, s.start, figure.m.start) || /其中/u.test(text.slice(s.start, figure.m.start).split(/[；;]/u).pop() ?? '')) return;
      const hit = gapHit(figure, base, gap);
      if (hit) hits.push(hit);
    });
  }
}

/** The rate of this year's figure over last year's. */
function growth(rate: Fig, current: Fig, prior: Fig): Check {
  const grown = rate.m.change === 'increase' ? sub(current, prior) : sub(prior, current);
  const value = rate.m.change === 'increase' ? current.value.minus(prior.value) : prior.value.minus(current.value);
  return { rate, num: { ...current, ...grown, value }, den: prior, name: '变动率', source: `(本年 − 上年) ÷ 上年（(${figText(current)} − ${figText(prior)}) ÷ ${figText(prior)}）`, related: [current.m, prior.m] };
}

/** What a last-year figure measures, without its period: 上年支出 → 支出. */
const priorKey = (m: Mention): string => squash(m.subject.text).replace(/^(?:上年度?|去年|上一年度?)/u, '').replace(/[数额]$/u, '');

/**
 * "…实际支出A，…。上年支出为B，本年比上年增长X%": a sentence opening with last year's figure (上年…为) and
 * comparing this year with it, this year's figure being the one of the previous sentence of the paragraph
 * whose name ends in the same metric, of the same scope; none when that sentence has several.
 */
function thisYearBefore(doc: Doc, s: Sentence, prior: Fig, rate: Fig): Fig | undefined {
  const key = priorKey(prior.m);
  if (prior.m.frame.period?.value !== 'prior' || charLength(key) < 2 || !/^[上去]/u.test(squash(prior.m.subject.text))) return undefined;
  if (!/(?:本年|今年|当年)?(?:比|较)(?:上年|去年)|同比/u.test(lastClause(doc.lead(rate.m)))) return undefined;
  const list = doc.sentencesIn(s.region);
  const before = list[list.indexOf(s) - 1];
  if (!before) return undefined;
  const same = proseFigs(doc, before.mentions).filter(
    (x) => x.family === prior.family && x.m.change === undefined && x.m.frame.period?.value !== 'prior' && (x.m.frame.scope?.value ?? '') === (prior.m.frame.scope?.value ?? '') && squash(x.m.subject.text).endsWith(key),
  );
  return same.length === 1 && prior.value.gt(0) ? same[0] : undefined;
}

/** "年末实有人数14人，比上年增加4人，增加40%": the change over the base it grew from. */
/** Last year's figure said as such right after this year's: ，上年为 / ，去年同期为 / ，2023年为 / ，上年. */
const STATED_PRIOR = /^[，,](?:上年|去年|上一年|(?:19|20)\d\d年)(?:同期|末|底)?(?:为|是)?$/u;

function changeRate(doc: Doc, s: Sentence, rate: Fig): Check | undefined {
  // A figure in brackets (…共支出21.31万元（公务接待7.15万元、…0.00万元），同比减少3.58万元) breaks the one before down.
  const figs = sentenceFigs(doc, s).filter((f) => !bracketed(doc.ctx.text, s.start, f.m.start));
  const at = figs.findIndex((f) => f.m === rate.m);
  let change: Fig | undefined;
  let k = at - 1;
  for (; k >= 0; k--) {
    const f = figs[k];
    if (!f) continue;
    if (f.family === '%' || f.family === 'points') return undefined;
    if (f.m.change !== undefined) {
      change = f;
      break;
    }
    // "实际支出4,798.51万元。上年支出为4,512.36万元，本年比上年增长6.34%": last year's opens the
    // sentence, this year's is the previous sentence's figure of the same metric.
    if (k === 0 && rate.m.change !== undefined) {
      const current = thisYearBefore(doc, s, f, rate);
      if (current) return growth(rate, current, f);
    }
    // "门诊量468017人次，较上年的449329人次增长4.16%": last year's figure right before the rate, this
    // year's before it: the rate is their change over last year's.
    if (isPriorBase(doc, f) && f.m.change === undefined && rate.m.change !== undefined) {
      // This year's: the nearest figure before that is neither a base (比预算数 X) nor a gap (少支出 X).
      // Nor the base of a share (支出7.32万元，为预算8.30万元的88.19%，比上年8.02万元下降8.73%).
      const current = figs
        .slice(0, k)
        .reverse()
        .find((x) => x.family === f.family && !baseOrGap(doc, x) && !shareBase(doc, x));
      if (!current || current.m.change !== undefined || !f.value.gt(0)) return undefined;
      // This year's and last year's of one metric: nothing names another between them (全年住院5000人次，门诊量较上年的…).
      if (!/^\s*(?:较|比|与|同)/u.test(lastClause(doc.ctx.text.slice(current.m.end, f.m.start)))) return undefined;
      if (/[；;。]/u.test(doc.ctx.text.slice(current.m.end, rate.m.start)) || /可比价|可比口径/u.test(doc.textOf(s))) return undefined;
      // "三公经费支出3.38万元，其中…公务接待费0.62万元，比上年的4.06万元下降16.75%": after a 其中 list the
      // comparison may be the whole's: the figure before 其中, when it gives the rate, else the last part.
      // The list may open with 含 or 包括 as well (基本支出A，含人员经费b、公用经费c，比上年的P增长X%).
      const q = Math.max(...PARTS_OPEN.map((w) => doc.ctx.text.lastIndexOf(w, current.m.start)));
      const head = q >= s.start ? figs.slice(0, k).filter((x) => x.m.end <= q && x.family === f.family && x.m.change === undefined && !baseOrGap(doc, x) && !shareBase(doc, x)).at(-1) : undefined;
      const whole = head ? growth(rate, head, f) : undefined;
      if (whole === undefined || head === undefined) return growth(rate, current, f);
      if (judge(whole) === undefined) return whole;
      const part = growth(rate, current, f);
      if (judge(part) === undefined) return part;
      // Neither gives it: last year's figure is compared with the one of its own size.
      const far = (x: Fig) => (x.value.gt(0) ? x.value.div(f.value).ln().abs() : undefined);
      const [h, c] = [far(head), far(current)];
      return h !== undefined && (c === undefined || h.lt(c)) ? whole : part;
    }
    // "高新技术企业38家，上年为32家，同比增长18.75%": this year's, then last year's said so, then the rate.
    const current = figs[k - 1];
    if (current && rate.m.change !== undefined && current.family === f.family && current.m.change === undefined && f.value.gt(0) && STATED_PRIOR.test(squash(doc.ctx.text.slice(current.m.end, f.m.start))) && RATE_VERB_ONLY.test(doc.ctx.text.slice(f.m.end, rate.m.start))) {
      // After a list of parts (三公经费T，为a和b，上年为P) the total before them may be this year's: any that gives the rate is.
      const fitting = figs.slice(0, k - 1).filter((x) => x.family === f.family && x.m.change === undefined && !baseOrGap(doc, x)).map((x) => growth(rate, x, f)).find((c) => judge(c) === undefined);
      return fitting ?? growth(rate, current, f);
    }
    // "项目支出31,206,455.72元，增长18.43%": the rate is this figure's growth; a change before it is another's.
    return undefined;
  }
  if (!change || change.m.change !== rate.m.change) return undefined;
  // "比2023年（128场次）增加18场次，增长14.06%": last year's figure in brackets right after the year is the base.
  const yearBase = sentenceFigs(doc, s).find(
    (f) => f.family === change.family && f.m.end <= change.m.start && f.m.change === undefined && /(?:比|较|与)(?:上年|去年|(?:19|20)\d\d年)[（(]\s*$/u.test(doc.ctx.text.slice(Math.max(s.start, f.m.start - 12), f.m.start)) && /^\s*[）)]\s*(?:相比)?\s*[，,]?\s*(?:增加|减少|增长|下降|多|少)?\s*$/u.test(doc.ctx.text.slice(f.m.end, change.m.start)),
  );
  if (yearBase && yearBase.value.gt(0)) return { rate, num: change, den: yearBase, name: '变动率', source: `变动额 ÷ 上年数（${figText(change)} ÷ ${figText(yearBase)}）`, related: [change.m, yearBase.m] };
  // The change and its rate in one clause: "基本支出…增加165,600.89元；项目支出…增长18.43%" are two.
  if (/[；;]/u.test(doc.ctx.text.slice(change.m.end, rate.m.start))) return undefined;
  // This year's: not a gap beside it (比预算节约4.02万元，较上年减少2.88万元), nor the base of a share
  // of it (支出4.48万元，为预算5.50万元的81.45%，比上年减少0.62万元: 4.48 changed, not 5.50).
  const current = figs
    .slice(0, k)
    .reverse()
    .find((f) => f.family === change.family && f.m.change === undefined && !GAP_LEAD.test(clauseLead(doc, f)) && !shareBase(doc, f));
  // "…年度目标120场次，完成率121.67%；比2023年（128场次）增加18场次": a figure across a semicolon, or a target, is not this year's.
  if (!current || current.m.frame.role?.value === 'target' || /[；;]/u.test(doc.ctx.text.slice(current.m.end, change.m.start))) return undefined;
  // "与上年决算41.43万元相比，减少18.59万元，下降44.07%": the figure before the change is the base itself.
  // "上年该项资金为498.30万元，本年较上年增加58.50万元，增幅11.74%": last year's stated as such is the base too.
  // "2023年财政资金支出78.40万元，2024年增加6.22万元": an earlier year's figure, the change said of this year.
  const lastYears =
    (current.m.frame.period?.value === 'prior' && (current.m.frame.role?.value === 'prior-year' || change.m.frame.period?.value === 'current')) ||
    laterYear(clauseLead(doc, change), clauseLead(doc, current));
  if ((isPriorBase(doc, current) || lastYears) && !/可比价|可比口径/u.test(doc.textOf(s))) {
    if (!current.value.gt(0)) return undefined;
    return { rate, num: change, den: current, name: '变动率', source: `变动额 ÷ 上年数（${figText(change)} ÷ ${figText(current)}）`, related: [change.m, current.m] };
  }
  const between = doc.ctx.text.slice(current.m.end, change.m.start);
  // Growth "按可比价" is not the plain ratio of the stated values.
  if (!COMPARED.test(between) || /可比价|可比口径/u.test(doc.textOf(s))) return undefined;
  const overBase = (level: Fig): Check | undefined => {
    const base = change.m.change === 'increase' ? sub(level, change) : { lo: level.lo.plus(change.lo), hi: level.hi.plus(change.hi) };
    const baseValue = change.m.change === 'increase' ? level.value.minus(change.value) : level.value.plus(change.value);
    if (baseValue.lte(0)) return undefined;
    const op = change.m.change === 'increase' ? '−' : '+';
    return {
      rate,
      num: change,
      den: { ...base, value: baseValue },
      name: '变动率',
      source: `变动额 ÷ 上年数（${figText(change)} ÷ (${figText(level)} ${op} ${figText(change)})）`,
      related: [change.m, level.m],
    };
  };
  // After a 其中 list (基本支出A，其中人员经费b、公用经费c，比上年减少X，下降Y%) the change may be the whole's:
  // the figure before 其中, when it gives the rate.
  const q = Math.max(...PARTS_OPEN.map((w) => doc.ctx.text.lastIndexOf(w, current.m.start)));
  const head = q >= s.start ? figs.slice(0, k).filter((f) => f.m.end <= q && f.family === change.family && f.m.change === undefined && !GAP_LEAD.test(clauseLead(doc, f)) && !shareBase(doc, f)).at(-1) : undefined;
  const whole = head !== undefined ? overBase(head) : undefined;
  return whole !== undefined && judge(whole) === undefined ? whole : overBase(current);
}

/** Rates of two counts a survey or an inspection states: 回收率, 满意度, 合格率 (what, over what). */
const COUNT_RATES: readonly { rate: RegExp; num: RegExp; den: RegExp; avoid?: RegExp }[] = [
  { rate: /回收率$/u, num: /有效|回收/u, den: /发放/u },
  { rate: /满意(?:度|率)$/u, num: /满意/u, den: /有效(?:问卷)?|回收|调查|回访|走访|访问|抽样/u, avoid: /不满意/u },
  { rate: /(?:合格|通过|达标)率$/u, num: /合格|通过|达标/u, den: /验收|抽检|检测|送检|检查|抽查|评审/u, avoid: /不合格|未通过/u },
];

/**
 * "发放问卷1,145份，回收有效问卷1,021份，回收率89.2%；其中满意的1,001份，满意度98.0%": a rate of two
 * counts stated before it in its paragraph, each the last of its kind; a count whose name is both is neither.
 */
function countRate(doc: Doc, s: Sentence, rate: Fig): Check | undefined {
  const name = squash(rate.m.subject.text);
  const def = COUNT_RATES.find((d) => d.rate.test(name));
  // Last year's rate (较上年的94.7%) or a target (不低于85%) is not this year's ratio.
  const role = rate.m.frame.role?.value;
  if (!def || role === 'prior-year' || role === 'target' || rate.m.frame.period?.value === 'prior' || rate.m.approx !== 'exact') return undefined;
  // A rate of the same kind stated before it in the paragraph took the counts before it (满意度95.10%
  // of the survey; 平台显示门诊患者满意度92.6% after it is another measure).
  const inParagraph = doc.mentionsIn(s.region);
  const from = inParagraph.filter((x) => x.end <= rate.m.start && x.unit === '%' && def.rate.test(squash(x.subject.text))).at(-1)?.end ?? 0;
  const pool = proseFigs(doc, inParagraph).filter((f) => f.family.startsWith('count:') && f.m.start < rate.m.start && f.m.start >= from && f.m.change === undefined);
  const named = (f: Fig) => subjectOf(doc, f);
  const last = (want: RegExp, other: RegExp) => [...pool].reverse().find((f) => want.test(named(f)) && !other.test(named(f)) && !(def.avoid?.test(named(f)) ?? false));
  // 回收率 is over what came back (回收问卷 98份), before what of it was valid.
  const den = last(def.den, def.num);
  // A part of the count before it (验收项目40个，其中一次性验收合格38个) is the numerator even when its name says both.
  const part = [...pool].reverse().find((f) => den !== undefined && f.m.start > den.m.start && /^其中/u.test(named(f)) && def.num.test(named(f)) && !(def.avoid?.test(named(f)) ?? false));
  const num = (def.rate.source.startsWith('回收') ? [...pool].reverse().find((f) => /回收/u.test(named(f))) : undefined) ?? last(def.num, def.den) ?? part;
  if (!num || !den || num === den || num.family !== den.family) return undefined;
  // Levels of satisfaction listed one by one (非常满意150份、比较满意45份): not one count to divide.
  if (pool.filter((f) => f.m.start > den.m.start && def.num.test(named(f)) && !(def.avoid?.test(named(f)) ?? false)).length > 1) return undefined;
  return { rate, num, den, name, source: `${num.m.subject.text.trim() || '分子'} ÷ ${den.m.subject.text.trim() || '分母'}（${figText(num)} ÷ ${figText(den)}）`, related: [num.m, den.m] };
}

/** "完成 X，为全年任务（目标）的 Y%" / "完成率 Y%" with the task stated in the sentence. */
function completionRate(doc: Doc, s: Sentence, rate: Fig): Check | undefined {
  const figs = sentenceFigs(doc, s).filter((f) => f.family !== '%' && f.family !== 'points' && f.m.change === undefined);
  // A sentence listing several indicators (…完成目标的99.01%；…为年度目标255份的101.6%): each rate's
  // own target is the one after the rate before it.
  const from = s.mentions.filter((x) => x.unit === '%' && x.end <= rate.m.start).at(-1)?.end ?? s.start;
  const TASK = /任务|目标|计划/u;
  // (比目标少两座 is the gap, not the target)
  const AHEAD = /^超|超任务|超目标|超计划|^比[^，,]{0,6}(?:多|少|超出?|超过|高出?|低于)$/u;
  const target = only(doc, figs.filter((f) => f.m.start >= from), TASK, AHEAD) ?? only(doc, figs, TASK, AHEAD);
  if (!target) return taskStatedBefore(doc, s, rate, figs.filter((f) => f.m.start >= from && f.m.start < rate.m.start));
  // "131.4公里，比计划126公里多5.4公里": the figure after the target is the gap, not the actual.
  const before = figs.filter((f) => f !== target && f.family === target.family && f.m.start < rate.m.start && !/^(?:多|少|超出?|超过|高出|低于|减少|增加)/u.test(lastClause(doc.lead(f.m)).trim()));
  const actual = before[before.length - 1];
  if (!actual) return undefined;
  return { rate, num: actual, den: target, either: true, name: '完成率', source: `实际 ÷ 目标（${figText(actual)} ÷ ${figText(target)}）`, related: [actual.m, target.m] };
}

/** Length of the longest run of characters two names share (高标准农田 of 建设任务 and 实际建成). */
function sharedRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > best) best = k;
    }
  }
  return best;
}

/**
 * The tasks a report states in prose, read once per document: exact, this year's (no earlier year, no
 * plan of several years such as 十四五规划), named as a target or listed under a head on targets.
 */
const statedTasks = perDoc((doc: Doc): { f: Fig; name: string }[] =>
  proseFigs(doc, proseSentences(doc).flatMap((x) => x.mentions))
    .filter((f) => {
      const said = subjectOf(doc, f);
      const sentence = doc.sentenceOf(f.m);
      const before = sentence ? doc.ctx.text.slice(sentence.start, f.m.start) : '';
      const year = /((?:19|20)\d\d)\s*年/u.exec(before)?.[1];
      const otherYear = year !== undefined && doc.year !== undefined && Number(year) !== doc.year;
      return f.m.change === undefined && f.exact && f.m.frame.period?.value !== 'prior' && !otherYear && !/十[一二三四五六]五|规划|中长期|三年|五年/u.test(before) &&
        (f.m.frame.role?.value === 'target' || /任务|目标|计划/u.test(said) || listedAsTarget(doc, f)) && !/完成|实际/u.test(said);
    })
    .map((f) => ({ f, name: taskName(doc, f) })),
);

/** What a task or an actual measures, without role words (全年完成中修 → 中修; 实施中修工程 keeps 中修). */
function taskName(doc: Doc, f: Fig): string {
  return metricResidue(squash(f.m.subject.text || subjectOf(doc, f)));
}

/** A figure listed after a sentence's head on targets: "绩效目标主要包括：…；实施中修工程42公里；…". */
function listedAsTarget(doc: Doc, f: Fig): boolean {
  const s = doc.sentenceOf(f.m);
  return s !== undefined && /(?:目标|任务|计划)[^。；;：:]{0,8}[：:]/u.test(doc.ctx.text.slice(s.start, f.m.start));
}

/**
 * "实际建成高标准农田3.26万亩，任务完成率101.88%" with the task stated before, in another paragraph
 * ("下达我县高标准农田建设任务3.2万亩"): the actual is the figure right before the rate; the task, among
 * the targets stated before it in the same unit, the one whose name shares the most with the actual's
 * (three characters at least, and more than any other).
 */
function taskStatedBefore(doc: Doc, s: Sentence, rate: Fig, own: readonly Fig[]): Check | undefined {
  const actual = own.at(-1);
  if (!actual || own.length !== 1 || actual.m.frame.role?.value === 'target' || !/完成率/u.test(squash(rate.m.subject.text))) return undefined;
  const name = taskName(doc, actual);
  const earlier = statedTasks(doc).filter((t) => t.f.family === actual.family && t.f.m.end <= s.start);
  const ranked = earlier.map((t) => ({ f: t.f, run: sharedRun(t.name, name) })).sort((a, b) => b.run - a.run);
  const [best, next] = ranked;
  // Three characters shared, or the whole of a two-character name (中修).
  if (!best || best.run < Math.min(3, charLength(name)) || best.run < 2 || (next && next.run === best.run) || !best.f.value.gt(0)) return undefined;
  return { rate, num: actual, den: best.f, either: true, name: '完成率', source: `实际 ÷ 任务（${figText(actual)} ÷ ${figText(best.f)}）`, related: [actual.m, best.f.m] };
}

/**
 * "部门项目预算 B，实际支出 A，使用率 X%": a spending rate over the budget and the actual stated
 * before it in its sentence for the same scope, read from their frames.
 */
function useRate(doc: Doc, s: Sentence, rate: Fig): Check | undefined {
  const scope = rate.m.frame.scope?.value;
  const figs = sentenceFigs(doc, s).filter(
    (f) => f.family === 'money' && f.m.start < rate.m.start && f.m.change === undefined && f.m.frame.scope?.value === scope,
  );
  const last = (role: 'budget' | 'actual'): Fig | undefined => [...figs].reverse().find((f) => f.m.frame.role?.value === role);
  const budget = last('budget');
  const exec = last('actual');
  if (!budget || !exec || exec.m.start < budget.m.start) return undefined;
  // 年初预算 after an adjustment is not the base of the rate: the adjusted budget is, and it is not stated.
  if (s.mentions.some((m) => m.frame.role?.value === 'adjustment' || (m.change !== undefined && m.start < rate.m.start))) return undefined;
  const name = /([\u4e00-\u9fff]{0,2}率)$/u.exec(rate.m.subject.text.replace(/\s+/gu, ''))?.[1] ?? '使用率';
  return { rate, num: exec, den: budget, name, source: `实际支出 ÷ 预算（${figText(exec)} ÷ ${figText(budget)}）`, related: [exec.m, budget.m] };
}

/** Between a fund and its spending, and between that and its rate: the words of one line (，已支出 / ，执行率为). */
const SPENT_LEAD = /^[，,]\s*(?:已|实际|累计)?(?:支出|使用|拨付|执行)(?:了|资金)?$/u;
const RATE_LEAD = /^[，,]\s*(?:预算)?(?:执行|使用|支出)率(?:为|达)?$/u;

/**
 * "市级奖补资金80.00万元，已支出68.40万元，执行率85.50%": a fund named by no budget word, then what was
 * spent of it, then the rate, one right after another: the rate is the spending over the fund.
 */
function fundThenSpent(doc: Doc, s: Sentence, rate: Fig): Check | undefined {
  const i = s.mentions.indexOf(rate.m);
  const [am, bm] = [s.mentions[i - 2], s.mentions[i - 1]];
  if (!am || !bm || !SPENT_LEAD.test(squash(doc.ctx.text.slice(am.end, bm.start))) || !RATE_LEAD.test(squash(doc.ctx.text.slice(bm.end, rate.m.start)))) return undefined;
  const [fund, spent] = [amountFig(doc, am), amountFig(doc, bm)];
  if (!fund || !spent || fund.family !== 'money' || spent.family !== 'money' || !fund.value.gt(0) || fund.m.frame.role !== undefined) return undefined;
  if (!/(?:资金|经费|补助|补贴|奖补|专款)$/u.test(squash(lastClause(doc.lead(am))))) return undefined;
  return { rate, num: spent, den: fund, name: '执行率', source: `支出 ÷ 资金（${figText(spent)} ÷ ${figText(fund)}）`, related: [spent.m, fund.m] };
}

/**
 * "计划投入1,900.00万元，实际到位1,786.00万元，资金到位率94.00%": what arrived over what was to arrive,
 * the last of each before the rate in its sentence.
 */
function arrivalRate(doc: Doc, s: Sentence, rate: Fig): Check | undefined {
  const figs = sentenceFigs(doc, s).filter((f) => f.family === 'money' && f.m.change === undefined && f.m.start < rate.m.start);
  const named = (f: Fig) => subjectOf(doc, f);
  const num = [...figs].reverse().find((f) => /到位/u.test(named(f)) && !/应到位|未到位|计划|下达|安排/u.test(named(f)));
  const den = num && [...figs].reverse().find((f) => f.m.start < num.m.start && /计划|应到位|下达|安排|预算|应拨/u.test(named(f)) && !/未到位/u.test(named(f)));
  // Nothing between them (计划总投资A，其中财政资金B，实际到位财政资金C: C is over B, not A).
  if (!num || !den || !den.value.gt(0) || figs.some((f) => f.m.start > den.m.start && f.m.start < num.m.start)) return undefined;
  return { rate, num, den, name: '到位率', source: `到位 ÷ 计划（${figText(num)} ÷ ${figText(den)}）`, related: [num.m, den.m] };
}

const PARTIAL_MARK = /[，,：:]\s*其中/u;

/** "支出 T，其中 a，占 X%": a over the total its 其中 names. */
function shareRate(doc: Doc, s: Sentence, rate: Fig): Check | undefined {
  const figs = sentenceFigs(doc, s).filter((f) => f.m.change === undefined && f.m.start < rate.m.start);
  const text = doc.ctx.text;
  // A figure in brackets closed before the share breaks the one before them down: that one is the part.
  const part = [...figs].reverse().find((f) => f.family !== '%' && f.family !== 'points' && !closesBetween(text, f.m.end, rate.m.start));
  if (!part) return undefined;
  // The 其中 list ends at a semicolon: a figure after it is no part of that total (基本支出…，其中…；项目支出…).
  const heads = (f: Fig): boolean => {
    const between = text.slice(f.m.end, part.m.start);
    const mark = PARTIAL_MARK.exec(between);
    return mark !== null && !/[；;]/u.test(between.slice(mark.index));
  };
  // (or the list's total said after it: 中央a（占比X%），省级b（占比Y%），市级c，合计T)
  const after = (f: Fig) => f.m.start > rate.m.start && f.family === part.family && /(?:合计|共计|总计)(?:为|达)?$/u.test(squash(lastClause(doc.lead(f.m)))) && !/[；;]/u.test(text.slice(part.m.end, f.m.start));
  const total = figs.find((f) => f !== part && f.family === part.family && heads(f)) ?? sentenceFigs(doc, s).find(after);
  if (!total) return undefined;
  return { rate, num: part, den: total, name: '占比', source: `分项 ÷ 总数（${figText(part)} ÷ ${figText(total)}）`, related: [part.m, total.m] };
}

/**
 * "筹集资金 T，其中中央财政资金 a、省级财政资金 b…，中央资金占比 X%": a share named by one part of
 * the 其中 list before it, over that list's total.
 */
function namedPartShare(doc: Doc, s: Sentence, rate: Fig): Check | undefined {
  const stem = /^(.{2,8}?)(?:财政)?(?:资金|经费|支出)?(?:所)?占(?:比|比重|比例)$/u.exec(squash(rate.m.subject.text))?.[1];
  if (stem === undefined) return undefined;
  const figs = sentenceFigs(doc, s).filter((f) => f.m.change === undefined && f.m.start < rate.m.start && f.family !== '%' && f.family !== 'points');
  const named = figs.filter((f) => squash(f.m.subject.text).startsWith(stem) || squash(f.m.subject.text).includes(`其中${stem}`));
  const part = named.length === 1 ? named[0] : undefined;
  if (!part) return undefined;
  const text = doc.ctx.text;
  // The total is the figure right before the 其中 that opens the part's list.
  const total = [...figs].reverse().find((f) => f !== part && f.family === part.family && f.m.end <= part.m.start && PARTIAL_MARK.test(text.slice(f.m.end, part.m.start)) && !/[；;]/u.test(text.slice(f.m.end, part.m.start)));
  if (!total) return undefined;
  return { rate, num: part, den: total, name: `${stem}占比`, source: `分项 ÷ 总数（${figText(part)} ÷ ${figText(total)}）`, related: [part.m, total.m] };
}

/** "基本支出占本年支出的60.61%", "项目支出占支出总额比重为40%": the share's part and whole, by name. */
const NAMED_SHARE = /([\u4e00-\u9fff]{2,12})占([\u4e00-\u9fff]{2,12}?)(?:的)?(?:比重|比例)?(?:为|达|约)?$/u;

/**
 * "A占B的 X%": A and B each the one figure of the sentence before the rate its words name (基本支出
 * 8,191.77 and 本年支出合计 13,650.67); a name that fits none or several is left alone.
 */
function namedShare(doc: Doc, s: Sentence, rate: Fig): Check | undefined {
  const named = NAMED_SHARE.exec(clauseLead(doc, rate));
  const [, a, b] = named ?? [];
  if (a === undefined || b === undefined || a === b) return undefined;
  const figs = sentenceFigs(doc, s).filter((f) => f.family !== '%' && f.family !== 'points' && f.m.change === undefined && f.m.start < rate.m.start);
  const one = (name: string): Fig | undefined => {
    const found = figs.filter((f) => subjectOf(doc, f).replace(/^其中[：:]?/u, '').replace(/(?:合计|总计|总额|共计)$/u, '').endsWith(name));
    return found.length === 1 ? found[0] : undefined;
  };
  const part = one(a);
  const whole = one(b);
  if (!part || !whole || part === whole || part.family !== whole.family) return undefined;
  return { rate, num: part, den: whole, name: '占比', source: `${a} ÷ ${b}（${figText(part)} ÷ ${figText(whole)}）`, related: [part.m, whole.m] };
}

/** A figure of an earlier year than the report's: last year's (上年, 去年), or one an earlier year names. */
function earlierYears(doc: Doc, f: Fig): boolean {
  if (f.m.frame.period?.value === 'prior') return true;
  const said = subjectOf(doc, f);
  if (/上年|去年|上一年/u.test(said)) return true;
  const year = /((?:19|20)\d\d)\s*年/u.exec(said)?.[1];
  return doc.year !== undefined && year !== undefined && Number(year) < doc.year;
}

/** "…（占项目支出的13.3%）": the whole a share is of, named after 占. */
const WHOLE_NAMED = /占([\u4e00-\u9fff]{2,12}?)(?:的)?(?:比重|比例)?(?:为|达|约)?$/u;
/** A whole named as the year's spending, whatever its figure was called (全部支出, 总支出, 本年支出). */
const ALL_SPENDING = /^(?:全部|全年|本年|年度)?(?:总)?(?:实际)?支出(?:总额|合计)?$/u;

/**
 * A share whose part or whole is stated in a sentence before it, each named: "基本支出占全部支出的
 * 45.91%" a paragraph after both amounts, "1. 文化惠民演出486.30万元（占项目支出的13.3%）" under the
 * line "项目支出3,650.00万元，具体为：". Each name is looked up nearest first in the section, and only a
 * name that fits one figure of the nearest sentence naming it is taken; a whole named as all spending
 * that no figure is called is the year's spending stated before.
 */
function namedAcross(doc: Doc, s: Sentence, rate: Fig): Check | undefined {
  const lead = clauseLead(doc, rate);
  const both = NAMED_SHARE.exec(lead);
  const wholeName = both?.[2] ?? WHOLE_NAMED.exec(lead)?.[1];
  // In a department's report 项目实际支出 is one project's (as in shareOfSpending).
  if (wholeName === undefined || (/项目实际支出/u.test(wholeName) && departmentReport(doc))) return undefined;
  const text = doc.ctx.text;
  const amounts = (figs: readonly Fig[]) => figs.filter((f) => f.m.change === undefined && f.family !== '%' && f.family !== 'points');
  const inSentence = amounts(sentenceFigs(doc, s)).filter((f) => f.m.start < rate.m.start);
  const earlier = doc.sentences.filter((x) => x.end <= s.start && x.region.section === s.region.section).reverse();
  const called = (f: Fig, name: string) => {
    const said = subjectOf(doc, f).replace(/^其中[：:]?/u, '').replace(/(?:合计|总计|总额|共计)$/u, '');
    return said.endsWith(name);
  };
  // The one figure that fits, in the nearest sentence where any does: this one before the rate, then back.
  const nearest = (fits: (f: Fig) => boolean): Fig | undefined => {
    for (const figs of [inSentence, ...earlier.map((x) => amounts(sentenceFigs(doc, x)))]) {
      const found = figs.filter(fits);
      if (found.length > 0) return found.length === 1 ? found[0] : undefined;
    }
    return undefined;
  };
  // A whole only of this year (not 上年支出合计, 2023年度项目支出), while a part named by last year's figure
  // as well as this year's is two figures (去年项目支出 beside 项目支出).
  const partName = both?.[1];
  const part = partName !== undefined ? nearest((f) => called(f, partName)) : [...inSentence].reverse().find((f) => !closesBetween(text, f.m.end, rate.m.start));
  const thisYears = (fits: (f: Fig) => boolean) => nearest((f) => fits(f) && !earlierYears(doc, f));
  // (a whole named as all spending may be stated as the spending's 合计: 部门支出合计X，…占总支出的Y%)
  const whole =
    thisYears((f) => called(f, wholeName)) ??
    (ALL_SPENDING.test(wholeName) ? (thisYears((f) => /支出(?:合计|总计|总额|共计)$/u.test(clauseLead(doc, f))) ?? earlierSpending(doc, s)) : undefined);
  if (!part || !whole || part === whole || part.family !== whole.family || part.family !== 'money' || !part.value.lt(whole.value)) return undefined;
  // A budgeted part is no share of the spending (设备购置预算X，占项目实际支出的Y%).
  const [partRole, wholeRole] = [part.m.frame.role?.value, whole.m.frame.role?.value];
  if (partRole !== undefined && wholeRole !== undefined && partRole !== wholeRole) return undefined;
  return { rate, num: part, den: whole, name: '占比', source: `${partName ?? '分项'} ÷ ${wholeName}（${figText(part)} ÷ ${figText(whole)}）`, related: [part.m, whole.m] };
}

/** "高龄津贴支出占比62.08%": the share of a part named before 占比, with no amount beside it. */
const ROW_SHARE = /^(.{2,12}?)(?:支出|资金|经费)?(?:所)?占(?:比|比重|比例)(?:为|达|约)?$/u;
const TOTAL_ROW = /^(?:合计|总计|共计)$/u;

/**
 * "高龄津贴支出占比62.08%" after a table of the section that lists 高龄津贴 and a 合计 row: the row's
 * amount over the total's, in the one column both state (or the one of them headed as spending).
 */
function tableRowShare(doc: Doc, s: Sentence, rate: Fig): Check | undefined {
  const stem = ROW_SHARE.exec(clauseLead(doc, rate))?.[1];
  if (stem === undefined || sentenceFigs(doc, s).some((f) => f.m.start < rate.m.start && f.family !== '%' && f.family !== 'points')) return undefined;
  const t = doc.tables.filter((x) => x.region.section === s.region.section && x.region.end <= s.start).at(-1);
  if (!t) return undefined;
  const label = (row: readonly Cell[]) => rowLabel(row).replace(/(?:支出|资金|经费)$/u, '');
  const rows = t.rows.slice(1).filter((row) => label(row) === stem);
  const totals = t.rows.slice(1).filter((row) => TOTAL_ROW.test(rowLabel(row)));
  const [row] = rows;
  const [total] = totals;
  if (rows.length !== 1 || totals.length !== 1 || !row || !total) return undefined;
  const both = row.flatMap((cell, c) => {
    const a = moneyOf(doc, cell);
    const b = moneyOf(doc, total[c]);
    return a && b ? [{ a, b, head: columnName(t, c) }] : [];
  });
  const spent = both.filter((x) => /支出|执行|决算|金额|发放/u.test(x.head));
  const pick = both.length === 1 ? both[0] : spent.length === 1 ? spent[0] : undefined;
  if (!pick || !pick.a.value.lt(pick.b.value)) return undefined;
  return { rate, num: pick.a, den: pick.b, name: '占比', source: `${stem} ÷ 合计（${figText(pick.a)} ÷ ${figText(pick.b)}）`, related: [pick.a.m, pick.b.m] };
}

/**
 * "实际支出470.68万元，占全年预算4,706.78万元的100.00%": the figure, then 占 and the whole it is a
 * share of, then the rate, one after another in one sentence.
 */
function wholeAfterShare(doc: Doc, s: Sentence, rate: Fig): Check | undefined {
  const i = s.mentions.indexOf(rate.m);
  const wm = s.mentions[i - 1];
  const pm = s.mentions[i - 2];
  if (!wm || !pm || !/^的(?:比例|比重)?(?:为|达)?$/u.test(doc.lead(rate.m).replace(/\s+/gu, ''))) return undefined;
  if (!/^[，,]占[\u4e00-\u9fff]{2,12}$/u.test(doc.lead(wm).replace(/\s+/gu, ''))) return undefined;
  const whole = isProse(doc, wm) ? fig(doc, wm) : undefined;
  const part = isProse(doc, pm) ? fig(doc, pm) : undefined;
  if (!whole || !part || whole.family !== part.family || whole.family === '%' || whole.family === 'points' || whole.m.change !== undefined || part.m.change !== undefined) return undefined;
  return { rate, num: part, den: whole, name: '占比', source: `分项 ÷ 总数（${figText(part)} ÷ ${figText(whole)}）`, related: [part.m, whole.m] };
}

/** "…实际支出559.68万元，占项目总支出的34.4%": a share of the year's whole spending, not restated. */
const OF_ALL_SPENDING = /^[，,]占(?:本)?(?:项目|全年|年度|全部)?(?:总支出|支出总额|实际支出总额|总实际支出|全部支出|实际支出)的(?:比例|比重)?(?:为|达)?$/u;

/** The spending right before such a share, over the whole year's spending stated earlier (not an item's). */
function shareOfSpending(doc: Doc, s: Sentence, rate: Fig): Check | undefined {
  const lead = doc.lead(rate.m).replace(/\s+/gu, '');
  // In a department's report 项目实际支出 is one project's, not the year's.
  if (!OF_ALL_SPENDING.test(lead) || (/项目实际支出/u.test(lead) && departmentReport(doc))) return undefined;
  const pm = s.mentions[s.mentions.indexOf(rate.m) - 1];
  const part = pm && isProse(doc, pm) ? fig(doc, pm) : undefined;
  // A part of the spending: stated as spent, or with no role at all (支出构成：设备购置612.80万元，占…).
  const role = part?.m.frame.role?.value;
  if (!part || part.family !== 'money' || part.m.change !== undefined || (role !== undefined && role !== 'actual')) return undefined;
  const whole = earlierSpending(doc, s);
  if (!whole || whole === part) return undefined;
  return { rate, num: part, den: whole, name: '占比', source: `分项 ÷ 全年支出（${figText(part)} ÷ ${figText(whole)}）`, related: [part.m, whole.m] };
}

/** The words between the last amount before a rate and the rate, brackets left out: where a basis is said. */
function basisWords(doc: Doc, s: Sentence, m: Mention): string {
  const last = [...s.mentions].reverse().find((x) => x.end <= m.start && x.kind === 'money');
  return doc.ctx.text.slice(last?.end ?? s.start, m.start).replace(/[（(][^）)]*[）)]/gu, '');
}

/** Words that put a rate on an adjusted basis: 剔除…后, 扣除…, 不含…, 按…口径, 按在职人数加雇员员额计算, 计入编外人员后. */
const OTHER_BASIS = /剔除|扣除|除去|不含|不计|按[^，,。；;]{0,12}口径|按[^，,。；;]{1,16}(?:加上?|连同|含|包括)[^，,。；;]{1,12}计算?|(?:计入|加上|连同|包括|包含)[^，,。；;]{1,12}(?:后|在内)/u;

function proseRates(doc: Doc, hits: RuleHit[]): void {
  for (const s of proseSentences(doc)) {
    for (const m of s.mentions) {
      if (!isProse(doc, m)) continue;
      const f = fig(doc, m);
      const rate = f ? pct(f) : undefined;
      if (!rate) continue;
      const clause = `${lastClause(doc.lead(m))}${m.subject.text}`.replace(/\s+/gu, '');
      // "剔除收回的资金后，实际执行率为100.00%": a rate on a basis the text adjusts is the writer's own (DOMAIN).
      if (OTHER_BASIS.test(basisWords(doc, s, m))) continue;
      // "…执行率96.42%，比上年的94.27%提高2.15个百分点": last year's rate, not this year's to work out again.
      if (rate.m.change === undefined && isPriorBase(doc, rate)) continue;
      let c: Check | undefined;
      // (a fund, its spending and its rate one right after another say their own line: read that first)
      if (/执行率/u.test(clause)) c = fundThenSpent(doc, s, rate) ?? executionRate(doc, s, rate) ?? useRate(doc, s, rate);
      // 编制使用率（人员控制率）: a control rate, whatever else it is called.
      else if (/控制率/u.test(clause)) c = controlRate(doc, s, rate);
      else if (/(?:使用|支出|到位|拨付|发放)率/u.test(clause)) c = useRate(doc, s, rate) ?? (/到位率/u.test(clause) ? arrivalRate(doc, s, rate) : undefined);
      else if (COUNT_RATES.some((d) => d.rate.test(squash(m.subject.text)))) c = countRate(doc, s, rate);
      else if (m.change !== undefined) {
        const contrary = contraryChange(doc, s, rate);
        if (contrary) {
          hits.push(contrary);
          continue;
        }
        c = changeRate(doc, s, rate);
      }
      else if (/完成率|完成比例|完成进度|(?:为|达|占)(?:全年|年度)?(?:任务|目标|计划)/u.test(clause) || /(?:任务|目标|计划)[^，,。；;]*的$/u.test(lastClause(doc.before(m)).replace(/\s+/gu, ''))) {
        c = completionRate(doc, s, rate);
      }
      else if (/^[，,（(]?\s*占/u.test(lastClause(doc.lead(m)))) c = shareRate(doc, s, rate) ?? shareOfSpending(doc, s, rate) ?? namedAcross(doc, s, rate);
      else if (/占/u.test(clause)) c = wholeAfterShare(doc, s, rate) ?? namedShare(doc, s, rate) ?? namedPartShare(doc, s, rate) ?? namedAcross(doc, s, rate) ?? tableRowShare(doc, s, rate);
      const hit = c ? judge(c) : undefined;
      if (hit) hits.push(hit);
    }
  }
}

const DIRECTION_WORD: Readonly<Record<string, string>> = { increase: '增加', decrease: '减少' };
const RATE_WORD: Readonly<Record<string, string>> = { increase: '增长', decrease: '下降' };
/** Between a change and its rate, a comma and the rate's own verb: nothing names another metric. */
const RATE_VERB_ONLY = /^[\s，,]*(?:同比|比上年|较上年)?(?:增长|增加|上升|提高|下降|减少|降低|增幅|降幅|减幅)[了为达]?\s*$/u;

/**
 * "较上年增加0.27万元，下降19.01%": a change and its rate right after it, said in opposite directions.
 * One of the two words is wrong whatever the base; only nothing but a comma stands between them.
 */
function contraryChange(doc: Doc, s: Sentence, rate: Fig): RuleHit | undefined {
  const i = s.mentions.indexOf(rate.m);
  const change = i > 0 ? s.mentions[i - 1] : undefined;
  if (!change || change.change === undefined || rate.m.change === undefined || change.change === rate.m.change) return undefined;
  if (change.kind === 'percent' || !RATE_VERB_ONLY.test(doc.ctx.text.slice(change.end, rate.m.start))) return undefined;
  // A signed figure (增幅为-9.16%) says its direction itself; 负增长 is a fall however the verb reads.
  if (change.value.startsWith('-') || rate.m.value.startsWith('-') || /负$/u.test(doc.ctx.text.slice(Math.max(0, change.start - 4), change.start).replace(/(?:增长|增加|上升)[了为达]?$/u, ''))) return undefined;
  return {
    code: 'JX_CHECK_RATE',
    severity: 'error',
    message: `变动方向前后不一：变动额 ${change.text.trim()} 为${DIRECTION_WORD[change.change]}，紧接的变动率 ${rate.m.text.trim()} 却为${RATE_WORD[rate.m.change]}：有一处写反`,
    mention: rate.m,
    expected: `${RATE_WORD[change.change]}${rate.m.text.replace(/^\D*/u, '')}`,
    source: `变动额的方向（${change.text.trim()}）`,
    related: [change],
  };
}

/** Words that compare two rates by their gap in percentage points. */
const GAP_WORD = /超出|超过|高出|高于|低于|提高|提升|下降|降低|增加|减少|增长|多|少/u;

/**
 * "实际达到98.6%，超出目标3.6个百分点", "执行率98.5%，较上年的95.2%提高3.3个百分点": a gap in
 * percentage points between the two rates stated before it in its sentence; with one rate and
 * 目标 named, the target stated for the same metric elsewhere in the report, if it is one value.
 */
function pointGaps(doc: Doc, hits: RuleHit[]): void {
  for (const s of proseSentences(doc)) {
    let from = 0;
    s.mentions.forEach((m, i) => {
      if (!/百分点$/u.test(m.unit) || !isProse(doc, m)) return;
      // Points of percentage compare with the difference of two percents: read as a percent.
      const gap = fig(doc, { ...m, kind: 'percent', unit: '%' });
      const clause = lastClause(doc.lead(m)).replace(/\s+/gu, '');
      const rates = s.mentions.slice(from, i).flatMap((x) => {
        const f = isProse(doc, x) ? fig(doc, x) : undefined;
        return f?.family === '%' ? [f] : [];
      });
      from = i + 1;
      if (!gap || !GAP_WORD.test(clause)) return;
      let pair: [Fig, Fig] | undefined;
      // Two rates: one of them the base (a target, last year's), the other not.
      const base = (f: Fig) => ['target', 'prior-year'].includes(f.m.frame.role?.value ?? '') || f.m.frame.period?.value === 'prior';
      // A bound (不低于95%) compares as the value it sets.
      const set = (f: Fig): Fig => (f.m.approx === 'more' || f.m.approx === 'less' ? { ...f, lo: f.value, hi: f.value } : f);
      // The clause says what the gap is against (比上年提高…, 超出目标…): the base must be that one
      // (目标≥45%，实际47.6%，比上年提高2.7个百分点 compares with a rate the sentence does not give).
      const against = /上年|去年|同比|上一年/u.test(clause) ? 'prior' : /目标|计划|任务/u.test(clause) ? 'target' : undefined;
      const baseIs = (f: Fig): boolean => (against === 'prior' ? f.m.frame.role?.value === 'prior-year' || f.m.frame.period?.value === 'prior' : against === 'target' ? f.m.frame.role?.value === 'target' : true);
      const [first, second] = rates;
      if (rates.length === 2 && first && second && base(first) !== base(second)) {
        if (baseIs(base(first) ? first : second)) pair = [set(second), set(first)];
      } else if (rates.length === 1 && rates[0] && /目标/u.test(clause)) {
        const target = targetOf(doc, rates[0], s);
        if (target) pair = [rates[0], target];
      }
      if (!pair) return;
      const [a, b] = pair;
      const diff = sub(a, b);
      const abs: Interval = diff.hi.lt(0) ? { lo: diff.hi.neg(), hi: diff.lo.neg() } : diff.lo.lt(0) ? { lo: new Dec(0), hi: Dec.max(diff.hi, diff.lo.neg()) } : diff;
      if (meets(abs, gap)) return;
      const value = a.value.minus(b.value).abs();
      const d = Math.max(gap.decimals, a.decimals, b.decimals);
      hits.push({
        code: 'JX_CHECK_RATE',
        severity: 'error',
        message: `${figText(a)} 与 ${figText(b)} 相差 ${formatNumber(value, d)} 个百分点，所列 ${m.text.trim()}`,
        mention: gap.m,
        expected: `${formatNumber(value, d)}个百分点`,
        source: `两个比率之差（${figText(a)} − ${figText(b)}）`,
        related: [a.m, b.m],
      });
    });
  }
}

/** The one target value stated for a rate's metric: in its sentence's clause before it, else a table row or a goals sentence naming it. */
function targetOf(doc: Doc, actual: Fig, s: Sentence): Fig | undefined {
  const said = actual.m.subject.text !== '' ? actual.m.subject.text : lastClause(doc.lead(actual.m));
  const name = doc.normalized(said.replace(/实际|达到|完成|为|达/gu, ''));
  if (charLength(name) < 4) return undefined;
  const key = doc.keyOf(name);
  const found = new Map<string, Fig>();
  for (const m of doc.ctx.mentions) {
    // A target by its role, its bound (不低于85%, ≥85) or its column (年度目标值).
    const target = m.frame.role?.value === 'target' || /^(?:不低于|不少于|不高于|不超过|[≥≤＞＜><])/u.test(m.text.trim()) || /目标|指标值/u.test(m.table?.column ?? '');
    if (m === actual.m || !target || (m.start >= s.start && m.end <= s.end)) continue;
    const f = fig(doc, m);
    if (f?.family !== '%') continue;
    const own = m.table ? (m.table.row[m.table.row.length - 1] ?? '') : m.subject.text;
    const theirs = doc.normalized(bracketless(own).replace(/目标值?|年度|指标值|不低于|不高于|不少于/gu, ''));
    if (theirs === '' || !sameMetric(doc.keyOf(theirs), key)) continue;
    found.set(f.value.toString(), f);
  }
  // A target is the value set, not a bound: 不低于85% is 85 here.
  const one = found.size === 1 ? [...found.values()][0] : undefined;
  return one ? { ...one, lo: one.value, hi: one.value } : undefined;
}

// ---- tables -------------------------------------------------------------------------------


/** The one figure of a cell, a bare number as a quantity (分值 10, 分子 1240). */
function cellQuantity(doc: Doc, c: Cell | undefined): Fig | undefined {
  return c?.mentions.length === 1 && c.mentions[0] ? quantityFig(doc, c.mentions[0]) : undefined;
}

/** 执行率 of each budget row of a score table. */
function tableExecution(doc: Doc, hits: RuleHit[]): void {
  for (const t of scoreTables(doc)) {
    for (const row of t.budgetRows) {
      const rate = cellFig(doc, row.rate);
      const exec = cellFig(doc, row.exec, '万元');
      const full = cellFig(doc, row.full, '万元');
      if (!rate || rate.family !== '%' || !exec || !full || exec.family !== full.family) continue;
      const hit = judge({ rate, num: exec, den: full, name: '预算执行率', source: `全年执行数 ÷ 全年预算数（${figText(exec)} ÷ ${figText(full)}）`, related: [exec.m, full.m] });
      if (hit) hits.push(hit);
    }
  }
}

/** Column headers of a budget table: the adjusted budget, the one before adjustment, spending, and its rate. */
const BUDGET_HEAD = /预算|批复数|下达|计划投资/u;
const OPENING_HEAD = /年初/u;
const WHOLE_YEAR_HEAD = /全年|调整后|变动后/u;
const SPENT_HEAD = /实际支出|全年支出|本年支出|全年执行|全年累计执行|支出数|执行数|决算数|实际执行|执行金额|已支出|实际使用|支出金额|实际完成投资/u;
const EXECUTION_HEAD = /^(?:预算|全年|年度)?(?:执行率|支出率)/u;
/** Headers that move or describe a budget rather than state it: 预算调整数, 预算执行率, 预算科目. */
const NOT_AN_AMOUNT = /率|调整数|调增|调减|追加|科目|单位|说明|备注/u;

/** Spending to date, the year's at its end: 累计执行, 累计支出数. */
const CUMULATIVE_SPENT = /^(?:全年)?累计(?:执行|支出)(?:数|金额)?$/u;

/**
 * 执行率 of each row of an ordinary budget table (项目 | 全年预算 | 实际支出 | 执行率): spending over
 * the whole-year budget (全年, 调整后; a plain 预算 column when it is the only one, never 年初 alone).
 * A table that reckons it on another column all its rows fit (可用资金: budget and carry-over) is read
 * on that column, but never on 年初 beside a whole-year column. The score table's rows are judged above.
 */
function tableRowRates(doc: Doc, hits: RuleHit[]): void {
  const scored = new Set(scoreTables(doc).map((t) => t.table));
  for (const t of [...doc.tables, ...sideways(doc)]) {
    const header = t.rows[0];
    if (!header || scored.has(t)) continue;
    const names = header.map((c) => squash(c.text));
    // A header over a second header row of periods (执行数 over 一季度 … 四季度): the column under it
    // is a quarter's spending, not the year's; the year's is then the 累计 column.
    const sub = t.rows[1]?.map((c) => squash(c.text)) ?? [];
    const periodic = (col: number): boolean => PERIOD_NAME.test(sub[col] ?? '');
    const spentCol = oneColumn(names, (n, col) => (SPENT_HEAD.test(n) || CUMULATIVE_SPENT.test(n)) && !NOT_AN_AMOUNT.test(n) && !periodic(col));
    const rateCol = oneColumn(names, (n) => EXECUTION_HEAD.test(n));
    const budgets = (n: string) => BUDGET_HEAD.test(n) && !SPENT_HEAD.test(n) && !NOT_AN_AMOUNT.test(n);
    const wholeYear = oneColumn(names, (n) => budgets(n) && WHOLE_YEAR_HEAD.test(n));
    const plain = names.filter((n) => budgets(n)).length;
    const budgetCol = wholeYear >= 0 ? wholeYear : plain === 1 ? oneColumn(names, (n) => budgets(n) && !OPENING_HEAD.test(n)) : -1;
    if (rateCol < 0 || spentCol < 0 || budgetCol < 0) continue;
    const checks = names.map((_, col): Check[] =>
      t.rows.slice(1).flatMap((row) => {
        if (row.length !== header.length) return [];
        const rate = cellFig(doc, row[rateCol]);
        const exec = cellFig(doc, row[spentCol], '万元');
        const full = cellFig(doc, row[col], '万元');
        if (!rate || rate.family !== '%' || !exec || !full || exec.family !== full.family || exec.family !== 'money') return [];
        return [{ rate, num: exec, den: full, name: '预算执行率', source: `${columnName(t, spentCol)} ÷ ${columnName(t, col)}（${figText(exec)} ÷ ${figText(full)}）`, related: [exec.m, full.m] }];
      }),
    );
    // The rate's base is the column its rows fit: a table may reckon it on 可用资金 (budget and carry-over), not the budget.
    const fitted = checks.map((cs) => cs.filter(holds).length);
    const base = names.reduce((best, name, col) => (col !== rateCol && col !== spentCol && !OPENING_HEAD.test(name) && (fitted[col] ?? 0) > (fitted[best] ?? 0) ? col : best), budgetCol);
    // A score table's budget rows were judged above: a rate is reported once.
    const judged = new Set(hits.map((h) => h.mention));
    for (const c of checks[base] ?? []) {
      if (judged.has(c.rate.m)) continue;
      const hit = judge(c);
      if (hit) hits.push(hit);
    }
  }
}

/** Rate columns whose base is read from the rows: 到位率, 完成率, 使用率, 拨付率, 节约率; shares (占比, 比重) of a column's total. */
const FITTED_RATE_HEAD = /(?:到位|完成|使用|拨付|兑现|支付|节约|节支|节资|结余)率|占比|比重|所占比例|进度/u;
/** Shares of a total row: 占比 of its own column's total; 累计执行进度 of the whole-year plan's. */
const SHARE_HEAD = /占比|比重|所占比例|进度/u;
/** A row that totals the table (合计, 总计): the base of a share. */
const TOTAL_LABEL = /^[\u4e00-\u9fff（）()]{0,16}(?:合计|总计)[：:]?$/u;

/**
 * The other rate columns of ordinary tables. Which columns a rate is reckoned on is read from the
 * rows, not guessed from the header: of every pair of money columns (for a share: every money
 * column over its total row), the one that all rows but one fit, on three rows or more. A rate that
 * no pair fits that well (a change over last year, a rate from figures not in the table) is left alone.
 */
function tableFittedRates(doc: Doc, hits: RuleHit[]): void {
  const scored = new Set(scoreTables(doc).map((t) => t.table));
  const judged = new Set(hits.map((h) => h.mention));
  for (const t of doc.tables) {
    const fitted = (name: string) => FITTED_RATE_HEAD.test(name) && !CHANGE_HEAD.test(name) && !EXECUTION_HEAD.test(name);
    // A sheet's header may stand below its title rows; there a 执行率 (B/A) names no columns the readings above know.
    const at = Math.max(0, t.rows.findIndex((row) => row.some((c) => fitted(squash(c.text)) || EXECUTION_HEAD.test(squash(c.text)))));
    const header = t.rows[at];
    if (!header || scored.has(t)) continue;
    const names = header.map((c) => squash(c.text));
    const rateCols = names.flatMap((name, c) => (fitted(name) || (at > 0 && EXECUTION_HEAD.test(name) && !CHANGE_HEAD.test(name)) ? [c] : []));
    if (rateCols.length === 0) continue;
    const body = t.rows.slice(at + 1).filter((row) => row.length === header.length);
    // Each cell's amount read once: every pair of columns below asks for it again.
    const amounts = new Map<readonly Cell[], (Fig | undefined)[]>(body.map((row) => [row, row.map((cell) => moneyOf(doc, cell))]));
    const money = (row: readonly Cell[], c: number) => amounts.get(row)?.[c];
    const moneyCols = names.flatMap((_, c) => (body.filter((row) => money(row, c)).length >= 2 ? [c] : []));
    rateCols.forEach((rateCol) => {
      const name = names[rateCol] ?? '';
      const totalRow = SHARE_HEAD.test(name) ? body.find((row) => TOTAL_LABEL.test(rowLabel(row))) : undefined;
      // A 进度 with no total row to be a share of is each row's own: 支出进度 = 实际支出 ÷ 全年预算.
      const share = totalRow !== undefined;
      if (SHARE_HEAD.test(name) && !share && !/进度/u.test(name)) return;
      // Every pair of money columns is tried on every row: the words of a check are put together only for the pair that reads the table.
      const candidates: { a: number; b: number; cs: { rate: Fig; num: Fig; den: Fig }[] }[] = [];
      const rates = new Map(body.map((row) => [row, cellFig(doc, row[rateCol])]));
      for (const a of moneyCols) {
        for (const b of moneyCols) {
          if (a === b && !share) continue;
          const cs: { rate: Fig; num: Fig; den: Fig }[] = [];
          for (const row of body) {
            if (row === totalRow) continue;
            const rate = rates.get(row);
            const num = money(row, a);
            const den = share && totalRow ? money(totalRow, b) : money(row, b);
            if (rate && rate.family === '%' && num && den) cs.push({ rate, num, den });
          }
          candidates.push({ a, b, cs });
        }
      }
      const ranked = candidates.map((c) => ({ ...c, fit: c.cs.filter(holds).length })).sort((x, y) => y.fit - x.fit);
      const best = ranked[0];
      // One reading, clearly: three rows or more, all but one fit, and no other pair fits as many.
      if (!best || best.cs.length < 3 || best.fit < best.cs.length - 1 || (ranked[1]?.fit ?? -1) === best.fit) return;
      const base = share ? `${rowLabel(totalRow ?? [])}${columnName(t, best.b)}` : columnName(t, best.b);
      for (const { rate, num, den } of best.cs) {
        if (judged.has(rate.m)) continue;
        const hit = judge({ rate, num, den, name: columnName(t, rateCol), source: `${columnName(t, best.a)} ÷ ${base}（${figText(num)} ÷ ${figText(den)}）`, related: [num.m, den.m] });
        if (hit) hits.push(hit);
      }
    });
  }
}

/** Any rate column: 累计执行率, 支出进度, 占比 — all that is left once the readings above are tried. */
const ANY_RATE_HEAD = /率|进度|占比|比重|比例/u;

/**
 * A rate column whose rows are one amount column over one base the table does not show (累计支出 ÷
 * 全年预算 stated only in the caption, 占全年预算的比例): the base each row implies is its amount ÷
 * its rate; when every row but one implies the same base (four rows or more) and no column of the
 * table is the base, the one that does not is wrong. The base the others share is named in the message.
 */
function tableCommonBase(doc: Doc, hits: RuleHit[]): void {
  const judged = new Set(hits.map((h) => h.mention));
  for (const t of doc.tables) {
    const header = t.rows[0];
    if (!header) continue;
    const names = header.map((c) => squash(c.text));
    if (!names.some((n) => ANY_RATE_HEAD.test(n) && !CHANGE_HEAD.test(n)) || t.rows.length < 5) continue;
    const body = t.rows.slice(1).filter((row) => row.length === header.length);
    // Each cell's amount read once: the pairs of columns below ask for each many times.
    const amounts = new Map<readonly Cell[], (Fig | undefined)[]>(
      body.map((row) => [
        row,
        row.map((cell) => {
          const f = moneyOf(doc, cell);
          return f?.value.gt(0) ? f : undefined;
        }),
      ]),
    );
    const money = (row: readonly Cell[], c: number) => amounts.get(row)?.[c];
    const moneyCols = names.flatMap((_, c) => (body.filter((row) => money(row, c)).length >= 4 ? [c] : []));
    if (moneyCols.length === 0) continue;
    names.forEach((name, rateCol) => {
      if (!ANY_RATE_HEAD.test(name) || CHANGE_HEAD.test(name)) return;
      const rated = body.flatMap((row) => {
        const rate = cellFig(doc, row[rateCol]);
        return rate?.family === '%' && rate.value.gt(0) && !judged.has(rate.m) ? [{ row, rate }] : [];
      });
      if (rated.length < 4) return;
      // A column of the table that half the rows or more are reckoned on: the readings above had their say.
      const onColumn = moneyCols.some((a) =>
        moneyCols.some((b) => a !== b && rated.filter(({ row, rate }) => {
          const num = money(row, a);
          const den = money(row, b);
          const r = num && den ? ratio(num, den, 100) : undefined;
          return r !== undefined && meets(r, rate);
        }).length * 2 >= rated.length),
      );
      if (onColumn) return;
      for (const a of moneyCols) {
        const rows = rated.flatMap(({ row, rate }) => {
          const num = money(row, a);
          return num ? [{ rate, num, base: ratio(num, rate, 100) }] : [];
        });
        if (rows.length !== rated.length || rows.some((r) => r.base === undefined)) continue;
        const bases = rows.map((r) => r.base as Interval);
        const common = (skip: number): Interval | undefined => {
          let lo: Dec | undefined;
          let hi: Dec | undefined;
          bases.forEach((b, k) => {
            if (k === skip) return;
            lo = lo === undefined || b.lo.gt(lo) ? b.lo : lo;
            hi = hi === undefined || b.hi.lt(hi) ? b.hi : hi;
          });
          return lo !== undefined && hi !== undefined && lo.lte(hi) ? { lo, hi } : undefined;
        };
        if (common(-1)) break;
        const outliers = rows.flatMap((_, k) => (common(k) ? [k] : []));
        if (outliers.length !== 1) continue;
        const k = outliers[0] as number;
        const base = common(k) as Interval;
        const odd = rows[k];
        if (!odd) continue;
        const mid = base.lo.plus(base.hi).div(2);
        const value = odd.num.value.div(mid).times(100);
        const d = Math.max(odd.rate.decimals, 2);
        const expected = formatWithUnit(value, d, '%');
        const shown = show(mid, odd.num, 0);
        hits.push({
          code: 'JX_CHECK_RATE',
          severity: 'error',
          message: `${columnName(t, rateCol)}应约为 ${expected}（${columnName(t, a)} ${figText(odd.num)} ÷ 其余 ${rows.length - 1} 行共同的基数约 ${shown}），所列 ${figText(odd.rate)}`,
          mention: odd.rate.m,
          expected,
          source: `${columnName(t, a)} ÷ 同一基数（其余各行由 ${columnName(t, a)} ÷ ${columnName(t, rateCol)} 得出）`,
          related: [odd.num.m],
        });
        break;
      }
    });
  }
}

/** A column of the change over last year, in amount (增减额) or in percent (增减率). */
const DIFF_COLUMN = /^(?:比上年|较上年|同比)?(?:增减额?|增减金额|增\(减\)额|变动额|增加额|差额)$/u;
const DIFF_RATE_COLUMN = /^(?:比上年|较上年|同比)?(?:增减率|增\(减\)率|增减幅度|变动率|增长率|增幅)$|^同比(?:增长|增减)?$/u;

/**
 * A table of this year beside last year (2023年决算数 | 2022年决算数 | 增减额 | 增减率): each row's
 * 增减额 is one amount column less another, its 增减率 that over the second. Which two columns they
 * are is read from the header when it names the two years (2024年 | 2023年, 本年 | 上年): the later
 * less the earlier. Otherwise from the rows, as for the fitted rates: the ordered pair that all rows
 * but one fit, on three rows or more, and no other pair as well.
 */
function tableChange(doc: Doc, hits: RuleHit[]): void {
  const judged = new Set(hits.map((h) => h.mention));
  for (const t of doc.tables) {
    const header = t.rows[0];
    if (!header || t.rows.length < 2) continue;
    // A header of two rows (2024年 over 预算 | 决算, 比上年 over 增减额 | 增减率): a column's name is its lower
    // cell's, or the upper one's where the lower is blank (2023年决算 spans both).
    const second = secondHeaderRow(t);
    const lower = second?.length === header.length ? second : undefined;
    const twoRows = lower !== undefined;
    const names = header.map((_, c) => headName(t, c, lower, (text) => bracketless(squash(text))));
    const body = t.rows.slice(twoRows ? 2 : 1).filter((row) => row.length === header.length);
    let diffCol = oneColumn(names, (n) => DIFF_COLUMN.test(n));
    let rateCol = oneColumn(names, (n) => DIFF_RATE_COLUMN.test(n));
    // A 较上年增减 column of percents is the rate, whatever its name says.
    if (diffCol >= 0 && rateCol < 0) {
      const stated = body.flatMap((row) => cellFig(doc, row[diffCol]) ?? []);
      if (stated.length > 0 && stated.every((f) => f.family === '%')) [diffCol, rateCol] = [-1, diffCol];
    }
    if (diffCol < 0 && rateCol < 0) continue;
    // A bare number takes the unit its row names in brackets (查档利用（人次）), else none.
    const rowUnit = (row: readonly Cell[]) => /[（(]([^（）()]{1,4})[)）]$/u.exec(rowLabel(row))?.[1];
    const cells = body.map((row) => row.map((cell, c) => (c === diffCol || c === rateCol ? undefined : cellFig(doc, cell, rowUnit(row)))));
    const amount = (f: Fig | undefined) => f !== undefined && f.family !== '%' && f.family !== 'points';
    const moneys = body.map((row) => row.map((cell, c) => (c === diffCol || c === rateCol ? undefined : moneyOf(doc, cell))));
    const years = yearPair(names, (c) => body.some((_, k) => moneys[k]?.[c] !== undefined || amount(cells[k]?.[c])));
    // Amounts (a bare number in 万元); under two named years, counts too (查档利用（人次） | 8,436 | 9,127): a rate of them is a rate all the same.
    const money = moneys.map((row, k) => row.map((f, c) => (f || !years ? f : amount(cells[k]?.[c]) ? cells[k]?.[c] : undefined)));
    if (years === undefined && t.rows.length < 4) continue;
    const cols = names.flatMap((_, c) => (money.filter((r) => r[c] !== undefined).length >= (years ? 1 : 3) ? [c] : []));
    const diffs = body.map((row) => (diffCol >= 0 ? cellFig(doc, row[diffCol], '万元') : undefined));
    const rates = body.map((row) => (rateCol >= 0 ? cellFig(doc, row[rateCol]) : undefined));
    // Each ordered pair's readings, row by row: a − b against 增减额, (a − b) ÷ b against 增减率.
    const read = (a: number, b: number, k: number) => {
      const x = money[k]?.[a];
      const y = money[k]?.[b];
      if (!x || !y) return undefined;
      const change = sub(x, y);
      const d = diffs[k];
      const r = rates[k];
      const growth = r && r.family === '%' ? ratio(change, y, 100) : undefined;
      return {
        x,
        y,
        diff: d && d.family === 'money' ? { f: d, holds: meets(change, d) } : undefined,
        rate: r && growth ? { f: r, holds: meets(growth, r) } : undefined,
      };
    };
    const pairs = cols.flatMap((a) => cols.filter((b) => b !== a).map((b) => ({ a, b, rows: body.map((_, k) => read(a, b, k)) })));
    const fit = (rows: ReturnType<typeof read>[], part: 'diff' | 'rate') => {
      const stated = rows.flatMap((r) => (r?.[part] ? [r[part]] : []));
      return { stated: stated.length, fit: stated.filter((x) => x?.holds).length };
    };
    for (const part of ['diff', 'rate'] as const) {
      const ranked = pairs.map((p) => ({ p, ...fit(p.rows, part) })).sort((x, y) => y.fit - x.fit);
      const named = years && ranked.find((r) => r.p.a === years.later && r.p.b === years.earlier);
      const best = named || ranked[0];
      if (!best || best.fit === best.stated) continue;
      if (named) {
        // The header says which columns; a table most of whose rows go another way is not this relation,
        // nor one another pair of its columns fits better (增减率 of the budget: 2024年预算 | 2024年决算).
        if (best.fit < best.stated - 1 || (best.stated === 2 && best.fit === 0)) continue;
        if (ranked.some((r) => r !== named && r.fit > named.fit)) continue;
      } else if (best.stated < 3 || best.fit < best.stated - 1 || (ranked[1]?.fit ?? -1) === best.fit) continue;
      best.p.rows.forEach((r, k) => {
        const stated = r?.[part];
        if (!r || !stated || stated.holds || judged.has(stated.f.m)) return;
        const label = rowLabel(body[k] ?? []);
        const change = r.x.value.minus(r.y.value);
        const source = `${names[best.p.a]} − ${names[best.p.b]}（${figText(r.x)} − ${figText(r.y)}）`;
        if (part === 'diff') {
          const expected = show(change, stated.f, Math.max(stated.f.decimals, r.x.decimals));
          hits.push({ code: 'JX_CHECK_SUM', severity: 'error', message: `${label}“${names[diffCol]}”应为 ${expected}（${source}），所列 ${figText(stated.f)}`, mention: stated.f.m, expected, source, related: [r.x.m, r.y.m] });
        } else {
          const value = change.div(r.y.value).times(100);
          const expected = formatWithUnit(value, Math.max(stated.f.decimals, 2), '%');
          hits.push({ code: 'JX_CHECK_RATE', severity: 'error', message: `${label}“${names[rateCol]}”应为 ${expected}（(${source}) ÷ ${figText(r.y)}），所列 ${figText(stated.f)}`, mention: stated.f.m, expected, source: `(${source}) ÷ ${names[best.p.b]}`, related: [r.x.m, r.y.m] });
        }
      });
    }
  }
}

/** A column's year: 2024年(决算数), or 本年/上年 and their kin (本期, 全年, 去年). */
const YEAR_HEAD = /^(?:(\d{4})年(?:度)?|(本|今|当|全)(?:年|期)(?:度)?|(上|去)(?:年|期)(?:度)?)/u;
function columnYear(name: string): number | undefined {
  const year = YEAR_HEAD.exec(name);
  if (!year) return undefined;
  return year[1] !== undefined ? Number(year[1]) : year[2] !== undefined ? 1 : 0;
}

/**
 * The later and earlier of two amount columns named for two different years: the only two dated
 * ones, or the only two of different years named alike (2023年决算 | 2024年预算 | 2024年决算). Not
 * when that leaves a choice (2024年预算 | 2024年决算 | 2023年): the header does not say which is compared.
 */
function yearPair(names: readonly string[], amount: (c: number) => boolean): { later: number; earlier: number } | undefined {
  const dated = names.flatMap((n, c) => {
    const y = amount(c) ? columnYear(n) : undefined;
    // What the column holds of that year (决算, 预算数), the year and a closing 数 set aside.
    return y === undefined ? [] : [{ c, y, kind: n.replace(YEAR_HEAD, '').replace(/数$/u, '') }];
  });
  // Of more than two, the two of different years named alike (2023年决算 | 2024年预算 | 2024年决算).
  const alike = dated.length === 2 ? [dated] : dated.flatMap((p, i) => dated.slice(i + 1).filter((q) => q.y !== p.y && q.kind === p.kind && p.kind !== '').map((q) => [p, q]));
  const [p, q] = alike.length === 1 ? (alike[0] ?? []) : [];
  if (!p || !q || p.y === q.y) return undefined;
  // 本年 (1) with 上年 (0) orders itself; a calendar year with 本年/上年 does not compare.
  if ((p.y > 1) !== (q.y > 1)) return undefined;
  return p.y > q.y ? { later: p.c, earlier: q.c } : { later: q.c, earlier: p.c };
}

/** A 完成率 column of an indicator table (绩效指标 | 年度目标值 | 实际完成值 | 完成率). */
const COMPLETION_HEAD = /完成率|完成比例|完成程度|完成度/u;
/** A target to stay under: met when the actual is at most the target (投诉率 ≤3%, 不超过5个工作日). */
const CEILING = /≤|＜|<|不超过|不得(?:超过|高于)|不高于|不多于|不大于|最多|至多|以内|(?<!不)以下|(?<!不)低于|(?<!不)少于|控制在/u;
/** A target to reach: a floor, whatever the indicator is named (单位办件成本下降率 ≥5%). */
const FLOOR = /≥|＞|>|不低于|不少于|不小于|至少|以上/u;
/**
 * Indicators that are better lower, named so when the target has no sign: counts and times of what
 * should not happen, and their rates (投诉率, 事故发生率) — not a rate of dealing with them (案件办结率).
 */
const LOWER_IS_BETTER = /(?:投诉|事故|时限|时长|用时|耗时|成本|费用|发生|案件|超标|不合格|差错|失误|延误|返工|损失|死亡)(?:[\u4e00-\u9fff]{0,4}(?:次数|件数|起数|数|量|额))?(?:率)?$/u;
/** A rate of dealing with what is better lower: higher is better again. */
const HANDLED_RATE = /(?:办结|查处|处理|整改|处置|及时|达标|合格|覆盖|下降|降低|节约)率$/u;

/** A sentence that caps completion rates at 100% (完成率超过100%的，一律按100%计). */
const CAPPED = /(?:超过|高于|大于|超出)\s*100\s*[%％]\s*(?:的|时)?\s*[，,]?\s*(?:均|一律|统一)?\s*(?:按照?|以|最高按)\s*100\s*[%％]/u;

/**
 * Whether the report caps the completion rates it shows: a sentence of 完成率 (or 指标) that says so,
 * not one that caps a 执行率, or the score a rate earns (按100%计算得分).
 */
function capsCompletion(doc: Doc): boolean {
  return doc.sentences.some((s) => {
    const text = doc.textOf(s);
    return CAPPED.test(text) && /完成率|完成比例|完成程度|指标/u.test(text) && !/执行率|得分|评分|计分|打分/u.test(text);
  });
}

/** A completion rate above the 100% the report caps it at. */
function overCap(c: Check): RuleHit {
  return {
    code: 'JX_CHECK_RATE',
    severity: 'error',
    message: `${c.name}为 ${figText(c.rate)}，而报告写明超过 100% 的按 100% 计（${c.source}）`,
    mention: c.rate.m,
    expected: '100%',
    source: c.source,
    related: c.related,
  };
}

/** A figure as a point at its stated value: "≥95%" is a target of 95%, not anything above it. */
function atValue(f: Fig): Fig {
  return f.m.approx === 'exact' ? f : { ...f, lo: f.value, hi: f.value };
}

/**
 * A bare whole number in an indicator table (年度目标 46 | 实际完成 49, its unit 处 in a column of its
 * own) counts things, as 46处 would: exact, not 45.5 to 46.5.
 */
function counted(f: Fig, m: Mention): Fig {
  return m.kind === 'plain' && m.unit === '' && m.precision === 0 && f.value.isInteger() ? { ...f, lo: f.value, hi: f.value } : f;
}

/** The mean of some rates, as an interval: a 合计 row's 完成率 may be the rows' average. */
function meanOf(rates: readonly Fig[]): Interval | undefined {
  if (rates.length === 0) return undefined;
  const n = new Dec(rates.length);
  return { lo: rates.reduce((a, r) => a.plus(r.lo), new Dec(0)).div(n), hi: rates.reduce((a, r) => a.plus(r.hi), new Dec(0)).div(n) };
}

/**
 * 完成率 of each row of an indicator table: 实际完成值 ÷ 年度目标值 (the columns the extractor read as
 * the target and the actual), either way round (a cost or a time limit is target ÷ actual); 100% for
 * any target met (a table may cap at 100%; a ceiling met is met); 得分 ÷ 分值 where the table scores
 * its rows; on a 合计 row also the mean of the rows' rates. A report that says rates above 100% count
 * as 100% may show none above it. A table whose rates mostly are no such ratio is left alone.
 */
function tableCompletion(doc: Doc, hits: RuleHit[]): void {
  const judged = new Set(hits.map((h) => h.mention));
  let capped: boolean | undefined;
  for (const t of doc.tables) {
    // The indicators' header may stand below a form's first rows (资金情况 | 全年预算数 | …).
    const completion = (n: string) => COMPLETION_HEAD.test(n) && !CHANGE_HEAD.test(n);
    const at = t.rows.findIndex((row) => oneColumn(row.map((c) => squash(c.text)), completion) >= 0);
    const header = t.rows[at];
    if (!header) continue;
    const names = header.map((c) => squash(c.text));
    const rateCol = oneColumn(names, completion);
    if (rateCol < 0) continue;
    const scoreCol = oneColumn(names, (n) => /得分/u.test(n));
    const weightCol = oneColumn(names, (n) => /分值|权重|标准分|满分/u.test(n));
    const rows = t.rows.slice(at + 1).flatMap((row) => {
      const rate = row.length === header.length ? cellFig(doc, row[rateCol]) : undefined;
      if (!rate || rate.family !== '%' || judged.has(rate.m)) return [];
      // The row's one target and one actual, by the columns they stand in.
      const inRole = (role: 'target' | 'actual'): { f: Fig; col: number } | undefined => {
        const found = row.flatMap((c, col) => c.mentions.filter((m) => m.frame.role?.value === role && m.frame.role.from === 'column').map((m) => ({ m, col })));
        const f = found.length === 1 && found[0] ? quantityFig(doc, found[0].m) : undefined;
        return f && found[0] ? { f: counted(atValue(f), found[0].m), col: found[0].col } : undefined;
      };
      const target = inRole('target');
      const actual = inRole('actual');
      if (!target || !actual || target.f.family !== actual.f.family || !target.f.value.gt(0) || !actual.f.value.gt(0)) return [];
      const label = rowLabel(row);
      const ceiling = !FLOOR.test(target.f.m.text) && (CEILING.test(target.f.m.text) || (LOWER_IS_BETTER.test(label) && !HANDLED_RATE.test(label)));
      const met = ceiling ? actual.f.value.lte(target.f.value) : actual.f.value.gte(target.f.value);
      const c: Check = {
        rate,
        num: actual.f,
        den: target.f,
        either: true,
        name: columnName(t, rateCol, at),
        source: `${columnName(t, actual.col, at)} ÷ ${columnName(t, target.col, at)}（${figText(actual.f)} ÷ ${figText(target.f)}）`,
        related: [actual.f.m, target.f.m],
      };
      const score = scoreCol >= 0 ? cellQuantity(doc, row[scoreCol]) : undefined;
      const weight = weightCol >= 0 ? cellQuantity(doc, row[weightCol]) : undefined;
      // A 分值 is a whole number set by the form, not a rounded measure: 10 is 10, not 9.5 to 10.5.
      const scored = score && weight && weight.value.gt(0) ? ratio(atValue(score), { ...weight, lo: weight.value, hi: weight.value }, 100) : undefined;
      const fits = (met && meets(rate, point(new Dec(100)))) || (scored !== undefined && meets(scored, rate)) || judge(c) === undefined;
      return [{ c, fits, total: TOTAL_LABEL.test(label) }];
    });
    // A 合计 row's rate may be the mean of the rows' rates instead of Σ actual ÷ Σ target.
    const mean = meanOf(rows.filter((r) => !r.total).map((r) => r.c.rate));
    for (const r of rows) if (r.total && !r.fits && mean && meets(mean, r.c.rate)) r.fits = true;
    // Half the rows or more are such a ratio: the column is read as one.
    const fits = rows.filter((r) => r.fits).length;
    if (fits === 0 || fits * 2 < rows.length) continue;
    capped ??= capsCompletion(doc);
    for (const r of rows) {
      const hit = capped && r.c.rate.lo.gt(100) ? overCap(r.c) : r.fits ? undefined : judge(r.c);
      if (hit) hits.push(hit);
    }
  }
}

/** A per-head column (人均（元）, 户均补助), and the counts (人数, 户数) and amounts beside it. */
const PER_HEAD_COLUMN = /^(?:人均|户均|生均)/u;
const HEADS_COLUMN = /^(?:[\u4e00-\u9fff]{0,6})(?:人数|户数|学生数|人次)/u;

/**
 * A table of groups with their counts, amounts and per-head (类别 | 人数（人） | 发放金额（万元） | 人均（元）):
 * each row's per-head is its amount over its count, in the units the header gives. Read as such when
 * half the rows or more fit: a per-head over another base (a year, a month) is left alone.
 */
function tablePerHead(doc: Doc, hits: RuleHit[]): void {
  const judged = new Set(hits.map((h) => h.mention));
  for (const t of doc.tables) {
    const names = (t.rows[0] ?? []).map((c) => bracketless(squash(c.text)));
    const perCol = oneColumn(names, (n) => PER_HEAD_COLUMN.test(n));
    const countCol = oneColumn(names, (n) => HEADS_COLUMN.test(n) && !PER_HEAD_COLUMN.test(n));
    if (perCol < 0 || countCol < 0) continue;
    const body = t.rows.slice(1).filter((row) => row.length === names.length);
    const amountCol = oneColumn(names, (_, c) => c !== perCol && c !== countCol && body.filter((row) => cellFig(doc, row[c])?.family === 'money').length >= 2);
    if (amountCol < 0) continue;
    const rows = body.flatMap((row) => {
      const per = cellFig(doc, row[perCol]);
      const amount = cellFig(doc, row[amountCol]);
      const count = cellFig(doc, row[countCol]);
      if (!per || !amount || !count || per.family !== 'money' || amount.family !== 'money' || !count.family.startsWith('count:') || !count.value.gt(0) || judged.has(per.m)) return [];
      const r = ratio(amount, count);
      return [{ row, per, amount, count, fits: r !== undefined && meets(r, per) }];
    });
    if (rows.length < 2 || rows.filter((r) => r.fits).length * 2 < rows.length) continue;
    for (const r of rows) {
      if (r.fits) continue;
      const hit = quotientHit(r.per, r.amount, r.count, `${rowLabel(r.row)}${columnName(t, perCol)}`, `${columnName(t, amountCol)} ÷ ${columnName(t, countCol)}`);
      if (hit) hits.push(hit);
    }
  }
}

/**
 * A table that shows its sums (指标明细: 指标名称 | 分子 | 分母 | 计算结果): each row's rate is its
 * 分子 ÷ 分母, by the header's own word; a result that is no rate (a cost per page) is not read.
 */
function tableFraction(doc: Doc, hits: RuleHit[]): void {
  const judged = new Set(hits.map((h) => h.mention));
  for (const t of doc.tables) {
    const names = (t.rows[0] ?? []).map((c) => squash(c.text));
    const numCol = oneColumn(names, (n) => /^分子/u.test(n));
    const denCol = oneColumn(names, (n) => /^分母/u.test(n));
    if (numCol < 0 || denCol < 0) continue;
    const body = t.rows.slice(1).filter((row) => row.length === names.length);
    // The result: the one other column of rates.
    const resultCol = oneColumn(names, (_, c) => c !== numCol && c !== denCol && body.filter((row) => cellFig(doc, row[c])?.family === '%').length >= 1);
    if (resultCol < 0) continue;
    for (const row of body) {
      const rate = cellFig(doc, row[resultCol]);
      const num = cellQuantity(doc, row[numCol]);
      const den = cellQuantity(doc, row[denCol]);
      if (!rate || rate.family !== '%' || !num || !den || judged.has(rate.m)) continue;
      const label = rowLabel(row);
      const hit = judge({ rate, num, den, name: `${label}${columnName(t, resultCol)}`, source: `分子 ÷ 分母（${figText(num)} ÷ ${figText(den)}）`, related: [num.m, den.m] });
      if (hit) hits.push(hit);
    }
  }
}

/**
 * A 控制率 column of a spending table (“三公”经费 | 2023年决算数 | 2024年预算数 | 2024年决算数 | 控制率):
 * the year's 决算 over the year's 预算, the latest year the header names (or the only columns of each).
 */
function tableSpendingControl(doc: Doc, hits: RuleHit[]): void {
  const judged = new Set(hits.map((h) => h.mention));
  for (const t of doc.tables) {
    const names = (t.rows[0] ?? []).map((_, c) => columnName(t, c));
    const rateCol = oneColumn(names, (n) => /^(?:预算)?控制率$/u.test(n));
    if (rateCol < 0 || names.some((n) => /编制|在职|实有/u.test(n))) continue;
    const yearOf = (n: string): number => Number(/((?:19|20)\d\d)年/u.exec(n)?.[1] ?? 0);
    const latest = Math.max(...names.map(yearOf));
    const ofYear = (n: string) => yearOf(n) === latest && !/上年|去年/u.test(n);
    const budgetCol = oneColumn(names, (n) => /预算/u.test(n) && !/执行|决算|率/u.test(n) && ofYear(n));
    const spentCol = oneColumn(names, (n) => /决算|实际支出|执行数/u.test(n) && !/率/u.test(n) && ofYear(n));
    if (budgetCol < 0 || spentCol < 0) continue;
    for (const row of t.rows.slice(1)) {
      const rate = cellFig(doc, row[rateCol]);
      const num = cellFig(doc, row[spentCol], '万元');
      const den = cellFig(doc, row[budgetCol], '万元');
      if (!rate || rate.family !== '%' || !num || !den || num.family !== den.family || judged.has(rate.m)) continue;
      const hit = judge({ rate, num, den, name: `${rowLabel(row)}控制率`, source: `${names[spentCol]} ÷ ${names[budgetCol]}（${figText(num)} ÷ ${figText(den)}）`, related: [num.m, den.m] });
      if (hit) hits.push(hit);
    }
  }
}

/** A header row naming 编制数, 在职人数 and 控制率, and the rows of values under it. */
function tableControl(doc: Doc, hits: RuleHit[]): void {
  for (const t of doc.tables) {
    t.rows.forEach((row, r) => {
      const names = row.map((c) => squash(c.text));
      const qi = names.findIndex((n) => /编制/u.test(n));
      // Most rows name no 编制 column: the other columns need not be looked for.
      if (qi < 0) return;
      // This year's staff, not last year's (上年末实有 | 本年末实有).
      const staffCols = names.flatMap((n, c) => (/在职|实有/u.test(n) && !/编制|上年|去年|上期/u.test(n) ? [c] : []));
      const si = staffCols.length === 1 ? (staffCols[0] ?? -1) : staffCols.find((c) => /本年|年末|当年/u.test(names[c] ?? '')) ?? -1;
      const ri = names.findIndex((n) => /控制率/u.test(n));
      if (si < 0 || ri < 0) return;
      // The row of values under the header, and every row after it by category (行政编制, 事业编制, 合计).
      for (const values of t.rows.slice(r + 1)) {
        const shift = values.length - row.length;
        const quota = cellFig(doc, values[qi + shift], '人');
        const staff = cellFig(doc, values[si + shift], '人');
        const rate = cellFig(doc, values[ri + shift]);
        if (!quota || !staff || !rate || rate.family !== '%') continue;
        const hit = judge({ rate, num: staff, den: quota, name: '控制率', source: `在职人数 ÷ 编制数（${figText(staff)} ÷ ${figText(quota)}）`, related: [staff.m, quota.m] });
        if (hit) hits.push(hit);
      }
    });
  }
}

/**
 * Rates a 部门整体 score sheet states from its 基础数据表: the rate's row names it (在职人员控制率,
 * “三公”经费控制率, 预算执行率 …) and the sheet of base data lists each operand on a row of its own
 * (编制数 | 36, 公用经费决算数 | 52.37). Each operand must be the one row of that name.
 */
const NAMED_RATES: readonly { rate: RegExp; num: RegExp; den: RegExp; avoid?: RegExp }[] = [
  { rate: /^(?:在职)?人员控制率$|^编制控制率$/u, num: /^(?:年末)?(?:实有在职|在职|实有)人[数员]/u, den: /^(?:核定)?编制(?:数|人数)?$/u },
  { rate: /^[“"]?三公[”"]?经费(?:预算)?控制率$/u, num: /^[“"]?三公[”"]?经费(?:决算|实际支出|支出)(?:数|金额)?$/u, den: /^[“"]?三公[”"]?经费预算(?:数|金额)?$/u },
  { rate: /^公用经费(?:预算)?控制率$/u, num: /^公用经费(?:决算|实际支出|支出)(?:数|金额)?$/u, den: /^公用经费预算(?:数|金额)?$/u },
  { rate: /^(?:部门)?(?:整体)?预算执行率$/u, num: /^(?:全年|预算)?(?:执行数|实际支出数?|支出决算数?)$/u, den: /^(?:全年|调整后)预算(?:数|金额)?$/u },
  { rate: /^结转结余率$/u, num: /^(?:年末)?结转结余(?:数|金额|资金)?$/u, den: /^(?:全年|调整后)预算(?:数|金额)?$/u },
  { rate: /^(?:政府)?采购(?:预算)?执行率$/u, num: /^(?:政府采购|采购)(?:实际|执行|决算)(?:数|金额|合计)*$|^实际(?:政府)?采购(?:金额|合计)*$/u, den: /^(?:政府)?采购预算(?:数|金额)?$/u },
];

function tableNamedRates(doc: Doc, hits: RuleHit[]): void {
  const values = namedValues(doc);
  // Most reports have no table of named values: nothing to look up.
  if (values.size === 0) return;
  const judged = new Set(hits.map((h) => h.mention));
  const check = (rate: Fig, def: (typeof NAMED_RATES)[number], name: string) => {
    const num = oneNamed(values, def.num, def.avoid);
    const den = oneNamed(values, def.den, def.avoid);
    if (!num || !den || num[1].family !== den[1].family) return;
    const hit = judge({ rate, num: num[1], den: den[1], name, source: `${num[0]} ÷ ${den[0]}（${figText(num[1])} ÷ ${figText(den[1])}）`, related: [num[1].m, den[1].m] });
    if (hit) hits.push(hit);
  };
  // A rate in prose with no operands of its own in its sentence (全年政府采购执行率为96.28%) after
  // the table that names them.
  for (const s of proseSentences(doc)) {
    for (const m of s.mentions) {
      // (控制率X%，较上年下降Y%: the change takes the rate's name, but it is no rate of the table's values)
      if (!isProse(doc, m) || judged.has(m) || m.change !== undefined) continue;
      const rate = fig(doc, m);
      const name = squash(m.subject.text).replace(/^(?:全年|本年|当年|年度|本年度)/u, '');
      const def = rate?.family === '%' ? NAMED_RATES.find((d) => d.rate.test(name)) : undefined;
      const own = s.mentions.filter((x) => x !== m && fig(doc, x)?.family === 'money').length;
      if (rate && def && own === 0) check(rate, def, name);
    }
  }
  // A rate among the named values themselves (资金使用情况: … | 预算执行率 | 98.13%).
  for (const [name, figs] of values) {
    const def = NAMED_RATES.find((d) => d.rate.test(name));
    const rate = figs.length === 1 ? figs[0] : undefined;
    if (def && rate?.family === '%' && !judged.has(rate.m)) check(rate, def, name);
  }
  for (const t of doc.tables) {
    for (const row of t.rows) {
      for (const cell of row) {
        for (const m of cell.mentions) {
          const parts = m.subject.text.split(' / ').map((p) => squash(p));
          const header = parts[parts.length - 1] ?? '';
          if (parts.length < 2 || !/实际(?:完成)?值|完成值|实际完成|实际数/u.test(header) || judged.has(m)) continue;
          const rate = fig(doc, m);
          const def = rate?.family === '%' ? NAMED_RATES.find((d) => parts.slice(0, -1).some((p) => d.rate.test(p))) : undefined;
          if (!rate || !def) continue;
          check(rate, def, parts.slice(0, -1).find((p) => def.rate.test(p)) ?? '');
        }
      }
    }
  }
}

export const rule: Rule = {
  meta: {
    id: 'rate',
    description: '执行率、控制率、变动率、完成率、占比应等于同句（同表行）所列分子分母之比；表中的增减额应等于两年之差',
    codes: ['JX_CHECK_RATE', 'JX_CHECK_SUM'],
  },
  check(ctx: RuleContext): RuleHit[] {
    const doc = docOf(ctx);
    const hits: RuleHit[] = [];
    proseRates(doc, hits);
    proseChanges(doc, hits);
    pointGaps(doc, hits);
    inlineGaps(doc, hits);
    namedGaps(doc, hits);
    perHead(doc, hits);
    unitCosts(doc, hits);
    statedQuotients(doc, hits);
    tableExecution(doc, hits);
    tableRowRates(doc, hits);
    tableFittedRates(doc, hits);
    tableCompletion(doc, hits);
    tableControl(doc, hits);
    tableSpendingControl(doc, hits);
    tableFraction(doc, hits);
    tablePerHead(doc, hits);
    tableNamedRates(doc, hits);
    tableChange(doc, hits);
    tableCommonBase(doc, hits);
    return hits;
  },
};
