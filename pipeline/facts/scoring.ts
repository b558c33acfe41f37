import type { IndicatorData } from '../../schemas/data.js';
import type { ScoreProfile } from '../../schemas/profile.js';
import { Dec, dec } from '../decimal.js';

/** How an indicator ended: it decides the phrasing (完成 / 超额完成 / 未完成) and the score. */
export type Status = 'exceeded' | 'met' | 'unmet' | 'unknown';

export interface Assessment {
  readonly status: Status;
  /** 完成率 in percent, for quantitative indicators whose units agree. */
  readonly completion: Dec | undefined;
  /** The score the profile's rule gives; undefined where the rule cannot say (qualitative text it cannot read). */
  readonly ruleScore: Dec | undefined;
  readonly reverse: boolean;
  readonly band: '达成' | '基本达成' | '部分达成' | '未达成' | undefined;
}

const MET_WORDS = /^(已完成|完成|全部完成|达成|已达成|达到|已达到|实现|已实现|是|按时完成|100%)$/;
const PARTLY_WORDS = /部分|基本/;
const UNMET_WORDS = /未完成|未达成|未实现|未达到|否/;

function bandOf(indicator: IndicatorData): Assessment['band'] {
  if (indicator.band) return indicator.band;
  if (indicator.actual === undefined) return undefined;
  const text = indicator.actual.text;
  if (UNMET_WORDS.test(text)) return '未达成';
  if (/基本/.test(text)) return '基本达成';
  if (PARTLY_WORDS.test(text)) return '部分达成';
  if (MET_WORDS.test(text) || /已完成|已达成|已实现/.test(text)) return '达成';
  return undefined;
}

/** Units agree when they are the same or one side left its unit off (a table cell "118.8" under "57亿元"). */
function unitsAgree(a: string, b: string): boolean {
  return a === b || a === '' || b === '' || (a === '个月' && b === '月') || (a === '月' && b === '个月');
}

export function roundScore(value: Dec, profile: ScoreProfile): Dec {
  return value.toDecimalPlaces(profile.scorePrecision);
}

/** Applies the profile's rule to one indicator row. */
export function assessIndicator(indicator: IndicatorData, profile: ScoreProfile): Assessment {
  const weight = dec(indicator.weight);
  const { target, actual } = indicator;
  if (actual === undefined) {
    // Not filled in yet: nothing to assess, no score the rule could give.
    return { status: 'unknown', completion: undefined, ruleScore: undefined, reverse: indicator.direction === 'negative' || target.kind === 'quantitative' && (target.comparator === '<=' || target.comparator === '<'), band: undefined };
  }
  if (target.kind === 'quantitative' && actual.kind === 'quantitative' && unitsAgree(target.unit, actual.unit)) {
    const t = dec(target.value);
    const a = dec(actual.value);
    const reverse = indicator.direction === 'negative' || target.comparator === '<=' || target.comparator === '<';
    const tolerance = dec(profile.quantitative.tolerance);
    let met: boolean;
    if (target.comparator === '~') met = t.isZero() ? a.isZero() : a.minus(t).abs().div(t).lte(tolerance) || (reverse ? a.lte(t) : a.gte(t));
    else if (target.comparator === '>') met = a.gt(t);
    else if (target.comparator === '<') met = a.lt(t);
    else met = reverse ? a.lte(t) : a.gte(t);
    const completion = reverse ? (a.isZero() ? undefined : t.div(a).times(100)) : t.isZero() ? undefined : a.div(t).times(100);
    const exceeded = met && !t.eq(a) && target.comparator !== '~';
    let ruleScore: Dec | undefined;
    if (met) ruleScore = weight;
    else if (profile.quantitative.unmet === 'zero') ruleScore = new Dec(0);
    else if (completion !== undefined) ruleScore = Dec.min(weight, Dec.max(0, completion.div(100).times(weight)));
    return {
      status: exceeded ? 'exceeded' : met ? 'met' : 'unmet',
      completion,
      ruleScore: ruleScore === undefined ? undefined : roundScore(ruleScore, profile),
      reverse,
      band: undefined,
    };
  }
  const band = bandOf(indicator);
  const share = profile.qualitative.find((q) => q.band === band)?.share;
  return {
    status: band === undefined ? 'unknown' : band === '达成' ? 'met' : 'unmet',
    completion: undefined,
    ruleScore: share === undefined ? undefined : roundScore(weight.times(share), profile),
    reverse: false,
    band,
  };
}

/** 预算执行率 score: 执行率 × weight (capped), or the profile's bands. */
export function budgetRateScore(ratePercent: Dec, weight: Dec, profile: ScoreProfile): Dec {
  const rule = profile.budgetRate;
  let score: Dec;
  if (rule.method === 'bands') {
    const band = [...rule.bands].sort((x, y) => dec(y.min).cmp(dec(x.min))).find((bd) => ratePercent.gte(bd.min));
    score = band ? weight.times(band.share) : new Dec(0);
  } else {
    score = ratePercent.div(100).times(weight);
  }
  if (rule.cap) score = Dec.min(score, weight);
  return roundScore(score, profile);
}

export function gradeOf(total: Dec, profile: ScoreProfile): string {
  const sorted = [...profile.grades].sort((x, y) => dec(y.min).cmp(dec(x.min)));
  return (sorted.find((g) => total.gte(g.min)) ?? sorted[sorted.length - 1])?.grade ?? '';
}
