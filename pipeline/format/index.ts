import cn from 'nzh/cn';
import type { Fact, Provenance } from '../../schemas/fact.js';
import { Dec } from '../decimal.js';

/**
 * The one place figures are turned into text. Templates, tables and the checker's
 * "expected" values all go through here, so a figure reads the same everywhere.
 */
export interface FigureStyle {
  /** Thousands separators on money (1,451.29万元). */
  readonly thousands: boolean;
}

export interface FormatOptions {
  /** Leave the unit off (a table column already names it). */
  readonly bare?: boolean | undefined;
  /** Chinese numerals for a small count where the prose wants them (四家). */
  readonly chinese?: boolean | undefined;
  /** Decimals to show instead of the fact's own precision. */
  readonly precision?: number | undefined;
  /** Show the absolute value (the sign is carried by 增加 / 减少 in the sentence). */
  readonly abs?: boolean | undefined;
}

export function groupThousands(fixed: string): string {
  const [int = '', frac] = fixed.split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

/** Number text only, at the given precision. */
export function formatNumber(value: string | Dec, precision: number, options: { thousands?: boolean; abs?: boolean } = {}): string {
  let d = new Dec(value);
  if (options.abs) d = d.abs();
  const fixed = d.toFixed(precision);
  return options.thousands ? groupThousands(fixed) : fixed;
}

const CHINESE_MAX = 99;

/** A whole number in Chinese numerals (一, 十二, 一百零五): outline markers, 一是…, counts. */
export function chineseNumber(n: number): string {
  return cn.encodeS(n);
}

/** Chinese numeral for a count before a measure word: 2 reads 两 (两个), not 二. */
export function chineseCount(n: number): string {
  return n === 2 ? '两' : chineseNumber(n);
}

/** Most decimals a computed value shows in a message when its own precision is not known. */
const MESSAGE_DECIMALS = 4;

/**
 * A decimal for a message or a note: rounded to `decimals` places (at most four when not given),
 * trailing zeros dropped — 104.0833 rather than 104.08333333333333333, 10 rather than 10.00.
 */
export function formatDecimal(value: Dec | string, decimals = MESSAGE_DECIMALS): string {
  return new Dec(value).toDecimalPlaces(Math.max(0, decimals)).toFixed();
}

/** Whether a figure as written groups its thousands (1,451.29万元): a value restated beside it should too. */
export function usesThousands(written: string): boolean {
  return /\d[,，]\d{3}/.test(written);
}

/** A value at exactly `decimals` places, with its unit, for "应为 1814.05万元"-style messages. */
export function formatWithUnit(value: Dec | string, decimals: number, unit: string, options: { thousands?: boolean } = {}): string {
  return `${formatNumber(new Dec(value).toFixed(), Math.max(0, decimals), options)}${unit}`;
}

export function formatFact(fact: Fact, style: FigureStyle, options: FormatOptions = {}): string {
  if (fact.kind === 'text') return fact.value;
  const precision = options.precision ?? fact.precision;
  const number =
    options.chinese && fact.kind === 'count' && new Dec(fact.value).isInteger() && new Dec(fact.value).abs().lte(CHINESE_MAX)
      ? chineseCount(new Dec(fact.value).abs().toNumber())
      : formatNumber(fact.value, precision, {
          thousands: style.thousands && fact.kind === 'money',
          abs: options.abs === true,
        });
  return options.bare ? number : `${number}${fact.unit}`;
}

/** Where a fact's value comes from, as a reader of a finding or a tooltip sees it. */
export function describeProvenance(p: Provenance): string {
  switch (p.kind) {
    case 'data':
      return `数据 ${p.path}`;
    case 'formula':
      return `公式 ${p.formula}`;
    case 'rule':
      return `评分规则 ${p.rule}`;
    case 'prior':
      return `上年报告 ${p.file}「${p.section}」`;
  }
}
