'use strict';
// 14 杏浦县农业农村局 耕地地力保护补贴（转移支付，县级，农业，纯文本）
module.exports = (H) => {
  const { W, Y, S, wan, pct, num, sc, sum, cn, grade, Rep, div, rhu } = H;
  const r = new Rep(14, 'xingpu-gengdi-dili-baohu-butie', 'txt', '杏浦县耕地地力保护补贴资金');
  const F = (t, u) => r.f(t, u);
  const I = '　　';

  const std = Y('105');
  const towns = [['杏浦镇', 86420], ['长滩镇', 72160], ['青禾乡', 51380], ['苇塘镇', 64260], ['石井乡', 48960], ['双河镇', 55440], ['梅岭乡', 34240]];
  towns.forEach((t) => { t.v = std * BigInt(t[1]); if (t.v % 10000n) throw new Error('14 ' + t[0]); });
  const area = towns.reduce((a, t) => a + t[1], 0), T = sum(towns.map((t) => t.v));
  const A = W('4100.00'), add = T - A;
  const E = T - W('3.16');
  const hh = 52316;
  const rate = pct(E, T);

  r.p('杏浦县2024年耕地地力保护补贴资金绩效自评报告', '');
  r.p('一、项目概述', '');
  r.p(I + '耕地地力保护补贴是中央财政对拥有耕地承包权的种地农民给予的直接补贴，目的是引导农民加强农业生态资源保护，自觉提升耕地地力。补贴对象原则上为拥有耕地承包权的种地农民，已作为畜牧养殖场用地、林地、成片粮田转为设施农业用地、非农征（占）用的耕地以及长年抛荒地不予补贴。', '');
  const fArea = F(num(area) + '亩'), fStd = F('105元'), fT = F(wan(T, true) + '万元');
  r.ratio('补贴资金=面积×亩均标准', fT, fArea, fStd);
  r.p(I + `2024年全县核定补贴面积${fArea}，补贴标准每亩${fStd}，应发补贴资金${fT}。`, '');
  r.p('二、资金下达及发放情况', '');
  r.p('（一）资金下达', '');
  const fA = F(wan(A, true) + '万元'), fAdd = F(wan(add) + '万元'), fT2 = F(wan(T, true) + '万元');
  r.sum('提前下达+清算=全年', [fA, fAdd], fT2); r.same('补贴资金（两处）', fT, fT2);
  r.p(I + `补贴资金全部为中央财政资金。上年11月提前下达${fA}，2024年5月根据面积核实结果清算追加${fAdd}，全年共下达${fT2}，县财政未安排配套资金，也未从中提取工作经费。`, '');
  r.p('（二）分乡镇情况', '');
  const fCnt = F('七个');
  r.count('乡镇个数', fCnt, towns.map((_, i) => 't' + i));
  r.p(I + `补贴资金按核实面积分配到全县${fCnt}乡镇：`, '');
  r.p('乡镇\t补贴面积（亩）\t补贴资金（万元）');
  const fa = [], fv = [];
  towns.forEach((t, i) => { const a = F(num(t[1]), '亩'), v = F(wan(t.v), '万元'); fa.push(a); fv.push(v); t.fv = v; r.p(`${r.mark('t' + i)}${t[0]}\t${a}\t${v}`); });
  const ta = F(num(area), '亩'), tv = F(wan(T, true), '万元');
  r.p(`合计\t${ta}\t${tv}`, '');
  r.sum('面积合计', fa, ta); r.sum('资金合计', fv, tv); r.same('面积（两处）', fArea, ta); r.same('资金（两处）', fT2, tv);
  const x1 = F(wan(towns[0].v) + '万元'), x1s = F(pct(towns[0].v, T) + '%'), xT = F(wan(T, true) + '万元');
  const badRel = r.ratio('杏浦镇资金占全县比重', x1, xT, x1s);
  r.same('杏浦镇资金（表与正文）', towns[0].fv, x1); r.same('全县资金（正文）', tv, xT);
  const x7 = F(wan(towns[6].v) + '万元'), x7s = F(pct(towns[6].v, T) + '%');
  r.ratio('梅岭乡资金占比', x7, xT, x7s); r.same('梅岭乡资金（表与正文）', towns[6].fv, x7);
  r.p(I + `其中杏浦镇面积最大，补贴资金${x1}，占全县${xT}的${x1s}；梅岭乡为山区乡，补贴资金${x7}，占${x7s}。`, '');
  r.p('（三）资金发放', '');
  const fE = F(wan(E, true) + '万元'), fR = F(rate + '%'), fL = F(wan(T - E) + '万元'), fT3 = F(wan(T, true) + '万元');
  r.ratio('发放率', fE, fT3, fR); r.sum('未发放=下达-发放', [fT3, fE], fL, [1, -1]); r.same('资金（三处）', fT2, fT3);
  r.p(I + `截至6月28日，全县通过惠民惠农财政补贴资金“一卡通”累计发放补贴${fE}，发放率${fR}。应发${fT3}中尚有${fL}未能发放，涉及的37户因社保卡账户冻结或户主死亡未办理继承，由乡镇财政所挂账，待手续完备后补发。`);
  const fHH = F(num(hh) + '户'), fE2 = F(wan(E, true) + '万元'), fPer = F(div(E, BigInt(hh) * 100n, 2) + '元');
  r.ratio('户均补贴', fE2, fHH, fPer); r.same('发放资金（两处）', fE, fE2);
  r.p(I + `本年度受益农户${fHH}，按已发放的${fE2}计算，户均${fPer}。`, '');

  r.p('三、绩效目标实现情况', '');
  r.p('（一）产出', '');
  r.p(I + '1．面积核实。各乡镇采取农户申报、村组核实、乡镇审核、县级复核的方式核定补贴面积，并与第三次国土调查和承包地确权数据进行比对，剔除非农占用和撂荒地2,146亩。');
  r.p(I + '2．发放时效。补贴资金在6月30日前发放到户，符合省定时限要求。');
  r.p(I + '3．公示。补贴面积和金额在村务公开栏公示7天以上，全县无一例因公示问题引发的投诉。', '');
  r.p('（二）效益', '');
  r.p(I + '补贴政策对稳定农民种粮收益起到了积极作用。全县粮食播种面积稳定在40万亩以上，秸秆还田、测土配方施肥等地力保护措施的覆盖面进一步扩大，耕地质量监测点数据显示，全县耕地土壤有机质含量平均值比上年略有提高。', '');
  r.p('（三）满意度', '');
  const qF = F('500户'), qV = F('492户'), qM = F('478户'), qR = F(pct(478, 492) + '%');
  r.ratio('农户满意度', qM, qV, qR);
  r.p(I + `县农业农村局随机抽取${qF}农户电话回访，有效回访${qV}，对补贴政策和发放工作表示满意的${qM}，满意度${qR}。`, '');

  r.p('四、自评得分', '');
  const s1 = rhu(BigInt(rate.replace('.', '')) * 10n, 100n);
  const wR = F('10分'), sR = F(sc(s1) + '分'), fR2 = F(rate + '%');
  r.same('发放率（两处）', fR, fR2); r.scoreRate('执行率得分', fR2, wR, sR);
  const wO = F('50分'), sO = F('48.5分'), wB = F('30分'), sB = F('29分'), wM = F('10分'), sM = F('10分');
  const tot = s1 + S('48.5') + S('29') + S('10');
  const fTot = F(sc(tot) + '分'), fG = F(grade(tot));
  r.sum('得分合计', [sR, sO, sB, sM], fTot); r.grade('等级', fTot, fG);
  const f100 = F('100分'); r.sum('分值合计', [wR, wO, wB, wM], f100);
  r.p(I + `依据自评指标，预算执行率（${wR}）按资金发放率${fR2}计得${sR}，产出指标（${wO}）得${sO}，效益指标（${wB}）得${sB}，满意度指标（${wM}）得${sM}，合计${fTot}（满分${f100}），等级为${fG}。`, '');

  r.p('五、存在问题', '');
  r.p(I + '一是补贴与耕地地力保护行为挂钩不紧，“领了补贴不护地”的情况仍然存在。');
  r.p(I + '二是土地流转后，补贴仍发给承包户，实际种地的经营主体得不到补贴，部分流转双方因此产生纠纷。');
  r.p(I + '三是面积核实主要依靠乡村两级人工比对，工作量大，准确性受人为因素影响。', '');
  r.p('六、改进措施', '');
  r.p(I + '一是在两个乡镇试点将补贴发放与秸秆还田、化肥减量等行为挂钩。');
  r.p(I + '二是引导流转双方在合同中明确补贴归属，减少纠纷。');
  r.p(I + '三是利用遥感影像和确权数据库建立补贴面积核验系统，2025年实现县级自动比对。');

  r.bad(x1s, '29.03%', badRel);
  return r;
};
