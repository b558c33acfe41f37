import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allSections,
  findTopic,
  partsOf,
  readCorpus,
  sectionText,
  type Block,
  type Section,
  type SectionTree,
} from '../../pipeline/corpus/index.js';
import { NEEDS_SEEDS, SEEDS as SEEDS_DIR } from '../support/paths.js';

const SEEDS = `${SEEDS_DIR}${path.sep}`;

function read(name: string): SectionTree {
  const file = path.join(SEEDS, name);
  return readCorpus(readFileSync(file, 'utf8'), { file });
}

/** `marker+title` of the sections at levels 1 and 2, in document order. */
function outline(tree: SectionTree): string[] {
  return allSections(tree)
    .filter((s) => s.level <= 2)
    .map((s) => s.marker + s.title);
}

function blocks(tree: SectionTree): Block[] {
  return [...tree.preamble, ...allSections(tree).flatMap((s) => s.blocks)];
}

function paragraphs(tree: SectionTree): string[] {
  return blocks(tree).flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
}

function tables(tree: SectionTree): Array<Extract<Block, { type: 'table' }>> {
  return blocks(tree).flatMap((b) => (b.type === 'table' ? [b] : []));
}

function byTitle(tree: SectionTree, title: string): Section {
  const found = allSections(tree).find((s) => s.title === title);
  if (!found) throw new Error(`no section titled ${title}`);
  return found;
}

describe('seed zhuzhou-2024-keji-fund-project.md (Markdown, # levels not matching the outline)', () => {
  const name = 'zhuzhou-2024-keji-fund-project.md';

  it('takes levels from the outline markers, not from #', NEEDS_SEEDS, () => {
    const tree = read(name);
    expect(tree.title).toBe('2024年度株洲市财政科技发展专项资金使用绩效自评报告');
    expect(tree.preamble).toHaveLength(1);
    expect(outline(tree)).toEqual([
      '一、预算支出概况',
      '（一）项目实施单位基本情况',
      '（二）预算资金基本情况',
      '（三）预算资金绩效目标',
      '二、预算资金使用及管理情况',
      '（一）预算资金安排落实及实际使用情况',
      '（二）预算资金管理情况',
      '三、预算支出组织实施情况',
      '四、预算支出绩效情况',
      '（一）预算支出决策情况',
      '（二）预算支出过程情况',
      '（三）预算支出产出和效益情况',
      '五、存在的问题',
      '六、有关建议',
      '七、其他需要说明的问题',
      '附件 3',
      '2024 年度项目支出绩效自评表',
    ]);
    // `## 2.十大技术攻关项目` and `##### 1.创新成果转化年活动经费` are both level 3 under （二）.
    const process = byTitle(tree, '预算支出过程情况');
    expect(process.children.map((s) => `${s.level}:${s.marker}${s.title}`)).toEqual([
      '3:1.创新成果转化年活动经费',
      '3:2.十大技术攻关项目',
      '3:3.国省创新创业大赛',
      '3:4.省市联合基金',
      '3:5.重点科技工作补助',
    ]);
    expect(byTitle(tree, '预算支出产出和效益情况').children.map((s) => s.marker)).toEqual(['1.', '2.', '3.', '4.', '5.']);
    expect(byTitle(tree, '十大技术攻关项目').path).toEqual(['预算支出绩效情况', '预算支出过程情况', '十大技术攻关项目']);
  });

  it('maps parts and topics', NEEDS_SEEDS, () => {
    const tree = read(name);
    expect(tree.sections.map((s) => s.part)).toEqual([
      'overview', 'usage', 'usage', 'performance', 'problems', 'measures', 'other', 'attachments',
    ]);
    expect(findTopic(tree, 'functions')?.title).toBe('项目实施单位基本情况');
    expect(findTopic(tree, 'goals')?.title).toBe('预算资金绩效目标');
    expect(findTopic(tree, 'purpose')?.title).toBe('预算资金基本情况');
    expect(findTopic(tree, 'management')?.title).toBe('预算资金管理情况');
    expect(findTopic(tree, 'implementation')?.title).toBe('预算支出组织实施情况');
    expect(findTopic(tree, 'decision')?.title).toBe('预算支出决策情况');
    expect(findTopic(tree, 'score-table')?.title).toBe('2024 年度项目支出绩效自评表');
    const parts = partsOf(tree);
    expect(parts.get('performance')?.map((s) => s.title)).toEqual(['预算支出绩效情况']);
    expect(parts.get('usage')?.map((s) => s.title)).toEqual(['预算资金使用及管理情况', '预算支出组织实施情况']);
  });

  it('reads the tab-separated 自评表 as one table and keeps 下一步 in 问题', NEEDS_SEEDS, () => {
    const tree = read(name);
    const found = tables(tree);
    expect(found).toHaveLength(1);
    const table = found[0];
    expect(table?.rows[0]).toEqual(['项目支出名称', '2024 年科技发展专项资金']);
    expect(table?.rows.at(-1)).toEqual(['总分', '', '', '', '', '100', '99']);
    expect(findTopic(tree, 'score-table')?.blocks[0]?.type).toBe('table');
    const problems = partsOf(tree).get('problems')?.[0];
    expect(problems && sectionText(problems).split('\n').some((p) => p.startsWith('下一步，'))).toBe(true);
    // `**二是…。**科技…` keeps no asterisks although CommonMark leaves them unclosed.
    expect(paragraphs(tree).some((p) => p.includes('**'))).toBe(false);
  });

  it('rejoins a sentence the conversion split into two paragraphs', NEEDS_SEEDS, () => {
    const tree = read(name);
    const management = sectionText(byTitle(tree, '预算资金管理情况'));
    expect(management.split('\n')).toHaveLength(1);
    expect(management).toMatch(/落实项目监督管理责任。$/u);
  });
});

