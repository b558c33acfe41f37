import { z } from 'zod';
import { Amount, Count, DecimalValue, SignedAmount, Text, TextList, Year } from './primitives.js';
import { Actual, QualitativeBand, Target } from './target.js';

// ---------------------------------------------------------------------------
// meta
// ---------------------------------------------------------------------------

export const DocumentRef = z
  .object({
    title: Text.meta({ description: '文件名称，如《关于做好2024年度预算绩效管理工作的通知》' }),
    number: Text.optional().meta({ description: '文号，如 株财函〔2024〕24号' }),
  })
  .strict();

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
    moneyDecimals: z
      .union([z.number().int().min(0).max(4), z.literal('as-written')])
      .default(2)
      .meta({ description: '金额显示的小数位数（默认 2 位）；as-written 表示按数据文件中的写法' }),
    profile: Text.default('national').meta({
      description: '评分规则：national（财预〔2020〕10号）或规则文件路径（相对数据文件）',
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
    priorActual: Count.optional().meta({ description: '上年末在职人数' }),
    changeReason: Text.optional().meta({ description: '人数变动原因' }),
    retired: Count.optional().meta({ description: '退休人数' }),
    departed: Count.optional().meta({ description: '离休人数' }),
  })
  .strict();

// ---------------------------------------------------------------------------
// budget
// ---------------------------------------------------------------------------

export const Adjustment = z
  .object({
    type: z.enum(['追加', '压减']).meta({ description: '追加 或 压减' }),
    amount: Amount,
    reason: Text.optional().meta({ description: '调整原因' }),
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

/**
 * Values a report needs that may not be filled in yet: `jixiao init` writes them empty (`actual:` with
 * the comment 〔待填〕), `import` leaves a form's empty cell so. An empty value is absent to the model;
 * the draft marks the figure 〔待补〕 rather than refusing the file.
 */
const TO_FILL = '；尚未填写时留空（〔待填〕），草稿中标为〔待补〕';

export const Budget = z
  .object({
    initial: Amount.optional().meta({ description: `年初预算数${TO_FILL}` }),
    adjustments: z.array(Adjustment).default([]).meta({ description: '年中追加、压减' }),
    total: Amount.optional().meta({ description: '全年预算数；缺省时为年初预算加减调整' }),
    actual: Amount.optional().meta({ description: `全年执行数（实际支出）${TO_FILL}` }),
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
        fund: Text.optional().meta({ description: '政府性基金预算支出情况' }),
        stateCapital: Text.optional().meta({ description: '国有资本经营预算支出情况' }),
        socialInsurance: Text.optional().meta({ description: '社会保险基金预算支出情况' }),
      })
      .strict()
      .optional(),
  })
  .strict();

export const BasicExpense = z
  .object({
    personnel: Amount.optional().meta({ description: `人员经费${TO_FILL}` }),
    publicUse: Amount.optional().meta({ description: `公用经费${TO_FILL}` }),
    total: Amount.optional().meta({ description: '基本支出合计；缺省时为两项之和' }),
    budget: Amount.optional().meta({ description: '基本支出预算数' }),
    byClass: z
      .array(z.object({ name: Text, amount: Amount }).strict())
      .optional()
      .meta({ description: '按经济分类列示' }),
  })
  .strict();

export const SubItem = z
  .object({
    name: Text,
    amount: Amount,
    note: Text.optional(),
  })
  .strict();

