/** The section tree's types are the zod schemas in schemas/section-tree.ts. */
export type { Block, Part, Position, Section, SectionTree, Topic } from '../../schemas/section-tree.js';

export interface ReadOptions {
  file?: string;
  format?: 'md' | 'txt';
}
