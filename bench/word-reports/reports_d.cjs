'use strict';
const { Rep } = require('./report.cjs');
const B = require('./builders.cjs');

// 16 ---------------------------------------------------------------------------
function r16() {
  const R = new Rep('16', 'nanping-shijian', 'department', '南屏县市场监督管理局2024年度部门整体支出绩效自评报告', 'song12',
    { features: ['long 基本支出 table (人员经费/公用经费 with 其中 items) that breaks across a page with a repeated header row', 'table 12pt', 'unit caption line'] });
  const rows = [
    { label: '基本支出合计', kids: [1, 9], b: true, al: 'center' },
    { label: '一、人员经费', kids: [2, 3, 4, 5, 6, 7, 8], b: true, sumName: '人员经费' },
    { label: '    基本工资', vals: ['412.56', '410.88'] },
    { label: '    津贴补贴', vals: ['318.40', '322.15'] },
    { label: '    奖金', vals: ['96.20', '94.70'] },
    { label: '    机关事业单位基本养老保险缴费', vals: ['128.35', '127.96'] },
    { label: '    职业年金缴费', vals: ['51.34', '51.18'] },
    { label: '    职工基本医疗保险缴费', vals: ['62.80', '61.95'] },
    { label: '    住房公积金', vals: ['96.27', '95.84'] },
    { label: '二、公用经费', kids: [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22], b: true, sumName: '公用经费' },
    { label: '    办公费', vals: ['28.50', '26.84'] },
    { label: '    印刷费', vals: ['6.00', '5.42'] },
    { label: '    水费', vals: ['3.20', '3.05'] },
    { label: '    电费', vals: ['12.60', '13.18'] },
    { label: '    邮电费', vals: ['4.80', '4.36'] },
    { label: '    物业管理费', vals: ['18.00', '18.00'] },
    { label: '    差旅费', vals: ['22.00', '19.47'] },
    { label: '    维修（护）费', vals: ['8.50', '7.92'] },
    { label: '    会议费', vals: ['3.00', '2.15'] },
    { label: '    培训费', vals: ['5.50', '4.86'] },
    { label: '    公务接待费', vals: ['2.80', '2.31'] },
    { label: '    工会经费', vals: ['14.60', '14.52'] },
    { label: '    公务用车运行维护费', vals: ['9.60', '8.96'] },
  ];
  const T = R.add(B.amountTable({
    heads: ['项目', '2024年预算数', '2024年决算数'], rows, repeat: true, boldHead: true,
    widths: [4400, 2200, 2200], size: 24, caption: '表1  2024年度基本支出预算及决算情况', unitLine: '单位：万元', rowH: 440,
  }, R.next));
  R.h1('一、部门基本情况');
  R.p`南屏县市场监督管理局是县政府工作部门，负责全县市场主体登记、食品药品安全监管、特种设备安全监察、知识产权保护和价格监督检查等工作。局机关内设股室10个，设基层市场监管所9个。`;
  R.p`2024年末在职人员126人，退休人员58人。`;
  R.h1('二、基本支出情况');
  R.p`2024年本部门基本支出预算${R.f(0, T.rows[0], 1)}万元，决算${R.f(0, T.rows[0], 2)}万元。其中人员经费决算${R.f(0, T.rows[1], 2)}万元，主要用于在职人员工资福利和社会保障缴费；公用经费决算${R.f(0, T.rows[9], 2)}万元，主要用于机关及市场监管所日常运转。`;
  const red = R.lit('8.06');
  R.p`公用经费决算比预算减少${red}万元，主要是严格执行过紧日子要求，压减会议、培训和差旅开支。`;
  R.rel({ k: 'lin', target: red.ref, terms: [[1, [0, T.rows[9], 1]], [-1, [0, T.rows[9], 2]]], desc: '公用经费减少额=预算−决算（正文）' });
  R.p`基本支出明细见表1。`;
  R.table(0);
  R.h1('三、部门整体绩效情况');
  R.p`全年新登记各类市场主体5,816户；完成食品安全监督抽检2,140批次，问题食品核查处置率100%；检验特种设备1,932台（套）；查办各类违法案件187件。全县未发生区域性、系统性食品药品安全事件。`;
  R.h1('四、存在的问题');
  R.p`基层市场监管所执法装备老化，快检设备数量不足；部分公用经费支出标准与基层所实际运转需求不匹配。`;
  R.h1('五、改进措施');
  R.p`分年度更新基层所执法装备，将快检设备配置纳入2025年部门预算；根据基层所人员和辖区市场主体数量核定公用经费标准。`;
  R.sign('南屏县市场监督管理局'); R.sign('2025年3月20日');
  R.bad(0, T.rows[16], 2, '17.49', '公用经费=其中各项之和（2024年决算数）');
  return R;
}

