import * as z from 'zod';

/** How a fact's value reads in prose: what kind of quantity, so formatting and binding can follow it. */
export const FactKind = z.enum(['money', 'percent', 'count', 'quantity', 'score', 'text']);

/** Where a value came from: a field of the data file, or a formula over other facts. */
export const Provenance = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('data'), path: z.string() }),
  z.object({ kind: z.literal('formula'), formula: z.string(), inputs: z.array(z.string()) }),
  z.object({ kind: z.literal('rule'), rule: z.string(), inputs: z.array(z.string()) }),
  /** A figure in text carried over from the prior-year report: to be reviewed, not recomputed. */
  z.object({ kind: z.literal('prior'), file: z.string(), section: z.string() }),
]);

/**
 * What a figure is to its metric: the budget, what was spent or done, the aim, a change over last year,
 * a rate, a score… Binding and the LLM lock compare roles; nobody guesses them from ids or labels.
 * `gap`: how far a result is from its target (比目标高0.8个百分点), never a change over last year.
 * `quoted`: a figure inside free text of the data (a reason, a goal); `carried`: a figure of last
 * year's report carried into the draft.
 */
export const FactRole = z.enum([
  'budget', 'actual', 'target', 'adjustment', 'balance', 'rate', 'score', 'weight', 'change', 'prior-year', 'quoted', 'carried', 'gap',
]);

export const Fact = z.object({
  id: z.string(),
  role: FactRole,
  label: z.string().meta({ description: '中文名称，如 全年预算数' }),
  aliases: z.array(z.string()),
  kind: FactKind,
  /** Exact decimal text; for kind text the literal text. */
  value: z.string(),
  unit: z.string(),
  /** Decimals shown in prose and tables. */
  precision: z.number().int().min(0),
  provenance: Provenance,
  /** Set when the data asserted a value the rule or the arithmetic contradicts: the value the rule gives. */
  computed: z.string().optional(),
  /** The subject the fact quantifies, for binding (e.g. the indicator or item name). */
  subject: z.string().optional(),
  /** Where the data's own words give only a bound (前二 is 'less': second or better; 超310亿元 'more'). */
  approx: z.enum(['more', 'less', 'about']).optional().meta({ description: '数据只给出界限时的写法：more 超/余/以上，less 前N/不足/以内，about 约/左右' }),
  /** For a figure quoted from the data's prose: its clause with the figure as # (以#活动为抓手…), to know a report's quotation of it. */
  quote: z.string().optional(),
  /** The year the value belongs to, when it is not the report's (a statistic of the year before). */
  year: z.number().int().optional(),
});

export type FactKind = z.infer<typeof FactKind>;
export type FactRole = z.infer<typeof FactRole>;
export type Provenance = z.infer<typeof Provenance>;
export type Fact = z.infer<typeof Fact>;
