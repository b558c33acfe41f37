import { describe, it, expect } from 'vitest';
import { parseChineseNumber } from '../../pipeline/mentions/index.js';

describe('parseChineseNumber', () => {
  it.each([
    ['零', '0'],
    ['〇', '0'],
    ['一', '1'],
    ['两', '2'],
    ['十', '10'],
    ['十一', '11'],
    ['二十', '20'],
    ['二十五', '25'],
    ['一百', '100'],
    ['二百', '200'],
    ['一百零五', '105'],
    ['一百一十', '110'],
    ['一百一', '110'], // colloquial short form
    ['三百五', '350'],
    ['一千零五', '1005'],
    ['一千零五十', '1050'],
    ['六千八', '6800'],
    ['两千零四十五', '2045'],
    ['一万', '10000'],
    ['十万', '100000'],
    ['一万五', '15000'],
    ['一万五千', '15000'],
    ['一万零五百', '10500'],
    ['三千万', '30000000'],
    ['一亿二', '120000000'],
    ['一亿二千万', '120000000'],
    ['一亿零五百万', '105000000'],
    ['三万亿', '3000000000000'],
    ['三点五', '3.5'],
    ['零点五', '0.5'],
    ['九十五点五零', '95.5'],
    ['壹仟贰佰叁拾肆', '1234'],
  ])('%s → %s', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each([
    ['', 'empty'],
    ['百分之五', 'a percentage, handled by the extractor'],
    ['两三', 'a vague range'],
    ['十四五', 'a name (digit after digit)'],
    ['二〇二四', 'digit by digit: a year'],
    ['百', 'a scale with no digit'],
    ['万', 'a scale with no digit'],
    ['千万', 'the adverb 千万'],
    ['万一', 'the word 万一'],
    ['一百千', 'scales not decreasing'],
    ['一千零零五', 'doubled 零'],
    ['一百零', 'trailing 零'],
    ['三点', 'no decimals after 点'],
    ['三点两', '两 is not read digit by digit'],
    ['十一家', 'an unknown character'],
    ['约三十', 'an unknown character'],
  ])('%s is not a numeral (%s)', (text) => {
    expect(parseChineseNumber(text)).toBeUndefined();
  });
});
