/**
 * The meaning lock: a rewritten paragraph may say things in another order and other words, but
 * every figure must still describe what it described in the draft.
 *
 * Both texts are read by the same extractor (with the report's title before them, for its year).
 * Per token, the figure read in the answer must have the draft's frame: the same words around
 * the number (约, 以上, 余, the unit), the same direction (增加/减少), polarity (未…), period (上年,
 * 年初 or this year), role (budget, actual, target…), the same total it is part of (其中), the same
 * named entity, and the same subject — compared by its content words, so 实际完成了 and 实际完成
 * are one, and a figure that moved to another item or to a subject the draft never named is not.
 * A subject that names only a role (实际完成, 年度目标) is the one named before it in its sentence;
 * a count before its noun (全局14名在职人员) and a rank (居全市第二) also say whose; two figures of
 * one subject are told apart by what their clause says after them (50万元以上的全部检查).
 *
 * Words that change what a sentence says about its figures (增加/减少, 超额完成/未完成, 约/以上,
 * 未/无, 上年, 年初) are counted per group of sentences that share figures: merging or splitting
 * sentences and moving clauses keep the counts, a flipped or added word does not.
 */
import { extractMentions, isRoleOnly, metricResidue, roleIn, type Mention, type Period, type Slot } from '../mentions/index.js';
import { NEGATION_WORDS, periodOf } from '../mentions/frame.js';
import { APPROX_AFTER, APPROX_BEFORE, APPROX_INFIX, APPROX_SINGLE_BLOCKERS, ARABIC_SCALES, CHANGE_WORDS, OUTCOME_WORDS, UNIT_FORMS } from '../mentions/units.js';

/** Where a token's text is in a paragraph. */
export interface TokenSpan {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

interface Figure {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly mention: Mention | undefined;
  /** What it measures: the content words of its subject (role, period and money words taken out). */
  what: string;
  /** Whose, when the text says it apart (全局14名在职人员, a rank of the item before it); else ''. */
  whose: string;
  /** The phrase the subject was read from, for messages. */
  phrase: string;
  /** Where the subject came from: the figure's own words, a figure before it, a clause before it, nowhere. */
  anchor: 'own' | 'figure' | 'clause' | 'none';
  /** What its clause says after it (的全部检查, 项目获国家科技奖): tells apart figures of one subject. */
  tail: string;
  /** What its clause says right before it (比上年增加, 增长): tells apart figures of one subject and role. */
  head: string;
  readonly sentence: number;
  /** For a part of a total (其中…): the token of that total. */
  partOf: string | undefined;
}

interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly names: readonly string[];
}

/** A paragraph as the lock sees it. */
export interface Reading {
  readonly text: string;
  readonly figures: ReadonlyMap<string, Figure>;
  readonly sentences: readonly Sentence[];
  /** Figures read where no token stands: numbers written by the model. */
  readonly extra: readonly Mention[];
  readonly reportYear: number | undefined;
}

const SENTENCE_STOP = /[。；;！？!?\n]/u;
const CLAUSE_STOP = /[，,、：:；;（）()]/u;
/** Function words that do not tell one subject from another. */
const FILLER = /[的地得了着之与及并且而其也还均都共各等]/gu;
const LEADING = /^(?:[一二三四五六七八九十]+是|首先|其次|再次|最后|此外|另外|同时|其中|包括)/u;

/** A figure's subject as one string: whose, then what. */
function key(f: Figure): string {
  return f.whose === '' ? f.what : `${f.whose}·${f.what}`;
}

function content(phrase: string): string {
  return metricResidue(phrase).replace(/[0-9０-９.%％+\-—~～]/gu, '').replace(LEADING, '').replace(FILLER, '');
}

function bigrams(s: string): string[] {
  const chars = [...s];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((c, i) => `${chars[i] ?? ''}${c}`);
}