export const ProjectItem = z
  .object({
    name: Text.meta({ description: '项目（子项）名称' }),
    budget: Amount.optional().meta({ description: '预算数（年初）' }),
    adjustment: SignedAmount.optional().meta({ description: '年中调整（调增为正，调减为负）' }),
    carriedIn: Amount.optional().meta({ description: '上年结转' }),
    actual: Amount.optional().meta({ description: `实际支出${TO_FILL}` }),
    carryover: Amount.optional().meta({ description: '结余结转' }),
    inInitialBudget: z.boolean().default(true).meta({ description: '是否列入年初预算' }),
    purpose: Text.optional().meta({ description: '主要用途' }),
    items: z.array(SubItem).default([]).meta({ description: '明细' }),
    results: TextList.optional().meta({ description: '实施成效（段落）' }),
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

export const ThreePublic = z
  .object({
    vehicle: ControlRow.optional().meta({ description: '公务用车购置和运行维护费' }),
    vehiclePurchase: ControlRow.optional().meta({ description: '其中：公车购置' }),
    vehicleOperation: ControlRow.optional().meta({ description: '其中：公车运行维护' }),
    overseas: ControlRow.optional().meta({ description: '因公出国（境）费' }),
    reception: ControlRow.optional().meta({ description: '公务接待费' }),
    total: ControlRow.optional().meta({ description: '三公经费合计；缺省时为各项之和' }),
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
    procurement: ControlRow.optional().meta({ description: '政府采购金额' }),
  })
  .strict();

// ---------------------------------------------------------------------------
// performance
// ---------------------------------------------------------------------------

export const Goals = z
  .object({
    expected: TextList.meta({ description: '年度总体目标：预期目标' }),
    actual: TextList.optional().meta({ description: '年度总体目标：实际完成情况' }),
  })
  .strict();

export const LEVEL1 = ['产出指标', '效益指标', '满意度指标', '成本指标'] as const;

export const Indicator = z
  .object({
    level1: z.enum(LEVEL1).meta({ description: '一级指标' }),
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
      .meta({ description: '偏差原因分析及改进措施' }),
  })
  .strict();

export const Achievement = z
  .object({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9_-]*$/, '应为小写字母、数字、下划线组成的标识，如 rd_intensity')
      .optional()
      .meta({ description: '标识，缺省时按顺序编号' }),
    name: Text.meta({ description: '指标或成效名称，如 科技型中小企业备案数' }),
    value: DecimalValue.optional().meta({ description: `数值${TO_FILL}` }),
    unit: z.string().default('').meta({ description: '单位，如 家、亿元、%' }),
    approx: z
      .enum(['超', '余', '近', '约', '以上'])
      .optional()
      .meta({ description: '约数的写法：超2000家、2000余家、近900万元、约、以上' }),
    year: Year.optional().meta({ description: '数据所属年度（不同于评价年度时填写）' }),
    prior: DecimalValue.optional().meta({ description: '上年同期数值，用于计算同比变化' }),
    target: DecimalValue.optional().meta({ description: '任务数，用于计算完成率' }),
    rank: z.string().optional().meta({ description: '排名描述，如 全市第二' }),
    group: Text.optional().meta({ description: '归入的部分或项目名称，如 产出、效益、某个项目支出名称' }),
    note: Text.optional().meta({ description: '补充说明（原文照录）' }),
  })
  .strict();

export const Problem = z
  .object({
    text: Text.meta({ description: '问题' }),
    cause: Text.optional().meta({ description: '原因分析' }),
  })
  .strict();

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
  meta: Meta,
  background: z
    .object({
      functions: TextList.optional().meta({ description: '主要职能' }),
      organization: TextList.optional().meta({ description: '内设机构' }),
      purpose: TextList.optional().meta({ description: '项目（资金）设立依据与用途' }),
      management: TextList.optional().meta({ description: '资金管理制度' }),
      implementation: TextList.optional().meta({ description: '组织实施情况' }),
      decision: TextList.optional().meta({ description: '预算决策过程' }),
    })
    .strict()
    .default({}),
  budget: Budget,
  budgetRate: BudgetRateRow.default({ weight: '10' }),
  scoreSummary: ScoreSummary.optional().meta({ description: '自评表中单位填写的分值合计、总分、等级' }),
  goals: Goals.optional(),
  indicators: z.array(Indicator).default([]),
  achievements: z.array(Achievement).default([]),
  problems: z.array(Problem).default([]),
  measures: TextList.optional().meta({ description: '下一步改进措施' }),
  suggestions: TextList.optional().meta({ description: '有关建议' }),
  application: TextList.optional().meta({ description: '绩效自评结果应用和公开情况' }),
  otherNotes: TextList.optional().meta({ description: '其他需要说明的问题' }),
  projects: z.array(ProjectItem).default([]).meta({ description: '项目支出（子项）' }),
};

export const ProjectData = z
  .object({
    kind: z.literal('project').meta({ description: '项目支出绩效自评报告' }),
    ...common,
    staffing: Staffing.optional(),
  })
  .strict();

export const DepartmentData = z
  .object({
    kind: z.literal('department').meta({ description: '部门（单位）整体支出绩效自评报告' }),
    ...common,
    staffing: Staffing.optional(),
    basicExpense: BasicExpense.optional(),
    threePublic: ThreePublic.optional(),
    expenseControl: ExpenseControl.optional(),
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
