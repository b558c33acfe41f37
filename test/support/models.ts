/**
 * Scripted "models" for the fake OpenAI-compatible server (fake-openai.ts): what they answer is
 * decided from the paragraph they are sent, deterministically from a seed.
 *
 * goodAnswer: a realistic good model. It rewrites connectives, reorders list items whose subjects
 * move with their figures, merges and splits sentences, and wraps its answer the way models do
 * (bold, stray spaces, half-width commas, a preface or trailer line) — never changing what a
 * figure describes. Asked again, it plays safe: wording and wrapping only.
 *
 * hostileAnswer: a good answer with one fault a model can make: a figure moved to another
 * subject (swapped within or across sentences, or given an invented subject), a direction word
 * flipped, a negation added or removed, an approximation word added, the period changed
 * (本年↔上年), or a syntax fault (a number written, a token dropped, duplicated or given a unit).
 */
import { rng } from '../../bench/rng.js';

const TOKEN = /\{[A-Z]\d{1,3}\}/gu;
const TOKEN_ONE = /\{[A-Z]\d{1,3}\}/u;

export function tokensOf(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function pick<T>(random: () => number, items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(random() * items.length)];
}

/** What the good model did to an answer. */
export type Move = 'connectives' | 'reorder' | 'merge' | 'split' | 'bold' | 'spaces' | 'half-width' | 'preface';

export const MOVE_NAMES: Record<Move, string> = {
  connectives: '改换连接词、措辞',
  reorder: '调换并列项（主语随数字移动）',
  merge: '合并两句',
  split: '在分号处拆句',
  bold: '加粗',
  spaces: '数字旁或行尾加空格',
  'half-width': '用半角逗号',
  preface: '前后加一行说明（“以下是润色后的段落：”等）',
};

