/**
 * What a model wraps around a good answer, taken off before the answer is judged: code fences
 * and tags, a preface or trailer line ("以下是润色后的段落："), Markdown emphasis, spaces,
 * half-width punctuation and quotes, tokens written with other brackets or spaces ({ m1 },
 * ｛M1｝, 【M1】). None of these changes what the paragraph says, so none is a reason to refuse it.
 */
import { DRAFT_CLOSE, DRAFT_OPEN } from './prompt.js';
import { TOKEN } from './segment.js';

const HAS_TOKEN = new RegExp(TOKEN.source, 'u');

/** Lines that talk about the answer rather than belong to it. */
const META = /改写|润色|修改|修订|如下|以下是|以下为|本段|段落|说明|注[:：]/u;

const WIDE = '[\\u2e80-\\u9fff\\uff00-\\uffef\\u3000-\\u303f“”‘’]';
const NEAR_WIDE = new RegExp(`(?<=${WIDE}|\\})[ \\t]+|[ \\t]+(?=${WIDE}|\\{)`, 'gu');

const FULL: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };
/** Half-width punctuation next to Chinese text or a token (not between digits: 12:30, 4+4 stay). */
const HALF_PUNCT = new RegExp(`(?<=${WIDE}|\\})[,;:!?()]|[,;:!?()](?=${WIDE}|\\{)`, 'gu');

/** Tokens as models rewrite them: other brackets, spaces, a lower-case letter, full-width characters. */
const TOKEN_VARIANT = /[{｛【[]{1,2}\s*([A-Za-zＡ-Ｚａ-ｚ])\s*([0-9０-９]{1,3})\s*[}｝】\]]{1,2}/gu;

function halfWidth(s: string): string {
  return s.replace(/[Ａ-Ｚａ-ｚ０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function isPreface(line: string): boolean {
  const t = line.trim();
  if (HAS_TOKEN.test(t) || /[0-9]/u.test(t)) return false;
  if (/^#{1,6}\s/u.test(t)) return true;
  return /[：:]$/u.test(t) && (META.test(t) || t.length <= 20);
}

function isTrailer(line: string): boolean {
  const t = line.trim();
  if (HAS_TOKEN.test(t) || /[0-9]/u.test(t)) return false;
  return (/^[（(]/u.test(t) && /[）)]$/u.test(t) && META.test(t)) || (/^(?:注|备注|说明)[:：]/u.test(t));
}

/** Straight double quotes paired into “ ” on each line. */
function curlyQuotes(line: string): string {
  let open = true;
  return line.replace(/"/gu, () => {
    const q = open ? '“' : '”';
    open = !open;
    return q;
  });
}

/**
 * The answer as the paragraph it means: wrappers, preface and trailer lines, emphasis and spacing
 * removed; punctuation full-width; tokens in their one spelling. `known` are the unit's tokens.
 */
export function cleanAnswer(raw: string, known: ReadonlySet<string>): string {
  let text = raw.replace(/\r\n?/gu, '\n').replace(/[\u200b-\u200d\ufeff]/gu, '').replace(/[\u00a0\u3000]/gu, ' ').trim();
  const fenced = /^```[a-zA-Z]*\n([\s\S]*?)\n```$/u.exec(text);
  if (fenced?.[1] !== undefined) text = fenced[1];
  text = text.split(DRAFT_OPEN).join('').split(DRAFT_CLOSE).join('');
  text = text.replace(TOKEN_VARIANT, (whole, letter: string, digits: string) => {
    const name = `{${halfWidth(letter).toUpperCase()}${halfWidth(digits)}}`;
    return known.has(name) ? name : whole;
  });
  // Emphasis and code spans: **…**, __…__, *…*, `…`.
  text = text.replace(/\*\*|__|`/gu, '').replace(/(^|[^*\n])\*(?=\S)([^*\n]+?)\*/gu, '$1$2');
  let lines = text.split('\n').map((l) => l.trim());
  while (lines.length > 1 && (lines[0] === '' || isPreface(lines[0] ?? ''))) lines = lines.slice(1);
  while (lines.length > 1 && (lines[lines.length - 1] === '' || isTrailer(lines[lines.length - 1] ?? ''))) lines = lines.slice(0, -1);
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(curlyQuotes(line.replace(NEAR_WIDE, '').replace(HALF_PUNCT, (c) => FULL[c] ?? c)));
  }
  while (out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
