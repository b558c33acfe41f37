/**
 * conflict — the same metric stated with different values in two places.
 *
 * Statements are the figures that report an actual: prose figures outside the goals section and
 * outside target wording (力争, 预计, 目标…), not changes; table cells only where the column says
 * they are actuals (实际完成值, the 年度资金总额 row's 年初预算数 / 全年预算数 / 全年执行数, this
 * year's 决算数 in the 基础数据表, the 实际完成情况 text cell). Targets, weights and scores never count.
 *
 * Two statements are about the same metric when their normalised subjects match (support/subject.ts),
 * their units are of one family, they are not in one sentence, and no stated year tells them apart.
 * A subject that names only a role (实际支出, 结余结转, 项目总计支出) takes the name of the item it
 * belongs to (a quoted project name, a list item's head, a numbered section's title) or is dropped.
 *
 * A later statement that no earlier one can equal is reported once, with the earliest it
 * contradicts; an approximation (超2000家) conflicts only with an exact figure outside it.
 */
import { framesCompatible, roleIn, type Frame, type Mention } from '../../mentions/index.js';
import type { Section } from '../../corpus/index.js';
import { bracketless, docOf, labelBefore, labelCell, perDoc, rowLabel, secondHeaderRow, squash, type Cell, type Doc, type Region, type Sentence, type Table } from './support/doc.js';
import { fig, figText, meets, type Fig } from './support/figure.js';
import { ITEM_HEAD, departmentReport, namedHead, isProse, lastClause, opensItem, proseSentences } from './support/prose.js';
import { scoreTables } from './support/score-table.js';
import { sameMetric, type SubjectKey } from '../../mentions/similarity.js';
import type { Rule, RuleContext, RuleHit } from './types.js';
import { charLength } from '../../text/chars.js';
import { boldRunIn, runInTitle } from '../../text/outline.js';
import { readOnce } from '../../memo.js';

interface Statement {
  readonly f: Fig;
  /** The metric's name, without a role word (产业发展资金 of 产业发展资金实际支出). */
  readonly key: SubjectKey;
  /** The role class of a budget-line figure ('exec', 'balance'…); '' for a plain metric. */
  readonly role: string;
  /** How the finding names the metric. */
  readonly label: string;
  readonly table: boolean;
  /** How the finding names where it stands: 正文, 自评表, or 表格 (any other table). */
  readonly place: string;
  readonly year: number | undefined;
  readonly sentence: Sentence | undefined;
  /** The frame compared, when the statement's is not its mention's (a row naming its own role). */
  readonly frame?: Frame;
  /** The list item it is stated in (——甲镇…（常住人口N人）): items are different things. */
  readonly item?: string;
  /** The item a role-only figure was named by (刑事法律援助案件补贴 of its 实际支出): two items differ by it alone. */
  readonly entity?: string;
}

/** After a figure, the score it earns: 达到95%即得满分, 90%以上的得满分. */
const SCORING_THRESHOLD = /^\s*(?:及?以上|及?以下)?(?:的)?[，,]?\s*(?:即可?|则|可|就)?(?:得|计|给予?)(?:满分|全分|\d)/u;
const NOT_A_STATEMENT = new Set(['adjustment', 'target', 'change', 'score', 'weight', 'prior-year']);
const TARGET_CUE = /力争|预计|预期|计划|目标|任务|争取|确保|要求|考核|指标值/u;
const CHANGE_CUE = /压减|调减|追加|调增|增加|减少|增长|下降|提升|提高|降低|增幅|降幅|增速|前进|进步|超出|超过任务/u;
/** A subject naming only the role of a figure in a budget line; it needs the item's name. */
const ROLE_ONLY =
  /^(?:项目)?(?:实际|年初|全年|年中|本年|当年)?(?:发放|下达|安排|落实|到位|累计|使用)?(?:总计|合计|总)?(?:支出|执行|预算|资金|金额|经费|收入|结余结转|结转结余|结余|结转|上年结转|投入|投资|拨付)(?:数|额|金额|资金)?$/u;
const HEAD_STOP = /[，,：:；;。]|年初|年中|上年|全年|预算|实际|执行|调增|追加|压减|金额/u;

/** Role words that name the reporting unit's own totals when no item is named. */
const WHOLE_YEAR = /^全年(?:预算|执行|支出)/u;
/** A role word the year opens: 本年度实际支出, 本年支出 (not 本年预算 of the 三公 table's column). */
const YEAR_WORD = /^(?:本年度|全年|当年)(?:实际)?(?:支出|执行)/u;
/** In a project's report its own year's spending: 全年项目实际支出 (in a department's, a project's). */
const PROJECT_YEAR_WORD = /^(?:本年度|全年|当年)项目(?:实际)?(?:支出|执行)/u;
const WHOLE_KEYS: Readonly<Record<string, string>> = { budget: '全年预算', exec: '全年支出', balance: '全年结余' };

/** One name for each of the year's own totals: 全年执行数, 实际支出 and 本年度实际支出 are all 全年支出. */
function wholeYearKey(norm: string): string {
  return WHOLE_KEYS[roleClass(norm)] ?? norm;
}

/**
 * Whether the sentence states the year's whole budget (全年预算数…，实际支出…): in a project's report its
 * role-only figures are the year's totals (in a department's, the sentence may be the projects').
 */
function sameSentenceWhole(doc: Doc, s: Sentence, m: Mention, norm: string): boolean {
  if (!BARE_ROLE.test(norm)) return false;
  return s.mentions.some((x) => x !== m && !x.inTable && WHOLE_BUDGET.test(doc.normalized(x.subject.text)));
}

/** A role and nothing else (实际支出, 结余): not a part named by its kind (项目支出, 基本支出). */
const BARE_ROLE = /^(?:实际|全年|本年)?(?:支出|执行|结余|结转|结余结转|结转结余)(?:数|额|金额|资金)?$/u;
/** The year's whole budget by name (全年预算数, 调整后全年预算), not a part of it (全年预算中基本支出). */
const WHOLE_BUDGET = /^(?:调整后)?全年预算(?:数|金额|资金)?$/u;

/** A part of a department's spending by its kind (项目支出, 基本支出, 人员经费, “三公”经费). */
const SPENDING_PART = /^(?:\d{4}年度?)?(?:全年|本年|当年)?(?:基本支出|项目支出|人员经费|公用经费|[“"]?三公[”"]?经费)/u;

/**
 * Whether a figure of a part of spending, or a count of projects (共执行项目12个), comes before `m` in
 * its sentence: a role-only figure after it continues that part.
 */
function partBefore(doc: Doc, s: Sentence, m: Mention): boolean {
  return s.mentions.some((x) => x.start < m.start && (SPENDING_PART.test(doc.normalized(x.subject.text)) || (x.kind === 'count' && /项目$/u.test(x.subject.text))));
}

