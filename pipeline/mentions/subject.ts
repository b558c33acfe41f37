/**
 * What a figure quantifies, in prose (table cells are named in index.ts). Heuristics, in order:
 *
 * 1. A count, or a quantity that is not a duration or ratio, followed by a noun is a quantifier
 *    ("1 家省级技术转移示范机构", "412家科技型企业获…"): the subject is the phrase after it, up to a
 *    verb, punctuation or the next number.
 * 2. Otherwise the clause before the figure: walk back to ，。；、：, a table cell start, the
 *    previous figure (or the noun it quantified), a heading or table line, a finished sentence,
 *    or 40 characters; keep a bracketed group whole; drop the outline marker; strip linking verbs
 *    at the end (达到 达 为 共 完成 实现 …, and change verbs: 同比增长 → 同比) and filler at the
 *    start (其中 包括 另有 …; 完成 实现 累计 … only when a name of two characters remains).
 * 3. Nothing before the figure: "label：figure" takes the label (一般公共预算：1452.61), and
 *    "其中 150 万元为X" takes X.
 * 4. Nothing left, or only a comparison (同比, 比上年, 较 2023 年): the figure is a change or ratio
 *    of the metric named just before in the same sentence ("成交额达到 480.68 亿元，同比增长 22%"),
 *    and takes that figure's subject; failing that, the phrase after the figure.
 * 5. A clause ending in 等 is an enumeration of examples: the subject is after the figure
 *    ("清华大学等 30 余所高校院所").
 *
 * `text` is normalised (PDF spaces between Chinese characters and line breaks removed);
 * start/end are the offsets of the phrase in the input.
 */
import type { Span } from './types.js';
import { CHANGE_WORDS } from './units.js';
import { lineOpensWithMarker } from '../text/outline.js';
import { charAt, type MentionLines } from './lines.js';
import { charTable } from '../text/chars.js';

/** Words after 的 that make the figure before them an aim or a standard, not a share of something. */
const AIM_AFTER = /^[\u4e00-\u9fff]{0,3}(?:目标|控制|标准|要求|水平|比例|预期|计划|考核|指标|任务|上限|下限|限额|警戒)/u;
/** A share as written: the figure alone or about (约8%, 近三成 is no percent); a bound (高于30%) is an aim's. */
const SHARE_FIGURE = /^(?:约|近|逾|超|[0-9０-９])/u;

/** Clause stops, by UTF-16 unit: the scans back and forward read one byte per character. */
const STOP = charTable('，,。；;：:、！!？?\t|');
/** Brackets that end a phrase after a figure. */
const BRACKET = charTable('（(）)【】');
/** Each closing bracket's opening one, by UTF-16 unit (0: not a closing bracket). */
const OPENER = new Uint16Array(65536);
for (const pair of ['）（', ')(', '】【', '][', '〕〔', '》《', '」「']) OPENER[pair.charCodeAt(0)] = pair.charCodeAt(1);
const SENTENCE_END = /[。；;！？!?]/;

const TRAILING = [
  '稳定在', '保持在', '分别为', '进一步', '达到', '已达', '共计', '总计', '合计', '累计', '共有', '约为', '分别', '均为',
  '仅为', '只有', '稳居', '位列', '位居', '位于', '排名', '获得', '拥有', '完成', '实现', '突破', '双双', '连续', '大幅',
  '稳步', '明显', '显著', '持续', '保持', '达', '为', '是', '共', '有', '均', '仅', '已', '了', '就', '则', '都', '也',
  '居', '列', '获', '的', '在', '到', '至', '近', '计', ...CHANGE_WORDS.map((w) => w.word),
].sort((a, b) => b.length - a.length);

/** Filler before a metric's name: always dropped. */
const LEADING = ['其中包括', '中的', '截至目前', '其中', '包括', '另有', '另外', '此外', '同时', '目前', '现有', '先后', '已', '为', '是'].sort(
  (a, b) => b.length - a.length,
);
/** Verbs before a metric's name: dropped only when a name of two characters or more remains (完成率 stays). */
const LEADING_VERBS = ['累计', '共计', '合计', '总计', '共有', '完成', '实现', '获得', '获批', '争取', '带动', '落实', '成功'];

/** After a count, these show the figure ends its clause rather than quantifying a noun. */
const NOT_NOUN_START = '的为是达等居均都共已将被和与及或后前左以占';

/** Where a quantifier's noun ends (once two characters are in). */
const AFTER_STOPS = [
  '获得', '获评', '获批', '进入', '开展', '投资', '挺进', '分别', '参与', '实现', '完成', '落地', '享受', '建立', '以及',
  '带队', '派驻', '通过', '承担', '纳入', '列入', '参加', '获', '已', '被', '与', '为', '是', '共', '达', '均', '都',
  '将', '在', '和', '等', '未列入', '未纳入', '未能',
  // 在380份有效问卷中的满意度: what follows 中的 is measured within the count, not the count.
  '中的',
].sort((a, b) => b.length - a.length);

