/**
 * The fake OpenAI-compatible server in a process of its own, for timing: the client's work then
 * cannot hold up the server's answers (as it would in one event loop). It answers each request
 * with the good model after `delayMs`, prints `READY <baseURL>` once listening and `DONE <ms>`
 * for each answer (from the request's arrival to its last byte).
 *
 * Run by bench/llm-corruption.ts: `node dist/bench/fake-server.js 1000`.
 */
import { startFakeOpenAI } from '../test/support/fake-openai.js';
import { goodAnswer } from '../test/support/models.js';

const delayMs = Number(process.argv[2] ?? 1000);
const server = await startFakeOpenAI(async (req) => {
  const started = performance.now();
  await new Promise((r) => setTimeout(r, delayMs));
  const text = goodAnswer(req.draft, 'timing', 1);
  // The answer is sent right after this returns: its last byte a moment later.
  setImmediate(() => process.stdout.write(`DONE ${(performance.now() - started).toFixed(1)}\n`));
  return { kind: 'answer', text, chunkSize: 4000 };
});
process.stdout.write(`READY ${server.baseURL}\n`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