/** In a department's report 项目支出 is one of its groups of spending, not a project's spending. */
function departmentGroup(doc: Doc, raw: string, section: Section | undefined): boolean {
  // (该项目支出, 本项目支出 are one project's; under 一般公共预算财政拨款支出 the group is that fund's)
  return /^(?:\d{4}年度?)?(?:全年|本年|当年)?项目支出$/u.test(squash(raw)) && departmentReport(doc) && !FUND_SCOPE.test(section?.title ?? '');
}

/**
 * A kind of funds a section may be about: its 项目支出 is that fund's, not the department's. Not 一般公共预算
 * alone: 一般公共预算支出情况 is where a 部门整体 report's template states the whole year's spending.
 */
const FUND_SCOPE = /财政拨款|政府性基金|国有资本|财政专户|上级补助/u;

function isRoleOnly(norm: string): boolean {
  return ROLE_ONLY.test(norm);
}

/** Roles compare by what they measure: 实际支出, 项目总计支出 and 执行 are all spending. */
function roleClass(role: string): string {
  if (role === '') return '';
  if (/上年结转/u.test(role)) return 'carry';
  if (/结余|结转/u.test(role)) return 'balance';
  // The budget at the year's start is not the year's (年初预算 under a 全年预算数 column): 年中 it may move.
  if (/年初/u.test(role) && /预算|安排/u.test(role)) return 'initial-budget';
  if (/预算/u.test(role)) return 'budget';
  if (/支出|执行|决算/u.test(role)) return 'exec';
  if (/下达|分配|拨付/u.test(role)) return 'alloc';
  return role;
}

/**
 * The role a paragraph's heading (run into it, else its section's title) gives the amounts it does
 * not name one for: 预算安排 the budget, 预算执行 or 支出 what was spent; '' when it says neither.
 */
function headingRole(doc: Doc, s: Sentence): string {
  const title = runInTitle(doc.ctx.text.slice(s.region.start, s.region.end)) || (s.region.section?.title ?? '');
  if (/预算(?:安排|批复|编制|下达)|年初预算|预算情况$/u.test(title) && !/执行|支出|使用|决算/u.test(title)) return 'budget';
  return '';
}

/** "甲镇分配2,118.55万元": a name and the verb of what it was given; the name is the item. */
const GIVEN = /^([\u4e00-\u9fff]{2,12}?)(?:共|获)?(?:分配|下达|拨付)(?:资金|金额)?$/u;

