import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { allSections, findTopic, partsOf, readCorpus, sectionText } from '../../pipeline/corpus/index.js';
import { parseMarkdown } from '../../pipeline/corpus/markdown.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));

describe('Markdown (fixture headings.md)', () => {
  const file = FIXTURES + 'headings.md';
  const tree = readCorpus(readFileSync(file, 'utf8'), { file });

  it('takes the title from the first unmarked heading and levels from markers', () => {
    expect(tree.file).toBe(file);
    expect(tree.title).toBe('2025年度示例专项资金绩效自评报告');
    expect(tree.preamble.map((b) => b.type === 'paragraph' && b.text)).toEqual(['根据有关规定，现将自评情况报告如下：']);
    expect(allSections(tree).map((s) => `${s.level}:${s.marker}${s.title}`)).toEqual([
      '1:一、项目基本情况',
      '2:（一）项目概况',
      '3:1.资金用途',
      '1:二、预算执行情况', // a short paragraph starting with a marker
      '2:（一）资金安排',
      '1:三、存在的问题',
      '3:1.绩效目标偏粗', // an ordered list item
      '1:四、改进措施', // **bold** inside the heading
      '1:附件1',
      '2:绩效自评表', // unmarked heading under an attachment
    ]);
    expect(allSections(tree).find((s) => s.title === '资金用途')?.path).toEqual(['项目基本情况', '项目概况', '资金用途']);
  });

  it('keeps a long marker paragraph as text and reads GFM and tab tables', () => {
    const funding = allSections(tree).find((s) => s.title === '资金安排');
    expect(funding?.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'table']);
    expect(funding?.blocks[2]).toMatchObject({ type: 'table', rows: [['指标', '目标', '完成'], ['企业数', '10家', '12家']] });
    expect(findTopic(tree, 'score-table')?.blocks).toMatchObject([
      { type: 'table', rows: [['项目', '目标', '完成'], ['企业数', '10家', '12家'], ['', '满意度', '90%', '95%']] },
    ]);
  });

  it('rejoins a split sentence, keeps 下一步 in 问题, and gives problems no topic', () => {
    const problems = partsOf(tree).get('problems')?.[0];
    expect(problems && sectionText(problems, { withChildren: true }).split('\n')).toEqual([
      '部分指标难以量化，评价依据不足，需要在下一年度进一步细化。',
      '下一步，将细化绩效指标。',
    ]);
    expect(problems?.children[0]?.topic).toBeUndefined();
    expect(sectionText(partsOf(tree).get('measures')![0]!)).toBe('一是细化指标。按照指标体系要求逐项量化。');
  });

  it('reports positions from the source', () => {
    const first = tree.sections[0];
    expect(first?.position).toEqual({ line: 5, column: 1, offset: expect.any(Number) as number });
    const src = readFileSync(file, 'utf8');
    expect(src.slice(first?.position.offset ?? 0).startsWith('## 一、项目基本情况')).toBe(true);
  });

  it('keeps an ordered item’s number whole after a byte-order mark', () => {
    const t = readCorpus('\uFEFF# 报告\n\n一、情况\n\n1. 项目资金100万元。\n2. 其中：甲50万元。\n', { file: 'a.md' });
    expect(allSections(t)[0]?.blocks.map((b) => (b.type === 'paragraph' ? b.text : ''))).toEqual(['1. 项目资金100万元。', '2. 其中：甲50万元。']);
  });

  it('reads a plain-text report saved as .md line by line', () => {
    const t = readCorpus('一、基本情况\n（一）人员情况\n在职人员10人。\n二、存在的问题\n无。\n', { format: 'md' });
    expect(allSections(t).map((s) => s.marker + s.title)).toEqual(['一、基本情况', '（一）人员情况', '二、存在的问题']);
    expect(findTopic(t, 'staffing')?.blocks).toMatchObject([{ type: 'paragraph', text: '在职人员10人。', position: { line: 3 } }]);
  });

  it('keeps web addresses, e-mail addresses and GFM marks as the text the writer typed', () => {
    // GFM makes bare addresses links (the reader does not run that transform: the text is the same).
    const md = [
      '# 标题',
      '',
      '## 一、基本情况',
      '',
      '详见www.example.gov.cn/notice_2024/。咨询邮箱 kjj_office@example.cn，或 https://example.org/a_b_c.html 与 ~~删除~~ 保留。',
      '',
      '| 网址 | 金额 |',
      '|---|---|',
      '| http://example.com/x_y_z | 12.5万元 |',
      '',
    ].join('\n');
    const section = readCorpus(md, { file: 'a.md' }).sections[0];
    expect(section?.blocks).toMatchObject([
      { type: 'paragraph', text: '详见www.example.gov.cn/notice_2024/。咨询邮箱 kjj_office@example.cn，或 https://example.org/a_b_c.html 与 删除 保留。' },
      { type: 'table', rows: [['网址', '金额'], ['http://example.com/x_y_z', '12.5万元']] },
    ]);
  });

  it('chooses the format from the file name, then from the text', () => {
    const md = '# 标题\n\n## 一、基本情况\n\n内容。\n';
    expect(readCorpus(md, { file: 'a.md' }).title).toBe('标题');
    expect(readCorpus(md).title).toBe('标题');
    // A .txt written in Markdown is read as Markdown: its sections are not lost.
    expect(readCorpus(md, { file: 'a.txt' }).sections.map((s) => s.title)).toEqual(['基本情况']);
    // A plain .txt stays plain text, its outline markers making the sections.
    expect(readCorpus('某单位报告\n一、基本情况\n内容。\n', { file: 'a.txt' }).sections.map((s) => s.title)).toEqual(['基本情况']);
  });
});

