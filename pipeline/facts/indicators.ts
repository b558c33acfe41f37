import type { ReportData } from '../../schemas/data.js';
import type { ScoreProfile } from '../../schemas/profile.js';
import { Dec, dec, decimalsOf, decText, sum } from '../decimal.js';
import { formatDecimal, formatWithUnit } from '../format/index.js';
import type { FactBuilder } from './builder.js';
import { factKindOfUnit } from '../mentions/units.js';
import { assessIndicator, budgetRateScore, gradeOf } from './scoring.js';

/** The words for how an indicator ended (the status fact's value). */
export const STATUS_WORDS = { exceeded: '超额完成', met: '完成', unmet: '未完成' } as const;

/** Decimals a score needs, at most the profile's precision (10 → 0, 4.81 → 2, 9.9 → 1). */
function scorePrecision(value: Dec, profile: ScoreProfile): number {
  return Math.min(decimalsOf(decText(value.toDecimalPlaces(profile.scorePrecision))), profile.scorePrecision);
}

/** A weight (分值) or a score (得分): both in 分, different roles. */
function score(b: FactBuilder, role: 'weight' | 'score', id: string, label: string, aliases: readonly string[], value: Dec, profile: ScoreProfile, provenance: Parameters<FactBuilder['add']>[0]['provenance'], extra: { subject?: string; computed?: Dec } = {}): void {
  b.add({
    id, role, label, aliases, kind: 'score', value, unit: '分',
    precision: scorePrecision(value, profile),
    provenance, subject: extra.subject, computed: extra.computed === undefined ? undefined : decText(extra.computed),
  });
}

