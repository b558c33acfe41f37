/**
 * The one place the `openai` package is used, loaded with import() so the CLI starts fast when
 * no model is asked for. The client retries 429 / 5xx / refused connections itself
 * (`maxRetries`); silence is watched here, from the moment the request is sent: no response or
 * no data for the call's budget aborts it, and the client never retries what we abort, so the
 * timeout does not multiply with its retries. A request that gives no usable answer is returned
 * as a failure (a value, not an exception) with a Chinese reason, whether asking again may help,
 * and whether the server answered at all; only a configuration that makes every request
 * pointless throws (InputError).
 */
import { inputError } from '../errors.js';
import type { ChatMessage } from './prompt.js';

type OpenAIModule = typeof import('openai');
type OpenAIClient = InstanceType<OpenAIModule['OpenAI']>;

export interface TransportOptions {
  readonly model: string;
  readonly baseURL?: string | undefined;
  readonly apiKey?: string | undefined;
  readonly timeoutMs: number;
  /** Transport retries inside the client (429, 5xx, timeouts). */
  readonly maxRetries: number;
  readonly stream: boolean;
  readonly temperature?: number | undefined;
  readonly maxTokens?: number | undefined;
  readonly signal?: AbortSignal | undefined;
}

export interface CallResult {
  readonly ok: true;
  readonly text: string;
  readonly usage?: { readonly promptTokens: number; readonly completionTokens: number } | undefined;
  /** Time spent waiting with nothing arriving (before the response, and between chunks). */
  readonly silentMs: number;
}

/** A request that gave no usable answer. */
export interface CallFailure {
  readonly ok: false;
  readonly reason: string;
  /** Whether asking again may help (not for a bad key, an unknown model, a cancelled run). */
  readonly retryable: boolean;
  /** The server gave no response at all: it did not answer in time, or refused the connection. */
  readonly unanswered: boolean;
  /** Time spent waiting with nothing arriving. */
  readonly silentMs: number;
}

export type CallOutcome = CallResult | CallFailure;

export interface CallOptions {
  /** Silence allowed for this call (default: the transport's timeoutMs). */
  readonly budgetMs?: number | undefined;
  /** Aborts this call (a dead endpoint found by another unit). */
  readonly signal?: AbortSignal | undefined;
}

export interface Transport {
  call(messages: readonly ChatMessage[], options?: CallOptions): Promise<CallOutcome>;
}

const failure = (reason: string, retryable: boolean, unanswered = false): CallFailure => ({ ok: false, reason, retryable, unanswered, silentMs: 0 });


interface Usage {
  prompt_tokens?: number;
  completion_tokens?: number;
}

