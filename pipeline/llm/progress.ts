/**
 * What the LLM stage reports while it runs, and the line a terminal shows for it. Kept apart from
 * the stage so a caller can print progress without loading the stage.
 */
import type { Part } from '../corpus/index.js';
import { PART_NAMES } from './segment.js';

export type UnitStatus = 'llm' | 'cached' | 'fallback' | 'dry-run';

export type LlmProgress =
  | { readonly type: 'start'; readonly index: number; readonly total: number; readonly part: Part; readonly title: string }
  | { readonly type: 'attempt'; readonly index: number; readonly part: Part; readonly title: string; readonly attempt: number; readonly cached: boolean }
  | { readonly type: 'rejected'; readonly index: number; readonly part: Part; readonly title: string; readonly attempt: number; readonly reason: string }
  | { readonly type: 'done'; readonly index: number; readonly part: Part; readonly title: string; readonly status: UnitStatus; readonly attempts: number; readonly reason?: string };

/** One line for the terminal, in Chinese. */
export function describeProgress(e: LlmProgress): string {
  const name = `【${PART_NAMES[e.part]}】${e.title}`;
  switch (e.type) {
    case 'start':
      return `${name}：开始（第 ${e.index + 1}/${e.total} 段）`;
    case 'attempt':
      return `${name}：第 ${e.attempt} 次${e.cached ? '（读取缓存）' : '请求模型'}`;
    case 'rejected':
      return `${name}：第 ${e.attempt} 次未通过：${e.reason}`;
    case 'done':
      return e.status === 'fallback'
        ? `${name}：改用模板原文（${e.reason ?? '模型未给出可用的改写'}）`
        : `${name}：完成${e.status === 'cached' ? '（缓存）' : ''}，共 ${e.attempts} 次`;
  }
}
