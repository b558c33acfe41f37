/**
 * Figure frames benchmark (issue 11). Run with `npm run bench:frames`. Not a test gate: it measures
 * how well the checker reads reports it did not write, DATA-ONLY (facts from the data file, no
 * figures sidecar), over the paraphrase corpus (test/support/paraphrase.ts):
 *
 *   (a) binding: each figure against the fact it states (truth: the renderer's record for drafts,
 *       the answer key for hand-written reports; a figure the key says `none` is right unbound);
 *   (b) error findings on clean documents (false alarms);
 *   (c) hand-written reports with breaks: found / missed / false findings, with the data;
 *   (d) the same reports without data (internal relations only);
 *   (e) mutation recall over the rendered drafts: a digit, the last digit ±1, 万元↔亿元, two figures of
 *       one sentence swapped, a figure replaced by another subject's value of the same kind and unit.
 *
 * Deterministic: mutations are drawn from a PRNG seeded by the document's name. Results go to stdout
 * and bench/out/frames.json; the drafts and their sidecars to bench/out/frames/ for reading.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { MentionRecord } from '../schemas/check-result.js';
import type { Fact } from '../schemas/fact.js';
import type { Finding } from '../schemas/finding.js';
import { checkReport, formatFact, makeSidecar, parseChineseNumber } from '../pipeline/index.js';
import { Dec } from '../pipeline/decimal.js';
import { chineseCount, groupThousands } from '../pipeline/format/index.js';
import { PACKAGE_ROOT } from '../pipeline/paths.js';
import { metricCore } from '../pipeline/mentions/similarity.js';
import { corpusDocs, overlaps, type CorpusDoc, type KeyError, type TruthFigure } from '../test/support/paraphrase.js';

const OUT = path.join(PACKAGE_ROOT, 'bench/out');
const GOAL_BINDING = 98;
const GOAL_RECALL = 98;
/**
 * Mutations checked per kind and draft, drawn by the seeded generator: a data-only check of a draft
 * takes a few hundred milliseconds on a busy machine, and every mutation is one check.
 * BENCH_FRAMES_PER_KIND=0 checks every mutation.
 */
const PER_KIND = Number(process.env.BENCH_FRAMES_PER_KIND ?? '25');

interface Place {
  readonly offset: number;
  readonly length: number;
}

// ---------------------------------------------------------------------------
// checking
// ---------------------------------------------------------------------------

function check(doc: CorpusDoc, text: string, withData: boolean) {
  return checkReport({ file: doc.name, text, format: doc.format }, { facts: withData ? doc.facts : undefined, profile: doc.profile });
}

const errorsOf = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.severity === 'error');
const describe = (f: Finding): string => `${f.location.line}:${f.location.column} [${f.code}] ${f.message}`;
/** A finding is about a place when it stands there or names it among the figures of its relation. */
const touches = (f: Finding, place: Place): boolean => overlaps(f.location, place) || (f.related ?? []).some((r) => overlaps(r, place));

// ---------------------------------------------------------------------------
// (a) binding
// ---------------------------------------------------------------------------

type Outcome = 'right' | 'wrong' | 'unbound' | 'ambiguous' | 'unread';

interface Binding {
  readonly line: number;
  readonly text: string;
  readonly truth: readonly string[];
  readonly outcome: Outcome;
  readonly bound?: string | undefined;
  readonly status?: MentionRecord['status'] | undefined;
  /** A wrong binding to a fact of the same value: harmless today, blind to a change tomorrow. */
  readonly sameValue?: boolean | undefined;
  /** Right by another fact the data gives for the same quantity (same name, role, value and unit). */
  readonly twin?: boolean | undefined;
}