/** Words by their last (or first) character, so stripping does not try every word at every step. */
function byChar(words: readonly string[], last: boolean): ReadonlyMap<string, string[]> {
  const m = new Map<string, string[]>();
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const k = last ? w.charAt(w.length - 1) : w.charAt(0);
    const list = m.get(k) ?? [];
    list.push(w);
    m.set(k, list);
  }
  return m;
}
const TRAILING_BY_LAST = byChar(TRAILING, true);
/** Words whose last character is a trailing filler word (平均 ends in 均): they stay whole. */
const KEEP_WHOLE = new Set(['平均', '统计', '审计', '设计', '会计', '存在', '现在', '所在']);
const LEADING_BY_FIRST = byChar(LEADING, false);
const LEADING_VERBS_BY_FIRST = byChar(LEADING_VERBS, false);
const AFTER_STOPS_BY_FIRST = byChar(AFTER_STOPS, false);
/** The first of `words` that ends `t` at `b` and starts at or after `a` (a loop: strip runs for every figure). */
function wordEndingAt(t: string, words: readonly string[] | undefined, a: number, b: number): string | undefined {
  if (words === undefined) return undefined;
  for (const w of words) if (b - w.length >= a && t.startsWith(w, b - w.length)) return w;
  return undefined;
}

/** The first of `words` that starts `t` at `a` and ends at or before `b`. */
function wordStartingAt(t: string, words: readonly string[] | undefined, a: number, b: number): string | undefined {
  if (words === undefined) return undefined;
  for (const w of words) if (a + w.length <= b && t.startsWith(w, a)) return w;
  return undefined;
}

