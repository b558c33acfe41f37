import type { Fact, FactRole } from '../../schemas/fact.js';
import { Dec } from '../decimal.js';
import { isRoleOnly, metricResidue, repeatsClause, roleIn, scopeOf, unbracketed, type FrameRole, type Mention } from '../mentions/index.js';
import { bigrams, dice, metricCore, subjectSimilarity } from '../mentions/similarity.js';
import { ARABIC_SCALES, bindFamily as familyOf, CHANGE_WORDS, compatible, conversion, countsPeople, significantDigits } from '../mentions/units.js';
import { chineseCount, chineseNumber, formatWithUnit, usesThousands } from '../format/index.js';

/** A figure of the sidecar with the text around it, so it can be found again after edits. */
export interface FigureAnchor {
  readonly factId: string;
  readonly offset: number;
  readonly text: string;
  readonly before: string;
  readonly after: string;
}

export type Binding =
  | { readonly status: 'bound'; readonly factId: string; readonly by: 'sidecar' | 'subject' | 'value'; readonly similarity: number }
  | { readonly status: 'mismatch'; readonly factId: string; readonly by: 'sidecar' | 'subject'; readonly similarity: number }
  | { readonly status: 'ambiguous'; readonly factIds: readonly string[] }
  | { readonly status: 'unbound' };

/** Above this a subject names the fact: a different value there is a mismatch. */
export const STRONG = 0.62;
/** A subject this close to a figure quoted from the data's prose is that same sentence. */
const QUOTED = 0.95;
/** …and long enough to be a phrase of that sentence, not just an item's name (推进新型工业化). */
const QUOTED_LENGTH = 9;
/** A subject after the figure (50万元以上项目提交科技报告) is the figure's own noun phrase: shorter will do. */
const QUOTED_AFTER_LENGTH = 6;
/** Above this a subject supports a value that matches. */
export const WEAK = 0.3;
/** Two candidates closer than this are equally good: the binding is ambiguous, never guessed. */
const TIE = 0.02;

const TARGET_PENALTY = 0.15;

/** How much looser than the data's bound a restated bound may be (95%以上 for 97%以上). */
const LOOSER = 0.9;

/** How far above its number an open bound (超X, X以上) may still hold. */
const OPEN_BOUND = 10;

/**
 * Figures quoted from free text of the data or carried from last year's report: their subjects are
 * guesses. An achievement's rank text (连续九年全省前二) is not free: the data says whose it is.
 */
export function isProse(fact: Fact): boolean {
  if (fact.role === 'carried') return true;
  return fact.role === 'quoted' && !(fact.provenance.kind === 'data' && /^achievements\[\d+\]\.rank$/u.test(fact.provenance.path));
}

/** Changes (增加, 压减, 前进…): a figure after a change verb states one of these. */
function isChange(fact: Fact): boolean {
  return fact.role === 'change' || fact.role === 'adjustment';
}

/** Aims: the target of an indicator or an achievement, and figures quoted from the goals. */
function isTarget(fact: Fact): boolean {
  return fact.role === 'target' || (fact.provenance.kind === 'data' && fact.provenance.path.startsWith('goals.expected'));
}

/** Fact roles a figure's own role word can state (完成 95% may be an indicator's actual in %). */
const ROLES_FOR: Readonly<Record<FrameRole, readonly FactRole[]>> = {
  budget: ['budget'],
  actual: ['actual', 'rate'],
  target: ['target'],
  adjustment: ['adjustment'],
  balance: ['balance'],
  rate: ['rate', 'actual'],
  score: ['score'],
  weight: ['weight'],
  change: ['change', 'adjustment'],
  'prior-year': ['prior-year'],
  gap: ['gap'],
};

/** Words that deny (未列入, 不含, 无结余): a fact named with one is about what was not. */
const DENIAL = /未|不|没有|无/u;

/** Rates of doing what was planned, and of spending what was budgeted. */
const COMPLETION = /完成(?:了)?(?:年度|全年)?(?:目标|任务|计划)(?:数|值|量)?的|完成率|完成比例/u;
const EXECUTION = /执行率|使用率|支出率|支付率|拨付率|执行进度|支出进度|(?:预算|支出|支付|资金|执行)[\u4e00-\u9fff]{0,2}完成(?:率|年度|全年|计划)/u;
/** A score table's column of what was done. */
const ACTUAL_COLUMN = /^(?:实际)?完成值|^实际值|^实际完成/u;

/** A fact named as a fall: its value is the size of the fall. */
const FALL = /下降|减少|降低|降幅/u;
/** The mention with its sign turned: -8.27% as 8.27%. */
function negated(m: Mention): Mention {
  const flip = (v: string) => (v.startsWith('-') ? v.slice(1) : v === '0' ? v : `-${v}`);
  return { ...m, value: flip(m.value), lo: flip(m.hi), hi: flip(m.lo) };
}

/** Amounts per head, household, pupil or unit of work (每例, 每台, 单台, 例均…). */
const PER_HEAD = /[人户生亩床例次件台套家所村]均|[每单](?:人|户|名|生|亩|床|公里|平方米|处|个|例|件|次|台|套|辆|座|所|家|村|吨|头|只|项)|平均每/u;

/** A table row counting people or things. */
const COUNT_ROW = /人数|编制数|人员数|户数|个数|次数|床位数/u;

/** Money carried into the year: 上年结转, 上年度结余, 年初结转结余. */
const CARRIED_IN = /上一?年度?结[转余]|结转上年|年初结[转余]/u;

/** Which way an adjustment goes, by its name (年中追加, 年中压减). */
const ADDS = /追加|调增/u;
const CUTS = /压减|调减|核减/u;

/** What a clause's one word names: a total of scores is the 总分, an adjustment the year's of its kind, a change itself. */
function wordSubject(word: string, mention: Mention): string {
  if (/^(?:比|较)/u.test(word)) return word;
  if (ADDS.test(word)) return '年中追加';
  if (CUTS.test(word)) return '年中压减';
  return mention.unit === '分' ? '总分' : word;
}

/** A table's total row, by its label cell (合计, 小 计). */
const TOTAL_CELL = /^[\s*]*(?:合|小|总)[\s\u3000]*计[\s*]*$/u;

/** Words of a total (合计, 总分, 总额…), in a row's label or a fact's. */
const TOTAL_WORDS = /合计|总计|总分|总额|总数/u;

/** Funds given (下达, 批复), unless the words also say they were spent (实际, 支出…). */
const GIVEN = /下达|批复/u;
const SPENT = /支出|使用|支付|执行|兑付|兑现|发放|实际|花/u;

