
const CLOSERS = /[”’」』）)\]】》"'〕]+$/u;
const SENTENCE_END = /[。！？；：!?;:…]$/u;

/** True when the line closes a sentence (。 ； ： ！ ？, possibly followed by a closing quote or bracket). */
export function endsSentence(s: string): boolean {
  return SENTENCE_END.test(s.trimEnd().replace(CLOSERS, ''));
}

/**
 * True when a wrapped line cannot run on: 。！？ close a paragraph, and so does ： (it
 * introduces a list); ； does not, a clause list goes on across the wrap.
 */
export function endsParagraph(s: string): boolean {
  return /[。！？!?…：:]$/u.test(s.trimEnd().replace(CLOSERS, ''));
}

/** Joins two pieces of one wrapped sentence: Chinese needs no space, Latin words do. */
export function joinWrapped(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  return /[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b;
}

