import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildFacts } from '../../pipeline/facts/index.js';
import { loadProfile, parseData } from '../../pipeline/load/index.js';
import { LUSONG, ROOT, ZHUZHOU } from '../support/paths.js';

/** The example's data with `edit` applied, as the facts stage warns about it. */
async function warningsOf(file: string, edit: (data: Record<string, any>) => void = () => undefined) {
  const raw = parse(await readFile(file, 'utf8')) as Record<string, any>;
  edit(raw);
  const data = parseData(file, stringify(raw));
  const table = buildFacts(data, await loadProfile('national', ROOT), { file });
  return table.warnings.filter((w) => w.code === 'JX_FACT_RATE_OVER' || w.code === 'JX_FACT_STATED_TWICE');
}

const indicator = (raw: Record<string, any>, name: string) => (raw.indicators as Record<string, any>[]).find((i) => i.name === name) ?? {};

describe('sanity of the data: rates that cannot pass 100%', () => {
  it('the examples as shipped: nothing to say about rates', async () => {
    expect((await warningsOf(ZHUZHOU)).filter((w) => w.code === 'JX_FACT_RATE_OVER')).toEqual([]);
    expect((await warningsOf(LUSONG)).filter((w) => w.code === 'JX_FACT_RATE_OVER')).toEqual([]);
  });

  it('a satisfaction of 180% is queried, at its field', async () => {
    const w = await warningsOf(ZHUZHOU, (raw) => (indicator(raw, '企业满意度').actual = '180%'));
    expect(w.map((d) => [d.code, d.location?.path, d.actual])).toEqual([['JX_FACT_RATE_OVER', expect.stringMatching(/^indicators\[\d+\]\.actual$/), '180%']]);
    expect(w[0]?.message).toMatch(/“企业满意度”实际完成值为 180%，这一比率不应超过 100%/);
  });

  it('a 满意度 indicator whose name does not say so, a 合格率 target, an achievement’s 覆盖率: each queried', async () => {
    const w = await warningsOf(ZHUZHOU, (raw) => {
      const sat = indicator(raw, '企业满意度');
      sat.name = '服务对象评价';
      sat.actual = '101%';
      (raw.indicators as Record<string, any>[]).push({ level1: '产出指标', level2: '质量指标', name: '验收合格率', target: '≥120%', actual: '100%', weight: 0, score: 0 });
      (raw.achievements as Record<string, any>[]).push({ name: '科技服务覆盖率', value: 130, unit: '%' });
    });
    expect(w.map((d) => d.location?.path)).toEqual([
      expect.stringMatching(/^indicators\[\d+\]\.actual$/),
      expect.stringMatching(/^indicators\[\d+\]\.target$/),
      expect.stringMatching(/^achievements\[\d+\]\.value$/),
    ]);
    expect(w[0]?.message).toContain('服务对象评价（满意度）');
  });

  it('growth may pass 100%: 增长率 180% is not queried', async () => {
    const w = await warningsOf(ZHUZHOU, (raw) => (raw.achievements as Record<string, any>[]).push({ name: '技术合同成交额增长率', value: 180, unit: '%' }));
    expect(w).toEqual([]);
  });

  it('an execution above the whole-year budget is queried', async () => {
    const w = await warningsOf(ZHUZHOU, (raw) => {
      raw.budget.actual = '1900.00';
    });
    expect(w.map((d) => [d.code, d.factId])).toContainEqual(['JX_FACT_RATE_OVER', 'budget.rate']);
  });
});

describe('sanity of the data: one metric stated twice', () => {
  it('the department example states 满意度 as 90% in the table and 95%以上 among the results: queried once, both places named', async () => {
    const w = (await warningsOf(LUSONG)).filter((d) => d.code === 'JX_FACT_STATED_TWICE');
    expect(w).toHaveLength(1);
    expect(w[0]?.message).toMatch(/indicators\[\d+\]\.actual“社会公众及服务对象满意度”为 90%，achievements\[\d+\]“服务对象满意度”为 95%以上/);
  });

  it('values that can both hold are not queried: 95%以上 beside 96%, the same figure at other precision', async () => {
    const w = await warningsOf(LUSONG, (raw) => {
      indicator(raw, '社会公众及服务对象满意度').actual = '96%';
      (raw.achievements as Record<string, any>[]).push({ name: '规模工业增加值增长率', value: '12.30', unit: '%' });
    });
    expect(w.filter((d) => d.code === 'JX_FACT_STATED_TWICE')).toEqual([]);
  });

  it('similar names of two metrics are not one metric (…全省水平 / …全市水平, 申报 / 总数)', async () => {
    const w = await warningsOf(ZHUZHOU, (raw) => {
      (raw.achievements as Record<string, any>[]).push(
        { name: '研发投入强度相当于全省水平', value: 2.6, unit: '倍' },
        { name: '研发投入强度相当于全市水平', value: 1.9, unit: '倍' },
        { name: '科技型中小企业申报', value: 57, unit: '家' },
        { name: '科技型中小企业总数', value: 127, unit: '家' },
      );
    });
    expect(w).toEqual([]);
  });

  it('the same indicator twice with two values is queried', async () => {
    const w = await warningsOf(ZHUZHOU, (raw) => {
      (raw.achievements as Record<string, any>[]).push({ name: '高新技术企业数', value: 1320, unit: '家' });
    });
    expect(w.map((d) => d.code)).toEqual(['JX_FACT_STATED_TWICE']);
    expect(w[0]?.message).toMatch(/“高新技术企业数”为 1302家，achievements\[\d+\]“高新技术企业数”为 1320家/);
  });
});

describe('sanity of the data: the “三公” total', () => {
  const sums = async (three: Record<string, unknown>) => {
    const raw = parse(await readFile(LUSONG, 'utf8')) as Record<string, any>;
    raw.threePublic = three;
    const table = buildFacts(parseData(LUSONG, stringify(raw)), await loadProfile('national', ROOT), { file: LUSONG });
    return { warnings: table.warnings.filter((w) => w.code === 'JX_FACT_SUM' && w.location?.path?.startsWith('threePublic')).map((w) => w.location?.path), total: table.facts.find((f) => f.id === 'three.total.actual')?.value };
  };
  it('cars given only as purchase and upkeep count in the total as those two', async () => {
    const parts = { vehicleOperation: { budget: 12, actual: 11.4 }, reception: { budget: 3.63, actual: 3.63 } };
    expect(await sums({ ...parts, total: { budget: 15.63, actual: 15.03 } })).toEqual({ warnings: [], total: '15.03' });
    expect(await sums({ ...parts, vehiclePurchase: { budget: 20, actual: 19.8 }, total: { budget: 35.63, actual: 34.83 } })).toEqual({ warnings: [], total: '34.83' });
    // A total that leaves the upkeep out is still queried.
    expect((await sums({ ...parts, total: { budget: 3.63, actual: 3.63 } })).warnings).toEqual(['threePublic.total.budget', 'threePublic.total.actual']);
  });
});
