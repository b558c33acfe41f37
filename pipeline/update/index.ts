import type { Diagnostic, Location } from '../../schemas/diagnostic.js';
import type { Fact } from '../../schemas/fact.js';
import { CODES } from '../codes.js';
import type { FigureRef, RenderedDoc } from '../../schemas/rendered.js';
import type { Change } from '../../schemas/update.js';
import { AnchorIndex, Binder, STRONG, statesExactly, valueFits, type BindContext, type FigureAnchor } from '../check/bind.js';
import { bindInOrder } from '../check/context.js';
import { Locator } from '../check/locate.js';
import { readCorpus } from '../corpus/index.js';
import { ClaimJudge, claimMessage, readClaims, sceneFor, type Claim, type Judgement } from '../check/claims.js';
import { claimFigure } from '../mentions/claims.js';
import { extractMentions, type Mention } from '../mentions/index.js';
import { bigrams, dice } from '../mentions/similarity.js';
import { sha256 } from '../files.js';
import { FactMap } from './facts-map.js';
import { restate } from './rewrite.js';
import { headingPaths, splitLines, stripOutline, type Line, type Unit } from './units.js';

export interface UpdateInput {
  /** The editor's Markdown. */
  readonly edited: string;
  /** The draft as the tool generated it (the sidecar keeps it), or a render of the old data. */
  readonly base: { readonly markdown: string; readonly figures: readonly FigureRef[] };
  readonly oldFacts: readonly Fact[];
  /** The sidecar's figures, to find the edited draft's figures by position and context. */
  readonly anchors?: readonly FigureAnchor[] | undefined;
  /** The draft the new data gives. */
  readonly theirs: RenderedDoc;
  readonly newFacts: readonly Fact[];
}

export type { Change, ChangeKind } from '../../schemas/update.js';

/** A sentence left for a person to look at: a diagnostic with its line in the output and the sentence. */
export interface UpdateNote extends Diagnostic {
  readonly code: 'JX_UPDATE_REVIEW' | 'JX_UPDATE_UNRESOLVED' | 'JX_UPDATE_CLAIM';
  readonly location: Location & { readonly line: number };
  readonly sentence: string;
  /** A claim the new data contradicts: its words as the output has them, and what the old and new data say. */
  readonly claim?: string | undefined;
  readonly old?: string | undefined;
  readonly new?: string | undefined;
}

/** `reason` about `sentence`, on `line` of the output (0: no line, as in a Word file). */
export function updateNote(code: UpdateNote['code'], line: number, sentence: string, reason: string): UpdateNote {
  return { code, severity: CODES[code].severity, message: reason, location: { line }, sentence };
}

export interface UpdateResult {
  readonly markdown: string;
  readonly figures: FigureRef[];
  readonly changes: Change[];
  /** Sentences the editor changed whose phrasing the new data contradicts, figures left as written. */
  readonly review: UpdateNote[];
  /** Figures that can no longer be bound, or bind ambiguously: listed, never changed. */
  readonly unresolved: UpdateNote[];
}

interface Described extends Unit {
  readonly path: string;
  readonly labels: string;
  readonly skeleton: string;
  readonly figures: readonly FigureRef[];
  readonly lineIndex: number;
}

