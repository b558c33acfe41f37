import { describe, expect, it } from 'vitest';
import { cellLineTables } from '../../pipeline/text/cell-lines.js';

const lines = (s: string) => s.split('\n');

describe('cellLineTables: a table copied from a web page one cell per line', () => {
  it('is read from its first regular rows back to a header of as many cells, captions left out', () => {
    const text = lines('二、收支情况\n收支决算情况表\n单位：万元\n项目\n2023年决算数\n2024年决算数\n收入合计\n996.60\n1,046.28\n其中：事业收入\n498.36\n520.15\n支出合计\n985.27\n1,032.66\n　　（三）“三公”经费情况');
    expect(cellLineTables(text)).toEqual([{ first: 3, end: 15, width: 3 }]);
  });
  it('ends where a row breaks the pattern', () => {
    const text = lines('乡镇\n奖励扶助（人）\n特别扶助（人）\n蓼湾镇\n1,286\n38\n鹊岭镇\n964\n27\n合计\n2,250\n65\n说明：以上为年末数。');
    expect(cellLineTables(text)).toEqual([{ first: 0, end: 12, width: 3 }]);
  });
  it('leaves alone rows of one figure, rows of uneven width and prose', () => {
    expect(cellLineTables(lines('项目\n金额\n办公费\n12.00\n印刷费\n8.00'))).toEqual([]);
    expect(cellLineTables(lines('一级指标\n二级指标\n三级指标\n产出指标\n数量指标\n维修座数\n≥20座\n20座\n10\n10\n质量指标\n合格率\n100%\n100%\n10\n10'))).toEqual([]);
    expect(cellLineTables(lines('　　全年支出1,032.66万元，执行率98.70%。\n　　结余13.62万元。'))).toEqual([]);
  });
});
