import { isScalar, type Document, type Node } from 'yaml';
import { DATA_VERSION, type ReportData } from '../../schemas/data.js';
import { carryNote, carryOver, yearShiftWords } from '../corpus/carry.js';
import { partsOf, sectionText, shiftYears, type SectionTree } from '../corpus/index.js';
import { extractMentions } from '../mentions/index.js';
import { DataFile, TO_CHECK, TO_FILL, type Path } from './emit.js';

/**
 * The rules that roll a data file over to the next year, field by field (data file version 1): what
 * stays (names, targets, weights, standing prose), what moves to a prior-year field (for 同比), what is
 * emptied for this year's figures (〔待填〕), what is dropped (last year's results and problems).
 * The one module that knows the data file's fields for `init`.
 */

export interface PriorReport {
  readonly tree: SectionTree;
  readonly year: number;
  readonly file: string;
}

export interface Carried {
  /** The data field it fills (background.functions, application). */
  readonly field: string;
  readonly note: string;
}

export interface Rollover {
  readonly file: DataFile;
  /** Fields left empty for this year's values, by path. */
  readonly toFill: string[];
  /** Texts carried from last year's report, each with its note. */
  readonly carried: Carried[];
}

/** Figures in carried prose that are last year's, not this year's: amounts, rates, counts. */
const STALE_KINDS = new Set(['money', 'percent', 'points', 'count', 'quantity']);

/** Standing prose: who the unit is, why the money exists, how it is managed and run. */
const BACKGROUND = ['functions', 'organization', 'purpose', 'management', 'implementation'] as const;

function dot(path: Path): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

class Roll {
  readonly file = new DataFile();
  readonly toFill: string[] = [];
  readonly carried: Carried[] = [];

  constructor(
    private readonly last: Document,
    /** Years from last year's data to this year's. */
    readonly shift: number,
  ) {}

  node(path: Path): Node | undefined {
    const n = this.last.getIn([...path], true);
    return n === undefined || n === null ? undefined : (n as Node);
  }

  /** Last year's value as written, for a comment: 1864.05, 18家. */
  shown(path: Path): string | undefined {
    const n = this.node(path);
    if (n === undefined || !isScalar(n) || n.value === null) return undefined;
    return String(n.source ?? n.value);
  }

  keep(path: Path, comment?: string): void {
    const n = this.node(path);
    if (n !== undefined) this.file.copy(path, n, comment);
  }

  /** Last year's value into a prior-year field (in-service staff → priorActual). */
  move(from: Path, to: Path, comment: string): void {
    const n = this.node(from);
    if (n !== undefined && isScalar(n) && n.value !== null) this.file.copy(to, n, comment);
  }

  /** This year's value, to be filled in: written empty, marked 〔待填〕, last year's beside it. */
  fill(path: Path, what: string, lastPath: Path = path): void {
    const before = this.shown(lastPath);
    this.file.empty(path, `${TO_FILL}${what}${before !== undefined ? `；上年 ${before}` : ''}`);
    this.toFill.push(dot(path));
  }

  /** Fill only where last year's file had the field. */
  fillIfPresent(path: Path, what: string): void {
    if (this.node(path) !== undefined) this.fill(path, what);
  }

  /**
   * Standing prose with its years moved on (the years of cited titles with those of the whole field):
   * a list of paragraphs stays a list, one text stays one text.
   */
  paragraphs(path: Path, texts: string | readonly string[] | undefined, source: string): void {
    if (texts === undefined || texts.length === 0) return;
    const list = typeof texts === 'string' ? [texts] : texts;
    const context = list.join('\n');
    const moved = list.map((t) => shiftYears(t, this.shift, { context }));
    const changed = moved.some((t, i) => t !== list[i]);
    // Standing prose may still state last year's money and counts (年初下达专项预算3500万元): name them.
    const stale = moved.flatMap((t) => extractMentions(t).filter((m) => STALE_KINDS.has(m.kind)).map((m) => m.text));
    const figures = stale.length > 0 ? `；文中有数字（${stale.slice(0, 3).join('、')}${stale.length > 3 ? '等' : ''}），是上年的请改为本年数` : '';
    const comment = `${TO_CHECK}${source}${changed ? `，${yearShiftWords(this.shift)}` : ''}，请核对是否仍然适用${figures}`;
    if (typeof texts === 'string') this.file.text(path, moved[0] ?? '', comment);
    else this.file.value(path, moved, comment);
  }

