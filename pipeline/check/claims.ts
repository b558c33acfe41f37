/**
 * Claims judged against the data: what a sentence says in words (无结余结转, 资金已全部执行, 超额完成,
 * 比上年有所增加, 低于预算, 居全省第二, 等级为“优”, 两项指标未完成, 超2000家) is tied to the facts it
 * speaks of and tested. A claim is tied only beyond doubt — to an item its sentence names, or to the
 * item of the figure its sentence states just before it, or to its section's item — and only to one
 * fact of the role it needs; anything less and it is not judged. `check` reports the claims its data
 * contradicts; `update` lists the editor's claims the new data contradicts.
 */
import type { Fact } from '../../schemas/fact.js';
import type { Finding } from '../../schemas/finding.js';
import { Dec } from '../decimal.js';
import { describeProvenance, formatFact, formatWithUnit, chineseNumber } from '../format/index.js';
import type { Claim, Direction, Grade, Verdict } from '../mentions/claims.js';
import { claimFigure, readClaims } from '../mentions/claims.js';
import type { Mention } from '../mentions/index.js';
import { CHANGE_WORDS, conversion } from '../mentions/units.js';
import { afterLast } from '../text/chars.js';
import { Binder, isProse, valueFits } from './bind.js';
import type { Locator } from './locate.js';

export { readClaims, type Claim } from '../mentions/claims.js';

/** The owner of facts that name no item: the unit's or the fund's own budget, staff, score. */
const WHOLE = '';

/** What surrounds a claim, as the caller bound it. */
export interface ClaimScene {
  readonly text: string;
  /** Figures of the claim's paragraph before it, in order, each with the fact it states beyond doubt. */
  readonly figures: readonly { readonly mention: Mention; readonly factId: string }[];
  /** The fact the claim's own figure states beyond doubt (増加1.07万元, 第二, 超2000家), if any. */
  readonly own?: string | undefined;
  /** Title of the section the claim stands in, without its outline number. */
  readonly section?: string | undefined;
}

export interface Judgement {
  readonly holds: boolean;
  /** What the claim is about (结余结转, “高新技术企业数”完成情况, 三公经费比上年). */
  readonly about: string;
  /** What the data says of it (95.55万元, 未完成, 减少). */
  readonly value: string;
  /** What the words say, for a message: 句中说没有结余结转. */
  readonly says: string;
  readonly factIds: readonly string[];
}

const STATUS: Readonly<Record<string, 'exceeded' | 'met' | 'unmet'>> = { 超额完成: 'exceeded', 完成: 'met', 未完成: 'unmet' };
const VERDICT_WORDS: Readonly<Record<Verdict, string>> = { exceeded: '超额完成', met: '完成', unmet: '未完成', partly: '基本完成' };
const DIRECTION_WORDS: Readonly<Record<Direction, string>> = { increase: '增加', decrease: '减少', flat: '持平' };
/** 基本完成: not all, but this much of the target at least. */
const PARTLY_AT_LEAST = 80;
const SCOPE = /全国|全省|全市|全区|全县|城区|省内|市内/u;

/** The direction a change fact's label gives (比上年减少, 增长率, 前进), or undefined. */
export function directionOf(fact: Fact): Direction | undefined {
  if (new Dec(fact.value).isZero()) return 'flat';
  let found: { at: number; change: Direction } | undefined;
  for (const w of CHANGE_WORDS) {
    const at = fact.label.lastIndexOf(w.word);
    if (at >= 0 && (!found || at > found.at)) found = { at, change: w.change };
  }
  return found?.change;
}


function show(f: Fact): string {
  return formatFact(f, { thousands: false });
}

export class ClaimJudge {
  private readonly byId = new Map<string, Fact>();
  private readonly byOwner = new Map<string, Fact[]>();
  private readonly binder: Binder;

  constructor(readonly facts: readonly Fact[], binder?: Binder) {
    for (const f of facts) {
      this.byId.set(f.id, f);
      if (isProse(f)) continue;
      const key = f.subject ?? WHOLE;
      this.byOwner.set(key, [...(this.byOwner.get(key) ?? []), f]);
    }
    this.binder = binder ?? new Binder(facts);
  }

  fact(id: string): Fact | undefined {
    return this.byId.get(id);
  }