/** The name a list item opens with (1.农田水利设施维修项目：…, ——甲镇1658.04万元…), if the paragraph is one. */
function itemName(doc: Doc, s: Sentence): string | undefined {
  const para = doc.ctx.text.slice(s.region.start, s.region.end);
  // "远程会诊中心建设：安排预算556.50万元…": a paragraph headed by a name and a colon is that item's.
  const named = namedHead(para);
  if (named?.[1] !== undefined) return squash(named[1]);
  const head = ITEM_HEAD.exec(para);
  if (!head) return undefined;
  const rest = para.slice(head[0].length);
  const stop = /[，,：:；;。（(]|\d/u.exec(rest);
  const name = squash(stop ? rest.slice(0, stop.index) : rest);
  return name.length >= 2 && name.length <= 24 ? name : undefined;
}

/** The item a role-only figure belongs to: quoted name, list-item head, numbered section title. */
function entityOf(doc: Doc, m: Mention, s: Sentence): string | undefined {
  const before = doc.ctx.text.slice(s.start, m.start);
  const quotes = [...before.matchAll(/“([^”]{2,30})”/gu)];
  const q = quotes[quotes.length - 1]?.[1];
  if (q) return q;
  const row = rowItemNamed(doc, m, s);
  if (row !== undefined) return row;
  const para = doc.ctx.text.slice(s.region.start, s.region.end);
  const named = namedHead(para);
  if (named?.[1] !== undefined) return squash(named[1]);
  const head = ITEM_HEAD.exec(para);
  if (head) {
    const rest = para.slice(head[0].length);
    const stop = HEAD_STOP.exec(rest);
    const name = squash(stop ? rest.slice(0, stop.index) : rest);
    if (name.length >= 2 && name.length <= 24) return name;
  }
  // Under a heading of projects, a paragraph headed by a name (（一）应急救护培训。…, **地震应急演练和培训**。…) is that project's.
  const title = runInTitle(para) || boldRunIn(para);
  if (title !== '' && /项目/u.test(s.region.section?.title ?? '') && !GENERIC_TITLE.test(title) && roleIn(title) === undefined) return squash(title);
  const sec = s.region.section;
  if (sec && /^\d/u.test(sec.marker) && doc.sentencesIn(s.region)[0] === s) return sec.title;
  return undefined;
}

/** A run-in title that names a part of the report, not a project: （一）总体情况。, **绩效目标完成情况**。 (or a role: **预算安排。**) */
const GENERIC_TITLE = /情况|概况|总体|收支|绩效|目标|问题|措施|结论|说明|分析|小结/u;

/** Words that make a figure more than one item's: a sum (共, 合计), a comparison (比, 较), each of a list (分别). */
const NOT_ONE_ITEM = /共|合计|总计|累计|分别|比|较|高于|低于|多于|少于|其余|其他|以外|之外/u;

/**
 * The item of a table's row named before a role-only figure (…甲区治理任务最重，全年支出X): its figure
 * there. Exactly one of the table's items in the words since the sentence's previous figure (what an
 * earlier figure's words name is that figure's), never a figure of several items.
 */
function rowItemNamed(doc: Doc, m: Mention, s: Sentence): string | undefined {
  // The rows give amounts: a rate or count after a row's name (甲区支出进度100%) is not one of them.
  const items = m.kind === 'money' ? rowItems(doc) : [];
  if (items.length === 0) return undefined;
  const lead = doc.lead(m);
  if (NOT_ONE_ITEM.test(lead)) return undefined;
  // Before the figure's own subject: a name inside it (本部门项目年初预算) is a word of the subject, not the item.
  const head = m.subject.start < m.start ? lead.slice(0, Math.max(0, lead.length - (m.start - m.subject.start))) : lead;
  const named = items.filter((x) => head.includes(x));
  return named.length === 1 ? named[0] : undefined;
}

/** A subject that is a table row's name and a role word after it (各县（区）实际支出): the two apart. */
function rowItemSubject(doc: Doc, subject: string): { item: string; rest: string } | undefined {
  const said = squash(subject);
  const items = rowItems(doc);
  const item = items.find((x) => said.startsWith(x) && said.length > x.length);
  if (item === undefined) return undefined;
  const rest = said.slice(item.length);
  // (甲区和乙区全年支出, 甲区共支出: more than the row)
  if (/[和与及、]/u.test(rest) || NOT_ONE_ITEM.test(rest) || items.some((x) => rest.includes(x))) return undefined;
  // (年初预算, 上年结转, 追加 are not what a row's budget or spending column states)
  return isRoleOnly(doc.normalized(rest)) && !/年初|年中|上年|调整|调增|调减|追加|压减|结转/u.test(rest) ? { item, rest } : undefined;
}

/** The rows of tables other than the 自评表, each with its table and the item it names: read once per document. */
const plainRows = perDoc((doc): { table: Table; row: readonly Cell[]; name: string }[] => {
  const scored = new Set(scoreTables(doc).flatMap((st) => st.table.rows));
  return doc.tables.flatMap((table) => table.rows.filter((row) => !scored.has(row)).map((row) => ({ table, row, name: rowItem(doc, table, row) })));
});

/** The items tables give a budget or spending by row (甲区 | 下达 | 支出), as itemStatement keys them. */
const rowItems = perDoc((doc): string[] => {
  const found = new Set<string>();
  for (const { table, row, name } of plainRows(doc)) {
    if (twoHalves(table) || row.some(isCode)) continue;
    const byRole = row.some((c) => c.mentions.some((m) => {
      const header = m.subject.text.split(' / ');
      return header.length >= 2 && m.kind === 'money' && ITEM_ROLE_COLUMN.some(([, re]) => re.test(bracketless(squash(header[header.length - 1] ?? ''))));
    }));
    if (!byRole) continue;
    const item = WHOLE_ROW.test(name) ? allRows(table) ?? '' : name;
    const norm = doc.normalized(item);
    if (item === '' || WHOLE_ROW.test(item) || charLength(norm) < 2 || isRoleOnly(norm) || roleIn(norm) !== undefined) continue;
    found.add(item);
  }
  return [...found];
});

/** The names of tables' rows of figures (甲区, 乙区): the things a report breaks its totals down by. */
const rowNames = perDoc((doc): string[] => {
  const found = new Set<string>();
  for (const { row, name } of plainRows(doc)) {
    if (row.every((c) => c.mentions.length === 0)) continue;
    if (charLength(name) >= 2 && !WHOLE_ROW.test(name) && !isRoleOnly(doc.normalized(name))) found.add(name);
  }
  return [...found];
});

/** Rows of tables by their name (not the 自评表's): a name two rows share names neither. */
const rowsByName = perDoc((doc): Map<string, readonly Cell[] | undefined> => {
  const byName = new Map<string, readonly Cell[] | undefined>();
  for (const { row, name } of plainRows(doc)) {
    if (charLength(name) >= 2 && !WHOLE_ROW.test(name)) byName.set(name, byName.has(name) ? undefined : row);
  }
  return byName;
});

/** A share column's head. */
const SHARE_COLUMN = /占比|比重|构成|所占比例/u;

/**
 * "民事案件598件，占全部结案的46.50%" under a table whose row 民事案件 states 598 and one share: the
 * prose restates the row, so its share is the row's. The row is known by its name before the figure
 * and by that figure, equal, in it.
 */
function rowShares(doc: Doc): RuleHit[] {
  const hits: RuleHit[] = [];
  const rows = rowsByName(doc);
  if (rows.size === 0) return hits;
  for (const s of proseSentences(doc)) {
    s.mentions.forEach((m, i) => {
      const part = i > 0 ? s.mentions[i - 1] : undefined;
      if (!part || m.unit !== '%' || !/^[，,]\s*占[^，,。；;]{0,12}$/u.test(doc.ctx.text.slice(part.end, m.start))) return;
      const share = isProse(doc, m) ? fig(doc, m) : undefined;
      const amount = isProse(doc, part) ? fig(doc, part) : undefined;
      if (!share || !amount || !share.exact || part.change !== undefined) return;
      const lead = doc.lead(part);
      const named = [...rows.keys()].filter((n) => lead.includes(n));
      const row = named.length === 1 && named[0] !== undefined ? rows.get(named[0]) : undefined;
      if (!row) return;
      // The row's one figure of the amount's kind equals it, and its one percent is under a share's column
      // (占比, 比重): a row of several amounts, or a rate of another kind (执行率, 增减), is not restated.
      const cells = row.flatMap((c) => c.mentions);
      const amounts = cells.flatMap((x) => { const f = x.unit === '' ? fig(doc, x, amount.unit) : fig(doc, x); return f !== undefined && f.family === amount.family ? [f] : []; });
      const percents = cells.flatMap((x) => (x.unit === '%' && SHARE_COLUMN.test(x.subject.text.split(' / ').at(-1) ?? '') ? [fig(doc, x)] : [])).filter((f): f is Fig => f !== undefined);
      const stated = percents.length === 1 ? percents[0] : undefined;
      if (amounts.length !== 1 || !amounts[0] || !meets(amounts[0], amount) || !stated || meets(stated, share)) return;
      hits.push({
        code: 'JX_CHECK_TABLE_NARRATIVE',
        severity: 'error',
        message: `“${named[0]}”的占比正文为 ${figText(share)}，表格为 ${figText(stated)}，两处不一致`,
        mention: m,
        expected: figText(stated),
        source: `表格中“${named[0]}”一行`,
        related: [stated.m, part],
      });
    });
  }
  return hits;
}

/** 甲区支出进度 and 支出进度: one names a row of a table (a part), the other the whole. */
function oneNamesARow(doc: Doc, a: Statement, b: Statement): boolean {
  if (a.table || b.table) return false;
  return namesARow(doc).answer(a) !== namesARow(doc).answer(b);
}

/**
 * Two rows of one table with labels of their own (县道日常养护里程, 乡道村道日常养护里程): the table
 * lists them apart, so they are two things however alike their names.
 */
function otherRows(doc: Doc, a: Statement, b: Statement): boolean {
  if (!a.table || !b.table || a.label === b.label) return false;
  const ca = doc.cellOf(a.f.m);
  const cb = doc.cellOf(b.f.m);
  return ca !== undefined && cb !== undefined && ca.table === cb.table && ca.row !== cb.row;
}

/** Whether a statement's label names a row of a table: asked of each statement against every earlier one, answered once. */
const namesARow = perDoc((doc) => {
  const names = rowNames(doc);
  const answers = new WeakMap<Statement, boolean>();
  return { answer: (x: Statement): boolean => readOnce(answers, x, (st) => names.some((n) => st.label.includes(n))) };
});

/** A list item under an intro naming targets (2024年主要绩效目标：- 改造人行道32,000平方米；): a target. */
function underTargets(doc: Doc, s: Sentence): boolean {
  let r = s.region;
  if (!opensItem(doc.textOf(r))) return false;
  while (r.index > 0 && r.kind === 'paragraph' && opensItem(doc.textOf(r))) r = doc.regions[r.index - 1] ?? r;
  const intro = doc.textOf(r).trim();
  return r.kind === 'paragraph' && /[：:]$/u.test(intro) && TARGET_CUE.test(intro);
}

function yearBefore(doc: Doc, m: Mention, s: Sentence): number | undefined {
  const before = doc.ctx.text.slice(s.start, m.start);
  // Most sentences name no year before a figure: no 年, no match.
  if (!before.includes('年')) return undefined;
  let year: number | undefined;
  // "较 2023 年前进 14 位" names the year compared with, not the year of the figure.
  for (const y of before.matchAll(/(较|比|与|同)?\s*(\d{4})\s*年/gu)) if (y[1] === undefined) year = Number(y[2]);
  return year;
}

/** A head run into its paragraph: （二）绩效目标。…, 2. 年度目标：… */
const RUN_IN_HEAD = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[.．、])?\s*([^。，,：:；;\d]{2,16})[。：:]/u;

