import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../pipeline/paths.js';
import { corpusFiles, runCorpus } from '../support/corpus.js';

/**
 * Corpora written by helpers that saw none of the rules nor the other corpora (the first six on 2026-12-06):
 * bench/prose-e, 30 reports mostly in prose (20 .md, 10 .docx) of three kinds and many levels;
 * bench/workbooks-b, 24 Excel 自评表 in provincial, city and county layouts with cover sheets, base
 * data and quarterly sheets; bench/drafts-h, 30 drafts as a language model writes them and people
 * edit them (.md and pasted .txt); bench/reports-g, 24 Word reports of departments and projects with
 * 3–6 tables each (and their PDFs); bench/mixed-j (a later day), 24 reports of all three kinds (12 .md, 12 .txt)
 * written after that day's rules; bench/people-m (later still), 24 reports (.md, .txt, .docx) written as
 * people in different provinces write them. Each clean file states only relations that hold; each bad copy breaks
 * exactly one (bad/ANSWERS.tsv). Checked without data: no finding on a clean file, and the change
 * found in every copy but those listed as not read yet (each with what it would take).
 */
const CORPORA = [
  {
    dir: path.join(PACKAGE_ROOT, 'bench/prose-e'),
    ext: ['.md', '.docx'],
    count: 30,
    notRead: new Map([
      ['02-chengzhou-lvdi.md', 'one amount in 万元 and again in 元 in another sentence'],
      ['13-hengchuan-nongyenongcun.md', 'not an error in display terms: 28.02 − 23.24 may be 4.79 within the rounding of the two amounts'],
      ['21-chengzhou-tushuguan-yuedu.docx', 'not an error in display terms: 161.29 ÷ 161.29 may be 100.01% within the rounding of the two amounts'],
    ]),
  },
  {
    dir: path.join(PACKAGE_ROOT, 'bench/workbooks-b'),
    ext: ['.xlsx'],
    count: 24,
    notRead: new Map([
      ['23-cangyu-jiaotong.xlsx', 'a total in 元 on a 说明 sheet against the table\'s in 万元'],
    ]),
  },
  {
    dir: path.join(PACKAGE_ROOT, 'bench/drafts-h'),
    ext: ['.md', '.txt'],
    count: 30,
    notRead: new Map(
      ['14-yiwu-jiaoyu.md', '17-jineng-tisheng.md'].map((f): [string, string] => [f, 'not read yet: see bad/ANSWERS.tsv for the relation']).concat([
        ['28-huanjing-yijiangdaibu.txt', 'not an error in display terms: 3817.535 + 3486.355 = 7303.89, so 3817.54 + 3486.36 may be 7303.89'],
      ]),
    ),
  },
  {
    // Written after this stop's rules by a helper that saw none of them: its clean files gave 18 false
    // findings at the stop's start and 20 with the rules new that day; the causes were mended (0 now).
    dir: path.join(PACKAGE_ROOT, 'bench/mixed-j'),
    ext: ['.md', '.txt'],
    count: 24,
    notRead: new Map(
      ['17-liaochuan-xianjie-xiangcun-zhenxing.md', '10-jichuan-chengxiang-dibao.txt'].map((f) => [f, 'not read yet: see bad/ANSWERS.tsv for the relation']),
    ),
  },
  {
    // The sixth, written later still by a helper that saw only DOMAIN.md: at first its clean files gave
    // 10 false findings (7 files) and 13 of 24 changes were found; the causes were mended (0 now).
    dir: path.join(PACKAGE_ROOT, 'bench/people-m'),
    ext: ['.md', '.txt', '.docx'],
    count: 24,
    notRead: new Map(
      [
        '06-weifang-gaizao.txt', '16-canji-liangxiang-butie.txt',
        '18-liangai-shaicha.txt', '13-xianjie-zijin.docx', '21-yingji-ting-bumen.docx',
      ].map((f) => [f, 'not read yet: see bad/ANSWERS.tsv for the relation']),
    ),
  },
  {
    // The seventh, the same day after the rules above, by a helper that saw only DOMAIN.md: at first 13
    // findings on clean files (14 with the day's rules) and 8/20 changes found. Nine are kept by design:
    // scores below what the default rule gives, with no reason written (DOMAIN: the writer must say why).
    dir: path.join(PACKAGE_ROOT, 'bench/qa-n'),
    ext: ['.md', '.txt'],
    count: 20,
    designed: { code: 'JX_CHECK_INDICATOR_SCORE', count: 9 },
    notRead: new Map(
      [
        '15-hedao-qingpiao.md',
        '10-gengdi-butie.txt', '14-jiuye-buzhu.txt',
      ].map((f) => [f, 'not read yet: see bad/ANSWERS.tsv for the relation']),
    ),
  },
  {
    // The eighth (2026-12-06, a later session), by a helper that saw only DOMAIN.md: each bad copy holds one error of
    // a kind people make (last year's figure left, a total not updated, a unit slip, a typo, a wrong base, a summary
    // off, a score not updated, a change in the wrong direction). At first 6 findings on clean files, 7/24 found.
    dir: path.join(PACKAGE_ROOT, 'bench/errs-r'),
    ext: ['.md', '.txt', '.docx'],
    count: 24,
    notRead: new Map([
      ['02-qitong-fayuan-bumen.md', 'a 三公 change rate left at last year\'s, its two years stated in a table only'],
      ['18-lichuan-gonggong-wenhua.docx', 'a count restated in prose against a table total under another name'],
      ['20-yunshan-jujia-yanglao.docx', 'a summary\'s 全年预算 against the body\'s, under other words'],
      ['21-yuchuan-nongji-butie.docx', 'an 执行率 over 年初预拨 where the whole year\'s funds are stated in another paragraph'],
    ]),
  },
  {
    // The ninth, at the same time by another helper that saw only DOMAIN.md: other provinces' templates and
    // frameworks. At first 9 findings on clean files (7 files), 10/24 found.
    dir: path.join(PACKAGE_ROOT, 'bench/prov-s'),
    ext: ['.md', '.txt', '.docx'],
    count: 24,
    notRead: new Map([
      ['01-chenglan-minzhengju-bumen.md', 'a control rate in an indicator row against counts stated in a base table'],
      ['05-xiuyun-linchang-senlin-fuyu-xiangmu.md', 'a per-mu cost whose spending and area are in other paragraphs'],
      ['07-chenglan-chengbei-wushui-zhuanxiangzhai.md', 'a balance against the totals of a table'],
      ['08-lanjiang-canlian-ertong-kangfu-xiangmu.md', 'a completion rate in the 实际完成情况 cell against the target in the 年度总体目标 cell beside it'],
      ['11-jichuan-xian-canlian-bumen.txt', 'a group score in prose against the space-aligned score table'],
      ['14-jichuan-xian-gonganju-xueliang-xiangmu.txt', 'a count in prose against its table row under another name'],
      ['15-chenglan-gongmao-zhixiao-bumen.txt', 'a change amount whose base year is in the appended table'],
      ['16-jichuan-qingshan-linchang-bumen.txt', 'a total restated in the overview under another name'],
      ['22-zeqi-canlian-bumen.docx', 'an amount in prose against its table row under another name'],
    ]),
  },
  {
    // The tenth, by a helper that saw only DOMAIN.md: reports as a bureau receives them in bulk (政府性基金,
    // 国有资本经营预算, 政府购买服务, 债券资金; 档案馆, 气象局, 殡葬…), one checkable relation broken in each
    // bad copy. At first 3 findings on clean files (3 files), 11/24 found.
    dir: path.join(PACKAGE_ROOT, 'bench/bulk-u'),
    ext: ['.md', '.txt', '.docx'],
    count: 24,
    notRead: new Map([
      ['21-guozi-lenglian.docx', 'not an error in display terms: 3.86 over 3.42 (亿元) may grow 12.78% within their rounding'],
      ['24-zhaiquan-wushuichang.docx', 'an amount in prose against its table row under another name'],
    ]),
  },
  {
    // The eleventh, by a helper that saw only DOMAIN.md: reports from townships, schools, clinics, stations
    // and county offices (乡镇政府, 卫生院, 派出所, 河长办, 专项债…), one checkable relation broken in each bad
    // copy. At first 16 findings on clean files (11 files), 13/24 changes drew one (12 of them the change's own).
    dir: path.join(PACKAGE_ROOT, 'bench/bulk-v'),
    ext: ['.md', '.txt', '.docx'],
    count: 24,
    notRead: new Map([
      ['txt01-shideng-township-health-centre.txt', "a department's 年末结转结余 against the year's budget less its spending, stated in another paragraph"],
      ['txt03-zhekou-police-station-equipment.txt', 'an amount in brackets after an item (执法记录仪（采购金额X）) against its row of a table with no unit'],
      ['docx05-tangli-farm-machinery-station.docx', 'a share of spending whose part and whole are stated in another paragraph'],
      ['docx07-weidu-no1-middle-school-department.docx', "a department's 年末结转结余 against the year's budget less its spending, stated in another paragraph"],
    ]),
  },
  {
    // The twelfth, by a helper that saw only DOMAIN.md: provincial and city bodies and drafts written with an
    // AI assistant (发改委, 统计局, 应急管理厅, 医保局…; full-width digits, 大写 amounts, totals after their
    // parts, 分值 before 目标值). At first 8 findings on clean files (5 files), 16/24 found.
    dir: path.join(PACKAGE_ROOT, 'bench/bulk-w'),
    ext: ['.md', '.txt', '.docx'],
    count: 24,
    notRead: new Map([
      ['txt07-city-jiguanshiwu-dept.txt', 'a unit slip (元 among 万元) in a list whose amounts are stated nowhere else'],
    ]),
  },
  {
    // The thirteenth, by a helper that saw only DOMAIN.md: a county bureau's in-tray typed in a hurry (text
    // copied out of PDFs and hard-wrapped, page marks inside it, sheets pasted with trailing tabs; tables in 元
    // and prose in 万元). At first no finding on a clean file, 13/24 found.
    dir: path.join(PACKAGE_ROOT, 'bench/bulk-x'),
    ext: ['.md', '.txt', '.docx'],
    count: 24,
    notRead: new Map([
      ['x04-渔业油价补贴资金自评报告.md', 'a cost per boat whose amount is the total of a table before it'],
      ['x10-农村危房改造补助资金自评报告.txt', 'the largest row of a table in 元 restated in 万元 in prose (补助资金最多的…为X万元)'],
      ['x16-城区路灯维护经费绩效自评.txt', 'a sheet pasted with trailing tabs: its 序号 column moves the row under the wrong header'],
      ['x22-螺屿渔港避风锚地维护项目自评.docx', 'an amount in prose against its table row under another name'],
    ]),
  },
  {
    // The fourteenth, a small one by a helper that saw only DOMAIN.md: 教育, 卫健, 人社, 民政, 交通, 农业, 自然资源,
    // 住建 in a northern city. At first 3 findings on clean files (1 file), 9/12 found.
    dir: path.join(PACKAGE_ROOT, 'bench/bulk-y'),
    ext: ['.md', '.txt', '.docx'],
    count: 12,
    notRead: new Map([['09-weijian-jiankangfupin.docx', 'a count in prose against its table row under another name']]),
  },
  {
    // The fifteenth (2026-12-06), by a helper that saw only DOMAIN.md: first drafts written by a language model and
    // lightly edited (bold labels, tables with 同比 columns, 约/近/超过, amounts in 元, 万元 and 亿元 together). At
    // first 11 findings on clean files (10 files), 12/24 found.
    dir: path.join(PACKAGE_ROOT, 'bench/bulk-z'),
    ext: ['.md', '.txt', '.docx'],
    count: 24,
    notRead: new Map([
      ['z02-jiyuan-xiangcunzhenxing-bumen.txt', 'a 其中 list that falls short of its total: read as partial, it may'],
      ['z06-qichuan-shijian-shipin-choujian.docx', "an indicator's unit cost against the spending and the count stated in prose"],
      ['z18-qichuan-xiangcun-xianjie-zijin.docx', 'a count in prose against its score-table row under another name'],
      ['z24-qichuan-shuili-guanhu-buzhu.docx', 'a count in the summary against the body under other words'],
    ]),
  },
  {
    // The sixteenth, at the same time by another helper that saw only DOMAIN.md: reports of townships, hospitals,
    // schools and county offices as published on government websites and copied (tables one cell per line,
    // indents of ideographic spaces, 元 with 角分 beside 万元). At first 14 findings on clean files (10 files), 13/24 found.
    dir: path.join(PACKAGE_ROOT, 'bench/bulk-za'),
    ext: ['.md', '.txt', '.docx'],
    count: 24,
    notRead: new Map([
      ['za16-zhipi-experimental-school-nutrition-project.txt', 'an indicator of a score table copied one cell per line whose merged cells drop out of some rows'],
    ]),
  },
  {
    // The seventeenth (2026-12-07), by a helper that saw only DOMAIN.md: reports covering several projects, funds
    // and years at once — a department's report with a section and a 自评表 for each project, a fund split over
    // counties, three-year tables, quarterly progress, last year's figures in the 整改 section. At first 107
    // findings on clean files (10 files), 18/24 found; the causes were mended (0 now).
    dir: path.join(PACKAGE_ROOT, 'bench/bulk-zb'),
    ext: ['.md', '.txt', '.docx'],
    count: 24,
    notRead: new Map([
      ['docx01-prov-dept-chengyu-renshe.docx', "a project's unspent amount restated in the problems section against its own section's 结转结余"],
      ['docx03-city-proj-tangbei-laojiu.docx', "an earlier year's spending in prose against a three-year table's column of that year"],
      ['docx05-city-fund-luting-kejichuangxin.docx', "a growth rate whose two years' amounts are stated in other paragraphs"],
      ['md06-city-fund-tangbei-jiuye.md', "a county's share whose whole is the fund stated in another paragraph"],
      ['txt07-city-dept-luting-shichang.txt', "last year's balance split into 结转 and 结余 in the 整改 section"],
      ['txt08-county-proj-xingchuan-youeryuan.txt', 'a balance in 元 against a budget and spending stated in 万元 in other sentences'],
    ]),
  },
  {
    // The eighteenth, at the same time by another helper that saw only DOMAIN.md: reports received as PDF (made by
    // LibreOffice from Word: running heads, tables broken over pages, title pages) and as the text pdftotext
    // -layout gives of them. At first 18 findings on clean files (11 files), 15/24 found; mended (0 now).
    dir: path.join(PACKAGE_ROOT, 'bench/bulk-zc'),
    ext: ['.pdf', '.txt'],
    count: 24,
    notRead: new Map([
      ['p03-yanting-tixiao-xunlian.pdf', 'a cost per pupil (生均) whose spending is stated in another section'],
      ['p07-heze-fengdu-zhen-bumen.pdf', 'a balance rolled forward in prose across two paragraphs'],
      ['t04-yanting-xiaofang-dadui-bumen.txt', "prose against a table set out in columns of spaces (pdftotext -layout): such a text's tables are not read"],
      ['t07-weichuan-zhewan-xiang-bumen.txt', "a balance inside a table set out in columns of spaces: such a text's tables are not read"],
      ['t09-tanyu-gengdi-dili-butie.txt', 'a standard per 亩 times an area stated before the standard'],
      ['t10-chengchuan-zhongxiao-qiye-chuangxin.txt', "a score total inside a table set out in columns of spaces: such a text's tables are not read"],
    ]),
  },
  {
    // Word files only: their PDFs (made by LibreOffice, not kept in git) are measured by hand.
    dir: path.join(PACKAGE_ROOT, 'bench/reports-g'),
    ext: ['.docx'],
    count: 24,
    notRead: new Map(
      ['09-zhianzhen'].map((f): [string, string] => [`${f}.docx`, 'not read yet: see bad/ANSWERS.tsv for the relation']).concat([
        ['05-fengze-shuili.docx', 'not an error in display terms: (1.35 − 3.63) ÷ 3.63 may be −62.87% within the rounding of the two amounts'],
      ]),
    ),
  },
];