  text(path: Path, text: string | undefined, comment: string): void {
    if (text === undefined) return;
    const moved = shiftYears(text, this.shift);
    this.file.text(path, moved, moved === text ? undefined : comment);
  }
}

function meta(r: Roll, last: ReportData, year: number): void {
  r.keep(['kind']);
  r.file.number(['version'], String(DATA_VERSION), `数据格式第 ${DATA_VERSION} 版`);
  r.file.number(['meta', 'year'], String(year), `上年 ${last.meta.year}`);
  r.keep(['meta', 'unit']);
  r.keep(['meta', 'shortName']);
  r.keep(['meta', 'department']);
  r.keep(['meta', 'implementer']);
  r.text(['meta', 'project'], last.meta.project, `${TO_CHECK}项目名称中的年份已顺延`);
  r.text(['meta', 'title'], last.meta.title, `${TO_CHECK}标题中的年份已顺延`);
  if (last.meta.notice) {
    const was = `${last.meta.notice.title}${last.meta.notice.number ? `（${last.meta.notice.number}）` : ''}`;
    r.file.empty(['meta', 'notice'], `${TO_FILL}本年度通知名称（title）及文号（number）；上年 ${was}`);
    r.toFill.push('meta.notice');
  }
  for (const key of ['moneyUnit', 'thousands', 'moneyDecimals', 'profile', 'framework'] as const) r.keep(['meta', key]);
}

function staffing(r: Roll, last: ReportData): void {
  if (!last.staffing) return;
  r.keep(['staffing', 'authorized'], `${TO_CHECK}编制数如有变化请修改`);
  r.fill(['staffing', 'actual'], '年末在职人数');
  r.move(['staffing', 'actual'], ['staffing', 'priorActual'], '上年末在职人数（上年的 staffing.actual，同比用）');
  if (last.staffing.actual !== undefined || last.staffing.changeReason !== undefined) r.fill(['staffing', 'changeReason'], '人数变动原因（有变动时）');
  r.fillIfPresent(['staffing', 'otherEmployees'], '其他雇员');
  r.fillIfPresent(['staffing', 'retired'], '退休人数');
  r.fillIfPresent(['staffing', 'departed'], '离休人数');
  r.fillIfPresent(['staffing', 'controlRate'], '报告所列人员控制率（可不填，按人数计算）');
}

function background(r: Roll, last: ReportData, prior: PriorReport | undefined, year: number): void {
  const bg = last.background;
  const fromPrior = prior ? carryOver({ ...last, meta: { ...last.meta, year } }, prior.tree, prior.year, prior.file) : [];
  for (const key of BACKGROUND) {
    if (bg[key] !== undefined) {
      r.paragraphs(['background', key], bg[key], '沿用上年数据');
      continue;
    }
    const c = fromPrior.find((s) => s.topic === key);
    if (!c) continue;
    const note = carryNote(c);
    r.file.value(['background', key], [...c.paragraphs], `${TO_CHECK}${note}，请核对是否仍然适用`);
    r.carried.push({ field: `background.${key}`, note });
  }
  // The documents the fund rests on and is managed by stand from year to year.
  for (const key of ['basis', 'regulations'] as const) r.keep(['background', key], `${TO_CHECK}沿用上年所列文件，本年如有新文件请修改`);
  // How this year's budget was decided is this year's story, with this year's figures.
  if (bg.decision !== undefined) r.fill(['background', 'decision'], '本年预算编制、测算和审批过程（上年的写法可参照上年报告）');
}

