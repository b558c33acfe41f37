/**
 * Score tables in a PDF, rebuilt as GFM. A PDF keeps no table: only text at positions. Where a line
 * reads as the header of a 自评表 or 基础数据表 (three or more known column names), its header pieces
 * give the columns, and the lines below are cut into cells by x and into rows by y: a row is anchored
 * on the line holding its figures, and a cell wrapped over several lines is vertically centred on it.
 */
import { markerDepth } from '../text/outline.js';
import { goalRow } from './pdf-goal-row.js';
import type { Line, Page, PageLine, Piece } from './pdf-lines.js';
import { joinWrapped } from './pdf-text.js';

interface Column {
  /** Normalised, for matching; `text` is what the header says (units in brackets kept). */
  readonly name: string;
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly figure: boolean;
}

/** Column names of the 自评表 and 基础数据表, compared after normaliseHeader. */
const KNOWN_HEADER = [
  /^[一二三]级指标$/,
  /^指标(名称)?$/,
  /^(年度)?(指标值|目标值|目标)$/,
  /^实际(完成)?值$|^完成值$|^实际完成$/,
  /^计量单位$/,
  // Counts planned and done (乡镇 | 计划数（个） | 完成数（个） | 完成率).
  /^(计划|完成|实际完成)(数|量)$/,
  /^分值$|^权重$|^标准分$|^满分$/,
  // A 部门整体 score sheet by the provincial framework (评价维度 | 评价指标 | 标准分 | 自评得分).
  /^评价(维度|指标)$/,
  /^(自评)?得分$/,
  /^偏差|原因分析|改进措施/,
  /^(\d{4}年|年初|全年|调整后|上年|本年|当年)?(预算|决算)(数|金额)?$/,
  /^(全年)?执行(数|金额)$|^实际支出(数)?$/,
  /^(预算|全年|年度)?执行率$/,
  // Spending by quarter or month: planned, actual and cumulative, and the progress of each.
  /^(计划|累计|实际)支出(数|额|金额)?$|^(季度|月度|累计)执行(率|进度)$/,
  // Spending to the end of each quarter (一季度累计 | 上半年累计 | 前三季度累计 | 全年累计执行).
  /^(第?[一二三四]季度|上半年|下半年|前三季度|全年|年度)累计(执行|支出)?(数|额|金额)?$/,
  /^(月份|季度)$|^(当月|本月|当季|月度|季度)(支出|计划|执行)(数|额|金额)?$|^支出金额$/,
  /^(完成|拨付|到位|支出)率$|^占.{1,6}(比重|比例)$/,
  // Funds passed down: 下达 | 拨付 | 到位.
  /^(计划)?下达(资金|金额|数)?$|^(实际)?(拨付|到位)(资金|金额|数)?$/,
  // Months as columns (1月 … 6月 | 上半年合计).
  /^\d{1,2}月(份)?$|^(上半年|下半年|全年)合计$/,
  /^项目(名称)?$/,
  /^序号$/,
  /^(?:比上年|较上年|同比)?增减(?:额|率|幅度)?$/,
  // Sources of funds as columns (项目 | 财政拨款 | 其他资金 | 合计), rows 全年预算数, 实际支出数 …
  /^(当年)?财政拨款$|^其他资金$|^合计$/,
  // Income beside spending (收入项目 | 金额 | 支出项目 | 金额): a 收支总表 in two halves.
  /^(收入|支出)项目$|^金额$/,
  // Funds through the year (结转结余 by 资金性质): what came in and went out, what was left before and after.
  /^资金性质$/,
  /^(本年|当年)(收入|支出)(合计|数|金额)?$/,
  /^(年初|年末|期初|期末)?(结转结余|结余结转|结转和结余|结余|结转)(资金|金额|数)?$/,
  /^备注$|^说明$/,
  // 基础数据表: staff and vehicles against their quota.
  /^(核定|车辆)?编制(数|人数)$/,
  /^(\d{4}年)?(年末)?实(有|际)(在职|在编)?(人数|车辆数)$/,
  // A staff table by kind (人员类别 | 编制数 | 上年末实有 | 本年末实有 | 离退休 | 编制控制率).
  /^人员类别$|^(上年末|本年末|年初|年末)实有(人数)?$|^(离退休|退休|离休)(人数|人员)?$/,
  /^(人员|编制)?控制率$/,
  // Spending by functional classification: the subject's code (over 类 | 款 | 项) and name.
  /^(功能分类)?科目(编码|代码|名称)$/,
  /^[类款项]$/,
  // 政府采购情况: purchases by kind, against their budget, and the share for small firms.
  /^采购(类别|项目|品目)$/,
  /^(政府)?采购预算(数|金额)?$|^实际采购(金额|数)?$/,
  /^节约(金额|资金|率)$/,
  /^(其中：?)?授予中小企业(的)?(合同)?金额$/,
];
/** Columns whose cells are figures: a line with one of them filled anchors a row (amounts named by what they are too: 全年预算, 实际支出, 结余). */
const FIGURE_HEADER = /值$|数$|率$|金额$|^分值$|^权重$|得分$|(?:预算|支出|结余|结转|收入|决算|资金|采购|完成|目标)$/;
/** A figure cell's text: a number, or the dash of an empty amount. */
const FIGURE_TEXT = /[\d０-９—–\-－]/u;
/** A digit, half or full width (１２.４１ as some forms type figures). */
const DIGIT = /[\d０-９]/u;
/** Header cells are short; a longer piece is a sentence. */
const HEADER_MAX_CHARS = 16;
const MIN_KNOWN = 3;
/** Wrapped lines of one cell are a line apart; a larger gap is another cell (in font sizes). */
const WRAP_PITCH = 1.6;
/** Cost of one more cell block, in font sizes: fewer, centred blocks win over many near ones. */
const BLOCK_COST = 0.5;

