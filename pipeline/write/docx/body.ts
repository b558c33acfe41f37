import { toString } from 'mdast-util-to-string';
import { AlignmentType, HeadingLevel, Paragraph, Table } from 'docx';
import type { BlockContent, DefinitionContent, RootContent } from 'mdast';
import type { RenderedDoc, TableModel } from '../../../schemas/rendered.js';
import { parseMarkdown } from '../../corpus/markdown.js';
import { parseAttachment } from '../../corpus/outline.js';
import { pageGeometry, type DocxLayout, type TextStyle } from './layout.js';
import { phrasingRuns, textRuns, type ReviewNotes } from './runs.js';
import { modelTable, plainTable } from './table.js';

/** A run of content on pages of one orientation. */
export interface SectionContent {
  readonly landscape: boolean;
  readonly children: (Paragraph | Table)[];
}

/** Paragraph style ids, declared in styles.ts. */
export const STYLE = {
  title: 'Title',
  body: 'Normal',
  note: 'ReviewNote',
} as const;

const HEADING_LEVELS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
] as const;

/** `<!-- jixiao:table ID -->` names the TableModel that the next Markdown table flattens. */
const TABLE_ANCHOR = /^<!--\s*jixiao:table\s+(\S+)\s*-->$/;

/** Style of a heading of Markdown depth `depth` (2 = 一、); deeper levels share the last style. */
export function headingStyle(layout: DocxLayout, depth: number): TextStyle {
  const styles = layout.headings;
  // An override with no heading styles leaves headings in the body style.
  return styles[Math.min(Math.max(depth - 2, 0), styles.length - 1)] ?? layout.body;
}

/** Walks the draft's mdast and cuts it into sections: a landscape table gets pages of its own. */
export function buildSections(doc: RenderedDoc, layout: DocxLayout, notes?: ReviewNotes): SectionContent[] {
  // Bare URLs and e-mails become links, as in any Markdown viewer: a link's text is runs of its own.
  const tree = parseMarkdown(doc.markdown, { autolinkLiterals: true });
  const tables = new Map<string, TableModel>(doc.tables.map((t) => [t.id, t]));
  const sections: SectionContent[] = [];
  let current: (Paragraph | Table)[] = [];
  // How many of the last elements of `current` are headings, which go with what follows them.
  let trailingHeadings = 0;
  const portraitWidth = pageGeometry(layout, false).textWidth;
  const landscapeWidth = pageGeometry(layout, true).textWidth;

  const nodes = tree.children;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node === undefined) continue;
    const anchor = node.type === 'html' ? TABLE_ANCHOR.exec(node.value.trim()) : null;
    const model = anchor?.[1] !== undefined ? tables.get(anchor[1]) : undefined;
    if (model !== undefined) {
      // The Markdown table after the anchor is the flattened copy of the model: skip it, and the
      // note paragraph after it, which the model's table carries itself.
      if (nodes[i + 1]?.type === 'table') i++;
      const after = nodes[i + 1];
      if (after?.type === 'paragraph' && model.note !== undefined && toString(after).trim() === model.note.trim()) i++;
      if (model.landscape === true) {
        // The headings just above the table (附件) move to its landscape page rather than stay alone.
        const carried = current.splice(current.length - trailingHeadings, trailingHeadings);
        if (current.length > 0) sections.push({ landscape: false, children: current });
        sections.push({ landscape: true, children: [...carried, ...modelTable(model, layout, landscapeWidth, notes)] });
        current = [];
      } else {
        current.push(...modelTable(model, layout, portraitWidth, notes));
      }
      trailingHeadings = 0;
      continue;
    }
    // The Markdown's caption paragraph just before an anchor is the model's title: the table prints it.
    const next = nodes[i + 1];
    const nextAnchor = next?.type === 'html' ? TABLE_ANCHOR.exec(next.value.trim()) : null;
    const nextModel = nextAnchor?.[1] !== undefined ? tables.get(nextAnchor[1]) : undefined;
    if (node.type === 'paragraph' && nextModel !== undefined && toString(node).trim() === nextModel.title.trim()) continue;
    if (node.type === 'heading' && node.depth > 1 && isAttachmentLabel(toString(node))) {
      // 附件N: flush left, on a page of its own; a landscape table's section starts that page itself.
      const landscape = modelAfter(nodes, i, tables)?.landscape === true;
      current.push(attachmentLabel(node, layout, !landscape));
      trailingHeadings++;
      continue;
    }
    const blocks = block(node, layout, portraitWidth, notes);
    if (blocks.length === 0) continue;
    current.push(...blocks);
    trailingHeadings = node.type === 'heading' ? trailingHeadings + blocks.length : 0;
  }
  if (current.length > 0) sections.push({ landscape: false, children: current });
  if (sections.length === 0) sections.push({ landscape: false, children: [new Paragraph({ style: STYLE.body })] });
  return sections;
}