function budget(r: Roll, last: ReportData): void {
  const b = last.budget;
  r.fill(['budget', 'initial'], '年初预算数');
  const adjusted = b.adjustments.map((a) => `${a.type}${a.amount}`).join('、');
  r.file.empty(['budget', 'adjustments'], `${TO_FILL}年中追加、压减（有则按上年格式逐项填写）${adjusted ? `；上年 ${adjusted}` : ''}`);
  r.fill(['budget', 'total'], '全年预算数');
  r.fill(['budget', 'actual'], '全年执行数');
  r.fillIfPresent(['budget', 'rate'], '报告所列预算执行率（可不填，按执行数计算）');
  r.fillIfPresent(['budget', 'carryover'], '结余结转');
  r.fillIfPresent(['budget', 'income'], '一般公共预算财政拨款收入');
  for (const source of ['current', 'prior', 'other'] as const) {
    const line = b.sources?.[source];
    if (!line) continue;
    for (const col of ['initial', 'total', 'actual'] as const) {
      if (line[col] !== undefined) r.fill(['budget', 'sources', source, col], ({ initial: '年初预算数', total: '全年预算数', actual: '全年执行数' } as const)[col]);
    }
  }
  // Last year's 结余结转 is this year's 上年结转资金.
  if (b.carryover !== undefined && Number(b.carryover) > 0 && !r.file.has(['budget', 'sources', 'prior', 'total'])) {
    r.file.number(['budget', 'sources', 'prior', 'total'], b.carryover, `${TO_CHECK}上年结余结转，本年作为上年结转资金`);
  }
  for (const key of Object.keys(b.byNature ?? {}) as (keyof NonNullable<typeof b.byNature>)[]) r.fill(['budget', 'byNature', key], '本年数');
  for (const key of Object.keys(b.otherBudgets ?? {})) r.keep(['budget', 'otherBudgets', key], `${TO_CHECK}沿用上年，请核对`);
}

/** 基本支出 and 项目支出 totals: last year's becomes this year's 上年数 (同比). */
function yearOnYear(r: Roll, at: Path): void {
  r.move([...at, 'total'], [...at, 'prior'], '上年数（上年的 total，同比用）');
  r.fillIfPresent([...at, 'changeRate'], '报告所列同比变动率（可不填，按上年数计算）');
  r.fillIfPresent([...at, 'reason'], '与上年相比增减的原因');
}

function basicExpense(r: Roll, last: ReportData): void {
  if (last.kind !== 'department') return;
  if (last.basicExpense) {
    r.fill(['basicExpense', 'total'], '基本支出合计');
    r.fillIfPresent(['basicExpense', 'personnel'], '人员经费');
    r.fillIfPresent(['basicExpense', 'publicUse'], '公用经费');
    r.fillIfPresent(['basicExpense', 'budget'], '基本支出预算数');
    yearOnYear(r, ['basicExpense']);
    if (last.basicExpense.byClass) r.fill(['basicExpense', 'byClass'], `按经济分类列示（上年 ${last.basicExpense.byClass.length} 项）`);
  }
  if (last.projectExpense) {
    r.fill(['projectExpense', 'total'], '项目支出合计');
    r.fillIfPresent(['projectExpense', 'budget'], '项目支出预算数');
    yearOnYear(r, ['projectExpense']);
  }
}