describe('seed zhuzhou-2022-kejiju-department.txt (PDF text: hard wraps, page markers, garbled table)', () => {
  const name = 'zhuzhou-2022-kejiju-department.txt';

  it('reads the outline from the markers', NEEDS_SEEDS, () => {
    const tree = read(name);
    expect(tree.title).toBe('2022 年度部门整体支出绩效自评报告');
    expect(outline(tree)).toEqual([
      '一、部门（单位）基本情况',
      '二、一般公共预算支出情况',
      '（一）基本支出情况',
      '（二）项目支出情况',
      '三、政府性基金预算支出情况',
      '四、国有资本经营预算支出情况',
      '五、社会保险基金预算支出情况',
      '六、资金使用及绩效情况',
      '（一）整体支出绩效情况',
      '（二）项目支出绩效情况',
      '七、存在的问题及原因分析',
      '八、下一步改进措施',
      '九、部门整体支出绩效自评结果拟应用和公开情况',
      '附件',
      '附件1-3',
      '2022年度项目支出绩效自评表',
    ]);
  });

  it('maps parts and topics', NEEDS_SEEDS, () => {
    const tree = read(name);
    expect(tree.sections.map((s) => s.part)).toEqual([
      'overview', 'usage', 'usage', 'usage', 'usage', 'performance', 'problems', 'measures', 'application', 'attachments', 'attachments',
    ]);
    // 职责, 机构 and 人员 are paragraphs of 一、 here, not sections.
    expect(findTopic(tree, 'functions')).toBeUndefined();
    expect(findTopic(tree, 'organization')).toBeUndefined();
    expect(findTopic(tree, 'staffing')).toBeUndefined();
    expect(findTopic(tree, 'basic-expense')?.title).toBe('基本支出情况');
    expect(findTopic(tree, 'fund')?.marker).toBe('三、');
    expect(findTopic(tree, 'state-capital')?.marker).toBe('四、');
    expect(findTopic(tree, 'social-insurance')?.marker).toBe('五、');
  });

  it('drops page markers and joins wrapped lines into paragraphs', NEEDS_SEEDS, () => {
    const tree = read(name);
    const all = paragraphs(tree);
    expect(all.some((p) => /——\s*\d+\s*——/u.test(p))).toBe(false);
    const staff = all.filter((p) => p.includes('在职人员 33 人'));
    expect(staff).toHaveLength(1);
    expect(staff[0]).toMatch(/^我单位共有内设机构 9 个/u);
    expect(staff[0]).toMatch(/退休人员 39 人。$/u);
    // A sentence running across the page marker `—— 7 ——` is one paragraph.
    expect(all.filter((p) => p.includes('“起航”科技成果转化基金有效运行'))).toHaveLength(1);
    // Lines wrapped inside a number's sentence: 915.38 / 万元.
    expect(sectionText(byTitle(tree, '基本支出情况'))).toMatch(/人员经费 915\.38万元，公用经费 249\.07 万元。$/u);
  });

  it('keeps the numbered 职能 items as paragraphs of 一、, one per item', NEEDS_SEEDS, () => {
    const tree = read(name);
    const first = tree.sections[0];
    const items = first?.blocks.flatMap((b) => (b.type === 'paragraph' && /^（[一二三四五六七八九十]+）/u.test(b.text) ? [b.text] : [])) ?? [];
    expect(items).toHaveLength(14);
    expect(items.every((p) => /[。；]$/u.test(p))).toBe(true);
    // A list item that fills its first line and ends on （基地） continues on the next line.
    expect(items[4]).toMatch(/^（五）.*（基地）建设的实施办法/u);
    expect(first?.children).toEqual([]);
  });

  it('has no table blocks: the PDF table came out as loose lines', NEEDS_SEEDS, () => {
    const tree = read(name);
    expect(tables(tree)).toHaveLength(0);
    expect(byTitle(tree, '2022年度项目支出绩效自评表').blocks.length).toBeGreaterThan(10);
  });
});