describe.each(CORPORA as readonly { dir: string; ext: string[]; count: number; notRead: Map<string, string>; designed?: { code: string; count: number } }[])('blind corpus $dir', ({ dir, ext, count, notRead, designed }) => {
  const files = ext.flatMap((e) => corpusFiles(dir, e)).sort();
  // ANSWERS.tsv names a file with its extension, or by its stem (reports-g: the .docx and its PDF).
  const stem = (f: string) => f.replace(/\.(?:md|txt|docx|xlsx|pdf)$/u, '');
  const answers = readFileSync(path.join(dir, 'bad/ANSWERS.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => stem(l.split('\t')[0] ?? ''));

  it('has its clean files, each with a changed copy named in ANSWERS.tsv', () => {
    expect(files).toHaveLength(count);
    expect([...new Set(answers)].sort()).toEqual(files.map(stem).sort());
  });

  it('finds nothing in a clean file, and each change but those of relations not read yet', async () => {
    const { falseAlarms, missed } = await runCorpus(dir, files);
    // Findings a clean file earns by design are counted, so that no other kind hides among them.
    const byDesign = designed ? falseAlarms.filter((a) => a.includes(designed.code)) : [];
    expect(falseAlarms.filter((a) => !byDesign.includes(a))).toEqual([]);
    expect(byDesign).toHaveLength(designed?.count ?? 0);
    expect(missed).toEqual([...notRead.keys()].sort());
  });
});