/** A fact's name without role and period words (公用经费本年决算数 → 公用经费). */
const coreName = (f: Fact): string => metricCore(f.subject || f.label).replace(/[\s“”"（）()]/gu, '');

/**
 * Two facts are one quantity when the data states it twice: the same value in the same unit, the
 * same role, and the same name (an achievement repeating an indicator's actual, 公用经费 in the
 * basic expense and in the expense-control table). A budget and an actual of one value are not.
 */
function sameQuantity(a: Fact, b: Fact): boolean {
  if (a.kind === 'text' || b.kind === 'text' || a.unit !== b.unit || a.role !== b.role || !new Dec(a.value).equals(b.value)) return false;
  const [x, y] = [coreName(a), coreName(b)];
  return x !== '' && x === y;
}

function classify(fig: TruthFigure, mentions: readonly MentionRecord[], facts: ReadonlyMap<string, Fact>): Binding {
  const base = { line: fig.line, text: fig.text, truth: fig.facts };
  const ms = mentions.filter((m) => overlaps({ offset: m.offset, length: m.length }, fig));
  const m = ms.find((x) => x.factId !== undefined && fig.facts.includes(x.factId)) ?? ms[0];
  if (!m) return { ...base, outcome: fig.facts.length === 0 ? 'right' : 'unread' };
  const seen = { bound: m.factId ?? m.candidates?.join('|'), status: m.status };
  if (fig.facts.length === 0) {
    return { ...base, ...seen, outcome: m.status === 'unbound' ? 'right' : m.status === 'ambiguous' ? 'ambiguous' : 'wrong' };
  }
  if (m.factId !== undefined && fig.facts.includes(m.factId)) return { ...base, ...seen, outcome: 'right' };
  const bound = m.factId === undefined ? undefined : facts.get(m.factId);
  if (bound && fig.facts.some((id) => { const t = facts.get(id); return t !== undefined && sameQuantity(t, bound); })) return { ...base, ...seen, outcome: 'right', twin: true };
  if (m.status === 'ambiguous') return { ...base, ...seen, outcome: 'ambiguous' };
  if (m.status === 'unbound') return { ...base, ...seen, outcome: 'unbound' };
  const boundValue = m.factId === undefined ? undefined : facts.get(m.factId)?.value;
  const sameValue = boundValue !== undefined && fig.facts.some((id) => {
    const v = facts.get(id)?.value;
    return v !== undefined && new Dec(v).equals(boundValue);
  });
  return { ...base, ...seen, outcome: 'wrong', sameValue };
}

// ---------------------------------------------------------------------------
// (c), (d) intended breaks
// ---------------------------------------------------------------------------

interface BreakScore {
  readonly expected: number;
  readonly found: KeyError[];
  readonly missed: KeyError[];
  readonly falseFindings: Finding[];
  readonly trueFindings: Finding[];
}

function scoreBreaks(errors: readonly KeyError[], findings: readonly Finding[]): BreakScore {
  const errs = errorsOf(findings);
  const hits = (f: Finding, e: KeyError): boolean => e.spans.some((s) => touches(f, s));
  const found = errors.filter((e) => errs.some((f) => hits(f, e)));
  return {
    expected: errors.length,
    found,
    missed: errors.filter((e) => !found.includes(e)),
    falseFindings: errs.filter((f) => !errors.some((e) => hits(f, e))),
    trueFindings: errs.filter((f) => errors.some((e) => hits(f, e))),
  };
}

// ---------------------------------------------------------------------------
// (e) mutations
// ---------------------------------------------------------------------------

const MUTATION_KINDS = ['改一位数字', '末位+1', '末位−1', '万元↔亿元', '同句两数互换', '换成别项的数'] as const;
type MutationKind = (typeof MUTATION_KINDS)[number];

interface Edit {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

interface Mutation {
  readonly kind: MutationKind;
  readonly edits: readonly Edit[];
  readonly line: number;
  readonly from: string;
  readonly to: string;
}

/** A small seeded generator (mulberry32): the same document always gets the same mutations. */
function prng(seedText: string): () => number {
  let seed = 0;
  for (const c of seedText) seed = (Math.imul(seed, 31) + c.charCodeAt(0)) | 0;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(rng: () => number, items: readonly T[]): T | undefined => items[Math.floor(rng() * items.length)];

/** Up to `n` of the items (all when n is 0), drawn by the generator, kept in their order. */
function sample<T>(items: readonly T[], n: number, rng: () => number): T[] {
  if (n <= 0 || items.length <= n) return [...items];
  const order = items.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  return order.slice(0, n).sort((a, b) => a - b).flatMap((i) => items[i] ?? []);
}

const DIGITS = /\d[\d,]*(?:\.\d+)?/;
const NUMERAL = /[零一二两三四五六七八九十百]+/;

/** The number of a figure's text: where it is, its value, decimals shown, thousands separators. */
function numberIn(text: string): { at: number; run: string; value: Dec; decimals: number; grouped: boolean; chinese: boolean } | undefined {
  const d = DIGITS.exec(text);
  if (d) {
    const plain = d[0].replace(/,/g, '');
    const dot = plain.indexOf('.');
    return { at: d.index, run: d[0], value: new Dec(plain), decimals: dot < 0 ? 0 : plain.length - dot - 1, grouped: d[0].includes(','), chinese: false };
  }
  const c = NUMERAL.exec(text);
  const v = c ? parseChineseNumber(c[0]) : undefined;
  return c && v !== undefined ? { at: c.index, run: c[0], value: new Dec(v), decimals: 0, grouped: false, chinese: true } : undefined;
}

function numberText(value: Dec, n: NonNullable<ReturnType<typeof numberIn>>): string {
  if (n.chinese) return chineseCount(value.toNumber());
  const fixed = value.toFixed(n.decimals);
  return n.grouped ? groupThousands(fixed) : fixed;
}

/** Who a fact is about: its subject, else its id without the field (budget.total → budget). */
const ownerOf = (f: Fact): string => f.subject ?? f.id.replace(/\.[a-z_]+$/, '');

function figureMutations(doc: CorpusDoc, fig: TruthFigure, rng: () => number, facts: ReadonlyMap<string, Fact>): Mutation[] {
  const n = numberIn(fig.text);
  if (!n) return [];
  const out: Mutation[] = [];
  const replaceNumber = (kind: MutationKind, run: string): void => {
    const to = fig.text.slice(0, n.at) + run + fig.text.slice(n.at + n.run.length);
    if (to !== fig.text) out.push({ kind, edits: [{ offset: fig.offset, length: fig.length, text: to }], line: fig.line, from: fig.text, to });
  };
  // One digit changed (a Chinese count becomes another count).
  if (n.chinese) {
    const others = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].filter((v) => !n.value.equals(v));
    const v = pick(rng, others);
    if (v !== undefined) replaceNumber('改一位数字', chineseCount(v));
  } else {
    const positions = [...n.run].flatMap((c, i) => (/\d/.test(c) ? [i] : []));
    const i = pick(rng, positions) ?? 0;
    const old = Number(n.run[i]);
    const leading = i === 0 && n.value.abs().gte(10);
    const choices = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((d) => d !== old && !(leading && d === 0));
    const d = pick(rng, choices) ?? (old + 1) % 10;
    replaceNumber('改一位数字', n.run.slice(0, i) + String(d) + n.run.slice(i + 1));
  }
  // The last shown digit one up and one down.
  const step = new Dec(1).div(new Dec(10).pow(n.decimals));
  replaceNumber('末位+1', numberText(n.value.plus(step), n));
  if (n.value.minus(step).gte(n.chinese ? 1 : 0)) replaceNumber('末位−1', numberText(n.value.minus(step), n));
  // The scale: 万元 ↔ 亿元, digits kept.
  const after = fig.text.slice(n.at + n.run.length);
  if (after.startsWith('万元') || after.startsWith('亿元')) {
    const to = fig.text.slice(0, n.at + n.run.length) + (after.startsWith('万元') ? '亿元' : '万元') + after.slice(2);
    out.push({ kind: '万元↔亿元', edits: [{ offset: fig.offset, length: fig.length, text: to }], line: fig.line, from: fig.text, to });
  }
  // Another subject's value of the same kind and unit, written the way this figure is written.
  const truth = facts.get(fig.facts[0] ?? '');
  if (truth) {
    const bare = fig.text.slice(n.at + n.run.length) === '';
    const written = (f: Fact): string =>
      fig.text.slice(0, n.at) + formatFact(f, { thousands: n.grouped }, { bare, chinese: n.chinese, precision: n.decimals, abs: true });
    const candidates = doc.facts.filter(
      (f) =>
        f.kind === truth.kind && f.unit === truth.unit && f.id !== truth.id && ownerOf(f) !== ownerOf(truth) &&
        written(f) !== fig.text && !new Dec(f.value).abs().equals(new Dec(truth.value).abs()),
    );
    const sameRole = candidates.filter((f) => f.role === truth.role);
    const other = pick(rng, sameRole.length > 0 ? sameRole : candidates);
    if (other) {
      const to = written(other);
      out.push({ kind: '换成别项的数', edits: [{ offset: fig.offset, length: fig.length, text: to }], line: fig.line, from: `${fig.text}（${truth.id}）`, to: `${to}（${other.id}）` });
    }
  }
  return out;
}

/** Kind of quantity a figure states, so a swap trades like with like (an amount with an amount). */
function quantityOf(fig: TruthFigure, facts: ReadonlyMap<string, Fact>): string {
  const f = facts.get(fig.facts[0] ?? '');
  return f ? `${f.kind}/${f.unit}` : '';
}

/** Adjacent figures of one sentence (or one table row) with different texts, swapped. */
function swapMutations(doc: CorpusDoc, facts: ReadonlyMap<string, Fact>): Mutation[] {
  const out: Mutation[] = [];
  const sentenceOf = (offset: number): number => {
    let k = 0;
    for (const m of doc.text.slice(0, offset).matchAll(/[。；！？\n]/g)) k = m.index + 1;
    return k;
  };
  const figures = [...doc.figures].sort((a, b) => a.offset - b.offset);
  for (let i = 1; i < figures.length; i += 1) {
    const [a, b] = [figures[i - 1], figures[i]];
    if (!a || !b || a.text === b.text || quantityOf(a, facts) !== quantityOf(b, facts)) continue;
    // 100% and 100.00% swapped state the same figures: no error to find.
    const [na, nb] = [numberIn(a.text), numberIn(b.text)];
    if (na && nb && na.value.equals(nb.value)) continue;
    if (sentenceOf(a.offset) !== sentenceOf(b.offset) || !na || !nb) continue;
    // The numbers change places; each keeps its own words (2000余项 and 124项 give 124余项 and 2000项).
    const put = (fig: TruthFigure, n: NonNullable<ReturnType<typeof numberIn>>, run: string): string => fig.text.slice(0, n.at) + run + fig.text.slice(n.at + n.run.length);
    const [ta, tb] = [put(a, na, nb.run), put(b, nb, na.run)];
    out.push({
      kind: '同句两数互换',
      edits: [{ offset: a.offset, length: a.length, text: ta }, { offset: b.offset, length: b.length, text: tb }],
      line: a.line, from: `${a.text} … ${b.text}`, to: `${ta} … ${tb}`,
    });
  }
  return out;
}

function applyEdits(text: string, edits: readonly Edit[]): { text: string; places: Place[]; map: (offset: number) => number } {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  let out = '';
  let last = 0;
  const places: Place[] = [];
  for (const e of sorted) {
    out += text.slice(last, e.offset);
    places.push({ offset: out.length, length: e.text.length });
    out += e.text;
    last = e.offset + e.length;
  }
  out += text.slice(last);
  const map = (offset: number): number => {
    let delta = 0;
    for (const e of sorted) if (offset >= e.offset + e.length) delta += e.text.length - e.length;
    return offset + delta;
  };
  return { text: out, places, map };
}

interface MutationResult extends Mutation {
  readonly caught: boolean;
  readonly by?: string | undefined;
}

function mutationBench(doc: CorpusDoc, facts: ReadonlyMap<string, Fact>): MutationResult[] {
  const rng = prng(doc.name);
  const clean = errorsOf(check(doc, doc.text, true).findings);
  const all = [...doc.figures.flatMap((fig) => figureMutations(doc, fig, rng, facts)), ...swapMutations(doc, facts)];
  const mutations = MUTATION_KINDS.flatMap((kind) => sample(all.filter((m) => m.kind === kind), PER_KIND, rng));
  return mutations.map((mut): MutationResult => {
    const { text, places, map } = applyEdits(doc.text, mut.edits);
    const before = new Set(clean.map((f) => `${f.code}@${map(f.location.offset)}`));
    const fresh = errorsOf(check(doc, text, true).findings).filter((f) => !before.has(`${f.code}@${f.location.offset}`));
    const hit = fresh.find((f) => places.some((p) => touches(f, p)));
    return { ...mut, caught: hit !== undefined, by: hit ? `[${hit.code}] ${hit.message}` : undefined };
  });
}

// ---------------------------------------------------------------------------
// the run
// ---------------------------------------------------------------------------

const pct = (n: number, d: number): string => (d === 0 ? '—' : `${((n / d) * 100).toFixed(2)}%`);
const started = Date.now();
const docs = await corpusDocs();
for (const doc of docs) if (doc.problems.length > 0) console.warn(`答案文件有问题（${doc.name}）：\n${doc.problems.join('\n')}`);

// The drafts and their sidecars, for reading what was measured.
for (const doc of docs.filter((d) => d.rendered)) {
  const file = path.join(OUT, 'frames', `${doc.name}.md`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, doc.text);
  writeFileSync(file.replace(/\.md$/, '.figures.json'), `${JSON.stringify(makeSidecar(doc.text, [...(doc.rendered ?? [])], doc.facts, { dataFile: path.relative(PACKAGE_ROOT, doc.dataFile) }), null, 2)}\n`);
}

interface DocResult {
  name: string;
  source: CorpusDoc['source'];
  clean: boolean;
  bindings: Binding[];
  extra: { line: number; text: string; status: string; bound?: string | undefined; notFigure: boolean }[];
  falseAlarms: string[];
  withData?: { expected: number; found: string[]; missed: string[]; falseFindings: string[] } | undefined;
  withoutData?: { expected: number; trueFindings: string[]; falseFindings: string[]; missed: string[] } | undefined;
  mutations?: MutationResult[] | undefined;
}

const results: DocResult[] = [];
for (const doc of docs) {
  const facts = new Map(doc.facts.map((f) => [f.id, f]));
  const report = check(doc, doc.text, true);
  const bindings = doc.figures.map((fig) => classify(fig, report.mentions, facts));
  const extra = report.mentions
    .filter((m) => !doc.figures.some((f) => overlaps(f, { offset: m.offset, length: m.length })))
    .map((m) => ({ line: m.line, text: m.text, status: m.status, bound: m.factId, notFigure: doc.notFigures.some((s) => overlaps(s, { offset: m.offset, length: m.length })) }));
  const result: DocResult = { name: doc.name, source: doc.source, clean: doc.clean, bindings, extra, falseAlarms: [] };
  if (doc.clean) result.falseAlarms = errorsOf(report.findings).map(describe);
  if (doc.source === 'handwritten') {
    if (!doc.clean) {
      const s = scoreBreaks(doc.errors, report.findings);
      const show = (e: KeyError): string => `${e.line}: ${e.text}（${e.kind}）`;
      result.withData = { expected: s.expected, found: s.found.map(show), missed: s.missed.map(show), falseFindings: s.falseFindings.map(describe) };
    }
    const internal = doc.errors.filter((e) => e.kind !== 'mismatch');
    const s = scoreBreaks(internal, check(doc, doc.text, false).findings);
    result.withoutData = {
      expected: internal.length,
      trueFindings: s.trueFindings.map(describe),
      falseFindings: s.falseFindings.map(describe),
      missed: s.missed.map((e) => `${e.line}: ${e.text}（${e.kind}）`),
    };
  } else {
    result.mutations = mutationBench(doc, facts);
  }
  results.push(result);
  process.stderr.write(`已测 ${doc.name}\n`);
}

// ---------------------------------------------------------------------------
// report
// ---------------------------------------------------------------------------

const lines: string[] = [];
const say = (...ls: string[]): void => {
  lines.push(...ls);
};
const count = (bs: readonly Binding[], o: Outcome): number => bs.filter((b) => b.outcome === o).length;

say('# 图框（frames）基准：只用数据核对（不用数字对照表）', '');
say('命令：`npm run bench:frames`（编译后运行 `node dist/bench/frames.js`）。语料：test/fixtures/paraphrase/（模板稿由两个示例经内置模板和各套改写模板生成；手写报告附答案文件）。', '');
say(`机器：${process.platform} ${process.arch}，Node ${process.version}。`, '');

say('## (a) 数字绑定到正确的数据项', '');
say('“正确（其中同一数量）”：数据把同一数量写了两处（同名、同角色、同值同单位，如成效重述指标的实际完成值），绑定到另一处也算正确，单列其数。', '');
say('| 文件 | 数字 | 正确（其中同一数量） | 错误（其中同值） | 未绑定 | 多义 | 未读出 | 正确率 | 多读出的数字（其中被绑定） |', '|---|---|---|---|---|---|---|---|---|');
const bindingRow = (name: string, bs: readonly Binding[], extras: DocResult['extra']): string => {
  const wrong = bs.filter((b) => b.outcome === 'wrong');
  return `| ${name} | ${bs.length} | ${count(bs, 'right')}（${bs.filter((b) => b.twin).length}） | ${wrong.length}（${wrong.filter((b) => b.sameValue).length}） | ${count(bs, 'unbound')} | ${count(bs, 'ambiguous')} | ${count(bs, 'unread')} | ${pct(count(bs, 'right'), bs.length)} | ${extras.length}（${extras.filter((e) => e.bound !== undefined).length}） |`;
};
for (const r of results) say(bindingRow(r.name, r.bindings, r.extra));
for (const [label, rs] of [
  ['合计：模板稿', results.filter((r) => r.source === 'rendered')],
  ['合计：手写报告', results.filter((r) => r.source === 'handwritten')],
  ['**合计**', results],
] as const) {
  say(bindingRow(label, rs.flatMap((r) => r.bindings), rs.flatMap((r) => r.extra)));
}
const allBindings = results.flatMap((r) => r.bindings);
say('', '错误绑定（每个文件前 8 处；全部见 bench/out/frames.json）：', '');
for (const r of results) {
  const wrong = r.bindings.filter((b) => b.outcome === 'wrong');
  if (wrong.length === 0) continue;
  say(`- ${r.name}：${wrong.slice(0, 8).map((b) => `${b.line}行“${b.text}” 应为 ${b.truth.join('/') || 'none'}，绑定到 ${b.bound ?? '?'}${b.sameValue ? '（同值）' : ''}`).join('；')}${wrong.length > 8 ? `；……共 ${wrong.length} 处` : ''}`);
}
const readNonFigures = results.flatMap((r) => r.extra.filter((e) => e.notFigure).map((e) => `${r.name}:${e.line}“${e.text}”`));
say('', `不是数字（期限、年份、月份、序数）却被读成数字的（${readNonFigures.length}）：${readNonFigures.join('，') || '无'}`);
const recordedNonFigures = docs.filter((d) => d.source === 'rendered').flatMap((d) => d.notFigures.map((s) => `${d.name}:${s.line}“${s.text}”`));
say('', `草稿的数字记录（sidecar）中是年份或期限、不计入上表的（${recordedNonFigures.length}）：${recordedNonFigures.join('，') || '无'}`);

say('', '## (b) 干净稿件上的错误级发现（误报）', '');
say('| 文件 | 错误级发现 |', '|---|---|');
const cleanResults = results.filter((r) => r.clean);
for (const r of cleanResults) say(`| ${r.name} | ${r.falseAlarms.length} |`);
const falseAlarmTotal = cleanResults.reduce((n, r) => n + r.falseAlarms.length, 0);
say(`| **合计** | ${falseAlarmTotal} |`, '');
for (const r of cleanResults) for (const f of r.falseAlarms) say(`- ${r.name} ${f}`);

say('', '## (c) 手写报告中有意写错之处：带数据核对', '');
say('| 文件 | 有意错误 | 检出 | 漏检 | 误报（不对应任何有意错误的错误级发现） |', '|---|---|---|---|---|');
for (const r of results.filter((x) => x.withData)) {
  const w = r.withData;
  if (w) say(`| ${r.name} | ${w.expected} | ${w.found.length} | ${w.missed.length} | ${w.falseFindings.length} |`);
}
for (const r of results.filter((x) => x.withData)) {
  for (const m of r.withData?.missed ?? []) say(`- 漏检 ${r.name} ${m}`);
  for (const f of r.withData?.falseFindings ?? []) say(`- 误报 ${r.name} ${f}`);
}

say('', '## (d) 手写报告：不带数据核对（只核对报告内部关系）', '');
say('| 文件 | 内部可见的有意错误 | 检出 | 漏检 | 真发现（条） | 误报（条） |', '|---|---|---|---|---|---|');
for (const r of results.filter((x) => x.withoutData)) {
  const w = r.withoutData;
  if (w) say(`| ${r.name} | ${w.expected} | ${w.expected - w.missed.length} | ${w.missed.length} | ${w.trueFindings.length} | ${w.falseFindings.length} |`);
}
for (const r of results.filter((x) => x.withoutData)) {
  for (const m of r.withoutData?.missed ?? []) say(`- 漏检 ${r.name} ${m}`);
  for (const f of r.withoutData?.falseFindings ?? []) say(`- 误报 ${r.name} ${f}`);
}

say('', '## (e) 变异检出：模板稿，只用数据', '');
say(`变异在该处或其所在关系的数字上引出一条未改动稿件没有的错误级发现，才算检出。每份稿件每类变异${PER_KIND > 0 ? `按固定种子抽取至多 ${PER_KIND} 个（BENCH_FRAMES_PER_KIND=0 为全部）` : '全部检查'}。`, '');
say('| 文件 | 变异 | 检出 | 检出率 |', '|---|---|---|---|');
const mutated = results.filter((r) => r.mutations);
for (const r of mutated) {
  const ms = r.mutations ?? [];
  say(`| ${r.name} | ${ms.length} | ${ms.filter((m) => m.caught).length} | ${pct(ms.filter((m) => m.caught).length, ms.length)} |`);
}
const allMutations = mutated.flatMap((r) => r.mutations ?? []);
const caughtTotal = allMutations.filter((m) => m.caught).length;
say(`| **合计** | ${allMutations.length} | ${caughtTotal} | ${pct(caughtTotal, allMutations.length)} |`, '');
say('| 类型 | 变异 | 检出 | 检出率 |', '|---|---|---|---|');
for (const kind of MUTATION_KINDS) {
  const ms = allMutations.filter((m) => m.kind === kind);
  say(`| ${kind} | ${ms.length} | ${ms.filter((m) => m.caught).length} | ${pct(ms.filter((m) => m.caught).length, ms.length)} |`);
}
say('', '未检出的变异（每类前 5 处；全部见 bench/out/frames.json）：', '');
for (const kind of MUTATION_KINDS) {
  for (const r of mutated) {
    const missed = (r.mutations ?? []).filter((m) => m.kind === kind && !m.caught).slice(0, 5);
    for (const m of missed) say(`- ${kind} ${r.name}:${m.line} ${m.from} → ${m.to}`);
    if (missed.length > 0) break;
  }
}

const bindingShare = allBindings.length === 0 ? 0 : (count(allBindings, 'right') / allBindings.length) * 100;
const recall = allMutations.length === 0 ? 0 : (caughtTotal / allMutations.length) * 100;
const goals = [
  { goal: `数字绑定到正确数据项 ≥ ${GOAL_BINDING}%`, value: `${bindingShare.toFixed(2)}%`, pass: bindingShare >= GOAL_BINDING },
  { goal: `变异检出率 ≥ ${GOAL_RECALL}%（含同句两数互换）`, value: `${recall.toFixed(2)}%`, pass: recall >= GOAL_RECALL },
  { goal: '干净稿件上的错误级发现为 0', value: String(falseAlarmTotal), pass: falseAlarmTotal === 0 },
];
say('', '## 目标（issue 11）', '');
for (const g of goals) say(`- ${g.pass ? 'PASS' : 'FAIL'} ${g.goal}：${g.value}`);
say('', `用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。`);

mkdirSync(OUT, { recursive: true });
writeFileSync(path.join(OUT, 'frames.json'), `${JSON.stringify({ goals, results }, null, 2)}\n`);
console.log(lines.join('\n'));
