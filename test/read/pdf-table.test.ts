import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReportFile } from '../../pipeline/read/index.js';
import type { CheckResult } from '../../schemas/check-result.js';
import { jixiao } from '../support/cli.js';
import { EXAMPLES, ROOT } from '../support/paths.js';

const FIXTURES = path.join(ROOT, 'test/fixtures/read');
const ZHUZHOU = path.join(FIXTURES, 'zhuzhou-score-table.pdf');
const LUSONG = path.join(FIXTURES, 'lusong-score-table.pdf');

const SCORE_HEADER = '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |';

interface Mention {
  readonly text: string;
  readonly status: string;
  readonly factId?: string;
  readonly inTable: boolean;
}

function checkJson(file: string, data: string): { coverage: Record<string, number>; mentions: Mention[]; findings: { severity: string; message: string }[] } {
  const run = jixiao(['check', file, '--data', path.join(EXAMPLES, data), '-f', 'json']);
  const report = JSON.parse(run.stdout) as { files: [{ coverage: Record<string, number>; mentions: Mention[]; findings: { severity: string; message: string }[] }] };
  return report.files[0];
}

describe('PDF score tables rebuilt from their header', () => {
  it('reads a flattened 自评表 as GFM: wrapped cells joined into one row, the repeated header of the next page dropped', async () => {
    const { text } = await readReportFile(ZHUZHOU);
    const lines = text.split('\n');
    const header = lines.indexOf(SCORE_HEADER);
    expect(header).toBeGreaterThan(0);
    expect(lines[header + 1]).toBe('|---|---|---|---|---|---|---|---|');
    // 产出指标 / 新增…科技创新 / 5个 16个 5 5 / （40分） 平台: four PDF lines, one row.
    expect(lines[header + 2]).toBe('| 产出指标（40分） |  | 新增省级以上科技创新平台 | 5个 | 16个 | 5 | 5 |  |');
    // The header on the second page is not repeated; its first row follows the first page's last.
    expect(lines.filter((l) => l.includes('一级指标'))).toHaveLength(1);
    const last = lines.indexOf('|  | 时效指标 | 拨付时间 | 12月 | 12月 | 5 | 5 |  |');
    expect(lines[last + 1]).toBe('|  | 经济效益指标 | 高新技术产业增加值占GDP比重 | 15% | 17.9% | 5 | 5 |  |');
    // A cell taller than its neighbours (four lines of 偏差原因) stays in its own row.
    expect(text).toContain('|  | 经济成本指标 | 全社会研发投入总量 | 120亿元 | 115.49亿元 | 5 | 4 | 原因：经济环境影响，企业压缩研发投入措施：加强对企业的政策扶持和服务 |');
    expect(text).toContain('|  | 社会成本指标 | 新重组获批全国重点实验室 | 1家 | 1家 | 5 | 5 |  |');
    // Every line from the header to the 总分 row is a table row: no figure is left on a loose line.
    const total = lines.findIndex((l) => l.includes('| 总分 |'));
    // Header, delimiter, the 17 indicators (ind.0–ind.16), then 总分.
    expect(total - header).toBe(19);
    expect(lines.slice(header, total + 1).every((l) => l.startsWith('|') && l.endsWith('|'))).toBe(true);
    expect(lines[total + 1]).toBe('注：金额单位为万元。');
  });

  it('reads the 基础数据表 block above it, leading row labels as columns, and stops where the next block starts', async () => {
    const { text } = await readReportFile(ZHUZHOU);
    const lines = text.split('\n');
    const header = lines.indexOf('|  |  | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |');
    expect(header).toBeGreaterThan(0);
    expect(lines.slice(header + 2, header + 6)).toEqual([
      '|  | 年度资金总额 | 3600.00 | 1864.05 | 1864.05 | 10 | 100.00% | 10 |',
      '| 项目资金（万元） | 其中：当年财政拨款 | 3600.00 | 1864.05 | 1864.05 | — | — | — |',
      '|  | 上年结转资金 | — | — | — | — | — | — |',
      '|  | 其他资金 | — | — | — | — | — | — |',
    ]);
    // The 年度总体目标 row: its two cells wrapped side by side, put back as a table of their own.
    expect(lines.slice(header + 6, header + 9)).toEqual([
      '| 年度总体目标 | 预期目标 | 实际完成情况 |',
      '|---|---|---|',
      '|  | 年度目标：以两项活动为抓手培育新质生产力。 | 新增省级以上科技创新平台16个；高新技术企业数1302家；技术合同交易额480.68亿元；株洲市双创精英人才36名；全社会研发投入强度3.15%；万人高价值发明专利拥有量14.91件；其余指标见下表。 |',
    ]);
  });

  it('reads another draft: a 4-line 年度指标值 cell and text in 实际完成值', async () => {
    const { text } = await readReportFile(LUSONG);
    expect(text).toContain('|  |  | 完成新增规模以上工业企业 | 16家 | 20家 | 10 | 10 |  |');
    expect(text).toContain('|  | 可持续影响指标 | 可持续影响指标 | 促进科技创新和工业经济高质量发展 | 已完成 | 5 | 5 |  |');
    expect(text).toContain('|  | 经济效益指标 | 规模工业总产值同比增长 | 8% | 6% | 5 | 3 | 原因：经济下行，企业效益下滑 |');
    expect(text).toContain('| 年度资金总额 | 192.31 | 1,452.61 | 1,451.29 | 10 | 99.91% | 9 |');
  });

  it('reads the 三公经费 table: the header keeps its unit, a marked row label wrapped with a hanging indent is one cell', async () => {
    const { text } = await readReportFile(LUSONG);
    const lines = text.split('\n');
    const header = lines.indexOf('| 经费控制情况（万元） | 2022年决算数 | 2023年预算数 | 2023年决算数 |');
    expect(header).toBeGreaterThan(0);
    expect(lines.slice(header + 2, header + 5)).toEqual([
      '| 三公经费 | 2.56 | 3.63 | 3.63 |',
      '| 1．公务用车购置和运行维护费 | — | — | — |',
      '| 其中：公车购置 | — | — | — |',
    ]);
    expect(text).toContain('| 政府采购金额 | — | 8.50 | 97.68 |');
  });

  it('check binds the table figures by column: 5个 is ind.0.target, 16个 ind.0.actual, and nothing is left unbound', () => {
    const { coverage, mentions, findings } = checkJson(ZHUZHOU, 'zhuzhou-2024-keji-fund.yaml');
    const inTable = (t: string) => mentions.filter((m) => m.inTable && m.text === t);
    expect(inTable('5个')).toEqual([expect.objectContaining({ status: 'bound', factId: 'ind.0.target' })]);
    // In the 年度总体目标 row's 实际完成情况 and in the indicator's row.
    expect(inTable('16个')).toEqual([expect.objectContaining({ status: 'bound', factId: 'ind.0.actual' }), expect.objectContaining({ status: 'bound', factId: 'ind.0.actual' })]);
    expect(inTable('321家')).toEqual([expect.objectContaining({ status: 'bound', factId: 'ind.16.actual' })]);
    expect(coverage).toMatchObject({ unbound: 0, mismatched: 0 });
    // A clean draft: any error would be a false alarm.
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);

    const lusong = checkJson(LUSONG, 'lusong-2023-kegongxin.yaml');
    const row = lusong.mentions.filter((m) => m.inTable && ['16家', '20家'].includes(m.text));
    expect(row.map((m) => [m.text, m.status, m.factId])).toEqual([
      ['16家', 'bound', 'ind.0.target'],
      ['20家', 'bound', 'ind.0.actual'],
    ]);
    // The 2022年决算数 column is last year's: the year is read from the title under 附件1.
    const three = lusong.mentions.filter((m) => m.inTable && m.factId?.startsWith('three.total.'));
    expect(three.map((m) => [m.text, m.status, m.factId])).toEqual([
      ['2.56', 'bound', 'three.total.prior'],
      ['3.63', 'bound', 'three.total.budget'],
      ['3.63', 'bound', 'three.total.actual'],
    ]);
  });
});

