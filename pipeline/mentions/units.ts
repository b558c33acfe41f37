/**
 * Units, scales and the words that change what a figure means: the one list every stage uses.
 * The extractor reads units with it, facts classify their units with it, the checker converts
 * money scales with it, and the LLM lock knows which words around a figure must stay.
 */
import { Dec } from '../decimal.js';

export type MentionKind = 'money' | 'percent' | 'points' | 'count' | 'quantity' | 'rank' | 'plain';
export type Approx = 'exact' | 'more' | 'less' | 'about';
export type Change = 'increase' | 'decrease';

/** Money units and their power of ten in 元. */
export const MONEY_SCALE: Readonly<Record<string, number>> = { 元: 0, 千元: 3, 万元: 4, 百万元: 6, 千万元: 7, 亿元: 8, 万亿元: 12 };
const MONEY = Object.keys(MONEY_SCALE);

/** Scale characters that may follow Arabic digits before a unit (3万人, 1.2亿, 5千万元), as powers of ten. */
export const ARABIC_SCALES: Readonly<Record<string, number>> = { 千: 3, 万: 4, 百万: 6, 千万: 7, 亿: 8, 万亿: 12 };
/** The same scale words, longest first, for matching at a position (万亿 before 万). */
export const SCALE_WORDS: readonly string[] = Object.keys(ARABIC_SCALES).sort((a, b) => b.length - a.length);

/** Measure words (kind count). Second list: only after Arabic digits. */
const COUNT_CN = [
  '家', '项', '个', '人', '名', '件', '份', '场次', '场', '批次', '批', '支', '次', '所', '位', '篇', '台',
  '套', '户', '座', '条', '部', '种', '类', '款', '本', '册', '间', '处', '块', '辆', '架', '艘', '枚', '张',
  '栋', '幢', '组', '队', '人次', '户次', '家次', '项次', '篇次', '册次', '件次', '车次', '架次', '例', '起', '宗', '笔', '轮', '层', '课时', '学时',
];
const COUNT_ARABIC_ONLY = ['期', '届', '门'];

/** Other units (kind quantity). Second list: only after Arabic digits. */
const QUANTITY_CN = [
  '个月', '个工作日', '工作日', '天', '周', '小时', '倍', '平方米', '平米', '平方公里', '平方千米', '公里', '千米',
  '公顷', '亩', '吨', '千克', '公斤', '斤', '千瓦时', '千瓦', '兆瓦', '立方米', '岁', '个季度', '分钟',
];
/** 等 only after Arabic digits: a grade (耕地质量提升0.6等), never 一等奖. */
const QUANTITY_ARABIC_ONLY = ['分', '米', '㎡', '‰', '秒', '等'];
const ASCII_UNITS = ['kWh', 'kW', 'MWh', 'MW', 'kV', 'km', 'kg', 'GB', 'TB', 'MB', 'Hz', 'mm', 'cm', 't', 'm'];

/**
 * Units a table's column header may give its bare numbers (受益人口（人）, 新建改造工程（处）, 面积（亩）):
 * money, percent, every count and quantity word — not 分 (分值（分） heads weights and scores, read
 * as such) nor the ambiguous Arabic-only ones (期, 米, 等).
 */
export const HEADER_UNIT_FORMS: readonly string[] = [...MONEY, '%', '％', '㎡', ...COUNT_CN, ...QUANTITY_CN].sort((a, b) => b.length - a.length);

/**
 * What a unit word means. `cn`: may follow a Chinese numeral (三项, 两个, 十一家); units left
 * out there are the ones that make idioms or names with a Chinese digit (十分 "very",
 * 三季度 "Q3", 第五届, 三门峡, 一期 "phase one").
 * `special`: 'year' / 'month' need context (2024年 is a date, 连续4年 a duration; 12月 is a
 * date in prose and a value in a table row); 'skip' words are never figures (12日, 24号).
 */
export interface UnitDef {
  form: string;
  unit: string;
  kind: MentionKind;
  cn: boolean;
  special?: 'year' | 'month' | 'skip';
  ascii?: boolean;
}

