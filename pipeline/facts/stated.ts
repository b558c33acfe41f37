import type { StatedData } from '../../schemas/data.js';
import type { Fact, FactRole } from '../../schemas/fact.js';
import { Dec, dec, decimalsOf, decText } from '../decimal.js';
import { formatWithUnit } from '../format/index.js';
import type { FactBuilder } from './builder.js';

export interface StatedRate {
  readonly role: FactRole;
  readonly id: string;
  readonly label: string;
  readonly aliases: readonly string[];
  /** What the report states, with its basis; undefined when the report states nothing. */
  readonly stated: StatedData | undefined;
  readonly path: string;
  /** The tool's own ratio, when the data has its parts. */
  readonly computed: Dec | undefined;
  /** The ratio in words (全年执行数 ÷ 全年预算数), for the formula and the note. */
  readonly formula: string;
  readonly inputs: readonly string[];
  readonly subject?: string | undefined;
}

/**
 * A percentage the report may state itself. The stated value is the report's and is kept; the
 * tool's arithmetic is a check on it. Where the two differ the draft says so beside the figure:
 * in brackets when the data names the basis it was reckoned on, as 〔待核〕 when it does not.
 */
export function statedRate(b: FactBuilder, r: StatedRate): Fact | undefined {
  if (r.stated === undefined) {
    return r.computed === undefined ? undefined : b.rate(r.role, r.id, r.label, r.aliases, r.computed, r.formula, r.inputs, r.subject);
  }
  const stated = r.stated.value;
  const places = Math.max(decimalsOf(stated), 0);
  const differs = r.computed !== undefined && !dec(stated).toDecimalPlaces(places).eq(r.computed.toDecimalPlaces(places));
  const fact = b.add({
    id: r.id, role: r.role, label: r.label, aliases: r.aliases, kind: 'percent', value: stated, unit: '%', precision: places,
    provenance: { kind: 'data', path: r.path }, subject: r.subject,
    computed: differs && r.computed ? decText(r.computed.toDecimalPlaces(places)) : undefined,
  });
  if (differs && r.computed !== undefined) {
    const own = b.add({
      id: `${r.id}.computed`, role: r.role, label: `${r.label}（按${r.formula}）`, aliases: [], kind: 'percent',
      value: r.computed.toSignificantDigits(20), unit: '%', precision: 2,
      provenance: { kind: 'formula', formula: r.formula, inputs: [...r.inputs] }, subject: r.subject,
    });
    const computedText = formatWithUnit(r.computed, 2, '%');
    if (r.stated.basis !== undefined) {
      b.note(r.id, 'basis', [{ path: `${r.path}.basis`, text: r.stated.basis }, `口径；按${r.formula}计算为`, { fact: own.id }]);
      b.warn('JX_FACT_STATED', `${r.label}：报告所列 ${stated}%（${r.stated.basis}），按 ${r.formula} 计算为 ${computedText}；稿中写所列值并注明口径`, {
        path: r.path, factId: r.id, actual: stated, expected: decText(r.computed.toDecimalPlaces(2)), severity: 'info',
      });
    } else {
      b.note(r.id, 'review', [`按${r.formula}计算为`, { fact: own.id }, '，与所列不符；如按其他口径计算，请在数据中写明 basis']);
      b.warn('JX_FACT_STATED', `${r.label}：报告所列 ${stated}%，按 ${r.formula} 计算为 ${computedText}，未写口径；保留所列值，请核对或写明 basis`, {
        path: r.path, factId: r.id, actual: stated, expected: decText(r.computed.toDecimalPlaces(2)),
      });
    }
  }
  return fact;
}
