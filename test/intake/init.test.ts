import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';
import { parseData } from '../../pipeline/index.js';
import { jixiao } from '../support/cli.js';
import { ROOT } from '../support/paths.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'jixiao-init-'));

/** The shipped prior year (data + report) and the shipped example of the year after. */
const PAIRS = [
  { name: 'department', last: 'corpus-data/lusong-2022-kegongxin.yaml', prior: 'corpus/lusong-2022-kegongxin.md', next: 'examples/lusong-2023-kegongxin.yaml', year: 2023 },
  { name: 'project', last: 'corpus-data/zhuzhou-2023-keji-fund.yaml', prior: 'corpus/zhuzhou-2023-keji-fund.md', next: 'examples/zhuzhou-2024-keji-fund.yaml', year: 2024 },
];

/** Fields a unit fills from this year's books: the figures, not the prose, the scores or the ranks. */
const ACTUALS = new Set(['initial', 'total', 'actual', 'carryover', 'income', 'budget', 'adjustment', 'value', 'personnel', 'publicUse', 'general', 'fund', 'nonTax', 'other', 'basic', 'project']);

/** The same item in another year's file: achievements by id, indicators, projects and lines by name, the rest by path. */
function counterpart(doc: Document, skeleton: Document, at: readonly (string | number)[]): unknown {
  let here: unknown = skeleton.contents;
  let there: unknown = doc.contents;
  for (const key of at) {
    if (isSeq(here) && isSeq(there) && typeof key === 'number') {
      const item = here.items[key];
      const keyOf = (n: unknown): string | undefined => (isMap(n) ? String((n.get('id') ?? n.get('name')) ?? '') || undefined : undefined);
      const wanted = keyOf(item);
      there = wanted === undefined ? there.items[key] : there.items.find((n) => keyOf(n) === wanted);
      here = item;
    } else if (isMap(here) && isMap(there)) {
      here = here.get(key, true);
      there = there.get(key, true);
    } else return undefined;
    if (there === undefined) return undefined;
  }
  return isScalar(there) && there.value !== null ? there.value : undefined;
}

/** Fills every 〔待填〕 figure: this year's value from the shipped example, else a made-up one (last year's). */
function fillActuals(skeleton: string, next: string): { text: string; filled: number } {
  const doc = parseDocument(skeleton);
  const example = parseDocument(next);
  let filled = 0;
  visit(doc, {
    Pair(_key, pair, ancestors) {
      if (!isScalar(pair.key) || !isScalar(pair.value) || pair.value.value !== null) return;
      const key = String(pair.key.value);
      const comment = pair.value.comment ?? '';
      const last = /上年 (\S+)$/.exec(comment)?.[1];
      if (!ACTUALS.has(key) || !comment.includes('〔待填〕') || last === undefined) return;
      // The pair's path: a key for each pair above it, an index for each list.
      const chain = [...ancestors.slice(1), pair];
      const at: (string | number)[] = [];
      chain.forEach((n, k) => {
        if (isPair(n) && isScalar(n.key)) at.push(String(n.key.value));
        else if (isSeq(n)) at.push(n.items.indexOf(chain[k + 1] as Node));
      });
      const value = counterpart(example, doc, at) ?? last.replace(/[^\d.]/g, '');
      pair.value.value = typeof value === 'number' ? value : String(value);
      filled += 1;
    },
  });
  return { text: doc.toString({ lineWidth: 0 }), filled };
}