function defs(): UnitDef[] {
  const out: UnitDef[] = [];
  for (const f of MONEY) out.push({ form: f, unit: f, kind: 'money', cn: true });
  out.push({ form: '%', unit: '%', kind: 'percent', cn: false });
  out.push({ form: '％', unit: '%', kind: 'percent', cn: false });
  out.push({ form: '个百分点', unit: '个百分点', kind: 'points', cn: true });
  out.push({ form: '百分点', unit: '个百分点', kind: 'points', cn: true });
  for (const f of COUNT_CN) out.push({ form: f, unit: f, kind: 'count', cn: true });
  for (const f of COUNT_ARABIC_ONLY) out.push({ form: f, unit: f, kind: 'count', cn: false });
  for (const f of QUANTITY_CN) out.push({ form: f, unit: f, kind: 'quantity', cn: true });
  for (const f of QUANTITY_ARABIC_ONLY) out.push({ form: f, unit: f, kind: 'quantity', cn: false });
  for (const f of ASCII_UNITS) out.push({ form: f, unit: f, kind: 'quantity', cn: false, ascii: true });
  out.push({ form: '年', unit: '年', kind: 'quantity', cn: true, special: 'year' });
  out.push({ form: '月', unit: '月', kind: 'quantity', cn: false, special: 'month' });
  out.push({ form: '月份', unit: '月', kind: 'quantity', cn: false, special: 'skip' });
  for (const f of ['日', '号', '页']) out.push({ form: f, unit: f, kind: 'plain', cn: true, special: 'skip' });
  for (const f of ['月', '月份']) out.push({ form: f, unit: '月', kind: 'plain', cn: true, special: 'skip' });
  return out;
}

const DEFS = defs();

/** Unit forms by first character, longest first, so 个百分点 wins over 个 and 万元 over 万. */
export const UNIT_INDEX: ReadonlyMap<string, readonly UnitDef[]> = (() => {
  const map = new Map<string, UnitDef[]>();
  for (const d of DEFS) {
    const key = d.form.charAt(0);
    const list = map.get(key) ?? [];
    list.push(d);
    map.set(key, list);
  }
  // Longest form first; for the same form the Arabic-only entry (月 in a table) comes first.
  for (const list of map.values()) list.sort((a, b) => b.form.length - a.form.length || Number(a.cn) - Number(b.cn));
  return map;
})();

/** Every unit form the extractor reads, longest first (for the words right after a figure). */
export const UNIT_FORMS: readonly string[] = [...new Set(DEFS.filter((d) => d.special !== 'skip').map((d) => d.form))].sort((a, b) => b.length - a.length);

const FORMS = new Set(DEFS.map((d) => d.form));
/** Any word the extractor reads as a unit, dates and pages included (日, 号, 页). */
export function isUnitWord(word: string): boolean {
  return FORMS.has(word);
}

const KIND_OF = new Map<string, MentionKind>();
for (const d of DEFS) if (d.special !== 'skip' && !KIND_OF.has(d.unit)) KIND_OF.set(d.unit, d.kind);

/**
 * A unit as a base unit and a power of ten: 万元 is 元·10⁴, and a data file's 万亩 or 万人次 is
 * 亩·10⁴ or 人次·10⁴, as the extractor reads 3.5万亩 (35000 亩). A unit that is a word of its own
 * (千克, 千瓦时) is never split.
 */
function scaled(unit: string): { base: string; power: number } {
  const money = MONEY_SCALE[unit];
  if (money !== undefined) return { base: '元', power: money };
  if (KIND_OF.has(unit)) return { base: unit, power: 0 };
  for (const prefix of SCALE_WORDS) {
    const base = unit.slice(prefix.length);
    if (unit.startsWith(prefix) && KIND_OF.has(base)) return { base, power: ARABIC_SCALES[prefix] ?? 0 };
  }
  return { base: unit, power: 0 };
}
/**
 * Facts written before this list was one counted 年 (连续N年) among counts; the measure-word rule
 * of the extractor reads it as a duration. Kept a count for facts so drafts read as they did.
 */
const FACT_COUNTS = new Set(['年']);

/** What kind of quantity a unit names: money, percent, points, count (a measure word) or quantity. */
export function unitKind(unit: string): Exclude<MentionKind, 'rank' | 'plain'> {
  if (unit === '％') return 'percent';
  const k = KIND_OF.get(unit) ?? KIND_OF.get(scaled(unit).base);
  return k === undefined || k === 'rank' || k === 'plain' ? 'quantity' : k;
}

/** The kind a fact takes for its unit (facts have no 'points': a change in points is a quantity). */
export function factKindOfUnit(unit: string): 'money' | 'percent' | 'count' | 'quantity' {
  if (FACT_COUNTS.has(unit)) return 'count';
  const k = unitKind(unit);
  return k === 'points' ? 'quantity' : k;
}

