/**
 * parts — a total against parts stated elsewhere in the report.
 *
 * 1. A table's 其中 rows against the row above them (年度资金总额 / 其中：当年财政拨款 / 上年结转资金 /
 *    其他资金), column by column. The three sources of a 项目资金 block make up its total; other 其中
 *    rows may leave parts out, so they are flagged only when they exceed it.
 * 2. A 合计 (总计, 小计) row against its rows, column by column: above it or under it, by the levels
 *    the table marks (codes, 一、 over （一）) or, unmarked, read from the values (基本支出 / 人员经费 /
 *    公用经费); flagged only when no reading adds up. 2b: in a table by code, each code against the
 *    codes under it. 2c: a running total (累计) down months against the one before plus the month.
 *    2d: a group named alone in the first name column against the rows under it. 2e: a row marked
 *    一、 against the unmarked rows under it, where some column shows they are its parts. 2f: a row's
 *    总分 against its 得分 columns. 2g: a cell 按支出性质分：X against the labelled parts under it. 分值 and 得分 of an
 *    indicator table that is no 自评表 are added too, as stated (a 自评表 is the score-table rule's).
 * 3. Items named in prose with their total, "A、B、C等项目合计 X 万元": each item's amount is looked
 *    up in the report's own tables (the row naming the item) or text (a figure whose subject names
 *    it), in the role the total has (预算 or 支出). Checked only when every item has exactly one
 *    amount there; a list closed by a bare 等 may be partial.
 * 4. A sentence opening with 其中 against the totals of the sentence before it.
 */
import { Dec } from '../../decimal.js';
import { framesCompatible, isAmountColumn, isCountColumn, roleIn, rolesMatch, type FrameRole, type Mention } from '../../mentions/index.js';
import { bracketless, CHANGE_HEAD, columnName, docOf, headName, labelBefore, labelCell, oneColumn, perDoc, PERIOD_NAME, rowLabel, secondHeaderRow, sideways, squash, type Cell, type Doc, type Table } from './support/doc.js';
import { decimalsFor, fig, figText, gap, harmonize, meets, show, sumOf, type Fig } from './support/figure.js';
import { baseOrGap, bracketed, BREAKDOWN_INTRO, ENDS_ON_REST, isProse, lastClause, proseSentences } from './support/prose.js';
import { scoreTables } from './support/score-table.js';
import { afterLast, charLength } from '../../text/chars.js';
import { outlineLevel, parseMarker } from '../../text/outline.js';
import { quantityFig } from './support/named-values.js';
import type { Rule, RuleContext, RuleHit } from './types.js';

const QIZHONG = /^其中[：:]?/u;
const TOTAL_LABEL = /合计|总计|小计|总额|总数/u;
/** The sources that make up a 项目资金 total between them. */
const SOURCES = [/当年财政拨款|财政拨款|本级财政/u, /上年结转/u, /其他资金|其他/u];

/** How far a row's label is indented in the raw text (the district tables indent their 其中 lines). */
function indent(text: string, row: readonly Cell[]): number {
  const c = labelCell(row);
  if (!c || c.end <= c.start) return 0;
  let k = c.start;
  while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\u3000')) k--;
  return c.start - k;
}

/** The figure of a money (or count) cell, or undefined for a rate, a score, an empty cell. */
function cellFig(doc: Doc, cell: Cell | undefined): Fig | undefined {
  const m = cell?.mentions.length === 1 ? cell.mentions[0] : undefined;
  if (!m || m.change !== undefined) return undefined;
  const f = fig(doc, m);
  return f && (f.family === 'money' || f.family.startsWith('count:')) ? f : undefined;
}

/** Bare numbers of an amount column (决算 | 38.37), figures without a unit: they add up all the same. */
const bareFigs = perDoc(() => new Map<Mention, Fig | null>());

/** Columns of points (分值, 得分, 权重, 标准分, 满分) of a table that is not read as a 自评表: they add up to its 合计 too. */
const SCORE_COLUMN = /分值|得分|权重|标准分|满分/u;

/** Each table's column heads, squashed once: every cell asked about asks for its head. */
const heads = new WeakMap<Table, string[]>();
function headOf(t: Table, c: number): string {
  let names = heads.get(t);
  if (!names) {
    // Under a header of two rows (执行结果 over 执行率 | 结余), the lower row names the column.
    const lower = secondHeaderRow(t);
    names = (t.rows[0] ?? []).map((_, c) => headName(t, c, lower, squash));
    heads.set(t, names);
  }
  return names[c] ?? '';
}

/**
 * The figure of a cell of column `c` for adding up: as cellFig, or a bare number under an amount
 * header; with `scores`, also a number under a SCORE_COLUMN header, in points.
 */
function amountIn(doc: Doc, t: Table, row: readonly Cell[], c: number, scores = false): Fig | undefined {
  const f = cellFig(doc, row[c]);
  if (f) return f;
  const m = row[c]?.mentions.length === 1 ? row[c]?.mentions[0] : undefined;
  if (!m || m.change !== undefined) return undefined;
  const header = headOf(t, c);
  // 权重（%） | 25: a weight in percent from its header is a point of 100 all the same.
  const fromHeader = m.kind === 'percent' && !/[%％]/u.test(m.text);
  const points = scores && (m.kind === 'plain' || m.kind === 'points' || fromHeader) && SCORE_COLUMN.test(header) && !/率/u.test(header);
  if (!points && (m.kind !== 'plain' || m.unit !== '' || !(isAmountColumn(header) || (isCountColumn(header) && /^\d+$/u.test(m.value))))) return undefined;
  const bare = bareFigs(doc);
  let known = bare.get(m);
  if (known === undefined) {
    known = fig(doc, { ...m, kind: points ? 'points' : 'quantity', unit: points ? '' : m.unit }) ?? null;
    bare.set(m, known);
  }
  return known ?? undefined;
}

function hit(total: Fig, parts: readonly Fig[], message: string, decimals: number, value: Dec): RuleHit {
  return {
    code: 'JX_CHECK_SUM',
    severity: 'error',
    message,
    mention: total.m,
    expected: show(value, total, decimals),
    source: `Σ 分项（${parts.map((p) => figText(p)).join(' + ')}）`,
    related: parts.map((p) => p.m),
  };
}

/** A total its parts do not make up: "甲为 T，其下 3 行之和为 S，相差 G" (`name` is 甲, `what` is 其下 3 行之和). */
function sumHit(total: Fig, parts: readonly Fig[], name: string, what: string, off: { readonly value: Dec; readonly decimals: number }): RuleHit {
  return hit(total, parts, `${name}为 ${figText(total)}，${what}为 ${show(off.value, total, off.decimals)}，相差 ${show(gap(off.value, total.value), total, off.decimals)}`, off.decimals, off.value);
}

/** A cell holding a dash (— for none): the row adds nothing in that column. */
function dashed(row: readonly Cell[], c: number): boolean {
  return /^[—–\-－/]+$/u.test(squash(row[c]?.text ?? ''));
}

/** Σ parts against a total: a mismatch, or undefined when they agree (a partial list may fall short). */
function compare(total: Fig, parts: readonly Fig[], partial: boolean): { value: Dec; decimals: number } | undefined {
  const [t, ...ps] = harmonize([total, ...parts]);
  if (!t || ps.length === 0) return undefined;
  if (ps.some((p) => p.family !== t.family)) return undefined;
  const s = sumOf(ps);
  if (partial ? s.lo.lte(t.hi) : meets(s, t)) return undefined;
  return { value: ps.reduce((acc, p) => acc.plus(p.value), new Dec(0)), decimals: decimalsFor([t, ...ps]) };
}


