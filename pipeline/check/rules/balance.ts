/**
 * balance — 预算 − 执行 = 结余结转, in one budget line:
 * 上年结转 + (全年预算, or 年初预算 ± 调整) − 实际支出 = 结余结转.
 * A line whose adjusted budget the budget-adjust rule already compares with its 实际支出
 * (nothing carried in, nothing left) is not checked twice.
 * In a table, by its columns' names: (年初结转结余 +) 本年收入 or 预算 − 本年支出 = 年末结转结余 or 结余,
 * or the 结余 a row's 备注 opens with.
 */
import { Dec } from '../../decimal.js';
import { adjusted, adjustTarget } from './budget-adjust.js';
import { budgetLines } from './support/budget-line.js';
import { columnName, docOf, oneColumn, perDoc, PERIOD_NAME, rowLabel, secondHeaderRow, squash, type Cell, type Doc, type Sentence, type Table } from './support/doc.js';
import { departmentReport, earlierBudget, lastClause, only, opensItem, proseFigs, proseSentences, subjectOf } from './support/prose.js';
import { add, decimalsFor, fig, figText, gap, meets, moneyOf, show, sub, type Fig, type Interval } from './support/figure.js';
import { namedValues, oneNamed } from './support/named-values.js';
import type { Rule, RuleContext, RuleHit } from './types.js';
import { lineOpensWithMarker } from '../../text/outline.js';

/**
 * "可用资金合计2100.00万元" stated before the spending in its section, when no whole-year budget is: the
 * funds there were to spend (budget and carry-over together), what the balance is left of.
 */
function availableBefore(doc: Doc, s: Sentence): Fig | undefined {
  const before = doc.sentences.filter((x) => x.end <= s.start && x.region.section === s.region.section);
  return only(doc, proseFigs(doc, before.flatMap((x) => x.mentions)).filter((f) => f.family === 'money'), /(?:可用|可支配)资金(?:合计|总额|共计)?(?:为|达)?$/u);
}

export const rule: Rule = {
  meta: {
    id: 'balance',
    description: '上年结转加预算减实际支出应等于结余结转（正文的一句，或表中按列名的一行）',
    codes: ['JX_CHECK_BALANCE'],
  },
  check(ctx: RuleContext): RuleHit[] {
    const hits: RuleHit[] = [];
    const doc = docOf(ctx);
    for (const line of budgetLines(doc)) {
      const { balance, exec } = line;
      if (!balance || !exec) continue;
      const target = adjustTarget(line);
      if (!line.full && target?.fig === exec) continue;
      let budget: Interval;
      let value: Dec;
      let terms: string;
      const figs: Fig[] = [balance, exec];
      if (line.full) {
        budget = line.full;
        value = line.full.value;
        terms = figText(line.full);
        figs.push(line.full);
      } else if (line.initial) {
        ({ range: budget, value, terms } = adjusted(line, line.initial));
        figs.push(line.initial, ...line.adjusts.map((a) => a.fig));
      } else {
        // No budget in the line: the whole year's stated before it in its section, if the line's
        // spending is the whole unit's too (全年实际支出, not 项目支出实际支出).
        // An amount of its own before the spending (中央补助资金下达a，支出b，结余c) is what was spent from, not the year's budget.
        const own = line.sentence.mentions.some((m) => m.kind === 'money' && m.start < exec.m.start && m !== line.carryIn?.m);
        const full = line.adjusts.length === 0 && !own && generic(doc, exec) ? (earlierBudget(doc, line.sentence) ?? availableBefore(doc, line.sentence)) : undefined;
        if (!full) continue;
        budget = full;
        value = full.value;
        terms = figText(full);
        figs.push(full);
        // A carry-over stated elsewhere may be in the balance too: either reading will do.
        if (!line.carryIn && carriedIn(doc, line.sentence).some((c) => meets(sub(add(c, full), exec), balance))) continue;
      }
      // A whole year's budget may hold last year's carry-over already (年初680 + 追加32 + 结转38.50 = 全年750.50):
      // either reading will do.
      if (line.carryIn && line.full && meets(sub(budget, exec), balance)) continue;
      if (line.carryIn) {
        budget = add(line.carryIn, budget);
        value = line.carryIn.value.plus(value);
        terms = `${figText(line.carryIn)} + ${terms}`;
        figs.push(line.carryIn);
      }
      const left = sub(budget, exec);
      if (meets(left, balance)) continue;
      const leftValue = value.minus(exec.value);
      const d = decimalsFor(figs);
      const expected = show(leftValue, balance, d);
      hits.push({
        code: 'JX_CHECK_BALANCE',
        severity: 'error',
        message: `${terms} − ${figText(exec)} 应结余 ${expected}，与所列结余结转 ${figText(balance)} 相差 ${show(gap(leftValue, balance.value), balance, d)}`,
        mention: balance.m,
        expected,
        source: `预算 − 执行（${terms} − ${figText(exec)}）`,
        related: figs.filter((f) => f !== balance).map((f) => f.m),
      });
    }
    tableBalances(doc, hits);
    namedBalance(doc, hits);
    projectBalance(doc, hits);
    halvesBalance(doc, hits);
    return hits;
  },
};