describe('tables as LibreOffice lays them out in a PDF, checked like the Markdown they were made from', () => {
  const md = (name: string) => readFileSync(path.join(ROOT, 'bench', 'tables-b', name), 'utf8').split('\n').filter((l) => l.startsWith('|') && !/^\|\s*:?-/.test(l));
  const rows = async (file: string) => (await readReportFile(path.join(FIXTURES, file))).text.split('\n').filter((l) => l.startsWith('|') && !l.startsWith('|---'));
  const errors = (file: string) => {
    const run = jixiao(['check', path.join(FIXTURES, file), '-f', 'json']);
    return (JSON.parse(run.stdout) as CheckResult).files[0]?.findings.filter((f) => f.severity !== 'info') ?? [];
  };
  // Cells compared without the alignment row and the spaces Markdown allows around them.
  const cells = (lines: readonly string[]) => lines.map((l) => l.split('|').map((c) => c.trim()).join('|'));

  it('a header over four lines (结余 above, （万元） and 率 below, 项目名称 beside) is one header; a tall row is one row', async () => {
    expect(cells(await rows('wrapped-header.pdf'))).toEqual(cells(md('clean/16.md')));
  });

  it('a header repeated on the next page continues the table; a code cell wrapped over two lines is one cell', async () => {
    expect(cells(await rows('repeated-header.pdf'))).toEqual(cells(md('clean/03.md')));
  });

  it('a table that runs on to the next page without repeating its header goes on as one table', async () => {
    const table = await rows('runs-on.pdf');
    // Its last rows are on the next page, the 总分 row among them.
    expect(table.some((l) => l.includes('| 救助资金结算时限 | ≤15个工作日 | 12个工作日 | 10 | 10 |'))).toBe(true);
    expect(table.at(-1)).toContain('| 总分 |  |  | 100 | 99.39 |');
    expect(errors('runs-on.pdf')).toEqual([]);
    expect(errors('runs-on-changed.pdf').map((f) => [f.code, f.stated])).toEqual([['JX_CHECK_SCORE_TOTAL', '98.39']]);
  });

  it('a group label wrapped over two rows (产出指标 / （40分）) is one label; a changed label is the one finding', () => {
    expect(errors('split-label.pdf')).toEqual([]);
    expect(errors('split-label-changed.pdf').map((f) => [f.code, f.stated, f.message])).toEqual([
      ['JX_CHECK_WEIGHT_TOTAL', '45分', '产出指标标明 45 分，所属各指标分值之和为 40'],
    ]);
  });

  it('a 基础数据表 block headed 编制数 | 实有在职人数 | 控制率 is a table, and the one under it another', async () => {
    const table = await rows('basic-data.pdf');
    expect(table.slice(0, 3)).toEqual(['|  | 编制数 | 实有在职人数 | 控制率 |', '| 财政供养人员情况（人） | 46 | 43 | 93.48% |', '| 经费控制情况（万元） | 2023年决算数 | 2024年预算数 | 2024年决算数 |']);
    expect(errors('basic-data.pdf')).toEqual([]);
    expect(errors('basic-data-changed.pdf').map((f) => [f.code, f.stated])).toEqual([['JX_CHECK_RATE', '95.65%']]);
  });

  it('a 结转结余 table whose wrapped names stand around the one-line ones is one header; its balance is checked', async () => {
    expect((await rows('carry-over.pdf')).slice(0, 2)).toEqual(['| 资金性质 | 年初结转结余 | 本年收入 | 本年支出 | 年末结转结余 |', '| 一般公共预算财政拨款 | 386.42 | 18,652.30 | 18,811.57 | 227.15 |']);
    expect(errors('carry-over.pdf')).toEqual([]);
    expect(errors('carry-over-changed.pdf').map((f) => [f.code, f.stated])).toEqual([['JX_CHECK_BALANCE', '227.15']]);
  });

  it('a 结余 column named over its unit on a line of its own is a column, its amounts anchor the rows; 全年预算 − 实际支出 is checked against it', async () => {
    // The report's second table, after its table of 执行率; a 结余原因 wrapped around the row's figures is that row's.
    const table = await rows('balance-column.pdf');
    const at = table.indexOf('| 项目名称 | 全年预算（万元） | 实际支出（万元） | 结余（万元） | 结余原因 |');
    expect(at).toBeGreaterThan(0);
    expect(table.slice(at + 1, at + 3)).toEqual([
      '| 松材线虫病防治 | 142.00 | 118.72 | 23.28 | 部分除治作业按合同约定于2025年春季验收后付款。 |',
      '| 国土绿化及造林补助 | 365.50 | 349.08 | 16.42 | 补植苗木款待成活率核验后结算。 |',
    ]);
    expect(errors('balance-column.pdf')).toEqual([]);
    expect(errors('balance-column-changed.pdf').map((f) => [f.code, f.stated])).toEqual([['JX_CHECK_BALANCE', '32.28']]);
  });

  it('a table of outputs (指标名称 | 计量单位 | 年度目标 | 实际完成 | 完成率) and a staff table by kind are tables; their rates are checked', async () => {
    expect(await rows('outputs-table.pdf')).toContain('| 维修供水工程 | 处 | 46 | 49 | 106.52 |');
    expect(errors('outputs-table.pdf')).toEqual([]);
    expect(errors('outputs-table-changed.pdf').map((f) => [f.code, f.stated])).toEqual([['JX_CHECK_RATE', '106.25']]);
    expect(await rows('staff-kinds.pdf')).toContain('| 其中：工勤编制 | 5 | 4 | 4 | 3 | 80.00 |');
    expect(errors('staff-kinds.pdf')).toEqual([]);
    expect(errors('staff-kinds-changed.pdf').map((f) => [f.code, f.stated])).toEqual([['JX_CHECK_RATE', '82.00']]);
  });

  it('the clean tables raise nothing; one changed cell in each is found', () => {
    expect(errors('wrapped-header.pdf')).toEqual([]);
    expect(errors('repeated-header.pdf')).toEqual([]);
    // The changed 全年预算 breaks its row's balance (上年结转 + 全年预算 − 执行数 = 结余) and the column's 合计.
    expect(errors('wrapped-header-changed.pdf').map((f) => [f.code, f.stated])).toEqual([['JX_CHECK_BALANCE', '22.42'], ['JX_CHECK_SUM', '772.90']]);
    expect(errors('repeated-header-changed.pdf').map((f) => [f.code, f.stated])).toEqual([['JX_CHECK_RATE', '75.97%']]);
  });

  it('a 自评表 PDF gives the findings its Word file gives: its 资金 and 指标 parts read as one table, a group name drawn on its group\'s second row', () => {
    const what = (file: string) => {
      const run = jixiao(['check', file, '-f', 'json']);
      return (JSON.parse(run.stdout) as CheckResult).files[0]?.findings.map((f) => `${f.code} ${f.message}`);
    };
    expect(what(LUSONG)).toEqual(what(path.join(EXAMPLES, 'lusong-2023-kegongxin-自评表.docx')));
    expect(what(LUSONG)).toContain('JX_CHECK_WEIGHT_TOTAL 总分行的分值为 90，各项分值（含预算执行率）之和为 100');
    expect(what(ZHUZHOU)).toEqual(what(path.join(EXAMPLES, 'zhuzhou-2024-keji-fund-自评表.docx')));
  });
});