/** 1. 其中 rows of a table against their total row. */
function tableParts(doc: Doc, text: string, t: Table, hits: RuleHit[]): void {
  const rows = t.rows;
  for (let r = 1; r < rows.length; r++) {
    const first = rows[r];
    if (!first || !QIZHONG.test(rowLabel(first))) continue;
    const totalRow = rows[r - 1];
    if (!totalRow || QIZHONG.test(rowLabel(totalRow)) || siblingOfEarlier(doc, rows, r)) continue;
    // The 其中 row and the rows after it while they are parts: labelled, not a total, with figures,
    // and — where the table shows it by indenting — set in under the total like the 其中 row. With
    // no indenting to go by, only the three sources of a 项目资金 block are known to be parts.
    const parts: Cell[][] = [first];
    const indented = indent(text, first) > indent(text, totalRow);
    for (let k = r + 1; k < rows.length; k++) {
      const row = rows[k];
      if (!row) break;
      const l = rowLabel(row);
      if (l === '' || TOTAL_LABEL.test(l) || QIZHONG.test(l) || !row.some((c) => cellFig(doc, c) !== undefined)) break;
      if (indented ? indent(text, row) <= indent(text, totalRow) : !SOURCES[parts.length]?.test(l)) break;
      parts.push(row);
    }
    const names = parts.map((p) => rowLabel(p).replace(QIZHONG, ''));
    const complete = parts.length === SOURCES.length && SOURCES.every((re, i) => re.test(names[i] ?? ''));
    const width = Math.max(...rows.map((row) => row.length));
    for (let c = 0; c < width; c++) {
      const total = cellFig(doc, totalRow[c]);
      // (a change over last year, 增减额, of a part may exceed its total's: another part may have fallen)
      if (!total || CHANGE_HEAD.test(columnName(t, c))) continue;
      const figs = parts.map((p) => cellFig(doc, p[c]));
      // An empty or dashed part cell is nothing to add, not zero; a column with one is not checked.
      if (figs.some((f) => f === undefined)) continue;
      const ps = figs as Fig[];
      // A negative total (an adjustment, 调减) with some of its parts listed says nothing about the rest.
      if (!complete && total.value.isNegative()) continue;
      const x = compare(total, ps, !complete);
      if (!x) continue;
      const msg = `${rowLabel(totalRow)}为 ${figText(total)}，其中各项（${names.join('、')}）${complete ? '之和' : '合计已'}为 ${show(x.value, total, x.decimals)}${complete ? `，相差 ${show(gap(x.value, total.value), total, x.decimals)}` : '，超过总额'}`;
      hits.push(hit(total, ps, msg, x.decimals, x.value));
    }
  }
}

/**
 * 其中：基本支出, 人员经费, 公用经费, 其中：项目支出: a 其中 row after an unmarked run that follows another
 * 其中 row is that row's sibling, a part of the same total; the run is the earlier one's breakdown.
 */
function siblingOfEarlier(doc: Doc, rows: readonly (readonly Cell[])[], r: number): boolean {
  for (let q = r - 1; q >= 1; q--) {
    const row = rows[q];
    const l = row ? rowLabel(row) : '';
    if (!row || l === '' || TOTAL_LABEL.test(l) || !row.some((c) => cellFig(doc, c) !== undefined)) return false;
    if (QIZHONG.test(l)) return q < r - 1;
  }
  return false;
}

/** A row that is the total of the rows above it: its label ends so (合计, 基本支出小计, 本年支出合计). */
const TOTAL_ROW = /^[\u4e00-\u9fff（）()“”]{0,16}(?:合计|总计|小计|总分)[：:]?$/u;
/** Labels of rows that are parts of the row before them, or totals of their own: a block with one is left to rule 1. */
const NOT_A_LIST_ITEM = /^(?:其中|含|包括|小计)/u;
/** A row of what the year carries on (年末结转和结余): after a group's rows, no part of its total. */
const CARRIED_ON = /^(?:年末|期末)?(?:结转和?结余|结余和?结转|结余|结转)/u;

/**
 * The top rows by value, for a table that marks no levels: a row is the parent of the two or more
 * rows right under it when they add up to it (基本支出 100 / 人员经费 80 / 公用经费 20 → [100]).
 * Read from the bottom up, so a part that is itself a parent is whole before its parent is tried.
 * Undefined when no row is a parent, or a part is negative (a 调减 column).
 */
function topRows(figs: readonly Fig[], total: Fig): Fig[] | undefined {
  const all = harmonize([total, ...figs]).slice(1);
  if (all.some((f) => f.lo.isNegative())) return undefined;
  // Indexes of the rows still standing, in order; a parent's parts leave the list.
  const standing = all.map((_, k) => k);
  for (let at = standing.length - 2; at >= 0; at--) {
    const parent = all[standing[at] as number] as Fig;
    let lo = new Dec(0);
    let hi = new Dec(0);
    for (let k = at + 1; k < standing.length; k++) {
      const part = all[standing[k] as number] as Fig;
      lo = lo.plus(part.lo);
      hi = hi.plus(part.hi);
      if (k - at >= 2 && meets({ lo, hi }, parent)) {
        standing.splice(at + 1, k - at);
        break;
      }
      // Amounts only grow: past the parent, no longer run of parts can make it.
      if (lo.gt(parent.hi)) break;
    }
  }
  return standing.length < figs.length ? standing.map((k) => figs[k] as Fig) : undefined;
}

/** A budget classification code in a row, alone in its cell or before the name (2130101, 301 工资福利支出): its length is its level. */
const CODE = /^(\d{3,9})(?=$|\s|[\u4e00-\u9fff])(?![年月日])/u;
function codeOf(row: readonly Cell[]): string | undefined {
  for (const [i, c] of row.entries()) {
    // 1200人, 300万元: a figure with its unit, not a code before a name.
    if (c.mentions.some((m) => m.unit !== '')) continue;
    const x = CODE.exec(c.text.trim())?.[1];
    if (x === undefined) continue;
    // A code split over 类 | 款 | 项 columns (208 | 05 | 05) is one code, 2080505.
    let code = x;
    for (let k = i + 1; x.length === 3 && k <= i + 2 && /^\d{2}$/u.test(row[k]?.text.trim() ?? ''); k++) code += row[k]?.text.trim() ?? '';
    return code;
  }
  return undefined;
}

/** How far a row's label is set in: spaces before its cell in the text, and inside it (　　20501 教育管理事务). */
function depth(text: string, row: readonly Cell[]): number {
  const c = labelCell(row);
  return indent(text, row) + (c ? c.text.length - c.text.replace(/^[\s\u3000]+/u, '').length : 0);
}

/**
 * The rows a table marks as its top level: by classification code (a row whose code extends
 * another's is a part of it: 30101 under 301), or by outline markers of two levels (一、 over （一）).
 * 'unclear' when levels show but not for every row; undefined when the rows mark no levels.
 */
function markedTops(rows: readonly Cell[][]): Cell[][] | 'unclear' | undefined {
  const codes = rows.map(codeOf);
  if (codes.every((x) => x !== undefined) && new Set(codes.map((x) => x?.length)).size > 1) {
    const known = new Set(codes);
    const under = (code: string) => [...code].some((_, n) => n >= 1 && known.has(code.slice(0, n)));
    return rows.filter((_, k) => !under(codes[k] ?? ''));
  }
  const levels = rows.map(markedLevel);
  const marked = levels.filter((l): l is number => l !== undefined);
  // 一、人员经费 over 基本工资 …, 二、公用经费 over 办公费 …: one level marked, heading the unmarked rows under it.
  if (new Set(marked).size === 1 && marked.length >= 2 && marked.length < rows.length && levels[0] !== undefined) return rows.filter((_, k) => levels[k] !== undefined);
  if (new Set(marked).size < 2) return byLabelColumn(rows) ?? oneLevelMarked(rows);
  if (marked.length < rows.length) return 'unclear';
  const top = marked.reduce((a, b) => Math.min(a, b));
  return rows.filter((_, k) => levels[k] === top);
}

/**
 * The rows marked 一、 in a 序号 column of their own (一、 | 产出指标 over 1 | 补贴发放人数): one level
 * only, the first row among them, and rows without a marker under them. A marker alone in its cell
 * numbers the table's groups; one before a name (一、基本支出) may number a list of equals.
 */
