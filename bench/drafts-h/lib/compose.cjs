'use strict';
// report skeletons per kind, built from the phrasing catalogue
const A = require('./blocks.cjs');
const D = require('./blocks2.cjs');
function proj(B) {
  A.title(B); A.preamble(B);
  B.h1(B.pick(['项目基本情况', '项目概况', '基本情况'])); A.projOverview(B); A.targets(B);
  B.h1(B.pick(['项目资金使用及管理情况', '预算资金使用及管理情况', '资金投入和使用情况'])); A.funds(B); A.items(B);
  B.p(B.pick(['资金管理方面，严格执行专款专用，实行专账核算，未发现截留、挤占、挪用等情况。', '项目严格按照政府采购和合同管理规定实施，资金支付均经过审核审批，手续完备。', '建立了项目资金台账，资金拨付与工程进度相衔接，会计核算规范。']));
  B.h1(B.pick(['项目绩效目标完成情况', '绩效目标实现情况', '项目绩效情况分析']));
  B.h2(B.pick(['产出指标完成情况', '产出情况'])); A.outputs(B); A.quality(B);
  B.h2(B.pick(['成本指标', '成本控制情况'])); A.perhead(B, B.chance(0.5) ? 'IT0' : null);
  B.h2(B.pick(['效益指标完成情况', '效益情况'])); A.yoy(B); if (B.chance(0.5)) A.pp(B);
  B.h2(B.pick(['满意度指标完成情况', '服务对象满意度'])); A.satisfaction(B);
  B.h1(B.pick(['综合评价情况及评价结论', '自评结论', '绩效自评结果'])); A.score(B, B.chance(0.5) ? 'proj' : 'proj2'); A.summary(B);
  A.problems(B); A.measures(B);
}
function dept(B) {
  A.title(B); A.preamble(B);
  B.h1(B.pick(['部门（单位）基本情况', '部门基本情况', '单位概况'])); A.duties(B); B.h2(B.pick(['机构设置及人员情况', '内设机构和人员编制'])); A.sections(B); A.staff(B);
  B.h1(B.pick(['一般公共预算支出情况', '部门整体支出情况', '预算收支及执行情况'])); A.funds(B, { lo: 1500, hi: 9000 }); D.deptStructure(B); D.sangong(B); D.projTable(B);
  if (B.chance(0.6)) D.purchase(B);
  B.h1(B.pick(['部门整体支出绩效情况', '履职效能及绩效目标完成情况'])); A.outputs(B); A.pp(B); if (B.chance(0.5)) A.yoy(B); else A.satisfaction(B);
  B.h1(B.pick(['自评结论', '综合评价'])); A.score(B, 'dept'); A.summary(B);
  A.problems(B); A.measures(B);
}
function fund(B) {
  A.title(B); A.preamble(B);
  B.h1(B.pick(['专项资金基本情况', '政策及资金概况'])); A.projOverview(B); A.targets(B);
  B.h1(B.pick(['资金管理和使用情况', '专项资金安排及使用情况'])); A.funds(B, { lo: 800, hi: 12000 });
  B.h2(B.pick(['补助资金发放情况', '政策兑现情况'])); D.subsidy(B); if (B.chance(0.5)) A.items(B, { share: true });
  B.h1(B.pick(['政策实施绩效', '资金使用绩效情况'])); A.outputs(B); A.perhead(B, null); A.yoy(B); A.satisfaction(B);
  B.h1('自评结论'); A.score(B, B.chance(0.5) ? 'proj2' : 'proj'); A.summary(B);
  A.problems(B); A.measures(B);
}
function xfer(B) {
  A.title(B); A.preamble(B);
  B.h1(B.pick(['转移支付基本情况', '资金基本情况'])); A.projOverview(B); A.targets(B);
  B.h1(B.pick(['资金分配和使用情况', '资金下达及使用情况'])); A.funds(B, { lo: 1000, hi: 15000 }); D.arrival(B); D.areas(B);
  B.h1(B.pick(['区域绩效目标完成情况', '绩效目标实现情况'])); A.outputs(B); A.pp(B); if (B.chance(0.5)) A.yoy(B);
  B.h1(B.pick(['自评结论', '综合评价结论'])); A.score(B, 'proj'); A.summary(B);
  A.problems(B); A.measures(B);
}
module.exports = { proj, dept, fund, xfer };
