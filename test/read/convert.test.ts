import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../pipeline/read/docx.js';
import { parseHtml } from '../../pipeline/read/html.js';
import { readReportFile } from '../../pipeline/read/index.js';
import { headingDepth, markerDepth } from '../../pipeline/text/outline.js';
import { isPageNumber, normaliseSpaces } from '../../pipeline/read/pdf.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/read');

describe('htmlToMarkdown (mammoth HTML → our Markdown)', () => {
  it('headings: Title style is #, outline markers set the depth, else the Word level + 1', () => {
    const html =
      '<h1 class="title">2024年度绩效自评报告</h1><h1>一、基本情况</h1><h1>概述</h1><h2>（二）预算</h2>' +
      '<p>1.产出指标</p><p>（1）数量指标</p><p>①新增平台</p><h3><strong>2.效益</strong></h3>';
    expect(htmlToMarkdown(html)).toBe(
      '# 2024年度绩效自评报告\n\n## 一、基本情况\n\n## 概述\n\n### （二）预算\n\n#### 1.产出指标\n\n##### （1）数量指标\n\n###### ①新增平台\n\n#### 2.效益\n',
    );
  });

  it('a plain first paragraph that names a report becomes the title; long marked paragraphs stay paragraphs', () => {
    const html = '<p>2023年度部门整体支出绩效自评报告</p><p>（一）贯彻执行关于科技工作的法律、法规，拟订全市科技发展规划和措施办法，并组织实施。</p><p>1.5万元用于培训。</p>';
    expect(htmlToMarkdown(html)).toBe(
      '# 2023年度部门整体支出绩效自评报告\n\n（一）贯彻执行关于科技工作的法律、法规，拟订全市科技发展规划和措施办法，并组织实施。\n\n1.5万元用于培训。\n',
    );
  });

  it('joins a title broken over two plain paragraphs', () => {
    expect(htmlToMarkdown('<p>2023年度某区科技局</p><p>整体支出绩效自评报告</p><p>一、基本情况</p>')).toBe(
      '# 2023年度某区科技局整体支出绩效自评报告\n\n## 一、基本情况\n',
    );
    expect(htmlToMarkdown('<p>关于印发通知的说明：</p><p>整体支出绩效自评报告</p>')).toBe('关于印发通知的说明：\n\n整体支出绩效自评报告\n');
  });

  it('keeps figures unescaped, escapes only what Markdown would read as syntax', () => {
    const html = '<p>执行1,864.05万元，完成率100%。</p><p># 不是标题 *星号* 1~3年 a_b &lt;b&gt;</p><p>1. 空格后的编号是一句话。</p>';
    expect(htmlToMarkdown(html)).toBe('执行1,864.05万元，完成率100%。\n\n\\# 不是标题 \\*星号\\* 1\\~3年 a\\_b \\<b>\n\n1\\. 空格后的编号是一句话。\n');
  });

  it('bold and emphasis: kept inside a paragraph, punctuation moved out of the markers, dropped when they cover it all', () => {
    const html =
      '<p>支持<strong>“重点”</strong>项目，<em>新增</em>平台。</p><p><strong>整段加粗</strong></p><p><em>〔待核：请核对〕</em></p>';
    expect(htmlToMarkdown(html)).toBe('支持“**重点**”项目，*新增*平台。\n\n整段加粗\n\n〔待核：请核对〕\n');
  });

  it('tables: colspan and rowspan fill the grid, covered cells blank, cell paragraphs joined, pipes escaped', () => {
    const html =
      '<table><thead><tr><th rowspan="2"><p>指标</p></th><th colspan="2"><p>年度</p><p>指标值</p></th></tr>' +
      '<tr><th><p>目标</p></th><th><p>实际</p></th></tr></thead>' +
      '<tbody><tr><td><p>A|B</p></td><td><p>1864.05</p><p>万元</p></td><td><p>2024</p><p>2025</p></td></tr></tbody></table>';
    expect(htmlToMarkdown(html)).toBe(
      '| 指标 | 年度指标值 |  |\n|---|---|---|\n|  | 目标 | 实际 |\n| A\\|B | 1864.05万元 | 2024 2025 |\n',
    );
  });

  it('review notes, lists, footnote marks, images', () => {
    const html =
      '<blockquote><p>〔待核：沿用上年〕</p></blockquote><ol><li>第一项</li><li><p>第二项</p></li></ol>' +
      '<p>正文<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup><img src="" /></p>';
    // Without Word's numbering at hand an ordered item takes its place in the list: the number is kept.
    expect(htmlToMarkdown(html)).toBe('> 〔待核：沿用上年〕\n\n1.第一项\n\n2.第二项\n\n正文\n');
  });

  it('parses entities and unclosed tags without throwing', () => {
    expect(parseHtml('<p>a &amp; b &#x4E00;<em>c</p>')).toEqual({
      tag: '#root',
      attrs: {},
      children: [{ tag: 'p', attrs: {}, children: ['a & b 一', { tag: 'em', attrs: {}, children: ['c'] }] }],
    });
  });
});

describe('outline markers', () => {
  it('recognises 一、 （一） 1. （1） ① and not figures or years', () => {
    expect(['一、概况', '（二）预算', '(三)问题', '1.产出', '12．效益', '3、满意度', '（1）数量', '①平台'].map(markerDepth)).toEqual([
      2, 3, 3, 4, 4, 4, 5, 6,
    ]);
    expect(['1.5万元', '2023年', '一是加强', '100%', '1..2'].map(markerDepth)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(headingDepth('一、部门基本情况')).toBe(2);
    expect(headingDepth('一、职能职责如下：')).toBe(2);
    expect(headingDepth('1.贯彻执行有关法律法规。')).toBeUndefined();
  });
});

describe('PDF text', () => {
  it('removes the spaces pdfjs puts next to Chinese, keeps them between Latin words and numbers', () => {
    expect(normaliseSpaces('2022 年度 部门 整体支出 1864.05 万元 , Times New Roman 3600.00 1864.05')).toBe(
      '2022年度部门整体支出1864.05万元, Times New Roman 3600.00 1864.05',
    );
  });

  it('recognises page-number lines', () => {
    expect(['— 3 —', '—— 2 ——', '-12-', '第 3 页', '第3页共10页', '3/10'].every(isPageNumber)).toBe(true);
    expect(['3', '—— 2024年 ——', '第三页', '1864.05'].some(isPageNumber)).toBe(false);
  });

  it('reads a Chinese PDF exported by LibreOffice: title and wraps joined, spaces normalised, page number dropped', async () => {
    const { text, format } = await readReportFile(path.join(FIXTURES, 'libreoffice-zh.pdf'));
    expect(format).toBe('txt');
    expect(text).toBe(
      '2024年度株洲市财政科技发展专项资金绩效自评报告\n' +
        '一、预算支出概况\n' +
        '2024年初预算3600万元，年中压减1735.95万元，全年执行1864.05万元，执行率51.78%，结余结转0万元。全年支持项目32项，培育企业2045家。\n' +
        '下一段：资金拨付及时率95%。\n',
    );
  });
});