export function isMoneyUnit(unit: string): boolean {
  return MONEY_SCALE[unit] !== undefined;
}

/**
 * Units a figure can be restated in for binding: money converts between its scales (31亿元 =
 * 310000万元); counts match each other (16个 and 16家 name the same platforms in two places of
 * one report) except ranks (位); 个月 and 月 are one; everything else only matches itself.
 */
export function bindFamily(given: string): string {
  if (isMoneyUnit(given)) return 'money';
  const unit = scaled(given).base;
  if (unit === '%' || unit === '％') return 'percent';
  if (unit === '个百分点' || unit === '百分点') return 'points';
  if (unit === '个月') return '月';
  // 名 counts people (编制62名, 人才36名); a rank said with it (第3名) is read as a rank, not by its unit.
  // …but a count of visits (人次, 户次, 车次) is not a count of those visited: 158名学生, 3,160人次.
  if (factKindOfUnit(unit) === 'count' && unit !== '位') return unit.length > 1 && unit.endsWith('次') ? 'count-times' : 'count';
  return unit;
}

/** The digits of a number that cannot be a scale's zeros (25289.95 → 2528995, 3600 → 36): how many tell figures apart. */
export function significantDigits(value: string): string {
  return value.replace(/^[-+]?0*|[.]/gu, '').replace(/0+$/u, '');
}

/** Power of ten that turns an amount in `from` into `to` (万元 → 亿元: −4), or undefined when they do not convert. */
export function conversionPower(from: string, to: string): number | undefined {
  if (from === to) return 0;
  if (bindFamily(from) !== bindFamily(to)) return undefined;
  return scaled(from).power - scaled(to).power;
}

/** Factor that turns an amount in `from` into `to` (万元 → 亿元: 0.0001), or undefined when they do not convert. */
export function conversion(from: string, to: string): Dec | undefined {
  const p = conversionPower(from, to);
  return p === undefined ? undefined : new Dec(10).pow(p);
}

/** Whether a measure word counts people (12名, 3.5万人): 二十一个 of townships is never a count of them. */
export function countsPeople(unit: string): boolean {
  const base = scaled(unit).base;
  return base === '人' || base === '名';
}

/** Compatible when the units convert, or the mention carries no unit at all. */
export function compatible(mentionUnit: string, factUnit: string): boolean {
  if (mentionUnit === '') return true;
  return conversionPower(factUnit, mentionUnit) !== undefined;
}

/**
 * Figures compared inside a text (sums, rates, conflicts) must be of one family: money in any
 * scale, percent, points, or one measure word or unit exactly ('count:家', 'qty:个月').
 */
export function relationFamily(kind: MentionKind, unit: string): string | undefined {
  if (kind === 'money') return isMoneyUnit(unit) ? 'money' : undefined;
  if (kind === 'percent') return '%';
  if (kind === 'points') return 'points';
  if (kind === 'count') return `count:${unit}`;
  if (kind === 'quantity') return `qty:${unit}`;
  return undefined;
}

// ---- words that change what a figure means -------------------------------------------------

export interface ApproxWord {
  word: string;
  approx: Approx;
  /** 近/将近/接近: the figure is close below, not anywhere below. */
  near?: boolean;
}

/** Before the number. Longest first (matching is by suffix of the text before the number). */
export const APPROX_BEFORE: readonly ApproxWord[] = [
  { word: '不少于', approx: 'more' }, { word: '不低于', approx: 'more' }, { word: '不小于', approx: 'more' },
  { word: '不超过', approx: 'less' }, { word: '不高于', approx: 'less' }, { word: '不大于', approx: 'less' },
  { word: '不多于', approx: 'less' },
  { word: '超过', approx: 'more' }, { word: '超出', approx: 'more' }, { word: '多于', approx: 'more' },
  { word: '高于', approx: 'more' }, { word: '大于', approx: 'more' }, { word: '至少', approx: 'more' },
  { word: '将近', approx: 'less', near: true }, { word: '接近', approx: 'less', near: true },
  { word: '不到', approx: 'less' }, { word: '不足', approx: 'less' }, { word: '低于', approx: 'less' },
  { word: '少于', approx: 'less' }, { word: '小于', approx: 'less' }, { word: '最多', approx: 'less' },
  { word: '至多', approx: 'less' },
  { word: '大约', approx: 'about' }, { word: '约为', approx: 'about' }, { word: '大概', approx: 'about' },
  { word: '大致', approx: 'about' },
  { word: '>=', approx: 'more' }, { word: '<=', approx: 'less' },
  { word: '超', approx: 'more' }, { word: '逾', approx: 'more' }, { word: '近', approx: 'less', near: true },
  { word: '约', approx: 'about' },
  { word: '≥', approx: 'more' }, { word: '⩾', approx: 'more' }, { word: '≧', approx: 'more' },
  { word: '>', approx: 'more' }, { word: '＞', approx: 'more' },
  { word: '≤', approx: 'less' }, { word: '⩽', approx: 'less' }, { word: '≦', approx: 'less' },
  { word: '<', approx: 'less' }, { word: '＜', approx: 'less' },
];

