/**
 * Claims: what a sentence asserts in words that the data can confirm or deny — beside its figures,
 * or with them. 无结余结转 says a balance is zero; 资金已全部执行 that nothing is left; 超额完成年度目标
 * that an indicator beat its target; 比上年有所增加 a direction; 低于预算 a comparison; 居全省第二 a rank;
 * 自评等级为“优” a grade; 两项指标未完成 a count in words; 超2000家 an interval. This module only reads
 * them (the words, where they stand, what they say); binding them to facts and judging them is the
 * checker's (check/claims.ts), and `update` and `check` both use it. Every word list of claims is here;
 * direction verbs come from units.ts.
 */
import type { Mention } from './types.js';
import { metricResidue } from './frame.js';
import { CHANGE_WORDS, type Change } from './units.js';

/** How an indicator (or a task) ended, as the words say. */
export type Verdict = 'exceeded' | 'met' | 'unmet' | 'partly';
export type Direction = Change | 'flat';
export type Relation = 'above' | 'below' | 'not-above' | 'equal';
/** What a comparison is made against: the target, the budget (年初 or 全年 if said), last year. */
export type Base = 'target' | 'budget' | 'initial-budget' | 'whole-budget' | 'prior';
export type Grade = '优' | '良' | '中' | '差';

interface Place {
  /** The claim's words as written (无结余结转, 资金已全部执行, 居全省第二, 两项). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Start of its sentence piece (after the last 。；！？ or line break): it speaks of what the piece names before it. */
  readonly pieceStart: number;
  /**
   * Where the figures it may speak of begin: its piece; or its paragraph, when the piece states no
   * figure and names nothing before it (预算资金执行完毕，未形成结余 after the sentence of the budget).
   */
  readonly contextStart: number;
  /** End of its clause (the next ，、。；…): a name may follow the words (未发生公务接待费支出). */
  readonly clauseEnd: number;
}

export type Claim = Place &
  (
    | { readonly kind: 'amount'; readonly topic: 'balance' | 'spending' | 'initial'; readonly zero: boolean }
    | { readonly kind: 'spent'; readonly all: boolean }
    | { readonly kind: 'verdict'; readonly verdict: Verdict }
    | { readonly kind: 'every'; readonly set: 'indicators'; readonly group?: string | undefined }
    | { readonly kind: 'every'; readonly set: 'projects'; readonly test: 'no-balance' | 'spent' }
    | { readonly kind: 'direction'; readonly direction: Direction; readonly mention?: Mention | undefined }
    | { readonly kind: 'compare'; readonly relation: Relation; readonly base: Base }
    | { readonly kind: 'rank'; readonly mention: Mention }
    | { readonly kind: 'grade'; readonly grade: Grade }
    | { readonly kind: 'count'; readonly mention: Mention; readonly set: 'indicators' | 'projects'; readonly group?: string | undefined; readonly status?: 'met' | 'unmet' | 'exceeded' | undefined }
    | { readonly kind: 'approx'; readonly mention: Mention }
  );

export type ClaimKind = Claim['kind'];

// ---- the words ---------------------------------------------------------------------------------

/** A balance: what is left of the budget at the year's end. */
const BALANCE = '(?:结余结转|结转结余|结余|结转)(?:资金)?';
/** Words that deny (无结余, 未发生). */
const NONE = '(?:无|没有|未形成|未产生|不存在|未发生)';
/** Words that affirm (有结余, 形成结余). 没有 / 未形成 are caught by the look-behind. */
const SOME = '(?<![没未无不所具享拥现])(?:有|存在|形成|产生)(?:少量|部分|一定|少许)?';
const SPEND_VERB = '(?:执行|支出|使用|拨付|用完)';
const ALL = '(?:全部|全额|足额)';
/** The one-level groups of indicators a report names (产出指标…). */
const LEVEL1 = '(?:产出|效益|满意度|成本)';
/** Words after which a figure-less claim is an aim or a condition, not a statement of what happened. */
const NOT_ASSERTED = /如有|若有|如果|假如|倘若|一旦|避免|防止|杜绝|确保|力争|争取|(?<!模)拟|应当|必须|不得|是否/u;
const TARGET_WORD = '(?:年度|全年|预期|预定|既定|计划)?(?:绩效)?(?:目标值|指标值|目标任务|目标|任务数|任务|预期)';

