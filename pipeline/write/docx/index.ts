import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type IParagraphStyleOptions,
  type ISectionOptions,
} from 'docx';
import type { RenderedDoc } from '../../../schemas/rendered.js';
import { buildSections, headingStyle, STYLE } from './body.js';
import { halfPoints, pageGeometry, ptToTwips, resolveLayout, type DocxLayout, type DocxLayoutOverrides, type TextStyle } from './layout.js';
import { fontTableXml, normalisePackage, zipPackage, type PackageParts } from './package.js';
import { ReviewNotes, runFont } from './runs.js';
import { TABLE_CAPTION_STYLE, TABLE_NOTE_STYLE, TABLE_TEXT_STYLE } from './table.js';

export { DEFAULT_LAYOUT, resolveLayout, type DocxLayout, type DocxLayoutOverrides, type TextStyle } from './layout.js';

export interface WriteDocxOptions {
  /** Changes to the page and type preset; nested entries merge field by field (default: DEFAULT_LAYOUT). */
  readonly layout?: DocxLayoutOverrides;
}

/**
 * write: a rendered draft → the bytes of a .docx, laid out after GB/T 9704.
 * The same draft gives the same bytes, so a rerun shows no change under version control.
 */
export async function writeDocx(doc: RenderedDoc, options: WriteDocxOptions = {}): Promise<Uint8Array> {
  const layout = resolveLayout(options.layout);
  const notes = new ReviewNotes();
  const sections: ISectionOptions[] = buildSections(doc, layout, notes).map((section) => {
    const { margin } = pageGeometry(layout, section.landscape);
    return {
      properties: {
        page: {
          size: {
            width: layout.page.widthTwips,
            height: layout.page.heightTwips,
            orientation: section.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin,
        },
      },
      footers: { default: pageNumberFooter(layout, 'odd'), even: pageNumberFooter(layout, 'even') },
      children: section.children,
    };
  });

  const document = new Document({
    title: doc.title,
    creator: 'jixiao',
    lastModifiedBy: 'jixiao',
    revision: 1,
    // GB/T 9704: page numbers at the outer edge, so odd and even pages have footers of their own.
    evenAndOddHeaderAndFooters: true,
    styles: styles(layout),
    ...(notes.comments.length > 0 ? { comments: { children: notes.comments } } : {}),
    theme: {
      fonts: {
        body: { latin: layout.latinFont, eastAsia: layout.fallbackFont, scripts: { Hans: layout.fallbackFont } },
        headings: { latin: layout.latinFont, eastAsia: layout.fallbackFont, scripts: { Hans: layout.fallbackFont } },
      },
    },
    sections,
  });
  const fontTable = fontTableXml(layout, usedFonts(layout));
  const parts = packageParts(document);
  return parts !== undefined ? zipPackage(parts, fontTable) : normalisePackage(new Uint8Array(await Packer.toBuffer(document)), fontTable);
}

/** docx's packer, whose compiler gives a document's parts before it zips them (not part of its typed API). */
interface PartsCompiler {
  compile(file: Document, prettify: undefined): PackageParts;
}

/**
 * The document's parts as docx's packer makes them, not yet zipped: the package is zipped once,
 * with fixed dates, by zipPackage (Packer.toBuffer zips them itself, with the time of day, and
 * unzipping that again cost a fifth of a Word draft). undefined if this docx version has no such compiler.
 */
export function packageParts(document: Document): PackageParts | undefined {
  const compiler = (Packer as unknown as { compiler?: Partial<PartsCompiler> }).compiler;
  if (typeof compiler?.compile !== 'function') return undefined;
  const parts = (compiler as PartsCompiler).compile(document, undefined);
  return parts instanceof Map ? parts : undefined;
}

function usedFonts(layout: DocxLayout): string[] {
  return [
    layout.latinFont,
    layout.fallbackFont,
    layout.title.font,
    layout.body.font,
    ...layout.headings.map((h) => h.font),
    layout.table.font,
    layout.table.caption.font,
    layout.footer.font,
  ];
}

/**
 * "— 1 —", a PAGE field between 一字线, at the outer edge as GB/T 9704 places it: odd pages on the
 * right, even pages on the left, one character (of the footer's size) in from the edge of the 版心.
 */
function pageNumberFooter(layout: DocxLayout, side: 'odd' | 'even'): Footer {
  const { footer } = layout;
  const oneChar = ptToTwips(footer.sizePt);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { firstLine: 0, firstLineChars: 0, right: oneChar } : { firstLine: 0, firstLineChars: 0, left: oneChar },
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        children: [
          new TextRun({
            children: [`${footer.dash} `, PageNumber.CURRENT, ` ${footer.dash}`],
            // GB/T 9704 asks for 宋体 digits in the page number, so Latin text takes the footer font too.
            font: { eastAsia: footer.font, ascii: footer.font, hAnsi: footer.font },
            size: halfPoints(footer.sizePt),
          }),
        ],
      }),
    ],
  });
}

