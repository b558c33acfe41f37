import { describe, expect, it } from 'vitest';
import { buildFacts } from '../../pipeline/facts/index.js';
import { loadData } from '../../pipeline/load/index.js';
import { LUSONG, ZHUZHOU } from '../support/paths.js';

async function factsOf(file: string) {
  const loaded = await loadData(file);
  const table = buildFacts(loaded.data, loaded.profile, { file });
  const value = (id: string): string | undefined => table.facts.find((f) => f.id === id)?.value;
  const fixed = (id: string, dp: number): string | undefined => {
    const v = value(id);
    return v === undefined ? undefined : Number.isNaN(Number(v)) ? v : (Math.round(Number(v) * 10 ** dp) / 10 ** dp).toFixed(dp);
  };
  return { table, value, fixed };
}

describe('facts of the project example (mirrors the Zhuzhou 2024 fund report)', async () => {
  const { table, value, fixed } = await factsOf(ZHUZHOU);
  it('budget lines and derived figures', () => {
    expect(value('budget.initial')).toBe('3600');
    expect(value('budget.adjust.0')).toBe('1735.95');
    expect(value('budget.total')).toBe('1864.05');
    expect(value('budget.actual')).toBe('1864.05');
    expect(value('budget.carryover')).toBe('0');
    expect(fixed('budget.rate', 2)).toBe('100.00');
    expect(value('projects.total')).toBe('1814.05');
    expect(value('project.2.actual')).toBe('450');
  });
  it('scores: asserted kept, the rule noted beside, total and grade', () => {
    const cost = table.facts.find((f) => f.label === '全社会研发投入总量得分');
    expect(cost?.value).toBe('4');
    expect(cost?.computed).toBe('4.81');
    expect(value('score.total')).toBe('99');
    expect(value('score.weight_total')).toBe('100');
    expect(value('score.grade')).toBe('优');
  });
  it('the contradictions of the seed come back as warnings, each with its path', () => {
    expect(table.warnings.map((w) => [w.code, w.location?.path])).toEqual([
      ['JX_FACT_SUM', 'projects'],
      ['JX_FACT_SCORE_RULE', expect.stringMatching(/^indicators\[\d+\]\.score$/)],
    ]);
  });
  it('every fact carries a label, a unit where it has one, and provenance', () => {
    for (const f of table.facts) {
      expect(f.label.length).toBeGreaterThan(0);
      expect(['data', 'formula', 'rule', 'prior']).toContain(f.provenance.kind);
    }
    const ids = table.facts.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('figures inside data text are facts too (an item of management: 50万元以上项目…)', () => {
    const item = table.facts.filter((f) => f.provenance.kind === 'data' && f.provenance.path === 'background.management[2]');
    expect(item.map((f) => `${f.value}${f.unit}`)).toContain('50万元');
    expect(item.every((f) => f.role === 'quoted')).toBe(true);
  });
});

describe('facts of the department example (mirrors the Lusong 2023 report)', async () => {
  const { table, value, fixed } = await factsOf(LUSONG);
  it('staffing: control rate and change on last year', () => {
    expect(fixed('staff.control_rate', 2)).toBe('87.50');
    expect(value('staff.change')).toBe('4');
    expect(fixed('staff.change_rate', 2)).toBe('40.00');
  });
  it('budget, basic expense, projects, three public', () => {
    expect(fixed('budget.rate', 2)).toBe('99.91');
    expect(value('basic.total')).toBe('257.08');
    expect(value('projects.total')).toBe('1194.21');
    expect(value('three.total.actual')).toBe('3.63');
    expect(value('three.total.change')).toBe('1.07');
  });
  it('the budget execution score: 9 asserted, 9.99 by the rule', () => {
    const f = table.facts.find((x) => x.id === 'score.budget_rate');
    expect([f?.value, f?.computed]).toEqual(['9', '9.99']);
  });
  it('the stated 总分 row (90 / 95) is checked against the sums', () => {
    expect(table.warnings.filter((w) => w.code === 'JX_FACT_SUM').map((w) => [w.actual, w.expected])).toContainEqual(['90', '100']);
    expect(value('score.total')).toBe('95');
  });
});