/** A paragraph that states targets: under a goals heading, headed by one in its first words, or a list item under an intro naming targets. */
function targetParagraph(doc: Doc, s: Sentence): boolean {
  const section = s.region.section;
  // Goals state targets; a section of how they were met (绩效目标完成情况) states results, its targets told apart by their words.
  if ((section?.topic === 'goals' || /目标/u.test(section?.title ?? '')) && !/完成|实现/u.test(section?.title ?? '')) return true;
  // A paragraph headed in its first words (（二）绩效目标。建成…, 年度绩效目标：…) is that head's section all the same.
  const runIn = RUN_IN_HEAD.exec(doc.textOf(s.region))?.[1];
  if (runIn !== undefined && /目标/u.test(runIn) && !/完成|实现|实际|成效|对比|偏差|情况/u.test(runIn)) return true;
  return underTargets(doc, s);
}

function proseStatements(doc: Doc, out: Statement[]): void {
  const text = doc.ctx.text;
  const department = departmentReport(doc);
  // What a paragraph says of all its sentences (a target paragraph, the item it opens): read once per paragraph.
  let region: Region | undefined;
  let targets = false;
  let item: { name: string | undefined } | undefined;
  for (const s of proseSentences(doc)) {
    if (s.region !== region) {
      region = s.region;
      targets = targetParagraph(doc, s);
      item = undefined;
    }
    if (targets || /^[^，。]{0,12}(?:力争|预计|计划)/u.test(doc.textOf(s))) continue;
    let prevSubject = '';
    for (const m of s.mentions) {
      const subject = m.subject.text;
      const own = prevSubject;
      prevSubject = subject !== '' ? subject : prevSubject;
      if (!isProse(doc, m) || m.change !== undefined || m.kind === 'rank' || m.kind === 'plain' || m.kind === 'points') continue;
      // An adjustment, a target, a change, a score or last year's value is no statement of the metric itself.
      if (NOT_A_STATEMENT.has(m.frame.role?.value ?? 'actual')) continue;
      // "为170家四上企业派驻联络员": a count that quantifies the noun after it states no metric.
      if (m.subject.start >= m.end) continue;
      // "…，补贴资金907.41万元，占全县4,335.03万元的20.93%": a share's part is some part's, whoever it is named by.
      if (/^\s*[，,]\s*占/u.test(text.slice(m.end, m.end + 4)) && /^[\s，,：:]*(?:其中)?[\u4e00-\u9fff]{0,2}(?:资金|金额|补贴资金|补助资金)?$/u.test(lastClause(doc.lead(m)))) continue;
      const f = fig(doc, m);
      if (!f) continue;
      // "合同金额205.00万元，共10台": a count named by an amount's words counts something the words do not name.
      if (f.family.startsWith('count:') && /金额|资金|经费|费用|预算|支出/u.test(subject)) continue;
      const clause = `${lastClause(doc.lead(m))}${subject}`;
      if (TARGET_CUE.test(clause) || CHANGE_CUE.test(subject)) continue;
      // "预算执行率指标达到95%即得满分": a scoring rule's threshold, not what the rate was.
      if (SCORING_THRESHOLD.test(text.slice(m.end, m.end + 12))) continue;
      // "…总量达 115.49 亿元，占 GDP 比重达到 3.15%": the share belongs to the metric before it.
      let raw = /^占/u.test(subject) && own !== '' ? `${own}${subject}` : subject;
      let norm = doc.normalized(raw);
      let role = '';
      let merged: string | undefined;
      let split: { item: string; rest: string } | undefined;
      const given = f.family === 'money' ? GIVEN.exec(norm)?.[1] : undefined;
      if (given !== undefined && !isRoleOnly(given) && roleIn(given) === undefined) {
        merged = given;
        role = 'alloc';
        norm = given;
      } else if ((split = f.family === 'money' ? rowItemSubject(doc, raw) : undefined) !== undefined) {
        // "各县（区）实际支出", "甲区全年支出": a table row's name and a role, as the row states it.
        merged = doc.normalized(split.item);
        role = roleClass(doc.normalized(split.rest));
        norm = merged;
      } else if (isRoleOnly(norm) && !departmentGroup(doc, raw, s.region.section)) {
        const entity = entityOf(doc, m, s);
        if (entity) {
          merged = doc.normalized(entity);
          raw = `${entity}${raw}`;
          role = roleClass(norm);
          norm = doc.normalized(entity);
        } else if (partBefore(doc, s, m)) {
          // "项目支出1,026.52万元，全年预算1,071.25万元": the part's budget, not the year's whole.
          continue;
        } else if (WHOLE_YEAR.test(norm) || YEAR_WORD.test(raw.replace(/\s+/gu, '')) || (!department && (PROJECT_YEAR_WORD.test(raw.replace(/\s+/gu, '')) || sameSentenceWhole(doc, s, m, norm)))) {
          // The year's own totals: 全年预算数, 本年度实际支出, or 实际支出 beside 全年预算 in one sentence.
          norm = wholeYearKey(norm);
        } else {
          continue;
        }
      } else if (f.family === 'money' && ITEM_HEAD.test(text.slice(s.region.start, s.region.end)) && /支出/u.test(s.region.section?.title ?? '') && !/收入|预算|结余|结转/u.test(norm)) {
        // "1. 产业发展资金16.85万元；" under 项目支出情况: the item's spending.
        role = 'exec';
      }
      // "（一）预算安排。…按支出性质分，基本支出A" and "（三）基本支出。基本支出B": a heading says which.
      if (role === '' && f.family === 'money') role = headingRole(doc, s);
      if (charLength(norm) < (role === '' ? 4 : 2)) continue;
      // An item's name already in the label (a role-only figure takes it) needs no gate.
      if (merged === undefined) item ??= { name: itemName(doc, s) };
      const named = merged !== undefined ? undefined : item?.name;
      out.push({ f, key: doc.keyOf(norm), role, label: raw.replace(/\s+/gu, ''), table: false, place: '正文', year: yearBefore(doc, m, s), sentence: s, ...(named === undefined ? {} : { item: named }), ...(merged === undefined ? {} : { entity: merged }) });
    }
  }
}