/** The words that deny a verdict verb (未完成, 没达到, 尚未达标), the longest first. */
const DENIALS = ['还没有', '未能', '没有', '没能', '尚未', '还未', '还没', '并未', '均未', '没', '未'];
/** The verbs of a met target; 完成 and 达标 may end a clause alone (…，未完成。). */
const MET_VERBS = [{ verb: '完成', bare: true }, { verb: '实现' }, { verb: '达到' }, { verb: '达成' }, { verb: '达标', bare: true }];

/** Verdict words, the longest first; `bare` ones may stand alone at a clause's end. */
const VERDICTS: readonly { word: string; verdict: Verdict; bare?: boolean }[] = [
  { word: '超额完成', verdict: 'exceeded', bare: true }, { word: '超额实现', verdict: 'exceeded' }, { word: '超额达成', verdict: 'exceeded' },
  ...DENIALS.flatMap((no) => MET_VERBS.map((v) => ({ word: `${no}${v.verb}`, verdict: 'unmet' as const, ...(v.bare ? { bare: true } : {}) }))),
  { word: '基本完成', verdict: 'partly', bare: true }, { word: '基本实现', verdict: 'partly' }, { word: '基本达到', verdict: 'partly' }, { word: '基本达成', verdict: 'partly' },
  { word: '部分完成', verdict: 'partly' },
  { word: '完成', verdict: 'met' }, { word: '达到', verdict: 'met' }, { word: '实现', verdict: 'met' }, { word: '达成', verdict: 'met' },
  { word: '达标', verdict: 'met', bare: true },
];
const VERDICT_OF = new Map(VERDICTS.map((v) => [v.word, v.verdict]));
const VERDICT_WORDS = VERDICTS.map((v) => v.word).join('|');
const BARE_WORDS = VERDICTS.filter((v) => v.bare).map((v) => v.word).join('|');

/** Direction verbs (units.ts) and 持平. */
const DIRECTION_WORDS = [...CHANGE_WORDS.map((w) => w.word), '持平'].sort((a, b) => b.length - a.length);
const DIRECTION_OF = new Map<string, Direction>([...CHANGE_WORDS.map((w): [string, Direction] => [w.word, w.change]), ['持平', 'flat']]);
const PRIOR = '(?:上年同期|上年度|上年末|上一年度|上一年|上年|去年同期|去年|同期|(?:19|20)\\d\\d年度?)';
const DEGREE = '(?:有所|略有|明显|大幅|显著|稳步|进一步|小幅|基本|均有|均)?';

const RELATIONS: readonly { word: string; relation: Relation }[] = [
  { word: '未超过', relation: 'not-above' }, { word: '未超出', relation: 'not-above' }, { word: '不超过', relation: 'not-above' }, { word: '没有超过', relation: 'not-above' },
  { word: '高于', relation: 'above' }, { word: '超过', relation: 'above' }, { word: '超出', relation: 'above' }, { word: '多于', relation: 'above' }, { word: '大于', relation: 'above' },
  { word: '低于', relation: 'below' }, { word: '少于', relation: 'below' }, { word: '小于', relation: 'below' }, { word: '不足', relation: 'below' }, { word: '不到', relation: 'below' },
  { word: '持平于', relation: 'equal' }, { word: '等于', relation: 'equal' },
];
const RELATION_OF = new Map(RELATIONS.map((r) => [r.word, r.relation]));
const BASES: readonly { word: string; base: Base }[] = [
  { word: '年度指标值', base: 'target' }, { word: '年度目标', base: 'target' }, { word: '全年目标', base: 'target' }, { word: '目标值', base: 'target' }, { word: '指标值', base: 'target' },
  { word: '全年任务', base: 'target' }, { word: '任务数', base: 'target' }, { word: '目标', base: 'target' },
  { word: '年初预算', base: 'initial-budget' }, { word: '全年预算', base: 'whole-budget' }, { word: '调整后预算', base: 'whole-budget' }, { word: '预算数', base: 'budget' }, { word: '预算', base: 'budget' },
  { word: '上年同期', base: 'prior' }, { word: '上年度', base: 'prior' }, { word: '上年', base: 'prior' }, { word: '去年', base: 'prior' },
];
const BASE_OF = new Map(BASES.map((b) => [b.word, b.base]));

