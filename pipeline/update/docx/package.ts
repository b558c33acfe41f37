import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { InputError } from '../../errors.js';
import { checkDocxBytes } from '../../read/docx.js';
import { readError } from '../../read/diagnostics.js';

export const DOCUMENT_PART = 'word/document.xml';
export const DOCUMENT_RELS = 'word/_rels/document.xml.rels';
export const CONTENT_TYPES = '[Content_Types].xml';
export const COMMENTS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
export const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Name used in messages when the caller gives none. */
export const DEFAULT_NAME = 'Word 文档';

/** Zip entry time as the draft writer uses (pipeline/write/docx/package.ts): local fields, same bytes in every time zone. */
const fixedMtime = (): Date => new Date(2000, 0, 1, 0, 0, 0);
const LEADING_PARTS = [CONTENT_TYPES, '_rels/.rels'];

/** An unzipped .docx: parts by name, XML parts read and written as text. */
export class DocxPackage {
  private constructor(
    private readonly files: Map<string, Uint8Array>,
    readonly file: string,
  ) {}

  /** Checks and unzips a .docx; anything unusable is an InputError with a JX_READ_* code. */
  static open(input: Uint8Array, file: string = DEFAULT_NAME): DocxPackage {
    checkDocxBytes(file, input);
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(input);
    } catch {
      throw corrupt(file);
    }
    if (files[DOCUMENT_PART] === undefined) throw corrupt(file);
    return new DocxPackage(new Map(Object.entries(files)), file);
  }

  has(name: string): boolean {
    return this.files.has(name);
  }

  text(name: string): string | undefined {
    const data = this.files.get(name);
    return data === undefined ? undefined : strFromU8(data);
  }

  setText(name: string, text: string): void {
    this.files.set(name, strToU8(text));
  }

  /** The package zipped again: [Content_Types].xml and _rels/.rels first, then the parts in name order, fixed times. */
  bytes(): Uint8Array {
    const names = [...this.files.keys()];
    const rest = names.filter((n) => !LEADING_PARTS.includes(n)).sort();
    const ordered = [...LEADING_PARTS.filter((n) => this.files.has(n)), ...rest];
    const zippable: Zippable = {};
    for (const name of ordered) zippable[name] = [this.files.get(name) ?? new Uint8Array(), { mtime: fixedMtime(), level: 6 }];
    return zipSync(zippable, { mtime: fixedMtime() });
  }
}

/** The .docx cannot be used: JX_READ_CORRUPT with what to do. */
export function corrupt(file: string, detail?: string): InputError {
  const why = detail !== undefined ? `（${detail}）` : '';
  return readError(
    'JX_READ_CORRUPT',
    file,
    `${basename(file)} 的内容已损坏${why}，无法修改：请用 Word 打开后重新“另存为” .docx 文件再试。`,
  );
}

function basename(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export function relationships(relsXml: string): Relationship[] {
  const out: Relationship[] = [];
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const attrs = m[1] ?? '';
    const get = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
    const id = get('Id');
    const type = get('Type');
    const target = get('Target');
    const mode = get('TargetMode');
    out.push({
      id: id?.[1] ?? id?.[2] ?? '',
      type: type?.[1] ?? type?.[2] ?? '',
      target: target?.[1] ?? target?.[2] ?? '',
      external: (mode?.[1] ?? mode?.[2]) === 'External',
    });
  }
  return out;
}

/** A relationship target of a part in word/ as a package part name (word/comments.xml). */
export function resolvePart(target: string, base = 'word/'): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** An Id not used in the relationships: rId + one more than the largest rIdN. */
export function freshRelationshipId(rels: readonly Relationship[]): string {
  const ids = new Set(rels.map((r) => r.id));
  let n = Math.max(0, ...rels.map((r) => Number(/^rId(\d+)$/.exec(r.id)?.[1] ?? 0))) + 1;
  while (ids.has(`rId${n}`)) n += 1;
  return `rId${n}`;
}
