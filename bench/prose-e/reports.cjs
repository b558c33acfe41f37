'use strict';
// The 30 report definitions: unit, kind, level, seed, setting, and the single typo for bad/.
const project = require('./arch-project.cjs');
const dept = require('./arch-dept.cjs');
const transfer = require('./arch-transfer.cjs');
const TP = require('./themes-p.cjs');
const { dept: XD, transfer: XT } = require('./themes-d.cjs');
const A = (def) => Object.assign({ year: 2024 }, def);
const P = (file, unit, level, seed, theme, o, mut) => A(Object.assign({ file, build: project, kind: '项目支出', level, seed, unit, dept: unit, theme: TP[theme], mut }, o));
const Dp = (file, unit, level, seed, variant, x, o, mut) => A(Object.assign({ file, build: dept, kind: '部门整体支出', level, seed, unit, variant, x: XD[x], mut }, o));
const Tr = (file, level, seed, x, o, mut) => A(Object.assign({ file, build: transfer, kind: '专项资金/转移支付区域', level, seed, unit: XT[x].owner, x: XT[x], mut }, o));

module.exports = [
  A({ file: '01-qinglan-yinshui.md', build: project, kind: '项目支出', level: '县级', seed: 101, year: 2024,
    unit: '青岚县水利局', dept: '青岚县水利局', unitDesc: '是县政府工作部门，内设办公室、规划建设股、农村水利水电股等股室，负责全县水资源管理、水利工程建设与运行管理等工作。',
    notice: '《青岚县财政局关于做好2024年度预算绩效自评工作的通知》', docno: '青财绩〔2025〕3号', rule: '《青岚县农村饮水工程运行管理办法》',
    theme: { name: '农村饮水安全工程维修养护', scale: [600, 1200], src1: '县级财政拨款', src2: '上级补助资金',
      addReason: '汛期损毁管网抢修任务增加', background: '为巩固农村供水保障成果，解决部分老旧管网漏损、水厂设备老化等问题，县财政自2021年起设立本项目。',
      uses: ['供水管网维修改造', '水厂设备更新', '水质检测及运行补助'], payee: '各乡镇供水站', partial: '[[维修工程主要包括岩门乡、白沙镇、云栖乡等地的主管网更换，单项工程投资在20万元至80万元之间。::partial]]',
      growReason: '省级下达的农村供水保障补助增加', shrinkReason: '部分管网改造任务已于上年完成',
      q: { verb: '维修改造', obj: '农村供水管网', unit: '公里', plan: [60, 140], d: 2, extra: '[[累计惠及农村人口约4.6万人。::approx]]' },
      qual: { name: '集中供水工程水质检测合格率', target: 95, extra: '全年开展水质抽检，未发生饮水安全事件。' },
      timeTarget: '维修工程在当年11月底前完工', costTarget: '单位维修成本控制在批复概算内', satTarget: '受益群众满意度达到90%以上', satTargetShort: '达到年初设定的90%以上目标',
      timeText: '全部维修工程于11月下旬完工，较计划时间有所提前，[[个别山区工程受雨季影响延后约两周::approx]]。',
      costName: '每公里管网平均维修成本', costText: '[[低于上年同类工程约8%::approx]]，成本控制较好。',
      benefit1: '社会效益方面，项目实施后农村供水保证率明显提高，[[山区群众季节性缺水问题基本解决，管网漏损率较上年下降约3个百分点::approx]]。',
      benefit2: '可持续影响方面，县水利局建立了“县级统管、乡镇协管、村级参与”的运行维护机制，为工程长效运行提供了制度保障。',
      satObj: '受益群众', prob1: '前期工作不够扎实。部分工程设计深度不足，施工中出现变更，影响了实施进度。',
      prob2: '主要是部分工程年底完工后尚未完成结算审计。', prob2b: '绩效目标设置不够细化。部分指标以定性描述为主，难以量化考核。',
      fix1: '加强项目前期论证，提前做好勘察设计，减少施工变更。', fix2: '加快工程结算审计进度，督促施工单位及时提交结算资料，提高资金支付效率。' },
    mut: { key: 'r1', op: 'swap', i: 1 } }),

  P('02-chengzhou-lvdi.md', '澄州市城市管理局', '市直', 202, 'park', { unitDesc: '内设综合科、市政设施科、园林绿化科等科室，下属市园林绿化服务中心，负责市管公园绿地、道路绿化的建设和养护管理。',
    notice: '《澄州市财政局关于开展2024年度市直部门预算绩效自评工作的通知》', docno: '澄财绩〔2025〕7号', rule: '《澄州市城市园林绿化养护管理办法》' }, { key: 'e2@2', op: 'digit', i: 2 }),
  P('03-hengchuan-zhuanhua.md', '衡川省科学技术厅', '省级厅局', 303, 'tech', { dept: '衡川省科学技术厅', unitDesc: '是省政府组成部门，负责全省科技创新规划、科技计划管理和科技成果转化等工作，厅机关内设成果转化与区域创新处等14个处室。',
    notice: '《衡川省财政厅关于做好2024年度省级预算绩效自评工作的通知》', docno: '衡财绩〔2025〕2号', rule: '《衡川省科技成果转化引导资金管理办法》' }, { key: 'gprev', op: 'digit', i: -1 }),
  P('04-qinglan-yizhong-zizhu.md', '青岚县第一中学', '学校', 404, 'zizhu', { dept: '青岚县教育局', unitDesc: '是县教育局所属全日制公办高级中学，设有学生资助管理中心，配备专职资助工作人员负责资助政策落实。',
    notice: '《青岚县教育局关于开展2024年度项目支出绩效自评的通知》', docno: '青教财〔2025〕5号', rule: '《学生资助资金管理办法》' }, { key: 'b1@2', op: 'digit', i: 1 }),
  P('05-chengjiang-yiyuan-gongwei.md', '澄江区人民医院', '医院', 505, 'gongwei', { dept: '澄江区卫生健康局', unitDesc: '是区属二级甲等综合医院、区域医共体牵头单位，设公共卫生科负责统筹辖区基本公共卫生服务项目。',
    notice: '《澄江区卫生健康局关于开展2024年度预算绩效自评工作的通知》', docno: '澄卫财〔2025〕9号', rule: '《基本公共卫生服务补助资金管理办法》' }, { key: 'stot', op: 'digit', i: 1 }),
  P('06-tongxi-renju.md', '桐溪镇人民政府', '乡镇', 606, 'renju', { dept: '桐溪镇人民政府', unitDesc: '下辖行政村和社区若干，镇政府设农业综合服务中心具体负责人居环境整治工作的组织实施。',
    notice: '《青岚县财政局关于开展2024年度乡镇预算绩效自评工作的通知》', docno: '青财绩〔2025〕4号', rule: '《桐溪镇农村人居环境整治资金管理细则》' }, { key: 'e3', op: 'swap', i: 0 }),
  P('07-wanghu-yanglao.md', '望湖街道办事处', '街道', 707, 'yanglao', { dept: '澄江区民政局', unitDesc: '设社会事务办公室，负责辖区民政、养老、残疾人服务等工作，现有社区养老服务站若干个。',
    notice: '《澄江区财政局关于做好2024年度预算绩效自评工作的通知》', docno: '澄区财〔2025〕11号', rule: '《澄江区社区居家养老服务资金管理办法》' }, { key: 'qr', op: 'digit', i: -2 }),
  Dp('08-chengzhou-kejiju.md', '澄州市科学技术局', '市直', 808, 'bureau', 'keji', { self: '我局', notice: '《澄州市财政局关于开展2024年度部门整体支出绩效自评工作的通知》', docno: '澄财绩〔2025〕8号', frame: '市财政局印发的部门整体支出' }, { key: 'ctrl', op: 'swap', i: 1 }),
  Dp('09-yunling-shiyan-zhongxue.md', '云岭市实验中学', '学校', 909, 'school', 'school', { self: '学校', notice: '《云岭市教育局关于做好2024年度预算绩效自评工作的通知》', docno: '云教财〔2025〕3号', frame: '市教育局部门整体支出' }, { key: 'perst', op: 'digit', i: 2 }),
  Dp('10-qinglan-zhongyiyuan.md', '青岚县中医医院', '医院', 1010, 'hospital', 'hospital', { self: '医院', notice: '《青岚县卫生健康局关于开展2024年度部门整体支出绩效自评的通知》', docno: '青卫发〔2025〕6号', frame: '县卫生健康局' }, { key: 'opg', op: 'swap', i: 0 }),
  Dp('11-baisha-zhen.md', '白沙镇人民政府', '乡镇', 1111, 'town', 'town', { self: '镇政府', notice: '《青岚县财政局关于开展2024年度乡镇部门整体支出绩效自评的通知》', docno: '青财绩〔2025〕5号', frame: '县财政局乡镇整体支出' }, { key: 'nvc', op: 'cn', i: -1 }),
  Dp('12-linjiang-jiedao.md', '临江街道办事处', '街道', 1212, 'street', 'street', { self: '街道', notice: '《澄江区财政局关于开展2024年度部门整体支出绩效评价工作的通知》', docno: '澄区财〔2025〕12号', frame: '区财政局街道整体支出' }, { key: 'g2', op: 'digit', i: 0 }),
  Dp('13-hengchuan-nongyenongcun.md', '衡川省农业农村厅', '省级厅局', 1313, 'province', 'province', { self: '我厅', notice: '《衡川省财政厅关于开展2024年度省级部门整体支出绩效自评工作的通知》', docno: '衡财绩〔2025〕1号', frame: '省财政厅部门整体支出' }, { key: 'sgsave', op: 'digit', i: -1 }),
  Dp('14-qinglan-wenlvju.md', '青岚县文化旅游广电体育局', '县级', 1414, 'bureau', 'wenlv', { self: '我局', notice: '《青岚县财政局关于开展2024年度部门整体支出绩效自评工作的通知》', docno: '青财绩〔2025〕6号', frame: '县财政局部门整体支出' }, { key: 'cg2', op: 'swap', i: 0 }),
  Tr('15-hengchuan-jiuye.md', '省级厅局', 1515, 'jiuye', { notice: '《衡川省财政厅关于开展2024年度中央转移支付区域绩效自评工作的通知》', docno: '衡财绩〔2025〕4号' }, { key: ['xr1', 'xr2', 'xr3'], op: 'swap', i: 1 }),
  Tr('16-chengzhou-gonglu.md', '市直', 1616, 'gonglu', { notice: '《澄州市财政局关于开展2024年度专项资金绩效自评工作的通知》', docno: '澄财绩〔2025〕10号' }, { key: 'fd', op: 'drop', i: 1 }),
  Tr('17-qinglan-xianjie.md', '县级', 1717, 'xianjie', { notice: '《青岚县财政局 青岚县农业农村局关于开展2024年度衔接资金绩效自评的通知》', docno: '青财农〔2025〕2号' }, { key: 'a0@2', op: 'digit', i: 0 }),
  Tr('18-hengchuan-jiuzhu.md', '省级厅局', 1818, 'jiuzhu', { notice: '《衡川省财政厅关于开展2024年度中央对地方转移支付绩效自评工作的通知》', docno: '衡财绩〔2025〕5号' }, { key: 'ssum', op: 'digit', i: 1 }),
  Tr('19-yunling-daqi.md', '市直', 1919, 'daqi', { notice: '《云岭市财政局关于开展2024年度市级专项资金绩效自评的通知》', docno: '云财绩〔2025〕3号' }, { key: 'perben', op: 'digit', i: 1 }),
  Tr('20-wangchuan-gengdi.md', '县级', 2020, 'gengdi', { notice: '《望川县财政局关于开展2024年度惠农补贴资金绩效自评的通知》', docno: '望财农〔2025〕1号' }, { key: 'fm', op: 'swap', i: 0 }),
  P('21-chengzhou-tushuguan-yuedu.docx', '澄州市图书馆', '市直', 2121, 'yuedu', { dept: '澄州市文化广电旅游局', unitDesc: '是市文化广电旅游局所属公益一类事业单位，设办公室、采编部、读者服务部、少儿部和数字资源部，负责全市总分馆体系建设。',
    notice: '《澄州市财政局关于开展2024年度市直部门预算绩效自评工作的通知》', docno: '澄财绩〔2025〕7号', rule: '《澄州市公共文化服务专项资金管理办法》' }, { key: 'rate@2', op: 'digit', i: -1 }),
  P('22-wangchuan-nongtian.docx', '望川县农业农村局', '县级', 2222, 'nongtian', { unitDesc: '是县政府工作部门，内设农田建设管理股等10个股室，负责全县高标准农田建设项目的规划、实施和监督管理。',
    notice: '《望川县财政局关于做好2024年度项目支出绩效自评工作的通知》', docno: '望财绩〔2025〕2号', rule: '《农田建设补助资金管理办法》' }, { key: 'adj', op: 'digit', i: 0 }),
  P('23-chengjiang-jiuxiaoqu.docx', '澄江区住房和城乡建设局', '县级', 2323, 'jiuxiaoqu', { unitDesc: '是区政府工作部门，内设城市更新科等8个科室，负责全区城镇老旧小区改造计划编制、项目组织实施和监督管理。',
    notice: '《澄江区财政局关于开展2024年度区级项目支出绩效自评工作的通知》', docno: '澄区财〔2025〕13号', rule: '《中央财政城镇保障性安居工程补助资金管理办法》' }, { key: 'r2', op: 'swap', i: 0 }),
  Dp('24-baishui-xiaoxue.docx', '澄江区白水小学', '学校', 2424, 'school', 'school', { self: '学校', notice: '《澄江区教育局关于开展2024年度部门整体支出绩效自评的通知》', docno: '澄教发〔2025〕4号', frame: '区教育局学校整体支出' }, { key: 'wsum', op: 'drop', i: -1 }),
  Dp('25-nanmen-jiedao.docx', '南门街道办事处', '街道', 2525, 'street', 'street', { self: '街道', notice: '《望川县财政局关于开展2024年度部门整体支出绩效自评的通知》', docno: '望财绩〔2025〕3号', frame: '县财政局部门整体支出' }, { key: 'gexec', op: 'digit', i: 0 }),
  Dp('26-chengjiang-shichangjianguan.docx', '澄江区市场监督管理局', '县级', 2626, 'bureau', 'shijian', { self: '我局', notice: '《澄江区财政局关于开展2024年度部门整体支出绩效自评工作的通知》', docno: '澄区财〔2025〕14号', frame: '区财政局部门整体支出' }, { key: 'cgp', op: 'digit', i: 1 }),
  Dp('27-shiqiao-zhen.docx', '石桥镇人民政府', '乡镇', 2727, 'town', 'town', { self: '镇政府', notice: '《岩门县财政局关于开展2024年度乡镇整体支出绩效自评工作的通知》', docno: '石财绩〔2025〕2号', frame: '县财政局乡镇整体支出' }, { key: 'gsum@2', op: 'swap', i: 0 }),
  Tr('28-hengchuan-yiwujiaoyu.docx', '省级厅局', 2828, 'xuexiao', { notice: '《衡川省财政厅关于开展2024年度中央转移支付区域绩效自评工作的通知》', docno: '衡财绩〔2025〕4号' }, { key: ['xr0', 'xr1', 'xr2'], op: 'dec' }),
  Tr('29-bailu-yiliao.docx', '市直', 2929, 'yiliao', { notice: '《白鹭市财政局关于开展2024年度转移支付资金绩效自评的通知》', docno: '白财绩〔2025〕6号' }, { key: 'kpp', op: 'digit', i: 0 }),
  Tr('30-yanmen-wenhua.docx', '县级', 3030, 'wenhua', { notice: '《岩门县财政局关于开展2024年度专项资金绩效自评工作的通知》', docno: '石财绩〔2025〕3号' }, { key: 'fcs', op: 'swap', i: 1 }),
];
