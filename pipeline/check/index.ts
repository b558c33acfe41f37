import type { FileReport, MentionRecord } from '../../schemas/check-result.js';
import type { Fact } from '../../schemas/fact.js';
import { describeProvenance } from '../format/index.js';
import type { Finding } from '../../schemas/finding.js';
import type { ScoreProfile } from '../../schemas/profile.js';
import { readCorpus, type SectionTree } from '../corpus/index.js';
import type { FiguresSidecar } from '../../schemas/sidecar.js';
import { sha256 } from '../files.js';
import { AnchorIndex, Binder, expectedText, STRONG, type BindContext, type Binding } from './bind.js';
import { ClaimJudge, claimFindings, type FigureBinding } from './claims.js';
import { bindInOrder } from './context.js';
import { Locator } from './locate.js';
import { readEscapes } from '../text/markdown.js';
import { blankMarkers } from '../text/markers.js';
import { extractMentions, type Mention } from '../mentions/index.js';
import { runRules } from './rules/index.js';
import { settleStages } from './stages.js';

export { extractMentions, parseChineseNumber, type Mention } from '../mentions/index.js';
export { Binder, AnchorIndex, type Binding, type FigureAnchor } from './bind.js';

export interface CheckInput {
  readonly file: string;
  /** The report as text: Markdown, or plain text whose structure is its outline numbering. */
  readonly text: string;
  readonly format: 'md' | 'txt';
  /** The file's own format, for the report (a .docx is checked through its Markdown). */
  readonly sourceFormat?: FileReport['format'] | undefined;
}

export interface CheckOptions {
  /** Facts from the data file; without them only the rules that need no data run (and the sidecar's facts, if any). */
  readonly facts?: readonly Fact[] | undefined;
  /** The draft's figures sidecar: binds figures to facts by position before any guessing. */
  readonly sidecar?: FiguresSidecar | undefined;
  readonly profile: ScoreProfile;
  /** Names with a Chinese digit (slogans) to leave alone, besides profiles/names.txt. */
  readonly names?: readonly string[] | undefined;
}


/** Quotes inside a quoted subject become single quotes, as Chinese nests them. */
const nested = (text: string): string => text.replace(/“/gu, '‘').replace(/”/gu, '’');

/** check: report text → figure mentions → bindings to facts → findings. */
export function checkReport(input: CheckInput, options: CheckOptions): FileReport {
  return checkDocument(input, options).report;
}

