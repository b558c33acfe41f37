import type { FigureRef } from '../../schemas/rendered.js';
import { InternalError } from '../errors.js';

/**
 * A figure travels through the templates wrapped in private-use characters carrying its fact
 * id, so no later pass (outline numbering, table layout, an LLM) can change it unnoticed; the
 * last pass strips the marks and records where each figure ended up (the figures sidecar).
 */
const OPEN = '\uE000';
const MID = '\uE001';
const CLOSE = '\uE002';
const MARK = /\uE000([^\uE000-\uE002]*)\uE001([^\uE000-\uE002]*)\uE002/g;

export function markFigure(factId: string, text: string): string {
  return `${OPEN}${factId}${MID}${text}${CLOSE}`;
}

/** Removes the marks and returns the plain text with the place of every figure in it. */
export function stripMarks(marked: string): { text: string; figures: FigureRef[] } {
  const figures: FigureRef[] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    const figureText = m[2] ?? '';
    figures.push({ offset: text.length, length: figureText.length, text: figureText, factId: m[1] ?? '' });
    text += figureText;
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  if (/[\uE000-\uE002]/.test(text)) throw new InternalError('a figure mark was broken by a later pass');
  return { text, figures };
}

/** Plain text of a marked string (for table cells written to Word). */
export function unmark(marked: string): string {
  return marked.replace(MARK, '$2');
}
