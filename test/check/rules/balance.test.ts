import { describe, expect, it } from 'vitest';
import { NEEDS_SEEDS, context, hitsOf, ruleById, seed } from './support.js';

const section = (body: string): string => `一、预算资金使用情况\n（一）专项资金情况\n${body}\n二、绩效情况\n无。\n`;

describe('balance: 上年结转 + 预算 − 实际支出 = 结余结转', () => {
  const valid: [string, string][] = [
    ['with carry-over and 调增', '一是甲专项，上年结转2.00万元，年初预算10.00万元，年中调增1.00万元，实际支出12.00万元，结余结转1.00万元。'],
    ['全年预算 and 支出', '全年预算300.00万元，实际支出280.00万元，结余结转20.00万元。'],
    ['nothing left', '年初预算50.00万元，实际支出50.00万元，结余结转0.00万元。'],
    ['a difference within the rounding of four figures', '上年结转1.32万元，年初预算6万元，年中调增0.85万元，实际支出6.85万元，结余结转1.31万元。'],
    ['no budget stated', '年中调增8.00万元，实际支出8.00万元，结余结转0.00万元。'],
  ];
  const invalid: [string, string, string][] = [
    ['with carry-over and 调增', '一是甲专项，上年结转2.00万元，年初预算10.00万元，年中调增1.00万元，实际支出12.00万元，结余结转2.00万元。', '2.00万元'],
    ['全年预算 and 支出', '全年预算300.00万元，实际支出280.00万元，结余结转25.00万元。', '25.00万元'],
  ];
  for (const [name, body] of valid) {
    it(`quiet: ${name}`, () => expect(hitsOf('balance', section(body))).toEqual([]));
  }
  for (const [name, body, flagged] of invalid) {
    it(`finds: ${name}`, () => expect(hitsOf('balance', section(body))).toEqual([['JX_CHECK_BALANCE', flagged]]));
  }

  it('says what is left', () => {
    const [hit] = ruleById('balance').check(context(section('全年预算300.00万元，实际支出280.00万元，结余结转25.00万元。')));
    expect(hit?.message).toBe('300.00万元 − 280.00万元 应结余 20.00万元，与所列结余结转 25.00万元 相差 5.00万元');
    expect(hit?.expected).toBe('20.00万元');
  });

  it('a line the budget-adjust rule already compares is not checked twice', () => {
    const text = section('年初预算100万元，年中压减20万元，实际支出85.00万元，结余结转0万元。');
    expect(hitsOf('balance', text)).toEqual([]);
  });
});

describe('balance on the seeds', () => {
  it('lusong-2023: 1.32 + 6 + 0.85 − 6.85 = 1.32 and the other lines hold', NEEDS_SEEDS, () => {
    expect(hitsOf('balance', seed('lusong-2023-kegongxin-department.txt'), 'lusong-2023-kegongxin-department.txt')).toEqual([]);
  });
  it('lusong-2023 with the 结余结转 changed: found', NEEDS_SEEDS, () => {
    const text = seed('lusong-2023-kegongxin-department.txt').replace('结余结转1.32万元。', '结余结转1.00万元。');
    expect(hitsOf('balance', text, 'lusong-2023-kegongxin-department.txt')).toEqual([['JX_CHECK_BALANCE', '1.00万元']]);
  });
  it('zhuzhou-2024 and zhuzhou-2022: quiet', NEEDS_SEEDS, () => {
    expect(hitsOf('balance', seed('zhuzhou-2024-keji-fund-project.md'), 'zhuzhou-2024-keji-fund-project.md')).toEqual([]);
    expect(hitsOf('balance', seed('zhuzhou-2022-kejiju-department.txt'), 'zhuzhou-2022-kejiju-department.txt')).toEqual([]);
  });
});
