import * as z from 'zod';
import { Amount, Count, DecimalValue, SignedAmount, Text, TextList, Year } from './primitives.js';
import { Actual, QualitativeBand, Target } from './target.js';

/**
 * The data file, version 2. It holds the facts a report states and short items (a function, a
 * problem and its cause, a measure and the problem it answers); the prose comes from templates,
 * last year's report and, optionally, the LLM. Whatever a real report may leave out is optional:
 * an absent value is phrased around or marked 〔待补〕 in the draft, never invented.
 */
export const DATA_VERSION = 2;


/**
 * A value not filled in yet: `jixiao init` writes this year's figures empty (`actual:` with the comment
 * 〔待填〕), `import` leaves a form's empty cell so. The loader reads an empty value as absent and
 * remembers where it was; the draft marks the figure, and what depends on it, 〔待补〕.
 */
const TO_FILL = '；尚未填写时留空（〔待填〕），草稿中标为〔待补〕';

// ---------------------------------------------------------------------------
// shared shapes
// ---------------------------------------------------------------------------

export const DocumentRef = z
  .object({
    title: Text.meta({ description: '文件名称，如《关于做好2024年度预算绩效管理工作的通知》' }),
    number: Text.optional().meta({ description: '文号，如 某财函〔2024〕24号' }),
  })
  .strict();

/**
 * A figure the report states, kept as stated. `basis` says how it was reckoned when that differs
 * from the plain ratio (剔除收回财政和未下达资金; 含其他雇员): the draft prints the stated value and,
 * where the tool's own arithmetic gives another, says so beside it.
 */
export const Stated = z
  .union([
    DecimalValue,
    z.object({
      value: DecimalValue.meta({ description: '报告所列数值' }),
      basis: Text.optional().meta({ description: '计算口径，如 剔除收回财政和未下达资金' }),
    }).strict(),
  ])
  .transform((v) => (typeof v === 'string' ? { value: v, basis: undefined } : { value: v.value, basis: v.basis }))
  .meta({ description: '报告所列数值（可写口径）：如 92.33，或 { value: 92.33, basis: 剔除收回财政资金 }' });

/** A document-number-like code (指标文号): not prose. */
const Code = Text;

// ---------------------------------------------------------------------------
// meta
// ---------------------------------------------------------------------------

export const Meta = z
  .object({
    year: Year.meta({ description: '评价年度' }),
    unit: Text.meta({ description: '报告单位（部门）全称' }),
    shortName: Text.optional().meta({ description: '单位简称，如 市科技局；行文中使用' }),
    department: Text.optional().meta({ description: '主管部门' }),
    implementer: Text.optional().meta({ description: '实施单位' }),
    project: Text.optional().meta({ description: '项目名称（项目支出报告必填）' }),
    title: Text.optional().meta({ description: '报告标题；缺省时按年度、单位和报告类型生成' }),
    notice: DocumentRef.optional().meta({ description: '本报告所依据的通知及文号' }),
    moneyUnit: z.enum(['万元', '元']).default('万元').meta({ description: '数据文件中金额的单位' }),
    thousands: z.boolean().default(false).meta({ description: '金额是否使用千分位分隔，如 1,451.29万元' }),
    // The loader hands YAML numbers over as their source text (so amounts keep their digits): 2 arrives as "2".
    moneyDecimals: z
      .union([z.preprocess((v) => (typeof v === 'string' && /^\s*\d+\s*$/u.test(v) ? Number(v) : v), z.number().int().min(0).max(4)), z.literal('as-written')])
      .default(2)
      .meta({ description: '金额显示的小数位数（默认 2 位）；as-written 表示按数据文件中的写法' }),
    profile: Text.default('national').meta({
      description: '评分规则：national（财预〔2020〕10号）或规则文件路径（相对数据文件）',
    }),
    framework: Text.optional().meta({
      description: '成效归类框架（一级指标、维度）：缺省时项目用 project-framework，部门用 department-framework；或框架文件路径',
    }),
  })
  .strict();

