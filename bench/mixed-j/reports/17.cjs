'use strict';
// 17 蓼川县 衔接推进乡村振兴补助资金（转移支付，县级，农业农村，Markdown）
module.exports = (H) => {
  const { W, Y, S, wan, pct, num, sc, sum, cn, grade, Rep, div, rhu, yi } = H;
  const r = new Rep(17, 'liaochuan-xianjie-xiangcun-zhenxing', 'md', '蓼川县衔接推进乡村振兴补助资金');
  const F = (t, u) => r.f(t, u);

  const cats = [['产业发展', 68, W('7420.00'), W('7356.40')], ['农村基础设施', 41, W('3450.00'), W('3402.18')], ['就业帮扶及其他', 17, W('1130.00'), W('1103.50')]];
  const T = sum(cats.map((c) => c[2])), E = sum(cats.map((c) => c[3]));
  const nP = cats.reduce((a, c) => a + c[1], 0);
  const A = W('9800.00'), add = T - A;
  const src = [['中央衔接资金', W('8640.00')], ['省级衔接资金', W('2160.00')], ['县级衔接资金', W('1200.00')]];
  const hh = 21346, jobs = 7853;

  r.p('# 蓼川县2024年度衔接推进乡村振兴补助资金绩效自评报告', '');
  r.p('## 一、资金概况', '');
  const fTY = F(yi(T, 1) + '亿元'), fT = F(wan(T, true) + '万元'), fTA = F('1.1亿元');
  r.same('资金总额（亿元与万元）', fT, fTY);
  r.approx('资金规模“超1.1亿元”', fT, fTA, 'over');
  r.p(`2024年我县共统筹各级衔接推进乡村振兴补助资金${fT}（${fTY}），规模超${fTA}，为近三年最高。资金重点支持巩固“三保障”和饮水安全成果、发展联农带农富农产业、改善脱贫村基础设施和促进脱贫人口稳定就业。`, '');
  r.p('### （一）资金来源', '');
  r.p('| 来源 | 金额（万元） | 占比 |', '|---|---:|---:|');
  const fs = [], fsh = [];
  const fTt = F(wan(T, true), '万元');
  src.forEach(([n, v]) => { const a = F(wan(v, true), '万元'), b = F(pct(v, T, 1) + '%'); fs.push(a); fsh.push(b); r.ratio(`${n}占比`, a, fTt, b); r.p(`| ${n} | ${a} | ${b} |`); });
  const f100 = F('100.0%');
  r.p(`| 合计 | ${fTt} | ${f100} |`, '');
  r.sum('来源合计', fs, fTt); r.sum('占比合计=100%', fsh, f100); r.same('资金总额（表）', fT, fTt);
  const fA = F(wan(A, true) + '万元'), fAdd = F(wan(add, true) + '万元'), fT2 = F(wan(T, true) + '万元');
  r.sum('提前下达+追加=全年', [fA, fAdd], fT2); r.same('资金总额（三处）', fTt, fT2);
  r.p(`其中上年提前下达${fA}，年内追加${fAdd}，全年${fT2}。`, '');
  r.p('### （二）项目安排', '');
  const fN = F(nP + '个'), fCnt = F('三类');
  const fNc = cats.map((c) => F(c[1] + '个'));
  r.sum('项目个数合计', fNc, fN);
  r.count('项目类别数', fCnt, cats.map((_, i) => 'c' + i));
  r.p(`资金全部纳入县级巩固衔接项目库管理，全年实施项目${fN}，分为${fCnt}：`, '');
  cats.forEach((c, i) => r.p(`${r.mark('c' + i)}- ${c[0]}类项目${fNc[i]}${i === 2 ? '。' : '；'}`));
  r.p('');
  r.p('## 二、资金执行情况', '');
  r.p('| 类别 | 项目数 | 全年预算（万元） | 实际支出（万元） | 执行率 |', '|---|---:|---:|---:|---:|');
  const cb = [], ce = [], cn1 = [];
  cats.forEach((c, i) => {
    const n = F(String(c[1]), '个'), b = F(wan(c[2], true), '万元'), e = F(wan(c[3], true), '万元'), z = F(pct(c[3], c[2]) + '%');
    r.ratio(`${c[0]}执行率`, e, b, z); r.same(`${c[0]}项目数（两处）`, fNc[i], n);
    cb.push(b); ce.push(e); cn1.push(n); c.fe = e;
    r.p(`| ${c[0]} | ${n} | ${b} | ${e} | ${z} |`);
  });
  const tn = F(String(nP), '个'), tb = F(wan(T, true), '万元'), te = F(wan(E, true), '万元'), tz = F(pct(E, T) + '%');
  r.p(`| 合计 | ${tn} | ${tb} | ${te} | ${tz} |`, '');
  r.sum('项目数合计（表）', cn1, tn); r.sum('预算合计', cb, tb); r.sum('支出合计', ce, te); r.ratio('合计执行率', te, tb, tz);
  const fE = F(wan(E, true) + '万元'), fL = F(wan(T - E) + '万元'), fT3 = F(wan(T, true) + '万元');
  r.same('支出（表与正文）', te, fE); r.sum('结转', [fT3, fE], fL, [1, -1]); r.same('资金总额（四处）', tb, fT3);
  const fInd = F(wan(cats[0][3], true) + '万元'), fIndS = F(pct(cats[0][3], E) + '%'), fE2 = F(wan(E, true) + '万元');
  r.ratio('产业发展支出占比', fInd, fE2, fIndS); r.same('产业支出（表与正文）', cats[0].fe, fInd); r.same('支出（两处）', fE, fE2);
  r.p(`截至2024年12月31日，全县衔接资金支出${fE}，结转${fL}（全年资金${fT3}）。结转资金涉及4个年底开工的产业项目，已明确在2025年6月底前完成支付。`, '');
  r.p(`产业发展类支出${fInd}，占全部支出${fE2}的${fIndS}，高于中央和省规定的不低于60%的比例要求。`, '');

  r.p('## 三、绩效目标完成情况', '');
  r.p('### （一）产出', '');
  const done = 122;
  const pd = F(done + '个'), pn = F(nP + '个'), pr = F(pct(done, nP) + '%');
  r.ratio('项目完工率', pd, pn, pr); r.same('项目总数（两处）', fN, pn);
  r.p(`- ${pn}项目全部开工，年底前完工${pd}，完工率${pr}，高于95%的目标；`,
    '- 新建和改造产业路、机耕路46公里，新建农村供水工程6处；',
    '- 新建标准化厂房、冷库、育苗大棚等经营性资产31处，全部完成确权登记。', '');
  r.p('### （二）效益', '');
  const fHH = F(num(hh) + '户'), fHHa = F('2万');
  r.approx('带动户数“2万余户”', fHH, fHHa, 'more');
  const fJ = F(num(jobs) + '人'), fJa = F('7,800');
  const badRel = r.approx('务工就业“7,800余人”', fJ, fJa, 'more');
  r.p(`产业项目通过订单收购、务工就业、入股分红等方式联农带农，共带动脱贫户和监测户${fHHa}余户（${fHH}）；依托帮扶车间和项目建设吸纳脱贫劳动力务工${fJ}。全县脱贫人口人均纯收入比上年增长13.6%，高于全县农村居民人均可支配收入增幅。`, '');
  r.p(`全年未发生规模性返贫。县乡村振兴服务中心年终回访显示，${fJa}余名务工人员中，多数实现了在家门口就业，家庭收入结构更加稳定。`, '');
  r.p('### （三）满意度', '');
  const qF = F('1,000份'), qV = F('987份'), qM = F('951份'), qR = F(pct(951, 987) + '%');
  r.ratio('满意度', qM, qV, qR);
  r.p(`在项目受益村发放问卷${qF}，全部收回，有效${qV}，满意${qM}，满意度${qR}。`, '');

  r.p('## 四、自评得分', '');
  const parts = [['决策', 20, '19'], ['过程', 20, '19.5'], ['产出', 30, '28.5'], ['效益', 20, '19'], ['满意度', 10, '10']];
  const fw = [], fsc = [];
  parts.forEach(([n, wt, s]) => { const a = F(wt + '分'), b = F(s + '分'); fw.push(a); fsc.push(b); r.p(`- ${n}（${a}）：${b}`); });
  const tot = sum(parts.map((x) => S(x[2])));
  const fTot = F(sc(tot) + '分'), fG = F(grade(tot)), f100b = F('100分');
  r.sum('得分合计', fsc, fTot); r.sum('分值合计', fw, f100b); r.grade('等级', fTot, fG);
  r.p('', `满分${f100b}，合计${fTot}，自评等级：${fG}。`, '');

  r.p('## 五、问题和不足', '');
  r.p('1. 部分产业项目同质化，食用菌、中药材项目在几个乡镇重复布局，市场风险加大；',
    '2. 个别村集体经营性资产收益分配不规范，收益用于公益岗位和小型公益事业的比例偏低；',
    '3. 项目库储备深度不够，部分项目入库后才开始做可研，影响开工时间。', '');
  r.p('## 六、改进方向', '');
  r.p('1. 2025年产业项目实行“一乡一业”统筹布局，县级对重复项目不予入库；',
    '2. 出台经营性资产收益分配指导意见，开展专项检查；',
    '3. 提前一年谋划储备项目，入库项目须完成可研和选址。');

  r.bad(fJa, '8,700', badRel);
  return r;
};