/**
 * A table of named values (资金使用情况: 全年预算数 | 全年实际支出 | 结余资金 on rows of their own):
 * budget (+ a carry-over named so) − spending = the balance, each the one row of its name.
 */
function namedBalance(doc: Doc, hits: RuleHit[]): void {
  const values = namedValues(doc);
  const budget = oneNamed(values, /^(?:全年|调整后)预算(?:数|金额|资金)?$/u);
  const exec = oneNamed(values, /^(?:全年)?(?:实际支出|执行数|实际执行|支出决算)(?:数|金额)?$/u);
  const balance = oneNamed(values, /^(?:年末)?(?:结余资金|结转结余|结余结转|结余)(?:数|金额|资金)?$/u);
  if (!budget || !exec || !balance) return;
  const [b, e, l] = [budget[1], exec[1], balance[1]];
  if (b.family !== e.family || e.family !== l.family) return;
  const carry = oneNamed(values, /^上年结转(?:结余)?(?:资金|数|金额)?$/u)?.[1];
  if (meets(sub(b, e), l) || (carry && carry.family === b.family && meets(sub(add(carry, b), e), l))) return;
  hits.push(leftHit([budget[0], b], [exec[0], e], [balance[0], l]));
}

/** A balance that is not budget − spending, each named as the report names it. */
function leftHit([bn, b]: readonly [string, Fig], [en, e]: readonly [string, Fig], [ln, l]: readonly [string, Fig]): RuleHit {
  const value = b.value.minus(e.value);
  const d = decimalsFor([b, e, l]);
  const expected = show(value, l, d);
  return {
    code: 'JX_CHECK_BALANCE',
    severity: 'error',
    message: `${bn} ${figText(b)} − ${en} ${figText(e)} 应为 ${expected}，与所列${ln} ${figText(l)} 相差 ${show(gap(value, l.value), l, d)}`,
    mention: l.m,
    expected,
    source: `预算 − 执行（${figText(b)} − ${figText(e)}）`,
    related: [b.m, e.m],
  };
}

/** A project's whole budget, spending and what is left, each named so in prose. */
const PROJECT_BUDGET = /^(?:项目|全年|调整后(?:的)?|项目全年)?预算(?:资金|总额|数)?$/u;
const PROJECT_SPENDING = /^(?:项目|全年|项目全年)?(?:实际支出|实际执行|执行数)(?:资金|金额|数)?$/u;
/** A policy's funds, named by what was done with them: 共安排…补助资金, 全年…拨付补助资金. */
const FUNDS_GIVEN = /(?:安排|下达)[^，,。；;]{0,20}资金$/u;
const FUNDS_PAID = /(?:拨付|发放|兑付)[^，,。；;]{0,20}资金$/u;
const PROJECT_BALANCE = /^(?:项目|年末|项目年末|年末项目)?(?:结余资金|结余|结转结余|结余结转)(?:资金|金额|数)?$/u;

/**
 * A project report stating its budget, its spending and its balance in sentences of their own
 * ("项目预算368.40万元…。" "项目实际支出352.96万元…。" "项目结余资金15.44万元…。"): budget − spending =
 * balance, when each is named so once in the report (one amount), in sentences apart, nothing was carried
 * in or adjusted, and no part is carried over. Not in a 部门整体 report, whose budgets are many.
 */
