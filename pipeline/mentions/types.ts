/** The values the figure reader hands out: a found number, and a mention with its subject. */
import type { Approx, MentionKind } from './units.js';

/** A number the scanner took for a figure, before tables and subjects are known. Every field is always present: one shape for all. */
export interface Found {
  start: number;
  end: number;
  /** Canonical decimal text (decimal.js is used only where arithmetic is needed). */
  value: string;
  precision: number;
  unit: string;
  kind: MentionKind;
  approx: Approx;
  /** 近-style 'less': close below the number. */
  near: boolean;
  /** 前5名: a rank no worse than the number. */
  top: boolean;
  /** 5-10万元: the lower end (value holds the upper end). */
  rangeLo: string | undefined;
  change: 'increase' | 'decrease' | undefined;
  numeral: 'arabic' | 'chinese';
}

/** UTF-16 offsets into the input. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Mention {
  /** Span of the figure with its approximation words and unit ("超 2000 家", "1,864.05万元"), as in the input. */
  start: number;
  end: number;
  text: string;
  /** The stated number, canonical decimal text in `unit` ("1864.05", "6800", "0.5"). */
  value: string;
  /** '万元', '%', '个百分点', '家', … ; '' when none. */
  unit: string;
  kind: MentionKind;
  /** Decimals as written ("3.15%" → 2); negative when a scale multiplies it (1.5万家 → -3). */
  precision: number;
  /** The interval the figure stands for, in `unit`; hi may be "Infinity". */
  lo: string;
  hi: string;
  approx: Approx;
  change?: 'increase' | 'decrease';
  /** The metric the figure quantifies. In prose a phrase of the input (text normalised); in a
   *  table row the row's label cells and the column header joined by " / " (start/end cover the
   *  label cells). */
  subject: Span;
  numeral: 'arabic' | 'chinese';
  inTable: boolean;
  /** For a figure that fills a table cell: its row's label cells and its column header. */
  table?: { row: string[]; column: string };
  /** What the figure describes (frame.ts). */
  frame: Frame;
}

/** What a figure is to its metric. */
export type FrameRole = 'budget' | 'actual' | 'target' | 'adjustment' | 'balance' | 'rate' | 'score' | 'weight' | 'change' | 'prior-year' | 'gap';
/** When: this year as a whole, its start (年初), a date (截至), last year. */
export type Period = 'current' | 'whole-year' | 'initial' | 'as-of' | 'prior';
/** Where a slot's value was read. */
export type SlotSource = 'figure' | 'clause' | 'sentence' | 'label' | 'example' | 'qizhong' | 'heading' | 'row' | 'column';

export interface Slot<T> {
  readonly value: T;
  readonly from: SlotSource;
}

/** Each slot is filled only when the text says it; an empty slot is unknown, not a default. */
export interface Frame {
  /** Whose: a project, an indicator, a fund, an item (如X项目 → '如:X'). */
  entity?: Slot<string>;
  /** What is measured (the figure's subject). */
  metric?: Slot<string>;
  role?: Slot<FrameRole>;
  period?: Slot<Period>;
  /** Within what: 部门项目, 公共项目, 基本支出…, or '其中:<head>' for a part of the figure before 其中. */
  scope?: Slot<string>;
  polarity?: Slot<'negative'>;
  /** A year before last year's the text dates the figure to (2022年决算 in a 2024 report): period 'prior', but older. */
  older?: Slot<number>;
  /** A year after the report's the text dates the figure to (确保2025年…不少于330人): a plan no fact of the year states. */
  later?: Slot<number>;
  /** A part of the report's year a table's row or column dates the figure to (1月, 二季度, 上半年): no fact of the whole year is what it states. */
  partOfYear?: Slot<string>;
  /** A bound that picks out a class of items to count (执行率在96%以下的有四个项目): it states no fact. */
  classBound?: Slot<string>;
}

