import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allSections, findTopic, partsOf, readCorpus, sectionText, type SectionTree } from '../../pipeline/corpus/index.js';
import { levelMarker as parseMarker } from '../../pipeline/text/outline.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));

function fixture(name: string): SectionTree {
  return readCorpus(readFileSync(FIXTURES + name, 'utf8'), { file: name });
}

function outline(tree: SectionTree, maxLevel = 2): string[] {
  return allSections(tree)
    .filter((s) => s.level <= maxLevel)
    .map((s) => `${s.level}:${s.marker}${s.title}`);
}

describe('outline markers', () => {
  it('recognises the five levels and ignores look-alikes', () => {
    expect(parseMarker('一、部门基本情况')).toMatchObject({ kind: 'cn', level: 1, num: 1, marker: '一、', rest: '部门基本情况' });
    expect(parseMarker('十一、其他')).toMatchObject({ level: 1, num: 11 });
    expect(parseMarker('（十四）职能转变')).toMatchObject({ level: 2, num: 14, marker: '（十四）' });
    expect(parseMarker('(二)项目支出')).toMatchObject({ level: 2, num: 2 });
    expect(parseMarker('1.产出指标')).toMatchObject({ level: 3, num: 1, marker: '1.' });
    expect(parseMarker('1．产出指标')).toMatchObject({ level: 3, marker: '1．' });
    expect(parseMarker('4、 国有资本')).toMatchObject({ level: 3, num: 4, marker: '4、', rest: '国有资本' });
    expect(parseMarker('（1）数量指标')).toMatchObject({ level: 4, num: 1 });
    expect(parseMarker('③时效指标')).toMatchObject({ level: 5, num: 3 });
    expect(parseMarker('1.2023年预算资金')).toMatchObject({ level: 3, num: 1, rest: '2023年预算资金' });
    for (const text of ['1.5万元用于培训', '2023年完成', '1,451.29万元', '一是加强管理', '十大技术攻关项目', '3.15%', '2.6倍', '1-2. 附表']) {
      expect(parseMarker(text), text).toBeUndefined();
    }
  });
});

describe('plain text guards (fixture guards.txt)', () => {
  const tree = fixture('guards.txt');

  it('reads the outline, promoting 4、 between 三、 and 五、', () => {
    expect(tree.title).toBe('2025年度示例区科学技术局部门整体支出绩效自评报告');
    expect(outline(tree)).toEqual([
      '1:一、部门（单位）基本情况',
      '2:（一）主要职能',
      '2:（二）内设机构',
      '2:（三）人员情况',
      '1:二、一般公共预算支出情况',
      '2:（一）基本支出情况',
      '2:（二）项目支出情况',
      '1:三、政府性基金预算支出情况',
      '1:4、国有资本经营预算支出情况',
      '1:五、社会保险基金预算支出情况',
      '1:六、资金使用及绩效情况',
      '2:（一）产出情况',
      '1:七、存在的问题及原因分析',
      '1:八、下一步改进措施',
      '1:附件1',
      '2:2025年度部门整体支出绩效自评表',
    ]);
  });

  it('keeps 1.5万元, 2023年 and 1,280.50万元 lines as paragraphs', () => {
    const staff = findTopic(tree, 'staffing');
    expect(staff?.children).toEqual([]);
    expect(sectionText(staff ?? tree.sections[0]!).split('\n')).toEqual([
      '2024年末在职人员12人，退休人员3人。',
      '1.5万元为上年结转的培训经费。',
      '2023年共完成备案企业40家。',
      '1,280.50万元全部用于项目支出。',
    ]);
  });

  it('tells short numbered headings from numbered list items', () => {
    expect(findTopic(tree, 'functions')?.blocks.map((b) => b.type === 'paragraph' && b.text)).toEqual([
      '1.负责拟订全区科技发展规划并组织实施；',
      '2.承担全区科技统计和科普工作。',
    ]);
    const project = findTopic(tree, 'project-expense');
    expect(project?.children.map((s) => `${s.level}:${s.marker}${s.title}`)).toEqual(['3:1.科技创新奖补资金', '3:2.科普活动经费']);
    // An item carrying an amount and ending with ； is a paragraph, not a third heading.
    expect(sectionText(project?.children[1] ?? tree.sections[0]!)).toBe('全年支出20万元。\n3. 设备购置费5万元；');
    // 一是 / 二是 open paragraphs; ① is level 5.
    const perf = partsOf(tree).get('performance')?.[0];
    expect(perf?.blocks).toHaveLength(2);
    expect(perf?.children[0]?.children[0]).toMatchObject({ level: 5, marker: '①', title: '数量指标' });
  });

  it('strips the trailing 。 of a heading and reads the attachment table', () => {
    const promoted = tree.sections[3];
    expect(promoted).toMatchObject({ marker: '4、', level: 1, title: '国有资本经营预算支出情况', part: 'usage', topic: 'state-capital' });
    expect(promoted?.position).toEqual({ line: 25, column: 1, offset: expect.any(Number) as number });
    expect(findTopic(tree, 'score-table')?.blocks).toEqual([
      { type: 'table', rows: [['', '一级指标', '二级指标', '分值'], ['', '产出指标', '数量指标', '50']], position: expect.anything() as unknown },
    ]);
  });

  it('does not promote a 4、 that continues a numbered list', () => {
    const text = ['三、项目支出情况', '1.甲项目', '2.乙项目', '3.丙项目', '4、丁项目', '五、其他需要说明的问题', '无。'].join('\n');
    const t = readCorpus(text, { format: 'txt' });
    expect(t.title).toBeUndefined();
    expect(outline(t, 3)).toEqual(['1:三、项目支出情况', '3:1.甲项目', '3:2.乙项目', '3:3.丙项目', '3:4、丁项目', '1:五、其他需要说明的问题']);
  });
});

