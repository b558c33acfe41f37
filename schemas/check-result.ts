import * as z from 'zod';
import { Diagnostic } from './diagnostic.js';
import { Finding } from './finding.js';

/** Every figure the checker found, with what became of it: passes as well as failures. */
export const MentionRecord = z.object({
  text: z.string().meta({ description: '原文中的数字（含单位、约数词）' }),
  offset: z.number().int(),
  length: z.number().int(),
  line: z.number().int(),
  column: z.number().int(),
  section: z.array(z.string()),
  value: z.string(),
  unit: z.string(),
  kind: z.string(),
  approx: z.enum(['exact', 'more', 'less', 'about']),
  subject: z.string().meta({ description: '数字所描述的指标（主语）' }),
  inTable: z.boolean(),
  status: z.enum(['bound', 'mismatch', 'ambiguous', 'unbound']).meta({
    description: 'bound：与数据一致；mismatch：与数据不符；ambiguous：可对应多个数据；unbound：未对应到数据',
  }),
  factId: z.string().optional(),
  candidates: z.array(z.string()).optional(),
  expected: z.string().optional(),
});

export const Coverage = z.object({
  figures: z.number().int(),
  bound: z.number().int(),
  mismatched: z.number().int(),
  ambiguous: z.number().int(),
  unbound: z.number().int(),
});

export const FileReport = z.object({
  file: z.string(),
  format: z.enum(['md', 'txt', 'docx', 'pdf', 'xlsx']),
  /** Whether figures were compared with data (a data file, or the draft's own sidecar). */
  withData: z.boolean(),
  coverage: Coverage,
  mentions: z.array(MentionRecord),
  findings: z.array(Finding),
  /** How the file was read, when that matters: not UTF-8, stray bytes, mixed encodings. */
  notes: z.array(Diagnostic).optional().meta({ description: '读取此文件时的说明（非 UTF-8 编码、个别乱码字节、混合编码等）' }),
  /** Why the file could not be checked (read errors: encrypted, scanned, corrupt): its only result. */
  unreadable: z.array(Diagnostic).optional().meta({ description: '未能读取或检查此文件的原因（加密、扫描件、损坏等）；有此项时本文件没有核对结果' }),
});

export const CheckResult = z.object({
  version: z.literal(1),
  data: z.string().optional(),
  files: z.array(FileReport),
  summary: z.object({
    errors: z.number().int(),
    warnings: z.number().int(),
    infos: z.number().int(),
    unreadable: z.number().int().optional().meta({ description: '未能读取或检查的文件数（有时才给出）' }),
  }),
});

export type MentionRecord = z.infer<typeof MentionRecord>;
export type Coverage = z.infer<typeof Coverage>;
export type FileReport = z.input<typeof FileReport>;
export type CheckResult = z.input<typeof CheckResult>;
