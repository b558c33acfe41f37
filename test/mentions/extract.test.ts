import { describe, it, expect } from 'vitest';
import { extractMentions, type Mention } from '../../pipeline/mentions/index.js';

const texts = (s: string): string[] => extractMentions(s).map((m) => m.text);

function only(s: string): Mention {
  const ms = extractMentions(s);
  expect(ms.map((m) => m.text)).toHaveLength(1);
  return ms[0] as Mention;
}

type Expect = Partial<Pick<Mention, 'text' | 'value' | 'unit' | 'kind' | 'approx' | 'lo' | 'hi' | 'precision' | 'numeral' | 'change'>>;

function check(s: string, want: Expect): void {
  const m = only(s);
  expect(m).toMatchObject(want);
  if (!('change' in want)) expect(m.change).toBeUndefined();
  expect(s.slice(m.start, m.end)).toBe(m.text);
}

describe('Arabic figures', () => {
  it.each<[string, Expect]>([
    ['实际支出1864.05万元。', { text: '1864.05万元', value: '1864.05', unit: '万元', kind: 'money', precision: 2, lo: '1864.045', hi: '1864.055' }],
    ['拨款收入1,451.29万元。', { text: '1,451.29万元', value: '1451.29', unit: '万元', precision: 2 }],
    ['支出52,878.93万元。', { text: '52,878.93万元', value: '52878.93' }],
    ['支出52，878.93万元。', { text: '52，878.93万元', value: '52878.93' }],
    ['支出1，864，050元。', { text: '1，864，050元', value: '1864050', unit: '元' }],
    ['项目总计支出 300 万元，', { text: '300 万元', value: '300', unit: '万元', lo: '299.5', hi: '300.5' }],
    ['占 GDP 比重达到 3.15 %。', { text: '3.15 %', value: '3.15', unit: '%', kind: 'percent', precision: 2 }],
    ['增速6％，', { text: '6％', unit: '%', kind: 'percent', change: 'increase' }],
    ['成交额 480.68 亿元。', { text: '480.68 亿元', unit: '亿元', kind: 'money' }],
    ['补助 5000 元。', { text: '5000 元', unit: '元' }],
    ['结余结转0万元。', { text: '0万元', value: '0', lo: '0', hi: '0.5' }],
    ['结余结转0.00万元。', { text: '0.00万元', value: '0', precision: 2, lo: '0', hi: '0.005' }],
    ['31亿元，', { value: '31', precision: 0, lo: '30.5', hi: '31.5' }],
    ['强度提升11个百分点。', { text: '11个百分点', unit: '个百分点', kind: 'points', change: 'increase' }],
    ['高出2百分点。', { text: '2百分点', unit: '个百分点', kind: 'points' }],
    ['技术合同登记 1288 份。', { text: '1288 份', unit: '份', kind: 'count' }],
    ['举办活动 99 场次。', { text: '99 场次', unit: '场次', kind: 'count' }],
    ['组建 10支服务团。', { text: '10支', unit: '支', kind: 'count' }],
    ['高企总数达127家。', { text: '127家', unit: '家', kind: 'count' }],
    ['是全省的2.6倍。', { text: '2.6倍', unit: '倍', kind: 'quantity' }],
    ['连续 4年居全省第一。', { text: '第一', value: '1', unit: '位', kind: 'rank', approx: 'exact' }],
    ['项目周期3年。', { text: '3年', unit: '年', kind: 'quantity' }],
    ['完成时限12个月。', { text: '12个月', unit: '个月', kind: 'quantity' }],
    ['永磁发电机功率550kW。', { text: '550kW', unit: 'kW', kind: 'quantity' }],
    ['产出指标 (40 分)', { text: '40 分', unit: '分', kind: 'quantity' }],
    ['人均补助300元/人。', { text: '300元/人', unit: '元/人', kind: 'money' }],
    ['新增1.5万家。', { text: '1.5万家', value: '15000', unit: '家', precision: -3, lo: '14500', hi: '15500' }],
    ['共计5千万元。', { text: '5千万元', value: '5', unit: '千万元', kind: 'money' }],
    ['在 7000\n\n万元，', { text: '7000\n\n万元', value: '7000', unit: '万元' }],
    ['减免 13.7亿\n\n元，', { text: '13.7亿\n\n元', value: '13.7', unit: '亿元' }],
    // A PDF's label column wrapped into the text: （万 on the number's line, 元） on the next is the label's.
    ['申请（万其中：基本支出：257.08\n元） 政府性基金拨款：', { text: '257.08', value: '257.08', unit: '' }],
    ['资金（共计7000\n万元）', { text: '7000\n万元', value: '7000', unit: '万元' }],
    ['占比 8. 53%', { text: '8. 53%', value: '8.53', unit: '%' }],
    ['总计 1234', { text: '1234', value: '1234', unit: '', kind: 'plain' }],
    ['增速-2.1%。', { text: '-2.1%', value: '-2.1', unit: '%', lo: '-2.15', hi: '-2.05', change: 'increase' }],
  ])('%j', (s, want) => check(s, want));
});

