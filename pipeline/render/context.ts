import type { AchievementData, IndicatorData, ReportData } from '../../schemas/data.js';
import type { Fact } from '../../schemas/fact.js';
import type { Framework } from '../../schemas/framework.js';
import type { ScoreProfile } from '../../schemas/profile.js';
import { carryNote, type CarriedSection } from '../corpus/carry.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { dec } from '../decimal.js';
import { diagnostic, InputError } from '../errors.js';
import { achievementId, actualLabelOf, assessIndicator, priorFigureId, textFigureId, textMentions, type DataNote, type FactTable, type Status } from '../facts/index.js';
import { formatFact, type FormatOptions } from '../format/index.js';
import { resolveGroup } from '../load/index.js';
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

/** What the draft printed of the data: facts, texts, and paths printed as words (names, ranks). */
export interface RenderUsage {
  readonly facts: ReadonlySet<string>;
  readonly paths: ReadonlySet<string>;
  /** Topics of last year's report that the draft really carries. */
  readonly carried: ReadonlySet<string>;
}

const trimEnd = (t: string): string => t.replace(/[。；;，,、\s]+$/u, '');

/** Clauses of one sentence: 、-free clauses join with ，; clauses that hold a ， of their own join with ；. */
function joinClauses(clauses: readonly string[]): string {
  const parts = clauses.map(trimEnd).filter((c) => c !== '');
  return parts.join(parts.some((c) => c.includes('，')) ? '；' : '，');
}

/** A name followed by its figure: a name ending in a digit or letter (QDR280, 二期2) takes 为 so the two do not run together. */
export function named(name: string, figure: string): string {
  return /[0-9A-Za-z０-９]$/.test(name) ? `${name}为${figure}` : `${name}${figure}`;
}

/** A rank as the data writes it, made to read after a comma: 全市第二 → 居全市第二; 完成率全市第四 → 完成率居全市第四. */
export function rankText(rank: string): string {
  if (/居|列|位居|排名|排在|位列|位次/.test(rank)) return rank;
  const m = /^(.*?)(全国|全省|全市|全区|全县|全州|城区|省内|市内|同类|各)(.*)$/u.exec(rank);
  return m ? `${m[1]}居${m[2]}${m[3]}` : rank;
}

/**
 * What templates see. Figures reach the text only through F (a fact by id) and T (data text
 * whose figures are facts), both of which mark what they print; templates never format numbers.
 * Every fact and text printed is recorded, so the draft can list what of the data it left out.
 */
