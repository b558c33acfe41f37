'use strict';
// 11 汉原省交通运输厅 部门整体支出（省级厅局，交通，Markdown，含自评表）
module.exports = (H) => {
  const { W, Y, S, wan, pct, num, sc, sum, cn, grade, Rep, div, rhu, yi } = H;
  const r = new Rep(11, 'hanyuan-jiaotong-yunshu-ting', 'md', '汉原省交通运输厅部门整体支出');
  const F = (t, u) => r.f(t, u);

  const basB = W('12836.42'), basE = W('12790.18');
  const projs = [
    ['普通国省道建设补助', W('120000.00'), W('118450.00')],
    ['农村公路建设补助', W('45600.00'), W('44961.30')],
    ['内河航道及港口建设', W('12300.00'), W('11086.72')],
    ['道路运输安全监管', W('8400.50'), W('7913.40')],
    ['综合交通信息化建设', W('10400.23'), W('9057.15')],
  ];
  const projB = sum(projs.map((x) => x[1])), projE = sum(projs.map((x) => x[2]));
  const T = basB + projB, E = basE + projE;
  const A = W('186420.35'), add = T - A;
  const rate = pct(E, T);
  const gp = [['货物类', W('1286.40'), W('1205.72')], ['工程类', W('3450.00'), W('3318.96')], ['服务类', W('2764.80'), W('2609.35')]];
  const gB = sum(gp.map((x) => x[1])), gA = sum(gp.map((x) => x[2]));

  r.p('# 汉原省交通运输厅2024年度部门整体支出绩效自评报告', '');
  r.p('## 一、部门概况', '');
  r.p('省交通运输厅是省政府组成部门，负责全省公路、水路行业规划、建设和管理，指导城市客运和道路运输安全监管。厅机关内设16个处室，另有直属事业单位9个（省公路事业发展中心、省港航事业发展中心等），本报告所称部门包括厅机关和纳入部门预算的直属单位。', '');
  const sE = F('142名'), sA = F('136名'), sR = F(pct(136, 142) + '%');
  r.ratio('机关在职人员控制率', sA, sE, sR);
  r.p(`厅机关核定行政编制${sE}，年末实有${sA}，在职人员控制率${sR}。`, '');

  r.p('## 二、预算执行情况', '');
  r.p('### （一）总体情况', '');
  const fA = F(wan(A, true) + '万元'), fAdd = F(wan(add, true) + '万元'), fT = F(wan(T, true) + '万元'), fTY = F(yi(T) + '亿元');
  r.sum('年初+调增=全年', [fA, fAdd], fT); r.same('全年预算（万元与亿元）', fT, fTY);
  r.p(`2024年部门年初预算${fA}，年中因中央车购税资金追加、省级交通专项调整等因素调增${fAdd}，全年预算${fT}，约${fTY}。`, '');
  const fBB = F(wan(basB, true) + '万元'), fPB = F(wan(projB, true) + '万元'), fT2 = F(wan(T, true) + '万元');
  r.sum('基本+项目=全年', [fBB, fPB], fT2); r.same('全年预算（两处）', fT, fT2);
  const fE = F(wan(E, true) + '万元'), fR = F(rate + '%'), fC = F(wan(T - E, true) + '万元');
  r.ratio('部门预算执行率', fE, fT2, fR); r.sum('结转结余', [fT2, fE], fC, [1, -1]);
  r.p(`全年预算中，基本支出${fBB}、项目支出${fPB}，合计${fT2}。全年支出${fE}，预算执行率${fR}，年末结转结余${fC}。`, '');
  const src = [['一般公共预算财政拨款', W('171537.15')], ['政府性基金预算财政拨款', W('30000.00')], ['上年结转', W('8000.00')]];
  const fSr = src.map(([, v]) => F(wan(v, true) + '万元')), fT5 = F(wan(T, true) + '万元');
  r.sum('资金来源合计', fSr, fT5); r.same('全年预算（来源段）', fT2, fT5);
  r.p(`从来源看，${src.map(([n], i) => n + fSr[i]).join('，')}，合计${fT5}。`, '');
  r.p('### （二）基本支出', '');
  const fBE = F(wan(basE, true) + '万元'), fBR = F(pct(basE, basB) + '%'), fBB2 = F(wan(basB, true) + '万元');
  r.ratio('基本支出执行率', fBE, fBB2, fBR); r.same('基本支出预算（两处）', fBB, fBB2);
  const s0 = F('203.15万元'), s1 = F('186.42万元'), sChg = F(pct(20315 - 18642, 20315) + '%');
  r.growth('三公经费同比下降率', s1, s0, sChg, -1);
  r.p(`基本支出预算${fBB2}，支出${fBE}，执行率${fBR}。“三公”经费支出${s1}，上年为${s0}，同比下降${sChg}，主要是严格控制公务接待和压减公务用车运行费用。`, '');
  r.p('### （三）项目支出', '');
  r.p('| 项目 | 全年预算（万元） | 实际支出（万元） | 执行率 |', '|---|---:|---:|---:|');
  const pb = [], pe = [];
  projs.forEach(([n, b, e]) => { const x = F(wan(b, true), '万元'), y = F(wan(e, true), '万元'), z = F(pct(e, b) + '%'); r.ratio(`${n}执行率`, y, x, z); pb.push(x); pe.push(y); r.p(`| ${n} | ${x} | ${y} | ${z} |`); });
  const tb = F(wan(projB, true), '万元'), te = F(wan(projE, true), '万元'), tz = F(pct(projE, projB) + '%');
  r.p(`| 合计 | ${tb} | ${te} | ${tz} |`, '');
  r.sum('项目预算合计', pb, tb); r.sum('项目支出合计', pe, te); r.ratio('项目合计执行率', te, tb, tz); r.same('项目支出预算（正文与表）', fPB, tb);
  r.sum('基本支出+项目支出=总支出', [fBE, te], fE);
  r.p('内河航道项目执行率偏低，是因为两个船闸工程受汛期影响延长了工期；信息化项目中“交通运输一网通办”二期的部分模块验收推迟到2025年一季度。', '');
  r.p('### （四）政府采购', '');
  r.p('| 采购类别 | 采购预算（万元） | 合同金额（万元） |', '|---|---:|---:|');
  const qb = [], qa = [];
  gp.forEach(([n, b, a]) => { const x = F(wan(b, true), '万元'), y = F(wan(a, true), '万元'); qb.push(x); qa.push(y); r.p(`| ${n} | ${x} | ${y} |`); });
  const qtb = F(wan(gB, true), '万元'), qta = F(wan(gA, true), '万元');
  r.p(`| 合计 | ${qtb} | ${qta} |`, '');
  r.sum('采购预算合计', qb, qtb); r.sum('合同金额合计', qa, qta);
  const pB = F(wan(gB, true) + '万元'), pA = F(wan(gA, true) + '万元'), pS = F(wan(gB - gA) + '万元');
  r.same('采购预算（表与正文）', qtb, pB); r.same('合同金额（表与正文）', qta, pA);
  const badRel = r.sum('节约资金=采购预算-合同金额', [pB, pA], pS, [1, -1]);
  const pN = F('88项'), pD = F('86项'), pDR = F(pct(86, 88) + '%');
  r.ratio('政府采购计划执行率', pD, pN, pDR);
  r.p(`全年政府采购预算${pB}，签订合同${pA}，节约资金${pS}。年度采购计划${pN}，已执行${pD}，执行率${pDR}，未执行的2项因需求变更已按程序取消。`, '');

  r.p('## 三、履职成效', '');
  const g1 = F('221.6公里'), g1t = F('215公里'), n1 = F('1,846公里'), n1t = F('1,800公里');
  r.p(`1. **国省道建设。** 全年建成普通国省道${g1}，超过${g1t}的年度目标；完成国省道大中修和安全生命防护工程，路面技术状况指数保持在全国中上水平。`);
  r.p(`2. **农村公路。** 新改建农村公路${n1}（目标${n1t}），新增通三级及以上公路的乡镇12个，较大人口规模自然村通硬化路比例达到99.2%。`);
  r.p('3. **水运。** 两座船闸主体工程完工，内河高等级航道里程比上年增加38公里。');
  r.p('4. **安全监管。** 道路运输行业安全事故死亡人数同比下降7.1%，“两客一危”车辆动态监控上线率99.6%。', '');
  const qF = F('1,500份'), qH = F('1,437份'), qV = F('1,422份'), qM = F('1,329份'), qR = F(pct(1329, 1422) + '%');
  r.ratio('服务对象满意度', qM, qV, qR);
  r.p(`**满意度。** 委托省统计局社情民意调查中心开展服务对象满意度调查，发放问卷${qF}，回收${qH}，有效${qV}，满意${qM}，满意度${qR}。`, '');

  r.p('## 四、自评得分', '');
  r.p('| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |', '|---|---|---|---|---|---:|---:|');
  const w = [], s = [];
  const row = (a, b, c, tgt, act, wt, scv) => { const fw = F(String(wt)), fs = F(sc(scv)); w.push(fw); s.push(fs); r.p(`| ${a} | ${b} | ${c} | ${tgt} | ${act} | ${fw} | ${fs} |`); return [fw, fs]; };
  const x1 = F('-' + sChg.text); r.growth('三公经费变动率（表）', s1, s0, x1);
  row('运行成本', '成本控制', '“三公”经费变动率', '≤0', x1, 5, 500n);
  const x2 = F(sR.text), x2t = F('100%'); r.same('控制率（正文与表）', sR, x2);
  let [w2, f2] = row('运行成本', '人员控制', '在职人员控制率', '≤' + x2t, x2, 5, 500n); r.scoreProp('控制率得分', x2, x2t, w2, f2, 'le');
  const x3 = F(rate + '%'); r.same('执行率（正文与表）', fR, x3);
  const s3 = rhu(BigInt(rate.replace('.', '')) * 10n, 100n);
  let [w3, f3] = row('管理效率', '预算管理', '预算执行率', '100%', x3, 10, s3); r.scoreRate('执行率得分', x3, w3, f3);
  const x4 = F(pct(T - E, T) + '%'), x4t = F('5%'), x4c = F(wan(T - E, true) + '万元'), x4T = F(wan(T, true) + '万元');
  r.ratio('结转结余率', x4c, x4T, x4); r.same('结转结余（两处）', fC, x4c); r.same('全年预算（自评表）', fT2, x4T);
  let [w4, f4] = row('管理效率', '预算管理', `结转结余率（${x4c}/${x4T}）`, '≤' + x4t, x4, 5, 500n); r.scoreProp('结转结余率得分', x4, x4t, w4, f4, 'le');
  const x5 = F(pDR.text), x5t = F('100%'); r.same('采购计划执行率（两处）', pDR, x5);
  const s5 = rhu(BigInt(pDR.text.replace('.', '').replace('%', '')) * 5n, 100n);
  let [w5, f5] = row('管理效率', '资产及采购管理', '政府采购计划执行率', x5t, x5, 5, s5); r.scoreProp('采购执行率得分（按比例）', x5, x5t, w5, f5);
  row('履职效能', '重点工作', '重点工作完成率', '100%', '100%', 25, 2500n);
  const y1 = F('215公里'), y1a = F('221.6公里'); r.same('国省道里程（两处）', g1, y1a); r.same('国省道目标（两处）', g1t, y1);
  let [w7, f7] = row('履职效能', '产出', '普通国省道建成里程', '≥' + y1, y1a, 15, 1500n); r.scoreProp('国省道得分', y1a, y1, w7, f7);
  const y2 = F('1800公里'), y2a = F('1846公里'); r.same('农村公路里程（两处）', n1, y2a); r.same('农村公路目标（两处）', n1t, y2);
  let [w8, f8] = row('履职效能', '产出', '农村公路新改建里程', '≥' + y2, y2a, 10, 1000n); r.scoreProp('农村公路得分', y2a, y2, w8, f8);
  row('社会效应', '安全', '道路运输事故死亡人数下降率', '≥5%', '7.1%', 10, 1000n);
  const y3 = F('90%'), y3a = F(qR.text); r.same('满意度（两处）', qR, y3a);
  let [w10, f10] = row('满意度', '服务对象满意度', '服务对象满意度', '≥' + y3, y3a, 10, 1000n); r.scoreProp('满意度得分', y3a, y3, w10, f10);
  const tot = 500n + 500n + s3 + 500n + s5 + 2500n + 1500n + 1000n + 1000n + 1000n;
  const fW = F('100'), fTot = F(sc(tot));
  r.p(`| 总分 | | | | | ${fW} | ${fTot} |`, '');
  r.sum('分值合计', w, fW); r.sum('得分合计', s, fTot);
  const fTot2 = F(sc(tot) + '分'), fG = F(grade(tot));
  r.same('总分（表与正文）', fTot, fTot2); r.grade('等级', fTot2, fG);
  r.p(`2024年度部门整体支出绩效自评得分${fTot2}，评定为“${fG}”。`, '');

  r.p('## 五、存在的问题', '');
  r.p('- 部分建设类项目前期工作深度不足，受征地拆迁、汛期等因素影响，支出进度前低后高。',
    '- 厅属单位之间的绩效目标设置标准不统一，同类项目的指标口径不一致，横向比较困难。',
    '- 信息化项目重建设、轻运维，已建系统的使用率和数据共享程度有待提高。', '');
  r.p('## 六、下一步措施', '');
  r.p('- 建立重大项目储备库，项目入库前完成工可和初步设计，确保资金下达后即可开工。',
    '- 统一制定公路、水运、运输监管三类项目的共性绩效指标，2025年起在厅属单位全面使用。',
    '- 开展信息系统使用情况评估，对使用率低的系统暂停安排运维经费。');

  r.bad(pS, '376.17万元', badRel);
  return r;
};
