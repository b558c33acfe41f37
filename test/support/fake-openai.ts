/**
 * An OpenAI-compatible chat server on 127.0.0.1 for tests: POST /v1/chat/completions, streamed
 * (SSE `data: {chunk}` … `data: [DONE]`) or not, each request answered as a script decides.
 * The real `openai` client talks to it; nothing is mocked.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeMessage {
  role: string;
  content: string;
}

export interface FakeRequest {
  /** 0-based, in arrival order. */
  readonly index: number;
  readonly model: string;
  readonly stream: boolean;
  readonly messages: readonly FakeMessage[];
  /** The draft sent for rewriting (between <草稿> and </草稿> of the first user message). */
  readonly draft: string;
  /** The last user message (the re-ask on a retry). */
  readonly lastUser: string;
  /** How many earlier requests carried the same draft (0 on the first). */
  readonly repeat: number;
  readonly body: Record<string, unknown>;
}

export type FakeBehaviour =
  /** Answer with this text, streamed in chunks of `chunkSize` characters when the client streams. */
  | { kind: 'answer'; text: string; chunkSize?: number; delayMs?: number; finishReason?: string }
  /** An HTTP error, e.g. 429 with retry-after-ms. */
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  /** Never answer (the client must time out). */
  | { kind: 'hang' }
  /** Send the headers and part of the answer, then go silent. */
  | { kind: 'stall'; text: string }
  /** A 200 whose body (or SSE data) is not valid JSON. */
  | { kind: 'malformed' }
  /** Start the answer, then destroy the socket. */
  | { kind: 'close'; text: string };

export type FakeScript = (req: FakeRequest) => FakeBehaviour | Promise<FakeBehaviour>;

export interface FakeServer {
  /** For the client's baseURL: http://127.0.0.1:PORT/v1 */
  readonly baseURL: string;
  readonly requests: FakeRequest[];
  /** Most requests open at the same time. */
  readonly maxActive: () => number;
  close(): Promise<void>;
}

const OPEN = '<草稿>';
const CLOSE = '</草稿>';

export function draftOf(messages: readonly FakeMessage[]): string {
  const user = messages.find((m) => m.role === 'user')?.content ?? '';
  const a = user.indexOf(OPEN);
  const b = user.lastIndexOf(CLOSE);
  return a >= 0 && b > a ? user.slice(a + OPEN.length, b).replace(/^\n|\n$/gu, '') : '';
}

/** Tokens of a draft ({M1}, {N2}…), in order. */
export function placeholdersOf(draft: string): string[] {
  return draft.match(/\{[A-Z]\d{1,3}\}/gu) ?? [];
}

const REWRITES: [RegExp, string][] = [
  [/资金主要用于/gu, '资金重点用于'],
  [/超额完成年度目标/gu, '超额完成了年度目标'],
  [/，完成年度目标/gu, '，如期完成年度目标'],
  [/稳步推进/gu, '有序推进'],
  [/进一步/gu, '更进一步'],
  [/加快建设/gu, '加紧建设'],
];

