/**
 * What the model is told. Chinese, official-document register. The draft travels with its
 * figures replaced by placeholders; last year's matching part comes as a style example with its
 * own numbers blanked out (××), so nothing can be copied from it.
 */
import { extractMentions } from '../mentions/index.js';
import { partsOf, type Section, type SectionTree } from '../corpus/index.js';
import { PART_NAMES, type Unit } from './segment.js';

export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

/** Delimiters of the draft and of the example inside the user message. */
export const DRAFT_OPEN = '<草稿>';
export const DRAFT_CLOSE = '</草稿>';
export const EXAMPLE_OPEN = '<上年范文>';
export const EXAMPLE_CLOSE = '</上年范文>';
/** What last year's numbers are replaced with in the example. */
export const BLANK = '××';

export const SYSTEM_PROMPT = [
  '你是政府机关的公文写作助手，负责润色《预算绩效自评报告》中的一个部分。要求如下：',
  '1. 使用规范的公文语体，准确、简洁、客观，条理清楚；不用口语、夸张修辞和空泛的评价性词语。',
  '2. 只改进文字表述，不改变事实：不得增加草稿中没有的数据、事项、机构、文件或结论，不得删去草稿中的事项。',
  '3. 草稿中的每个数字都已替换为占位符（如 FIGQXA），一个占位符代表一个完整的数字连同其单位和“超过”“余”“左右”等修饰词（如“1864.05万元”“超过400亿元”）。每个占位符必须原样保留、恰好出现一次，并按草稿中的先后顺序出现，且仍用于描述原来的事项。',
  '4. 占位符前后不得增加、删去或改动单位（万元、亿元、%、家、项等）和修饰词（约、近、超过、以上、左右、余等），不得改动其前面的“增加”“减少”“压减”等方向词。',
  '5. 不得写任何数字：不写阿拉伯数字，也不写“三个”“五项”“两倍”“百分之十”等汉字数量；“一是”“二是”等序号可以使用。',
  '6. 以“#”开头的标题行、表格行、以“>”开头的提示行，以及“〔待补：…〕”“〔待核：…〕”标记，必须逐字保留，位置和顺序不变。',
  '7. 上年范文只用于参考文风和结构，其中的数字已隐去为“××”，不得照抄其内容，也不得写出“××”。',
  '8. 只输出改写后的本部分 Markdown 正文，从第一个标题行开始；不要解释，不要代码块，不要输出<草稿>等标签。',
].join('\n');

const EXAMPLE_LIMIT = 2500;

function blankNumbers(text: string): string {
  let out = '';
  let last = 0;
  for (const m of extractMentions(text)) {
    if (m.start < last) continue;
    out += text.slice(last, m.start) + BLANK;
    last = m.end;
  }
  out += text.slice(last);
  return out.replace(/[0-9０-９][0-9０-９.,，]*[0-9０-９]|[0-9０-９]/gu, BLANK);
}

function renderSection(s: Section, depth: number, lines: string[]): void {
  lines.push(`${'#'.repeat(Math.min(depth + 1, 6))} ${s.marker}${blankNumbers(s.title)}`, '');
  for (const b of s.blocks) if (b.type === 'paragraph' && b.text.trim() !== '') lines.push(blankNumbers(b.text), '');
  for (const c of s.children) renderSection(c, depth + 1, lines);
}

/** Last year's part as a style example, numbers blanked, cut at a paragraph near the limit. */
export function priorExample(prior: SectionTree | undefined, unit: Unit): string | undefined {
  if (prior === undefined) return undefined;
  const sections = partsOf(prior).get(unit.part);
  if (sections === undefined || sections.length === 0) return undefined;
  const lines: string[] = [];
  for (const s of sections) renderSection(s, 1, lines);
  let text = '';
  for (const line of lines) {
    if (text.length + line.length > EXAMPLE_LIMIT) {
      text += '……（以下从略）\n';
      break;
    }
    text += `${line}\n`;
  }
  return text.trim();
}

export function userPrompt(unit: Unit, example: string | undefined): string {
  const list = unit.slots.map((s) => `${s.name}：${s.label}`).join('\n');
  const parts = [
    `请润色自评报告的“${PART_NAMES[unit.part]}”部分（${unit.titles.join('；')}）。`,
    '',
    '【占位符】（每个恰好使用一次，按此顺序）',
    list === '' ? '（无）' : list,
    '',
  ];
  if (example !== undefined) {
    parts.push('【上年报告同一部分】（仅供参考文风，数字已隐去）', EXAMPLE_OPEN, example, EXAMPLE_CLOSE, '');
  }
  parts.push('【本年草稿】（请改写）', DRAFT_OPEN, unit.template, DRAFT_CLOSE);
  return parts.join('\n');
}

export function firstMessages(unit: Unit, prior: SectionTree | undefined): ChatMessage[] {
  return [
    { role: 'system', content: SYSTEM_PROMPT },
    { role: 'user', content: userPrompt(unit, priorExample(prior, unit)) },
  ];
}

/** The re-ask: the rejected answer and why, in Chinese. */
export function retryMessages(base: readonly ChatMessage[], answer: string, reasons: readonly string[]): ChatMessage[] {
  return [
    ...base,
    { role: 'assistant', content: answer },
    {
      role: 'user',
      content: [
        '上面的改写未通过核对：',
        ...reasons.map((r) => `- ${r}`),
        '请纠正这些问题，仍然遵守全部要求，重新输出完整的本部分。',
      ].join('\n'),
    },
  ];
}