function oneLevelMarked(rows: readonly Cell[][]): Cell[][] | undefined {
  const marked = rows.filter((row) => {
    const label = rowLabel(row);
    const m = parseMarker(label);
    return outlineLevel(m) && m.marker.length === label.length;
  });
  if (marked.length < 2 || marked.length === rows.length || marked[0] !== rows[0]) return undefined;
  const levels = new Set(marked.map((row) => parseMarker(rowLabel(row))?.level));
  return levels.size === 1 ? marked : undefined;
}

/** The columns of a row's names (cells of text, not figures, not a 序号 such as 1 or 12), first and last. */
function nameColumns(row: readonly Cell[]): { first: number; last: number } | undefined {
  let first = -1;
  let last = -1;
  row.forEach((c, k) => {
    const text = c.text.trim();
    if (text === '' || c.mentions.length > 0 || /^\d{1,3}$/u.test(text)) return;
    if (first < 0) first = k;
    last = k;
  });
  return first < 0 ? undefined : { first, last };
}

/** Each row's name columns, and the first column any row names something in. */
function nameLevels(rows: readonly Cell[][]): { names: ({ first: number; last: number } | undefined)[]; top: number } {
  const names = rows.map(nameColumns);
  return { names, top: names.reduce((a, n) => Math.min(a, n?.first ?? Infinity), Infinity) };
}

/**
 * Levels shown by the column a name stands in (一级指标 | 二级指标): a group's row names it in the
 * first column alone (产出指标 | | 50), its parts in the next (| 数量指标 | 18). The top level is the
 * rows named in the first column; 'unclear' when one of them also names a part (产出指标 | 数量指标 | 18
 * beside such groups). Undefined when no row is a group of that kind.
 */
function byLabelColumn(rows: readonly Cell[][]): Cell[][] | 'unclear' | undefined {
  const { names, top } = nameLevels(rows);
  const group = (k: number) => names[k]?.first === top && names[k]?.last === top;
  if (!rows.some((_, k) => group(k)) || !names.some((n) => n !== undefined && n.first > top)) return undefined;
  const tops = rows.filter((_, k) => names[k]?.first === top);
  return tops.every((row) => nameColumns(row)?.last === top) ? tops : 'unclear';
}

/** A value computed the first time it is asked for. */
function once<T>(make: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value;
  };
}

/** Rows a total may add up, the levels they mark, and which end of them may hold rows of no total. */
interface Reading {
  readonly rows: readonly Cell[][];
  /** The levels its rows mark, read when the reading is first tried (most totals add up at the first). */
  readonly tops: () => Cell[][] | 'unclear' | undefined;
  readonly fromStart: boolean;
}

/**
 * 2b. In a table by classification code, each code's row against the rows of the codes right under
 * it (类 = Σ 款, 款 = Σ 项; 302 = 30205 + 30206), column by column: codes list every part of their parent.
 */
function codeGroups(doc: Doc, t: Table, hits: RuleHit[]): void {
  const rows = t.rows.slice(1).filter((row) => codeOf(row) !== undefined && row.some((_, c) => amountIn(doc, t, row, c) !== undefined));
  const codes = rows.map((row) => codeOf(row) ?? '');
  if (new Set(codes.map((x) => x.length)).size < 2) return;
  // Each row's parent: the row of the longest code its own code extends (by prefix lookups, linear).
  const at = new Map<string, number>();
  codes.forEach((code, k) => {
    if (!at.has(code)) at.set(code, k);
  });
  const childrenOf = new Map<number, Cell[][]>();
  codes.forEach((code, k) => {
    for (let n = code.length - 1; n >= 1; n--) {
      const p = at.get(code.slice(0, n));
      if (p === undefined) continue;
      const list = childrenOf.get(p) ?? [];
      list.push(rows[k] as Cell[]);
      childrenOf.set(p, list);
      break;
    }
  });
  rows.forEach((parent, k) => {
    const own = codes[k] ?? '';
    const children = childrenOf.get(k) ?? [];
    if (children.length === 0) return;
    parent.forEach((_, c) => {
      const total = amountIn(doc, t, parent, c);
      if (!total) return;
      const figs = children.map((row) => amountIn(doc, t, row, c));
      if (figs.some((f) => f === undefined)) return;
      const ps = figs as Fig[];
      const x = compare(total, ps, false);
      if (!x) return;
      const names = children.map((row) => codeOf(row) ?? '');
      hits.push(sumHit(total, ps, `${own} ${rowLabel(parent).replace(own, '').trim()}`, `其下各科目（${names.join('、')}）之和`, x));
    });
  });
}

/**
 * 2c. A row heading the numbered rows right under it (三公经费合计 over 1.公务用车…, 2.因公出国…, 3.公务接待费),
 * their 其中 rows between them and other rows after them (公用经费): the row against its numbered rows,
 * 1, 2, 3 … in order, column by column. A PDF's table may have been read in part (see `closed`).
 */
function numberedParts(doc: Doc, t: Table, hits: RuleHit[], fromPdf: boolean): void {
  const body = t.rows.slice(1);
  const judged = new Set(hits.map((h) => h.mention));
  const numberOf = (row: readonly Cell[]): { kind: string; num: number } | undefined => {
    const m = parseMarker(rowLabel(row));
    return m && outlineLevel(m) && m.num !== undefined ? { kind: `${m.kind}${m.sep ?? ''}`, num: m.num } : undefined;
  };
  body.forEach((head, k) => {
    const first = body[k + 1];
    const one = first ? numberOf(first) : undefined;
    if (!first || one?.num !== 1 || numberOf(head) !== undefined || QIZHONG.test(rowLabel(head))) return;
    // The numbered rows in order; rows between them (其中 …) are theirs, not the head's.
    const items: Cell[][] = [first];
    let next = 2;
    let last = k + 1;
    for (const [j, row] of body.entries()) {
      if (j <= k + 1) continue;
      const n = numberOf(row);
      // Another kind of number is a level under them (（1）公务用车购置费 under 2.公务用车…).
      if (n === undefined || n.kind !== one.kind) continue;
      if (n.num !== next) break;
      items.push(row);
      last = j;
      next += 1;
    }
    if (items.length < 2) return;
    // A row of its own after the last item (公用经费) closes the list. A PDF's table that ends in it may
    // have lost rows (read in part): then the items may only not exceed the head.
    const closed = !fromPdf || body.slice(last + 1).some((row) => numberOf(row) === undefined && !QIZHONG.test(rowLabel(row)) && !/^[\s\u3000]/u.test(labelCell(row)?.text ?? ''));
    head.forEach((_, c) => {
      const total = amountIn(doc, t, head, c);
      if (!total || judged.has(total.m)) return;
      // An item with a dash (2.因公出国（境）费 | —) has none: it adds nothing.
      const figs = items.filter((row) => !dashed(row, c)).map((row) => amountIn(doc, t, row, c));
      if (figs.length === 0 || figs.some((f) => f === undefined)) return;
      const ps = figs as Fig[];
      const x = compare(total, ps, !closed);
      if (!x) return;
      hits.push(hit(total, ps, `${rowLabel(head)}“${columnName(t, c)}”为 ${figText(total)}，其下 ${items.length} 项（1—${items.length}）之和为 ${show(x.value, total, x.decimals)}`, x.decimals, x.value));
    });
  });
}

/**
 * 2d. A group named alone in the first name column (产出指标 | | 50) against the rows under it named in
 * the next (| 数量指标 | 20, | 质量指标 | 30), column by column, up to the next group or total.
 */
