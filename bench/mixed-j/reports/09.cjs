'use strict';
// 09 榕湾市农业农村局 高标准农田建设补助（转移支付，市对县，农业，Markdown）
module.exports = (H) => {
  const { W, Y, S, wan, pct, num, sc, sum, cn, grade, Rep, div, rhu, yi } = H;
  const r = new Rep(9, 'rongwan-gaobiaozhun-nongtian', 'md', '榕湾市高标准农田建设补助资金');
  const F = (t, u) => r.f(t, u);

  const pNew = Y('2600'), pUp = Y('1500');
  const cs = [
    ['沙湄县', 26000, 8000, W('7812.46'), 26150, 8000],
    ['桂塘县', 24500, 6000, W('7105.38'), 24500, 5600],
    ['北湾区', 12000, 4000, W('3716.20'), 12100, 4000],
    ['南屿县', 23500, 6000, W('6655.91'), 23600, 6000],
  ];
  cs.forEach((c) => { c.b = pNew * BigInt(c[1]) + pUp * BigInt(c[2]); });
  const T = sum(cs.map((c) => c.b)), E = sum(cs.map((c) => c[3]));
  const aNew = cs.reduce((a, c) => a + c[1], 0), aUp = cs.reduce((a, c) => a + c[2], 0);
  const dNew = cs.reduce((a, c) => a + c[4], 0), dUp = cs.reduce((a, c) => a + c[5], 0);
  const A = W('20800.00'), add = T - A;
  const src = [['中央财政农田建设补助资金', W('18172.00')], ['省级配套资金', W('5192.00')], ['市级配套资金', W('2596.00')]];
  if (sum(src.map((x) => x[1])) !== T) throw new Error('09 src ' + wan(T));
  const rate = pct(E, T);

  r.p('# 榕湾市2024年度高标准农田建设补助资金绩效自评报告', '');
  r.p('**评价单位：** 榕湾市农业农村局（会同市财政局）  ', '**资金性质：** 对下转移支付', '');
  r.p('## 一、基本情况', '');
  const fNew = F(num(aNew) + '亩'), fUp = F(num(aUp) + '亩');
  r.p(`2024年省下达我市高标准农田建设任务：新建${fNew}、改造提升${fUp}。建设内容包括土地平整、灌溉排水、田间道路、农田防护和科技服务等，建成后统一上图入库。`, '');
  const fPN = F('2,600元'), fPU = F('1,500元');
  r.p(`按照省定标准，新建项目亩均财政投入${fPN}，改造提升项目亩均财政投入${fPU}，不足部分由县区统筹涉农整合资金和社会资本解决。`, '');

  r.p('## 二、资金安排和下达', '');
  r.p('### （一）预算及来源', '');
  const fA = F(wan(A, true) + '万元'), fAdd = F(wan(add, true) + '万元'), fT = F(wan(T, true) + '万元'), fTY = F(yi(T) + '亿元');
  r.sum('提前下达+追加=全年', [fA, fAdd], fT);
  r.same('全年资金（万元与亿元）', fT, fTY);
  r.p(`上年末提前下达${fA}，2024年第二批资金下达后追加${fAdd}，全年资金${fT}（约${fTY}）。`, '');
  const fS = src.map(([, v]) => F(wan(v, true), '万元')), fT2 = F(wan(T, true), '万元');
  const fSh = src.map(([, v]) => F(pct(v, T, 0) + '%'));
  r.sum('资金来源合计', fS, fT2);
  src.forEach((x, i) => r.ratio(`${x[0]}占比`, fS[i], fT2, fSh[i]));
  r.same('全年资金（两处）', fT, fT2);
  r.p('| 资金来源 | 金额（万元） | 占比 |', '|---|---:|---:|');
  src.forEach(([n], i) => r.p(`| ${n} | ${fS[i]} | ${fSh[i]} |`));
  r.p(`| 合计 | ${fT2} | 100% |`, '');
  r.p('### （二）分配下达', '');
  const fN = F(wan(pNew * BigInt(aNew), true) + '万元'), fNa = F(num(aNew) + '亩'), fU = F(wan(pUp * BigInt(aUp), true) + '万元'), fUa = F(num(aUp) + '亩');
  r.ratio('新建亩均投入', fN, fNa, fPN);
  r.ratio('改造提升亩均投入', fU, fUa, fPU);
  r.same('新建任务（两处）', fNew, fNa); r.same('改造任务（两处）', fUp, fUa);
  const fT3 = F(wan(T, true) + '万元');
  r.sum('新建+改造资金=全年资金', [fN, fU], fT3);
  r.same('全年资金（三处）', fT2, fT3);
  const fCnt = F('四个');
  r.count('下达县区个数', fCnt, cs.map((_, i) => 'c' + i));
  r.p(`资金按任务面积因素法分配：新建${fNa}对应${fN}，改造提升${fUa}对应${fU}，合计${fT3}，全部下达至${fCnt}县区，市本级未留存。分配和执行情况如下：`, '');
  r.p('| 县区 | 新建（亩） | 改造提升（亩） | 下达资金（万元） | 实际支出（万元） | 执行率 |', '|---|---:|---:|---:|---:|---:|');
  const cb = [], ce = [], cn1 = [], cu1 = [];
  cs.forEach((c, i) => {
    const a = F(num(c[1]), '亩'), u = F(num(c[2]), '亩'), b = F(wan(c.b, true), '万元'), e = F(wan(c[3], true), '万元'), z = F(pct(c[3], c.b) + '%');
    r.ratio(`${c[0]}执行率`, e, b, z);
    cb.push(b); ce.push(e); cn1.push(a); cu1.push(u); c.fb = b; c.fe = e;
    r.p(`| ${r.mark('c' + i)}${c[0]} | ${a} | ${u} | ${b} | ${e} | ${z} |`);
  });
  const tn = F(num(aNew), '亩'), tu = F(num(aUp), '亩'), tb = F(wan(T, true), '万元'), te = F(wan(E, true), '万元'), tz = F(rate + '%');
  r.p(`| 合计 | ${tn} | ${tu} | ${tb} | ${te} | ${tz} |`, '');
  r.sum('新建面积合计', cn1, tn); r.sum('改造面积合计', cu1, tu); r.sum('下达资金合计', cb, tb); r.sum('实际支出合计', ce, te); r.ratio('合计执行率', te, tb, tz);
  r.same('新建任务（表）', fNa, tn);
  cs.forEach((c, i) => {
    const b = F(wan(c.b, true) + '万元'), e = F(wan(c[3], true) + '万元'), l = F(wan(c.b - c[3]) + '万元');
    r.same(`${c[0]}下达资金（表与分述）`, c.fb, b); r.same(`${c[0]}实际支出（表与分述）`, c.fe, e);
    r.sum(`${c[0]}未支出=下达-支出`, [b, e], l, [1, -1]);
    const txt = [
      `**沙湄县：** 下达${b}，实际支出${e}，尚有${l}为工程质保金，按合同约定在竣工验收满一年后支付。`,
      `**桂塘县：** 下达${b}，支出${e}，余${l}未支付，原因是大岭片区6,000亩改造任务中有400亩因村民调整种植结构暂缓实施。`,
      `**北湾区：** 下达资金${b}，实际支出${e}，项目已通过市级验收，结余${l}为监理费结算差额。`,
      `**南屿县：** 下达${b}，完成支出${e}，未支出${l}，主要是两个标段的竣工决算审计尚未完成。`,
    ][i];
    r.p(txt, '');
  });

  r.p('## 三、绩效实现情况', '');
  r.p('### （一）产出', '');
  const oN = F(num(dNew) + '亩'), oNt = F(num(aNew) + '亩'), oNr = F(pct(dNew, aNew) + '%');
  const oU = F(num(dUp) + '亩'), oUt = F(num(aUp) + '亩'), oUr = F(pct(dUp, aUp) + '%');
  r.ratio('新建完成率', oN, oNt, oNr); r.ratio('改造提升完成率', oU, oUt, oUr);
  r.p(`1. 新建高标准农田${oN}，任务${oNt}，完成率${oNr}；`);
  r.p(`2. 改造提升${oU}，任务${oUt}，完成率${oUr}，差额为桂塘县暂缓实施的400亩；`);
  r.p('3. 已完工项目竣工验收合格率100%，全部完成上图入库；');
  r.p('4. 新建及改造项目区新增高效节水灌溉面积3.2万亩。', '');
  r.p('### （二）效益', '');
  r.p('据县区农业部门测产，项目区粮食亩均增产约65公斤，高于50公斤的目标；机耕路修到田头后，农机作业效率明显提高，项目区土地流转率比建设前提高了约12个百分点。项目建设同步实施生态沟渠和农田林网，面源污染得到一定控制。', '');
  r.p('### （三）满意度', '');
  const qF = F('800份'), qV = F('786份'), qM = F('742份'), qR = F(pct(742, 786) + '%');
  r.ratio('受益农户满意度', qM, qV, qR);
  r.p(`在项目区发放问卷${qF}，全部回收，有效${qV}，满意${qM}，受益农户满意度${qR}。`, '');

  r.p('## 四、小结与自评得分', '');
  const fE2 = F(wan(E, true) + '万元');
  const badRel = r.same('小结中的实际支出=分县区表合计（万元）', te, fE2);
  r.p(`总体来看，全市四个县区共支出高标准农田建设资金${fE2}，新建和改造提升任务基本完成，项目区农业生产条件明显改善，资金使用总体规范。`, '');
  const parts = [['决策', 15, '14'], ['过程', 25, '23.5'], ['产出', 35, '34'], ['效益', 25, '23.5']];
  const fw = [], fs = [];
  const segs = parts.map(([n, wt, s]) => { const a = F(wt + '分'), b = F(s + '分'); fw.push(a); fs.push(b); return `${n}指标满分${a}、得${b}`; });
  const tot = sum(parts.map((x) => S(x[2])));
  const fTot = F(sc(tot) + '分'), fG = F(grade(tot)), f100 = F('100分');
  r.sum('得分合计', fs, fTot); r.sum('分值合计', fw, f100); r.grade('等级', fTot, fG);
  r.p(`按市财政局转移支付绩效评价指标体系打分：${segs.join('；')}。总分${f100}，自评${fTot}，等级${fG}。`, '');

  r.p('## 五、问题和改进', '');
  r.p('**存在的问题：**', '');
  r.p('- 部分县区前期设计深度不够，施工中变更较多；',
    '- 建后管护主体和经费不落实，一些早年建成的项目已出现沟渠损毁；',
    '- 个别县区资金拨付滞后于工程进度，施工单位反映较多。', '');
  r.p('**改进措施：**', '');
  r.p('- 2025年起新建项目初步设计由市级组织专家评审后再批复；',
    '- 督促县区按亩均不低于20元的标准落实管护经费，并将管护情况纳入资金分配因素；',
    '- 实行县区资金支付进度月通报，连续两个月排名末位的由市局约谈。');

  r.bad(fE2, fE2.text.replace('万元', '元'), badRel);
  return r;
};
