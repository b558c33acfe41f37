import { describe, expect, it } from 'vitest';
import { NEEDS_SEEDS, context, hitsOf, ruleById, seed } from './support.js';

const section = (body: string): string => `一、预算资金使用情况\n（一）资金安排情况\n${body}\n二、绩效情况\n无。\n`;

describe('budget-adjust: 年初预算 ± 调整 = 全年预算', () => {
  const valid: [string, string][] = [
    ['追加 to 全年预算', '年初预算200.00万元，年中追加50.00万元，全年预算250.00万元。'],
    ['压减 to 实际支出 with nothing left', '年初预算100万元，年中压减20万元，实际支出80.00万元，结余结转0万元。'],
    ['最终确定 after the adjustment', '年初下达专项预算300万元，年中压减预算45.50万元，经批准最终确定预算支出254.50万元。'],
    ['调增 with a carry-over: left to the balance rule', '上年结转2.00万元，年初预算10.00万元，年中调增1.00万元，实际支出12.00万元，结余结转1.00万元。'],
    ['no adjustment', '年初预算100.00万元，实际支出98.00万元。'],
    ['an adjustment cue without a readable figure', '年初预算100.00万元，年中追加若干，全年预算130.00万元。'],
    ['nothing said of a balance: spending short of the budget', '年初预算860.00万元，年中追加120.00万元，实际支出962.40万元。'],
    ['over three sentences of a paragraph', '该专项年初预算为3600.00万元。年中因统一安排，压减1735.95万元。调整后全年预算为1864.05万元，当年实际支出1864.05万元。'],
    ['over two sentences', '年初预算200.00万元，年中追加50.00万元。全年预算250.00万元，已全部支出。'],
    ['two funds told one after the other are not joined', 'A经费年初预算100.00万元。B经费年中追加20.00万元。C经费全年预算150.00万元。'],
    ['a sentence between them that states something else', '年初预算100.00万元，实际支出90.00万元。年中追加20.00万元。全年预算150.00万元。'],
    ['last year’s budget after this year’s is no part of the line', '年初预算5,386.20万元，年中追加1,214.55万元，压减306.00万元，全年预算调整为6,294.75万元，较上年全年预算5,872.06万元有所增加。'],
    ['an amount of no role between the start and the full budget', '项目年初预算586.40万元，年中县财政追加60.00万元，医院自筹30.00万元，全年预算676.40万元。'],
    ['the budget an adjustment came to (压减后全年预算) is the full budget', '项目年初预算128.00万元，压减后全年预算110.00万元，实际支出104.72万元。'],
    ['another item after a semicolon is not this line’s spending', 'A经费年初预算1,200.00万元，年中追加300.00万元，实际支出1,386.00万元，结余114.00万元；B经费支出401.00万元。'],
  ];
  const invalid: [string, string, string][] = [
    ['追加 to 全年预算', '年初预算200.00万元，年中追加50.00万元，全年预算260.00万元。', '260.00万元'],
    ['压减 to 实际支出 with nothing left', '年初预算100万元，年中压减20万元，实际支出85.00万元，结余结转0万元。', '85.00万元'],
    ['two adjustments', '年初预算100.00万元，年中追加30.00万元，后调减10.00万元，调整后预算110.00万元。', '110.00万元'],
    ['over three sentences of a paragraph', '该专项年初预算为3600.00万元。年中因统一安排，追加1735.95万元。调整后全年预算为1864.05万元，当年实际支出1864.05万元。', '1864.05万元'],
    ['over two sentences', '年初预算200.00万元，年中追加50.00万元。全年预算260.00万元，已全部支出。', '260.00万元'],
    ['last year’s budget after this year’s does not hide a wrong full budget', '年初预算5,386.20万元，年中追加1,214.55万元，压减306.00万元，全年预算调整为6,249.75万元，较上年全年预算5,872.06万元有所增加。', '6,249.75万元'],
    ['nothing said of a balance: spending beyond the budget', '年初预算100万元，年中压减20万元，实际支出85.00万元。', '85.00万元'],
  ];
  for (const [name, body] of valid) {
    it(`quiet: ${name}`, () => expect(hitsOf('budget-adjust', section(body))).toEqual([]));
  }
  for (const [name, body, flagged] of invalid) {
    it(`finds: ${name}`, () => expect(hitsOf('budget-adjust', section(body))).toEqual([['JX_CHECK_BUDGET_ADJUST', flagged]]));
  }

  it('says what the adjustment gives', () => {
    const [hit] = ruleById('budget-adjust').check(context(section('年初预算200.00万元，年中追加50.00万元，全年预算260.00万元。')));
    expect(hit?.message).toBe('年初预算 200.00万元 + 50.00万元 应为 250.00万元，与所列全年预算 260.00万元 相差 10.00万元');
    expect(hit?.expected).toBe('250.00万元');
    expect(hit?.related.map((m) => m.text)).toEqual(['200.00万元', '50.00万元']);
  });
});

