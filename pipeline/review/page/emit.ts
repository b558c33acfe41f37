import { escapeHtml } from './escape.js';
import type { Range } from './layout.js';
import type { ChangeView, Mark, ReviewModel } from './model.js';

/** Markup standing for a span of source text (`**`, `<br>`), never the text itself. */
interface Token {
  readonly start: number;
  readonly end: number;
  readonly html: string;
}

/**
 * Turns ranges of the report text into escaped HTML with every mark wrapped in its span and every
 * changed figure shown as old (struck) → new. Marks are sorted and disjoint; a mark cut by a range
 * boundary or a change boundary continues in a second span with the same data-i (only the first
 * carries the id).
 */
export class Emitter {
  private readonly emitted = new Set<number>();
  private readonly deleted = new Set<number>();
  private readonly changes: { start: number; end: number; view: ChangeView }[];

  constructor(
    private readonly text: string,
    private readonly model: ReviewModel,
    private readonly markHtml: (mark: Mark, first: boolean) => { open: string; close: string },
    private readonly suffixHtml: (mark: Mark) => string,
  ) {
    this.changes = model.changes
      .map((view) => ({ start: view.change.offset, end: view.change.offset + Math.max(0, view.change.length), view }))
      .sort((a, b) => a.start - b.start);
  }

  /** Marks that never made it into any rendered range (should be none). */
  missing(): number[] {
    return this.model.marks.filter((m) => !this.emitted.has(m.index)).map((m) => m.index);
  }

  inline(range: Range, options: { markdown: boolean }): string {
    const { start, end } = range;
    if (end <= start) return '';
    const marks = this.overlapping(this.model.marks, start, end);
    const changes = this.changes.filter((c) => (c.end > start && c.start < end) || (c.start === c.end && c.start >= start && c.start <= end));
    const tokens = options.markdown ? this.tokens(start, end, marks, changes) : [];

    const cuts = new Set<number>([start, end]);
    for (const m of marks) cuts.add(Math.max(start, m.start)).add(Math.min(end, m.end));
    for (const c of changes) cuts.add(Math.max(start, c.start)).add(Math.min(end, Math.max(c.start, c.end)));
    for (const t of tokens) cuts.add(t.start).add(t.end);
    const points = [...cuts].sort((a, b) => a - b);

    let out = '';
    let openMark: Mark | undefined;
    let openChange: (typeof changes)[number] | undefined;
    const closeMark = (at: number) => {
      if (!openMark) return;
      out += this.markHtml(openMark, false).close;
      if (at >= openMark.end) out += this.suffixHtml(openMark);
      openMark = undefined;
    };
    const closeChange = () => {
      if (!openChange) return;
      out += '</ins></span>';
      openChange = undefined;
    };

    let ti = 0;
    for (let k = 0; k < points.length; k += 1) {
      const a = points[k] ?? start;
      // Deleted figures (length 0) at this point.
      for (const c of changes) {
        if (c.start === c.end && c.start === a && !this.deleted.has(c.view.index)) {
          this.deleted.add(c.view.index);
          closeMark(a);
          closeChange();
          out += `<span class="chg" data-c="${c.view.index}" id="c${c.view.index}" tabindex="0"><span class="sr">已删除：</span><del class="old">${escapeHtml(c.view.change.old)}</del></span>`;
        }
      }
      const b = points[k + 1];
      if (b === undefined || b <= a) break;
      const token = tokens[ti]?.start === a ? tokens[ti] : undefined;
      const mark = marks.find((m) => m.start <= a && m.end >= b);
      const change = changes.find((c) => c.start <= a && c.end >= b && c.end > c.start);
      if (openMark && openMark !== mark) closeMark(a);
      if (openChange !== change) {
        closeMark(a);
        closeChange();
        if (change) {
          const v = change.view;
          out += `<span class="chg" data-c="${v.index}"${v.mark === undefined ? ` id="c${v.index}" tabindex="0"` : ''}>`;
          out += `<span class="sr">原为</span><del class="old">${escapeHtml(v.change.old)}</del><span class="arrow" aria-hidden="true">→</span><span class="sr">现为</span><ins class="new">`;
          openChange = change;
        }
      }
      if (token) {
        closeMark(a);
        out += token.html;
        ti += 1;
        continue;
      }
      if (mark && openMark !== mark) {
        const first = !this.emitted.has(mark.index);
        this.emitted.add(mark.index);
        out += this.markHtml(mark, first).open;
        openMark = mark;
      }
      out += escapeHtml(this.text.slice(a, b));
    }
    closeMark(end);
    closeChange();
    return out;
  }

  private overlapping(marks: readonly Mark[], start: number, end: number): Mark[] {
    let lo = 0;
    let hi = marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((marks[mid]?.end ?? 0) <= start) lo = mid + 1;
      else hi = mid;
    }
    const out: Mark[] = [];
    for (let k = lo; k < marks.length; k += 1) {
      const m = marks[k];
      if (!m || m.start >= end) break;
      out.push(m);
    }
    return out;
  }

  /** `**…**` pairs as <strong>, `<br>` as a line break: only where no mark or change straddles them. */
  private tokens(start: number, end: number, marks: readonly Mark[], changes: readonly { start: number; end: number }[]): Token[] {
    const s = this.text.slice(start, end);
    const spans = [...marks, ...changes];
    const free = (a: number, b: number) => !spans.some((x) => x.start < b && x.end > a);
    const crossed = (a: number, b: number) => spans.some((x) => (x.start < a && x.end > a) !== (x.start < b && x.end > b));
    const tokens: Token[] = [];
    const stars: number[] = [];
    for (let i = s.indexOf('**'); i !== -1; i = s.indexOf('**', i + 2)) stars.push(start + i);
    if (stars.length % 2 === 0) {
      for (let k = 0; k + 1 < stars.length; k += 2) {
        const a = stars[k] ?? 0;
        const b = stars[k + 1] ?? 0;
        if (free(a, a + 2) && free(b, b + 2) && !crossed(a + 2, b)) {
          tokens.push({ start: a, end: a + 2, html: '<strong>' }, { start: b, end: b + 2, html: '</strong>' });
        }
      }
    }
    for (const m of s.matchAll(/<br\s*\/?>/giu)) {
      const a = start + (m.index ?? 0);
      const b = a + m[0].length;
      if (free(a, b)) tokens.push({ start: a, end: b, html: '<br>' });
    }
    return tokens.sort((x, y) => x.start - y.start);
  }
}