/** The header above a cell: the nearest earlier row whose cell in that column is a label. */
function columnHeader(t: Table, row: number, col: number): string {
  for (let r = row - 1; r >= 0 && r >= row - 3; r--) {
    const c = t.rows[r]?.[col];
    if (c && c.text !== '' && c.mentions.length === 0) return squash(c.text);
  }
  return '';
}

const ACTUAL_COLUMN = /实际完成值|实际完成|完成值|实际值/u;

/**
 * A year under 决算数 in a header of two rows (决算数 over 2023年 | 2024年): read as 2024年决算数. The upper
 * cell spans the years, so it is the nearest one filled at or left of the column.
 */
function yearUnderActual(t: Table, col: number, header: string): [string, string, string] | undefined {
  const year = /^(\d{4})年度?$/u.exec(header)?.[1];
  if (year === undefined || secondHeaderRow(t) === undefined) return undefined;
  const upper = t.rows[0] ?? [];
  for (let c = col; c >= 1; c--) {
    const text = squash(upper[c]?.text ?? '');
    if (text !== '') return /^(?:决算|执行|实际支出)数?$/u.test(text) ? [header, year, '决算'] : undefined;
  }
  return undefined;
}
const BUDGET_COLUMN = /^(?:年初预算数|全年预算数|全年执行数)$/u;

function cleanLabel(s: string): string {
  return squash(s).replace(/^(?:其中[：:]?|\d{1,2}[、.．]|[（(]\d{1,2}[)）]|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)/u, '').replace(/[：:]$/u, '');
}

function tableStatements(doc: Doc, out: Statement[]): void {
  // A 合计 row states the unit's whole budget only in a 自评表: in a list of projects it is theirs.
  const scored = new Set(scoreTables(doc).flatMap((s) => s.table.rows));
  for (const t of doc.tables) {
    t.rows.forEach((row, r) => {
      row.forEach((cell, col) => {
        for (const m of cell.mentions) {
          if (m.change !== undefined || m.kind === 'rank') continue;
          const parts = m.subject.text.split(' / ').map((p) => p.trim());
          let label: string | undefined;
          let f: Fig | undefined;
          // (a year's 决算数 stands in a table of the unit's accounts, not in the 自评表)
          let place = '自评表';
          if (parts.length >= 2) {
            const header = squash(parts[parts.length - 1] ?? '');
            const labels = parts.slice(0, -1).filter((p) => p !== '' && !/^[—\-－]+$/u.test(p));
            if (ACTUAL_COLUMN.test(header)) {
              label = cleanLabel(labels[labels.length - 1] ?? '');
              // A bare 118.8 under 实际完成值 takes the unit of its row's target (57亿元).
              const target = row.flatMap((c) => c.mentions).find((x) => x !== m && /指标值|目标/u.test(x.subject.text) && x.unit !== '');
              f = m.unit === '' && target ? fig(doc, m, target.unit) : fig(doc, m);
            } else if (BUDGET_COLUMN.test(header) && (/资金总额/u.test(labels[0] ?? '') || (/合计|总计/u.test(labels[0] ?? '') && scored.has(row)))) {
              label = header;
              f = fig(doc, m);
              const norm = doc.normalized(label);
              if (f) out.push({ f, key: doc.keyOf(norm), role: '', label, table: true, place: '自评表', year: undefined, sentence: undefined });
              continue;
            } else {
              const y = /^(\d{4})年(决算|预算)数$/u.exec(header) ?? yearUnderActual(t, col, header);
              if (y && doc.year !== undefined && Number(y[1]) === doc.year && y[2] === '决算') {
                label = cleanLabel(labels[0] ?? '');
                f = fig(doc, m);
                place = '表格';
              } else if (!scored.has(row)) {
                // (a column the report's year spans, 2024年 over 预算 | 决算, is read as its measure alone)
                const measure = doc.year !== undefined && header.startsWith(`${doc.year}年`) ? header.replace(/^\d{4}年度?/u, '') || header : header;
                // A sub-item's row (（二）特殊困难老人探访关爱 | 全年预算 | 实际支出) states what its list item in prose does.
                const own = itemStatement(doc, m, t, row, measure);
                if (own) out.push(own);
                const general = lineStatement(doc, m, t, row, col, measure);
                if (general) {
                  const norm = doc.normalized(general.label);
                  const gf = fig(doc, m);
                  if (gf && charLength(norm) >= 4 && !isRoleOnly(norm)) {
                    out.push({ f: gf, key: doc.keyOf(norm), role: '', label: general.label, table: true, place: '表格', year: undefined, sentence: undefined, frame: general.frame });
                  }
                }
                continue;
              }
            }
          } else if (m.subject.text !== '' && ACTUAL_COLUMN.test(columnHeader(t, r, col))) {
            // The 实际完成情况 cell of 年度总体目标: prose inside the table.
            const s = m.subject.text;
            if (TARGET_CUE.test(s) || CHANGE_CUE.test(s) || m.kind === 'plain' || m.kind === 'points') continue;
            const prev = cell.mentions[cell.mentions.indexOf(m) - 1];
            label = /^占/u.test(s) && prev ? `${prev.subject.text}${s}` : s;
            f = fig(doc, m);
          }
          if (label === undefined || !f) continue;
          const norm = doc.normalized(label);
          if (charLength(norm) < 4 || (isRoleOnly(norm) && !departmentGroup(doc, label, t.region.section))) continue;
          out.push({ f, key: doc.keyOf(norm), role: '', label, table: true, place, year: undefined, sentence: undefined });
        }
      });
    });
  }
}

/** A column of this year's actuals without a year: each row's cell states the row's item. */
const ACTUALS_COLUMN = /^(?:本年|当年)?(?:决算数?|决算金额|支出决算数?|实际支出数?|执行数|实际执行数?)$/u;
/** A row that totals the whole table: its cell states the column's metric. */
const WHOLE_ROW = /^(?:合计|总计)$/u;

/**
 * A cell of a table other than the 自评表 as a statement: under a column of actuals (决算数), the
 * item its row names, with the role the row's own name gives (上年结转结余 is a balance, not a
 * spending); in a whole-table 合计 row, a count the column names (退休人数). Money and rates in a
 * 合计 row are the listed items' only, not the unit's, so they are left alone. Such a statement is
 * compared only with prose naming the very same item (see `mayCompare`).
 */