// 17 ---------------------------------------------------------------------------
function r17() {
  const R = new Rep('17', 'songling-yingji', 'project', '松岭县应急管理局2024年度应急物资储备项目支出绩效自评报告', 'fs15',
    { features: ['landscape section holding two tables: the 自评表 and a sub-item execution table', 'cost indicator with ≤ target (元/顶)', 'cross-table: sub-item 合计 = 当年财政拨款 全年预算数/全年执行数', 'prose section after the landscape tables (back to portrait)'] });
  const P = R.add(B.projTable({
    name: '2024年度县级应急物资储备', dept: '松岭县应急管理局', impl: '松岭县应急物资储备中心',
    unitInHeader: true,
    fund: { order: 'total-first', blank: '—', rows: [
      { label: '其中：当年财政拨款', init: '420.00', full: '436.50', exec: '428.14' },
      { label: '上年结转资金', init: null, full: null, exec: null },
      { label: '其他资金', init: null, full: null, exec: null }] },
    goal: { plan: '储备帐篷、棉被、折叠床等救灾物资20类以上，可保障1万名受灾群众基本生活，灾后12小时内调拨到位。', done: '储备救灾物资22类，可保障1.2万名受灾群众基本生活，汛期2次调拨均在8小时内到位。' },
    inds: [
      { l1: '产出指标', l2: '数量指标', l3: '储备救灾物资品种', target: '≥20类', actual: '22类', points: '10', dir: 'ge' },
      { l1: '产出指标', l2: '数量指标', l3: '可保障受灾群众人数', target: '≥1万人', actual: '1.2万人', points: '10', dir: 'ge' },
      { l1: '产出指标', l2: '质量指标', l3: '物资入库验收合格率', target: '100%', actual: '100%', points: '10', dir: 'ge' },
      { l1: '产出指标', l2: '时效指标', l3: '灾后物资调拨到位时间', target: '≤12小时', actual: '8小时', points: '10', dir: 'le' },
      { l1: '产出指标', l2: '成本指标', l3: '帐篷采购单价', target: '≤1,200元/顶', actual: '1,150元/顶', points: '10', dir: 'le' },
      { l1: '效益指标', l2: '社会效益指标', l3: '受灾群众基本生活保障率', target: '100%', actual: '100%', points: '15', dir: 'ge' },
      { l1: '效益指标', l2: '可持续影响指标', l3: '物资储备管理制度', target: '健全', actual: '健全', points: '15', dir: 'qual' },
      { l1: '满意度指标', l2: '服务对象满意度指标', l3: '受灾群众满意度', target: '≥90%', actual: '95%', points: '10', dir: 'ge' },
    ],
    widths: [700, 1300, 1500, 2700, 1500, 1500, 900, 1100, 3000], size: 22,
    caption: '表1  2024年度项目支出绩效自评表',
  }, R.next));
  const E = R.add(B.execTable({
    cols: ['name', 'full', 'exec', 'rate', 'note'], heads: { name: '支出内容', full: '全年预算数（万元）', exec: '全年执行数（万元）', note: '说明' },
    items: [
      { name: '应急救灾物资采购', full: '268.00', exec: '264.85', note: '帐篷、棉被、折叠床、应急照明等' },
      { name: '物资仓库租赁及管理', full: '72.50', exec: '72.50' },
      { name: '物资轮换及报废处置', full: '38.00', exec: '35.36', note: '部分食品类物资轮换结转至2025年' },
      { name: '应急物资信息化管理系统运维', full: '28.00', exec: '27.63' },
      { name: '应急演练及物资调拨培训', full: '30.00', exec: '27.80' },
    ], totalPos: 'bottom', widths: [4200, 2300, 2300, 1600, 3800], size: 22, caption: '表2  项目分项支出情况',
  }, R.next));
  R.rel({ k: 'eq', a: [1, E.total, 1], b: [0, P.fundSub[0], 4], desc: '分项合计全年预算=当年财政拨款全年预算数' });
  R.rel({ k: 'eq', a: [1, E.total, 2], b: [0, P.fundSub[0], 5], desc: '分项合计全年执行=当年财政拨款全年执行数' });
  R.h1('一、项目概况');
  R.p`县级应急物资储备项目用于采购、储存、轮换和调拨救灾物资，保障自然灾害发生后受灾群众的基本生活。项目由县应急管理局主管，县应急物资储备中心负责日常管理。`;
  R.h1('二、资金投入及使用情况');
  R.p`2024年项目年初预算${R.f(0, P.fundTotal, 3)}万元，全年预算${R.f(0, P.fundTotal, 4)}万元，全年执行${R.f(0, P.fundTotal, 5)}万元，执行率${R.f(0, P.fundTotal, 7)}。分项支出情况见表2。`;
  R.section('landscape');
  R.table(0); R.table(1);
  R.section('portrait');
  R.h1('三、绩效目标完成情况');
  R.p`全年储备救灾物资${R.f(0, P.indRows[0], 5, { first: true })}类，可保障${R.f(0, P.indRows[1], 5, { first: true })}万名受灾群众基本生活。汛期先后2次向受灾乡镇调拨物资，均在${R.f(0, P.indRows[3], 5, { first: true })}小时内到位。`;
  R.h1('四、存在的问题');
  R.p`一是物资储备仓库为租赁用房，面积不足，部分物资露天苫盖存放；二是食品类物资保质期短，轮换处置渠道有限。`;
  R.h1('五、改进措施');
  R.p`推进县级应急物资储备库新建项目前期工作；与商超企业签订协议储备，实行实物储备与协议储备相结合。项目自评得分${R.f(0, P.total, 7)}分，等级为“${R.gradeOf(0, P.total, 7)}”。`;
  R.bad(0, P.indRows[4], 5, '1,250元/顶', '指标得分与年度指标值/实际完成值不符（帐篷采购单价）');
  return R;
}