describe('Chinese numerals as figures', () => {
  it.each<[string, Expect]>([
    ['全市十一家企业获奖。', { text: '十一家', value: '11', unit: '家', kind: 'count', numeral: 'chinese' }],
    ['总数为六千八。', { text: '六千八', value: '6800', unit: '', kind: 'plain', numeral: 'chinese' }],
    ['备案两千零四十五家。', { text: '两千零四十五家', value: '2045', unit: '家' }],
    ['完成三项任务。', { text: '三项', value: '3', unit: '项', kind: 'count' }],
    ['建成两个平台。', { text: '两个', value: '2', unit: '个', kind: 'count' }],
    ['提高两个百分点。', { text: '两个百分点', value: '2', unit: '个百分点', kind: 'points', change: 'increase' }],
    ['连续九年保持全省前二。', { text: '前二', value: '2', unit: '位', kind: 'rank', approx: 'less', lo: '1', hi: '2' }],
    ['位居全省第二，', { text: '第二', value: '2', unit: '位', kind: 'rank' }],
    ['研发投入排名前二。', { text: '前二', kind: 'rank', lo: '1', hi: '2' }],
    ['安排二百余万元。', { text: '二百余万元', value: '200', unit: '万元', kind: 'money', approx: 'more', lo: '200', hi: 'Infinity' }],
    ['安排三千万元。', { text: '三千万元', value: '3000', unit: '万元' }],
    ['百分之五的企业', { text: '百分之五', value: '5', unit: '%', kind: 'percent', numeral: 'chinese' }],
    ['达到百分之九十五点五', { text: '百分之九十五点五', value: '95.5', unit: '%', precision: 1 }],
    ['实现百分之百覆盖', { text: '百分之百', value: '100', unit: '%' }],
    ['占三分之二', { text: '三分之二', value: '0.6667', unit: '', kind: 'plain', precision: 4 }],
    ['获十余家单位支持', { text: '十余家', value: '10', approx: 'more' }],
    ['排名第三位。', { text: '第三位', value: '3', kind: 'rank' }],
  ])('%j', (s, want) => check(s, want));
});