function lineStatement(doc: Doc, m: Mention, t: Table, row: readonly Cell[], col: number, header: string): { label: string; frame: Frame } | undefined {
  // A row under a classification code (2130209 森林生态效益补偿) is a 科目 of the functional
  // classification, not the project of the same name the prose lists.
  if (codedRow(doc, row)) return undefined;
  // In a table of two halves (收入项目 | 决算数 | 支出项目 | 决算数) a figure is the item's left of it.
  const item = twoHalves(t) ? cleanLabel(labelBefore(row, col)) : rowItem(doc, t, row);
  if (ACTUALS_COLUMN.test(bracketless(header)) && item !== '' && !WHOLE_ROW.test(item) && !/上年|去年|同期/u.test(header)) {
    const role = roleIn(item);
    return { label: item, frame: role === undefined ? m.frame : { ...m.frame, role: { value: role, from: 'row' } } };
  }
  if (m.kind === 'count' && WHOLE_ROW.test(item)) return { label: bracketless(header), frame: m.frame };
  return undefined;
}

/** A column of each item's budget or spending: a row's figure there is that item's, by role. */
const ITEM_ROLE_COLUMN: readonly [string, RegExp][] = [
  ['budget', /^(?:全年|调整后|年度)?预算(?:数|金额|资金)?$|^安排(?:预算|资金)$/u],
  ['exec', /^(?:全年)?(?:实际支出|支出数?|执行数|实际执行数?)$/u],
  ['alloc', /^(?:下达|分配|拨付)(?:资金|金额|数)?$/u],
];

/**
 * A sub-item's budget or spending on its row, as the prose names it (特殊困难老人探访关爱：安排预算…):
 * keyed by the item's name with the column's role, so it meets only prose that names the item.
 */
function itemStatement(doc: Doc, m: Mention, t: Table, row: readonly Cell[], header: string): Statement | undefined {
  const column = bracketless(header);
  const role = ITEM_ROLE_COLUMN.find(([, re]) => re.test(column))?.[0];
  if (role === undefined || twoHalves(t) || row.some(isCode)) return undefined;
  const own = rowItem(doc, t, row);
  // The 合计 row is all the rows': prose names it 各 and the rows' kind (各县（区）实际支出 over 县（区） | … rows).
  const item = WHOLE_ROW.test(own) ? allRows(t) ?? '' : own;
  const norm = doc.normalized(item);
  const f = fig(doc, m);
  if (!f || f.family !== 'money' || item === '' || WHOLE_ROW.test(item) || charLength(norm) < 2 || isRoleOnly(norm) || roleIn(norm) !== undefined) return undefined;
  return { f, key: doc.keyOf(norm), role, label: `${item}${header}`, table: true, place: '表格', year: undefined, sentence: undefined, frame: {} };
}

/** A classification code's cell (2130209 under 科目编码): digits read as no figure, unlike a count (3105 under 人数). */
function isCode(c: Cell): boolean {
  return c.mentions.length === 0 && CODE.test(c.text.trim());
}

/** A classification code's digits (2130209). */
const CODE = /^\d{3,7}$/u;

/** How prose names all of a table's rows: 各 and the head of their column (各县（区）, 各乡镇), if it names a kind. */
function allRows(t: Table): string | undefined {
  const head = squash(t.rows[0]?.[0]?.text ?? '');
  return charLength(bracketless(head)) >= 1 && charLength(head) <= 8 && !/项目|名称|序号|指标|类别|科目|单位|内容/u.test(head) ? `各${head}` : undefined;
}

/** Answers about a table and its rows that every figure in them asks: worked out once (a document's rows in Maps of its own). */
const halvesOf = new WeakMap<Table, boolean>();
const codedRows = perDoc(() => new Map<readonly Cell[], boolean>());

/** A header naming one column twice (决算数 | … | 决算数): a table of two halves side by side. */
function twoHalves(t: Table): boolean {
  return readOnce(halvesOf, t, (table) => {
    const names = (table.rows[0] ?? []).map((c) => squash(c.text)).filter((n) => n !== '');
    return new Set(names).size < names.length;
  });
}

const rowItemOf = perDoc(() => new Map<readonly Cell[], string>());

/**
 * The item a row names, its list marker and colon dropped (every figure of the row asks). Under a
 * column of groups (提质改造 | 行道树补植 over  | 口袋公园建设 over  | 小计) the item is the second
 * label, and a 小计 row with no group of its own is the subtotal of the group above it.
 */
function rowItem(doc: Doc, t: Table, row: readonly Cell[]): string {
  return readOnce(rowItemOf(doc), row, (r) => {
    if (!groupColumn(t) || !isLabel(r[1])) return cleanLabel(rowLabel(r));
    const own = cleanLabel(squash(r[1]?.text ?? ''));
    if (isLabel(r[0]) || !/^小[\s\u3000]*计$/u.test(own)) return own;
    for (let k = t.rows.findIndex((x) => x === r) - 1; k > 0; k--) {
      const group = t.rows[k]?.[0];
      if (isLabel(group)) return cleanLabel(squash(group?.text ?? ''));
    }
    return own;
  });
}

/** Whether a cell holds words, not figures or nothing. */
function isLabel(c: Cell | undefined): boolean {
  return c !== undefined && labelCell([c]) !== undefined;
}

const groupColumns = new WeakMap<Table, boolean>();

/**
 * Whether a table's first column names groups of the rows beside it: a body row leaves it empty
 * (the group's cell spans down) while its second cell names an item, and another row names both.
 */
function groupColumn(t: Table): boolean {
  return readOnce(groupColumns, t, (table) => {
    const body = table.rows.slice(1).filter((r) => r.some((c) => c.mentions.length > 0));
    return body.some((r) => !isLabel(r[0]) && (r[0]?.text.trim() ?? '') === '' && isLabel(r[1])) && body.some((r) => isLabel(r[0]) && isLabel(r[1]));
  });
}

/** A row under a classification code (2130209 森林生态效益补偿): a 科目 of the functional classification. */
function codedRow(doc: Doc, row: readonly Cell[]): boolean {
  return readOnce(codedRows(doc), row, (r) => r.some((c) => CODE.test(c.text.trim())));
}

/** Two statements that may be compared: a line of some other table only with prose or the 自评表 naming the same item. */
function mayCompare(e: Statement, s: Statement): boolean {
  if (e.entity !== undefined && s.entity !== undefined && e.entity !== s.entity) return false;
  // A figure stated in a list item is that item's: it compares with another item's only if the
  // same, with any other statement only if that one names the item.
  if (e.item !== undefined && s.item !== undefined && e.item !== s.item) return false;
  const one = e.item === undefined ? s : s.item === undefined ? e : undefined;
  const other = one === e ? s : e;
  if (one?.item !== undefined && !other.label.includes(one.item)) return false;
  if (e.place !== '表格' && s.place !== '表格') return true;
  return (e.table !== s.table || e.place === '自评表' || s.place === '自评表') && e.key.text === s.key.text;
}

