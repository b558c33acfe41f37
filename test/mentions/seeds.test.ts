/**
 * The extractor on the real reports in ../shared/seeds (read at run time: their sentences are
 * not copied here; a sentence is found by a figure in it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { extractMentions, type Mention } from '../../pipeline/mentions/index.js';
import { HAVE_SEEDS, NEEDS_SEEDS, SEEDS as SEEDS_DIR } from '../support/paths.js';

const SEEDS = `${SEEDS_DIR}${path.sep}`;

const FILES = {
  project: 'zhuzhou-2024-keji-fund-project.md',
  dept2022: 'zhuzhou-2022-kejiju-department.txt',
  lusong: 'lusong-2023-kegongxin-department.txt',
} as const;

function read(name: string): string {
  return readFileSync(`${SEEDS}${name}`, 'utf8');
}

/** The mentions of the sentence (between 。 or line breaks) holding the n-th occurrence of `anchor`. */
function inSentence(text: string, all: Mention[], anchor: string, nth = 0): Mention[] {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(anchor, at + 1);
  expect(at, `anchor ${anchor}`).toBeGreaterThanOrEqual(0);
  let s = at;
  while (s > 0 && !'。\n'.includes(text.charAt(s - 1))) s--;
  let e = at;
  while (e < text.length && !'。\n'.includes(text.charAt(e))) e++;
  return all.filter((m) => m.start >= s && m.end <= e);
}

/** Every occurrence of each trap string: no mention may overlap one. */
function overlapsOfTraps(text: string, all: Mention[], traps: readonly string[]): string[] {
  const bad: string[] = [];
  for (const trap of traps) {
    let found = false;
    for (let at = text.indexOf(trap); at >= 0; at = text.indexOf(trap, at + 1)) {
      found = true;
      const end = at + trap.length;
      for (const m of all) if (m.start < end && m.end > at) bad.push(`${trap} ↔ ${m.text}`);
    }
    expect(found, `trap ${trap} occurs in the seed`).toBe(true);
  }
  return bad;
}

function noYearsOrDocumentNumbers(text: string, all: Mention[]): void {
  for (const m of all) {
    // A bare 19xx/20xx is a year unless it carries a unit.
    if (m.unit === '') expect(m.text, m.text).not.toMatch(/^(?:19|20)\d\d$/);
    // Durations (连续4年, 九年) are figures; a year before 年 is not.
    if (m.unit === '年') expect(Number(m.value), m.text).toBeLessThan(1900);
    expect(m.text).not.toMatch(/[日号]$/);
    const before = text.slice(Math.max(0, m.start - 1), m.start);
    expect('〔[［【'.includes(before) && before !== '', `${m.text} in a bracket`).toBe(false);
  }
}

