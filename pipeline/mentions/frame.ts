/**
 * What each figure describes, slot by slot: whose (entity), what (metric), which role it plays for
 * that metric (budget, actual, target…), when (period), within what (scope), and whether the text
 * denies it (polarity). Every slot records where it came from; a slot the text does not fill stays
 * empty — never guessed. The checker compares two figures only when their frames can be the same
 * thing, and binds a figure to a fact only when their frames agree; the LLM lock holds each figure
 * to the frame it had in the template.
 */
import { blankClosedAsides, charLength, charTable, isCjkCode, isWhiteSpace } from '../text/chars.js';
import type { Frame, FrameRole, Mention, Period } from './types.js';
import { readOnce } from '../memo.js';
import { GROUP_NAMES, PERIOD_NAME } from './lexicon.js';
import { AS_OF, COMPARE, CURRENT, DENIAL, GROUP, INITIAL, Marks, PERIOD, PRIOR_WORD, QUOTE, RU, STRIPPED, WHOLE, YEAR_DIGIT, ZHONG } from './marks.js';

export type { Frame, FrameRole, Period, Slot, SlotSource } from './types.js';

/**
 * Role words, most specific first; the one nearest the figure decides. Each with the last characters
 * of its words: a text is tried only against the patterns that can end in its last character.
 */
const ROLE_WORDS: readonly (readonly [RegExp, FrameRole, string, number?])[] = [
  [/(?:分值|权重)$/u, 'weight', '值重'],
  [/(?:得分|评分|自评分|总分|综合得分)$/u, 'score', '分'],
  // 完成目标的 75%, 为全年任务的 163.75%: a completion rate, not the target.
  [/(?:完成|达到|为|占)(?:年度|全年)?(?:目标|任务|计划)(?:数|值)?的$/u, 'rate', '的'],
  // (增减 alone heads a column of changes: 上年支出 | 增减)
  [/(?:变动率|变动幅度|变动额|变动|变化幅度|增减率|增减幅度|增减额|增减金额|增减|变化率|增长率|下降率|增幅|降幅|增速|同比|超任务数|超出任务数|超目标|超出目标|超额|多出|超出)$/u, 'change', '率度动幅速比数标额出减'],
  [/(?:执行率|完成率|控制率|使用率|到位率|支出率|达标率|达成率|覆盖率|满意度|满意率|比率|比重|占比|[^效]率)$/u, 'rate', '率度重比'],
  [/(?:结余结转|结转结余|结余|结转|结存|沉淀)$/u, 'balance', '转余存淀'],
  // 压减支出, 追加项目资金: the verb moves the budget; what it moves is no role of its own.
  [/(?:追加|调增|调减|压减|核减)(?:支出|预算|经费|资金|项目资金|专项资金)$/u, 'adjustment', '出算费金'],
  // 年中追加馆藏档案数字化经费, 追加…运营补贴: the verb, then what the money is for (压减后全年预算 is the budget after it).
  // (全国 is a name's word: only 全年 starts the budget after it)
  // (a long name, 追加住房公积金信息系统升级改造经费, is read on the clause's last 26 characters, not 16)
  [/(?:追加|调增|调减|压减|核减)(?:(?!后(?!续)|全年|为)[\u4e00-\u9fff]){1,20}?(?:费|资金|预算|补助|补贴|专项)$/u, 'adjustment', '费金算助贴项', 26],
  // 压减一般性支出: a cut is made to a budget, whatever it is called.
  [/(?:调减|压减|核减)(?:(?![后全为])[\u4e00-\u9fff]){1,12}?支出$/u, 'adjustment', '出'],
  [/(?:追加|调增|调减|压减|核减|调整|调剂|调入|调出)$/u, 'adjustment', '加增减整剂入出'],
  [/(?:年度指标值|指标值|目标值|目标|任务数|任务|计划完成数|计划完成量|应完成数|计划数|预期|力争|确保|要求)$/u, 'target', '值标数务量期争保求'],
  [/(?:预算支出|预算数|预算|安排|批复|下达|核定|计划投资|资金总额|预算金额|可用资金|可支配资金)$/u, 'budget', '出数算排复达定资额金'],
  [/(?:实际完成值|完成值|实际值|实际|支出|执行数|执行|完成数|完成量|完成|决算数|决算|使用|拨付|发放|兑现|到位|投入|实现)$/u, 'actual', '值际出数行量成算用付放现位入'],
];

/** The role words that can end in each character, in ROLE_WORDS' order. */
const ROLE_WORDS_BY_LAST = new Map<number, (readonly [RegExp, FrameRole, string, number?])[]>();
for (const entry of ROLE_WORDS) {
  for (let i = 0; i < entry[2].length; i++) {
    const c = entry[2].charCodeAt(i);
    ROLE_WORDS_BY_LAST.set(c, [...(ROLE_WORDS_BY_LAST.get(c) ?? []), entry]);
  }
}

/** A figure in brackets right after another: only the bracket between them, and its close after it. */
const CONVERTED_OPEN = /^[\s*]*[（(][\s*]*$/u;
const CONVERTED_CLOSE = /^[\s*]*[）)]/u;
/**
 * A comparison with the aim right before a figure, the figure being how far the result is from it:
 * the aim, then a word of difference (比目标高, 较计划超出, 离…的目标差); or 超/超出 the aim (超计划6.5公里);
 * or, for percentage points only, 高于/低于/超过 the aim (超过年度目标3.5万亩 states the aim itself).
 */