/** The check and the section tree it read, for callers that need the outline too (a batch's overview row). */
export function checkDocument(input: CheckInput, options: CheckOptions): { report: FileReport; tree: SectionTree } {
  const { file } = input;
  // The tool's own 〔待核〕/〔待补〕 notes are not the report's claims: blanked, offsets kept.
  const marked = blankMarkers(input.text);
  const tree = readCorpus(marked, { file, format: input.format });
  // Excerpts show the text as written; figures and rules read its words, Markdown escapes resolved.
  const locator = new Locator(marked, tree);
  const text = readEscapes(marked);
  // From the text as written: the figure reader resolves the escapes itself and quotes figures as written.
  const mentions = extractMentions(marked, { names: options.names });
  const facts = options.facts ?? options.sidecar?.facts ?? [];
  const withData = facts.length > 0;
  const binder = new Binder(facts);
  const anchors = options.sidecar
    ? new AnchorIndex(options.sidecar.figures, options.sidecar.sha256 === sha256(input.text))
    : undefined;

  const findings: Finding[] = [];
  const location = (m: { start: number; end: number }) => {
    const pos = locator.position(m.start);
    return { file, line: pos.line, column: pos.column, offset: m.start, length: m.end - m.start, section: locator.section(m.start) };
  };
  const related = (ms: readonly Mention[]) => ms.map((r) => ({ text: r.text, ...locator.position(r.start), offset: r.start, length: r.end - r.start }));

  // Figures bound beyond doubt (by the sidecar, or a subject that names the fact): only these
  // can show that a broken relation is the data's own rather than the report's.
  const surelyBound = new Set<number>();
  const contradicted = new Set<number>();
  const mismatched = new Set<number>();
  // Each figure's binding and what it was bound in, for the claims its sentence makes.
  const bindings = new Map<number, FigureBinding>();
  // Without data nothing is bound: the context would go unused (a bureau's batch checks without data).
  const { bound, contexts } = withData
    ? bindInOrder({ text, mentions, binder, locator, anchors, withData })
    : { bound: mentions.map((): Binding => ({ status: 'unbound' })), contexts: new Map<number, BindContext>() };
  // A stage-less budget the report gives at two stages is the stage that states it (stages.ts).
  if (withData) settleStages(mentions, bound, (id) => binder.fact(id), (m) => (m.table ? `row ${locator.position(m.start).line}` : `at ${locator.sentence(m.start, m.end).sentenceOffset}`));
  const records: MentionRecord[] = mentions.map((m, i): MentionRecord => {
    // Where the figure stands, worked out once for the record and any finding on it.
    const pos = locator.position(m.start);
    const where = { file, line: pos.line, column: pos.column, offset: m.start, length: m.end - m.start, section: locator.section(m.start) };
    const binding = bound[i] ?? { status: 'unbound' };
    // Only the claims read the bindings, and they are judged only with data.
    if (withData) bindings.set(m.start, {
      status: binding.status,
      factId: binding.status === 'bound' || binding.status === 'mismatch' ? binding.factId : undefined,
      sure: (binding.status === 'bound' || binding.status === 'mismatch') && (binding.by === 'sidecar' || binding.similarity >= STRONG),
      by: binding.status === 'bound' || binding.status === 'mismatch' ? binding.by : undefined,
      similarity: binding.status === 'bound' || binding.status === 'mismatch' ? binding.similarity : undefined,
    });
    const record: MentionRecord = {
      text: m.text, offset: m.start, length: m.end - m.start, ...pos, section: where.section,
      value: m.value, unit: m.unit, kind: m.kind, approx: m.approx, subject: m.subject.text, inTable: m.inTable, status: binding.status,
    };
    if (binding.status === 'bound' || binding.status === 'mismatch') record.factId = binding.factId;
    if (binding.status === 'bound' && (binding.by === 'sidecar' || binding.similarity >= STRONG)) surelyBound.add(m.start);
    // A figure that states a value the data itself contradicts (a total it gives against its parts).
    if (binding.status === 'bound' && binder.fact(binding.factId)?.computed !== undefined) contradicted.add(m.start);
    if (binding.status === 'mismatch') mismatched.add(m.start);
    if (binding.status === 'ambiguous') record.candidates = [...binding.factIds];
    if (binding.status === 'mismatch') {
      const fact = binder.fact(binding.factId);
      if (fact) {
        record.expected = expectedText(m, fact);
        findings.push({
          code: 'JX_CHECK_MISMATCH', severity: 'error',
          message: `“${nested(m.subject.text || fact.label)}”写为 ${m.text}，数据为 ${record.expected}（${fact.label}）`,
          location: where, ...locator.sentence(m.start, m.end), stated: m.text, expected: record.expected,
          source: describeProvenance(fact.provenance), factId: fact.id, related: [],
        });
      }
    } else if (binding.status === 'ambiguous') {
      const labels = binding.factIds.map((id) => {
        const f = binder.fact(id);
        return f ? `${f.label} ${f.value}${f.unit}` : id;
      });
      findings.push({
        code: 'JX_CHECK_AMBIGUOUS', severity: 'warning',
        message: `“${m.subject.text}”${m.text} 与数据都不一致，且可对应多项数据（${labels.join('；')}），无法确定应为哪一项`,
        location: where, ...locator.sentence(m.start, m.end), stated: m.text, related: [],
      });
    } else if (binding.status === 'unbound' && withData) {
      findings.push({
        code: 'JX_CHECK_UNVERIFIED', severity: 'info',
        message: `${m.text}${m.subject.text ? `（${m.subject.text}）` : ''} 未能对应到数据，未核对`,
        location: where, ...locator.sentence(m.start, m.end), stated: m.text, related: [],
      });
    }
    return record;
  });

  // Figures the tool wrote that the extractor does not read as figures (12月 in prose): the
  // sidecar still knows them, and a changed one is a mismatch like any other.
  if (anchors && withData) {
    const covered = (start: number, end: number) => records.some((r) => r.offset < end && r.offset + r.length > start);
    for (const { anchor, start, end } of anchors.unclaimed(marked)) {
      const fact = binder.fact(anchor.factId);
      if (!fact || covered(start, end)) continue;
      const stated = marked.slice(start, end);
      const same = stated === anchor.text;
      const pos = locator.position(start);
      records.push({
        text: stated, offset: start, length: end - start, ...pos, section: locator.section(start), value: /[\d.]+/.exec(stated)?.[0] ?? '',
        unit: fact.unit, kind: fact.kind, approx: 'exact', subject: fact.label, inTable: /^\s*\|/.test(marked.slice(start - pos.column + 1, start)),
        status: same ? 'bound' : 'mismatch', factId: fact.id, ...(same ? {} : { expected: anchor.text }),
      });
      if (!same) {
        findings.push({
          code: 'JX_CHECK_MISMATCH', severity: 'error',
          message: `“${fact.label}”写为 ${stated}，数据为 ${anchor.text}`,
          location: { file, ...pos, offset: start, length: end - start, section: locator.section(start) },
          ...locator.sentence(start, end), stated, expected: anchor.text, source: describeProvenance(fact.provenance), factId: fact.id, related: [],
        });
      }
    }
    records.sort((a, b) => a.offset - b.offset);
  }

  // Relations the text must keep whether or not there is data. Where every figure of a broken
  // relation states its fact correctly, the break is the data's own (the draft says what the
  // data says): it stays listed, as a warning about the data.
  for (const hit of runRules({ file, text, tree, mentions, profile: options.profile })) {
    const figures = [hit.mention, ...hit.related];
    // The report says what the data says: every figure bound beyond doubt, or one of them stating a
    // value the data already contradicts (its own 分值合计 90 against weights that make 100).
    // Never when one of them is itself found to differ from the data: that break is the report's.
    const allBound =
      withData && !figures.some((f) => mismatched.has(f.start)) && (figures.every((f) => surelyBound.has(f.start)) || figures.some((f) => contradicted.has(f.start)));
    findings.push({
      code: hit.code,
      severity: allBound && hit.severity === 'error' ? 'warning' : hit.severity,
      message: allBound ? `${hit.message}（各数字均与数据一致，为数据本身不平，请核对数据）` : hit.message,
      location: location(hit.mention), ...locator.sentence(hit.mention.start, hit.mention.end), stated: hit.mention.text,
      ...(hit.expected !== undefined ? { expected: hit.expected } : {}), source: hit.source, related: related(hit.related),
    });
  }
  // What the report says in words (无结余结转, 超额完成, 比上年增加…) against the data.
  if (withData) {
    const judge = new ClaimJudge(facts, binder);
    // An approximate figure is tied to the fact its words name as if it stated its number exactly.
    const named = (m: Mention): { factId: string; similarity: number } | undefined => {
      const b = binder.bind({ ...m, approx: 'exact', lo: m.value, hi: m.value }, contexts.get(m.start));
      return (b.status === 'mismatch' || b.status === 'bound') && b.by !== 'value' && b.similarity >= STRONG ? { factId: b.factId, similarity: b.similarity } : undefined;
    };
    findings.push(...claimFindings({ file, text, mentions, bindings, judge, locator, named }));
  }
  findings.sort((a, b) => a.location.offset - b.location.offset || a.code.localeCompare(b.code));

  const count = (s: MentionRecord['status']) => records.filter((r) => r.status === s).length;
  const report: FileReport = {
    file,
    format: input.sourceFormat ?? input.format,
    withData,
    coverage: { figures: records.length, bound: count('bound'), mismatched: count('mismatch'), ambiguous: count('ambiguous'), unbound: count('unbound') },
    mentions: records,
    findings,
  };
  return { report, tree };
}