function nameGroups(doc: Doc, t: Table, hits: RuleHit[], scores: boolean): void {
  const rows = t.rows.slice(1);
  const { names, top } = nameLevels(rows);
  rows.forEach((parent, k) => {
    // A group's row names it in the first name column alone, or after a marker of its own there (一、 | 产出指标).
    const marked = names[k]?.last === top + 1 && outlineLevel(parseMarker(squash(parent[top]?.text ?? '')));
    if (names[k]?.first !== top || (names[k]?.last !== top && !marked) || TOTAL_ROW.test(rowLabel(parent))) return;
    let end = k + 1;
    while (end < rows.length && (names[end]?.first ?? top) > top && !TOTAL_ROW.test(rowLabel(rows[end] ?? []))) end++;
    const children = rows.slice(k + 1, end);
    // Two levels only, every part named in one column: a deeper level would be counted twice.
    if (children.length === 0 || new Set(names.slice(k + 1, end).map((n) => n?.first)).size !== 1) return;
    parent.forEach((_, c) => {
      const total = amountIn(doc, t, parent, c, scores);
      const figs = children.map((row) => amountIn(doc, t, row, c, scores));
      if (!total || figs.some((f) => f === undefined)) return;
      const ps = addable(total, figs as Fig[]);
      const x = compare(total, ps, false);
      if (!x) return;
      const head = columnName(t, c);
      // Named by the name, not the 序号 or marker before it.
      const nameOf = (row: readonly Cell[]) => squash(row[nameColumns(row)?.last ?? -1]?.text ?? '') || rowLabel(row);
      hits.push(sumHit(total, ps, `${nameOf(parent)}${head === '' ? '' : `“${head}”`}`, `其下 ${children.length} 项（${children.map(nameOf).join('、')}）之和`, x));
    });
  });
}

/** A row's outline level when its label opens with a marker (一、人员经费: 1), else undefined. */
function markedLevel(row: readonly Cell[]): number | undefined {
  const m = parseMarker(rowLabel(row));
  return m && outlineLevel(m) ? m.level : undefined;
}

/**
 * 2e. Rows a table marks at one level (一、人员经费, 二、公用经费) heading unmarked rows (基本工资 …):
 * each marked row against the rows under it, up to the next marked row or total, column by column.
 * Only where in some column they add up: then the rows under it are its parts and no deeper level.
 */
function markedGroups(doc: Doc, text: string, t: Table, hits: RuleHit[], scores: boolean): void {
  const rows = t.rows.slice(1);
  const levels = rows.map(markedLevel);
  const marked = levels.filter((l) => l !== undefined);
  if (marked.length < 2 || new Set(marked).size !== 1) return;
  const judged = new Set(hits.map((h) => h.mention));
  const groups = rows.flatMap((head, k) => {
    if (levels[k] === undefined) return [];
    let end = k + 1;
    while (end < rows.length && levels[end] === undefined && !TOTAL_ROW.test(rowLabel(rows[end] ?? []))) end++;
    // A note under the table (注：…) or a row with no figure is nothing to add.
    const children = rows.slice(k + 1, end).filter((row) => row.some((c) => c.mentions.length > 0));
    if (children.length < 2 || children.some((row) => NOT_A_LIST_ITEM.test(rowLabel(row)))) return [];
    // Rows set in under others by indenting are parts of them, not of the marked row.
    if (new Set(children.filter((row) => labelCell(row) !== undefined).map((row) => depth(text, row))).size > 1) return [];
    const columns = head.flatMap((_, c) => {
      const total = amountIn(doc, t, head, c, scores);
      if (!total) return [];
      const figs = children.filter((row) => !dashed(row, c)).map((row) => amountIn(doc, t, row, c, scores));
      if (figs.length === 0 || figs.some((f) => f === undefined)) return [];
      const parts = addable(total, figs as Fig[]);
      return [{ c, total, parts, off: compare(total, parts, false) }];
    });
    return [{ head, children, columns }];
  });
  // A column in which the groups add up, in at least as many as not, shows the rows are their parts:
  // a group's own other columns do, or the other groups in this one (a table of one amount column).
  const fits = (c: number) => groups.filter((g) => g.columns.some((x) => x.c === c && x.off === undefined)).length;
  const misfits = (c: number) => groups.filter((g) => g.columns.some((x) => x.c === c && x.off !== undefined)).length;
  for (const { head, children, columns } of groups) {
    const ownFit = columns.some((x) => x.off === undefined);
    for (const { c, total, parts, off } of columns) {
      if (!off || judged.has(total.m)) continue;
      // A group whose rows nest (工资福利 120 over 基本工资 100 and 津贴补贴 20) has a level under it: not its parts.
      if (!ownFit && (!(fits(c) > 0 && fits(c) >= misfits(c)) || nests(parts))) continue;
      const name = columnName(t, c);
      hits.push(sumHit(total, parts, `${rowLabel(head)}${name === '' ? '' : `“${name}”`}`, `其下 ${children.length} 行之和`, off));
    }
  }
}

/** Whether some figure of a list is the sum of two or more that follow it: a level nested in the list. */
function nests(figs: readonly Fig[]): boolean {
  return figs.some((f, i) => {
    let sum = new Dec(0);
    for (let j = i + 1; j < figs.length; j++) {
      sum = sum.plus(figs[j]?.value ?? 0);
      if (j >= i + 2 && meets(f, { lo: sum, hi: sum })) return true;
    }
    return false;
  });
}

/** A row's total score (自评总分) beside the scores it adds (预算执行率得分（10分） | 绩效指标得分（90分）). */
const TOTAL_SCORE_HEAD = /^(?:自评)?(?:总分|总得分|得分合计|合计得分)$/u;
const PART_SCORE_HEAD = /得分$/u;

/** A bare number in a score column, in points. */
function pointsIn(doc: Doc, cell: Cell | undefined): Fig | undefined {
  const m = cell?.mentions.length === 1 ? cell.mentions[0] : undefined;
  if (!m || m.change !== undefined || m.start !== cell?.start || !(m.kind === 'points' || (m.kind === 'plain' && m.unit === ''))) return undefined;
  return fig(doc, { ...m, kind: 'points', unit: '' });
}

/**
 * 2f. A total score column against the score columns beside it, row by row (自评总分 = 预算执行率得分 +
 * 绩效指标得分): where at least as many rows hold as do not, so the columns are what the table adds.
 */
function rowScoreTotals(doc: Doc, t: Table, hits: RuleHit[]): void {
  const header = t.rows[0];
  if (!header) return;
  const names = header.map((_, c) => columnName(t, c));
  const totalCol = oneColumn(names, (n) => TOTAL_SCORE_HEAD.test(n));
  const partCols = names.flatMap((n, c) => (c !== totalCol && PART_SCORE_HEAD.test(n) && !TOTAL_SCORE_HEAD.test(n) ? [c] : []));
  if (totalCol < 0 || partCols.length < 2) return;
  const judged = new Set(hits.map((h) => h.mention));
  const readings = t.rows.slice(1).flatMap((row) => {
    if (row.length !== header.length) return [];
    const total = pointsIn(doc, row[totalCol]);
    const figs = partCols.map((c) => pointsIn(doc, row[c]));
    if (!total || figs.some((f) => f === undefined)) return [];
    const parts = addable(total, figs as Fig[]);
    return [{ row, total, parts, off: compare(total, parts, false) }];
  });
  const fit = readings.filter((r) => r.off === undefined).length;
  if (fit === 0 || fit < readings.length - fit) return;
  for (const { row, total, parts, off } of readings) {
    if (!off || judged.has(total.m)) continue;
    const terms = partCols.map((c) => names[c]).join('、');
    hits.push(sumHit(total, parts, `${rowLabel(row)}“${names[totalCol]}”`, `${terms}之和`, off));
  }
}

/** A cell that states a total by its breakdown: 按收入性质分：1,568.34, 按支出性质分：1,568.34. */
const BREAKDOWN = /^按[\u4e00-\u9fff]{2,8}分[：:]/u;
/** A cell that states one part: 其中：基本支出：312.56, 项目支出：1,225.78, 其他资金：(none). */
const LABELLED_PART = /^(?:其中[：:])?[^：:\d]{2,20}[：:][^：:]*$/u;

/** The one amount a labelled cell states, in its own unit or, bare, as a quantity; undefined for none. */
function labelledAmount(doc: Doc, cell: Cell | undefined): Fig | undefined {
  const m = cell?.mentions.length === 1 ? cell.mentions[0] : undefined;
  if (!m || m.change !== undefined) return undefined;
  if (m.kind === 'money') return fig(doc, m);
  return m.kind === 'plain' && m.unit === '' ? fig(doc, { ...m, kind: 'quantity' }) : undefined;
}