  /** Tests one claim; undefined when it cannot be tied to the data beyond doubt. */
  judge(claim: Claim, scene: ClaimScene): Judgement | undefined {
    switch (claim.kind) {
      case 'amount':
        return this.amount(claim, scene);
      case 'spent':
        return this.spent(claim, scene);
      case 'verdict':
        return this.verdict(claim, scene);
      case 'every':
        return claim.set === 'indicators' ? this.everyIndicator(claim) : this.everyProject(claim.test);
      case 'direction':
        return this.direction(claim, scene);
      case 'compare':
        return this.compare(claim, scene);
      case 'rank':
        return this.rank(claim, scene);
      case 'grade':
        return this.grade(claim.grade);
      case 'count':
        return this.count(claim, scene);
      case 'approx':
        return this.approx(claim.mention, scene);
    }
  }

  // ---- whose ----------------------------------------------------------------------------------

  /**
   * The nearest figure before the claim, bound beyond doubt to a fact of the data's own structure:
   * in its piece, or for a claim about a budget line (无结余, 执行完毕) in a piece of its own, before it in its paragraph.
   */
  private lastFigure(claim: Claim, scene: ClaimScene, paragraph: boolean): { fact: Fact; at: number } | undefined {
    const from = paragraph ? claim.contextStart : claim.pieceStart;
    for (let i = scene.figures.length - 1; i >= 0; i--) {
      const f = scene.figures[i];
      if (!f || f.mention.end > claim.start || f.mention.start < from) continue;
      const fact = this.byId.get(f.factId);
      if (fact && !isProse(fact)) return { fact, at: f.mention.start };
    }
    return undefined;
  }

  /**
   * Whose the claim may be, nearest first: the item its piece names, the item of the figure just
   * before it (the unit as a whole for a figure of no item), its section's item. A kind takes the
   * first of these that has the facts it needs.
   */
  private owners(claim: Claim, scene: ClaimScene, options: { money?: boolean } = {}): Who[] {
    const lead = scene.text.slice(claim.pieceStart, claim.start);
    const named = this.binder.ownerOf(lead, { groupsOnly: true });
    const last = this.lastFigure(claim, scene, options.money === true);
    // A claim about money (无结余, 全部执行) is the item of a money figure or a rate before it, not of a count (5个项目未列入…).
    const other = options.money === true && last !== undefined && last.fact.kind !== 'money' && last.fact.kind !== 'percent';
    const figure: Who | undefined = last && !other ? { owner: last.fact.subject ?? WHOLE, figure: last.fact } : undefined;
    const out: Who[] = [];
    if (named !== undefined && figure !== undefined) {
      const at = lead.lastIndexOf(named);
      if (at >= 0 && claim.pieceStart + at > (last?.at ?? -1)) out.push({ owner: named }, figure);
      else out.push(figure, { owner: named });
    } else if (named !== undefined) out.push({ owner: named });
    else if (figure) out.push(figure);
    if (out.length === 0 && !other) {
      const heading = scene.section === undefined ? undefined : this.binder.headingOwner(scene.section);
      if (heading !== undefined) out.push({ owner: heading });
    }
    return out;
  }

  /** The one fact of an owner that passes `test`, or undefined when there is none or more than one. */
  private only(owner: string, test: (f: Fact) => boolean): Fact | undefined {
    const hits = (this.byOwner.get(owner) ?? []).filter(test);
    return hits.length === 1 ? hits[0] : undefined;
  }

  // ---- the kinds ------------------------------------------------------------------------------

  private amount(claim: Claim & { kind: 'amount' }, scene: ClaimScene): Judgement | undefined {
    const test =
      claim.topic === 'balance'
        ? (f: Fact) => f.role === 'balance' && !/上年/u.test(f.label)
        : claim.topic === 'initial'
          ? (f: Fact) => f.role === 'budget' && /年初/u.test(f.label)
          : (f: Fact) => f.role === 'actual' && f.kind === 'money' && !/上年/u.test(f.label);
    let owner: string | undefined;
    if (claim.topic === 'spending') {
      // Only an item its clause names: 公务接待费未发生, 未发生公务接待费支出.
      const clause = scene.text.slice(Math.max(claim.pieceStart, clauseStart(scene.text, claim.start)), claim.clauseEnd);
      owner = this.binder.ownerOf(clause, { groupsOnly: true });
    } else {
      owner = this.owners(claim, scene, { money: true }).find((w) => this.only(w.owner, test) !== undefined)?.owner;
    }
    if (owner === undefined) return undefined;
    const fact = this.only(owner, test);
    if (!fact || fact.kind === 'text') return undefined;
    const zero = new Dec(fact.value).isZero();
    const what = claim.topic === 'balance' ? '结余结转' : claim.topic === 'initial' ? '未列入年初预算' : '没有支出';
    return {
      holds: zero === claim.zero, about: fact.label, value: show(fact), factIds: [fact.id],
      says: claim.topic === 'balance' ? (claim.zero ? '句中说没有结余结转' : '句中说有结余结转') : `句中说${what}`,
    };
  }