describe('text wrapped by a count of characters, not of columns', () => {
  it('joins a line of digits as full as any, though narrower on the page', () => {
    // Every line 20 characters (a paragraph's last shorter): lines of digits are narrower when a Chinese
    // character counts two columns, yet the text runs on in them all the same.
    const wrap = (paragraph: string) => paragraph.match(/.{1,20}/gu) ?? [];
    const lines = [
      '二、项目资金使用情况',
      ...wrap('年初预算安排就业补助资金计划一千一百二十万元，中央和省级追加资金二百八十六万元，县级统筹压减资金四十五万元，全年预算一千三百六十一万元。'),
      ...wrap('截至2024年12月31日，实际支出1,295.48万元，结余65.52万元，预算执行率95.19%。资金按季度拨付到各乡镇，乡镇按月报送使用进度，县财政局按季度开展资金使用的检查，发现问题及时督促整改。'),
      '三、绩效情况',
    ];
    const t = readCorpus(lines.join('\n'), { format: 'txt' });
    const paragraphs = allSections(t).flatMap((x) => sectionText(x).split('\n'));
    expect(paragraphs).toContain('截至2024年12月31日，实际支出1,295.48万元，结余65.52万元，预算执行率95.19%。资金按季度拨付到各乡镇，乡镇按月报送使用进度，县财政局按季度开展资金使用的检查，发现问题及时督促整改。');
  });
});

describe('a wrapped line cut short mid-clause', () => {
  const wrap = (paragraph: string) => paragraph.match(/.{1,20}/gu) ?? [];
  const text = (cut: string[]) =>
    [
      '二、项目资金使用情况',
      ...wrap('年初预算安排就业补助资金计划一千一百二十万元，中央和省级追加资金二百八十六万元，县级统筹压减资金四十五万元，全年预算一千三百六十一万元。'),
      ...cut,
      ...wrap('资金按季度拨付到各乡镇，乡镇按月报送使用进度，县财政局按季度开展资金使用的检查。'),
      '（二）资金管理情况',
      '2024年共开展检查4次。',
    ].join('\n');
  const paragraphs = (cut: string[]) => allSections(readCorpus(text(cut), { format: 'txt' })).flatMap((x) => sectionText(x).split('\n'));
  it('runs on into the figure on the next line (…，结余 / 65.52万元), or after a comma', () => {
    expect(paragraphs(['年末，支出1,295.48万元，结余', '65.52万元，预算执行率95.19%。'])).toContain('年末，支出1,295.48万元，结余65.52万元，预算执行率95.19%。');
    expect(paragraphs(['年末，支出1,295.48万元，', '结余65.52万元，预算执行率95.19%。'])).toContain('年末，支出1,295.48万元，结余65.52万元，预算执行率95.19%。');
  });
  it('a heading is not prose: the paragraph under it stays its own', () => {
    expect(paragraphs([])).toContain('2024年共开展检查4次。');
    // (a heading's marker and its list are 、, not a comma of prose)
    const t = readCorpus(text(['二、资金下达、兑付情况', '2024年度下达补贴资金64.50万元，全年兑付64.50万元。']), { format: 'txt' });
    expect(allSections(t).map((x) => x.title)).toContain('资金下达、兑付情况');
  });
});