describe('approximations, comparators and changes', () => {
  it.each<[string, Expect]>([
    ['备案超2000家。', { text: '超2000家', approx: 'more', lo: '2000', hi: 'Infinity' }],
    ['备案超 2000 家。', { text: '超 2000 家', approx: 'more' }],
    ['交易额超过400亿元。', { text: '超过400亿元', approx: 'more', lo: '400', hi: 'Infinity' }],
    ['引入2200余家机构。', { text: '2200余家', approx: 'more', lo: '2200' }],
    ['引入130多个项目。', { text: '130多个', approx: 'more', lo: '130' }],
    ['发放近900万元。', { text: '近900万元', approx: 'less', lo: '720', hi: '900' }],
    ['将近50家', { text: '将近50家', approx: 'less', lo: '40', hi: '50' }],
    ['不到10人。', { text: '不到10人', approx: 'less', lo: '0', hi: '10' }],
    ['不足10人。', { text: '不足10人', approx: 'less', lo: '0', hi: '10' }],
    ['约50万元。', { text: '约50万元', approx: 'about', lo: '47', hi: '53' }],
    ['大约 50 万元。', { text: '大约 50 万元', approx: 'about' }],
    ['比重15%左右。', { text: '15%左右', approx: 'about', lo: '13.75', hi: '16.25' }],
    ['总量120亿元以上。', { text: '120亿元以上', approx: 'more', lo: '120', hi: 'Infinity' }],
    ['强度3% 以上。', { text: '3% 以上', approx: 'more' }],
    ['50万元及以上', { text: '50万元及以上', approx: 'more' }],
    ['50万元以下的项目', { text: '50万元以下', approx: 'less', lo: '0', hi: '50' }],
    ['满意度≥95%', { text: '≥95%', approx: 'more', lo: '95', hi: 'Infinity' }],
    ['投诉率≤5%', { text: '≤5%', approx: 'less', lo: '0', hi: '5' }],
    ['满意度不低于95%', { text: '不低于95%', approx: 'more' }],
    ['成交额达到480.68亿元。', { text: '480.68亿元', approx: 'exact', lo: '480.675', hi: '480.685' }],
    ['同比增长22%。', { text: '22%', change: 'increase', approx: 'exact' }],
    ['比上年增加4人。', { text: '4人', change: 'increase' }],
    ['较上年减少26.4万元。', { text: '26.4万元', change: 'decrease' }],
    ['同比下降3.2个百分点。', { text: '3.2个百分点', kind: 'points', change: 'decrease' }],
    ['年中压减1735.95万元。', { text: '1735.95万元', change: 'decrease' }],
    ['年中执行调增0.85万元。', { text: '0.85万元', change: 'increase' }],
    ['同比增长了 5%。', { text: '5%', change: 'increase' }],
    ['增幅为5%。', { text: '5%', change: 'increase' }],
    ['今年多了6.22万元，', { text: '6.22万元', change: 'increase' }],
    ['同比+18.98%。', { text: '18.98%', value: '18.98' }],
    ['| +8.19% |', { text: '8.19%', value: '8.19' }],
    ['在职人数少了3人。', { text: '3人', change: 'decrease' }],
    ['最多3次。', { text: '最多3次', approx: 'less' }],
    ['至少了3人', { text: '3人' }],
    ['增长超 20%。', { text: '超 20%', change: 'increase', approx: 'more' }],
    ['较 2023 年前进 14 位', { text: '14 位', kind: 'rank', change: 'increase', value: '14' }],
    ['排名大幅提升 9 位，', { text: '9 位', kind: 'rank', change: 'increase' }],
    ['排名后退3位', { text: '3位', kind: 'rank', change: 'decrease' }],
    ['位列第 35 位', { text: '第 35 位', kind: 'rank', value: '35', approx: 'exact' }],
    ['居全国第35名', { text: '第35名', kind: 'rank' }],
    ['进入全省的前 5名', { text: '前 5名', kind: 'rank', approx: 'less', lo: '1', hi: '5' }],
    ['增长至500家。', { text: '500家', approx: 'exact' }],
    ['全年新增省级创新平台 97 家。', { text: '97 家', approx: 'exact' }],
    ['研发投入占比连续 4年居全省第一', { text: '第一', kind: 'rank' }],
    ['下降为5%。', { text: '5%' }],
    ['近3年累计投入50万元', { text: '50万元', approx: 'exact' }],
    ['资助5-10万元', { text: '5-10万元', value: '10', unit: '万元', approx: 'about', lo: '4.5', hi: '10.5' }],
    ['每年3至5个', { text: '3至5个', approx: 'about', lo: '2.5', hi: '5.5' }],
    ['来自60 余位院士专家', { text: '60 余位', kind: 'count', approx: 'more' }],
  ])('%j', (s, want) => check(s, want));

  it('2/3 is a plain figure rounded to four decimals, its interval holding 2/3', () => {
    check('占全省总量的 2/3。', { text: '2/3', value: '0.6667', kind: 'plain', precision: 4, lo: '0.66665', hi: '0.66675' });
  });
});

