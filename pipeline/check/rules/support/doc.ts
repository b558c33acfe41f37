/**
 * The report as the rules see it: the section tree's blocks mapped back onto raw-text ranges
 * (mentions carry raw offsets), sentences inside paragraphs, and table cells located in the
 * raw text so each cell knows its mentions. Built once per context and shared by all rules.
 */
import { allSections, type Block, type Section } from '../../../corpus/index.js';
import type { Mention } from '../../../mentions/index.js';
import { normalizeSubject, ownerNames, subjectKey, type SubjectKey } from '../../../mentions/similarity.js';
import { charTable } from '../../../text/chars.js';
import type { RuleContext } from '../types.js';
import { readOnce } from '../../../memo.js';

export interface Region {
  readonly kind: 'heading' | 'paragraph' | 'table';
  readonly start: number;
  readonly end: number;
  /** undefined for the preamble and the title. */
  readonly section: Section | undefined;
  readonly block: Block | undefined;
  readonly index: number;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly region: Region;
  readonly index: number;
  /** Mentions whose start lies in the sentence, in order. */
  readonly mentions: Mention[];
}

export interface Cell {
  /** Cell text as the corpus reader gives it. */
  readonly text: string;
  /** Raw range; start === end when the cell could not be found in the raw text. */
  readonly start: number;
  readonly end: number;
  readonly mentions: Mention[];
}

export interface Table {
  readonly region: Region;
  readonly rows: Cell[][];
}

const SENTENCE_END = charTable('。！？!?');
/** Closing quotes and brackets, which stay with the sentence they close. */
const CLOSERS = charTable('”’」』）)');

/** Whether text[start, end) is all white space (as String.prototype.trim() sees it). */
function blank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!/\s/u.test(text.charAt(i))) return false;
  return true;
}

const CELL_EDGE = new Set(['\t', '\n', '\r', '|', ' ', '\u3000', '\u00a0']);

export class Doc {
  readonly regions: Region[] = [];
  readonly sentences: Sentence[] = [];
  readonly tables: Table[] = [];
  /** The report year from the title (2024年度…), when it says one. */
  readonly year: number | undefined;
  /** Names of the reporting unit (from the title, and the data when given): who, never what. */
  readonly owners: readonly string[];
  private readonly sentenceByMention = new Map<Mention, Sentence>();
  private readonly regionByMention = new Map<Mention, Region>();
  private readonly cellByMention = new Map<Mention, { table: Table; row: number; col: number }>();
  private readonly regionsBySection = new Map<Section | undefined, Region[]>();
  private readonly sentencesByRegion = new Map<Region, Sentence[]>();
  private readonly mentionsByRegion = new Map<Region, Mention[]>();
  private readonly subjects = new Map<string, string>();
  private readonly keys = new Map<string, SubjectKey>();