// 18 ---------------------------------------------------------------------------
function r18() {
  const R = new Rep('18', 'anlan-jiaotong', 'department', '安澜市交通运输局2024年度部门整体支出绩效自评报告', 'gw',
    { features: ['last year vs this year table in 元 with thousands separators and signed 增减额 (+/-)', 'standalone rows (会议费, 培训费) below nested groups', 'a 增减率 shown as — where last year is zero', 'table 10.5pt'] });
  const Y = R.add(B.yoyTable({
    heads: ['项目', '2023年决算数（元）', '2024年决算数（元）', '增减额（元）', '增减率'], plus: true, commas: true,
    rows: [
      { label: '支出合计', kids: [1, 4], b: true },
      { label: '一、基本支出', kids: [2, 3] },
      { label: '    其中：人员经费', prev: '8463215.40', cur: '8702390.16' },
      { label: '          公用经费', prev: '1086450.25', cur: '1012876.38' },
      { label: '二、项目支出', prev: '26350800.00', cur: '31206455.72' },
      { label: '三公经费', kids: [6, 7, 8], b: true },
      { label: '    其中：公务接待费', prev: '36840.00', cur: '28615.00' },
      { label: '          公务用车购置及运行维护费', prev: '186300.00', cur: '172480.50' },
      { label: '          因公出国（境）费', prev: '0', cur: '0' },
      { label: '会议费', prev: '42600.00', cur: '35150.00' },
      { label: '培训费', prev: '118750.00', cur: '96420.00' },
    ],
    widths: [2900, 1650, 1650, 1550, 1094], size: 21, caption: '2023—2024年度支出决算对比表',
  }, R.next));
  const row = i => Y.rows[i];
  R.h1('一、部门基本情况');
  R.p`安澜市交通运输局负责全市公路、水路交通运输行业管理，统筹城乡客运、农村公路建设养护和交通运输安全生产监管。机关内设科室8个，下属市公路事务中心、市交通运输综合行政执法支队等单位。`;
  R.h1('二、部门支出情况');
  R.p`2024年本部门支出合计${R.f(0, row(0), 2)}元，较上年增长${R.f(0, row(0), 4)}。基本支出${R.f(0, row(1), 2)}元，较上年增加${R.f(0, row(1), 3, { fmt: x => x.replace('+', '') })}元；项目支出${R.f(0, row(4), 2)}元，增长${R.f(0, row(4), 4)}，主要是国省道大中修工程投入增加。`;
  R.p`三公经费${R.f(0, row(5), 2)}元，较上年减少${R.f(0, row(5), 3, { fmt: x => x.replace('-', ''), neg: true })}元，下降${R.f(0, row(5), 4, { fmt: x => x.replace('-', ''), neg: true })}。会议费、培训费均较上年有所下降。`;
  R.table(0);
  R.h1('三、绩效情况');
  R.p`全年完成国省道大中修76公里，新改建农村公路138公里，城乡客运一体化发展水平达到5A级；全市交通运输行业未发生较大及以上生产安全事故。`;
  R.h1('四、存在的问题及改进措施');
  R.p`项目支出增幅较大，部分工程项目预算编制依据不足。下一步将完善工程项目预算评审，把项目绩效目标与预算同步编报、同步审核。`;
  R.sign('安澜市交通运输局'); R.sign('2025年4月');
  R.bad(0, row(10), 3, '-23,330.00', '增减额=本年−上年（培训费）');
  return R;
}

