import { describe, expect, it } from 'vitest';
import { shiftYears } from '../../pipeline/corpus/index.js';
import { InternalError } from '../../pipeline/errors.js';

describe('shiftYears', () => {
  it('moves year references on', () => {
    expect(shiftYears('2023年', 1)).toBe('2024年');
    expect(shiftYears('2023年度预算', 1)).toBe('2024年度预算');
    expect(shiftYears('截止2022年底，在职12人', 1)).toBe('截止2023年底，在职12人');
    expect(shiftYears('2022-2023年度省科技奖', 1)).toBe('2023-2024年度省科技奖');
    expect(shiftYears('2022年-2023年', 1)).toBe('2023年-2024年');
    expect(shiftYears('2023 年 10 月', 1)).toBe('2024 年 10 月');
    expect(shiftYears('2024年12月31日', 2)).toBe('2026年12月31日');
    expect(shiftYears('2024年', -1)).toBe('2023年');
  });

  it('leaves document numbers alone, and moves a year in a cited title only with the text around it', () => {
    expect(shiftYears('（示财函〔2024〕24号）', 1)).toBe('（示财函〔2024〕24号）');
    expect(shiftYears('示科发[2020]3号', 1)).toBe('示科发[2020]3号');
    expect(shiftYears('〔2024年〕', 1)).toBe('〔2024年〕');
    // The notice for the year the text is about moves with it; its document number stays for the writer to replace.
    const cited = '根据《示例市财政局关于做好2024年度预算绩效管理工作的通知》（示财函〔2024〕24号），2024年度开展自评';
    expect(shiftYears(cited, 1)).toBe('根据《示例市财政局关于做好2025年度预算绩效管理工作的通知》（示财函〔2024〕24号），2025年度开展自评');
    // A standing document of another year stays.
    expect(shiftYears('2023年，依据《示例市2020年科技计划管理办法》执行', 1)).toBe('2024年，依据《示例市2020年科技计划管理办法》执行');
    const nested = '《关于印发<示例市2024年“成果转化年”活动方案>的通知》和《关于〈2023年计划〉的说明》；2023年完成';
    expect(shiftYears(nested, 1)).toBe('《关于印发<示例市2024年“成果转化年”活动方案>的通知》和《关于〈2024年计划〉的说明》；2024年完成');
    // A title alone says nothing about the years around it: the section it comes from does.
    expect(shiftYears('编制《2024年部门预算项目支出申报表》', 1)).toBe('编制《2024年部门预算项目支出申报表》');
    expect(shiftYears('编制《2024年部门预算项目支出申报表》', 1, { context: '2023年10月，编制《2024年部门预算项目支出申报表》；2024年初下达' })).toBe('编制《2025年部门预算项目支出申报表》');
  });

  it('leaves numbers that are not years alone', () => {
    const text = '实际支出1864.05万元，备案2045家，超2000家，2200余家，12023件，1,2023.5万元';
    expect(shiftYears(text, 1)).toBe(text);
    expect(shiftYears('第十三届', 1)).toBe('第十三届');
  });

  it('does not freeze the rest of the text after an unclosed 《', () => {
    expect(shiftYears('《示例办法 2023年完成', 1)).toBe('《示例办法 2024年完成');
  });

  it('rejects fractional shifts and returns the text for 0', () => {
    expect(() => shiftYears('2023年', 0.5)).toThrow(InternalError);
    expect(shiftYears('2023年', 0)).toBe('2023年');
  });
});
