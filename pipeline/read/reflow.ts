/**
 * Plain text wrapped at a fixed width (copied out of a PDF, or saved from a layout with hard line
 * breaks): a sentence, a word, even a number broken over lines (实际支出503⏎.27万元, 下⏎降22.22%).
 * The lines of such a paragraph are joined into its first line, and the line breaks taken out are
 * put after it, so every line after the paragraph keeps its number and offset; a finding in the
 * paragraph points at the line it starts on.
 *
 * A line break is a wrap only where nothing says a new line was meant: the line before ends
 * mid-sentence (no 。！？；： at its end) and is long enough to have been wrapped, and the line after
 * starts with no indent, no outline or list mark, and neither line is a table's, a leader list's
 * (名称……金额) or a heading's.
 */
import { levelMarker, lineOpensWithMarker } from '../text/outline.js';

/** A sentence or a label ends here: the line is not wrapped (a closing quote or bracket may follow). */
const ENDS_SENTENCE = /[。！？!?；;：:][”’」』）)]*\s*$/u;
/**
 * Lines laid out as columns or leader lists: tabs, runs of spaces, a space between two words or an
 * ideographic space inside a line (prose has none: 年初预算 680.00 万元 spaces only around figures),
 * leaders, table bars, box lines.
 */
const LAID_OUT = /\t|[ \u3000]{2,}|[\u4e00-\u9fff] [\u4e00-\u9fff]|\S\u3000\S|…{2}|\.{4}|·{3}|[-－—_]{3}|[|｜│┃║┌├└─]/u;
/** A title's last words, or a line wholly in brackets (a subtitle: （某局　2025年3月））: never wrapped. */
const WHOLE_LINE = /(?:报告|自评表|评价表|情况表|明细表|一览表)$|^[（(].*[）)]$/u;
/** A line that starts a new piece besides one opening with an outline mark: an indent, a list bullet, a note. */
const STARTS_NEW = /^(?:[ \t\u3000【]|[-*•·●■□◆◇▪‣]|附件|附表|注[：:]|单位[：:])/u;
/** Shorter than this, a line was not wrapped (a heading, a caption, a date). */
const MIN_WRAPPED = 12;
/** A line opening with an outline mark and no longer than this is a heading. */
const MAX_HEADING = 24;

function wraps(line: string, next: string): boolean {
  const body = line.trim();
  const length = [...body].length;
  if (length < MIN_WRAPPED || ENDS_SENTENCE.test(body) || WHOLE_LINE.test(body)) return false;
  const after = next.trim();
  if (after === '' || STARTS_NEW.test(next) || lineOpensWithMarker(next) !== undefined || LAID_OUT.test(next) || LAID_OUT.test(body)) return false;
  // A short line with no punctuation after it is a cell or a label of its own (a table set one cell a line: 公务接待费⏎10.88).
  if ([...after].length < MIN_WRAPPED && !/[，。；、：;:]/u.test(after)) return false;
  // A short line opening with an outline level's mark is a heading (一是 opens a list item, not one).
  return !(length <= MAX_HEADING && levelMarker(line.trimStart()) !== undefined);
}

/**
 * The text with its wrapped paragraphs joined, every character kept and the text as long as it was;
 * and how many line breaks were moved. The first non-empty line (the title) is never joined.
 */
export function reflowWrapped(text: string): { text: string; joined: number } {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  const out: string[] = [];
  let joined = 0;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? '';
    let moved = 0;
    // (each break is judged by the line it ends, not by what is joined so far)
    while (i !== first && i + 1 < lines.length && wraps(lines[i] ?? '', lines[i + 1] ?? '')) {
      line += lines[i + 1] ?? '';
      moved += 1;
      i += 1;
    }
    out.push(line);
    for (let k = 0; k < moved; k++) out.push('');
    joined += moved;
  }
  return joined === 0 ? { text, joined } : { text: out.join('\n'), joined };
}