/** A section titled by one item (1.公共文化服务体系建设项目, （二）乡村振兴衔接资金): its figures are that item's. */
const ITEM_TITLE = /(?:项目|工程|专项|经费|补助|补贴|资金)$/u;
/** Headings of a report's parts, not items (项目支出情况, 资金使用, 产出目标完成情况, 项目资金). */
const PART_TITLE = /(?:情况|分析|概况|目标|指标|问题|措施|建议|结论|说明|来源|构成)$|^(?:预算|资金|经费|项目)(?:安排|使用|执行|管理|投入)|^(?:本年|当年|上年|年度|全年|部门|本级|重点|其他|财政|上级|专项)*(?:项目|支出|资金|经费|补助|补贴)+$/u;

/** The innermost section around a section that an item titles, if any: read once per section (asked of every pair compared). */
const itemSections = perDoc(() => new Map<Section | undefined, string | undefined>());

function itemSection(path: readonly string[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const title = squash(path[i] ?? '');
    if (charLength(title) >= 6 && ITEM_TITLE.test(title) && !PART_TITLE.test(title)) return path.slice(0, i + 1).join('/');
  }
  return undefined;
}

/** The innermost section around a statement that an item titles, if any. */
function itemSectionOf(doc: Doc, st: Statement): string | undefined {
  const section = doc.regionOf(st.f.m)?.section;
  return readOnce(itemSections(doc), section, (s) => itemSection(s?.path ?? []));
}

/** Each figure of a 自评表, by the table's place among several (a department's projects' tables); none when one. */
const scoreTableOfMention = perDoc((doc): Map<Mention, number> => {
  const tables = scoreTables(doc);
  const found = new Map<Mention, number>();
  if (tables.length < 2) return found;
  tables.forEach((st, k) => {
    for (const row of st.table.rows) for (const c of row) for (const m of c.mentions) found.set(m, k);
  });
  return found;
});

/**
 * The 自评表 a statement stands in, when the report has several: each is one project's, its figures
 * met only by figures of its own table or of the item's own section (1.甲项目 over its table).
 */
function ownScoreTable(doc: Doc, st: Statement): number | undefined {
  return st.table ? scoreTableOfMention(doc).get(st.f.m) : undefined;
}

/**
 * Words of a budget line: what each item has of its own. In a project's report an outcome (企业总数) may
 * be restated under any of its items.
 */
const BUDGET_LINE = /预算|支出|资金|拨款|经费|结余|结转|执行|决算/u;

/**
 * Two budget lines each in a section of its own item (1.甲项目 and 2.乙项目: 资金来源为本年财政拨款X):
 * they are two items' figures. So are two of several 自评表, and one of them and a figure outside its
 * item's section.
 */
function otherItems(doc: Doc, e: Statement, s: Statement): boolean {
  const ta = ownScoreTable(doc, e);
  const tb = ownScoreTable(doc, s);
  if (ta !== undefined || tb !== undefined) {
    if (ta !== undefined && tb !== undefined) return ta !== tb;
    const [st, other] = ta !== undefined ? [e, s] : [s, e];
    const section = itemSectionOf(doc, st);
    return section === undefined || itemSectionOf(doc, other) !== section;
  }
  // (in a department's report each project's section states that project's outcomes too)
  if (!departmentReport(doc) && (!BUDGET_LINE.test(e.label) || !BUDGET_LINE.test(s.label))) return false;
  const a = itemSectionOf(doc, e);
  const b = a === undefined ? undefined : itemSectionOf(doc, s);
  return a !== undefined && b !== undefined && a !== b;
}

/**
 * A sentence opening with 其中 right after the one stating the whole says the same of a part
 * (全县补贴面积A亩…。其中种粮大户218户，补贴面积B亩): the two are the whole's and the part's.
 */
function partAfter(doc: Doc, e: Statement, s: Statement): boolean {
  if (!e.sentence || !s.sentence || e.sentence.region !== s.sentence.region) return false;
  const list = doc.sentencesIn(s.sentence.region);
  const later = list.indexOf(s.sentence) > list.indexOf(e.sentence) ? s.sentence : e.sentence;
  const earlier = later === s.sentence ? e.sentence : s.sentence;
  return list.indexOf(later) === list.indexOf(earlier) + 1 && /^\s*其中/u.test(doc.textOf(later));
}