/** Rewordings that keep the meaning: no direction, negation, period or approximation word is touched. */
const CONNECTIVES: readonly [RegExp, string][] = [
  [/资金主要用于/gu, '资金重点用于'],
  [/(?<!资金)主要用于/gu, '重点用于'],
  [/稳步推进/gu, '有序推进'],
  [/加快建设/gu, '加紧建设'],
  [/按照/gu, '依照'],
  [/围绕/gu, '紧扣'],
  [/加强/gu, '强化'],
  [/推动/gu, '推进'],
  [/同时，/gu, '此外，'],
  [/究其原因，/gu, '分析其原因，'],
  [/主要原因是/gu, '原因主要在于'],
  [/全面/gu, '全方位'],
  [/(?<!组织)开展/gu, '组织开展'],
  [/资金已全部执行/gu, '资金已全部执行完毕'],
  [/经自评，/gu, '经自我评价，'],
  [/为抓手/gu, '为重要抓手'],
  [/集中发力/gu, '聚力攻坚'],
  [/年度目标(?=\{)/gu, '年度目标为'],
  [/实际完成(?=\{)/gu, '实际完成了'],
  [/(?<!下)达(?=\{)/gu, '达到'],
  [/，并/gu, '，并且'],
  [/明显/gu, '显著'],
];

/** Words that tie a clause to the one before it: such a clause never moves away from it. */
const CONTINUES = /^(?:同比|环比|比|较|为|居|占|实际|年度|增长|增加|减少|下降|超额|完成|未|无|其中|分别|均|达|列|获|连续|主要|相当于|本年|上年|全年|年初|年中|当年|预算|决算|执行|支出|\*)/u;
const ENUMERATOR = /^(?:[一二三四五六七八九十]+是|其中|(?:19|20)\d\d年)/u;
const ITEM_SUBJECT_FIRST = /^[\u4e00-\u9fff“”]{3,}\{[A-Z]\d{1,3}\}$/u;
const ITEM_TOKEN_FIRST = /^\{[A-Z]\d{1,3}\}[\u4e00-\u9fff“”]{2,}$/u;

/** List items (separated by 、 or ，) whose subject travels with their figure, swapped with a neighbour. */
function reorderItems(sentence: string, random: () => number): string {
  const parts = sentence.split(/([、，])/u);
  const items = parts.filter((_, i) => i % 2 === 0);
  const seps = parts.filter((_, i) => i % 2 === 1);
  const candidates: number[] = [];
  for (let i = 0; i + 1 < items.length; i++) {
    const a = items[i] ?? '';
    const b = items[i + 1] ?? '';
    const next = items[i + 2];
    const movable = (t: string) => (ITEM_SUBJECT_FIRST.test(t) || ITEM_TOKEN_FIRST.test(t)) && !CONTINUES.test(t) && !ENUMERATOR.test(t);
    if (seps[i] === undefined || !movable(a) || !movable(b)) continue;
    if (next !== undefined && CONTINUES.test(next)) continue;
    if ((i > 0 && seps[i - 1] !== seps[i]) || (seps[i + 1] !== undefined && seps[i + 1] !== seps[i])) continue;
    candidates.push(i);
  }
  const i = pick(random, candidates);
  if (i === undefined) return sentence;
  [items[i], items[i + 1]] = [items[i + 1] ?? '', items[i] ?? ''];
  return items.map((t, k) => t + (seps[k] ?? '')).join('');
}

function sentencesOf(text: string): string[] {
  return text.match(/[^。；\n]+[。；]?|\n/gu) ?? [];
}

/** One line of prose, rewritten as a careful model would; what it did is added to `moves`. */
function rewriteLine(line: string, random: () => number, bold: boolean, moves: Set<Move>): string {
  const did = (move: Move, before: string, after: string) => {
    if (before !== after) moves.add(move);
    return after;
  };
  let out = line;
  for (const [re, to] of CONNECTIVES) if (random() < 0.6) out = did('connectives', out, out.replace(re, to));
  let parts = sentencesOf(out);
  if (bold) {
    // Reordered list items, a merged pair of sentences, a split at a semicolon.
    parts = parts.map((s) => (random() < 0.5 ? did('reorder', s, reorderItems(s, random)) : s));
    const stops = parts.map((s, i) => (s.endsWith('。') && i + 1 < parts.length && !/^(?:其中|此外|同时|\n)/u.test(parts[i + 1] ?? '') ? i : -1)).filter((i) => i >= 0);
    const merge = random() < 0.4 ? pick(random, stops) : undefined;
    if (merge !== undefined) parts[merge] = did('merge', parts[merge] ?? '', `${(parts[merge] ?? '').slice(0, -1)}，`);
    if (random() < 0.4) parts = parts.map((s) => (s.endsWith('；') && random() < 0.5 ? did('split', s, `${s.slice(0, -1)}。`) : s));
  }
  out = parts.join('');
  // A word between a subject and its figure: 共, 达到 (never after a verb that already links them).
  if (bold && random() < 0.3) {
    const link = pick(random, ['共', '达到']) ?? '共';
    // Not after a change verb (增速6%, 调增16.85万元): the figure is the change itself.
    out = did('connectives', out, out.replace(/(?<=[\u4e00-\u9fff]{4})(?<![为达共是了到至的第]|增长|增加|增速|增幅|调增|调减|追加|压减|减少|下降|提升|提高|前进|上升|后退)(?=\{[A-Z]\d{1,3}\}(?![\u4e00-\u9fff]))/u, link));
  }
  // Emphasis on a figure or on what it describes.
  if (random() < 0.3) out = did('bold', out, out.replace(TOKEN_ONE, (t) => `**${t}**`));
  else if (random() < 0.2) out = did('bold', out, out.replace(/([\u4e00-\u9fff]{4,8})(\{[A-Z]\d{1,3}\})/u, '**$1**$2'));
  // Stray spaces and half-width punctuation.
  if (random() < 0.4) out = did('spaces', out, out.replace(TOKEN, (t) => (random() < 0.3 ? ` ${t} ` : t)));
  if (random() < 0.2) out = did('half-width', out, out.replace(/，/gu, (c) => (random() < 0.3 ? ', ' : c)));
  if (random() < 0.2) out = did('spaces', out, `${out}  `);
  return out;
}

/**
 * A good model's answer to a paragraph. `attempt` 0 is its first answer; later ones (asked again
 * with reasons) keep to wording and wrapping.
 */
export function goodAnswer(draft: string, seed: string, attempt = 0, moves: Set<Move> = new Set()): string {
  const random = rng(`good|${seed}|${attempt}|${draft}`);
  const bold = attempt === 0;
  let text = draft
    .split('\n')
    .map((line) => (line.trim() === '' || /^(?:#|\||>|<!--)/u.test(line) ? line : rewriteLine(line, random, bold, moves)))
    .join('\n');
  const wrap = random();
  if (wrap < 0.12) {
    text = `以下是润色后的段落：\n\n${text}`;
    moves.add('preface');
  } else if (wrap < 0.2) {
    text = `${text}\n\n（以上为润色后的内容）`;
    moves.add('preface');
  } else if (wrap < 0.28) text = `\n${text}\n`;
  return text;
}

// ---- the hostile model --------------------------------------------------------------------

export type FaultKind =
  | 'swap-within' | 'swap-across' | 'invented-subject' | 'direction' | 'negation' | 'approximation' | 'period'
  | 'number' | 'numeral' | 'drop' | 'duplicate' | 'unit';

export const FAULT_NAMES: Record<FaultKind, string> = {
  'swap-within': '同一句内两个数字互换所描述的事项',
  'swap-across': '不同句之间两个数字互换',
  'invented-subject': '数字挂到编造的事项上',
  direction: '方向词反转（增加↔减少、超额完成↔未完成等）',
  negation: '加入或删去否定（未、无、尚未）',
  approximation: '加入约数词（约、近、超过、以上、左右）',
  period: '时间改变（本年↔上年等）',
  number: '占位符换成阿拉伯数字',
  numeral: '加入汉字数量',
  drop: '删去占位符',
  duplicate: '占位符重复',
  unit: '占位符后加单位（亿元）',
};

export interface Fault {
  readonly kind: FaultKind;
  /** Tokens whose figure the fault gives a wrong meaning (or value). */
  readonly tokens: readonly string[];
}

const FLIPS: readonly [string, string][] = [
  ['超额完成', '未完成'], ['增加', '减少'], ['增长', '下降'], ['提高', '降低'], ['提升', '下降'], ['上升', '下降'],
  ['追加', '压减'], ['调增', '调减'], ['扩大', '缩减'],
];
const INVENTED = ['新建院士工作站', '引进高层次人才团队', '培育独角兽企业', '建成众创空间', '获批博士后工作站', '认定市级孵化基地'];
const APPROX_BEFORE = ['约', '近', '超过', '接近'];
const APPROX_AFTER = ['以上', '左右'];

/** Where the n-th sentence (counted by 。；\n) of a text is. */
function sentenceBounds(text: string, n: number): { start: number; end: number } {
  let k = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '。' || c === '；' || c === '\n') {
      if (k === n) return { start, end: i };
      k++;
      start = i + 1;
    }
  }
  return { start, end: text.length };
}

/** The sentence (by 。；\n) each token sits in. */
function sentenceIndex(text: string): Map<string, number> {
  const out = new Map<string, number>();
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '。' || c === '；' || c === '\n') n++;
    if (c === '{') {
      const m = /^\{[A-Z]\d{1,3}\}/u.exec(text.slice(i));
      if (m) out.set(m[0], n);
    }
  }
  return out;
}

/** `words` put before the paragraph's last full stop. */
function beforeLastStop(text: string, words: string): string {
  const p = text.lastIndexOf('。');
  return p < 0 ? `${text.trimEnd()}${words}` : `${text.slice(0, p)}${words}${text.slice(p)}`;
}

function swap(text: string, a: string, b: string): string {
  return text.split(a).join('\u0000').split(b).join(a).split('\u0000').join(b);
}

/** The clause (back to the last punctuation) before a token. */
function clauseBefore(text: string, at: number): { start: number; text: string } {
  let s = at;
  while (s > 0 && !/[，。；、：\n（）]/u.test(text.charAt(s - 1))) s--;
  return { start: s, text: text.slice(s, at) };
}

type Attempt = (text: string) => { text: string; tokens: string[] } | undefined;

/**
 * A good answer with one fault. `values` gives each token's text (the bench knows them), so a
 * swap never exchanges two figures that read the same, and an approximation is added only to an
 * exact figure.
 */
export function hostileAnswer(draft: string, seed: string, attempt: number, values: ReadonlyMap<string, string>): { text: string; fault: Fault } {
  const random = rng(`hostile|${seed}|${attempt}|${draft}`);
  // The fault goes into the answer the good model would give at this attempt.
  const base = goodAnswer(draft, seed, attempt === 0 ? 0 : 1);
  const tokens = [...new Set(tokensOf(base))];
  const at = (text: string, t: string) => text.indexOf(t);
  const where = sentenceIndex(base);
  const distinct = (a: string, b: string) => a !== b && values.get(a) !== values.get(b);

  const tries: Record<FaultKind, Attempt> = {
    'swap-within': (text) => {
      const pairs = tokens.flatMap((a) => tokens.filter((b) => a < b && where.get(a) === where.get(b) && distinct(a, b)).map((b) => [a, b] as const));
      const p = pick(random, pairs);
      return p && { text: swap(text, p[0], p[1]), tokens: [p[0], p[1]] };
    },
    'swap-across': (text) => {
      const pairs = tokens.flatMap((a) => tokens.filter((b) => a < b && where.get(a) !== where.get(b) && distinct(a, b)).map((b) => [a, b] as const));
      const p = pick(random, pairs);
      return p && { text: swap(text, p[0], p[1]), tokens: [p[0], p[1]] };
    },
    'invented-subject': (text) => {
      const t = pick(random, tokens);
      if (t === undefined) return undefined;
      const invented = pick(random, INVENTED.filter((w) => !text.includes(w))) ?? '新建院士工作站';
      const c = clauseBefore(text, at(text, t));
      if (/[\u4e00-\u9fff]{2,}/u.test(c.text)) return { text: text.slice(0, c.start) + invented + text.slice(at(text, t)), tokens: [t] };
      const after = /^[\u4e00-\u9fff“”]{2,8}/u.exec(text.slice(at(text, t) + t.length));
      if (!after) return undefined;
      const p = at(text, t) + t.length;
      return { text: text.slice(0, p) + invented + text.slice(p + after[0].length), tokens: [t] };
    },
    direction: (text) => {
      const hits: { pos: number; from: string; to: string }[] = [];
      for (const [a, b] of FLIPS) {
        for (const [from, to] of [[a, b], [b, a]] as const) {
          for (let p = text.indexOf(from); p >= 0; p = text.indexOf(from, p + 1)) {
            if (text.charAt(p + from.length) === '值') continue; // 增加值 is a noun
            const sentence = text.slice(0, p).split(/[。；\n]/u).length - 1;
            if (tokens.some((t) => where.get(t) === sentence)) hits.push({ pos: p, from, to });
          }
        }
      }
      const h = pick(random, hits.filter((x, i) => !hits.some((y, j) => j !== i && y.pos <= x.pos && y.pos + y.from.length > x.pos && y.from.length > x.from.length)));
      if (h !== undefined) {
        const sentence = text.slice(0, h.pos).split(/[。；\n]/u).length - 1;
        return { text: text.slice(0, h.pos) + h.to + text.slice(h.pos + h.from.length), tokens: tokens.filter((t) => where.get(t) === sentence) };
      }
      const t = pick(random, tokens);
      if (t === undefined) return undefined;
      return { text: text.replace(t, `减少${t}`), tokens: [t] };
    },
    negation: (text) => {
      const t = pick(random, tokens);
      if (t === undefined) return undefined;
      const sentence = where.get(t);
      const inSentence = tokens.filter((x) => where.get(x) === sentence);
      const b = sentenceBounds(text, sentence ?? 0);
      const neg = /(?:尚未|没有|未|无)(?!论|偿|锡|人机)/u.exec(text.slice(b.start, b.end));
      if (neg) {
        const p = b.start + neg.index;
        return { text: text.slice(0, p) + (neg[0] === '无' ? '有' : '') + text.slice(p + neg[0].length), tokens: inSentence };
      }
      const verb = new RegExp(`(完成|支出|执行|拨付|到位|实现|投入|发放|新增|安排|下达|引进|建立)((?:了|为|达|达到)?${t.replace(/[{}]/gu, '\\$&')})`, 'u');
      if (verb.test(text)) return { text: text.replace(verb, '未$1$2'), tokens: [t] };
      const c = clauseBefore(text, at(text, t));
      return { text: `${text.slice(0, c.start)}尚未${text.slice(c.start)}`, tokens: [t] };
    },
    approximation: (text) => {
      const exact = tokens.filter((t) => !/约|近|超|以上|以下|左右|余|多|不足|不到/u.test(values.get(t) ?? ''));
      const t = pick(random, exact);
      if (t === undefined) return undefined;
      if (random() < 0.6) {
        const w = pick(random, APPROX_BEFORE) ?? '约';
        return { text: text.replace(t, `${w}${t}`), tokens: [t] };
      }
      const w = pick(random, APPROX_AFTER) ?? '以上';
      return { text: text.replace(t, `${t}${w}`), tokens: [t] };
    },
    period: (text) => {
      const t = pick(random, tokens);
      if (t === undefined) return undefined;
      const sentence = where.get(t);
      const b = sentenceBounds(text, sentence ?? 0);
      const inSentence = tokens.filter((x) => where.get(x) === sentence);
      const m = /本年度|本年|当年|今年|全年|上年度|上年|去年/u.exec(text.slice(b.start, b.end));
      if (m) {
        const to = /^(?:上年|上年度|去年)$/u.test(m[0]) ? '本年' : '上年';
        const p = b.start + m.index;
        return { text: text.slice(0, p) + to + text.slice(p + m[0].length), tokens: inSentence };
      }
      const c = clauseBefore(text, at(text, t));
      return { text: `${text.slice(0, c.start)}上年${text.slice(c.start)}`, tokens: [t] };
    },
    number: (text) => {
      const t = pick(random, tokens);
      if (t !== undefined) return { text: text.replace(t, '1864.06万元'), tokens: [t] };
      return { text: beforeLastStop(text, '，涉及12家单位'), tokens: [] };
    },
    numeral: (text) => {
      const t = pick(random, tokens);
      if (t !== undefined) return { text: text.replace(t, `${t}，共三项`), tokens: [t] };
      return { text: beforeLastStop(text, '，共涉及三个方面'), tokens: [] };
    },
    drop: (text) => {
      const t = pick(random, tokens);
      return t === undefined ? undefined : { text: text.replace(t, ''), tokens: [t] };
    },
    duplicate: (text) => {
      const t = pick(random, tokens);
      return t === undefined ? undefined : { text: text.replace(t, `${t}（${t}）`), tokens: [t] };
    },
    unit: (text) => {
      const t = pick(random, tokens);
      return t === undefined ? undefined : { text: text.replace(t, `${t}亿元`), tokens: [t] };
    },
  };
  const kinds = Object.keys(tries) as FaultKind[];
  // Meaning faults only where there are figures; a paragraph without any gets a number written into it.
  const order = tokens.length === 0 ? (['number', 'numeral'] as FaultKind[]) : kinds;
  const shuffled = [...order];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j] as FaultKind, shuffled[i] as FaultKind];
  }
  for (const kind of shuffled) {
    const r = tries[kind](base);
    if (r !== undefined && r.text !== base) return { text: r.text, fault: { kind, tokens: r.tokens } };
  }
  return { text: base, fault: { kind: 'number', tokens: [] } };
}