function projects(r: Roll, last: ReportData): void {
  last.projects.forEach((p, i) => {
    const at = ['projects', i] as const;
    r.keep([...at, 'name'], `${TO_CHECK}本年是否仍有此项目`);
    r.keep([...at, 'group']);
    r.fillIfPresent([...at, 'document'], '本年指标文号');
    r.fillIfPresent([...at, 'initial'], '年初预算');
    r.fillIfPresent([...at, 'adjustment'], '年中调整（调增为正，调减为负）');
    if (p.carryover !== undefined && Number(p.carryover) > 0) r.file.number([...at, 'carriedIn'], p.carryover, `${TO_CHECK}上年结余结转`);
    r.fillIfPresent([...at, 'total'], '全年预算');
    r.fill([...at, 'actual'], actualWord(p.actualLabel));
    r.keep([...at, 'actualLabel']);
    r.fillIfPresent([...at, 'carryover'], '结余结转');
    if (p.gap !== undefined) r.fill([...at, 'gap'], '预决算差额及原因（amount、reason）');
    if (!p.inInitialBudget) r.keep([...at, 'inInitialBudget'], `${TO_CHECK}本年是否列入年初预算`);
    r.paragraphs([...at, 'purpose'], p.purpose, '沿用上年数据');
    if (p.items.length > 0) r.fill([...at, 'items'], `明细（上年 ${p.items.map((it) => it.name).join('、')}）`);
    if (p.results) r.fill([...at, 'results'], '本年实施成效');
  });
  last.projectGroups.forEach((g, k) => {
    const at = ['projectGroups', k] as const;
    r.keep([...at, 'name']);
    r.fillIfPresent([...at, 'budget'], '本类全年预算');
    r.fill([...at, 'actual'], `本类${g.actualLabel}合计`);
    r.fillIfPresent([...at, 'rate'], '报告所列本类资金使用率（可不填）');
    r.keep([...at, 'actualLabel']);
  });
}

function actualWord(label: string | undefined): string {
  return label ?? '实际支出';
}

/** 三公经费 and 基础数据表 rows: last year's 决算 becomes this year's 上年决算数. */
function controlRow(r: Roll, at: Path, threePublic = false): void {
  if (r.node(at) === undefined) return;
  r.move([...at, 'actual'], [...at, 'prior'], '上年决算数（上年的 actual，同比用）');
  // Last year's budget of a 三公 item is what reports compare this year's with as 上年预算.
  if (threePublic) r.move([...at, 'budget'], [...at, 'priorBudget'], '上年预算数（上年的 budget）');
  r.fill([...at, 'budget'], '本年预算数');
  r.fill([...at, 'actual'], '本年决算数');
  if (threePublic) {
    r.fillIfPresent([...at, 'changeRate'], '报告所列比上年变动率（可不填）');
    r.fillIfPresent([...at, 'reason'], '增减原因');
  }
}

function control(r: Roll, last: ReportData): void {
  if (last.kind !== 'department') return;
  for (const key of Object.keys(last.threePublic ?? {})) controlRow(r, ['threePublic', key], true);
  const ec = last.expenseControl;
  for (const key of ['projectExpense', 'publicExpense'] as const) {
    const row = ec?.[key];
    if (!row) continue;
    controlRow(r, ['expenseControl', key]);
    row.lines.forEach((_, i) => {
      r.keep(['expenseControl', key, 'lines', i, 'name']);
      controlRow(r, ['expenseControl', key, 'lines', i]);
    });
  }
  if (ec?.procurement) controlRow(r, ['expenseControl', 'procurement']);
  const p = last.procurement;
  if (p) {
    r.fillIfPresent(['procurement', 'budget'], '政府采购预算合计');
    r.fillIfPresent(['procurement', 'actual'], '实际采购金额合计');
    for (const kind of ['goods', 'works', 'services'] as const) {
      if (!p[kind]) continue;
      r.fillIfPresent(['procurement', kind, 'budget'], '采购预算');
      r.fillIfPresent(['procurement', kind, 'actual'], '实际采购金额');
    }
    r.fillIfPresent(['procurement', 'smallBusiness'], '授予中小企业合同金额');
  }
  if (last.assets) r.fill(['assets'], `本年末资产情况（资产总额、固定资产等）${last.assets.total !== undefined ? `；上年资产总额 ${last.assets.total}` : ''}`);
}

function scores(r: Roll, last: ReportData): void {
  r.keep(['budgetRate', 'weight']);
  r.fillIfPresent(['budgetRate', 'score'], '预算执行率得分（可不填，按规则计算）');
  if (last.scoreSummary) r.fill(['scoreSummary'], '自评表所填分值合计、总分、等级（weightTotal、scoreTotal、grade，有则填）');
}