// ---------------------------------------------------------------------------
// unit background
// ---------------------------------------------------------------------------

export const Staffing = z
  .object({
    authorized: Count.optional().meta({ description: '编制数' }),
    actual: Count.optional().meta({ description: '年末实有在职人数' }),
    otherEmployees: Count.optional().meta({ description: '其他雇员（雇员员额等），计入人员控制率时填写' }),
    priorActual: Count.optional().meta({ description: '上年末在职人数' }),
    changeReason: Text.optional().meta({ description: '人数变动原因（短语）' }),
    retired: Count.optional().meta({ description: '退休人数' }),
    departed: Count.optional().meta({ description: '离休人数' }),
    controlRate: Stated.optional().meta({ description: '报告所列人员控制率（%），如含其他雇员请写口径' }),
  })
  .strict();

export const Background = z
  .object({
    functions: TextList.optional().meta({ description: '主要职能（每条一项，短语）' }),
    organization: TextList.optional().meta({ description: '内设机构（每条一个机构名称或一句说明）' }),
    purpose: TextList.optional().meta({ description: '项目（资金）用途（短语）' }),
    basis: z.array(DocumentRef).optional().meta({ description: '项目（资金）设立依据的文件' }),
    management: TextList.optional().meta({ description: '资金管理的主要做法（每条一项）' }),
    regulations: z.array(DocumentRef).optional().meta({ description: '资金管理所依据的制度文件' }),
    implementation: TextList.optional().meta({ description: '组织实施的主要做法（每条一项）' }),
    decision: TextList.optional().meta({ description: '预算决策（编制、测算、审批）的主要环节（每条一项）' }),
  })
  .strict();

// ---------------------------------------------------------------------------
// budget
// ---------------------------------------------------------------------------

export const Adjustment = z
  .object({
    type: z.enum(['追加', '压减']).meta({ description: '追加 或 压减' }),
    amount: Amount,
    reason: Text.optional().meta({ description: '调整原因（短语）' }),
  })
  .strict();

/** One budget line: 年初预算数, 全年预算数, 全年执行数. */
export const BudgetLine = z
  .object({
    initial: Amount.optional().meta({ description: '年初预算数' }),
    total: Amount.optional().meta({ description: '全年预算数（调整后）' }),
    actual: Amount.optional().meta({ description: '全年执行数' }),
  })
  .strict();

export const Budget = z
  .object({
    initial: Amount.optional().meta({ description: '年初预算数；报告未列时不填' }),
    adjustments: z.array(Adjustment).default([]).meta({ description: '年中追加、压减' }),
    total: Amount.optional().meta({ description: '全年预算数；缺省时为年初预算加减调整' }),
    actual: Amount.optional().meta({ description: `全年执行数（实际支出）${TO_FILL}` }),
    rate: Stated.optional().meta({ description: '报告所列预算执行率（%），按其他口径计算时写明口径' }),
    carryover: Amount.optional().meta({ description: '结余结转；缺省时为全年预算减执行数' }),
    income: Amount.optional().meta({ description: '一般公共预算财政拨款收入（部门）' }),
    sources: z
      .object({
        current: BudgetLine.optional().meta({ description: '当年财政拨款' }),
        prior: BudgetLine.optional().meta({ description: '上年结转资金' }),
        other: BudgetLine.optional().meta({ description: '其他资金' }),
      })
      .strict()
      .optional()
      .meta({ description: '按资金来源' }),
    byNature: z
      .object({
        general: Amount.optional().meta({ description: '按收入性质：一般公共预算' }),
        fund: Amount.optional().meta({ description: '政府性基金拨款' }),
        nonTax: Amount.optional().meta({ description: '纳入专户管理的非税收入拨款' }),
        other: Amount.optional().meta({ description: '其他资金' }),
        basic: Amount.optional().meta({ description: '按支出性质：基本支出（全年预算）' }),
        project: Amount.optional().meta({ description: '按支出性质：项目支出（全年预算）' }),
      })
      .strict()
      .optional()
      .meta({ description: '部门自评表中的按收入性质、按支出性质分列' }),
    otherBudgets: z
      .object({
        fund: Text.optional().meta({ description: '政府性基金预算支出情况；没有时写“无”' }),
        stateCapital: Text.optional().meta({ description: '国有资本经营预算支出情况' }),
        socialInsurance: Text.optional().meta({ description: '社会保险基金预算支出情况' }),
      })
      .strict()
      .optional(),
  })
  .strict();