/** Words that make a column header of a value column: its values are budgets, last year's, targets. */
const VALUE_HEAD = /预算|决算|执行|目标|指标|计划|金额|数额|数值|\d{4}|上年|本年|合计|值$|数$|[（(]/u;

/** The whole score, however a cover names it: 自评得分, 自评总分, 综合得分, 总分. */
const WHOLE_SCORE = /^(?:自评|综合)?(?:总)?得分$|^(?:自评)?总分$/u;

/**
 * A table of two columns, a name and its value on each row (a cover sheet: 全年执行数（万元） | 476.15,
 * 自评得分 | 98.9), as statements of those names; and the 自评表's own 总分 as the whole score. A
 * cover is compared with the 自评表 and with prose, item by identical name.
 */
function coverStatements(doc: Doc, out: Statement[]): void {
  for (const t of doc.tables) {
    if (Math.max(...t.rows.map((row) => row.length)) !== 2) continue;
    const pairs = t.rows.filter((row) => (row[0]?.mentions.length ?? 1) === 0 && row[1]?.mentions.length === 1);
    // A header naming its value column (年初预算数（万元）, 2023年决算数, 年度目标值) says what the values are: no cover.
    const head = t.rows[0]?.[1];
    if (pairs.length < 2 || (head !== undefined && head.mentions.length === 0 && VALUE_HEAD.test(squash(head.text)))) continue;
    for (const row of pairs) {
      const m = row[1]?.mentions[0];
      const name = cleanLabel(bracketless(row[0]?.text ?? ''));
      if (!m || m.change !== undefined || name === '') continue;
      const score = WHOLE_SCORE.test(name);
      const f = score ? fig(doc, m, '分') : fig(doc, m);
      const label = score ? '自评总分' : name;
      const norm = doc.normalized(label);
      // 全年执行数 alone names only a role, but on a cover it is the project's, as in the 自评表.
      if (!f || charLength(norm) < 4 || (isRoleOnly(norm) && !BUDGET_COLUMN.test(label))) continue;
      out.push({ f, key: doc.keyOf(norm), role: '', label, table: true, place: '表格', year: undefined, sentence: undefined, frame: {} });
    }
  }
  for (const st of scoreTables(doc)) {
    const m = st.total?.score?.mentions[0];
    const f = m ? fig(doc, m, '分') : undefined;
    if (f) out.push({ f, key: doc.keyOf('自评总分'), role: '', label: '自评总分', table: true, place: '自评表', year: undefined, sentence: undefined, frame: {} });
  }
}

/** Where a budget is set (预算安排) and where it is spent (预算执行, 资金使用): what a section's title says its figures are. */
function stageOf(st: Statement): 'plan' | 'spent' | undefined {
  const title = st.sentence?.region.section?.title ?? '';
  // 预算收入 is what the year had to spend: its parts by nature (其中：基本支出A) are budgets too.
  if (/安排|预算(?:批复|下达|收入)|收入预算|资金(?:来源|投入)/u.test(title)) return 'plan';
  if (/执行|使用|支出(?:情况)?$/u.test(title)) return 'spent';
  return undefined;
}

/**
 * 其中基本支出312.44万元 under 预算安排 and 基本支出311.80万元 under 预算执行: a plan and what was spent,
 * when neither says which by its own words (a role in its frame).
 */
function stagesDiffer(a: Statement, b: Statement): boolean {
  if (a.table || b.table || (a.frame ?? a.f.m.frame).role || (b.frame ?? b.f.m.frame).role) return false;
  const [x, y] = [stageOf(a), stageOf(b)];
  return x !== undefined && y !== undefined && x !== y;
}

const PLAN_VERB = /下达|分配|安排|批复|核定|预算/u;
const SPENT_VERB = /发放|支出|兑付|兑现|使用|执行|支付/u;

/** What a statement's own words say of its stage: 下达…资金 (the funds given) or 发放…资金 (what was paid out). */
function verbStage(st: Statement): 'plan' | 'spent' | undefined {
  const plan = PLAN_VERB.test(st.label);
  const spent = SPENT_VERB.test(st.label);
  return plan === spent ? undefined : plan ? 'plan' : 'spent';
}

/** 下达补贴资金13,420.00万元 and 全年发放补贴资金13,404.18万元: the funds given and those paid out are two figures. */
function verbsDiffer(a: Statement, b: Statement): boolean {
  const [x, y] = [verbStage(a), verbStage(b)];
  return x !== undefined && y !== undefined && x !== y;
}

/** The kind of funds a statement's section is about (一般公共预算财政拨款支出情况): '' for the unit's whole. */
function fundOf(st: Statement): string {
  return FUND_SCOPE.exec(st.sentence?.region.section?.title ?? '')?.[0] ?? '';
}

/** 基本支出 of the department and 基本支出 under 一般公共预算财政拨款支出情况: two scopes, two figures. */
function fundsDiffer(a: Statement, b: Statement): boolean {
  return !a.table && !b.table && fundOf(a) !== fundOf(b);
}

function yearsDiffer(doc: Doc, a: Statement, b: Statement): boolean {
  const ya = a.year ?? doc.year;
  const yb = b.year ?? doc.year;
  return ya !== undefined && yb !== undefined && ya !== yb;
}

/** A count stated round (1300) beside a close exact one (1302): likely loose wording. */
function loose(a: Fig, b: Fig): boolean {
  if (!a.exact || !b.exact) return true;
  if (!a.family.startsWith('count:')) return false;
  const round = (f: Fig): boolean => f.value.isInteger() && f.value.mod(100).isZero();
  const rel = a.value.minus(b.value).abs().div(a.value.abs().plus(b.value.abs()).div(2));
  return (round(a) || round(b)) && rel.lte('0.01');
}

function conflicts(doc: Doc, list: Statement[]): RuleHit[] {
  list.sort((a, b) => a.f.m.start - b.f.m.start);
  const hits: RuleHit[] = [];
  // Statements grouped by family and role, found through the bigrams of their subjects: positions
  // in `list`. A statement shares many bigrams with another; `metBy` marks it met once per later
  // statement (a set per statement would be made and grown for every one).
  const byKind = new Map<string, Map<string, number[]>>();
  const metBy = new Array<number>(list.length).fill(-1);
  for (let i = 0; i < list.length; i++) {
    const s = list[i] as Statement;
    const earlier: Statement[] = [];
    const kind = `${s.f.family}|${s.role}`;
    let byGram = byKind.get(kind);
    if (byGram === undefined) {
      byGram = new Map();
      byKind.set(kind, byGram);
    }
    for (const g of s.key.grams) {
      for (const k of byGram.get(g) ?? []) {
        if (metBy[k] === i) continue;
        metBy[k] = i;
        const e = list[k] as Statement;
        if (sameMetric(e.key, s.key)) earlier.push(e);
      }
    }
    if (s.key.grams.size === 0) continue;
    for (const g of s.key.grams) {
      const l = byGram.get(g);
      if (l) l.push(i);
      else byGram.set(g, [i]);
    }
    const comparable = earlier
      .filter(
        (e) =>
          mayCompare(e, s) &&
          (e.sentence === undefined || e.sentence !== s.sentence) &&
          // A budget and its actual, last year and this, a part and its group, an example and the
          // rest, a denial and a statement: two figures are compared only when they can be one thing.
          framesCompatible(e.frame ?? e.f.m.frame, s.frame ?? s.f.m.frame) &&
          !yearsDiffer(doc, e, s) &&
          !stagesDiffer(e, s) &&
          !verbsDiffer(e, s) &&
          !fundsDiffer(e, s) &&
          !oneNamesARow(doc, e, s) &&
          !otherRows(doc, e, s) &&
          !otherItems(doc, e, s) &&
          !partAfter(doc, e, s) &&
          (e.f.exact || s.f.exact),
      )
      .sort((a, b) => a.f.m.start - b.f.m.start);
    if (comparable.length === 0 || comparable.some((e) => meets(e.f, s.f))) continue;
    const first = comparable[0];
    if (!first) continue;
    const code = first.table !== s.table ? 'JX_CHECK_TABLE_NARRATIVE' : 'JX_CHECK_CONFLICT';
    const where = (x: Statement): string => x.place;
    const sameKind = first.table === s.table;
    const message = sameKind
      ? `“${s.label}”此处为 ${figText(s.f)}，前文为 ${figText(first.f)}，两处不一致`
      : `“${s.label}”${where(s)}为 ${figText(s.f)}，${where(first)}为 ${figText(first.f)}，两处不一致`;
    hits.push({
      code,
      severity: loose(first.f, s.f) ? 'warning' : 'error',
      message,
      mention: s.f.m,
      expected: figText(first.f),
      source: `同一指标的前文表述（${first.label}）`,
      related: comparable.filter((e) => !meets(e.f, s.f)).map((e) => e.f.m),
    });
  }
  return hits;
}

export const rule: Rule = {
  meta: {
    id: 'conflict',
    description: '同一指标在正文、表格中多处出现时数值应一致',
    codes: ['JX_CHECK_CONFLICT', 'JX_CHECK_TABLE_NARRATIVE'],
  },
  check(ctx: RuleContext): RuleHit[] {
    const doc = docOf(ctx);
    const statements: Statement[] = [];
    proseStatements(doc, statements);
    tableStatements(doc, statements);
    coverStatements(doc, statements);
    return [...conflicts(doc, statements), ...rowShares(doc)];
  },
};
