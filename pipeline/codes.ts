/**
 * Every code jixiao reports, declared once: its severity and what it means, in Chinese. Errors,
 * warnings and findings of every stage carry one of these codes; the README's table of codes is
 * generated from this list (`npm run codes`), and a test fails on a code used anywhere but not
 * declared here, or declared here and never used.
 *
 * `severity` is the level the code is reported at. A few findings are lowered where the place
 * that raises them says why (a relation that holds only loosely, a break that is the data's own):
 * never raised above it.
 */

export type CodeSeverity = 'error' | 'warning' | 'info';

/** The groups of the README's table, in its order. */
export const CODE_GROUPS = {
  data: '数据文件',
  facts: '数据中的问题（保留填写值并提示）',
  read: '读取报告',
  sidecar: '数字对照表（*.figures.json）',
  template: '模板',
  option: '命令行选项',
  output: '写出文件',
  draft: '起草',
  intake: '导入表格、生成本年数据骨架（import、init）',
  llm: '大模型润色',
  check: '核对报告（check 的发现）',
  update: '更新草稿（update）',
  desk: '浏览器界面（jixiao desk）',
  internal: '程序内部',
} as const;

export type CodeGroup = keyof typeof CODE_GROUPS;

export interface CodeInfo {
  readonly group: CodeGroup;
  readonly severity: CodeSeverity;
  /** What the code means, in Chinese (the review page shows it as the finding's label). */
  readonly meaning: string;
}

const declare = <T extends Record<string, CodeInfo>>(codes: T): { readonly [K in keyof T]: CodeInfo } => codes;