/** A spending total compared with last year: the change, its rate and its reason. */
const YearOnYear = {
  prior: Amount.optional().meta({ description: '上年决算数' }),
  changeRate: Stated.optional().meta({ description: '报告所列同比变动率（%，减少为负）' }),
  reason: Text.optional().meta({ description: '与上年相比增减的原因（短语）' }),
};

export const BasicExpense = z
  .object({
    total: Amount.optional().meta({ description: '基本支出合计；缺省时为人员经费与公用经费之和' }),
    personnel: Amount.optional().meta({ description: '人员经费' }),
    publicUse: Amount.optional().meta({ description: '公用经费' }),
    budget: Amount.optional().meta({ description: '基本支出预算数' }),
    ...YearOnYear,
    byClass: z
      .array(z.object({ name: Text, amount: Amount }).strict())
      .optional()
      .meta({ description: '按经济分类列示' }),
  })
  .strict();

export const ProjectExpense = z
  .object({
    total: Amount.optional().meta({ description: '项目支出合计；缺省时为各项目支出之和' }),
    budget: Amount.optional().meta({ description: '项目支出预算数' }),
    ...YearOnYear,
  })
  .strict();

export const SubItem = z
  .object({
    name: Text,
    amount: Amount,
    note: Text.optional(),
  })
  .strict();

/** 实际支出 for spending units, 实际分配 / 下达 / 拨付 for funds passed on to others. */
export const ActualLabel = z.enum(['实际支出', '实际分配', '实际下达', '实际拨付']);

export const ProjectItem = z
  .object({
    name: Text.meta({ description: '项目（子项）名称' }),
    group: Text.optional().meta({ description: '所属项目类别（projectGroups 中的名称），如 部门项目、公共项目' }),
    document: Code.optional().meta({ description: '指标文号' }),
    initial: Amount.optional().meta({ description: '年初预算数' }),
    adjustment: SignedAmount.optional().meta({ description: '年中调整（调增为正，调减为负）' }),
    carriedIn: Amount.optional().meta({ description: '上年结转（不计入 total：全年预算 = 年初预算 ± 调整；执行率按 全年预算 + 上年结转 计算）' }),
    total: Amount.optional().meta({ description: '全年预算数' }),
    actual: Amount.optional().meta({ description: '实际支出（或实际分配、下达）；只有合计数时不填' }),
    actualLabel: ActualLabel.optional().meta({ description: '实际数的叫法；缺省同所属类别，或“实际支出”' }),
    carryover: Amount.optional().meta({ description: '结余结转' }),
    gap: z
      .object({
        amount: SignedAmount.optional().meta({ description: '预决算差额；缺省时为全年预算减实际数' }),
        reason: Text.optional().meta({ description: '差额原因（短语）' }),
      })
      .strict()
      .optional()
      .meta({ description: '预算与实际的差额及原因' }),
    inInitialBudget: z.boolean().default(true).meta({ description: '是否列入年初预算' }),
    purpose: Text.optional().meta({ description: '主要用途（短语）' }),
    items: z.array(SubItem).default([]).meta({ description: '明细' }),
    results: TextList.optional().meta({ description: '实施成效（每条一项；有数字的成效写在 achievements 中）' }),
  })
  .strict();

/** 部门项目 / 公共项目 (专项资金 managed for others): each with its own subtotal and 使用率. */
export const ProjectGroup = z
  .object({
    name: Text.meta({ description: '类别名称，如 部门项目、公共项目' }),
    budget: Amount.optional().meta({ description: '本类全年预算' }),
    actual: Amount.optional().meta({ description: '本类实际支出（或分配）合计' }),
    rate: Stated.optional().meta({ description: '报告所列本类资金使用率（%）' }),
    actualLabel: ActualLabel.default('实际支出').meta({ description: '实际数的叫法' }),
  })
  .strict();

