import { halfWidthDigits } from '../text/chars.js';
import type { GridCell } from '../read/grid.js';

/** jixiao's own marks in a table it wrote (a draft's 自评表): 〔待核：…〕 beside a figure, 〔待补：…〕 for a gap. */
const MARKS = /〔待[核补][:：][^〕]*〕/gu;

/** A cell's text without jixiao's review marks. */
export function withoutMarks(text: string): string {
  return text.replace(MARKS, '').trim();
}

/** A cell that says "nothing here" on a form: dashes, a slash, or only jixiao's 〔待补〕 mark. */
export function isDash(text: string): boolean {
  const bare = withoutMarks(text);
  return (bare === '' && text.trim() !== '') || (/^[\s—–\-－/／\\、]+$/u.test(bare) && bare !== '');
}

export interface CellNumber {
  /** Canonical decimal text, no separators (1864.05). */
  readonly value: string;
  /** Written as a percentage (99.91% or a number formatted 0.00%). */
  readonly percent: boolean;
  /** The unit written after the number in a text cell (万元, 元, 分, 人), if any. */
  readonly unit: string;
  /** The cell held text, not a number ("1,864.05"). */
  readonly fromText: boolean;
}

const NUMBER_TEXT = /^([+-]?)(\d{1,3}(?:[,，]\d{3})+|\d+)(\.\d+)?(%|％|万元|元|分|人|个|名)?$/u;

/** The number a cell holds, as a number or as text ("1,864.05", "100%", "3600万元"); undefined otherwise. */
export function cellNumber(cell: GridCell | undefined): CellNumber | undefined {
  if (cell === undefined) return undefined;
  if (cell.number !== undefined) return { value: cell.number, percent: cell.percent === true, unit: cell.percent ? '%' : '', fromText: false };
  const text = halfWidthDigits(withoutMarks(cell.text).replace(/[\s\u3000\u00a0]+/gu, ''));
  const m = NUMBER_TEXT.exec(text);
  if (!m) return undefined;
  const digits = `${m[1] === '-' ? '-' : ''}${(m[2] ?? '').replace(/[,，]/gu, '')}${m[3] ?? ''}`;
  const unit = m[4] === '％' ? '%' : (m[4] ?? '');
  return { value: digits, percent: unit === '%', unit, fromText: true };
}

/** A 分值 / 得分 cell: a number, maybe written "5分". */
export function cellScore(cell: GridCell | undefined): string | undefined {
  const n = cellNumber(cell);
  return n !== undefined && !n.percent && (n.unit === '' || n.unit === '分') ? n.value : undefined;
}

/** A head count: a whole number, maybe written "14人". */
export function cellCount(cell: GridCell | undefined): number | undefined {
  const n = cellNumber(cell);
  if (n === undefined || n.percent || !/^\d+$/.test(n.value) || !['', '人', '个', '名'].includes(n.unit)) return undefined;
  return Number(n.value);
}
