/**
 * What a careful reader would query in the data before it reaches a report: a rate that cannot pass
 * 100% (a satisfaction of 180%), and one metric stated twice with values that cannot both hold
 * (an indicator's 90% beside an achievement's 95%以上). Warnings only: the report keeps what the
 * data asserts, the writer decides.
 */
import type { ReportData } from '../../schemas/data.js';
import { Dec, decimalsOf } from '../decimal.js';
import { formatDecimal } from '../format/index.js';
import { normalizeSubject, ownerWords, sameMetric, subjectKey } from '../mentions/similarity.js';
import { achievementId, APPROX_MEANING } from './achievements.js';
import type { FactBuilder } from './builder.js';

/** Rates whose value is a share of a whole, so never above 100%. Growth, change and 控制率 may pass it. */
const BOUNDED_RATE = /满意(?:度|率)|合格率|达标率|覆盖率|知晓率|及时率|准确率|完好率|到位率|通过率|验收率|入学率|参保率|执行率|完成率|完成度|占比|比重|比例/u;

/** A figure the data states, with the interval its wording allows. */
interface Statement {
  readonly path: string;
  readonly factId: string;
  readonly name: string;
  readonly shown: string;
  readonly unit: string;
  readonly lo: Dec;
  readonly hi: Dec;
}

function interval(value: string, approx: 'exact' | 'more' | 'less' | 'about'): { lo: Dec; hi: Dec } {
  const v = new Dec(value);
  const half = new Dec(10).pow(-decimalsOf(value)).div(2);
  switch (approx) {
    case 'more':
      return { lo: v.minus(half), hi: new Dec(Infinity) };
    case 'less':
      return { lo: v.times(0.9), hi: v.plus(half) };
    case 'about':
      return { lo: v.times(0.9), hi: v.times(1.1) };
    default:
      return { lo: v.minus(half), hi: v.plus(half) };
  }
}

function statements(data: ReportData): Statement[] {
  const out: Statement[] = [];
  data.indicators.forEach((ind, i) => {
    const actual = ind.actual;
    if (actual?.kind !== 'quantitative') return;
    out.push({ path: `indicators[${i}].actual`, factId: `ind.${i}.actual`, name: ind.name, shown: actual.text, unit: actual.unit, ...interval(actual.value, 'exact') });
  });
  data.achievements.forEach((a, i) => {
    if (a.value === undefined || (a.year !== undefined && a.year !== data.meta.year)) return;
    const approx = a.approx !== undefined ? APPROX_MEANING[a.approx] : 'exact';
    out.push({ path: `achievements[${i}]`, factId: achievementId(a, i), name: a.name, shown: `${a.approx === '近' || a.approx === '约' || a.approx === '超' ? a.approx : ''}${a.value}${a.approx === '余' || a.approx === '多' ? a.approx : ''}${a.unit}${a.approx === '以上' ? a.approx : ''}`, unit: a.unit, ...interval(a.value, approx) });
  });
  return out;
}

/**
 * Names that state one metric: the same once normalised (全市高新技术企业数 and 高新技术企业数), or
 * one name as written wholly inside the other (服务对象满意度 in 社会公众及服务对象满意度) with the
 * same qualifiers. Similar names of two metrics (…全省水平 and …全市水平, 高新技术企业申报 and
 * 高新技术企业总数) are not enough: a data file lists many of those.
 */
function namesOneMetric(a: Statement, ka: ReturnType<typeof subjectKey>, b: Statement, kb: ReturnType<typeof subjectKey>): boolean {
  // 相当于全省水平 and 相当于全市水平 normalise alike (owners go), yet compare with two benchmarks.
  const oa = ownerWords(a.name);
  const ob = ownerWords(b.name);
  if (oa.size !== ob.size || [...oa].some((w) => !ob.has(w))) return false;
  if (ka.text === kb.text) return ka.text !== '';
  const bare = (s: string) => s.replace(/\s+/gu, '');
  const [short, long] = bare(a.name).length <= bare(b.name).length ? [bare(a.name), bare(b.name)] : [bare(b.name), bare(a.name)];
  return [...short].length >= 4 && long.includes(short) && sameMetric(ka, kb);
}

export function sanityWarnings(b: FactBuilder, data: ReportData): void {
  // Rates that cannot pass 100%.
  const over = (path: string, factId: string, name: string, value: string, what: string) => {
    if (!BOUNDED_RATE.test(name) || !new Dec(value).gt(100)) return;
    b.warn('JX_FACT_RATE_OVER', `“${name}”${what}为 ${formatDecimal(value)}%，这一比率不应超过 100%：请核对是否填错（如多写了一位）；报告保留填写值`, { path, factId, actual: `${value}%`, expected: '≤100%' });
  };
  data.indicators.forEach((ind, i) => {
    const satisfaction = /满意/u.test(`${ind.level1}${ind.level2}`);
    const name = satisfaction && !BOUNDED_RATE.test(ind.name) ? `${ind.name}（满意度）` : ind.name;
    if (ind.actual?.kind === 'quantitative' && ind.actual.unit === '%') over(`indicators[${i}].actual`, `ind.${i}.actual`, name, ind.actual.value, '实际完成值');
    if (ind.target.kind === 'quantitative' && ind.target.unit === '%' && ind.target.comparator !== '<=' && ind.target.comparator !== '<') {
      over(`indicators[${i}].target`, `ind.${i}.target`, name, ind.target.value, '年度指标值');
    }
  });
  data.achievements.forEach((a, i) => {
    if (a.unit === '%' && a.value !== undefined) over(`achievements[${i}].value`, achievementId(a, i), a.name, a.value, '');
  });
  const rate = b.get('budget.rate');
  if (rate !== undefined && new Dec(rate.value).gt(100)) {
    b.warn('JX_FACT_RATE_OVER', `预算执行率算得 ${formatDecimal(rate.value, 2)}%：全年执行数大于全年预算数，请核对这两个数`, { path: 'budget.actual', factId: 'budget.rate' });
  }

  // One metric stated twice with values that cannot both hold.
  const all = statements(data);
  const keys = all.map((s) => subjectKey(normalizeSubject(s.name)));
  const reported = new Set<number>();
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i];
      const c = all[j];
      const ka = keys[i];
      const kc = keys[j];
      if (a === undefined || c === undefined || ka === undefined || kc === undefined || reported.has(j)) continue;
      if (a.unit !== c.unit || !namesOneMetric(a, ka, c, kc)) continue;
      if (a.lo.lte(c.hi) && c.lo.lte(a.hi)) continue;
      reported.add(j);
      b.warn('JX_FACT_STATED_TWICE', `同一指标在数据中写了两次，数值对不上：${a.path}“${a.name}”为 ${a.shown}，${c.path}“${c.name}”为 ${c.shown}。报告各处保留各自的填写值，请核对后统一`, {
        path: c.path, factId: c.factId, actual: c.shown, expected: a.shown,
      });
    }
  }
}