describe('Markdown syntax (the reader’s parser against remark-parse + remark-gfm)', () => {
  const SHIPPED = fileURLToPath(new URL('../../corpus/', import.meta.url));
  const HANDWRITTEN = fileURLToPath(new URL('../fixtures/paraphrase/handwritten/', import.meta.url));
  const files = [
    ...readdirSync(SHIPPED).filter((f) => f.endsWith('.md')).map((f) => SHIPPED + f),
    ...readdirSync(HANDWRITTEN).filter((f) => f.endsWith('.md')).map((f) => HANDWRITTEN + f),
    FIXTURES + 'headings.md',
  ];
  /**
   * Every node down to the cells and list items: its type, the lines it spans and its text (cells
   * and rows, whose place within their line markdown-it does not give, without lines).
   */
  const shape = (root: Root) => {
    const out: string[] = [];
    const visit = (nodes: readonly RootContent[], phrasing: boolean) => {
      for (const n of nodes) {
        if (n.type === 'text' || n.type === 'link' || n.type === 'emphasis' || n.type === 'strong' || n.type === 'inlineCode') continue;
        const lines = phrasing || n.type === 'tableCell' ? '' : `${n.position?.start.line}-${n.position?.end.line}`;
        out.push(`${n.type} ${lines} ${toString(n)}`);
        if ('children' in n) visit(n.children as RootContent[], n.type === 'paragraph' || n.type === 'heading' || n.type === 'tableCell');
      }
    };
    visit(root.children, false);
    return out;
  };
  const remark = unified().use(remarkParse).use(remarkGfm);

  it.each(files)('reads %s as remark-gfm does, with its tables and with every pipe taken out', (file) => {
    const text = readFileSync(file, 'utf8');
    for (const t of [text, text.replaceAll('|', ' ')]) {
      const ours = shape(parseMarkdown(t));
      expect(ours).toEqual(shape(remark.parse(t)));
      expect(ours.length).toBeGreaterThan(10);
    }
    expect(shape(parseMarkdown(text)).some((l) => l.startsWith('tableCell '))).toBe(true);
  });

  /** A tree without positions (phrasing nodes have none) and without the spread of lists, which no reader uses. */
  const bare = (node: unknown): unknown =>
    Array.isArray(node)
      ? node.map(bare)
      : node !== null && typeof node === 'object'
        ? Object.fromEntries(Object.entries(node).filter(([k]) => k !== 'position' && k !== 'spread').map(([k, v]) => [k, bare(v)]))
        : node;

  // The Word writer prints a link's text as runs of its own, and emphasis as such: its tree must be remark-gfm's, node for node.
  it.each(files)('parses %s with autolink literals as remark-gfm does, every phrasing node', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(bare(parseMarkdown(text, { autolinkLiterals: true }))).toEqual(bare(remark.parse(text)));
  });

  it('reads the other constructs a report may use as remark-gfm does, every phrasing node', () => {
    const samples = [
      '　　首行缩进的段落，\n　第二行。\n',
      '3. 第三项\n4. 第四项\n\n- 甲\n- 乙\n\n  续段。\n',
      '> 引用一\n> 引用二\n>\n> 1) 项\n',
      '```text 说明\n代码 | 行\n```\n\n    缩进代码\n',
      '第一行  \n第二行\\\n第三行\n',
      '**加粗**、*强调*、~~删除~~、`代码`与[链接](https://a.cn "题")。\n\n<div>\n块\n</div>\n\n行内<br>换行\n',
      '标题\n===\n\n副题\n---\n\n***\n\n&amp; &#20013; \\* \\|\n',
      '| 甲 | 乙 |\n|:--|:-:|\n| `a|b` | **粗** \\| 竖 |\n| 　缩进 | |\n',
      // Blocks that open on a list item's line: a nested list, a table, a quote.
      '- 1. 项目资金100万元。\n  2. 其中：甲\n',
      '1. |　　其中：甲 | 金额 |\n   |---|---|\n   | 乙 | 100 |\n',
      '- > | a | b |\n  > |---|---|\n  > | 1 | 2 |\n',
    ];
    for (const t of samples) {
      expect(bare(parseMarkdown(t, { autolinkLiterals: true })), JSON.stringify(t)).toEqual(bare(remark.parse(t)));
      expect(shape(parseMarkdown(t)), JSON.stringify(t)).toEqual(shape(remark.parse(t)));
    }
    // Footnotes: the reference stays in the text's tree, the definition (text no reader prints) is left out.
    const noted = '金额100万元[^1]。\n\n[^1]: 其中中央资金60万元。\n\n下文^[内联]。\n';
    const gfm = remark.parse(noted);
    gfm.children = gfm.children.filter((n) => n.type !== 'footnoteDefinition');
    expect(bare(parseMarkdown(noted, { autolinkLiterals: true }))).toEqual(bare(gfm));
    // A reference link comes resolved (a link, not a linkReference and a definition): the same text, the same runs in Word.
    const referenced = parseMarkdown('见[上文][引]。\n\n[引]: https://a.cn\n');
    expect(bare(referenced)).toEqual({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: '见' }, { type: 'link', url: 'https://a.cn', title: null, children: [{ type: 'text', value: '上文' }] }, { type: 'text', value: '。' }] }] });
  });

  // linkify-it reads Chinese letters as part of a domain name; the address is the ASCII that ends the match.
  it('makes bare addresses in Chinese text links of the address alone', () => {
    const text = '# 标题\n\n详见网站www.example.gov.cn，或致信 office@example.gov.cn 、https://a.cn/x?y=1。\n\n见（www.c.cn）。\n\n| 甲 | 乙 |\n|---|---|\n| www.b.cn | 2 |\n\n联系人张三a@b\n';
    const links: string[] = [];
    const visit = (n: RootContent | Root): void => {
      if (n.type === 'link') links.push(`${n.url} ${toString(n)}`);
      if ('children' in n) for (const c of n.children) visit(c as RootContent);
    };
    const tree = parseMarkdown(text, { autolinkLiterals: true });
    visit(tree);
    expect(links).toEqual([
      'http://www.example.gov.cn www.example.gov.cn',
      'mailto:office@example.gov.cn office@example.gov.cn',
      'https://a.cn/x?y=1 https://a.cn/x?y=1',
      'http://www.c.cn www.c.cn',
      'http://www.b.cn www.b.cn',
    ]);
    // The words before an address stay text, and all the text is kept.
    expect(toString(tree)).toBe(toString(parseMarkdown(text)));
    visit(parseMarkdown(text));
    expect(links).toHaveLength(5);
  });

  // Rows without a pipe or short of cells, every kind of line ending, a byte-order mark.
  it('reads the edges of GFM tables as remark-gfm does', () => {
    const edges = [
      '甲 | 乙\n--|--\n丙\n丁 | 戊\n\n段落：\n说明。',
      '| 甲 | 乙 |\r\n|---|---|\r\n| 1 | 2 |\r\n\r\n段落。',
      '| 甲 | 乙 |\r|---|---|\r| 1 | 2 |\r\r段落。',
      '> | 甲 | 乙 |\n> |:-:|--:|\n> | 1 | 2 |\n',
      '段落一\n| 甲 | 乙 |\n|---|---|\n| 1 | 2 |\n段落二：|\n---\n',
      '\uFEFF文字\n\n甲 | 乙\n--|--\n1 | 2\n',
    ];
    for (const t of edges) expect(shape(parseMarkdown(t)), JSON.stringify(t)).toEqual(shape(remark.parse(t)));
    expect(edges.filter((t) => shape(parseMarkdown(t)).some((l) => l.startsWith('table '))).length).toBe(edges.length);
  });

  // Where markdown-it reads otherwise than GFM: a header row needs a pipe, and a table is tried
  // before a heading or a list item on its first line. None is a table a report would hold.
  it('reads a one-column table without pipes as text, and a table before a heading or list mark on its line', () => {
    const types = (t: string) => parseMarkdown(t).children.map((n) => n.type);
    expect(types('甲\n:--\n乙\n\n段落。')).toEqual(['paragraph', 'paragraph']);
    expect(types('# 标题 | 甲\n---|---\n')).toEqual(['table']);
    expect(types('- 甲 | 乙\n  --- | ---\n  1 | 2\n')).toEqual(['table']);
  });
});
