// 01 公共租赁住房运营管理补助资金（项目，市级，md）
const data = {
  kind: 'project', version: 2,
  meta: { year: 2024, unit: '蕖安市住房保障服务中心', shortName: '市住房保障中心', department: '蕖安市住房和城乡建设局', implementer: '蕖安市住房保障服务中心',
    project: '2024年市本级公共租赁住房运营管理补助资金', title: '2024年度蕖安市公共租赁住房运营管理补助资金绩效自评报告', thousands: true },
  background: { purpose: ['直管公租房房屋维修养护', '物业服务补贴', '智慧管理平台运维', '租户服务和入户核查'], management: ['维修项目按编号建档', '物业服务季度考核'] },
  budget: { initial: 1860, adjustments: [{ type: '追加', amount: 146.5, reason: '新接管两个配租小区的维修和物业补贴' }], total: 2006.5, actual: 1957.38, carryover: 49.12,
    sources: { current: { initial: 1860, total: 2006.5, actual: 1957.38 } } },
  budgetRate: { weight: 10, score: 9.76 },
  scoreSummary: { weightTotal: 100, scoreTotal: 99.68, grade: '优' },
  goals: { expected: ['直管公租房运营管理规范有序，租户居住条件持续改善'] },
  projects: [
    { name: '房屋维修养护', initial: 720, adjustment: 86.5, total: 806.5, actual: 792.16, carryover: 14.34,
      items: [{ name: '屋面防水和外墙修缮', amount: 436.8 }, { name: '电梯维保', amount: 218.36 }, { name: '零星维修', amount: 137 }] },
    { name: '物业服务补贴', initial: 840, adjustment: 60, total: 900, actual: 886.4, carryover: 13.6 },
    { name: '智慧管理平台运维', initial: 180, total: 180, actual: 161.52, carryover: 18.48 },
    { name: '租户服务及入户核查', initial: 120, total: 120, actual: 117.3, carryover: 2.7 },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '公租房运营管理套数', target: '≥12000套', actual: '12486套', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '新增配租套数', target: '≥1200套', actual: '1218套', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '入户核查户数', target: '≥9500户', actual: '9420户', weight: 10, score: 9.92,
      deviation: { reason: '部分租户长期外出务工，多次上门未遇', measure: '改为预约核查并借助社区网格员补查' } },
    { level1: '产出指标', level2: '质量指标', name: '报修办结率', target: '≥98%', actual: '98.46%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '报修平均响应时间', target: '≤24小时', actual: '18小时', weight: 10, score: 10, direction: 'negative' },
    { level1: '效益指标', level2: '社会效益指标', name: '在保家庭户数', target: '≥11500户', actual: '11932户', weight: 15, score: 15 },
    { level1: '效益指标', level2: '可持续影响指标', name: '公租房空置率', target: '≤3%', actual: '2.6%', weight: 15, score: 15, direction: 'negative' },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '租户满意度', target: '≥90%', actual: '95.6%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'units', group: '产出', topic: '房源', name: '直管公租房', value: 12486, unit: '套' },
    { id: 'talent', group: '产出', topic: '房源', name: '其中人才公寓', value: 416, unit: '套' },
    { id: 'estates', group: '产出', topic: '房源', name: '直管小区', value: 23, unit: '个' },
    { id: 'newalloc', group: '产出', topic: '配租', name: '新增配租', value: 1218, unit: '套' },
    { id: 'families', group: '效益', topic: '保障', name: '在保家庭', value: 11932, unit: '户' },
    { id: 'people', group: '效益', topic: '保障', name: '保障人数', value: 32640, unit: '人', approx: '余' },
    { id: 'youth', group: '效益', topic: '保障', name: '在保家庭中新市民和青年人占比', value: 54.3, unit: '%' },
    { id: 'repairs', group: '产出', topic: '维修', name: '受理报修', value: 8746, unit: '件' },
    { id: 'done', group: '产出', topic: '维修', name: '办结报修', value: 8611, unit: '件' },
    { id: 'elevators', group: '产出', topic: '维修', name: '维保电梯', value: 164, unit: '部' },
    { id: 'roofs', group: '产出', topic: '维修', name: '完成屋面防水和外墙修缮的楼栋', value: 57, unit: '栋' },
    { id: 'checks', group: '产出', topic: '核查', name: '入户核查', value: 9420, unit: '户' },
    { id: 'evicted', group: '产出', topic: '核查', name: '清退违规占用', value: 87, unit: '户' },
    { id: 'sat', group: '满意度', name: '租户满意度', value: 95.6, unit: '%' },
  ],
  problems: [
    { id: 'platform', text: '智慧管理平台运维资金结余偏多', cause: '平台升级招标延至12月，部分合同款未支付', measure: '提前启动采购，按合同节点支付' },
    { id: 'checks', text: '入户核查未完成年度目标', cause: '部分租户长期外出', measure: '预约核查并借助网格员' },
  ],
};
const header = `# 2024年度蕖安市公共租赁住房运营管理补助资金（项目支出）的数据，bulk-zo 01 号。全部虚构。金额单位：万元。`;
const relations = [
  { type: 'sum', m: ['act', 'p0a', 'p1a', 'p2a', 'p3a'] },
  { type: 'sum', m: ['tot', 'p0t', 'p1t', 'p2t', 'p3t'] },
  { type: 'ratio', m: ['rate', 'act', 'tot'] },
  { type: 'diff', m: ['bal', 'tot', 'act'] },
  { type: 'sum', m: ['p0a', 'it1', 'it2', 'it3'] },
  { type: 'sum', m: ['tot', 'ini', 'add'] },
  { type: 'same', m: ['act', 'act2'] },
];
const body = `# 2024年度蕖安市公共租赁住房运营管理补助资金绩效自评报告

填报单位：蕖安市住房保障服务中心　　主管部门：蕖安市住房和城乡建设局

## 一、项目基本情况

### （一）项目概况

中心承担市本级直管公租房的日常运营。截至2024.12.31，直管公租房{{12,486=A('units')}}套（含人才公寓{{416=A('talent')}}套），分布在{{23=A('estates')}}个小区，在保家庭{{11,932=A('families')}}户，覆盖{{3=A('people')/10000|cmp:ge}}万余人。这笔补助资金主要花在四件事上：房屋维修养护、物业服务补贴、智慧管理平台运维、租户服务及入户核查。

### （二）绩效目标

年初设定的目标是：管住管好直管房源，全年新增配租不少于{{1200=num(I(1).target)}}套，报修办结率保持在{{98=num(I(3).target)}}%以上，租户满意度不低于{{90=num(I(7).target)}}%。

## 二、资金投入和使用情况

年初预算{{1,860.00=d.budget.initial|#ini}}万元。7月市里将新接管的两个配租小区移交中心，追加维修和物业补贴{{146.50=d.budget.adjustments[0].amount|#add}}万元，全年预算调为{{2,006.50=d.budget.total}}万元。全年实际支出{{1,957.38=d.budget.actual|#act2}}万元，执行率{{97.55=R()|#rate}}%，结余{{49.12=d.budget.carryover|#bal}}万元，主要是平台运维合同尾款未到支付节点。

表1　分项目资金执行情况（万元）

| 子项目 | 年初预算 | 全年预算 | 实际支出 | 结余 |
|---|---:|---:|---:|---:|
| 房屋维修养护 | {{720.00=P(0).initial}} | {{806.50=P(0).total|#p0t}} | {{792.16=P(0).actual|#p0a}} | {{14.34=P(0).carryover}} |
| 物业服务补贴 | {{840.00=P(1).initial}} | {{900.00=P(1).total|#p1t}} | {{886.40=P(1).actual|#p1a|a:868.40~md 子项目表“物业服务补贴”实际支出（四项之和 1,957.38、执行率 97.55% 对不上）}} | {{13.60=P(1).carryover}} |
| 智慧管理平台运维 | {{180.00=P(2).initial}} | {{180.00=P(2).total|#p2t}} | {{161.52=P(2).actual|#p2a}} | {{18.48=P(2).carryover}} |
| 租户服务及入户核查 | {{120.00=P(3).initial}} | {{120.00=P(3).total|#p3t}} | {{117.30=P(3).actual|#p3a}} | {{2.70=P(3).carryover}} |
| 合计 | {{1,860.00=d.budget.initial}} | {{2,006.50=d.budget.total|#tot}} | {{1,957.38=d.budget.actual|#act}} | {{49.12=d.budget.carryover}} |

房屋维修养护支出中，屋面防水和外墙修缮{{436.80=P(0).items[0].amount|#it1}}万元（含{{57=A('roofs')}}栋楼），电梯维保{{218.36=P(0).items[1].amount|#it2}}万元（含{{164=A('elevators')|b:146~电梯数量（部），正文只出现一次}}部电梯的年度维保），零星维修{{137.00=P(0).items[2].amount|#it3}}万元。维修工程按编号SZ-[[2024|编号中的年份]]-[[018|工程编号]]起逐项建档，完工后由租户代表签字验收。

## 三、绩效目标完成情况

表2　主要绩效指标完成情况

| 指标 | 单位 | 目标值 | 实际值 |
|---|---|---:|---:|
| 公租房运营管理套数 | 套 | ≥{{12000=num(I(0).target)}} | {{12486=num(I(0).actual)}} |
| 新增配租套数 | 套 | ≥{{1200=num(I(1).target)}} | {{1218=num(I(1).actual)}} |
| 入户核查户数 | 户 | ≥{{9500=num(I(2).target)}} | {{9420=num(I(2).actual)}} |
| 报修办结率 | % | ≥{{98=num(I(3).target)}} | {{98.46=num(I(3).actual)}} |
| 报修平均响应时间 | 小时 | ≤{{24=num(I(4).target)}} | {{18=num(I(4).actual)}} |
| 在保家庭户数 | 户 | ≥{{11500=num(I(5).target)}} | {{11932=num(I(5).actual)}} |
| 公租房空置率 | % | ≤{{3=num(I(6).target)}} | {{2.6=num(I(6).actual)}} |
| 租户满意度 | % | ≥{{90=num(I(7).target)}} | {{95.6=num(I(7).actual)}} |

全年受理报修{{8,746=A('repairs')|#rep}}件，办结{{8,611=A('done')|#don}}件，办结率{{98.46=pct(A('done'),A('repairs'))|#dr}}%；报修电话[[0871-6633-5120|电话号码]]工作日9:00-17:00有人值守，夜间转维修班组值班手机。新增配租{{1,218=A('newalloc')}}套，在保家庭中新市民和青年人超过{{半数=A('youth')|cn:50|cmp:ge}}。入户核查{{9,420=A('checks')}}户，清退违规占用{{87=A('evicted')}}户。

## 四、自评得分

按市财政局《关于开展2024年度项目支出绩效自评工作的通知》（蕖财绩〔2025〕3号）的评分办法，本项目自评得分{{99.68=S()}}分，等级为优。预算执行率得{{9.76=d.budgetRate.score}}分（满分{{10=d.budgetRate.weight}}分）；入户核查户数完成{{99.16=pct(num(I(2).actual),num(I(2).target))}}%，得{{9.92=I(2).score}}分，其余指标均得满分。

## 五、存在的问题和改进措施

一是智慧管理平台运维结余偏多。平台升级招标拖到12月才定标，合同款有一部分没到付款节点。今后提前启动采购，严格按合同节点付款。

二是入户核查没完成年度目标。部分租户常年在外务工，上门几次都没遇到人。下一步改为预约核查，同时请社区网格员帮忙补查。
`;
module.exports = { id: '01', slug: 'gongzufang', format: 'md', kind: 'project', level: '市', unit: '蕖安市住房保障服务中心', project: data.meta.project,
  sector: '公共租赁住房运营管理', styles: ['单位列指标表（指标|单位|目标值|实际值，单元格不带单位）', '括号中的“含”', '约数：3万余人、超过半数', '编号SZ-2024-018、电话、9:00-17:00'],
  data, header, relations, body };
