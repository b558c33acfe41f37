/**
 * grade — the grade a report gives itself against the grade its own total score earns under the
 * scoring rule (national: ≥90 优, 80–90 良, 60–80 中, <60 差): "自评总分94.00分，等级为“优”", and a
 * score table's 总分 row with 自评等级：优 in it. Only a total stated as such (自评总分, 总得分,
 * 综合得分, 自评得分) next to a grade named as one (等级, 等次, 结论, 结果 …为) is read.
 */
import { gradeOf } from '../../facts/scoring.js';
import type { Mention } from '../../mentions/index.js';
import type { ScoreProfile } from '../../../schemas/profile.js';
import { docOf, squash, type Doc, type Sentence } from './support/doc.js';
import { fig, figText } from './support/figure.js';
import { isProse } from './support/prose.js';
import { selfScoreAfter, WEIGHT } from './score-prose.js';
import { scoreTables } from './support/score-table.js';
import type { Rule, RuleContext, RuleHit } from './types.js';

const TOTAL = /(?:总分|总得分|综合得分|自评得分|得分合计|合计得分)$/u;
/**
 * A grade named as one: 等级为“优”, 自评结论为良, 评价等级：优. The word must end there: 结果中发现 is
 * no grade 中, and 结论为“优”的项目 names other projects.
 */
const GRADE = /(?:等级|等次|结论|结果)(?:为|是|[：:])?\s*[“"「『]?(优秀|良好|优|良|中等|中|合格|较差|差|不合格)[”"」』]?(?![\u4e00-\u9fff])/u;
/** Longer names of the profile's grades. */
const ALIASES: Readonly<Record<string, string>> = { 优秀: '优', 良好: '良', 中等: '中', 较差: '差' };

/** The profile's grade a word names, if any. */
function gradeNamed(word: string, profile: ScoreProfile): string | undefined {
  const names = new Set(profile.grades.map((g) => g.grade));
  if (names.has(word)) return word;
  const alias = ALIASES[word];
  return alias !== undefined && names.has(alias) ? alias : undefined;
}

function isTotal(doc: Doc, m: Mention): boolean {
  const subject = squash(m.subject.text);
  return m.unit === '分' && m.change === undefined && m.approx === 'exact' && isProse(doc, m) && TOTAL.test(subject) && !WEIGHT.test(subject) && m.frame.role?.value !== 'weight';
}

function judge(ctx: RuleContext, total: Mention, word: string): RuleHit | undefined {
  const said = gradeNamed(word, ctx.profile);
  const f = fig(total, '分');
  if (said === undefined || !f) return undefined;
  // The grade the draft gives a total, by the same rule.
  const earned = gradeOf(f.value, ctx.profile);
  if (earned === '' || earned === said) return undefined;
  const band = ctx.profile.grades.map((g) => `${g.grade} ≥ ${g.min}`).join('，');
  return {
    code: 'JX_CHECK_GRADE',
    severity: 'error',
    message: `总分 ${figText(f)} 按评分规则（${band}）应为“${earned}”，所列等级为“${word}”`,
    mention: total,
    expected: earned,
    source: `评分规则的等级划分（${band}）`,
    related: [],
  };
}

/** A grade in this sentence after the total, or else in the next sentence of the paragraph when that one states no figure. */
function gradeAfter(doc: Doc, s: Sentence, total: Mention): string | undefined {
  const own = GRADE.exec(doc.ctx.text.slice(total.end, s.end))?.[1];
  if (own !== undefined) return own;
  const list = doc.sentencesIn(s.region);
  const next = list[list.indexOf(s) + 1];
  if (!next || next.mentions.length > 0) return undefined;
  return GRADE.exec(doc.textOf(next))?.[1];
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
      const hit = total && word !== undefined ? judge(ctx, total, word) : undefined;
      if (hit) hits.push(hit);
    }
    for (const st of scoreTables(doc)) {
      const m = st.total?.score?.mentions[0];
      const row = st.total ? st.table.rows[st.total.row] : undefined;
      const word = row?.map((c) => GRADE.exec(squash(c.text))?.[1]).find((w) => w !== undefined);
      const hit = m && word !== undefined ? judge(ctx, m, word) : undefined;
      if (hit) hits.push(hit);
    }
    return hits;
  },
};