describe('traps: not figures', () => {
  it.each<[string, string[]]>([
    ['2024年12月31日，完成3项。', ['3项']],
    ['2023年10月，启动。', []],
    ['2024年11月-12月，下达资金。', []],
    ['36个项目获2022-2023年度省科技奖', ['36个']],
    ['截止 2022 年底，在职 33 人', ['33 人']],
    ['《通知》（株财函〔2024〕24号）', []],
    ['（湘科发〔2020〕69号）文件', []],
    ['财预[2020]10号', []],
    ['一、部门基本情况', []],
    ['（三）人员情况', []],
    ['（十一）负责引进', []],
    ['1.产出指标', []],
    ['1. 产业发展资金16.85万元；', ['16.85万元']],
    ['1.2023年预算资金192.31万元；', ['192.31万元']],
    ['### 2.十大技术攻关项目', []],
    ['（1）数量指标：2023年，全区实现产值125.9亿元', ['125.9亿元']],
    ['4、 国有资本经营预算支出情况', []],
    ['① 完善制度', []],
    ['一是构建保障网，二是瞄准无人区。', []],
    ['第一批资金、第十三届大赛、第五批专家、第五届评选', []],
    ['“4+4科创工程”年度任务', []],
    ['“4+4 科创工程”年度任务', []],
    ['“1+X”证书试点', []],
    ['1+N帮扶模式', []],
    ['实施“7+3”“3+2”补助政策', []],
    ['QDR280燃气轮机和SA750U无人机', []],
    ['推广5G基站', []],
    ['“十四五”规划', []],
    ['十四五规划', []],
    ['坚定围绕“三高四新”战略', []],
    ['实施“八大行动”总体方案', []],
    ['深入贯彻“七个有新作为”要求', []],
    ['举办“五链融合”对接活动', []],
    ['在全省打造“三个高地”上当先锋', []],
    ['用于三个高地三季度考核奖励经费', []],
    ['三供一业专项经费6万元', ['6万元']],
    ['为170家四上企业派驻联络员', ['170家']],
    ['牵头建立统一的管理平台', []],
    ['采取一票否决制', []],
    ['实施一批标志性创新项目', []],
    ['一个一级项目支出一张表', []],
    ['两三个单位', []],
    ['十几个项目、几十家企业、数百万元、上百家', []],
    ['十分重要', []],
    ['万人高价值发明专利拥有量 13.79 件', ['13.79 件']],
    ['进入百强榜单', []],
    ['逾百家', []],
    ['“仟里马”基金', []],
    ['—— 2 ——', []],
    ['正文\n—— 7 ——\n正文', []],
    ['附件3', []],
    ['附件 1-3', []],
    ['附件：1-1. 2022 年度基础数据表', []],
    ['联系电话：18390879243', []],
    ['编码 010101', []],
    ['会议 10:30 开始', []],
    ['版本 1.2.3 发布', []],
    ['日期 2024.12.31', []],
    ['年中压减1735.95成万元', ['1735.95']],
  ])('%j → %j', (s, want) => {
    expect(texts(s)).toEqual(want);
  });

  it('12月 is a date in prose and a value in a table row', () => {
    expect(texts('12月底前完成拨付')).toEqual([]);
    const row = '时效指标\t拨付时间\t12月\t12月\t5\t5';
    const ms = extractMentions(row).filter((m) => m.unit === '月');
    expect(ms.map((m) => [m.text, m.kind, m.inTable])).toEqual([
      ['12月', 'quantity', true],
      ['12月', 'quantity', true],
    ]);
  });

  it('the stray 成 in 1735.95成万元 is not bridged: a plain figure that still reads as a cut', () => {
    const m = only('年中压减1735.95成万元');
    expect(m).toMatchObject({ value: '1735.95', unit: '', kind: 'plain', change: 'decrease' });
  });
});