describe('hard-wrapped PDF text (fixture wrapped.txt)', () => {
  const tree = fixture('wrapped.txt');

  it('puts the title back together and reads the outline', () => {
    expect(tree.title).toBe('2025 年度示例市科技局部门整体支出绩效自评报告');
    expect(outline(tree)).toEqual([
      '1:一、部门（单位）基本情况',
      '1:二、一般公共预算支出情况',
      '2:（一）基本支出情况',
      '2:（二）项目支出情况',
      '1:三、资金使用及绩效情况',
      '1:四、部门整体支出绩效自评结果拟应用和公开情况',
    ]);
  });

  it('joins wrapped lines, also across a page marker, and never into a heading', () => {
    const first = sectionText(tree.sections[0]!).split('\n');
    expect(first).toEqual([
      '示例市科技局是市政府工作部门，为正处级，属市一级预算单位。主要职责如下：',
      '（一）负责拟订全市科技发展规划和年度计划并组织实施，统筹全市科技资源配置，推进科技体制改革和创新体系建设工作。',
      '（二）负责科技项目立项管理和验收监督，组织开展科技成果转化、技术市场管理和科技奖励推荐工作。',
      '（三）完成市委和市政府交办的其他工作。',
      '本局共有内设机构 6 个，分别为办公室、规划科、项目管理科、成果转化科、人才科和科普科。截止 2024 年底，本局在职人员 28 人,退休人员 15 人。',
    ]);
    expect(sectionText(findTopic(tree, 'basic-expense')!)).toBe('2024 年度基本支出 860.40 万元,其中人员经费 700.10 万元，公用经费 160.30 万元。');
    const perf = sectionText(tree.sections[2]!).split('\n');
    expect(perf).toHaveLength(2);
    expect(perf[1]).toMatch(/^全年组织申报.*5\.6 亿元，新认定.*45 亿元。$/u);
    expect(perf.join('').includes('——')).toBe(false);
    // The last heading fills most of the line but reads as a heading: it keeps its own paragraph.
    expect(sectionText(tree.sections[3]!)).toBe('自评结果将用于下一年度预算编制，并随部门决算一并公开。');
  });

  it('gives each paragraph the position of its first line', () => {
    const para = tree.sections[0]?.blocks[0];
    expect(para?.position.line).toBe(11);
    expect(para?.position.column).toBe(1);
  });

  it('does not join lines of text that is not wrapped', () => {
    const t = readCorpus(['一、基本情况', '本单位主要负责全区科技工作，统筹科技资源配置', '（一）人员情况', '在职人员10人。'].join('\n'), { format: 'txt' });
    expect(t.sections[0]?.blocks).toHaveLength(1);
    expect(t.sections[0]?.children[0]?.title).toBe('人员情况');
  });
});

describe('GFM tables inside plain text (a PDF\'s rebuilt tables)', () => {
  const text = [
    '一、资金使用情况',
    '各项目执行情况如下：',
    '| 项目 | 全年预算 | 执行数 |',
    '|---|---|---|',
    '| 设备\\|购置 | 150.50 | 148.25 |',
    '— 2 —',
    '| 合计 | 150.50 | 148.25 |',
    '表中 | 不是表格的一行 |',
    '二、存在的问题',
  ].join('\n');
  const tree = readCorpus(text, { format: 'txt' });

  it('reads the rows under a delimiter row as a table, a page number inside it dropped, an escaped pipe kept in its cell', () => {
    const blocks = allSections(tree)[0]?.blocks ?? [];
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(blocks[1]).toMatchObject({ type: 'table', rows: [['项目', '全年预算', '执行数'], ['设备|购置', '150.50', '148.25'], ['合计', '150.50', '148.25']] });
  });

  it('a row with a delimiter row of its own under it heads the next table', () => {
    const two = readCorpus(['一、基本情况', '| | 编制数 | 实有人数 |', '|---|---|---|', '| 人员（人） | 46 | 43 |', '| 经费（万元） | 2023年决算数 | 2024年决算数 |', '|---|---|---|', '| 三公经费 | 8.78 | 8.13 |'].join('\n'), { format: 'txt' });
    const tables = allSections(two).flatMap((sec) => sec.blocks).filter((b) => b.type === 'table');
    expect(tables).toMatchObject([
      { rows: [['', '编制数', '实有人数'], ['人员（人）', '46', '43']] },
      { rows: [['经费（万元）', '2023年决算数', '2024年决算数'], ['三公经费', '8.78', '8.13']] },
    ]);
  });

  it('a line between pipes with no delimiter row under it stays text', () => {
    const blocks = allSections(tree)[0]?.blocks ?? [];
    expect(blocks[2]).toMatchObject({ type: 'paragraph', text: '表中 | 不是表格的一行 |' });
    expect(allSections(tree).map((s) => s.title)).toEqual(['资金使用情况', '存在的问题']);
  });
});

