import * as z from 'zod';

/**
 * A decimal written in the data file: a YAML number or a string such as "1,864.05".
 * The loader hands numbers over as their source text, so 1864.050 keeps its digits;
 * the output is a canonical decimal string (no separators) that decimal.js reads exactly.
 */
const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function toDecimalText(input: number | string): string | undefined {
  const text = (typeof input === 'number' ? String(input) : input).trim().replace(/[,，_\s]/g, '');
  return DECIMAL_TEXT.test(text) ? text.replace(/^\+/, '') : undefined;
}

export const DecimalValue = z
  .union([z.number(), z.string()])
  .transform((input, ctx) => {
    const text = toDecimalText(input);
    if (text === undefined) {
      ctx.addIssue({ code: 'custom', message: `应为数字，例如 1864.05，实际为 “${String(input)}”` });
      return z.NEVER;
    }
    return text;
  })
  .meta({ description: '数字（可写千分位，如 "1,864.05"）' });

/** A money amount, in the unit the data file names (万元 unless meta.moneyUnit says 元). Never negative. */
export const Amount = DecimalValue.refine((v) => !v.startsWith('-'), {
  message: '金额不能为负数',
}).meta({ description: '金额（默认万元），不能为负' });

/** A signed amount (an adjustment, a change). */
export const SignedAmount = DecimalValue;

export const Count = z
  .union([z.number().int(), z.string().regex(/^\s*\d+\s*$/, '应为整数')])
  .transform((v) => (typeof v === 'number' ? v : Number(v.trim())))
  .refine((v) => v >= 0, { message: '人数、个数不能为负数' });

export const Year = z
  .union([z.number().int(), z.string().regex(/^\d{4}$/, '应为四位年份，例如 2024')])
  .transform((v) => Number(v))
  .refine((v) => v >= 1990 && v <= 2100, { message: '年份应在 1990 至 2100 之间' });

/**
 * Chinese text never has spaces between characters: a YAML folded block (>-) joins its lines
 * with a space, which in Chinese prose is a typo. Spaces next to Han characters or full-width
 * punctuation are dropped; spaces between Latin words and numbers stay.
 */
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’—…';
const CJK_SPACE = new RegExp(`(?<=[${CJK}])[ \\t\\n]+|[ \\t\\n]+(?=[${CJK}])`, 'gu');

export function tidyChinese(text: string): string {
  return text.replace(CJK_SPACE, '');
}

export const Text = z.string().trim().min(1, '不能为空字符串').transform(tidyChinese);

/** A list of paragraphs, or one paragraph. */
export const TextList = z.union([Text.transform((t) => [t]), z.array(Text)]);