/** 基础数据表 rows: last year's 决算, this year's 预算 and 决算. */
export const ControlRow = z
  .object({
    prior: Amount.optional().meta({ description: '上年决算数' }),
    budget: Amount.optional().meta({ description: '本年预算数' }),
    actual: Amount.optional().meta({ description: '本年决算数' }),
  })
  .strict();

export const NamedControlRow = ControlRow.extend({ name: Text }).strict();

/** One 三公 item as reports state it: with last year's budget, the change rate and its reason. */
export const ThreePublicItem = ControlRow.extend({
  priorBudget: Amount.optional().meta({ description: '上年预算数' }),
  changeRate: Stated.optional().meta({ description: '报告所列比上年变动率（%，减少为负）' }),
  reason: Text.optional().meta({ description: '增减原因（短语）' }),
}).strict();

export const ThreePublic = z
  .object({
    vehicle: ThreePublicItem.optional().meta({ description: '公务用车购置和运行维护费' }),
    vehiclePurchase: ThreePublicItem.optional().meta({ description: '其中：公车购置' }),
    vehicleOperation: ThreePublicItem.optional().meta({ description: '其中：公车运行维护' }),
    overseas: ThreePublicItem.optional().meta({ description: '因公出国（境）费' }),
    reception: ThreePublicItem.optional().meta({ description: '公务接待费' }),
    total: ThreePublicItem.optional().meta({ description: '三公经费合计；缺省时为各项之和' }),
  })
  .strict();

export const ExpenseControl = z
  .object({
    projectExpense: ControlRow.extend({ lines: z.array(NamedControlRow).default([]) })
      .strict()
      .optional()
      .meta({ description: '基础数据表：项目支出' }),
    publicExpense: ControlRow.extend({ lines: z.array(NamedControlRow).default([]) })
      .strict()
      .optional()
      .meta({ description: '基础数据表：公用经费（其中各项不必加总）' }),
    procurement: ControlRow.optional().meta({ description: '基础数据表：政府采购金额' }),
  })
  .strict();

const BudgetActual = z
  .object({
    budget: Amount.optional().meta({ description: '采购预算' }),
    actual: Amount.optional().meta({ description: '实际采购金额' }),
  })
  .strict();

/** 政府采购 by type. */
export const Procurement = z
  .object({
    budget: Amount.optional().meta({ description: '政府采购预算合计' }),
    actual: Amount.optional().meta({ description: '实际采购金额合计；缺省时为各类之和' }),
    goods: BudgetActual.optional().meta({ description: '货物类' }),
    works: BudgetActual.optional().meta({ description: '工程类' }),
    services: BudgetActual.optional().meta({ description: '服务类' }),
    smallBusiness: Amount.optional().meta({ description: '授予中小企业合同金额' }),
    note: Text.optional().meta({ description: '补充说明（短语）' }),
  })
  .strict();

/** 资产管理. */
export const Assets = z
  .object({
    total: Amount.optional().meta({ description: '资产总额' }),
    fixed: Amount.optional().meta({ description: '固定资产' }),
    vehicles: Count.optional().meta({ description: '公务用车（辆）' }),
    disposed: Amount.optional().meta({ description: '本年处置资产' }),
    leased: Amount.optional().meta({ description: '出租出借资产' }),
    lines: z
      .array(z.object({ name: Text, amount: Amount }).strict())
      .default([])
      .meta({ description: '其他资产项目，如 无形资产、在建工程' }),
    notes: TextList.optional().meta({ description: '资产管理的主要做法（每条一项）' }),
  })
  .strict();

// ---------------------------------------------------------------------------
// performance
// ---------------------------------------------------------------------------

export const Goals = z
  .object({
    expected: TextList.optional().meta({ description: '年度总体目标的概括（短语）；各项指标目标由工具从 indicators 列出' }),
    actual: TextList.optional().meta({ description: '实际完成情况的概括（短语）；各项指标完成值由工具列出' }),
  })
  .strict();

