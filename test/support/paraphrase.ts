/**
 * The paraphrase corpus (test/fixtures/paraphrase/): the shipped examples rendered through the
 * built-in templates and through template sets written the way other people write, plus reports
 * written by hand for an invented unit, each with its data and a hand-made answer key. Every
 * figure of every document comes with the fact it states, so a checker that reads a report
 * without the draft's sidecar can be scored against the truth (bench/frames.ts) and the corpus
 * itself can be validated (test/paraphrase/corpus.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import * as z from 'zod';
import type { Fact } from '../../schemas/fact.js';
import type { ScoreProfile } from '../../schemas/profile.js';
import type { FigureRef } from '../../schemas/rendered.js';
import { buildFacts } from '../../pipeline/facts/index.js';
import { draftReport } from '../../pipeline/jobs/draft.js';
import { loadData } from '../../pipeline/load/index.js';
import { PACKAGE_ROOT } from '../../pipeline/paths.js';
import { readReportFile } from '../../pipeline/read/index.js';
import { findMarkers } from '../../pipeline/text/markers.js';

export const PARAPHRASE_DIR = path.join(PACKAGE_ROOT, 'test/fixtures/paraphrase');
export const TEMPLATE_SETS_DIR = path.join(PARAPHRASE_DIR, 'templates');
export const HANDWRITTEN_DIR = path.join(PARAPHRASE_DIR, 'handwritten');
export const EXAMPLE_DATA: readonly string[] = ['zhuzhou-2024-keji-fund', 'lusong-2023-kegongxin'].map((n) =>
  path.join(PACKAGE_ROOT, 'examples', `${n}.yaml`),
);

/** Where a figure is in a text: by line (1-based) and its n-th occurrence on that line. */
const Place = z
  .object({
    line: z.number().int().min(1),
    text: z.coerce.string().min(1),
    nth: z.number().int().min(1).default(1),
  })
  .strict();

