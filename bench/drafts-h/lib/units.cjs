'use strict';
// the 30 reports: unit, kind, style, layout quirks, and which relation the bad copy breaks (mut: relation kind, how)
const P = {
  jc: ['霁川市', '霁'], ly: ['岚屿县', '岚'], tf: ['汀枫区', '汀'], hd: ['鹤汀市', '鹤'], sq: ['漱泉县', '漱'],
  tx: ['棠岫区', '棠'], cj: ['澄霁县', '澄'], zm: ['芷湄县', '芷'], ty: ['桐漪市', '桐'], zc: ['蓁川市', '蓁'],
};
const K = { proj: '项目支出', dept: '部门整体支出', fund: '专项资金/政策', xfer: '转移支付区域' };
function u(no, slug, kind, style, theme, pl, unit, subject, extra) {
  const [place, abbr] = P[pl];
  const o = Object.assign({ no, slug, kind, kindName: K[kind], style, theme, place, abbr, unit: place + unit, seed: 7919 * no + 17 }, extra);
  o.subject = kind === 'dept' ? '部门整体支出' : place + subject;
  o.title = kind === 'dept' ? place + unit + '部门整体支出' : place + subject;
  o.short = o.short || (kind === 'dept' || /局$/.test(unit) ? '我局' : '我单位');
  return o;
}
module.exports = [
  u(1, 'gaobiaozhun-nongtian', 'proj', 'md', 'agri', 'jc', '农业农村局', '高标准农田建设项目', { sep: true, mut: ['same', 'digit', 'Y'] }),
  u(2, 'jiaoyuju', 'dept', 'md', 'edu', 'ly', '教育局', '', { sep: false, mut: ['control_rate', 'digit'] }),
  u(3, 'yanglao-butie', 'fund', 'md', 'civil', 'tf', '民政局', '养老服务补贴专项资金', { sep: true, rdec: 1, mut: ['product', 'digit'] }),
  u(4, 'gonggong-weisheng', 'xfer', 'md', 'health', 'hd', '卫生健康委员会', '基本公共卫生服务补助资金（对下转移支付）', { sep: true, areaSuffix: '县', short: '我委', mut: ['same', 'swap', 'E'] }),
  u(5, 'xiangcun-wenhua', 'proj', 'md', 'culture', 'sq', '文化旅游广电局', '乡村文化广场及送戏下乡项目', { sep: false, nonum: false, h2bold: true, mut: ['items_total', 'unitslip'] }),
  u(6, 'jiaotongju', 'dept', 'md', 'transport', 'tx', '交通运输局', '', { sep: true, mut: ['same', 'decimal', 'Y'] }),
  u(7, 'keji-zhuanxiang', 'fund', 'md', 'sci', 'cj', '科学技术局', '科技创新专项资金', { sep: true, mut: ['share', 'digit'] }),
  u(8, 'yinshui-anquan', 'xfer', 'md', 'water', 'zm', '水利局', '农村饮水安全维修养护补助资金', { sep: false, areaSuffix: '镇', mut: ['col_total', 'swap'] }),
  u(9, 'nongcun-huanjing', 'proj', 'md', 'env', 'ty', '生态环境局', '农村环境综合整治项目', { sep: true, rdec: 1, h3hash: true, mut: ['completion', 'digit'] }),
  u(10, 'renshe-ju', 'dept', 'md', 'hr', 'zc', '人力资源和社会保障局', '', { sep: true, mut: ['same', 'digit', 'ST'] }),
  u(11, 'jiating-yisheng', 'proj', 'md', 'health', 'jc', '卫生健康局', '家庭医生签约服务项目', { sep: false, mut: ['perhead', 'digit'] }),
  u(12, 'minzhengju', 'dept', 'md', 'civil', 'ly', '民政局', '', { sep: true, nonum: true, mut: ['yoy_abs', 'digit'] }),
  u(13, 'gengdi-dili', 'fund', 'md', 'agri', 'tf', '农业农村局', '耕地地力保护补贴资金', { sep: true, mut: ['same', 'unitslip', 'E'] }),
  u(14, 'yiwu-jiaoyu', 'xfer', 'md', 'edu', 'hd', '教育局', '义务教育薄弱环节改善补助资金', { sep: true, areaSuffix: '县', mut: ['perhead', 'swap'] }),
  u(15, 'xiaoxing-shuiku', 'proj', 'md', 'water', 'sq', '水利局', '小型水库除险加固项目', { sep: false, mut: ['budget_adjust', 'digit'] }),
  u(16, 'kejiju', 'dept', 'md', 'sci', 'tx', '科学技术局', '', { sep: true, h2bold: true, mut: ['row_rate', 'digit'] }),
  u(17, 'jineng-tisheng', 'fund', 'md', 'hr', 'cj', '人力资源和社会保障局', '职业技能提升行动专项资金', { sep: false, mut: ['same', 'digit', 'SBA'] }),
  u(18, 'nongcun-gonglu', 'xfer', 'md', 'transport', 'zm', '交通运输局', '农村公路养护补助资金', { sep: true, areaSuffix: '乡', mut: ['count', 'cn'] }),
  u(19, 'xiaoshe-weixiu', 'proj', 'md', 'edu', 'ty', '教育局', '中小学校舍维修改造项目', { sep: true, rdec: 1, mut: ['pass_rate', 'digit'] }),
  u(20, 'shengtai-huanjingju', 'dept', 'md', 'env', 'zc', '生态环境局', '', { sep: false, mut: ['same', 'swap', 'EP'] }),
  u(21, 'jiuye-jianxi', 'proj', 'txt', 'hr', 'jc', '人力资源和社会保障局', '就业见习补贴项目', { sep: false, blank: false, tbl: 'tab', mut: ['score_total', 'digit'] }),
  u(22, 'nongyeju', 'dept', 'txt', 'agri', 'hd', '农业农村局', '', { sep: true, blank: true, tbl: 'none', ind2: true, mut: ['yoy_rate', 'digit'] }),
  u(23, 'feiyi-baohu', 'fund', 'txt', 'culture', 'sq', '文化旅游广电局', '非遗保护传承专项资金', { sep: false, blank: false, tbl: 'none', mut: ['same', 'digit', 'E'] }),
  u(24, 'kunnan-jiuzhu', 'xfer', 'txt', 'civil', 'tx', '民政局', '困难群众救助补助资金', { sep: true, blank: false, tbl: 'tab', areaSuffix: '街道', mut: ['arrival_rate', 'digit'] }),
  u(25, 'weiqiao-gaizao', 'proj', 'txt', 'transport', 'cj', '交通运输局', '危桥改造项目', { sep: false, blank: true, tbl: 'none', rdec: 1, mut: ['balance', 'decimal'] }),
  u(26, 'weijianju', 'dept', 'txt', 'health', 'zm', '卫生健康局', '', { sep: false, blank: false, tbl: 'tab', noind: true, mut: ['pp', 'digit'] }),
  u(27, 'shuitu-baochi', 'fund', 'txt', 'water', 'ty', '水利局', '水土保持补偿专项资金', { sep: true, blank: false, tbl: 'none', mut: ['same', 'swap', 'Y'] }),
  u(28, 'huanjing-yijiangdaibu', 'xfer', 'txt', 'env', 'zc', '生态环境局', '农村环境整治以奖代补资金', { sep: false, blank: true, tbl: 'none', areaSuffix: '镇', mut: ['sources', 'digit'] }),
  u(29, 'chengguo-zhuanhua', 'proj', 'txt', 'sci', 'ly', '科学技术局', '科技成果转化奖补项目', { sep: true, blank: false, tbl: 'tab', mut: ['satisfaction', 'digit'] }),
  u(30, 'wenlvju', 'dept', 'txt', 'culture', 'tf', '文化旅游体育局', '', { sep: false, blank: false, tbl: 'none', ind2: true, mut: ['same', 'digit', 'RATE'] }),
];
