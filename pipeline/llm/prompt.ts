/**
 * What the model is told. Chinese, official-document register. One paragraph travels at a time,
 * its figures replaced by tokens whose meaning is listed; last year's matching section comes as
 * a style example with its own numbers blanked out (××), so nothing can be copied from it. Each
 * request stays under PROMPT_BUDGET characters: the example is cut to fit.
 */
import { extractMentions } from '../mentions/index.js';
import { allSections, partsOf, type Section, type SectionTree } from '../corpus/index.js';
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

/** Characters of one first request (system and user messages together), example included. */
export const PROMPT_BUDGET = 3000;
const EXAMPLE_MAX = 900;
const EXAMPLE_MIN = 120;
/** Shorter than this, last year's text shows no style worth the tokens. */
const EXAMPLE_SHORTEST = 20;

export const SYSTEM_PROMPT = [
  '你是政府机关的公文写作助手，负责润色《预算绩效自评报告》中的一段文字。要求如下：',
  '1. 使用规范的公文语体，准确、简洁、客观；不用口语、夸张修辞和空泛的评价。',
  '2. 只改进表述，不改变事实：不得增加草稿中没有的数据、事项、机构、文件或结论，不得删去草稿中的事项。',
  '3. 草稿中的数字已替换为占位符（如 {M1}、{N2}），每个占位符代表一个完整的数字，已含单位和“超过”“以上”“余”等修饰词，其含义见占位符说明。每个占位符必须原样保留、恰好出现一次。',
  '4. 可以调整语序、合并或拆分句子、改换连接词，但每个占位符必须仍然描述草稿中的同一事项，不得移到别的事项上；其前后的单位、修饰词（约、近、超过、以上、左右），方向词（增加、减少、超额完成、未完成），否定词（未、无、尚未）和时间（本年、上年、年初）不得增删改动。',
  '5. 不得自行书写数字或汉字数量；草稿中原有的年份、日期、文件编号照原样保留。“〔待补：…〕”“〔待核：…〕”标记逐字保留。',
  '6. 上年范文只供参考文风，其中的数字已隐去为“××”，不得照抄其内容，也不得写出“××”。',
  '7. 只输出改写后的这一段正文，不加标题、说明、代码块或<草稿>标签。',
].join('\n');

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

const normTitle = (t: string) => t.replace(/^[（(]?[一二三四五六七八九十0-9]+[)）、.．]?/u, '').replace(/[\s：:。]/gu, '');

function ownParagraphs(s: Section): string[] {
  const own = s.blocks.flatMap((b) => (b.type === 'paragraph' && b.text.trim() !== '' ? [b.text] : []));
  return own.length > 0 ? own : s.children.flatMap(ownParagraphs);
}

/** Last year's section with this paragraph's heading (the nearest heading that has one), else its part's first. */
function matchingSection(prior: SectionTree, unit: Unit): Section | undefined {
  const sections = allSections(prior);
  for (const heading of [...unit.headings].reverse()) {
    const want = normTitle(heading);
    if (want === '') continue;
    const hit = sections.find((s) => normTitle(s.title) === want && ownParagraphs(s).length > 0);
    if (hit !== undefined) return hit;
  }
  return partsOf(prior).get(unit.part)?.find((s) => ownParagraphs(s).length > 0);
}

/** Last year's matching text as a style example, numbers blanked, cut at a sentence within `limit` characters. */
export function priorExample(prior: SectionTree | undefined, unit: Unit, limit: number = EXAMPLE_MAX): string | undefined {
  if (prior === undefined || limit < EXAMPLE_MIN) return undefined;
  const section = matchingSection(prior, unit);
  if (section === undefined) return undefined;
  let text = '';
  for (const p of ownParagraphs(section).map(blankNumbers)) {
    const room = limit - text.length - 1;
    if (p.length <= room) {
      text += `${p}\n`;
      continue;
    }
    const cut = p.slice(0, room);
    const stop = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('；'));
    if (stop > 0) text += `${cut.slice(0, stop + 1)}\n`;
    break;
  }
  text = text.trim();
  return text.length >= EXAMPLE_SHORTEST ? text : undefined;
}

export function userPrompt(unit: Unit, example: string | undefined): string {
  const list = unit.slots.map((s) => `${s.name}：${s.label}`).join('\n');
  const where = [`“${PART_NAMES[unit.part]}”部分`, ...unit.headings].join(' › ');
  const parts = [`请润色自评报告中的一段文字。所在位置：${where}。`, ''];
  if (unit.slots.length > 0) parts.push('【占位符及其含义】（每个恰好使用一次，不得移到别的事项上）', list, '');
  if (example !== undefined) parts.push('【上年报告相应内容】（仅供参考文风，数字已隐去）', EXAMPLE_OPEN, example, EXAMPLE_CLOSE, '');
  parts.push('【本段草稿】（请改写）', DRAFT_OPEN, unit.template, DRAFT_CLOSE);
  return parts.join('\n');
}

/** The first request: the system prompt and the paragraph, with as much example as the budget allows. */
export function firstMessages(unit: Unit, prior: SectionTree | undefined): ChatMessage[] {
  const bare = SYSTEM_PROMPT.length + userPrompt(unit, undefined).length;
  const overhead = EXAMPLE_OPEN.length + EXAMPLE_CLOSE.length + 40;
  const example = priorExample(prior, unit, Math.min(EXAMPLE_MAX, PROMPT_BUDGET - bare - overhead));
  return [
    { role: 'system', content: SYSTEM_PROMPT },
    { role: 'user', content: userPrompt(unit, example) },
  ];
}

/** The re-ask: the rejected answer and why, in Chinese. */
export function retryMessages(base: readonly ChatMessage[], answer: string, reasons: readonly string[]): ChatMessage[] {
  return [
    ...base,
    { role: 'assistant', content: answer },
    {
      role: 'user',
      content: ['上面的改写未通过核对：', ...reasons.map((r) => `- ${r}`), '请纠正这些问题，仍然遵守全部要求，重新输出这一段。'].join('\n'),
    },
  ];
}