  private spent(claim: Claim & { kind: 'spent' }, scene: ClaimScene): Judgement | undefined {
    const says = claim.all ? '句中说资金已全部执行' : '句中说资金未全部执行';
    return first(this.owners(claim, scene, { money: true }), (who) => {
      const rate = this.only(who.owner, (f) => f.role === 'rate' && /执行率|使用率|支出率/u.test(f.label));
      if (rate) {
        const all = new Dec(rate.value).gte(100);
        return { holds: all === claim.all, about: rate.label, value: show(rate), says, factIds: [rate.id] };
      }
      const balance = this.only(who.owner, (f) => f.role === 'balance' && !/上年/u.test(f.label));
      if (!balance) return undefined;
      const all = new Dec(balance.value).isZero();
      return { holds: all === claim.all, about: balance.label, value: show(balance), says, factIds: [balance.id] };
    });
  }

  /** How an item ended: an indicator's status fact, or an achievement's value against its task. */
  private status(owner: string): { status: 'exceeded' | 'met' | 'unmet'; completion?: Dec | undefined; detail: string; factIds: string[] } | undefined {
    const facts = this.byOwner.get(owner) ?? [];
    const statusFact = facts.find((f) => f.kind === 'text' && STATUS[f.value] !== undefined && /完成情况$/u.test(f.label));
    const target = this.only(owner, (f) => f.role === 'target' && f.kind !== 'text');
    const actual = this.only(owner, (f) => f.role === 'actual' && f.kind !== 'text');
    const completion = this.only(owner, (f) => f.role === 'rate' && /完成率$/u.test(f.label));
    const detail = target && actual ? `（实际 ${show(actual)}，目标 ${show(target)}）` : '';
    const ids = [target?.id, actual?.id].filter((x): x is string => x !== undefined);
    if (statusFact) {
      const status = STATUS[statusFact.value];
      if (status === undefined) return undefined;
      return { status, completion: completion ? new Dec(completion.value) : undefined, detail, factIds: [statusFact.id, ...ids] };
    }
    if (!target || !actual || target.unit !== actual.unit) return undefined;
    const a = new Dec(actual.value);
    const t = new Dec(target.value);
    return { status: a.gt(t) ? 'exceeded' : a.eq(t) ? 'met' : 'unmet', completion: t.isZero() ? undefined : a.div(t).times(100), detail, factIds: ids };
  }

  private verdict(claim: Claim & { kind: 'verdict' }, scene: ClaimScene): Judgement | undefined {
    return first(this.owners(claim, scene), (who) => this.verdictOf(claim, who.owner));
  }

  private verdictOf(claim: Claim & { kind: 'verdict' }, owner: string): Judgement | undefined {
    if (owner === WHOLE) return undefined;
    const s = this.status(owner);
    if (!s) return undefined;
    const holds =
      claim.verdict === 'exceeded'
        ? s.status === 'exceeded'
        : claim.verdict === 'met'
          ? s.status !== 'unmet'
          : claim.verdict === 'unmet'
            ? s.status === 'unmet'
            : s.status === 'unmet' && (s.completion === undefined || s.completion.gte(PARTLY_AT_LEAST));
    return { holds, about: `“${owner}”完成情况`, value: `${VERDICT_WORDS[s.status]}${s.detail}`, says: `句中说${VERDICT_WORDS[claim.verdict]}`, factIds: s.factIds };
  }

