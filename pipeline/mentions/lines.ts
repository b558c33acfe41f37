/** What the figure reader needs to know about each line, computed once per text. */
import { LineIndex, isPageMarker } from '../text/lines.js';
import { opensWithMarker } from '../text/outline.js';

export { charAt } from '../text/chars.js';

/**
 * A flattened table line (PDF text of a score table): two figures with only spaces between,
 * "1100家 1104家 10 10". No backtracking hazard: each branch is bounded by a digit.
 */
const FLATTENED = /[0-9０-９](?:[%％]|[家个项件名人])?[ \u3000]+[0-9０-９]/;

/** A line opening with `#` after spaces (a Markdown heading): /[ \u3000]*#/ at its start, read by hand. */
function opensWithHash(text: string, start: number): boolean {
  let p = start;
  while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 0x3000) p++;
  return text.charCodeAt(p) === 35;
}

export class MentionLines extends LineIndex {
  readonly pageMarker: boolean[];
  readonly flattened: boolean[];
  /** Heading or outline line: a subject never reaches back across its end. */
  readonly heading: boolean[];

  constructor(text: string) {
    super(text);
    const n = this.count;
    // Each line's text, cut once here for the page markers and kept for the tables.
    const texts = this.lines();
    this.pageMarker = new Array<boolean>(n).fill(false);
    this.flattened = new Array<boolean>(n).fill(false);
    this.heading = new Array<boolean>(n).fill(false);
    for (let l = 0; l < n; l++) {
      const s = this.start(l);
      const e = this.end(l);
      if (e === s) continue;
      // Only the head of the line matters for its marker: a marker is a few characters long.
      this.heading[l] = opensWithHash(text, s) || opensWithMarker(text, s, Math.min(e, s + 24));
      this.pageMarker[l] = e - s <= 40 && isPageMarker(texts[l] ?? '');
    }
    // One pass over the text: a match never spans a line break, and after a match the search
    // resumes at the next line.
    const flat = new RegExp(FLATTENED.source, 'g');
    for (let m = flat.exec(text); m; m = flat.exec(text)) {
      const l = this.lineOf(m.index);
      const s = this.start(l);
      const e = this.end(l);
      const tab = text.indexOf('\t', s);
      const pipe = text.indexOf('|', s);
      this.flattened[l] = (tab < 0 || tab >= e) && (pipe < 0 || pipe >= e);
      flat.lastIndex = Math.max(this.start(l + 1), m.index + 1);
    }
  }
}