/**
 * 2g. A total stated in a cell by its breakdown (按支出性质分：1,568.34) against the parts the cells
 * under it state (其中：基本支出：312.56 / 项目支出：1,225.78), down its column to the first cell that
 * is no labelled part; a part with no amount (其他资金：) is none.
 */
function labelledParts(doc: Doc, t: Table, hits: RuleHit[]): void {
  const judged = new Set(hits.map((h) => h.mention));
  t.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      const text = squash(cell.text);
      const total = BREAKDOWN.test(text) ? labelledAmount(doc, cell) : undefined;
      if (!total || judged.has(total.m)) return;
      const parts: Fig[] = [];
      for (const below of t.rows.slice(r + 1)) {
        const part = below[c];
        const said = squash(part?.text ?? '');
        if (!LABELLED_PART.test(said) || BREAKDOWN.test(said)) break;
        const f = labelledAmount(doc, part);
        if (f) parts.push(f);
        else if (!/[：:]$/u.test(said)) return;
      }
      if (parts.length < 2) return;
      const off = compare(total, parts, false);
      if (!off) return;
      const name = text.replace(/[：:].*$/u, '');
      hits.push(sumHit(total, parts, name, `其下所列 ${parts.length} 项之和`, off));
    });
  });
}

/** Parts to add: a score is the score given (10 is 10, not 9.5 to 10.5); only the total may be rounded, as in a 自评表. */
function addable(total: Fig, parts: readonly Fig[]): Fig[] {
  return total.family === 'points' ? parts.map((f) => ({ ...f, lo: f.value, hi: f.value })) : [...parts];
}

/** The amount of one period beside a running total: 当月支出, 本季度, 实际支出 (not 累计, 计划, 预算). */
const PERIOD_AMOUNT = /当月|本月|当季|本季|本期|实际支出|支出金额|执行数/u;

/**
 * 2c. A running total down months or quarters: each period's 累计 is the one before it plus the
 * period's own amount (the first period's is its own). Reported once per column, at the first row
 * that breaks it: a wrong 累计 breaks its own row and the next.
 */
function runningTotals(doc: Doc, t: Table, hits: RuleHit[]): void {
  // The header is the first row naming both columns: a line above it may state the year's budget (全年预算数 | 972.05).
  for (let h = 0; h < Math.min(3, t.rows.length); h++) {
    const names = (t.rows[h] ?? []).map((c) => squash(c.text));
    const running = names.flatMap((n, c) => (/累计/u.test(n) && !/率|进度/u.test(n) ? [c] : []));
    const own = names.flatMap((n, c) => (PERIOD_AMOUNT.test(n) && !/累计|计划|预算|率|进度/u.test(n) ? [c] : []));
    if (running.length === 1 && own.length === 1) return runningDown(doc, t, h, running[0] as number, own[0] as number, hits);
  }
}

/**
 * The same across a row: a header of periods over 当季 | 累计 pairs (一季度 over 当季 | 累计, 二季度 …);
 * each row's 累计 is the period before's plus its own 当季.
 */
function runningAcross(doc: Doc, t: Table, hits: RuleHit[]): void {
  for (let h = 1; h < Math.min(3, t.rows.length); h++) {
    const names = (t.rows[h] ?? []).map((c) => squash(c.text));
    const pairs = names.flatMap((n, c) => (PERIOD_AMOUNT.test(n) && !/累计/u.test(n) && /^累计/u.test(names[c + 1] ?? '') ? [c] : []));
    if (pairs.length < 3) continue;
    const periodOf = (c: number): string => {
      for (let k = c; k >= 0; k--) {
        const above = squash(t.rows[h - 1]?.[k]?.text ?? '');
        if (above !== '') return above;
      }
      return '';
    };
    for (const row of t.rows.slice(h + 1)) {
      let before: Fig | undefined;
      for (const c of pairs) {
        // The sub-header names the columns (当季, 累计): a bare number under them is an amount.
        const amount = pairAmount(doc, row[c]);
        const sum = pairAmount(doc, row[c + 1]);
        if (!amount || !sum || amount.family !== sum.family) break;
        const parts = before ? [before, amount] : [amount];
        const x = compare(sum, parts, false);
        if (x) {
          const what = before ? `上期累计 ${figText(before)} 加本期 ${figText(amount)}` : `本期 ${figText(amount)}`;
          hits.push(sumHit(sum, parts, `${rowLabel(row)}${periodOf(c)}累计`, what, x));
          break;
        }
        before = sum;
      }
    }
    return;
  }
}

/** A last column that totals its row: 合计, 总计, 小计 (with a unit in brackets or not). */
const TOTAL_COLUMN = /^(?:合计|总计|小计|合计数|总额)$/u;

/**
 * Each row's 合计 in a last column of that name, against the amounts beside it (中央 | 省级 | 县级 | 合计).
 * Which columns a 合计 adds is the table's to say, so the rows say it: every row but one adds up across
 * (two at least), and the one that does not is found. A table where most rows do not is another layout.
 */
function rowSums(doc: Doc, t: Table, hits: RuleHit[]): void {
  const width = t.rows[0]?.length ?? 0;
  const last = width - 1;
  if (width < 4 || !TOTAL_COLUMN.test(bracketless(headOf(t, last))) || t.rows.some((row) => row.length !== width)) return;
  type Read = { row: readonly Cell[]; total: Fig; parts: Fig[]; off: ReturnType<typeof compare> };
  const reads: Read[] = [];
  for (const row of t.rows.slice(1)) {
    if (TOTAL_ROW.test(rowLabel(row))) continue;
    const total = pairAmount(doc, row[last]);
    // Rates and points are no amounts to add (执行率 | 98.91% | 99.16% | 99.07%).
    if (!total || total.family === '%' || total.family === 'points') continue;
    // The label column and any cell not an amount of the total's kind leave the row unread (a rate, a dash).
    // A bare number beside amounts with a unit is in that unit (3,912.40 | 428.15万元 | 4,340.55万元).
    const parts = row.slice(1, last).map((c) => {
      const m = c.mentions.length === 1 ? c.mentions[0] : undefined;
      return m && m.kind === 'plain' && m.unit === '' && total.unit !== '' && m.change === undefined ? fig(doc, m, total.unit) : pairAmount(doc, c);
    });
    if (parts.length < 2 || parts.some((f) => !f || f.family !== total.family)) continue;
    reads.push({ row, total, parts: parts as Fig[], off: compare(total, parts as Fig[], false) });
  }
  const off = reads.filter((r) => r.off !== undefined);
  if (off.length !== 1 || reads.length - off.length < 2) return;
  const r = off[0] as Read;
  const x = r.off;
  if (x) hits.push(sumHit(r.total, r.parts, `${rowLabel(r.row)}“${bracketless(headOf(t, last))}”`, `同行 ${r.parts.length} 项之和`, x));
}

function pairAmount(doc: Doc, cell: Cell | undefined): Fig | undefined {
  const m = cell?.mentions.length === 1 ? cell.mentions[0] : undefined;
  return m && m.change === undefined ? quantityFig(doc, m) : undefined;
}

function runningDown(doc: Doc, t: Table, h: number, r: number, a: number, hits: RuleHit[]): void {
  const periods = t.rows.slice(h + 1).filter(isPeriodRow);
  if (periods.length < 3) return;
  let before: Fig | undefined;
  for (const row of periods) {
    const sum = amountIn(doc, t, row, r);
    const amount = amountIn(doc, t, row, a);
    if (!sum || !amount) return;
    const parts = before ? [before, amount] : [amount];
    const x = compare(sum, parts, false);
    if (x) {
      const what = before ? `上期累计 ${figText(before)} 加本期 ${figText(amount)}` : `本期 ${figText(amount)}`;
      hits.push(sumHit(sum, parts, `${squash(row[0]?.text ?? '')}累计`, what, x));
      return;
    }
    before = sum;
  }
}

/** Groups a budget table lists with their parts under them, unmarked: 基本支出 over 人员经费 and 公用经费. */
const PARENT_GROUP = /基本支出|工资福利支出|商品和服务支出|一般公共预算|财政拨款(?:支出|收入)?$/u;
const CHILD_GROUP = /人员经费|公用经费|基本工资|津贴补贴|办公费|差旅费|公务接待|会议费|培训费/u;