  constructor(readonly ctx: RuleContext) {
    const { text, tree } = ctx;
    const y = /(\d{4})\s*年/u.exec(tree.title ?? '');
    this.year = y ? Number(y[1]) : undefined;
    const titled = /^(.{2,30}?)(?:关于)?\s*\d{4}\s*年/u.exec(tree.title ?? '')?.[1];
    this.owners = ownerNames([titled, ...(ctx.owners ?? [])]);

    // Every item start, so each block ends where the next item begins.
    type Item = { start: number; kind: Region['kind']; section: Section | undefined; block: Block | undefined };
    const items: Item[] = tree.preamble.map((b) => ({ start: b.position.offset, kind: kindOf(b), section: undefined, block: b }));
    for (const s of allSections(tree)) {
      items.push({ start: s.position.offset, kind: 'heading', section: s, block: undefined });
      for (const b of s.blocks) items.push({ start: b.position.offset, kind: kindOf(b), section: s, block: b });
    }
    items.sort((a, b) => a.start - b.start);
    items.forEach((it, i) => {
      let end = text.length;
      for (let k = i + 1; k < items.length; k++) {
        const next = items[k];
        if (next && next.start > it.start) {
          end = next.start;
          break;
        }
      }
      this.regions.push({ kind: it.kind, start: it.start, end, section: it.section, block: it.block, index: i });
    });

    // Regions since the last table that only say it goes on (表2（续）): a table after them is its continuation.
    let onlyContinued = false;
    for (const r of this.regions) {
      let list = this.regionsBySection.get(r.section);
      if (list === undefined) {
        list = [];
        this.regionsBySection.set(r.section, list);
      }
      list.push(r);
      if (r.kind === 'paragraph') {
        this.splitSentences(r);
        onlyContinued &&= CONTINUED.test(text.slice(r.start, r.end).trim());
      } else if (r.kind === 'table' && r.block?.type === 'table') {
        const table = this.locateTable(r, r.block.rows);
        const last = this.tables[this.tables.length - 1];
        if (onlyContinued && last !== undefined && sameHeader(last, table)) this.tables[this.tables.length - 1] = { region: last.region, rows: [...last.rows, ...table.rows.slice(1)] };
        else this.tables.push(table);
        onlyContinued = true;
      } else onlyContinued = false;
    }

    // Mentions and sentences are both in document order: one sweep.
    let si = 0;
    let ri = 0;
    for (const m of ctx.mentions) {
      while (ri + 1 < this.regions.length && (this.regions[ri + 1]?.start ?? Infinity) <= m.start) ri++;
      const region = this.regions[ri];
      if (region && region.start <= m.start && m.start < region.end) this.regionByMention.set(m, region);
      while (si < this.sentences.length && (this.sentences[si]?.end ?? 0) <= m.start) si++;
      const s = this.sentences[si];
      if (s && s.start <= m.start && m.start < s.end) {
        s.mentions.push(m);
        this.sentenceByMention.set(m, s);
      }
    }
    for (const t of this.tables) {
      t.rows.forEach((row, ri2) =>
        row.forEach((cell, ci) => {
          for (const m of cell.mentions) this.cellByMention.set(m, { table: t, row: ri2, col: ci });
        }),
      );
    }
  }

  private splitSentences(r: Region): void {
    const text = this.ctx.text;
    const list: Sentence[] = [];
    let start = r.start;
    for (let i = r.start; i < r.end; i++) {
      if (SENTENCE_END[text.charCodeAt(i)] === 1 || i === r.end - 1) {
        // Closing quotes and brackets stay with their sentence.
        let end = i + 1;
        while (end < r.end && CLOSERS[text.charCodeAt(end)] === 1) end++;
        if (!blank(text, start, end)) {
          const sentence: Sentence = { start, end, region: r, index: this.sentences.length, mentions: [] };
          this.sentences.push(sentence);
          list.push(sentence);
        }
        start = end;
        i = end - 1;
      }
    }
    if (list.length > 0) this.sentencesByRegion.set(r, list);
  }

  /** Finds each cell of the corpus rows in the raw text, in order, so mentions map to cells. */
  private locateTable(region: Region, rows: readonly (readonly string[])[]): Table {
    const text = this.ctx.text;
    const mentions = this.ctx.mentions;
    let cursor = region.start;
    let mi = lowerBound(mentions, region.start);
    const out: Cell[][] = [];
    for (const row of rows) {
      const cells: Cell[] = [];
      for (const raw of row) {
        const t = raw.trim();
        let at = -1;
        if (t !== '') {
          for (let from = cursor; from < region.end; ) {
            const k = text.indexOf(t, from);
            if (k < 0 || k + t.length > region.end) break;
            const before = k === region.start ? '\n' : text.charAt(k - 1);
            const after = k + t.length >= text.length ? '\n' : text.charAt(k + t.length);
            if (CELL_EDGE.has(before) && CELL_EDGE.has(after)) {
              at = k;
              break;
            }
            from = k + 1;
          }
        }
        if (at < 0) {
          cells.push({ text: t, start: cursor, end: cursor, mentions: [] });
          continue;
        }
        const end = at + t.length;
        const list: Mention[] = [];
        while (mi < mentions.length && (mentions[mi]?.start ?? Infinity) < at) mi++;
        for (let k = mi; k < mentions.length; k++) {
          const m = mentions[k];
          if (!m || m.start >= end) break;
          list.push(m);
        }
        cells.push({ text: t, start: at, end, mentions: list });
        cursor = end;
      }
      out.push(cells);
    }
    return { region, rows: out };
  }

  /** The section's own blocks (not its children's), in order; the heading region first. */
  regionsOf(section: Section | undefined): readonly Region[] {
    return this.regionsBySection.get(section) ?? [];
  }

