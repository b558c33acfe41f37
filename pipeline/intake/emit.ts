import { Document, isCollection, isScalar, Scalar, visit, type Node } from 'yaml';
import { decimalsOf } from '../decimal.js';
import type { Placement } from './mapping.js';
import type { Unplaced } from './reading.js';

/** The mark of a value a person still has to fill in; `draft` prints 〔待补〕 where it is missing. */
export const TO_FILL = '〔待填〕';
/** The mark of a value carried from last year that a person should confirm. */
export const TO_CHECK = '〔待核〕';

export type Path = readonly (string | number)[];

/**
 * A data file written value by value, each with its comment (where it came from, what to do with it).
 * Values appear in the order they are put; the same puts give the same text.
 */
export class DataFile {
  private readonly doc = new Document({});

  /** A decimal as a YAML number that keeps the digits written (1143.50): the loader reads numbers as their source text. */
  number(path: Path, decimal: string, comment?: string): void {
    const node = new Scalar(Number(decimal));
    node.minFractionDigits = decimalsOf(decimal);
    this.put(path, node, comment);
  }

  text(path: Path, value: string, comment?: string): void {
    this.put(path, new Scalar(value), comment);
  }

  /** A key with no value: not filled in yet. */
  empty(path: Path, comment: string): void {
    this.put(path, new Scalar(null), comment);
  }

  /** Any plain value (a list of paragraphs, a flag). */
  value(path: Path, value: unknown, comment?: string): void {
    this.put(path, this.doc.createNode(value) as Node, comment);
  }

  /** A node copied from another YAML document, its old comments dropped. */
  copy(path: Path, node: Node, comment?: string): void {
    const clone = node.clone() as Node;
    visit(clone, (_key, n) => {
      if (n !== null && typeof n === 'object' && ('comment' in n || 'commentBefore' in n)) {
        delete (n as { comment?: string }).comment;
        delete (n as { commentBefore?: string }).commentBefore;
        if (isScalar(n) || isCollection(n)) (n as { spaceBefore?: boolean }).spaceBefore = false;
      }
    });
    this.put(path, clone, comment);
  }

  has(path: Path): boolean {
    return this.doc.hasIn([...path]);
  }

  private put(path: Path, node: Node, comment: string | undefined): void {
    if (comment !== undefined) {
      // A scalar's comment follows it on its line; a list's or a map's goes above its first entry.
      if (isCollection(node)) node.commentBefore = ` ${comment}`;
      else node.comment = ` ${comment}`;
    }
    this.doc.setIn([...path], node);
  }

  toString(header: readonly string[], trailer: readonly string[]): string {
    this.doc.commentBefore = header.map((l) => ` ${l}`).join('\n');
    this.doc.comment = trailer.length > 0 ? trailer.map((l) => ` ${l}`).join('\n') : null;
    return this.doc.toString({ lineWidth: 0, nullStr: '' });
  }
}

function commentOf(p: Placement): string {
  if (p.where === '') return p.note ?? TO_FILL;
  return `${p.where}${p.note ? `（${p.note}）` : ''}`;
}

/** Short enough for one comment line: long texts end in …. */
function clip(text: string, max = 40): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return [...flat].length > max ? `${[...flat].slice(0, max).join('')}…` : flat;
}

export function describeUnplaced(u: Unplaced): string {
  return `${u.where} “${clip(u.text)}”：${u.reason}`;
}

/**
 * The imported data file: values in the order placed, each with a comment naming its cell; the cells
 * not placed in a closing comment block. Same placements → same text.
 */
export function emitYaml(placements: readonly Placement[], unplaced: readonly Unplaced[], header: readonly string[]): string {
  const file = new DataFile();
  for (const p of placements) {
    const comment = commentOf(p);
    if (p.value === null) file.empty(p.path, comment);
    else if (p.kind === 'number') file.number(p.path, p.value, comment);
    else file.text(p.path, p.value, comment);
  }
  const trailer =
    unplaced.length === 0
      ? ['表中每个非空单元格都已写入上面的数据，或是识别表格用的表头。']
      : [`—— 未写入数据的单元格（${unplaced.length} 处），请逐项核对 ——`, ...unplaced.map(describeUnplaced)];
  return file.toString(header, trailer);
}