describe('budget-adjust on the seeds', () => {
  it('zhuzhou-2024: 3600 − 1735.95 = 1864.05, stated twice, holds', NEEDS_SEEDS, () => {
    expect(hitsOf('budget-adjust', seed('zhuzhou-2024-keji-fund-project.md'), 'zhuzhou-2024-keji-fund-project.md')).toEqual([]);
  });
  it('zhuzhou-2024 with the 压减 changed: found against 最终确定预算支出', NEEDS_SEEDS, () => {
    const text = seed('zhuzhou-2024-keji-fund-project.md').replace('压减预算1735.95万元', '压减预算1735万元');
    expect(hitsOf('budget-adjust', text, 'zhuzhou-2024-keji-fund-project.md')).toEqual([['JX_CHECK_BUDGET_ADJUST', '1864.05万元']]);
  });
  it('lusong-2023: 3 + 3 = 6 holds; changed to 实际支出 5 it is found', NEEDS_SEEDS, () => {
    const text = seed('lusong-2023-kegongxin-department.txt');
    expect(hitsOf('budget-adjust', text, 'lusong-2023-kegongxin-department.txt')).toEqual([]);
    expect(hitsOf('budget-adjust', text.replace('实际支出6万元', '实际支出5万元'), 'lusong-2023-kegongxin-department.txt')).toEqual([
      ['JX_CHECK_BUDGET_ADJUST', '5万元'],
    ]);
  });
  it('zhuzhou-2022: no adjustment stated', NEEDS_SEEDS, () => {
    expect(hitsOf('budget-adjust', seed('zhuzhou-2022-kejiju-department.txt'), 'zhuzhou-2022-kejiju-department.txt')).toEqual([]);
  });
});

describe('budget-adjust: a year told over paragraphs of one section', () => {
  const text = (a: string) =>
    `# 2024年度某委部门整体支出绩效自评报告\n\n## 一、预算安排与调整\n\n年初预算安排我委8,000.00万元。\n\n年度执行中，财政追加了疾病防控、设备购置等资金${a}万元。\n\n同时，因职能划转，相应调减预算300.00万元。经上述调整，全年预算为9,200.00万元。\n\n## 二、预算执行\n\n全年实际支出9,000.00万元。\n`;
  it('年初 + 追加 − 调减 = 全年, each in its own paragraph', () => {
    expect(hitsOf('budget-adjust', text('1,500.00'), 'r.md')).toEqual([]);
    expect(hitsOf('budget-adjust', text('1,550.00'), 'r.md')).toEqual([['JX_CHECK_BUDGET_ADJUST', '9,200.00万元']]);
  });
  it('not into another section, nor past a fund named anew', () => {
    const other = (t: string) => `# 2024年度某委部门整体支出绩效自评报告\n\n## 一、预算\n\n年初预算安排8,000.00万元。\n\n## 二、另一项\n\n追加1,550.00万元。全年预算为9,200.00万元。\n${t}`;
    expect(hitsOf('budget-adjust', other(''), 'r.md')).toEqual([]);
    const named = `# 2024年度某委部门整体支出绩效自评报告\n\n## 一、预算\n\n年初预算安排8,000.00万元。\n\n乙项目资金追加1,550.00万元。全年预算为9,200.00万元。\n`;
    expect(hitsOf('budget-adjust', named, 'r.md')).toEqual([]);
  });
});

describe('budget-adjust: from （一）预算安排 into （二）预算调整', () => {
  const text = (a: string) =>
    `# 2024年度某局部门整体支出绩效自评报告\n\n## 二、预算收支\n\n### （一）预算安排\n\n2024年，我局年初部门预算为10,000.00万元。\n\n### （二）预算调整\n\n总体来看，年内调整集中在两个方面。上半年，市财政追加防汛资金2,000.00万元。\n\n下半年，省级水利发展资金陆续下达，经同意，追加我局预算${a}万元。\n\n与此同时，压减一般性支出200.00万元。综合上述调整，全年预算总额为14,800.00万元。\n\n### （三）支出执行\n\n全年实际支出14,500.00万元。\n`;
  it('the run goes on into the next sibling section once', () => {
    expect(hitsOf('budget-adjust', text('3,000.00'), 'r.md')).toEqual([]);
    expect(hitsOf('budget-adjust', text('3,090.00'), 'r.md')).toEqual([['JX_CHECK_BUDGET_ADJUST', '14,800.00万元']]);
  });
});

describe('budget-adjust: a budget named by its fund (财政拨款预算)', () => {
  const text = (a: string) => `# 2024年度某医院部门整体支出绩效自评报告\n\n## 二、预算\n\n市财政年初批复我院财政拨款预算3,000.00万元，年中追加${a}万元，主要是综合改革补助清算资金，调整后全年财政拨款预算3,450.00万元。\n`;
  it('调整后全年财政拨款预算 is the whole year\'s', () => {
    expect(hitsOf('budget-adjust', text('450.00'), 'r.md')).toEqual([]);
    expect(hitsOf('budget-adjust', text('405.00'), 'r.md')).toEqual([['JX_CHECK_BUDGET_ADJUST', '3,450.00万元']]);
  });
});
