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
