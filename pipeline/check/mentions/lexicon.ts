/**
 * Word lists the extractor relies on. Kept together so a reviewer can see every word that
 * turns a number into a figure, an approximation, a change, or a name.
 */
import type { Approx, MentionKind } from './index.js';

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

const MONEY = ['元', '千元', '万元', '百万元', '千万元', '亿元', '万亿元'];

/** Measure words (kind count). Second list: only after Arabic digits. */
const COUNT_CN = [
  '家', '项', '个', '人', '名', '件', '份', '场次', '场', '批次', '批', '支', '次', '所', '位', '篇', '台',
  '套', '户', '座', '条', '部', '种', '类', '款', '本', '册', '间', '处', '块', '辆', '架', '艘', '枚', '张',
  '栋', '幢', '组', '队', '人次', '户次', '家次', '项次', '篇次', '例', '起', '宗', '笔', '轮', '层', '课时', '学时',
];
const COUNT_ARABIC_ONLY = ['期', '届', '门'];

/** Other units (kind quantity). Second list: only after Arabic digits. */
const QUANTITY_CN = [
  '个月', '个工作日', '工作日', '天', '周', '小时', '倍', '平方米', '平米', '平方公里', '平方千米', '公里', '千米',
  '公顷', '亩', '吨', '千克', '公斤', '千瓦时', '千瓦', '兆瓦', '立方米', '岁', '个季度', '分钟',
];
const QUANTITY_ARABIC_ONLY = ['分', '米', '㎡', '‰', '秒'];
const ASCII_UNITS = ['kWh', 'kW', 'MWh', 'MW', 'kV', 'km', 'kg', 'GB', 'TB', 'MB', 'Hz', 'mm', 'cm', 't', 'm'];

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

/** Unit forms by first character, longest first, so 个百分点 wins over 个 and 万元 over 万. */
export const UNIT_INDEX: ReadonlyMap<string, readonly UnitDef[]> = (() => {
  const map = new Map<string, UnitDef[]>();
  for (const d of defs()) {
    const key = d.form.charAt(0);
    const list = map.get(key) ?? [];
    list.push(d);
    map.set(key, list);
  }
  // Longest form first; for the same form the Arabic-only entry (月 in a table) comes first.
  for (const list of map.values()) list.sort((a, b) => b.form.length - a.form.length || Number(a.cn) - Number(b.cn));
  return map;
})();

/** Scale characters that may follow Arabic digits before a unit (3万人, 1.2亿, 5千万元). */
export const ARABIC_SCALES: Readonly<Record<string, number>> = { 千: 3, 万: 4, 百万: 6, 千万: 7, 亿: 8, 万亿: 12 };

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

/** Change verbs directly before the figure (增长22%, 减少26.4万元, 前进14位). 达到 is not one. */
export const CHANGE_WORDS: readonly { word: string; change: 'increase' | 'decrease' }[] = [
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
/** May stand between a change verb and its figure (增长了22%, 增幅为5%, 增速达6%). */
export const CHANGE_LINKS = '了为达';

/**
 * Names with a Chinese digit that a measure-word rule would take for a count (三个高地 reads
 * like "three highlands"). Slogans are open-ended; these are the ones met in the seeds and the
 * common national ones. Quoted slogans (“七个有新作为”) are caught by a rule, not this list.
 */
export const CN_NAMES: readonly string[] = [
  '三个高地', '七个有新作为', '两个维护', '两个确立', '四个意识', '四个自信', '四个全面', '三个代表', '五位一体',
  '三位一体', '八项规定', '一票否决', '十四五', '十三五', '十五五', '三高四新', '八大行动', '五链融合', '三供一业',
];

/** A Chinese numeral right after these is vague (几十, 数百, 若干): not a figure. (上百, 成千 start with a scale.) */
export const CN_VAGUE_BEFORE = '几数若';

/** Openers after which a short quoted Chinese numeral phrase is a name (“七个有新作为”). */
export const QUOTE_PAIRS: Readonly<Record<string, string>> = { '“': '”', '「': '」', '『': '』', '‘': '’', '"': '"', '《': '》' };

/** Words after which the digits are a label, not a figure (附件3, 附件 1-3). */
export const LABEL_BEFORE = ['附件', '附表', '附图'];

/** A 前 that is part of these words is not the 前 of 前5名 (目前, 此前, 提前). */
export const QIAN_BLOCKERS = '目此之以提当空事会年月日门面眼跟生从先向超';
