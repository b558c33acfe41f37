/**
 * unit — one amount written in two money scales.
 * - Same digits: 25,289.95万元 in a table and 25,289.95元 in the summary are ten thousand times apart,
 *   so one unit slipped. Only digits too many to coincide count (five significant digits or more). The
 *   scale most of the statements use is taken for the right one; with as many each, a table's (its unit
 *   stated once for the column) over prose, else the one stated first.
 * - A conversion stated in place: 5,893,276.50元（折合589.33万元）, 1.2亿元，约合12000万元. The two must
 *   display the same amount; the second is the one reported, as the conversion is the writer's own arithmetic.
 * - A per-head amount (人均, 户均, 人次均救助…) above the largest amount the report states, when read in
 *   元 for the count stated before it it is within that amount: no one gets more than the whole, so its
 *   unit slipped (7,208人次，人次均救助1,286.38万元 for 元).
 */
import type { Mention } from '../../mentions/index.js';
import { Dec } from '../../decimal.js';
import { MONEY_SCALE, significantDigits } from '../../mentions/units.js';
import { docOf, squash, type Doc } from './support/doc.js';
import { fig, meets, show, type Fig } from './support/figure.js';
import { isProse, lastClause } from './support/prose.js';
import type { Rule, RuleContext, RuleHit } from './types.js';
import { charLength } from '../../text/chars.js';

/**
 * Fewer significant digits coincide too easily (人均1,350元 and 1,350万元 of a fund). One more than the
 * binder's unit slip asks (check/bind.ts), which has the data's own value to hold the digits to.
 */
const SAME_DIGITS = 5;

/**
 * Digits enough not to coincide: five significant, or four written out to five with their decimals
 * (286.40元 and 286.40万元: a writer who gives cents means the figure). A round 1,350.00 is three.
 */
function enoughDigits(m: Mention): boolean {
  const digits = charLength(significantDigits(m.value));
  if (digits >= SAME_DIGITS) return true;
  const whole = m.value.replace(/^[-+]?0*/u, '').split('.')[0] ?? '';
  return digits >= SAME_DIGITS - 1 && whole.length + m.precision >= SAME_DIGITS;
}

/**
 * What makes two amounts one: their digits when enough; fewer (three or four) only under one name
 * (公用经费48.36万元 … 公用经费48.36亿元), the name being the words right before each.
 */
function sameAmountKey(m: Mention): string | undefined {
  if (enoughDigits(m)) return m.value;
  const name = squash(m.subject.text);
  return charLength(significantDigits(m.value)) >= 3 && charLength(name) >= 2 ? `${m.value}|${name}` : undefined;
}

/** Which scale is likelier right: the one more statements use, then one a table states, then the one stated first. */
function rightScale(doc: Doc, byUnit: ReadonlyMap<string, readonly Mention[]>): string | undefined {
  const ranked = [...byUnit].map(([unit, ms]) => ({ unit, n: ms.length, table: ms.some((m) => !isProse(doc, m)), first: Math.min(...ms.map((m) => m.start)) }));
  ranked.sort((a, b) => b.n - a.n || Number(b.table) - Number(a.table) || a.first - b.first);
  return ranked[0]?.unit;
}

/**
 * What stands between an amount and its conversion: （折合, （, ，约合 — and the bracket that closes it.
 * An amount in capitals ends with 整 (人民币伍佰陆拾叁万柒仟捌佰元整（563.78万元）).
 */
const CONVERSION_OPEN = /^[ \t]*整?[ \t]*(?:[（(][ \t]*(?:折合|约合|合|即|约)?|[，,][ \t]*(?:折合|约合|即合|即))[ \t]*$/u;
const CLOSES = /^[ \t]*[）)]/u;

/**
 * 1,200.00万元（12,000,000万元）: the conversion in the same unit, its digits another money scale's
 * (ten thousand or a hundred million times): the unit of the second slipped.
 */
function sameUnitSlip(a: Mention, b: Mention): RuleHit | undefined {
  const base = MONEY_SCALE[a.unit];
  if (base === undefined) return undefined;
  let va: Dec;
  let vb: Dec;
  try {
    va = new Dec(a.value);
    vb = new Dec(b.value);
  } catch {
    return undefined;
  }
  if (va.isZero() || vb.isZero() || va.eq(vb)) return undefined;
  // The unit the second's digits are in: the one whose scale makes it the first amount.
  const half = new Dec(10).pow(-a.precision).div(2);
  const unit = Object.keys(MONEY_SCALE).find((u) => u !== a.unit && vb.times(new Dec(10).pow((MONEY_SCALE[u] ?? 0) - base)).minus(va).abs().lte(half));
  if (unit === undefined) return undefined;
  return {
    code: 'JX_CHECK_UNIT',
    severity: 'error',
    message: `${a.text.trim()} 的换算写作 ${b.text.trim()}：数字是以${unit}计的，单位应为${unit}`,
    mention: b,
    expected: `${b.text.trim().replace(b.unit, '')}${unit}`,
    source: `${a.text.trim()} 换算为${unit}`,
    related: [a],
  };
}

