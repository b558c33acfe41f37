'use strict';
// 20 墨塘县民政局 部门整体支出（县级，民政，纯文本）
module.exports = (H) => {
  const { W, Y, S, wan, pct, num, sc, sum, cn, grade, Rep, div, rhu } = H;
  const r = new Rep(20, 'motang-minzhengju-bumen-zhengti', 'txt', '墨塘县民政局部门整体支出');
  const F = (t, u) => r.f(t, u);
  const I = '　　';

  const basB = W('1026.38'), basE = W('1019.64');
  const projs = [
    ['特困人员救助供养', W('2360.00'), W('2356.80')],
    ['临时救助', W('420.00'), W('398.52')],
    ['高龄津贴', W('1286.40'), W('1286.40')],
    ['困难残疾人生活补贴和重度残疾人护理补贴', W('1548.22'), W('1541.06')],
    ['孤儿及事实无人抚养儿童基本生活保障', W('312.00'), W('309.60')],
    ['养老服务体系建设', W('947.00'), W('880.15')],
  ];
  const projB = sum(projs.map((x) => x[1])), projE = sum(projs.map((x) => x[2]));
  const T = basB + projB, E = basE + projE;
  const A = W('6842.15'), add = W('1106.40'), cut = A + add - T;
  const rate = pct(E, T);

  r.p('墨塘县民政局2024年度部门整体支出绩效自评报告', '');
  r.p('一、部门基本情况', '');
  r.p(I + '县民政局负责全县社会救助、养老服务、儿童福利、残疾人福利、社会事务和基层政权建设等工作。局机关设办公室、社会救助股、养老服务股、社会事务股4个股室，下属县社会福利院、县救助管理站2个事业单位，均纳入本部门预算。', '');
  r.p('人员情况\t编制数\t实有人数\t控制率');
  const st = [['行政', 22, 20], ['事业', 35, 31]];
  const fe = [], fa = [];
  st.forEach(([n, e, a]) => { const x = F(String(e), '人'), y = F(String(a), '人'), z = F(pct(a, e) + '%'); r.ratio(`${n}控制率`, y, x, z); fe.push(x); fa.push(y); r.p(`${n}编制\t${x}\t${y}\t${z}`); });
  const te = F('57', '人'), ta = F('51', '人'), tz = F(pct(51, 57) + '%');
  r.p(`合计\t${te}\t${ta}\t${tz}`, '');
  r.sum('编制合计', fe, te); r.sum('实有合计', fa, ta); r.ratio('合计控制率', ta, te, tz);

  r.p('二、部门预算及执行情况', '');
  r.p('（一）预算调整', '');
  const fA = F(wan(A, true) + '万元'), fAdd = F(wan(add, true) + '万元'), fCut = F(wan(cut) + '万元'), fT = F(wan(T, true) + '万元');
  r.sum('年初+追加-压减=全年', [fA, fAdd, fCut], fT, [1, 1, -1]);
  r.p(I + `年初预算${fA}，年中追加上级困难群众救助补助和养老服务体系建设资金${fAdd}，压减${fCut}，全年预算${fT}。`);
  const fSa = F('4,862.40万元'), fSb = F('3,037.60万元'), fT9 = F(wan(T, true) + '万元');
  r.sum('资金来源合计', [fSa, fSb], fT9); r.same('全年预算（来源）', fT, fT9);
  r.p(I + `全年预算${fT9}中，中央和省级补助${fSa}，县级财政安排${fSb}。`, '');
  r.p('（二）执行情况', '');
  const fE = F(wan(E, true) + '万元'), fR = F(rate + '%'), fL = F(wan(T - E) + '万元'), fT2 = F(wan(T, true) + '万元');
  r.ratio('执行率', fE, fT2, fR); r.sum('结转结余', [fT2, fE], fL, [1, -1]); r.same('全年预算（两处）', fT, fT2);
  const fBB = F(wan(basB, true) + '万元'), fBE = F(wan(basE, true) + '万元'), fBR = F(pct(basE, basB) + '%');
  r.ratio('基本支出执行率', fBE, fBB, fBR);
  r.p(I + `全年支出${fE}，执行率${fR}，结转结余${fL}（全年预算${fT2}）。其中基本支出预算${fBB}，支出${fBE}，执行率${fBR}。`);
  r.p(I + '项目支出情况：');
  const pb = [], pe = [];
  projs.forEach(([n, b, e], i) => {
    const x = F(wan(b, true) + '万元'), y = F(wan(e, true) + '万元'), z = F(pct(e, b) + '%');
    r.ratio(`${n}执行率`, y, x, z); pb.push(x); pe.push(y); projs[i].fe = y;
    r.p(I + `${i + 1}．${n}：预算${x}，支出${y}，执行率${z}。`);
  });
  const fPB = F(wan(projB, true) + '万元'), fPE = F(wan(projE, true) + '万元');
  r.sum('项目预算合计', pb, fPB); r.sum('项目支出合计', pe, fPE);
  r.sum('基本+项目预算=全年', [fBB, fPB], fT2); r.sum('基本+项目支出=总支出', [fBE, fPE], fE);
  r.p(I + `项目支出预算合计${fPB}，支出合计${fPE}。养老服务体系建设执行率较低，是因为2个村级互助养老服务点选址调整，年内未能开工。`, '');
  r.p('（三）“三公”经费', '');
  r.p('项目\t2024年预算（万元）\t2024年决算（万元）\t增减（万元）');
  const sg = [['公务接待费', W('3.00'), W('2.35')], ['公务用车运行维护费', W('6.50'), W('5.82')], ['因公出国（境）费', 0n, 0n]];
  const sb = [], se = [], sd = [];
  sg.forEach(([n, b, e]) => { const x = F(wan(b), '万元'), y = F(wan(e), '万元'), z = F(wan(e - b), '万元'); r.sum(`${n}增减`, [y, x], z, [1, -1]); sb.push(x); se.push(y); sd.push(z); r.p(`${n}\t${x}\t${y}\t${z}`); });
  const sgB = sum(sg.map((x) => x[1])), sgE = sum(sg.map((x) => x[2]));
  const xb = F(wan(sgB), '万元'), xe = F(wan(sgE), '万元'), xd = F(wan(sgE - sgB), '万元');
  r.p(`合计\t${xb}\t${xe}\t${xd}`, '');
  r.sum('三公预算合计', sb, xb); r.sum('三公决算合计', se, xe); r.sum('三公增减合计', sd, xd); r.sum('合计增减', [xe, xb], xd, [1, -1]);
  const last = W('9.01');
  const y1 = F(wan(sgE) + '万元'), y0 = F(wan(last) + '万元'), yd = F(wan(last - sgE) + '万元');
  r.same('三公决算（表与正文）', xe, y1);
  const badRel = r.sum('三公经费较上年减少额=上年决算-本年决算', [y0, y1], yd, [1, -1]);
  r.p(I + `2024年“三公”经费决算${y1}，上年决算${y0}，较上年减少${yd}。局机关和下属单位共有公务用车3辆，主要用于困难群众走访、救助管理站流浪乞讨人员护送返乡。`, '');

  r.p('三、履职绩效', '');
  const tk = F('1,840人'), tk1 = F('412人'), tk2 = F('1,428人');
  r.sum('特困人员=集中+分散', [tk1, tk2], tk);
  r.p(I + `（一）兜底保障。全县特困人员${tk}，其中集中供养${tk1}、分散供养${tk2}，基本生活标准和照料护理补贴按时足额发放。全年实施临时救助2,215人次。`);
  const gl = F(wan(projs[2][2], true) + '万元'), gn = F('10,720人'), gp = F(div(projs[2][2], 10720n * 100n, 0) + '元');
  r.ratio('高龄津贴人均', gl, gn, gp); r.same('高龄津贴（两处）', projs[2].fe, gl);
  r.p(I + `（二）高龄津贴。向全县80周岁以上老年人${gn}发放高龄津贴${gl}，人均每年${gp}。`);
  const yT = F('20个'), yA = F('18个'), yR = F(pct(18, 20) + '%');
  r.ratio('互助养老点完成率', yA, yT, yR);
  r.p(I + `（三）养老服务。新建村级互助养老服务点${yA}，计划${yT}，完成率${yR}；县社会福利院完成适老化改造并转型为区域养老服务中心，护理型床位占比提高到58%。`);
  r.p(I + '（四）儿童福利和残疾人福利。孤儿和事实无人抚养儿童基本生活费按月发放，困难残疾人生活补贴和重度残疾人护理补贴实现“跨省通办”“全程网办”。', '');
  const qF = F('800份'), qH = F('781份'), qV = F('772份'), qM = F('735份'), qR = F(pct(735, 772) + '%');
  r.ratio('满意度', qM, qV, qR);
  r.p(I + `（五）满意度。局里委托县社会工作服务中心对救助对象、老年人及其家属开展调查，问卷发出${qF}、收回${qH}，有效${qV}，其中满意${qM}，满意度${qR}，较上年略有提高。`, '');

  r.p('四、自评情况', '');
  const parts = [['运行成本', 15, '14.5'], ['管理效率', 25, '24'], ['履职效能', 40, '37.6'], ['社会效应', 10, '9.5'], ['服务对象满意度', 10, '10']];
  const fw = [], fsc = [];
  const segs = parts.map(([n, wt, s]) => { const a = F(wt + '分'), b = F(s + '分'); fw.push(a); fsc.push(b); return `${n}${a}，得${b}`; });
  const tot = sum(parts.map((x) => S(x[2])));
  const fTot = F(sc(tot) + '分'), fG = F(grade(tot)), f100 = F('100分');
  r.sum('得分合计', fsc, fTot); r.sum('分值合计', fw, f100); r.grade('等级', fTot, fG);
  r.p(I + `按县财政局部门整体支出评价指标：${segs.join('；')}。五项满分${f100}，合计得分${fTot}，评价等级为“${fG}”。履职效能扣分是因为互助养老服务点未全部建成。`, '');

  r.p('五、存在的问题', '');
  r.p(I + '（一）社会救助对象认定中，部分乡镇对家庭财产、赡养费的核算口径不统一。');
  r.p(I + '（二）农村养老服务设施“建得起、运营难”，部分互助养老点运营经费不足，利用率不高。');
  r.p(I + '（三）部门项目绩效目标以数量指标为主，反映服务质量的指标较少。', '');
  r.p('六、改进措施', '');
  r.p(I + '（一）制定全县社会救助家庭经济状况核算细则，统一核算口径。');
  r.p(I + '（二）对运营满一年的互助养老点开展评估，按评估结果给予运营补贴。');
  r.p(I + '（三）2025年起每个项目至少设置1项质量指标和1项满意度指标。');

  r.bad(yd, '0.48万元', badRel);
  return r;
};
