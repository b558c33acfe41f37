/**
 * Figure mentions: every number a report states as a figure, with its unit, the interval it
 * stands for, the words that qualify it, and the metric it quantifies.
 *
 * One linear pass (scan.ts) finds numbers and decides what is a figure; tables.ts finds table
 * rows and their headers; subject.ts names the metric in prose. The rules, the traps left out,
 * and the known limits are listed in README.md beside this file.
 */
import { Dec, decText } from '../decimal.js';
import { readEscapes } from '../text/markdown.js';
import { lineOpensWithMarker } from '../text/outline.js';
import { distributeRespectively } from './respectively.js';
import { frameMentions, unbracketed } from './frame.js';
import { MentionLines } from './lines.js';
import { builtInNames, namesByFirst } from './names.js';
import { CHANGE_WORDS, HEADER_UNIT_FORMS, UNIT_INDEX, type MentionKind } from './units.js';
import { Scanner } from './scan.js';
import type { Found, Mention } from './types.js';
import { normalizeText, SubjectFinder, type ProseTarget } from './subject.js';
import { alignRow, cornerRole, findTables, headerRole, isAmountColumn, type CellRole, type HeaderRole, type TableCell, type TableLayout } from './tables.js';
import { readOnce } from '../memo.js';

export { parseChineseNumber } from './chinese-number.js';
export { parseNames } from './names.js';
export { clauseShape, repeatsClause } from './clause.js';
export { isAmountColumn, isCountColumn } from './tables.js';

export type { Approx, Change, MentionKind } from './units.js';

export type { Frame, FrameRole, Mention, Period, Slot, SlotSource, Span } from './types.js';
export { framesCompatible, isRoleOnly, metricResidue, roleIn, rolesMatch, scopeOf, unbracketed } from './frame.js';

/** A figure being read. Every field is set when it is made, so all works share one shape (see newWork). */
interface Work extends ProseTarget {
  f: Found;
  cell: TableCell | undefined;
  inTable: boolean;
  unit: string;
  kindOut: MentionKind;
  /** A number that labels its table row (a month, a year, a row number): not a figure. */
  label: boolean;
  table: { row: string[]; column: string } | undefined;
}

/** A work with every field it may be given later present from the start: one shape for every work keeps property reads fast. */
function newWork(f: Found): Work {
  return {
    f, start: f.start, end: f.end, kind: f.kind, unit: f.unit, afterEnd: undefined, subject: undefined, cellStart: undefined,
    cell: undefined, inTable: false, kindOut: f.kind, label: false, table: undefined,
  };
}

export interface ExtractOptions {
  /** Names with a Chinese digit to leave alone, besides the built-in ones (profiles/names.txt). */
  readonly names?: readonly string[] | undefined;
}

let builtInIndex: ReadonlyMap<string, readonly string[]> | undefined;

function nameIndex(extra: readonly string[] | undefined): ReadonlyMap<string, readonly string[]> {
  if (extra === undefined || extra.length === 0) return (builtInIndex ??= namesByFirst(builtInNames()));
  return namesByFirst([...builtInNames(), ...extra]);
}

/** Every figure in `text`, sorted by start. */
export function extractMentions(source: string, options: ExtractOptions = {}): Mention[] {
  const text = readEscapes(source);
  const lines = new MentionLines(text);
  const layout = findTables(text, lines);
  const found = new Scanner(text, lines, layout.tableLine, nameIndex(options.names)).run();
  const works = found.map(newWork);
  annotateTables(text, layout, works);
  for (const w of works) {
    if (!w.inTable && lines.flattened[lines.lineOf(w.f.start)]) w.inTable = true;
  }
  const finder = new SubjectFinder(text, lines, layout.tableLine);
  let prev: Work | undefined;
  for (const w of works) {
    if (!w.subject) finder.find(w, prev);
    prev = w;
  }
  const mentions = works.filter((w) => !w.label).map((w) => toMention(text, w, source));
  distributeRespectively(text, mentions);
  frameMentions(mentions, { text, reportYear: reportYear(text) });
  return mentions;
}