/** A running total (累计支出): down rows of months or quarters, a row holds the rows before it, and they do not add up. */
const RUNNING = /累计|进度/u;
/** A column of amounts per head, per km, per case: its 合计 row holds the average, not a sum. */
const PER_UNIT_COLUMN = /人均|户均|生均|次均|例均|[月年日周亩]均|平均|均价|单价|单位成本|每(?:公里|千米|米|平方米|亩|人|户|名|生|例|次|人次|台|套|件|个|家|吨|场|床)/u;
/** A row of one month or quarter, named in its first cell (a figure there: 1月) or its label. */
function isPeriodRow(row: readonly Cell[]): boolean {
  return PERIOD_NAME.test(squash(row[0]?.text ?? '')) || PERIOD_NAME.test(rowLabel(row));
}

/**
 * Whether the parts but the last one or two (or the first one or two) meet the total: a row or two
 * at the end of a table that belong to no total (年末结转和结余). No more are left out: in a long
 * table some shorter run would add up to almost anything.
 */
function endRunMeets(total: Fig, parts: readonly Fig[], fromStart: boolean): boolean {
  const [t, ...ps] = harmonize([total, ...parts]);
  if (!t) return false;
  const ordered = fromStart ? ps : [...ps].reverse();
  const whole = sumOf(ordered);
  let lo = whole.lo;
  let hi = whole.hi;
  for (let left = 1; left <= 2 && ordered.length - left >= 2; left++) {
    const out = ordered[ordered.length - left] as Fig;
    lo = lo.minus(out.lo);
    hi = hi.minus(out.hi);
    if (meets({ lo, hi }, t)) return true;
  }
  return false;
}

/**
 * The rows of a list with each 其中 run taken into the row above it, where the run adds up to that
 * row in every column the row states (its first rows: the shortest run that does). Undefined when a
 * run does not add up, the list opens with 其中 (then it is the total's own parts) or is numbered.
 */
function withoutBreakdowns(doc: Doc, t: Table, rows: readonly Cell[][], scores: boolean): Cell[][] | undefined {
  if (!rows.some((row, k) => k > 0 && QIZHONG.test(rowLabel(row)))) return undefined;
  if (QIZHONG.test(rowLabel(rows[0] ?? []))) return undefined;
  // Numbered items (1.公务用车…, 2.因公出国…) are rule 2c's, which knows a PDF's table may be read in part.
  if (rows.some((row) => parseMarker(rowLabel(row))?.num !== undefined)) return undefined;
  const out: Cell[][] = [];
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k] as Cell[];
    if (!QIZHONG.test(rowLabel(row))) {
      out.push(row);
      continue;
    }
    const parent = rows[k - 1] as Cell[];
    const columns = parent.flatMap((_, c) => {
      const f = amountIn(doc, t, parent, c, scores);
      return f ? [{ c, f }] : [];
    });
    if (columns.length === 0 || columns.every(({ f }) => f.value.isZero())) return undefined;
    let end = -1;
    for (let j = k; j < rows.length && end < 0; j++) {
      const run = rows.slice(k, j + 1);
      if (run.slice(1).some((r) => QIZHONG.test(rowLabel(r)) || TOTAL_LABEL.test(rowLabel(r)))) break;
      const fits = columns.every(({ c, f }) => {
        const figs = run.map((r) => amountIn(doc, t, r, c, scores));
        return figs.every((x) => x !== undefined) && compare(f, figs as Fig[], false) === undefined;
      });
      if (fits) end = j;
    }
    if (end < 0) return undefined;
    k = end;
  }
  return out;
}

/**
 * 2. Each 合计 row against its rows, column by column. A total after rows of its own adds up the rows
 * back to the header or the total before it (or, after 小计 rows alone, those 小计); a total with
 * none above it (a table that opens with 合计, or 本年支出合计 over its lines) the rows under it.
 * Flagged only when no reading of the table makes it add up: the rows next to it, the totals before
 * it with the rows since (总计 = 本年收入合计 + 年初结转和结余), the 小计 rows, the rows the table
 * marks as its top level (codes, 一、 over （一）), or groups over their parts read from the values.
 * A table whose levels show in words (基本支出 beside 人员经费) but cannot be read is left alone.
 */
