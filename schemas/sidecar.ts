import * as z from 'zod';
import { Fact } from './fact.js';
import { FigureRef } from './rendered.js';

/** A figure of the draft with a little of the text around it, so it can be found again after edits. */
export const SidecarFigure = z.object({
  offset: z.number().int().min(0),
  length: z.number().int().min(0),
  text: z.string(),
  factId: z.string(),
  before: z.string(),
  after: z.string(),
});

/** The figures sidecar (`*.figures.json`): where each figure of a draft is, and which fact it states. */
export const FiguresSidecar = z.object({
  version: z.literal(2).meta({ description: '格式版本；2 起每个事实带 role' }),
  data: z.string().optional().meta({ description: '起草所用的数据文件' }),
  sha256: z.string().meta({ description: '偏移量所指的 Markdown 文本的哈希：草稿改过后偏移量可能已不对应' }),
  fileSha256: z.string().meta({ description: '写出的文件本身的哈希（Word 为 .docx 字节），用于判断是否被人改过' }),
  figures: z.array(SidecarFigure),
  facts: z.array(Fact),
  template: z
    .object({ markdown: z.string(), figures: z.array(FigureRef) })
    .optional()
    .meta({ description: '模板按数据生成的原文（编辑之前）：update 据此分辨编辑写的句子' }),
  draft: z
    .object({ prior: z.string().optional(), templates: z.string().optional(), profile: z.string().optional() })
    .optional()
    .meta({ description: '起草时的设置，update 据此按新数据重新起草' }),
});

export type SidecarFigure = z.infer<typeof SidecarFigure>;
export type FiguresSidecar = z.infer<typeof FiguresSidecar>;