  /** Indicators by their index, each with its name and how it ended (undefined: unknown). */
  private indicators(group?: string): { name: string; id: string; status: 'exceeded' | 'met' | 'unmet' | undefined }[] | undefined {
    const all = new Map<string, { name: string; id: string; status: 'exceeded' | 'met' | 'unmet' | undefined }>();
    for (const f of this.facts) {
      const m = /^ind\.(\d+)\.weight$/u.exec(f.id);
      if (m?.[1] === undefined || f.subject === undefined) continue;
      const status = this.byId.get(`ind.${m[1]}.status`);
      all.set(m[1], { name: f.subject, id: status?.id ?? f.id, status: status ? STATUS[status.value] : undefined });
    }
    if (group === undefined) return [...all.values()];
    // The indicators of a 一级指标: the inputs of its 分值 sum.
    const sum = this.facts.find((f) => f.role === 'weight' && f.subject === group && f.provenance.kind === 'formula');
    if (!sum || sum.provenance.kind !== 'formula') return undefined;
    return sum.provenance.inputs.flatMap((id) => {
      const i = /^ind\.(\d+)\.weight$/u.exec(id)?.[1];
      const found = i === undefined ? undefined : all.get(i);
      return found ? [found] : [];
    });
  }

  private everyIndicator(claim: Claim & { kind: 'every'; set: 'indicators' }): Judgement | undefined {
    const list = this.indicators(claim.group);
    if (!list || list.length === 0) return undefined;
    const unmet = list.filter((i) => i.status === 'unmet');
    if (unmet.length === 0 && list.some((i) => i.status === undefined)) return undefined;
    const about = claim.group ?? '各项指标';
    return {
      holds: unmet.length === 0, about: `${about}完成情况`,
      value: unmet.length === 0 ? '全部完成' : `${unmet.length} 项未完成（${unmet.map((i) => i.name).join('、')}）`,
      says: `句中说${about}均已完成`, factIds: list.map((i) => i.id),
    };
  }

  private everyProject(test: 'no-balance' | 'spent'): Judgement | undefined {
    const projects = [...this.byOwner.entries()].filter(([owner, facts]) => owner !== WHOLE && facts.some((f) => /^project\.\d+\./u.test(f.id)));
    if (projects.length === 0) return undefined;
    const failing: string[] = [];
    const ids: string[] = [];
    for (const [owner, facts] of projects) {
      const balance = facts.filter((f) => f.role === 'balance' && !/上年/u.test(f.label));
      const rate = facts.filter((f) => f.role === 'rate' && /执行率/u.test(f.label));
      const fact = test === 'spent' && rate.length === 1 ? rate[0] : balance.length === 1 ? balance[0] : undefined;
      if (!fact) return undefined;
      ids.push(fact.id);
      const ok = fact.role === 'rate' ? new Dec(fact.value).gte(100) : new Dec(fact.value).isZero();
      if (!ok) failing.push(`${owner} ${show(fact)}`);
    }
    return {
      holds: failing.length === 0, about: test === 'spent' ? '各项目执行情况' : '各项目结余结转',
      value: failing.length === 0 ? '均无结余' : failing.join('；'),
      says: test === 'spent' ? '句中说各项目资金均已全部执行' : '句中说各项目均无结余结转', factIds: ids,
    };
  }

  /** The change facts an owner's claim of direction speaks of: its own, or those computed from the figure it follows. */
  private changes(who: Who): Fact[] {
    const isChange = (f: Fact) => f.role === 'change' && !/节约|节省/u.test(f.label) && directionOf(f) !== undefined;
    if (who.owner !== WHOLE) return (this.byOwner.get(who.owner) ?? []).filter(isChange);
    const figure = who.figure;
    if (!figure) return [];
    if (isChange(figure)) return [figure];
    return (this.byOwner.get(WHOLE) ?? []).filter((f) => isChange(f) && f.provenance.kind === 'formula' && f.provenance.inputs.includes(figure.id));
  }

