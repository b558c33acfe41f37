'use strict';
// 05 汉原省文化和旅游厅 “戏曲进乡村”惠民演出（项目支出，省级，文化，Markdown，含自评表）
module.exports = (H) => {
  const { W, S, wan, pct, num, sc, sum, cn, grade, Rep, div, rhu } = H;
  const r = new Rep(5, 'hanyuan-xiqu-jin-xiangcun', 'md', '汉原省“戏曲进乡村”惠民演出项目');
  const F = (t, u) => r.f(t, u);

  const shows = [['省直院团', 412], ['市县国有院团', 1860], ['民营剧团', 1470]];
  const N = shows.reduce((a, x) => a + x[1], 0); // 3742
  const perShow = W('1.10');
  const subsidy = perShow * BigInt(N);
  const uses = [['演出场次补贴', subsidy], ['流动舞台车及音响设备购置', W('286.40')], ['新编小戏小品创作扶持', W('150.00')], ['演出监管及宣传推广', W('62.50')]];
  const E = sum(uses.map((x) => x[1]));
  const A = W('4800.00'), cut = W('150.00'), T = A - cut;
  const src = [['中央补助地方公共文化服务体系建设资金', W('1200.00')], ['省级文化发展专项资金', T - W('1200.00')]];
  const aud = 2086400;
  const rate = pct(E, T);

  r.p('# 汉原省文化和旅游厅2024年度“戏曲进乡村”惠民演出项目绩效自评报告', '');
  r.p('## 一、项目概况', '');
  r.p('“戏曲进乡村”是省委、省政府确定的年度民生实事之一，由省文化和旅游厅牵头，通过政府购买服务方式组织各类院团到行政村开展公益演出，每场演出时长不少于90分钟，群众免费观看。', '');
  const fTarget = F('3,600场'), fStd = F('1.1万元');
  r.p(`2024年的目标是：全省完成惠民演出${fTarget}以上，覆盖行政村3,000个以上；按每场${fStd}的标准给予院团补贴；观众满意度不低于90%。`, '');
  r.p('## 二、资金投入和使用', '');
  r.p('### （一）预算及来源', '');
  const fA = F(wan(A, true) + '万元'), fCut = F(wan(cut) + '万元'), fT = F(wan(T, true) + '万元');
  r.sum('年初预算-压减=全年预算', [fA, fCut], fT, [1, -1]);
  r.p(`项目年初预算${fA}。根据省财政厅统一部署压减一般性支出，项目调减${fCut}，全年预算${fT}。资金来源为：`, '');
  const fS = src.map(([, v]) => F(wan(v, true) + '万元'));
  src.forEach(([n], i) => r.p(`${i + 1}. ${n}${fS[i]}；`));
  const fT2 = F(wan(T, true) + '万元');
  r.sum('资金来源合计', fS, fT2);
  r.same('全年预算（两处）', fT, fT2);
  r.p('', `两项合计${fT2}。`, '');
  r.p('### （二）支出情况', '');
  const fE = F(wan(E, true) + '万元'), fR = F(rate + '%'), fL = F(wan(T - E) + '万元'), fT3 = F(wan(T, true) + '万元');
  r.ratio('预算执行率', fE, fT3, fR);
  r.sum('结余=全年预算-实际支出', [fT3, fE], fL, [1, -1]);
  r.same('全年预算（执行段）', fT2, fT3);
  r.p(`全年预算${fT3}，实际支出${fE}，预算执行率${fR}；结余${fL}为设备采购的节约资金，已上缴省级财政。支出构成如下：`, '');
  r.p('| 支出内容 | 金额（万元） | 占实际支出比重 |', '|---|---:|---:|');
  const fu = [];
  uses.forEach(([n, v], i) => {
    const a = F(wan(v, true), '万元'), b = F(pct(v, E) + '%');
    fu.push(a);
    r.p(`| ${n} | ${a} | ${b} |`);
    if (i === 0) { uses.fa = a; uses.fb = b; }
    uses[i].fa = a; uses[i].fb = b;
  });
  const fEt = F(wan(E, true), '万元'), f100 = F('100.00%');
  r.p(`| 合计 | ${fEt} | ${f100} |`, '');
  r.sum('支出构成合计', fu, fEt);
  r.same('实际支出（正文与表）', fE, fEt);
  uses.forEach(([n], i) => r.ratio(`${n}占实际支出比重`, uses[i].fa, fEt, uses[i].fb));
  r.sum('各项比重之和=100%', uses.map((u) => u.fb), f100);

  r.p('### （三）演出场次分配', '');
  const fN = F(num(N) + '场');
  const fShows = shows.map(([, n]) => F(num(n) + '场'));
  r.sum('各类院团演出场次之和', fShows, fN);
  r.p(`全年实际完成演出${fN}，其中${shows.map(([n], i) => n + fShows[i]).join('、')}。民营剧团的参与比例比上年有所提高，省厅对其演出质量实行“一场一评”。`, '');
  const fSub = F(wan(subsidy, true) + '万元'), fN2 = F(num(N) + '场'), fStd2 = F('1.10万元');
  r.ratio('场次补贴标准=补贴总额/场次', fSub, fN2, fStd2);
  r.same('场次补贴（表与正文）', uses.fa, fSub);
  r.same('补贴标准（目标与正文）', fStd, fStd2);
  const fE2 = F(wan(E, true) + '万元'), fN3 = F(num(N) + '场'), fAvg = F(div(E, BigInt(N) * 1000000n, 2) + '万元');
  r.ratio('平均每场投入=实际支出/演出场次', fE2, fN3, fAvg);
  r.same('演出场次（两处）', fN, fN2); r.same('演出场次（三处）', fN2, fN3);
  r.same('实际支出（单位成本段）', fE, fE2);
  r.p(`场次补贴共计${fSub}，对应${fN2}演出，每场${fStd2}，与年初确定的标准一致。若把设备购置、节目创作和监管宣传费用一并计入，全年实际支出${fE2}分摊到${fN3}，平均每场投入${fAvg}。`, '');

  r.p('## 三、绩效目标完成情况', '');
  const fN4 = F(num(N) + '场'), fTgt2 = F('3,600场'), fCR = F(pct(N, 3600) + '%');
  r.ratio('演出场次完成率', fN4, fTgt2, fCR);
  r.same('目标场次', fTarget, fTgt2);
  r.same('演出场次（四处）', fN3, fN4);
  const fLast = F('3,410场'), fG = F(pct(N - 3410, 3410) + '%');
  r.growth('演出场次同比增长', fN4, fLast, fG);
  r.p(`**（一）产出。** 完成演出${fN4}，为目标${fTgt2}的${fCR}；上年完成${fLast}，同比增长${fG}。演出覆盖3,215个行政村，其中脱贫村和易地搬迁安置点全部覆盖。省厅组织专家随机抽查演出240场，合格234场，合格率97.50%。全部演出在11月30日前完成。`, '');
  const fAud = F(num(aud) + '人次'), fAudA = F('200万人次'), fN5 = F(num(N) + '场'), fPer = F(div(aud, N, 0) + '人次');
  r.approx('观众人次“超200万”', fAud, fAudA, 'over');
  r.ratio('场均观众=观众人次/场次', fAud, fN5, fPer);
  r.same('演出场次（五处）', fN4, fN5);
  r.p(`**（二）效益。** 全年现场观众${fAud}，超${fAudA}；按${fN5}计算，场均观众${fPer}。一批反映乡村振兴、移风易俗的新编小戏在演出中受到欢迎，多个县把惠民演出与“村晚”、农民丰收节结合起来办。参演的民营剧团平均每团全年增收12万元左右，基层院团“有戏演、演得好”的局面逐步形成。`, '');
  const qF = F('3,000份'), qH = F('2,874份'), qV = F('2,835份'), qM = F('2,671份'), qR = F(pct(2671, 2835) + '%');
  r.ratio('观众满意度', qM, qV, qR);
  r.p(`**（三）满意度。** 演出结束后由驻点工作人员现场发放观众问卷${qF}，收回${qH}；剔除漏填、重复的，有效问卷${qV}。其中选择“满意”及以上的${qM}，观众满意度为${qR}。`, '');

  r.p('## 四、绩效自评表', '');
  r.p('| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |', '|---|---|---|---|---|---:|---:|');
  const w = [], s = [];
  const row = (a, b, c, tgt, act, wt, scv) => { const fw = F(String(wt)), fs = F(sc(scv, 2)); w.push(fw); s.push(fs); r.p(`| ${a} | ${b} | ${c} | ${tgt} | ${act} | ${fw} | ${fs} |`); return [fw, fs]; };
  const xR = F(rate + '%');
  r.same('执行率（正文与表）', fR, xR);
  const s1 = rhu(BigInt(rate.replace('.', '')) * 10n, 100n);
  let [w1, f1] = row('预算执行', '预算执行率', '预算执行率', '100%', xR, 10, s1);
  r.scoreRate('执行率得分', xR, w1, f1);
  const xT = F('3600场'), xA = F(N + '场');
  r.same('演出场次（表）', fN4, xA);
  let [w2, f2] = row('产出指标', '数量指标', '惠民演出场次', '≥' + xT, xA, 15, 1500n);
  r.scoreProp('演出场次得分', xA, xT, w2, f2);
  row('产出指标', '数量指标', '覆盖行政村', '≥3000个', '3215个', 10, 1000n);
  const xQ = F('97.50%'), xQt = F('95%');
  let [w4, f4] = row('产出指标', '质量指标', '抽查演出合格率', '≥' + xQt, xQ, 10, 1000n);
  r.scoreProp('合格率得分', xQ, xQt, w4, f4);
  row('产出指标', '时效指标', '完成时间', '11月30日前', '11月30日前', 5, 500n);
  const xC = F('1.1万元'), xCa = F('1.1万元');
  let [w6, f6] = row('产出指标', '成本指标', '每场演出补贴标准', '≤' + xC, xCa, 10, 1000n);
  r.scoreProp('补贴标准得分（成本指标，低于为达标）', xCa, xC, w6, f6, 'le');
  const xAu = F('180万人次'), xAuA = F(div(aud, 10000, 2) + '万人次');
  r.same('观众人次（正文与表，万人次）', fAud, xAuA);
  let [w7, f7] = row('效益指标', '社会效益', '观众人次', '≥' + xAu, xAuA, 15, 1500n);
  r.scoreProp('观众人次得分', xAuA, xAu, w7, f7);
  row('效益指标', '可持续影响', '基层院团演出能力', '明显提升', '有所提升', 15, 1300n);
  const xM = F('90%'), xMA = F(qR.text);
  r.same('满意度（正文与表）', qR, xMA);
  let [w9, f9] = row('满意度指标', '服务对象满意度', '观众满意度', '≥' + xM, xMA, 10, 1000n);
  r.scoreProp('满意度得分', xMA, xM, w9, f9);
  const tot = s1 + 1500n + 1000n + 1000n + 500n + 1000n + 1500n + 1300n + 1000n;
  const fW = F('100'), fTot = F(sc(tot, 2));
  r.p(`| **总分** | | | | | ${fW} | ${fTot} |`, '');
  r.sum('分值合计', w, fW); r.sum('得分合计', s, fTot);
  const fTot2 = F(sc(tot, 2) + '分'), fGr = F(grade(tot));
  r.same('总分（表与正文）', fTot, fTot2); r.grade('等级', fTot2, fGr);
  r.p(`自评总分${fTot2}，等级“${fGr}”。“基层院团演出能力”一项扣2分：部分县级院团仍以“老三样”剧目为主，新排剧目占比不高，年度目标中“明显提升”的要求尚未完全达到。`, '');

  r.p('## 五、存在的问题', '');
  r.p('- 场次补贴“一刀切”。不同剧种、不同规模院团的演出成本差别较大，统一按每场1.1万元补贴，大型剧种院团积极性受影响。',
    '- 群众点单机制不完善。演出剧目多由院团自定，群众“点戏”渠道少，部分演出点观众偏少。',
    '- 监管手段相对单一，主要依靠照片和签到表，真实性核验成本高。', '');
  r.p('## 六、改进措施', '');
  r.p('- 研究按剧种、演员人数分档补贴，2025年在两个市先行试点。',
    '- 上线“戏曲进乡村”小程序，由村民投票点戏，按点单结果安排演出计划。',
    '- 推行演出现场定位打卡和视频抽查，把群众评价结果与院团下年度场次分配挂钩。');

  const rel = r.rels.find((x) => x.desc === '平均每场投入=实际支出/演出场次');
  r.bad(fAvg, fAvg.text.replace(/^1\.(\d)(\d)/, '1.$2$1'), rel);
  return r;
};
