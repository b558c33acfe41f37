/**
 * Sentences an editor writes into a draft of the examples, each making claims in words that the
 * data can deny: every row replaces a sentence of the draft the tool wrote (`find`) with the
 * editor's (`write`), and gives two changes of the data — one that contradicts the listed claims
 * (`breaks`: exactly these are listed), one that does not (`keeps`: nothing is listed). `base`
 * changes the example first where the claim would not hold for it as it stands (the editor writes
 * what is true of the data they have). Written by hand for these tests; no sentence of a real report.
 */
import { LUSONG, ZHUZHOU } from '../support/paths.js';

// The examples' data, as parsed YAML (plain objects), changed in place.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Data = any;
export type Patch = (d: Data) => void;

export interface Row {
  readonly name: string;
  readonly data: string;
  /** A sentence of the draft the tool wrote (or a heading, to write a sentence after it). */
  readonly find: string | RegExp;
  readonly write: string;
  /** The claims the `breaks` data contradicts, as their words read in the output. */
  readonly claims: readonly string[];
  readonly base?: Patch | undefined;
  readonly breaks: Patch;
  readonly keeps: Patch;
}

const ind = (d: Data, name: string, v: Record<string, unknown>): void => {
  const i = d.indicators.find((x: Data) => x.name === name);
  if (!i) throw new Error(`no indicator ${name}`);
  Object.assign(i, v);
};
const ach = (d: Data, id: string, v: Record<string, unknown>): void => {
  const a = d.achievements.find((x: Data) => x.id === id);
  if (!a) throw new Error(`no achievement ${id}`);
  Object.assign(a, v);
};
const project = (d: Data, name: string, v: Record<string, unknown>): void => {
  const p = d.projects.find((x: Data) => x.name === name);
  if (!p) throw new Error(`no project ${name}`);
  Object.assign(p, v);
};
/** The project fund's year-end: what was spent and what is left of 1864.05. */
const fundSpent = (d: Data, actual: string, carryover: string): void => {
  d.budget.actual = actual;
  d.budget.carryover = carryover;
  d.budget.sources.current.actual = actual;
};
/** The project fund's budget grown to `total`, all of it spent. */
const fundGrown = (d: Data, total: string): void => {
  d.budget.initial = String(Number(total) + 1735.95);
  d.budget.total = total;
  d.budget.sources.current = { initial: d.budget.initial, total, actual: total };
  fundSpent(d, total, '0');
};

const BUDGET_LINE = /全年预算1864\.05万元，实际支出1864\.05万元〔待核：[^〕]*〕，预算执行率100\.00%，资金已全部执行，无结余结转。/u;

