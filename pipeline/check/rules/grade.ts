/**
 * grade — the grade a report gives itself against the grade its own total score earns under the
 * scoring rule (national: ≥90 优, 80–90 良, 60–80 中, <60 差): "自评总分94.00分，等级为“优”", and a
 * score table's 总分 row with 自评等级：优 in it. Only a total stated as such (自评总分, 总得分,
 * 综合得分, 自评得分) next to a grade (mentions/claims.ts reads the words) is read.
 */
import { gradeOf } from '../../facts/scoring.js';
import type { Mention } from '../../mentions/index.js';
import { gradeOfWord, gradesAfterScores, gradesStated, type GradeStated } from '../../mentions/claims.js';
import type { ScoreProfile } from '../../../schemas/profile.js';
import { docOf, squash, type Doc, type Sentence } from './support/doc.js';
import { fig, figText } from './support/figure.js';
import { isProse } from './support/prose.js';
import { selfScoreAfter, WEIGHT } from './score-prose.js';
import { scoreTables } from './support/score-table.js';
import type { Rule, RuleContext, RuleHit } from './types.js';

// 部门整体支出绩效得分, 项目绩效得分: the whole's score (an indicator's or a group's names its 指标).
const TOTAL_WORDS = '(?:总分|总得分|综合得分|自评得分|复核得分|得分合计|合计得分|(?<!指标)(?:支出|项目|整体)绩效得分)';
const TOTAL = new RegExp(`${TOTAL_WORDS}$`, 'u');
/** The same words right before the figure, where the subject kept only 得分 (经自评，合计得分99分). */
const TOTAL_BEFORE = new RegExp(`${TOTAL_WORDS}(?:为|是|达|达到|[：:])?$`, 'u');
/** Between a total and a grade given by a verb alone (总分99分，评定为良好): nothing that names another subject. */
const VERB_GRADE_LEAD = /^[\s，,]*(?:经)?(?:综合)?(?:自评|复核)?[\s，,]*$/u;

/** The profile's grade a stated grade names: the word itself (优秀 in a profile of 优秀/良好…), else the grade it stands for. */
function gradeNamed(g: GradeStated, profile: ScoreProfile): string | undefined {
  const names = profile.grades.map((b) => b.grade);
  return names.find((n) => n === g.word) ?? names.find((n) => n === g.grade) ?? names.find((n) => gradeOfWord(n) === g.grade);
}

function isTotal(doc: Doc, m: Mention): boolean {
  const subject = squash(m.subject.text);
  // (a sentence under the 自评表 heading, after the table, is prose too: 综合自评得分X分，自评等级为“优”)
  const prose = isProse(doc, m) || (!m.inTable && doc.regionOf(m)?.kind === 'paragraph');
  return m.unit === '分' && m.change === undefined && m.approx === 'exact' && prose && (TOTAL.test(subject) || TOTAL_BEFORE.test(squash(doc.ctx.text.slice(Math.max(0, m.start - 12), m.start)))) && !WEIGHT.test(subject) && m.frame.role?.value !== 'weight';
}

function judge(doc: Doc, total: Mention, stated: GradeStated): RuleHit | undefined {
  const { ctx } = doc;
  const said = gradeNamed(stated, ctx.profile);
  const f = fig(doc, total, '分');
  if (said === undefined || !f) return undefined;
  // The grade the draft gives a total, by the same rule.
  const earned = gradeOf(f.value, ctx.profile);
  if (earned === '' || earned === said) return undefined;
  const band = ctx.profile.grades.map((g) => `${g.grade} ≥ ${g.min}`).join('，');
  return {
    code: 'JX_CHECK_GRADE',
    severity: 'error',
    message: `总分 ${figText(f)} 按评分规则（${band}）应为“${earned}”，所列等级为“${stated.word}”`,
    mention: total,
    expected: earned,
    source: `评分规则的等级划分（${band}）`,
    related: [],
  };
}

/** A grade in this sentence after the total, or else in the next sentence of the paragraph when that one states no figure. */
function gradeAfter(doc: Doc, s: Sentence, total: Mention): GradeStated | undefined {
  const after = doc.ctx.text.slice(total.end, s.end);
  // 自评总分94.00分（优）: the grade in brackets right after the score.
  const bracketed = gradesAfterScores(doc.ctx.text.slice(Math.max(s.start, total.end - 1), s.end))[0];
  if (bracketed !== undefined && bracketed.start <= 1) return bracketed;
  const own = gradesStated(after)[0];
  // 被评为优秀 after other words (在全省考核中被评为优秀) is someone's honour, not the report's grade.
  if (own !== undefined) return own.byVerb && !VERB_GRADE_LEAD.test(after.slice(0, own.start)) ? undefined : own;
  const list = doc.sentencesIn(s.region);
  const next = list[list.indexOf(s) + 1];
  if (!next || next.mentions.length > 0) return undefined;
  return gradesStated(doc.textOf(next)).find((g) => !g.byVerb);
}

/** A row that states a grade after its label: in words (自评等级：优) or as a cell of its own (自评结论 | | 良). */
function gradeInRow(row: readonly { readonly text: string }[]): GradeStated | undefined {
  const said = gradesStated(squash(row.map((c) => c.text).join('')))[0];
  if (said) return said;
  for (const c of row.slice(1)) {
    const word = squash(c.text);
    const grade = gradeOfWord(word);
    if (grade !== undefined) return { start: 0, end: word.length, word, grade, byVerb: false };
  }
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'grade',
    description: '自评等级应与总分按评分规则对应的等级一致',
    codes: ['JX_CHECK_GRADE'],
  },
  check(ctx: RuleContext): RuleHit[] {
    if (ctx.profile.grades.length === 0) return [];
    const doc = docOf(ctx);
    const hits: RuleHit[] = [];
    for (const s of doc.sentences) {
      const totals = s.mentions.filter((m) => isTotal(doc, m));
      // 总分100分，自评95分: the score given is the total, the 总分 its full marks.
      const total = totals.length === 1 && totals[0] ? selfScoreAfter(doc, totals[0]) ?? totals[0] : undefined;
      const word = total ? gradeAfter(doc, s, total) : undefined;
      const hit = total && word !== undefined ? judge(doc, total, word) : undefined;
      if (hit) hits.push(hit);
    }
    for (const st of scoreTables(doc)) {
      const m = st.total?.score?.mentions[0];
      const row = st.total ? st.table.rows[st.total.row] : undefined;
      // The grade in the 总分 row (自评等级：优, or 99.88（优） in the score's cell), else in a row of its
      // own right under it (自评等级 | | 良).
      const below = st.total ? st.table.rows[st.total.row + 1] : undefined;
      const word =
        row?.map((c) => gradesStated(squash(c.text))[0] ?? gradesAfterScores(squash(c.text))[0]).find((g) => g !== undefined) ??
        (below && /(?:等级|等次|结论|评价结果)$/u.test(squash(below[0]?.text ?? '')) ? gradeInRow(below) : undefined);
      const hit = m && word !== undefined ? judge(doc, m, word) : undefined;
      if (hit) hits.push(hit);
    }
    return hits;
  },
};
