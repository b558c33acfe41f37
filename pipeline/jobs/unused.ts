import type { Diagnostic } from '../../schemas/diagnostic.js';
import type { Fact } from '../../schemas/fact.js';
import type { RenderUsage } from '../render/index.js';

/** Settings of the file, not content of the report: they shape the draft and are not printed. */
const SETTINGS = /^(\$schema|version|kind|meta\.(year|moneyUnit|thousands|moneyDecimals|profile|framework))$/;

/**
 * Words that describe the value beside them (a name, a unit, a level): in the draft whenever
 * something of their object is.
 */
const DESCRIPTORS = new Set(['name', 'unit', 'id', 'group', 'topic', 'level1', 'level2', 'direction', 'band', 'approx', 'inInitialBudget', 'actualLabel', 'type', 'comparator', 'answers']);

/** Every value the writer gave, by its path (lists by index, objects by key). */
export function leafPaths(raw: unknown, at = ''): string[] {
  if (Array.isArray(raw)) return raw.flatMap((v, i) => leafPaths(v, `${at}[${i}]`));
  if (raw !== null && typeof raw === 'object') return Object.entries(raw).flatMap(([k, v]) => leafPaths(v, at === '' ? k : `${at}.${k}`));
  return at === '' ? [] : [at];
}

function valueAt(raw: unknown, path: string): unknown {
  let v: unknown = raw;
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[m[2] ?? m[1] ?? ''];
  }
  return v;
}

/** One path holds the other: budget.rate and budget.rate.value, measures[0] and measures[0].text. */
function related(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}.`) || a.startsWith(`${b}[`) || b.startsWith(`${a}.`) || b.startsWith(`${a}[`);
}

/**
 * The paths that hold `path`, as text: each beginning of it that a `.` or `[` follows
 * (budget.rate.value → budget, budget.rate). One path holds another when it is one of these.
 */
function holders(path: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < path.length; i++) if (path[i] === '.' || path[i] === '[') out.push(path.slice(0, i));
  return out;
}

/**
 * A set of paths that answers `related` for all of them at once by lookups: a data file has
 * hundreds of values and a draft prints hundreds, and comparing each pair took tens of ms a draft.
 */
export class PathIndex {
  private readonly exact = new Set<string>();
  private readonly held = new Set<string>();

  add(path: string): void {
    this.exact.add(path);
    for (const h of holders(path)) this.held.add(h);
  }

  /** `path` is one of the paths, holds one, or is held by one. */
  related(path: string): boolean {
    return this.exact.has(path) || this.held.has(path) || holders(path).some((h) => this.exact.has(h));
  }
}

function parentOf(path: string): string {
  return path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
}

function keyOf(path: string): string {
  return /([^.[\]]+)$/.exec(path)?.[1] ?? '';
}

/**
 * Values of the data the draft does not state, each with the reason. Nothing the writer gave is
 * dropped without a word: what the templates leave out is listed at the end of `draft`.
 */
export function unusedValues(raw: unknown, facts: readonly Fact[], usage: RenderUsage, markdown: string, file: string, locate: (path: string) => { line: number; column: number } | undefined): Diagnostic[] {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const printed = new PathIndex();
  for (const p of usage.paths) printed.add(p);
  for (const id of usage.facts) {
    const f = byId.get(id);
    if (f?.provenance.kind === 'data') printed.add(f.provenance.path);
  }
  const isPrinted = (path: string): boolean => printed.related(path);
  // A fact not printed may still be in the draft through a figure computed from it.
  const feeds = new Map<string, string>();
  for (const id of usage.facts) {
    const f = byId.get(id);
    if (f?.provenance.kind !== 'formula' && f?.provenance.kind !== 'rule') continue;
    for (const input of f.provenance.inputs) if (!feeds.has(input)) feeds.set(input, f.label);
  }
  // Words of the data the draft shows as written (a unit's name, a title) are in it whatever printed them.
  const shownAsWritten = (path: string): boolean => {
    const v = valueAt(raw, path);
    return typeof v === 'string' && v.length >= 2 && !/^[\d.,\s%-]+$/.test(v) && markdown.includes(v);
  };
  const out: Diagnostic[] = [];
  for (const path of leafPaths(raw)) {
    if (SETTINGS.test(path) || isPrinted(path) || shownAsWritten(path)) continue;
    if (DESCRIPTORS.has(keyOf(path)) && isPrinted(parentOf(path))) continue;
    const fact = facts.find((f) => f.provenance.kind === 'data' && related(f.provenance.path, path));
    const via = fact ? feeds.get(fact.id) : undefined;
    const reason = via !== undefined ? `只用于计算“${via}”，数字本身未写入稿中`
      : fact ? '模板没有写出这个数字'
        : '模板没有写出这一项';
    const pos = locate(path);
    out.push({
      code: 'JX_DRAFT_UNUSED', severity: 'info', message: `${path}：${reason}`,
      location: { file, path, ...(pos ? { line: pos.line, column: pos.column } : {}) },
    });
  }
  return out;
}