describe('subjects in prose', () => {
  const subjects = (s: string): [string, string][] => extractMentions(s).map((m) => [m.text, m.subject.text]);

  it.each<[string, [string, string][]]>([
    ['技术合同登记1288份，成交额达到480.68亿元，同比增长22%。', [
      ['1288份', '技术合同登记'],
      ['480.68亿元', '成交额'],
      ['22%', '成交额'],
    ]],
    ['国家高新技术企业总数达1302家。', [['1302家', '国家高新技术企业总数']]],
    ['全年新增省级创新平台97家，其中包括 1 家省级技术转移示范机构、2 家省级制造业创新中心。', [
      ['97家', '全年新增省级创新平台'],
      ['1 家', '省级技术转移示范机构'],
      ['2 家', '省级制造业创新中心'],
    ]],
    ['年末实有人数14人，比上年增加4人，增加40%。', [
      ['14人', '年末实有人数'],
      ['4人', '年末实有人数'],
      ['40%', '年末实有人数'],
    ]],
    ['完成科技型中小企业备案 2045 家。', [['2045 家', '科技型中小企业备案']]],
    ['其中 150 万元为上年度应拨未拨项目资金。', [['150 万元', '上年度应拨未拨项目资金']]],
    ['与清华大学等 30 余所高校院所建立了合作关系。', [['30 余所', '高校院所']]],
    ['2. 第五批（科技专家服务团）10万元；', [['10万元', '第五批（科技专家服务团）']]],
    ['按收入性质分：1452.61', [['1452.61', '按收入性质分']]],
    ['科技型中小企业注册备案262家，完成率为163.75%。', [
      ['262家', '科技型中小企业注册备案'],
      ['163.75%', '完成率'],
    ]],
    ['“国家创新型城市”第 34 位，较 2023 年前进 14 位。', [
      ['第 34 位', '“国家创新型城市”'],
      ['14 位', '“国家创新型城市”'],
    ]],
    ['412家科技型企业获省研发奖补资金共 7000\n\n万元。', [
      ['412家', '科技型企业'],
      ['7000\n\n万元', '获省研发奖补资金'],
    ]],
    ['### 1. 创新成果转化年活动经费\n\n项目总计支出 240 万元。', [['240 万元', '项目总计支出']]],
  ])('%j', (s, want) => {
    expect(subjects(s)).toEqual(want);
  });

  it('subject spans point into the input (text normalised)', () => {
    const s = '技术合同 登记 1288 份';
    const m = only(s);
    expect(m.subject.text).toBe('技术合同登记');
    expect(s.slice(m.subject.start, m.subject.end)).toBe('技术合同 登记');
  });
});

describe('output shape', () => {
  it('is sorted by start, spans match the input, and intervals hold the value', () => {
    const s = '2024年，完成备案 2045 家，超 2000 家；发放贷款 19.65 亿元，约 31 亿元左右，增长 22%，第 35 位，十一家。';
    const ms = extractMentions(s);
    expect(ms.map((m) => m.text)).toEqual(['2045 家', '超 2000 家', '19.65 亿元', '约 31 亿元左右', '22%', '第 35 位', '十一家']);
    for (let k = 0; k < ms.length; k++) {
      const m = ms[k] as Mention;
      expect(s.slice(m.start, m.end)).toBe(m.text);
      if (k > 0) expect(m.start).toBeGreaterThanOrEqual((ms[k - 1] as Mention).end);
      expect(Number(m.lo)).toBeLessThanOrEqual(Number(m.value));
      expect(m.hi === 'Infinity' || Number(m.hi) >= Number(m.value)).toBe(true);
      expect(m.inTable).toBe(false);
    }
  });

  it('handles empty and figure-free text', () => {
    expect(extractMentions('')).toEqual([]);
    expect(extractMentions('没有数字的一段话。\r\n第二行')).toEqual([]);
  });
});

