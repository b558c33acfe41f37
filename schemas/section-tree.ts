import * as z from 'zod';

/** The five narrative parts every report has, plus 其他需要说明 and the attachments. */
export const Part = z.enum(['overview', 'usage', 'performance', 'problems', 'measures', 'application', 'other', 'attachments']);

/** What a section is about, finer than its part; absent when the title says nothing (or too much). */
export const Topic = z.enum([
  'functions', 'organization', 'staffing', 'purpose', 'goals', 'budget', 'basic-expense', 'project-expense', 'management',
  'implementation', 'decision', 'process', 'output', 'effect', 'satisfaction', 'fund', 'state-capital', 'social-insurance',
  'score-table', 'base-table',
]);

/** 1-based line and column, 0-based offset into the text given to readCorpus. */
export const Position = z.object({ line: z.number().int(), column: z.number().int(), offset: z.number().int() });

export const Block = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: z.string(), position: Position }),
  z.object({ type: z.literal('table'), rows: z.array(z.array(z.string())), position: Position }),
]);

export interface Section {
  /** '一、' '（一）' '1.' '（1）' '①' as written (inner spaces removed), '' for a heading without one. */
  marker: string;
  /** 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）, 5 for ①: from the outline marker, never from '#'. */
  level: number;
  /** Heading text without marker and without trailing 。：. */
  title: string;
  /** Titles from the top-level section down to this one. */
  path: string[];
  part: z.infer<typeof Part> | undefined;
  topic: z.infer<typeof Topic> | undefined;
  /** Paragraphs and tables directly under this heading, before its first child. */
  blocks: z.infer<typeof Block>[];
  children: Section[];
  position: z.infer<typeof Position>;
}

/** A section of a report: its heading, its own blocks, and its subsections. */
export const Section: z.ZodType<Section> = z.lazy(() =>
  z.object({
    marker: z.string(),
    level: z.number().int().min(1).max(5),
    title: z.string(),
    path: z.array(z.string()),
    part: Part.optional(),
    topic: Topic.optional(),
    blocks: z.array(Block),
    children: z.array(Section),
    position: Position,
  }),
) as z.ZodType<Section>;

/** A report read into its outline: the corpus stage's output. */
export const SectionTree = z.object({
  file: z.string().optional(),
  title: z.string().optional(),
  /** Blocks before the first section (the 根据…现报告如下 paragraph). */
  preamble: z.array(Block),
  sections: z.array(Section),
});

export type Part = z.infer<typeof Part>;
export type Topic = z.infer<typeof Topic> | undefined;
export type Position = z.infer<typeof Position>;
export type Block = z.infer<typeof Block>;
export type SectionTree = z.infer<typeof SectionTree>;