// 19 ---------------------------------------------------------------------------
function r19() {
  const R = new Rep('19', 'tongjiang-xueqian', 'project', '桐江县教育局2024年度学前教育发展专项资金绩效自评报告', 'fs15',
    { features: ['self-evaluation split into two tables: 资金 table (9-col) and a long indicator table (24 indicators) that breaks across pages with a repeating header row', '当年财政拨款 row shows its own 执行率', 'cross-table 总分 (fund score from table 1 + indicator scores in table 2)', 'table 12pt', 'target text with units like 元/生·年, 元/㎡'] });
  const P = R.add(B.projTable({
    name: '2024年学前教育发展专项资金', dept: '桐江县教育局', impl: '桐江县教育局、各公办幼儿园',
    commas: true, split: true,
    fund: { order: 'total-first', blank: '—', rows: [
      { label: '其中：当年财政拨款', init: '1580.00', full: '1742.60', exec: '1703.95', rate: true },
      { label: '上年结转资金', init: null, full: '96.40', exec: '96.40' },
      { label: '其他资金', init: null, full: null, exec: null }] },
    goal: { plan: '新建（改扩建）公办幼儿园4所，新增公办学位1080个以上，学前三年毛入园率达到92%以上，普惠性幼儿园覆盖率达到88%以上。', done: '建成公办幼儿园4所，新增公办学位1120个，学前三年毛入园率93.6%，普惠性幼儿园覆盖率90.3%。' },
    inds: [
      { l1: '产出指标', l2: '数量指标', l3: '新建（改扩建）公办幼儿园', target: '4所', actual: '4所', points: '4', dir: 'ge' },
      { l1: '产出指标', l2: '数量指标', l3: '新增公办学位', target: '≥1,080个', actual: '1,120个', points: '4', dir: 'ge' },
      { l1: '产出指标', l2: '数量指标', l3: '认定普惠性民办幼儿园', target: '≥12所', actual: '13所', points: '3', dir: 'ge' },
      { l1: '产出指标', l2: '数量指标', l3: '学前教育资助幼儿人次', target: '≥2,600人次', actual: '2,684人次', points: '4', dir: 'ge' },
      { l1: '产出指标', l2: '数量指标', l3: '幼儿园教师培训人次', target: '≥800人次', actual: '826人次', points: '3', dir: 'ge' },
      { l1: '产出指标', l2: '数量指标', l3: '配备玩教具幼儿园数', target: '30所', actual: '30所', points: '3', dir: 'ge' },
      { l1: '产出指标', l2: '质量指标', l3: '新建园舍竣工验收合格率', target: '100%', actual: '100%', points: '4', dir: 'ge' },
      { l1: '产出指标', l2: '质量指标', l3: '幼儿园保教质量评估达标率', target: '≥90%', actual: '88.5%', points: '4', dir: 'ge', dev: '3所农村幼儿园户外活动场地不达标。2025年安排场地改造资金，限期整改。' },
      { l1: '产出指标', l2: '质量指标', l3: '专任教师持证上岗率', target: '≥95%', actual: '97.2%', points: '3', dir: 'ge' },
      { l1: '产出指标', l2: '质量指标', l3: '资助对象识别准确率', target: '100%', actual: '100%', points: '3', dir: 'ge' },
      { l1: '产出指标', l2: '时效指标', l3: '资助资金发放及时率', target: '100%', actual: '100%', points: '3', dir: 'ge' },
      { l1: '产出指标', l2: '时效指标', l3: '项目建设按期完成率', target: '100%', actual: '100%', points: '3', dir: 'ge' },
      { l1: '产出指标', l2: '成本指标', l3: '生均公用经费补助标准', target: '≥600元/生·年', actual: '600元/生·年', points: '4', dir: 'ge' },
      { l1: '产出指标', l2: '成本指标', l3: '新建园舍单位造价', target: '≤3,800元/㎡', actual: '3,650元/㎡', points: '5', dir: 'le' },
      { l1: '效益指标', l2: '社会效益指标', l3: '学前三年毛入园率', target: '≥92%', actual: '93.6%', points: '5', dir: 'ge' },
      { l1: '效益指标', l2: '社会效益指标', l3: '普惠性幼儿园覆盖率', target: '≥88%', actual: '90.3%', points: '5', dir: 'ge' },
      { l1: '效益指标', l2: '社会效益指标', l3: '公办园在园幼儿占比', target: '≥55%', actual: '56.8%', points: '4', dir: 'ge' },
      { l1: '效益指标', l2: '社会效益指标', l3: '家庭经济困难幼儿资助覆盖面', target: '应助尽助', actual: '应助尽助', points: '4', dir: 'qual' },
      { l1: '效益指标', l2: '可持续影响指标', l3: '学前教育经费保障机制', target: '健全', actual: '健全', points: '4', dir: 'qual' },
      { l1: '效益指标', l2: '可持续影响指标', l3: '幼儿园“小学化”倾向治理', target: '持续开展', actual: '持续开展', points: '4', dir: 'qual' },
      { l1: '效益指标', l2: '可持续影响指标', l3: '乡镇中心幼儿园辐射带动作用', target: '有效发挥', actual: '有效发挥', points: '4', dir: 'qual' },
      { l1: '满意度指标', l2: '服务对象满意度指标', l3: '幼儿家长满意度', target: '≥90%', actual: '94.7%', points: '4', dir: 'ge' },
      { l1: '满意度指标', l2: '服务对象满意度指标', l3: '幼儿园教师满意度', target: '≥85%', actual: '89.2%', points: '3', dir: 'ge' },
      { l1: '满意度指标', l2: '服务对象满意度指标', l3: '社会公众满意度', target: '≥85%', actual: '87%', points: '3', dir: 'ge' },
    ],
    widths: [600, 900, 900, 1500, 1100, 1100, 800, 900, 1044], widths2: [900, 1000, 1900, 1100, 1100, 560, 700, 1584], size: 24,
    caption: '表1  2024年度项目支出绩效自评表（资金及总体目标）', unitLine: '单位：万元', caption2: '表2  2024年度项目支出绩效自评表（绩效指标）',
  }, R.next));
  R.h1('一、项目基本情况');
  R.p`学前教育发展专项资金主要用于新建和改扩建公办幼儿园、认定扶持普惠性民办幼儿园、资助家庭经济困难幼儿和培训幼儿园教师。资金由县教育局统筹管理，按项目拨付至实施单位。`;
  R.h1('二、资金使用情况');
  R.p`2024年当年财政拨款全年预算${R.f(0, P.fundSub[0], 4)}万元，执行${R.f(0, P.fundSub[0], 5)}万元；上年结转资金${R.f(0, P.fundSub[1], 4)}万元，已全部执行。项目全年预算合计${R.f(0, P.fundTotal, 4)}万元，执行${R.f(0, P.fundTotal, 5)}万元，执行率${R.f(0, P.fundTotal, 7)}。`;
  R.table(0);
  R.h1('三、绩效目标完成情况');
  R.p`全年建成公办幼儿园${R.f(1, P.indRows[0], 4, { first: true })}所，新增公办学位${R.f(1, P.indRows[1], 4, { first: true })}个，学前三年毛入园率${R.f(1, P.indRows[14], 4)}，普惠性幼儿园覆盖率${R.f(1, P.indRows[15], 4)}。幼儿园保教质量评估达标率${R.f(1, P.indRows[7], 4)}，未达到年度目标，已按比例扣分。`;
  R.p`项目自评总分${R.f(1, P.total, 6)}分，评价等级为“${R.gradeOf(1, P.total, 6)}”，各项指标评分见表2。`;
  R.table(1);
  R.h1('四、存在的问题');
  R.p`一是农村幼儿园办园条件仍有短板，户外活动场地不足；二是幼儿园教师队伍稳定性不高，非在编教师流动较大。`;
  R.h1('五、改进措施');
  R.p`实施农村幼儿园办园条件改善工程，逐园制定整改清单；落实非在编幼儿园教师工资待遇保障政策，稳定教师队伍。`;
  R.bad(0, P.fundSub[0], 7, '98.78%', '执行率=全年执行数÷全年预算数（当年财政拨款）');
  return R;
}

