// 06 防汛物资储备（项目，市级，pdf）
const ach = (id, name, unit, v, prior, v22, topic) => [
  { id, group: '产出', topic, name, value: v, unit, prior },
  { id: id + '_2022', group: '产出', topic, name: name + '（2022年）', value: v22, unit, year: 2022 }];
const data = {
  kind: 'project', version: 2,
  meta: { year: 2024, unit: '茆塘市防汛抗旱物资储备中心', shortName: '市防汛物资中心', department: '茆塘市应急管理局', implementer: '茆塘市防汛抗旱物资储备中心',
    project: '2024年市级防汛物资储备及管护经费', title: '茆塘市2024年度市级防汛物资储备及管护经费绩效自评报告', thousands: true },
  background: { purpose: ['防汛物资采购补库', '仓储管护', '应急物资调运'] },
  budget: { initial: 420, total: 420, actual: 409.66, carryover: 10.34, sources: { current: { initial: 420, total: 420, actual: 409.66 } } },
  budgetRate: { weight: 10, score: 9.75 },
  scoreSummary: { weightTotal: 100, scoreTotal: 99.69, grade: '优' },
  goals: { expected: ['市级防汛物资储备充足、管护规范、调运及时'] },
  projects: [
    { name: '物资采购补库', total: 265, actual: 261.38 },
    { name: '仓储管护', total: 98, actual: 94.16, items: [{ name: '安保外包', amount: 52.8 }, { name: '电费及维修', amount: 41.36 }] },
    { name: '物资调运', total: 57, actual: 54.12 },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '补库物资品种', target: '≥18类', actual: '18类', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '新增冲锋舟', target: '≥12艘', actual: '12艘', weight: 10, score: 10 },
    { level1: '产出指标', level2: '质量指标', name: '储备物资完好率', target: '≥98%', actual: '99.1%', weight: 15, score: 15 },
    { level1: '产出指标', level2: '时效指标', name: '应急调运响应时间', target: '≤4小时', actual: '3小时', weight: 15, score: 15, direction: 'negative' },
    { level1: '效益指标', level2: '社会效益指标', name: '防汛抢险物资调用需求保障率', target: '100%', actual: '100%', weight: 15, score: 15 },
    { level1: '效益指标', level2: '可持续影响指标', name: '储备物资账实相符率', target: '100%', actual: '99.6%', weight: 15, score: 14.94,
      deviation: { reason: '年底盘点时有一批编织袋调出后未及时销账', measure: '调运出库当日销账，每季度盘点' } },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '调用单位满意度', target: '≥90%', actual: '97%', weight: 10, score: 10 },
  ],
  achievements: [
    ...ach('value', '储备物资总值', '万元', 3972, 3415, 2860, '储备规模'),
    ...ach('boats', '冲锋舟', '艘', 48, 36, 24, '储备规模'),
    ...ach('vests', '救生衣', '件', 8800, 7500, 6200, '储备规模'),
    ...ach('pumps', '移动排涝泵', '台', 64, 52, 40, '储备规模'),
    ...ach('trips', '应急调运', '批次', 17, 14, 9, '调运'),
    { id: 'sandbags', group: '产出', topic: '调运', name: '调出编织袋', value: 12.6, unit: '万条' },
    { id: 'counties', group: '效益', topic: '调运', name: '支援县（市、区）', value: 7, unit: '个' },
    { id: 'area', group: '产出', topic: '仓储', name: '库房面积', value: 6800, unit: '平方米' },
  ],
  problems: [
    { id: 'acct', text: '账实相符率未达100%', cause: '调运出库后销账不及时', measure: '出库当日销账' },
    { id: 'old', text: '部分早年储备的橡皮艇接近报废年限', cause: '更新资金不足', measure: '分年度纳入补库计划' },
  ],
};
const header = `# 茆塘市2024年度市级防汛物资储备及管护经费（项目支出）的数据，bulk-zo 06 号。全部虚构。金额单位：万元。
# 三年趋势表：2024年为成效的 value，2023年为 prior，2022年另记一条 year: 2022 的成效（id 以 _2022 结尾）。`;
const relations = [
  { type: 'sum', m: ['act', 'a0', 'a1', 'a2'] },
  { type: 'ratio', m: ['rate', 'act', 'tot'] },
  { type: 'diff', m: ['bal', 'tot', 'act'] },
  { type: 'chg', m: ['vg', 'v24', 'v23'] },
  { type: 'diff', m: ['vd', 'v24', 'v23'] },
];
const body = `#T 茆塘市2024年度市级防汛物资储备及管护经费绩效自评报告
#S 茆塘市防汛抗旱物资储备中心
#1 一、项目基本情况
市防汛抗旱物资储备中心管理市级防汛物资库{{6,800=A('area')}}平方米（库房编号FX-[[03|库房编号]]，邮编[[415300|邮政编码]]），承担市级防汛物资的采购补库、日常管护和汛期调运。2024年市财政安排本项目经费{{420.00=d.budget.total|#tot}}万元，全部为市本级资金。
#1 二、资金使用情况
全年支出{{409.66=d.budget.actual}}万元，执行率{{97.54=R()}}%，结余{{10.34=d.budget.carryover|#bal}}万元。补库物资的政府采购在第3季度完成招标，9月底前全部入库。
#C 表1　经费支出明细（万元）
#H 1
#W 4,3,3,3
|支出内容|全年预算|实际支出|执行率|
|物资采购补库|{{265.00=P(0).total}}|{{261.38=P(0).actual|#a0}}|{{98.63%=pct(P(0).actual,P(0).total)}}|
|仓储管护|{{98.00=P(1).total}}|{{94.16=P(1).actual|#a1|a:94.61~PDF 经费明细表“仓储管护”实际支出（三项之和 409.66、执行率 96.08% 对不上）}}|{{96.08%=pct(P(1).actual,P(1).total)}}|
|物资调运|{{57.00=P(2).total}}|{{54.12=P(2).actual|#a2}}|{{94.95%=pct(P(2).actual,P(2).total)}}|
|合计|{{420.00=d.budget.total}}|{{409.66=d.budget.actual|#act}}|{{97.54%=R()|#rate}}|
仓储管护支出中，安保外包{{52.80=P(1).items[0].amount|b:58.20~仓储管护中的安保外包费（万元），正文只出现一次}}万元，其余为库房电费和设备维修。
#1 三、储备规模三年变化
#C 表2　市级防汛物资储备情况（2022—2024年）
#H 1
#W 4,2,2,2,3
|物资或事项|2022年|2023年|2024年|2024年比2023年|
|储备物资总值（万元）|{{2,860=A('value_2022')}}|{{3,415=AP('value')|#v23}}|{{3,972=A('value')|#v24}}|+{{557=A('value')-AP('value')|#vd}}|
|冲锋舟（艘）|{{24=A('boats_2022')}}|{{36=AP('boats')}}|{{48=A('boats')}}|+{{12=A('boats')-AP('boats')}}|
|救生衣（件）|{{6,200=A('vests_2022')}}|{{7,500=AP('vests')}}|{{8,800=A('vests')}}|+{{1,300=A('vests')-AP('vests')}}|
|移动排涝泵（台）|{{40=A('pumps_2022')}}|{{52=AP('pumps')}}|{{64=A('pumps')}}|+{{12=A('pumps')-AP('pumps')}}|
|应急调运（批次）|{{9=A('trips_2022')}}|{{14=AP('trips')}}|{{17=A('trips')}}|+{{3=A('trips')-AP('trips')}}|
三年来储备规模稳步扩大。储备物资总值比上年增长{{16.31=chg(A('value'),AP('value'))|#vg}}%，比2022年增长{{38.9=chg(A('value'),A('value_2022'))}}%；冲锋舟数量和2022年相比翻了{{一=A('boats')/A('boats_2022')|cn:2|cmp:about}}番。汛期向{{7=A('counties')}}个县（市、区）调运物资{{17=A('trips')}}批次，调出编织袋{{12.6=A('sandbags')}}万条，每次都在{{3=num(I(3).actual)}}小时内装车出库。
#1 四、绩效自评
#C 表3　绩效指标完成和得分情况
#H 1
#W 5,3,3,2,2
|指标|年度指标值|实际完成值|分值|得分|
|补库物资品种|≥{{18=num(I(0).target)}}类|{{18=num(I(0).actual)}}类|{{10=I(0).weight}}|{{10=I(0).score}}|
|新增冲锋舟|≥{{12=num(I(1).target)}}艘|{{12=num(I(1).actual)}}艘|{{10=I(1).weight}}|{{10=I(1).score}}|
|储备物资完好率|≥{{98%=num(I(2).target)}}|{{99.1%=num(I(2).actual)}}|{{15=I(2).weight}}|{{15=I(2).score}}|
|应急调运响应时间|≤{{4=num(I(3).target)}}小时|{{3=num(I(3).actual)}}小时|{{15=I(3).weight}}|{{15=I(3).score}}|
|物资调用需求保障率|{{100%=num(I(4).target)}}|{{100%=num(I(4).actual)}}|{{15=I(4).weight}}|{{15=I(4).score}}|
|储备物资账实相符率|{{100%=num(I(5).target)}}|{{99.6%=num(I(5).actual)}}|{{15=I(5).weight}}|{{14.94=I(5).score}}|
|调用单位满意度|≥{{90%=num(I(6).target)}}|{{97%=num(I(6).actual)}}|{{10=I(6).weight}}|{{10=I(6).score}}|
|预算执行率|—|{{97.54%=R()}}|{{10=d.budgetRate.weight}}|{{9.75=d.budgetRate.score}}|
|总分|—|—|{{100=W()}}|{{99.69=S()}}|
自评总分{{99.69=S()}}分，等级为优。账实相符率扣{{0.06=I(5).weight-I(5).score}}分：年底盘点时，有一批调出的编织袋没有及时销账。
#1 五、存在问题和改进措施
一是调运出库后销账不及时，今后出库当日销账，每季度盘点一次。二是部分早年储备的橡皮艇接近报废年限，准备分年度纳入补库计划。
#R 2025年3月12日
`;
module.exports = { id: '06', slug: 'fangxun', format: 'pdf', kind: 'project', level: '市', unit: '茆塘市防汛抗旱物资储备中心', project: data.meta.project,
  sector: '防汛物资储备', styles: ['三年趋势表（2022—2024年）及增减列', '翻了一番', '库房编号FX-03、邮编、第3季度', '增长率（比上年、比2022年）'],
  data, header, relations, body };