/**
 * The year a report is about, from its title: its first line (2024年度…自评报告), or the first of its
 * opening lines that is a report's title (after a 附件1 line, or a page header naming the unit).
 */
function reportYear(text: string): number | undefined {
  const lines = text.slice(0, 300).split('\n').filter((l) => l.trim() !== '' && !/^\s*附件\s*\d*\s*[:：]?\s*$/u.test(l)).slice(0, 3);
  const head = lines.find((l) => /(?:19|20)\d\d\s*年.*(?:报告|自评|评价)/u.test(l)) ?? lines[0] ?? '';
  const y = /((?:19|20)\d\d)\s*年/u.exec(head);
  return y ? Number(y[1]) : undefined;
}

/** A mention's text is the source's (5\~10万元 stays so): an update writes it back where it stands. */
function toMention(text: string, w: Work, source: string): Mention {
  const f = w.f;
  const value = f.value;
  const [lo, hi] = interval(f, value);
  const m: Mention = {
    start: f.start,
    end: f.end,
    text: source.slice(f.start, f.end),
    value,
    unit: w.unit,
    kind: w.kindOut,
    precision: f.precision,
    lo,
    hi,
    approx: f.approx,
    subject: w.subject ?? { start: f.start, end: f.start, text: '' },
    numeral: f.numeral,
    inTable: w.inTable,
    frame: {},
  };
  if (w.table) m.table = w.table;
  if (f.change) m.change = f.change;
  return m;
}

/**
 * exact: ± half a unit of the last digit shown (1864.05 → [1864.045, 1864.055]);
 * more (超, 余, 以上, ≥): [n, ∞); less (不到, 不足, 以下, ≤): [0, n], and [0.8n, n] for 近/将近/接近;
 * about (约, 左右): ± 5 %, widened by the half unit; a range 5-10: [5 − h, 10 + h];
 * a rank 前5名: [1, 5]. Intervals of non-negative figures never go below 0.
 */
const HALF_UNITS = new Map<number, Dec>();
function halfUnit(precision: number): Dec {
  let h = HALF_UNITS.get(precision);
  if (h === undefined) {
    h = new Dec(10).pow(-precision).div(2);
    HALF_UNITS.set(precision, h);
  }
  return h;
}

/** Decimal text of the integer m divided by 10^scale, without trailing zeros. */
function scaled(m: number, scale: number): string {
  const neg = m < 0;
  let digits = String(Math.abs(m));
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    // Trailing zeros of the fraction go, and its point with them when nothing is left: a cut, not a regular expression (two per mention).
    const point = digits.length - scale;
    let end = digits.length;
    while (end > point && digits.charCodeAt(end - 1) === 48) end--;
    digits = end === point ? digits.slice(0, point) : `${digits.slice(0, point)}.${digits.slice(point, end)}`;
  }
  return neg && digits !== '0' ? `-${digits}` : digits;
}

/**
 * The exact interval in plain integer arithmetic: most figures are exact with a few decimals, and
 * decimal.js would be most of the cost of a mention. Exact for |value × 10^(p+1)| < 2^53.
 */
function exactFast(value: string, precision: number): [string, string] | undefined {
  if (precision < 0 || precision > 6 || value.length > 15) return undefined;
  const dot = value.indexOf('.');
  const int = dot < 0 ? value : value.slice(0, dot);
  const frac = dot < 0 ? '' : value.slice(dot + 1);
  if (frac.length > precision) return undefined;
  const n = Number(int + frac.padEnd(precision, '0'));
  if (!Number.isSafeInteger(n * 10 + 5)) return undefined;
  const neg = value.startsWith('-');
  const lo = neg ? n * 10 - 5 : Math.max(0, n * 10 - 5);
  return [scaled(lo, precision + 1), scaled(n * 10 + 5, precision + 1)];
}

