'use strict';
// 23 霁川县农业技术推广中心 部门整体支出（县级事业单位，农业，Markdown，无自评表，等级“良”）
module.exports = (H) => {
  const { W, Y, S, wan, pct, num, sc, sum, cn, grade, Rep, div, rhu } = H;
  const r = new Rep(23, 'jichuan-nongye-jishu-tuiguang-zhongxin', 'md', '霁川县农业技术推广中心部门整体支出');
  const F = (t, u) => r.f(t, u);

  const pers = W('752.10'), pubB = W('74.20'), pubE = W('72.06');
  const projs = [['高素质农民培育', W('180.00'), W('180.00')], ['农作物病虫害防治', W('156.40'), W('152.88')], ['耕地质量监测', W('68.70'), W('66.15')], ['基层农技推广体系改革与建设', W('154.00'), W('150.26')]];
  const projB = sum(projs.map((x) => x[1])), projE = sum(projs.map((x) => x[2]));
  const basB = pers + pubB, basE = pers + pubE, T = basB + projB, E = basE + projE;
  const A = W('1136.80'), add = T - A;
  const rate = pct(E, T);

  r.p('# 霁川县农业技术推广中心2024年度部门整体支出绩效自评报告', '');
  r.p('## 一、部门概况', '');
  const fN = F('五个');
  const ds = ['办公室', '粮油作物站', '经济作物站', '植保植检站', '土壤肥料站'];
  r.count('内设站室个数', fN, ds.map((_, i) => 'd' + i));
  r.p(`县农业技术推广中心是县农业农村局所属公益一类事业单位，承担农业新技术引进试验示范、农作物病虫害监测防控、耕地质量监测和农民技术培训等职能。中心内设${fN}站室：`, '');
  ds.forEach((d, i) => r.p(`${r.mark('d' + i)}- ${d}`));
  r.p('');
  const sE = F('42名'), sA = F('39名'), sR = F(pct(39, 42) + '%');
  r.ratio('编制使用率', sA, sE, sR);
  r.p(`核定事业编制${sE}，年末在编${sA}，编制使用率${sR}。其中具有高级职称的11人，常年在乡镇工作的农技人员24人。`, '');

  r.p('## 二、预算安排和执行', '');
  const fA = F(wan(A, true) + '万元'), fAdd = F(wan(add) + '万元'), fT = F(wan(T, true) + '万元');
  r.sum('年初+追加=全年', [fA, fAdd], fT);
  const fSa = F('1,085.40万元'), fSb = F('300.00万元');
  r.p(`**预算安排。** 年初预算${fA}，年中追加高素质农民培育和病虫害统防统治资金${fAdd}，全年预算${fT}，其中县级财政拨款${fSa}、中央农业技术推广补助资金${fSb}。`, '');
  const fBB = F(wan(basB) + '万元'), fPB = F(wan(projB) + '万元');
  r.sum('基本+项目=全年', [fBB, fPB], fT);
  r.sum('资金来源合计', [fSa, fSb], fT);
  const fE = F(wan(E, true) + '万元'), fR = F(rate + '%'), fL = F(wan(T - E) + '万元'), fT2 = F(wan(T, true) + '万元');
  r.ratio('执行率', fE, fT2, fR); r.sum('结余', [fT2, fE], fL, [1, -1]); r.same('全年预算（两处）', fT, fT2);
  r.p(`**预算执行。** 全年预算中基本支出${fBB}、项目支出${fPB}。全年实际支出${fE}，占全年预算${fT2}的${fR}，结余${fL}。`, '');
  const fBE = F(wan(basE) + '万元'), fP = F(wan(pers) + '万元'), fG = F(wan(pubE) + '万元');
  r.sum('基本支出=人员+公用', [fP, fG], fBE);
  r.p(`基本支出${fBE}，其中人员经费${fP}、公用经费${fG}。项目支出明细如下：`, '');
  r.p('| 项目 | 预算（万元） | 支出（万元） | 执行率 | 结余（万元） |', '|---|---:|---:|---:|---:|');
  const pb = [], pe = [], pl = [];
  projs.forEach((p) => { const x = F(wan(p[1]), '万元'), y = F(wan(p[2]), '万元'), z = F(pct(p[2], p[1]) + '%'), l = F(wan(p[1] - p[2]), '万元'); r.ratio(`${p[0]}执行率`, y, x, z); r.sum(`${p[0]}结余`, [x, y], l, [1, -1]); pb.push(x); pe.push(y); pl.push(l); p.fe = y; r.p(`| ${p[0]} | ${x} | ${y} | ${z} | ${l} |`); });
  const tb = F(wan(projB), '万元'), te = F(wan(projE), '万元'), tz = F(pct(projE, projB) + '%'), tl = F(wan(projB - projE), '万元');
  r.p(`| 合计 | ${tb} | ${te} | ${tz} | ${tl} |`, '');
  r.sum('项目预算合计', pb, tb); r.sum('项目支出合计', pe, te); r.sum('项目结余合计', pl, tl); r.ratio('项目执行率', te, tb, tz); r.same('项目预算（正文与表）', fPB, tb);
  r.sum('基本+项目支出=总支出', [fBE, te], fE);
  r.p('**政府采购。** 全年政府采购情况如下：', '');
  r.p('| 类别 | 采购内容 | 预算（万元） | 实际（万元） |', '|---|---|---:|---:|');
  const gp = [['货物', '植保无人机、土壤养分速测仪', W('86.00'), W('81.36')], ['服务', '病虫害统防统治作业服务', W('120.00'), W('118.40')]];
  const gb = [], ga = [];
  gp.forEach(([k, c, b, a]) => { const x = F(wan(b), '万元'), y = F(wan(a), '万元'); gb.push(x); ga.push(y); r.p(`| ${k} | ${c} | ${x} | ${y} |`); });
  const gtb = F(wan(sum(gp.map((x) => x[2]))), '万元'), gta = F(wan(sum(gp.map((x) => x[3]))), '万元');
  r.p(`| 合计 | | ${gtb} | ${gta} |`, '');
  r.sum('采购预算合计', gb, gtb); r.sum('采购实际合计', ga, gta);

  r.p('## 三、履职绩效', '');
  const tN = F('612人'), tT = F('600人'), tE = F(wan(projs[0][2]) + '万元'), tP = F(div(projs[0][2], 612n * 100n, 2) + '元');
  r.ratio('高素质农民人均培育成本', tE, tN, tP); r.same('培育支出（表与正文）', projs[0].fe, tE);
  r.p(`1. **高素质农民培育。** 完成培育${tN}（目标${tT}），培育资金${tE}，人均${tP}，控制在省定3,000元以内。学员中家庭农场主和合作社带头人占比超过一半。`);
  const bA = F('12.6万亩'), bT = F('12万亩'), bR = F(pct(126, 120) + '%');
  r.ratio('统防统治完成率', bA, bT, bR);
  r.p(`2. **病虫害防控。** 开展水稻、玉米病虫害统防统治${bA}，完成计划${bT}的${bR}；发布病虫情报24期，重大病虫害未造成大面积成灾。`);
  r.p('3. **耕地质量监测。** 完成65个耕地质量监测点的取样化验，发布全县耕地质量年度报告，为测土配方施肥提供了数据支撑。');
  r.p('4. **技术推广。** 建设农业科技示范基地8个，引进示范新品种21个、新技术9项，主推技术到位率达到95%以上。', '');
  const qF = F('500份'), qH = F('496份'), qV = F('490份'), qM = F('463份'), qR = F(pct(463, 490) + '%');
  r.ratio('满意度', qM, qV, qR);
  r.p(`**满意度。** 对参训学员和科技示范户的问卷调查共发放${qF}，回收${qH}，有效${qV}，其中${qM}表示满意，满意度${qR}。`, '');

  r.p('## 四、自评结论', '');
  const parts = [['投入', 20, '17.5', '年初预算编制不够精细，项目追加较多'], ['过程', 20, '16.0', '固定资产账实核对不及时，两台监测仪器未及时入账'], ['产出', 35, '33.6', '耕地质量监测报告发布时间晚于计划'], ['效益', 15, '13.2', '新技术推广的效益数据主要靠估算'], ['满意度', 10, '9.0', '部分学员认为实训课时偏少']];
  const fw = [], fs = [];
  parts.forEach(([n, wt, s, why]) => { const a = F(wt + '分'), b = F(s + '分'); fw.push(a); fs.push(b); r.p(`- ${n}指标（${a}）：得${b}。扣分原因：${why}。`); });
  const tot = sum(parts.map((x) => S(x[2])));
  const fTot = F(sc(tot) + '分'), fGr = F(grade(tot)), f100 = F('100分');
  const badRel = r.sum('五项得分之和=自评总分', fs, fTot);
  r.sum('五项分值之和=100', fw, f100); r.grade('等级', fTot, fGr);
  r.p('', `五项满分合计${f100}，自评总分${fTot}，评价等级为“${fGr}”。`, '');

  r.p('## 五、存在的问题', '');
  r.p('1. 内部管理基础较弱，资产管理、合同管理等制度执行不到位；',
    '2. 绩效目标中效益指标难以量化，年终评价依据不足；',
    '3. 乡镇农技人员年龄偏大，知识更新慢。', '');
  r.p('## 六、整改措施', '');
  r.p('1. 2025年上半年完成固定资产全面清查，建立资产卡片动态管理制度；',
    '2. 会同县统计部门建立示范基地产量和效益跟踪调查机制；',
    '3. 实施农技人员知识更新培训计划，每人每年脱产培训不少于5天。');

  r.bad(fs[1], '19.0分', badRel);
  return r;
};
