/** Text clean-up shared by the PDF reader's paragraph and table passes. */

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019·]/u;
/** pdfjs puts spaces where the PDF positions glyphs apart: between Chinese and digits, around punctuation. */
const SPACE_AFTER_CJK = new RegExp(`(?<=${CJK.source})[ \\t\\u00a0]+(?=\\S)`, 'gu');
const SPACE_BEFORE_CJK = new RegExp(`(?<=\\S)[ \\t\\u00a0]+(?=${CJK.source})`, 'gu');

/** Page-number lines: — 3 —, —— 2 ——, -3-, 第3页, 第 3 页 共 10 页, 3/10. */
const PAGE_NUMBER = [/^[—–\-－─]+\d+[—–\-－─]+$/, /^第\d+页(共\d+页)?$/, /^\d+\/\d+$/];

export function normaliseSpaces(text: string): string {
  return text.replace(SPACE_AFTER_CJK, '').replace(SPACE_BEFORE_CJK, '').replace(/[ \t\u00a0]{2,}/g, ' ').trim();
}

export function isPageNumber(text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  return PAGE_NUMBER.some((p) => p.test(compact));
}

/** A wrap's second part that ends a number: its percent sign or unit bracket (91.91 / %). */
const NUMBER_TAIL = /^[%％‰]/u;

/** Two pieces of one paragraph or cell broken by a wrap: no space where either side is Chinese, or before a number's % sign. */
export function joinWrapped(before: string, after: string): string {
  if (before === '') return after;
  if (/\d$/u.test(before) && NUMBER_TAIL.test(after)) return before + after;
  return CJK.test(before.slice(-1)) || CJK.test(after.charAt(0)) ? before + after : `${before} ${after}`;
}
