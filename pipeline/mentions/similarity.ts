/**
 * What a subject names, and how alike two subjects are: the one place that knows which words say
 * who (全市, the reporting unit), when (全年, 截至), or only link a subject to its figure (达到, 为),
 * and which words change what is measured (以上, 新增, 年初…).
 *
 * Two views of one subject serve two questions:
 * - `metricCore` for "is this figure that fact?": every word that qualifies any metric is dropped,
 *   on both sides, and the rest is compared by character bigrams (`subjectSimilarity`).
 * - `normalizeSubject` + `sameMetric` for "do these two figures state the same metric?": owners,
 *   dates and linking words go, but the words that change the metric must agree.
 */

/** Who: the area or the reporting body, generically (全市, 我局, 本单位). */
const OWNER_WORDS = ['全市', '全区', '全县', '全省', '全国', '我市', '我区', '我县', '我局', '本局', '本部门', '本单位', '市本级', '全局'];
/**
 * An administrative name before the metric (某某市…, 某某县…, 某某自治州…): two or more
 * characters ending in a division word, followed by at least two more characters of subject.
 */
const ADMIN_PREFIX = /^[\u4e00-\u9fff]{2,8}?(?<![上城超园社景辖山片街校发新贸范验能护老灾专分郊商集夜])(?:自治区|自治州|自治县|特别行政区|省|市|区|县|州|旗|盟)(?![级内外域])(?=[\u4e00-\u9fff]{2})/u;
/** "某某区科工信局全年预算金额": the unit that reports is not part of the metric. */
const AGENCY_PREFIX = /^[\u4e00-\u9fff]{2,10}?局(?=[\u4e00-\u9fff]{2})/u;
/** When: words that place a figure in time without changing what it measures. */
const TIME_WORDS = ['全年', '年度', '本年', '当年', '年末', '年底', '截至', '截止', '目前'];
/** Linking words between a subject and its figure. */
const LINK_WORDS = ['累计', '共计', '合计', '总计', '达到', '达', '为', '实现', '完成', '其中', '共', '约', '超过', '超', '以上', '左右', '的', '了', '实际'];

/** An area before 水平 or 平均 is what the figure is compared with (相当于全省水平), not whose it is. */
const COMPARED = '(?!平均|水平)';

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Filler for the binder: any word that qualifies a metric without naming it, dropped wherever it
 * stands, with punctuation. Areas come first so 全市 goes before 市 could be read on its own.
 */
const FILLER = new RegExp(
  `${[...TIME_WORDS.slice(0, 4).map(escape), ...OWNER_WORDS.slice(0, 4).map((w) => `${escape(w)}${COMPARED}`), ...[...LINK_WORDS, ...TIME_WORDS.slice(4)].map(escape)].join('|')}|[\\s"“”‘’《》（）()、，,：:；;。/|·]`,
  'gu',
);

/** The words of a subject that name the metric, for comparing it with a fact's label. */
export function metricCore(text: string): string {
  // A name in quotes (“2024年科技发展专项资金”) says whose, not what: the metric is outside it.
  const unquoted = text.replace(/“[^”]{2,}”/gu, '');
  return unquoted.replace(FILLER, '') || text.replace(FILLER, '');
}

