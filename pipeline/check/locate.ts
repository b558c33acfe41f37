import { allSections, type SectionTree } from '../corpus/index.js';
import { LineIndex } from '../text/lines.js';

/** Line, column and section path of offsets in one text; built once per report. */
export class Locator {
  private readonly lines: LineIndex;
  private readonly sections: { offset: number; path: string[]; title: string }[];

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
    let found: { path: string[]; title: string } | undefined;
    for (const s of this.sections) {
      if (s.offset > offset) break;
      found = s;
    }
    return found;
  }

  /** The sentence around a span and where it starts: from the last 。！？ or line break before it to the next one after. */
  sentence(start: number, end: number): { sentence: string; sentenceOffset: number } {
    const stops = /[。！？!?\n]/;
    let a = start;
    while (a > 0 && !stops.test(this.text[a - 1] ?? '')) a -= 1;
    let b = end;
    while (b < this.text.length && !stops.test(this.text[b] ?? '')) b += 1;
    if (b < this.text.length && this.text[b] !== '\n') b += 1;
    const raw = this.text.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    return { sentence: raw.trim(), sentenceOffset: a + lead };
  }
}