/** Units of a rendered draft with what identifies them across data versions: path, fact labels, text without figures. */
function describe(markdown: string, figures: readonly FigureRef[], facts: readonly Fact[]): { lines: Described[]; pieces: Described[] } {
  const label = new Map(facts.map((f) => [f.id, f.label]));
  const lines = splitLines(markdown);
  const paths = headingPaths(lines);
  const sorted = [...figures].sort((a, b) => a.offset - b.offset);
  const one = (u: Unit, path: string, lineIndex: number): Described => {
    const inside = sorted.filter((f) => f.offset >= u.start && f.offset + f.length <= u.end);
    let skeleton = '';
    let last = u.start;
    for (const f of inside) {
      skeleton += markdown.slice(last, f.offset) + '◇';
      last = f.offset + f.length;
    }
    skeleton += markdown.slice(last, u.end);
    const labels = inside.map((f) => label.get(f.factId) ?? f.factId).sort().join('|');
    return { ...u, path, labels, skeleton: u.kind === 'heading' ? stripOutline(skeleton.replace(/^#+ /, '')) : skeleton, figures: inside, lineIndex };
  };
  return {
    lines: lines.map((l, i) => one(l, paths[i] ?? '', i)),
    pieces: lines.flatMap((l, i) => l.pieces.map((p) => one(p, paths[i] ?? '', i))),
  };
}

/** The unit of the new draft that a unit of the old draft became, each used once. */
class Matcher {
  private readonly used = new Set<Described>();
  constructor(private readonly candidates: readonly Described[]) {}

  match(u: Described): Described | undefined {
    const pool = this.candidates.filter((c) => !this.used.has(c) && c.kind === u.kind && c.path === u.path);
    const pick = (c: Described | undefined): Described | undefined => {
      if (c) this.used.add(c);
      return c;
    };
    if (u.kind === 'heading') return pick(pool.find((c) => c.skeleton === u.skeleton));
    const exact = pool.find((c) => c.skeleton === u.skeleton && c.labels === u.labels);
    if (exact) return pick(exact);
    if (u.labels !== '') {
      const sameLabels = pool.filter((c) => c.labels === u.labels);
      if (sameLabels.length > 0) return pick(best(sameLabels, u));
      const mine = new Set(u.labels.split('|'));
      const overlapping = pool.filter((c) => {
        const theirs = c.labels === '' ? [] : c.labels.split('|');
        const shared = theirs.filter((l) => mine.has(l)).length;
        return shared / new Set([...mine, ...theirs]).size >= 0.5;
      });
      if (overlapping.length > 0) return pick(best(overlapping, u));
      return undefined;
    }
    return pick(pool.find((c) => c.labels === '' && c.text === u.text));
  }

}

function matchAll(from: readonly Described[], to: readonly Described[]): Map<Described, Described> {
  const matcher = new Matcher(to);
  const map = new Map<Described, Described>();
  for (const u of from) {
    const t = matcher.match(u);
    if (t) map.set(u, t);
  }
  return map;
}

function best(pool: readonly Described[], u: Described): Described | undefined {
  const g = bigrams(u.skeleton);
  return [...pool].sort((a, b) => dice(bigrams(b.skeleton), g) - dice(bigrams(a.skeleton), g))[0];
}

/** Output assembled piece by piece, so every figure's final offset is known. */
class Output {
  text = '';
  readonly figures: FigureRef[] = [];
  get line(): number {
    return this.text.split('\n').length;
  }
  push(text: string, figures: readonly { offset: number; length: number; text: string; factId: string }[] = []): void {
    for (const f of figures) this.figures.push({ ...f, offset: this.text.length + f.offset });
    this.text += text;
  }
}

/** update: an edited draft and new data → the draft with every figure of the data restated, the editor's words kept. */
export function updateDraft(input: UpdateInput): UpdateResult {
  const { edited } = input;
  const base = describe(input.base.markdown, input.base.figures, input.oldFacts);
  const theirs = describe(input.theirs.markdown, input.theirs.figures, input.newFacts);
  // What each unit of the old draft became in the new one, decided once for the whole draft:
  // a new unit no old unit became is content the new data adds.
  const lineMap = matchAll(base.lines, theirs.lines);
  const pieceMap = matchAll(base.pieces, theirs.pieces);
  const factMap = new FactMap(input.newFacts);
  const binder = new Binder(input.oldFacts);
  const oldById = new Map(input.oldFacts.map((f) => [f.id, f]));
  const anchors = input.anchors ? new AnchorIndex(input.anchors, sha256(edited) === sha256(input.base.markdown)) : undefined;
  const mentions = extractMentions(edited);
  // Each figure bound in the context check binds it in (its anchor, whose it is), in text order.
  const locator = new Locator(edited, readCorpus(edited, { file: 'edited.md', format: 'md' }));
  const { bound, contexts } = bindInOrder({ text: edited, mentions, binder, locator, anchors, withData: true });
  const contextOf = (m: Mention): BindContext => contexts.get(m.start) ?? {};
  const boundAt = new Map(mentions.map((m, i) => [m.start, bound[i]]));

  // What the editor's sentences claim in words, judged against the old and the new data.
  const claims = readClaims(edited, mentions);
  const oldJudge = new ClaimJudge(input.oldFacts, binder);
  const newJudge = new ClaimJudge(input.newFacts);
  const editedLines = splitLines(edited);
  const editedPaths = headingPaths(editedLines);
  const sectionAt = (offset: number): string | undefined => {
    const i = editedLines.findIndex((l) => l.start <= offset && offset <= l.end);
    const path = i >= 0 ? editedPaths[i] : undefined;
    return path === undefined || path === '' ? undefined : path.split(' › ').pop();
  };

  const out = new Output();
  const changes: Change[] = [];
  const review: UpdateNote[] = [];
  const unresolved: UpdateNote[] = [];
  const baseLinesUsed = new Set<Described>();
  const basePiecesUsed = new Set<Described>();
  const theirsLineAt = new Map<Described, number>();

  const emitTheirs = (t: Described, old: string): void => {
    const line = out.line;
    const offset = out.text.length;
    out.push(t.text, t.figures.map((f) => ({ ...f, offset: f.offset - t.start })));
    if (t.text !== old) changes.push({ kind: 'template', line, offset, old, new: t.text });
  };

  /** A unit the editor wrote or changed: its words stay; the figures that state data are restated. */
  const emitEditors = (u: Unit): void => {
    let last = u.start;
    const inside = mentions.filter((m) => m.start >= u.start && m.end <= u.end);
    const sentence = edited.slice(u.start, u.end);
    const unitOut = out.text.length;
    const unitLine = out.line;
    // What each figure stated in the old data and states in the new; which now read the new value.
    const oldIds = new Map<number, string>();
    const newIds = new Map<number, string>();
    const current = new Set<number>();
    // Figures found by the sidecar's anchors: the very fact the tool wrote there.
    const anchored = new Set<number>();
    // Figures bound by their value alone: a coincidence cannot vouch for a count or interval claim made with them.
    const byValue = new Set<number>();
    const replaced: { start: number; end: number; length: number }[] = [];
    for (const m of inside) {
      out.push(edited.slice(last, m.start));
      last = m.end;
      const line = out.line;
      const binding = boundAt.get(m.start) ?? binder.bind(m, contextOf(m));
      if (binding.status === 'bound' && binding.by === 'sidecar') anchored.add(m.start);
      if (binding.status === 'bound' && binding.by === 'value') byValue.add(m.start);
      if (binding.status === 'ambiguous') {
        unresolved.push(updateNote('JX_UPDATE_UNRESOLVED', line, sentence, `${m.text} 可对应多项数据，未改动`));
        out.push(m.text);
        continue;
      }
      if (binding.status === 'unbound') {
        out.push(m.text);
        continue;
      }
      const old = oldById.get(binding.factId);
      // A rank bound by its words to the data's rank text (居全省第二) is not rewritten: the same rank of
      // several items is not told apart surely enough; the sentence's rank claim is judged below.
      if (m.kind === 'rank' && binding.by !== 'sidecar' && old?.role === 'quoted') {
        out.push(m.text);
        continue;
      }
      if (binding.status === 'mismatch' || !old) {
        review.push(updateNote('JX_UPDATE_REVIEW', line, sentence, `${m.text} 与原数据（${old?.label ?? binding.factId}）就不一致，是编辑所改，未改动`));
        out.push(m.text);
        continue;
      }
      oldIds.set(m.start, old.id);
      const now = factMap.map(old);
      if (!now) {
        unresolved.push(updateNote('JX_UPDATE_UNRESOLVED', line, sentence, `${m.text}（${old.label}）在新数据中已没有对应项，未改动`));
        out.push(m.text);
        continue;
      }
      newIds.set(m.start, now.id);
      if (valueFits(m, now)) {
        current.add(m.start);
        // An editor's interval the new value still fits (95%以上 of 97%) is kept, but not anchored: the
        // sidecar's anchors say the tool wrote the fact's number there, and check holds those to it exactly.
        const exact = m.approx === 'exact' || statesExactly(m, now);
        out.push(m.text, exact ? [{ offset: 0, length: m.text.length, text: m.text, factId: now.id }] : []);
        continue;
      }
      // An interval the new value leaves (超2000家 of 1980家) is a claim of the sentence: judged below.
      const text = m.approx === 'exact' ? restate(m, now) : undefined;
      if (text === undefined) {
        if (m.approx === 'exact') review.push(updateNote('JX_UPDATE_REVIEW', line, sentence, `${m.text}（${now.label}）应为 ${now.value}${now.unit}，其写法（换算）无法自动改写，请核对`));
        out.push(m.text);
        continue;
      }
      current.add(m.start);
      changes.push({ kind: 'figure', line, offset: out.text.length, old: m.text, new: text, factId: now.id });
      replaced.push({ start: m.start, end: m.end, length: text.length });
      out.push(text, [{ offset: 0, length: text.length, text, factId: now.id }]);
    }
    out.push(edited.slice(last, u.end));
    // The output offset of an offset of the edited unit, past the figures restated before it.
    const outAt = (p: number): number => unitOut + (p - u.start) + replaced.filter((r) => r.end <= p).reduce((d, r) => d + r.length - (r.end - r.start), 0);
    const outSentence = out.text.slice(unitOut);
    for (const c of claims) {
      if (c.start < u.start || c.end > u.end) continue;
      const note = judgeClaim(c, { oldIds, newIds, current, anchored, byValue, section: sectionAt(u.start) });
      if (!note) continue;
      const at = outAt(c.start);
      const words = out.text.slice(at, outAt(c.end));
      review.push({
        code: 'JX_UPDATE_CLAIM', severity: CODES.JX_UPDATE_CLAIM.severity,
        message: claimMessage(words, note.now, { old: note.old }),
        location: { line: unitLine, offset: at, length: words.length }, sentence: outSentence.trim(),
        claim: words, ...(note.old ? { old: note.old.value } : {}), new: note.now.value,
        ...(note.now.factIds[0] !== undefined ? { factId: note.now.factIds[0] } : {}),
      });
    }
  };

  /**
   * A claim of the editor's judged against the new data (and the old, for what it said then): a
   * figure it is made with that now reads the new value carries it; one left as written is judged.
   */
  const judgeClaim = (
    c: Claim,
    figs: { oldIds: Map<number, string>; newIds: Map<number, string>; current: Set<number>; anchored: Set<number>; byValue: Set<number>; section: string | undefined },
  ): { now: Judgement; old?: Judgement | undefined } | undefined => {
    const figure = claimFigure(c);
    // A figure restated to its new fact says what the data says; a rank only when the sidecar placed it
    // (the same rank of several items is not told apart by its words).
    if (figure && (c.kind === 'count' || c.kind === 'approx') && figs.current.has(figure.start) && !figs.byValue.has(figure.start)) return undefined;
    if (figure && c.kind === 'rank' && figs.current.has(figure.start) && figs.anchored.has(figure.start)) return undefined;
    const scene = (ids: Map<number, string>, now: boolean) => sceneFor(c, edited, mentions, (m) => ids.get(m.start) ?? lineFigure(m, now), figs.section);
    const now = newJudge.judge(c, scene(figs.newIds, true));
    if (!now || now.holds) return undefined;
    return { now, old: oldJudge.judge(c, scene(figs.oldIds, false)) };
  };

  /** A figure of a sentence the template wrote, beside the editor's: the fact its subject names beyond doubt (old or new). */
  const lineFigures = new Map<number, { old?: string | undefined; now?: string | undefined }>();
  const lineFigure = (m: Mention, now: boolean): string | undefined => {
    let ids = lineFigures.get(m.start);
    if (!ids) {
      const b = binder.bind(m);
      const old = b.status === 'bound' && b.by === 'subject' && b.similarity >= STRONG ? oldById.get(b.factId) : undefined;
      ids = { old: old?.id, now: old ? factMap.map(old)?.id : undefined };
      lineFigures.set(m.start, ids);
    }
    return now ? ids.now : ids.old;
  };

  const findBase = (pool: readonly Described[], used: Set<Described>, text: string, path: string): Described | undefined => {
    const same = pool.filter((b) => !used.has(b) && b.text === text);
    const b = same.find((x) => x.path === path) ?? same[0];
    if (b) used.add(b);
    return b;
  };

  const lines = splitLines(edited);
  const paths = headingPaths(lines);
  let cursor = 0;
  lines.forEach((l: Line, i) => {
    const gap = edited.slice(cursor, l.start);
    cursor = l.end;
    const b = findBase(base.lines, baseLinesUsed, l.text, paths[i] ?? '');
    if (b) {
      const t = lineMap.get(b);
      if (t) {
        out.push(gap);
        emitTheirs(t, l.text);
        theirsLineAt.set(t, out.text.length);
        return;
      }
      if (b.figures.length > 0 || b.kind === 'heading' || b.kind === 'table') {
        // The template wrote it from data the new data no longer has: it goes, and is listed.
        changes.push({ kind: 'removed', line: out.line, old: l.text, new: '' });
        return;
      }
    }
    out.push(gap);
    if (l.kind === 'paragraph') {
      let at = l.start;
      for (const p of l.pieces) {
        out.push(edited.slice(at, p.start));
        at = p.end;
        const bp = findBase(base.pieces, basePiecesUsed, p.text, paths[i] ?? '');
        const tp = bp ? pieceMap.get(bp) : undefined;
        if (tp) emitTheirs(tp, p.text);
        else emitEditors(p);
      }
      out.push(edited.slice(at, l.end));
    } else {
      emitEditors(l);
    }
  });
  out.push(edited.slice(cursor));

  // What the new data adds (a new item, a new clause of text) goes after the unit before it.
  let result = out.text;
  let figures = out.figures;
  const matchedLines = new Set(lineMap.values());
  const matchedPieceLines = new Set([...pieceMap.values()].map((p) => p.lineIndex));
  const inserts = theirs.lines.filter((t) => !matchedLines.has(t) && !matchedPieceLines.has(t.lineIndex) && t.kind !== 'other');
  for (const t of inserts.reverse()) {
    const prev = [...theirs.lines].slice(0, t.lineIndex).reverse().find((p) => theirsLineAt.has(p));
    const at = prev ? (theirsLineAt.get(prev) ?? result.length) : result.length;
    const sep = t.kind === 'table' && prev?.kind === 'table' ? '\n' : '\n\n';
    const text = `${sep}${t.text}`;
    result = result.slice(0, at) + text + result.slice(at);
    figures = figures.map((f) => (f.offset >= at ? { ...f, offset: f.offset + text.length } : f));
    figures.push(...t.figures.map((f) => ({ ...f, offset: at + sep.length + (f.offset - t.start) })));
    for (const [k, v] of theirsLineAt) if (v >= at) theirsLineAt.set(k, v + text.length);
    changes.forEach((c, i) => {
      if (c.offset !== undefined && c.offset >= at) changes[i] = { ...c, offset: c.offset + text.length };
    });
    review.forEach((r, i) => {
      const o = r.location.offset;
      if (o !== undefined && o >= at) review[i] = { ...r, location: { ...r.location, offset: o + text.length, line: r.location.line + text.split('\n').length - 1 } };
    });
    changes.push({ kind: 'inserted', line: result.slice(0, at).split('\n').length + 1, offset: at + sep.length, old: '', new: t.text });
  }
  figures.sort((a, b) => a.offset - b.offset);
  return { markdown: result, figures, changes, review, unresolved };
}

export type { Mention };