  private direction(claim: Claim & { kind: 'direction' }, scene: ClaimScene): Judgement | undefined {
    let facts: Fact[];
    if (claim.mention !== undefined) {
      const own = scene.own === undefined ? undefined : this.byId.get(scene.own);
      if (!own || (own.role !== 'change' && own.role !== 'adjustment')) return undefined;
      facts = [own];
    } else {
      // A direction said of several items at once (运行维护费和接待费均比上年下降) is theirs, not the whole's
      // its sentence named before them.
      const clause = afterLast(scene.text.slice(claim.pieceStart, claim.start), '，,；;：:');
      if (/[和、及与][^，,；;]*(?:均|都)$/u.test(clause)) return undefined;
      facts = this.owners(claim, scene).map((w) => this.changes(w)).find((f) => f.length > 0) ?? [];
    }
    const directions = new Set(facts.map(directionOf).filter((d): d is Direction => d !== undefined));
    const [direction] = directions;
    if (directions.size !== 1 || direction === undefined) return undefined;
    // A figure that states 0 says so itself; its verb is no claim.
    if (claim.mention !== undefined && direction === 'flat') return undefined;
    const shown = facts.find((f) => f.unit !== '%') ?? facts[0];
    return {
      holds: direction === claim.direction,
      about: claim.mention !== undefined ? (shown?.label ?? '') : `${shown?.subject ?? ''}比上年`,
      value: direction === 'flat' ? '持平' : `${DIRECTION_WORDS[direction]}${shown ? ` ${show(shown)}` : ''}`,
      says: `句中说${DIRECTION_WORDS[claim.direction]}`, factIds: facts.map((f) => f.id),
    };
  }

  private compare(claim: Claim & { kind: 'compare' }, scene: ClaimScene): Judgement | undefined {
    return first(this.owners(claim, scene), (who) => this.compareOf(claim, who));
  }

  private compareOf(claim: Claim & { kind: 'compare' }, who: Who): Judgement | undefined {
    const measured = (f: Fact) => (f.role === 'actual' || f.role === 'rate') && f.kind !== 'text';
    const a = who.figure && measured(who.figure) ? who.figure : who.owner === WHOLE ? undefined : this.only(who.owner, (f) => f.role === 'actual' && f.kind !== 'text');
    if (!a) return undefined;
    const role = claim.base === 'target' ? 'target' : claim.base === 'prior' ? 'prior-year' : 'budget';
    const fits = (f: Fact) =>
      f.role === role && f.kind !== 'text' &&
      (claim.base === 'initial-budget' ? /年初/u.test(f.label) : claim.base === 'whole-budget' || claim.base === 'budget' ? !/年初/u.test(f.label) : true);
    // The base the figure is measured against: its item's, or the one a formula pairs it with.
    let b: Fact | undefined;
    if (a.subject !== undefined) b = this.only(a.subject, fits);
    else {
      const paired = this.facts.filter((f) => f.provenance.kind === 'formula' && f.provenance.inputs.includes(a.id)).flatMap((f) => (f.provenance.kind === 'formula' ? f.provenance.inputs : []));
      const hits = [...new Set(paired)].map((id) => this.byId.get(id)).filter((f): f is Fact => f !== undefined && f !== a && fits(f));
      b = hits.length === 1 ? hits[0] : undefined;
    }
    if (!b || a.kind === 'text' || b.kind === 'text') return undefined;
    const factor = conversion(b.unit, a.unit);
    if (factor === undefined) return undefined;
    const av = new Dec(a.value);
    const bv = new Dec(b.value).times(factor);
    const holds = claim.relation === 'above' ? av.gt(bv) : claim.relation === 'below' ? av.lt(bv) : claim.relation === 'not-above' ? av.lte(bv) : av.eq(bv);
    const rel = av.gt(bv) ? '高于' : av.lt(bv) ? '低于' : '等于';
    return { holds, about: a.label, value: `${show(a)}，${rel}${b.label} ${show(b)}`, says: `句中说${claim.text}`, factIds: [a.id, b.id] };
  }

  private rank(claim: Claim & { kind: 'rank' }, scene: ClaimScene): Judgement | undefined {
    return first(this.owners(claim, scene), (who) => this.rankOf(claim, scene, who));
  }