/** `附件`, `附件2`: the label above an attachment, alone on its line. */
function isAttachmentLabel(text: string): boolean {
  const a = parseAttachment(text);
  return a !== undefined && a.rest === undefined;
}

/** The table model the next few nodes anchor (an attachment's label, then its caption, then the table). */
function modelAfter(nodes: readonly RootContent[], i: number, tables: ReadonlyMap<string, TableModel>): TableModel | undefined {
  for (const node of nodes.slice(i + 1, i + 4)) {
    if (node.type === 'heading') return undefined;
    const anchor = node.type === 'html' ? TABLE_ANCHOR.exec(node.value.trim()) : null;
    if (anchor?.[1] !== undefined) return tables.get(anchor[1]);
  }
  return undefined;
}

/** GB/T 9704: the attachment label in 黑体 三号, flush left on the first line of its page. */
function attachmentLabel(node: Extract<RootContent, { type: 'heading' }>, layout: DocxLayout, pageBreakBefore: boolean): Paragraph {
  const level = HEADING_LEVELS[Math.min(node.depth - 2, HEADING_LEVELS.length - 1)] ?? HeadingLevel.HEADING_5;
  return new Paragraph({
    heading: level,
    alignment: AlignmentType.LEFT,
    indent: { firstLine: 0, firstLineChars: 0, left: 0 },
    pageBreakBefore,
    keepNext: true,
    children: phrasingRuns(node.children, { layout, style: layout.headings[0] ?? layout.body }),
  });
}

function block(node: RootContent | BlockContent | DefinitionContent, layout: DocxLayout, textWidth: number, notes?: ReviewNotes): (Paragraph | Table)[] {
  switch (node.type) {
    case 'heading': {
      if (node.depth === 1) {
        return [
          new Paragraph({
            style: STYLE.title,
            alignment: AlignmentType.CENTER,
            children: phrasingRuns(node.children, { layout, style: layout.title, notes }),
          }),
        ];
      }
      const level = HEADING_LEVELS[Math.min(node.depth - 2, HEADING_LEVELS.length - 1)] ?? HeadingLevel.HEADING_5;
      return [new Paragraph({ heading: level, children: phrasingRuns(node.children, { layout, style: headingStyle(layout, node.depth), notes }) })];
    }
    case 'paragraph':
      return [new Paragraph({ style: STYLE.body, children: phrasingRuns(node.children, { layout, style: layout.body, notes }) })];
    case 'blockquote':
      // A blockquote is a review note for the editor: shaded and italic, so it is seen and removed
      // (its 〔待核〕 is the whole paragraph, not a note on a figure: it stays in the text).
      return node.children.flatMap((child) =>
        child.type === 'paragraph'
          ? [new Paragraph({ style: STYLE.note, children: phrasingRuns(child.children, { layout, style: layout.body, italics: layout.note.italic }) })]
          : block(child, layout, textWidth, notes),
      );
    case 'list':
      return node.children.flatMap((item, n) =>
        item.children.flatMap((child, k) => {
          if (child.type !== 'paragraph') return block(child, layout, textWidth, notes);
          // Official documents number in the text, not with list bullets: keep an ordered list's number.
          const prefix = node.ordered === true && k === 0 ? `${(node.start ?? 1) + n}.` : '';
          const runs = [...(prefix !== '' ? textRuns(prefix, { layout, style: layout.body, notes }) : []), ...phrasingRuns(child.children, { layout, style: layout.body, notes })];
          return [new Paragraph({ style: STYLE.body, children: runs })];
        }),
      );
    case 'code':
      return node.value.split('\n').map((line) => new Paragraph({ style: STYLE.body, children: textRuns(line, { layout, style: layout.body, notes }) }));
    case 'table':
      return plainTable(node, layout, textWidth, notes);
    default:
      // html comments, thematic breaks, definitions: nothing to print.
      return [];
  }
}
