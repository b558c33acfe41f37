import type { AchievementData, IndicatorData, ReportData } from '../../schemas/data.js';
import type { Fact } from '../../schemas/fact.js';
import type { ScoreProfile } from '../../schemas/profile.js';
import type { CarriedSection } from '../corpus/carry.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { dec } from '../decimal.js';
import { diagnostic, InputError } from '../errors.js';
import { achievementId, assessIndicator, priorFigureId, textFigureId, textMentions, type FactTable, type Status } from '../facts/index.js';
import { formatFact, type FormatOptions } from '../format/index.js';
import { markFigure } from './marks.js';
import { chineseOrdinal } from './outline.js';

export interface IndicatorView {
  readonly index: number;
  readonly id: string;
  readonly data: IndicatorData;
  readonly status: Status;
  readonly reverse: boolean;
  readonly band: string | undefined;
  readonly quantitative: boolean;
}

export interface AchievementView {
  readonly id: string;
  readonly data: AchievementData;
  readonly path: string;
}

/**
 * What templates see. Figures reach the text only through F (a fact by id) and T (data text
 * whose figures are facts), both of which mark what they print; templates never format numbers.
 */
export function templateContext(data: ReportData, table: FactTable, profile: ScoreProfile, carried: readonly CarriedSection[], problems: Diagnostic[] = []) {
  const facts = new Map<string, Fact>(table.facts.map((f) => [f.id, f]));
  // nunjucks rethrows an error raised inside a template as a plain Error with its message only:
  // what went wrong is also kept in `problems`, for the renderer to report with its code.
  const fact = (id: string): Fact => {
    const f = facts.get(id);
    if (f) return f;
    const problem = diagnostic('JX_TEMPLATE_UNKNOWN_FACT', `模板引用了不存在的数字 “${id}”；请先用 has('${id}') 判断`);
    problems.push(problem);
    throw new InputError([problem]);
  };

  /** A figure: F('budget.actual') → 1864.05万元 (marked). */
  const F = (id: string, options: FormatOptions = {}): string => markFigure(id, formatFact(fact(id), table.style, options));
  const has = (id: string): boolean => facts.has(id);
  const value = (id: string): string | undefined => facts.get(id)?.value;
  const label = (id: string): string => fact(id).label;
  /** Sign of a fact: templates choose 增加 / 减少 on it. */
  const negative = (id: string): boolean => dec(fact(id).value).isNegative();

  /**
   * Marks the figures of a text taken from the data, at the offsets the facts stage found them. An
   * amount the facts stage gave the report's money style (3600万元 → 3600.00万元) prints in it, so
   * one report does not mix the two.
   */
  const markText = (text: string, idOf: (k: number) => string): string => {
    let out = '';
    let last = 0;
    textMentions(text).forEach((m, k) => {
      const id = idOf(k);
      const f = facts.get(id);
      const restyled = f !== undefined && f.unit === '万元' && m.approx === 'exact' && data.meta.moneyDecimals !== 'as-written';
      out += text.slice(last, m.start) + markFigure(id, restyled ? formatFact(f, table.style) : text.slice(m.start, m.end));
      last = m.end;
    });
    return out + text.slice(last);
  };
  const T = (path: string, text: string | undefined): string => (text === undefined ? '' : markText(text, (k) => textFigureId(path, k)));

  const indicators: IndicatorView[] = data.indicators.map((ind, i) => {
    const a = assessIndicator(ind, profile);
    return {
      index: i, id: `ind.${i}`, data: ind, status: a.status, reverse: a.reverse, band: a.band,
      quantitative: ind.target.kind === 'quantitative' && ind.actual.kind === 'quantitative',
    };
  });
  const groupBy = <T, K>(items: readonly T[], key: (t: T) => K): [K, T[]][] => {
    const map = new Map<K, T[]>();
    for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
    return [...map.entries()];
  };

  const achievements: AchievementView[] = data.achievements.map((a, i) => ({ id: achievementId(a, i), data: a, path: `achievements[${i}]` }));

  /** 一是…；二是…。 from a list of clauses. */
  const enumerate = (items: readonly string[]): string => {
    const clauses = items.map((t) => t.trim().replace(/[。；;，,\s]+$/u, '')).filter((t) => t !== '');
    if (clauses.length === 0) return '';
    if (clauses.length === 1) return `${clauses[0]}。`;
    return `${clauses.map((c, i) => `${chineseOrdinal(i + 1)}是${c}`).join('；')}。`;
  };
  /** Joins clauses with ，and closes with 。 */
  const sentence = (items: readonly string[]): string => {
    const clauses = items.map((t) => t.trim().replace(/[。；;，,\s]+$/u, '')).filter((t) => t !== '');
    return clauses.length === 0 ? '' : `${clauses.join('，')}。`;
  };

  const carriedByTopic = new Map(carried.map((c) => [c.topic, c]));
  /** Paragraphs carried from the prior-year report, with their figures marked as prior facts. */
  const prior = (topic: string): string[] | undefined =>
    carriedByTopic.get(topic as CarriedSection['topic'])?.paragraphs.map((p, i) => markText(p, (k) => priorFigureId(topic, i, k)));
  const priorTitle = (topic: string): string | undefined => carriedByTopic.get(topic as CarriedSection['topic'])?.title;

  /** 位 and 名 count people too (60余位专家); a rank is one whose name says so. */
  const isRank = (a: AchievementData): boolean => (a.unit === '位' || a.unit === '名') && /排名|名次|位次|排位/.test(a.name);

  /** One achievement as a clause: 科技型中小企业备案2045家，比上年增加…，完成率… */
  const A = (view: AchievementView): string => {
    const a = view.data;
    const id = view.id;
    let clause: string;
    if (isRank(a)) clause = `${a.name}第${F(id)}`;
    else if (a.approx === '超' || a.approx === '近' || a.approx === '约') clause = `${a.name}${a.approx}${F(id)}`;
    else if (a.approx === '余') clause = `${a.name}${F(id, { bare: true })}余${a.unit}`;
    else if (a.approx === '以上') clause = `${a.name}${F(id)}以上`;
    else clause = /[额量数率重度值总]$/.test(a.name) ? `${a.name}达${F(id)}` : `${a.name}${F(id)}`;
    if (a.year !== undefined && a.year !== data.meta.year) clause = `${a.year}年度${clause}`;
    if (a.rank) clause += `，居${T(`${view.path}.rank`, a.rank)}`;
    if (has(`${id}.change`) && isRank(a)) {
      clause += `，较上年${fact(`${id}.change`).label.endsWith('后退') ? '后退' : '前进'}${F(`${id}.change`)}`;
    } else if (has(`${id}.change`)) {
      const up = !/减少|下降/.test(fact(`${id}.change`).label);
      clause += `，比上年${up ? '增加' : '减少'}${F(`${id}.change`)}`;
      if (has(`${id}.change_rate`)) clause += `，${up ? '增长' : '下降'}${F(`${id}.change_rate`)}`;
    }
    if (has(`${id}.completion`)) clause += `，为任务数的${F(`${id}.completion`)}`;
    if (a.note) clause += `（${T(`${view.path}.note`, a.note)}）`;
    return clause;
  };

  /** One indicator as a sentence, its verb following the data: 完成 / 超额完成 / 未完成 with the reason. */
  const I = (view: IndicatorView): string => {
    const ind = view.data;
    const i = view.index;
    const reason = ind.deviation?.reason ? T(`indicators[${i}].deviation.reason`, ind.deviation.reason).replace(/[。；;\s]+$/u, '') : undefined;
    const measure = ind.deviation?.measure ? T(`indicators[${i}].deviation.measure`, ind.deviation.measure).replace(/[。；;\s]+$/u, '') : undefined;
    let s: string;
    if (view.quantitative) {
      const cmp = ind.target.kind === 'quantitative' ? ind.target.comparator : '=';
      const goal = cmp === '>=' ? `不低于${F(`${view.id}.target`)}` : cmp === '<=' ? `不高于${F(`${view.id}.target`)}` : cmp === '~' ? `${F(`${view.id}.target`)}左右` : cmp === '>' ? `超过${F(`${view.id}.target`)}` : cmp === '<' ? `低于${F(`${view.id}.target`)}` : F(`${view.id}.target`);
      s = `${ind.name}年度目标${goal}，实际完成${F(`${view.id}.actual`)}`;
      if (view.status === 'exceeded') s += '，超额完成年度目标';
      else if (view.status === 'met') s += '，完成年度目标';
      else s += `，未完成年度目标${has(`${view.id}.completion`) ? `，完成率${F(`${view.id}.completion`)}` : ''}`;
    } else {
      const target = ind.target.kind === 'qualitative' ? T(`indicators[${i}].target.text`, ind.target.text) : F(`${view.id}.target`);
      const actual = ind.actual.kind === 'qualitative' ? T(`indicators[${i}].actual.text`, ind.actual.text) : F(`${view.id}.actual`);
      s = `${ind.name}年度目标为“${target.replace(/[。；\s]+$/u, '')}”，实际完成情况为“${actual.replace(/[。；\s]+$/u, '')}”`;
      if (view.status === 'unmet') s += '，未完全达成';
    }
    if (view.status === 'unmet' || view.status === 'unknown') {
      s += reason ? `，主要原因是${reason}` : view.status === 'unmet' ? `，${todoText('偏差原因')}` : '';
      if (measure) s += `，下一步将${measure.replace(/^措施[:：]?/, '')}`;
    }
    return s;
  };

  const trimEnd = (t: string): string => t.replace(/[。；;，,\s]+$/u, '');
  /** One problem with its cause, as a clause for 一是…；二是…。 */
  const problem = (i: number): string => {
    const p = data.problems[i];
    if (!p) return '';
    const text = trimEnd(T(`problems[${i}].text`, p.text));
    return p.cause ? `${text}。究其原因，${trimEnd(T(`problems[${i}].cause`, p.cause))}` : text;
  };

  const indicatorGroups = groupBy(indicators, (v) => v.data.level1).map(([name, items], k) => ({ name, k, items }));
  /** Achievements filed under a group (a project item's name, 产出, 效益…); '' for those with none. */
  const groupKey = (g: string): string => g.replace(/指标$/, '');
  const achievementsIn = (group: string): AchievementView[] => achievements.filter((a) => groupKey(a.data.group ?? '') === groupKey(group));
  /** Clauses of several achievements as one sentence. */
  const achievementSentence = (group: string): string => sentence(achievementsIn(group).map(A));

  return {
    data,
    A,
    indicatorGroups,
    achievementsIn,
    achievementSentence,
    problem,
    I,
    meta: data.meta,
    year: data.meta.year,
    profile,
    indicators,
    achievements,
    F,
    T,
    has,
    value,
    label,
    negative,
    enumerate,
    sentence,
    groupBy,
    prior,
    priorTitle,
    cn: chineseOrdinal,
    todo: todoText,
    review: (what: string): string => `> 〔待核：${what}〕`,
    verdict: (ind: IndicatorView): string =>
      ind.status === 'exceeded' ? '超额完成' : ind.status === 'met' ? '完成' : ind.status === 'unmet' ? '未完成' : '〔待补：完成情况〕',
  };
}

/** A visible gap for the writer: content the report needs that neither the data nor last year's report gives. */
export function todoText(what: string): string {
  return `〔待补：${what}〕`;
}

export type TemplateContext = ReturnType<typeof templateContext>;