  private rankOf(claim: Claim & { kind: 'rank' }, scene: ClaimScene, who: Who): Judgement | undefined {
    if (who.owner === WHOLE) return undefined;
    const facts = this.byOwner.get(who.owner) ?? [];
    // The item's rank: its own value when it is one (排名第35位), else the rank its data words give (全省第二).
    let rank = facts.find((f) => f.role === 'actual' && (f.unit === '位' || f.unit === '名'));
    if (!rank) {
      const paths = new Set(facts.flatMap((f) => (f.provenance.kind === 'data' ? [/^achievements\[\d+\]/u.exec(f.provenance.path)?.[0]] : [])).filter((p): p is string => p !== undefined));
      const ranks = this.facts.filter((f) => (f.unit === '位' || f.unit === '名') && f.provenance.kind === 'data' && [...paths].some((p) => f.provenance.kind === 'data' && f.provenance.path === `${p}.rank`));
      if (ranks.length !== 1) return undefined;
      rank = ranks[0];
    }
    const m = claim.mention;
    if (!rank || m.frame.period?.value === 'prior' || m.frame.role?.value === 'prior-year') return undefined;
    const scopeSaid = SCOPE.exec(scene.text.slice(claim.pieceStart, m.start))?.[0];
    const scopeData = SCOPE.exec(rank.label)?.[0];
    if (scopeSaid !== undefined && scopeData !== undefined && scopeSaid !== scopeData) return undefined;
    const n = new Dec(m.value);
    const top = m.approx === 'less';
    const d = new Dec(rank.value);
    const dataTop = rank.approx === 'less';
    const holds = dataTop ? (top ? n.gte(d) : n.lte(d)) : top ? d.lte(n) : d.eq(n);
    const number = m.numeral === 'chinese' && d.isInteger() && d.lte(99) ? chineseNumber(d.toNumber()) : show(rank);
    const data = `${scopeData ?? ''}${dataTop ? '前' : '第'}${number}`;
    return { holds, about: `“${who.owner}”的排名`, value: data, says: `句中说${claim.text}`, factIds: [rank.id] };
  }

  private grade(grade: Grade): Judgement | undefined {
    const fact = this.facts.find((f) => f.role === 'score' && f.kind === 'text' && f.label === '自评等级');
    if (!fact) return undefined;
    const data = ({ 优秀: '优', 良好: '良', 中等: '中', 不合格: '差' } as Record<string, string>)[fact.value] ?? fact.value.slice(0, 1);
    if (!['优', '良', '中', '差'].includes(data)) return undefined;
    return { holds: data === grade, about: fact.label, value: `“${fact.value}”`, says: `句中说“${grade}”`, factIds: [fact.id] };
  }

  private count(claim: Claim & { kind: 'count' }, scene: ClaimScene): Judgement | undefined {
    if (scene.own !== undefined) return undefined;
    const n = new Dec(claim.mention.value);
    if (claim.set === 'projects') {
      const total = this.byId.get('projects.count');
      if (!total) return undefined;
      return { holds: n.eq(total.value), about: total.label, value: show(total), says: `句中说${claim.text}`, factIds: [total.id] };
    }
    const list = this.indicators(claim.group);
    if (!list || list.length === 0) return undefined;
    let counted = list.length;
    let what = `${claim.group ?? '指标'}个数`;
    if (claim.status !== undefined) {
      if (list.some((i) => i.status === undefined)) return undefined;
      const want = claim.status;
      counted = list.filter((i) => (want === 'met' ? i.status !== 'unmet' : i.status === want)).length;
      what = `${VERDICT_WORDS[want]}的${claim.group ?? '指标'}`;
    }
    return { holds: n.eq(counted), about: what, value: `${counted} 项`, says: `句中说${claim.text}`, factIds: list.map((i) => i.id) };
  }

  private approx(m: Mention, scene: ClaimScene): Judgement | undefined {
    const fact = scene.own === undefined ? undefined : this.byId.get(scene.own);
    if (!fact || fact.kind === 'text') return undefined;
    const word = m.approx === 'more' ? '不少于' : m.approx === 'less' ? '不超过' : '约为';
    return {
      holds: valueFits(m, fact), about: fact.label, value: show(fact),
      says: `“${m.text}”意为${word}${formatWithUnit(m.value, Math.max(0, m.precision), m.unit)}`, factIds: [fact.id],
    };
  }
}

/** A possible owner of a claim: an item's name (WHOLE for the unit's own facts), and the figure it came from. */
interface Who {
  readonly owner: string;
  readonly figure?: Fact | undefined;
}

/** The first owner a kind can judge the claim for. */
function first(owners: readonly Who[], judge: (who: Who) => Judgement | undefined): Judgement | undefined {
  for (const who of owners) {
    const j = judge(who);
    if (j) return j;
  }
  return undefined;
}

function clauseStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !/[。；;！？!?\n，,、：:]/u.test(text[i - 1] ?? '')) i -= 1;
  return i;
}