function normaliseHeader(text: string): string {
  return text.replace(/\s+/g, '').replace(/[（(][^（）()]*[）)]$/, '').replace(/[:：]$/, '');
}

const isKnown = (name: string): boolean => KNOWN_HEADER.some((re) => re.test(name));

/** The columns a header line sets, or undefined when the line is no recognisable header. */
function headerColumns(line: Line): Column[] | undefined {
  if (line.pieces.length < MIN_KNOWN) return undefined;
  const names = line.pieces.map((p) => normaliseHeader(p.text));
  if (names.some((n) => [...n].length > HEADER_MAX_CHARS)) return undefined;
  if (names.filter(isKnown).length < MIN_KNOWN) return undefined;
  return line.pieces.map((p, i) => {
    const name = names[i] ?? '';
    return { name, text: p.text, left: p.left, right: p.right, figure: FIGURE_HEADER.test(name) };
  });
}

/**
 * The column a piece of a body line is in, -1 left of the table's first header. Headers are centred
 * in their cells and cell text is left-aligned or centred, so a cell's text starts after the previous
 * header ends and no later than its own header ends.
 */
function columnOf(piece: Piece, columns: readonly Column[]): number {
  if (piece.right < (columns[0]?.left ?? 0)) return -1;
  const i = columns.findIndex((c) => piece.left <= c.right);
  if (i < 0) return columns.length - 1;
  // A figure set right in a wide cell stands between its header and the next one, under neither:
  // it is the column whose header's middle is nearer (a figure left in its cell is nearer its own).
  const own = columns[i];
  const before = columns[i - 1];
  if (own && before && piece.right < own.left && FIGURE_TEXT.test(piece.text)) {
    const middle = (piece.left + piece.right) / 2;
    if (middle - (before.left + before.right) / 2 < (own.left + own.right) / 2 - middle) return i - 1;
  }
  return i;
}

/** The pieces of a line in figure columns, and whether one of them is a figure. */
function inFigureColumns(line: Line, columns: readonly Column[]): Piece[] {
  return line.pieces.filter((p) => columns[columnOf(p, columns)]?.figure === true);
}
/** The figures a line holds in figure columns. */
const figuresIn = (line: Line, columns: readonly Column[]): Piece[] => inFigureColumns(line, columns).filter((p) => FIGURE_TEXT.test(p.text));
const holdsFigures = (line: Line, columns: readonly Column[]): boolean => figuresIn(line, columns).length > 0;

interface Segment {
  readonly page: Page;
  readonly header: Line;
  readonly columns: Column[];
  readonly lines: Line[];
  /** Header text left of the first column (项目名称 on a header line of its own), '' when none. */
  readonly lead: string;
}

/** Whether two spans share more than a unit of width (a piece in a column, a name over figures). */
function overlaps(a: { left: number; right: number }, b: { left: number; right: number }): boolean {
  return Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1;
}

/** Header words only: no figure (a year is a header's: 2023年 over 决算数), no piece a sentence. */
function headerWords(line: Line): boolean {
  return !DIGIT.test(line.text.replace(/\d{4}\s*年度?/gu, '')) && line.pieces.every((p) => [...p.text].length <= HEADER_MAX_CHARS);
}