describe('seed lusong-2023-kegongxin-department.txt (plain text, 4、 at top level, cell-per-line tables)', () => {
  const name = 'lusong-2023-kegongxin-department.txt';

  it('reads the outline, promoting the out-of-sequence 4、', NEEDS_SEEDS, () => {
    const tree = read(name);
    expect(tree.title).toBe('2023年度株洲市芦淞区科技和工业信息化局整体支出绩效自评报告');
    expect(outline(tree)).toEqual([
      '一、部门（单位）基本情况',
      '（一）部门主要职责',
      '（二）内设机构设置',
      '（三）人员情况',
      '二、一般公共预算支出情况',
      '（一）基本支出情况',
      '（二）项目支出情况',
      '三、政府性基金预算支出情况',
      '4、国有资本经营预算支出情况',
      '五、社会保险基金预算支出情况',
      '六、资金使用及绩效情况',
      '（一）部门整体支出绩效情况',
      '（二）专项资金支出绩效情况',
      '七、存在的问题及原因分析',
      '八、下一步改进措施',
      '九、绩效自评结果拟应用和公开情况',
      '附件2',
      '2023年度单位整体支出绩效评价基础数据表',
      '附件3',
      '2023年度单位整体支出绩效自评表',
    ]);
    expect(byTitle(tree, '国有资本经营预算支出情况').level).toBe(1);
    expect(byTitle(tree, '部门整体支出绩效情况').children.map((s) => s.marker + s.title)).toEqual([
      '1.产出指标',
      '2.效益指标',
      '3.满意度指标',
    ]);
  });

  it('maps parts and topics', NEEDS_SEEDS, () => {
    const tree = read(name);
    expect(tree.sections.map((s) => s.part)).toEqual([
      'overview', 'usage', 'usage', 'usage', 'usage', 'performance', 'problems', 'measures', 'application', 'attachments', 'attachments',
    ]);
    expect(findTopic(tree, 'functions')?.title).toBe('部门主要职责');
    expect(findTopic(tree, 'organization')?.title).toBe('内设机构设置');
    expect(findTopic(tree, 'staffing')?.title).toBe('人员情况');
    expect(findTopic(tree, 'output')?.title).toBe('产出指标');
    expect(findTopic(tree, 'base-table')?.title).toBe('2023年度单位整体支出绩效评价基础数据表');
    expect(findTopic(tree, 'score-table')?.title).toBe('2023年度单位整体支出绩效自评表');
  });

  it('keeps numbered 职责 and amounts as paragraphs, not sections', NEEDS_SEEDS, () => {
    const tree = read(name);
    const functions = findTopic(tree, 'functions');
    expect(functions?.children).toEqual([]);
    expect(functions?.blocks).toHaveLength(13);
    expect(sectionText(functions as Section).split('\n').map((p) => /^\d+\./u.exec(p)?.[0])).toEqual(
      Array.from({ length: 13 }, (_, i) => `${i + 1}.`),
    );
    const basic = byTitle(tree, '基本支出情况');
    expect(basic.children).toEqual([]);
    expect(basic.blocks).toHaveLength(3);
  });

  it('reads the two cell-per-line tables', NEEDS_SEEDS, () => {
    const tree = read(name);
    const found = tables(tree);
    expect(found).toHaveLength(2);
    const [base, score] = found;
    expect(base?.rows[0]).toEqual(['财政供养人员情况（人）', '编制数', '2023年实际在职人数', '控制率']);
    expect(base?.rows[1]).toEqual(['', '16', '14', '87.5%']);
    // A cell wrapped over lines (楼堂馆所控制情况 / （2023年完工项目）) is one cell.
    expect(base?.rows.some((r) => r[0] === '楼堂馆所控制情况（2023年完工项目）')).toBe(true);
    expect(score?.rows[1]?.[0]).toBe('年度预算申请（万元）');
    expect(score?.rows.some((r) => r[1] === '产出指标(40分)')).toBe(true);
    expect(score?.rows.at(-1)).toEqual(['总分', '90', '95']);
    expect(findTopic(tree, 'base-table')?.blocks[0]?.type).toBe('table');
  });
});
