/**
 * The tool's own marks in a draft: 〔待补：…〕 (a gap for the writer) and 〔待核：…〕 (a figure the
 * data contradicts, said where it stands). They are notes to the writer, not the report's claims.
 */

/** 〔待补：…〕 and 〔待核：…〕, brackets inside them balanced, each on one line. */
export function findMarkers(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const open = /〔待[补核]/gu;
  for (let m = open.exec(text); m !== null; m = open.exec(text)) {
    let depth = 0;
    let end = -1;
    for (let i = m.index; i < text.length; i++) {
      const c = text[i];
      if (c === '〔') depth++;
      else if (c === '〕' && --depth === 0) {
        end = i + 1;
        break;
      } else if (c === '\n') break;
    }
    if (end < 0) continue;
    out.push({ start: m.index, end, text: text.slice(m.index, end) });
    open.lastIndex = end;
  }
  return out;
}

/**
 * The text with every marker blanked to spaces of the same length: offsets, lines and columns
 * stay, and the figures a 〔待核〕 note quotes are not read as the report's own.
 */
export function blankMarkers(text: string): string {
  let out = text;
  for (const m of findMarkers(text)) out = out.slice(0, m.start) + ' '.repeat(m.end - m.start) + out.slice(m.end);
  return out;
}