const GAP_TO_AIM = /(?:(?:比|较|高于|低于|超过|超出|超|距离?|离)[^，,。；;：:]{0,14}?|的)(?:年度|全年)?(?:目标|计划|任务)(?:值|数)?(?:尚|还|仍)?(?:高出?|低了?|多出?|少了?|超出?|差|相差)了?[\s*]*$|(?:超出?|超额)(?:年度|全年)?(?:目标|计划|任务)(?:值|数)?[\s*]*$/u;
/** The aim named as the base of a comparison right before its figure (比年度目标52万吨…). */
const AIM_BASE = /(?:比|较)(?:年度|全年)?(?:目标|计划|任务)(?:值|数)?的?[\s*]*$/u;
/** Only a word of difference between the aim's figure and the next (…52万吨多1.8万吨). */
const GAP_DIFF_ONLY = /^[\s*]*(?:多出?|少了?|高出?|低了?|超出?|差)了?[\s*]*$/u;
const POINTS_GAP_TO_AIM = /(?:高于|低于|超过)(?:年度|全年)?(?:目标|计划|任务)(?:值|数)?[\s*]*$/u;
/** The verb that moves a budget, then what it moves it for, right before an amount (a budget after it, 压减后全年预算, is not). */
const ADJUSTED_ITEM = /(?:追加|调增|调减|压减|核减)(?:(?!后(?!续)|全年|为|的)[\u4e00-\u9fff0-9A-Za-z]){2,20}[\s*]*$/u;
/** "调整为", "调整后为", "调至": what follows is the level reached, not the change. */
const RESULT_OF_CHANGE = /(?:调整|调增|调减|压减|追加)(?:后)?(?:为|至|到)[\s*]*$/u;

/** What follows the level a change starts from: 由X 升至 / 提高到 / 下降为 Y. */
const FROM_LEVEL = /^[^，。；,;\d]{0,2}?(?:上升|提高|提升|增加|增长|下降|降低|减少|缩短|延长|扩大|缩小|升|降|增|减|跃升|攀升)(?:至|到|为)/u;
/** A column of the state before the work: 建设前 (beside 建设后). */
const BEFORE_WORK = /^(?:项目)?(?:建设|实施|改造|改建|提升|整治|升级)前$/u;
/** Words that put a figure in last year (上年支出, 去年同期): not when they only name what it is compared with. */
const PRIOR = /(?<![比较与同])(?:上年度|上年|去年|上一年度|上一年|同期)(?!结转|结余)/u;
/** "比上年决算17.30万元减少…": the figure right after 比上年… is last year's, the base of the comparison. */
const COMPARED_BASE = /[比较](?:上年度?|去年|上一年度?|同期)(?:末|底)?(?:决算数?|预算数?|实际支出|支出|执行数|的)?[\s*]*$/u;
/** Each with the hint (marks.ts) of a character every one of its words holds. */
const PERIOD_WORDS: readonly (readonly [RegExp, Period, number])[] = [
  [/年初/u, 'initial', INITIAL],
  [/全年|年度内/u, 'whole-year', WHOLE],
  [/截至|截止|年末|年底/u, 'as-of', AS_OF],
  [/本年|当年|今年|本年度/u, 'current', CURRENT],
];
/** A sentence that opens with the start of the year as its time: 年初，… / 2024年年初，… */
const YEAR_START_OPENING = /^[\s*]*(?:(?:19|20)\d\d年)?年初[，,]/u;
/** Every period word and year has 年 in it but 同期, 截至 and 截止: a text with none of them names no period. */
const PERIOD_HINT = /年|同期|截/u;
/** Words that deny what follows: 未列入, 没有发生, 尚未拨付 (not 无论, 无偿…). */
const NEGATION_WORD = '(?:未|没有|尚未|并未|未能|不再|无)(?!论|偿|锡|人机)';
/** A denial before the figure's verb. */
const NEGATION = new RegExp(`${NEGATION_WORD}[\\u4e00-\\u9fff]{0,12}$`, 'u');
/** A character every denial word has: a clause without one denies nothing. */
const NEGATION_HINT = /[未没不无]/u;
/** Every denial word of a text (the LLM lock keeps them with the figures of their sentence). */
export const NEGATION_WORDS = new RegExp(NEGATION_WORD, 'gu');
/** A sentence opening with a label and a colon: 年度绩效目标为：…, 预算安排如下：… */
const LIST_LABEL = /^[\s*]*([^，。；：:]{2,20}?)(?:(?:为|如下|包括|主要有)?[：:]|(?:中|里)[，,])/u;
// 该项目支出 is that project's spending, not the 项目支出 group.
// 十大技术攻关项目支出 is one project's spending: 项目支出 glued to a name is no group.
const SCOPE = new RegExp(`(?<![该本此各])(?:${GROUP_NAMES.filter((x) => x !== '项目支出').join('|')}|(?<=^|[^\\u4e00-\\u9fff]|[年的中及和与全其从]|(?<![存现所实])在|(?<!针)对)项目支出)`, 'gu');
/** Any group's name, with none of the conditions around it. */
const SCOPE_NAME = new RegExp(GROUP_NAMES.join('|'), 'u');
/** 如X项目, 例如X: an example picked from a group, not the group. */
const EXAMPLE = /(?:如|例如|比如|其中如)“?([\u4e00-\u9fffA-Za-z0-9（）()]{2,30}?)”?(?:项目|工程|资金)?[，,：:]?$/u;
const QUOTED = /“([^”]{2,40})”/gu;

/** Right after a figure: it is the target named (…的目标, …的年度指标值). */
const TARGET_AFTER = /^[\s*]*的(?:年度|全年)?(?:绩效)?(?:目标值?|指标值|任务数?|计划数?)/u;