function interval(f: Found, value: string): [string, string] {
  if (f.approx === 'exact' && !f.rangeLo) {
    const fast = exactFast(value, f.precision);
    if (fast) return fast;
  }
  const v = new Dec(f.value);
  const h = halfUnit(f.precision);
  let lo: Dec;
  let hi: Dec | undefined;
  if (f.rangeLo) {
    lo = new Dec(f.rangeLo).minus(h);
    hi = v.plus(h);
  } else if (f.approx === 'exact') {
    lo = v.minus(h);
    hi = v.plus(h);
  } else if (f.approx === 'more') {
    lo = v;
    hi = undefined;
  } else if (f.approx === 'less') {
    lo = f.top ? new Dec(1) : f.near ? v.times('0.8') : new Dec(0);
    hi = v;
  } else {
    const d = v.abs().times('0.05');
    lo = v.minus(d).minus(h);
    hi = v.plus(d).plus(h);
  }
  if (!v.isNegative() && lo.isNegative()) lo = new Dec(0);
  return [decText(lo), hi === undefined ? 'Infinity' : decText(hi)];
}

// ---- tables -----------------------------------------------------------------------------

const MAX_LABELS = 6;
/** Column headers whose cells name the row rather than measure it. */
const LABEL_COLUMN = /^(?:月份|月|年份|年度|年|季度|时间|日期|期间|序号|编号|序|行次|栏次|No\.?)$/u;
const HEADER_UNIT = new RegExp(`[（(]\\s*(${HEADER_UNIT_FORMS.join('|')})\\s*[)）]`, 'u');

function unitKind(unit: string): MentionKind {
  if (unit === '%' || unit === '％') return 'percent';
  const def = UNIT_INDEX.get(unit.charAt(0))?.find((d) => d.form === unit);
  return def?.kind ?? 'quantity';
}

/**
 * A table's caption line naming the unit of its amounts: 单位：万元, （金额单位：元）, 表1 …（单位：万元）,
 * and 表1 …情况表单位：元 as a PDF gives a caption whose unit stood apart from its title; also at the
 * end of the sentence that leads into the table (明细如下（单位：千元）：, 见下表（单位：元）。).
 */
const CAPTION_UNIT = /(?:^|[\s（(，,；;表])(?:金额)?单位[：:]\s*(万元|亿元|千元|元)\s*[)）]?\s*[：:。]?\s*$/u;
/** The money unit a caption on one of the two lines before a table gives its amounts, if any. */
function captionUnit(text: string, tableStart: number): string | undefined {
  let end = text.lastIndexOf('\n', tableStart - 1);
  for (let seen = 0; end > 0 && seen < 2; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (line !== '') {
      const unit = CAPTION_UNIT.exec(line)?.[1];
      if (unit !== undefined) return unit;
      seen += 1;
    }
    end = start - 1;
  }
  return undefined;
}

/**
 * A sheet's title row inside its table (| （2024年度） | … | 单位：万元 |): a row of text whose one cell
 * naming a unit names only that, the unit of the table's amounts.
 */
function rowUnit(text: string, cells: readonly TableCell[]): string | undefined {
  const filled = cells.map((c) => text.slice(c.start, c.end).trim()).filter((t) => t !== '');
  if (filled.some((t) => /\d[\d,.]*\s*$/u.test(t) && !/年度?[)）]?$/u.test(t))) return undefined;
  const units = filled.flatMap((t) => CAPTION_UNIT.exec(t)?.[1] ?? []);
  return units.length === 1 ? units[0] : undefined;
}

/** Characters an outline marker can open with (一、 （一） 1. ① #). */
const MARKER_FIRST = new Set(Array.from('一二三四五六七八九十（(0123456789０１２３４５６７８９①②③④⑤⑥⑦⑧⑨⑩#*', (c) => c.charCodeAt(0)));
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether a text holds a letter or digit: ASCII and CJK ideographs are answered by their code, and
 * only a text with other characters (and none of those first) asks the Unicode property test.
 */
function hasLetterOrDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0x4e00 && c <= 0x9fff)) return true;
    if (c >= 128) return LETTER_OR_DIGIT.test(s);
  }
  return false;
}

/** A cell holding only a dash or a slash: nothing to state, but a cell in its column. */
const DASH_CELL = /^[\s*]*(?:[—–－-]{1,2}|／|\/)[\s*]*$/u;