/** Indicator values, completion, the scores the rule gives, 总分 and the grade. */
export function indicatorFacts(b: FactBuilder, data: ReportData, profile: ScoreProfile): void {
  const scores: { id: string; value: Dec }[] = [];
  const weights: Dec[] = [];

  // 预算执行率 row of the 自评表.
  const rate = b.get('budget.rate');
  const rateWeight = dec(data.budgetRate.weight);
  weights.push(rateWeight);
  score(b, 'weight', 'score.budget_rate.weight', '预算执行率分值', ['分值', '年度资金总额分值'], rateWeight, profile, { kind: 'data', path: 'budgetRate.weight' });
  if (rate) {
    const rule = budgetRateScore(dec(rate.value), rateWeight, profile);
    const asserted = data.budgetRate.score;
    const differs = asserted !== undefined && !dec(asserted).eq(rule);
    score(b, 'score', 'score.budget_rate', '预算执行率得分', ['得分', '执行率得分', '年度资金总额得分'], asserted !== undefined ? dec(asserted) : rule, profile,
      asserted !== undefined ? { kind: 'data', path: 'budgetRate.score' } : { kind: 'rule', rule: `${profile.id}.budgetRate`, inputs: ['budget.rate', 'score.budget_rate.weight'] },
      differs ? { computed: rule } : {});
    if (differs) {
      score(b, 'score', 'score.budget_rate.rule', '预算执行率按规则得分', [], rule, profile, { kind: 'rule', rule: `${profile.id}.budgetRate`, inputs: ['budget.rate', 'score.budget_rate.weight'] });
      b.note('score.budget_rate', 'review', ['按执行率×分值应为', { fact: 'score.budget_rate.rule' }]);
      b.warn('JX_FACT_SCORE_RULE', `预算执行率得分：自评 ${asserted} 分，按“${profile.name}”（执行率 ${formatWithUnit(rate.value, 2, '%')} × 分值 ${formatDecimal(rateWeight)}）应为 ${formatDecimal(rule)} 分；保留自评值，请核对或在偏差原因中说明`, {
        path: 'budgetRate.score', factId: 'score.budget_rate', actual: asserted, expected: decText(rule),
      });
    }
    scores.push({ id: 'score.budget_rate', value: asserted !== undefined ? dec(asserted) : rule });
  } else if (b.isPending('budget.rate')) {
    const asserted = data.budgetRate.score;
    if (asserted !== undefined) {
      score(b, 'score', 'score.budget_rate', '预算执行率得分', ['得分', '执行率得分', '年度资金总额得分'], dec(asserted), profile, { kind: 'data', path: 'budgetRate.score' });
      scores.push({ id: 'score.budget_rate', value: dec(asserted) });
    } else {
      b.markPending('score.budget_rate', '预算执行率得分');
    }
  }
  /** Scores that wait for values not filled in yet: the sums over them wait too. */
  let incomplete = b.isPending('score.budget_rate');

  const byLevel1 = new Map<string, { weight: Dec[]; score: Dec[]; ids: string[]; pending: boolean }>();
  data.indicators.forEach((ind, i) => {
    const base = `ind.${i}`;
    const path = `indicators[${i}]`;
    const a = assessIndicator(ind, profile);
    if (ind.target.kind === 'quantitative') {
      b.add({
        id: `${base}.target`, role: 'target', label: `${ind.name}年度指标值`, aliases: [ind.name, `${ind.name}目标`, '年度指标值', '目标值'],
        kind: factKindOfUnit(ind.target.unit), value: ind.target.value, unit: ind.target.unit, precision: decimalsOf(ind.target.value),
        provenance: { kind: 'data', path: `${path}.target` }, subject: ind.name,
      });
    }
    const actual = ind.actual;
    if (actual === undefined) {
      b.markPending(`${base}.actual`, '实际完成值');
    } else if (actual.kind === 'quantitative') {
      const unit = actual.unit || (ind.target.kind === 'quantitative' ? ind.target.unit : '');
      b.add({
        id: `${base}.actual`, role: 'actual', label: ind.name, aliases: [`${ind.name}实际完成值`, '实际完成值', '完成值'],
        kind: factKindOfUnit(unit), value: actual.value, unit, precision: decimalsOf(actual.value),
        provenance: { kind: 'data', path: `${path}.actual` }, subject: ind.name,
      });
    }
    if (a.completion !== undefined) {
      b.rate('rate', `${base}.completion`, `${ind.name}完成率`, ['完成率', '完成比例'], a.completion, a.reverse ? '年度指标值 ÷ 实际完成值' : '实际完成值 ÷ 年度指标值', [`${base}.actual`, `${base}.target`], ind.name);
    }
    // How far the result is from the target, as reports say it (比目标高0.8个百分点, 超计划6.5公里): for a
    // target and a result in the same unit; a percentage's gap is in percentage points.
    if (ind.target.kind === 'quantitative' && actual?.kind === 'quantitative' && (actual.unit === '' || actual.unit === ind.target.unit)) {
      const gap = dec(actual.value).minus(ind.target.value);
      const unit = ind.target.unit;
      if (!gap.isZero()) {
        const above = !gap.isNegative();
        b.add({
          id: `${base}.gap`, role: 'gap', label: `${ind.name}比目标${above ? '高' : '低'}`, aliases: above ? ['比目标高', '高于目标', '超出目标', '超计划'] : ['比目标低', '低于目标', '距目标差', '未达目标'],
          kind: unit === '%' ? 'quantity' : factKindOfUnit(unit), value: gap.abs(), unit: unit === '%' ? '个百分点' : unit,
          precision: Math.max(decimalsOf(actual.value), decimalsOf(ind.target.value)),
          provenance: { kind: 'formula', formula: '|实际完成值 − 年度指标值|', inputs: [`${base}.actual`, `${base}.target`] }, subject: ind.name,
        });
      }
    }
    // How it ended, as the rule sees it: what the draft's 完成 / 超额完成 / 未完成 say, and what an editor's words are held to.
    if (a.status !== 'unknown') {
      b.add({
        id: `${base}.status`, role: 'actual', label: `${ind.name}完成情况`, aliases: [], kind: 'text', value: STATUS_WORDS[a.status], unit: '', precision: 0,
        provenance: { kind: 'rule', rule: `${profile.id}.${ind.target.kind}`, inputs: [`${base}.actual`, `${base}.target`] }, subject: ind.name,
      });
    }
    const weight = dec(ind.weight);
    score(b, 'weight', `${base}.weight`, `${ind.name}分值`, ['分值'], weight, profile, { kind: 'data', path: `${path}.weight` }, { subject: ind.name });
    const asserted = ind.score !== undefined ? dec(ind.score) : undefined;
    const rule = a.ruleScore;
    const value = asserted ?? rule;
    if (value !== undefined) {
      const differs = asserted !== undefined && rule !== undefined && !asserted.eq(rule);
      score(b, 'score', `${base}.score`, `${ind.name}得分`, ['得分'], value, profile,
        asserted !== undefined ? { kind: 'data', path: `${path}.score` } : { kind: 'rule', rule: `${profile.id}.${ind.target.kind}`, inputs: [`${base}.actual`, `${base}.target`, `${base}.weight`] },
        { subject: ind.name, ...(differs ? { computed: rule } : {}) });
      if (differs) {
        score(b, 'score', `${base}.score.rule`, `${ind.name}按规则得分`, [], rule, profile, { kind: 'rule', rule: `${profile.id}.${ind.target.kind}`, inputs: [`${base}.actual`, `${base}.target`, `${base}.weight`] }, { subject: ind.name });
        b.note(`${base}.score`, 'review', [`按${a.band ? `“${a.band}”档` : a.completion !== undefined ? '完成比例' : '规则'}应为`, { fact: `${base}.score.rule` }, ...(ind.deviation?.reason ? [] : ['，且未说明偏差原因'])]);
        const how = a.band ? `定性指标“${a.band}”档` : a.completion !== undefined ? `完成率 ${formatWithUnit(a.completion, 2, '%')}` : '规则';
        b.warn('JX_FACT_SCORE_RULE', `“${ind.name}”得分：自评 ${formatDecimal(asserted)} 分，按“${profile.name}”（${how}，分值 ${formatDecimal(weight)}）应为 ${formatDecimal(rule)} 分；保留自评值${ind.deviation?.reason ? '（已说明偏差原因）' : '，且未说明偏差原因'}`, {
          path: `${path}.score`, factId: `${base}.score`, actual: decText(asserted), expected: decText(rule),
        });
      }
      if (asserted !== undefined && asserted.gt(weight)) {
        b.note(`${base}.score`, 'review', ['超过分值', { fact: `${base}.weight` }]);
        b.warn('JX_FACT_SCORE_OVER', `“${ind.name}”得分 ${formatDecimal(asserted)} 超过分值 ${formatDecimal(weight)}`, { path: `${path}.score`, factId: `${base}.score` });
      }
      scores.push({ id: `${base}.score`, value });
    } else if (actual === undefined) {
      b.markPending(`${base}.score`, '得分');
    } else {
      b.warn('JX_FACT_SCORE_MISSING', `“${ind.name}”：未填得分，实际完成值“${actual.text}”也无法按规则评分；请在 score 或 band 中填写`, { path: `${path}.score` });
    }
    weights.push(weight);
    const group = byLevel1.get(ind.level1) ?? { weight: [], score: [], ids: [], pending: false };
    group.weight.push(weight);
    if (value !== undefined) group.score.push(value);
    if (b.isPending(`${base}.score`)) {
      group.pending = true;
      incomplete = true;
    }
    group.ids.push(base);
    byLevel1.set(ind.level1, group);
  });

  let k = 0;
  for (const [level1, group] of byLevel1) {
    const key = `score.level1.${k}`;
    k += 1;
    score(b, 'weight', `${key}.weight`, `${level1}分值`, [level1, `${level1}权重`], sum(group.weight), profile, { kind: 'formula', formula: `Σ ${level1}分值`, inputs: group.ids.map((id) => `${id}.weight`) }, { subject: level1 });
    if (group.pending) b.markPending(`${key}.score`, `${level1}得分`);
    else score(b, 'score', `${key}.score`, `${level1}得分`, [level1], sum(group.score), profile, { kind: 'formula', formula: `Σ ${level1}得分`, inputs: group.ids.map((id) => `${id}.score`) }, { subject: level1 });
  }

  // 总分 and Σ分值: a total the unit states is kept (the rule or the sum is noted beside it). A table
  // without indicator rows has no total of its own: only what the unit states is printed.
  const summary = data.scoreSummary;
  const hasRows = data.indicators.length > 0;
  const weightSum = sum(weights);
  if (summary?.weightTotal !== undefined || hasRows) {
    const weightTotal = summary?.weightTotal !== undefined ? dec(summary.weightTotal) : weightSum;
    score(b, 'weight', 'score.weight_total', '分值合计', ['总分值', '分值'], weightTotal, profile,
      summary?.weightTotal !== undefined ? { kind: 'data', path: 'scoreSummary.weightTotal' } : { kind: 'formula', formula: 'Σ 分值', inputs: [] },
      weightTotal.eq(weightSum) || !hasRows ? {} : { computed: weightSum });
    if (hasRows && (!weightTotal.eq(weightSum) || !weightSum.eq(100))) {
      score(b, 'weight', 'score.weight_sum', '各项分值之和', [], weightSum, profile, { kind: 'formula', formula: 'Σ 分值', inputs: [] });
    }
    if (hasRows && !weightTotal.eq(weightSum)) {
      b.note('score.weight_total', 'review', ['各项分值之和为', { fact: 'score.weight_sum' }]);
      b.warn('JX_FACT_SUM', `自评表所填分值合计 ${formatDecimal(weightTotal)} 与各项分值之和 ${formatDecimal(weightSum)} 不符；保留填写值，请核对`, { path: 'scoreSummary.weightTotal', factId: 'score.weight_total', actual: decText(weightTotal), expected: decText(weightSum) });
    }
  }
  if (hasRows && !weightSum.eq(100)) {
    b.note('score.weight_total', 'review', ['各项分值之和为', { fact: 'score.weight_sum' }, '，与满分不符']);
    b.warn('JX_FACT_WEIGHT_TOTAL', `各项分值之和为 ${formatDecimal(weightSum)}，应为 100`, { path: 'indicators', factId: 'score.weight_total', actual: decText(weightSum), expected: '100' });
  }
  if (incomplete && summary?.scoreTotal === undefined) {
    b.markPending('score.total', '总分');
    if (summary?.grade === undefined) b.markPending('score.grade', '自评等级');
    return;
  }
  const scoreSum = sum(scores.map((s) => s.value));
  if (summary?.scoreTotal !== undefined || hasRows) {
    const total = summary?.scoreTotal !== undefined ? dec(summary.scoreTotal) : scoreSum;
    const differs = hasRows && !total.eq(scoreSum);
    score(b, 'score', 'score.total', '总分', ['自评得分', '自评总分', '综合得分', '得分'], total, profile,
      summary?.scoreTotal !== undefined ? { kind: 'data', path: 'scoreSummary.scoreTotal' } : { kind: 'formula', formula: 'Σ 得分', inputs: scores.map((s) => s.id) },
      differs ? { computed: scoreSum } : {});
    if (differs) {
      score(b, 'score', 'score.score_sum', '各项得分之和', [], scoreSum, profile, { kind: 'formula', formula: 'Σ 得分', inputs: scores.map((s) => s.id) });
      b.note('score.total', 'review', ['各项得分之和为', { fact: 'score.score_sum' }]);
      b.warn('JX_FACT_SUM', `自评表所填总分 ${formatDecimal(total)} 与各项得分之和 ${formatDecimal(scoreSum)} 不符；保留填写值，请核对`, { path: 'scoreSummary.scoreTotal', factId: 'score.total', actual: decText(total), expected: decText(scoreSum) });
    }
  }
  // A grade only from a score the data asserts: its own grade, its total, or a table every row of
  // which has a score, the unit's own in part at least (never from the rule alone, never without rows).
  const totalFact = b.get('score.total');
  const everyRowScored = hasRows && data.indicators.every((_, i) => b.get(`ind.${i}.score`) !== undefined);
  const someAsserted = data.budgetRate.score !== undefined || data.indicators.some((ind) => ind.score !== undefined);
  const asserted = summary?.scoreTotal !== undefined || (everyRowScored && someAsserted);
  if (summary?.grade !== undefined || (asserted && totalFact)) {
    const ruleGrade = totalFact ? gradeOf(dec(totalFact.value), profile) : undefined;
    const grade = summary?.grade ?? ruleGrade ?? '';
    b.add({
      id: 'score.grade', role: 'score', label: '自评等级', aliases: ['等级', '评价等级'], kind: 'text', value: grade, unit: '', precision: 0,
      provenance: summary?.grade !== undefined ? { kind: 'data', path: 'scoreSummary.grade' } : { kind: 'rule', rule: `${profile.id}.grades`, inputs: ['score.total'] },
    });
    if (ruleGrade !== undefined && grade !== ruleGrade) {
      b.note('score.grade', 'review', [`按总分应为“${ruleGrade}”`]);
      b.warn('JX_FACT_GRADE', `自评等级“${grade}”与总分 ${totalFact?.value} 按规则对应的等级“${ruleGrade}”不符`, { path: 'scoreSummary.grade', factId: 'score.grade' });
    }
  }
}