const GRADES: Readonly<Record<string, Grade>> = { 优秀: '优', 优: '优', 良好: '良', 良: '良', 中等: '中', 中: '中', 较差: '差', 差: '差', 不合格: '差' };
/** The grade words as alternatives of a pattern, the longest first (优秀 before 优). */
export const GRADE_WORDS = Object.keys(GRADES).sort((a, b) => b.length - a.length).join('|');

/**
 * A grade: named as one (自评等级为“优”, 评价结果为良, 自评结论：优秀, 等级良), or given by a verb alone
 * (评定为良好, 评为优). The word must end there: 结果中发现 is no grade 中, 结论为“优”的项目 names other
 * projects, 评为优秀单位 an honour; 等级中 (在四个评价等级中) is a place, not the grade 中.
 */
const GRADE_STATED = new RegExp(
  // (a label set in bold, **自评等级**：**优**, is the same label)
  '(?:(?:(?:自评|评价|考核|绩效|综合)?(?:等级|等次))(?:\\*{1,2})?(?:为|是|评定为|评为|[：:]|(?![中]))|(?:(?:自评|评价|考核|绩效)?(?:结果|结论))(?:\\*{1,2})?(?:为|是|评定为|评为|[：:])|(评定为|评为))' +
    `\\s*\\*{0,2}[“"「『]?(${GRADE_WORDS})[”"」』]?\\*{0,2}(?=等级|等次|(?![\\u4e00-\\u9fff]))`,
  'gu',
);

export interface GradeStated {
  readonly start: number;
  readonly end: number;
  /** The grade word as written (良好). */
  readonly word: string;
  readonly grade: Grade;
  /** Given by 评定为 / 评为 alone: a grade only where a score stands before it. */
  readonly byVerb: boolean;
}

/** The grade a word names (优秀 → 优, 较差 → 差), if it names one. */
export function gradeOfWord(word: string): Grade | undefined {
  return GRADES[word];
}

/** Every grade `text` states, in order: the one reader of grade words for the checker's rules and claims. */
export function gradesStated(text: string): GradeStated[] {
  const out: GradeStated[] = [];
  for (const m of text.matchAll(GRADE_STATED)) {
    const word = m[2] ?? '';
    const grade = GRADES[word];
    if (grade !== undefined) out.push({ start: m.index, end: m.index + m[0].length, word, grade, byVerb: m[1] !== undefined });
  }
  return out;
}

/** A grade in brackets right after a score (99.88（优）, 86分（良好）): the score's own grade. */
const GRADE_AFTER_SCORE = new RegExp(`(?<=\\d|分)\\s*[（(](${GRADE_WORDS})[）)]`, 'gu');

/** The grades `text` gives in brackets right after a score, in order. */
export function gradesAfterScores(text: string): GradeStated[] {
  const out: GradeStated[] = [];
  for (const m of text.matchAll(GRADE_AFTER_SCORE)) {
    const word = m[1] ?? '';
    const grade = GRADES[word];
    if (grade !== undefined) out.push({ start: m.index, end: m.index + m[0].length, word, grade, byVerb: false });
  }
  return out;
}

/** Measure words a count of projects or indicators takes (三个项目, 两项指标, 五类项目). */
const COUNT_UNITS = new Set(['项', '个', '类', '条']);
const COUNT_STATUS: readonly { word: string; status: 'met' | 'unmet' | 'exceeded' }[] = [
  { word: '超额完成', status: 'exceeded' },
  { word: '未完成', status: 'unmet' }, { word: '未能完成', status: 'unmet' }, { word: '未达到', status: 'unmet' }, { word: '未达成', status: 'unmet' }, { word: '未达标', status: 'unmet' }, { word: '未实现', status: 'unmet' },
  { word: '完成', status: 'met' }, { word: '达到', status: 'met' }, { word: '达成', status: 'met' }, { word: '达标', status: 'met' }, { word: '实现', status: 'met' },
];
const COUNT_STATUS_WORDS = COUNT_STATUS.map((w) => w.word).join('|');
const STATUS_BEFORE = new RegExp(`(${COUNT_STATUS_WORDS})的$`, 'u');
/** The indicators' noun before a count, with its status (未达标的指标有五项). */
const NOUN_BEFORE = new RegExp(`(?:(${COUNT_STATUS_WORDS})的)?(?:(${LEVEL1})指标|三级指标|绩效指标|指标)(?:共|共有|有|为|设置|共设置)?$`, 'u');

// ---- reading -------------------------------------------------------------------------------------

const PIECE_STOP = /[。；;！？!?\n]/u;
const CLAUSE_STOP = /[。；;！？!?\n，,、：:]/u;

