import { describe, expect, test } from 'vitest';
import { placeholderName, restore, splitUnits, type Unit } from '../../pipeline/llm/segment.js';
import { cleanAnswer, errorFindings, normalizeLayout, verifyAnswer, type VerifyContext } from '../../pipeline/llm/verify.js';
import { isFixedLine } from '../../pipeline/llm/segment.js';
import { zhuzhou, lusong } from './fixture.js';

async function units(): Promise<{ units: Unit[]; ctx: VerifyContext }> {
  const ex = await zhuzhou();
  return { units: splitUnits(ex.input.doc, ex.input.facts), ctx: { facts: ex.input.facts, profile: ex.input.profile } };
}

function verify(unit: Unit, answer: string, ctx: VerifyContext) {
  return verifyAnswer(unit, answer, ctx, errorFindings(unit.body, ctx));
}

function reasons(v: ReturnType<typeof verify>): string {
  return v.ok ? '' : v.reasons.join('\n');
}

describe('placeholders', () => {
  test('letters only, one length, none a prefix of another', () => {
    const names = Array.from({ length: 3000 }, (_, i) => placeholderName(i));
    expect(names.slice(0, 3)).toEqual(['FIGQXA', 'FIGQXB', 'FIGQXC']);
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((n) => /^FIG[A-Z]{3}$/u.test(n))).toBe(true);
  });

  test.each([['project', zhuzhou], ['department', lusong]] as const)('the %s draft: templates hide every digit outside headings and markers, and restore exactly', async (_, load) => {
    const ex = await load();
    const us = splitUnits(ex.input.doc, ex.input.facts);
    expect(us.map((u) => u.part)).toEqual(['overview', 'usage', 'performance', 'problems', 'measures']);
    for (const u of us) {
      const prose = u.template.split('\n').filter((l) => !isFixedLine(l)).join('\n').replace(/〔待[补核][^〕]*〕/gu, '');
      expect(prose).not.toMatch(/[0-9]/u);
      const back = restore(u.template, u);
      expect(back.text).toBe(u.body);
      expect(back.figures).toEqual(u.figures);
    }
  });
});

describe('verifyAnswer', () => {
  test('the template itself, or wrapped in a code fence, passes', async () => {
    const { units: us, ctx } = await units();
    for (const u of us) {
      expect(reasons(verify(u, u.template, ctx))).toBe('');
      expect(verify(u, `\`\`\`markdown\n${u.template}\n\`\`\``, ctx).ok).toBe(true);
    }
  });

  test('placeholders swapped: refused, order stated', async () => {
    const { units: us, ctx } = await units();
    const u = us[1] as Unit;
    const [a, b] = [u.slots[2]?.name ?? '', u.slots[3]?.name ?? ''];
    const swapped = u.template.replace(a, '@@').replace(b, a).replace('@@', b);
    expect(reasons(verify(u, swapped, ctx))).toMatch(/先后顺序被改变/u);
  });

  test('a direction word flipped before a figure: refused', async () => {
    const { units: us, ctx } = await units();
    const u = us[1] as Unit;
    const flipped = u.template.replace(/年中压减(FIG[A-Z]{3})/u, '年中追加$1');
    expect(flipped).not.toBe(u.template);
    expect(reasons(verify(u, flipped, ctx))).toMatch(/“追加”改变了数字的含义/u);
  });

  test('a preface, an unknown placeholder, a copied ×× , a broken placeholder: each stated', async () => {
    const { units: us, ctx } = await units();
    const u = us[0] as Unit;
    expect(reasons(verify(u, `以下是改写后的内容：\n\n${u.template}`, ctx))).toMatch(/应从标题/u);
    expect(reasons(verify(u, `${u.template}\n\n另见FIGZZZ。`, ctx))).toMatch(/草稿中没有的占位符 FIGZZZ/u);
    expect(reasons(verify(u, `${u.template}\n\n较上年增长××。`, ctx))).toMatch(/××/u);
    const first = u.slots.find((s) => s.factId !== undefined)?.name ?? '';
    expect(reasons(verify(u, u.template.replace(first, `${first.slice(0, 4)} ${first.slice(4)}`), ctx))).toMatch(/拆开或改写/u);
  });

  test('layout: blank lines around headings restored, runs of blank lines collapsed', () => {
    expect(normalizeLayout('## 一、概况\n正文。\n\n\n\n### （一）小节\n正文二。')).toBe('## 一、概况\n\n正文。\n\n### （一）小节\n\n正文二。');
    expect(cleanAnswer('<草稿>\n## 一\n</草稿>')).toBe('## 一');
  });
});
