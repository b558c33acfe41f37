/**
 * The lock on one paragraph, without a server: how a paragraph becomes a template, what an answer
 * may change (order, connectives, wrapping) and what it may not (what each figure describes).
 * Paragraphs and figures are the shipped examples' own.
 */
import { describe, expect, test } from 'vitest';
import { forUser, literalsOf, restore, splitUnits, TOKEN, type Unit } from '../../pipeline/llm/segment.js';
import { errorFindings, readDraft, verifyAnswer, type VerifyContext } from '../../pipeline/llm/verify.js';
import { cleanAnswer } from '../../pipeline/llm/normalize.js';
import { lusong, zhuzhou, type Example } from './fixture.js';

interface Fixture {
  units: Unit[];
  ctx: VerifyContext;
}

async function fixture(load: () => Promise<Example>): Promise<Fixture> {
  const ex = await load();
  return { units: splitUnits(ex.input.doc, ex.input.facts), ctx: { facts: ex.input.facts, profile: ex.input.profile } };
}

/** The paragraph whose draft text contains `words`. */
function unitWith(f: Fixture, words: string): Unit {
  const u = f.units.find((x) => x.body.includes(words));
  if (u === undefined) throw new Error(`no paragraph with ${words}`);
  return u;
}

/** The token standing for the figure written `text` right after `before`. */
function token(u: Unit, before: string, text: string): string {
  const at = u.body.indexOf(`${before}${text}`);
  const slot = u.slots.find((s) => s.text === text && s.start === at + before.length);
  if (slot === undefined) throw new Error(`no figure ${text} after ${before}`);
  return slot.name;
}

function verify(f: Fixture, u: Unit, answer: string) {
  return verifyAnswer(u, answer, f.ctx, errorFindings(u.body, f.ctx), readDraft(u));
}

/** Reasons as the user reads them (figures as written). */
function reasons(f: Fixture, u: Unit, answer: string): string {
  const v = verify(f, u, answer);
  return v.ok ? '' : v.reasons.map((r) => forUser(r, u)).join('\n');
}

function swap(text: string, a: string, b: string): string {
  return text.split(a).join('\u0000').split(b).join(a).split('\u0000').join(b);
}

