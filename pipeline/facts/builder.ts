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
  readonly style: FigureStyle;
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
}

/** Collects facts (ids unique) and warnings while the stage walks the model. */
export class FactBuilder {
  readonly facts: Fact[] = [];
  readonly warnings: Diagnostic[] = [];
  private readonly byId = new Map<string, Fact>();

  constructor(
    readonly file: string | undefined,
    /** Decimals for money, or undefined to keep what the data file wrote. */
    readonly moneyDecimals: number | undefined,
  ) {}

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
    if (value === undefined) return undefined;
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
    if (value === undefined) return undefined;
    return this.add({ id, role, label, aliases, kind: 'count', value: String(value), unit, precision: 0, provenance: { kind: 'data', path }, subject });
  }

  /** A figure with its own unit (an achievement, an indicator value). */
  quantity(role: FactRole, id: string, label: string, aliases: readonly string[], value: string, unit: string, path: string, subject?: string): Fact {
    const kind = factKindOfUnit(unit);
    return this.add({
      id, role, label, aliases, kind, value, unit,
      precision: kind === 'money' && unit === '万元' && this.moneyDecimals !== undefined ? this.moneyDecimals : decimalsOf(value),
      provenance: { kind: 'data', path }, subject,
    });
  }

  warn(code: Code, message: string, extra: Omit<Diagnostic, 'code' | 'severity' | 'message' | 'location'> & { path?: string } = {}): void {
    const { path, ...rest } = extra;
    this.warnings.push({
      code, severity: CODES[code].severity, message, source: 'facts',
      location: { ...(this.file !== undefined ? { file: this.file } : {}), ...(path !== undefined ? { path } : {}) },
      ...rest,
    });
  }
}
