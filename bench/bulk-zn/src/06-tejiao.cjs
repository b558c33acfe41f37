'use strict';
// 06 蘅皋市特殊教育学校（部门整体，市级，txt）
module.exports = {
  id: '06', slug: 'tejiao', format: 'txt', level: '市',
  sector: '特殊教育学校',
  styles: ['标题里的数字（二、预算执行率98.21%，全年支出2,467.53万元）', '执行率写成汉字“九成八”', '千元表（19,382.70千元 = 1,938.27万元）', '增减额带 +/- 号', '段内①②③编号'],
  notes: ['千元表中人员经费、公用经费的上年数数据没有，表中写“—”', '“九成八”登记为汉字数字（cn），取整后与 98.21% 比较'],
  header: `2024年度蘅皋市特殊教育学校部门整体支出绩效自评的数据。金额单位：万元（报告中的支出对比表以千元列示）。单位和数字均为虚构（bulk-zn）。
年初 2415.6 + 追加 96.8 = 全年 2512.4 = 基本支出预算 1950 + 项目支出预算 562.4；执行 2467.53 = 基本 1938.27 + 项目 529.26。`,
  data: {
    kind: 'department',
    version: 2,
    meta: { year: 2024, unit: '蘅皋市特殊教育学校', shortName: '市特教学校', title: '蘅皋市特殊教育学校2024年度部门整体支出绩效自评报告', thousands: true },
    staffing: { authorized: 112, actual: 104, controlRate: 92.86 },
    background: {
      functions: ['视障、听障、智障等残疾儿童少年的学前、义务和高中阶段教育', '送教上门和康复训练', '全市融合教育资源中心的业务指导'],
      organization: ['办公室', '教务处', '康复部', '学生发展处', '总务处'],
    },
    budget: {
      initial: 2415.6,
      adjustments: [{ type: '追加', amount: 96.8, reason: '教学康复设备购置' }],
      total: 2512.4, actual: 2467.53, carryover: 44.87,
      sources: { current: { initial: 2415.6, total: 2512.4, actual: 2467.53 } },
    },
    basicExpense: { total: 1938.27, personnel: 1706.35, publicUse: 231.92, budget: 1950, prior: 1872.14, changeRate: 3.53, reason: '教师绩效工资调整' },
    projectExpense: { total: 529.26, budget: 562.4, prior: 498.63, changeRate: 6.14, reason: '追加康复设备购置' },
    projects: [
      { name: '送教上门及康复训练', total: 186, actual: 178.42 },
      { name: '融合教育资源中心运行', total: 142.4, actual: 136.85 },
      { name: '教学康复设备购置', total: 158, actual: 151.39 },
      { name: '教师专业培训', total: 76, actual: 62.6 },
    ],
    threePublic: {
      vehicle: { prior: 3.42, budget: 3.6, actual: 3.58, changeRate: 4.68, reason: '两辆学生接送专用车辆大修' },
      vehicleOperation: { prior: 3.42, budget: 3.6, actual: 3.58 },
      reception: { prior: 0.86, budget: 1, actual: 0.74, changeRate: -13.95 },
      total: { prior: 4.28, budget: 4.6, actual: 4.32 },
    },
    budgetRate: { weight: 10, score: 9.82 },
    scoreSummary: { weightTotal: 100, scoreTotal: 99.15, grade: '优' },
    goals: { expected: ['保障残疾儿童少年接受适合的教育和康复'] },
    indicators: [
      { level1: '产出指标', level2: '数量指标', name: '在校学生', target: '420人', actual: '436人', weight: 10, score: 10 },
      { level1: '产出指标', level2: '数量指标', name: '送教上门服务学生', target: '150人', actual: '158人', weight: 10, score: 10 },
      { level1: '产出指标', level2: '质量指标', name: '残疾儿童少年入学安置率', target: '≥97%', actual: '98.6%', weight: 10, score: 10 },
      { level1: '产出指标', level2: '质量指标', name: '教师持证上岗率', target: '100%', actual: '100%', weight: 10, score: 10 },
      { level1: '产出指标', level2: '时效指标', name: '康复评估按期完成', target: '按时完成', actual: '按时完成', weight: 10, score: 10, band: '达成' },
      {
        level1: '效益指标', level2: '社会效益指标', name: '毕业生就业或托养安置率', target: '85%', actual: '81.2%', weight: 15, score: 14.33,
        deviation: { reason: '部分重度残疾毕业生家庭未接受托养安置', measure: '与残联和民政部门对接，扩大托养机构承接能力' },
      },
      { level1: '效益指标', level2: '可持续影响指标', name: '融合教育指导覆盖学校', target: '30所', actual: '32所', weight: 15, score: 15 },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '家长满意度', target: '≥95%', actual: '97.8%', weight: 10, score: 10 },
    ],
    achievements: [
      { id: 'home_visits', group: '履职效能', topic: '送教和康复', name: '送教上门', value: 3160, unit: '人次' },
      { id: 'rehab', group: '履职效能', topic: '送教和康复', name: '康复训练', value: 12480, unit: '课时' },
      { id: 'medals', group: '社会效应', topic: '学生成长', name: '学生在省级残疾人运动会和特奥会获得奖牌', value: 27, unit: '枚' },
    ],
    problems: [
      { id: 'placement', text: '重度残疾毕业生安置难', cause: '托养机构承接能力不足', measure: '与残联和民政部门对接扩大托养' },
      { id: 'training', text: '教师培训经费执行偏低', cause: '一期跨省培训取消', measure: '改为线上线下结合的校本培训' },
    ],
  },
  rel: [
    { type: 'sum', parts: ['kp', 'ku'], total: 'kb' },
  ],
  body: `蘅皋市特殊教育学校2024年度部门整体支出绩效自评报告

一、学校基本情况

蘅皋市特殊教育学校是市教育局所属公益一类事业单位，承担视障、听障、智障等残疾儿童少年的学前、义务和高中阶段教育，负责送教上门和康复训练，并对全市融合教育资源中心进行业务指导。学校设办公室、教务处、康复部、学生发展处、总务处五个部门，核定编制{{112=d.staffing.authorized}}名，年末在职教职工{{104=d.staffing.actual}}人，人员控制率{{92.86=d.staffing.controlRate}}%。

二、预算执行率{{98.21=R()}}%，全年支出{{2,467.53=d.budget.actual}}万元

（一）预算收支

2024年年初预算{{2,415.60=d.budget.initial}}万元，年中市财政追加教学康复设备购置经费{{96.80=d.budget.adjustments[0].amount}}万元，全年预算{{2,512.40=d.budget.total}}万元。全年支出{{2,467.53=d.budget.actual}}万元，结余{{44.87=d.budget.carryover}}万元，预算执行率达{{九成八=R()|cn}}。其中基本支出{{1,938.27=d.basicExpense.total}}万元，项目支出{{529.26=d.projectExpense.total}}万元。

（二）支出结构对比

单位：千元

项目              上年决算     本年预算     本年决算     增减额     增减率
基本支出        {{18,721.40=d.basicExpense.prior*10}}    {{19,500.00=d.basicExpense.budget*10}}    {{19,382.70=d.basicExpense.total*10|#kb}}    {{+661.30=(d.basicExpense.total-d.basicExpense.prior)*10}}    {{+3.53=d.basicExpense.changeRate}}%
  其中：人员经费        —            —       {{17,063.50=d.basicExpense.personnel*10|#kp}}        —          —
        公用经费        —            —        {{2,319.20=d.basicExpense.publicUse*10|#ku|a:2,391.20~千元表“公用经费”（人员经费 17,063.50 + 公用经费 ≠ 基本支出 19,382.70）}}        —          —
项目支出         {{4,986.30=d.projectExpense.prior*10}}     {{5,624.00=d.projectExpense.budget*10}}     {{5,292.60=d.projectExpense.total*10}}    {{+306.30=(d.projectExpense.total-d.projectExpense.prior)*10}}    {{+6.14=d.projectExpense.changeRate}}%
合计            {{23,707.70=(d.basicExpense.prior+d.projectExpense.prior)*10}}    {{25,124.00=d.budget.total*10}}    {{24,675.30=d.budget.actual*10}}    {{+967.60=(d.budget.actual-d.basicExpense.prior-d.projectExpense.prior)*10}}    {{+4.08=chg(d.budget.actual,d.basicExpense.prior+d.projectExpense.prior)}}%

基本支出增长主要是教师绩效工资按政策调整；项目支出增长主要是追加了教学康复设备购置经费。

（三）项目支出

四个项目全年预算{{562.40=d.projectExpense.budget}}万元，支出{{529.26=d.projectExpense.total}}万元。送教上门及康复训练支出{{178.42=P(0).actual}}万元，执行率{{95.92=pct(P(0).actual,P(0).total)}}%；融合教育资源中心运行支出{{136.85=P(1).actual}}万元，执行率{{96.10=pct(P(1).actual,P(1).total)}}%；教学康复设备购置支出{{151.39=P(2).actual}}万元，执行率{{95.82=pct(P(2).actual,P(2).total)}}%；教师专业培训支出{{62.60=P(3).actual}}万元，执行率只有{{82.37=pct(P(3).actual,P(3).total)}}%，主要是原定的一期跨省培训因承办方调整而取消。

（四）“三公”经费

“三公”经费支出{{4.32=T('total').actual}}万元，比上年增加{{0.04=T('total').actual-T('total').prior}}万元。公务接待费{{0.74=T('reception').actual}}万元，较上年增减{{-0.12=T('reception').actual-T('reception').prior}}万元（{{-13.95=chg(T('reception').actual,T('reception').prior)}}%）；公务用车运行维护费{{3.58=T('vehicle').actual}}万元，较上年增减{{+0.16=T('vehicle').actual-T('vehicle').prior}}万元（{{+4.68=chg(T('vehicle').actual,T('vehicle').prior)}}%），是两辆学生接送专用车辆当年大修所致，仍在预算{{3.60=T('vehicle').budget}}万元以内。

三、绩效目标完成情况

全年主要做了三方面工作：①办好校内教育，在校学生{{436=num(I(0).actual)}}人，比计划多{{16=num(I(0).actual)-num(I(0).target)}}人，残疾儿童少年入学安置率{{98.6=num(I(2).actual)}}%；②做实送教上门，为{{158=num(I(1).actual)}}名不能到校的重度残疾学生送教上门{{3,160=A('home_visits')}}人次，开展康复训练{{12,480=A('rehab')}}课时；③发挥资源中心作用，融合教育指导覆盖{{32=num(I(6).actual)}}所普通学校。学生在省级残疾人运动会和特奥会上获得奖牌{{27=A('medals')|b:72~学生获得奖牌枚数}}枚。教师持证上岗率{{100=num(I(3).actual)}}%，家长满意度{{97.8=num(I(7).actual)}}%。

毕业生就业或托养安置率为{{81.2=num(I(5).actual)}}%，没有达到{{85=num(I(5).target)}}%的目标，按{{81.2=num(I(5).actual)}}/{{85=num(I(5).target)}}折算得{{14.33=I(5).score}}分。

四、自评结论

绩效指标自评情况：
预算执行率　　　　分值{{10=d.budgetRate.weight}}　得分{{9.82=d.budgetRate.score}}
在校学生　　　　　分值{{10=I(0).weight}}　得分{{10=I(0).score}}
送教上门服务学生　分值{{10=I(1).weight}}　得分{{10=I(1).score}}
入学安置率　　　　分值{{10=I(2).weight}}　得分{{10=I(2).score}}
教师持证上岗率　　分值{{10=I(3).weight}}　得分{{10=I(3).score}}
康复评估按期完成　分值{{10=I(4).weight}}　得分{{10=I(4).score}}
毕业生安置率　　　分值{{15=I(5).weight}}　得分{{14.33=I(5).score}}
融合教育指导覆盖　分值{{15=I(6).weight}}　得分{{15=I(6).score}}
家长满意度　　　　分值{{10=I(7).weight}}　得分{{10=I(7).score}}
合计　　　　　　　分值{{100=W()}}　得分{{99.15=S()}}

学校2024年度部门整体支出绩效自评得分{{99.15=S()}}分，等级为“优”。

五、存在的问题和改进措施

（一）重度残疾毕业生安置难。托养机构承接能力不足，部分家庭只能把孩子接回家中照料。下一步主动与残联、民政部门对接，推动扩大托养机构承接能力。

（二）教师培训经费执行偏低。跨省培训取消后没有及时调整计划。今后改为线上线下结合的校本培训，年中发现进度偏慢时及时调整。
`,
};
