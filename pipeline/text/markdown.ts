/**
 * Whether a text is Markdown, whatever its file is called: a report saved as .txt by someone who
 * writes `##` headings and `|` tables is read with its sections and tables, not as flat text.
 */
const ATX_HEADING = /^#{1,6}[ \t]+\S/gmu;
const GFM_DELIMITER = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|[ \t:|-]*$/mu;

export function looksLikeMarkdown(text: string): boolean {
  const headings = text.match(ATX_HEADING)?.length ?? 0;
  return headings >= 2 || (headings >= 1 && GFM_DELIMITER.test(text)) || GFM_DELIMITER.test(text);
}

/** ASCII punctuation, which Markdown lets a backslash escape. */
const PUNCTUATION = /[!-/:-@[-`{-~]/u;
const DIGIT = /[0-9０-９]/u;

/**
 * Markdown's backslash escapes read as the characters they escape, every offset kept: `7\.`,
 * `5\~10万元` and `\-2.5%` are what a Word paragraph typed as 7. or -2.5% becomes in Markdown
 * (read/docx.ts writes them so the paragraph stays a paragraph), and a figure's words, signs and
 * ranges must not change with that. The backslash becomes a space on the side away from a number
 * before it (5~ 10, -2.5 after a space), which the figure reader skips. `\|` stays: a table cell's
 * own bar. `\\` stays: a backslash. Applying it twice changes nothing.
 */
export function readEscapes(text: string): string {
  if (!text.includes('\\')) return text;
  let out = '';
  let last = 0;
  for (let i = text.indexOf('\\'); i >= 0 && i < text.length - 1; i = text.indexOf('\\', i)) {
    const c = text.charAt(i + 1);
    if (!PUNCTUATION.test(c) || c === '\\' || c === '|') {
      i += c === '\\' || c === '|' ? 2 : 1;
      continue;
    }
    out += text.slice(last, i) + (DIGIT.test(text.charAt(i - 1)) ? `${c} ` : ` ${c}`);
    last = i + 2;
    i += 2;
  }
  return last === 0 ? text : out + text.slice(last);
}