describe('headers as Word draws them in a PDF (no file: lines as the reader gives them)', () => {
  const page = { lines: [], left: 0, right: 500, bodySize: 10 };
  /** A line of 10-point pieces [text, left, right] at height y. */
  const line = (y: number, pieces: [string, number, number][]) => ({
    page,
    line: { text: pieces.map((p) => p[0]).join(' '), left: pieces[0]?.[1] ?? 0, right: pieces.at(-1)?.[2] ?? 0, size: 10, cells: pieces.length, y, pieces: pieces.map(([text, left, right]) => ({ text, left, right })) },
  });

  it('项目 | 增减额 | 增减率 name a table; a year over 决算数 (2023年 / 决算数) joins its header', async () => {
    const { rebuildTables } = await import('../../pipeline/read/pdf-table.js');
    const out = rebuildTables([
      line(700, [['2023年', 100, 130], ['2024年', 160, 190]]),
      line(690, [['项目', 20, 40], ['增减额', 220, 250], ['增减率', 280, 310]]),
      line(680, [['决算数', 100, 130], ['决算数', 160, 190]]),
      line(660, [['支出合计', 20, 60], ['6,818.07', 95, 135], ['7,519.87', 155, 195], ['701.80', 220, 250], ['10.29%', 280, 310]]),
      line(645, [['基本支出', 20, 60], ['2,051.02', 95, 135], ['2,101.12', 155, 195], ['50.10', 225, 250], ['2.44%', 285, 310]]),
    ]);
    expect(out.map((l) => l.line.text).join('\n').split('\n').slice(0, 3)).toEqual([
      '| 项目 | 2023年决算数 | 2024年决算数 | 增减额 | 增减率 |',
      '|---|---|---|---|---|',
      '| 支出合计 | 6,818.07 | 7,519.87 | 701.80 | 10.29% |',
    ]);
  });
  it('a 政府采购 table (采购类别 | 采购预算 | 实际采购金额) is a table', async () => {
    const { rebuildTables } = await import('../../pipeline/read/pdf-table.js');
    const out = rebuildTables([
      line(690, [['采购类别', 20, 60], ['采购预算', 100, 140], ['实际采购金额', 160, 220]]),
      line(670, [['合计', 20, 40], ['1,789.20', 100, 140], ['1,710.01', 170, 210]]),
      line(655, [['货物类', 20, 50], ['186.40', 105, 140], ['172.95', 175, 210]]),
    ]);
    expect(out.map((l) => l.line.text).join('\n').split('\n')).toEqual([
      '| 采购类别 | 采购预算 | 实际采购金额 |',
      '|---|---|---|',
      '| 合计 | 1,789.20 | 1,710.01 |',
      '| 货物类 | 186.40 | 172.95 |',
    ]);
  });
  it('科目编码 over 类 | 款 | 项 stays a title above; repeated with the header on the next page, the table goes on', async () => {
    const { rebuildTables } = await import('../../pipeline/read/pdf-table.js');
    const next = { lines: [], left: 0, right: 500, bodySize: 10 };
    const on = (l: ReturnType<typeof line>) => ({ ...l, page: next });
    const header = (y: number) => line(y, [['类', 20, 30], ['款', 50, 60], ['项', 80, 90], ['科目名称', 120, 160], ['决算数', 220, 250]]);
    const out = rebuildTables([
      line(700, [['科目编码', 20, 90]]),
      header(690),
      line(670, [['208', 20, 35], ['社会保障支出', 120, 180], ['133.87', 220, 250]]),
      line(655, [['208', 20, 35], ['05', 50, 60], ['养老支出', 120, 160], ['133.87', 220, 250]]),
      on(line(800, [['科目编码', 20, 90]])),
      on(header(790)),
      on(line(770, [['208', 20, 35], ['05', 50, 60], ['06', 80, 90], ['职业年金', 120, 160], ['133.87', 220, 250]])),
    ]);
    expect(out.map((l) => l.line.text).join('\n').split('\n')).toEqual([
      '科目编码',
      '| 类 | 款 | 项 | 科目名称 | 决算数 |',
      '|---|---|---|---|---|',
      '| 208 |  |  | 社会保障支出 | 133.87 |',
      '| 208 | 05 |  | 养老支出 | 133.87 |',
      '| 208 | 05 | 06 | 职业年金 | 133.87 |',
    ]);
  });
  it('spending to the end of each quarter (一季度累计 … 全年累计执行 | 全年执行率) is a table; a unit wrapped under the last row is that row\'s', async () => {
    const { rebuildTables } = await import('../../pipeline/read/pdf-table.js');
    const out = rebuildTables([
      line(690, [['乡镇', 20, 40], ['全年预算', 80, 120], ['一季度累计', 140, 190], ['上半年累计', 210, 260], ['全年累计执行', 280, 340], ['全年执行率', 360, 410]]),
      line(670, [['柏口乡', 20, 50], ['486.17万元', 80, 125], ['46.98万元', 145, 190], ['156.24万元', 215, 260], ['406.44万元', 295, 340], ['83.60%', 370, 400]]),
      line(655, [['梅坪镇', 20, 50], ['415.07万', 80, 120], ['90.86万', 145, 185], ['208.53万', 215, 255], ['415.07万元', 295, 340], ['100.00%', 365, 400]]),
      line(645, [['元', 80, 90], ['元', 145, 155], ['元', 215, 225]]),
      line(620, [['三、存在的问题', 20, 100]]),
    ]);
    expect(out.map((l) => l.line.text).join('\n').split('\n')).toEqual([
      '| 乡镇 | 全年预算 | 一季度累计 | 上半年累计 | 全年累计执行 | 全年执行率 |',
      '|---|---|---|---|---|---|',
      '| 柏口乡 | 486.17万元 | 46.98万元 | 156.24万元 | 406.44万元 | 83.60% |',
      '| 梅坪镇 | 415.07万元 | 90.86万元 | 208.53万元 | 415.07万元 | 100.00% |',
      '三、存在的问题',
    ]);
  });
  it('sources of funds as columns (项目 | 财政拨款 | 其他资金 | 合计) make a table laid on its side', async () => {
    const { rebuildTables } = await import('../../pipeline/read/pdf-table.js');
    const out = rebuildTables([
      line(690, [['项目', 20, 40], ['财政拨款', 120, 160], ['其他资金', 200, 240], ['合计', 290, 310]]),
      line(670, [['全年预算数', 20, 70], ['2,796,124.33', 110, 160], ['787,449.86', 200, 240], ['3,583,574.19', 260, 310]]),
      line(655, [['预算执行率', 20, 70], ['96.81%', 130, 160], ['100.00%', 205, 240], ['99.07%', 280, 310]]),
    ]);
    expect(out.map((l) => l.line.text).join('\n').split('\n')).toEqual([
      '| 项目 | 财政拨款 | 其他资金 | 合计 |',
      '|---|---|---|---|',
      '| 全年预算数 | 2,796,124.33 | 787,449.86 | 3,583,574.19 |',
      '| 预算执行率 | 96.81% | 100.00% | 99.07% |',
    ]);
  });
  it('counts planned and done (乡镇 | 计划数（个） | 完成数（个） | 完成率) make a table', async () => {
    const { rebuildTables } = await import('../../pipeline/read/pdf-table.js');
    const out = rebuildTables([
      line(690, [['乡镇', 20, 40], ['计划数（个）', 100, 150], ['完成数（个）', 180, 230], ['完成率', 260, 290]]),
      line(670, [['桃岭镇', 20, 50], ['10', 140, 150], ['10', 220, 230], ['100.00%', 255, 290]]),
      line(655, [['合计', 20, 40], ['45', 140, 150], ['44', 220, 230], ['98.89%', 260, 290]]),
    ]);
    expect(out.map((l) => l.line.text).join('\n').split('\n')).toEqual([
      '| 乡镇 | 计划数（个） | 完成数（个） | 完成率 |',
      '|---|---|---|---|',
      '| 桃岭镇 | 10 | 10 | 100.00% |',
      '| 合计 | 45 | 44 | 98.89% |',
    ]);
  });
  it('a score sheet by the provincial framework (序号 | 评价维度 | 评价指标 | 标准分 | 自评得分) is a table', async () => {
    const { rebuildTables } = await import('../../pipeline/read/pdf-table.js');
    const out = rebuildTables([
      line(690, [['序号', 20, 40], ['评价维度', 60, 100], ['评价指标', 140, 180], ['标准分', 230, 260], ['自评得分', 280, 320]]),
      line(670, [['总分', 20, 40], ['100', 240, 255], ['96.1', 290, 310]]),
      line(655, [['1', 25, 30], ['运行成本', 60, 100], ['三公经费变动率', 130, 200], ['6', 245, 250], ['6', 300, 305]]),
    ]);
    expect(out.map((l) => l.line.text).join('\n').split('\n')).toEqual([
      '| 序号 | 评价维度 | 评价指标 | 标准分 | 自评得分 |',
      '|---|---|---|---|---|',
      '| 总分 |  |  | 100 | 96.1 |',
      '| 1 | 运行成本 | 三公经费变动率 | 6 | 6 |',
    ]);
  });
  it('收入项目 | 金额 | 支出项目 | 金额 is a table: a 收支总表 in two halves', async () => {
    const { rebuildTables } = await import('../../pipeline/read/pdf-table.js');
    const out = rebuildTables([
      line(690, [['收入项目', 20, 60], ['金额（万元）', 120, 170], ['支出项目', 200, 240], ['金额（万元）', 300, 350]]),
      line(670, [['事业收入', 20, 60], ['91.96', 140, 170], ['住房保障支出', 200, 260], ['174.19', 320, 350]]),
      line(655, [['收入总计', 20, 60], ['1016.79', 135, 170], ['支出总计', 200, 240], ['1016.79', 315, 350]]),
    ]);
    expect(out.map((l) => l.line.text).join('\n').split('\n')).toEqual([
      '| 收入项目 | 金额（万元） | 支出项目 | 金额（万元） |',
      '|---|---|---|---|',
      '| 事业收入 | 91.96 | 住房保障支出 | 174.19 |',
      '| 收入总计 | 1016.79 | 支出总计 | 1016.79 |',
    ]);
  });
  it('科目编码 | 科目名称 | 全年预算数 | 决算数 is a table; its 合计 row has no code', async () => {
    const { rebuildTables } = await import('../../pipeline/read/pdf-table.js');
    const out = rebuildTables([
      line(690, [['科目编码', 20, 60], ['科目名称', 100, 140], ['全年预算数', 200, 250], ['决算数', 270, 300]]),
      line(670, [['合计', 100, 120], ['6,033.83', 205, 250], ['5,830.67', 265, 300]]),
      line(655, [['208', 20, 35], ['社会保障支出', 100, 160], ['101.30', 215, 250], ['101.30', 270, 300]]),
    ]);
    expect(out.map((l) => l.line.text).join('\n').split('\n').slice(2)).toEqual(['|  | 合计 | 6,033.83 | 5,830.67 |', '| 208 | 社会保障支出 | 101.30 | 101.30 |']);
  });
  it('a header every name of which is wrapped (预算数（万 / 元）, 执行 / 率; 项目 and 备注 on the middle line) is one header', async () => {
    const { rebuildTables } = await import('../../pipeline/read/pdf-table.js');
    const header = [
      line(700, [['预算数（万', 100, 150], ['实际支出数（万', 170, 230], ['执行', 250, 270]]),
      line(690, [['项目', 20, 40], ['备注', 290, 310]]),
      line(680, [['元）', 110, 130], ['元）', 180, 200], ['率', 255, 265]]),
    ];
    const rows = [
      line(665, [['合计', 20, 40], ['20.32', 110, 140], ['14.57', 180, 210], ['71.70%', 250, 280]]),
      line(650, [['公务接待费', 20, 60], ['11.64', 110, 140], ['7.55', 180, 210], ['64.86%', 250, 280], ['从严', 290, 310]]),
    ];
    const text = (lines: Parameters<typeof rebuildTables>[0]) => rebuildTables(lines).map((l) => l.line.text).join('\n').split('\n');
    expect(text([...header, ...rows])).toEqual([
      '| 项目 | 预算数（万元） | 实际支出数（万元） | 执行率 | 备注 |',
      '|---|---|---|---|---|',
      '| 合计 | 20.32 | 14.57 | 71.70% |  |',
      '| 公务接待费 | 11.64 | 7.55 | 64.86% | 从严 |',
    ]);
    // More header words right under it: the header is not all there (columns too close to tell apart); read as text.
    const more = [...header, line(670, [['（元）', 110, 130]]), ...rows];
    expect(text(more)).toEqual(more.map((l) => l.line.text));
  });
  it('figures typed in full-width digits (１２.４１) are a table\'s figures', async () => {
    const { rebuildTables } = await import('../../pipeline/read/pdf-table.js');
    const out = rebuildTables([
      line(690, [['项目', 20, 40], ['预算数', 100, 130], ['决算数', 160, 190], ['执行率', 220, 250]]),
      line(670, [['公务用车运行维护费', 20, 90], ['１２.４１', 100, 130], ['１１.５０', 160, 190], ['９２.６７％', 220, 250]]),
      line(655, [['公务接待费', 20, 60], ['７.２５', 105, 130], ['５.４１', 165, 190], ['７４.６２％', 220, 250]]),
    ]);
    expect(out.map((l) => l.line.text).join('\n').split('\n').slice(2)).toEqual(['| 公务用车运行维护费 | １２.４１ | １１.５０ | ９２.６７％ |', '| 公务接待费 | ７.２５ | ５.４１ | ７４.６２％ |']);
  });
  it('spending by quarter (季度 | 计划支出 | 实际支出 | 季度执行率) is a table', async () => {
    const { rebuildTables } = await import('../../pipeline/read/pdf-table.js');
    const out = rebuildTables([
      line(690, [['季度', 20, 40], ['计划支出', 100, 140], ['实际支出', 160, 200], ['季度执行率', 220, 270]]),
      line(670, [['第一季度', 20, 60], ['165.42', 105, 140], ['171.94', 165, 200], ['103.94%', 230, 270]]),
    ]);
    expect(out.map((l) => l.line.text).join('\n').split('\n')).toEqual(['| 季度 | 计划支出 | 实际支出 | 季度执行率 |', '|---|---|---|---|', '| 第一季度 | 165.42 | 171.94 | 103.94% |']);
  });
  it('spending by month (月份 | 当月支出 | 累计支出) and plans against results (月度计划 | 实际支出 | 完成率) are tables', async () => {
    const { rebuildTables } = await import('../../pipeline/read/pdf-table.js');
    const text = (lines: Parameters<typeof rebuildTables>[0]) => rebuildTables(lines).map((l) => l.line.text).join('\n').split('\n');
    expect(
      text([
        line(690, [['月份', 20, 40], ['当月支出（元）', 100, 160], ['累计支出（元）', 180, 240]]),
        line(670, [['1月', 20, 35], ['130,090.50', 110, 160], ['130,090.50', 190, 240]]),
      ]),
    ).toEqual(['| 月份 | 当月支出（元） | 累计支出（元） |', '|---|---|---|', '| 1月 | 130,090.50 | 130,090.50 |']);
    expect(
      text([
        line(690, [['月份', 20, 40], ['月度计划（万元）', 100, 160], ['实际支出（万元）', 180, 240], ['完成率', 260, 290]]),
        line(670, [['1月', 20, 35], ['66.36', 130, 160], ['72.47', 210, 240], ['109.21%', 255, 290]]),
      ]).slice(2),
    ).toEqual(['| 1月 | 66.36 | 72.47 | 109.21% |']);
  });
  it('funds passed down (下达资金 | 拨付资金 | 拨付率) and months as columns (1月 … | 上半年合计) are tables', async () => {
    const { rebuildTables } = await import('../../pipeline/read/pdf-table.js');
    const text = (lines: Parameters<typeof rebuildTables>[0]) => rebuildTables(lines).map((l) => l.line.text).join('\n').split('\n');
    expect(
      text([
        line(690, [['乡镇名称', 20, 60], ['下达资金', 100, 140], ['拨付资金', 160, 200], ['拨付率', 220, 250]]),
        line(670, [['鹤鸣镇', 20, 50], ['68.43', 110, 140], ['55.46', 170, 200], ['81.05%', 220, 250]]),
      ]).slice(2),
    ).toEqual(['| 鹤鸣镇 | 68.43 | 55.46 | 81.05% |']);
    expect(
      text([
        line(690, [['项目', 20, 40], ['1月', 100, 115], ['2月', 140, 155], ['3月', 180, 195], ['一季度合计', 210, 260]]),
        line(670, [['道路清扫', 20, 60], ['6.78', 100, 118], ['30.66', 135, 158], ['37.22', 177, 198], ['74.66', 230, 258]]),
      ]),
    ).toEqual(['| 项目 | 1月 | 2月 | 3月 | 一季度合计 |', '|---|---|---|---|---|', '| 道路清扫 | 6.78 | 30.66 | 37.22 | 74.66 |']);
  });
});

