/**
 * The corpus stage: a report (Markdown or plain text) → its outline, with each section's
 * part of the five-part skeleton and its topic. Used to read last year's report (carry.ts)
 * and to locate findings in the report under check.
 *
 * Heading rules (outline.ts, items.ts, tree.ts):
 * - Levels come from the outline marker (一、 1, （一） 2, 1. 1． 1、 3, （1） 4, ① 5), never from '#'.
 * - A Markdown '#' heading with a marker is always a heading. A paragraph line (Markdown or plain
 *   text) with a marker is a heading only when it reads like one: ≤ 40 characters, no 。；：！？
 *   inside, no amount (16.85万元, 98%), not ending with ；、，, and when it ends with 。 the words
 *   before end on a heading noun (情况, 问题, 措施…). Otherwise it is a list item: a paragraph of its parent.
 * - `1.5万元`, `2023年`, `1,451.29万元`, `一是`, `十大` carry no marker.
 * - An arabic marker numbered one past the current top-level count, with no arabic sibling just
 *   before it (三、 … `4、 国有资本…` … 五、), is a mistyped top-level heading: level 1.
 * - `附件2` / `附件 3` / `附件：…` open a top-level unmarked section; a `…表` line (or unmarked
 *   heading) right under it is its caption, level 2. The first unmarked Markdown heading before any
 *   section is the document title; in plain text, the first line (put back together until 报告).
 */
import { looksLikeMarkdown } from '../text/markdown.js';
import { markdownItems } from './markdown.js';
import { plainItems } from './plain.js';
import { buildTree } from './tree.js';
import type { Part, ReadOptions, Section, SectionTree, Topic } from './types.js';

export type { Block, Part, Position, ReadOptions, Section, SectionTree, Topic } from './types.js';
export { shiftYears } from './years.js';

function formatOf(text: string, file: string | undefined): 'md' | 'txt' {
  if (file !== undefined && /\.(md|markdown|mdown|mkd)$/iu.test(file)) return 'md';
  // Anything else — .txt included — is Markdown when it reads like Markdown.
  return looksLikeMarkdown(text) ? 'md' : 'txt';
}

/**
 * Reads a report. `.md` goes through a CommonMark + GFM parser (markdown-it); anything else is
 * read line by line by its outline markers. The format comes from `options.format`, else the
 * file extension, else a look at the text.
 */
export function readCorpus(text: string, options: ReadOptions = {}): SectionTree {
  const format = options.format ?? formatOf(text, options.file);
  const items = format === 'md' ? markdownItems(text) : plainItems(text);
  return buildTree(items, options.file);
}

function* walk(sections: readonly Section[]): Generator<Section> {
  for (const s of sections) {
    yield s;
    yield* walk(s.children);
  }
}

/** Every section in document order. */
export function allSections(tree: SectionTree): Section[] {
  return [...walk(tree.sections)];
}

/**
 * The top-most sections of each part, in document order: a section counts when its part is set
 * and differs from its parent's (so 五、存在问题及改进措施 › （二）改进措施 counts for measures).
 */
export function partsOf(tree: SectionTree): Map<Part, Section[]> {
  const out = new Map<Part, Section[]>();
  const visit = (sections: readonly Section[], parentPart: Part | undefined): void => {
    for (const s of sections) {
      if (s.part !== undefined && s.part !== parentPart) {
        const list = out.get(s.part) ?? [];
        list.push(s);
        out.set(s.part, list);
      }
      visit(s.children, s.part);
    }
  };
  visit(tree.sections, undefined);
  return out;
}

/** The first section, in document order, with this topic. */
export function findTopic(tree: SectionTree, topic: Topic): Section | undefined {
  for (const s of walk(tree.sections)) if (s.topic === topic) return s;
  return undefined;
}

/**
 * The section's paragraphs joined by \n (tables left out); with `withChildren`, its
 * descendants' paragraphs follow in document order. Headings are not included.
 */
export function sectionText(section: Section, options: { withChildren?: boolean } = {}): string {
  const own = section.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
  if (!options.withChildren) return own.join('\n');
  const all = [own.join('\n'), ...section.children.map((c) => sectionText(c, { withChildren: true }))];
  return all.filter((t) => t !== '').join('\n');
}
