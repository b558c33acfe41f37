import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { draftReport, importTables, loadData, parseData, type ImportResult } from '../../pipeline/index.js';
import type { TableModel } from '../../schemas/rendered.js';
import { jixiao } from '../support/cli.js';
import { EXAMPLES, LUSONG, ROOT, ZHUZHOU } from '../support/paths.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'jixiao-import-'));

const FORMS = {
  projectXlsx: path.join(EXAMPLES, 'zhuzhou-2024-keji-fund-自评表.xlsx'),
  projectDocx: path.join(EXAMPLES, 'zhuzhou-2024-keji-fund-自评表.docx'),
  departmentXlsx: path.join(EXAMPLES, 'lusong-2023-kegongxin-自评表.xlsx'),
  departmentDocx: path.join(EXAMPLES, 'lusong-2023-kegongxin-自评表.docx'),
};

/** Decimal texts compared by value: a Word cell keeps 3600.00 as written, a number cell reads 3600. */
function canon<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_k, v: unknown) => (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? String(Number(v)) : v)) as T;
}

/** Cell addresses named in the data file's comments: where each value came from. */
function commentedCells(yaml: string): Set<string> {
  return new Set([...yaml.matchAll(/# ([^\s#（]+![A-Z]+\d+)/gu)].map((m) => m[1] ?? ''));
}

/** Every non-empty cell of a workbook that is not covered by a merge, read with exceljs itself. */
async function workbookCells(file: string): Promise<{ address: string; text: string }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: { address: string; text: string }[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const text = cell.text.trim();
        if (text !== '') out.push({ address: `${ws.name}!${cell.address}`, text });
      });
    });
  }
  return out;
}

/** Non-empty cells of the tables the Word example was written from, at the grid positions of 表1, 表2 …. */
async function modelCells(data: string): Promise<{ address: string; text: string }[]> {
  const { doc } = await draftReport({ data });
  const order = ['score', 'base'];
  const tables = [...doc.tables].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const out: { address: string; text: string }[] = [];
  tables.forEach((model: TableModel, t) => {
    const taken: boolean[][] = [];
    model.rows.forEach((cells, r) => {
      let c = 0;
      for (const cell of cells) {
        while (taken[r]?.[c] === true) c++;
        for (let dr = 0; dr < (cell.rowSpan ?? 1); dr++) for (let dc = 0; dc < (cell.colSpan ?? 1); dc++) (taken[r + dr] ??= [])[c + dc] = true;
        if (cell.text.trim() !== '') out.push({ address: `表${t + 1}!${String.fromCharCode(65 + c)}${r + 1}`, text: cell.text });
        c += cell.colSpan ?? 1;
      }
    });
  });
  return out;
}

/** Each non-empty cell is a value in the data, a cell listed as not placed, or a header read for the layout — never a figure quietly taken as a header. */
function expectAccounted(result: ImportResult, cells: readonly { address: string; text: string }[]): void {
  const placed = commentedCells(result.yaml);
  const listed = new Set(result.unplaced.map((u) => u.where));
  const labels = new Set(result.labels);
  const missing = cells.filter((c) => !placed.has(c.address) && !listed.has(c.address) && !labels.has(c.address));
  expect(missing).toEqual([]);
  const figuresAsLabels = cells.filter((c) => labels.has(c.address) && /^[\d,.%]+$/.test(c.text));
  expect(figuresAsLabels).toEqual([]);
  for (const u of result.unplaced) expect(result.yaml).toContain(`# ${u.where} `);
}