export const ZHUZHOU_ROWS: readonly Row[] = [
  {
    name: 'the issue: 资金已全部执行，无结余结转 when 95.55万元 moves into 结余结转',
    data: ZHUZHOU, find: BUDGET_LINE,
    write: '全年预算1864.05万元，实际支出1864.05万元，预算执行率100.00%，资金已全部执行，无结余结转，特此说明。',
    claims: ['资金已全部执行', '无结余结转'],
    breaks: (d) => fundSpent(d, '1768.50', '95.55'),
    keeps: (d) => fundGrown(d, '1900.00'),
  },
  {
    name: 'a sentence of its own after the figures: 执行完毕, 未形成结余',
    data: ZHUZHOU, find: BUDGET_LINE,
    write: '全年预算1864.05万元，实际支出1864.05万元。预算资金执行完毕，未形成结余。',
    claims: ['执行完毕', '未形成结余'],
    breaks: (d) => fundSpent(d, '1800.00', '64.05'),
    keeps: (d) => fundGrown(d, '2000.00'),
  },
  {
    name: 'spending below the budget, in words',
    data: ZHUZHOU, find: BUDGET_LINE,
    write: '全年预算1864.05万元，实际支出1864.05万元，未超出全年预算。',
    claims: ['未超出全年预算'],
    breaks: (d) => fundSpent(d, '1900.00', '0'),
    keeps: (d) => fundSpent(d, '1800.00', '64.05'),
  },
  {
    name: 'an indicator beat its target (超额完成)',
    data: ZHUZHOU, find: '一是新增省级以上科技创新平台年度目标5个，实际完成16个，超额完成年度目标；',
    write: '一是新增省级以上科技创新平台16个，超额完成年度目标；',
    claims: ['超额完成年度目标'],
    breaks: (d) => ind(d, '新增省级以上科技创新平台', { actual: '4个', score: 4 }),
    keeps: (d) => ind(d, '新增省级以上科技创新平台', { actual: '10个' }),
  },
  {
    name: 'an indicator short of its target (未达到年度目标)',
    data: ZHUZHOU, find: /一是全社会研发投入总量年度目标120亿元，实际完成115\.49亿元，未完成年度目标[^；]*；/u,
    write: '一是全社会研发投入总量115.49亿元，未达到年度目标120亿元；',
    claims: ['未达到年度目标'],
    breaks: (d) => ind(d, '全社会研发投入总量', { actual: '121亿元', score: 5 }),
    keeps: (d) => ind(d, '全社会研发投入总量', { actual: '118亿元', score: 4.9 }),
  },
  {
    name: 'an indicator missed its target (未完成)',
    data: ZHUZHOU, find: /一是全社会研发投入总量年度目标120亿元，实际完成115\.49亿元，未完成年度目标[^；]*；/u,
    write: '一是全社会研发投入总量115.49亿元，受经济环境影响未完成年度目标；',
    claims: ['未完成年度目标'],
    breaks: (d) => ind(d, '全社会研发投入总量', { actual: '125亿元', score: 5 }),
    keeps: (d) => ind(d, '全社会研发投入总量', { actual: '110亿元' }),
  },
  {
    name: 'an indicator basically met (基本完成)',
    data: ZHUZHOU, find: /企业满意度年度目标95%[^。\n]*。/u,
    write: '企业满意度93%，基本完成年度目标。',
    claims: ['基本完成年度目标'],
    base: (d) => ind(d, '企业满意度', { actual: '93%', score: 9.79 }),
    breaks: (d) => ind(d, '企业满意度', { actual: '98%', score: 10 }),
    keeps: (d) => ind(d, '企业满意度', { actual: '90%', score: 9.47 }),
  },
  {
    name: 'an indicator reached its target (达到年度目标)',
    data: ZHUZHOU, find: '三是技术合同交易额年度目标400亿元，实际完成480.68亿元，超额完成年度目标；',
    write: '三是技术合同交易额480.68亿元，达到年度目标；',
    claims: ['达到年度目标'],
    breaks: (d) => ind(d, '技术合同交易额', { actual: '380亿元', score: 4.75 }),
    keeps: (d) => ind(d, '技术合同交易额', { actual: '420亿元' }),
  },
  {
    name: 'an indicator up to standard (达标)',
    data: ZHUZHOU, find: '六是万人高价值发明专利拥有量年度目标13件，实际完成14.91件，超额完成年度目标；',
    write: '六是万人高价值发明专利拥有量14.91件，达标；',
    claims: ['达标'],
    breaks: (d) => ind(d, '万人高价值发明专利拥有量', { actual: '12件', score: 4.62 }),
    keeps: (d) => ind(d, '万人高价值发明专利拥有量', { actual: '13.5件' }),
  },
  {
    name: 'an indicator above its target, in a comparison (高于年度目标)',
    data: ZHUZHOU, find: '二是知识价值信用贷款额年度目标15亿元，实际完成19.65亿元，超额完成年度目标；',
    write: '二是知识价值信用贷款额19.65亿元，高于年度目标；',
    claims: ['高于年度目标'],
    breaks: (d) => ind(d, '知识价值信用贷款额', { actual: '14亿元', score: 4.67 }),
    keeps: (d) => ind(d, '知识价值信用贷款额', { actual: '18亿元' }),
  },
  {
    name: 'every indicator met, and how many there are',
    data: ZHUZHOU, find: '##### （1）产出指标',
    write: '全年17项绩效指标均已完成。\n\n##### （1）产出指标',
    claims: ['绩效指标均已完成'],
    base: (d) => ind(d, '全社会研发投入总量', { actual: '125亿元', score: 5 }),
    breaks: (d) => ind(d, '全社会研发投入总量', { actual: '115.49亿元', score: 4 }),
    keeps: (d) => ind(d, '新增省级以上科技创新平台', { actual: '20个' }),
  },
  {
    name: 'every indicator of one group (产出指标) met: another group\'s miss does not touch it',
    data: ZHUZHOU, find: '##### （1）产出指标',
    write: '##### （1）产出指标\n\n八项产出指标均已完成。',
    claims: ['产出指标均已完成'],
    breaks: (d) => ind(d, '株洲市双创精英人才', { actual: '28名', score: 4.67 }),
    keeps: (d) => ind(d, '全社会研发投入总量', { actual: '100亿元', score: 4.17 }),
  },
  {
    name: 'counts of indicators met and missed, in digits',
    data: ZHUZHOU, find: '##### （1）产出指标',
    write: '17项指标中16项完成、1项未完成。\n\n##### （1）产出指标',
    claims: ['16项完成', '1项未完成'],
    breaks: (d) => ind(d, '全社会研发投入总量', { actual: '125亿元', score: 5 }),
    keeps: (d) => ind(d, '新增省级以上科技创新平台', { actual: '20个' }),
  },
  {
    name: 'the count of projects in words (五个项目)',
    data: ZHUZHOU, find: '全年实际支出1864.05万元，按用途分为以下五类项目，各类合计1814.05万元。',
    write: '本专项共安排五个项目，分述如下。',
    claims: ['五个项目'],
    breaks: (d) => {
      d.projects = d.projects.filter((p: Data) => p.name !== '重点科技工作补助');
    },
    keeps: (d) => project(d, '十大技术攻关项目', { actual: 320 }),
  },
  {
    name: 'a direction without a figure (同比有所增长)',
    data: ZHUZHOU, find: '技术合同成交额达480.68亿元，居全省第二，同比增长22%；',
    write: '技术合同成交额480.68亿元，同比有所增长；',
    claims: ['同比有所增长'],
    breaks: (d) => ach(d, 'tech_contract_value', { changeRate: -5 }),
    keeps: (d) => ach(d, 'tech_contract_value', { changeRate: 30, value: 500 }),
  },
  {
    name: 'a direction with its figure (同比增长22%)',
    data: ZHUZHOU, find: '技术合同成交额达480.68亿元，居全省第二，同比增长22%；',
    write: '技术合同成交额达480.68亿元，同比增长22%，增势明显；',
    claims: ['增长5%'],
    breaks: (d) => ach(d, 'tech_contract_value', { changeRate: -5 }),
    keeps: (d) => ach(d, 'tech_contract_value', { changeRate: 30 }),
  },
  {
    name: 'a rank in words (稳居全省第二)',
    data: ZHUZHOU, find: '国家高新技术企业总数达1302家，居全省第二；',
    write: '国家高新技术企业总数1302家，稳居全省第二；',
    claims: ['居全省第二'],
    breaks: (d) => ach(d, 'hitech_firms', { rank: '全省第三' }),
    keeps: (d) => ach(d, 'hitech_firms', { value: 1310 }),
  },
  {
    name: 'a rank among the first (全省前二)',
    data: ZHUZHOU, find: '2023年度研发投入强度达3.15%，连续九年居全省前二。',
    write: '研发投入强度3.15%，连续九年保持全省前二。',
    claims: ['全省前二'],
    breaks: (d) => ach(d, 'rd_intensity', { rank: '连续十年全省前三' }),
    keeps: (d) => ach(d, 'rd_intensity', { value: 3.2 }),
  },
  {
    name: 'a rank moving forward (前进14位)',
    data: ZHUZHOU, find: '国家创新型城市排名第34位，较上年前进14位（上年第48位）。',
    write: '国家创新型城市位列第34位，比上年前进14位。',
    claims: ['前进4位'],
    breaks: (d) => ach(d, 'rank_innovative_city', { prior: 30 }),
    keeps: (d) => ach(d, 'rank_innovative_city', { prior: 50 }),
  },
  {
    name: 'an approximation the new value leaves (超2000家)',
    data: ZHUZHOU, find: '创新主体方面，备案科技型中小企业2045家；',
    write: '创新主体方面，备案科技型中小企业超2000家；',
    claims: ['超2000家'],
    breaks: (d) => ach(d, 'tech_sme', { value: 1980 }),
    keeps: (d) => ach(d, 'tech_sme', { value: 2100 }),
  },
  {
    name: 'an approximation with 余 (90余个)',
    data: ZHUZHOU, find: '新签约科技型企业投资项目93个',
    write: '新签约科技型企业投资项目90余个',
    claims: ['90余个'],
    breaks: (d) => ach(d, 'projects_signed', { value: 85 }),
    keeps: (d) => ach(d, 'projects_signed', { value: 96 }),
  },
  {
    name: 'the grade (自评等级为“优”)',
    data: ZHUZHOU, find: /总分99分，自评等级为“优”。/u,
    write: '总分99分，自评等级为“优”，总体情况良好。',
    claims: ['自评等级为“优'],
    breaks: (d) => {
      d.scoreSummary = { grade: '良' };
    },
    keeps: (d) => ind(d, '新增省级以上科技创新平台', { actual: '20个' }),
  },
  {
    name: 'the grade given by a verb after the score (评定为优秀)',
    data: ZHUZHOU, find: /总分99分，自评等级为“优”。/u,
    write: '经自评，总分99分，评定为优秀。',
    claims: ['评定为优秀'],
    breaks: (d) => {
      d.scoreSummary = { grade: '良' };
    },
    keeps: (d) => ind(d, '新增省级以上科技创新平台', { actual: '20个' }),
  },
];