describe('text laid out as a PDF prints it: first lines set in, the lines they wrap onto at the margin', () => {
  // As pdftotext -layout gives it: spaces around figures vary each line's width, so no wrap width is found.
  const text = [
    '   一、部门基本情况',
    '   （一）机构设置和人员情况',
    '   乡政府内设综合办、经济发展办、社会事务办等 6 个机构，年末编制 41 人，其中',
    '行政编制 26 人、事业编制 15 人；在职 39 人，离退休 33 人，人员控制率 95.12%。',
    '   （二）年度主要工作任务',
    '   完成农村公路养护 40 公里、改造农村户厕 200 户，保障 9 个行政村组织正常运转，',
    '做好防汛抗旱和地质灾害防治，全年未发生较大灾情，群众安全感有所提升，各项工作',
    '均按计划推进。',
    '   二、部门整体支出情况',
    '   全年预算 1242.00 万元（年初预算 1180.00 万元，年中追加 62.00 万元），全年支',
    '出 1219.37 万元，执行率 98.18%。',
    '                    单位：万元',
    '收入项目           金额                  支出项目   金额',
  ].join('\n');
  const paragraphs = allSections(readCorpus(text, { format: 'txt' })).flatMap((x) => sectionText(x).split('\n'));
  it('joins a report\'s paragraphs so laid out (bench/bulk-zc t07, as pdftotext -layout gives it)', () => {
    const file = fileURLToPath(new URL('../../bench/bulk-zc/clean/t07-weichuan-zhewan-xiang-bumen.txt', import.meta.url));
    const read = allSections(readCorpus(readFileSync(file, 'utf8'), { format: 'txt' })).flatMap((x) => sectionText(x).split('\n'));
    expect(read).toContain('乡政府内设综合办、经济发展办、社会事务办等 6 个机构，年末编制 41 人，其中行政编制 26 人、事业编制 15 人；在职 39 人，离退休 33 人，人员控制率 95.12%。');
    expect(read.filter((l) => l.startsWith('全年预算 1242.00 万元'))).toEqual(['全年预算 1242.00 万元（年初预算 1180.00 万元，年中追加 62.00 万元），全年支出 1219.37 万元，执行率 98.18%。']);
  });
  it('joins each paragraph\'s lines, and a paragraph wrapped over three lines', () => {
    expect(paragraphs).toContain('乡政府内设综合办、经济发展办、社会事务办等 6 个机构，年末编制 41 人，其中行政编制 26 人、事业编制 15 人；在职 39 人，离退休 33 人，人员控制率 95.12%。');
    expect(paragraphs).toContain('完成农村公路养护 40 公里、改造农村户厕 200 户，保障 9 个行政村组织正常运转，做好防汛抗旱和地质灾害防治，全年未发生较大灾情，群众安全感有所提升，各项工作均按计划推进。');
  });
  it('leaves headings, a closed paragraph and a table\'s lines apart', () => {
    expect(allSections(readCorpus(text, { format: 'txt' })).map((x) => x.title)).toEqual(['部门基本情况', '机构设置和人员情况', '年度主要工作任务', '部门整体支出情况']);
    expect(paragraphs).toContain('全年预算 1242.00 万元（年初预算 1180.00 万元，年中追加 62.00 万元），全年支出 1219.37 万元，执行率 98.18%。');
    expect(paragraphs).toContain('单位：万元');
  });
});

describe('a cover\'s unit name over the title (a PDF\'s first page)', () => {
  it('the title is the line that says the year and the report, not the two joined', () => {
    const text = ['澄川省统计局', '澄川省统计局2024年度部门整体支出绩效自评报告', '编报单位（盖章）：澄川省统计局', '一、部门基本情况', '本局内设处室11个。'].join('\n');
    expect(readCorpus(text, { format: 'txt' }).title).toBe('澄川省统计局2024年度部门整体支出绩效自评报告');
    // (a title broken over short lines is still put together)
    expect(readCorpus(['2022 年度部门整体支出', '绩效自评报告', '一、部门基本情况', '正文。'].join('\n'), { format: 'txt' }).title).toBe('2022 年度部门整体支出绩效自评报告');
  });
});
