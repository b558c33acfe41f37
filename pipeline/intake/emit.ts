import { Document, Scalar } from 'yaml';
import { decimalsOf } from '../decimal.js';
import type { Placement } from './mapping.js';
import type { Unplaced } from './reading.js';

/** The mark of a value a person still has to fill in; `draft` prints 〔待补〕 where it is missing. */
export const TO_FILL = '〔待填〕';

function scalar(p: Placement): Scalar {
  if (p.value === null) return new Scalar(null);
  if (p.kind === 'number') {
    // A YAML number keeps the digits written (1143.50): the loader reads numbers as their source text.
    const node = new Scalar(Number(p.value));
    node.minFractionDigits = decimalsOf(p.value);
    return node;
  }
  return new Scalar(p.value);
}

function commentOf(p: Placement): string {
  if (p.where === '') return ` ${p.note ?? TO_FILL}`;
  return ` ${p.where}${p.note ? `（${p.note}）` : ''}`;
}

/** Short enough for one comment line: long texts end in …. */
function clip(text: string, max = 40): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return [...flat].length > max ? `${[...flat].slice(0, max).join('')}…` : flat;
}

export function describeUnplaced(u: Unplaced): string {
  return `${u.where} “${clip(u.text)}”：${u.reason}`;
}

export interface EmitOptions {
  /** The opening comment's lines. */
  readonly header: readonly string[];
}

/**
 * The data file: values in the order placed, each with a comment naming its cell; the cells not
 * placed in a closing comment block. Same placements → same text.
 */
export function emitYaml(placements: readonly Placement[], unplaced: readonly Unplaced[], options: EmitOptions): string {
  const doc = new Document({});
  for (const p of placements) {
    const node = scalar(p);
    node.comment = commentOf(p);
    doc.setIn([...p.path], node);
  }
  doc.commentBefore = options.header.map((l) => ` ${l}`).join('\n');
  doc.comment =
    unplaced.length === 0
      ? ' 表中每个非空单元格都已写入上面的数据，或是识别表格用的表头。'
      : [` —— 未写入数据的单元格（${unplaced.length} 处），请逐项核对 ——`, ...unplaced.map((u) => ` ${describeUnplaced(u)}`)].join('\n');
  return doc.toString({ lineWidth: 0, nullStr: '' });
}
