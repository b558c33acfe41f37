import * as z from 'zod';

/** What `update` did to one place of the draft. */
export const ChangeKind = z.enum(['figure', 'template', 'removed', 'inserted']).meta({
  description: 'figure：改写数字；template：按新数据重写模板句；removed：新数据已无此项，删去；inserted：新数据新增',
});

export const Change = z.object({
  kind: ChangeKind,
  line: z.number().int().min(1).meta({ description: '在输出中的行号（从 1 起）；删除项为其在编辑稿中的行号' }),
  offset: z.number().int().min(0).optional().meta({ description: '新文字在输出中的位置（数字与模板句）' }),
  old: z.string(),
  new: z.string(),
  factId: z.string().optional(),
});

export type ChangeKind = z.infer<typeof ChangeKind>;
export type Change = z.infer<typeof Change>;