/** A plain "good model": a few fixed rewordings, every token kept (test/support/models.ts has a realistic one). */
export function rewrite(draft: string): string {
  return draft
    .split('\n')
    .map((line) => {
      if (/^(#{1,6}\s|\||<!--|>)/u.test(line) || line.trim() === '') return line;
      let out = line;
      for (const [re, to] of REWRITES) out = out.replace(re, to);
      return out;
    })
    .join('\n');
}

function chunk(id: string, model: string, delta: Record<string, unknown>, finish: string | null): string {
  return `data: ${JSON.stringify({
    id, object: 'chat.completion.chunk', created: 1_700_000_000, model,
    choices: [{ index: 0, delta, finish_reason: finish }],
  })}\n\n`;
}

export async function startFakeOpenAI(script: FakeScript): Promise<FakeServer> {
  const requests: FakeRequest[] = [];
  let active = 0;
  let maxActive = 0;
  const seen = new Map<string, number>();

  const server = http.createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (raw += d));
    req.on('end', () => {
      void (async () => {
        if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
          res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
          return;
        }
        active++;
        maxActive = Math.max(maxActive, active);
        let finished = false;
        const finish = () => {
          if (!finished) {
            finished = true;
            active--;
          }
        };
        res.on('close', finish);
        const body = JSON.parse(raw) as Record<string, unknown>;
        const messages = (body['messages'] as FakeMessage[] | undefined) ?? [];
        const draft = draftOf(messages);
        const repeat = seen.get(draft) ?? 0;
        seen.set(draft, repeat + 1);
        const request: FakeRequest = {
          index: requests.length,
          model: String(body['model']),
          stream: body['stream'] === true,
          messages,
          draft,
          lastUser: [...messages].reverse().find((m) => m.role === 'user')?.content ?? '',
          repeat,
          body,
        };
        requests.push(request);
        const b = await script(request);
        const id = `chatcmpl-fake-${request.index}`;
        const model = request.model;
        const usage = { prompt_tokens: Math.ceil(raw.length / 2), completion_tokens: 0, total_tokens: 0 };
        switch (b.kind) {
          case 'status':
            res.writeHead(b.status, { 'content-type': 'application/json', ...b.headers });
            res.end(JSON.stringify(b.body ?? { error: { message: `fake status ${b.status}`, type: 'fake' } }));
            return;
          case 'hang':
            return; // the socket stays open until the client gives up or the server closes
          case 'malformed':
            if (request.stream) {
              res.writeHead(200, { 'content-type': 'text/event-stream' });
              res.write(chunk(id, model, { role: 'assistant', content: '' }, null));
              res.end('data: {"choices": [{"delta": {"content": "断\n\n');
            } else {
              res.writeHead(200, { 'content-type': 'application/json' });
              res.end('{"id": "x", "choices": [{"message": {"content": "断');
            }
            return;
          case 'stall':
          case 'close':
          case 'answer': {
            const text = b.text;
            usage.completion_tokens = Math.ceil(text.length / 2);
            usage.total_tokens = usage.prompt_tokens + usage.completion_tokens;
            if (!request.stream) {
              if (b.kind !== 'answer') {
                res.writeHead(200, { 'content-type': 'application/json' });
                res.write(`{"id": "${id}", "choices": [{"message": {"content": ${JSON.stringify(text.slice(0, 20))}`);
                if (b.kind === 'close') setTimeout(() => res.destroy(), 20);
                return;
              }
              if (b.delayMs) await new Promise((r) => setTimeout(r, b.delayMs));
              res.writeHead(200, { 'content-type': 'application/json' });
              res.end(JSON.stringify({
                id, object: 'chat.completion', created: 1_700_000_000, model,
                choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: b.finishReason ?? 'stop' }],
                usage,
              }));
              return;
            }
            res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
            res.write(chunk(id, model, { role: 'assistant', content: '' }, null));
            const size = b.kind === 'answer' ? (b.chunkSize ?? 200) : 20;
            if (b.kind !== 'answer') {
              res.write(chunk(id, model, { content: text.slice(0, size) }, null));
              if (b.kind === 'close') setTimeout(() => res.destroy(), 20);
              return;
            }
            for (let i = 0; i < text.length; i += size) {
              if (b.delayMs) await new Promise((r) => setTimeout(r, b.delayMs));
              if (res.destroyed) return;
              res.write(chunk(id, model, { content: text.slice(i, i + size) }, null));
            }
            res.write(chunk(id, model, {}, b.finishReason ?? 'stop'));
            const includeUsage = (body['stream_options'] as { include_usage?: boolean } | undefined)?.include_usage === true;
            if (includeUsage) res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: 1_700_000_000, model, choices: [], usage })}\n\n`);
            res.end('data: [DONE]\n\n');
            return;
          }
        }
      })().catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: String(err) } }));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    maxActive: () => maxActive,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