function conversions(doc: Doc, text: string, mentions: readonly Mention[]): RuleHit[] {
  const hits: RuleHit[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (a.kind !== 'money' || b.kind !== 'money') continue;
    if (MONEY_SCALE[a.unit] === undefined || MONEY_SCALE[b.unit] === undefined) continue;
    const between = text.slice(a.end, b.start);
    if (!CONVERSION_OPEN.test(between)) continue;
    // A bracket holds the conversion alone: （其中…）, （含…） or a list in brackets are other figures.
    if (/[（(]/u.test(between) && !CLOSES.test(text.slice(b.end, b.end + 4))) continue;
    if (a.unit === b.unit) {
      const slip = sameUnitSlip(a, b);
      if (slip) hits.push(slip);
      continue;
    }
    const fa = fig(doc, a);
    const fb = fig(doc, b);
    if (!fa || !fb || meets(fa, fb)) continue;
    // At the decimals written, or two when the converted amount needs them (23,500元 is 2.35万元, not 2.4).
    const expected = show(fa.value, fb, Math.max(fb.decimals, Math.min(2, fa.value.div(fb.factor).decimalPlaces())));
    hits.push({
      code: 'JX_CHECK_UNIT',
      severity: 'error',
      message: `${a.text.trim()} 折合${b.unit}应为 ${expected}，所写 ${b.text.trim()}：换算不符`,
      mention: b,
      expected,
      source: `${a.text.trim()} 换算为${b.unit}`,
      related: [a],
    });
  }
  return hits;
}

/** A per-head amount: the words of its clause right before it say of whom (人均, 户均, 生均, 每人次, 人次均救助). */
const PER_HEAD = /(?:人均|户均|生均|亩均|床均|人次均|每(?:人次|人|户|生|亩|名|位|床)|平均每(?:人次|人|户)?)[\u4e00-\u9fff（）()]{0,8}?(?:为|达|达到|约)?$/u;

/** 元 in the 万元 figures compare in. */
const YUAN = new Dec(10).pow(-(MONEY_SCALE['万元'] ?? 4));

function perHeadOverWhole(doc: Doc, mentions: readonly Mention[]): RuleHit[] {
  // (figures compare money in 万元, whatever unit each is written in)
  const money = mentions.flatMap((m) => (m.kind === 'money' && m.change === undefined && MONEY_SCALE[m.unit] !== undefined ? (fig(doc, m) ?? []) : []));
  const perHead = money.filter((f) => PER_HEAD.test(lastClause(doc.lead(f.m))));
  if (perHead.length === 0) return [];
  let top: Fig | undefined;
  for (const f of money) if (!perHead.includes(f) && (!top || f.value.gt(top.value))) top = f;
  if (!top) return [];
  const whole = top;
  return perHead.flatMap(({ m, value }): RuleHit[] => {
    // Above the whole, and within it read in 元 for the count its sentence states before it (7,208人次，
    // 人次均救助X): the unit slipped. Without a count nothing is read: the report's large amounts may
    // stand in a table whose figures were not read as money.
    if (m.unit === '元' || !value.gt(whole.value)) return [];
    const count = doc.sentenceOf(m)?.mentions.filter((c) => c.kind === 'count' && c.end <= m.start && c.change === undefined).at(-1);
    const heads = count ? fig(doc, count)?.value : undefined;
    if (!heads || heads.lte(0) || new Dec(m.value).times(YUAN).times(heads).gt(whole.value.times(1.01))) return [];
    return [{
      code: 'JX_CHECK_UNIT',
      severity: 'error',
      message: `${m.text.trim()} 是每人（户）的金额，却大于报告中最大的金额 ${whole.m.text.trim()}：疑为单位写错，应为元`,
      mention: m,
      expected: `${m.value}元`,
      source: `报告中最大的金额（${whole.m.text.trim()}）`,
      related: [whole.m],
    }];
  });
}

export const rule: Rule = {
  meta: {
    id: 'unit',
    description: '同一金额以不同单位（元／万元／亿元）写出：数字相同的，单位有一处写错；就地换算的（折合…），两者须相等',
    codes: ['JX_CHECK_UNIT'],
  },
  check(ctx: RuleContext): RuleHit[] {
    const doc = docOf(ctx);
    const groups = new Map<string, Map<string, Mention[]>>();
    for (const m of ctx.mentions) {
      if (m.kind !== 'money' || MONEY_SCALE[m.unit] === undefined) continue;
      const key = sameAmountKey(m);
      if (key === undefined) continue;
      const byUnit = groups.get(key) ?? new Map<string, Mention[]>();
      byUnit.set(m.unit, [...(byUnit.get(m.unit) ?? []), m]);
      groups.set(key, byUnit);
    }
    const hits: RuleHit[] = [...conversions(doc, ctx.text, ctx.mentions), ...perHeadOverWhole(doc, ctx.mentions)];
    for (const byUnit of groups.values()) {
      if (byUnit.size < 2) continue;
      const right = rightScale(doc, byUnit);
      const model = right === undefined ? undefined : byUnit.get(right)?.[0];
      if (right === undefined || !model) continue;
      for (const [unit, ms] of byUnit) {
        if (unit === right) continue;
        for (const m of ms) {
          hits.push({
            code: 'JX_CHECK_UNIT',
            severity: 'error',
            message: `${m.text.trim()} 与 ${model.text.trim()}${model.text.includes(right) ? '' : `（${right}）`} 数字相同而单位不同（${unit}／${right}），相差 ${10 ** Math.abs((MONEY_SCALE[right] ?? 0) - (MONEY_SCALE[unit] ?? 0))} 倍：疑为单位写错`,
            mention: m,
            expected: `${m.value}${right}`,
            source: `同一数字的另一处写法（${model.text.trim()}）`,
            related: [model],
          });
        }
      }
    }
    return hits;
  },
};
