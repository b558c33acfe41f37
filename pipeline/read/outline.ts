/**
 * The official outline markers (一、 → （一） → 1. → （1） → ①) and the Markdown heading depth each one
 * takes in our drafts (`#` is the title, so 一、 is `##`).
 */
const MARKERS: readonly (readonly [RegExp, number])[] = [
  [/^[一二三四五六七八九十百]+、/, 2],
  [/^[（(][一二三四五六七八九十百]+[）)]/, 3],
  // 1.产出 but not 1.5万元 or 2023年.
  [/^\d{1,2}[.．、](?![\d.．])/, 4],
  [/^[（(]\d{1,2}[）)]/, 5],
  [/^[①-⑳]/, 6],
];

/** Markdown heading depth of a line that starts with an outline marker, or undefined. */
export function markerDepth(text: string): number | undefined {
  const trimmed = text.trimStart();
  for (const [pattern, depth] of MARKERS) if (pattern.test(trimmed)) return depth;
  return undefined;
}

/** Longest text still taken as a heading when it starts with a marker; longer is a numbered paragraph. */
export const HEADING_MAX_CHARS = 40;

/** A marked line that reads as a heading: short and not a finished sentence. */
export function headingDepth(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed.length > HEADING_MAX_CHARS || /[。；;，,]$/.test(trimmed)) return undefined;
  return markerDepth(trimmed);
}
