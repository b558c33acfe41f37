import { CommentRangeEnd, CommentRangeStart, CommentReference, Paragraph, TextRun, type ICommentOptions, type ParagraphChild } from 'docx';
import type { PhrasingContent } from 'mdast';
import { halfPoints, type DocxLayout, type TextStyle } from './layout.js';

/** 〔待补：…〕 and 〔待核：…〕 markers; 〔2024〕 in document numbers is not one. */
const PLACEHOLDER = /〔待[^〔〕]*〕/g;

/** What a run inherits from its paragraph and from the emphasis around it. */
export interface RunContext {
  readonly layout: DocxLayout;
  readonly style: TextStyle;
  readonly bold?: boolean;
  readonly italics?: boolean;
  /** Where 〔待核：…〕 notes go as Word comments; without it they stay in the text, highlighted. */
  readonly notes?: ReviewNotes | undefined;
}

/** The date on comments: a report's bytes must not depend on when it was written. */
const COMMENT_DATE = new Date('2000-01-01T00:00:00Z');
const REVIEW = /^〔待核：([\s\S]*)〕$/u;

/**
 * 〔待核：…〕 notes of a draft, made Word comments: in Word a note on a figure belongs in the margin,
 * anchored on the clause that states the figure, not in the text the reader signs.
 */
export class ReviewNotes {
  readonly comments: ICommentOptions[] = [];

  add(text: string): number {
    const id = this.comments.length;
    this.comments.push({ id, author: 'jixiao', initials: 'JX', date: COMMENT_DATE, children: [new Paragraph({ children: [new TextRun(text)] })] });
    return id;
  }
}

/** Where the clause that a note is about starts, in the text before the note: after the last 、，；。：（ or at the start. */
function clauseStart(text: string): number {
  let at = 0;
  for (let i = 0; i < text.length; i++) if ('，。；：、（'.includes(text[i] ?? '')) at = i + 1;
  return at;
}

/** East Asian fonts go on every run as well as on styles: Word's theme fonts win over a style-only font. */
export function runFont(layout: DocxLayout, eastAsia: string) {
  return { eastAsia, ascii: layout.latinFont, hAnsi: layout.latinFont };
}

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019]/u;

/**
 * A soft line break inside a paragraph: nothing next to Chinese text (Markdown would print a space,
 * which Chinese does not have), a space between Latin words.
 */
function joinSoftBreaks(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/g, (_, offset: number, whole: string) => {
    const before = whole.slice(0, offset).slice(-1);
    const after = whole.slice(offset + _.length).charAt(0);
    return CJK.test(before) || CJK.test(after) ? '' : ' ';
  });
}

/**
 * `**二是……。**科技` is not bold in CommonMark (a closing `**` after punctuation must be followed by
 * a space or punctuation), yet writers of Chinese Markdown mean it: such pairs left as text are made bold.
 */
const LITERAL_STRONG = /\*\*([^*\n]+?)\*\*/g;

/** Runs for a plain string, with placeholder markers highlighted and review notes made comments. */
export function textRuns(raw: string, ctx: RunContext): ParagraphChild[] {
  const text = joinSoftBreaks(raw);
  if (ctx.bold !== true && text.includes('**')) {
    const runs: ParagraphChild[] = [];
    let last = 0;
    for (const match of text.matchAll(LITERAL_STRONG)) {
      if (match.index > last) runs.push(...textRuns(text.slice(last, match.index), ctx));
      runs.push(...textRuns(match[1] ?? '', { ...ctx, bold: true }));
      last = match.index + match[0].length;
    }
    if (last > 0) {
      if (last < text.length) runs.push(...textRuns(text.slice(last), ctx));
      return runs;
    }
  }
  const runs: ParagraphChild[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const start = match.index;
    const review = ctx.notes !== undefined ? REVIEW.exec(match[0]) : null;
    if (review && ctx.notes) {
      const before = text.slice(last, start);
      const cut = clauseStart(before);
      const id = ctx.notes.add(review[1] ?? '');
      if (cut > 0) runs.push(oneRun(before.slice(0, cut), ctx, false));
      runs.push(new CommentRangeStart(id));
      if (cut < before.length) runs.push(oneRun(before.slice(cut), ctx, false));
      runs.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
    } else {
      if (start > last) runs.push(oneRun(text.slice(last, start), ctx, false));
      runs.push(oneRun(match[0], ctx, true));
    }
    last = start + match[0].length;
  }
  if (last < text.length) runs.push(oneRun(text.slice(last), ctx, false));
  return runs;
}

function oneRun(text: string, ctx: RunContext, placeholder: boolean): TextRun {
  return new TextRun({
    text,
    font: runFont(ctx.layout, ctx.style.font),
    size: halfPoints(ctx.style.sizePt),
    // Bold only where wanted: an explicit "not bold" would be noise on every run.
    ...((ctx.bold ?? ctx.style.bold) ? { bold: true } : {}),
    ...(ctx.italics === true ? { italics: true } : {}),
    ...(placeholder ? { highlight: ctx.layout.placeholderHighlight } : {}),
  });
}

/** Runs for mdast inline content: bold and emphasis kept, links and code as their text. */
export function phrasingRuns(nodes: readonly PhrasingContent[], ctx: RunContext): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        runs.push(...textRuns(node.value, ctx));
        break;
      case 'strong':
        runs.push(...phrasingRuns(node.children, { ...ctx, bold: true }));
        break;
      case 'emphasis':
        runs.push(...phrasingRuns(node.children, { ...ctx, italics: true }));
        break;
      case 'delete':
      case 'link':
      case 'linkReference':
        runs.push(...phrasingRuns(node.children, ctx));
        break;
      case 'break':
        runs.push(new TextRun({ break: 1 }));
        break;
      case 'html':
        // Inline HTML in a draft is a <br> at most; anything else (comments) is not for the reader.
        if (/^<br\s*\/?>$/i.test(node.value)) runs.push(new TextRun({ break: 1 }));
        break;
      default:
        // images, footnote references: nothing a budget report needs in Word.
        break;
    }
  }
  return runs;
}
