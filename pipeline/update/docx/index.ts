/**
 * Edits to a .docx a person has worked on, made in place: Word comments at the checker's findings
 * (`check --annotate`), and figures or template sentences rewritten inside their runs (`update` on a
 * .docx). Only word/document.xml (and the comments part, its relationship and content type) change,
 * by splices into the XML as Word wrote it; the package is zipped again with fixed times and order, so
 * the same input and edits give the same bytes.
 */
import type { Change } from '../index.js';
import type { TextEdit } from './replace.js';

export { replaceFiguresInDocx, type ReplaceOptions, type ReplaceResult, type TextEdit } from './replace.js';

const STOPS = /[。！？!?\n]/;

/**
 * `update`'s changes to a draft read from a .docx, as edits for replaceFiguresInDocx.
 * `markdown` is the updated text (UpdateResult.markdown) the change offsets refer to. A figure change
 * becomes its sentence as the .docx has it now (the update undone in it) with the figure's offset; a
 * template change its old and new sentence (or heading, or table row). Removed and inserted units
 * change the document's structure: they are returned in `manual`, for a person to do in Word.
 */
export function docxEditsFromUpdate(markdown: string, changes: readonly Change[]): { edits: TextEdit[]; manual: Change[] } {
  const edits: TextEdit[] = [];
  const manual: Change[] = [];
  const figures = changes.filter((c) => c.kind === 'figure' && c.offset !== undefined && markdown.slice(c.offset, c.offset + c.new.length) === c.new);
  for (const c of changes) {
    if (c.kind === 'template') {
      if (c.old.trim() !== '') edits.push({ sentence: c.old, old: c.old, new: c.new });
      continue;
    }
    if (c.kind !== 'figure') {
      manual.push(c);
      continue;
    }
    if (!figures.includes(c) || c.offset === undefined) {
      manual.push(c);
      continue;
    }
    let a = c.offset;
    while (a > 0 && !STOPS.test(markdown[a - 1] ?? '')) a -= 1;
    let b = c.offset + c.new.length;
    while (b < markdown.length && !STOPS.test(markdown[b] ?? '')) b += 1;
    if (b < markdown.length && markdown[b] !== '\n') b += 1;
    // The sentence as it was: every figure change inside it undone, last first.
    let sentence = markdown.slice(a, b);
    let offset = c.offset - a;
    const inside = figures.filter((f) => (f.offset ?? -1) >= a && (f.offset ?? 0) + f.new.length <= b).sort((x, y) => (y.offset ?? 0) - (x.offset ?? 0));
    for (const f of inside) {
      const at = (f.offset ?? 0) - a;
      sentence = sentence.slice(0, at) + f.old + sentence.slice(at + f.new.length);
      if (at < c.offset - a) offset += f.old.length - f.new.length;
    }
    const lead = sentence.length - sentence.trimStart().length;
    edits.push({ sentence: sentence.trim(), old: c.old, new: c.new, offset: offset - lead });
  }
  return { edits, manual };
}