function usageOf(u: Usage | null | undefined): CallResult['usage'] {
  if (u === null || u === undefined) return undefined;
  return { promptTokens: u.prompt_tokens ?? 0, completionTokens: u.completion_tokens ?? 0 };
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} 秒` : `${ms} 毫秒`;
}

function causeText(err: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = err, i = 0; e instanceof Error && i < 4; e = (e as { cause?: unknown }).cause, i++) parts.push(e.message);
  return parts.join(' ← ');
}

/** A timer this late means the event loop was held up. */
const LATE_MS = 50;

const CLOSED = /terminated|other side closed|socket hang up|ECONNRESET|premature close|aborted/iu;

export async function createTransport(options: TransportOptions): Promise<Transport> {
  const mod: OpenAIModule = await import('openai');
  const baseURL = options.baseURL ?? process.env['OPENAI_BASE_URL'];
  // A local OpenAI-compatible server (llama.cpp, Ollama, vLLM) usually needs no key.
  const apiKey = options.apiKey ?? process.env['OPENAI_API_KEY'] ?? (baseURL !== undefined && baseURL !== '' ? 'not-needed' : undefined);
  if (apiKey === undefined || apiKey === '') {
    throw inputError('JX_LLM_NO_KEY', '未设置 API 密钥：请设置环境变量 OPENAI_API_KEY（使用本地兼容服务时设置 OPENAI_BASE_URL）');
  }
  let client: OpenAIClient;
  try {
    client = new mod.OpenAI({
      apiKey,
      ...(baseURL !== undefined && baseURL !== '' ? { baseURL } : {}),
      // Our own watch aborts on silence; the client's timeout (which it would retry) stays out of the way.
      timeout: Math.max(options.timeoutMs * 10, 600_000),
      maxRetries: options.maxRetries,
      logLevel: 'off',
    });
  } catch (err) {
    throw inputError('JX_LLM_CLIENT', `无法创建模型客户端：${err instanceof Error ? err.message : String(err)}`);
  }
  const where = baseURL ?? 'https://api.openai.com/v1';

  const classify = (err: unknown, state: { idle: boolean; answered: boolean; budgetMs: number }, cancelled: boolean): CallFailure => {
    if (cancelled) return failure('已取消', false);
    if (state.idle && !state.answered) return failure(`请求超时：${seconds(state.budgetMs)}内没有响应`, true, true);
    if (state.idle) return failure(`超过 ${seconds(state.budgetMs)}未收到模型的数据，已中止`, true);
    const retried = options.maxRetries > 0 ? `，已自动重试 ${options.maxRetries} 次` : '';
    if (err instanceof mod.APIConnectionTimeoutError) return failure(`请求超时：${seconds(state.budgetMs)}内没有响应${retried}`, true, !state.answered);
    if (err instanceof mod.APIUserAbortError) return failure('请求被中止', true);
    if (err instanceof mod.RateLimitError) return failure(`服务器限流（429）${retried}后仍未成功`, true);
    if (err instanceof mod.AuthenticationError) return failure('鉴权失败（401）：请检查 OPENAI_API_KEY', false);
    if (err instanceof mod.PermissionDeniedError) return failure('无权使用该模型（403）', false);
    if (err instanceof mod.NotFoundError) return failure(`模型“${options.model}”或接口地址 ${where} 不存在（404）`, false);
    if (err instanceof mod.BadRequestError || err instanceof mod.UnprocessableEntityError) {
      return failure(`请求被服务器拒绝（${err.status}）：${err.message}`, false);
    }
    if (err instanceof mod.InternalServerError) return failure(`服务器错误（${err.status}）${retried}后仍未成功`, true);
    if (err instanceof mod.APIConnectionError) {
      return CLOSED.test(causeText(err))
        ? failure('连接在传输中被关闭', true)
        : failure(`无法连接到 ${where}（${causeText(err)}）`, true, !state.answered);
    }
    if (err instanceof mod.APIError) return failure(`服务器返回错误：${err.message}`, true);
    if (err instanceof SyntaxError) return failure('服务器返回的数据不是有效的 JSON', true);
    if (err instanceof Error && CLOSED.test(causeText(err))) return failure('连接在传输中被关闭', true);
    return failure(`调用模型失败：${err instanceof Error ? err.message : String(err)}`, true);
  };

  const call = async (messages: readonly ChatMessage[], callOptions: CallOptions = {}): Promise<CallOutcome> => {
    const controller = new AbortController();
    const budgetMs = Math.max(1, callOptions.budgetMs ?? options.timeoutMs);
    const state = { idle: false, answered: false, budgetMs };
    // Silence is counted from the request on: waiting for the response is waiting too.
    let timer: NodeJS.Timeout | undefined;
    let silentMs = 0;
    let last = Date.now();
    const watch = () => {
      const now = Date.now();
      silentMs += now - last;
      last = now;
      clearTimeout(timer);
      const arm = (ms: number) => {
        const due = Date.now() + ms;
        timer = setTimeout(() => {
          // Fired late: this process was busy (checking another answer), not the server silent.
          // That time is given back, and data that came meanwhile is read first.
          const late = Date.now() - due;
          if (late > LATE_MS) arm(late);
          else {
            state.idle = true;
            controller.abort();
          }
        }, ms);
      };
      arm(Math.max(1, budgetMs - silentMs));
    };
    const heard = () => {
      state.answered = true;
      watch();
    };
    let cancelled = false;
    const cancel = () => {
      cancelled = true;
      controller.abort();
    };
    for (const signal of [options.signal, callOptions.signal]) {
      if (signal?.aborted) cancelled = true;
      signal?.addEventListener('abort', cancel, { once: true });
    }
    const failed = (f: CallFailure): CallFailure => ({ ...f, silentMs: silentMs + (Date.now() - last) });
    const body = {
      model: options.model,
      messages: messages.map((m) => ({ role: m.role, content: m.content })),
      ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
      ...(options.maxTokens !== undefined ? { max_tokens: options.maxTokens } : {}),
    };
    try {
      if (cancelled) return failed(failure('已取消', false));
      watch();
      if (options.stream) {
        const stream = await client.chat.completions.create(
          { ...body, stream: true, stream_options: { include_usage: true } },
          { signal: controller.signal },
        );
        heard();
        let text = '';
        let finish: string | null = null;
        let usage: CallResult['usage'];
        for await (const chunk of stream) {
          heard();
          const choice = chunk.choices?.[0];
          if (typeof choice?.delta?.content === 'string') text += choice.delta.content;
          if (choice?.finish_reason) finish = choice.finish_reason;
          if (chunk.usage) usage = usageOf(chunk.usage);
        }
        // An aborted stream ends quietly: tell why.
        if (state.idle || controller.signal.aborted) return failed(classify(new Error('aborted'), state, cancelled));
        if (finish === null) return failed(failure('连接在传输中断开：未收到回答的结束标记', true));
        if (finish === 'length') return failed(failure('回答超出长度限制被截断', true));
        return { ok: true, text, usage, silentMs };
      }
      const response = await client.chat.completions.create({ ...body, stream: false }, { signal: controller.signal }).asResponse();
      heard();
      const raw = await response.text();
      let data: unknown;
      try {
        data = JSON.parse(raw);
      } catch {
        return failed(failure('服务器返回的数据不是有效的 JSON', true));
      }
      const choice = (data as { choices?: { message?: { content?: unknown }; finish_reason?: unknown }[] } | null)?.choices?.[0];
      if (typeof choice?.message?.content !== 'string') return failed(failure('服务器返回的数据中没有回答（缺少 choices[0].message.content）', true));
      if (choice.finish_reason === 'length') return failed(failure('回答超出长度限制被截断', true));
      return { ok: true, text: choice.message.content, usage: usageOf((data as { usage?: Usage }).usage), silentMs };
    } catch (err) {
      return failed(classify(err, state, cancelled));
    } finally {
      clearTimeout(timer);
      for (const signal of [options.signal, callOptions.signal]) signal?.removeEventListener('abort', cancel);
    }
  };

  return { call };
}