/** A group name ending a clause (…基本支出, …项目支出): the figure is the group's, no role said. */
const GROUP_AT_END = /(?<![各每该本])(?:基本支出|项目支出|人员经费|公用经费|三公经费|部门项目|公共项目)$/u;
/** "执行数中当年财政拨款X": the role is the head before 中, the rest names a part of it. */
const ROLE_HEAD = /(年初预算数?|全年预算数?|调整后预算数?|预算数?|执行数|决算数?|实际支出|支出数?)中(?!央|心|期|小|国|标|介)/u;

/** "任务为宫颈癌筛查12,000人": a task or target word, then what is aimed at, then the figure. */
/** A clause that plans (计划新建X, 拟完成X, 力争达到X): its figure is an aim (not 计划免疫, 计划财务科, 拟订 a done draft). */
// (年初设定…, 年度确定…: what was set at the start of the year is aimed at)
const PLANNED = /^[\s*]*(?:计划(?![内外生单免财])|拟(?![订定稿])|预计|力争|预期|(?:年初|年度|全年)(?:设定|确定|制定)了?)[\u4e00-\u9fff]{1,16}$/u;
const TARGET_NAMED = /(?:任务|目标|计划)(?:数|值)?(?:为|是|[：:])[^，,。；;、：:]{1,16}$/u;

/** What joins an item to the figure before it: a 、, after a footnote mark (①, [1], ¹) if the figure has one. */
const JOINED_ITEM = /^[\s*]*(?:[①-⑳]|[［\[]\d{1,2}[］\]]|[¹²³⁴⁵⁶⁷⁸⁹])?[\s*]*、$/u;

/** Words between a role word and its figure that do not change the role: 预算资金, 实际支出金额共计. */
const NEUTRAL_TAIL = /(?:资金总额|资金|金额|经费|费用|数额|总额|总计|合计|共计|累计|达到|分别为|分别|约为|保持在|稳定在|为|达|共|约|是|了|的|总|在)$/u;

/**
 * The patterns above that end in `$` match at most 8 characters and look back at most one more, so
 * they are tried on a text's last 16 characters, twice that (an entry naming a wider window, on that):
 * an end-anchored pattern is tried at every position of what it is given, and a clause can be long.
 */
const TAIL = 16;
const tail = (x: string): string => (x.length > TAIL ? x.slice(x.length - TAIL) : x);

/**
 * The last characters of the words NEUTRAL_TAIL and GROUP_AT_END find at the end of a text: a text
 * ending in another is not tried (an end-anchored pattern is tried at every position).
 */
const NEUTRAL_LAST = charTable('额金费用计到为别在达共约是了的总');
const GROUP_LAST = charTable('出费目');
const endsIn = (last: Uint8Array, x: string): boolean => last[x.charCodeAt(x.length - 1)] === 1;

/** A text without the group name ending it (基本支出, 项目支出, 公用经费 name groups of money: their 支出 is no role of the figure). */
function withoutGroup(x: string): string {
  if (!endsIn(GROUP_LAST, x)) return x;
  const group = GROUP_AT_END.exec(tail(x));
  return group ? x.slice(0, x.length - group[0].length) : x;
}