/** No cell: a name asked past a row's last cell is empty. */
const NO_CELL: TableCell = { start: 0, end: 0 };

/** Cell text for subjects: outline marker and trailing colon dropped; a dash placeholder (——) is empty. */
function cellName(text: string, c: TableCell): string {
  if (c.end <= c.start) return '';
  let raw = text.slice(c.start, c.end);
  if (MARKER_FIRST.has(raw.charCodeAt(0))) raw = raw.slice(lineOpensWithMarker(raw)?.end ?? 0);
  let n = normalizeText(raw);
  const last = n.charCodeAt(n.length - 1);
  if (last === 0xff1a || last === 58) n = n.replace(/[：:]+$/, '');
  return hasLetterOrDigit(n) ? n : '';
}

/** What a column header's name says of its cells, tested once per distinct name. */
interface ColumnName {
  /** Criteria and notes (评分标准, 备注): their text names no row. */
  notAName: boolean;
  /** Months, years, row numbers: its numbers label their rows. */
  labels: boolean;
  amounts: boolean;
  rateHead: boolean;
}

function readColumnName(name: string): ColumnName {
  return { notAName: NOT_A_NAME_HEAD.test(name), labels: LABEL_COLUMN.test(name), amounts: isAmountColumn(name), rateHead: RATE_HEAD.test(name) };
}

/** Column names read once per document. */
class ColumnNames {
  private readonly byName = new Map<string, ColumnName>();

  read(name: string): ColumnName {
    return readOnce(this.byName, name, readColumnName);
  }
}

interface Header {
  names: string[];
  roles: HeaderRole[];
  /** A unit written in the column header (预算投资（万元）). */
  units: (string | undefined)[];
  cells: TableCell[];
  /** A unit in the header's first cell (项目资金（万元）) applies to the value columns. */
  blockUnit?: string;
  /** The shift alignRow gave each row shape under this header: a table's rows repeat a few shapes. */
  shifts: Map<string, number>;
  /** The row holds names only (no figure): its cells may span the columns under them. */
  named: boolean;
  /** Per column of a second header row: the cell above that spans it names amounts (决算数 over 2023年 | 2024年). */
  amountsAbove?: boolean[];
}

/** Names of a column that say only how it measures (an amount, a ratio), and the ending that says so after a name. */
const BARE_MEASURES: ReadonlyMap<string, string> = new Map([['金额', '额'], ['数额', '额'], ['比率', '率'], ['比例', '率'], ['幅度', '幅度'], ['%', '率'], ['百分比', '率']]);

/**
 * A column's name read with the upper cell that spans it: a bare measure takes that cell's name
 * before it, a bare point of the year after it, and a measure under a year or a comparison (上年 over
 * 决算数 | 本年 over 预算数, 比上年 over 增减率) is that year's or that comparison's. Any other name as it is.
 */
function spannedMeasure(upper: readonly string[], i: number, name: string): string {
  const bare = unbracketedName(name);
  const over = spanning(upper, i, unbracketedName);
  if (over === '' || over === bare) return name;
  const ending = BARE_MEASURES.get(bare);
  if (ending !== undefined) return `${over}${ending}`;
  if (BARE_PERIOD.test(bare)) return `${bare}${over}`;
  return SPANNING_WHEN.test(over) && !HAS_WHEN.test(bare) ? `${over}${name}` : name;
}

/** A header cell's name without its brackets (units, notes) or spaces. */
const unbracketedName = (cell: string): string => unbracketed(cell).replace(/\s+/gu, '');

/** An upper header cell naming only a year or a comparison with last year: what the measures under it are of. */
const SPANNING_WHEN = /^(?:上年度?|本年度?|当年|今年|去年|(?:19|20)\d\d年度?|(?:比|较)上年(?:同期)?)$/u;
/** A name that already says its year. */
const HAS_WHEN = /(?:19|20)\d\d|上年|本年|当年|今年|去年|同期/u;

/** A column named only by a point of the year, under the cell that says what it is (预算数 over 年初 | 全年): 年初预算数. */
const BARE_PERIOD = /^(?:年初|全年|年中|调整后|本年|当年)$/u;