/** A segment can open with an outline marker only if it starts with one of these. */
const MARKER_START = /^[\s\u3000]*[#*0-9０-９（(一二三四五六七八九十①-⑳]/;

/** A clause that is only a verb of money moving (追加, 调增, 压减): it names no metric. */
const BULLET = /^[-+*•·]+/u;
const BARE_VERB = /^(?:年中)?(?:追加|调增|调减|压减|核减|增加|减少|安排|下达|拨付|支出|使用|结转|结余)$/u;

const TIME_OR_RATIO = new Set(['年', '月', '个月', '天', '周', '小时', '分钟', '工作日', '个工作日', '个季度', '倍', '分']);

const COMPARISON_ONLY =
  /^(?:同比|环比|(?:比|较|与|相比)(?:上年度?|去年|上一年度?|同期|[0-9０-９]{4}年度?(?:同期)?)?(?:同期)?(?:相比)?)?$/;

function isWide(c: string): boolean {
  return c !== '' && c.charCodeAt(0) >= 0x2e80;
}

function isBlank(t: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (!isWs(charAt(t, k))) return false;
  return true;
}

function isWs(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\u3000' || c === '\u00a0';
}

/** Drops the spaces PDF text puts between Chinese characters and the line breaks of wrapped text. */
export function normalizeText(s: string): string {
  if (!/[\s*]/.test(s)) return s;
  const out = s.replace(/\*\*/g, '').replace(/\s+/g, (ws: string, off: number, str: string) => {
    const a = str.charAt(off - 1);
    const b = str.charAt(off + ws.length);
    if (a === '' || b === '') return '';
    return isWide(a) || isWide(b) ? '' : ' ';
  });
  return out.trim();
}

export interface ProseTarget {
  start: number;
  end: number;
  kind: string;
  unit?: string;
  /** The phrase after the figure was taken: the next figure's clause starts after it. */
  afterEnd?: number | undefined;
  subject?: Span | undefined;
  cellStart?: number | undefined;
}

export class SubjectFinder {
  constructor(
    private readonly text: string,
    private readonly lines: MentionLines,
    private readonly tableLine: readonly boolean[],
  ) {}

  find(m: ProseTarget, prev: ProseTarget | undefined): void {
    const t = this.text;
    const sameCell = prev !== undefined && prev.cellStart === m.cellStart;
    let low = m.cellStart ?? 0;
    if (prev && sameCell) low = Math.min(m.start, Math.max(low, prev.afterEnd ?? prev.end));

    // Durations and ratios (连续九年保持, 2.6倍) do not quantify a following noun.
    const quantifier = m.kind === 'count' || (m.kind === 'quantity' && !TIME_OR_RATIO.has(m.unit ?? ''));
    if (quantifier && this.nounFollows(m.end)) {
      if (this.after(m, m.end, false)) return;
    }

    let [a, b] = this.clauseBefore(m.start, low, m.cellStart !== undefined);
    // A list bullet (- , • ) is no part of a subject: an item may open with its figure.
    let norm = normalizeText(t.slice(a, b)).replace(BULLET, '');
    // "一般公共预算：1452.61": the label before a colon names the figure after it.
    if (norm === '') {
      const q = this.skipBackSpaces(m.start);
      if ((charAt(t, q - 1) === '：' || charAt(t, q - 1) === ':') && q - 1 > low) {
        [a, b] = this.clauseBefore(q - 1, low, m.cellStart !== undefined);
        norm = normalizeText(t.slice(a, b)).replace(BULLET, '');
      }
    }
    // "其中 150 万元为上年度应拨未拨项目资金": the figure is named after 为.
    if (norm === '' && this.copulaFollows(m.end) && this.after(m, m.end, true)) return;
    // "追加1.32万元（上年结转）": a bare verb before, the name in brackets right after.
    if ((norm === '' || BARE_VERB.test(norm)) && this.bracketAfter(m)) return;

    // "约8%的受访户反映…": a share of those 的 names is named by them, not by the figure before
    // (not an aim: 低于95%的目标, 不超过10%的控制标准 state the aim the figure before is held to).
    if (norm === '' && m.kind === 'percent' && charAt(t, m.end) === '的' && SHARE_FIGURE.test(t.slice(m.start, m.end)) && !AIM_AFTER.test(t.slice(m.end + 1, m.end + 8)) && this.after(m, m.end + 1, false)) return;
    if (norm === '' || COMPARISON_ONLY.test(norm)) {
      if (prev?.subject && sameCell && prev.subject.text !== '' && this.sameSentence(prev, m)) {
        m.subject = prev.subject;
        return;
      }
      if (this.after(m, m.end, true)) return;
      m.subject = { start: m.start, end: m.start, text: '' };
      return;
    }
    if (norm.endsWith('等') && this.after(m, m.end, false)) return;
    m.subject = { start: a, end: b, text: norm };
  }

  /** The clause before `end`, trimmed of outline marker, linking verbs and filler. */
  private clauseBefore(end: number, low: number, inCell: boolean): [number, number] {
    const t = this.text;
    let s = end;
    for (let steps = 0; s > low && steps < 40; steps++) {
      const c = t.charCodeAt(s - 1);
      if (STOP[c] === 1) break;
      if (c === 0xff08 || c === 40) {
        // "产出指标 (40 分)": the figure opens the bracket, the subject is before it.
        if (isBlank(t, s, end)) {
          s--;
          continue;
        }
        break;
      }
      const opener = OPENER[c] ?? 0;
      if (opener !== 0) {
        // "第五批（科技专家服务团）10万元": a bracketed group belongs to the subject.
        let k = s - 2;
        while (k >= low && s - k <= 30 && t.charCodeAt(k) !== opener) k--;
        if (k >= low && t.charCodeAt(k) === opener) {
          s = k;
          continue;
        }
      }
      if (c === 10 && !inCell && this.newlineStops(s - 1)) break;
      s--;
    }
    let a = s;
    const head = t.slice(a, Math.min(end, a + 16));
    if (MARKER_START.test(head)) {
      const marker = lineOpensWithMarker(head);
      if (marker) a += marker.end;
    }
    return this.strip(a, end);
  }

  /** The name in brackets right after a figure (（上年结转）, (项目支出)), as its subject. */
  private bracketAfter(m: ProseTarget): boolean {
    const t = this.text;
    let p = m.end;
    while (p < t.length && p - m.end < 2 && isWs(charAt(t, p))) p++;
    const open = charAt(t, p);
    if (open !== '（' && open !== '(') return false;
    const close = open === '（' ? '）' : ')';
    const end = t.indexOf(close, p + 1);
    if (end < 0 || end - p > 16) return false;
    const norm = normalizeText(t.slice(p + 1, end));
    if (norm === '' || /[0-9０-９，,。；;]/u.test(norm) || /^(?:含|其中|不含|包括|下同|见|详见)/u.test(norm)) return false;
    m.subject = { start: p + 1, end, text: norm };
    m.afterEnd = end + 1;
    return true;
  }

  private skipBackSpaces(p: number): number {
    let q = p;
    while (q > 0 && (charAt(this.text, q - 1) === ' ' || charAt(this.text, q - 1) === '\u3000')) q--;
    return q;
  }

  private copulaFollows(pos: number): boolean {
    let p = pos;
    while (p < this.text.length && p - pos < 3 && (charAt(this.text, p) === ' ' || charAt(this.text, p) === '\u3000')) p++;
    return charAt(this.text, p) === '为' || charAt(this.text, p) === '是';
  }

  private strip(a0: number, b0: number): [number, number] {
    const t = this.text;
    let a = a0;
    let b = b0;
    for (let guard = 0; guard < 12; guard++) {
      while (a < b && (isWs(charAt(t, a)) || '*#>'.includes(charAt(t, a)))) a++;
      // (a sign written apart from its figure, 同比 +5.23%, is no part of the name)
      while (b > a && (isWs(charAt(t, b - 1)) || '（(+＋'.includes(charAt(t, b - 1)))) b--;
      const tail = wordEndingAt(t, TRAILING_BY_LAST.get(charAt(t, b - 1)), a, b);
      if (tail !== undefined && !(tail.length === 1 && b - 2 >= a && KEEP_WHOLE.has(t.slice(b - 2, b)))) {
        b -= tail.length;
        continue;
      }
      const first = charAt(t, a);
      const head = wordStartingAt(t, LEADING_BY_FIRST.get(first), a, b) ?? wordStartingAt(t, LEADING_VERBS_BY_FIRST.get(first), a, b - 2);
      if (head !== undefined) {
        a += head.length;
        continue;
      }
      break;
    }
    return [a, b];
  }

  /**
   * A PDF line wrap is not a boundary; a heading, a finished sentence, a table line, or a short
   * line (a title, a fragment of a garbled table) is.
   */
  private newlineStops(nl: number): boolean {
    const t = this.text;
    const L = this.lines;
    const line = L.lineOf(nl);
    let s = L.start(line);
    let e = L.end(line);
    while (s < e && isWs(charAt(t, s))) s++;
    while (e > s && isWs(charAt(t, e - 1))) e--;
    if (e === s) return false; // a blank line between wrapped lines (PDF text)
    if (L.heading[line] || this.tableLine[line] || L.flattened[line]) return true;
    for (let k = line + 1; k < L.count && k <= line + 3; k++) {
      if (isBlank(t, L.start(k), Math.min(L.end(k), L.start(k) + 64))) continue;
      if (L.heading[k] || this.tableLine[k] || L.flattened[k]) return true;
      break;
    }
    return SENTENCE_END.test(charAt(t, e - 1)) || e - s < 12;
  }

  private sameSentence(prev: ProseTarget, m: ProseTarget): boolean {
    if (m.start - prev.end > 80) return false;
    // On a flattened table line, figures of different lines are different rows.
    const lp = this.lines.lineOf(prev.start);
    const lm = this.lines.lineOf(m.start);
    if (lp !== lm && (this.lines.flattened[lm] || this.lines.flattened[lp] || this.tableLine[lm])) return false;
    const between = this.text.slice(prev.end, m.start);
    if (SENTENCE_END.test(between) || /\n[ \t\u3000]*\n[ \t\u3000]*\n/.test(between)) return false;
    // A line break that ends a line of its own (a short line, a cell copied one per line) ends what it said.
    for (let nl = between.indexOf('\n'); nl >= 0; nl = between.indexOf('\n', nl + 1)) if (this.newlineStops(prev.end + nl)) return false;
    return true;
  }

  private nounFollows(pos: number): boolean {
    let p = pos;
    for (let n = 0; n < 4 && isWs(charAt(this.text, p)) && charAt(this.text, p) !== '\t'; n++) p++;
    const c = charAt(this.text, p);
    const code = c.charCodeAt(0);
    return code >= 0x4e00 && code <= 0x9fff && !NOT_NOUN_START.includes(c);
  }

  /** The phrase after the figure, as its subject. */
  private after(m: ProseTarget, pos: number, skipCopula: boolean): boolean {
    const t = this.text;
    let p = pos;
    for (let n = 0; n < 4 && isWs(charAt(t, p)) && charAt(t, p) !== '\t'; n++) p++;
    if (skipCopula && (charAt(t, p) === '为' || charAt(t, p) === '是')) p++;
    const a = p;
    let count = 0;
    while (p < t.length && count < 16 && p - a < 64) {
      const c = charAt(t, p);
      const code = c.charCodeAt(0);
      if (STOP[code] === 1 || (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19) || BRACKET[code] === 1) break;
      if (c === '\n' && this.newlineStops(p)) break;
      if (count >= 2 && AFTER_STOPS_BY_FIRST.get(c)?.some((w) => t.startsWith(w, p)) === true) break;
      if (!isWs(c)) count++;
      p++;
    }
    let b = p;
    while (b > a && (isWs(charAt(t, b - 1)) || charAt(t, b - 1) === '的')) b--;
    const norm = normalizeText(t.slice(a, b));
    if (norm === '') return false;
    m.subject = { start: a, end: b, text: norm };
    m.afterEnd = b;
    return true;
  }
}
