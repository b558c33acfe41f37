/**
 * Wall time of the LLM stage against a server that takes 1 s per answer, when the paragraphs are
 * no more than the default concurrency: the draft of the project example cut to its last
 * headings. The server runs in a process of its own (bench/fake-server.ts), so this process's
 * work cannot hold up its answers. Called twice in one fresh process: the first call loads the
 * openai client and compiles the code on its way, the second does not. Prints one JSON line;
 * bench/llm-corruption.ts runs it and reports.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { draftReport } from '../pipeline/jobs/draft.js';
import { DEFAULT_CONCURRENCY, draftProse, splitUnits, type ProseInput } from '../pipeline/llm/index.js';
import { PACKAGE_ROOT } from '../pipeline/paths.js';

/**
 * The template draft cut to its title and the paragraphs under its last headings: as many
 * headings as leave no more paragraphs than `n` (the higher headings above them kept).
 */
function smallDoc(input: ProseInput, n: number): ProseInput {
  const md = input.doc.markdown;
  const cut = (ranges: readonly [number, number][]): ProseInput => {
    let markdown = '';
    let pos = 0;
    for (const [a, b] of ranges) {
      markdown += md.slice(pos, a);
      pos = b;
    }
    markdown += md.slice(pos);
    const removed = (offset: number) => ranges.reduce((k, [a, b]) => k + (b <= offset ? b - a : 0), 0);
    const figures = input.doc.figures
      .filter((f) => !ranges.some(([a, b]) => f.offset >= a && f.offset < b))
      .map((f) => ({ ...f, offset: f.offset - removed(f.offset) }));
    return { ...input, doc: { ...input.doc, markdown, figures } };
  };
  const titleEnd = md.indexOf('\n') + 1;
  const headings = [...md.matchAll(/^(#{2,6}) .*$/gmu)].map((m) => ({ at: m.index, end: m.index + m[0].length + 1, level: m[1]?.length ?? 2 }));
  let best: ProseInput | undefined;
  for (let i = headings.length - 1; i >= 0; i--) {
    const from = headings[i];
    if (from === undefined) break;
    // The title, the headings above `from`, and everything from `from` on.
    const parents: typeof headings = [];
    let level = from.level;
    for (let k = i - 1; k >= 0; k--) {
      const h = headings[k];
      if (h !== undefined && h.level < level) {
        parents.unshift(h);
        level = h.level;
      }
    }
    const cuts: [number, number][] = [];
    let pos = titleEnd;
    for (const h of [...parents, from]) {
      if (h.at > pos) cuts.push([pos, h.at]);
      pos = h.end;
    }
    const candidate = cut(cuts);
    if (splitUnits(candidate.doc, candidate.facts).length > n) break;
    best = candidate;
  }
  return best ?? cut([]);
}

/** The fake server in a child process answering after `delayMs`: its URL, and each answer's time as it measured it. */
async function serverProcess(delayMs: number): Promise<{ baseURL: string; durations: number[]; stop: () => void }> {
  const child = spawn(process.execPath, [path.join(import.meta.dirname, 'fake-server.js'), String(delayMs)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const durations: number[] = [];
  let buffer = '';
  const baseURL = await new Promise<string>((resolve, reject) => {
    child.on('error', reject);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      buffer += d;
      for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line.startsWith('READY ')) resolve(line.slice(6));
        if (line.startsWith('DONE ')) durations.push(Number(line.slice(5)));
      }
    });
  });
  return { baseURL, durations, stop: () => child.kill('SIGTERM') };
}

const draft = await draftReport({
  data: path.join(PACKAGE_ROOT, 'examples/zhuzhou-2024-keji-fund.yaml'),
  prior: path.join(PACKAGE_ROOT, 'corpus/zhuzhou-2023-keji-fund.md'),
});
const input = smallDoc({ doc: draft.doc, facts: draft.facts.facts, profile: draft.loaded.profile, prior: draft.priorTree }, DEFAULT_CONCURRENCY);
const units = splitUnits(input.doc, input.facts);
const server = await serverProcess(1000);
try {
  const once = async () => {
    const before = server.durations.length;
    const started = performance.now();
    const cpu = process.cpuUsage();
    await draftProse(input, { model: 'bench-model', baseURL: server.baseURL, apiKey: 'bench', cache: false, retries: 0 });
    const wallMs = performance.now() - started;
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    for (let i = 0; i < 500 && server.durations.length < before + units.length; i++) await new Promise((r) => setTimeout(r, 10));
    return { wallMs, cpuMs, slowestMs: Math.max(...server.durations.slice(before)) };
  };
  const cold = await once();
  const warm = await once();
  process.stdout.write(`${JSON.stringify({ units: units.length, figures: units.filter((u) => u.slots.length > 0).length, concurrency: DEFAULT_CONCURRENCY, cold, warm })}\n`);
} finally {
  server.stop();
}
