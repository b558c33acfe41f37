import { partOfTitle, topicOfTitle } from './classify.js';
import type { Item } from './items.js';
import { isAttachmentTitle } from './outline.js';
import type { Block, Part, Section, SectionTree } from './types.js';

/**
 * Nests the item stream by outline level. Levels come from markers; two cases need context:
 * - an arabic marker that continues the top-level count (`三、` … `4、 国有资本…` … `五、`) while
 *   no `3.` sits under 三、 is a mistyped top-level heading and becomes level 1;
 * - an unmarked heading is a top-level section (附件 3), except right under an attachment,
 *   where it is that attachment's table caption (level 2).
 */
export function buildTree(items: readonly Item[], file: string | undefined): SectionTree {
  const tree: SectionTree = { title: undefined, preamble: [], sections: [] };
  if (file !== undefined) tree.file = file;
  const stack: Section[] = [];
  let lastTop: number | undefined;
  let lastArabic: number | undefined;

  const open = (section: Section): void => {
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= section.level) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.children : tree.sections).push(section);
    stack.push(section);
  };
  const add = (block: Block): void => {
    const current = stack[stack.length - 1];
    (current ? current.blocks : tree.preamble).push(block);
  };
  const section = (marker: string, level: number, title: string, item: Item): Section => ({
    marker, level, title, path: [], part: undefined, topic: undefined, blocks: [], children: [], position: item.position,
  });

  for (const item of items) {
    switch (item.kind) {
      case 'title':
        if (tree.title === undefined && tree.sections.length === 0) tree.title = item.text;
        else open(section('', unmarkedLevel(item.text, stack), item.text, item));
        break;
      case 'heading': {
        const m = item.marker;
        if (!m) {
          open(section('', item.attachment ? 1 : unmarkedLevel(item.title, stack), item.title, item));
          break;
        }
        let level = m.level;
        if (m.kind === 'arabic' && lastTop !== undefined && m.num === lastTop + 1 && lastArabic !== m.num - 1) level = 1;
        if (level === 1) {
          lastTop = m.num;
          lastArabic = undefined;
        } else if (m.kind === 'arabic') {
          lastArabic = m.num;
        }
        open(section(m.marker, level, item.title, item));
        break;
      }
      case 'paragraph':
        if (item.listMarker?.kind === 'arabic') lastArabic = item.listMarker.num;
        add({ type: 'paragraph', text: item.text, position: item.position });
        break;
      case 'table':
        add({ type: 'table', rows: item.rows, position: item.position });
        break;
    }
  }
  for (const s of tree.sections) annotate(s, [], undefined);
  return tree;
}

const NO_TOPIC: ReadonlySet<Part> = new Set<Part>(['problems', 'measures', 'application', 'other']);

function unmarkedLevel(title: string, stack: readonly Section[]): number {
  if (isAttachmentTitle(title)) return 1;
  const top = stack[0];
  return top && top.marker === '' && isAttachmentTitle(top.title) ? 2 : 1;
}

/**
 * Part and topic from the title. A section whose title names nothing inherits its parent's
 * part; under a parent with a part, only the strong words (问题, 改进, 附件…) switch it.
 */
function annotate(section: Section, parentPath: readonly string[], parentPart: Part | undefined): void {
  section.path = [...parentPath, section.title];
  const own = partOfTitle(section.title, parentPart !== undefined);
  section.part = own ?? parentPart;
  // 问题 / 措施 / 公开 sections describe no content topic: `1.绩效目标偏粗` is a problem, not the goals.
  section.topic = section.part !== undefined && NO_TOPIC.has(section.part) ? undefined : topicOfTitle(section.title);
  for (const child of section.children) annotate(child, section.path, section.part);
}