/** The district department's line on its one 三公 item. */
const RECEPTION_LINE = /公务接待费上年决算[^。\n]*。/u;
const reception = (d: Data, v: Record<string, unknown>): void => {
  Object.assign(d.threePublic.reception, v);
  Object.assign(d.threePublic.total, v);
};

export const LUSONG_ROWS: readonly Row[] = [
  {
    name: 'a project: 资金已全部拨付，无结余结转',
    data: LUSONG, find: '未列入年初预算，年中调增16.85万元，全年预算16.85万元，实际支出16.85万元，无结余结转。',
    write: '该项目年中调增16.85万元，实际支出16.85万元，资金已全部拨付，无结余结转。',
    claims: ['资金已全部拨付', '无结余结转'],
    breaks: (d) => project(d, '产业发展资金', { actual: 15, carryover: 1.85 }),
    keeps: (d) => project(d, '产业发展资金', { adjustment: 18, actual: 18 }),
  },
  {
    name: 'a project not in the initial budget, all spent',
    data: LUSONG, find: '未列入年初预算，年中调增10.00万元，全年预算10.00万元，实际支出10.00万元，无结余结转。\n资金主要用于企业改制及维稳经费。',
    write: '企业改制专项未列入年初预算，年中追加10.00万元并全部支出。\n资金主要用于企业改制及维稳经费。',
    claims: ['未列入年初预算'],
    breaks: (d) => project(d, '企业改制专项', { initial: 2, adjustment: 8, inInitialBudget: true }),
    keeps: (d) => project(d, '企业改制专项', { adjustment: 12, actual: 12 }),
  },
  {
    name: 'a project with a balance (形成结余)',
    data: LUSONG, find: '上年结转1.32万元，年初预算6.00万元，年中调增0.85万元，全年预算6.85万元，实际支出6.85万元，结余结转1.32万元。',
    write: '推进新型工业化工作专项当年形成结余，结余结转1.32万元。',
    claims: ['形成结余'],
    breaks: (d) => project(d, '推进新型工业化工作专项', { actual: 8.17, carryover: 0 }),
    keeps: (d) => project(d, '推进新型工业化工作专项', { actual: 6.17, carryover: 2 }),
  },
  {
    name: 'every project without a balance',
    data: LUSONG, find: '共列项目七个；其中列入年初预算的两个、年中新增的五个。',
    write: '共列项目七个，各项目均无结余结转。',
    claims: ['各项目均无结余结转'],
    base: (d) => project(d, '推进新型工业化工作专项', { actual: 8.17, carryover: 0 }),
    breaks: (d) => project(d, '产业发展资金', { actual: 15, carryover: 1.85 }),
    keeps: (d) => project(d, '科技专家服务团', { adjustment: 12, actual: 12 }),
  },
  {
    name: 'the count of indicators (设置绩效指标10项)',
    data: LUSONG, find: '##### （1）产出指标',
    write: '本年度设置绩效指标10项，分述如下。\n\n##### （1）产出指标',
    claims: ['10项'],
    breaks: (d) => {
      d.indicators = d.indicators.filter((i: Data) => i.name !== '可持续影响指标');
    },
    keeps: (d) => ind(d, '实现有研发活动的规上企业', { actual: '99家' }),
  },
  {
    name: 'the unit\'s money not all spent (未全部执行)',
    data: LUSONG, find: '全年一般公共预算财政拨款收入1,451.29万元，财政拨款支出1,451.29万元，预算执行率99.91%，结余结转1.32万元。',
    write: '全年财政拨款支出1,451.29万元，预算执行率99.91%，资金未全部执行，结余结转1.32万元。',
    claims: ['未全部执行'],
    breaks: (d) => {
      Object.assign(d.budget, { actual: 1452.61, rate: 100, carryover: 0 });
    },
    keeps: (d) => {
      Object.assign(d.budget, { actual: 1450.00, rate: 99.82, carryover: 2.61 });
    },
  },
  {
    name: '三公 compared with last year, no figure (比上年有所增加)',
    data: LUSONG, find: RECEPTION_LINE,
    write: '公务接待费本年决算3.63万元，比上年有所增加。',
    claims: ['比上年有所增加'],
    breaks: (d) => reception(d, { actual: 2 }),
    keeps: (d) => reception(d, { actual: 3 }),
  },
  {
    name: '三公 compared with last year, with its figure (比上年增加1.07万元)',
    data: LUSONG, find: RECEPTION_LINE,
    write: '公务接待费本年决算3.63万元，比上年增加1.07万元，主要是接待任务增加。',
    claims: ['增加0.56万元'],
    breaks: (d) => reception(d, { actual: 2 }),
    keeps: (d) => reception(d, { actual: 4, budget: 4 }),
  },
  {
    name: '三公 within its budget (未超出预算)',
    data: LUSONG, find: RECEPTION_LINE,
    write: '公务接待费本年决算3.63万元，未超出预算。',
    claims: ['未超出预算'],
    breaks: (d) => reception(d, { actual: 4 }),
    keeps: (d) => reception(d, { actual: 3 }),
  },
  {
    name: '三公 item that did not occur (未发生)',
    data: LUSONG, find: RECEPTION_LINE,
    write: '本年度公务接待费未发生。',
    claims: ['未发生'],
    base: (d) => reception(d, { actual: 0 }),
    breaks: (d) => reception(d, { actual: 1.2 }),
    keeps: (d) => reception(d, { budget: 4 }),
  },
  {
    name: 'staff compared with last year, no figure (较上年有所增加)',
    data: LUSONG, find: /核定编制16人，截至2023年12月31日实有在职人员14人，比上年末的10人增加4人，变动幅度40\.00%，本年调入4人，人员控制率87\.5%。/u,
    write: '截至年末实有在职人员14人，较上年有所增加。',
    claims: ['较上年有所增加'],
    breaks: (d) => {
      d.staffing.priorActual = 16;
      delete d.staffing.changeReason;
    },
    keeps: (d) => {
      d.staffing.priorActual = 12;
    },
  },
  {
    name: 'staff above last year (高于上年)',
    data: LUSONG, find: /核定编制16人，截至2023年12月31日实有在职人员14人，比上年末的10人增加4人，变动幅度40\.00%，本年调入4人，人员控制率87\.5%。/u,
    write: '截至年末实有在职人员14人，高于上年。',
    claims: ['高于上年'],
    breaks: (d) => {
      d.staffing.priorActual = 15;
      delete d.staffing.changeReason;
    },
    keeps: (d) => {
      d.staffing.priorActual = 11;
    },
  },
  {
    name: 'staff level with last year (与上年持平)',
    data: LUSONG, find: /核定编制16人，截至2023年12月31日实有在职人员14人[^。]*。/u,
    write: '截至年末实有在职人员14人，与上年持平。',
    claims: ['与上年持平'],
    base: (d) => {
      d.staffing.priorActual = 14;
      delete d.staffing.changeReason;
    },
    breaks: (d) => {
      d.staffing.priorActual = 12;
    },
    keeps: (d) => {
      d.staffing.actual = 15;
      d.staffing.priorActual = 15;
      d.staffing.controlRate = 93.75;
    },
  },
  {
    name: '三公 below last year, no figure (比上年有所下降)',
    data: LUSONG, find: RECEPTION_LINE,
    write: '公务接待费本年决算2.00万元，比上年有所下降。',
    claims: ['比上年有所下降'],
    base: (d) => reception(d, { actual: 2 }),
    breaks: (d) => reception(d, { actual: 3.5 }),
    keeps: (d) => reception(d, { actual: 2.5 }),
  },
  {
    name: 'an indicator missed its target (未完成年度目标)',
    data: LUSONG, find: /二是规模工业总产值同比增长年度目标8%，实际完成6%，未完成年度目标[^；]*；/u,
    write: '二是规模工业总产值同比增长6%，未完成年度目标；',
    claims: ['未完成年度目标'],
    breaks: (d) => ind(d, '规模工业总产值同比增长', { actual: '9%', score: 5 }),
    keeps: (d) => ind(d, '规模工业总产值同比增长', { actual: '7%' }),
  },
  {
    name: 'an indicator beat its target (超额完成年度目标)',
    data: LUSONG, find: '一是完成新增规模以上工业企业年度目标16家，实际完成20家，超额完成年度目标；',
    write: '一是完成新增规模以上工业企业20家，超额完成年度目标；',
    claims: ['超额完成年度目标'],
    breaks: (d) => ind(d, '完成新增规模以上工业企业', { actual: '15家', score: 9.38 }),
    keeps: (d) => ind(d, '完成新增规模以上工业企业', { actual: '18家' }),
  },
  {
    name: 'every indicator met (各项指标均已完成)',
    data: LUSONG, find: '##### （1）产出指标',
    write: '各项指标均已完成。\n\n##### （1）产出指标',
    claims: ['各项指标均已完成'],
    base: (d) => {
      ind(d, '规模工业总产值同比增长', { actual: '9%', score: 5 });
      ind(d, '基本支出', { actual: '180万元', score: 20 });
    },
    breaks: (d) => ind(d, '完成新增规模以上工业企业', { actual: '10家', score: 6.25 }),
    keeps: (d) => ind(d, '实现有研发活动的规上企业', { actual: '99家' }),
  },
  {
    name: 'the count of indicators missed (10项指标中，2项未完成)',
    data: LUSONG, find: '##### （1）产出指标',
    write: '10项指标中，2项未完成。\n\n##### （1）产出指标',
    claims: ['2项未完成'],
    breaks: (d) => ind(d, '规模工业总产值同比增长', { actual: '9%', score: 5 }),
    keeps: (d) => ind(d, '完成新增规模以上工业企业', { actual: '30家' }),
  },
  {
    name: 'an achievement above its task (超过全年任务)',
    data: LUSONG, find: '创新主体方面，科技型中小企业注册备案262家，居全市第二，为全年任务160家的163.75%。',
    write: '创新主体方面，科技型中小企业注册备案262家，超过全年任务。',
    claims: ['超过全年任务'],
    breaks: (d) => ach(d, 'tech_sme', { value: 150 }),
    keeps: (d) => ach(d, 'tech_sme', { value: 200 }),
  },
  {
    name: 'an achievement beat its task (超额完成全年任务)',
    data: LUSONG, find: '此外，高新技术企业申报57家，为全年任务54家的105.56%；',
    write: '此外，高新技术企业申报57家，超额完成全年任务；',
    claims: ['超额完成全年任务'],
    breaks: (d) => ach(d, 'hitech_applied', { value: 50 }),
    keeps: (d) => ach(d, 'hitech_applied', { value: 60 }),
  },
  {
    name: 'a rank in words (位居全市第二)',
    data: LUSONG, find: '研发投入方面，全社会研发投入强度达6.2%，居全市第二；',
    write: '研发投入方面，全社会研发投入强度6.2%，位居全市第二；',
    claims: ['居全市第二'],
    breaks: (d) => ach(d, 'rd_intensity', { rank: '全市第三' }),
    keeps: (d) => ach(d, 'rd_intensity', { value: 6.5 }),
  },
  {
    name: 'an approximation (95%以上)',
    data: LUSONG, find: '服务对象满意度95%以上。',
    write: '服务对象满意度保持在95%以上，企业反映良好。',
    claims: ['95%以上'],
    breaks: (d) => ach(d, 'satisfaction', { value: 92 }),
    keeps: (d) => ach(d, 'satisfaction', { value: 97 }),
  },
  {
    name: 'the grade (自评等级为“优”)',
    data: LUSONG, find: /总分95分，自评等级为“优”。/u,
    write: '总分95分，自评等级为“优”，整体较好。',
    claims: ['自评等级为“优'],
    breaks: (d) => {
      d.scoreSummary.scoreTotal = 85;
    },
    keeps: (d) => {
      d.scoreSummary.scoreTotal = 92;
    },
  },
];

export const ROWS: readonly Row[] = [...ZHUZHOU_ROWS, ...LUSONG_ROWS];