// 20 ---------------------------------------------------------------------------
function r20() {
  const R = new Rep('20', 'jinshawan-chengguan', 'department', '金沙湾区城市管理局2024年度部门整体支出绩效自评报告', 'song14',
    { features: ['功能分类 table with a single 科目编码 column and names indented by level', '合计 at the TOP', 'two amount columns (全年预算数 | 决算数)', 'header repeats', '基础数据表'] });
  const F = R.add(B.funcTable({
    codeStyle: 'single', cols: ['全年预算数', '决算数'], totalPos: 'top', commas: true, indentNames: true,
    rows: [
      { code: '208', name: '社会保障和就业支出', lvl: 1 },
      { code: '20805', name: '行政事业单位养老支出', lvl: 2 },
      { code: '2080505', name: '机关事业单位基本养老保险缴费支出', lvl: 3, vals: ['72.36', '72.36'] },
      { code: '2080506', name: '机关事业单位职业年金缴费支出', lvl: 3, vals: ['28.94', '28.94'] },
      { code: '210', name: '卫生健康支出', lvl: 1 },
      { code: '21011', name: '行政事业单位医疗', lvl: 2 },
      { code: '2101101', name: '行政单位医疗', lvl: 3, vals: ['34.18', '34.18'] },
      { code: '212', name: '城乡社区支出', lvl: 1 },
      { code: '21201', name: '城乡社区管理事务', lvl: 2 },
      { code: '2120101', name: '行政运行', lvl: 3, vals: ['625.48', '618.30'] },
      { code: '2120104', name: '城管执法', lvl: 3, vals: ['410.00', '396.52'] },
      { code: '2120199', name: '其他城乡社区管理事务支出', lvl: 3, vals: ['88.60', '81.24'] },
      { code: '21203', name: '城乡社区公共设施', lvl: 2 },
      { code: '2120303', name: '小城镇基础设施建设', lvl: 3, vals: ['540.00', '512.78'] },
      { code: '2120399', name: '其他城乡社区公共设施支出', lvl: 3, vals: ['1320.00', '1236.45'] },
      { code: '21205', name: '城乡社区环境卫生', lvl: 2 },
      { code: '2120501', name: '城乡社区环境卫生', lvl: 3, vals: ['2860.00', '2795.63'] },
      { code: '221', name: '住房保障支出', lvl: 1 },
      { code: '22102', name: '住房改革支出', lvl: 2 },
      { code: '2210201', name: '住房公积金', lvl: 3, vals: ['54.27', '54.27'] },
    ],
    widths: [1300, 3506, 1700, 1800], size: 22, caption: '表1  2024年度支出预算执行情况表（按功能分类科目）', unitLine: '单位：万元',
  }, R.next));
  const A = R.add(B.baseTable({
    staff: { bz: '64', sy: '61', l2: '实有人数' }, years: ['2023年决算数', '2024年预算数', '2024年决算数'],
    rows: [
      { label: '三公经费', kids: [1, 2, 3], b: true },
      { label: '1.公务接待费', vals: ['1.86', '2.00', '1.45'] },
      { label: '2.公务用车购置及运行维护费', vals: ['24.60', '26.00', '23.84'] },
      { label: '3.因公出国（境）费', vals: ['0', '0', '0'] },
    ],
    widths: [2906, 1800, 1800, 1800], size: 22, caption: '表2  基础数据表',
  }, R.next));
  const fr = i => F.rows[i];
  R.h1('一、部门基本情况');
  R.p`金沙湾区城市管理局负责全区市容环境卫生、城市管理综合执法、市政设施维护和城乡环卫一体化等工作，核定编制${R.f(1, A.staff, 1)}名，实有${R.f(1, A.staff, 2)}人，另聘用协管人员146名。`;
  R.h1('二、部门预算执行情况');
  R.p`2024年本部门全年预算${R.f(0, F.total, 2)}万元。按功能分类，城乡社区支出全年预算${R.f(0, fr(7), 2)}万元，决算${R.f(0, fr(7), 3)}万元，其中城乡社区环境卫生决算${R.f(0, fr(15), 3)}万元，主要用于道路清扫保洁和生活垃圾清运。`;
  R.table(0);
  const sv = R.lit('2.71');
  R.p`三公经费决算${R.f(1, A.rows[0], 3)}万元，较预算节约${sv}万元。`;
  R.rel({ k: 'lin', target: sv.ref, terms: [[1, [1, A.rows[0], 2]], [-1, [1, A.rows[0], 3]]], desc: '三公经费节约额=预算−决算（正文）' });
  R.table(1);
  R.h1('三、绩效情况');
  R.p`全区道路机械化清扫率达到92%，生活垃圾无害化处理率100%；查处占道经营、违规设置户外广告等案件2,364起；新建和改造公厕18座。`;
  R.h1('四、存在的问题');
  R.p`城管执法项目部分经费年底才完成结算；小城镇基础设施建设项目受征拆影响，进度滞后。`;
  R.h1('五、改进措施');
  R.p`加强项目进度管理，对执行进度滞后的项目按季度通报；提前开展征拆协调，确保项目按计划实施。`;
  R.bad(0, F.total, 3, '5,380.67', '合计=各类级科目之和（决算数）');
  return R;
}

module.exports = { r16, r17, r18, r19, r20 };