/** The upper header cell spanning column i, as `read` gives it: itself, or the nearest filled one left of it; '' if none. */
function spanning(upper: readonly string[], i: number, read: (cell: string) => string = (cell) => cell): string {
  for (let c = i; c >= 1; c--) {
    const name = read(upper[c] ?? '');
    if (name !== '') return name;
  }
  return '';
}

/** Whether the upper header cell spanning column i names amounts. */
function spanningAmount(upper: readonly string[], i: number): boolean {
  const name = spanning(upper, i);
  return name !== '' && isAmountColumn(name);
}

/**
 * The unit an upper header cell gives a column of the row under it that it spans (专项资金（万元） over
 * 下达 | 支出 | 执行率（%）: the cells right of it in its row are blank): not a rate's or a score's.
 */
function spanUnit(above: Header, names: readonly string[], i: number): string | undefined {
  const own = names[i] ?? '';
  if (own === '') return undefined;
  const role = headerRole(own);
  if (role === 'rate' || role === 'score') return undefined;
  let j = i;
  while (j > 0 && above.names[j] === '') j--;
  return above.names[j] === '' ? undefined : above.units[j];
}

/** A cell's words before its figure that are only a change verb (调增, 追加, 压减). */
const CELL_VERB = new RegExp(`^\\s*(?:[+＋]|${CHANGE_WORDS.map((w) => w.word).join('|')})\\s*$`, 'u');