/** The role a clause gives the figure right after it: the role word that ends the clause. */
function roleOf(text: string): FrameRole | undefined {
  // (a sign written apart from its figure, 同比 +5.23%, 较上年变动 -1.59%, is no word of the clause)
  return roleOfBare(text.replace(/[\s*“”"（）()]|[+＋\-－−]+$/gu, ''));
}

/** roleOf of a text without white space, emphasis, quotes and brackets. */
function roleOfBare(bare: string): FrameRole | undefined {
  // Also after a neutral tail (该项目支出共 reads as 该项目支出): a reworded link keeps the role.
  let t = withoutGroup(bare);
  for (let guard = 0; guard < 4; guard++) {
    const end = tail(t);
    for (const [re, role, , wide] of ROLE_WORDS_BY_LAST.get(t.charCodeAt(t.length - 1)) ?? []) if (re.test(wide === undefined ? end : t.slice(-wide))) return role;
    const neutral = endsIn(NEUTRAL_LAST, t) ? NEUTRAL_TAIL.exec(end) : null;
    const stripped = withoutGroup(neutral ? t.slice(0, t.length - neutral[0].length) : t);
    if (stripped === t) break;
    t = stripped;
  }
  return undefined;
}

/** The role word nearest the end of a text, wherever it stands (安排…三个项目合计 → budget). */
export function roleIn(text: string): FrameRole | undefined {
  const t = text.replace(/[\s*“”"（）()]/gu, '');
  for (let end = t.length; end >= 2; end--) {
    const r = roleOf(t.slice(0, end));
    if (r !== undefined) return r;
  }
  return undefined;
}

/**
 * The period a text names (the first of 上年, an earlier year, 年初, 全年, 截至, 本年 found). `hints`:
 * what a text around it holds (Marks), when known: a pattern needing a character it lacks is not tried.
 */
/** The year before last year's or earlier a text dates its figure to (2022年决算 in a 2024 report), if any. */
export function olderYear(text: string, reportYear: number | undefined): number | undefined {
  if (reportYear === undefined) return undefined;
  const y = YEAR_NAMED.exec(text);
  return y && Number(y[1]) < reportYear - 1 ? Number(y[1]) : undefined;
}

/** A year named as the figure's own (not the base of a comparison, 比2023年; not a span, 2023-2024年). */
const YEAR_NAMED = /(?<![比较与同]\s*)((?:19|20)\d\d)\s*年(?!度?[-—至])/u;
/** The year a change is measured from (比2022年增长, 较2021年末): its base. */
const CHANGE_BASE_YEAR = /(?:比|较|与|同)\s*((?:19|20)\d\d)\s*年(?:度|末|底|同期)?[^，,；;。0-9]{0,8}$/u;

export function periodOf(text: string, reportYear: number | undefined, hints = -1): Period | undefined {
  if ((hints & PERIOD) === 0 || !PERIOD_HINT.test(text)) return undefined;
  if ((hints & PRIOR_WORD) !== 0 && PRIOR.test(text)) return 'prior';
  if (reportYear !== undefined && (hints & YEAR_DIGIT) !== 0) {
    const y = YEAR_NAMED.exec(text);
    if (y && Number(y[1]) < reportYear) return 'prior';
  }
  for (const [re, p, hint] of PERIOD_WORDS) if ((hints & hint) !== 0 && re.test(text)) return p;
  return undefined;
}

/** The last match of a global pattern that never matches empty text (matchAll without its array). */
function lastMatch(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) last = m;
  return last;
}

/** The last group name (部门项目, 基本支出…) a text names outside quoted names. */
export function scopeOf(text: string): string | undefined {
  // A text without a group's name cannot match: most clauses are ruled out by one plain search.
  if (!SCOPE_NAME.test(text)) return undefined;
  // A quoted name (“2024年某某专项资金”) names whose the figures are, not a group within the unit.
  return lastMatch(SCOPE, text.includes('“') ? text.replace(/“[^”]{3,}”/gu, '') : text)?.[0];
}

export interface FrameContext {
  readonly text: string;
  /** The report's year, from its title: a figure of an earlier year is last year's. */
  readonly reportYear?: number | undefined;
}

/** Fills every mention's frame. Mentions are in document order. */
export function frameMentions(mentions: Mention[], ctx: FrameContext): void {
  const marks = new Marks(ctx.text);
  const labels = new ListLabels(ctx.text);
  const cells = new CellReadings(ctx.reportYear);
  let prev: Mention | undefined;
  for (const m of mentions) {
    m.frame = m.table ? tableFrame(m, cells) : proseFrame(m, prev, ctx, marks, labels);
    prev = m;
  }
}

/**
 * The role of a label a clause inside the sentence opens with (…污水治理，年度目标为：a X，b Y): the
 * list after its colon is what the label names. Only target labels count: a 其中： or 分别为： says nothing.
 */
function labelInside(text: string, start: number, end: number, marks: Marks): FrameRole | undefined {
  const colon = Marks.lastIn(marks.colons, start, end);
  if (colon < 0) return undefined;
  const from = Math.max(start - 1, Marks.lastIn(marks.commas, start, colon)) + 1;
  const label = text.slice(from, colon).replace(/(?:为|是|如下|包括|主要有)$/u, '').replace(/[\s*]/gu, '');
  // 全年完成任务：…, 超额完成年度目标：… tell results.
  if (charLength(label) < 2 || charLength(label) > 12 || /完成|实现|达到|超额|实际/u.test(label)) return undefined;
  return roleOf(label) === 'target' ? 'target' : undefined;
}

/** The role of the head a clause names before 中 (执行数中当年财政拨款…): asked only when the clause's own words give none. */
function headRoleOf(before: string): FrameRole | undefined {
  const head = ROLE_HEAD.exec(before)?.[1];
  return head === undefined ? undefined : roleOf(head);
}

/**
 * The label each whole sentence opens with, read once per sentence: every figure in it asks, each
 * with the sentence up to its own clause. LIST_LABEL has no end anchor and looks at nothing around
 * its match, so on any head of the text from the sentence on it finds what it finds on the whole
 * text when that match fits in the head, and nothing when it finds nothing on the whole text.
 */
class ListLabels {
  private readonly byStart = new Map<number, { head: RegExpExecArray | null; role: FrameRole | undefined }>();

  constructor(private readonly text: string) {}

  /** The role LIST_LABEL's label gives in text[start, end), or null when it finds no label there. */
  role(start: number, end: number): FrameRole | undefined | null {
    let read = this.byStart.get(start);
    if (read === undefined) {
      const head = LIST_LABEL.exec(this.text.slice(start));
      read = { head, role: head?.[1] === undefined ? undefined : roleOf(head[1]) };
      this.byStart.set(start, read);
    }
    if (read.head === null) return null;
    if (read.head[0].length <= end - start) return read.role;
    // The label runs past this head: what the head alone holds.
    const head = LIST_LABEL.exec(this.text.slice(start, end));
    return head?.[1] === undefined ? null : roleOf(head[1]);
  }
}

/** The role the label of a list gives the figures in it (年度绩效目标为：a X；b Y), from the start of the whole sentence. */
function listLabelRole(text: string, m: Mention, cStart: number, marks: Marks, labels: ListLabels): FrameRole | undefined {
  const openingStart = Marks.before(marks.strong, m.start, m.start - 400);
  const role = labels.role(openingStart, cStart);
  return role === null ? labelInside(text, openingStart, cStart, marks) : role;
}

/** Space or emphasis, [\s*]: what the patterns read past before and after a figure. */
const isBlank = (c: number): boolean => c === 42 || isWhiteSpace(c);
const isBracket = (c: number): boolean => c === 0xff08 || c === 40;

/** The first character of text[from, to) past [\s*] (-1 when none): what a pattern opening with [\s*]* reads first. */
function firstSolid(text: string, from: number, to: number): number {
  const end = Math.min(to, text.length);
  let p = from;
  while (p < end && isBlank(text.charCodeAt(p))) p++;
  return p < end ? text.charCodeAt(p) : -1;
}

/** The last character of text[from, to) before [\s*] (-1 when none): what a pattern ending in [\s*]*$ reads last. */
function lastSolid(text: string, from: number, to: number): number {
  let p = to;
  while (p > from && isBlank(text.charCodeAt(p - 1))) p--;
  return p > from ? text.charCodeAt(p - 1) : -1;
}

/**
 * The role the label right before a colon gives the figure after it, when nothing else stands
 * between them (…；实际完成：83.4%；分值10分: the actual, not the rate its list label names).
 */
function colonLabelRole(text: string, cStart: number, at: number, marks: Marks): FrameRole | undefined {
  const colon = text.charCodeAt(cStart - 1);
  if ((colon !== 0xff1a && colon !== 58) || firstSolid(text, cStart, at) !== -1) return undefined;
  const labelStart = Marks.before(marks.clause, cStart - 2, cStart - 1 - 30);
  return roleOf(text.slice(labelStart, cStart - 1));
}

function proseFrame(m: Mention, prev: Mention | undefined, ctx: FrameContext, marks: Marks, labels: ListLabels): Frame {
  const { text } = ctx;
  const sStart = Marks.before(marks.sentence, m.start, m.start - 240);
  // (a bare number set inside words, 追加120调度系统升级经费, is a name's: the clause goes on through it)
  const inName = prev !== undefined && prev.unit === '' && prev.kind === 'plain' && isCjkCode(text.charCodeAt(prev.start - 1)) && isCjkCode(text.charCodeAt(prev.end));
  const low = prev && prev.end > sStart && prev.end <= m.start && !inName ? prev.end : sStart;
  const cStart = Marks.before(marks.clause, m.start, Math.max(low, m.start - 60));
  // A subject named after the figure (150万元为上年度应拨未拨资金, 412家科技型企业) is part of its clause.
  const after = m.subject.start >= m.end ? m.subject.text : '';
  const before = text.slice(cStart, m.start);
  const clause = after === '' ? before : `${before}${after}`;
  const sentenceHead = text.slice(sStart, m.start);
  // What the sentence may hold: a pattern is not tried where it cannot match. (The clause is in the
  // sentence when nothing is named after the figure; else what is after it is read as well.)
  const hints = marks.hintsAt(m.start);
  const beforeHints = marks.clauseHintsAt(m.start);
  const clauseHints = after === '' ? beforeHints : -1;
  // The same amount again in brackets, in another scale (全年预算12,610.00万元（1.26亿元））: the figure before's frame.
  if (prev !== undefined && prev.kind === m.kind && isBracket(firstSolid(text, prev.end, m.start)) && CONVERTED_OPEN.test(text.slice(prev.end, m.start)) && CONVERTED_CLOSE.test(text.slice(m.end, m.end + 4))) return { ...prev.frame };
  const frame: Frame = {};

  // Role: the change verb of the figure itself, else the role word nearest the figure in its clause,
  // else the label of a list the sentence opens with ("年度绩效目标为：a X；b Y" — every one a target).
  // 追加, 调增, 压减 move a budget during the year; 增长, 增加, 减少 compare with last year.
  // …and so does an amount right after what the money moved is for (追加全民健身设施更新96.00万元).
  const adjusted = (m.change !== undefined && /(?:追加|调增|调减|压减|核减)[了为达\s]*$/u.test(before)) || (m.kind === 'money' && ADJUSTED_ITEM.test(before));
  // "全年预算调整为X": the figure is what the budget became, not by how much it moved.
  const lastBefore = lastSolid(text, cStart, m.start);
  const result = lastBefore === 0x4e3a || lastBefore === 0x81f3 || lastBefore === 0x5230 ? RESULT_OF_CHANGE.exec(before) : null;
  // (a clause with nothing for roleOf to drop is read as it is)
  const roleBeforeOf = (beforeHints & STRIPPED) === 0 ? roleOfBare : roleOf;
  const roleBefore = (result === null ? roleBeforeOf(before) : roleBeforeOf(before.slice(0, result.index))) ?? colonLabelRole(text, cStart, m.start, marks);
  // "高于95%的目标", "超过0.5等的年度目标": a figure that is itself the aim it is measured against.
  const aimAfter = m.change === undefined && firstSolid(text, m.end, m.end + 8) === 0x7684 && TARGET_AFTER.test(text.slice(m.end, m.end + 8));
  // "成本指标（20分）": points in brackets right after a name, with no role word, are its weight (分值).
  const bracketWeight = m.unit === '分' && /[（(][\s*]*$/u.test(before) && /^[\s*]*[）)]/u.test(text.slice(m.end, m.end + 3));
  // "列入年初预算的两个": words before 的 describe what is counted, not the count's role.
  const describesCounted = m.kind === 'count' && lastBefore === 0x7684;
  // 比目标高0.8个百分点, 超计划6.5公里, 离80%的目标差20个百分点: how far the result is from its aim.
  // …or right after the aim's own figure and a word of difference (比年度目标52万吨多1.8万吨).
  const afterAim = prev !== undefined && prev.kind === m.kind && GAP_DIFF_ONLY.test(text.slice(prev.end, m.start)) && AIM_BASE.test(text.slice(Math.max(sStart, prev.start - 12), prev.start));
  const gapped = (m.kind === 'points' || m.kind === 'count' || m.kind === 'quantity' || m.kind === 'money') && (afterAim || GAP_TO_AIM.test(before) || (m.kind === 'points' && POINTS_GAP_TO_AIM.test(before)));
  const role = adjusted ? 'adjustment' : gapped ? 'gap' : m.change !== undefined ? 'change' : aimAfter ? 'target' : describesCounted ? undefined : (roleBefore ?? (after === '' ? undefined : roleOf(after)) ?? (beforeHints & ZHONG ? headRoleOf(before) : undefined) ?? (bracketWeight ? 'weight' : undefined) ?? (TARGET_NAMED.test(before) || PLANNED.test(before) ? 'target' : undefined));
  // The label of a list the sentence opens with decides only where the clause gives no role, or a rate's.
  // (…and a bare verb of doing, 完成40个项目, is what the aim says will be done)
  const aimVerb = role === 'actual' && AIM_VERB.test(before);
  const listRole = role === undefined || role === 'rate' || aimVerb ? listLabelRole(text, m, cStart, marks, labels) : undefined;
  // A rate word says what kind of metric it is; under a list of targets the figure is still a target.
  if (listRole === 'target' && (role === undefined || role === 'rate' || aimVerb)) frame.role = { value: 'target', from: 'label' };
  else if (role !== undefined) frame.role = { value: role, from: m.change !== undefined ? 'figure' : 'clause' };
  else if (listRole !== undefined) frame.role = { value: listRole, from: 'label' };
  // "任务为宫颈癌筛查12,000人、乳腺癌筛查12,000人": an item joined by 、 to the figure before it shares its role
  // (a footnote mark after the figure, 126.80万元①、, is no break).
  else if (prev?.frame.role !== undefined && prev.frame.role.from === 'clause' && m.change === undefined && JOINED_ITEM.test(text.slice(prev.end, cStart))) frame.role = { value: prev.frame.role.value, from: 'clause' };
  else if (m.kind === 'percent' && /率|比重|占比|满意度$/u.test(m.subject.text)) frame.role = { value: 'rate', from: 'clause' };

  // Period: the clause first, then the sentence before it (截至年底… applies to the whole sentence).
  const period = periodOf(clause, ctx.reportYear, clauseHints);
  if (period !== undefined) frame.period = { value: period, from: 'clause' };
  // …and a change over a year before last year's (比2022年增长38.9% in a 2024 report) is no change over last year.
  const base = m.change !== undefined && ctx.reportYear !== undefined ? CHANGE_BASE_YEAR.exec(before) : null;
  const older = period === 'prior' ? olderYear(clause, ctx.reportYear) : base !== null && Number(base[1]) < (ctx.reportYear ?? 0) - 1 ? Number(base[1]) : undefined;
  if (older !== undefined) frame.older = { value: older, from: 'clause' };
  const later = period === undefined && ctx.reportYear !== undefined && (clauseHints & YEAR_DIGIT) !== 0 ? YEAR_NAMED.exec(clause) : null;
  if (later && Number(later[1]) > (ctx.reportYear ?? 0)) frame.later = { value: Number(later[1]), from: 'clause' };
  if (period === undefined) {
    // 截至年底…, 全年… hold for the whole sentence; a 年初 or 上年 elsewhere in it names something else.
    const p = periodOf(sentenceHead, ctx.reportYear, hints);
    if (p === 'as-of' || p === 'whole-year') frame.period = { value: p, from: 'sentence' };
    // "2024年年初，…下达资金X": an amount allotted in a sentence opening with 年初 is the start of the year's
    // (what was spent or a rate in it may be the year's: 年初，下达200万元，实际支出180万元).
    else if (p === 'initial' && YEAR_START_OPENING.test(sentenceHead) && m.kind === 'money' && (frame.role === undefined || frame.role.value === 'budget')) frame.period = { value: 'initial', from: 'sentence' };
  }
  // …or the level a change starts from (名次由第7位升至第3位, 由85%提高到92%): the earlier figure, not the one reached.
  const from = lastBefore === 0x7531 && FROM_LEVEL.test(text.slice(m.end, m.end + 8));
  if (frame.role?.value !== 'change' && frame.role?.value !== 'adjustment' && (from || ((clauseHints & PRIOR_WORD) !== 0 && PRIOR.test(clause)) || ((beforeHints & COMPARE) !== 0 && COMPARED_BASE.test(before)))) {
    frame.role = { value: 'prior-year', from: 'clause' };
    frame.period = { value: 'prior', from: 'clause' };
  }
  // "上年末在职79人、控制率91.86%": an item joined by 、 to one its words give as last year's is last year's too
  // (not to one in an earlier year's name: 2023年…补助100.00万元、…市赛50.00万元 lists this year's items).
  if (frame.period === undefined && frame.role?.value !== 'change' && frame.role?.value !== 'adjustment' && prev?.frame.role?.value === 'prior-year' && prev.frame.period?.value === 'prior' && JOINED_ITEM.test(text.slice(prev.end, cStart))) {
    frame.period = { value: 'prior', from: 'clause' };
  }

  // The clause without spaces and emphasis, made at most once: the denial and the example read it.
  let bare: string | undefined;
  const bareClause = (): string => (bare ??= clause.replace(/[\s*]/gu, ''));
  if ((clauseHints & DENIAL) !== 0 && NEGATION_HINT.test(clause) && NEGATION.test(bareClause())) frame.polarity = { value: 'negative', from: 'clause' };

  // Scope: a group named in the clause, else in the sentence, else in the section heading.
  const clauseScope = clauseHints & GROUP ? scopeOf(clause) : undefined;
  // (an aside closed before the figure, 全年预算X（其中：…项目支出Y），…, scopes nothing after it)
  const openHead = blankClosedAsides(sentenceHead);
  const scope = clauseScope ?? (hints & GROUP ? scopeOf(openHead) : undefined);
  const qizhongAt = Marks.lastIn(marks.qizhong, sStart, m.start - 1);
  const qizhong = qizhongAt < 0 || openHead.charCodeAt(qizhongAt - sStart) === 32 ? -1 : qizhongAt - sStart;
  if (qizhong >= 0 && qizhong >= sentenceHead.length - (m.start - cStart) - 40) {
    // "全年支出X万元，其中A Y万元": a part of the figure before 其中.
    // "共列项目七个；其中…": a 其中 opening its clause after a semicolon parts the clause before.
    const headStart = qizhong === 0 ? Marks.before(marks.strong, sStart - 1, sStart - 200) : sStart;
    const head = text.slice(headStart, sStart + qizhong);
    const headFigure = /[0-9０-９]|[一二两三四五六七八九十]+[个项家人类名所]/u.test(head) ? head.replace(/[，,：:；;\s]+$/u, '') : '';
    if (headFigure !== '') frame.scope = { value: `其中:${headFigure.slice(-24)}`, from: 'qizhong' };
  }
  if (frame.scope === undefined && scope !== undefined) frame.scope = { value: scope, from: clauseScope !== undefined ? 'clause' : 'sentence' };
  // A part of a budget (全年预算X（其中：基本支出a，项目支出b）) is a budget too, when its own words say no role.
  // (the head is the figure before 其中 outside any aside: 支出X（年初预算Y），其中… parts X, not Y)
  const prevAside = prev !== undefined && prev.start >= sStart && openHead.charCodeAt(prev.start - sStart) === 32;
  if (frame.role === undefined && frame.scope?.from === 'qizhong' && m.kind === 'money' && prev !== undefined && !prevAside && prev.kind === 'money' && prev.frame.role?.value === 'budget' && (prev.end <= qizhongAt || prev.frame.scope?.value === frame.scope.value)) {
    frame.role = { value: 'budget', from: 'qizhong' };
  }

  // Entity: an example named with 如…, else a quoted name in the clause or sentence.
  const example = (hints & RU) === 0 || !sentenceHead.includes('如')
    ? null
    : (EXAMPLE.exec(bareClause()) ?? EXAMPLE.exec(sentenceHead.slice(0, Math.max(0, sentenceHead.length - clause.length)).replace(/[\s*]/gu, '')));
  if (example?.[1] !== undefined) frame.entity = { value: `如:${example[1]}`, from: 'example' };
  else if ((hints & QUOTE) !== 0 && sentenceHead.includes('“')) {
    const inClause = lastMatch(QUOTED, clause)?.[1];
    const quoted = inClause ?? lastMatch(QUOTED, sentenceHead)?.[1];
    if (quoted !== undefined) frame.entity = { value: quoted, from: inClause !== undefined ? 'clause' : 'sentence' };
  }
  if (m.subject.text !== '') frame.metric = { value: m.subject.text, from: 'clause' };
  if (m.approx !== 'exact' && COUNTED_AFTER.test(text.slice(m.end, m.end + 16))) frame.classBound = { value: text.slice(m.start, m.end), from: 'clause' };
  return frame;
}

/** What follows a bound that picks out a class (96%以下的有四个项目, 低于90%的项目共3个): the count of its members. */
const COUNTED_AFTER = /^[\s*]*的[\u4e00-\u9fff]{0,6}?(?:有|共有|共计|共)[\s*]*[0-9０-９一二三四五六七八九十两]/u;

/** Words that say a figure's role, period or kind of money, and nothing of whose or what. */
const ROLE_ONLY_WORDS =
  /该项目|本项目|该专项|该资金|此项|该|此|其|项目|资金|经费|金额|数额|总额|合计|总计|共计|累计|全年|本年|当年|年初|年中|年末|上年|去年|同期|实际|完成|执行|支出|预算|决算|安排|结余|结转|调增|调减|追加|压减|变动|年度|目标|指标值|任务数|任务|完成率|执行率|控制率|使用率|变动率|增长率|得分|分值|比上年|较上年|同比|增加|减少|增长|下降|率|数|额|值|为|达|共|了|的/gu;

/** A subject that names only a role (实际, 完成率, 本年预算, 该项目支出): whose it is must come from around it. */
export function isRoleOnly(subject: string): boolean {
  return charLength(metricResidue(subject)) <= 1;
}

/** What a subject names beyond role, period and money words: 省市投资 of 省市全年完成投资. */
export function metricResidue(subject: string): string {
  return subject
    .replace(/[\s*“”"（）()、，,：:/|]/gu, '')
    .replace(/(?:19|20)\d\d(?:[-—至](?:19|20)\d\d)?年?度?/gu, '')
    .replace(/^其中/u, '')
    .replace(ROLE_ONLY_WORDS, '');
}

/** A header's or label's bracket holds its unit (全年预算数（万元）, 累计拨付（万元）) or basis, not its role or name. */
export function unbracketed(cell: string): string {
  return cell.replace(/[（(][^）)]*[）)]/gu, '');
}

/**
 * What a table's header and label cells say, read once per document for each distinct text: every
 * figure of a column has the same header, and rows repeat their labels.
 */
class CellReadings {
  private readonly columnRoles = new Map<string, FrameRole | undefined>();
  private readonly columnPeriods = new Map<string, Period | undefined>();
  private readonly rowRoles = new Map<string, FrameRole | undefined>();
  private readonly rowScopes = new Map<string, string | undefined>();

  constructor(private readonly reportYear: number | undefined) {}

  columnRole(column: string): FrameRole | undefined {
    // A column named by a change verb (比上年增长 over -5.24%) holds changes; in prose the verb before a figure says so itself.
    return readOnce(this.columnRoles, column, (c) => roleOf(unbracketed(c)) ?? (CHANGE_COLUMN.test(c) ? 'change' : undefined));
  }

  columnPeriod(column: string): Period | undefined {
    // A column of the state before the work (建设前 | 建设后) is the earlier figure, as last year's is.
    return readOnce(this.columnPeriods, column, (c) => {
      const bare = unbracketed(c);
      return BEFORE_WORK.test(bare.trim()) ? 'prior' : periodOf(bare, this.reportYear);
    });
  }

  olderYear(column: string): number | undefined {
    return olderYear(unbracketed(column), this.reportYear);
  }

  rowRole(label: string): FrameRole | undefined {
    return readOnce(this.rowRoles, label, (l) => roleOf(unbracketed(l)));
  }

  scope(labels: string): string | undefined {
    return readOnce(this.rowScopes, labels, scopeOf);
  }
}

/** A clause that is only a verb of doing before its figure (，完成40个项目的…): under a list of aims, the aim's verb. */
const AIM_VERB = /(?:^|[，,；;、：:])[\s*]*(?:完成|实现|达到)[\s*]*$/u;

/** A column header ending in a change verb. */
const CHANGE_COLUMN = /(?:增长|增加|下降|减少)$/u;

/** Column headers that are roles. */
function tableFrame(m: Mention, cells: CellReadings): Frame {
  const t = m.table;
  const frame: Frame = {};
  if (!t) return frame;
  // 调增16.85 under 年中调整: the column says it is the adjustment; a change verb alone says change.
  const columnRole = cells.columnRole(t.column);
  const role = m.change !== undefined && columnRole !== 'adjustment' ? 'change' : columnRole;
  if (role !== undefined) frame.role = { value: role, from: m.change !== undefined && role === 'change' ? 'figure' : 'column' };
  else {
    const rowRole = cells.rowRole(t.row[t.row.length - 1] ?? '');
    if (rowRole !== undefined) frame.role = { value: rowRole, from: 'row' };
  }
  const period = cells.columnPeriod(t.column);
  if (period !== undefined) frame.period = { value: period, from: 'column' };
  const older = period === 'prior' ? cells.olderYear(t.column) : undefined;
  if (older !== undefined) frame.older = { value: older, from: 'column' };
  if (frame.role?.value !== 'change' && period === 'prior' && frame.role?.value !== 'budget') frame.role = { value: 'prior-year', from: 'column' };
  // The labels run together (join('') without its generic path: every table figure has a row).
  let labels = '';
  for (const label of t.row) labels += label;
  const scope = cells.scope(labels);
  if (scope !== undefined) frame.scope = { value: scope, from: 'row' };
  if (/^其中/u.test(t.row[t.row.length - 1] ?? '')) frame.scope = { value: `其中:${t.row[0] ?? ''}`, from: 'row' };
  if (t.row[0] !== undefined && t.row[0] !== '') frame.entity = { value: t.row[0], from: 'row' };
  if (m.subject.text !== '') frame.metric = { value: m.subject.text, from: 'row' };
  const part = partOfYear(t.row[0] ?? '', t.column);
  if (part !== undefined) frame.partOfYear = { value: part, from: 'row' };
  return frame;
}

/** The last part: a running total there (累计 under 12月) is the year's. */
const YEAR_END = /(?:^|[-—–~～至年])(?:12|１２|十二)月(?:份|末|底)?(?:累计)?$|[四4４]季度(?:末)?(?:累计)?$|^Q4$/u;
/** A column that runs on from the year's start: 累计支出, 截至当月. */
const RUNNING = /累计|截至|截止|年初至今/u;

/**
 * The part of the year a table cell is of, when its row or its column is labelled by one: a month's
 * or a quarter's figure is not the year's, unless it is the running total at the year's end.
 */
function partOfYear(rowLabel: string, column: string): string | undefined {
  const row = rowLabel.replace(/\s+/gu, '');
  const head = unbracketed(column.split(' / ').at(-1) ?? column).replace(/\s+/gu, '');
  const part = PERIOD_NAME.test(row) ? row : PERIOD_NAME.test(head) ? head : undefined;
  if (part === undefined) return undefined;
  return YEAR_END.test(part) && RUNNING.test(`${head}${row}`) ? undefined : part;
}

/**
 * Whether two frames can describe the same quantity: every slot both fill must agree (roles,
 * periods, polarity, scope, and an example never stands for its group).
 */
export function framesCompatible(a: Frame, b: Frame): boolean {
  if (a.role && b.role && !rolesMatch(a.role.value, b.role.value)) return false;
  if (a.period && b.period && a.period.value !== b.period.value && !(isThisYear(a.period.value) && isThisYear(b.period.value))) return false;
  if ((a.polarity?.value ?? 'positive') !== (b.polarity?.value ?? 'positive')) return false;
  if ((a.scope?.value ?? '') !== (b.scope?.value ?? '') && (a.scope || b.scope)) {
    const sa = a.scope?.value ?? '';
    const sb = b.scope?.value ?? '';
    // A part (其中…) and a named group differ; two different named groups differ.
    if (sa.startsWith('其中:') || sb.startsWith('其中:') || (sa !== '' && sb !== '')) return false;
  }
  const ea = a.entity?.value ?? '';
  const eb = b.entity?.value ?? '';
  if (ea.startsWith('如:') !== eb.startsWith('如:')) return false;
  if (ea.startsWith('如:') && eb.startsWith('如:') && ea !== eb) return false;
  return true;
}

/** Two role words that can state one quantity: the same role, or a rate stated as what was achieved (满意度 90%, 实际完成值 90%). */
export function rolesMatch(a: FrameRole, b: FrameRole): boolean {
  return a === b || (a === 'rate' && b === 'actual') || (a === 'actual' && b === 'rate');
}

function isThisYear(p: Period): boolean {
  return p === 'current' || p === 'whole-year' || p === 'as-of';
}