function columnTotals(doc: Doc, text: string, t: Table, hits: RuleHit[], scores: boolean): void {
  // Whether a row has an amount to add, asked of each row once per total row: read once.
  const known = new Map<readonly Cell[], boolean>();
  const figured = (row: readonly Cell[]) => {
    let f = known.get(row);
    if (f === undefined) {
      f = row.some((_, c) => amountIn(doc, t, row, c, scores) !== undefined);
      known.set(row, f);
    }
    return f;
  };
  const isTotal = (row: readonly Cell[]) => TOTAL_ROW.test(rowLabel(row));
  // A table whose first row is a total (收入合计 | 财政拨款收入 | 其他收入 | 支出合计 | 基本支出…) may head
  // each group with its total: a later 合计 is read on the rows under it, and on those above it too
  // (人员经费 | 公用经费 | 基本支出合计), whichever add up. A 小计 closes the rows above it.
  const totalFirst = t.rows[1] !== undefined && isTotal(t.rows[1]);
  let previous = 0;
  const totalsBefore: Cell[][] = [];
  t.rows.forEach((totalRow, r) => {
    if (r === 0 || !isTotal(totalRow)) return;
    const from = previous;
    const before = totalsBefore.length;
    previous = r;
    totalsBefore.push(totalRow);
    // A total with nothing to add up in it (a 自评表's 总分 row, its points read elsewhere) has no reading to try.
    if (!figured(totalRow)) return;
    const above = t.rows.slice(from + 1, r).filter(figured);
    const priorTotals = totalsBefore.slice(0, before).filter(figured);
    const headsGroup = totalFirst && r > 1 && !/小计/u.test(rowLabel(totalRow));
    const below = (above.length === 0 && priorTotals.length === 0) || headsGroup;
    const rest = t.rows.slice(r + 1);
    const next = rest.findIndex(isTotal);
    // (what is carried on at the year's end, after the rows under a total, is none of them: 本年支出合计 |
    // 基本支出 | 项目支出 | 年末结转和结余)
    const group = next < 0 ? rest : rest.slice(0, next);
    const carried = group.findIndex((row, k) => k > 0 && CARRIED_ON.test(rowLabel(row)));
    const under = (carried > 0 ? group.slice(0, carried) : group).filter(figured);
    const subtotalsBelow = rest.filter((row) => isTotal(row) && figured(row));
    // The rows the message names: its own rows, or the 小计 rows before (or under) it.
    const subtotals = below ? subtotalsBelow : priorTotals;
    // A total after one row of its own adds the totals before it too: 支出总计 = 本年支出合计 + 年末结转结余;
    // but a 小计 of one row is that row (满意度指标 | 10, 满意度指标小计 | 10).
    const single = above.length === 1 && /小计/u.test(rowLabel(totalRow));
    const listed = below ? (under.length >= 2 ? under : subtotalsBelow) : above.length >= 2 ? above : above.length === 0 ? priorTotals : single ? [] : [...priorTotals, ...above];
    // (a row's 其中 run that adds up to it, 公务用车购置及运行维护费 / 其中：购置费 / 运行维护费, is that row's)
    const own = listed !== subtotals ? (withoutBreakdowns(doc, t, listed, scores) ?? listed) : listed;
    // "合计 / 其中：A / B / C": parts the total names, maybe not all of them; they may not exceed it.
    const partial = own !== subtotals && QIZHONG.test(rowLabel(own[0] ?? [])) && !own.slice(1).some((row) => NOT_A_LIST_ITEM.test(rowLabel(row)));
    // 本年收入合计 / 其中：财政拨款收入 / 其他收入 / 本年支出合计: a 其中 run right under a total is that
    // total's, not the next total's.
    if (partial && !below && isTotal(t.rows[t.rows.indexOf(own[0] as Cell[]) - 1] ?? [])) return;
    if (own.length < 2 || (!partial && own !== subtotals && own.some((row) => NOT_A_LIST_ITEM.test(rowLabel(row))))) return;
    // Rows set in under others by indenting are parts of them, not items of the list.
    if (new Set(own.filter((row) => labelCell(row) !== undefined).map((row) => depth(text, row))).size > 1) return;
    // Other readings, each with the levels its rows mark (read once, not per column): the rows under
    // a total that heads them (a prefix of them may be its parts), else the rows they may all be.
    // After 小计 rows, the rows under them all: a wrong 小计 is its own finding, not the 合计's.
    const leaves = below || priorTotals.length === 0 || /小计/u.test(rowLabel(totalRow)) ? [] : t.rows.slice(1, r).filter((row) => !isTotal(row) && figured(row));
    const readings = (below ? [subtotalsBelow, rest.filter((row) => !isTotal(row) && figured(row)), ...(headsGroup ? [above] : [])] : [[...priorTotals, ...above], priorTotals, under, leaves]).map(
      (rows, k) => ({ rows, tops: once(() => markedTops(rows)), fromStart: below || k === 2 }),
    );
    const marked = markedTops(own);
    const periods = own.some(isPeriodRow);
    totalRow.forEach((_, c) => {
      const total = amountIn(doc, t, totalRow, c, scores);
      const head = columnName(t, c);
      if (!total || (RUNNING.test(head) && periods) || PER_UNIT_COLUMN.test(headOf(t, c))) return;
      const name = `${labelBefore(totalRow, c)}${head === '' ? '' : `“${head}”`}`;
      const column = (rows: readonly Cell[][]): Fig[] | undefined => {
        if (rows.length < 2) return undefined;
        const figs = rows.map((row) => amountIn(doc, t, row, c, scores));
        return figs.some((f) => f === undefined) ? undefined : addable(total, figs as Fig[]);
      };
      const adds = ({ rows, tops: levels, fromStart }: Reading): boolean => {
        const fs = column(rows);
        if (!fs) return false;
        if (compare(total, fs, false) === undefined) return true;
        const tops = levels();
        // Rows whose levels the table marks are read by those levels only: in a long table of codes
        // some run of rows at an end would add up to anything.
        // The rows under the top level (the indicators under groups) may add up where a group is wrong:
        // the wrong group is its own finding (2d), not the total's.
        if (Array.isArray(tops)) {
          const under = column(rows.filter((row) => !tops.includes(row)));
          return compare(total, column(tops) ?? [], false) === undefined || (under !== undefined && compare(total, under, false) === undefined);
        }
        // Points are small whole numbers: a run of rows at an end, or rows under a row, would add up
        // to many a wrong sum by chance. A score table shows its groups in words (一级指标), not values.
        if (total.family === 'points') return false;
        if (endRunMeets(total, fs, fromStart) || endRunMeets(total, fs, !fromStart)) return true;
        const byValue = tops === undefined ? topRows(fs, total) : undefined;
        return byValue !== undefined && compare(total, byValue, false) === undefined;
      };
      // An empty or dashed cell in the column is nothing to add, not zero: the column is not checked
      // (in a table that marks its levels, only its top rows need a figure).
      if (partial) {
        const parts = column(own);
        const over = parts ? compare(total, parts, true) : undefined;
        if (parts && over) hits.push(hit(total, parts, `${name}为 ${figText(total)}，其中所列 ${parts.length} 项之和已为 ${show(over.value, total, over.decimals)}，超过总额`, over.decimals, over.value));
        return;
      }
      const ps = column(own) ?? (Array.isArray(marked) ? column(marked) : undefined);
      if (!ps || adds({ rows: own, tops: () => marked, fromStart: below }) || readings.some(adds)) return;
      // The rows named: the top level the table marks; where only words show levels, the groups
      // read from the values (none read: left alone); else every row.
      if (marked === 'unclear') return;
      const worded = own.some((row) => PARENT_GROUP.test(rowLabel(row))) && own.some((row) => CHILD_GROUP.test(rowLabel(row)));
      const byValue = Array.isArray(marked) || !worded ? undefined : topRows(ps, total);
      if (worded && marked === undefined && !byValue) return;
      const listed = Array.isArray(marked) ? (column(marked) ?? ps) : (byValue ?? ps);
      const x = compare(total, listed, false);
      if (!x) return;
      const where = below ? '其下' : '其上';
      const what = listed !== ps ? `${listed.length} 个一级行` : own === subtotals ? `${listed.length} 个小计` : `${listed.length} 行`;
      hits.push(sumHit(total, listed, name, `${where} ${what}之和`, x));
    });
  });
}

/** "A、B、C等项目合计", "A和B两项资金共计": the items and whether the list may be partial. */
const NAMED_TOTAL = /([^，,。；;：:]{2,80}?)(等)?(?:[一二三四五六七八九十两\d]+\s*(?:个|项|类))?(?:项目|专项|资金|经费)?(?:支出|预算)?(?:资金)?(?:合计|共计|总计|共)(?:为|达|金额)?\s*$/u;
/** How every NAMED_TOTAL clause ends: tried first, as most clauses are no total and the whole expression backtracks at every start. */
const NAMED_TOTAL_END = /(?:合计|共计|总计|共)(?:为|达|金额)?\s*$/u;