export const Indicator = z
  .object({
    level1: Text.meta({ description: '一级指标：产出指标、效益指标、满意度指标、成本指标，或成效框架中的维度（如 运行成本、履职效能）' }),
    level2: Text.meta({ description: '二级指标，如 数量指标、质量指标、时效指标、经济效益指标' }),
    name: Text.meta({ description: '三级指标' }),
    target: Target,
    actual: Actual.optional().meta({ description: `实际完成值${TO_FILL}` }),
    weight: DecimalValue.meta({ description: '分值' }),
    score: DecimalValue.optional().meta({ description: '单位自评得分（如与规则不符将提示）' }),
    direction: z
      .enum(['positive', 'negative'])
      .optional()
      .meta({ description: 'negative：反向指标，实际值越低越好；缺省时由比较符决定' }),
    band: QualitativeBand.optional().meta({ description: '定性指标的完成档次；缺省时由实际完成值判断' }),
    deviation: z
      .object({ reason: Text.optional(), measure: Text.optional() })
      .strict()
      .optional()
      .meta({ description: '偏差原因分析及改进措施（短语）' }),
  })
  .strict();

/** 超2000家, 2000余家, 2000多家, 近900万元, 约, 以上. */
export const APPROX = ['超', '余', '多', '近', '约', '以上'] as const;

export const Achievement = z
  .object({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9_-]*$/, '应为小写字母、数字、下划线组成的标识，如 rd_intensity')
      .optional()
      .meta({ description: '标识，缺省时按顺序编号' }),
    group: Text.optional().meta({
      description: '归入的部分：成效框架的维度或一级指标（如 产出、履职效能）、项目名称或项目类别；不填时列在总体情况中',
    }),
    topic: Text.optional().meta({ description: '话题：同一话题的成效写成一句，话题只说一次，如 产学研合作' }),
    name: Text.meta({ description: '指标或成效名称，如 科技型中小企业备案数' }),
    value: DecimalValue.optional().meta({ description: `数值${TO_FILL}` }),
    unit: z.string().default('').meta({ description: '单位，如 家、亿元、%' }),
    approx: z.enum(APPROX).optional().meta({ description: '约数的写法：超2000家、2000余家、9000多家、近900万元、约、以上' }),
    year: Year.optional().meta({ description: '数据所属年度（不同于评价年度时填写）' }),
    prior: DecimalValue.optional().meta({ description: '上年同期数值，用于计算同比变化' }),
    changeRate: Stated.optional().meta({ description: '报告所列同比变动率（%，下降为负）；没有上年数值时也可填写' }),
    target: DecimalValue.optional().meta({ description: '任务数，用于计算完成率' }),
    rank: z.string().optional().meta({ description: '排名描述，如 全市第二、完成率全市第四、连续九年全省前二' }),
    note: Text.optional().meta({ description: '补充说明（短语）' }),
  })
  .strict();

export const Problem = z
  .object({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9_-]*$/, '应为小写字母、数字、下划线组成的标识，如 targets')
      .optional()
      .meta({ description: '标识，供 measures[].answers 引用' }),
    text: Text.meta({ description: '问题（短语）' }),
    cause: Text.optional().meta({ description: '原因（短语）' }),
    measure: Text.optional().meta({ description: '针对该问题的改进措施（短语）' }),
  })
  .strict();

/** A measure, answering a problem (by its id) or standing alone. */
export const Measure = z
  .union([
    Text,
    z.object({
      text: Text.meta({ description: '措施（短语）' }),
      answers: z.string().optional().meta({ description: '所针对问题的 id' }),
    }).strict(),
  ])
  .transform((m) => (typeof m === 'string' ? { text: m, answers: undefined } : { text: m.text, answers: m.answers }));

