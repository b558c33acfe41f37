// 03 山洪灾害监测预警（项目，县级，txt）
const data = {
  kind: 'project', version: 2,
  meta: { year: 2024, unit: '枧岭县水旱灾害防御中心', shortName: '县防御中心', department: '枧岭县水利局', implementer: '枧岭县水旱灾害防御中心',
    project: '2024年枧岭县山洪灾害监测预警项目', title: '枧岭县2024年度山洪灾害监测预警项目支出绩效自评报告', thousands: true },
  background: { purpose: ['监测站点运行维护', '预警设施更新', '群测群防和培训演练'] },
  budget: { initial: 386, total: 386, actual: 371.24, carryover: 14.76, sources: { current: { initial: 386, total: 386, actual: 371.24 } } },
  budgetRate: { weight: 10, score: 9.62 },
  scoreSummary: { weightTotal: 100, scoreTotal: 99.39, grade: '优' },
  goals: { expected: ['山洪灾害监测预警体系稳定运行，危险区群众及时转移避险'] },
  projects: [
    { name: '监测站点运行维护', total: 168, actual: 164.35, items: [{ name: '雨量站运维', amount: 72.4 }, { name: '水位站运维', amount: 46.2 }, { name: '通信费', amount: 45.75 }] },
    { name: '预警设施更新', total: 142, actual: 135.62 },
    { name: '群测群防和培训演练', total: 76, actual: 71.27 },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '监测站点正常运行数', target: '≥180个', actual: '184个', weight: 15, score: 15 },
    { level1: '产出指标', level2: '数量指标', name: '开展转移避险演练', target: '≥50场', actual: '54场', weight: 10, score: 10 },
    { level1: '产出指标', level2: '质量指标', name: '监测数据到报率', target: '≥95%', actual: '97.3%', weight: 15, score: 15 },
    { level1: '产出指标', level2: '时效指标', name: '预警信息发布时限', target: '≤30分钟', actual: '20分钟', weight: 10, score: 10, direction: 'negative' },
    { level1: '效益指标', level2: '社会效益指标', name: '山洪灾害造成人员伤亡', target: '0人', actual: '0人', weight: 15, score: 15, direction: 'negative' },
    { level1: '效益指标', level2: '社会效益指标', name: '危险区群众预警覆盖率', target: '≥98%', actual: '96.5%', weight: 15, score: 14.77,
      deviation: { reason: '新划定的3个危险区预警设施年底才安装完成', measure: '汛前完成新危险区设施调试' } },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', target: '≥90%', actual: '92.8%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'f_central', topic: '资金来源', name: '中央补助资金', value: 162, unit: '万元' },
    { id: 'f_prov', topic: '资金来源', name: '省级补助资金', value: 108, unit: '万元' },
    { id: 'f_city', topic: '资金来源', name: '市级补助资金', value: 40, unit: '万元' },
    { id: 'f_county', topic: '资金来源', name: '县级配套资金', value: 76, unit: '万元' },
    { id: 'rain', group: '产出', topic: '站点', name: '自动雨量站', value: 146, unit: '个' },
    { id: 'level', group: '产出', topic: '站点', name: '水位站', value: 38, unit: '个' },
    { id: 'villages', group: '产出', topic: '站点', name: '山洪危险区', value: 127, unit: '个' },
    { id: 'warnings', group: '产出', topic: '预警', name: '发布预警信息', value: 2316, unit: '条' },
    { id: 'moved', group: '效益', topic: '预警', name: '转移群众', value: 4870, unit: '人次', approx: '近' },
    { id: 'trained', group: '产出', topic: '演练', name: '培训基层责任人', value: 3260, unit: '人次' },
    { id: 'signs', group: '产出', topic: '设施', name: '更新警示牌', value: 420, unit: '块' },
    { id: 'alarms', group: '产出', topic: '设施', name: '更新手摇报警器', value: 310, unit: '台' },
  ],
  problems: [
    { id: 'cover', text: '危险区预警覆盖率未达目标', cause: '新划定危险区设施安装滞后', measure: '汛前完成调试' },
    { id: 'drill', text: '群测群防经费执行偏慢', cause: '部分乡镇演练集中在年底，报账滞后', measure: '按季度拨付、按季度报账' },
  ],
};
const header = `# 枧岭县2024年度山洪灾害监测预警项目（项目支出）的数据，bulk-zo 03 号。全部虚构。金额单位：万元。
# 按级次的资金来源（中央、省级、市级、县级）数据格式没有对应字段，记作无 group 的成效（topic: 资金来源，单位万元）；占比由金额 ÷ 全年预算算出。`;
const relations = [
  { type: 'sum', m: ['tot', 'fc', 'fp', 'fm', 'fx'] },
  { type: 'sum', m: ['h100', 'sc', 'sp', 'sm', 'sx'] },
  { type: 'ratio', m: ['sp', 'fp', 'tot'] },
  { type: 'ratio', m: ['sc', 'fc', 'tot'] },
  { type: 'sum', m: ['act', 'a0', 'a1', 'a2'] },
  { type: 'sum', m: ['a0b', 'q1', 'q2'] },
  { type: 'sum', m: ['q1', 'r1', 'r2'] },
  { type: 'ratio', m: ['rate', 'act', 'tot2'] },
  { type: 'same', m: ['a0', 'a0b'] },
];
const body = `枧岭县2024年度山洪灾害监测预警项目支出绩效自评报告

枧岭县水旱灾害防御中心
2025年3月

一、项目概况

（一）项目背景
枧岭县地处山区，全县划定山洪危险区{{127=A('villages')}}个。本项目用于维持全县山洪灾害监测预警体系的日常运行，包括{{146=A('rain')}}个自动雨量站、{{38=A('level')}}个水位站的运行维护，预警设施更新，以及群测群防和培训演练。

（二）资金来源
项目全年预算{{386.00=d.budget.total|#tot}}万元，由中央、省、市、县四级共同负担，县级配套资金已于第1季度足额到位。

表1  资金来源构成
资金级次	预算金额	占比
中央补助	{{162.00=A('f_central')|#fc}}万元	{{41.97=pct(A('f_central'),d.budget.total)|#sc}}%
省级补助	{{108.00=A('f_prov')|#fp}}万元	{{27.98=pct(A('f_prov'),d.budget.total)|#sp|a:27.89~txt 资金来源表“省级补助”占比（四级占比之和 100.00%、108.00 ÷ 386.00 对不上）}}%
市级补助	{{40.00=A('f_city')|#fm}}万元	{{10.36=pct(A('f_city'),d.budget.total)|#sm}}%
县级配套	{{76.00=A('f_county')|#fx}}万元	{{19.69=pct(A('f_county'),d.budget.total)|#sx}}%
合计	{{386.00=d.budget.total}}万元	{{100.00=sum(pct(A('f_central'),d.budget.total),pct(A('f_prov'),d.budget.total),pct(A('f_city'),d.budget.total),pct(A('f_county'),d.budget.total))|#h100}}%

中央和省级资金合计占项目预算的近{{七=pct(A('f_central')+A('f_prov'),d.budget.total)|cn:70|cmp:le}}成，县级配套约占{{两=pct(A('f_county'),d.budget.total)|cn:20|cmp:about}}成。

二、资金使用情况

全年实际支出{{371.24=d.budget.actual}}万元，执行率{{96.18=R()}}%，结余{{14.76=d.budget.carryover}}万元。分项目如下：

表2  分项目支出情况
项目	全年预算	实际支出	执行率
监测站点运行维护	{{168.00=P(0).total}}万元	{{164.35=P(0).actual|#a0}}万元	{{97.83=pct(P(0).actual,P(0).total)}}%
预警设施更新	{{142.00=P(1).total}}万元	{{135.62=P(1).actual|#a1}}万元	{{95.51=pct(P(1).actual,P(1).total)}}%
群测群防和培训演练	{{76.00=P(2).total}}万元	{{71.27=P(2).actual|#a2}}万元	{{93.78=pct(P(2).actual,P(2).total)}}%
合计	{{386.00=d.budget.total|#tot2}}万元	{{371.24=d.budget.actual|#act}}万元	{{96.18=R()|#rate}}%

监测站点运行维护支出{{164.35=P(0).actual|#a0b}}万元，其中：自动监测站运维{{118.60=P(0).items[0].amount+P(0).items[1].amount|#q1}}万元（其中：雨量站{{72.40=P(0).items[0].amount|#r1}}万元，水位站{{46.20=P(0).items[1].amount|#r2}}万元），通信费{{45.75=P(0).items[2].amount|#q2}}万元。预警设施更新主要是更换手摇报警器{{310=A('alarms')}}台、警示牌{{420=A('signs')}}块。

三、绩效目标完成情况

（一）产出
全年监测站点正常运行{{184=num(I(0).actual)}}个，数据到报率{{97.3=num(I(2).actual)}}%。汛期共发布预警信息{{2,316=A('warnings')|b:2,136~发布预警信息（条），正文只出现一次}}条，预警信息平均在{{20=num(I(3).actual)}}分钟内发到责任人手机。组织转移避险演练{{54=num(I(1).actual)}}场，培训村组责任人、网格员{{3,260=A('trained')}}人次。

（二）效益
汛期累计转移群众近{{5=A('moved')/1000|cmp:le}}千人次，全年未发生山洪灾害人员伤亡。危险区群众预警覆盖率{{96.5=num(I(5).actual)}}%，比目标低{{1.5=num(I(5).target)-num(I(5).actual)}}个百分点，主要是新划定的几个危险区的预警设施到年底才装好。群众满意度{{92.8=num(I(6).actual)}}%。

四、自评得分

表3  绩效自评得分
指标	目标值	实际值	得分
预算执行率	—	{{96.18=R()}}%	{{9.62=d.budgetRate.score}}分（满分{{10=d.budgetRate.weight}}分）
监测站点正常运行数	≥{{180=num(I(0).target)}}个	{{184=num(I(0).actual)}}个	{{15=I(0).score}}分（满分{{15=I(0).weight}}分）
开展转移避险演练	≥{{50=num(I(1).target)}}场	{{54=num(I(1).actual)}}场	{{10=I(1).score}}分（满分{{10=I(1).weight}}分）
监测数据到报率	≥{{95=num(I(2).target)}}%	{{97.3=num(I(2).actual)}}%	{{15=I(2).score}}分（满分{{15=I(2).weight}}分）
预警信息发布时限	≤{{30=num(I(3).target)}}分钟	{{20=num(I(3).actual)}}分钟	{{10=I(3).score}}分（满分{{10=I(3).weight}}分）
山洪灾害造成人员伤亡	{{0=num(I(4).target)}}人	{{0=num(I(4).actual)}}人	{{15=I(4).score}}分（满分{{15=I(4).weight}}分）
危险区群众预警覆盖率	≥{{98=num(I(5).target)}}%	{{96.5=num(I(5).actual)}}%	{{14.77=I(5).score}}分（满分{{15=I(5).weight}}分）
群众满意度	≥{{90=num(I(6).target)}}%	{{92.8=num(I(6).actual)}}%	{{10=I(6).score}}分（满分{{10=I(6).weight}}分）
总分	—	—	{{99.39=S()}}分（满分{{100=W()}}分）

扣分说明：预算执行率{{96.18=R()}}%，扣{{0.38=d.budgetRate.weight-d.budgetRate.score}}分；预警覆盖率按完成比例计分，扣{{0.23=I(5).weight-I(5).score}}分。自评等级：优。

五、存在的问题和下一步措施

1.危险区预警覆盖率没达到目标。新划定危险区的设施安装滞后。下一步在汛前把这些设施全部调试到位。
2.群测群防经费执行偏慢。不少乡镇把演练放在年底，报账跟不上。今后按季度拨付、按季度报账。

联系人：县防御中心财务室  电话：[[0779-4218036|电话号码]]
`;
module.exports = { id: '03', slug: 'shanhong', format: 'txt', kind: 'project', level: '县', unit: '枧岭县水旱灾害防御中心', project: data.meta.project,
  sector: '山洪灾害监测预警', styles: ['资金按级次（中央、省级、市级、县级）及占比，占比之和100.00%', '单元格内带单位的表（162.00万元）', '嵌套“其中”', '近七成、约两成、近5千人次', '得分X分（满分Y分）与扣分说明', '第1季度'],
  data, header, relations, body };