  sentencesIn(region: Region): readonly Sentence[] {
    return this.sentencesByRegion.get(region) ?? [];
  }

  /** The mentions of a paragraph's sentences, in order (read once: rules ask it of every figure in the paragraph). */
  mentionsIn(region: Region): readonly Mention[] {
    let list = this.mentionsByRegion.get(region);
    if (list === undefined) {
      list = this.sentencesIn(region).flatMap((x) => x.mentions);
      this.mentionsByRegion.set(region, list);
    }
    return list;
  }

  sentenceOf(m: Mention): Sentence | undefined {
    return this.sentenceByMention.get(m);
  }

  regionOf(m: Mention): Region | undefined {
    return this.regionByMention.get(m);
  }

  /** The table cell of a mention, when it lies in a table block the corpus reader recognised. */
  cellOf(m: Mention): { table: Table; row: number; col: number } | undefined {
    return this.cellByMention.get(m);
  }

  /** Text from the previous mention of the sentence (or its start) up to this mention. */
  lead(m: Mention): string {
    const s = this.sentenceOf(m);
    if (!s) return '';
    const i = s.mentions.indexOf(m);
    const prev = i > 0 ? s.mentions[i - 1] : undefined;
    return this.ctx.text.slice(prev ? prev.end : s.start, m.start);
  }

  /** The sentence text before a mention, from the sentence start. */
  before(m: Mention): string {
    const s = this.sentenceOf(m);
    return s ? this.ctx.text.slice(s.start, m.start) : '';
  }

  textOf(s: { start: number; end: number }): string {
    return this.ctx.text.slice(s.start, s.end);
  }

  /** A subject normalised with the report's owners: the rules ask it of the same words again and again. */
  normalized(raw: string): string {
    return readOnce(this.subjects, raw, (r) => normalizeSubject(r, this));
  }

  /** The similarity key of a normalised subject, made once per text (a key is only read). */
  keyOf(norm: string): SubjectKey {
    return readOnce(this.keys, norm, subjectKey);
  }
}

function kindOf(b: Block): Region['kind'] {
  return b.type === 'table' ? 'table' : 'paragraph';
}

function lowerBound(mentions: readonly Mention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid]?.start ?? Infinity) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const cache = new WeakMap<RuleContext, Doc>();

/** A line saying only that the table above goes on: 表2（续）, 续表, 续表2, （续上表）. */
const CONTINUED = /^(?:表\s*[0-9０-９一二三四五六七八九十]+\s*[（(]\s*续\s*[）)]|续表\s*[0-9０-９一二三四五六七八九十]*|[（(]\s*续(?:上)?表\s*[）)])[\s\S]{0,20}$/u;

/** Whether two tables open with the same header row: a table split over a page and its continuation. */
function sameHeader(a: Table, b: Table): boolean {
  const head = (t: Table) => (t.rows[0] ?? []).map((c) => c.text.replace(/\s+/gu, '')).join('|');
  const first = head(a);
  return first !== '' && first === head(b);
}

/** The shared view of a context (built on first use). */
export function docOf(ctx: RuleContext): Doc {
  let d = cache.get(ctx);
  if (!d) {
    d = new Doc(ctx);
    cache.set(ctx, d);
  }
  return d;
}

/** A structure read from a document once and shared by the rules that use it (score tables, budget lines). */
export function perDoc<T>(read: (doc: Doc) => T): (doc: Doc) => T {
  const found = new WeakMap<Doc, T>();
  return (doc) => readOnce(found, doc, read);
}

/** A table row's label: its first cell with text and no figure. */
export function labelCell(row: readonly Cell[]): Cell | undefined {
  // Not a code's digits (05 under 款): a label has words.
  return row.find((c) => c.text.trim() !== '' && c.mentions.length === 0 && !/^\d+$/u.test(c.text.trim()));
}

export function rowLabel(row: readonly Cell[]): string {
  return squash(labelCell(row)?.text ?? '');
}

/** A column of the change over another period (增减额, 较上年增减, 同比): no ratio of two columns, no part of a total's. */
export const CHANGE_HEAD = /增长|下降|变动|同比|环比|增减|较上年|比上年/u;