/** Totals the unit states in its 自评表; the tool compares them with the sums. */
export const ScoreSummary = z
  .object({
    weightTotal: DecimalValue.optional().meta({ description: '自评表所列分值合计' }),
    scoreTotal: DecimalValue.optional().meta({ description: '自评表所列总分' }),
    grade: Text.optional().meta({ description: '自评等级' }),
  })
  .strict();

export const BudgetRateRow = z
  .object({
    weight: DecimalValue.default('10').meta({ description: '预算执行率分值' }),
    score: DecimalValue.optional().meta({ description: '单位自评得分' }),
  })
  .strict();

// ---------------------------------------------------------------------------
// the data file
// ---------------------------------------------------------------------------

const common = {
  $schema: z.string().optional(),
  // The loader hands numbers over as their source text: 2 arrives as "2".
  version: z.union([z.literal(DATA_VERSION), z.literal(String(DATA_VERSION))]).transform(() => DATA_VERSION).optional().meta({ description: '数据格式版本：2；不写时按第 1 版读取并自动转换' }),
  meta: Meta,
  background: Background.default({}),
  budget: Budget,
  budgetRate: BudgetRateRow.default({ weight: '10' }),
  scoreSummary: ScoreSummary.optional().meta({ description: '自评表中单位填写的分值合计、总分、等级' }),
  goals: Goals.optional(),
  indicators: z.array(Indicator).default([]),
  achievements: z.array(Achievement).default([]),
  problems: z.array(Problem).default([]),
  measures: z
    .union([Text.transform((t) => [{ text: t, answers: undefined as string | undefined }]), z.array(Measure)])
    .optional()
    .meta({ description: '下一步改进措施：每条一项，可用 answers 指明针对的问题' }),
  suggestions: TextList.optional().meta({ description: '有关建议' }),
  application: TextList.optional().meta({ description: '绩效自评结果应用和公开情况（每条一项）' }),
  otherNotes: TextList.optional().meta({ description: '其他需要说明的问题' }),
  recognitions: TextList.optional().meta({ description: '本年获得的表彰、荣誉（每条一项）' }),
  staffing: Staffing.optional(),
  projects: z.array(ProjectItem).default([]).meta({ description: '项目支出（子项）' }),
  projectGroups: z.array(ProjectGroup).default([]).meta({ description: '项目类别及其小计，如 部门项目、公共项目' }),
};

export const ProjectData = z
  .object({
    kind: z.literal('project').meta({ description: '项目支出绩效自评报告' }),
    ...common,
  })
  .strict();

export const DepartmentData = z
  .object({
    kind: z.literal('department').meta({ description: '部门（单位）整体支出绩效自评报告' }),
    ...common,
    basicExpense: BasicExpense.optional().meta({ description: '基本支出（人员经费、公用经费）' }),
    projectExpense: ProjectExpense.optional().meta({ description: '项目支出合计与上年比较' }),
    threePublic: ThreePublic.optional().meta({ description: '“三公”经费（公务用车、公务接待、因公出国（境））' }),
    expenseControl: ExpenseControl.optional().meta({ description: '基础数据表中的支出控制数（项目支出、公用经费、政府采购的控制数与实际数）' }),
    procurement: Procurement.optional().meta({ description: '政府采购情况（按货物、工程、服务）' }),
    assets: Assets.optional().meta({ description: '资产管理情况' }),
  })
  .strict();

export const ReportData = z.discriminatedUnion('kind', [ProjectData, DepartmentData]);

export type ReportData = z.output<typeof ReportData>;
export type ReportDataInput = z.input<typeof ReportData>;
export type ProjectReportData = z.output<typeof ProjectData>;
export type DepartmentReportData = z.output<typeof DepartmentData>;
export type IndicatorData = z.output<typeof Indicator>;
export type AchievementData = z.output<typeof Achievement>;
export type BudgetLineData = z.output<typeof BudgetLine>;
export type ControlRowData = z.output<typeof ControlRow>;
export type ThreePublicItemData = z.output<typeof ThreePublicItem>;
export type StatedData = z.output<typeof Stated>;
export type ProblemData = z.output<typeof Problem>;
export type MeasureData = z.output<typeof Measure>;