/** Dice similarity of two subjects' character pairs. */
function subjectSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.length === 0 || y.length === 0) return 0;
  const left = new Map<string, number>();
  for (const g of y) left.set(g, (left.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of x) {
    const n = left.get(g) ?? 0;
    if (n > 0) {
      common++;
      left.set(g, n - 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

function reportYearOf(context: string): number | undefined {
  const y = /((?:19|20)\d\d)\s*年/u.exec(context);
  return y ? Number(y[1]) : undefined;
}

function sentencesOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (SENTENCE_STOP.test(text.charAt(i))) {
      out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** Reads the figures of a paragraph whose tokens are restored at `spans`. */
export function readMeaning(text: string, spans: readonly TokenSpan[], context: string): Reading {
  const shift = context.length;
  const mentions = extractMentions(context + text)
    .filter((m) => m.start >= shift)
    .map((m) => ({ ...m, start: m.start - shift, end: m.end - shift, subject: { ...m.subject, start: m.subject.start - shift, end: m.subject.end - shift } }));
  const ranges = sentencesOf(text);
  const sentenceAt = (pos: number) => Math.max(0, ranges.findIndex((r) => pos >= r.start && pos < r.end));
  const used = new Set<Mention>();
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  const figures: Figure[] = ordered.map((s) => {
    let best: Mention | undefined;
    let overlap = 0;
    for (const m of mentions) {
      const o = Math.min(m.end, s.end) - Math.max(m.start, s.start);
      if (o > overlap && !used.has(m)) {
        best = m;
        overlap = o;
      }
    }
    if (best !== undefined) used.add(best);
    return { name: s.name, start: s.start, end: s.end, mention: best, what: '', whose: '', phrase: '', anchor: 'none', tail: '', head: '', sentence: sentenceAt(s.start), partOf: undefined };
  });
  const extra = mentions.filter((m) => !used.has(m) && !spans.some((s) => m.start < s.end && m.end > s.start));

  // Text with every figure blanked, for reading clauses around them.
  const blanked = (a: number, b: number) => {
    let out = '';
    let pos = a;
    for (const f of figures) {
      if (f.end <= a || f.start >= b) continue;
      out += text.slice(pos, Math.max(pos, f.start));
      pos = Math.max(pos, f.end);
    }
    return out + text.slice(pos, b);
  };
  // The item named before a figure in its sentence: the subject of the nearest figure before it,
  // or the nearest clause that names more than a role. `from`: where to start looking back.
  const inherited = (f: Figure, i: number, from: number): Pick<Figure, 'what' | 'whose' | 'phrase' | 'anchor'> => {
    const sStart = ranges[f.sentence]?.start ?? 0;
    let end = from;
    for (let k = from - 1; k >= sStart - 1; k--) {
      if (k >= sStart && !CLAUSE_STOP.test(text.charAt(k))) continue;
      const a = k + 1;
      const prev = figures.slice(0, i).filter((g) => g.sentence === f.sentence && g.start >= a && g.start < end).pop();
      if (prev !== undefined && key(prev) !== '') return { what: prev.what, whose: prev.whose, phrase: prev.phrase, anchor: prev.anchor === 'own' ? 'figure' : prev.anchor };
      const phrase = blanked(a, end).trim();
      const c = content(phrase);
      if (c.length >= 2 && !isRoleOnly(c)) return { what: c, whose: '', phrase, anchor: 'clause' };
      end = k;
    }
    return { what: '', whose: '', phrase: '', anchor: 'none' };
  };
  const clauseBeforeText = (f: Figure, i: number): string => {
    const sStart = ranges[f.sentence]?.start ?? 0;
    let a = f.start;
    while (a > sStart && !CLAUSE_STOP.test(text.charAt(a - 1))) a--;
    const prev = figures.slice(0, i).filter((g) => g.end <= f.start && g.end > a).pop();
    return blanked(prev !== undefined ? prev.end : a, f.start).replace(/[“”"]/gu, '').trim();
  };
  figures.forEach((f, i) => {
    const m = f.mention;
    const sEnd = ranges[f.sentence]?.end ?? text.length;
    let b = f.end;
    const next = figures[i + 1];
    const limit = Math.min(sEnd, next !== undefined && next.sentence === f.sentence ? next.start : sEnd);
    while (b < limit && !CLAUSE_STOP.test(text.charAt(b)) && !SENTENCE_STOP.test(text.charAt(b))) b++;
    f.tail = content(text.slice(m !== undefined ? Math.max(f.end, m.end) : f.end, b));
    f.head = clauseBeforeText(f, i).replace(/[\s*]/gu, '');
    // A figure the extractor does not read as one (优, a month): the words of its clause before it.
    const ownPhrase = m !== undefined ? m.subject.text : clauseBeforeText(f, i);
    const own = content(ownPhrase);
    const after = m !== undefined && m.subject.start >= m.end;
    if (after && m !== undefined) {
      // A count before its noun (全局14名在职人员): the noun, and whose it is (the clause before).
      let clauseStart = f.start;
      const sStart = ranges[f.sentence]?.start ?? 0;
      while (clauseStart > sStart && !CLAUSE_STOP.test(text.charAt(clauseStart - 1))) clauseStart--;
      const whose = blanked(clauseStart, f.start).trim();
      f.what = own;
      f.whose = content(whose).length >= 2 ? content(whose) : '';
      f.phrase = `${whose}${m.subject.text}`;
      f.anchor = 'own';
    } else if (m?.kind === 'rank') {
      // A rank (居全市第二) ranks the item named before it.
      const sStart = ranges[f.sentence]?.start ?? 0;
      let clauseStart = f.start;
      while (clauseStart > sStart && !CLAUSE_STOP.test(text.charAt(clauseStart - 1))) clauseStart--;
      const of = inherited(f, i, clauseStart);
      f.what = own;
      f.whose = of.whose !== '' ? `${of.whose}·${of.what}` : of.what;
      f.phrase = `${of.phrase}${m.subject.text}`;
      f.anchor = 'own';
    } else if (!isRoleOnly(own) && own.length >= 2) {
      f.what = own;
      f.phrase = ownPhrase;
      f.anchor = 'own';
    } else {
      Object.assign(f, inherited(f, i, f.start));
      // Named in messages by its own words when it borrows nothing (年中压减预算).
      if (key(f) === '') f.phrase = ownPhrase;
    }
    // A part of a total: after 其中 in its sentence, of the last figure before it. (Read here for
    // the whole sentence: the frame marks only parts near 其中, and a reordered list moves them.)
    const sStart = ranges[f.sentence]?.start ?? 0;
    const q = text.lastIndexOf('其中', f.start);
    if (q >= sStart) f.partOf = figures.filter((g) => g.sentence === f.sentence && g.end <= q).pop()?.name;
  });

  const sentences = ranges.map((r) => ({ ...r, names: figures.filter((f) => f.start >= r.start && f.start < r.end).map((f) => f.name) }));
  return { text, figures: new Map(figures.map((f) => [f.name, f])), sentences, extra, reportYear: reportYearOf(context) };
}

// ---- words that change what a sentence says ------------------------------------------------

interface MeaningWord {
  readonly cls: string;
  readonly word: string;
}

const VOCABULARY: readonly { word: string; cls: string }[] = [
  ...OUTCOME_WORDS.map((w) => ({ word: w.word, cls: `outcome:${w.outcome}` })),
  ...CHANGE_WORDS.map((w) => ({ word: w.word, cls: `change:${w.change}` })),
  ...APPROX_BEFORE.filter((w) => /^[\u4e00-\u9fff]+$/u.test(w.word)).map((w) => ({ word: w.word, cls: `approx:${w.approx}` })),
  ...APPROX_AFTER.map((w) => ({ word: w.word, cls: `approx:${w.approx}` })),
].sort((a, b) => b.word.length - a.word.length);

/** Classes that say the opposite of each other. */
const OPPOSITE: Readonly<Record<string, string>> = {
  'change:increase': 'change:decrease', 'change:decrease': 'change:increase',
  'outcome:exceeded': 'outcome:unmet', 'outcome:unmet': 'outcome:exceeded',
  'approx:more': 'approx:less', 'approx:less': 'approx:more',
  'period:prior': 'period:current', 'period:current': 'period:prior',
};

/** How a period is named in a message (periodOf says which, not by what word). */
const PERIOD_WORDS: Readonly<Record<Period, string>> = {
  prior: '上年（或去年、上年度、更早的年份）', initial: '年初', 'whole-year': '全年', 'as-of': '截至（或年末、年底）', current: '本年（或当年、本年度）',
};

/** The words of a text that change what it says about its figures. */
function meaningWords(text: string, reportYear: number | undefined): MeaningWord[] {
  const out: MeaningWord[] = [];
  const covered: boolean[] = new Array<boolean>(text.length).fill(false);
  for (let i = 0; i < text.length; i++) {
    const hit = VOCABULARY.find((v) => text.startsWith(v.word, i) && !(v.word.length === 1 && (APPROX_SINGLE_BLOCKERS[v.word] ?? '').includes(text.charAt(i - 1))));
    if (hit === undefined) continue;
    out.push({ cls: hit.cls, word: hit.word });
    for (let k = i; k < i + hit.word.length; k++) covered[k] = true;
    i += hit.word.length - 1;
  }
  for (const m of text.matchAll(NEGATION_WORDS)) if (!covered[m.index]) out.push({ cls: 'negation', word: m[0] });
  // 上年 also where it names no period of a figure (上年结转, 比上年): added or dropped, it says something else.
  for (const m of text.matchAll(/上一?年度?|去年/gu)) out.push({ cls: 'last-year', word: m[0] });
  for (const clause of text.split(/[，,、：:；;。！？!?\n]/u)) {
    const p: Period | undefined = periodOf(clause, reportYear);
    if (p !== undefined) out.push({ cls: `period:${p}`, word: PERIOD_WORDS[p] });
  }
  return out;
}

// ---- comparing a draft paragraph and an answer -------------------------------------------

const ROLE_NAMES: Readonly<Record<string, string>> = {
  budget: '预算数', actual: '实际数', target: '目标值', adjustment: '调整数', balance: '结余结转数', rate: '比率', score: '得分',
  weight: '分值', change: '增减数', 'prior-year': '上年数',
};

function periodClass(p: Period | undefined): 'prior' | 'initial' | 'current' {
  return p === 'prior' ? 'prior' : p === 'initial' ? 'initial' : 'current';
}

const PERIOD_NAMES = { prior: '上年', initial: '年初', current: '本年' } as const;

function direction(c: Mention['change']): string {
  return c === 'increase' ? '增加' : c === 'decrease' ? '减少' : '不带增减';
}

/** A slot read from the figure's own clause (or an example it is named as), else nothing. */
function own<T>(slot: Slot<T> | undefined): T | undefined {
  return slot !== undefined && (slot.from === 'clause' || slot.from === 'figure' || slot.from === 'example') ? slot.value : undefined;
}

/**
 * The figure's clause (up to the figure, or the whole clause), every figure in it written as its
 * token: what the text says there, with no number the model could copy.
 */
function excerpt(f: Figure, r: Reading, whole = false): string {
  const stop = (c: string) => CLAUSE_STOP.test(c) || SENTENCE_STOP.test(c);
  let a = f.start;
  while (a > 0 && !stop(r.text.charAt(a - 1))) a--;
  let b = f.end;
  if (whole) while (b < r.text.length && !stop(r.text.charAt(b))) b++;
  let out = '';
  let pos = a;
  for (const g of [...r.figures.values()].sort((x, y) => x.start - y.start)) {
    if (g.start < a || g.end > b) continue;
    out += r.text.slice(pos, g.start) + g.name;
    pos = g.end;
  }
  return (out + r.text.slice(pos, b)).replace(/\*\*/gu, '');
}

function words(f: Figure, text: string): { before: string; after: string } {
  if (f.mention === undefined) return { before: '', after: '' };
  return { before: text.slice(Math.min(f.mention.start, f.start), f.start), after: text.slice(f.end, Math.max(f.end, f.mention.end)) };
}

/** A token as named in a message: quoted (the user reads the figure there). */
function q(name: string): string {
  return `“${name}”`;
}

function describeWords(name: string, t: { before: string; after: string }, a: { before: string; after: string }): string {
  const parts: string[] = [];
  if (t.before !== a.before) {
    parts.push(a.before === '' ? `${q(name)} 前面的“${t.before}”被删去` : t.before === '' ? `${q(name)} 前面加了“${a.before}”` : `${q(name)} 前面的“${t.before}”改成了“${a.before}”`);
  }
  if (t.after !== a.after) {
    parts.push(a.after === '' ? `${q(name)} 后面的“${t.after}”被删去` : t.after === '' ? `${q(name)} 后面加了“${a.after}”` : `${q(name)} 后面的“${t.after}”改成了“${a.after}”`);
  }
  return parts.join('，');
}

/** Words that, right after a figure, state its unit or qualify it. Longest first. */
const AFTER_WORDS = [
  ...UNIT_FORMS, ...Object.keys(ARABIC_SCALES), '百', ...APPROX_AFTER.map((w) => w.word), ...APPROX_INFIX, '上下', '之多',
].filter((w, i, all) => all.indexOf(w) === i).sort((a, b) => b.length - a.length);

/** Approximation words before a figure (the Chinese ones; comparators are not written in prose). */
const BEFORE_WORDS = [...APPROX_BEFORE.map((w) => w.word).filter((w) => /^[\u4e00-\u9fff]+$/u.test(w)), '仅'].sort((a, b) => b.length - a.length);

/** A unit or qualifier written next to the token, which already holds them ({M1}亿元, 约{M1}). */
function compareNeighbours(t: Figure, a: Figure, draft: Reading, answer: Reading): string | undefined {
  const next = (r: Reading, f: Figure) => AFTER_WORDS.find((w) => r.text.startsWith(w, f.end)) ?? '';
  const prev = (r: Reading, f: Figure) => {
    const head = r.text.slice(Math.max(0, f.start - 5), f.start);
    // 签约, 最近: a one-character word inside another word is not an approximation.
    const w = BEFORE_WORDS.find((x) => head.endsWith(x) && !(x.length === 1 && (APPROX_SINGLE_BLOCKERS[x] ?? '').includes(head.charAt(head.length - 2))));
    return w ?? '';
  };
  const tw = { before: prev(draft, t), after: next(draft, t) };
  const aw = { before: prev(answer, a), after: next(answer, a) };
  if (tw.before === aw.before && tw.after === aw.after) return undefined;
  return `${describeWords(t.name, tw, aw)}：占位符已含单位和“约”“超过”“以上”等修饰词，其前后不得增删改动这些字`;
}

/** What the answer got wrong about one figure, or undefined. */
function compareFigure(t: Figure, a: Figure, draft: Reading, answer: Reading, label: string): string | undefined {
  const name = t.name;
  const tm = t.mention;
  const am = a.mention;
  if (tm === undefined) {
    // A word (优) or a number the draft itself does not read as a figure: held to its subject and role words.
    const role = (r: Reading, f: Figure) => roleIn(r.text.slice(Math.max(r.sentences[f.sentence]?.start ?? 0, f.start - 12), f.start));
    const moved = compareSubject(t, a, draft, answer, label);
    if (moved !== undefined) return moved;
    const [tr, ar] = [role(draft, t), role(answer, a)];
    return tr === ar ? undefined : `${q(name)}（${label}）在草稿中${tr === undefined ? '未说明是预算、实际还是目标' : `是${ROLE_NAMES[tr] ?? tr}`}，改写后${ar === undefined ? '看不出是预算、实际还是目标' : `读作${ROLE_NAMES[ar] ?? ar}`}`;
  }
  if (am === undefined) return `${q(name)} 在改写后的位置读不出是一个数字（前后文字把它变成了编号或名称的一部分），请按草稿的写法放置`;
  const tw = words(t, draft.text);
  const aw = words(a, answer.text);
  if (tw.before !== aw.before || tw.after !== aw.after) {
    return `${describeWords(name, tw, aw)}：占位符已含单位和“约”“超过”“以上”等修饰词，其前后不得增删改动这些字`;
  }
  if (tm.change !== am.change) return `${q(name)} 原是${direction(tm.change)}的数，改写后成了${direction(am.change)}的数（草稿为“${excerpt(t, draft)}”，改写为“${excerpt(a, answer)}”）`;
  const tp = tm.frame.polarity !== undefined;
  const ap = am.frame.polarity !== undefined;
  if (tp !== ap) return `${q(name)} 所在的分句${ap ? '加了' : '去掉了'}否定（未、无、尚未等），意思与草稿相反`;
  // Period, scope and entity as the figure's own clause gives them: one read from elsewhere in
  // the sentence moves when clauses or sentences move, and the words themselves are counted below.
  const tper = periodClass(own(tm.frame.period));
  const aper = periodClass(own(am.frame.period));
  if (tper !== aper) return `${q(name)} 原是${PERIOD_NAMES[tper]}的数字，改写后读作${PERIOD_NAMES[aper]}的数字`;
  // A figure moved to another item: said with both subjects, before what follows from it.
  const moved = compareSubject(t, a, draft, answer, label);
  if (moved !== undefined) return moved;
  const tr = tm.frame.role?.value;
  const ar = am.frame.role?.value;
  if (tr !== ar) {
    const was = tr === undefined ? '未说明是预算、实际还是目标' : `是${ROLE_NAMES[tr] ?? tr}`;
    const now = ar === undefined ? '看不出是预算、实际还是目标' : `读作${ROLE_NAMES[ar] ?? ar}`;
    return `${q(name)}（${label}）在草稿中${was}，改写后${now}（草稿：“${t.phrase}”）`;
  }
  if (t.partOf !== a.partOf) {
    if (t.partOf === undefined) return `${q(name)} 在草稿中不是“其中”的一部分，改写后成了${q(a.partOf ?? '')}的一部分`;
    return `${q(name)} 在草稿中是${q(t.partOf)}的一部分（“其中”），改写后${a.partOf === undefined ? '不再是其中的一部分' : `成了${q(a.partOf)}的一部分`}`;
  }
  const ts = own(tm.frame.scope) ?? '';
  const as = own(am.frame.scope) ?? '';
  if (ts !== as) return `${q(name)} 在草稿中属于${ts === '' ? '全部支出' : `“${ts}”`}，改写后属于${as === '' ? '全部支出' : `“${as}”`}`;
  const te = own(tm.frame.entity) ?? '';
  const ae = own(am.frame.entity) ?? '';
  if (te !== ae && (te.startsWith('如:') || ae.startsWith('如:') || (te !== '' && ae !== '' && subjectSimilarity(content(te), content(ae)) < 0.5))) {
    const show = (e: string) => (e === '' ? '（未点名）' : `“${e.replace(/^如:/u, '')}”`);
    return `${q(name)} 在草稿中属于${show(te)}，改写后属于${show(ae)}`;
  }
  return undefined;
}

/** Another figure of the same subject and role whose words after it the answer's figure now has. */
function sameSubjectTwin(t: Figure, a: Figure, draft: Reading): Figure | undefined {
  if (a.tail === t.tail) return undefined;
  const own = subjectSimilarity(a.tail, t.tail);
  let twin: Figure | undefined;
  let best = own;
  for (const q of draft.figures.values()) {
    if (q.name === t.name || key(q) !== key(t) || q.tail === '' || q.tail === t.tail) continue;
    if (q.mention?.frame.role?.value !== t.mention?.frame.role?.value) continue;
    const s = subjectSimilarity(a.tail, q.tail);
    if (s > best) {
      best = s;
      twin = q;
    }
  }
  return twin;
}

/**
 * Another figure of the same subject and role whose clause words before it the answer's figure now
 * has exactly (比上年增加{amount}，增长{rate} with the two traded).
 */
function sameHeadTwin(t: Figure, a: Figure, draft: Reading): Figure | undefined {
  if (a.head === t.head || a.head === '') return undefined;
  return [...draft.figures.values()].find(
    (q) => q.name !== t.name && key(q) === key(t) && q.head === a.head && q.mention?.frame.role?.value === t.mention?.frame.role?.value,
  );
}

/** Whether the answer's subject for a figure is the draft's, and not another figure's. */
function compareSubject(t: Figure, a: Figure, draft: Reading, answer: Reading, label: string): string | undefined {
  if (key(a) === key(t)) {
    // Figures of one subject (立项金额50万元以上的全部检查、50万元以下的按比例抽查) told apart by what follows them.
    // Subjects of role words only (预算执行率, 结转结余率 read as nothing more) are told apart by those words.
    const twin = key(t) === '' ? sameHeadTwin(t, a, draft) : (sameSubjectTwin(t, a, draft) ?? sameHeadTwin(t, a, draft));
    if (twin === undefined) return undefined;
    return `${q(t.name)}（${label}）在草稿中是“${excerpt(t, draft, true)}”，改写后成了“${excerpt(a, answer, true)}”，那是${q(twin.name)}所说的事`;
  }
  const sentence = draft.sentences[t.sentence];
  const sentenceText = sentence === undefined ? '' : content(draft.text.slice(sentence.start, sentence.end));
  // A part the draft did not name may come from the draft's own sentence (a merge, a subject made explicit), nothing else.
  const same = (x: string, y: string) => x === y || (x !== '' && y !== '' && subjectSimilarity(x, y) >= 0.5) || (x === '' && bigrams(y).every((g) => sentenceText.includes(g)));
  // Another figure of the paragraph whose subject the answer's is closer to.
  let rival: Figure | undefined;
  let best = subjectSimilarity(key(a), key(t));
  for (const q of draft.figures.values()) {
    if (q.name === t.name || key(q) === '' || key(q) === key(t)) continue;
    const s = subjectSimilarity(key(a), key(q));
    if (s > best) {
      best = s;
      rival = q;
    }
  }
  if (rival !== undefined && key(t) !== '') {
    return `${q(t.name)}（${label}）原是“${t.phrase}”的数字，改写后成了“${a.phrase}”的数字，那是${q(rival.name)}所描述的事项`;
  }
  // A figure whose draft subject was only borrowed (from a figure or a clause before it) may lose it.
  if (key(a) === '' && t.anchor !== 'own') return undefined;
  // A draft that named nothing of its own: the answer may borrow too, or name words of the draft's sentence.
  if ((t.anchor === 'clause' || t.anchor === 'none') && (a.anchor !== 'own' || same('', key(a)))) return undefined;
  if (same(t.what, a.what) && same(t.whose, a.whose)) return undefined;
  if (key(a) === '') return `${q(t.name)}（${label}）原是“${t.phrase}”的数字，改写后${a.phrase === '' ? '看不出它描述什么' : `成了“${a.phrase}”的数字，看不出它描述什么`}`;
  return `${q(t.name)}（${label}）原是“${t.phrase === '' ? '（草稿未点名）' : t.phrase}”的数字，改写后成了“${a.phrase}”的数字`;
}

/** Groups of sentences that share figures (in the draft or the answer), keyed by one of their tokens. */
function groupKeys(draft: Reading, answer: Reading): { draft: string[]; answer: string[] } {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(x, r);
    return r;
  };
  for (const r of [draft, answer]) {
    for (const s of r.sentences) {
      const [first, ...rest] = s.names;
      if (first === undefined) continue;
      if (!parent.has(first)) parent.set(first, first);
      for (const n of rest) {
        if (!parent.has(n)) parent.set(n, n);
        parent.set(find(n), find(first));
      }
    }
  }
  const keys = (r: Reading): string[] => {
    const own = r.sentences.map((s) => (s.names[0] === undefined ? undefined : find(s.names[0])));
    // A sentence without figures goes with the figures before it (or, at the start, after it).
    return own.map((k, i) => k ?? own.slice(0, i).reverse().find((x) => x !== undefined) ?? own.slice(i).find((x) => x !== undefined) ?? '');
  };
  return { draft: keys(draft), answer: keys(answer) };
}

function countWords(r: Reading, keys: readonly string[]): Map<string, MeaningWord[]> {
  const out = new Map<string, MeaningWord[]>();
  r.sentences.forEach((s, i) => {
    const key = keys[i] ?? '';
    if (key === '') return;
    const list = out.get(key) ?? [];
    list.push(...meaningWords(r.text.slice(s.start, s.end), r.reportYear));
    out.set(key, list);
  });
  return out;
}

/** Words of `a` not matched in `b`: the same word first, then a word of the same class (提高 for 提升). */
function minus(a: readonly MeaningWord[], b: readonly MeaningWord[]): MeaningWord[] {
  const left = [...b];
  const rest = a.filter((w) => {
    const i = left.findIndex((x) => x.word === w.word);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
  return rest.filter((w) => {
    const i = left.findIndex((x) => x.cls === w.cls);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

function describeChange(removed: MeaningWord[], added: MeaningWord[]): string[] {
  const out: string[] = [];
  const rest = [...added];
  for (const r of removed) {
    const i = rest.findIndex((a) => a.cls === OPPOSITE[r.cls]);
    if (i >= 0) {
      out.push(`“${r.word}”变成了“${rest[i]?.word ?? ''}”`);
      rest.splice(i, 1);
    } else out.push(`删去了“${r.word}”`);
  }
  for (const a of rest) out.push(`加入了“${a.word}”`);
  // The same change twice is said once, with its count.
  const counts = new Map<string, number>();
  for (const x of out) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].map(([x, n]) => (n > 1 ? `${x}（${n} 处）` : x));
}

/**
 * What the answer changed in the meaning of its figures, each reason naming the token. `labels`
 * says what each token is.
 */
export function compareMeaning(draft: Reading, answer: Reading, labels: ReadonlyMap<string, string>): string[] {
  const reasons: string[] = [];
  for (const [name, t] of draft.figures) {
    const a = answer.figures.get(name);
    if (a === undefined) continue;
    const label = labels.get(name) ?? '';
    const why = compareFigure(t, a, draft, answer, label) ?? compareNeighbours(t, a, draft, answer);
    if (why !== undefined) reasons.push(why);
  }
  for (const m of answer.extra) reasons.push(`写入了草稿中没有的数量“${m.text}”：不得自行书写数字或汉字数量`);

  const keys = groupKeys(draft, answer);
  const before = countWords(draft, keys.draft);
  const after = countWords(answer, keys.answer);
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const t = before.get(key) ?? [];
    const a = after.get(key) ?? [];
    const removed = minus(t, a);
    const added = minus(a, t);
    if (removed.length === 0 && added.length === 0) continue;
    const names = [...draft.figures.values()].filter((f) => (keys.draft[f.sentence] ?? '') === key).map((f) => q(f.name));
    const shown = names.length > 4 ? `${names.slice(0, 4).join('、')} 等` : names.join('、');
    reasons.push(`含${shown}的句子中${describeChange(removed, added).join('，')}：这些词决定数字的含义（增减、是否完成、约数、否定、年份），不得增删或改动`);
  }
  return reasons;
}