function projectBalance(doc: Doc, hits: RuleHit[]): void {
  if (departmentReport(doc)) return;
  const all = proseFigs(doc, proseSentences(doc).filter((x) => !opensItem(doc.textOf(x.region))).flatMap((x) => x.mentions)).filter((f) => f.family === 'money');
  const figs = all.filter((f) => f.exact && f.m.change === undefined && f.m.frame.period?.value !== 'prior');
  const named = (re: RegExp) => figs.filter((f) => re.test(lastClause(`${doc.lead(f.m)}${f.m.subject.text}`).replace(/\s+/gu, '').replace(/^其|^该/u, '')) || re.test(squash(f.m.subject.text)));
  const one = (re: RegExp): Fig | undefined => {
    const found = named(re);
    return new Set(found.map((f) => f.value.toString())).size === 1 ? found[0] : undefined;
  };
  // Funds named by what was done with them only when stated alone in their sentence (not one source of
  // several: 下达中央补助资金A，县级配套资金B) and no less than what was paid.
  const alone = (f: Fig | undefined) => f !== undefined && figs.filter((x) => doc.sentenceOf(x.m) === doc.sentenceOf(f.m) && !x.value.eq(f.value)).length === 0 ? f : undefined;
  const budgetNamed = one(PROJECT_BUDGET);
  const budget = budgetNamed ?? alone(one(FUNDS_GIVEN));
  const spent = one(PROJECT_SPENDING) ?? one(FUNDS_PAID);
  if (!budgetNamed && budget && spent && budget.value.lt(spent.value)) return;
  const left = one(PROJECT_BALANCE);
  if (!budget || !spent || !left || !(budget.m.start < spent.m.start && spent.m.start < left.m.start)) return;
  if (doc.sentenceOf(budget.m) === doc.sentenceOf(left.m) || doc.sentenceOf(spent.m) === doc.sentenceOf(left.m)) return;
  // What was carried in changes the funds, unless it is said to be in the budget (年初预算A（含上年结转B））;
  // what was moved during the year changes the budget, unless the budget is the whole year's after it (全年预算).
  const whole = /全年|调整后/u.test(lastClause(`${doc.lead(budget.m)}${budget.m.subject.text}`));
  const within = (f: Fig) => /[（(]\s*含[^（()）]*$/u.test(doc.ctx.text.slice(Math.max(0, f.m.start - 12), f.m.start));
  if (all.some((f) => (/上年结转|结转上年|以前年度结转|年初结转/u.test(subjectOf(doc, f)) && !within(f)) || ((f.m.frame.role?.value === 'adjustment' || f.m.change !== undefined) && !whole))) return;
  // What is left split into 结转 and 结余 (项目结转资金A，结余资金B; 质保金A结转下年): the balance is only part of it.
  // (a budget's bracket saying what is in it, （含上年结转…）, splits nothing)
  if (all.some((f) => f !== left && !within(f) && /结转/u.test(`${subjectOf(doc, f)}${doc.ctx.text.slice(f.m.end, f.m.end + 6).replace(/^\s*[（(]\s*含.*$/u, '')}`))) return;
  if (!meets(sub(budget, spent), left)) hits.push(leftHit(['预算', budget], ['实际支出', spent], ['结余', left]));
}

/** The four lines of a 收入支出决算总表 that roll the funds through the year. */
const HALVES_LINES = {
  start: /^(?:年初|上年)(?:结转和结余|结转结余|结余结转)(?:资金)?$/u,
  income: /^本年收入合计$/u,
  spending: /^本年支出合计$/u,
  end: /^年末(?:结转和结余|结转结余|结余结转)(?:资金)?$/u,
};
const HALVES_ENTRIES = Object.entries(HALVES_LINES) as [keyof typeof HALVES_LINES, RegExp][];

/**
 * A 收入支出决算总表 in two halves (收入 | 决算数 | 支出 | 决算数): 年初结转和结余 + 本年收入合计 −
 * 本年支出合计 = 年末结转和结余, each line named once in the table, on either side.
 */
function halvesBalance(doc: Doc, hits: RuleHit[]): void {
  for (const t of doc.tables) {
    const found: Partial<Record<keyof typeof HALVES_LINES, Fig[]>> = {};
    for (const row of t.rows) {
      row.forEach((cell, c) => {
        const f = cell.mentions.length === 1 ? moneyOf(doc, cell) : undefined;
        if (!f || c === 0) return;
        const label = squash(row[c - 1]?.text ?? '');
        for (const [line, re] of HALVES_ENTRIES) if (re.test(label)) (found[line] ??= []).push(f);
      });
    }
    const one = (line: keyof typeof HALVES_LINES) => (found[line]?.length === 1 ? found[line]?.[0] : undefined);
    const [start, income, spending, end] = [one('start'), one('income'), one('spending'), one('end')];
    if (!start || !income || !spending || !end) continue;
    const left = sub(add(start, income), spending);
    if (meets(left, end)) continue;
    const value = start.value.plus(income.value).minus(spending.value);
    const d = decimalsFor([start, income, spending, end]);
    const expected = show(value, end, d);
    const terms = `${figText(start)} + ${figText(income)} − ${figText(spending)}`;
    hits.push({
      code: 'JX_CHECK_BALANCE',
      severity: 'error',
      message: `年初结转和结余 + 本年收入合计 − 本年支出合计（${terms}）应为 ${expected}，与所列年末结转和结余 ${figText(end)} 相差 ${show(gap(value, end.value), end, d)}`,
      mention: end.m,
      expected,
      source: `年初 + 收入 − 支出（${terms}）`,
      related: [start.m, income.m, spending.m],
    });
  }
}

/** Words of a spending figure that name no one thing: 全年实际支出, 本部门支出合计. */
const GENERIC_SPENDING = /本部门|本单位|部门|单位|整体|总体|全年|年度|当年|本年|实际|支出|执行|合计|总计|数|金额|共|累计|完成|为|是|达到?|[，,、]/gu;

/** Whether a spending figure is the whole unit's: its clause names nothing else. */
function generic(doc: Doc, exec: Fig): boolean {
  const words = `${lastClause(doc.lead(exec.m))}${exec.m.subject.text}`.replace(/\s+/gu, '').replace(/(?:19|20)\d\d年度?/gu, '');
  // (an item's marker, （二）全年支出…, is no word of it)
  const said = words.slice(lineOpensWithMarker(words)?.end ?? 0);
  return said.replace(selfNames(doc), '').replace(GENERIC_SPENDING, '') === '';
}

/** What kind of body the unit is (街道, 局, 院…): the words it calls itself by (我局, 本院, 街道). */
const SELF_KINDS = ['街道', '中心', '局', '委', '院', '校', '厅', '站', '所'];

/** The unit's names and the kind words of its own name, with 我 or 本 before them; read once per document. */
const selfNames = perDoc((doc: Doc): RegExp => {
  const name = doc.owners[0] ?? '';
  const kinds = SELF_KINDS.filter((k) => name.includes(k));
  const names = [...doc.owners.filter((o) => o.length >= 2), ...kinds].map((x) => x.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  return names.length === 0 ? /$^/u : new RegExp(`(?:我|本)?(?:${names.join('|')})`, 'gu');
});

/** Carry-overs into the year stated in prose before `s` (上年结转结余1360.37万元). */
function carriedIn(doc: Doc, s: Sentence): Fig[] {
  const before = doc.sentences.filter((x) => x.end <= s.start).flatMap((x) => x.mentions);
  return proseFigs(doc, before).filter((f) => f.family === 'money' && /上年结转|结转上年|上年结余|以前年度结转|年初结转/u.test(subjectOf(doc, f)));
}

/** What a fund had at the start (年初结转结余, 上年结转): its column may be blank for none. */
const START_HEAD = /^(?:年初|上年|期初|以前年度)(?:结转结余|结余结转|结转和结余|结转|结余)(?:资金|金额|数)?$/u;
/** What is left at the end: 年末结转结余, 结余, 结余资金. */
const END_HEAD = /^(?:年末|期末)?(?:结转结余|结余结转|结转和结余|结余|结转)(?:资金|金额|数)?$/u;
/** What came in: the year's income, the whole-year budget, or the funds allocated (下达资金). */
const IN_HEAD = /^(?:本年|当年)?收入(?:合计|数|金额)?$|^(?:全年|调整后|年度)?预算(?:数|金额|资金)?$|^(?:全年|累计)?(?:下达|安排)(?:资金|数|金额)?$/u;
/** What went out: the year's spending (to date: 累计执行). */
const OUT_HEAD = /^(?:本年|当年|全年)?(?:实际)?支出(?:合计|数|金额)?$|^(?:全年)?(?:执行数|实际执行数?|决算数)$|^(?:全年)?累计(?:执行|支出)(?:数|金额)?$/u;
/** A column of words about each row, where a balance may be said (结余21.80万元，系…). */
const NOTE_HEAD = /^(?:备注|说明|情况说明)$/u;
/** A note that opens by stating what is left. */
const NOTE_LEFT = /^(?:年末)?(?:结余|结转结余|结余结转|结转)(?:资金)?(?:为|约)?$/u;
const NONE = /^(?:|[—–\-－/]+|0)$/u;

/** A column's name without a year before it (2024年预算数 → 预算数). */
function plainName(t: Table, c: number, header = 0): string {
  return columnName(t, c, header).replace(/^(?:19|20)\d\d年度?/u, '');
}

/** The amount of a cell that holds one and nothing else (no change over a year: +12.00). */
function moneyIn(doc: Doc, cell: Cell | undefined): Fig | undefined {
  return cell?.mentions.length === 1 && cell.mentions[0]?.change === undefined ? moneyOf(doc, cell) : undefined;
}

/** The balance a note opens with (结余21.80万元，系监测设备采购节约), or undefined. */
function noteLeft(doc: Doc, cell: Cell | undefined): Fig | undefined {
  const m = cell?.mentions[0];
  if (!m || cell === undefined || m.change !== undefined || !NOTE_LEFT.test(squash(doc.ctx.text.slice(cell.start, m.start)))) return undefined;
  const f = fig(doc, m);
  return f?.family === 'money' ? f : undefined;
}

/**
 * Each row of a table of funds through the year: what it started with (if the table says), plus
 * what came in, less what went out, is what is left. Checked when one column of each is named and
 * at least as many rows hold as do not: a table that reckons its balance otherwise (a carry-over it
 * does not show) fails on most rows and is left alone.
 */
function tableBalances(doc: Doc, hits: RuleHit[]): void {
  const judged = new Set(hits.map((h) => h.mention));
  for (const t of doc.tables) {
    const header = t.rows[0];
    if (!header) continue;
    // A column over a second header row of periods (执行数 over 一季度 … 四季度) is one period's.
    const periods = t.rows[1]?.map((c) => squash(c.text)) ?? [];
    // …and one over a second row of names (预算数 over 年初预算 | 全年预算) is named by that row.
    const lower = secondHeaderRow(t);
    const names = header.map((_, c) => {
      const below = lower ? plainName(t, c, 1) : '';
      return below !== '' && !PERIOD_NAME.test(below) ? below : plainName(t, c);
    });
    const startCol = oneColumn(names, (n) => START_HEAD.test(n));
    const endCol = oneColumn(names, (n) => END_HEAD.test(n) && !START_HEAD.test(n));
    const noteCol = endCol < 0 ? oneColumn(names, (n) => NOTE_HEAD.test(n)) : -1;
    const inCol = oneColumn(names, (n) => IN_HEAD.test(n));
    const outCol = oneColumn(names, (n, c) => OUT_HEAD.test(n) && !PERIOD_NAME.test(periods[c] ?? ''));
    const leftCol = endCol >= 0 ? endCol : noteCol;
    if (leftCol < 0 || inCol < 0 || outCol < 0) continue;
    const leftName = endCol >= 0 ? names[endCol] : `${names[noteCol]}中的结余`;
    const readings = t.rows.slice(1).flatMap((row) => {
      if (row.length !== header.length) return [];
      const income = moneyIn(doc, row[inCol]);
      const spent = moneyIn(doc, row[outCol]);
      const left = endCol >= 0 ? moneyIn(doc, row[endCol]) : noteLeft(doc, row[noteCol]);
      const start = startCol >= 0 ? moneyIn(doc, row[startCol]) : undefined;
      if (!income || !spent || !left || (startCol >= 0 && !start && !NONE.test(squash(row[startCol]?.text ?? '')))) return [];
      const range = sub(start ? add(start, income) : income, spent);
      return [{ row, income, spent, left, start, holds: meets(range, left) }];
    });
    const fit = readings.filter((r) => r.holds).length;
    if (fit === 0 || fit < readings.length - fit) continue;
    for (const r of readings) {
      if (r.holds || judged.has(r.left.m)) continue;
      const figs = [r.income, r.spent, ...(r.start ? [r.start] : [])];
      const value = (r.start ? r.start.value.plus(r.income.value) : r.income.value).minus(r.spent.value);
      const d = decimalsFor([...figs, r.left]);
      const expected = show(value, r.left, d);
      const terms = `${r.start ? `${names[startCol]} ${figText(r.start)} + ` : ''}${names[inCol]} ${figText(r.income)} − ${names[outCol]} ${figText(r.spent)}`;
      hits.push({
        code: 'JX_CHECK_BALANCE',
        severity: 'error',
        message: `${rowLabel(r.row)}：${terms} 应为 ${expected}，与所列${leftName} ${figText(r.left)} 相差 ${show(gap(value, r.left.value), r.left, d)}`,
        mention: r.left.m,
        expected,
        source: `${r.start ? `${names[startCol]} + ` : ''}${names[inCol]} − ${names[outCol]}（${terms}）`,
        related: figs.map((f) => f.m),
      });
    }
  }
}
