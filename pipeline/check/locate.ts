import { allSections, type SectionTree } from '../corpus/index.js';
import { upperBound } from '../text/bisect.js';
import { charTable } from '../text/chars.js';
import { LineIndex } from '../text/lines.js';

/** Line, column and section path of offsets in one text; built once per report. */
export class Locator {
  private readonly lines: LineIndex;
  private readonly sections: { offset: number; path: string[]; title: string }[];
  /** The sections' offsets, when ascending (document order): looked up by bisection. */
  private readonly starts: number[] | undefined;
  /** Offsets of the sentence stops (。！？!? and line breaks), ascending: every figure asks for its sentence several times. */
  private readonly stops: number[] = [];

  constructor(
    private readonly text: string,
    tree: SectionTree,
  ) {
    this.lines = new LineIndex(text);
    const stack: string[] = [];
    this.sections = allSections(tree).map((s) => {
      stack.length = s.level - 1;
      stack[s.level - 1] = `${s.marker}${s.title}`;
      return { offset: s.position.offset, path: stack.filter((x) => x !== undefined), title: s.title };
    });
    const starts = this.sections.map((s) => s.offset);
    this.starts = starts.every((o, i) => i === 0 || (starts[i - 1] ?? 0) <= o) ? starts : undefined;
    for (let i = 0; i < text.length; i++) if (STOPS[text.charCodeAt(i)] === 1) this.stops.push(i);
  }

  /** 1-based line and column. */
  position(offset: number): { line: number; column: number } {
    return this.lines.position(offset);
  }

  /** Path of the sections an offset stands in, outline markers included (一、… › （一）…). */
  section(offset: number): string[] {
    return [...(this.sectionAt(offset)?.path ?? [])];
  }

  /** Title of the innermost section an offset stands in, without its outline marker. */
  sectionTitle(offset: number): string | undefined {
    return this.sectionAt(offset)?.title;
  }

  private sectionAt(offset: number): { path: string[]; title: string } | undefined {
    if (this.starts) {
      // The last section starting at or before the offset.
      const k = upperBound(this.starts, offset);
      return k > 0 ? this.sections[k - 1] : undefined;
    }
    let found: { path: string[]; title: string } | undefined;
    for (const s of this.sections) {
      if (s.offset > offset) break;
      found = s;
    }
    return found;
  }

  /** The sentence around a span and where it starts: from the last 。！？ or line break before it to the next one after. */
  sentence(start: number, end: number): { sentence: string; sentenceOffset: number } {
    // The last stop before `start`, and the first at or after `end`.
    const before = upperBound(this.stops, start - 1);
    const a = before > 0 ? (this.stops[before - 1] ?? -1) + 1 : 0;
    const after = upperBound(this.stops, end - 1);
    let b = this.stops[after] ?? this.text.length;
    if (b < this.text.length && this.text[b] !== '\n') b += 1;
    const raw = this.text.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    return { sentence: raw.trim(), sentenceOffset: a + lead };
  }
}

/** Characters that end a sentence for `sentence()`: 。！？!? and \n. */
const STOPS = charTable('。！？!?\n');