function runStyle(layout: DocxLayout, style: TextStyle) {
  return { font: runFont(layout, style.font), size: halfPoints(style.sizePt), bold: style.bold };
}

const NO_INDENT = { firstLine: 0, firstLineChars: 0 } as const;
const SINGLE_SPACING = { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 } as const;

function styles(layout: DocxLayout) {
  const exact = (pt: number) => ({ line: ptToTwips(pt), lineRule: LineRuleType.EXACT, before: 0, after: 0 });
  const { body } = layout;
  const indent = { firstLineChars: body.indentChars * 100, firstLine: ptToTwips(body.indentChars * body.sizePt) };

  const headings: IParagraphStyleOptions[] = [0, 1, 2, 3, 4].map((i) => {
    const style = headingStyle(layout, i + 2);
    return {
      id: `Heading${i + 1}`,
      name: `heading ${i + 1}`,
      basedOn: STYLE.body,
      next: STYLE.body,
      quickFormat: true,
      run: runStyle(layout, style),
      paragraph: { keepNext: true, keepLines: true, outlineLevel: i, indent, spacing: exact(body.lineSpacingPt) },
    };
  });

  const tableText = { font: layout.table.font, sizePt: layout.table.sizePt, bold: false };
  const paragraphStyles: IParagraphStyleOptions[] = [
    {
      id: STYLE.body,
      name: 'Normal',
      quickFormat: true,
      run: runStyle(layout, body),
      paragraph: { alignment: AlignmentType.JUSTIFIED, indent, spacing: exact(body.lineSpacingPt) },
    },
    {
      id: STYLE.title,
      name: 'Title',
      basedOn: STYLE.body,
      next: STYLE.body,
      quickFormat: true,
      run: runStyle(layout, layout.title),
      // One blank body line between the title and the text, as GB/T 9704 lays out a 公文.
      paragraph: {
        alignment: AlignmentType.CENTER,
        indent: NO_INDENT,
        keepNext: true,
        spacing: { ...exact(layout.title.lineSpacingPt), after: ptToTwips(body.lineSpacingPt) },
      },
    },
    ...headings,
    {
      id: STYLE.note,
      name: 'Review Note',
      basedOn: STYLE.body,
      next: STYLE.body,
      run: { ...runStyle(layout, body), italics: layout.note.italic },
      paragraph: { shading: { type: 'clear', color: 'auto', fill: layout.note.shading } },
    },
    {
      id: TABLE_TEXT_STYLE,
      name: 'Table Text',
      basedOn: STYLE.body,
      run: runStyle(layout, tableText),
      paragraph: { alignment: AlignmentType.CENTER, indent: NO_INDENT, spacing: SINGLE_SPACING },
    },
    {
      id: TABLE_CAPTION_STYLE,
      name: 'Table Caption',
      basedOn: STYLE.body,
      next: STYLE.body,
      run: runStyle(layout, layout.table.caption),
      paragraph: { alignment: AlignmentType.CENTER, indent: NO_INDENT, keepNext: true, spacing: { ...exact(body.lineSpacingPt), after: ptToTwips(6) } },
    },
    {
      id: TABLE_NOTE_STYLE,
      name: 'Table Note',
      basedOn: STYLE.body,
      next: STYLE.body,
      run: runStyle(layout, tableText),
      paragraph: { alignment: AlignmentType.LEFT, indent: NO_INDENT, spacing: { ...SINGLE_SPACING, before: ptToTwips(3) } },
    },
  ];

  return {
    default: {
      document: {
        // The fallback Chinese font and zh-CN language: what a machine without the official fonts draws with.
        run: {
          font: { ascii: layout.latinFont, hAnsi: layout.latinFont, eastAsia: layout.fallbackFont, cs: layout.latinFont },
          size: halfPoints(body.sizePt),
          language: { value: 'en-US', eastAsia: 'zh-CN' },
        },
      },
    },
    paragraphStyles,
  };
}