/** A column of rates by its name alone (执行率, 增减率, 占比, 进度), its unit in no bracket: percents. */
const RATE_HEAD = /^[^（(]*(?:率|比重|占比|进度)$/u;

/** Columns of criteria and notes: their text names no row. */
const NOT_A_NAME_HEAD = /评分|评价标准|计分|办法|方法|公式|说明|备注|原因|解释|依据|数据来源|口径/u;

/**
 * Marks figures in table cells, and gives a figure that fills its cell the row's label cells
 * and its column header as subject. A bare number takes a unit from its column header
 * ("预算投资（万元）") or from the header's first cell for value columns (not 分值/得分/rates).
 */
function annotateTables(text: string, layout: TableLayout, works: Work[]): void {
  // Cells and works are both in document order: one sweep assigns works to cells, kept by row and
  // cell index (an array read, where a map keyed by cell would hash every cell).
  const cellWorks: (Work[] | undefined)[][] = [];
  let wi = 0;
  for (const row of layout.rows) {
    const lists = new Array<Work[] | undefined>(row.cells.length).fill(undefined);
    cellWorks.push(lists);
    for (let ci = 0; ci < row.cells.length; ci++) {
      const cell = row.cells[ci];
      if (cell === undefined || cell.end <= cell.start) continue;
      while (wi < works.length && (works[wi]?.f.start ?? Infinity) < cell.start) wi++;
      const list: Work[] = [];
      for (let k = wi; k < works.length; k++) {
        const w = works[k];
        if (!w || w.f.start >= cell.end) break;
        w.cell = cell;
        w.cellStart = cell.start;
        w.inTable = true;
        list.push(w);
        wi = k + 1;
      }
      if (list.length > 0) lists[ci] = list;
    }
  }

  const columnNames = new ColumnNames();
  let header: Header | undefined;
  /** The row before was a header: a header row now is the second row of one. */
  let afterHeader = false;
  let block = -1;
  let caption: string | undefined;
  for (let r = 0; r < layout.rows.length; r++) {
    const row = layout.rows[r];
    const lists = cellWorks[r];
    if (row === undefined || lists === undefined) continue;
    if (row.block !== block) {
      header = undefined;
      afterHeader = false;
      block = row.block;
      caption = captionUnit(text, row.cells[0]?.start ?? 0) ?? rowUnit(text, row.cells);
    }
    const hasFigures = lists.some((list) => list !== undefined);
    // Only a row forced to be one, or one without figures, may be a header, which reads every cell's name;
    // a row of figures reads a cell's name when it asks for it (never that of a figure's own cell).
    const headerLike = row.forcedHeader || !hasFigures;
    const read: (string | undefined)[] = headerLike ? row.cells.map((c) => cellName(text, c)) : new Array<string | undefined>(row.cells.length).fill(undefined);
    const nameAt = (ci: number): string => (read[ci] ??= cellName(text, row.cells[ci] ?? NO_CELL));
    const filled = headerLike ? read.filter((n): n is string => n !== undefined && n !== '') : [];
    if (row.forcedHeader || (!hasFigures && filled.length >= 2 && filled.every((n) => n.length <= 24))) {
      const names = read as string[];
      const first = filled[0] ?? '';
      const units = names.map((n) => (n.includes('(') || n.includes('（') ? HEADER_UNIT.exec(n)?.[1] : undefined));
      // A header of months (| 月份 | 3月 | 6月 |) names its columns: those months are not figures.
      for (const list of lists) for (const w of list ?? []) if (w.unit === '月') w.label = true;
      // A second header row right under the first (2024年 over 预算 | 决算; 2023年决算 spanning both rows):
      // a column it leaves blank keeps the name the row above gave it.
      const above = afterHeader && header?.names.length === names.length ? header : undefined;
      const keep = <T,>(own: readonly T[], theirs: readonly T[] | undefined): T[] => own.map((x, i) => (above && names[i] === '' ? (theirs?.[i] ?? x) : x));
      // A bare measure under a cell spanning it (比上年增减 over 金额 | 比率) is that cell's: 比上年增减额, 比上年增减率;
      // and a bare point of the year (预算数 over 年初 | 全年) names it: 年初预算数, 全年预算数.
      const merged = keep(names, above?.names).map((n, i) => (above?.named === true ? spannedMeasure(above.names, i, n) : n));
      // (only under a row of names: a first row read as a header though it holds figures spans nothing)
      const ownUnits = above?.named === true ? units.map((u, i) => u ?? spanUnit(above, names, i)) : units;
      const h: Header = { names: merged, roles: merged.map((n, i) => (i === 0 ? cornerRole(n) : headerRole(n))), units: keep(ownUnits, above?.units), cells: keep(row.cells, above?.cells), shifts: new Map(), named: !hasFigures };
      if (above?.named === true) h.amountsAbove = names.map((_, i) => spanningAmount(above.names, i));
      const unit = HEADER_UNIT.exec(first)?.[1];
      if (unit !== undefined) h.blockUnit = unit;
      else if (above?.blockUnit !== undefined) h.blockUnit = above.blockUnit;
      header = h;
      afterHeader = true;
      continue;
    }
    afterHeader = false;
    if (!hasFigures) continue;
    const roles: CellRole[] = row.cells.map((c, ci) => {
      const list = lists[ci];
      // A dash (— under 分值 in a source's row) fills its cell: the row's figures are not moved into it.
      if (c.end <= c.start || (!list && nameAt(ci) === '')) return row.kind === 'tab' && DASH_CELL.test(text.slice(c.start, c.end)) ? 'text' : 'empty';
      const only = list?.length === 1 ? list[0] : undefined;
      // A month or quarter naming its row (| 1月 | 3.86 | 3.86 |) is the row's label, not a figure.
      if (only && only.f.start === c.start && only.f.end === c.end && ci === 0 && (only.f.unit === '月' || only.f.unit === '个季度')) {
        only.label = true;
        return 'text';
      }
      // A change verb before the figure (调增16.85 under 年中调整) still leaves the cell the figure's.
      if (only && only.f.end === c.end && (only.f.start === c.start || CELL_VERB.test(text.slice(c.start, only.f.start)))) return only.f.kind === 'percent' ? 'percent' : 'figure';
      return 'text';
    });
    const shift = header && row.kind === 'tab' ? shiftOf(roles, header) : 0;
    // Label cells seen so far in the row; a subject names the nearest few (real rows have ≤ 4).
    const seen: number[] = [];
    for (let ci = 0; ci < row.cells.length; ci++) {
      const cell = row.cells[ci];
      const role = roles[ci];
      if (cell === undefined) continue;
      // Criteria and notes (评分标准 ≥95%得满分, 备注, 计算方法) say how, not what: never a row's name.
      if (role === 'text' && nameAt(ci) !== '' && !columnNames.read(item(header?.names, ci + shift) ?? '').notAName) seen.push(ci);
      if (role !== 'figure' && role !== 'percent') continue;
      const w = lists[ci]?.[0];
      if (!w) continue;
      const hi = ci + shift;
      const headName = item(header?.names, hi) ?? '';
      const headCell = item(header?.cells, hi);
      const column = columnNames.read(headName);
      // A column of months, years or row numbers labels its rows: its numbers are not figures.
      if (w.f.unit === '' && w.f.kind === 'plain' && column.labels) {
        w.label = true;
        seen.push(ci);
        continue;
      }
      const near = seen.slice(-MAX_LABELS);
      const rowNames = near.map(nameAt);
      const firstLabel = near[0] === undefined ? undefined : row.cells[near[0]];
      const lastLabel = near.length === 0 ? undefined : row.cells[near[near.length - 1] ?? 0];
      // The subject's span from its label cells, else its column header, else empty at the figure
      // (two numbers, not an object spread into the subject: a spread is slow, and every cell figure has one).
      let start = w.f.start;
      let end = w.f.start;
      if (firstLabel && lastLabel) {
        start = firstLabel.start;
        end = lastLabel.end;
      } else if (headCell && headName !== '') {
        start = headCell.start;
        end = headCell.end;
      }
      w.subject = { start, end, text: joinNames(rowNames, headName) };
      w.table = { row: rowNames, column: headName };
      if (w.f.unit === '' && w.f.kind === 'plain') {
        let unit = item(header?.units, hi);
        // …or from its row's label (累计拨付（万元） | 420.00 | …), a row being a series of one quantity.
        for (let k = near.length - 1; k >= 0 && unit === undefined; k--) {
          const j = near[k];
          const name = j === undefined ? '' : nameAt(j);
          if (name.includes('(') || name.includes('（')) unit = HEADER_UNIT.exec(name)?.[1];
        }
        if (unit === undefined && header?.blockUnit !== undefined && item(header.roles, hi) === 'value') unit = header.blockUnit;
        // …or from the table's caption (单位：万元), for a column of amounts: not a rate, score or count.
        const role = item(header?.roles, hi);
        if (unit === undefined && caption !== undefined && role !== 'rate' && role !== 'score' && (column.amounts || header?.amountsAbove?.[hi] === true)) unit = caption;
        // …or a percent, under a header that names a rate and gives no unit (执行率 | 96.19).
        // (a fraction, 0.98, is left alone: it is no percent)
        if (unit === undefined && role === 'rate' && column.rateHead && !/^0?\.\d+$|^1\.\d+$/u.test(w.f.value)) unit = '%';
        if (unit !== undefined) {
          w.unit = unit === '％' ? '%' : unit;
          w.kindOut = unitKind(w.unit);
        }
      }
    }
  }
}

/**
 * The item at `i` of a header's list, undefined outside it: a shifted row reaches before the first
 * column, and a negative index read from an array is a slow property lookup by name.
 */
function item<T>(list: readonly T[] | undefined, i: number): T | undefined {
  return list !== undefined && i >= 0 && i < list.length ? list[i] : undefined;
}

/** A table figure's subject: its row's names and its column's, as [...row, column].join(' / ') gives them without the array (one per figure). */
function joinNames(row: readonly string[], column: string): string {
  let text = row[0] ?? column;
  for (let i = 1; i < row.length; i++) text += ` / ${row[i] ?? ''}`;
  if (row.length > 0 && column !== '') text += ` / ${column}`;
  return text;
}

/** alignRow's shift for a row under a header, once per shape of row. */
function shiftOf(roles: readonly CellRole[], header: Header): number {
  let key = '';
  for (const role of roles) key += `${role},`;
  let shift = header.shifts.get(key);
  if (shift === undefined) {
    shift = alignRow(roles, header.roles);
    header.shifts.set(key, shift);
  }
  return shift;
}
