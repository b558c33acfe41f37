import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftReport } from '../../pipeline/jobs/draft.js';
import { ROOT } from '../support/paths.js';

const SMALL = path.join(ROOT, 'test/fixtures/render/small-project.yaml');
const tmp = mkdtempSync(path.join(tmpdir(), 'jixiao-render-'));

describe('templates follow the data', async () => {
  const { doc } = await draftReport({ data: SMALL });
  const md = doc.markdown;

  it('phrasing: 超额完成 / 完成 / 未完成 with the deviation reason and measure', () => {
    expect(md).toContain('新建高标准农田面积年度目标不低于2000亩，实际完成2300亩，超额完成年度目标');
    expect(md).toContain('工程验收合格率年度目标100%，实际完成100%，完成年度目标');
    expect(md).toContain('亩均增产年度目标50公斤，实际完成40公斤，未完成年度目标，完成率80.00%，主要原因是夏季持续干旱，部分地块减产，下一步将配套建设灌溉设施');
  });

  it('derived figures: 全年预算 from 年初 ± 调整, 执行率, 结余', () => {
    expect(md).toContain('安排预算500.00万元。年中追加120.50万元。');
    expect(md).toContain('全年预算620.50万元，实际支出600.00万元，预算执行率96.70%，结余结转20.50万元。');
  });

  it('a score the data leaves out is the rule\'s; the total and the grade follow', () => {
    expect(md).toMatch(/\| 工程验收合格率 \| 100% \| 100% \| 20 \| 20 \|/);
    expect(md).toContain('总分89.67分，自评等级为“良”');
  });

  it('an optional item the data lacks is omitted from the prose, never printed as 0 or blank', () => {
    const prose = md.slice(0, md.indexOf('## 附件'));
    expect(prose).not.toContain('上年结转');
    expect(prose).not.toContain('其他资金');
    expect(prose).not.toMatch(/[^\d.]0\.00万元/);
    // The fixed form keeps its rows, with a dash rather than a 0 where the data has nothing.
    expect(md).toMatch(/\| 上年结转资金 \|  \| — \| — \| — \|/);
  });

  it('the title and the opening name the year once, whether or not the project\'s name starts with it', async () => {
    expect(md).toMatch(/^# 2025年度高标准农田建设补助绩效自评报告$/m);
    expect(md).toContain('对2025年度高标准农田建设补助使用情况开展了绩效自评');
    const named = path.join(tmp, 'named-with-year.yaml');
    writeFileSync(named, readFileSync(SMALL, 'utf8').replace('project: 高标准农田建设补助', 'project: 2025年高标准农田建设补助'));
    const withYear = (await draftReport({ data: named })).doc.markdown;
    expect(withYear).toMatch(/^# 2025年高标准农田建设补助绩效自评报告$/m);
    expect(withYear).toContain('对2025年高标准农田建设补助使用情况开展了绩效自评');
  });

  it('what neither the data nor a prior report gives is a visible 〔待补〕 marker', () => {
    expect(md).toContain('〔待补：项目实施单位的职能及其在本项目中的分工〕');
    expect(md).toContain('〔待补：本报告所依据的通知名称及文号〕');
  });

  it('the year\'s goals are the indicators\' targets when the data writes no goal text', () => {
    expect(md).toContain('年度绩效目标为：新建高标准农田面积不低于2000亩；工程验收合格率100%；亩均增产50公斤；农户满意度不低于90%。');
    expect(md).not.toContain('〔待补：年度总体绩效目标〕');
  });

  it('lists read 一是…；二是…。 and problems carry their cause', () => {
    expect(md).toContain('一是部分项目开工较晚。究其原因，土地流转协调耗时较长；二是后期管护资金不足。');
    expect(md).toContain('一是提前开展土地流转协调；二是建立管护资金分担机制。');
  });

  it('outline numbering runs 一、二、… without gaps, （一） restarting under each', () => {
    const top = [...md.matchAll(/^## (.+?)、/gm)].map((m) => m[1]);
    expect(top).toEqual(['一', '二', '三', '四', '五', '六', '七', '八']);
    expect(md).toMatch(/^## 附件$/m);
    expect(md).toMatch(/^### （一）预算支出决策情况$/m);
  });

  it('the same input gives the same output, byte for byte', async () => {
    const again = await draftReport({ data: SMALL });
    expect(again.doc.markdown).toBe(md);
    expect(again.doc.figures).toEqual(doc.figures);
  });
});

describe('a user template directory overrides one template and keeps the rest', () => {
  it('replaces shared/closing.njk only', async () => {
    const dir = path.join(tmp, 'templates');
    mkdirSync(path.join(dir, 'shared'), { recursive: true });
    writeFileSync(path.join(dir, 'shared/closing.njk'), '## 结果应用\n\n本单位将自评结果用于{{ year }}年预算安排，总分{{ F("score.total") }}。\n');
    const { doc } = await draftReport({ data: SMALL, templates: dir });
    expect(doc.markdown).toContain('## 七、结果应用\n\n本单位将自评结果用于2025年预算安排，总分89.67分。');
    expect(doc.markdown).toContain('## 一、预算支出概况');
    const total = doc.figures.find((f) => f.factId === 'score.total' && doc.markdown.slice(f.offset - 2, f.offset) === '总分');
    expect(total?.text).toBe('89.67分');
  });

  it('a template that names a fact that does not exist fails with the template error', async () => {
    const dir = path.join(tmp, 'bad-templates');
    mkdirSync(path.join(dir, 'shared'), { recursive: true });
    writeFileSync(path.join(dir, 'shared/closing.njk'), '{{ F("no.such.fact") }}\n');
    await expect(draftReport({ data: SMALL, templates: dir })).rejects.toThrow(/no\.such\.fact/);
  });
});

describe('carrying a prior-year report', () => {
  it('carries a part the data lacks, moves its years on and marks it for review', async () => {
    const prior = path.join(tmp, 'prior.md');
    writeFileSync(prior, [
      '# 2024年度高标准农田建设补助绩效自评报告', '', '## 一、预算支出概况', '', '### （一）项目实施单位基本情况', '',
      '县农业农村局负责全县农田建设管理，2024年设股室5个。', '', '## 二、预算资金使用及管理情况', '', '年初预算400万元。', '',
    ].join('\n'));
    const { doc, carried } = await draftReport({ data: SMALL, prior });
    expect(carried.map((c) => c.topic)).toEqual(['functions']);
    expect(doc.markdown).toContain('> 〔待核：本节沿用上年报告“项目实施单位基本情况”，年份已顺延一年，请核对是否仍然适用〕\n\n县农业农村局负责全县农田建设管理，2025年设股室5个。');
    const five = doc.figures.find((f) => f.text === '5个');
    expect(five?.factId).toMatch(/^prior\.functions\./);
  });
});