describe('PDFs as LibreOffice prints a Word report (bench/bulk-zc)', () => {
  const BULK = path.join(ROOT, 'bench/bulk-zc/clean');
  it('a figure set right in a wide cell is its own column\'s, not the next header\'s', async () => {
    const { text } = await readReportFile(path.join(BULK, 'p03-yanting-tixiao-xunlian.pdf'));
    expect(text).toContain('| 年度资金总额 | 128.00 | 148.70 | 146.06 | 10 | 98.22% | 9.82 |');
  });
  it('the running head over every page is dropped: a table broken over a page reads as one', async () => {
    const { text } = await readReportFile(path.join(BULK, 'p01-chengchuan-tongjiju-bumen.pdf'));
    const lines = text.split('\n');
    // (the title stays where it is one: on the cover and over the body)
    expect(lines.filter((l) => l === '澄川省统计局2024年度部门整体支出绩效自评报告')).toHaveLength(2);
    const at = lines.indexOf('| 本年支出合计 | 6,011.22 | 6,222.47 | 211.25 | 3.51% |');
    expect(lines[at + 1]).toBe('| 其中：基本支出 | 3,701.17 | 3,828.21 | 127.04 | 3.43% |');
  });
});

describe('amounts too long for their cells, their ends wrapped onto a line of their own (fixture wrapped-amounts.pdf)', () => {
  it('are read whole, and the table adds up', async () => {
    const file = path.join(ROOT, 'test/fixtures/read/wrapped-amounts.pdf');
    const { text } = await readReportFile(file);
    expect(text).toContain('| 基本支出 | 10,684,010.07 | 10,870,552.96 | 11,826,917.35 |');
    expect(text).toContain('| 年度资金总额 | 35,553,800.00 | 36,475,500.00 | 34,894,114.98 | 10 | 95.66% | 9.57 |');
    const result = JSON.parse(jixiao(['check', file, '-f', 'json']).stdout) as CheckResult;
    expect(result.files[0]?.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('the 年度总体目标 row: two cells of sentences wrapped side by side (fixtures goal-row-*.pdf)', () => {
  const read = async (name: string) => (await readReportFile(path.join(FIXTURES, name))).text.split('\n');
  const findings = (name: string) =>
    (JSON.parse(jixiao(['check', path.join(FIXTURES, name), '-f', 'json']).stdout) as CheckResult).files[0]?.findings.filter((f) => f.severity !== 'info');

  it('puts centred cell text back into its cell, the label split over two lines aside, and stops at the next table', async () => {
    const lines = await read('goal-row-centred.pdf');
    const at = lines.indexOf('| 年度总体目标 | 预期目标 | 实际完成情况 |');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 2]).toBe('|  | 完成480公里以上农村公路日常养护，改造危桥3座，优良中等路率达到80%以上。 | 完成养护486.3公里，改造危桥2座，优良中等路率83.60%。 |');
    // The header lines of the indicator table below (偏差原因 / 分析及改进措施) stay that table's.
    expect(lines[at + 3]).toContain('| 偏差原因分析及改进措施 |');
    // Read line by line, the target (达到80%以 / 上。) met the actual 83.60% as the same metric.
    expect(findings('goal-row-centred.pdf')).toEqual([]);
  });

  it('reads left-aligned cells beside a label set one character a line', async () => {
    const lines = await read('goal-row-left.pdf');
    const at = lines.indexOf('| 年度总体目标 | 预期目标 | 实际完成情况 |');
    expect(lines[at + 2]).toBe(
      '|  | 新建（改扩建）公办幼儿园4所，新增公办学位1080个以上，学前三年毛入园率达到92%以上，普惠性幼儿园覆盖率达到88%以上。 | 建成公办幼儿园4所，新增公办学位1120个，学前三年毛入园率93.6%，普惠性幼儿园覆盖率90.3%。 |',
    );
    expect(lines[at + 3]).toBe('三、绩效目标完成情况');
    expect(findings('goal-row-left.pdf')).toEqual([]);
  });
});