/** A claim judged against the data, for a message: “无结余结转”与数据不符：结余结转为 95.55万元（句中说没有结余结转）. */
export function claimMessage(words: string, j: Judgement, update?: { old: Judgement | undefined }): string {
  const old = update?.old;
  const now = old !== undefined && old.value !== j.value ? `由 ${old.value} 变为 ${j.value}` : `为 ${j.value}`;
  return `“${words}”与${update !== undefined ? '新' : ''}数据不符：${j.about}${now}；${j.says}`;
}

/** How a figure of a report stands against the data, as the checker bound it. */
export interface FigureBinding {
  readonly status: 'bound' | 'mismatch' | 'ambiguous' | 'unbound';
  readonly factId?: string | undefined;
  /** Bound by the sidecar or by a subject that names the fact, not by value alone. */
  readonly sure: boolean;
  readonly by?: 'sidecar' | 'subject' | 'value' | undefined;
  readonly similarity?: number | undefined;
}

export interface ClaimCheckInput {
  readonly file: string;
  readonly text: string;
  readonly mentions: readonly Mention[];
  /** Each mention's binding, by its start. */
  readonly bindings: ReadonlyMap<number, FigureBinding>;
  readonly judge: ClaimJudge;
  readonly locator: Locator;
  /** The fact an approximate figure's words name beyond doubt (bound as if it stated its number exactly), and how closely. */
  readonly named: (m: Mention) => { readonly factId: string; readonly similarity: number } | undefined;
}

/**
 * The scene of a claim, the judgement and whether it counts. Figures the checker already judged
 * (a mismatch, a count bound to its fact) are not judged again as claims.
 */
export function sceneFor(claim: Claim, text: string, mentions: readonly Mention[], bound: (m: Mention) => string | undefined, section: string | undefined): ClaimScene {
  const figures = mentions
    .filter((m) => m.start >= claim.contextStart && m.end <= claim.start)
    .flatMap((m) => {
      const factId = bound(m);
      return factId === undefined ? [] : [{ mention: m, factId }];
    });
  const figure = claimFigure(claim);
  return { text, figures, own: figure ? bound(figure) : undefined, section };
}

/** `check`: the claims of a report its data contradicts, one finding each. */
export function claimFindings(input: ClaimCheckInput): Finding[] {
  const { text, bindings, judge, locator } = input;
  const sure = (m: Mention) => {
    const b = bindings.get(m.start);
    return b && (b.status === 'bound' || b.status === 'mismatch') && b.sure ? b.factId : undefined;
  };
  const findings: Finding[] = [];
  for (const claim of readClaims(text, input.mentions)) {
    const figure = claimFigure(claim);
    const binding = figure ? bindings.get(figure.start) : undefined;
    // A wrong figure is already a mismatch; a count or an interval bound to its fact is already checked.
    if (binding?.status === 'mismatch' || binding?.status === 'ambiguous') continue;
    if (claim.kind === 'count' && binding?.status === 'bound' && binding.by !== 'value') continue;
    if (claim.kind === 'rank' && binding?.status === 'bound' && binding.by === 'sidecar') continue;
    let own: string | undefined;
    if (claim.kind === 'approx') {
      // An interval is held to the fact its words name best; one it fits by value alone (a rate of
      // 100% for 满意度95%以上) does not make it hold.
      const named = input.named(claim.mention);
      if (binding?.status === 'bound' && (binding.by === 'sidecar' || !named || named.factId === binding.factId || named.similarity <= (binding.similarity ?? 0))) continue;
      own = named?.factId;
    }
    const scene = sceneFor(claim, text, input.mentions, sure, locator.sectionTitle(claim.start));
    const j = judge.judge(claim, claim.kind === 'approx' ? { ...scene, own } : scene);
    if (!j || j.holds) continue;
    const facts = j.factIds.map((id) => judge.fact(id)).filter((f): f is Fact => f !== undefined);
    const pos = locator.position(claim.start);
    findings.push({
      code: 'JX_CHECK_CLAIM', severity: 'error',
      message: claimMessage(claim.text, j),
      location: { file: input.file, line: pos.line, column: pos.column, offset: claim.start, length: claim.end - claim.start, section: locator.section(claim.start) },
      ...locator.sentence(claim.start, claim.end), stated: claim.text, expected: j.value,
      ...(facts[0] ? { source: facts.map((f) => `${f.label}（${describeProvenance(f.provenance)}）`).join('；'), factId: facts[0].id } : {}),
      related: [],
    });
  }
  return findings;
}