describe('jixiao init: last year\'s data and report → this year\'s skeleton', () => {
  for (const pair of PAIRS) {
    it(`${pair.name}: drafts as it is (〔待补〕 where this year's figures go), and after filling only this year's actuals drafts and checks clean`, async () => {
      const dir = mkdtempSync(path.join(tmp, `${pair.name}-`));
      const out = path.join(dir, 'this.yaml');
      const run = jixiao(['init', '--from', path.join(ROOT, pair.last), '--prior', path.join(ROOT, pair.prior), '-o', out]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^已生成 .*this\\.yaml：${pair.year}年度数据骨架，待填 \\d+ 处`));
      const skeleton = readFileSync(out, 'utf8');
      const data = await parseData(out, skeleton);
      expect(data.meta.year).toBe(pair.year);
      const last = await parseData(pair.last, readFileSync(path.join(ROOT, pair.last), 'utf8'));
      // Last year's actuals are this year's prior-year figures; this year's are empty.
      expect(data.budget.actual).toBeUndefined();
      expect(data.indicators.map((i) => i.actual)).toEqual(last.indicators.map(() => undefined));
      expect(data.indicators.map((i) => i.target)).toEqual(last.indicators.map((i) => i.target));
      expect(data.achievements.map((a) => [a.value, a.prior])).toEqual(last.achievements.map((a) => [undefined, a.value]));
      if (data.kind === 'department' && last.kind === 'department') {
        expect(data.staffing?.priorActual).toBe(last.staffing?.actual);
        expect(data.threePublic?.total?.prior).toBe(last.threePublic?.total?.actual);
        expect(data.expenseControl?.publicExpense?.lines.map((l) => l.prior)).toEqual(last.expenseControl?.publicExpense?.lines.map((l) => l.actual));
      }
      expect(skeleton).toMatch(/ {2}actual: # 〔待填〕全年执行数；上年 \d/);

      // As it is: a draft with gaps marked, never a failure.
      const unfilled = jixiao(['draft', out, '-o', path.join(dir, 'unfilled.md')]);
      expect(unfilled.code).toBe(0);
      const gaps = readFileSync(path.join(dir, 'unfilled.md'), 'utf8');
      expect(gaps).toContain('〔待补：全年执行数〕');
      expect(gaps).toContain('〔待补：实际完成值〕');
      expect(gaps).not.toMatch(/undefined|NaN/);

      // Filled with this year's figures only: the draft states them, and 同比 against last year's.
      const { text, filled } = fillActuals(skeleton, readFileSync(path.join(ROOT, pair.next), 'utf8'));
      expect(filled).toBeGreaterThan(20);
      const filledFile = path.join(dir, 'filled.yaml');
      writeFileSync(filledFile, text);
      const draft = jixiao(['draft', filledFile, '-o', path.join(dir, 'filled.md')]);
      expect(draft.code).toBe(0);
      const md = readFileSync(path.join(dir, 'filled.md'), 'utf8');
      expect(md).not.toMatch(/〔待补：(全年执行数|年初预算数|全年预算数|预算执行率|实际完成值|本年数值|总分|得分|在职人数|[^〕]*实际支出)/);
      const check = jixiao(['check', path.join(dir, 'filled.md'), '--data', filledFile]);
      expect(check.stdout).toMatch(/错误 0，/);
      if (pair.name === 'department') {
        // 同比 from what the rollover moved: last year's staff, and last year's 三公 budget and 决算.
        expect(md).toContain('比上年末的10人增加4人');
        expect(md).toContain('“三公”经费上年预算3.00万元，上年决算2.56万元，本年预算3.63万元，本年决算3.63万元，比上年增加1.07万元，增长41.80%。');
      }
    });
  }

  it('takes the standing prose the data lacks from last year\'s report (.md, .txt without headings, .docx), by topic, years moved on', async () => {
    const dir = mkdtempSync(path.join(tmp, 'prior-'));
    const lastText = readFileSync(path.join(ROOT, 'corpus-data/lusong-2022-kegongxin.yaml'), 'utf8');
    // Last year's data without its background and application: the report supplies them.
    const doc = parseDocument(lastText);
    doc.delete('background');
    doc.delete('application');
    const last = path.join(dir, 'last.yaml');
    writeFileSync(last, doc.toString());
    const md = readFileSync(path.join(ROOT, 'corpus/lusong-2022-kegongxin.md'), 'utf8');
    const txt = path.join(dir, 'last.txt');
    writeFileSync(txt, md.replace(/^#+\s*/gmu, '').replace(/\*\*/g, ''));
    const docx = path.join(dir, 'last.docx');
    expect(jixiao(['draft', path.join(ROOT, 'corpus-data/lusong-2022-kegongxin.yaml'), '-o', docx]).code).toBe(0);
    for (const prior of [path.join(ROOT, 'corpus/lusong-2022-kegongxin.md'), txt, docx]) {
      const out = path.join(dir, `${path.basename(prior)}.yaml`);
      const run = jixiao(['init', '--from', last, '--prior', prior, '-o', out]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('从上年报告沿用 3 节文字（background.functions、background.organization、application），已标〔待核〕');
      const text = readFileSync(out, 'utf8');
      expect(text).toMatch(/functions:\n {4}# 〔待核〕沿用上年报告“部门主要职责”，请核对是否仍然适用\n {4}- 区科工信局的主要职责：一是科技创新和工业信息化政策落实；/);
      expect(text).toMatch(/application:\n {2}# 〔待核〕沿用上年报告“绩效自评结果应用和公开情况”，请核对是否仍然适用\n {2}- 一是用于下年预算编制；二是随部门决算公开。/);
      // The carried text is in the draft, as written.
      expect(jixiao(['draft', out, '-o', path.join(dir, `${path.basename(prior)}.md`)]).code).toBe(0);
      expect(readFileSync(path.join(dir, `${path.basename(prior)}.md`), 'utf8')).toContain('区科工信局内设办公室、科技创新股');
    }
  });

  it('--year two years on: years move by two, a cited title\'s year with the text around it, a standing document\'s stays; the notes say so; an earlier year is refused', () => {
    const dir = mkdtempSync(path.join(tmp, 'years-'));
    const doc = parseDocument(readFileSync(path.join(ROOT, 'corpus-data/zhuzhou-2023-keji-fund.yaml'), 'utf8'));
    doc.setIn(['background', 'purpose'], ['2023年依据《株洲市2023年科技创新行动方案》和《株洲市促进科技成果转化实施办法》（株政办发〔2020〕2号）安排']);
    doc.setIn(['goals', 'expected'], ['研发经费投入总量105亿元以上，突破关键核心技术12项以上']);
    const last = path.join(dir, 'last.yaml');
    writeFileSync(last, doc.toString());
    const out = path.join(dir, 'two-years.yaml');
    const run = jixiao(['init', '--from', last, '--year', '2025', '-o', out]);
    expect(run.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('year: 2025 # 上年 2023');
    expect(text).toContain('project: 2025年科技发展专项资金 # 〔待核〕项目名称中的年份已顺延');
    expect(text).toContain('purpose:\n    # 〔待核〕沿用上年数据，年份已顺延两年，请核对是否仍然适用\n    - 2025年依据《株洲市2025年科技创新行动方案》和《株洲市促进科技成果转化实施办法》（株政办发〔2020〕2号）安排');
    // Figures in kept prose are named for the writer to check.
    expect(text).toContain('expected:\n    # 〔待核〕本年预期目标沿用上年，请核对是否仍然适用；文中有数字（105亿元以上、12项以上），是上年的请改为本年数');
    // The budget decision is this year's to write.
    expect(text).toMatch(/decision: # 〔待填〕本年预算编制、测算和审批过程/);
    const refused = jixiao(['init', '--from', last, '--year', '2023', '-o', path.join(dir, 'never.yaml')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--year 2023 应晚于上年数据的年度 2023');
  });

  it('names the output after last year\'s file, and never overwrites one', () => {
    const dir = mkdtempSync(path.join(tmp, 'name-'));
    expect(jixiao(['init', '--from', path.join(ROOT, 'corpus-data/lusong-2022-kegongxin.yaml')], { cwd: dir }).code).toBe(0);
    expect(readFileSync(path.join(dir, 'lusong-2023-kegongxin.yaml'), 'utf8')).toContain('year: 2023');
    const again = jixiao(['init', '--from', path.join(ROOT, 'corpus-data/lusong-2022-kegongxin.yaml')], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('[JX_OUTPUT_EXISTS]');
  });
});

describe('jixiao draft --prior: the carry note', () => {
  it('states the real year shift and is announced only for text the draft prints', () => {
    const dir = mkdtempSync(path.join(tmp, 'carry-'));
    const data = parseDocument(readFileSync(path.join(ROOT, 'examples/lusong-2023-kegongxin.yaml'), 'utf8'));
    data.delete('background');
    const file = path.join(dir, 'data.yaml');
    writeFileSync(file, data.toString());
    // A report two years back, with a 预算决策 section a department draft has no place for.
    const prior = path.join(dir, 'prior.md');
    writeFileSync(prior, [
      '# 2021年度示例区科技局整体支出绩效自评报告', '',
      '## 一、部门（单位）基本情况', '', '### （一）部门主要职责', '', '负责全区科技工作，2021年起承担工业和信息化职责。', '',
      '### （二）内设机构设置', '', '内设办公室和科技股。', '',
      '## 二、一般公共预算支出情况', '', '### （一）预算决策', '', '2021年编制《示例区2022年度部门预算》，按程序报批。', '',
    ].join('\n'));
    const run = jixiao(['draft', file, '--prior', prior, '-o', path.join(dir, 'draft.md')]);
    expect(run.code).toBe(0);
    const md = readFileSync(path.join(dir, 'draft.md'), 'utf8');
    expect(md).toContain('> 〔待核：本节沿用上年报告“部门主要职责”，年份已顺延两年，请核对是否仍然适用〕\n\n负责全区科技工作，2023年起承担工业和信息化职责。');
    expect(md).toContain('> 〔待核：本节沿用上年报告“内设机构设置”，请核对是否仍然适用〕');
    expect(run.stderr).toContain('[JX_DRAFT_CARRIED] 沿用上年报告“部门主要职责”，年份已顺延两年');
    expect(run.stderr).toContain('[JX_DRAFT_CARRIED] 沿用上年报告“内设机构设置”');
    expect(md).not.toContain('部门预算》');
    expect(run.stderr).not.toContain('预算决策');
  });
});