describe('paragraphs and tokens', () => {
  test.each([['project', zhuzhou], ['department', lusong]] as const)('the %s draft: one unit per paragraph of the narrative parts, restored exactly', async (_, load) => {
    const f = await fixture(load);
    expect(new Set(f.units.map((u) => u.part))).toEqual(new Set(['overview', 'usage', 'performance', 'problems', 'measures']));
    for (const u of f.units) {
      expect(u.body).not.toMatch(/\n\s*\n/u); // one paragraph
      expect(u.body.split('\n').some((l) => /^(?:#|\||>)/u.test(l))).toBe(false);
      const back = restore(u.template, u);
      expect(back.text).toBe(u.body);
      expect(back.figures).toEqual(u.figures);
      // Outside tokens, the only digits are years, dates, document numbers and names: kept as written.
      const prose = u.template.replace(TOKEN, '').replace(/〔待[补核][^〕]*〕/gu, '');
      for (const d of prose.match(/[0-9]+/gu) ?? []) expect(literalsOf(u.template).some((l) => l.includes(d))).toBe(true);
    }
  });

  test('tokens are short, say the kind of figure, and are numbered apart; dates and document numbers stay text', async () => {
    const f = await fixture(lusong);
    const staff = unitWith(f, '核定编制');
    expect(staff.template).toBe('核定编制{N1}，截至2023年12月31日实有在职人员{N2}，比上年末的{N3}增加{N4}，变动幅度{P5}，本年调入{N6}，人员控制率{P7}。');
    const z = await fixture(zhuzhou);
    expect(unitWith(z, '株办〔2024〕5号').template).toContain('《株洲市2024年“创新成果转化年”活动实施方案》（株办〔2024〕5号）');
    const decision = unitWith(z, '年初下达');
    expect(decision.slots.map((s) => s.name)).toEqual(['{M1}', '{M2}', '{M3}']);
    for (const u of [...f.units, ...z.units]) for (const s of u.slots) expect(s.name).toMatch(/^\{[MPNQST]\d{1,2}\}$/u);
  });

  test('labels say what each figure is, from its fact and role; a growth rate is not its metric', async () => {
    const f = await fixture(zhuzhou);
    const u = unitWith(f, '同比增长22%');
    const label = (name: string) => u.slots.find((s) => s.name === name)?.label ?? '';
    expect(label(token(u, '成交额达', '480.68亿元'))).toBe('技术合同成交额（实际数，金额）');
    expect(label(token(u, '同比增长', '22%'))).toBe('技术合同成交额增长率（增减变动，增加，百分比）');
    const usage = unitWith(f, '年中压减');
    expect(usage.slots.find((s) => s.text === '1735.95万元')?.label).toBe('全市统一压减·年中压减（调整数，减少，金额）');
    expect(usage.slots.find((s) => s.text === '100.00%')?.label).toBe('预算执行率（比率，百分比）');
    // A year range (2022-2023年度) leaves nothing behind.
    expect(unitWith(f, '省科技奖').slots.find((s) => s.text === '36个')?.label).toBe('获省科技奖项目（实际数，数量）');
    for (const s of f.units.flatMap((x) => x.slots)) expect(s.label).not.toMatch(/[0-9]/u);
  });
});

describe('what an answer may change', () => {
  test('every paragraph of both examples, answered with its own draft, passes', async () => {
    for (const load of [zhuzhou, lusong]) {
      const f = await fixture(load);
      for (const u of f.units) expect(reasons(f, u, u.template)).toBe('');
    }
  });

  test('spaces, bold, half-width punctuation and quotes, tokens spelled otherwise, a preface and a trailer line', async () => {
    const f = await fixture(zhuzhou);
    const u = unitWith(f, '同比增长22%');
    const [m1, , , , m5] = u.slots.map((s) => s.name);
    const messy = [
      '以下是润色后的段落：',
      '',
      u.template
        .replace(m1 ?? '', ` **${(m1 ?? '').replace('{', '{ ').toLowerCase()}** `)
        .replace(m5 ?? '', `｛${(m5 ?? '').slice(1, -1)}｝`)
        .replace(/，/gu, ', ')
        .replace('；', ';'),
      '',
      '（以上为润色后的内容）',
    ].join('\n');
    const v = verify(f, u, messy);
    expect(v.ok ? '' : v.reasons.join('\n')).toBe('');
    if (!v.ok) return;
    expect(v.text).toBe(u.body);
    expect(v.figures).toEqual(u.figures);
    expect(cleanAnswer('"创新成果转化年"活动', new Set())).toBe('“创新成果转化年”活动');
  });

  test('list items reordered with their subjects, sentences merged and split, connectives reworded', async () => {
    const f = await fixture(zhuzhou);
    const u = unitWith(f, '对接院士专家');
    const n2 = token(u, '对接院士专家', '60');
    const n3 = token(u, '引入投融资机构', '60');
    const reordered = u.template
      .replace(`对接院士专家${n2}余位，引入投融资机构${n3}余家`, `引入投融资机构${n3}余家，对接院士专家${n2}余位`)
      .replace('对接合作方面，', '在对接合作方面，');
    expect(reordered).not.toBe(u.template);
    expect(reasons(f, u, reordered)).toBe('');

    const results = unitWith(f, '2023年度全社会研发投入总量');
    const merged = results.template.replace('；2023年度研发', '。2023年度研发');
    expect(reasons(f, results, merged)).toBe('');
    const market = unitWith(f, '技术市场方面');
    expect(reasons(f, market, market.template.replace('；知识价值', '。知识价值').replace('；技术合同成交额', '，技术合同成交额'))).toBe('');
    expect(reasons(f, results, merged)).toBe('');

    const parts = unitWith(f, '其中研发投入推进经费');
    const [, , , m4, m5] = parts.slots.map((s) => s.name);
    expect(reasons(f, parts, parts.template.replace(`国家高新技术企业评审试点${m4}、湖南工大校地合作示范项目${m5}`, `湖南工大校地合作示范项目${m5}、国家高新技术企业评审试点${m4}`))).toBe('');
    expect(reasons(f, unitWith(f, '应用场景合作签约'), unitWith(f, '应用场景合作签约').template.replace('合作签约', '合作签约达到'))).toBe('');

    const targets = unitWith(f, '新增省级以上科技创新平台年度目标');
    const split = targets.template.replace(/；/gu, '。').replace(/年度目标\{/gu, '年度目标为{').replace(/实际完成\{/gu, '实际完成了{');
    expect(reasons(f, targets, split)).toBe('');
  });
});

describe('what an answer may not change: what each figure describes', () => {
  test('two figures of one sentence trade subjects (the issue’s 核定编制 / 实有在职人员)', async () => {
    const f = await fixture(lusong);
    const u = unitWith(f, '核定编制');
    const swapped = swap(u.template, token(u, '核定编制', '16人'), token(u, '实有在职人员', '14人'));
    expect(reasons(f, u, swapped)).toMatch(/“16人”.*原是“核定编制”的数字，改写后成了“截至2023年12月31日实有在职人员”的数字/u);
  });

  test('two goals of a list trade figures (the issue’s 突破关键核心技术 / 研发经费投入总量)', async () => {
    const f = await fixture(zhuzhou);
    const u = unitWith(f, '年度绩效目标为');
    const swapped = swap(u.template, token(u, '全社会研发投入总量', '120亿元'), token(u, '技术合同交易额', '400亿元'));
    const why = reasons(f, u, swapped);
    expect(why).toMatch(/“120亿元”/u);
    expect(why).toMatch(/全社会研发投入总量/u);
    expect(why).toMatch(/技术合同交易额/u);
  });

  test('a total and a count trade places (the issue’s 按用途分为以下…五类项目)', async () => {
    const f = await fixture(zhuzhou);
    const u = unitWith(f, '按用途分为以下');
    const [total, five] = u.slots;
    expect(total?.text).toBe('1864.05万元');
    expect(five?.text).toBe('五');
    const swapped = swap(u.template, total?.name ?? '', five?.name ?? '');
    expect(reasons(f, u, swapped)).not.toBe('');
  });

  test('figures swapped across two items of a list: the reason names the figure and both subjects', async () => {
    const f = await fixture(zhuzhou);
    const u = unitWith(f, '新增省级以上科技创新平台年度目标');
    const a = token(u, '实际完成', '16个');
    const b = token(u, '实际完成', '1302家');
    expect(reasons(f, u, swap(u.template, a, b))).toMatch(/“16个”（新增省级以上科技创新平台（实际数，数量））原是“新增省级以上科技创新平台[^”]*”的数字，改写后成了“高新技术企业数[^”]*”的数字/u);
  });

  test('two figures of near subjects trade places (国家 / 省科技奖)', async () => {
    const f = await fixture(zhuzhou);
    const awards = unitWith(f, '国家科技奖项目');
    expect(reasons(f, awards, swap(awards.template, token(awards, '国家科技奖项目', '5个'), token(awards, '省科技奖项目', '36个')))).toMatch(/“5个”.*国家科技奖.*省科技奖/u);
  });

  test('an amount and a rate of one change trade places (比上年增加 / 增长)', async () => {
    const l = await fixture(lusong);
    const u = unitWith(l, '公务接待费上年决算');
    // The second line (公务接待费) says the same figures as the first: its tokens are the last two.
    const [amount, rate] = u.slots.slice(-2);
    expect([amount?.text, rate?.text]).toEqual(['1.07万元', '41.80%']);
    const swapped = swap(u.template, amount?.name ?? '', rate?.name ?? '');
    expect(reasons(l, u, swapped)).toMatch(/“1.07万元”.*改写后成了“增长1.07万元”，那是“41.80%”所说的事/u);
  });

  test('a figure given a subject the draft never names', async () => {
    const f = await fixture(zhuzhou);
    const u = unitWith(f, '对接院士专家');
    const n2 = token(u, '对接院士专家', '60');
    expect(reasons(f, u, u.template.replace(`对接院士专家${n2}`, `新建院士工作站${n2}`))).toMatch(/“60”.*原是“对接院士专家”的数字，改写后成了“新建院士工作站”的数字/u);
    const l = await fixture(lusong);
    const leaders = unitWith(l, '带队联系企业的区级领导');
    expect(reasons(l, leaders, leaders.template.replace('带队联系企业的区级领导', '新建孵化器'))).toMatch(/“35名”.*原是“带队联系企业的区级领导”的数字，改写后成了“新建孵化器”的数字/u);
  });

  test('direction words: 超额完成 → 未完成, 增加 → 减少', async () => {
    const f = await fixture(zhuzhou);
    const u = unitWith(f, '新增省级以上科技创新平台年度目标');
    expect(reasons(f, u, u.template.replace('超额完成', '未完成'))).toMatch(/含“5个”、“16个”的句子中“超额完成”变成了“未完成”/u);
    const l = await fixture(lusong);
    const staff = unitWith(l, '核定编制');
    expect(reasons(l, staff, staff.template.replace('增加{', '减少{'))).toMatch(/“4人” 原是增加的数，改写后成了减少的数/u);
  });

  test('a negation added or removed', async () => {
    const l = await fixture(lusong);
    const u = unitWith(l, '其中列入年初预算的');
    expect(reasons(l, u, u.template.replace('其中列入年初预算的', '其中未列入年初预算的'))).toMatch(/“两个” 所在的分句加了否定/u);
    const project = unitWith(l, '“三个高地”考核奖励');
    expect(project.template.startsWith('未列入年初预算')).toBe(true);
    expect(reasons(l, project, project.template.replace('未列入年初预算', '已列入年初预算'))).toMatch(/删去了“未”/u);
    const f = await fixture(zhuzhou);
    const usage = unitWith(f, '年中压减');
    expect(reasons(f, usage, usage.template.replace('资金已全部执行', '资金尚未全部执行'))).toMatch(/加入了“尚未”/u);
  });

  test('an approximation word added, a unit written next to a token', async () => {
    const f = await fixture(zhuzhou);
    const u = unitWith(f, '年中压减');
    const total = token(u, '全年预算', '1864.05万元');
    expect(reasons(f, u, u.template.replace(total, `约${total}`))).toMatch(/“1864.05万元” 前面加了“约”/u);
    expect(reasons(f, u, u.template.replace(total, `${total}以上`))).toMatch(/“1864.05万元” 后面加了“以上”/u);
    expect(reasons(f, u, u.template.replace(total, `${total}亿元`))).toMatch(/“1864.05万元” 后面加了“亿元”/u);
  });

  test('the period changed: 本年 ↔ 上年, 年初 → 上年', async () => {
    const l = await fixture(lusong);
    const u = unitWith(l, '“三公”经费上年决算');
    expect(reasons(l, u, u.template.replace('本年预算', '上年预算'))).toMatch(/“3.63万元” 原是本年的数字，改写后读作上年的数字/u);
    const staff = unitWith(l, '核定编制');
    expect(reasons(l, staff, staff.template.replace('比上年末的', '比本年末的'))).not.toBe('');
    // 上年 where it is no period of the figure (上年结转) still says something else.
    const rates = unitWith(l, '结转结余率');
    // Two rates whose subjects are role words only trade places.
    expect(reasons(l, rates, swap(rates.template, token(rates, '预算执行率', '99.91%'), token(rates, '结转结余率', '0.09%')))).toMatch(/“0.09%”.*那是“99.91%”所说的事/u);
    expect(reasons(l, rates, rates.template.replace('结转结余率', '上年结转结余率'))).toMatch(/加入了“上年”/u);
    const f = await fixture(zhuzhou);
    const decision = unitWith(f, '年初下达');
    expect(reasons(f, decision, decision.template.replace('年初下达', '年上年下达'))).not.toBe('');
  });

  test('a number written, a year changed, a token dropped: each reason says which', async () => {
    const f = await fixture(zhuzhou);
    const u = unitWith(f, '安排预算');
    expect(reasons(f, u, u.template.replace('“2024年科技', '“2025年科技'))).toMatch(/“2024” 被删去或改动/u);
    expect(reasons(f, u, u.template.replace('安排预算', '为12个项目安排预算'))).toMatch(/写入了数字 “12”/u);
    expect(reasons(f, u, u.template.replace('安排预算', '为三个项目安排预算'))).toMatch(/写入了草稿中没有的数量“三个”/u);
    const [first] = u.slots;
    expect(reasons(f, u, u.template.replace(first?.name ?? '', ''))).toMatch(/缺少占位符 “3600.00万元”/u);
  });
});