export function templateContext(data: ReportData, table: FactTable, profile: ScoreProfile, carried: readonly CarriedSection[], framework: Framework, problems: Diagnostic[] = []) {
  const facts = new Map<string, Fact>(table.facts.map((f) => [f.id, f]));
  /** Figures not filled in yet (〔待填〕 in the data): F prints 〔待补：…〕 for them. */
  const pending = table.pending ?? new Map<string, string>();
  // nunjucks rethrows an error raised inside a template as a plain Error with its message only:
  // what went wrong is also kept in `problems`, for the renderer to report with its code.
  const usedFacts = new Set<string>();
  const usedPaths = new Set<string>();
  const usedCarried = new Set<string>();
  const fact = (id: string): Fact => {
    const f = facts.get(id);
    if (f) return f;
    const problem = diagnostic('JX_TEMPLATE_UNKNOWN_FACT', `模板引用了不存在的数字 “${id}”；请先用 has('${id}') 判断`);
    problems.push(problem);
    throw new InputError([problem]);
  };

  // Notes the facts stage attached to figures: printed once, at the first place the figure appears.
  const notesOf = new Map<string, DataNote[]>();
  for (const n of table.notes) notesOf.set(n.factId, [...(notesOf.get(n.factId) ?? []), n]);
  const notesDone = new Set<DataNote>();

  /** Marks the figures of a text taken from the data, at the offsets the facts stage found them. */
  const markText = (text: string, idOf: (k: number) => string): string => {
    let out = '';
    let last = 0;
    textMentions(text).forEach((m, k) => {
      out += text.slice(last, m.start) + markFigure(idOf(k), text.slice(m.start, m.end));
      last = m.end;
    });
    return out + text.slice(last);
  };
  const T = (path: string, text: string | undefined): string => {
    if (text === undefined) return '';
    usedPaths.add(path);
    return markText(text, (k) => textFigureId(path, k));
  };

  /** A figure: F('budget.actual') → 1864.05万元 (marked), followed the first time by any note the data needs there. */
  const F = (id: string, options: FormatOptions = {}): string => {
    const waiting = facts.has(id) ? undefined : pending.get(id);
    if (waiting !== undefined) return todoText(waiting);
    const f = fact(id);
    usedFacts.add(id);
    let out = markFigure(id, formatFact(f, table.style, options));
    for (const note of notesOf.get(id) ?? []) {
      if (notesDone.has(note)) continue;
      notesDone.add(note);
      const text = note.parts.map((p) => (typeof p === 'string' ? p : 'fact' in p ? F(p.fact) : T(p.path, p.text))).join('');
      out += note.kind === 'review' ? `〔待核：${text}〕` : `（${text}）`;
    }
    return out;
  };
  /** The report states this figure: it is known, or it is to be filled in (F prints 〔待补〕). */
  const has = (id: string): boolean => facts.has(id) || pending.has(id);
  const value = (id: string): string | undefined => facts.get(id)?.value;
  /** A fact's label; for a figure not filled in yet, what is missing (项目支出合计). */
  const label = (id: string): string => (facts.has(id) ? fact(id).label : pending.get(id) ?? fact(id).label);
  /** Sign of a fact: templates choose 增加 / 减少 on it. */
  const negative = (id: string): boolean => dec(fact(id).value).isNegative();
  /** Records that the draft states a value of the data in words (a name, a rank); prints nothing. */
  const mark = (...paths: string[]): string => {
    for (const p of paths) usedPaths.add(p);
    return '';
  };

  const indicators: IndicatorView[] = data.indicators.map((ind, i) => {
    const a = assessIndicator(ind, profile);
    return {
      index: i, id: `ind.${i}`, data: ind, status: a.status, reverse: a.reverse, band: a.band,
      quantitative: ind.target.kind === 'quantitative' && ind.actual?.kind === 'quantitative',
    };
  });
  const groupBy = <T, K>(items: readonly T[], key: (t: T) => K): [K, T[]][] => {
    const map = new Map<K, T[]>();
    for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
    return [...map.entries()];
  };

  const achievements: AchievementView[] = data.achievements.map((a, i) => ({ id: achievementId(a, i), data: a, path: `achievements[${i}]` }));
  const targetOf = (a: AchievementView) => resolveGroup(data, framework, a.data.group);

  /** 一是…；二是…。 from a list of clauses. */
  const enumerate = (items: readonly string[]): string => {
    const clauses = items.map(trimEnd).filter((t) => t !== '');
    if (clauses.length === 0) return '';
    if (clauses.length === 1) return `${clauses[0]}。`;
    return `${clauses.map((c, i) => `${chineseOrdinal(i + 1)}是${c}`).join('；')}。`;
  };
  /** Joins clauses with ，and closes with 。 */
  const sentence = (items: readonly string[]): string => {
    const clauses = items.map(trimEnd).filter((t) => t !== '');
    return clauses.length === 0 ? '' : `${clauses.join('，')}。`;
  };
  /** Short items of the data as one list: 甲、乙和丙; items that hold a 和 or 、 of their own are set apart with ，. */
  const series = (items: readonly string[]): string => {
    const parts = items.map(trimEnd).filter((t) => t !== '');
    if (parts.length <= 1) return parts[0] ?? '';
    if (parts.some((p) => /[和、，]/.test(p.replace(/\uE000[^\uE002]*\uE002/g, '')))) return parts.join('，');
    return `${parts.slice(0, -1).join('、')}和${parts[parts.length - 1]}`;
  };
  /** Documents as the text cites them: 《…》（文号）、《…》. */
  const documents = (base: string, list: readonly { title: string; number?: string | undefined }[] | undefined): string =>
    series((list ?? []).map((d, i) => {
      mark(`${base}[${i}].title`, ...(d.number !== undefined ? [`${base}[${i}].number`] : []));
      const title = /^《.*》$/.test(d.title) ? d.title : `《${d.title}》`;
      return d.number !== undefined ? `${title}（${d.number}）` : title;
    }));
  /** A project's results (short items) as one sentence: 主要成效是…；…。 */
  const resultsSentence = (base: string, list: readonly string[] | undefined): string => {
    const parts = itemTexts(base, list);
    return parts.length === 0 ? '' : `主要成效是${parts.join('；')}。`;
  };
  /** Whether list items are names (办公室, 科技创新股) rather than sentences: they read as one series. */
  const areNames = (list: readonly string[] | undefined): boolean => (list ?? []).every((t) => t.length <= 16 && !/[，。；,;：:]/.test(t));
  /** Whether list items are short items (a phrase each) rather than paragraphs of prose written in the data. */
  const areItems = (list: readonly string[] | undefined): boolean => (list ?? []).every((t) => t.length <= 40 && !/[。；;]/.test(t.replace(/[。]$/u, '')) && !/[。]$/u.test(t));
  /** Texts of a list field, each marked, trailing punctuation off. */
  const itemTexts = (base: string, list: readonly string[] | undefined): string[] => (list ?? []).map((t, i) => trimEnd(T(`${base}[${i}]`, t)));

  const carriedByTopic = new Map(carried.map((c) => [c.topic, c]));
  /** Paragraphs carried from the prior-year report, with their figures marked as prior facts. */
  const prior = (topic: string): string[] | undefined => {
    const section = carriedByTopic.get(topic as CarriedSection['topic']);
    if (!section) return undefined;
    usedCarried.add(topic);
    return section.paragraphs.map((p, i) => markText(p, (k) => priorFigureId(topic, i, k)));
  };
  const priorTitle = (topic: string): string | undefined => carriedByTopic.get(topic as CarriedSection['topic'])?.title;
  /** The review note of a carried section: where it comes from and how far its years moved. */
  const priorNote = (topic: string): string | undefined => {
    const c = carriedByTopic.get(topic as CarriedSection['topic']);
    return c === undefined ? undefined : carryNote(c);
  };

  /** 位 and 名 count people too (60余位专家); a rank is one whose name says so. */
  const isRank = (a: AchievementData): boolean => (a.unit === '位' || a.unit === '名') && /排名|名次|位次|排位/.test(a.name);

  /** One achievement as a clause: 科技型中小企业备案2045家，比上年增加…，为全年任务…的… */
  const A = (view: AchievementView, shortName?: string): string => {
    const a = shortName === undefined ? view.data : { ...view.data, name: shortName };
    const id = view.id;
    let clause: string;
    if (isRank(a)) clause = `${a.name}第${F(id)}`;
    else if (a.approx === '超' || a.approx === '近' || a.approx === '约') clause = `${a.name}${a.approx}${F(id)}`;
    else if (a.approx === '余' || a.approx === '多') clause = `${named(a.name, F(id, { bare: true }))}${a.approx}${a.unit}`;
    else if (a.approx === '以上') clause = `${named(a.name, F(id))}以上`;
    else clause = /[额量数率重度值总]$/.test(a.name) ? `${a.name}达${F(id)}` : named(a.name, F(id));
    if (a.year !== undefined && a.year !== data.meta.year) {
      clause = `${a.year}年度${clause}`;
      mark(`${view.path}.year`);
    }
    if (a.rank) clause += `，${T(`${view.path}.rank`, rankText(a.rank))}`;
    if (has(`${id}.change`) && isRank(a)) {
      clause += `，较上年${fact(`${id}.change`).label.endsWith('后退') ? '后退' : '前进'}${F(`${id}.change`)}（上年第${F(`${id}.prior`)}）`;
    } else if (has(`${id}.change`)) {
      const up = !/减少|下降/.test(fact(`${id}.change`).label);
      clause += `，比上年${up ? '增加' : '减少'}${F(`${id}.change`)}`;
      if (has(`${id}.change_rate`)) clause += `，${up ? '增长' : '下降'}${F(`${id}.change_rate`)}`;
    } else if (has(`${id}.change_rate`)) {
      clause += `，同比${/下降/.test(fact(`${id}.change_rate`).label) ? '下降' : '增长'}${F(`${id}.change_rate`)}`;
    }
    if (has(`${id}.completion`)) clause += `，为全年任务${F(`${id}.target`)}的${F(`${id}.completion`)}`;
    if (a.note) clause += `（${T(`${view.path}.note`, a.note)}）`;
    return clause;
  };

  /**
   * Achievements as paragraphs of sentences with a few figures each: those sharing a topic make one
   * paragraph that names the topic once; the rest go four figures or so to a sentence.
   */
  const achievementSentences = (views: readonly AchievementView[]): string[] => {
    const runs: { topic: string | undefined; items: AchievementView[] }[] = [];
    for (const v of views) {
      const last = runs[runs.length - 1];
      if (last && last.topic === v.data.topic) last.items.push(v);
      else runs.push({ topic: v.data.topic, items: [v] });
    }
    const out: string[] = [];
    const figuresIn = (clause: string): number => (clause.match(/\uE000/g) ?? []).length;
    for (const run of runs) {
      // A few figures to a sentence: up to six under a topic, four otherwise.
      const limit = run.topic === undefined ? 4 : 6;
      const sentences: string[][] = [];
      let count = 0;
      // A subject said once in a sentence: 规模工业总产值…，增速… rather than …，规模工业总产值增速….
      const clauses = run.items.map((v, k) => {
        const before = run.items[k - 1]?.data.name;
        const rest = before !== undefined && v.data.name.startsWith(before) ? v.data.name.slice(before.length) : '';
        return rest.length >= 2 ? { text: A(v, rest), follows: true } : { text: A(v), follows: false };
      });
      for (const { text: clause, follows } of clauses) {
        const n = figuresIn(clause);
        const current = sentences[sentences.length - 1];
        // A clause that leans on the one before it for its subject stays in its sentence.
        if (current && (follows || count + n <= limit)) {
          current.push(clause);
          count += n;
        } else {
          sentences.push([clause]);
          count = n;
        }
      }
      const lead = run.topic !== undefined ? `${run.topic}${/方面$/.test(run.topic) ? '' : '方面'}，` : '';
      out.push(sentences.map((clauses, k) => `${k === 0 ? lead : k === 1 ? '此外，' : ''}${joinClauses(clauses)}。`).join(''));
    }
    return out;
  };

  const achievementsWhere = (pred: (t: ReturnType<typeof targetOf>) => boolean): AchievementView[] => achievements.filter((a) => pred(targetOf(a)));
  const generalAchievements = achievementsWhere((t) => t?.kind === 'general');
  const projectAchievements = (i: number): AchievementView[] => achievementsWhere((t) => t?.kind === 'project' && t.index === i);
  const groupAchievements = (k: number): AchievementView[] => achievementsWhere((t) => t?.kind === 'projectGroup' && t.index === k);

  /** The framework's dimensions that have something to say: common measures the data gives, achievements filed there. */
  const dimensions = framework.dimensions
    .map((d, k) => ({
      name: d.name, k,
      measures: d.measures.filter((m) => facts.has(m.fact)),
      achievements: achievementsWhere((t) => t?.kind === 'dimension' && t.index === k),
    }))
    .filter((d) => d.measures.length > 0 || d.achievements.length > 0);
  const measureSentence = (d: (typeof dimensions)[number]): string => (d.measures.length === 0 ? '' : `${joinClauses(d.measures.map((m) => `${m.name}${F(m.fact)}`))}。`);

  /** One indicator as a sentence, its verb following the data: 完成 / 超额完成 / 未完成 with the reason. */
  const I = (view: IndicatorView): string => {
    const ind = view.data;
    const i = view.index;
    const reason = ind.deviation?.reason ? trimEnd(T(`indicators[${i}].deviation.reason`, ind.deviation.reason)) : undefined;
    const measure = ind.deviation?.measure ? trimEnd(T(`indicators[${i}].deviation.measure`, ind.deviation.measure)) : undefined;
    let s: string;
    if (view.quantitative) {
      const cmp = ind.target.kind === 'quantitative' ? ind.target.comparator : '=';
      const goal = cmp === '>=' ? `不低于${F(`${view.id}.target`)}` : cmp === '<=' ? `不高于${F(`${view.id}.target`)}` : cmp === '~' ? `${F(`${view.id}.target`)}左右` : cmp === '>' ? `超过${F(`${view.id}.target`)}` : cmp === '<' ? `低于${F(`${view.id}.target`)}` : F(`${view.id}.target`);
      s = `${ind.name}年度目标${goal}，实际完成${F(`${view.id}.actual`)}`;
      if (view.status === 'exceeded') s += '，超额完成年度目标';
      else if (view.status === 'met') s += '，完成年度目标';
      else s += `，未完成年度目标${has(`${view.id}.completion`) ? `，完成率${F(`${view.id}.completion`)}` : ''}`;
    } else if (ind.actual === undefined) {
      // Not filled in yet: the target, and a gap where the result goes.
      const target = goalOf(view);
      s = `${ind.name}年度目标${ind.target.kind === 'qualitative' ? `为“${target}”` : target}，实际完成${F(`${view.id}.actual`)}`;
    } else {
      const target = ind.target.kind === 'qualitative' ? T(`indicators[${i}].target.text`, ind.target.text) : F(`${view.id}.target`);
      const actual = ind.actual.kind === 'qualitative' ? T(`indicators[${i}].actual.text`, ind.actual.text) : F(`${view.id}.actual`);
      s = `${ind.name}年度目标为“${trimEnd(target)}”，实际完成情况为“${trimEnd(actual)}”`;
      if (view.status === 'unmet') s += '，未完全达成';
    }
    if (ind.actual !== undefined && (view.status === 'unmet' || view.status === 'unknown')) {
      s += reason ? `，主要原因是${reason}` : view.status === 'unmet' ? `，${todoText('偏差原因')}` : '';
      if (measure) s += `，下一步将${measure.replace(/^措施[:：]?/, '')}`;
    }
    return s;
  };

  /** A target as the prose says it: 不低于5个, 15%左右, or the qualitative words. */
  const goalOf = (view: IndicatorView): string => {
    const ind = view.data;
    if (ind.target.kind === 'qualitative') return trimEnd(T(`indicators[${view.index}].target.text`, ind.target.text));
    const t = F(`${view.id}.target`);
    const cmp = ind.target.comparator;
    return cmp === '>=' ? `不低于${t}` : cmp === '<=' ? `不高于${t}` : cmp === '~' ? `${t}左右` : cmp === '>' ? `超过${t}` : cmp === '<' ? `低于${t}` : t;
  };
  /** An indicator's name with its target: 高新技术企业数1300家, 新增平台不少于5个. */
  const goalPhrase = (v: IndicatorView): string => {
    const goal = goalOf(v);
    if (v.data.target.kind === 'qualitative') return `${v.data.name}：${goal}`;
    return v.data.target.comparator === '=' ? named(v.data.name, goal) : `${v.data.name}${goal}`;
  };
  const actualOf = (view: IndicatorView): string =>
    view.data.actual?.kind === 'qualitative' ? trimEnd(T(`indicators[${view.index}].actual.text`, view.data.actual.text)) : F(`${view.id}.actual`);
  /** 年度总体目标: the writer's summary, then each indicator's target (the data need not repeat them in prose). */
  /**
   * 年度总体目标 in the 自评表: the writer's summary where the data gives one (prose of version 1 files
   * as written); else the indicators' targets, so the cell is never empty while the rows below say more.
   */
  const goalItems = (limit = Infinity): string[] => (data.goals?.expected
    ? itemTexts('goals.expected', data.goals.expected)
    : [...indicators.slice(0, limit).map(goalPhrase), ...(indicators.length > limit ? ['其余指标见下表'] : [])]);
  /** 实际完成情况: the writer's summary, else each indicator's result. */
  const resultItems = (limit = Infinity): string[] => (data.goals?.actual
    ? itemTexts('goals.actual', data.goals.actual)
    : [
      ...indicators.slice(0, limit).map((v) => (v.quantitative ? named(v.data.name, actualOf(v)) : `${v.data.name}：${actualOf(v)}`)),
      ...(indicators.length > limit ? ['其余指标见下表'] : []),
    ]);

  /** One problem with its cause, as a clause for 一是…；二是…。 */
  const problem = (i: number): string => {
    const p = data.problems[i];
    if (!p) return '';
    const text = trimEnd(T(`problems[${i}].text`, p.text));
    return p.cause ? `${text}。究其原因，${trimEnd(T(`problems[${i}].cause`, p.cause))}` : text;
  };

  /**
   * 改进措施 answering the problems one by one (a problem's own measure, or the measures naming
   * it), then the measures that answer none in particular.
   */
  const measureItems = (): string[] => {
    const all = data.measures ?? [];
    const items: string[] = [];
    data.problems.forEach((p, i) => {
      const answers = [
        ...(p.measure ? [trimEnd(T(`problems[${i}].measure`, p.measure))] : []),
        ...all.flatMap((m, j) => (m.answers !== undefined && m.answers === p.id ? [trimEnd(T(`measures[${j}].text`, m.text))] : [])),
      ];
      const about = trimEnd(T(`problems[${i}].text`, p.text)).replace(/^(.*?)[，,].*$/u, '$1');
      if (answers.length > 0) items.push(`针对“${about}”，${answers.join('；')}`);
      else if (all.length === 0 || all.every((m) => m.answers !== undefined)) items.push(`针对“${about}”，${todoText('改进措施')}`);
    });
    all.forEach((m, j) => {
      if (m.answers === undefined) items.push(trimEnd(T(`measures[${j}].text`, m.text)));
    });
    return items;
  };

  const indicatorGroups = groupBy(indicators, (v) => v.data.level1).map(([name, items], k) => ({ name, k, items }));

  /** 项目 counts that say what they count. */
  const projectCount = (): string => {
    if (!has('projects.count')) return '';
    const parts = [`共列项目${F('projects.count', { chinese: true })}`];
    if (has('projects.count_initial')) parts.push(`其中列入年初预算的${F('projects.count_initial', { chinese: true })}、年中新增的${F('projects.count_unbudgeted', { chinese: true })}`);
    if (has('projects.count_idle')) parts.push(`本年度有支出的${F('projects.count_spent', { chinese: true })}、未发生支出的${F('projects.count_idle', { chinese: true })}`);
    return `${parts.join('；')}。`;
  };

  return {
    data,
    framework,
    A,
    achievementSentences,
    generalAchievements,
    projectAchievements,
    groupAchievements,
    dimensions,
    measureSentence,
    indicatorGroups,
    problem,
    measureItems,
    projectCount,
    actualLabel: (i: number): string => actualLabelOf(data, i),
    I,
    goalOf,
    goalPhrase,
    actualOf,
    goalItems,
    resultItems,
    meta: data.meta,
    year: data.meta.year,
    who: data.meta.shortName ?? data.meta.unit,
    profile,
    indicators,
    achievements,
    F,
    T,
    itemTexts,
    series,
    resultsSentence,
    documents,
    areNames,
    areItems,
    mark,
    named,
    has,
    value,
    label,
    negative,
    enumerate,
    sentence,
    groupBy,
    prior,
    priorTitle,
    priorNote,
    cn: chineseOrdinal,
    todo: todoText,
    review: (what: string): string => `> 〔待核：${what}〕`,
    verdict: (ind: IndicatorView): string =>
      ind.status === 'exceeded' ? '超额完成' : ind.status === 'met' ? '完成' : ind.status === 'unmet' ? '未完成' : '〔待补：完成情况〕',
    /** What the draft printed, read once rendering is done. */
    usage: (): RenderUsage => ({ facts: usedFacts, paths: usedPaths, carried: usedCarried }),
  };
}

/** A visible gap for the writer: content the report needs that neither the data nor last year's report gives. */
export function todoText(what: string): string {
  return `〔待补：${what}〕`;
}

export type TemplateContext = ReturnType<typeof templateContext>;