function goals(r: Roll, last: ReportData): void {
  if (!last.goals) return;
  r.paragraphs(['goals', 'expected'], last.goals.expected, '本年预期目标沿用上年');
  if (last.goals.actual) r.fill(['goals', 'actual'], '年度总体目标实际完成情况');
}

function indicators(r: Roll, last: ReportData): void {
  last.indicators.forEach((ind, i) => {
    const at = ['indicators', i] as const;
    r.keep([...at, 'level1']);
    r.keep([...at, 'level2']);
    r.keep([...at, 'name']);
    r.keep([...at, 'target'], `${TO_CHECK}本年年度指标值，沿用上年`);
    r.fill([...at, 'actual'], '实际完成值');
    r.keep([...at, 'weight']);
    r.fill([...at, 'score'], '得分（可不填，按规则计算）');
    r.keep([...at, 'direction']);
    if (ind.band) r.fill([...at, 'band'], '定性指标完成档次（达成、基本达成、部分达成、未达成）');
  });
}

function achievements(r: Roll, last: ReportData): void {
  last.achievements.forEach((a, i) => {
    const at = ['achievements', i] as const;
    r.keep([...at, 'id']);
    r.keep([...at, 'name']);
    r.fill([...at, 'value'], '本年数值');
    r.keep([...at, 'unit']);
    r.move([...at, 'value'], [...at, 'prior'], '上年数值（同比用）');
    if (a.year !== undefined) r.file.number([...at, 'year'], String(a.year + r.shift), `${TO_CHECK}数据所属年度，已顺延`);
    r.fillIfPresent([...at, 'changeRate'], '报告所列同比变动率（可不填，按上年数值计算）');
    if (a.target !== undefined) r.fill([...at, 'target'], '本年任务数');
    if (a.rank !== undefined) r.fill([...at, 'rank'], '本年排名（有则填）');
    r.keep([...at, 'group']);
    r.keep([...at, 'topic']);
  });
}

function closing(r: Roll, last: ReportData, prior: PriorReport | undefined, year: number): void {
  if (last.problems.length > 0) r.fill(['problems'], `本年存在的问题及原因（上年 ${last.problems.length} 条）`);
  if (last.measures) r.fill(['measures'], '下一步改进措施');
  if (last.suggestions) r.fill(['suggestions'], '有关建议');
  if (last.application) {
    r.paragraphs(['application'], last.application, '沿用上年数据');
  } else if (prior) {
    const section = partsOf(prior.tree).get('application')?.[0];
    const text = section ? sectionText(section, { withChildren: true }).trim() : '';
    if (section && text !== '') {
      const original = text.split(/\n+/).map((p) => p.trim()).filter((p) => p !== '');
      const by = year - prior.year;
      const moved = original.map((p) => shiftYears(p, by, { context: text }));
      const note = carryNote({ title: section.title, shift: by, shifted: moved.some((p, i) => p !== original[i]) });
      r.file.value(['application'], moved, `${TO_CHECK}${note}，请核对是否仍然适用`);
      r.carried.push({ field: 'application', note });
    }
  }
  if (last.otherNotes) r.fill(['otherNotes'], '其他需要说明的问题');
  if (last.recognitions) r.fill(['recognitions'], '本年获得的表彰、荣誉');
}

/**
 * Last year's data (and report) → this year's skeleton. Names, targets, weights and standing prose
 * stay; last year's actuals move to the prior-year fields; this year's figures are left to fill.
 */
export function rollOver(last: ReportData, lastDoc: Document, year: number, prior: PriorReport | undefined): Rollover {
  const r = new Roll(lastDoc, year - last.meta.year);
  meta(r, last, year);
  staffing(r, last);
  background(r, last, prior, year);
  budget(r, last);
  basicExpense(r, last);
  projects(r, last);
  control(r, last);
  scores(r, last);
  goals(r, last);
  indicators(r, last);
  achievements(r, last);
  closing(r, last, prior, year);
  return { file: r.file, toFill: r.toFill, carried: r.carried };
}
