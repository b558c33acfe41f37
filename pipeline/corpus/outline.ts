import { charLength } from '../text/chars.js';
import { HEADING_MAX_CHARS, levelMarker, type Marker } from '../text/outline.js';


/**
 * A heading that ends with 。 (`4、 国有资本经营预算支出情况。`) still ends on a heading noun and
 * lists nothing; a list item ending with 。 ends on a verb phrase (`完成…交办的其他任务。`).
 */
const HEADING_NOUN_END = /(情况|问题|措施|分析|建议|目标|职责|设置|指标|概况|说明|结果|依据|原因)$/u;

export function endsWithHeadingNoun(title: string): boolean {
  return HEADING_NOUN_END.test(title) && !/[、，,]/u.test(title);
}

/** Heading text as kept in Section.title: trailing 。：; and spaces dropped. */
export function cleanTitle(s: string): string {
  return s.trim().replace(/[。．.：:；;，,\s]+$/u, '').trim();
}


const MID_PUNCT = /[。！？；;!?：:]/u;
const MONEY = /[0-9０-９][0-9０-９,，.．]*\s*(万元|亿元|元|%|％)/u;

/**
 * A marker line is a heading when it reads like one: at most 40 characters, no sentence
 * punctuation (。；：！？) inside, not ending with ；, not carrying an amount (`1. 产业发展资金16.85万元`),
 * and when it ends with 。, the words before it end on a heading noun (`4、 国有资本经营预算支出情况。`).
 * Otherwise it is a list item (`1.贯彻执行…；`) and stays a paragraph of its parent.
 */
export function isHeadingLine(text: string, marker: Marker): boolean {
  const rest = marker.rest;
  if (rest === '' || charLength(text.trim()) > HEADING_MAX_CHARS) return false;
  const body = rest.replace(/[。．：:\s]+$/u, '');
  if (body === '' || MID_PUNCT.test(body) || MONEY.test(body)) return false;
  if (/[；;，,、]$/u.test(rest)) return false;
  if (/[。．]$/u.test(rest)) return endsWithHeadingNoun(body);
  return true;
}

export interface AttachmentLine {
  /** '附件2', '附件 3', '附件1-3', '附件'. */
  title: string;
  /** What followed 附件：on the same line, if anything. */
  rest: string | undefined;
}

const ATTACHMENT =
  /^(附件\s*(?:[0-9０-９一二三四五六七八九十]+(?:\s*[-－—–]\s*[0-9０-９]+)*)?)\s*(?:[:：]\s*(.*))?$/u;

/** `附件2`, `附件 3`, `附件1-3`, `附件：1-1. …`: the start of an attachment, a top-level section. */
export function parseAttachment(line: string): AttachmentLine | undefined {
  const text = line.trim();
  if (charLength(text) > 60 || /[。；]/u.test(text)) return undefined;
  const m = ATTACHMENT.exec(text);
  if (!m || m[1] === undefined) return undefined;
  const rest = m[2]?.trim();
  return { title: m[1].trim(), rest: rest === undefined || rest === '' ? undefined : rest };
}

export function isAttachmentTitle(title: string): boolean {
  return /^附件/u.test(title);
}

/** A table's caption under an attachment heading: `2023年度单位整体支出绩效自评表`. */
export function isCaption(line: string): boolean {
  const text = line.trim();
  return (
    charLength(text) <= HEADING_MAX_CHARS &&
    /表$/u.test(text) &&
    !/[。，；：,;:]/u.test(text) &&
    !/^[0-9０-９]+(\s*[-－]\s*[0-9０-９]+)*\s*[.．、]/u.test(text) &&
    levelMarker(text) === undefined
  );
}
