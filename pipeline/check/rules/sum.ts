/**
 * sum — parts that do not add up to their stated total.
 *
 * Three shapes:
 * 1. In a sentence: "支出 X，其中/包括/分别为 a、b、c" (nested 其中 too: a part followed by its own
 *    其中 opens a group inside; that group closes at ；, or once its parts reach its total), and
 *    "a、b，合计 X"; "支出 X 按用途划分，共涉及三个方向，其中：a、b、c" (all three listed: a whole list).
 * 2. A numbered list (child sections 1.…5. or paragraphs 1.…7.) whose every item states its amount
 *    in its first clause, against the total the section before or the section's intro states for
 *    the section's subject (title "项目支出情况" → a figure of 项目支出).
 * 3. "共 N 个，分别为：A、B、C" and "N 个…如下：" followed by a list or a table: the count of items (rows).
 *
 * 其中 lists are partial by nature: flagged only when the parts exceed the total. 包括, 分别为,
 * 分为, 由…组成, 合计 and complete lists must match. A list with a missing amount is not checked.
 */
import type { Section } from '../../corpus/index.js';
import { Dec } from '../../decimal.js';
import type { Mention } from '../../mentions/index.js';
import { docOf, rowLabel, squash, type Doc, type Region, type Sentence } from './support/doc.js';
import { decimalsFor, fig, figText, gap, harmonize, meets, show, sumOf, type Fig } from './support/figure.js';
import { amountFig, bracketed, BREAKDOWN_INTRO, closesBetween, ENDS_ON_REST, earlierBudget, isProse, lastClause, proseSentences } from './support/prose.js';
import type { Rule, RuleContext, RuleHit } from './types.js';

const PARTIAL_MARK = /^[\s，,：:]*(?:其中|(?:主要)?用于|的?(?:支出|资金|经费)?中[，,：:])/u;
/** Kinds of spending that stand side by side: after a ；, one of them opens a sibling, not a part of the other. */
const SIBLING_KIND = /基本支出|项目支出|人员经费|公用经费|三公经费|政府采购/u;
const WHOLE_MARK = /^[\s，,：:]*(?:包括|包含|分别为|分别是|分为|具体为|由)/u;
/** Words that start a new statement inside a sentence: the figure after them is no part. */
/**
 * "对象1,326人，其中年初在册1,358人，年内新增21人、减少53人": what came and went since the start of
 * the year, not a breakdown of the total.
 */
function movement(list: string): boolean {
  return /^[^，,；;。]{0,6}(?:年初|期初|上年末)/u.test(list) || (/新增|增加/u.test(list) && /减少|减员/u.test(list));
}

const NOT_A_PART = /结余|结转|执行率|比上年|较上年|同比|增长|减少|下降|合计|总计|共计|累计|预算|实际支出/u;
const TRAILING_TOTAL = /(?:^|[，,；;：:、])\s*(?:以上|上述)?(?:合计|共计|总计|共有|共)(?:为|达|金额)?\s*$/u;

/** Levels of government a fund comes from: 中央, 省级, 市级, 县级… */
const LEVEL = '(?:中央|省级?|市级?|县级?|区级?|乡镇|本级)';
const LEVELS_JOINED = new RegExp(`(${LEVEL}(?:(?:和|与|及|、)${LEVEL})+)(?:财政|两级|三级|四级)?`, 'u');
/** A part named by its level and a fund word alone (中央资金, 省级财政补助): not what a level spent or used. */
const LEVEL_HEAD = new RegExp(`^(?:其中[：:]?)?(${LEVEL})(?:财政)?(?:补助)?(?:资金|经费|补助)?(?:为|是)?$`, 'u');

/**
 * "中央和省级财政共下达资金X，其中中央资金a、省级资金b": a 其中 list of the very levels the total names
 * is all of it. Each part opens with one of them and every one is listed.
 */
function levelsNamed(doc: Doc, g: Group): boolean {
  const joined = LEVELS_JOINED.exec(lastClause(doc.lead(g.total.m)).replace(/\s+/gu, ''))?.[1];
  if (joined === undefined) return false;
  const short = (x: string) => x.replace(/级$/u, '');
  const named = new Set(joined.split(/和|与|及|、/u).map(short));
  const listed = g.parts.map((p) => LEVEL_HEAD.exec(lastClause(doc.lead(p.m)).replace(/[\s，,、]+/gu, ''))?.[1]);
  if (listed.some((x) => x === undefined)) return false;
  const got = new Set(listed.map((x) => short(x ?? '')));
  return got.size === named.size && g.parts.length === named.size && [...named].every((x) => got.has(x));
}

/** 基本支出 is 人员经费 and 公用经费 by definition: a 其中 list of those two is all of it. */
function basicSpending(doc: Doc, g: Group): boolean {
  if (g.parts.length !== 2 || !/基本支出$/u.test(squash(lastClause(doc.lead(g.total.m))) + squash(g.total.m.subject.text))) return false;
  return basicParts(doc, g.parts.map((p) => p.m));
}

