/**
 * Telling whether two figures quantify the same metric, from the words before them. Subjects
 * are normalised (years, owners, linking verbs and 数/金额 suffixes dropped), then compared by
 * character bigrams; words that change the metric (以上, 新增, 年初, 全年, 占比…) must agree.
 */

const OWNER_PREFIX = /^(?:全市|全区|全县|全省|全国|我市|我区|我县|我局|本局|本部门|本单位|市本级|全局|株洲市|株洲)/u;
/** "芦淞区科工信局全年预算金额": the unit that reports is not part of the metric. */
const AGENCY_PREFIX = /^[\u4e00-\u9fff]{2,10}?局(?=[\u4e00-\u9fff]{2})/u;
const LEADING_VERB = /^(?:该|此|本|上述|以上|完成|实现|共有|共计|累计完成|全年共|年末|其中|包括|另有|发放)(?=[\u4e00-\u9fff]{3})/u;
/** 全年, 本年… say when, not what, except before the budget words (全年预算 is not 年初预算). */
const LEADING_TIME = /^(?:全年|本年|当年|年内|本年度)(?!预算|执行|支出|决算|收入|结余|结转)/u;
const TRAILING = /(?:达到|达|为|共|共计|合计|约|超|在|已|了|是|有)$/u;
const SUFFIX = /(?:金额|数额|总额|总数|数|额)$/u;

/** Words that change what is measured: two subjects differing in one are different metrics. */
const QUALIFIERS = [
  '以上', '以下', '省级', '市级', '区级', '县级', '国家级', '新增', '累计', '净增', '年初', '全年', '上年', '本年',
  '当年', '预算', '执行', '决算', '结转', '结余', '人均', '万人', '占比', '比重', '增长', '增速', '同比', '增加值',
  '强度', '总量', '余额', '收入', '支出', '基本', '项目', '人员', '公用', '在职', '退休', '编制',
];

export function normalizeSubject(raw: string): string {
  let s = raw.replace(/\*\*/gu, '').replace(/[\s“”‘’"'《》「」『』（）()【】<>〈〉]/gu, '');
  s = s.replace(/^(?:\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}[、是])/u, '');
  s = s.replace(/^(?:截至|截止)/u, '');
  // 2024年初 → 年初; other years and dates go.
  s = s.replace(/\d{4}年度?(?=初|末|底)/gu, '年');
  s = s.replace(/\d{4}(?:[-—至]\d{4})?年度?(?:\d{1,2}月(?:\d{1,2}日)?)?/gu, '');
  s = s.replace(/^[，,、：:]+/u, '');
  for (let guard = 0; guard < 4; guard++) {
    const before = s;
    s = s.replace(OWNER_PREFIX, '').replace(AGENCY_PREFIX, '').replace(LEADING_TIME, '').replace(LEADING_VERB, '').replace(TRAILING, '');
    if (s === before) break;
  }
  if (s.length > 3) s = s.replace(SUFFIX, '');
  return s;
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  const chars = [...s];
  for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i] ?? ''}${chars[i + 1] ?? ''}`);
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
  return { text: normalized, grams: bigrams(normalized), qualifiers: qualifiersOf(normalized) };
}

/**
 * Same metric: Dice similarity of bigrams ≥ 0.7, or one subject (of six bigrams or more) almost
 * wholly inside the other; and the same qualifiers.
 */
export function sameMetric(a: SubjectKey, b: SubjectKey): boolean {
  if (a.text === b.text) return true;
  if (a.qualifiers.size !== b.qualifiers.size) return false;
  for (const q of a.qualifiers) if (!b.qualifiers.has(q)) return false;
  let common = 0;
  for (const g of a.grams) if (b.grams.has(g)) common++;
  const na = a.grams.size;
  const nb = b.grams.size;
  if (na === 0 || nb === 0) return false;
  const dice = (2 * common) / (na + nb);
  if (dice >= 0.7) return true;
  const small = Math.min(na, nb);
  return small >= 6 && common / small >= 0.85;
}