describe(`project seed: ${FILES.project}`, () => {
  const text = HAVE_SEEDS ? read(FILES.project) : '';
  const all = HAVE_SEEDS ? extractMentions(text) : [];

  it('技术合同登记 / 成交额 / 同比增长: three mentions, the change named by its metric', NEEDS_SEEDS, () => {
    const ms = inSentence(text, all, '1288');
    expect(ms.map((m) => m.text)).toEqual(['1288 份', '480.68 亿元', '22%']);
    expect(ms.map((m) => m.subject.text)).toEqual(['技术合同登记', '成交额', '成交额']);
    expect(ms.map((m) => m.change)).toEqual([undefined, undefined, 'increase']);
    expect(ms.map((m) => m.kind)).toEqual(['count', 'money', 'percent']);
  });

  it('the typo 1735.95成万元 gives a plain 1735.95, a cut, between the budget figures', NEEDS_SEEDS, () => {
    const ms = inSentence(text, all, '1735.95成');
    expect(ms.map((m) => m.text)).toEqual(['3600万元', '1735.95', '1864.05万元', '0万元']);
    expect(ms[1]).toMatchObject({ value: '1735.95', unit: '', kind: 'plain', change: 'decrease' });
    // The same cut, written correctly later, is money.
    const later = inSentence(text, all, '压减预算1735.95');
    expect(later.map((m) => [m.text, m.unit])).toContainEqual(['1735.95万元', '万元']);
  });

  it('targets carry their approximation', NEEDS_SEEDS, () => {
    const ms = inSentence(text, all, '120亿元以上');
    expect(ms.map((m) => [m.text, m.approx])).toEqual([
      ['120亿元以上', 'more'],
      ['15项以上', 'more'],
      ['15%左右', 'about'],
      ['15亿元', 'exact'],
      ['13件以上', 'more'],
      ['超过400亿元', 'more'],
    ]);
  });

  it('ranks, approximations and counts in one sentence', NEEDS_SEEDS, () => {
    const ms = inSentence(text, all, '第 35 位');
    expect(ms.map((m) => m.text)).toEqual([
      '第 35 位', '第 34 位', '14 位', '3% 以上', '1300 家', '超 2000 家', '480.68 亿元', '31 亿元', '13.79 件',
    ]);
    expect(ms.slice(0, 3).map((m) => [m.kind, m.change])).toEqual([
      ['rank', undefined],
      ['rank', undefined],
      ['rank', 'increase'],
    ]);
    expect(ms[2]?.subject.text).toBe(ms[1]?.subject.text);
    expect(ms[5]).toMatchObject({ approx: 'more', lo: '2000', hi: 'Infinity' });
  });

  it('counts before their noun take the noun as subject', NEEDS_SEEDS, () => {
    const ms = inSentence(text, all, '97 家');
    expect(ms.map((m) => m.text)).toEqual(['97 家', '1 家', '2 家', '6 家', '11 家', '51 家']);
    expect(ms[1]?.subject.text).toBe('省级技术转移示范机构');
    expect(ms[0]?.subject.text).toContain('省级创新平台');
  });

  it('the score table: labels and column headers, 12月 as a value, the total row', NEEDS_SEEDS, () => {
    const table = all.filter((m) => m.inTable);
    const find = (t: string, sub: string): Mention | undefined => table.find((m) => m.text === t && m.subject.text.includes(sub));
    expect(find('1302 家', '高新技术企业数')?.subject.text).toBe('高新技术企业数 / 实际完成值');
    expect(find('3600', '年度资金总额')).toMatchObject({ unit: '万元', kind: 'money', subject: { text: '年度资金总额 / 年初预算数' } });
    expect(table.filter((m) => m.subject.text.includes('拨付时间')).map((m) => [m.text, m.unit])).toEqual([
      ['12月', '月'],
      ['12月', '月'],
      ['5', ''],
      ['5', ''],
    ]);
    expect(find('100', '总分')?.subject.text).toBe('总分 / 分值');
    expect(find('99', '总分')?.subject.text).toBe('总分 / 得分');
    expect(find('4', '全社会研发投入总量')?.subject.text).toContain('得分');
  });

  it('ranks in Chinese numerals after a ranking verb are figures: 居全省第二, 保持在全省前二', NEEDS_SEEDS, () => {
    const ranks = all.filter((m) => m.kind === 'rank' && m.numeral === 'chinese').map((m) => m.text);
    expect(ranks).toEqual(expect.arrayContaining(['第二', '前二']));
  });

  it('no year, date, document number, ordinal or name is a mention', NEEDS_SEEDS, () => {
    noYearsOrDocumentNumbers(text, all);
    expect(
      overlapsOfTraps(text, all, [
        '株财函〔2024〕24号', '湘科发〔2020〕69号', '株办〔2024〕5号', '2022-2023年度', '2023年10月', '2024年11月-12月',
        '第十三届', '第一批', '第二批', '4+4', 'SA750U', '八大行动', '七个有新作为', '一票否决', '一是', '二是', '三是',
        '十大技术攻关', '附件 3', '统一', '一批', '十强', '一个一级项目支出一张', '连续九年',
      ]),
    ).toEqual([]);
  });
});

describe(`department seed (PDF text): ${FILES.dept2022}`, () => {
  const text = HAVE_SEEDS ? read(FILES.dept2022) : '';
  const all = HAVE_SEEDS ? extractMentions(text) : [];

  it('reads numbers and units split by PDF line breaks', NEEDS_SEEDS, () => {
    expect(all.find((m) => m.text.startsWith('13.7亿'))).toMatchObject({ text: '13.7亿\n\n元', value: '13.7', unit: '亿元' });
    expect(all.find((m) => m.text.startsWith('7000'))).toMatchObject({ value: '7000', unit: '万元', kind: 'money' });
  });

  it('2/3 is a plain figure; ranks and 前 5名 are ranks', NEEDS_SEEDS, () => {
    expect(all.find((m) => m.text === '2/3')).toMatchObject({ value: '0.6667', kind: 'plain', unit: '' });
    expect(all.find((m) => m.text === '前 5名')).toMatchObject({ kind: 'rank', approx: 'less', lo: '1', hi: '5' });
    expect(all.find((m) => m.text === '第 32位')).toMatchObject({ kind: 'rank', value: '32' });
    expect(all.find((m) => m.text === '9 位')).toMatchObject({ kind: 'rank', change: 'increase' });
    expect(all.find((m) => m.text === '550kW')).toMatchObject({ kind: 'quantity', unit: 'kW' });
  });

  it('the flattened score table: figures kept and marked inTable, 8. 53% read as 8.53%', NEEDS_SEEDS, () => {
    const ms = inSentence(text, all, '1100家 1104家');
    expect(ms.map((m) => [m.text, m.inTable])).toEqual([
      ['1100家', true],
      ['1104家', true],
      ['10', true],
      ['10', true],
    ]);
    expect(all.find((m) => m.text === '8. 53%')).toMatchObject({ value: '8.53', unit: '%', inTable: true });
    expect(all.filter((m) => m.text === '12月').every((m) => m.inTable && m.unit === '月')).toBe(true);
  });

  it('no page marker, year, outline marker or name is a mention', NEEDS_SEEDS, () => {
    noYearsOrDocumentNumbers(text, all);
    expect(
      overlapsOfTraps(text, all, [
        '—— 2 ——', '—— 7 ——', '（十一）', '（十四）', 'QDR280', '“7+3”“3+2”', '三个高地', '五链融合', '十佳', '一卡通',
        '第一代', '四大科技基础设施', '附件1-3', '1-2. 2022', '截止 2022 年底', '一是', '六是', '统一',
      ]),
    ).toEqual([]);
  });
});