function pieceStartOf(text: string, at: number): number {
  let i = at;
  while (i > 0 && !PIECE_STOP.test(text[i - 1] ?? '')) i -= 1;
  return i;
}

function clauseEndOf(text: string, at: number): number {
  let i = at;
  while (i < text.length && !CLAUSE_STOP.test(text[i] ?? '')) i += 1;
  return i;
}

/** Words of claims themselves, which name nothing (资金已全部执行 names no item beyond the money). */
const CLAIM_FILLER = /已经|已|均|全部|全额|足额|完毕|到位|无|没有|未|形成|产生|存在|特此说明|说明/gu;

function placeIn(text: string, mentions: readonly Mention[], start: number, end: number): Place {
  const pieceStart = pieceStartOf(text, start);
  const lead = text.slice(pieceStart, start);
  const bare = !mentions.some((m) => m.start >= pieceStart && m.start < start) && [...metricResidue(lead).replace(CLAIM_FILLER, '')].length <= 1;
  return { text: text.slice(start, end), start, end, pieceStart, contextStart: bare ? text.lastIndexOf('\n', start - 1) + 1 : pieceStart, clauseEnd: clauseEndOf(text, end) };
}

/** Inside a title in 《》 or a quoted phrase: a name, not a claim. */
function quoted(text: string, at: number, pieceStart: number): boolean {
  const lead = text.slice(pieceStart, at);
  const open = (o: string, c: string) => lead.lastIndexOf(o) > lead.lastIndexOf(c);
  return open('《', '》') || open('“', '”');
}

/** The words before a claim in its piece make it an aim or a condition. */
function asserted(text: string, p: Place): boolean {
  return !NOT_ASSERTED.test(text.slice(p.pieceStart, p.start)) && !quoted(text, p.start, p.pieceStart);
}

/** A figure starts right after the words (增加1.07万元, 高于90%): the figure carries the claim. */
function figureAfter(mentions: readonly Mention[], end: number): boolean {
  return mentions.some((m) => m.start >= end && m.start - end <= 3);
}

function* matches(text: string, source: string): Generator<RegExpExecArray> {
  const re = new RegExp(source, 'gu');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    yield m;
    if (m[0] === '') re.lastIndex += 1;
  }
}

/**
 * Whether the words before a claim of every indicator set some apart: 其余指标均达到 (the rest), 除旅游厕所建设外
 * 各项指标均已完成 (all but one named). Such a claim is of the others, which the data cannot list.
 */
function exceptsSome(text: string, at: number): boolean {
  return EXCEPTED.test(text.slice(pieceStartOf(text, at), at));
}
const REST = '(?:各项|所有|全部)?(?:绩效)?(?:指标|目标)?(?:均|全部|都|皆)?(?:已经|已)?$';
const EXCEPTED = new RegExp(`除(?:了)?[^，,。；]{1,40}?(?:以外|之外|外)[，,]?\\s*(?:其余|其他|其它)?${REST}|(?:其余|其他|其它|剩余)(?:的)?(?:\\d+|[一二两三四五六七八九十]+)?(?:项|个)?${REST}`, 'u');

