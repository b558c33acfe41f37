/**
 * 分别: a list of names, then as many figures (货物类、服务类分别为121.46万元、340.72万元). Each figure
 * is of the name in the same place of the list, not of the name nearest before it.
 */
import type { Mention } from './types.js';

/** 分别 and the verb after it, right before the first figure. */
const RESPECTIVELY = /分别(?:为|是|达到?|占|有|减少|增加|增长|下降|完成|支出|安排|下达)?\s*$/u;
/** What may stand between two figures of the list: 、 和 与 及 and a comma. */
const BETWEEN = /^\s*(?:、|，|,|和|与|及|以及)\s*$/u;
/** Where the names begin: after the clause's last stop, colon or 其中/包括. */
const CLAUSE_START = /[，,；;：:。！？\n]|其中|包括|含/gu;
/** Words before the first name that frame the list, not name it. */
const LEAD = /^(?:其中|包括|含|全年|本年|年末)?\s*/u;

/** Splits the names before 分别 on 、 alone, or on 、 和 与 及 when that gives the figures' count. */
function names(segment: string, count: number): { text: string; at: number }[] | undefined {
  for (const sep of [/、/gu, /、|和|与|及|以及/gu]) {
    const out: { text: string; at: number }[] = [];
    let from = 0;
    for (const m of [...segment.matchAll(sep), undefined]) {
      const to = m?.index ?? segment.length;
      const raw = segment.slice(from, to);
      const lead = LEAD.exec(raw)?.[0].length ?? 0;
      const text = raw.slice(lead).trim();
      if (text === '') break;
      out.push({ text, at: from + lead });
      from = to + (m?.[0].length ?? 0);
    }
    if (out.length === count) return out;
  }
  return undefined;
}

/** Gives each figure of a 分别 list the name in its place (in place: mentions are fresh from the reader). */
export function distributeRespectively(text: string, mentions: Mention[]): void {
  // The names of the last list, for a second 分别 in its sentence naming only a measure
  // (…分别为A和B，占总支出的比重分别为a和b: the shares of the same two).
  let previous: { names: string[]; end: number } | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const first = mentions[i];
    if (first === undefined || first.table !== undefined) continue;
    const before = text.slice(Math.max(0, first.start - 60), first.start);
    const verb = RESPECTIVELY.exec(before);
    if (!verb) continue;
    // The figures of the list: each right after the one before, across a separator only.
    const group = [first];
    for (let j = i + 1; j < mentions.length; j++) {
      const next = mentions[j];
      const prev = group[group.length - 1];
      if (next === undefined || prev === undefined || !BETWEEN.test(text.slice(prev.end, next.start))) break;
      group.push(next);
    }
    if (group.length < 2) continue;
    const head = before.slice(0, verb.index);
    const starts = [...head.matchAll(CLAUSE_START)];
    const stop = starts[starts.length - 1];
    const from = stop === undefined ? 0 : (stop.index ?? 0) + stop[0].length;
    const segment = head.slice(from);
    const list = names(segment, group.length);
    const offset = first.start - before.length + from;
    const last = group[group.length - 1] as Mention;
    if (list !== undefined) {
      group.forEach((m, k) => {
        const name = list[k];
        if (name !== undefined) m.subject = { text: name.text, start: offset + name.at, end: offset + name.at + name.text.length };
      });
      previous = { names: list.map((n) => n.text), end: last.end };
    } else if (previous !== undefined && previous.names.length === group.length && !/[。！？\n]/u.test(text.slice(previous.end, first.start))) {
      const measure = segment.trim();
      const owners = previous.names;
      group.forEach((m, k) => {
        m.subject = { text: `${owners[k] ?? ''}${measure}`, start: offset, end: offset + segment.length };
      });
    }
    i += group.length - 1;
  }
}