/** Two amounts named 人员经费 then 公用经费 (其中 before them or not): the parts 基本支出 is made of. */
function basicParts(doc: Doc, parts: readonly Mention[]): boolean {
  const names = parts.map((m) => squash(lastClause(doc.lead(m))).replace(/^[、，,（(]*(?:其中[：:]?)?/u, ''));
  return names.length === 2 && /^人员经费(?:支出)?(?:为)?$/u.test(names[0] ?? '') && /^公用经费(?:支出)?(?:为)?$/u.test(names[1] ?? '');
}

interface Group {
  total: Fig;
  parts: Fig[];
  whole: boolean;
  /** Where the marker word (其中, 包括…) ends: the first part must follow within its clause. */
  markerEnd: number;
  /** How many kinds the total was said to have (共涉及三个方向), when a count before 其中 said so. */
  kinds?: Fig;
  /** Parts in brackets right after their total (基本支出A（人员经费a，公用经费b）): over when they close. */
  bracket?: boolean;
}

/** Nouns a count of kinds names: 三个方向, 四类, 五个方面. */
const KINDS = /^(?:个|项|类)?(?:方向|方面|类别|领域|部分|用途|板块|渠道|环节)|^类/u;

interface Mismatch {
  /** Σ parts, in the total's base unit. */
  value: Dec;
  diff: string;
  sum: string;
  decimals: number;
}

/** Σ parts against the total; undefined when they agree (a partial list may fall short). */
function mismatch(statedTotal: Fig, statedParts: readonly Fig[], partial: boolean): Mismatch | undefined {
  const [total, ...parts] = harmonize([statedTotal, ...statedParts]);
  if (!total) return undefined;
  const s = sumOf(parts);
  if (partial ? s.lo.lte(total.hi) : meets(s, total)) return undefined;
  const decimals = decimalsFor([total, ...parts]);
  const value = parts.reduce((acc, p) => acc.plus(p.value), new Dec(0));
  return { value, decimals, sum: show(value, total, decimals), diff: show(gap(value, total.value), total, decimals) };
}

function sumHit(total: Fig, parts: readonly Fig[], x: Mismatch, message: string): RuleHit {
  return {
    code: 'JX_CHECK_SUM',
    severity: 'error',
    message,
    mention: total.m,
    expected: x.sum,
    source: `Σ 分项（${parts.map((p) => figText(p)).join(' + ')}）`,
    related: parts.map((p) => p.m),
  };
}

/**
 * 收入总计A，其中：财政拨款收入a，…，年初结转和结余c: a 收入总计 holds what was carried in (a 决算's
 * 总计 is the year's income and the carry-over), so that is a part of it, not the end of its list.
 * So does what there was to spend (可用资金A，由…a，…b，上年结转资金c组成).
 */
function carriedIntoIncome(doc: Doc, open: Group | undefined, lead: string): boolean {
  return open !== undefined && /(?:收入总计|可用资金|可支配资金|资金总额)(?:为|达|共|合计)?$/u.test(squash(lastClause(doc.lead(open.total.m)))) && /^(?:年初|上年)结转(?:和|与|及)?(?:结余)?(?:资金)?(?:为)?$/u.test(squash(lastClause(lead)));
}

/** 1. Groups inside one sentence. */
function sentenceGroups(doc: Doc, s: Sentence, hits: RuleHit[]): void {
  const text = doc.ctx.text;
  const groups: Group[] = [];
  const stack: Group[] = [];
  const used = new Set<Mention>();
  let prevEnd = s.start;
  const cands: Fig[] = [];
  s.mentions.forEach((m, i) => {
    const lead = text.slice(prevEnd, m.start);
    prevEnd = m.end;
    const f = amountFig(doc, m);
    if (!f) {
      // "基本支出2149.99万元，占比50.72%，其中人员经费…": a 其中 after an amount's share (or its 执行率) opens that amount's parts.
      const next = s.mentions[i + 1];
      const mark = PARTIAL_MARK.exec(text.slice(m.end, next ? next.start : s.end));
      const owner = cands[cands.length - 1];
      if (mark && owner && m.unit === '%' && /^[，,]\s*(?:占|(?:预算)?执行率)[^，,。；;]{0,8}$/u.test(text.slice(owner.m.end, m.start))) {
        const g: Group = { total: owner, parts: [], whole: false, markerEnd: m.end + mark[0].length };
        groups.push(g);
        stack.push(g);
      }
      return;
    }
    // "…51家等；" ends the enumeration; a ； alone may separate parts of one list.
    if ((NOT_A_PART.test(lead) && !carriedIntoIncome(doc, stack[stack.length - 1], lead)) || /等\s*[，,；;]/u.test(lead)) stack.length = 0;
    else if (/[；;]/u.test(lead)) {
      stack.length = Math.min(stack.length, 1);
      // "基本支出800万元，其中…；项目支出400万元": the second kind stands beside the first, not in it.
      const open = stack[0];
      if (open && SIBLING_KIND.test(lastClause(lead)) && SIBLING_KIND.test(squash(open.total.m.subject.text))) stack.length = 0;
    }

    // "基本支出A（人员经费a，公用经费b），项目支出B": the brackets' list ends where they close.
    while (stack[stack.length - 1]?.bracket === true && closesBetween(text, stack[stack.length - 1]?.markerEnd ?? m.start, m.start)) stack.pop();
    const before = cands[cands.length - 1];
    const opened = before !== undefined && before.family === f.family ? /^\s*[（(](?=[^（()）]*$)/u.exec(text.slice(before.m.end, m.start)) : null;
    if (before && opened) {
      const g: Group = { total: before, parts: [], whole: false, markerEnd: before.m.end + opened[0].length, bracket: true };
      groups.push(g);
      stack.push(g);
    }

    // "计划总投资A，其中财政资金B，实际到位财政资金C": what actually came is no part of the plan's list.
    const open = stack[stack.length - 1];
    if (open && open.parts.length > 0 && ACTUAL_LEAD.test(lastClause(lead).trim()) && !ACTUAL_LEAD.test(lastClause(doc.lead(open.total.m)).trim() + squash(open.total.m.subject.text))) stack.length = 0;
    const top = stack[stack.length - 1];
    // "基本支出800万元（人员经费600万元、公用经费200万元），项目支出400万元": amounts in brackets break down
    // the amount before them, not the list the brackets stand in.
    // (an average among the parts, 开设48个班次，每班次平均8,572.92元, is no part: it is per item)
    if (top && f.family === top.total.family && !bracketed(text, top.markerEnd, m.start) && !AVERAGE.test(lastClause(lead))) {
      if (top.parts.length === 0 && /[，,；;。]/u.test(text.slice(top.markerEnd, m.start))) {
        // "资金240万元，包括市级和区级资金，其中市级200万元": 包括 named no figures; no list.
        stack.pop();
        groups.splice(groups.indexOf(top), 1);
      } else {
        top.parts.push(f);
        used.add(m);
        // A nested group is done once its parts reach its total; the outer list goes on.
        if (top.parts.length >= 2 && meets(sumOf(top.parts), top.total)) stack.pop();
      }
    }

    // Trailing total: "a、b，合计 X".
    if (TRAILING_TOTAL.test(lead)) {
      // (a weight in brackets after a score, 决策19分（满分20分）, is no part: only figures as bracketed as the total)
      const inBrackets = bracketed(text, s.start, m.start);
      // Only figures since the last item marker: "（1）…合计329.60万元；（2）…合计540.00万元" are two lists.
      const from = lastItemMark(text, s.start, m.start);
      const all = cands.filter((c) => c.family === f.family && !used.has(c.m) && bracketed(text, s.start, c.m.start) === inBrackets);
      // (①设备购置100万元，②人员培训50万元，合计160万元: markers of the parts themselves, each with one figure)
      const since = all.filter((c) => c.m.start >= from);
      const parts = since.length >= 2 ? since : all;
      // "36个，每个15.00万元，合计540.00万元": a rate per item makes the 合计 a product, not a sum.
      if (parts.length >= 2 && !parts.some((c) => PER_ITEM.test(lastClause(doc.lead(c.m)).replace(/\s+/gu, '')))) {
        groups.push({ total: f, parts, whole: true, markerEnd: m.start });
        for (const p of parts) used.add(p.m);
      }
    }

    const next = s.mentions[i + 1];
    const after = text.slice(m.end, next ? next.start : s.end);
    const mark = PARTIAL_MARK.exec(after) ?? WHOLE_MARK.exec(after);
    if (mark) {
      // 从支出结构看 makes whole the list of the sentence's first amount, not the examples nested in it.
      // (a sentence of kinds side by side, 基本支出…；项目支出…, breaks down each by examples)
      const first = cands.length === 0 && stack.length === 0 && !/[；;]/u.test(doc.textOf(s));
      const g: Group = { total: f, parts: [], whole: !PARTIAL_MARK.test(after) || (first && BREAKDOWN_INTRO.test(doc.textOf(s))), markerEnd: m.end + mark[0].length };
      groups.push(g);
      stack.push(g);
    }
    // "支出X万元按用途划分，共涉及三个方向，其中：a、b、c": the count says how many kinds the amount
    // before it has; their amounts are its parts, all of them when as many are listed.
    const kinds = f.family.startsWith('count:') ? KINDS.exec(after)?.[0] : undefined;
    const kindsMark = kinds !== undefined ? PARTIAL_MARK.exec(after.slice(kinds.length)) : null;
    const prev = cands[cands.length - 1];
    if (kinds !== undefined && kindsMark && prev && prev.family !== f.family && !/[；;。]/u.test(text.slice(prev.m.end, m.start))) {
      const counted: Group = { total: prev, parts: [], whole: false, markerEnd: m.end + kinds.length + kindsMark[0].length, kinds: f };
      groups.push(counted);
      stack.push(counted);
    }
    cands.push(f);
  });

  for (const g of groups) {
    if (g.parts.length === 0 || filtersInTurn(doc, g.parts) || movement(text.slice(g.markerEnd, s.end))) continue;
    const last = g.parts[g.parts.length - 1];
    // "…51 家省级企业技术中心等": an enumeration of examples is partial.
    const tail = last ? clauseTail(text, last.m.end, s.end) : '';
    // (a list that ends on the rest, …等其他费用 or 其余, names all of the total)
    const rest = last !== undefined && g.parts.length >= 2 && ENDS_ON_REST.test(squash(lastClause(doc.lead(last.m))));
    const listed = (g.kinds !== undefined && g.kinds.value.eq(g.parts.length)) || levelsNamed(doc, g) || basicSpending(doc, g) || rest;
    // Brackets after an amount hold many things (折合, 含, 上年数): only a breakdown known to be whole is read.
    if (g.bracket === true && !listed) continue;
    const partial = !(g.whole || listed) || g.parts.length === 1 || /等/u.test(tail);
    const x = mismatch(g.total, g.parts, partial);
    if (!x) continue;
    const stated = figText(g.total);
    const message = partial
      ? `${g.whole ? '' : '“其中”'}所列各项之和为 ${x.sum}，超过总数 ${stated} ${x.diff}`
      : `各分项之和为 ${x.sum}，与合计 ${stated} 相差 ${x.diff}`;
    hits.push(sumHit(g.total, g.parts, x, message));
  }
}

/** Words that say a figure is what actually happened (实际到位, 累计支出), not a planned part. */
const ACTUAL_LEAD = /^(?:实际|累计|已经?)/u;

/** An average's words: 每班次平均, 人均, 户均. */
const AVERAGE = /每|人均|户均|平均|[亩件台次]均/u;

/** A figure per item: 每个15.00万元, 每人每年0.80万元, 每户. */
const PER_ITEM = /每[\u4e00-\u9fff]{0,4}$/u;
/** An item marker inside a sentence: （2）, (3), ②. */
const ITEM_MARK = /[（(]\d{1,2}[)）]|[①-⑳]/gu;

/** Where the last item marker before `at` in the sentence ends (the sentence's start when none). */
function lastItemMark(text: string, from: number, at: number): number {
  let end = from;
  for (const m of text.slice(from, at).matchAll(ITEM_MARK)) end = from + m.index + m[0].length;
  return end;
}

/**
 * "发放问卷500份，其中有效问卷486份，表示满意的449份": each count is taken within the one before it
 * (the satisfied among the valid), not a part beside it.
 */
function filtersInTurn(doc: Doc, parts: readonly Fig[]): boolean {
  const names = parts.map((p) => squash(`${lastClause(doc.lead(p.m))}${p.m.subject.text}`));
  const valid = names.findIndex((n) => /有效|回收/u.test(n));
  return valid >= 0 && names.slice(valid + 1).some((n) => /满意|合格|通过|达标/u.test(n) && !/不满意|不合格|未通过|未达标/u.test(n));
}

function clauseTail(text: string, from: number, end: number): string {
  let b = from;
  while (b < end && !/[，,；;。、]/u.test(text.charAt(b))) b++;
  return text.slice(from, b);
}

// ---- 2. numbered lists against a total stated before them ----------------------------------

const LIST_MARK = /^\s*(?:(\d{1,2})\s*[.．、](?!\d)|[（(](\d{1,2})[)）])/u;
const ENUM_MARK = /^\s*([一二三四五六七八九十]{1,3})是/u;
const CN_ORDINAL = '一二三四五六七八九十';
const PARTIAL_CUE = /主要|部分|重点|例如|如下几个方面|其中|等项目|选取/u;

/** What a section's title says its figures are: "预算支出过程情况" → 预算支出. */
function titleKey(title: string): string {
  let t = squash(title).replace(/[。：:]$/u, '');
  for (let guard = 0; guard < 3; guard++) {
    const before = t;
    t = t.replace(/(?:的)?(?:情况|明细|说明|如下)$/u, '').replace(/(?:过程|执行|使用|安排|管理|绩效)$/u, '');
    if (t === before) break;
  }
  return t;
}

/** The amount an item states first: a figure in the first clause of its first sentence. */
function itemAmount(doc: Doc, region: Region | undefined): Fig | undefined {
  if (!region) return undefined;
  const s = doc.sentencesIn(region)[0];
  if (!s) return undefined;
  const text = doc.ctx.text;
  let clauseEnd = s.start;
  while (clauseEnd < s.end && !/[，,；;。]/u.test(text.charAt(clauseEnd))) clauseEnd++;
  for (const m of s.mentions) {
    if (m.start >= clauseEnd) break;
    // (该项目年初预算X，…全年预算Y: the year's start of a budget line is not the item's amount)
    if (m.change !== undefined || m.frame.period?.value === 'initial') return undefined;
    const f = amountFig(doc, m);
    if (f && f.family === 'money' && f.exact) return f;
  }
  return undefined;
}

interface ItemList {
  section: Section;
  items: Fig[];
  /** Paragraph regions of the section before the list (its intro). */
  intro: Region[];
}

function paragraphRuns(doc: Doc, section: Section): { run: Region[]; intro: Region[] }[] {
  const regions = doc.regionsOf(section).filter((r) => r.kind === 'paragraph');
  const out: { run: Region[]; intro: Region[] }[] = [];
  let i = 0;
  while (i < regions.length) {
    const r = regions[i];
    const n = r ? listNumber(doc, r) : undefined;
    if (n !== 1) {
      i++;
      continue;
    }
    const run: Region[] = [];
    let expect = 1;
    let j = i;
    for (; j < regions.length; j++) {
      const rj = regions[j];
      if (!rj || listNumber(doc, rj) !== expect) break;
      run.push(rj);
      expect++;
    }
    if (run.length >= 2) out.push({ run, intro: regions.slice(0, i) });
    i = Math.max(j, i + 1);
  }
  return out;
}

function listNumber(doc: Doc, r: Region): number | undefined {
  const head = doc.ctx.text.slice(r.start, Math.min(r.end, r.start + 8));
  const m = LIST_MARK.exec(head);
  if (m) return Number(m[1] ?? m[2]);
  const e = ENUM_MARK.exec(head);
  return e ? CN_ORDINAL.indexOf(e[1] ?? '') + 1 || undefined : undefined;
}

function itemLists(doc: Doc, section: Section): ItemList[] {
  const lists: ItemList[] = [];
  // Child sections numbered 1., 2., … each stating its amount first.
  const kids = section.children.filter((c) => /^\d{1,2}[.．、]?$/u.test(c.marker.replace(/\s/gu, '')));
  if (kids.length >= 2 && kids.length === section.children.length) {
    const amounts = kids.map((k) => itemAmount(doc, doc.regionsOf(k).find((r) => r.kind === 'paragraph')));
    if (amounts.every((a): a is Fig => a !== undefined)) {
      lists.push({ section, items: amounts, intro: doc.regionsOf(section).filter((r) => r.kind === 'paragraph') });
    }
  }
  for (const { run, intro } of paragraphRuns(doc, section)) {
    const amounts = run.map((r) => itemAmount(doc, r));
    if (amounts.every((a): a is Fig => a !== undefined)) lists.push({ section, items: amounts, intro });
  }
  return lists;
}

/** The last figure before the list whose subject names the section's subject. */
function listTotal(doc: Doc, list: ItemList, key: string, previous: Section | undefined, parent: Section | undefined): Fig | undefined {
  // "全年支出256.19万元，主要用于以下五个方面：" right before the list: its amount is what the list breaks down.
  const lead = list.intro[list.intro.length - 1];
  if (lead && /[：:]\s*$/u.test(doc.textOf(lead))) {
    // (a breakdown in brackets, 全年预算X（年初预算Y，调增Z）, is not what the list breaks down)
    const amounts = doc.sentencesIn(lead).flatMap((x) => x.mentions.map((m) => ({ m, start: x.start }))).flatMap(({ m, start }) => {
      const f = amountFig(doc, m);
      return f && f.family === 'money' && f.exact && !bracketed(doc.ctx.text, start, m.start) ? [f] : [];
    });
    if (amounts.length === 1) return amounts[0];
    // "资金来自四个渠道：" with no amount of its own: the sources of the whole year's budget stated before it.
    const first = doc.sentencesIn(lead)[0];
    if (amounts.length === 0 && first && /来源|来自|渠道|构成|组成/u.test(doc.textOf(lead))) {
      const budget = earlierBudget(doc, first);
      if (budget) return budget;
    }
    // "…支出按用途分为：", "具体支出如下：" after a paragraph stating budget, spending and balance: the spending.
    const last = doc.sentencesIn(lead).at(-1);
    if (last && last.mentions.length === 0 && /支出(?:按|如下|情况如下|明细如下)/u.test(doc.textOf(last))) {
      const spent = amounts.filter((f) => f.m.frame.role?.value === 'actual' && /支出|执行/u.test(f.m.subject.text));
      if (spent.length === 1) return spent[0];
    }
  }
  const pools: Region[][] = [list.intro];
  if (previous) pools.push(doc.regionsOf(previous).filter((r) => r.kind === 'paragraph'));
  if (parent) pools.push(doc.regionsOf(parent).filter((r) => r.kind === 'paragraph'));
  const items = new Set(list.items.map((f) => f.m));
  for (const pool of pools) {
    for (let i = pool.length - 1; i >= 0; i--) {
      const r = pool[i];
      if (!r) continue;
      const sentences = doc.sentencesIn(r);
      for (let k = sentences.length - 1; k >= 0; k--) {
        const ms = sentences[k]?.mentions ?? [];
        for (let j = ms.length - 1; j >= 0; j--) {
          const m = ms[j];
          if (!m || items.has(m)) continue;
          const f = amountFig(doc, m);
          if (!f || f.family !== 'money' || !f.exact) continue;
          const said = doc.normalized(m.subject.text);
          // What was carried in or is left, or a change during the year, is a piece of a budget line, not a whole a list breaks down.
          if (f.m.frame.role?.value === 'adjustment' || (/结转|结余/u.test(said) && !/结转|结余/u.test(key))) continue;
          if (said.includes(key)) return f;
        }
      }
    }
  }
  return undefined;
}

function listSums(doc: Doc, hits: RuleHit[]): void {
  const visit = (sections: readonly Section[], parent: Section | undefined): void => {
    sections.forEach((section, index) => {
      const key = titleKey(section.title);
      if (key.length >= 2) {
        for (const list of itemLists(doc, section)) {
          const total = listTotal(doc, list, key, sections[index - 1], parent);
          if (!total) continue;
          const intro = list.intro.map((r) => doc.textOf(r)).join('');
          const partial = PARTIAL_CUE.test(intro) || PARTIAL_CUE.test(section.title);
          const x = mismatch(total, list.items, partial);
          if (!x) continue;
          const message = `所列 ${list.items.length} 项${key}之和为 ${x.sum}，与前文${key} ${figText(total)} 相差 ${x.diff}`;
          hits.push(sumHit(total, list.items, x, message));
        }
      }
      visit(section.children, section);
    });
  };
  visit(doc.ctx.tree.sections, undefined);
}

// ---- 3. a stated count against the items listed ---------------------------------------------

/** Splits "A、B（C、D）、E" on 、 outside brackets. */
function enumerationCount(list: string): number {
  let depth = 0;
  let n = 1;
  for (const c of list) {
    if ('（(《“'.includes(c)) depth++;
    else if ('）)》”'.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === '、' && depth === 0) n++;
  }
  return n;
}

function countChecks(doc: Doc, hits: RuleHit[]): void {
  const text = doc.ctx.text;
  for (const s of proseSentences(doc)) {
    for (const m of s.mentions) {
      if (m.kind !== 'count' || m.approx !== 'exact' || m.change !== undefined || !isProse(doc, m)) continue;
      if (!/^(个|项|家|名|人|类|批)$/u.test(m.unit)) continue;
      const after = text.slice(m.end, s.end);
      // "共有内设机构 9 个，分别为：A、B、C…。": names only, no figures in the list.
      const named = /^[，,]?\s*(?:分别为|分别是|即|包括)[：:]?(.+?)[。；;]?$/u.exec(after.replace(/\s+/gu, ''));
      const body = named?.[1];
      if (body === undefined || !/共/u.test(doc.before(m)) || /\d/u.test(body) || /等/u.test(body)) continue;
      const cut = body.split(/[，,]另|[，,]此外|[，,]还/u)[0] ?? body;
      const listed = enumerationCount(cut);
      if (listed >= 2 && String(listed) !== m.value) hits.push(countHit(m, listed));
    }
    // "…N 个…具体情况如下：" followed by numbered paragraphs.
    const st = doc.textOf(s).trim();
    // "共10个项目，其中重点项目如下：" lists some of them.
    // 具体为：/分别为： introduce projects one to a paragraph; a count of indicators (设置绩效指标15个，分别为：) is listed by group.
    if (!(/如下[：:]$/u.test(st) || (/(?:具体为|具体是|分别为|分别是)[：:]$/u.test(st) && /项目/u.test(st) && !/指标/u.test(st))) || /其中|主要|重点|部分|例如|部分|典型/u.test(st)) continue;
    // Last year's count beside it (项目9个（上年为8个）) is not what is listed.
    const isCount = (c: Mention) => c.kind === 'count' && c.approx === 'exact' && /^(个|项)$/u.test(c.unit) && c.frame.period?.value !== 'prior';
    const counts = s.mentions.filter(isCount);
    let m = counts[counts.length - 1];
    // …or followed by a table, one row for each (and a 合计 row).
    // (a caption between them, 表2 … or 单位：万元, is passed over)
    let next = doc.regions[s.region.index + 1];
    if (next?.kind === 'paragraph' && /^\s*(?:表\s*\d|[（(]?(?:金额)?单位)/u.test(doc.textOf(next)) && doc.textOf(next).trim().length <= 40) next = doc.regions[next.index + 1];
    const table = next?.kind === 'table' ? doc.tables.find((t) => t.region === next) : undefined;
    // "分配至五个乡，…。各乡分配情况如下：" over a table headed 乡: the count earlier in the paragraph of what the rows are.
    const rowsAre = squash(table?.rows[0]?.[0]?.text ?? '').replace(/名称$/u, '');
    m ??= rowsAre === '' ? undefined : doc.mentionsIn(s.region).filter((c) => isCount(c) && c.end <= s.start && text.startsWith(rowsAre, c.end)).at(-1);
    if (!m) continue;
    if (table) {
      const rows = table.rows.slice(1).map((row) => rowLabel(row)).filter((l) => l !== '' && !/合计|总计|小计/u.test(l));
      if (rows.length >= 2 && !rows.some((l) => /^其中/u.test(l)) && new Set(rows).size === rows.length && String(rows.length) !== m.value) hits.push(countHit(m, rows.length));
      continue;
    }
    const regions = doc.regionsOf(s.region.section).filter((r) => r.kind === 'paragraph');
    const at = regions.indexOf(s.region);
    let expect = 1;
    for (let k = at + 1; k < regions.length; k++) {
      const r = regions[k];
      if (!r || listNumber(doc, r) !== expect) break;
      expect++;
    }
    const listed = expect - 1;
    if (listed >= 2 && String(listed) !== m.value) hits.push(countHit(m, listed));
  }
}

function countHit(m: Mention, listed: number): RuleHit {
  return {
    code: 'JX_CHECK_SUM',
    severity: 'warning',
    message: `称有 ${m.text.replace(/\s+/gu, '')}，实际列出 ${listed} ${m.unit}`,
    mention: m,
    expected: `${listed}${m.unit}`,
    source: '所列条目数',
    related: [],
  };
}

/**
 * "（二）基本支出1,864.31万元。人员经费1,612.75万元，公用经费251.56万元。": a sentence stating 基本支出 alone,
 * the next one in its paragraph its two parts alone. 基本支出 is those two by definition: they add up.
 */
function basicSpendingNext(doc: Doc, hits: RuleHit[]): void {
  const sentences = proseSentences(doc);
  sentences.forEach((s, i) => {
    const next = sentences[i + 1];
    const single = s.mentions.length === 1 ? s.mentions[0] : undefined;
    if (!single || !next || next.region !== s.region || next.mentions.length !== 2) return;
    const total = amountFig(doc, single);
    if (!total || total.family !== 'money' || !/基本支出(?:为|是|共)?$/u.test(squash(lastClause(doc.lead(single)) + single.subject.text))) return;
    const parts = next.mentions.map((m) => amountFig(doc, m));
    const [a, b] = parts;
    if (!a || !b || a.family !== 'money' || b.family !== 'money') return;
    if (!basicParts(doc, next.mentions)) return;
    const x = mismatch(total, [a, b], false);
    if (x) hits.push(sumHit(total, [a, b], x, `人员经费与公用经费之和为 ${x.sum}，与基本支出 ${figText(total)} 相差 ${x.diff}`));
  });
}

// ---- 4. spending broken down by kind, after the sentence stating it ---------------------------

/** "支出按用途分：", "按支出性质分，", "按支出方向划分，": the sentence lists the spending by kind. */
const BY_KIND = /^[\s，,]*(?:[^，,。；;：:]{0,6})?按(?:支出)?(?:用途|性质|方向|类别|经济分类|功能分类|资金用途)(?:划)?分[：:，,]/u;

/**
 * "项目实际支出380.91万元…。支出按用途分：A 167.17万元，占43.89%；B 84.48万元；C 129.26万元。": the
 * kinds add up to the spending stated last before the sentence in its section. A kind's own 其中
 * parts (基本支出 X，其中人员经费 a、公用经费 b；项目支出 Y) and figures in brackets are not kinds.
 */
function kindsOfSpending(doc: Doc, hits: RuleHit[]): void {
  const text = doc.ctx.text;
  const sentences = proseSentences(doc);
  sentences.forEach((s, i) => {
    const lead = BY_KIND.exec(doc.textOf(s));
    if (!lead) return;
    // "项目支出按用途分": the kinds of 项目支出, whose total is the figure so named, not the unit's.
    const of = /^[\s，,]*([^，,。；;：:]{0,6})按/u.exec(lead[0])?.[1]?.replace(/^(?:全年|本年|支出)+$/u, '') ?? '';
    const parts: Fig[] = [];
    let under = false;
    let prevEnd = s.start;
    for (const m of s.mentions) {
      const lead = text.slice(prevEnd, m.start);
      prevEnd = m.end;
      const afterStop = lead.split(/[；;]/u);
      if (afterStop.length > 1) under = false;
      if (/其中/u.test(afterStop[afterStop.length - 1] ?? '')) under = true;
      const f = amountFig(doc, m);
      if (!f || f.family !== 'money' || under || bracketed(text, s.start, m.start)) continue;
      parts.push(f);
    }
    if (parts.length < 2) return;
    // The spending stated last before it in its section (全年实际支出, 共支出): a whole, not a kind.
    let total: Fig | undefined;
    for (let k = i - 1; k >= 0 && k >= i - 4 && !total; k--) {
      const before = sentences[k];
      if (!before || before.region.section !== s.region.section) break;
      total = [...before.mentions].reverse().flatMap((m) => {
        const f = amountFig(doc, m);
        const said = `${m.subject.text}`;
        if (of !== '') return f?.family === 'money' && said.includes(of) ? [f] : [];
        return f?.family === 'money' && m.frame.role?.value === 'actual' && /支出|执行/u.test(said) && !/基本支出|项目支出|人员经费|公用经费|人均|户均|生均/u.test(said) ? [f] : [];
      })[0];
    }
    if (!total) return;
    const tail = text.slice(parts[parts.length - 1]?.m.end ?? s.end, s.end);
    const partial = /等/u.test(tail.split(/[；;]/u)[0] ?? '');
    const x = mismatch(total, parts, partial);
    if (!x) return;
    hits.push(sumHit(total, parts, x, `其后按类别所列各项支出之和为 ${x.sum}，与前文支出 ${figText(total)} 相差 ${x.diff}`));
  });
}

// ---- 5. a standard times a count ---------------------------------------------------------------

/** A standard per head (500元/人, 每人每年1200元, 补助标准为…元). */
const STANDARD_CUE = /(?:每人|每户|每生|每名|每亩)[^，,。；;]{0,4}$|标准[为是]?$/u;
/** What a standard is per: the unit's (元/亩) or the cue's (每亩…). */
const PER_UNIT = /[/／](人次|人|户|生|名|亩)$/u;
const PER_CUE = /每(人次|人|户|生|名|亩)[^，,。；;]{0,4}$/u;
/** The units a count of that may be written in (每生: 学生N人, N名). */
const COUNTED_AS: Readonly<Record<string, readonly string[]>> = { 人: ['人', '名'], 名: ['人', '名'], 生: ['人', '名', '生'], 户: ['户'], 亩: ['亩'], 人次: ['人次'] };

/**
 * "补助标准为500元/人，全年补助低保对象5,051人，发放资金252.55万元": the amount paid is the standard
 * times the count, when the sentence states one of each in that order.
 */
function standardTimesCount(doc: Doc, hits: RuleHit[]): void {
  const text = doc.ctx.text;
  for (const s of proseSentences(doc)) {
    // The words of the sentence right before a figure, spaces dropped.
    const before = (m: Mention, n: number) => text.slice(Math.max(s.start, m.start - n), m.start).replace(/\s+/gu, '');
    const ms = s.mentions.filter((m) => isProse(doc, m) && m.change === undefined);
    const standards = ms.filter((m) => m.kind === 'money' && m.approx === 'exact' && (PER_UNIT.test(m.unit) || (m.unit === '元' && STANDARD_CUE.test(before(m, 12)))));
    const standard = standards.length === 1 ? standards[0] : undefined;
    if (!standard) continue;
    const after = ms.filter((m) => m.start > standard.end);
    // Counted in what the standard is per (每亩 → 亩, 元/人 → 人): 惠及农户N户 is not the acres paid for.
    const per = PER_UNIT.exec(standard.unit)?.[1] ?? PER_CUE.exec(before(standard, 12))?.[1];
    const counts = after.filter((m) => (per === undefined ? m.kind === 'count' : (COUNTED_AS[per] ?? [per]).includes(m.unit)));
    const count = counts[0];
    // (户均X元 after the count is each one's share, not what was paid in all)
    const paid = count ? after.filter((m) => m.start > count.end && m.kind === 'money' && !PER_UNIT.test(m.unit) && !/均$/u.test(before(m, 4))) : [];
    const total = paid.length === 1 ? fig(doc, paid[0] as Mention) : undefined;
    if (!count || counts.length !== 1 || !total || total.family !== 'money') continue;
    const value = new Dec(standard.value).times(new Dec(count.value)).div(10000);
    if (meets(total, { lo: value, hi: value })) continue;
    const shown = show(value, total, Math.max(total.decimals, 2));
    hits.push({
      code: 'JX_CHECK_SUM',
      severity: 'error',
      message: `标准 ${standard.text.trim()} × ${count.text.trim()} 应为 ${shown}，所列 ${figText(total)}`,
      mention: total.m,
      expected: shown,
      source: `标准 × 数量（${standard.text.trim()} × ${count.text.trim()}）`,
      related: [standard, count],
    });
  }
}

export const rule: Rule = {
  meta: {
    id: 'sum',
    description: '分项之和应等于所列合计（“其中”只查是否超过合计）',
    codes: ['JX_CHECK_SUM'],
  },
  check(ctx: RuleContext): RuleHit[] {
    const doc = docOf(ctx);
    const hits: RuleHit[] = [];
    for (const s of proseSentences(doc)) sentenceGroups(doc, s, hits);
    listSums(doc, hits);
    countChecks(doc, hits);
    kindsOfSpending(doc, hits);
    basicSpendingNext(doc, hits);
    standardTimesCount(doc, hits);
    return hits;
  },
};