/** An act of looking at some (走访了, 抽查), right before the figure or its noun. */
const SAMPLED = /(走访|抽查|抽检|暗访|督查|督导|巡查|实地查看|随机抽取|抽取|抽样调查|问卷调查|回访)(?:了|过)?[^，,。；;#]{0,6}$/u;
/** Items after the first of a list joined by 、 (献血者1,200人、医疗机构): what the act before the first is done to too. */
const JOINED_AFTER = /^[0-9０-９][0-9０-９,.，]*[^\s、，,。；;#0-9]{0,4}(?:、[^、，,。；;#0-9]{1,12}[0-9０-９][0-9０-９,.，]*[^\s、，,。；;#0-9]{0,4})*、[^、，,。；;#0-9]{1,12}$/u;

/** The words before a 、 list's first figure, when the lead is such a list (抽样调查献血者1,200人、医疗机构 → 抽样调查献血者); else the lead. */
function listHead(lead: string): string {
  const first = lead.search(/[0-9０-９]/u);
  return first > 0 && JOINED_AFTER.test(lead.slice(first)) ? lead.slice(0, first) : lead;
}

/** …or of changing some of a stock (更新了1辆超期服役的公务用车): a count of those, not of the stock. */
const RENEWED = /(更新|新购|购置|报废|处置|淘汰)(?:了|过)?[^，,。；;#]{0,6}$/u;

/** A share's words: 占 (占X%, 占…的X%, 占比) or 比重. */
const SHARE = /占|比重/u;
/** …over a budget, a plan or a quota: a rate of spending, doing or staffing (占全年预算的95%, 占编制数的X%). */
const OVER_PLAN = /占[^，。；]*?(?:预算|计划|任务|目标|编制|核定|下达|批复|安排|可支配|应到位|应拨付|合同)/u;

/**
 * A figure stating a part's share of a whole (补贴发放A，占75.2%; a column 占总支出比重): not a rate of
 * the same item (its 执行率, 完成率), which the data may hold under the same name.
 */
function statesShare(mention: Mention): boolean {
  if (mention.unit !== '%') return false;
  const words = rateWords(mention);
  return SHARE.test(words) && !OVER_PLAN.test(words);
}

/** Funds named by the level of government giving them: 省级资金, 中央财政补助资金. */
const LEVEL_FUNDS = /(?:省级|市级|县级|区级|乡级|镇级|中央|本级)(?:财政)?(?:补助)?资金/u;
/** Words naming a source of funds in a fact's name. */
const SOURCE_WORDS = /资金|拨款|财政|来源|收入/u;

/** A score's share of its weight: 得分率, 得分比例. */
const SCORE_RATE = /得分(?:率|比例|比率)/u;

/** The words that say what kind of rate a figure is: its subject, and its column in a table. */
function rateWords(mention: Mention): string {
  return `${mention.subject.text}${mention.table?.column ?? ''}`;
}

/** Words that set an aim rather than state a level: 年初确定…, 计划…, 目标…. */
const SETS_AIM = /确定|计划|目标|任务|力争|要求|安排|预期/u;

/**
 * Whether a figure's frame allows it to state a fact: its role word, its period (上年, 年初) and a
 * denial (未列入…) must fit what the fact is. Slots the text leaves empty allow anything.
 */
function frameAllows(mention: Mention, fact: Fact, said: string): boolean {
  const frame = mention.frame;
  // A slot word that is part of the fact's own name (an item called 上年度应拨未拨项目资金) says
  // which fact, not a different role or period.
  const name = `${fact.label}${fact.subject ?? ''}`;
  // A completion rate (完成年度任务的95.50%) is not the item's execution rate, nor the other way round;
  // a cell under 实际完成值 is the indicator's actual, not the completion rate the data derives from it.
  if (fact.kind === 'percent') {
    if (statesShare(mention) && !SHARE.test(name)) return false;
    const words = rateWords(mention);
    // A score over its weight (得分率 9.73 ÷ 10) is no rate of the indicator's own (its 完成率, 执行率).
    if (SCORE_RATE.test(words) && !SCORE_RATE.test(name)) return false;
    // (完成年度任务的95.50%: the rate role came from the words before 的, its subject is 年度任务)
    const completion = COMPLETION.test(words) || (frame.role?.value === 'rate' && /(?:目标|任务|计划)(?:数|值|量)?$/u.test(mention.subject.text));
    // (预算执行完成率, 资金支付完成年度计划的X%: spending against budget, in a completion's words)
    const spends = EXECUTION.test(words);
    if (completion && !spends && EXECUTION.test(name) && !COMPLETION.test(name)) return false;
    if (spends && COMPLETION.test(name) && !EXECUTION.test(name)) return false;
    // (an indicator named 重点工作完成率 has its own actual: only a rate the tool works out is kept apart)
    if (ACTUAL_COLUMN.test(mention.table?.column ?? '') && fact.provenance.kind !== 'data' && /完成率$/u.test(fact.label)) return false;
  }
  // A rate of the funds of one level (省级资金执行率) is a part's, not the whole's the data gives with no source
  // named (预算执行率); a source of the data's (其他资金, 当年财政拨款) may be what the writer calls them.
  if (fact.kind === 'percent' && LEVEL_FUNDS.test(said) && !SOURCE_WORDS.test(name)) return false;
  // An adjustment goes one way: a cut (压减45.00万元 after 追加…经费) is not the addition named before it.
  if (fact.role === 'adjustment' && mention.change !== undefined) {
    const way = CUTS.test(fact.label) ? 'decrease' : ADDS.test(fact.label) ? 'increase' : undefined;
    if (way !== undefined && way !== mention.change) return false;
  }
  // Money carried in from last year (上年结转) is a source of this year's, not what is left at its end.
  if (fact.role === 'balance' && CARRIED_IN.test(mention.subject.text) && !CARRIED_IN.test(name)) return false;
  // A fact of an earlier year (a statistic of the year before) is what a figure dated so states.
  // …and so is one whose name gives its year (获2023年度国家科技奖项目): the text's year is that name's.
  const priorNamed = /上年|去年|上一年|(?:19|20)\d\d\s*年/u.test(name) || fact.year !== undefined;
  const role = frame.role?.value;
  // …as is a role word inside a name of the fact the subject says (年初预算安排 of a count of projects).
  const spoken = fact.aliases.filter((a) => [...a].length >= 4 && said.includes(a));
  const roleInName = role !== undefined && spoken.some((a) => roleIn(a) === role);
  if (role !== undefined && !ROLES_FOR[role].includes(fact.role) && !(role === 'prior-year' && priorNamed) && !roleInName) return false;
  const period = frame.period?.value;
  if (period === 'prior' && fact.role !== 'prior-year' && fact.role !== 'change' && !priorNamed) return false;
  // A figure of a year before last year's (2022年决算 in a 2024 report) is only a fact of that year.
  if (frame.older !== undefined && fact.year !== frame.older.value) return false;
  if (frame.later !== undefined || frame.partOfYear !== undefined || frame.classBound !== undefined) return false;
  // How far a result is from its target is stated only as that (比目标高…): not a change a figure states otherwise.
  if (fact.role === 'gap' && role !== 'gap') return false;
  // A count at the start of the year (年初全区登记在册的隐患点43处) is the level last year ended at.
  // (年初确定受益学生不少于35000人 sets a target at the start of the year: a bound, or words that set one.)
  const startLevel = period === 'initial' && (mention.kind === 'count' || mention.kind === 'quantity') && role === undefined && mention.approx === 'exact' && !SETS_AIM.test(mention.subject.text);
  if (startLevel && fact.role !== 'prior-year' && !/年初/u.test(name)) return false;
  if (period !== 'prior' && !startLevel && role !== 'prior-year' && fact.role === 'prior-year') return false;
  // 年初 and 全年 tell two budgets apart only where the fact says which it is.
  if (period === 'initial' && /全年|调整后/u.test(fact.label)) return false;
  if (period === 'whole-year' && /年初/u.test(fact.label)) return false;
  // A group its own words name (基本支出年初预算): only facts of that group.
  const scope = frame.scope?.from === 'clause' ? frame.scope.value : undefined;
  if (scope !== undefined && !scope.startsWith('其中') && mention.subject.text.includes(scope) && !name.includes(scope)) return false;
  // …unless the figure names it by an alias that says it plainly (年中新增 for 未列入年初预算).
  const plainly = spoken.some((a) => !DENIAL.test(a));
  const denied = DENIAL.test(name) && !plainly;
  // A denial inside the figure's own name (a row 上年度应拨未拨项目资金) names that fact, as the clause's would.
  // A cell opening with a denial is another column's status (未列入年初预算, 无): only names speak for the row.
  const rowWords = mention.table?.row.filter((c) => !DENIAL.test(c.trim().charAt(0))).join('') ?? '';
  const saysDenied = frame.polarity?.value === 'negative' || (mention.table !== undefined && DENIAL.test(`${rowWords}${mention.table.column}`));
  if (saysDenied !== denied) return false;
  return true;
}

/** A metric named as a change (耕地质量等级提升, 农民人均收入增长): its level is stated after that verb. */
function namedChange(fact: Fact): Mention['change'] {
  const name = (fact.subject ?? fact.label).replace(/[\s*]/gu, '');
  return CHANGE_WORDS.find((w) => name.endsWith(w.word))?.change;
}

interface IndexedFact {
  readonly prose: boolean;
  readonly change: boolean;
  readonly namedChange: Mention['change'];
  readonly target: boolean;
  readonly fact: Fact;
  readonly labels: readonly { text: string; grams: Map<string, number> }[];
  readonly value: Dec | undefined;
}

/**
 * What a fact's value is multiplied by to read in a mention's unit; a bare number is in the fact's unit,
 * and a count the data writes with a bare scale (346万) is 3,460,000 where the text writes 346万 too.
 */
export function factorTo(mention: Mention, fact: Fact): Dec | undefined {
  const bareScale = mention.unit === '' && mention.text.includes(fact.unit) ? ARABIC_SCALES[fact.unit] : undefined;
  if (bareScale !== undefined) return new Dec(10).pow(bareScale);
  return mention.unit === '' ? new Dec(1) : conversion(fact.unit, mention.unit);
}

/** Whether a fact's value lies in the interval a mention stands for (after unit conversion). */
export function valueFits(mention: Mention, fact: Fact): boolean {
  if (fact.kind === 'text') return false;
  const factor = factorTo(mention, fact);
  if (factor === undefined) return false;
  // The data's own words give a bound (50万元以上项目…, 全省前二) and the text restates it: the same
  // words only with the same number (49万元以上 is another rule).
  if (fact.role === 'quoted' && fact.approx !== undefined && mention.approx === fact.approx) return statesExactly(mention, fact);
  const v = new Dec(fact.value).times(factor);
  // A bound of the data's fields (满意度97%以上) holds the same bound a little looser (95%以上), not
  // one far off (124余项 for 600余项 is another item's figure).
  if ((fact.approx === 'more' || fact.approx === 'less') && mention.approx === fact.approx) {
    const said = new Dec(mention.value);
    return fact.approx === 'more' ? said.lte(v) && said.gte(v.times(LOOSER)) : said.gte(v) && said.times(LOOSER).lte(v);
  }
  // A count the data holds rounded to a larger unit (5.83万人) holds every figure that rounds to it (58 307人).
  // (An amount of money in the data is exact at any scale: 846万元 is 8,460,000.00元.)
  if (fact.kind !== 'money' && factor.gt(1) && mention.approx === 'exact') {
    const half = new Dec(10).pow(-fact.precision).times(factor).div(2);
    const said = new Dec(mention.value);
    if (said.gte(v.minus(half)) && said.lt(v.plus(half))) return true;
  }
  const lo = new Dec(mention.lo);
  if (v.lt(lo)) return false;
  // 超310万元 says a little more than 310万元, not 310亿元: an open bound stops at ten times its number.
  if (mention.hi === 'Infinity') return lo.lte(0) || v.lte(lo.times(OPEN_BOUND));
  // Rounded half up, an exact figure's upper edge belongs to the next value (3.15 reads 3.2, not 3.1).
  return mention.approx === 'exact' && !v.isNegative() ? v.lt(mention.hi) : v.lte(mention.hi);
}

/**
 * Whether a figure states a fact, to bind it. A value a scoring rule gives (3.75分 by the completion
 * ratio) is stated only at its own decimals: a rounded 4 in a score cell is not the rule's 3.75 but
 * a score the data gives otherwise.
 */
function readsAs(mention: Mention, fact: Fact): boolean {
  if (fact.provenance.kind === 'rule' && mention.precision < fact.precision) return false;
  return valueFits(mention, fact) || signedFall(mention, fact);
}

/** A signed change (增减额 △0.06万元, 增减率 -8.27%) states a fall the data holds as its size (比上年减少 0.06万元). */
function signedFall(mention: Mention, fact: Fact): boolean {
  return mention.value.startsWith('-') && fact.kind !== 'text' && FALL.test(fact.label) && !fact.value.startsWith('-') && valueFits(negated(mention), fact);
}

/** A figure's words without its number and with money scales alike: 超2000家 → 超#家, 3.5亿元 → #U. */
function shape(text: string): string {
  return text.replace(/[\d.,，\s]+/g, '#').replace(/[千万亿]*元/g, 'U');
}

/** The shapes the tool's own words around a figure can give a mention (95% + 以上 → #%以上). */
function writtenShapes(anchor: FigureAnchor): Set<string> {
  const shapes = new Set<string>();
  for (let k = 0; k <= Math.min(4, anchor.before.length); k += 1) {
    for (let j = 0; j <= Math.min(4, anchor.after.length); j += 1) {
      shapes.add(shape(`${anchor.before.slice(anchor.before.length - k)}${anchor.text}${anchor.after.slice(0, j)}`));
    }
  }
  return shapes;
}

/** Whether a mention's own number is the fact's value at the decimals it shows (after unit conversion). */
export function statesExactly(mention: Mention, fact: Fact): boolean {
  if (fact.kind === 'text') return false;
  const factor = factorTo(mention, fact);
  if (factor === undefined) return false;
  const v = new Dec(fact.value).times(factor);
  const precision = Math.max(0, mention.precision);
  return v.toDecimalPlaces(precision).eq(new Dec(mention.value).toDecimalPlaces(precision));
}

/**
 * The fact's value restated in the mention's unit, at the decimals the fact carries (31亿元 against
 * 19.65亿元 reads 19.65亿元), grouped in thousands when the text groups them (1,415.29万元 → 1,451.29万元).
 */
export function expectedText(mention: Mention, fact: Fact): string {
  if (fact.kind === 'text') return fact.value;
  // The data's very number under another scale (1814.05亿元 for 1814.05万元): the unit slipped, say the data's.
  const slipped = mention.unit !== fact.unit && new Dec(mention.value).eq(fact.value);
  const unit = mention.unit === '' ? '' : slipped ? fact.unit : mention.unit;
  const factor = unit === '' ? new Dec(1) : (conversion(fact.unit, unit) ?? new Dec(1));
  const v = new Dec(fact.value).times(factor);
  // Scaling down (万元 → 亿元) moves the fact's decimals along with it.
  const shift = factor.lt(1) ? -factor.log(10).toNumber() : 0;
  const precision = Math.max(0, mention.precision, Math.min(fact.precision + shift, 8));
  const written = formatWithUnit(v, precision, unit === '' ? fact.unit : unit, { thousands: usesThousands(mention.text) });
  // A bound the data gives (60余位) reads as the text wrote its bound, with the data's number.
  // …and a number written in Chinese (两项, 前二) reads in Chinese.
  const digits = /[0-9][0-9,.]*|[零〇一二两三四五六七八九十百千]+/u.exec(mention.text);
  const chinese = digits !== null && !/[0-9]/u.test(digits[0]) && v.isInteger() && !v.isNegative();
  if (!digits || (!chinese && (fact.approx === undefined || fact.approx !== mention.approx))) return written;
  const number = chinese ? (mention.kind === 'count' ? chineseCount : chineseNumber)(v.toNumber()) : formatWithUnit(v, precision, '', { thousands: usesThousands(mention.text) });
  const rest = mention.text.slice(digits.index + digits[0].length);
  return `${mention.text.slice(0, digits.index)}${number}${slipped ? rest.replace(mention.unit, fact.unit) : rest}`;
}

/** Whether the words around a figure speak of aims: not at all, too, or only (a section setting targets). */
type Aims = 'none' | 'allowed' | 'only';

/** What the text around a mention tells the binder. */
export interface BindContext {
  /** The sidecar figure at the mention, if any. */
  readonly anchor?: FigureAnchor | undefined;
  /** The anchor is surely the mention's (by position, or by a context only it had). */
  readonly certainAnchor?: boolean | undefined;
  /** The sentence is about aims (力争, 目标): targets are not penalised. */
  readonly aboutTarget?: boolean | undefined;
  /** The section sets the year's targets (年度绩效目标): what was done is penalised instead. */
  readonly targetSection?: boolean | undefined;
  /** The title of the section the mention stands in, without its outline number. */
  readonly section?: string | undefined;
  /** An item of the data named earlier in the mention's sentence (上级专项…，结余结转0.00万元). */
  readonly owner?: string | undefined;
  /** The subject of the figure before this one in its sentence. */
  readonly previousSubject?: string | undefined;
  /** The figure follows its subject and a colon (一般公共预算：1,452.61): it names the figure even bare. */
  readonly colonLabel?: boolean | undefined;
  /** The label its line opens with (预算执行率：…), for a role-only subject no entity owns. */
  readonly label?: string | undefined;
  /** The figure's clause with the figure as # (mentions/clause.ts), to know a quotation of the data's prose. */
  readonly clause?: string | undefined;
  /** The paragraph opens with a group's name (1. 部门项目。): its role-only figures are that group's. */
  readonly grouped?: boolean | undefined;
  /**
   * The figure is in the total row of a table of the data's items (projects, each a row): it sums
   * those rows, which the data may or may not hold as one fact. It binds to a fact of its value; a
   * fact of the unit's that its column names (年初预算, 执行率) is not what it states.
   */
  readonly itemsTotal?: boolean | undefined;
  /** A count in words right before a total (两项合计58次, 以上四项合计): it counts what the total sums, no fact's. */
  readonly summing?: boolean | undefined;
  /** The clause says the figure sums several (三类创新券合计兑付): no one item's, when it states no fact. */
  readonly several?: boolean | undefined;
  /**
   * The sentence states its figure on a basis it builds by taking something out (剔除…后, 扣除…后):
   * a figure that agrees with a fact is that fact's, one that does not is on that other basis, not wrong.
   */
  readonly rebased?: boolean | undefined;
  /**
   * The entity named before a 其中 list the figure follows in a comparison with last year
   * (三公经费21.22万元，其中…公务接待费2.48万元，较上年下降13.32%): the change may be the whole's
   * or the last part's, and the data says which; or the entity of the fact a figure this one continues
   * was bound to (修复古籍…，完成率107% where the data says 古籍修复). Tried only to bind, never to accuse.
   */
  readonly whole?: string | undefined;
  /**
   * The figure's clause is only one word (…满意度指标得分10分，合计99.55分; 追加…经费612.50万元，压减45.00万元):
   * that word says what it is, not the name the clause inherits from the figure before.
   */
  readonly word?: string | undefined;
}

/**
 * Words that continue the metric of the figure before (…执行率100%，得10分；…，占比35%; a rank:
 * …1302家，居全省第二).
 */
const CONTINUATION =
  /^(?:得|得分|计得|完成率|完成比例|占比|占|比重|增长|增幅|同比增长|同比|变动(?:幅度|率)?|(?:完成)?率?(?:位?居|位列|排名?|排在|列)?(?:全(?:国|省|市|区|州|县)|省内|市内|城区|同类城市)(?:排名|排位)?|(?:全年|年度)?(?:目标)?任务数?|(?:全年|年度)?目标(?:值|数)?|(?:比|较|高于|低于|超过|超出|超|距离?|离)(?:年度|全年)?(?:目标|计划|任务)(?:值|数)?(?:尚|还|仍)?(?:高出?|低了?|多|少|超出?|差|相差)?了?)$/u;

/** Whether a subject only continues the metric of the figure before it in its sentence. */
export function continuesPrevious(subject: string): boolean {
  return CONTINUATION.test(subject.trim());
}

/** Subjects that name a role but not whose: 该项目支出, 项目总计支出, 实际支出. */
const ROLE_ONLY = /^(?:该(?:项目|专项|资金)?\S{0,6}|(?:项目)?(?:总计|合计)?(?:实际)?支出|结余(?:资金)?|结余结转|结转结余|年中执行调[增减]|年初预算|上年结转)$/u;

export class Binder {
  private readonly byFamily = new Map<string, IndexedFact[]>();
  private readonly all: IndexedFact[] = [];
  private readonly byId = new Map<string, IndexedFact>();

  constructor(facts: readonly Fact[]) {
    for (const fact of facts) {
      if (fact.kind === 'text') continue;
      const texts = [fact.label, ...fact.aliases.filter((a) => a.length >= 4), fact.subject ?? ''].map(metricCore).filter((t) => t !== '');
      const indexed: IndexedFact = {
        target: isTarget(fact),
        prose: isProse(fact),
        change: isChange(fact),
        namedChange: isChange(fact) ? undefined : namedChange(fact),
        fact,
        labels: [...new Set(texts)].map((text) => ({ text, grams: bigrams(text) })),
        value: new Dec(fact.value),
      };
      this.all.push(indexed);
      this.byId.set(fact.id, indexed);
      const family = familyOf(fact.unit);
      const same = this.byFamily.get(family);
      if (same) same.push(indexed);
      else this.byFamily.set(family, [indexed]);
    }
  }

  /** Whether the data names this entity but gives it no balance (结余): one pass over the facts. */
  private noBalanceOf(owner: string): boolean {
    let named = false;
    for (const f of this.all) {
      if (f.fact.subject !== owner) continue;
      if (f.fact.role === 'balance') return false;
      named = true;
    }
    return named;
  }

  /** Names of the data's entities (items, indicators, 三公 items…), in the form they are looked for in text. */
  private entityNames: { key: string; subject: string; facts: number }[] | undefined;

  /** A section whose title is an entity's name (1.田间道路, 二、公务接待费情况) owns its role-only figures. */
  headingOwner(title: string): string | undefined {
    const owner = this.ownerOf(title);
    if (owner === undefined) return undefined;
    const rest = squashName(title).replace(squashName(owner), '');
    return [...rest.replace(/情况|支出|资金|项目|使用|执行|绩效|说明/gu, '')].length === 0 ? owner : undefined;
  }

  /**
   * Whose a figure is: the data entity named nearest before it in `lead` (its sentence up to the
   * figure, a table row's labels, or a heading), or undefined when the text names none. `first`:
   * the one named first instead (what a sentence is about, before the parts it goes on to name).
   */
  ownerOf(lead: string, options: { groupsOnly?: boolean; first?: boolean } = {}): string | undefined {
    if (!this.entityNames) {
      const counts = new Map<string, number>();
      for (const f of this.all) if (!f.prose && f.fact.subject) counts.set(f.fact.subject, (counts.get(f.fact.subject) ?? 0) + 1);
      // A fee is named by its stem too (因公出国（境）费 in 因公出国（境）交流取消，预算12.00万元未使用), and
      // the car's purchase and upkeep by its upkeep when the data has no line of that name (公务用车运行维护费).
      const keys = new Set([...counts.keys()].map(squashName));
      this.entityNames = [...counts]
        .flatMap(([subject, facts]) => {
          const key = squashName(subject);
          const upkeep = key.replace(/购置(?:和|及|与)/u, '');
          return [key, ...(upkeep !== key && !keys.has(upkeep) ? [upkeep] : [])].flatMap((k) => {
            const stem = k.replace(/(?:经费|费用|费)$/u, '');
            return [{ key: k, subject, facts }, ...(stem !== k && [...stem].length >= 4 ? [{ key: stem, subject, facts }] : [])];
          });
        })
        .filter((e) => [...e.key].length >= 2)
        .sort((a, b) => b.key.length - a.key.length);
    }
    // An aside naming what a name includes (临时救助（含流浪乞讨人员救助）14 106.21万元) names no owner of its own.
    const text = squashName(lead.replace(INCLUDED_ASIDE, ''));
    let best: { at: number; len: number; subject: string } | undefined;
    const hits: { at: number; len: number; subject: string }[] = [];
    for (const e of this.entityNames) {
      // A name with one fact (an adjustment for 上年结转) is that figure's own subject, never the
      // owner of the figures after it: only groups (an item's budget, actual, balance…) own.
      if (options.groupsOnly && e.facts < 2) continue;
      const at = options.first ? text.indexOf(e.key) : text.lastIndexOf(e.key);
      // 该项目支出 is that project's spending, not the 项目支出 group.
      if (at < 0 || /[该本此各每]/u.test(text.charAt(at - 1))) continue;
      const end = at + e.key.length;
      hits.push({ at, len: e.key.length, subject: e.subject });
      // The name ending last (or starting first), the longer of two that end (or start) together.
      const better = !best || (options.first
        ? at < best.at || (at === best.at && e.key.length > best.len)
        : end > best.at + best.len || (end === best.at + best.len && e.key.length > best.len));
      if (better) best = { at, len: e.key.length, subject: e.subject };
    }
    // A name that starts inside another (项目支出 in 十大技术攻关项目支出) is part of that one's words.
    const found = best;
    const enclosing = found && hits.find((h) => h.at < found.at && found.at < h.at + h.len);
    return (enclosing ?? best)?.subject;
  }

  /**
   * Whether a table row whose first cell names a score dimension (管理效率 | 预算管理 | 预算执行率… | 9.86)
   * is another scored item's row: a later cell names an item the data scores without naming it an
   * entity (the budget-rate indicator is held apart from the indicator list). The dimension does not own it.
   */
  rowOfScoredItem(row: readonly string[], owner: string): boolean {
    const { dimensions, items } = this.scoring();
    if (!dimensions.has(owner)) return false;
    const key = squashName(owner);
    const at = row.findIndex((cell) => squashName(cell).includes(key));
    if (at < 0) return false;
    const rest = squashName(row.slice(at + 1).join(''));
    return items.some((name) => rest.includes(name));
  }

  /** The score dimensions (管理效率) and the names of items scored without being entities (预算执行率), read once. */
  private scored: { dimensions: Set<string>; items: string[] } | undefined;
  private scoring(): { dimensions: Set<string>; items: string[] } {
    if (!this.scored) {
      const dimensions = new Set<string>();
      const items: string[] = [];
      for (const { fact } of this.all) {
        const dimension = fact.id.startsWith('score.level1.');
        if (dimension && fact.subject !== undefined) dimensions.add(fact.subject);
        if (dimension || fact.role !== 'score' || fact.subject || !fact.label.endsWith('得分')) continue;
        const name = squashName(fact.label.slice(0, -2));
        if ([...name].length >= 2) items.push(name);
      }
      this.scored = { dimensions, items };
    }
    return this.scored;
  }

  fact(id: string): Fact | undefined {
    return this.byId.get(id)?.fact;
  }

  /**
   * A figure in prose states what was done, not what was aimed at: a target (年度指标值, 任务数,
   * the goal text) yields to an actual of the same name, unless the figure's own words say target.
   */
  private similarity(subject: string, f: IndexedFact, aboutTarget: Aims, grams: Map<string, number> = bigrams(subject)): number {
    let best = 0;
    for (const l of f.labels) best = Math.max(best, subjectSimilarity(subject, grams, l.text, l.grams));
    // …and in a section setting the targets, an aim comes before what was done.
    if (f.target) return aboutTarget === 'none' ? best - TARGET_PENALTY : best;
    return aboutTarget === 'only' ? best - TARGET_PENALTY : best;
  }

  private candidates(mention: Mention): IndexedFact[] {
    // A rank (第3名, 第二) is held to ranks only, whatever its measure word.
    // A bare number in a row of heads (在职人数 | 55 | 58) is a count, whatever its column says (预算数).
    const heads = mention.unit === '' && COUNT_ROW.test(mention.table?.row.join('') ?? '');
    const pool =
      heads
        ? (this.byFamily.get(familyOf('人')) ?? [])
        : mention.kind === 'rank'
        ? (this.byFamily.get(familyOf('位')) ?? [])
        : mention.unit === ''
          ? this.all
          : (this.byFamily.get(familyOf(mention.unit)) ?? []).filter((f) => (compatible(mention.unit, f.fact.unit) || familyOf(mention.unit) === 'count') && !peopleAndThings(mention.unit, f.fact.unit));
    // 比上年增加4人 states the change, not the headcount; a figure with no change verb states a level.
    // Quoted prose figures keep their own words, so they stay candidates either way.
    // A column or word that says change (增减率, 同比) makes the figure one too, with no verb before it.
    const changing = mention.change !== undefined || mention.frame.role?.value === 'change' || mention.frame.role?.value === 'adjustment';
    // The subject as names are looked for in it, once for all candidates.
    const said = squashName(mention.subject.text);
    return pool.filter(
      (f) =>
        (f.prose || changing === f.change || (changing && f.fact.kind === 'percent') || isNamedChange(mention, f)) &&
        (f.prose || frameAllows(isNamedChange(mention, f) ? withoutRole(mention) : mention, f.fact, said)),
    );
  }

  /** Binds one mention: an anchor from the sidecar first, then subject and value. */
  bind(mention: Mention, context: BindContext = {}): Binding {
    const { anchor, certainAnchor = false } = context;
    if (anchor) {
      const f = this.byId.get(anchor.factId);
      if (f) {
        // Written from this very fact: an approximation the tool wrote (超2000家, 15%左右) states
        // its number exactly, so it is held to that number, not to the interval it reads as.
        const sameShape = writtenShapes(anchor).has(shape(mention.text));
        const ok = sameShape ? statesExactly(mention, f.fact) : valueFits(mention, f.fact);
        if (ok) return { status: 'bound', factId: f.fact.id, by: 'sidecar', similarity: 1 };
        // Found by context in an edited or converted text, the anchor may be a neighbour's (table
        // rows repeat their figures): a figure its own subject and value bind cleanly is not a mismatch.
        if (!certainAnchor) {
          const own = this.bindBySubject(mention, context);
          const ownFact = own.status === 'bound' && own.by === 'subject' ? this.byId.get(own.factId)?.fact : undefined;
          if (ownFact && statesExactly(mention, ownFact)) return own;
        }
        return { status: 'mismatch', factId: f.fact.id, by: 'sidecar', similarity: 1 };
      }
    }
    return this.bindBySubject(mention, context);
  }

  private bindBySubject(said: Mention, context: BindContext): Binding {
    if (context.summing === true) return { status: 'unbound' };
    const mention = context.word === undefined ? said : { ...said, subject: { ...said.subject, text: wordSubject(context.word, said) } };
    const binding = this.bindByNames(mention, context);
    if (binding.status !== 'bound' && context.whole !== undefined && context.whole !== context.owner) {
      const whole = this.bindByNames(mention, { ...context, owner: context.whole });
      if (whole.status === 'bound') return whole;
    }
    if (context.itemsTotal === true && binding.status !== 'bound') return { status: 'unbound' };
    // A sum its words say is of several (三类创新券合计兑付X, 四个项目共支出X) is none of the items it could be
    // taken for (a total of the data's it misstates, 五类项目各类合计1814.05亿元, is still a mismatch).
    if (context.several === true && binding.status === 'ambiguous') return { status: 'unbound' };
    // A figure on a basis its sentence builds (剔除…后) that states no fact is on that basis, not wrong.
    if (binding.status === 'ambiguous' && context.rebased === true) return { status: 'unbound' };
    if (binding.status !== 'mismatch') return binding;
    const fact = this.byId.get(binding.factId)?.fact;
    if (fact === undefined) return binding;
    // A signed change (增减率 -8.27%) states a fall the data holds as its size (下降率 8.27%).
    const fall = signedFall(mention, fact);
    // A rate the data states on its own basis (剔除收回资金后98.64%) and the report also on the plain
    // one (按全年预算计算为93.03%): the figure is the tool's own arithmetic of that fact. (A score the
    // data gives against its rule is the data's: a third value in the text is still a mismatch.)
    const plain = fact.kind === 'percent' && fact.computed !== undefined && valueFits(mention, { ...fact, value: fact.computed });
    if (fall || plain) return { status: 'bound', factId: fact.id, by: binding.by === 'sidecar' ? 'subject' : binding.by, similarity: binding.similarity };
    return context.rebased === true ? { status: 'unbound' } : binding;
  }

  private bindByNames(mention: Mention, context: BindContext): Binding {
    const aboutTargetContext = context.aboutTarget === true;
    // A subject that only names a role (该项目支出, 实际支出) belongs to its section's item (1.田间道路).
    const own = metricCore(mention.subject.text);
    const raw = mention.subject.text.trim();
    const whose = context.owner;
    let subject = whose && ROLE_ONLY.test(raw) ? `${metricCore(whose)}${own.replace(/^该(项目|专项|资金)?/, '')}` : context.label !== undefined ? `${metricCore(context.label)}${own}` : own;
    // "预算执行率100.00%，得10分": a subject of role words only continues the figure named before it.
    if (context.previousSubject !== undefined && CONTINUATION.test(raw)) subject = `${metricCore(context.previousSubject)}${own}`;
    const aboutTarget: Aims = context.targetSection === true ? 'only' : aboutTargetContext || /指标值|目标|任务|力争|计划/.test(mention.subject.text) ? 'allowed' : 'none';
    // Role words inside the entity's own name (上年结转资金, 公务用车运行维护费) are not the figure's role.
    const named = context.owner !== undefined && squashName(mention.subject.text).includes(squashName(context.owner));
    const unnamed = named && context.owner !== undefined ? withoutNameRole(mention, context.owner) : mention;
    const all = this.candidates(unnamed);
    // A per-head amount (人均公用经费3.22万元) is no total of its name (公用经费); an amount in the
    // bracketed working after it (人均成本238.98元（196.35万元÷8,216人）) is the total, and may be.
    const perHead = PER_HEAD.test(mention.subject.text) && !/[（(][^（）()#]{0,4}#/u.test(context.clause ?? '');
    const perHeadPool = perHead ? all.filter((f) => f.fact.kind !== 'money' || PER_HEAD.test(`${f.fact.label}${f.fact.subject ?? ''}`)) : all;
    // A sample taken (走访了27个助餐点, 抽查学校32所) counts what was visited, not all there are: only
    // a fact named by that act (执法检查企业) is what it states.
    const lead = (context.clause ?? '').split('#')[0] ?? '';
    const act = SAMPLED.exec(listHead(lead))?.[1] ?? (mention.kind === 'count' ? RENEWED.exec(lead)?.[1] : undefined);
    const sampled = act === undefined ? perHeadPool : perHeadPool.filter((f) => `${f.fact.label}${f.fact.subject ?? ''}${f.fact.aliases.join('')}`.includes(act));
    // Funds given (省财政下达公立医院改革补助X) are not what was spent of them: no actual is what the figure states.
    const pool = GIVEN.test(mention.subject.text) && !SPENT.test(mention.subject.text) ? sampled.filter((f) => f.fact.role !== 'actual') : sampled;
    // The text names whose the figure is: only that entity's facts can be what it states.
    const owned = context.owner === undefined ? [] : pool.filter((f) => !f.prose && f.fact.subject === context.owner);
    // What is left of an item the data gives no balance for (医疗设备购置执行率偏低，结余15.12万元) is not the unit's balance.
    if (owned.length === 0 && mention.frame.role?.value === 'balance' && !CARRIED_IN.test(mention.subject.text) && context.owner !== undefined && this.noBalanceOf(context.owner)) return { status: 'unbound' };
    // (…and among the entity's facts too, when the row's label gave the role: 床位使用率 | 93.6% names the
    // indicator, not its completion rate; a column's role, 实际完成值, stays)
    const ownRole = mention.frame.role?.from === 'row' ? unnamed : mention;
    if (owned.length > 0 && context.owner !== undefined) return this.bindOwned(ownRole, owned, pool, context.owner, subject, aboutTarget, context.colonLabel === true);
    // A table cell is named by its row's own label and its column's role: 总分 under 得分 is the 总分.
    // …its label being the last cell before it that is a name, not another figure (追加1,260.30).
    // …and a bracket closing that label gives its basis or unit (预算执行率（剔除收回资金）), not its name.
    const rowLabel = byColumn(mention) ? metricCore(labelName(mention.table?.row.filter((c) => c.trim() !== '' && !/[0-9０-９]/u.test(c)).pop() ?? '')) : '';
    const grams = bigrams(subject);
    // A clause the data's prose has word for word quotes that prose: its figure is that figure, however short its subject.
    const quotes = (f: IndexedFact): boolean => f.fact.quote !== undefined && context.clause !== undefined && repeatsClause(context.clause, f.fact.quote);
    const simOf = (f: IndexedFact): number => {
      if (quotes(f)) return 1;
      const sim = this.similarity(subject, f, aboutTarget, grams);
      return rowLabel !== '' && f.fact.role === mention.frame.role?.value ? Math.max(sim, this.similarity(rowLabel, f, aboutTarget)) : sim;
    };
    const scored = pool
      .map((f) => ({ f, sim: simOf(f), fits: readsAs(mention, f.fact) }))
      .filter((c) => c.sim > 0 || c.fits);
    if (scored.length === 0) return this.unitLevelMismatch(mention, pool, raw, context.grouped === true, rowLabel) ?? this.scaleSlip(mention, pool) ?? { status: 'unbound' };
    scored.sort((a, b) => b.sim - a.sim);
    const top = scored[0];
    if (!top) return { status: 'unbound' };

    // A fitting candidate about as good as the best: the figure states it.
    const fitting = scored.filter((c) => c.fits);
    const bestFit = preferActual(mention, fitting);
    // A quoted prose figure that does not fit (a reason naming the item) does not outrank the item's own facts.
    const rival = scored.find((c) => !c.f.prose || c.fits) ?? top;
    if (bestFit && bestFit.sim >= Math.max(WEAK, rival.sim - 0.1)) {
      return { status: 'bound', factId: bestFit.f.fact.id, by: 'subject', similarity: bestFit.sim };
    }
    // A part after 其中 may leave out the noun its head names (共列项目七个；其中列入年初预算的两个):
    // with that noun its words may name a fact it fits clearly best. Only to bind, never to accuse.
    const head = partHead(mention);
    if (head !== '' && fitting.length > 0) {
      const whole = `${subject}${head}`;
      const g = bigrams(whole);
      const ranked = fitting.filter((c) => !c.f.prose).map((c) => ({ c, sim: this.similarity(whole, c.f, aboutTarget, g) })).sort((a, b) => b.sim - a.sim);
      const [first, second] = ranked;
      if (first && first.sim >= STRONG && (!second || first.sim - second.sim > TIE)) return { status: 'bound', factId: first.c.f.fact.id, by: 'subject', similarity: first.sim };
    }
    // A subject of role words only (实际支出) in a sentence naming no entity the data knows (a fund
    // source the text calls otherwise): a fact of that role stating its value is what it states.
    const role = mention.frame.role?.value;
    // Counts of different things (16项 of indicators met, 16个 platforms) coincide too often to bind across units.
    const sameKind = (f: Fact): boolean => familyOf(mention.unit) !== 'count' || f.unit === mention.unit;
    // …not in a table row whose label names a fact of that role (年度资金总额 under 得分 is the budget-rate score).
    const rowNamesRole = rowLabel !== '' && scored.some((c) => c.f.fact.role === role && !c.f.prose && this.similarity(rowLabel, c.f, aboutTarget) >= STRONG);
    const roleFit = role !== undefined && isRoleOnly(raw) && !rowNamesRole ? fitting.find((c) => c.f.fact.role === role && !c.f.prose && sameKind(c.f.fact)) : undefined;
    if (roleFit) return { status: 'bound', factId: roleFit.f.fact.id, by: 'value', similarity: roleFit.sim };
    // …and where no fact at all states its value, the unit's own fact of that role may be what it got wrong.
    const unitWide = this.unitLevelMismatch(mention, pool, raw, context.grouped === true, rowLabel);
    if (unitWide) return unitWide;
    // Only structured data can say a figure is wrong: figures quoted from the data's own prose
    // (a reason, a goal) have guessed subjects, so they bind when they agree and never accuse.
    // …unless the report quotes the very sentence: a subject all but identical to the quoted one.
    const quotedLength = mention.subject.start >= mention.end ? QUOTED_AFTER_LENGTH : QUOTED_LENGTH;
    const accusers = scored.filter((c) => !c.f.prose || quotes(c.f) || (c.sim >= QUOTED && c.f.fact.label.length >= quotedLength));
    const accuser = accusers[0];
    // An approximation accuses too when the fact lies outside all it can mean (超2000家 against 1980家).
    // A bare noun (项目, 企业) names too little to say which count a figure is wrong about.
    // …unless it is a fact's very name (总分).
    const isItsName = (c: { f: IndexedFact }): boolean => squashName(c.f.fact.label) === squashName(raw) || quotes(c.f);
    // A bare number in a table accuses only what its row's own label names (总分, 年度资金总额), not
    // what its column alone does (a fund source's row under 年初预算数).
    const rowNames = (c: { f: IndexedFact }): boolean => rowLabel !== '' && this.similarity(rowLabel, c.f, aboutTarget) >= STRONG;
    // A count of things accuses no count of people, nor the other way round (二十一个乡镇 beside 专职委员十八名).
    const alike = (f: Fact): boolean => familyOf(mention.unit) !== 'count' || countsPeople(mention.unit) === countsPeople(f.unit);
    // A total row's cell (合计 | … | 使用率) is the rate of the table's own rows: it accuses only a fact
    // its column names outright, not one of a like name (编制使用率, the staff control rate).
    const totalRow = mention.table?.row.some((c) => TOTAL_CELL.test(c)) === true;
    const column = squashName(mention.table?.column ?? '');
    const columnNames = (f: Fact): boolean => [f.label, ...f.aliases].some((n) => squashName(n) === column);
    // (a unit a cell takes from its column's header or the table's caption says no more than the column
    // does; one in its own text or its row's label (退休人数（人） | 1,204) names it)
    const unitWritten = mention.unit !== '' && (mention.table === undefined || mention.text.includes(mention.unit) || mention.table.row.some((c) => c.includes(`（${mention.unit}`) || c.includes(`(${mention.unit}`)));
    // A table row naming something of its own (中央补助 | 162.00万元 under 预算金额) accuses only what that
    // name names, not the unit's fact its column alone fits (全年预算数).
    const otherRow = rowLabel !== '' && !isRoleOnly(rowLabel) && !TOTAL_WORDS.test(rowLabel);
    if (accuser && accuser.sim >= STRONG && !accuser.fits && alike(accuser.f.fact) && (!otherRow || rowNames(accuser)) && (!totalRow || column === '' || columnNames(accuser.f.fact)) && (unitWritten || rowNames(accuser) || context.colonLabel === true) && ([...squashName(raw)].length >= 3 || isItsName(accuser) || subject !== own)) {
      const whole = accuser.f.fact.role === 'adjustment' ? wholeAdjustment(mention, pool) : undefined;
      if (whole) return { status: 'bound', factId: whole.fact.id, by: 'subject', similarity: STRONG };
      const rivals = actualsFirst(mention, accusers.filter((c) => accuser.sim - c.sim <= TIE && !c.fits));
      const top = rivals[0] ?? accuser;
      const values = new Set(rivals.map((c) => `${c.f.fact.value}${c.f.fact.unit}`));
      if (rivals.length > 1 && values.size > 1) return mismatchIfOneQuantity(mention, rivals);
      if (familyOf(top.f.fact.unit) === familyOf(mention.unit) || conversion(top.f.fact.unit, mention.unit) || byColumn(mention) || mention.unit === '') {
        return { status: 'mismatch', factId: top.f.fact.id, by: 'subject', similarity: top.sim };
      }
    }
    // No subject evidence: a value that only one fact of this unit has is still that fact —
    // unless it is a bare count or a percentage, where coincidences are common (12个乡镇).
    const family = familyOf(mention.unit);
    // Decimals written before a scale word count too (1.62万人 is 16200 people, named to the hundred).
    const distinctive = mention.precision > 0 || /\d\.\d/u.test(mention.text) || (family !== 'count' && family !== 'percent' && family !== 'money');
    // …or that several facts of one role give alike (年中追加 and the net adjustment, both 600.00;
    // 全年执行数 and 项目支出合计). A bare number counts where its column says its role and its
    // decimals make it distinctive.
    // Figures quoted from prose that say the same number do not make it another quantity.
    const structured = fitting.filter((c) => !c.f.prose);
    const oneQuantity = new Set((structured.length > 0 ? structured : fitting).map((c) => `${c.f.value?.toString() ?? c.f.fact.value}|${c.f.fact.role}`)).size === 1;
    const said = mention.unit !== '' || (byColumn(mention) && mention.precision > 0);
    if (oneQuantity && bestFit && said && distinctive) {
      return { status: 'bound', factId: bestFit.f.fact.id, by: 'value', similarity: bestFit.sim };
    }
    return (fitting.length === 0 ? this.scaleSlip(mention, pool) : undefined) ?? { status: 'unbound' };
  }

  /**
   * An amount no fact states whose digits are one fact's digits in another money scale (1814.05亿元
   * where the data has 1814.05万元): the unit slipped. Only digits too many to coincide count, and
   * only when one value of the data has them.
   */
  private scaleSlip(mention: Mention, pool: readonly IndexedFact[]): Binding | undefined {
    if (familyOf(mention.unit) !== 'money' || [...significantDigits(mention.value)].length < SLIP_DIGITS) return undefined;
    if (pool.some((f) => valueFits(mention, f.fact))) return undefined;
    const digits = new Dec(mention.value);
    const slipped = pool.filter((f) => !f.prose && f.fact.unit !== mention.unit && f.value?.eq(digits) === true);
    const values = new Set(slipped.map((f) => f.fact.unit));
    const first = slipped[0];
    return first && values.size === 1 ? { status: 'mismatch', factId: first.fact.id, by: 'subject', similarity: STRONG } : undefined;
  }

  /**
   * A subject of role words only (上年末, 年中追加) where no fact states the figure's value, while the
   * unit's own facts of that role all say one value: the figure got that value wrong. An example
   * (如X项目) is no one's.
   */
  private unitLevelMismatch(mention: Mention, pool: readonly IndexedFact[], raw: string, grouped: boolean, rowLabel: string): Binding | undefined {
    const role = mention.frame.role?.value;
    if (role === undefined) return undefined;
    // A table's 合计 row under a role's column (合计 | 年初预算) is the unit's own figure of that role;
    // so is a row its label gives to the unit as a whole (一般公共预算支出, 年度资金总额).
    const rowGrams = bigrams(rowLabel);
    const namedByRow = (f: IndexedFact, least: number): boolean => this.similarity(rowLabel, f, 'allowed', rowGrams) >= least;
    const sumRow = byColumn(mention) && mention.table?.row.some((c) => /^[\s*]*(?:合计|总计)[\s*]*$/u.test(c)) === true;
    const totalRow = sumRow || (byColumn(mention) && rowLabel !== '' && this.all.some((f) => !f.prose && f.fact.subject === undefined && namedByRow(f, STRONG)));
    if (!(isRoleOnly(raw) || totalRow) || (mention.unit === '' && !totalRow) || (mention.frame.entity !== undefined && !totalRow) || pool.some((f) => valueFits(mention, f.fact))) return undefined;
    // Counts of different things (3家 of firms, 4人 of staff) are never the same figure.
    const unitLevel = pool.filter((f) => !f.prose && f.fact.subject === undefined && f.fact.role === role && (familyOf(mention.unit) !== 'count' || f.fact.unit === mention.unit));
    // A role with no group (预算, 支出) is the year's own, not 基本支出预算; 年初 only where it says so.
    const period = mention.frame.period?.value;
    const ofPeriod = (label: string): boolean => (period === 'initial' ? /年初/u.test(label) : (period === undefined || period === 'whole-year') && !/年初|上年/u.test(label));
    const ofYear = mention.frame.scope === undefined && !grouped ? unitLevel.filter((f) => scopeOf(f.fact.label) === undefined && ofPeriod(f.fact.label)) : [];
    // …and a 合计 row's is the total of that role (总分, 分值合计), not a line's; a row naming a line
    // of the unit (预算执行率 under 得分) is that line's, not the total's.
    const totals = sumRow || TOTAL_WORDS.test(rowLabel) ? unitLevel.filter((f) => TOTAL_WORDS.test(f.fact.label)) : [];
    // …or the one its row's label names (一般公共预算支出 under 全年执行: 一般公共预算财政拨款收入).
    const rowNamed = totalRow && rowLabel !== '' ? unitLevel.filter((f) => namedByRow(f, WEAK)) : [];
    for (const facts of [unitLevel, ofYear, totals, rowNamed]) {
      const values = new Set(facts.map((f) => `${f.fact.value}${f.fact.unit}`));
      const first = facts[0];
      if (first && values.size === 1) return { status: 'mismatch', factId: first.fact.id, by: 'subject', similarity: STRONG };
    }
    return undefined;
  }

  /**
   * A figure whose entity the text names, among that entity's facts that its frame allows: a fact
   * whose value it fits is what it states; with none fitting, the one fact left (or the one its
   * words name clearly best) is what it got wrong; several with other values are ambiguous.
   */
  private bindOwned(mention: Mention, ownedAll: readonly IndexedFact[], pool: readonly IndexedFact[], owner: string, subject: string, aboutTarget: Aims, colonLabel: boolean): Binding {
    // Among the entity's facts, those whose role is the one the figure's words say come first:
    // 实际完成 is the indicator's actual, not its completion rate.
    // …and in a section setting the year's targets, a figure with no role word is the entity's target.
    const sectionTarget = mention.frame.role === undefined && aboutTarget === 'only';
    const role = sectionTarget ? 'target' : mention.frame.role?.value;
    const exact = role === undefined ? [] : ownedAll.filter((f) => f.fact.role === role);
    const owned = exact.length > 0 ? exact : ownedAll;
    const scored = owned
      .map((f) => ({ f, sim: this.similarity(subject, f, aboutTarget), fits: readsAs(mention, f.fact) }))
      .sort((a, b) => b.sim - a.sim);
    const fit = preferActual(mention, scored.filter((c) => c.fits));
    if (fit) return { status: 'bound', factId: fit.f.fact.id, by: 'subject', similarity: Math.max(fit.sim, STRONG) };
    // Another fact its words name as well and whose value it states (项目支出 is both a row of the
    // 基础数据表 and the unit's 项目支出合计): the figure states that one; it accuses nothing.
    // Not the entity's own fact of another role: under 实际完成值, its 完成率 is a swap, not a reading;
    // in a section of targets, its actual is not what a target figure states.
    const elsewhere = pool
      .filter((f) => !owned.includes(f) && readsAs(mention, f.fact) && !(exact.length > 0 && byColumn(mention) && ownedAll.includes(f)) && !(exact.length > 0 && sectionTarget && f.fact.role !== 'target'))
      .map((f) => ({ f, sim: this.similarity(subject, f, aboutTarget) }))
      .sort((a, b) => b.sim - a.sim)[0];
    if (elsewhere && elsewhere.sim >= STRONG) return { status: 'bound', factId: elsewhere.f.fact.id, by: 'subject', similarity: elsewhere.sim };
    const whole = wholeAdjustment(mention, pool);
    if (whole) return { status: 'bound', factId: whole.fact.id, by: 'subject', similarity: STRONG };
    // A bare number speaks only where its column, its row (追加 | 73.77) or a label before a colon says what it is.
    if (mention.unit === '' && !byColumn(mention) && mention.frame.role?.from !== 'row' && !colonLabel) return { status: 'unbound' };
    // Words beyond the entity and the role (完成投资 of a project whose fact is its 支出) name another metric.
    // In a table only the cell naming the entity counts: the others are its categories (产出指标, 数量指标).
    const ownCell = mention.table?.row.find((cell) => squashName(cell).includes(squashName(owner)));
    const words = mention.table ? (ownCell ?? mention.table.row.join('')) : mention.subject.text;
    // Only the words after the name say another metric (X项目完成投资); those before it frame it (产出方面要求X).
    const squashed = squashName(words);
    const nameAt = squashed.lastIndexOf(squashName(owner));
    const residue = metricResidue(nameAt >= 0 ? squashed.slice(nameAt + squashName(owner).length) : squashed);
    const top = scored[0];
    if (!top) return { status: 'unbound' };
    // (a gap's words are the comparison itself, 比目标高: no other metric)
    if ([...residue].length >= 2 && mention.frame.role?.value !== 'gap' && dice(bigrams(residue), bigrams(top.f.fact.label)) < WEAK) return { status: 'unbound' };
    const roleKnown = mention.frame.role !== undefined;
    // With no word for its role, a figure that is the entity's adjustment (its 调整 220.00, said in a note
    // as 其中专利转化运用220.00万元) is that, not a wrong figure of the role it was taken for. (Only the
    // adjustment, which no figure is taken for unless its words say so: a budget and an actual swapped
    // in one sentence are still wrong figures.)
    if (!roleKnown && this.all.some((f) => !f.prose && f.fact.subject === owner && f.fact.role === 'adjustment' && readsAs(mention, f.fact))) return { status: 'unbound' };
    const rivals = actualsFirst(mention, scored.filter((c) => top.sim - c.sim <= TIE));
    const named = rivals[0] ?? top;
    if (rivals.length === 1 && (roleKnown || top.sim >= WEAK || scored.length === 1)) {
      return { status: 'mismatch', factId: named.f.fact.id, by: 'subject', similarity: Math.max(top.sim, STRONG) };
    }
    // Facts of the entity that say the same (an indicator's actual and the achievement it repeats).
    const values = new Set(rivals.map((c) => `${c.f.fact.value}${c.f.fact.unit}`));
    if (values.size === 1 && (roleKnown || top.sim >= WEAK)) return { status: 'mismatch', factId: named.f.fact.id, by: 'subject', similarity: Math.max(top.sim, STRONG) };
    return rivals.length > 1 && (roleKnown || top.sim >= WEAK) ? mismatchIfOneQuantity(mention, rivals) : { status: 'unbound' };
  }
}

/**
 * The unit's own raise or cut a figure worded as one states (年中为开展甲追加资金420.00万元, where the
 * budget's raise is 420.00 and 甲's own 220.00): the sentence tells of the whole budget, naming what the
 * raise was for. Only adjustments: a rate or an amount of another metric that happens to equal the
 * unit's is still a wrong figure of what its words name.
 */
function wholeAdjustment(mention: Mention, pool: readonly IndexedFact[]): IndexedFact | undefined {
  if (mention.frame.role?.value !== 'adjustment' || mention.frame.role.from !== 'clause') return undefined;
  return pool.find((f) => !f.prose && f.fact.subject === undefined && f.fact.role === 'adjustment' && readsAs(mention, f.fact));
}

/** A label without its brackets (预算执行率（剔除收回资金） → 预算执行率), when a name is left. */
function labelName(label: string): string {
  const name = unbracketed(label).trim();
  return [...name].length >= 2 ? name : label;
}

/** Digits that make an amount recognisable across scales: 1814.05 has six, 1200 two. */
const SLIP_DIGITS = 4;

/** The noun of the figure a 其中 part belongs to (其中:共列项目七个 → 共列项目), without its figures. */
function partHead(mention: Mention): string {
  const scope = mention.frame.scope?.value ?? '';
  if (!scope.startsWith('其中:')) return '';
  const clause = scope.slice(3).split(/[，,；;。]/u).pop() ?? '';
  const noun = clause.replace(/[0-9０-９.,，]+[\u4e00-\u9fff%％]{0,3}$|[零〇一二两三四五六七八九十百千万亿]+[个项家人类]$/u, '');
  return metricCore(noun.replace(/^(?:共列|共有|共计|合计|累计|共|全年|本年)/u, ''));
}

/** The mention's change verb is the end of the fact's own name (提升0.6等 of 耕地质量等级提升). */
function isNamedChange(mention: Mention, f: IndexedFact): boolean {
  return mention.change !== undefined && mention.change === f.namedChange;
}

function withoutRole(mention: Mention): Mention {
  const { role: _role, ...frame } = mention.frame;
  return { ...mention, frame };
}

/**
 * A figure its words tie to several facts, none of which it states. When those facts are one
 * quantity the data gives at two precisions (项目支出 1194.21 and 1194.2), the figure is wrong
 * whichever is meant: a mismatch. Facts of different values (a budget and its actual) stay
 * ambiguous: which one it got wrong is not known.
 */
function mismatchIfOneQuantity(mention: Mention, rivals: readonly { f: IndexedFact; sim: number }[]): Binding {
  const ambiguous: Binding = { status: 'ambiguous', factIds: rivals.map((c) => c.f.fact.id) };
  const values = rivals.map((c) => c.f.value).filter((v): v is Dec => v !== undefined);
  if (values.length !== rivals.length || values.length === 0) return ambiguous;
  const lo = Dec.min(...values);
  const hi = Dec.max(...values);
  // One quantity stated at two precisions (1194.2 and 1194.21): within a thousandth of each other.
  if (lo.lte(0) || hi.minus(lo).div(lo).gt(0.001)) return ambiguous;
  const first = rivals[0];
  return first ? { status: 'mismatch', factId: first.f.fact.id, by: 'subject', similarity: Math.max(first.sim, STRONG) } : ambiguous;
}

/**
 * Candidates equally good: with no role word a figure states what was done (公用经费31.84万元 is its
 * spending, not its budget), so the actuals among them, if any, are the ones it may mean.
 */
function actualsFirst<T extends { f: IndexedFact }>(mention: Mention, tied: readonly T[]): readonly T[] {
  if (mention.frame.role !== undefined) return tied;
  const actuals = tied.filter((c) => c.f.fact.role === 'actual');
  return actuals.length > 0 ? actuals : tied;
}

/** The best of candidates sorted best first, an actual as good as the best preferred (actualsFirst). */
function preferActual<T extends { f: IndexedFact; sim: number }>(mention: Mention, sorted: readonly T[]): T | undefined {
  const first = sorted[0];
  return first && actualsFirst(mention, sorted.filter((c) => first.sim - c.sim <= TIE))[0];
}

/** A bare number says what it is only where its table column does (分值, 得分, 实际完成值). */
function byColumn(mention: Mention): boolean {
  return mention.table !== undefined && mention.frame.role?.from === 'column';
}

/** The mention with the role its words give beside the entity's name (上年结转资金执行数 → actual; 上年结转资金 → none). */
function withoutNameRole(mention: Mention, owner: string): Mention {
  const role = mention.frame.role?.value;
  if (role === undefined || mention.change !== undefined || roleIn(squashName(owner)) !== role) return mention;
  return withoutRole(mention);
}

/** An entity name as it is looked for in text: no quotes, brackets, spaces or emphasis. */
/**
 * Counts written with different measure words may be one count (62名, 62人; 3家, 3个; 编制46个 of posts
 * the data counts in 人), but people said as such (58 307人) are never a count of things (项目个数).
 */
function peopleAndThings(said: string, factUnit: string): boolean {
  return countsPeople(said) && /^(?:个|项)$/u.test(factUnit);
}

/** A closed bracket saying what the name before it includes or leaves out: （含…）, （包括…）, （不含…）. */
const INCLUDED_ASIDE = /[（(](?:含|包括|包含|不含|不包括)[^（）()]*[）)]/gu;

function squashName(text: string): string {
  // 公务用车运行维护费 and 公车运行维护费 are one name, written out and short.
  return text.replace(/[\s*“”‘’"'《》「」（）()【】]/gu, '').replace(/公务用车/gu, '公车');
}

const CONTEXT_LENGTHS = [12, 6] as const;

/** Where the number itself starts inside a mention (超2000家 → at 2). */
function numberStart(mention: Mention): number {
  const i = mention.text.search(/[0-9０-９零〇一二两三四五六七八九十百千万亿]/u);
  return mention.start + Math.max(0, i);
}

/**
 * Finds the sidecar figure a mention stands at. In the text the sidecar was written for, by
 * position; in an edited text, by the figure's recorded left context (nearest to its old
 * offset), so a figure changed in place is still known as the fact it stated.
 */
export class AnchorIndex {
  private readonly byContext = new Map<string, FigureAnchor[]>();
  private readonly sorted: readonly FigureAnchor[];

  constructor(private readonly anchors: readonly FigureAnchor[], private readonly unchanged: boolean) {
    this.sorted = [...anchors].sort((a, b) => a.offset - b.offset);
    for (const a of anchors) {
      for (const len of CONTEXT_LENGTHS) {
        if (a.before.length < len) continue;
        const key = `${len}:${a.before.slice(-len)}`;
        this.byContext.set(key, [...(this.byContext.get(key) ?? []), a]);
      }
    }
  }

  /** Anchors handed out by `find`: the rest are looked for by `unclaimed`. */
  private readonly claimed = new Set<FigureAnchor>();
  /** Anchors found by a context no other figure shared. */
  private readonly certain = new Set<FigureAnchor>();

  /** Whether this anchor is surely the mention's: found by position, or by a context only it had. */
  isCertain(anchor: FigureAnchor): boolean {
    return this.unchanged || this.certain.has(anchor);
  }

  find(text: string, mention: Mention): FigureAnchor | undefined {
    const found = this.lookup(text, mention);
    if (found) this.claimed.add(found);
    return found;
  }

  /**
   * Figures the tool wrote that no mention claimed (a figure the extractor does not read as
   * one, such as 12月 in prose): found again by their context on both sides, with the text
   * now standing between.
   */
  unclaimed(text: string): { anchor: FigureAnchor; start: number; end: number }[] {
    const out: { anchor: FigureAnchor; start: number; end: number }[] = [];
    for (const a of this.sorted) {
      if (this.claimed.has(a) || a.before.length < 8 || a.after.length < 4) continue;
      const after = a.after;
      let best: { start: number; end: number } | undefined;
      for (let at = text.indexOf(a.before); at >= 0; at = text.indexOf(a.before, at + 1)) {
        const start = at + a.before.length;
        const end = text.indexOf(after, start);
        if (end < 0 || end - start > a.text.length + 12 || text.slice(start, end).includes('\n')) continue;
        if (!best || Math.abs(start - a.offset) < Math.abs(best.start - a.offset)) best = { start, end };
      }
      if (best) out.push({ anchor: a, ...best });
    }
    return out;
  }

  private lookup(text: string, mention: Mention): FigureAnchor | undefined {
    if (this.unchanged) {
      return this.sorted.find((a) => a.offset >= mention.start && a.offset + a.text.length <= mention.end);
    }
    for (const start of new Set([numberStart(mention), mention.start])) {
      for (const len of CONTEXT_LENGTHS) {
        const hits = this.byContext.get(`${len}:${text.slice(Math.max(0, start - len), start)}`);
        if (hits && hits.length > 0) {
          const nearest = hits.reduce((a, b) => (Math.abs(a.offset - start) <= Math.abs(b.offset - start) ? a : b));
          // One figure had this context, or all that had it read the same: the text should read so.
          // Several that read differently (table rows with other figures): the nearest is a guess.
          if (hits.every((h) => h.text === nearest.text)) this.certain.add(nearest);
          return nearest;
        }
      }
    }
    return undefined;
  }

  get size(): number {
    return this.anchors.length;
  }
}