/**
 * A one-character approximation word is part of another word when preceded by these
 * (制约, 节约, 最近, 附近, 赶超): then it is not an approximation.
 */
export const APPROX_SINGLE_BLOCKERS: Readonly<Record<string, string>> = {
  约: '制节签合契预邀公条履违守特集相简婚和大',
  超: '赶高',
  近: '最附就邻亲靠临贴逼将接远新',
};

/** After the unit. */
export const APPROX_AFTER: readonly ApproxWord[] = [
  { word: '及以上', approx: 'more' }, { word: '以上', approx: 'more' },
  { word: '及以下', approx: 'less' }, { word: '以下', approx: 'less' }, { word: '以内', approx: 'less' },
  { word: '左右', approx: 'about' },
];

/** Between the number and its unit (2000余家, 130多个): more than the number. */
export const APPROX_INFIX = ['余', '多'] as const;

/** Change verbs directly before the figure (增长22%, 减少26.4万元, 前进14位). 达到 is not one. */
export const CHANGE_WORDS: readonly { word: string; change: Change }[] = [
  { word: '增长', change: 'increase' }, { word: '增加', change: 'increase' }, { word: '增幅', change: 'increase' },
  { word: '增速', change: 'increase' }, { word: '上升', change: 'increase' }, { word: '提升', change: 'increase' },
  { word: '提高', change: 'increase' }, { word: '调增', change: 'increase' }, { word: '净增', change: 'increase' },
  { word: '追加', change: 'increase' }, { word: '前进', change: 'increase' }, { word: '进步', change: 'increase' },
  { word: '扩大', change: 'increase' },
  { word: '减少', change: 'decrease' }, { word: '下降', change: 'decrease' }, { word: '降低', change: 'decrease' },
  { word: '降幅', change: 'decrease' }, { word: '减幅', change: 'decrease' }, { word: '压减', change: 'decrease' },
  { word: '调减', change: 'decrease' }, { word: '核减', change: 'decrease' }, { word: '缩减', change: 'decrease' },
  { word: '削减', change: 'decrease' }, { word: '下滑', change: 'decrease' }, { word: '回落', change: 'decrease' },
  { word: '后退', change: 'decrease' }, { word: '退步', change: 'decrease' },
];
/**
 * Spoken change words, a change only right before 了 and the figure (今年多了6.22万元, 少了3人): 多 and
 * 少 alone are 最多, 至少, 2000多家. Kept out of CHANGE_WORDS, which other readings match as words anywhere.
 */
export const SPOKEN_CHANGE: ReadonlyMap<string, Change> = new Map([['多', 'increase'], ['少', 'decrease']]);
/** May stand between a change verb and its figure (增长了22%, 增幅为5%, 增速达6%). */
export const CHANGE_LINKS = '了为达';

export function changeWords(change: Change): string[] {
  return CHANGE_WORDS.filter((w) => w.change === change).map((w) => w.word);
}

/**
 * Whether a target was met, said beside the figures (实际完成16个，超额完成年度目标): the LLM lock keeps
 * them in the sentence of their figures. Longest first.
 */
export const OUTCOME_WORDS: readonly { word: string; outcome: 'exceeded' | 'unmet' }[] = [
  { word: '超额完成', outcome: 'exceeded' }, { word: '未能完成', outcome: 'unmet' }, { word: '没有完成', outcome: 'unmet' },
  { word: '未完成', outcome: 'unmet' }, { word: '未达到', outcome: 'unmet' }, { word: '未达', outcome: 'unmet' }, { word: '超额', outcome: 'exceeded' },
];
