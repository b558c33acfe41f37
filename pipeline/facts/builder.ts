import type { Diagnostic } from '../../schemas/diagnostic.js';
import type { Fact, FactKind, FactRole, Provenance } from '../../schemas/fact.js';
import { CODES, type Code } from '../codes.js';
import { Dec, decimalsOf, decText } from '../decimal.js';
import { InternalError } from '../errors.js';
import type { FigureStyle } from '../format/index.js';
import { factKindOfUnit } from '../mentions/units.js';

/** Every figure the report may state, and what the arithmetic found wrong in the data. */
export interface FactTable {
  readonly facts: readonly Fact[];
  readonly warnings: readonly Diagnostic[];
  /** What the draft says beside a figure the data contradicts or states on its own basis. */
  readonly notes: readonly DataNote[];
  readonly style: FigureStyle;
  /**
   * Figures the report needs whose values are not filled in yet (an empty value, 〔待填〕, or one that
   * depends on it), by fact id, with what is missing: the draft prints 〔待补：…〕 in their place.
   */
  readonly pending?: ReadonlyMap<string, string> | undefined;
}

/** A piece of a note: words, a figure (a fact, so the note's figures are traceable too), or text of the data. */
export type NotePart = string | { readonly fact: string } | { readonly path: string; readonly text: string };

/**
 * A note the draft prints at a figure: `review` for a contradiction in the data (〔待核：…〕 in
 * Markdown, a comment in Word), `basis` for a stated figure reckoned on its own basis, said in
 * brackets beside it.
 */
export interface DataNote {
  readonly factId: string;
  readonly kind: 'review' | 'basis';
  readonly parts: readonly NotePart[];
}

export interface FactInit {
  readonly id: string;
  readonly role: FactRole;
  readonly label: string;
  readonly aliases?: readonly string[];
  readonly kind: FactKind;
  readonly value: string | Dec;
  readonly unit: string;
  readonly precision: number;
  readonly provenance: Provenance;
  readonly subject?: string | undefined;
  readonly computed?: string | undefined;
  readonly approx?: Fact['approx'];
  readonly quote?: string | undefined;
  readonly year?: number | undefined;
}

/** Collects facts (ids unique) and warnings while the stage walks the model. */
export class FactBuilder {
  readonly facts: Fact[] = [];
  readonly warnings: Diagnostic[] = [];
  readonly notes: DataNote[] = [];
  readonly pending = new Map<string, string>();
  private readonly byId = new Map<string, Fact>();

  constructor(
    readonly file: string | undefined,
    /** Decimals for money, or undefined to keep what the data file wrote. */
    readonly moneyDecimals: number | undefined,
    /** Data paths the file leaves empty, to be filled in (budget.actual, indicators[3].actual). */
    readonly emptyPaths: ReadonlySet<string> = new Set(),
  ) {}

  /** A figure the report needs that cannot be stated yet: the draft marks it 〔待补：what〕. */
  markPending(id: string, what: string): void {
    if (!this.byId.has(id)) this.pending.set(id, what);
  }

  isPending(id: string): boolean {
    return this.pending.has(id);
  }

  /** A data value left empty to be filled in: its fact is pending. */
  private emptyAt(id: string, what: string, path: string): undefined {
    if (this.emptyPaths.has(path)) this.markPending(id, what);
    return undefined;
  }

  add(init: FactInit): Fact {
    if (this.byId.has(init.id)) throw new InternalError(`duplicate fact id ${init.id}`);
    const fact: Fact = {
      id: init.id,
      role: init.role,
      label: init.label,
      aliases: [...(init.aliases ?? [])],
      kind: init.kind,
      value: typeof init.value === 'string' ? init.value : decText(init.value),
      unit: init.unit,
      precision: init.precision,
      provenance: init.provenance,
      ...(init.subject !== undefined ? { subject: init.subject } : {}),
      ...(init.computed !== undefined ? { computed: init.computed } : {}),
      ...(init.approx !== undefined ? { approx: init.approx } : {}),
      ...(init.quote !== undefined ? { quote: init.quote } : {}),
      ...(init.year !== undefined ? { year: init.year } : {}),
    };
    this.facts.push(fact);
    this.byId.set(fact.id, fact);
    return fact;
  }

  get(id: string): Fact | undefined {
    return this.byId.get(id);
  }

  /** A money amount written in the data file. */
  money(role: FactRole, id: string, label: string, aliases: readonly string[], value: string | undefined, path: string, unit: string, subject?: string): Fact | undefined {
    if (value === undefined) return this.emptyAt(id, label, path);
    return this.add({
      id, role, label, aliases, kind: 'money', value, unit,
      precision: this.moneyDecimals ?? decimalsOf(value),
      provenance: { kind: 'data', path }, subject,
    });
  }

  /** A money amount derived by a formula over other facts. */
  moneyFormula(role: FactRole, id: string, label: string, aliases: readonly string[], value: Dec, unit: string, formula: string, inputs: readonly string[], subject?: string): Fact {
    return this.add({
      id, role, label, aliases, kind: 'money', value, unit,
      precision: this.moneyDecimals ?? Math.max(0, ...inputs.map((i) => this.get(i)?.precision ?? 0)),
      provenance: { kind: 'formula', formula, inputs: [...inputs] }, subject,
    });
  }

  /** A percentage computed from two facts, shown with two decimals. */
  rate(role: FactRole, id: string, label: string, aliases: readonly string[], value: Dec, formula: string, inputs: readonly string[], subject?: string): Fact {
    return this.add({
      id, role, label, aliases, kind: 'percent', value: value.toSignificantDigits(20), unit: '%', precision: 2,
      provenance: { kind: 'formula', formula, inputs: [...inputs] }, subject,
    });
  }

  count(role: FactRole, id: string, label: string, aliases: readonly string[], value: number | undefined, path: string, unit = '人', subject?: string): Fact | undefined {
    if (value === undefined) return this.emptyAt(id, label, path);
    return this.add({ id, role, label, aliases, kind: 'count', value: String(value), unit, precision: 0, provenance: { kind: 'data', path }, subject });
  }

  /** A figure with its own unit (an achievement, an indicator value). */
  quantity(role: FactRole, id: string, label: string, aliases: readonly string[], value: string, unit: string, path: string, subject?: string, year?: number, approx?: Fact['approx']): Fact {
    const kind = factKindOfUnit(unit);
    return this.add({
      id, role, label, aliases, kind, value, unit,
      precision: kind === 'money' && unit === '万元' && this.moneyDecimals !== undefined ? this.moneyDecimals : decimalsOf(value),
      provenance: { kind: 'data', path }, subject, year, approx,
    });
  }

  /** A note printed at the figure of `factId`. */
  note(factId: string, kind: DataNote['kind'], parts: readonly NotePart[]): void {
    this.notes.push({ factId, kind, parts: [...parts] });
  }

  warn(code: Code, message: string, extra: Omit<Diagnostic, 'code' | 'severity' | 'message' | 'location'> & { path?: string; severity?: Diagnostic['severity'] } = {}): void {
    const { path, severity = CODES[code].severity, ...rest } = extra;
    this.warnings.push({
      code, severity, message, source: 'facts',
      location: { ...(this.file !== undefined ? { file: this.file } : {}), ...(path !== undefined ? { path } : {}) },
      ...rest,
    });
  }
}
