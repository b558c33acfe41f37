'use strict';
// 01 岚川县教育局 义务教育公用经费（项目支出，县级，教育，Markdown）
module.exports = (H) => {
  const { W, Y, S, wan, pct, num, sc, sum, cn, grade, Rep } = H;
  const r = new Rep(1, 'lanchuan-yiwu-jiaoyu-gongyong', 'md', '岚川县教育局义务教育学校公用经费项目');
  const F = (t, u) => r.f(t, u);

  const nPri = 21, nMid = 7;
  const stuPri = 18435, stuMid = 9260;
  const stdPri = Y('720'), stdMid = Y('940');
  const subs = [
    { name: '小学公用经费', b: stdPri * BigInt(stuPri), e: W('1327.32') },
    { name: '初中公用经费', b: stdMid * BigInt(stuMid), e: W('868.90') },
    { name: '寄宿制学校补助', b: W('93.60'), e: W('91.85') },
    { name: '特殊教育学校补助', b: W('79.20'), e: W('76.44') },
  ];
  const T = sum(subs.map((s) => s.b)), E = sum(subs.map((s) => s.e));
  const A = W('2298.16'), B = T - A;
  const src = [['中央补助资金', W('1422.34')], ['省级补助资金', W('474.11')], ['县级配套资金', W('474.11')]];
  if (sum(src.map((x) => x[1])) !== T) throw new Error('01 src');
  const uses = [['教学业务与管理', W('1012.36')], ['教师培训', W('236.48')], ['水电及取暖', W('418.27')], ['校舍及设施维修维护', W('503.15')], ['图书资料及其他', W('194.25')]];
  if (sum(uses.map((x) => x[1])) !== E) throw new Error('01 uses');
  const rate = pct(E, T);

  r.p('# 岚川县教育局2024年度义务教育学校公用经费项目支出绩效自评报告', '');
  r.p('## 一、项目基本情况', '');
  r.p('### （一）项目概况', '');
  const fN = F(`${nPri + nMid}所`);
  const fNp = F(`${nPri}所`), fNm = F(`${nMid}所`);
  r.sum('小学与初中学校数之和等于学校总数', [fNp, fNm], fN);
  const fStuP = F(num(stuPri) + '人'), fStuM = F(num(stuMid) + '人');
  r.p(`义务教育学校公用经费是保障学校日常运转的基本经费。2024年全县纳入保障范围的公办义务教育学校共${fN}，其中小学${fNp}、初中${fNm}；秋季学期在校生小学${fStuP}、初中${fStuM}。经费由县教育局按学生人数和生均标准核定，通过国库集中支付直接拨付到校。`, '');
  r.p('### （二）年度绩效目标', '');
  r.p('- 按小学生均720元、初中生均940元的标准足额落实公用经费，寄宿生和特殊教育学生另行补助；',
    '- 全县义务教育学校正常运转率达到100%；',
    '- 教师培训经费不低于学校公用经费的5%，全年组织教师培训不少于1,200人次；',
    '- 完成校舍及设施维修35处，师生和家长满意度力争达到90%以上。', '');

  r.p('## 二、预算安排及执行情况', '');
  r.p('### （一）预算安排', '');
  const fA = F(wan(A, true) + '万元'), fB = F(wan(B) + '万元'), fT1 = F(wan(T, true) + '万元');
  r.sum('年初预算+追加=全年预算', [fA, fB], fT1);
  r.p(`年初预算安排${fA}。秋季学期开学后按实际在校生人数重新核定，年中追加${fB}，全年预算调整为${fT1}。`, '');
  const fSrc = src.map(([, v]) => F(wan(v, true) + '万元'));
  const fT2 = F(wan(T, true) + '万元');
  r.sum('资金来源之和等于全年预算', fSrc, fT2);
  r.same('全年预算（预算安排段与资金来源段）', fT1, fT2);
  r.p(`从资金来源看，${src.map(([n], i) => n + fSrc[i]).join('，')}，合计${fT2}。`, '');
  r.p('### （二）预算执行', '');
  const fE1 = F(wan(E, true) + '万元'), fR1 = F(rate + '%'), fT3 = F(wan(T, true) + '万元'), fBal1 = F(wan(T - E) + '万元');
  r.ratio('项目执行率=实际支出/全年预算', fE1, fT3, fR1);
  r.sum('全年预算-实际支出=结余', [fT3, fE1], fBal1, [1, -1]);
  r.p(`截至2024年12月31日，项目实际支出${fE1}，预算执行率${fR1}；全年预算${fT3}扣除实际支出后结余${fBal1}，已按规定结转下年继续用于学校运转。分子项执行情况见下表。`, '');
  r.p('| 子项名称 | 全年预算（万元） | 实际支出（万元） | 执行率（%） | 结余（万元） |', '|---|---:|---:|---:|---:|');
  const tb = [], te = [], tbal = [];
  subs.forEach((s, i) => {
    const fb = F(wan(s.b, true), '万元'), fe = F(wan(s.e, true), '万元'), fr = F(pct(s.e, s.b), '%'), fl = F(wan(s.b - s.e), '万元');
    s.fr = fr; s.rr = r.ratio(`${s.name}执行率=实际支出/全年预算（子项表执行率列）`, fe, fb, fr);
    r.sum(`${s.name}结余（表）`, [fb, fe], fl, [1, -1]);
    tb.push(fb); te.push(fe); tbal.push(fl);
    s.tb = fb; s.te = fe;
    r.p(`| ${s.name} | ${fb} | ${fe} | ${fr} | ${fl} |`);
  });
  const fTb = F(wan(T, true), '万元'), fTe = F(wan(E, true), '万元'), fTr = F(rate, '%'), fTl = F(wan(T - E), '万元');
  r.p(`| 合计 | ${fTb} | ${fTe} | ${fTr} | ${fTl} |`, '');
  r.sum('子项全年预算之和=合计', tb, fTb);
  r.sum('子项实际支出之和=合计', te, fTe);
  r.sum('子项结余之和=合计', tbal, fTl);
  r.ratio('合计行执行率', fTe, fTb, fTr);
  r.sum('合计行结余=预算-支出', [fTb, fTe], fTl, [1, -1]);
  r.same('实际支出（正文与表合计）', fE1, fTe);
  r.same('全年预算（执行段与表合计）', fT3, fTb);

  // 分子项叙述
  const p1b = F(wan(subs[0].b, true) + '万元'), p1s = F(num(stuPri) + '名'), p1std = F('720元');
  r.ratio('小学生均公用经费=小学公用经费/小学生数', p1b, p1s, p1std);
  r.same('小学在校生人数（概况与分项）', fStuP, p1s);
  r.same('小学公用经费预算（表与分项）', subs[0].tb, p1b);
  r.p(`1. 小学公用经费：按${p1s}在校生、生均${p1std}核定${p1b}，已全部拨付到21所小学，未形成结余。`);
  const p2b = F(wan(subs[1].b) + '万元'), p2e = F(wan(subs[1].e) + '万元'), p2l = F(wan(subs[1].b - subs[1].e) + '万元');
  r.sum('初中公用经费结余（分项）', [p2b, p2e], p2l, [1, -1]);
  r.same('初中公用经费预算（表与分项）', subs[1].tb, p2b);
  r.same('初中公用经费支出（表与分项）', subs[1].te, p2e);
  r.p(`2. 初中公用经费：安排预算${p2b}，实际支出${p2e}，结余${p2l}，主要是秋季学期部分学生转往外县就读，按实际人数清算后形成。`);
  const p3e = F(wan(subs[2].e) + '万元'), p3n = F('3,120名');
  r.same('寄宿制学校补助支出（表与分项）', subs[2].te, p3e);
  r.p(`3. 寄宿制学校补助：用于${p3n}寄宿生的宿舍管理、热水供应和夜间值守，实际支出${p3e}。`);
  const p4e = F(wan(subs[3].e) + '万元');
  r.same('特殊教育学校补助支出（表与分项）', subs[3].te, p4e);
  r.p(`4. 特殊教育学校补助：县特殊教育学校及随班就读学生共132人，全年支出${p4e}，主要用于康复训练器材和送教上门交通补贴。`, '');

  r.p('### （三）资金使用方向', '');
  const fU = uses.map(([, v]) => F(wan(v, true) + '万元'));
  const fE2 = F(wan(E, true) + '万元');
  r.sum('按用途分列支出之和=实际支出', fU, fE2);
  r.same('实际支出（执行段与用途段）', fE1, fE2);
  const fCnt = F(cn(uses.length) + '类');
  r.count('支出用途类别数', fCnt, uses.map((_, i) => 'u' + i));
  r.p(`全年${fE2}支出按用途分为${fCnt}：`, '');
  uses.forEach(([n], i) => r.p(`${r.mark('u' + i)}- ${n}${fU[i]}${i === uses.length - 1 ? '。' : '；'}`));
  const fTrain = F(wan(uses[1][1]) + '万元'), fE3 = F(wan(E, true) + '万元'), fShare = F(pct(uses[1][1], E) + '%');
  r.ratio('教师培训支出占实际支出比例', fTrain, fE3, fShare);
  r.same('教师培训支出（列表与占比句）', fU[1], fTrain);
  r.same('实际支出（用途段与占比句）', fE2, fE3);
  r.p('', `其中教师培训支出${fTrain}，占实际支出${fE3}的${fShare}，高于不低于5%的规定比例。`, '');

  r.p('## 三、绩效目标实现情况', '');
  r.p('### （一）产出指标', '');
  const oN1 = F(`${nPri + nMid}所`);
  r.same('保障学校数（概况与产出）', fN, oN1);
  const trT = F('1,200人次'), trA = F('1,356人次'), trR = F(pct(1356, 1200) + '%');
  r.ratio('教师培训完成率', trA, trT, trR);
  const rpT = F('35处'), rpA = F('33处'), rpR = F(pct(33, 35) + '%');
  r.ratio('校舍维修完成率', rpA, rpT, rpR);
  r.p(`1. 数量指标。公用经费覆盖全县${oN1}义务教育学校；全年开展教师培训${trA}，目标为${trT}，完成率${trR}；校舍及设施维修计划${rpT}，实际完成${rpA}，完成率${rpR}，剩余2处因需与教学楼抗震加固工程同步实施，推迟至2025年寒假。`);
  r.p('2. 时效指标。各季度资金均在季初15个工作日内拨付到校，拨付及时率100%。');
  r.p('3. 成本指标。小学、初中生均公用经费分别达到720元和940元，均不低于省定基准。', '');
  r.p('### （二）效益指标', '');
  r.p('全年未发生因经费短缺导致的停课、停水停电情况，学校正常运转率保持100%。多媒体教室和实验室的维护经费有了保障，农村学校实验开出率较上年明显提高；寄宿制学校热水供应实现全天候，家长反映的“冬季洗澡难”问题基本解决。', '');
  r.p('### （三）满意度', '');
  const qS = F('620份'), qR = F('601份'), qV = F('588份'), qM = F('566份'), qRR = F(pct(601, 620) + '%'), qMR = F(pct(566, 588) + '%');
  r.ratio('问卷回收率', qR, qS, qRR);
  r.ratio('满意度=满意份数/有效问卷', qM, qV, qMR);
  r.p(`县教育局在12月委托第三方面向教师、学生家长发放问卷${qS}，回收${qR}（回收率${qRR}），其中有效问卷${qV}，表示“满意”或“比较满意”的${qM}，满意度${qMR}，高于90%的目标值。`, '');

  r.p('## 四、自评得分', '');
  r.p('| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |', '|---|---|---|---|---|---:|---:|');
  const w = [], s = [];
  const row = (a, b, c, tgt, act, wt, scv) => { const fw = F(String(wt)), fs = F(sc(scv)); w.push(fw); s.push(fs); r.p(`| ${a} | ${b} | ${c} | ${tgt} | ${act} | ${fw} | ${fs} |`); return [fw, fs]; };
  const xR = F(rate + '%');
  r.same('预算执行率（正文与自评表）', fR1, xR);
  const s1v = H.rhu(BigInt(rate.replace('.', '')) * 10n, 100n); // rate% × 10
  let [w1, s1] = row('预算执行', '预算执行率', '预算执行率', '100%', xR, 10, s1v);
  r.scoreRate('预算执行率得分=执行率×10', xR, w1, s1);
  const xNt = F('28所'), xNa = F('28所');
  let [w2, s2] = row('产出指标', '数量指标', '保障学校数', xNt, xNa, 10, 1000n);
  r.scoreProp('保障学校数得分', xNa, xNt, w2, s2);
  r.same('保障学校数（正文与自评表）', oN1, xNa);
  const xTt = F('1200人次'), xTa = F('1356人次');
  let [w3, s3] = row('产出指标', '数量指标', '教师培训人次', '≥' + xTt, xTa, 10, 1000n);
  r.scoreProp('教师培训得分', xTa, xTt, w3, s3);
  r.same('教师培训人次（正文与自评表）', trA, xTa);
  const xPt = F('35处'), xPa = F('33处');
  const s4v = H.rhu(33n * 1000n, 35n);
  let [w4, s4] = row('产出指标', '质量指标', '校舍及设施维修', xPt, xPa, 10, s4v);
  r.scoreProp('校舍维修得分（按完成比例）', xPa, xPt, w4, s4);
  r.same('校舍维修完成数（正文与自评表）', rpA, xPa);
  row('产出指标', '时效指标', '资金拨付及时率', '100%', '100%', 10, 1000n);
  row('产出指标', '成本指标', '小学生均公用经费', '≥720元', '720元', 10, 1000n);
  row('效益指标', '社会效益', '学校正常运转率', '100%', '100%', 15, 1500n);
  const xSh = F(pct(uses[1][1], E) + '%');
  r.same('教师培训经费占比（正文与自评表）', fShare, xSh);
  row('效益指标', '可持续影响', '教师培训经费占比', '≥5%', xSh, 15, 1500n);
  const xMt = F('90%'), xMa = F(qMR.text);
  let [w9, s9] = row('满意度指标', '服务对象满意度', '师生及家长满意度', '≥' + xMt, xMa, 10, 1000n);
  r.scoreProp('满意度得分', xMa, xMt, w9, s9);
  r.same('满意度（正文与自评表）', qMR, xMa);
  const total = s1v + 1000n + 1000n + s4v + 1000n + 1000n + 1500n + 1500n + 1000n;
  const fW = F('100'), fTot = F(sc(total, 2));
  r.p(`| 总分 | | | | | ${fW} | ${fTot} |`, '');
  r.sum('各指标分值之和=100', w, fW);
  r.sum('各指标得分之和=总分', s, fTot);
  const fTot2 = F(sc(total, 2) + '分'), fG = F(grade(total));
  r.same('总分（自评表与正文）', fTot, fTot2);
  r.grade('总分对应等级', fTot2, fG);
  r.p(`经逐项评分，本项目自评得分${fTot2}，评价等级为“${fG}”。扣分主要在预算执行率和校舍维修两项。`, '');

  r.p('## 五、存在的问题', '');
  r.p('1. 部分农村小规模学校学生数少，按生均标准核定的经费难以覆盖取暖等刚性支出，学校之间苦乐不均。',
    '2. 维修项目前期论证不够充分，个别项目与其他工程衔接不畅，导致年内未能全部完工。',
    '3. 个别学校公用经费核算不够细，办公用品和教学耗材混记，影响支出结构分析。', '');
  r.p('## 六、下一步改进措施', '');
  r.p('1. 向县财政局申请对不足100人的小规模学校按100人核定公用经费，兜住运转底线。',
    '2. 维修项目实行年初统一排查、统一立项，与基建项目一并安排工期。',
    '3. 开展学校财务人员集中培训，统一公用经费明细科目，年中组织一次专项抽查。');

  r.bad(subs[2].fr, pct(subs[2].e, subs[2].b).replace(/^(\d)(\d)/, '$2$1'), subs[2].rr);
  return r;
};