/** A line of a header block: near the one next to it, header words, each piece within one column. */
function headerLine(line: Line, near: Line, columns: readonly Column[]): boolean {
  if (Math.abs(line.y - near.y) > WRAP_PITCH * near.size || Math.abs(line.size - near.size) > 1) return false;
  if (!headerWords(line) || markerDepth(line.text) !== undefined) return false;
  return line.pieces.every((p) => columns.filter((c) => overlaps(p, c)).length <= 1);
}

/** A column being built from a header block's lines: its pieces' texts, top to bottom. */
interface Building {
  parts: string[];
  left: number;
  right: number;
}

/** Short header words: a unit in brackets or a piece of one (（万 / 元）), a wrapped last character (率, 码). */
const HEADER_TAIL = /^[（(][^（）()]{0,6}[）)]?$|^[^（）()]{0,6}[）)]$/u;
const SHORT_NAME = 6;
/** A unit the wrap cut before its closing bracket: 全年预算数（万, 结余（万. */
const OPEN_UNIT = /[（(][^（）()]*$/u;

const joined = (parts: readonly string[]): string => parts.reduce((a, b) => joinWrapped(a, b), '');

/** A column from its header's pieces, top to bottom. */
function builtColumn(c: Building): Column {
  const text = joined(c.parts);
  const name = normaliseHeader(text);
  return { name, text, left: c.left, right: c.right, figure: FIGURE_HEADER.test(name) };
}

/**
 * Adds a line's pieces to the columns being built, if each is a header's: a unit or a wrapped tail
 * under or over its column (上年结转 + （万元）, 执行 + 率), words that make their column a known one,
 * a short name beside every column (结余) or left of the first (项目名称). Returns false, changing
 * nothing, when a piece is not (the first row's wrapped text: 产出指标 under 一级指标).
 */
function addHeaderLine(line: Line, cols: Building[], lead: string[], firstLeft: number, above: boolean, overFigures: (p: Piece) => boolean): boolean {
  const plan: (() => void)[] = [];
  for (const p of line.pieces) {
    const t = p.text;
    const n = [...t].length;
    if (/[:：]/u.test(t)) return false;
    // Left of the named columns: the row labels' header (项目名称), unless figures stand under it
    // (年初 / 预算数 over 1,500.00: a column whose name the line with 分值 执行率 得分 did not hold).
    if (p.right < firstLeft && !overFigures(p)) {
      if (n > SHORT_NAME) return false;
      plan.push(() => (above ? lead.unshift(t) : lead.push(t)));
      continue;
    }
    const c = cols.find((x) => overlaps(p, x));
    if (c === undefined) {
      // A name of its own: short, or a known one with its unit cut by the wrap (全年预算数（万).
      if (n > SHORT_NAME && !isKnown(normaliseHeader(t.replace(OPEN_UNIT, '')))) return false;
      plan.push(() => {
        const k = cols.findIndex((x) => x.left > p.right);
        cols.splice(k < 0 ? cols.length : k, 0, { parts: [t], left: p.left, right: p.right });
      });
      continue;
    }
    const before = normaliseHeader(joined(c.parts));
    const after = normaliseHeader(joined(above ? [t, ...c.parts] : [...c.parts, t]));
    // A known name stays known; words join it only as its unit (its first half too: 结余 + （万),
    // its wrapped tail, or to make it known.
    if (isKnown(before) && !isKnown(after.replace(OPEN_UNIT, ''))) return false;
    if (!HEADER_TAIL.test(t) && n > 2 && !isKnown(after)) return false;
    plan.push(() => {
      if (above) c.parts.unshift(t);
      else c.parts.push(t);
      c.left = Math.min(c.left, p.left);
      c.right = Math.max(c.right, p.right);
    });
  }
  for (const step of plan) step();
  return true;
}

/**
 * The header's lines above (already read as text, the end of `out`) and below the line that named
 * its columns, and the columns they make together (see addHeaderLine).
 */
function headerBlock(out: readonly PageLine[], lines: readonly PageLine[], at: number, found: Column[]): { columns: Column[]; lead: string; above: number; below: number } {
  const header = lines[at];
  if (header === undefined) return { columns: found, lead: '', above: 0, below: 0 };
  const cols: Building[] = found.map((c) => ({ parts: [c.text], left: c.left, right: c.right }));
  const lead: string[] = [];
  const firstLeft = found[0]?.left ?? 0;
  // The figures of the first rows under the header, to tell a column's name from the row labels' header.
  const figures = lines
    .slice(at + 1, at + 12)
    .filter((l) => l.page === header.page)
    .flatMap((l) => l.line.pieces.filter((p) => DIGIT.test(p.text)))
    .slice(0, 40);
  const overFigures = (p: Piece): boolean => figures.some((f) => overlaps(p, f));
  let above = 0;
  for (let k = out.length - 1, near = header.line; k >= 0; k--) {
    const l = out[k];
    if (l === undefined || l.page !== header.page || !headerLine(l.line, near, found) || !addHeaderLine(l.line, cols, lead, firstLeft, true, overFigures)) break;
    above += 1;
    near = l.line;
  }
  let below = 0;
  for (let k = at + 1, near = header.line; k < lines.length; k++) {
    const l = lines[k];
    if (l === undefined || l.page !== header.page || !headerLine(l.line, near, found) || !addHeaderLine(l.line, cols, lead, firstLeft, false, overFigures)) break;
    below += 1;
    near = l.line;
  }
  if (above === 0 && below === 0) return { columns: found, lead: '', above: 0, below: 0 };
  return { columns: cols.map(builtColumn), lead: joined(lead), above, below };
}

/**
 * A header whose names are wrapped (预算数（万 / 元）, 执行 / 率), on two or three lines of which none
 * names three columns alone, the one-line names (项目, 备注) on the middle one: the lines' pieces,
 * stacked by where they stand (one piece of each line at most per column), name the columns
 * together. Its lines and the line standing for it (the middle one), or undefined.
 */
function stackedHeader(lines: readonly PageLine[], at: number): { line: Line; columns: Column[]; rows: number } | undefined {
  const top = lines[at];
  if (top === undefined) return undefined;
  for (let rows = 3; rows >= 2; rows--) {
    const block = lines.slice(at, at + rows).map((l) => l.line);
    if (block.length < rows || lines.slice(at, at + rows).some((l) => l.page !== top.page)) continue;
    const near = block.every((l, k) => Math.abs(l.size - top.line.size) <= 0.5 && (k === 0 || (block[k - 1]?.y ?? 0) - l.y <= WRAP_PITCH * l.size));
    // A line that names columns alone heads the table itself, with the lines around it (headerBlock).
    if (!near || !block.every(headerWords) || block.some((l) => headerColumns(l) !== undefined)) continue;
    // The whole header, or nothing: header words just above or below it would be more of it, read
    // wrong (columns too close to tell apart); its first row, with figures, follows it.
    const before = lines[at - 1];
    const after = lines[at + rows];
    if (before !== undefined && before.page === top.page && before.line.y - top.line.y <= WRAP_PITCH * top.line.size && headerWords(before.line)) continue;
    if (after === undefined || after.page !== top.page || !DIGIT.test(after.line.text)) continue;
    const cols: (Building & { rows: Set<number> })[] = [];
    const stacks = block.every((l, k) =>
      l.pieces.every((p) => {
        const under = cols.filter((c) => overlaps(p, c));
        const c = under[0];
        if (under.length > 1 || c?.rows.has(k)) return false;
        if (c === undefined) cols.push({ parts: [p.text], left: p.left, right: p.right, rows: new Set([k]) });
        else {
          c.parts.push(p.text);
          c.left = Math.min(c.left, p.left);
          c.right = Math.max(c.right, p.right);
          c.rows.add(k);
        }
        return true;
      }),
    );
    if (!stacks) continue;
    const columns = cols.sort((a, b) => a.left - b.left).map(builtColumn);
    if (columns.some((c) => [...c.name].length > HEADER_MAX_CHARS) || columns.filter((c) => isKnown(c.name)).length < MIN_KNOWN) continue;
    const middle = block[Math.floor((rows - 1) / 2)] ?? top.line;
    const pieces = columns.map((c) => ({ text: c.text, left: c.left, right: c.right }));
    return { line: { ...middle, text: columns.map((c) => c.text).join(' '), cells: columns.length, pieces }, columns, rows };
  }
  return undefined;
}

/** Whether `lines[at]` starts a table's header: a header line, or header words right above one (偏差原因 over the line naming the columns). */
function headerAhead(lines: readonly PageLine[], at: number): boolean {
  const first = lines[at];
  for (let k = at; k <= at + 2; k++) {
    const l = lines[k];
    if (l === undefined || l.page !== first?.page) return false;
    if (headerColumns(l.line) !== undefined) return true;
    const below = lines[k + 1];
    if (!headerWords(l.line) || below === undefined || l.line.y - below.line.y > WRAP_PITCH * l.line.size) return false;
  }
  return false;
}

/**
 * A line that is no row of the table: another font size, text across columns, or a heading. A marked
 * line (1．公务用车…) is a row label when it, or the line right under it, holds figures.
 */
function endsTable(line: Line, next: Line | undefined, segment: Segment): boolean {
  if (Math.abs(line.size - segment.header.size) > 1) return true;
  if (markerDepth(line.text) !== undefined) {
    const below = next !== undefined && line.y - next.y <= WRAP_PITCH * line.size ? next : undefined;
    if (!holdsFigures(line, segment.columns) && (below === undefined || !holdsFigures(below, segment.columns))) return true;
  }
  return line.pieces.some((p) => segment.columns.filter((c) => overlaps(p, c)).length >= 2);
}

/**
 * Lines → lines with each recognised table replaced by one line holding it as GFM rows. A repeated
 * header at the top of the next page continues the table; its rows follow without a second header.
 */
export function rebuildTables(lines: readonly PageLine[]): PageLine[] {
  const out: PageLine[] = [];
  let i = 0;
  while (i < lines.length) {
    const from = i;
    const start = lines[i];
    if (start === undefined) break;
    i++;
    const found = headerColumns(start.line);
    const stacked = found === undefined ? stackedHeader(lines, from) : undefined;
    if (found === undefined && stacked === undefined) {
      const goal = goalRow(lines, from, (k) => headerAhead(lines, k) || stackedHeader(lines, k) !== undefined);
      out.push(goal?.line ?? start);
      if (goal !== undefined) i = goal.end;
      continue;
    }
    // A header taller than one line (上年结转 over （万元）, 结余 on a line of its own): its other
    // lines above and below are part of it, not text before the table or its first row.
    const block = stacked !== undefined ? { columns: stacked.columns, lead: '', above: 0, below: stacked.rows - 1 } : headerBlock(out, lines, from, found ?? []);
    out.splice(out.length - block.above, block.above);
    // Short lines right above the header that stay text (科目编码 over 类 | 款 | 项): a repeated header brings them too.
    const over = out.slice(-2).filter((l) => l.page === start.page && [...l.line.text].length <= HEADER_MAX_CHARS).map((l) => l.line.text);
    i += block.below;
    const columns = block.columns;
    const segments: Segment[] = [{ page: start.page, header: stacked?.line ?? start.line, columns, lines: [], lead: block.lead }];
    while (i < lines.length) {
      const next = lines[i];
      const segment = segments[segments.length - 1];
      if (next === undefined || segment === undefined) break;
      if (next.page !== segment.page) {
        const more = found !== undefined ? repeatedHeader(lines, i, found, over) : undefined;
        if (more !== undefined) {
          // A repeated header stands where the first did: its columns are the table's.
          segments.push({ page: next.page, header: more.header, columns, lines: [], lead: '' });
          i = more.end;
          continue;
        }
        if (!runsOn(lines, i, segment)) break;
        // Rows go on under no header: the segment sits where its first line does, in the table's font.
        segments.push({ page: next.page, header: { ...segment.header, y: next.line.y }, columns, lines: [], lead: '' });
        continue;
      }
      if (headerColumns(next.line) !== undefined || endsTable(next.line, lines[i + 1]?.page === next.page ? lines[i + 1]?.line : undefined, segment)) break;
      segment.lines.push(next.line);
      i++;
    }
    const last = segments[segments.length - 1];
    if (last !== undefined) i -= trimTail(last);
    const texts = renderTable(segments);
    // A header with no row under it is left as it was read.
    if (texts === undefined) {
      out.push(...lines.slice(from, i));
      continue;
    }
    segments.forEach((s, k) => {
      const text = texts[k] ?? '';
      if (text !== '') out.push({ page: s.page, line: { ...s.header, text, cells: s.columns.length, pieces: [] } });
    });
  }
  return out;
}

/**
 * The table's header repeated at the top of the page starting at `from` (a header line naming the
 * columns the first one named, with the lines of its block around it, after the short lines `over`
 * that stood above the first): its line and the line after it, or undefined when the page starts
 * with anything else.
 */
function repeatedHeader(lines: readonly PageLine[], from: number, first: readonly Column[], over: readonly string[]): { header: Line; end: number } | undefined {
  const page = lines[from]?.page;
  const names = first.map((c) => c.name).join('|');
  let at = from;
  while (at < from + over.length && lines[at]?.page === page && over.includes(lines[at]?.line.text ?? '')) at++;
  for (let j = at; j < Math.min(lines.length, at + 4); j++) {
    const l = lines[j];
    if (l === undefined || l.page !== page) return undefined;
    const found = headerColumns(l.line);
    if (found === undefined) continue;
    // The line that names the columns names the same ones; the rest of its block is the same header.
    const block = headerBlock(lines.slice(at, j), lines, j, found);
    if (block.above !== j - at || found.map((c) => c.name).join('|') !== names) return undefined;
    return { header: l.line, end: j + 1 + block.below };
  }
  return undefined;
}

/**
 * A table that runs on to the next page without repeating its header (Word repeats it only when
 * asked): the page opens with lines of its rows, in the table's font, each piece within one column,
 * and a line among the first three with figures in two figure columns.
 */
function runsOn(lines: readonly PageLine[], at: number, segment: Segment): boolean {
  const page = lines[at]?.page;
  for (let j = at; j < Math.min(lines.length, at + 3); j++) {
    const l = lines[j];
    if (l === undefined || l.page !== page || headerColumns(l.line) !== undefined) return false;
    const below = lines[j + 1];
    if (endsTable(l.line, below?.page === page ? below?.line : undefined, segment)) return false;
    if (figuresIn(l.line, segment.columns).length >= 2) return true;
  }
  return false;
}

/**
 * Lines after the segment's last figure line that put words in a figure column belong to what follows
 * the table (the next block's own header, 预期目标 / 实际完成情况): they are taken off and read as text.
 * Returns how many were taken off.
 */
function trimTail(segment: Segment): number {
  const { lines, columns } = segment;
  let lastFigures = lines.length - 1;
  while (lastFigures >= 0 && !holdsFigures(lines[lastFigures] as Line, columns)) lastFigures--;
  // A percent sign or a unit alone is the end of the last row's figure, wrapped (415.07万 / 元): not words.
  const cut = lines.findIndex((l, k) => k > lastFigures && inFigureColumns(l, columns).some((p) => !/^(?:[%％‰]|[万亿]?元)$/u.test(p.text.trim())));
  if (lastFigures < 0 || cut < 0) return 0;
  return lines.splice(cut).length;
}

/** A cell's text at one place: its column and the row (anchor) it belongs to. */
interface Entry {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly y: number;
  /** The row whose figure line this entry is on. */
  readonly anchor: number | undefined;
}

/** One segment's rows: cells keyed by column, the leading (left of the header) columns first. */
interface SegmentRows {
  readonly lead: number;
  readonly rows: string[][];
}

function renderTable(segments: readonly Segment[]): string[] | undefined {
  const built = segments.map(segmentRows);
  const first = segments[0];
  if (first === undefined || built.every((b) => b.rows.length === 0)) return undefined;
  const lead = Math.max(...built.map((b) => b.lead));
  const names = [...Array<string>(lead).fill(''), ...first.columns.map((c) => c.name)];
  // The row labels' header, when the header named them, heads the last leading column.
  const texts = [...Array<string>(lead).fill('').map((t, k) => (k === lead - 1 ? first.lead : t)), ...first.columns.map((c) => c.text)];
  const padded = built.map((b) => b.rows.map((r) => [...Array<string>(lead - b.lead).fill(''), ...r]));
  // A column no row fills and no known name heads is a merged label beside the table (绩效指标).
  const keep = names.map((name, c) => c < lead || isKnown(name) || padded.some((rows) => rows.some((r) => (r[c] ?? '') !== '')));
  const line = (cells: readonly string[]) => `| ${cells.filter((_, c) => keep[c]).map((t) => t.replace(/\|/g, '\\|')).join(' | ')} |`;
  const width = keep.filter(Boolean).length;
  return padded.map((rows, k) => [...(k === 0 ? [line(texts), `|${'---|'.repeat(width)}`] : []), ...rows.map(line)].join('\n'));
}

function segmentRows(segment: Segment): SegmentRows {
  const { columns } = segment;
  const size = segment.header.size;
  // Pieces by column, per line; the line's entries in a figure column decide whether it anchors a row.
  const perLine = segment.lines.map((line) => {
    const cells = new Map<number, Piece[]>();
    for (const p of line.pieces) {
      const c = columnOf(p, columns);
      cells.set(c, [...(cells.get(c) ?? []), p]);
    }
    return { line, cells, anchors: holdsFigures(line, columns) };
  });
  joinWrappedDigits(perLine, size);
  // A row taller than a line centres its short cells on the figure line and wraps its long ones
  // around it (91.91 / the amounts / %): a line whose figures stand only in columns the figure line
  // next to it leaves empty, and which has fewer of them, is a wrapped part of that row.
  const figureColumns = (k: number): Set<number> => {
    const l = perLine[k];
    return new Set(l === undefined ? [] : figuresIn(l.line, columns).map((p) => columnOf(p, columns)));
  };
  const demoted = perLine.map((l, k) => {
    if (!l.anchors) return false;
    const own = figureColumns(k);
    return [k - 1, k + 1].some((n) => {
      const m = perLine[n];
      if (m === undefined || !m.anchors || Math.abs(m.line.y - l.line.y) > WRAP_PITCH * size) return false;
      const other = figureColumns(n);
      return other.size > own.size && [...own].every((c) => !other.has(c));
    });
  });
  demoted.forEach((d, k) => {
    const l = perLine[k];
    if (d && l !== undefined) l.anchors = false;
  });
  const anchorYs: number[] = [];
  const entries = new Map<number, Entry[]>();
  const leadPieces: { piece: Piece; y: number; anchor: number | undefined }[] = [];
  for (const { line, cells, anchors } of perLine) {
    // Without any figure line, every line is a row of its own.
    const anchor = anchors || !perLine.some((l) => l.anchors) ? anchorYs.push(line.y) - 1 : undefined;
    for (const [c, ps] of cells) {
      if (c < 0) {
        for (const piece of ps) leadPieces.push({ piece, y: line.y, anchor });
        continue;
      }
      const list = entries.get(c) ?? [];
      list.push(entryOf(ps, line.y, anchor));
      entries.set(c, list);
    }
  }
  // Left of the first header: merged labels and row labels, told apart by where they stand. A short
  // label under a wide first header ends before the header starts, but lines up with that column's
  // longer labels: it is in the first column.
  const first = entries.get(0) ?? [];
  const spans = leadColumns(leadPieces.map((l) => l.piece));
  const inFirst = spans.filter((span) => first.some((e) => Math.min(e.right, span.right) > Math.max(e.left, span.left)));
  const lead = spans.filter((span) => !inFirst.includes(span));
  for (const { piece, y, anchor } of leadPieces) {
    const span = spans.find((sp) => piece.left <= sp.right);
    const c = span !== undefined && inFirst.includes(span) ? 0 : -1 - Math.max(0, lead.findIndex((sp) => piece.left <= sp.right));
    const list = entries.get(c) ?? [];
    const same = list.find((e) => e.y === y);
    if (same !== undefined) list[list.indexOf(same)] = entryOf([same, piece], y, anchor);
    else list.push(entryOf([piece], y, anchor));
    entries.set(c, list);
  }

  const rows = anchorYs.map(() => Array<string>(lead.length + columns.length).fill(''));
  for (const [c, list] of entries) {
    const index = c < 0 ? -1 - c : lead.length + c;
    for (const block of cellBlocks(list, anchorYs, size)) {
      const row = rows[block.anchor];
      if (row === undefined) continue;
      row[index] = block.entries.reduce((text, e) => joinWrapped(text, e.text), row[index] ?? '');
    }
  }
  return { lead: lead.length, rows };
}

/** An amount as written in a cell: digits grouped by thousands or not, decimals. */
const AMOUNT = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/u;

/**
 * An amount too long for its cell wraps its end onto a line of its own (10,684,010.0 / 7, 35,553,8 /
 * 00.00): a line of nothing but such ends, each under a figure of the line right above in its
 * column that it makes a whole amount of, ends those figures.
 */
function joinWrappedDigits(perLine: { line: Line; cells: Map<number, Piece[]>; anchors: boolean }[], size: number): void {
  for (let k = perLine.length - 1; k >= 1; k--) {
    const tail = perLine[k];
    const head = perLine[k - 1];
    if (!tail || !head || head.line.y - tail.line.y > WRAP_PITCH * size * 1.5) continue;
    const pieces = [...tail.cells];
    const ends = ([c, ps]: [number, Piece[]]): boolean => {
      const top = head.cells.get(c)?.at(-1)?.text ?? '';
      const low = ps.length === 1 ? (ps[0]?.text ?? '') : '';
      // (35,553,8 / 00.00 and 676,700. / 00: the head alone is no amount; 10,684,010.0 / 7: a digit or three)
      return c >= 0 && /\d$|[.,]$/u.test(top) && /^[\d.,]{1,8}$/u.test(low) && AMOUNT.test(`${top}${low}`) && (!AMOUNT.test(top) || /^\d{1,3}$/u.test(low));
    };
    if (pieces.length === 0 || !pieces.every(ends)) continue;
    for (const [c, ps] of pieces) {
      const above = head.cells.get(c) ?? [];
      const last = above[above.length - 1];
      if (last) above[above.length - 1] = { text: `${last.text}${ps[0]?.text ?? ''}`, left: last.left, right: Math.max(last.right, ps[0]?.right ?? last.right) };
    }
    perLine.splice(k, 1);
  }
}

function entryOf(pieces: readonly Piece[], y: number, anchor: number | undefined): Entry {
  const sorted = [...pieces].sort((a, b) => a.left - b.left);
  return {
    text: sorted.map((p) => p.text).join(' '),
    left: Math.min(...sorted.map((p) => p.left)),
    right: Math.max(...sorted.map((p) => p.right)),
    y,
    anchor,
  };
}

/** Spans of the pieces left of the table, merged where they overlap: one span per leading column. */
function leadColumns(pieces: readonly Piece[]): { left: number; right: number }[] {
  const spans: { left: number; right: number }[] = [];
  for (const p of [...pieces].sort((a, b) => a.left - b.left)) {
    const last = spans[spans.length - 1];
    if (last !== undefined && p.left <= last.right) last.right = Math.max(last.right, p.right);
    else spans.push({ left: p.left, right: p.right });
  }
  return spans;
}

/**
 * A column's entries (top to bottom) cut into cells and each cell given a row. Lines a line apart that
 * overlap (or nearly) may be one wrapped cell; the cut chosen puts each cell's middle nearest its row's figure line
 * (cells are vertically centred), and an entry on a figure line stays in that row.
 */
function cellBlocks(list: readonly Entry[], anchorYs: readonly number[], size: number): { entries: Entry[]; anchor: number }[] {
  const entries = [...list].sort((a, b) => b.y - a.y);
  const n = entries.length;
  const best: { cost: number; from: number; anchor: number }[] = [{ cost: 0, from: 0, anchor: -1 }];
  for (let j = 1; j <= n; j++) {
    best[j] = { cost: Infinity, from: j - 1, anchor: -1 };
    let fixed: number | undefined;
    for (let i = j - 1; i >= 0; i--) {
      const top = entries[i];
      const below = entries[i + 1];
      if (top === undefined) break;
      if (i < j - 1 && below !== undefined) {
        if (top.y - below.y > WRAP_PITCH * size) break;
        // Lines of one cell overlap, or nearly: a hanging indent (1．公务用车… / 费) starts past the line under it.
        if (Math.min(top.right, below.right) + size <= Math.max(top.left, below.left)) break;
      }
      if (top.anchor !== undefined) {
        if (fixed !== undefined && fixed !== top.anchor) break;
        fixed = top.anchor;
      }
      const bottom = entries[j - 1];
      if (bottom === undefined) break;
      // One cell spans at most one figure line: more are the cells of several rows, one under another.
      if (anchorYs.filter((y) => y <= top.y + 0.5 * size && y >= bottom.y - 0.5 * size).length > 1) break;
      const centre = (top.y + bottom.y) / 2;
      const anchor = fixed ?? nearest(anchorYs, centre);
      const cost = (best[i]?.cost ?? Infinity) + BLOCK_COST * size + Math.abs(centre - (anchorYs[anchor] ?? centre));
      const current = best[j];
      if (current !== undefined && cost < current.cost) best[j] = { cost, from: i, anchor };
    }
  }
  const blocks: { entries: Entry[]; anchor: number }[] = [];
  for (let j = n; j > 0; ) {
    const b = best[j];
    if (b === undefined) break;
    blocks.unshift({ entries: entries.slice(b.from, j), anchor: b.anchor });
    j = b.from;
  }
  return blocks;
}

function nearest(ys: readonly number[], y: number): number {
  let best = 0;
  ys.forEach((v, k) => {
    if (Math.abs(v - y) < Math.abs((ys[best] ?? Infinity) - y)) best = k;
  });
  return best;
}