/** The kinds of break a report can have; `mismatch` is the only one that needs the data to be seen. */
export const ERROR_KINDS = ['mismatch', 'sum', 'rate', 'parts', 'table-text', 'conflict', 'score-total'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** A hand-made answer key (`*.key.yaml` beside the report). */
export const AnswerKey = z
  .object({
    report: z.string(),
    data: z.string(),
    /** A report a person checked: no error of any kind. */
    clean: z.boolean(),
    figures: z.array(
      Place.extend({
        /** The fact the figure states; several when the text cannot tell equal facts apart; `none` when the data has no such fact. */
        fact: z.union([z.literal('none'), z.string().min(1), z.array(z.string().min(1)).min(1)]),
        note: z.string().optional(),
      }).strict(),
    ),
    /** Spans that look like figures and are not: durations, bare years and months, ordinals. */
    notFigures: z.array(Place).default([]),
    errors: z
      .array(
        Place.extend({
          kind: z.enum(ERROR_KINDS),
          /** The other figures of the broken relation: a finding on any of them reports this break. */
          also: z.array(Place).default([]),
          note: z.string().optional(),
        }).strict(),
      )
      .default([]),
  })
  .strict();
export type AnswerKey = z.output<typeof AnswerKey>;

export interface Span {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
  /** 1-based. */
  readonly line: number;
}

/** A figure of a corpus document and the facts it may be bound to (empty: the data has no such fact). */
export interface TruthFigure extends Span {
  readonly facts: readonly string[];
}

export interface KeyError extends Span {
  readonly kind: ErrorKind;
  /** The figure the break is written at, then the other figures of its relation. */
  readonly spans: readonly Span[];
  readonly note?: string | undefined;
}

export interface CorpusDoc {
  /** e.g. `ledger/zhuzhou-2024-keji-fund`, `handwritten/qinglan-2024-gaobiao-project`. */
  readonly name: string;
  readonly source: 'rendered' | 'handwritten';
  /** The template set (`builtin` for the shipped templates); `handwritten` for the others. */
  readonly set: string;
  readonly dataFile: string;
  readonly text: string;
  readonly format: 'md' | 'txt';
  readonly facts: readonly Fact[];
  readonly profile: ScoreProfile;
  readonly figures: readonly TruthFigure[];
  /** Spans that are not figures: from the answer key, or what the renderer recorded as one and is a year or a duration. */
  readonly notFigures: readonly Span[];
  readonly errors: readonly KeyError[];
  readonly clean: boolean;
  /** For rendered drafts: the figures as the renderer recorded them (what the sidecar holds). */
  readonly rendered?: readonly FigureRef[] | undefined;
  /** Places in the answer key that could not be found or facts it names that the data lacks. */
  readonly problems: readonly string[];
}

/** The template sets under test/fixtures/paraphrase/templates/, by directory name. */
export function templateSets(): string[] {
  return readdirSync(TEMPLATE_SETS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * The span of the n-th occurrence of `text` on a line, or undefined. A figure is a whole number:
 * “10” is not found inside “100%”, nor “15” inside “1500万斤”.
 */
export function locate(text: string, starts: readonly number[], place: { line: number; text: string; nth: number }): Span | undefined {
  const begin = starts[place.line - 1];
  if (begin === undefined) return undefined;
  const end = starts[place.line] ?? text.length;
  const lineText = text.slice(begin, end);
  const whole = (at: number): boolean =>
    !(/^\d/.test(place.text) && /[\d.,]/.test(lineText[at - 1] ?? '')) &&
    !(/\d$/.test(place.text) && /[\d.,%]/.test(lineText[at + place.text.length] ?? ''));
  let at = -1;
  for (let k = 0; k < place.nth; k += 1) {
    do at = lineText.indexOf(place.text, at + 1);
    while (at >= 0 && !whole(at));
    if (at < 0) return undefined;
  }
  return { offset: begin + at, length: place.text.length, text: place.text, line: place.line };
}

/** A year (2022 in 2022—2023年度) or a duration (超过1年, 九年): the list of what is not a figure. */
export function isYearOrDuration(text: string, next: string): boolean {
  return /年$/.test(text) || (/^(?:19|20)\d\d$/.test(text) && /^[—–\-~～至年]/.test(next));
}

/** The shipped examples through the built-in templates and through every template set. */
export async function renderedDocs(): Promise<CorpusDoc[]> {
  const docs: CorpusDoc[] = [];
  for (const set of ['builtin', ...templateSets()]) {
    for (const data of EXAMPLE_DATA) {
      const templates = set === 'builtin' ? undefined : path.join(TEMPLATE_SETS_DIR, set);
      const { doc, facts, loaded } = await draftReport({ data, templates });
      const byId = new Map(facts.facts.map((f) => [f.id, f]));
      const starts = lineStarts(doc.markdown);
      const span = (f: FigureRef): Span => ({ offset: f.offset, length: f.length, text: f.text, line: lineOf(starts, f.offset) });
      // A grade (优) is a word, not a figure a reader checks against a number; a year or a duration
      // the facts stage took for a figure in the data's prose (2022—2023年度, 连续九年) is none either.
      const notFigure = (f: FigureRef): boolean => isYearOrDuration(f.text, doc.markdown.slice(f.offset + f.length, f.offset + f.length + 1));
      // The tool's own 〔待核〕 notes are addressed to the editor, not claims of the report: check skips them.
      const notes = findMarkers(doc.markdown);
      const inNote = (f: FigureRef): boolean => notes.some((n) => f.offset >= n.start && f.offset < n.end);
      const figures = doc.figures
        .filter((f) => byId.get(f.factId)?.kind !== 'text' && !notFigure(f) && !inNote(f))
        .map((f): TruthFigure => ({ ...span(f), facts: [f.factId] }));
      docs.push({
        name: `${set}/${path.basename(data, '.yaml')}`,
        source: 'rendered',
        set,
        dataFile: data,
        text: doc.markdown,
        format: 'md',
        facts: facts.facts,
        profile: loaded.profile,
        figures,
        notFigures: doc.figures.filter(notFigure).map(span),
        errors: [],
        clean: true,
        rendered: doc.figures,
        problems: [],
      });
    }
  }
  return docs;
}

/** Answer keys in test/fixtures/paraphrase/handwritten/, by file name. */
export function answerKeyFiles(): string[] {
  return readdirSync(HANDWRITTEN_DIR)
    .filter((f) => f.endsWith('.key.yaml'))
    .sort()
    .map((f) => path.join(HANDWRITTEN_DIR, f));
}

export function readAnswerKey(file: string): AnswerKey {
  return AnswerKey.parse(parse(readFileSync(file, 'utf8')));
}

/** The hand-written reports with their data and answer keys, places resolved to offsets. */
export async function handwrittenDocs(): Promise<CorpusDoc[]> {
  const docs: CorpusDoc[] = [];
  for (const keyFile of answerKeyFiles()) {
    const key = readAnswerKey(keyFile);
    const reportFile = path.join(HANDWRITTEN_DIR, key.report);
    const dataFile = path.join(HANDWRITTEN_DIR, key.data);
    const loaded = await loadData(dataFile);
    const facts = buildFacts(loaded.data, loaded.profile, { file: dataFile }).facts;
    const ids = new Set(facts.map((f) => f.id));
    const { text, format } = await readReportFile(reportFile);
    const starts = lineStarts(text);
    const problems: string[] = [];
    const find = (p: { line: number; text: string; nth: number }, what: string): Span | undefined => {
      const span = locate(text, starts, p);
      if (!span) problems.push(`${key.report}:${p.line}: ${what}“${p.text}”（第 ${p.nth} 处）在该行找不到`);
      return span;
    };
    const figures: TruthFigure[] = [];
    for (const f of key.figures) {
      const span = find(f, '数字');
      const factIds = f.fact === 'none' ? [] : typeof f.fact === 'string' ? [f.fact] : f.fact;
      for (const id of factIds) if (!ids.has(id)) problems.push(`${key.report}:${f.line}: “${f.text}”所注数据项 ${id} 不在数据中`);
      if (span) figures.push({ ...span, facts: factIds });
    }
    const notFigures = key.notFigures.flatMap((p) => find(p, '非数字') ?? []);
    const errors = key.errors.flatMap((e): KeyError[] => {
      const primary = find(e, '错误');
      const also = e.also.flatMap((p) => find(p, '错误所涉数字') ?? []);
      return primary ? [{ ...primary, kind: e.kind, spans: [primary, ...also], note: e.note }] : [];
    });
    if (key.clean !== (key.errors.length === 0)) problems.push(`${key.report}: clean 为 ${key.clean}，但列有 ${key.errors.length} 处错误`);
    docs.push({
      name: `handwritten/${path.basename(key.report).replace(/\.(md|txt)$/, '')}`,
      source: 'handwritten',
      set: 'handwritten',
      dataFile,
      text,
      format,
      facts,
      profile: loaded.profile,
      figures,
      notFigures,
      errors,
      clean: key.clean,
      problems,
    });
  }
  return docs;
}

/** Every document of the corpus: rendered drafts first, then the hand-written reports. */
export async function corpusDocs(): Promise<CorpusDoc[]> {
  return [...(await renderedDocs()), ...(await handwrittenDocs())];
}

export function overlaps(a: { offset: number; length: number }, b: { offset: number; length: number }): boolean {
  return a.offset < b.offset + b.length && b.offset < a.offset + a.length;
}
