/**
 * The numbers Word draws in front of list paragraphs (1. 2. 3., （一）（二）, ①②): they live in
 * numbering.xml, not in the text, and mammoth's HTML drops them. Reports number their duties and
 * measures this way; without the numbers a carried section loses its enumeration.
 *
 * Each numbered paragraph's label is worked out as Word would (a counter per list and level, a
 * level restarting its deeper levels, the level's format and text pattern), keyed by the
 * paragraph's text so the HTML's list items can find theirs.
 */
import { strFromU8 } from 'fflate';
import cn from 'nzh/cn';

interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const HEAVENLY = '甲乙丙丁戊己庚辛壬癸';

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
}

/** A counter in one of Word's number formats (ST_NumberFormat); unknown formats as digits. */
function formatCounter(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return cn.encodeS(n);
    case 'ideographTraditional':
      return HEAVENLY[(n - 1) % HEAVENLY.length] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return CIRCLED[n - 1] ?? String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    default:
      return String(n);
  }
}

const attr = (xml: string, name: string): string | undefined => new RegExp(`<w:${name}\\b[^>]*\\bw:val="([^"]*)"`).exec(xml)?.[1];

function numberingDefinitions(xml: string): Map<string, Map<number, Level>> {
  const abstract = new Map<string, Map<number, Level>>();
  for (const m of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>();
    for (const l of (m[2] ?? '').matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      const body = l[2] ?? '';
      levels.set(Number(l[1]), { start: Number(attr(body, 'start') ?? '1'), format: attr(body, 'numFmt') ?? 'decimal', text: attr(body, 'lvlText') ?? '' });
    }
    abstract.set(m[1] ?? '', levels);
  }
  const nums = new Map<string, Map<number, Level>>();
  for (const m of xml.matchAll(/<w:num\b[^>]*w:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const body = m[2] ?? '';
    const levels = new Map(abstract.get(attr(body, 'abstractNumId') ?? '') ?? []);
    for (const o of body.matchAll(/<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const ilvl = Number(o[1]);
      const start = attr(o[2] ?? '', 'startOverride');
      const level = levels.get(ilvl);
      if (level && start !== undefined) levels.set(ilvl, { ...level, start: Number(start) });
    }
    nums.set(m[1] ?? '', levels);
  }
  return nums;
}

/** Paragraph styles that number their paragraphs (a numbered heading style, say). */
function styleNumbering(xml: string): Map<string, { numId: string; ilvl: number }> {
  const out = new Map<string, { numId: string; ilvl: number }>();
  for (const m of xml.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(m[2] ?? '')?.[1];
    const numId = numPr !== undefined ? attr(numPr, 'numId') : undefined;
    if (numId !== undefined) out.set(m[1] ?? '', { numId, ilvl: Number(attr(numPr ?? '', 'ilvl') ?? '0') });
  }
  return out;
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '');
}

/** A paragraph's text as a key: what the HTML's list item holds, whitespace dropped. */
export function numberingKey(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * Labels of the numbered paragraphs, by paragraph text (several paragraphs with one text keep their
 * labels in order). Empty when the document numbers nothing, or cannot be read.
 */
export function listLabels(files: Readonly<Record<string, Uint8Array>>): Map<string, string[]> {
  const labels = new Map<string, string[]>();
  const numberingXml = files['word/numbering.xml'];
  const documentXml = files['word/document.xml'];
  if (numberingXml === undefined || documentXml === undefined) return labels;
  const nums = numberingDefinitions(strFromU8(numberingXml));
  const styled = styleNumbering(files['word/styles.xml'] ? strFromU8(files['word/styles.xml']) : '');
  const counters = new Map<string, number[]>();
  for (const p of strFromU8(documentXml).matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)) {
    const body = p[1] ?? '';
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(body)?.[1] ?? '';
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(pPr)?.[1];
    const style = attr(pPr, 'pStyle');
    const fromStyle = style !== undefined ? styled.get(style) : undefined;
    const numId = (numPr !== undefined ? attr(numPr, 'numId') : undefined) ?? fromStyle?.numId;
    if (numId === undefined || numId === '0') continue;
    const ilvl = Number((numPr !== undefined ? attr(numPr, 'ilvl') : undefined) ?? fromStyle?.ilvl ?? 0);
    const levels = nums.get(numId);
    const level = levels?.get(ilvl);
    if (levels === undefined || level === undefined || level.format === 'bullet' || level.format === 'none') continue;
    const count = counters.get(numId) ?? [];
    count[ilvl] = (count[ilvl] ?? (level.start - 1)) + 1;
    count.length = ilvl + 1; // deeper levels restart
    counters.set(numId, count);
    const label = level.text.replace(/%(\d)/g, (_, k: string) => {
      const at = Number(k) - 1;
      return formatCounter(count[at] ?? levels.get(at)?.start ?? 1, levels.get(at)?.format ?? 'decimal');
    });
    const text = numberingKey(decodeXml([...body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')));
    if (label === '' || text === '') continue;
    labels.set(text, [...(labels.get(text) ?? []), label]);
  }
  return labels;
}
