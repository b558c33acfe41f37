import { isPageMarker, type Position } from '../text/lines.js';
import { levelMarker, type Marker } from '../text/outline.js';
import { cleanTitle, isCaption, isHeadingLine, parseAttachment } from './outline.js';

/** The flat stream both readers produce; the tree builder nests it. */
export type Item =
  | { kind: 'title'; text: string; position: Position }
  | { kind: 'heading'; marker: Marker | undefined; title: string; attachment: boolean; position: Position }
  | { kind: 'paragraph'; text: string; position: Position; listMarker: Marker | undefined }
  | { kind: 'table'; rows: string[][]; position: Position };

/**
 * Turns one logical line (a whole paragraph, already unwrapped) into items. Shared by the
 * plain-text reader and by Markdown paragraphs, so both follow one set of heading rules.
 */
export class LineClassifier {
  /** The previous item was an attachment heading: a `…表` line next is its caption. */
  private afterAttachment = false;

  constructor(private readonly items: Item[]) {}

  /** For Markdown heading nodes, which bypass classify(). */
  noteHeading(attachment: boolean): void {
    this.afterAttachment = attachment;
  }

  noteOther(): void {
    this.afterAttachment = false;
  }

  classify(line: string, position: Position): void {
    const text = line.trim();
    if (text === '' || isPageMarker(text)) return;
    const attachment = parseAttachment(text);
    if (attachment) {
      this.items.push({ kind: 'heading', marker: undefined, title: attachment.title, attachment: true, position });
      this.afterAttachment = true;
      if (attachment.rest !== undefined) this.classify(attachment.rest, position);
      return;
    }
    if (this.afterAttachment && isCaption(text)) {
      this.items.push({ kind: 'heading', marker: undefined, title: cleanTitle(text), attachment: false, position });
      this.afterAttachment = false;
      return;
    }
    this.afterAttachment = false;
    const marker = levelMarker(text);
    if (marker && isHeadingLine(text, marker)) {
      this.items.push({ kind: 'heading', marker, title: cleanTitle(marker.rest), attachment: false, position });
      return;
    }
    this.items.push({ kind: 'paragraph', text, position, listMarker: marker });
  }
}