/** The one column whose header matches, or -1 when none or several. */
export function oneColumn(names: readonly string[], want: (n: string, col: number) => boolean): number {
  // Counted in a loop (every name still asked): no array per name for a question asked of every table.
  let found = -1;
  let count = 0;
  names.forEach((n, i) => {
    if (!want(n, i)) return;
    found = i;
    count += 1;
  });
  return count === 1 ? found : -1;
}

/** The label of a row's figure in column `c`: the nearest label left of it (支出总计 in the right half of a 收支总表), else the row's. */
export function labelBefore(row: readonly Cell[], c: number): string {
  const near = labelCell(row.slice(0, c).reverse());
  return near !== undefined ? squash(near.text) : rowLabel(row);
}

/** The name of one period of the year, and nothing more (lexicon.ts): a row of 1月, 一季度. */
export { PERIOD_NAME } from '../../../mentions/lexicon.js';

/** A column's name: its header cell (in row `header`, the first by default), without the unit in brackets (全年预算（万元） → 全年预算). */
/**
 * The second row of a header of two (执行结果 over 执行率 | 结余; 2024年 over 预算 | 决算): the row under
 * the first holds no figure and names two columns or more.
 */
export function secondHeaderRow(t: Table): readonly Cell[] | undefined {
  const lower = t.rows[1];
  return lower !== undefined && lower.every((c) => c.mentions.length === 0) && lower.filter((c) => squash(c.text) !== '').length >= 2 ? lower : undefined;
}

/** What names column c, as `clean` reads a cell: the second header row's cell, or the first's where that is blank. */
export function headName(t: Table, c: number, lower: readonly Cell[] | undefined, clean: (text: string) => string): string {
  const below = lower ? clean(lower[c]?.text ?? '') : '';
  return below !== '' ? below : clean(t.rows[0]?.[c]?.text ?? '');
}

export function columnName(t: Table, c: number, header = 0): string {
  return bracketless(squash(t.rows[header]?.[c]?.text ?? ''));
}

/** A name without what its brackets hold (a unit, a note): 全年预算数（万元） → 全年预算数. */
export function bracketless(s: string): string {
  return s.replace(/[（(][^）)]*[）)]/gu, '');
}

/** Whitespace or an asterisk: a text with neither is its own squash. */
const SQUASHABLE = charTable('*\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff');

/** Whether a text holds an asterisk or a white space (/[\s*]/u), by a table: squash asks it of every cell and name. */
function squashable(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (SQUASHABLE[s.charCodeAt(i)] === 1) return true;
  return false;
}

/** Removes all whitespace and Markdown emphasis: cell and heading text compare by characters. */
export function squash(s: string): string {
  // Most cells and names hold neither: one test instead of two copies.
  if (!squashable(s)) return s;
  return s.replace(/\*\*/gu, '').replace(/\s+/gu, '');
}

/** Row names of a table laid on its side: amounts (预算, 支出) and a rate of them (执行率). */
const SIDE_RATE = /执行率|支出率|到位率|使用率/u;
const SIDE_AMOUNT = /预算|支出|执行数|决算|到位|结余/u;

/**
 * The tables laid on their side (项目 | 财政拨款 | 其他资金 | 合计, then the rows 全年预算数, 实际支出数,
 * 预算执行率), turned upright: the same cells with rows and columns swapped, so the rules that read
 * columns read them (执行率 over each source, 合计 = the sources). Only a table with a row named a rate
 * and rows named amounts, none of whose column heads names a rate, every row as wide as its header.
 */
export const sideways: (doc: Doc) => readonly Table[] = perDoc((doc) =>
  doc.tables.flatMap((t): Table[] => {
    const header = t.rows[0];
    if (!header || header.length < 3 || t.rows.length < 3 || t.rows.some((row) => row.length !== header.length)) return [];
    if (header.some((c) => /率|进度|占比|比重/u.test(c.text))) return [];
    const names = t.rows.slice(1).map((row) => squash(row[0]?.text ?? ''));
    if (!names.some((n) => SIDE_RATE.test(n)) || names.filter((n) => SIDE_AMOUNT.test(n) && !/率/u.test(n)).length < 2) return [];
    return [{ region: t.region, rows: header.map((_, c) => t.rows.map((row) => row[c] as Cell)) }];
  }),
);