describe(`district seed: ${FILES.lusong}`, () => {
  const text = HAVE_SEEDS ? read(FILES.lusong) : '';
  const all = HAVE_SEEDS ? extractMentions(text) : [];

  it('比上年增加4人，增加40%: the changes are named by the metric before them', NEEDS_SEEDS, () => {
    const ms = inSentence(text, all, '比上年增加4人');
    expect(ms.map((m) => [m.text, m.change])).toEqual([
      ['14人', undefined],
      ['4人', 'increase'],
      ['40%', 'increase'],
      ['4人', undefined],
    ]);
    expect(ms.slice(0, 3).map((m) => m.subject.text)).toEqual(['年末实有人数', '年末实有人数', '年末实有人数']);
  });

  it('list items: the marker and the year are not figures, the amount is', NEEDS_SEEDS, () => {
    expect(inSentence(text, all, '预算资金192.31').map((m) => m.text)).toEqual(['192.31万元']);
    expect(inSentence(text, all, '1,451.29', 0).map((m) => [m.text, m.value])).toEqual([['1,451.29万元', '1451.29']]);
    const cut = inSentence(text, all, '增速');
    expect(cut.map((m) => [m.text, m.change])).toEqual([
      ['125.9亿元', undefined],
      ['6％', 'increase'],
    ]);
    expect(cut[1]?.subject.text).toContain('规模工业总产值');
  });

  it('one-cell-per-line tables: header units, labels, the total row', NEEDS_SEEDS, () => {
    const table = all.filter((m) => m.inTable);
    const by = (t: string, sub: string): Mention | undefined => table.find((m) => m.text === t && m.subject.text === sub);
    expect(by('16', '编制数')).toMatchObject({ unit: '人', kind: 'count' });
    expect(by('87.5%', '控制率')).toBeDefined();
    expect(by('2.56', '三公经费 / 2022年决算数')).toMatchObject({ unit: '万元' });
    expect(by('192.31', '年度资金总额 / 年初预算数')).toMatchObject({ unit: '万元', kind: 'money' });
    expect(by('99.91%', '年度资金总额 / 执行率')).toBeDefined();
    expect(by('1452.61', '一般公共预算')).toBeDefined();
    expect(by('12个月', '时效指标 / 各项绩效指标完成时限 / 年度指标值')).toBeDefined();
    expect(by('90', '总分 / 分值')).toBeDefined();
    expect(by('95', '总分 / 得分')).toBeDefined();
  });

  it('no year, name, enumerator or phone number is a mention', NEEDS_SEEDS, () => {
    noYearsOrDocumentNumbers(text, all);
    expect(
      overlapsOfTraps(text, all, [
        '2023年12月31日', '三高四新', '第五届', '第五批', '三供一业', '“四上”', '四上企业', '三个高地', '一是', '二是', '三是',
        '附件2', '附件3', '18390879243', '4、 国有资本', '（1）', '（3）', '13.职能转变', '2021年', '三季度',
      ]),
    ).toEqual([]);
  });
});

describe(`speed`, () => {
  it('extracts from the three seeds concatenated 20 times (one linear pass)', NEEDS_SEEDS, () => {
    const one = Object.values(FILES).map(read).join('\n\n');
    const base = extractMentions(one).length;
    const big = Array.from({ length: 20 }, () => one).join('\n\n');
    const ms = extractMentions(big);
    expect(ms.length).toBe(20 * base);
    for (let k = 1; k < ms.length; k++) expect((ms[k] as Mention).start).toBeGreaterThanOrEqual((ms[k - 1] as Mention).end);
  });
});