/** Every claim the text makes, in document order; overlapping readings keep the more specific one. */
export function readClaims(text: string, mentions: readonly Mention[]): Claim[] {
  const out: Claim[] = [];
  const place = (start: number, end: number): Place => placeIn(text, mentions, start, end);
  const add = (c: Claim): void => {
    if (asserted(text, c)) out.push(c);
  };

  // Balances: 无结余结转, 结余结转为零; 有结余, 形成结转.
  for (const m of matches(text, `${NONE}(?:任何)?${BALANCE}(?![的率])`)) add({ ...place(m.index, m.index + m[0].length), kind: 'amount', topic: 'balance', zero: true });
  for (const m of matches(text, `(?<!上年)${BALANCE}(?:均|全部)?为(?:零|〇)`)) add({ ...place(m.index, m.index + m[0].length), kind: 'amount', topic: 'balance', zero: true });
  for (const m of matches(text, `${SOME}(?:资金)?${BALANCE}(?![的率])`)) {
    if (!figureAfter(mentions, m.index + m[0].length)) add({ ...place(m.index, m.index + m[0].length), kind: 'amount', topic: 'balance', zero: false });
  }
  // Spending of one item: 公务接待费未发生, 无相关支出. Only an item named in its clause is meant.
  for (const m of matches(text, `未发生(?:相关)?(?:支出|费用)?(?![\\u4e00-\\u9fff])|未发生[\\u4e00-\\u9fff（）()]{2,16}?(?:支出|费用)(?![\\u4e00-\\u9fff])|(?:无|没有)(?:相关|任何)?(?:支出|开支)(?![\\u4e00-\\u9fff])`)) {
    add({ ...place(m.index, m.index + m[0].length), kind: 'amount', topic: 'spending', zero: true });
  }
  // Not in the initial budget: 未列入年初预算.
  for (const m of matches(text, '未(?:列入|纳入|安排)年初预算')) add({ ...place(m.index, m.index + m[0].length), kind: 'amount', topic: 'initial', zero: true });

  // All spent: 资金已全部执行, 执行完毕; not all: 未全部执行.
  for (const m of matches(text, `(?:(?:预算|项目)?资金|预算|经费|款项)?(?:均已|已经|已|均)?${ALL}${SPEND_VERB}(?:完毕)?(?![\\d０-９零〇一二两三四五六七八九十百千万亿中的为占率均用主包])|${SPEND_VERB}完毕`)) {
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    // 上年结转资金已全部用完 is one source's: the year's whole may still be unspent.
    if (/(?:上年结转|结转|当年|本级|上级|中央|省级|市级|县级|区级|财政拨款|自筹|其他)$/u.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const all = !/(?:未|没有|尚未|未能|不能)$/u.test(before);
    add({ ...place(all ? m.index : m.index - (/(未能|没有|尚未|不能)$/u.exec(before)?.[0].length ?? 1), m.index + m[0].length), kind: 'spent', all });
  }
  // Every project: 各项目均无结余, 所有项目资金均已全部执行.
  for (const m of matches(text, `(?:各|各个|所有|全部)(?:项目|专项)(?:资金)?(?:均|都|全部)?(?:已)?(?:${NONE}${BALANCE}|${ALL}?${SPEND_VERB}完毕|${ALL}${SPEND_VERB})`)) {
    const spent = new RegExp(SPEND_VERB, 'u').test(m[0]) && !new RegExp(BALANCE, 'u').test(m[0]);
    add({ ...place(m.index, m.index + m[0].length), kind: 'every', set: 'projects', test: spent ? 'spent' : 'no-balance' });
  }

  // Every indicator: 各项指标均已完成, 产出指标全部达到年度目标, 全面完成年度绩效目标 — but the main
  // ones only (主要绩效目标均已完成) are not every one.
  for (const m of matches(text, `(?<!主要|重点|大部分|多数|核心)(?:各项|全部|所有|各)?(?:(${LEVEL1})指标|绩效指标|指标|绩效目标|年度目标)(?:均|全部|都|皆)(?:已经|已)?(?:完成|达到|达成|实现|达标)`)) {
    if (!exceptsSome(text, m.index)) add({ ...place(m.index, m.index + m[0].length), kind: 'every', set: 'indicators', group: m[1] === undefined ? undefined : `${m[1]}指标` });
  }
  for (const m of matches(text, `(?:全面|圆满|全部)(?:完成|实现|达成|达到)(?:了)?(?:年度|全年|预期|既定)?(?:各项)?(?:绩效)?(?:目标|指标)(?:任务)?`)) {
    if (!exceptsSome(text, m.index)) add({ ...place(m.index, m.index + m[0].length), kind: 'every', set: 'indicators' });
  }
  // One item's verdict: 超额完成年度目标, 未达到预期目标, 完成年度指标值; alone at a clause's end: 超额完成, 未完成.
  for (const m of matches(text, `(?<![实际])(${VERDICT_WORDS})(?:了)?${TARGET_WORD}(?![率值度])`)) {
    const verdict = VERDICT_OF.get(m[1] ?? '');
    // 完成年度目标（3000人）的93.33%: a share of the target, not a verdict.
    if (/^\s*(?:[（(][^）)]*[）)])?\s*(?:的|之)/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    // (其余指标均达到年度目标 is the rest's verdict, not the item named before it)
    if (verdict !== undefined && !exceptsSome(text, m.index)) add({ ...place(m.index, m.index + m[0].length), kind: 'verdict', verdict });
  }
  for (const m of matches(text, `(?<![实际])(${BARE_WORDS})(?=[，。；、,;！!]|$)`)) {
    const verdict = VERDICT_OF.get(m[1] ?? '');
    if (verdict !== undefined) add({ ...place(m.index, m.index + m[0].length), kind: 'verdict', verdict });
  }

  // Direction without a figure: 比上年有所增加, 同比下降, 与上年持平.
  const dir = DIRECTION_WORDS.join('|');
  for (const m of matches(text, `(?:(?:比|较|与|同)${PRIOR}(?:相比)?|同比)(?:[，,]?)${DEGREE}(${dir})`)) {
    const direction = DIRECTION_OF.get(m[1] ?? '');
    // (a table cell of these words alone heads a column of changes either way: | 比上年增长 |)
    const wholeCell = /\|[ \t]*$/u.test(text.slice(Math.max(0, m.index - 4), m.index)) && /^[ \t]*\|/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4));
    if (direction !== undefined && !wholeCell && !figureAfter(mentions, m.index + m[0].length)) add({ ...place(m.index, m.index + m[0].length), kind: 'direction', direction });
  }
  // …and with one: 比上年增加1.07万元, 同比增长22%, 前进14位.
  for (const mention of mentions) {
    if (mention.change === undefined) continue;
    const verb = CHANGE_WORDS.find((w) => text.slice(Math.max(0, mention.start - w.word.length - 1), mention.start).replace(/[了为达\s]$/u, '').endsWith(w.word));
    const start = verb ? text.lastIndexOf(verb.word, mention.start) : mention.start;
    // 增长-5.31%: a growth below zero says a fall.
    const direction = mention.value.startsWith('-') ? (mention.change === 'increase' ? 'decrease' : 'increase') : mention.change;
    add({ ...place(start, mention.end), kind: 'direction', direction, mention });
  }

  // Comparison with a base: 低于预算, 高于年度目标, 超过上年; 控制在预算以内, 未超预算.
  const rel = RELATIONS.map((r) => r.word).join('|');
  const base = BASES.map((b) => b.word).join('|');
  for (const m of matches(text, `(${rel})(?:了)?(${base})(?![\\u4e00-\\u9fff]?[\\d０-９])`)) {
    const relation = RELATION_OF.get(m[1] ?? '');
    const b = BASE_OF.get(m[2] ?? '');
    if (relation !== undefined && b !== undefined) add({ ...place(m.index, m.index + m[0].length), kind: 'compare', relation, base: b });
  }
  for (const m of matches(text, '控制在(?:年初|全年)?预算(?:范围)?(?:以内|之内|内)|(?:未|没有)(?:超支|超预算|超出预算)')) {
    add({ ...place(m.index, m.index + m[0].length), kind: 'compare', relation: 'not-above', base: /年初/u.test(m[0]) ? 'initial-budget' : 'budget' });
  }

  // Grade: 自评等级为“优”, 评价结果为良; 评定为良好 only after a score in its piece (3人被评为优秀 is no grade of the report).
  for (const g of gradesStated(text)) {
    if (g.byVerb && !/(?:总分|得分)[^。；;！？\n]*$/u.test(text.slice(pieceStartOf(text, g.start), g.start))) continue;
    add({ ...place(g.start, g.end), kind: 'grade', grade: g.grade });
  }

  let lastCount: Claim | undefined;
  for (const mention of mentions) {
    // Ranks: 居全省第二, 前二, 第35位 — judged where the figure cannot be bound to its own fact.
    if (mention.kind === 'rank' && mention.change === undefined) {
      const lead = /(?:位居|位列|居于|居|排名|排在|排|列)?(?:全国|全省|全市|全区|全县|城区|省内|市内)?$/u.exec(text.slice(Math.max(0, mention.start - 8), mention.start))?.[0] ?? '';
      add({ ...place(mention.start - lead.length, mention.end), kind: 'rank', mention });
    }
    // Approximations: 超2000家, 近900万元, 95%以上 — an interval the data may leave.
    if (mention.approx !== 'exact' && mention.kind !== 'rank' && mention.change === undefined) add({ ...place(mention.start, mention.end), kind: 'approx', mention });
    const count = countClaim(text, mention, lastCount, place);
    if (count) {
      add(count);
      lastCount = count;
    }
  }

  return dedupe(out);
}