export const CODES = declare({
  JX_DATA_SYNTAX: { group: 'data', severity: 'error', meaning: '数据文件不是有效的 YAML（或 JSON）' },
  JX_DATA_INVALID: { group: 'data', severity: 'error', meaning: '数据文件的内容不合要求：缺少字段，或类型、取值不对' },
  JX_DATA_UNKNOWN_KEY: { group: 'data', severity: 'error', meaning: '数据文件中有未定义的字段（附“是否想写”的建议）' },
  JX_DATA_MISSING: { group: 'data', severity: 'error', meaning: '缺少必填字段' },
  JX_DATA_TAB: { group: 'data', severity: 'error', meaning: 'YAML 中用了制表符缩进' },
  JX_DATA_REFERENCE: { group: 'data', severity: 'error', meaning: '引用的分组、指标或成效维度在数据或框架中不存在' },
  JX_DATA_DUPLICATE: { group: 'data', severity: 'error', meaning: '同一项在数据中出现了两次' },
  JX_DATA_V1: { group: 'data', severity: 'info', meaning: '数据文件是第 1 版格式，已按第 2 版读取（可用 jixiao migrate 转换）' },
  JX_FILE_UNREADABLE: { group: 'data', severity: 'error', meaning: '文件（数据文件、报告、上年报告、评分规则）找不到或读不出来' },
  JX_INPUT_TOO_LARGE: { group: 'data', severity: 'error', meaning: '输入文件超过大小上限（可用 --max-size 提高）' },
  JX_DATA_LIMIT: { group: 'data', severity: 'error', meaning: '数据文件的别名展开或嵌套层数超过上限' },

  JX_FACT_SUM: { group: 'facts', severity: 'warning', meaning: '填写的合计与分项之和不符' },
  JX_FACT_WEIGHT_TOTAL: { group: 'facts', severity: 'warning', meaning: '各项分值之和不为 100' },
  JX_FACT_SCORE_RULE: { group: 'facts', severity: 'warning', meaning: '自评得分与评分规则算出的得分不符' },
  JX_FACT_SCORE_OVER: { group: 'facts', severity: 'warning', meaning: '得分超过该项分值' },
  JX_FACT_SCORE_MISSING: { group: 'facts', severity: 'warning', meaning: '未填得分，且无法按规则评分' },
  JX_FACT_GRADE: { group: 'facts', severity: 'warning', meaning: '自评等级与总分按规则对应的等级不符' },
  JX_FACT_RATE_OVER: { group: 'facts', severity: 'warning', meaning: '不应超过 100% 的比率（满意度、合格率、完成率、执行率…）超过了 100%' },
  JX_FACT_STATED_TWICE: { group: 'facts', severity: 'warning', meaning: '同一指标在数据中写了两次，数值对不上' },
  JX_FACT_STATED: { group: 'facts', severity: 'warning', meaning: '数据所填的比率与工具按分子分母算出的不同（稿中保留所填值并说明）' },

  JX_READ_CORRUPT: { group: 'read', severity: 'error', meaning: '文件已损坏，无法读取' },
  JX_READ_NOT_DOCX: { group: 'read', severity: 'error', meaning: '扩展名是 .docx，内容却不是 Word 文档' },
  JX_READ_ENCRYPTED: { group: 'read', severity: 'error', meaning: '文件已加密（设了密码），无法读取' },
  JX_READ_NO_TEXT: { group: 'read', severity: 'error', meaning: 'PDF 中没有可提取的文字（扫描件）' },
  JX_READ_UNSUPPORTED: { group: 'read', severity: 'error', meaning: '不支持的文件格式' },
  JX_READ_SKIPPED: { group: 'read', severity: 'info', meaning: '文件夹中不是报告的文件（表格、图片、压缩包），未检查' },
  JX_READ_EMPTY: { group: 'read', severity: 'error', meaning: '报告是空的（没有文字）' },
  JX_READ_BINARY: { group: 'read', severity: 'error', meaning: '不是文本文件（图片、压缩包等改了扩展名）' },
  JX_READ_ENCODING: { group: 'read', severity: 'info', meaning: '文件不是 UTF-8 编码，已按 GB18030（GBK）或 UTF-16 读取' },
  JX_READ_STRAY_BYTES: { group: 'read', severity: 'warning', meaning: 'UTF-8 文件中有无法识别的字节，已替换并给出位置' },
  JX_READ_MIXED_ENCODING: { group: 'read', severity: 'warning', meaning: '文件混用 UTF-8 与 GBK 两种编码，已逐行分别读取' },
  JX_READ_REFLOWED: { group: 'read', severity: 'info', meaning: '文本按版面断行（句子、数字被断在两行），已把断开的行接起来读；这些段落中的位置按段落的第一行计' },

  JX_SIDECAR_UNREADABLE: { group: 'sidecar', severity: 'error', meaning: '数字对照表读不出来' },
  JX_SIDECAR_CORRUPT: { group: 'sidecar', severity: 'error', meaning: '数字对照表不是有效的 JSON（可能被截断或改坏）' },
  JX_SIDECAR_INVALID: { group: 'sidecar', severity: 'error', meaning: '数字对照表的结构不是 jixiao 写出的格式' },
  JX_SIDECAR_FOREIGN: { group: 'sidecar', severity: 'error', meaning: '数字对照表记录的是另一份草稿' },

  JX_TEMPLATE_SYNTAX: { group: 'template', severity: 'error', meaning: '模板有语法错误，或渲染时出错' },
  JX_TEMPLATE_UNKNOWN_FACT: { group: 'template', severity: 'error', meaning: '模板引用了不存在的数字' },
  JX_TEMPLATE_UNKNOWN_TABLE: { group: 'template', severity: 'error', meaning: '模板引用了不存在的表格' },
  JX_TEMPLATE_UNDEFINED: { group: 'template', severity: 'error', meaning: '模板输出了未定义的变量（变量名写错，或数据中没有这一项）' },
  JX_TEMPLATE_LIMIT: { group: 'template', severity: 'error', meaning: '模板的循环、include 嵌套或渲染时间超过上限（如 range(1e9)、include 自身）' },

  JX_CLI_OPTION: { group: 'option', severity: 'error', meaning: '命令、参数或选项有误' },

  JX_OUTPUT_IS_INPUT: { group: 'output', severity: 'error', meaning: '输出文件就是某个输入文件：拒绝覆盖，什么也没写' },
  JX_OUTPUT_CLASH: { group: 'output', severity: 'error', meaning: '两个输出要写到同一个文件：什么也没写' },
  JX_OUTPUT_READONLY: { group: 'output', severity: 'error', meaning: '输出文件是只读的：不改写它，什么也没写' },
  JX_OUTPUT_UNWRITABLE: { group: 'output', severity: 'error', meaning: '输出位置是文件夹，或所在文件夹不可写：什么也没写' },
  JX_OUTPUT_FORMAT: { group: 'output', severity: 'error', meaning: '输出文件的扩展名不是 .md 或 .docx（也没有用 --format 指明）：不知道写成哪种格式，什么也没写' },
  JX_OUTPUT_BUSY: { group: 'output', severity: 'error', meaning: '另一个 jixiao 正在写同一个输出文件' },
  JX_WRITE_FAILED: { group: 'output', severity: 'error', meaning: '写出时出错（磁盘已满、只读文件系统、没有权限）：临时文件已删除，原有文件未改动' },

  JX_DRAFT_CARRIED: { group: 'draft', severity: 'info', meaning: '一节文字沿用上年报告（年份已顺延，稿中标注待核）' },
  JX_DRAFT_UNUSED: { group: 'draft', severity: 'info', meaning: '数据中有未写入报告的值（列出原因）' },

  JX_IMPORT_UNSUPPORTED: { group: 'intake', severity: 'error', meaning: '不能导入的文件格式（应为 .xlsx 或 .docx）' },
  JX_IMPORT_NO_TABLE: { group: 'intake', severity: 'error', meaning: '文件中找不到绩效自评表或基础数据表' },
  JX_IMPORT_SEVERAL_TABLES: { group: 'intake', severity: 'error', meaning: '文件中有几张同类的表，需用 --sheet 指定一张' },
  JX_IMPORT_NO_SHEET: { group: 'intake', severity: 'error', meaning: '--sheet 指定的工作表或表格不存在' },
  JX_IMPORT_NO_YEAR: { group: 'intake', severity: 'error', meaning: '表中找不到年度，需用 --year 指定' },
  JX_IMPORT_UNPLACED: { group: 'intake', severity: 'info', meaning: '表中这一格没有写入数据文件（附原因，也列在数据文件末尾）' },
  JX_OUTPUT_EXISTS: { group: 'intake', severity: 'error', meaning: '输出文件已存在，未覆盖（换个文件名，或加 --force）' },

  JX_LLM_NO_MODEL: { group: 'llm', severity: 'error', meaning: '未指定模型名称' },
  JX_LLM_NO_KEY: { group: 'llm', severity: 'error', meaning: '未设置 API 密钥' },
  JX_LLM_CLIENT: { group: 'llm', severity: 'error', meaning: '无法创建模型客户端（接口地址或选项有误）' },
  JX_LLM_FALLBACK: { group: 'llm', severity: 'warning', meaning: '模型的改写未通过数字或含义核对，或请求失败，该段改用模板原文' },
  JX_LLM_CHECK_FAILED: { group: 'llm', severity: 'warning', meaning: '核对器核对模型改写时出错（程序缺陷，请报告），该段改用模板原文' },

  JX_CHECK_MISMATCH: { group: 'check', severity: 'error', meaning: '与数据不符' },
  JX_CHECK_AMBIGUOUS: { group: 'check', severity: 'warning', meaning: '可对应多个数据，无法确定' },
  JX_CHECK_UNVERIFIED: { group: 'check', severity: 'info', meaning: '未能对应到数据（仅列出）' },
  JX_CHECK_SUM: { group: 'check', severity: 'error', meaning: '分项之和与合计不符' },
  JX_CHECK_RATE: { group: 'check', severity: 'error', meaning: '比率与其分子分母不符' },
  JX_CHECK_BUDGET_ADJUST: { group: 'check', severity: 'error', meaning: '年初预算加减调整与全年预算不符' },
  JX_CHECK_BALANCE: { group: 'check', severity: 'error', meaning: '预算减执行与结余不符' },
  JX_CHECK_CONFLICT: { group: 'check', severity: 'error', meaning: '同一指标前后数值不一致' },
  JX_CHECK_TABLE_NARRATIVE: { group: 'check', severity: 'error', meaning: '表格与正文不一致' },
  JX_CHECK_SCORE_TOTAL: { group: 'check', severity: 'error', meaning: '总分与各项得分之和不符' },
  JX_CHECK_WEIGHT_TOTAL: { group: 'check', severity: 'error', meaning: '分值合计不为 100' },
  JX_CHECK_RATE_SCORE: { group: 'check', severity: 'error', meaning: '预算执行率得分与规则不符' },
  JX_CHECK_INDICATOR_SCORE: { group: 'check', severity: 'error', meaning: '指标得分与规则不符' },
  JX_CHECK_GRADE: { group: 'check', severity: 'error', meaning: '自评等级与总分按评分规则对应的等级不符' },
  JX_CHECK_UNIT: { group: 'check', severity: 'error', meaning: '同一金额以不同单位（元／万元／亿元）写出：数字相同而单位不同（单位有一处写错），或就地换算（“折合…”）的两个数不相等' },
  JX_CHECK_CLAIM: { group: 'check', severity: 'error', meaning: '句中的说法（无结余、全部执行、完成/未完成、增加/减少、高于/低于、排名、等级、项数、约数）与数据矛盾' },

  JX_UPDATE_FORMAT: { group: 'update', severity: 'error', meaning: '草稿不是可更新的格式（.md 或 .docx）' },
  JX_UPDATE_NO_BASE: { group: 'update', severity: 'error', meaning: '不知道草稿中的数字原来对应哪些数据（缺少对照表或 --old-data）' },
  JX_UPDATE_REVIEW: { group: 'update', severity: 'warning', meaning: '编辑改写过的句子与新数据矛盾，或须在 Word 中手工增删：保留原样，请人工核对' },
  JX_UPDATE_CLAIM: { group: 'update', severity: 'warning', meaning: '编辑写的句子中的说法（无结余、全部执行、完成/未完成、增加/减少、排名、项数、约数等）与新数据矛盾：数字已改写、措辞未动，请人工核对' },
  JX_UPDATE_UNRESOLVED: { group: 'update', severity: 'warning', meaning: '数字对应不到新数据或可对应多项：未改动' },

  JX_DESK_TOKEN: { group: 'desk', severity: 'error', meaning: '请求没有带正确的访问令牌，已拒绝（请用启动时打印的地址打开）' },
  JX_DESK_UPLOAD_TOO_LARGE: { group: 'desk', severity: 'error', meaning: '上传的文件超过大小限制' },
  JX_DESK_UPLOAD: { group: 'desk', severity: 'error', meaning: '上传的文件缺少、类型不对，或压缩包中没有报告' },
  JX_DESK_JOB: { group: 'desk', severity: 'error', meaning: '任务不存在（已清除，或地址有误）' },
  JX_DESK_PROFILE: { group: 'desk', severity: 'error', meaning: '起草时选的评分规则不可用（还没有上传规则文件，或不是内置规则）' },

  JX_INTERNAL: { group: 'internal', severity: 'error', meaning: 'jixiao 自身的错误（请报告给开发者）' },
  JX_INTERNAL_FILE: { group: 'internal', severity: 'error', meaning: '检查多个报告时，某一个报告在 jixiao 内部出错（或工作线程退出）：记为未能检查，其余报告照常检查' },
});

export type Code = keyof typeof CODES;

/** The codes of the checker's findings (the `code` of `check --format json`). */
export type CheckCode = Extract<Code, `JX_CHECK_${string}`>;

export const CODE_LIST = Object.keys(CODES) as [Code, ...Code[]];

export const CHECK_CODES = CODE_LIST.filter((c): c is CheckCode => c.startsWith('JX_CHECK_')) as [CheckCode, ...CheckCode[]];

export function isCode(code: string): code is Code {
  return Object.hasOwn(CODES, code);
}
