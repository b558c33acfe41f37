/** The five narrative parts every report has, plus 其他需要说明 and the attachments. */
export type Part = 'overview' | 'usage' | 'performance' | 'problems' | 'measures' | 'application' | 'other' | 'attachments';

/** What a section is about, finer than its part; undefined when the title says nothing (or too much). */
export type Topic =
  | 'functions'
  | 'organization'
  | 'staffing'
  | 'purpose'
  | 'goals'
  | 'budget'
  | 'basic-expense'
  | 'project-expense'
  | 'management'
  | 'implementation'
  | 'decision'
  | 'process'
  | 'output'
  | 'effect'
  | 'satisfaction'
  | 'fund'
  | 'state-capital'
  | 'social-insurance'
  | 'score-table'
  | 'base-table'
  | undefined;

import type { Position } from '../text/lines.js';

export type { Position } from '../text/lines.js';

export type Block =
  | { type: 'paragraph'; text: string; position: Position }
  | { type: 'table'; rows: string[][]; position: Position };

export interface Section {
  /** '一、' '（一）' '1.' '（1）' '①' as written (inner spaces removed), '' for a heading without one. */
  marker: string;
  /** 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）, 5 for ①: from the outline marker, never from '#'. */
  level: number;
  /** Heading text without marker and without trailing 。：. */
  title: string;
  /** Titles from the top-level section down to this one. */
  path: string[];
  part: Part | undefined;
  topic: Topic;
  /** Paragraphs and tables directly under this heading, before its first child. */
  blocks: Block[];
  children: Section[];
  position: Position;
}

export interface SectionTree {
  file?: string;
  title: string | undefined;
  /** Blocks before the first section (the 根据…现报告如下 paragraph). */
  preamble: Block[];
  sections: Section[];
}

export interface ReadOptions {
  file?: string;
  format?: 'md' | 'txt';
}