export function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const chars = [...text];
  if (chars.length === 1) grams.set(chars[0] ?? '', 1);
  for (let i = 0; i + 1 < chars.length; i += 1) {
    const g = `${chars[i]}${chars[i + 1]}`;
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient of two bigram multisets. */
export function dice(a: Map<string, number>, b: Map<string, number>): number {
  let total = 0;
  let shared = 0;
  for (const n of a.values()) total += n;
  for (const n of b.values()) total += n;
  if (total === 0) return 0;
  for (const [g, n] of a) shared += Math.min(n, b.get(g) ?? 0);
  return (2 * shared) / total;
}

/**
 * Similarity of a subject to a label: the Dice score, raised to 0.9 when one ends with the other
 * and the shorter has at least four characters (国家高新技术企业总数 ends with 高新技术企业总数).
 */
export function subjectSimilarity(subject: string, subjectGrams: Map<string, number>, label: string, labelGrams: Map<string, number>): number {
  if (subject === '' || label === '') return 0;
  const shorter = subject.length <= label.length ? subject : label;
  const longer = shorter === subject ? label : subject;
  // The metric noun ends a Chinese subject (某区…全年预算金额, 年末实有在职人数): a label the
  // subject ends with is the subject's metric; one buried inside it (…结转结余指标) need not be.
  if (shorter.length >= 4 && longer.endsWith(shorter)) return Math.max(0.9, dice(subjectGrams, labelGrams));
  return dice(subjectGrams, labelGrams);
}

// ---- same metric ------------------------------------------------------------------------------

const OWNER_PREFIX = new RegExp(`^(?:${OWNER_WORDS.map(escape).join('|')})`, 'u');
const LEADING_VERB = /^(?:该|此|本|上述|以上|完成|实现|共有|共计|累计完成|全年共|年末|其中|包括|另有|发放)(?=[\u4e00-\u9fff]{3})/u;
/** 全年, 本年… say when, not what, except before the budget words (全年预算 is not 年初预算). */
const LEADING_TIME = /^(?:本年度|全年|本年|当年|年内)(?!预算(?!执行率)|执行|支出|决算|收入|结余|结转)/u;
const TRAILING = /(?:达到|达|为|共|共计|合计|约|超|在|已|了|是|有)$/u;
const SUFFIX = /(?:金额|数额|总额|总数|数|额)$/u;

/** Words that change what is measured: two subjects differing in one are different metrics. */
const QUALIFIERS = [
  '以上', '以下', '省级', '市级', '区级', '县级', '国家级', '新增', '累计', '净增', '年初', '全年', '上年', '本年',
  '当年', '预算', '执行', '决算', '结转', '结余', '人均', '万人', '占比', '比重', '增长', '增速', '同比', '增加值',
  '强度', '总量', '余额', '收入', '支出', '基本', '项目', '人员', '公用', '在职', '退休', '编制',
  // 城市 and 农村 最低生活保障金, 公务用车购置及运行维护费 and 公务用车运行维护费: other items of one list.
  '城市', '城镇', '农村', '购置',
  // 生均公用经费 is per pupil, 公用经费 the whole: averages of every kind, as 人均 above.
  '生均', '户均', '亩均', '床均', '校均', '村均', '平均',
];

export interface SubjectOptions {
  /** Names of the reporting unit (its full name, short name, the area it belongs to): who, not what. */
  readonly owners?: readonly string[] | undefined;
}

/** Owner names of two characters or more, longest first, kept per list: a document asks with the same list for every subject. */
const sortedOwners = new WeakMap<readonly string[], readonly string[]>();

function longestFirst(owners: readonly string[]): readonly string[] {
  let sorted = sortedOwners.get(owners);
  if (sorted === undefined) {
    sorted = owners.filter((o) => o.length >= 2).sort((a, b) => b.length - a.length);
    sortedOwners.set(owners, sorted);
  }
  return sorted;
}

/** The longest owner name `s` opens with, when at least two characters of subject follow it. */
function ownerOpening(s: string, owners: readonly string[]): string | undefined {
  for (const o of owners) if (s.startsWith(o) && s.length > o.length + 1) return o;
  return undefined;
}

/** The metric a subject names: owners, dates, markers and linking words removed. */
export function normalizeSubject(raw: string, options: SubjectOptions = {}): string {
  let s = raw.replace(/\*\*/gu, '').replace(/[\s“”‘’"'《》「」『』（）()【】<>〈〉]/gu, '');
  s = s.replace(/^(?:\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}[、是])/u, '');
  s = s.replace(/^(?:截至|截止)/u, '');
  // 2024年初 → 年初; other years and dates go.
  s = s.replace(/\d{4}年度?(?=初|末|底)/gu, '年');
  s = s.replace(/\d{4}(?:[-—至]\d{4})?年度?(?:\d{1,2}月(?:\d{1,2}日)?)?/gu, '');
  s = s.replace(/^[，,、：:]+/u, '');
  const owners = options.owners === undefined ? [] : longestFirst(options.owners);
  for (let guard = 0; guard < 4; guard++) {
    const before = s;
    const owner = ownerOpening(s, owners);
    if (owner) s = s.slice(owner.length);
    s = s.replace(OWNER_PREFIX, '').replace(ADMIN_PREFIX, '').replace(AGENCY_PREFIX, '').replace(LEADING_TIME, '').replace(LEADING_VERB, '').replace(TRAILING, '');
    if (s === before) break;
  }
  // 退休人数 and 退休人员, 在职人数 and 在职人员 count the same people.
  s = s.replace(/人数$/u, '人员');
  if (s.length > 3) s = s.replace(SUFFIX, '');
  return s;
}

/** The area or body words a subject names (全省, 全市, 本单位): two subjects of different owners are two metrics. */
export function ownerWords(raw: string): Set<string> {
  return new Set(OWNER_WORDS.filter((w) => raw.includes(w)));
}

/** Where the character (code point, or a lone surrogate) at `i` ends. */
function charEnd(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return i + 2;
  }
  return i + 1;
}

function bigramSet(s: string): Set<string> {
  // Pairs of characters cut from the text: spreading it would make a string of every Chinese character.
  const out = new Set<string>();
  let a = 0;
  let b = charEnd(s, 0);
  while (b < s.length) {
    const c = charEnd(s, b);
    out.add(s.slice(a, c));
    a = b;
    b = c;
  }
  return out;
}

function qualifiersOf(s: string): Set<string> {
  const out = new Set<string>();
  for (const q of QUALIFIERS) if (s.includes(q)) out.add(q);
  return out;
}

export interface SubjectKey {
  readonly text: string;
  readonly grams: Set<string>;
  readonly qualifiers: Set<string>;
}

export function subjectKey(normalized: string): SubjectKey {
  return { text: normalized, grams: bigramSet(normalized), qualifiers: qualifiersOf(normalized) };
}

/** Numerals and ordinals one character long that tell items apart: 一级 and 二级, 甲类 and 乙类. */
const ORDINAL = /^[一二三四五六七八九十甲乙丙丁0-9]$/u;

/**
 * Two names alike but for one word put in the other's place, at the same point and no longer or
 * shorter: 生活补贴覆盖人数 and 护理补贴覆盖人数, 一级残疾人数 and 二级残疾人数. They name sibling items,
 * not one metric worded two ways (which adds or drops words: 入库数量, 评价入库数量).
 */
function siblings(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let p = 0;
  while (p < a.length && a[p] === b[p]) p++;
  let q = 0;
  while (q < a.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  const x = a.slice(p, a.length - q);
  const y = b.slice(p, b.length - q);
  if (p + q === 0 || !/^[\u4e00-\u9fff0-9]+$/u.test(x) || !/^[\u4e00-\u9fff0-9]+$/u.test(y)) return false;
  return x.length >= 2 || (ORDINAL.test(x) && ORDINAL.test(y));
}

/**
 * Same metric: Dice similarity of bigrams ≥ 0.7, or one subject (of six bigrams or more) almost
 * wholly inside the other; and the same qualifiers.
 */
export function sameMetric(a: SubjectKey, b: SubjectKey): boolean {
  if (a.text === b.text) return true;
  if (siblings(a.text, b.text)) return false;
  if (a.qualifiers.size !== b.qualifiers.size) return false;
  for (const q of a.qualifiers) if (!b.qualifiers.has(q)) return false;
  let common = 0;
  for (const g of a.grams) if (b.grams.has(g)) common++;
  const na = a.grams.size;
  const nb = b.grams.size;
  if (na === 0 || nb === 0) return false;
  const d = (2 * common) / (na + nb);
  if (d >= 0.7) return true;
  const small = Math.min(na, nb);
  return small >= 6 && common / small >= 0.85;
}

/**
 * The reporting unit's names a report or data file gives (its title's unit, meta.unit, shortName):
 * each with the area it is under (某某市科学技术局 → 某某市, 某某).
 */
export function ownerNames(names: readonly (string | undefined)[]): string[] {
  const out = new Set<string>();
  for (const n of names) {
    if (n === undefined || n.trim().length < 2) continue;
    const name = n.trim();
    out.add(name);
    const area = /^([\u4e00-\u9fff]{2,8}?)(自治区|自治州|自治县|省|市|区|县|州|旗|盟)/u.exec(name);
    if (area?.[1] !== undefined && area[2] !== undefined) {
      out.add(`${area[1]}${area[2]}`);
      out.add(area[1]);
    }
  }
  return [...out];
}