describe('jixiao import: the shipped example forms', () => {
  it('are what the script makes from the examples\' data, byte for byte (run `npm run examples:tables` when this fails)', () => {
    const dir = mkdtempSync(path.join(tmp, 'made-'));
    const made = spawnSync(process.execPath, [path.join(ROOT, 'dist/scripts/make-table-examples.js'), dir], { encoding: 'utf8', env: { ...process.env, TZ: 'America/New_York' } });
    expect(made.status).toBe(0);
    for (const file of Object.values(FORMS)) expect(readFileSync(path.join(dir, path.basename(file))).equals(readFileSync(file))).toBe(true);
  });

  const cases = [
    { name: 'project 自评表 (.xlsx)', form: FORMS.projectXlsx, data: ZHUZHOU, cells: () => workbookCells(FORMS.projectXlsx) },
    { name: 'project 自评表 (.docx)', form: FORMS.projectDocx, data: ZHUZHOU, cells: () => modelCells(ZHUZHOU) },
    { name: 'department 自评表 + 基础数据表 (.xlsx)', form: FORMS.departmentXlsx, data: LUSONG, cells: () => workbookCells(FORMS.departmentXlsx) },
    { name: 'department 自评表 + 基础数据表 (.docx)', form: FORMS.departmentDocx, data: LUSONG, cells: () => modelCells(LUSONG) },
  ];

  for (const c of cases) {
    it(`${c.name}: imported, drafted and checked with 0 errors; every non-empty cell accounted for`, async () => {
      const dir = mkdtempSync(path.join(tmp, 'form-'));
      const out = path.join(dir, 'data.yaml');
      const run = jixiao(['import', c.form, '-o', out]);
      expect(run.stderr).not.toMatch(/错误|内部错误/);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^已导入 .*→ .*data\.yaml：写入 \d+ 个值/);
      const yaml = readFileSync(out, 'utf8');

      // The figures are the example's own: the table was made from it.
      const original = canon((await loadData(c.data)).data);
      const imported = canon(await parseData(out, yaml));
      expect(imported.kind).toBe(original.kind);
      expect(imported.meta.year).toBe(original.meta.year);
      expect(imported.meta.unit).toBe(original.meta.unit);
      expect(imported.budget.initial).toBe(original.budget.initial);
      expect(imported.budget.total).toBe(original.budget.total);
      expect(imported.budget.actual).toBe(original.budget.actual);
      expect(imported.budgetRate).toEqual(original.budgetRate);
      expect(imported.indicators.map((i) => [i.level1, i.level2, i.name, i.target.text, i.weight, i.score])).toEqual(
        original.indicators.map((i) => [i.level1, i.level2, i.name, i.target.text, i.weight, i.score]),
      );
      expect(imported.indicators.map((i) => i.actual?.text)).toEqual(original.indicators.map((i) => i.actual?.text));
      expect(imported.indicators.map((i) => i.deviation)).toEqual(original.indicators.map((i) => i.deviation));
      if (original.kind === 'department' && imported.kind === 'department') {
        expect(imported.staffing).toEqual({ authorized: original.staffing?.authorized, actual: original.staffing?.actual, controlRate: original.staffing?.controlRate });
        expect(imported.budget.rate?.value).toBe('99.91');
        expect(imported.threePublic).toEqual(original.threePublic);
        expect(imported.expenseControl).toEqual(original.expenseControl);
        expect(imported.budget.byNature).toEqual({ general: original.budget.byNature?.general, basic: original.budget.byNature?.basic, project: original.budget.byNature?.project });
      }

      // Every value carries the cell it came from.
      const valueLines = yaml.split('\n').filter((l) => /^\s*(- )?[a-zA-Z]+: \S/.test(l) && !/^\s*(- )?[a-zA-Z]+: [|>]/.test(l));
      for (const line of valueLines) expect(line).toMatch(/ # \S/);
      const { result } = await importOnce(c.form);
      expect(result.yaml).toBe(yaml);
      expectAccounted(result, await c.cells());

      const draft = jixiao(['draft', out, '-o', path.join(dir, 'draft.md')]);
      expect(draft.code).toBe(0);
      const check = jixiao(['check', path.join(dir, 'draft.md'), '--data', out]);
      expect(check.stdout).toMatch(/错误 0，/);
      expect(check.code).toBe(0);
    });
  }

  it('the .xlsx and the .docx of one form give the same data', async () => {
    for (const [xlsx, docx] of [[FORMS.projectXlsx, FORMS.projectDocx], [FORMS.departmentXlsx, FORMS.departmentDocx]] as const) {
      const a = path.join(tmp, `${path.basename(xlsx)}.yaml`);
      const b = path.join(tmp, `${path.basename(docx)}.yaml`);
      expect(jixiao(['import', xlsx, '-o', a]).code).toBe(0);
      expect(jixiao(['import', docx, '-o', b]).code).toBe(0);
      expect(canon(await parseData(b, readFileSync(b, 'utf8')))).toEqual(canon(await parseData(a, readFileSync(a, 'utf8'))));
    }
  });

  it('lists what it cannot place, with the reason, in the file and on stderr', () => {
    const out = path.join(tmp, 'listed.yaml');
    const run = jixiao(['import', FORMS.departmentXlsx, '-o', out]);
    expect(run.stderr).toContain('提示 [JX_IMPORT_UNPLACED] 自评表!B5 “按收入性质分：1,452.61”：按收入性质分的合计即全年预算数，数据文件不另存（与全年预算数一致）');
    const yaml = readFileSync(out, 'utf8');
    expect(yaml).toMatch(/# —— 未写入数据的单元格（2 处），请逐项核对 ——\n# 自评表!B5 “按收入性质分：1,452\.61”/);
    // Rates the form states are kept as stated, the tool's own arithmetic beside them.
    expect(yaml).toContain('rate: 99.91 # 自评表!H4（表中所列；按 全年执行数 ÷ 全年预算数 计算为 99.91%，一致）');
    expect(yaml).toContain('controlRate: 87.5 # 基础数据表!C4（表中所列；按 在职人数 ÷ 编制数 计算为 87.50%，一致）');
  });
});

async function importOnce(file: string): Promise<{ result: ImportResult }> {
  return { result: await importTables(file) };
}

/**
 * Another unit's layout of the same 自评表: two blank rows and a title above, the table shifted one
 * column right, columns in another order (全年执行数 first; 实际完成值 before 年度指标值; 得分 before 分值),
 * amounts in 元 typed as text with separators, a formula with its cached result, the 一级指标 written
 * once with blank cells under it (no merges) except one merged group, labels broken over lines, extra
 * blank rows, and a note the data file has no place for.
 */
async function variedWorkbook(file: string): Promise<void> {
  // The same form's content as the shipped one (its goals as the form words them), laid out otherwise.
  const data = await parseData('standard.yaml', (await importTables(FORMS.projectXlsx)).yaml);
  if (data.kind !== 'project') throw new Error('expected the project example');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目自评');
  ws.mergeCells('B3:J3');
  ws.getCell('B3').value = `${data.meta.year}年度项目支出绩效自评表`;
  ws.getCell('J4').value = '单位：元';
  ws.getCell('B5').value = '项目名称';
  ws.mergeCells('C5:J5');
  ws.getCell('C5').value = data.meta.project ?? '';
  ws.getCell('B6').value = '主管部门';
  ws.mergeCells('C6:E6');
  ws.getCell('C6').value = data.meta.department ?? '';
  ws.getCell('F6').value = '实施\n单位';
  ws.mergeCells('G6:J6');
  ws.getCell('G6').value = data.meta.implementer ?? '';
  // Row 7 left blank. The fund block, its label merged down over header and rows.
  ws.mergeCells('B8:B10');
  ws.getCell('B8').value = '项目资金\n（元）';
  const heads = ['全年\n执行数', '年初\n预算数', '全年\n预算数', '执行率', '分值', '得分'];
  heads.forEach((h, i) => (ws.getCell(8, 4 + i).value = h));
  const yuan = (v: string): string => Number(v).toLocaleString('en-US', { minimumFractionDigits: 2 }).replace(/^/, '');
  ws.getCell('C9').value = '年度资金总额';
  ws.getCell('D9').value = { formula: 'D10', result: Number(data.budget.actual) * 10000 };
  ws.getCell('E9').value = yuan(String(Number(data.budget.initial) * 10000));
  ws.getCell('F9').value = yuan(String(Number(data.budget.total) * 10000));
  ws.getCell('G9').value = 1;
  ws.getCell('G9').numFmt = '0.00%';
  ws.getCell('H9').value = Number(data.budgetRate.weight);
  ws.getCell('I9').value = `${data.budgetRate.score}分`;
  ws.getCell('C10').value = '其中：当年财政拨款';
  ws.getCell('D10').value = Number(data.budget.actual) * 10000;
  ws.getCell('E10').value = Number(data.budget.initial) * 10000;
  ws.getCell('F10').value = Number(data.budget.total) * 10000;
  // A formula Excel never computed (no cached result): listed with what to do, never read as 0.
  ws.getCell('C11').value = '上年结转资金';
  ws.getCell('D11').value = { formula: 'D10*0' } as ExcelJS.CellFormulaValue;
  // Row 12 blank.
  ws.getCell('B13').value = '年度总体目标';
  ws.mergeCells('C13:F13');
  ws.getCell('C13').value = '预期目标';
  ws.mergeCells('G13:J13');
  ws.getCell('G13').value = '实际完成情况';
  ws.mergeCells('C14:F14');
  ws.getCell('C14').value = data.goals?.expected?.join('\n') ?? '';
  ws.mergeCells('G14:J14');
  ws.getCell('G14').value = data.goals?.actual?.join('\n') ?? '';
  const cols = ['一级指标', '二级\n指标', '三级指标', '实际完成值', '年度指标值', '得分', '分值', '偏差原因分析及改进措施'];
  cols.forEach((h, i) => (ws.getCell(15, 2 + i).value = h));
  let r = 16;
  let previous: { level1?: string; level2?: string } = {};
  const costStart = data.indicators.findIndex((i) => i.level1 === '成本指标');
  data.indicators.forEach((ind, k) => {
    if (k === costStart) {
      ws.mergeCells(r, 2, r + data.indicators.length - costStart - 1, 2);
      ws.getCell(r, 2).value = '成本\n指标';
    } else if (ind.level1 !== previous.level1 && k < costStart) {
      ws.getCell(r, 2).value = ind.level1.replace('指标', '\n指标');
    }
    if (ind.level2 !== previous.level2 || ind.level1 !== previous.level1) ws.getCell(r, 3).value = ind.level2;
    ws.getCell(r, 4).value = ind.name;
    ws.getCell(r, 5).value = ind.actual?.text ?? "";
    ws.getCell(r, 6).value = ind.target.text;
    ws.getCell(r, 7).value = Number(ind.score);
    ws.getCell(r, 8).value = String(ind.weight);
    const d = ind.deviation;
    if (d) ws.getCell(r, 9).value = `原因：${d.reason ?? ''}\n措施：${d.measure ?? ''}`;
    previous = { level1: ind.level1, level2: ind.level2 };
    r += 1;
    if (k === 3) r += 1; // a blank row inside the block
  });
  ws.getCell(r, 2).value = '总  分';
  ws.getCell(r, 7).value = { formula: `SUM(G16:G${r - 1})+I9`, result: 99 };
  ws.getCell(r, 8).value = 100;
  ws.getCell(r, 9).value = '自评等级：优';
  ws.getCell(r + 2, 2).value = '填表人：王某某';
  await wb.xlsx.writeFile(file);
}

describe('jixiao import: another unit\'s layout of the 自评表', () => {
  it('reads by header text and position: shifted rows, reordered columns, 元 as text, formulas, fill-down levels', async () => {
    const file = path.join(tmp, 'varied.xlsx');
    await variedWorkbook(file);
    const standard = await importTables(FORMS.projectXlsx);
    const varied = await importTables(file);
    const a = await parseData('standard.yaml', standard.yaml);
    const b = await parseData('varied.yaml', varied.yaml);
    expect(b).toEqual(a);
    // The scaled and computed values say so where they came from.
    expect(varied.yaml).toMatch(/ {2}actual: 1864\.05 # 项目自评!D9（原为 18640500 元，已折合为万元；公式 =D10 的计算结果）/);
    expect(varied.yaml).toMatch(/ {2}initial: 3600 # 项目自评!E9（原为 36000000\.00 元，已折合为万元）/);
    expect(varied.yaml).toMatch(/scoreTotal: 99 # 项目自评!G\d+（公式 =SUM\(G16:G\d+\)\+I9 的计算结果）/);
    expect(varied.unplaced.map((u) => [u.where, u.text])).toContainEqual(['项目自评!B' + String(16 + a.indicators.length + 1 + 2), '填表人：王某某']);
    expect(varied.unplaced).toContainEqual({ where: '项目自评!D11', text: '=D10*0', reason: '应为金额，但公式 =D10*0 没有保存计算结果：请在 Excel 或 WPS 中打开、保存后再导入' });
    const cells = await workbookCells(file);
    expectAccounted(varied, cells);
    // It drafts and checks clean.
    const out = path.join(tmp, 'varied.yaml');
    writeFileSync(out, varied.yaml);
    expect(jixiao(['draft', out, '-o', path.join(tmp, 'varied.md')]).code).toBe(0);
    expect(jixiao(['check', path.join(tmp, 'varied.md'), '--data', out]).stdout).toMatch(/错误 0，/);
  });
});

describe('jixiao import: another unit\'s 基础数据表', () => {
  it('reads staffing laid out in pairs, 上年/本年 columns in another order, amounts in 元, dashes', async () => {
    const file = path.join(tmp, 'base.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('基础数据');
    const yuan = (wan: number): number => Math.round(wan * 10000);
    const rows: (string | number | null)[][] = [
      ['2023年度部门整体支出绩效评价基础数据表'],
      [],
      ['编制数', 16, '实际在职人数', 14, '控制率', '87.5%'],
      [],
      ['经费控制情况（元）', '本年决算数', '上年决算数', '本年预算数'],
      ['“三公”经费合计', yuan(3.63), yuan(2.56), yuan(3.63)],
      ['其中：公务接待费', yuan(3.63), yuan(2.56), yuan(3.63)],
      ['因公出国（境）费', '——', '——', '——'],
      ['项目支出', '11,942,000.00', '11,355,800.00', '90,000.00'],
      ['1.业务工作经费', '11,942,000.00', '11,355,800.00', '90,000.00'],
      ['公用经费', yuan(31.84), yuan(25.3), yuan(20.2)],
      ['其中：办公经费', yuan(3.82), yuan(1.59), yuan(5)],
      ['政府采购金额', yuan(97.68), '——', yuan(8.5)],
      ['填表人：王某某'],
    ];
    rows.forEach((cells, r) => cells.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
    await wb.xlsx.writeFile(file);
    const result = await importTables(file);
    // A 基础数据表 alone does not name the unit: the file says so, and so does the import.
    expect(result.problems.map((p) => p.message)).toEqual(['meta.unit：“unit”尚未填写，此项不能留空（报告单位（部门）全称）']);
    const data = canon(await parseData('base.yaml', result.yaml.replace(/^ {2}unit:.*$/mu, '  unit: 示例区科技局')));
    expect(data.kind).toBe('department');
    expect(data.meta.year).toBe(2023);
    if (data.kind !== 'department') throw new Error('department');
    expect(data.threePublic).toEqual({ total: { prior: '2.56', budget: '3.63', actual: '3.63' }, reception: { prior: '2.56', budget: '3.63', actual: '3.63' } });
    expect(data.expenseControl).toEqual({
      projectExpense: { prior: '1135.58', budget: '9', actual: '1194.2', lines: [{ name: '业务工作经费', prior: '1135.58', budget: '9', actual: '1194.2' }] },
      publicExpense: { prior: '25.3', budget: '20.2', actual: '31.84', lines: [{ name: '办公经费', prior: '1.59', budget: '5', actual: '3.82' }] },
      procurement: { budget: '8.5', actual: '97.68' },
    });
    expect(result.yaml).toContain('actual: 3.63 # 基础数据!B6（原为 36300 元，已折合为万元）');
    // No 自评表: the budget is this year's to fill in, and the draft says so instead of failing.
    expect(result.toFill).toEqual(['meta.unit', 'budget.initial', 'budget.actual']);
    expect(data.staffing).toEqual({ authorized: 16, actual: 14, controlRate: { value: '87.5' } });
    expect(result.unplaced.map((u) => u.text)).toEqual(['填表人：王某某']);
    expectAccounted(result, await workbookCells(file));
  });
});

describe('jixiao import: files it cannot use', () => {
  it('an old .xls, a text file named .xlsx, a workbook without a form, a form without a year: exit 2, code, file, what to do; nothing written', async () => {
    const out = path.join(tmp, 'never.yaml');
    const xls = path.join(tmp, '自评表.xls');
    writeFileSync(xls, 'x');
    let run = jixiao(['import', xls, '-o', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('错误 [JX_IMPORT_UNSUPPORTED] 自评表.xls 扩展名为 .xls，不能导入：请用 Excel 或 WPS 打开后“另存为” .xlsx 格式。');

    const fake = path.join(tmp, 'fake.xlsx');
    writeFileSync(fake, '项目名称,年初预算数\n');
    run = jixiao(['import', fake, '-o', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/fake\.xlsx: 错误 \[JX_READ_CORRUPT\] fake\.xlsx 扩展名为 \.xlsx，但不是 Excel 工作簿/);

    const plain = path.join(tmp, 'plain.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = '会议签到表';
    await wb.xlsx.writeFile(plain);
    run = jixiao(['import', plain, '-o', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[JX_IMPORT_NO_TABLE] plain.xlsx 中没有找到绩效自评表或基础数据表');

    const noYear = path.join(tmp, 'no-year.xlsx');
    await variedWorkbook(noYear);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(noYear);
    const ws = wb2.getWorksheet('项目自评');
    if (!ws) throw new Error('sheet');
    ws.getCell('B3').value = '项目支出绩效自评表';
    ws.getCell('C5').value = '科技发展专项资金';
    await wb2.xlsx.writeFile(noYear);
    run = jixiao(['import', noYear, '-o', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[JX_IMPORT_NO_YEAR]');
    expect(run.stderr).toContain('请用 --year 指定');
    expect(existsSync(out)).toBe(false);
    run = jixiao(['import', noYear, '-o', out, '--year', '2024']);
    expect(run.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('year: 2024 # 命令行 --year');
    expect(run.stderr).not.toContain('内部错误');
  });

  it('never overwrites an existing data file unless --force', () => {
    const out = path.join(tmp, 'kept.yaml');
    copyFileSync(ZHUZHOU, out);
    const before = readFileSync(out, 'utf8');
    const run = jixiao(['import', FORMS.projectXlsx, '-o', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[JX_OUTPUT_EXISTS]');
    expect(readFileSync(out, 'utf8')).toBe(before);
    expect(jixiao(['import', FORMS.projectXlsx, '-o', out, '--force']).code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toBe(before);
  });

  it('a workbook with two project forms asks which one (--sheet)', async () => {
    const file = path.join(tmp, 'two.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(FORMS.projectXlsx);
    const src = wb.getWorksheet('自评表');
    if (!src) throw new Error('sheet');
    const copy = wb.addWorksheet('项目二');
    src.eachRow((row, n) => row.eachCell((cell, c) => (copy.getCell(n, c).value = cell.value)));
    await wb.xlsx.writeFile(file);
    const out = path.join(tmp, 'two.yaml');
    let run = jixiao(['import', file, '-o', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[JX_IMPORT_SEVERAL_TABLES] two.xlsx 中有 2 张自评表（自评表、项目二），一次只能导入一张：请用 --sheet 指定工作表或表格。');
    run = jixiao(['import', file, '-o', out, '--sheet', '项目二']);
    expect(run.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('# 项目二!');
  });
});