describe('pathological inputs stay linear', () => {
  // Each would take minutes if any step were quadratic; no timing is asserted.
  const N = 100_000;
  it.each<[string, string, number]>([
    ['a run of digits', '1'.repeat(N), 0],
    ['a run of Chinese numerals', '一'.repeat(N), 0],
    ['a number before a long run of spaces', `5${' '.repeat(N)}x`, 1],
    ['a long line of spaces before a page marker', `${' '.repeat(N)}\n—— 2 ——`, 0],
    ['many opening brackets', `${'（'.repeat(N)}5万元`, 1],
    ['many closing brackets', `${'）'.repeat(N)}5万元`, 1],
    ['one tab row of many cells', '\t5'.repeat(N / 2), N / 2],
    ['one-cell-per-line rows', '\t5\n'.repeat(N / 3), Math.floor(N / 3)],
    ['one GFM row of many cells', `|${' 5 |'.repeat(N / 4)}`, N / 4],
    ['a dotted chain', '1.'.repeat(N / 2), 0],
    ['thousands groups', `1${',000'.repeat(N / 4)}`, 1],
    ['plus chains', '4+'.repeat(N / 2), 0],
    ['dense approximate figures', '超5家，'.repeat(N / 5), N / 5],
    ['blank lines after figures', '5家\n\n\n\n\n\n'.repeat(N / 8), N / 8],
    ['articles', '一个'.repeat(N / 2), 0],
  ])('%s', (_name, text, count) => {
    expect(extractMentions(text)).toHaveLength(count);
  });
});

describe('frames of figures at the end of long clauses', () => {
  // Role, group and denial words are read from the end of what comes before a figure: a long run of
  // words before them changes nothing (roles are looked for in a clause's last characters only).
  const lead = '按照市委市政府关于深化预算管理制度改革推进科技创新高质量发展的部署要求';
  const frameOf = (before: string, figure = '118.83万元') => {
    const m = extractMentions(`# 2023年度部门整体支出绩效自评报告\n\n${before}${figure}。\n`).find((x) => x.text === figure);
    return m?.frame;
  };
  it.each<[string, string, string]>([
    ['the longest rate phrase', '完成年度目标值的', 'rate'],
    ['an adjustment of project money', '追加项目资金', 'adjustment'],
    ['an actual value', '实际完成值', 'actual'],
    ['a target value', '年度指标值', 'target'],
    ['a budget behind neutral words', '预算资金总额共计为', 'budget'],
    ['an actual behind a group name', '实际支出基本支出', 'actual'],
  ])('%s', (_name, words, role) => {
    const short = frameOf(words);
    const long = frameOf(`${lead}，${lead}${lead}${words}`);
    expect(short?.role?.value).toBe(role);
    expect(long?.role?.value).toBe(role);
  });
  it('a group word far from the figure and a denial before the verb still count', () => {
    expect(frameOf(`${lead}，其中基本支出中未拨付`, '20万元')).toMatchObject({ scope: { value: '基本支出' }, polarity: { value: 'negative' } });
    expect(frameOf(`${lead}截至年底`, '20万元')?.period?.value).toBe('as-of');
  });
});

describe('signs and years written apart from the words around them', () => {
  const read = (text: string) => extractMentions(text).map((m) => [m.text, m.value, m.subject.text, m.frame.role?.value, m.frame.period?.value, m.frame.older?.value]);
  it('a sign after 变动 or 同比 is the figure\'s, not part of the name; the clause still says change', () => {
    expect(read('公用经费158.28万元，较上年变动-1.59%；基本支出286.54万元，同比 +5.23%。')).toEqual([
      ['158.28万元', '158.28', '公用经费', undefined, undefined, undefined],
      ['-1.59%', '-1.59', '较上年变动', 'change', undefined, undefined],
      ['286.54万元', '286.54', '基本支出', undefined, undefined, undefined],
      ['5.23%', '5.23', '基本支出', 'change', undefined, undefined],
    ]);
  });
  it('a report\'s year is its title\'s, also under a page header naming the unit; a year before last is older', () => {
    const text = '某市信访局\n某市信访局2024年度部门整体支出绩效自评报告\n一、基本情况\n2022年决算支出1,200.00万元，2023年决算支出1,300.00万元。\n';
    expect(read(text)).toEqual([
      ['1,200.00万元', '1200', '2022年决算支出', 'actual', 'prior', 2022],
      ['1,300.00万元', '1300', '2023年决算支出', 'actual', 'prior', undefined],
    ]);
  });
  it('追加 with a 专项\'s name is an adjustment', () => {
    expect(read('年初预算1,826.40万元，追加信访积案化解专项286.00万元。')[1]?.[3]).toBe('adjustment');
  });
});