/** A count of projects or indicators in words or digits: 共安排三个项目, 两项指标未完成, 产出指标8项, 其中16项超额完成. */
function countClaim(text: string, m: Mention, prev: Claim | undefined, place: (start: number, end: number) => Place): Claim | undefined {
  if (m.kind !== 'count' || !COUNT_UNITS.has(m.unit) || m.approx !== 'exact' || m.change !== undefined || m.inTable) return undefined;
  const after = text.slice(m.end, m.end + 12);
  const before = text.slice(Math.max(0, m.start - 14), m.start);
  // 一级指标4个, 二级指标: levels of the framework, not indicators.
  if (/[一二]级(?:绩效)?指标[：:为共有]*$/u.test(before) || /^[一二]级/u.test(after)) return undefined;
  const status = (s: string): { status: 'met' | 'unmet' | 'exceeded'; length: number } | undefined => {
    for (const w of COUNT_STATUS) {
      const hit = new RegExp(`^(?:均已|均|已)?${w.word}`, 'u').exec(s);
      if (hit) return { status: w.status, length: hit[0].length };
    }
    return undefined;
  };
  const claim = (set: 'indicators' | 'projects', group: string | undefined, noun: number, st: ReturnType<typeof status>): Claim => ({
    ...place(m.start, m.end + noun + (st?.length ?? 0)), kind: 'count', mention: m, set, group: group === undefined ? undefined : `${group}指标`, status: st?.status,
  });
  const nounAfter = /^(?:三级)?(?:(产出|效益|满意度|成本))?(?:绩效)?指标/u.exec(after);
  // (未达成的五项指标: the status before the count says which indicators it counts)
  const statusBefore = STATUS_BEFORE.exec(before)?.[1];
  const saidBefore = statusBefore === undefined ? undefined : status(statusBefore);
  if (nounAfter) return claim('indicators', nounAfter[1], nounAfter[0].length, saidBefore ? { status: saidBefore.status, length: 0 } : status(after.slice(nounAfter[0].length)));
  // …its status may come before it (未达标的指标有五项: the unmet ones, not all).
  const nounBefore = NOUN_BEFORE.exec(before);
  if (nounBefore) {
    const said = nounBefore[1] === undefined ? undefined : status(nounBefore[1]);
    return claim('indicators', nounBefore[2], 0, said ? { status: said.status, length: 0 } : status(after));
  }
  const pieceStart = pieceStartOf(text, m.start);
  const clause = text.slice(Math.max(pieceStart, text.slice(0, m.start).search(/[，,、：:][^，,、：:]*$/u) + 1), m.start);
  // A total of projects: 共安排三个项目, 共列项目七个 — not a part (其中两个项目…).
  if (!/其中/u.test(clause) && ((/^(?:专项|项目)(?!资金|支出|经费|的|中)/u.test(after) && /(?:共|共计|合计|总计|安排|实施|设立|设置|列)(?:了)?$/u.test(before)) || /(?:安排|列)项目(?:共|共有|为)?$/u.test(before))) {
    return claim('projects', undefined, /^(?:专项|项目)/u.test(after) ? 2 : 0, undefined);
  }
  // 17项指标中16项完成: a part of the indicators the piece counted just before.
  const st = status(after);
  if (st && prev?.kind === 'count' && prev.set === 'indicators' && prev.pieceStart === pieceStart && /(?:中|其中|，|、|,)(?:有)?$/u.test(before)) return claim('indicators', prev.group?.replace(/指标$/u, ''), 0, st);
  return undefined;
}

/** Later readings inside an earlier, longer one go (全面完成年度目标 is every indicator, not one verdict). */
function dedupe(claims: Claim[]): Claim[] {
  const rank = (c: Claim): number => ({ every: 0, amount: 1, spent: 2, grade: 3, compare: 4, direction: 5, count: 6, rank: 7, approx: 8, verdict: 9 })[c.kind];
  const sorted = [...claims].sort((a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Claim[] = [];
  for (const c of sorted) {
    const overlaps = kept.some((k) => k.start < c.end && c.start < k.end && !(isFigure(k) && isFigure(c)));
    if (!overlaps) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start || rank(a) - rank(b));
}

function isFigure(c: Claim): boolean {
  return c.kind === 'rank' || c.kind === 'approx' || c.kind === 'count' || (c.kind === 'direction' && c.mention !== undefined);
}

/** The figure a claim is made with, if any. */
export function claimFigure(c: Claim): Mention | undefined {
  return c.kind === 'rank' || c.kind === 'approx' || c.kind === 'count' || c.kind === 'direction' ? c.mention : undefined;
}