function itemsOf(list: string): string[] {
  return list
    .split(/[、]|和|及|与/u)
    .map((s) => squash(s).replace(/^(?:其中|包括|主要是|分别是|如)/u, '').replace(/[“”"]/gu, ''))
    .filter((s) => charLength(s) >= 2);
}

/**
 * The one amount the report states for an item, in the role the total has (or its clause gives:
 * 安排…合计 is a budget); undefined when none or several. A name is tried whole, then shorter from
 * its start (全年安排田间道路 → 田间道路), as the first item of a list carries the clause's verb.
 */
function amountOf(doc: Doc, item: string, total: Fig, role: FrameRole | undefined, exclude: ReadonlySet<Mention>): { name: string; fig: Fig } | undefined {
  const chars = [...item];
  for (let cut = 0; chars.length - cut >= 2; cut++) {
    const name = chars.slice(cut).join('');
    const found = [...amountsNamed(doc, name, total, role, exclude).values()];
    if (found.length > 0) return found.length === 1 && found[0] ? { name, fig: found[0] } : undefined;
  }
  return undefined;
}

function amountsNamed(doc: Doc, name: string, total: Fig, role: FrameRole | undefined, exclude: ReadonlySet<Mention>): Map<string, Fig> {
  const found = new Map<string, Fig>();
  for (const m of doc.ctx.mentions) {
    if (exclude.has(m) || m.change !== undefined) continue;
    const where = m.table ? m.table.row.map(squash).join('') : isProse(doc, m) ? squash(m.subject.text) : '';
    if (!where.includes(name)) continue;
    if (!framesCompatible(m.frame, total.m.frame)) continue;
    if (role !== undefined && m.frame.role !== undefined && !rolesMatch(role, m.frame.role.value)) continue;
    // An adjustment is always worded as one (追加甲136.40万元): an item's amount saying nothing of its role is no part of a sum of adjustments.
    if (role === 'adjustment' && m.frame.role === undefined) continue;
    const f = fig(doc, m);
    if (!f || f.family !== total.family) continue;
    found.set(f.value.toString(), f);
  }
  return found;
}

/** 3. Items named with their total in one clause, their amounts stated elsewhere. */
function namedParts(doc: Doc, hits: RuleHit[]): void {
  const text = doc.ctx.text;
  for (const s of proseSentences(doc)) {
    for (const m of s.mentions) {
      const lead = text.slice(s.start, m.start);
      const clause = afterLast(lead, '，,。；;：:');
      const list = NAMED_TOTAL_END.test(clause) ? NAMED_TOTAL.exec(clause) : null;
      if (!list?.[1]) continue;
      const items = itemsOf(list[1]);
      if (items.length < 2) continue;
      const total = fig(doc, m);
      if (!total || (total.family !== 'money' && !total.family.startsWith('count:'))) continue;
      const exclude = new Set<Mention>([m]);
      const role = total.m.frame.role?.value ?? roleIn(clause);
      const found = items.map((name) => amountOf(doc, name, total, role, exclude));
      if (found.some((p) => p === undefined)) continue;
      const named = found as { name: string; fig: Fig }[];
      // Two items read as one name or one figure (非常满意 and 满意 both as 满意): the names are not told apart.
      if (new Set(named.map((p) => p.name)).size < named.length || new Set(named.map((p) => p.fig.m)).size < named.length) continue;
      const ps = named.map((p) => p.fig);
      const x = compare(total, ps, list[2] === '等' && !/[一二三四五六七八九十两\d]+\s*(?:个|项|类)/u.test(clause));
      if (!x) continue;
      hits.push(
        hit(total, ps, `所列 ${items.length} 项（${named.map((p) => p.name).join('、')}）在报告中的金额之和为 ${show(x.value, total, x.decimals)}，与所写合计 ${figText(total)} 相差 ${show(gap(x.value, total.value), total, x.decimals)}`, x.decimals, x.value),
      );
    }
  }
}

/** Words of an amount per head or per item (人均1.42万元, 每户补助): no part of a total. */
const PER_HEAD_WORDS = /[人户生亩床]均|每(?:人|户|名|生|亩|床|个|所)|平均每/u;

/** Whether parts add up to a whole (within its rounding). */
function addsUp(whole: Fig, parts: readonly Fig[]): boolean {
  return compare(whole, parts, false) === undefined;
}

/** Parts without the runs that add up to the part right before them (as the table rows' 其中 runs do): those break it down. */
function withoutSubParts(parts: readonly Fig[]): Fig[] {
  const kept: Fig[] = [];
  for (let i = 0; i < parts.length; i++) {
    const head = parts[i] as Fig;
    kept.push(head);
    for (let j = i + 2; j < parts.length; j++) {
      if (addsUp(head, parts.slice(i + 1, j + 1))) {
        i = j;
        break;
      }
    }
  }
  return kept;
}

/**
 * 4. A sentence that opens with 其中 lists parts of the figures the sentence before it states:
 * "全年预算 T1，实际支出 T2。其中部门项目预算 a1，实际支出 a2；公共项目预算 b1，实际支出 b2。"
 * Parts go to the total of the same role (预算 to 预算, 支出 to 支出), and may not exceed it.
 */
function nextSentenceParts(doc: Doc, hits: RuleHit[]): void {
  const sentences = proseSentences(doc);
  const text = doc.ctx.text;
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i];
    const before = sentences[i - 1];
    if (!s || !before || before.region !== s.region) continue;
    const own = text.slice(s.start, s.end);
    // (按支出内容划分，其中…: a breakdown by one measure, whole; so is a list that ends on the rest, …等其他费用)
    const intro = BREAKDOWN_INTRO.exec(own);
    if (!/^\s*其中/u.test(intro ? own.slice(intro[0].length) : own)) continue;
    for (const role of ['budget', 'actual'] as const) {
      // "其中中央资金56.00万元，使用49.10万元；县级资金14.00万元，使用12.25万元": when parts say their role, a
      // fund named alone beside them is what was given, not what was spent.
      const said = s.mentions.filter((m) => m.frame.role?.value === role && !bracketed(text, s.start, m.start)).length >= 2;
      const money = (list: readonly Mention[], fundsGiven = false): Fig[] =>
        list.flatMap((m) => {
          // A group named alone (基本支出 X万元) is spending; beside parts that say their role, a fund named alone is not.
          const own = m.frame.role?.value ?? (fundsGiven && !/支出|经费$/u.test(squash(m.subject.text)) ? undefined : 'actual');
          const f = m.change === undefined && own === role ? fig(doc, m) : undefined;
          return f && f.family === 'money' && f.exact ? [f] : [];
        });
      const totals = money(before.mentions);
      // "其中基本支出 a（人员经费 b、公用经费 c），项目支出 d": b and c break a down; they are no parts beside it.
      // (a gap or a comparison's base, …比甲区多支出 g, is no part)
      // (and the list's own sum, …，合计 T, is no part either)
      // (nor is an amount per head, …救助647人，人均1.42万元; nor what breaks the part before it down,
      // 基本支出 a，人员经费 b、公用经费 c；项目支出 d with b + c = a)
      const parts = withoutSubParts(
        money(s.mentions.filter((m) => !bracketed(text, s.start, m.start)), said).filter((f) => {
          const clause = squash(lastClause(doc.lead(f.m)));
          return !baseOrGap(doc, f) && !/(?:合计|共计|总计)(?:为|达)?$/u.test(clause) && !PER_HEAD_WORDS.test(clause);
        }),
      );
      const total = totals.length === 1 ? totals[0] : undefined;
      if (!total) continue;
      // (…其他收入a，年初预计b: what was expected at the start of the year, or last year's, is no part of this year's total)
      const period = total.m.frame.period?.value;
      // (what was carried in at the start, 年初结转结余, is a part of the year's income all the same)
      const now = parts.filter((f) => { const p = f.m.frame.period?.value; return p === period || (p !== 'initial' && p !== 'prior') || /结转|结余/u.test(f.m.subject.text); });
      if (now.length < 2) continue;
      const last = now[now.length - 1];
      // Whole only when every amount the sentence lists is one of the parts (none left out by its role).
      const listed = s.mentions.filter((m) => m.kind === 'money' && m.change === undefined && !bracketed(text, s.start, m.start)).length;
      const whole = listed === now.length && (intro !== null || (last !== undefined && ENDS_ON_REST.test(squash(lastClause(doc.lead(last.m))))));
      const x = compare(total, now, !whole);
      if (!x) continue;
      // Parts that add up to another amount the sentence before states (全年预算调整为T。其中财政拨款a，事业收入b)
      // are that amount's, whatever role their words leave unsaid.
      if (before.mentions.some((m) => { const g = fig(doc, m); return g !== undefined && g !== total && g.family === 'money' && g.exact && addsUp(g, now); })) continue;
      const what = role === 'budget' ? '预算' : '支出';
      hits.push(
        whole
          ? hit(total, now, `其后按项列出的各项之和为 ${show(x.value, total, x.decimals)}，与 ${figText(total)} 相差 ${show(gap(x.value, total.value), total, x.decimals)}`, x.decimals, x.value)
          : hit(total, now, `其后“其中”所列各项${what}合计已为 ${show(x.value, total, x.decimals)}，超过 ${figText(total)}`, x.decimals, x.value),
      );
    }
  }
}

export const rule: Rule = {
  meta: {
    id: 'parts',
    description: '表格中“其中”各行之和与总额行、合计行与其上各行之和、正文列举的各项在报告中的金额之和与所写合计应一致',
    codes: ['JX_CHECK_SUM'],
  },
  check(ctx: RuleContext): RuleHit[] {
    const doc = docOf(ctx);
    const hits: RuleHit[] = [];
    // A 自评表's 分值 and 得分 are added up by the score-table rule, with its groups (a table it
    // reads is made of the report's table rows; one whose indicators it cannot read is left to this rule).
    const scored = new Set(scoreTables(doc).flatMap((s) => (s.indicators.length > 0 ? s.table.rows : [])));
    for (const t of doc.tables) {
      tableParts(doc, ctx.text, t, hits);
      const scores = !t.rows.some((row) => scored.has(row));
      columnTotals(doc, ctx.text, t, hits, scores);
      nameGroups(doc, t, hits, scores);
      markedGroups(doc, ctx.text, t, hits, scores);
      rowScoreTotals(doc, t, hits);
      labelledParts(doc, t, hits);
      codeGroups(doc, t, hits);
      numberedParts(doc, t, hits, /\.pdf$/iu.test(ctx.file));
      runningTotals(doc, t, hits);
      runningAcross(doc, t, hits);
      rowSums(doc, t, hits);
    }
    // A table on its side adds up across: 合计 = the sources beside it.
    for (const t of sideways(doc)) columnTotals(doc, ctx.text, t, hits, false);
    namedParts(doc, hits);
    nextSentenceParts(doc, hits);
    return hits;
  },
};
