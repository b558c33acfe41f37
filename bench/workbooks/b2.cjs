'use strict';
// Files 09–16
const { add, sub, rate, notes, D, indBlock, execScore, grade, I } = require('./core.cjs');
const dash = '—';
const hdr = (S, row, cols, names, o = {}) => names.forEach((h, i) => S.put(`${cols[i]}${row}`, h, { bold: true, ...o }));

// ---------------------------------------------------------------- 09
function f09(ctx) {
  ctx.unit = '临江市科学技术局';
  ctx.feat('project funds by group (一、部门项目 / 二、专项资金) each with its own 小计 line, 合计 at bottom = Σ小计', '指标文号 column (临财教〔2024〕58号 — not figures)', '预决算差额 and 使用率 typed (0.00%)', '差额原因 text restating an amount', 'note + 填表人/电话/日期');
  const S = ctx.sheet('项目资金使用情况');
  S.widths({ A: 6, B: 30, C: 20, D: 13, E: 13, F: 12, G: 10, H: 34 });
  S.merge('A1:H1', '临江市科学技术局2024年度项目资金使用情况表', { bold: true, size: 15, border: false }); S.height(1, 28);
  S.put('H2', '单位：万元', { h: 'right', border: false });
  hdr(S, 3, 'ABCDEFGH', ['序号', '项目名称', '指标文号', '全年预算数', '实际下达数', '预决算差额', '使用率', '差额原因']);
  const groups = [
    ['一', '部门项目小计', [
      ['科技创新平台建设运行经费', '临财教〔2024〕12号', 180.00, 176.45, '平台运行维护合同按实结算'],
      ['科技成果转化与推广', '临财教〔2024〕12号', 95.00, 95.00, ''],
      ['科普宣传及科技活动周', '临财教〔2024〕35号', 42.60, 40.18, '活动场地由合作单位提供'],
      ['科技特派员服务经费', '临财教〔2024〕35号', 66.00, 66.00, ''],
    ]],
    ['二', '专项资金小计', [
      ['市级科技计划项目', '临财教〔2024〕58号', 1200.00, 1168.30, '2个项目中期评估未通过，暂缓拨付31.70万元'],
      ['高新技术企业认定奖补', '临财教〔2024〕58号', 560.00, 560.00, ''],
      ['研发费用加计扣除奖补', '临财教〔2024〕71号', 430.00, 412.85, '部分企业申报材料不全'],
      ['知识价值信用贷款风险补偿', '临财教〔2024〕71号', 300.00, 262.40, '风险补偿按实际代偿发生额拨付'],
    ]],
  ];
  let r = 4; const subRows = []; let mut;
  let seq = 0;
  for (const [no, lab, ps] of groups) {
    const sr = r; subRows.push(sr);
    const d = add(ps.map((p) => p[2])), e = add(ps.map((p) => p[3]));
    S.put(`A${sr}`, no, { h: 'center', bold: true }); S.merge(`B${sr}:C${sr}`, `${no}、${lab.replace('小计', '')}（${'小计'}）`, { h: 'left', bold: true });
    S.put(`D${sr}`, d, { fmt: '#,##0.00', bold: true }); S.put(`E${sr}`, e, { fmt: '#,##0.00', bold: true }); S.put(`F${sr}`, sub(d, e), { fmt: '#,##0.00', bold: true }); S.put(`G${sr}`, rate(e, d, 4), { fmt: '0.00%', bold: true }); S.put(`H${sr}`, '');
    r++;
    ps.forEach((p) => {
      seq++;
      S.put(`A${r}`, seq, { h: 'center' }); S.put(`B${r}`, p[0], { h: 'left' }); S.put(`C${r}`, p[1], { h: 'center' });
      S.put(`D${r}`, p[2], { fmt: '#,##0.00' }); S.put(`E${r}`, p[3], { fmt: '#,##0.00' }); S.put(`F${r}`, sub(p[2], p[3]), { fmt: '#,##0.00' }); S.put(`G${r}`, rate(p[3], p[2], 4), { fmt: '0.00%' }); S.put(`H${r}`, p[4], { h: 'left' });
      S.rel({ type: 'diff', target: `F${r}`, a: `D${r}`, b: `E${r}`, label: `预决算差额=全年预算数−实际下达数（${p[0]}）` });
      S.rel({ type: 'ratio', target: `G${r}`, num: `E${r}`, den: `D${r}`, label: `使用率=实际下达数/全年预算数（${p[0]}）` });
      if (/\d+\.\d+万元/.test(p[4])) S.rel({ type: 'equal', a: `H${r}#2`, b: `F${r}`, label: `差额原因中暂缓拨付金额=预决算差额（${p[0]}）` });
      r++;
    });
    const rows = ps.map((_, k) => sr + 1 + k);
    for (const c of 'DEF') S.rel({ type: 'sum', target: `${c}${sr}`, parts: rows.map((x) => `${c}${x}`), label: `${lab}=各项目之和（${S.v(c + '3')}）` });
    S.rel({ type: 'diff', target: `F${sr}`, a: `D${sr}`, b: `E${sr}`, label: `预决算差额=全年预算数−实际下达数（${lab}）` });
    const id = S.rel({ type: 'ratio', target: `G${sr}`, num: `E${sr}`, den: `D${sr}`, label: `使用率=实际下达数/全年预算数（${lab}）` });
    if (no === '二') mut = { cell: `G${sr}`, id, to: decShift(S.v(`G${sr}`)) };
  }
  const tr = r;
  S.merge(`A${tr}:C${tr}`, '合计', { bold: true });
  const dT = add(subRows.map((x) => S.v(`D${x}`))), eT = add(subRows.map((x) => S.v(`E${x}`)));
  S.put(`D${tr}`, dT, { fmt: '#,##0.00', bold: true }); S.put(`E${tr}`, eT, { fmt: '#,##0.00', bold: true }); S.put(`F${tr}`, sub(dT, eT), { fmt: '#,##0.00', bold: true }); S.put(`G${tr}`, rate(eT, dT, 4), { fmt: '0.00%', bold: true }); S.put(`H${tr}`, '');
  for (const c of 'DEF') S.rel({ type: 'sum', target: `${c}${tr}`, parts: subRows.map((x) => `${c}${x}`), label: `合计=各小计之和（${S.v(c + '3')}）` });
  S.rel({ type: 'diff', target: `F${tr}`, a: `D${tr}`, b: `E${tr}`, label: '预决算差额=全年预算数−实际下达数（合计）' });
  S.rel({ type: 'ratio', target: `G${tr}`, num: `E${tr}`, den: `D${tr}`, label: '使用率=实际下达数/全年预算数（合计）' });
  S.merge(`A${tr + 1}:H${tr + 1}`, '注：使用率=实际下达数/全年预算数；专项资金由市科技局会同市财政局联合下达。', { h: 'left', border: false });
  notes(S, tr + 2, 'H', { oneLine: true, filler: '赵明远', phone: '0716-8253471', date: D(2025, 3, 5) });
  ctx.mutate('项目资金使用情况', mut.cell, mut.to, mut.id);
}
// swap the two last shown digits of a 0.00% value: 0.9725 -> 0.9752
function decShift(v) {
  const s = Math.round(v * 10000).toString();
  const t = s.slice(0, -2) + s.slice(-1) + s.slice(-2, -1);
  if (t === s) return (Number(s) + 10) / 10000;
  return Number(t) / 10000;
}

// ---------------------------------------------------------------- 10
function f10(ctx) {
  ctx.unit = '翠屏区交通运输局';
  ctx.feat('三公经费 table standalone, 合计 at top', 'rows 1./2./其中(1)(2)/3.', '2023年决算/2024年预算/2024年决算, 增减额, 增减率 (negative, “—” for zero base), 决算占预算比例', 'zero amounts shown 0.00', 'explanatory note with a count (1辆)');
  const S = ctx.sheet('三公经费');
  S.widths({ A: 30, B: 13, C: 13, D: 13, E: 15, F: 11, G: 14 });
  S.merge('A1:G1', '翠屏区交通运输局2024年度“三公”经费支出情况表', { bold: true, size: 14, border: false }); S.height(1, 26);
  S.put('G2', '单位：万元', { h: 'right', border: false });
  hdr(S, 3, 'ABCDEFG', ['项目', '2023年决算数', '2024年预算数', '2024年决算数', '决算比上年增减额', '增减率', '决算占预算比例']);
  const abroad = [0, 0, 0], buy = [0, 28.00, 26.85], run = [18.64, 17.50, 16.92], recep = [3.48, 3.00, 2.71];
  const car = [0, 1, 2].map((i) => add(buy[i], run[i])), all = [0, 1, 2].map((i) => add(abroad[i], car[i], recep[i]));
  const rows = [['合计', all], ['1.因公出国（境）费', abroad], ['2.公务用车购置及运行维护费', car], ['　其中：（1）公务用车购置费', buy], ['　　　　（2）公务用车运行维护费', run], ['3.公务接待费', recep]];
  let mut;
  rows.forEach(([lab, v], k) => {
    const r = 4 + k; const name = lab.replace(/^[\s　]*(其中：)?[（(]?\d?[)）.]?/, '');
    S.put(`A${r}`, lab, { h: 'left', bold: k === 0 });
    v.forEach((x, i) => S.put(`${'BCD'[i]}${r}`, x, { fmt: '0.00' }));
    S.put(`E${r}`, sub(v[2], v[0]), { fmt: '0.00' });
    S.rel({ type: 'diff', target: `E${r}`, a: `D${r}`, b: `B${r}`, label: `增减额=2024年决算数−2023年决算数（${name}）` });
    if (v[0] === 0) S.put(`F${r}`, dash); else {
      S.put(`F${r}`, rate(sub(v[2], v[0]), v[0], 4), { fmt: '0.00%' });
      const id = S.rel({ type: 'change', target: `F${r}`, cur: `D${r}`, prev: `B${r}`, label: `增减率=增减额/2023年决算数（${name}）` });
      if (k === 5) mut = { cell: `F${r}`, id };
    }
    if (v[1] === 0) S.put(`G${r}`, dash); else {
      S.put(`G${r}`, rate(v[2], v[1], 4), { fmt: '0.00%' });
      S.rel({ type: 'ratio', target: `G${r}`, num: `D${r}`, den: `C${r}`, label: `决算占预算比例=2024年决算数/2024年预算数（${name}）` });
    }
  });
  for (const c of 'BCDE') {
    S.rel({ type: 'sum', target: `${c}4`, parts: [`${c}5`, `${c}6`, `${c}9`], label: `“三公”经费合计=因公出国（境）+公务用车+公务接待（${S.v(c + '3')}）` });
    S.rel({ type: 'sum', target: `${c}6`, parts: [`${c}7`, `${c}8`], label: `公务用车购置及运行维护费=购置费+运行维护费（${S.v(c + '3')}）` });
  }
  S.merge('A11:G11', '说明：1.2024年公务用车购置费系按规定更新1辆执法执勤用车；2.增减率=增减额/2023年决算数。', { h: 'left', border: false });
  S.merge('A12:G12', '填报人：曾丽君　　联系电话：0831-5230916', { h: 'left', border: false });
  ctx.emptySheet('Sheet2');
  ctx.mutate('三公经费', mut.cell, -0.2231, mut.id);
}

// ---------------------------------------------------------------- 11
function f11(ctx) {
  ctx.unit = '东湖区人力资源和社会保障局';
  ctx.feat('project 自评表', 'funding header over two rows: 预算数 merged over 年初/全年, other headers merged vertically', 'phone number inside the table (联系电话 cell)', '执行率 typed 0.00%; scores General', 'text targets with comparators (≥, ≤, 时限 with a digit)', '一级 merged with （N分）, 二级 merged', '绩效指标 merged column');
  const S = ctx.sheet('自评表');
  S.widths({ A: 9, B: 11, C: 12, D: 26, E: 16, F: 15, G: 8, H: 9, I: 28 });
  S.merge('A1:I1', '2024年度项目支出绩效自评表', { bold: true, size: 16, border: false }); S.height(1, 30);
  S.put('A2', '项目名称'); S.merge('B2:E2', '职业技能提升培训补贴', { h: 'left' }); S.put('F2', '主管部门'); S.merge('G2:I2', '东湖区人力资源和社会保障局', { h: 'left' });
  S.put('A3', '实施单位'); S.merge('B3:E3', '东湖区就业服务中心', { h: 'left' }); S.put('F3', '联系电话'); S.merge('G3:I3', '027-85716243', { h: 'left' });
  S.merge('A4:A8', '项目资金（万元）'); S.merge('B4:C5', ''); S.merge('D4:E4', '预算数', { bold: true }); S.put('D5', '年初', { bold: true }); S.put('E5', '全年', { bold: true });
  S.merge('F4:F5', '执行数', { bold: true }); S.merge('G4:G5', '分值', { bold: true }); S.merge('H4:H5', '执行率', { bold: true }); S.merge('I4:I5', '得分', { bold: true });
  const fin = [450.00, 512.80, 498.36], oth = [200.00, 200.00, 187.40];
  const tot = [0, 1, 2].map((i) => add(fin[i], oth[i]));
  [['年度资金总额', tot], ['其中：财政资金', fin], ['其他资金（就业补助资金）', oth]].forEach(([lab, v], k) => {
    const r = 6 + k; S.merge(`B${r}:C${r}`, lab, { h: 'left' }); v.forEach((x, i) => S.put(`${'DEF'[i]}${r}`, x, { fmt: '#,##0.00' }));
    if (k) ['G', 'H', 'I'].forEach((c) => S.put(`${c}${r}`, dash));
  });
  S.put('G6', 10, { h: 'center' }); S.put('H6', rate(tot[2], tot[1], 4), { fmt: '0.00%' }); const es = execScore(tot[2], tot[1], 10, 4, 2); S.put('I6', es, { h: 'center' });
  for (const c of 'DEF') S.rel({ type: 'sum', target: `${c}6`, parts: [`${c}7`, `${c}8`], label: `年度资金总额=财政资金+其他资金（${{ D: '年初预算', E: '全年预算', F: '执行数' }[c]}）` });
  S.rel({ type: 'ratio', target: 'H6', num: 'F6', den: 'E6', label: '执行率=执行数/全年预算数' });
  S.rel({ type: 'execscore', target: 'I6', num: 'F6', den: 'E6', weight: 'G6', label: '预算执行率得分=执行率×分值（上限为分值）' });
  S.merge('A9:A10', '年度总体目标'); S.merge('B9:E9', '预期目标'); S.merge('F9:I9', '实际完成情况');
  S.merge('B10:E10', '围绕重点群体开展补贴性职业技能培训，提升劳动者就业创业能力。', { h: 'left' });
  S.merge('F10:I10', '培训任务超额完成，培训后就业率略低于预期。', { h: 'left' }); S.height(10, 36);
  hdr(S, 11, 'ABCDEFGHI', ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
  const items = [
    I('产出指标', '数量指标', '开展补贴性职业技能培训', '≥6000人次', '6420人次', 10),
    I('产出指标', '数量指标', '取得职业资格或技能等级证书人数', '≥4200人', '4380人', 10),
    I('产出指标', '质量指标', '培训合格率', '≥85%', '88.6%', 10),
    I('产出指标', '时效指标', '补贴资金拨付时限', '培训结束后3个月内', '按时拨付', 10, 'text'),
    I('产出指标', '成本指标', '人均培训补贴标准', '≤1500元', '1200元', 10, 'lower'),
    I('效益指标', '社会效益指标', '培训后就业率', '≥70%', '65.8%', 15, 'higher', { reason: '原因：部分学员参训后继续升学或灵活就业未纳入统计。措施：加强订单式培训与就业跟踪服务。' }),
    I('效益指标', '可持续影响指标', '技能人才队伍结构', '持续优化', '持续优化', 15, 'text'),
    I('满意度指标', '服务对象满意度指标', '参训学员满意度', '≥90%', '94%', 10),
  ];
  const blk = indBlock(S, 12, { cols: { l1: 'B', l2: 'C', l3: 'D', t: 'E', a: 'F', w: 'G', s: 'H', reason: 'I' }, items, mergeL1: true, mergeL2: true, l1Label: (n, w) => `${n}（${w}分）`, sDec: 2 });
  S.merge(`A12:A${blk.next - 1}`, '绩效指标');
  const tr = blk.next;
  S.merge(`A${tr}:F${tr}`, '总分', { bold: true });
  const wsum = add(10, blk.wCells.map((c) => S.v(c))), ssum = add(es, blk.sCells.map((c) => S.v(c)));
  S.put(`G${tr}`, wsum, { h: 'center' }); S.put(`H${tr}`, ssum, { h: 'center' }); S.put(`I${tr}`, `自评等级：${grade(ssum)}`, { h: 'left' });
  S.rel({ type: 'total100', target: `G${tr}`, parts: ['G6', ...blk.wCells], label: '分值合计=100' });
  S.rel({ type: 'sum', target: `H${tr}`, parts: ['I6', ...blk.sCells], label: '总分=各项得分之和' });
  S.rel({ type: 'grade', target: `I${tr}`, total: `H${tr}`, label: '自评等级与总分一致' });
  notes(S, tr + 1, 'I', { note: '注：金额单位为万元。', oneLine: true, filler: '胡海燕', phone: '027-85716243', date: D(2025, 3, 19) });
  const eff = items.find((x) => x.l1 === '效益指标');
  const rel = ctx.rels.find((x) => x.target === `${eff._l1Cell}#1`);
  ctx.mutate('自评表', eff._l1Cell, '效益指标（35分）', rel.id);
}

// ---------------------------------------------------------------- 12
function f12(ctx) {
  ctx.unit = '枫林县科学技术和工业信息化局';
  ctx.feat('department 自评表 in the 年度预算申请 layout: amounts inside text lines (按收入性质分：1,568.34 / 其中：一般公共预算：… / 按支出性质分 / 基本支出 / 项目支出)', 'unit-set weights 产出40 效益20 满意度10 成本20', 'scores one decimal (0.0)', '成本 indicator restates 基本支出 from the text line', '执行率 typed');
  const S = ctx.sheet('整体支出自评表');
  S.widths({ A: 10, B: 12, C: 14, D: 26, E: 14, F: 14, G: 8, H: 10, I: 26 });
  S.merge('A1:I1', '2024年度部门（单位）整体支出绩效自评表', { bold: true, size: 15, border: false }); S.height(1, 28);
  S.put('A2', '预算单位名称'); S.merge('B2:I2', '枫林县科学技术和工业信息化局', { h: 'left' });
  S.merge('A3:A9', '年度预算申请（万元）'); S.merge('B3:C3', '');
  hdr(S, 3, 'DEFGHI', ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
  const y0 = 286.50, full = 1568.34, exe = 1549.72;
  S.merge('B4:C4', '年度资金总额', { h: 'left' }); S.put('D4', y0, { fmt: '#,##0.00' }); S.put('E4', full, { fmt: '#,##0.00' }); S.put('F4', exe, { fmt: '#,##0.00' });
  S.put('G4', 10, { h: 'center' }); S.put('H4', rate(exe, full, 4), { fmt: '0.00%' }); const es = execScore(exe, full, 10, 4, 1); S.put('I4', es, { fmt: '0.0' });
  S.rel({ type: 'ratio', target: 'H4', num: 'F4', den: 'E4', label: '执行率=全年执行数/全年预算数' });
  S.rel({ type: 'execscore', target: 'I4', num: 'F4', den: 'E4', weight: 'G4', label: '预算执行率得分=执行率×分值（上限为分值）' });
  const L = [['按收入性质分：1,568.34', '按支出性质分：1,568.34'], ['其中：一般公共预算：1,448.34', '其中：基本支出：312.56'], ['政府性基金拨款：120.00', '项目支出：1,255.78'], ['纳入专户管理的非税收入拨款：', ''], ['其他资金：', '']];
  L.forEach(([a, b], k) => { const r = 5 + k; S.merge(`B${r}:E${r}`, a, { h: 'left' }); S.merge(`F${r}:I${r}`, b, { h: 'left' }); });
  S.rel({ type: 'equal', a: 'B5#1', b: 'E4', label: '按收入性质分合计=全年预算数' });
  S.rel({ type: 'equal', a: 'F5#1', b: 'E4', label: '按支出性质分合计=全年预算数' });
  S.rel({ type: 'sum', target: 'B5#1', parts: ['B6#1', 'B7#1'], label: '按收入性质分=一般公共预算+政府性基金' });
  const mutId = S.rel({ type: 'sum', target: 'F5#1', parts: ['F6#1', 'F7#1'], label: '按支出性质分=基本支出+项目支出' });
  S.merge('A10:A11', '年度总体目标'); S.merge('B10:E10', '预期目标'); S.merge('F10:I10', '实际完成情况');
  S.merge('B11:E11', '推动工业经济稳增长，培育科技型企业，提升企业创新能力。', { h: 'left' }); S.merge('F11:I11', '工业经济总体平稳，科技创新主体持续壮大。', { h: 'left' }); S.height(11, 36);
  hdr(S, 12, 'ABCDEFGHI', ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
  const items = [
    I('产出指标', '数量指标', '新增规模以上工业企业', '≥15家', '18家', 10),
    I('产出指标', '数量指标', '新认定高新技术企业', '≥12家', '14家', 10),
    I('产出指标', '质量指标', '企业技术改造项目验收通过率', '≥90%', '92.5%', 10),
    I('产出指标', '时效指标', '惠企资金兑现时限', '12月底前', '12月底前全部兑现', 10, 'text'),
    I('效益指标', '经济效益指标', '规模工业增加值增长', '≥7%', '6.3%', 10, 'higher', { reason: '原因：主导行业订单减少，部分企业减产。措施：加大企业帮扶力度，推动技改项目尽快达产。' }),
    I('效益指标', '社会效益指标', '技术合同成交额', '≥8亿元', '9.6亿元', 10),
    I('满意度指标', '服务对象满意度指标', '企业满意度', '≥90%', '93%', 10),
    I('成本指标', '经济成本指标', '基本支出', '≤320万元', '312.56万元', 10, 'lower'),
    I('成本指标', '社会成本指标', '单位工业增加值能耗下降', '≥3%', '3.2%', 10),
  ];
  const blk = indBlock(S, 13, { cols: { l1: 'B', l2: 'C', l3: 'D', t: 'E', a: 'F', w: 'G', s: 'H', reason: 'I' }, items, mergeL1: true, mergeL2: true, l1Label: (n, w) => `${n}（${w}分）`, sDec: 1, sFmt: '0.0' });
  S.merge(`A13:A${blk.next - 1}`, '');
  S.rel({ type: 'equal', a: `F${items[7]._r}#1`, b: 'F6#1', label: '成本指标基本支出实际值=按支出性质分基本支出' });
  const tr = blk.next;
  S.merge(`A${tr}:F${tr}`, '总分', { bold: true });
  const wsum = add(10, blk.wCells.map((c) => S.v(c))), ssum = add(es, blk.sCells.map((c) => S.v(c)));
  S.put(`G${tr}`, wsum, { h: 'center' }); S.put(`H${tr}`, ssum, { fmt: '0.0', h: 'center' }); S.put(`I${tr}`, `自评等级：${grade(ssum)}`, { h: 'left' });
  S.rel({ type: 'total100', target: `G${tr}`, parts: ['G4', ...blk.wCells], label: '分值合计=100' });
  S.rel({ type: 'sum', target: `H${tr}`, parts: ['I4', ...blk.sCells], label: '总分=各项得分之和' });
  S.rel({ type: 'grade', target: `I${tr}`, total: `H${tr}`, label: '自评等级与总分一致' });
  S.merge(`A${tr + 1}:I${tr + 1}`, '注：金额单位为万元。', { h: 'left', border: false });
  ctx.mutate('整体支出自评表', 'F7', '项目支出：1,225.78', mutId);
}

// ---------------------------------------------------------------- 13
function f13(ctx) {
  ctx.unit = '青溪市卫生健康委员会';
  ctx.feat('summary of several projects\' self-evaluation results (one row per project)', '执行率 as a SHARED formula filled down (E4:E11) + its own formula on 合计', '预算执行率得分（10分）, 绩效指标得分（90分）, 自评总分 = sum, 自评等级 per row (优/良/中)', '合计 row with money + rate only', 'caption 金额单位：万元 in the title area');
  const S = ctx.sheet('项目自评汇总');
  S.widths({ A: 6, B: 28, C: 13, D: 13, E: 10, F: 14, G: 14, H: 11, I: 10 });
  S.merge('A1:I1', '青溪市卫生健康委员会2024年度项目支出绩效自评结果汇总表', { bold: true, size: 14, border: false }); S.height(1, 28);
  S.merge('A2:D2', '填报单位：青溪市卫生健康委员会', { h: 'left', border: false }); S.put('I2', '金额单位：万元', { h: 'right', border: false });
  hdr(S, 3, 'ABCDEFGHI', ['序号', '项目名称', '全年预算数', '全年执行数', '执行率', '预算执行率得分（10分）', '绩效指标得分（90分）', '自评总分', '自评等级']);
  const P = [
    ['基本公共卫生服务补助', 2860.00, 2807.45, 86.50],
    ['重大传染病防控经费', 420.00, 398.72, 84.00],
    ['家庭医生签约服务', 350.00, 350.00, 88.00],
    ['基层医疗卫生机构能力建设', 1280.00, 1096.88, 78.50],
    ['妇幼健康服务项目', 265.00, 261.38, 85.00],
    ['卫生健康信息化建设', 680.00, 512.60, 72.00],
    ['医疗卫生人才培养', 156.00, 149.82, 86.00],
    ['爱国卫生运动经费', 88.00, 86.93, 87.50],
  ];
  let mut;
  P.forEach((p, k) => {
    const r = 4 + k;
    S.put(`A${r}`, k + 1, { h: 'center' }); S.put(`B${r}`, p[0], { h: 'left' });
    S.put(`C${r}`, p[1], { fmt: '#,##0.00' }); S.put(`D${r}`, p[2], { fmt: '#,##0.00' });
    S.put(`E${r}`, k === 0 ? { f: 'D4/C4', r: p[2] / p[1], ref: `E4:E${4 + P.length - 1}` } : { f: `D${r}/C${r}`, shared: 'E4', r: p[2] / p[1] }, { fmt: '0.00%' });
    const es = execScore(p[2], p[1], 10, 4, 2);
    S.put(`F${r}`, es, { fmt: '0.00', h: 'center' }); S.put(`G${r}`, p[3], { fmt: '0.00', h: 'center' });
    const tot = add(es, p[3]); S.put(`H${r}`, tot, { fmt: '0.00', h: 'center' }); S.put(`I${r}`, grade(tot), { h: 'center' });
    S.rel({ type: 'ratio', target: `E${r}`, num: `D${r}`, den: `C${r}`, label: `执行率=全年执行数/全年预算数（${p[0]}）` });
    S.rel({ type: 'execscore', target: `F${r}`, num: `D${r}`, den: `C${r}`, weight: 10, label: `预算执行率得分=执行率×10（${p[0]}）` });
    const id = S.rel({ type: 'sum', target: `H${r}`, parts: [`F${r}`, `G${r}`], label: `自评总分=预算执行率得分+绩效指标得分（${p[0]}）` });
    S.rel({ type: 'grade', target: `I${r}`, total: `H${r}`, label: `自评等级与总分一致（${p[0]}）` });
    if (k === 3) mut = { cell: `H${r}`, to: 87.70, id };
  });
  const tr = 4 + P.length;
  S.merge(`A${tr}:B${tr}`, '合计', { bold: true });
  const c = add(P.map((p) => p[1])), d = add(P.map((p) => p[2]));
  S.put(`C${tr}`, { f: `SUM(C4:C${tr - 1})`, r: c }, { fmt: '#,##0.00', bold: true }); S.put(`D${tr}`, { f: `SUM(D4:D${tr - 1})`, r: d }, { fmt: '#,##0.00', bold: true });
  S.put(`E${tr}`, { f: `D${tr}/C${tr}`, r: d / c }, { fmt: '0.00%', bold: true });
  ['F', 'G', 'H', 'I'].forEach((x) => S.put(`${x}${tr}`, dash));
  S.rel({ type: 'sum', target: `C${tr}`, parts: P.map((_, k) => `C${4 + k}`), label: '合计=各项目之和（全年预算数）' });
  S.rel({ type: 'sum', target: `D${tr}`, parts: P.map((_, k) => `D${4 + k}`), label: '合计=各项目之和（全年执行数）' });
  S.rel({ type: 'ratio', target: `E${tr}`, num: `D${tr}`, den: `C${tr}`, label: '执行率=全年执行数/全年预算数（合计）' });
  S.merge(`A${tr + 1}:I${tr + 1}`, '注：自评等级：90分（含）以上为优，80（含）—90分为良，60（含）—80分为中，60分以下为差。', { h: 'left', border: false });
  notes(S, tr + 2, 'I', { oneLine: true, filler: '梁婉婷', phone: '0745-2856032', date: D(2025, 4, 8) });
  ctx.mutate('项目自评汇总', mut.cell, mut.to, mut.id);
}

// ---------------------------------------------------------------- 14
function f14(ctx) {
  ctx.unit = '西溪街道办事处';
  ctx.feat('公用经费 detail table, 合计 at top', '2024年预算/2024年决算/预算−决算/2023年决算/同比增减率 (0.00%, negative rates)', '16 expense lines (办公费…其他商品和服务支出)', 'second block: 实有人数 and 人均公用经费 (ratio without %)', 'no borders on caption lines, hidden gridlines');
  const S = ctx.sheet('公用经费', { grid: false });
  S.widths({ A: 26, B: 14, C: 14, D: 14, E: 14, F: 12 });
  S.merge('A1:F1', '西溪街道办事处2024年度公用经费支出明细表', { bold: true, size: 14, border: false }); S.height(1, 26);
  S.put('F2', '单位：万元', { h: 'right', border: false });
  hdr(S, 3, 'ABCDEF', ['科目', '2024年预算数', '2024年决算数', '预算−决算', '2023年决算数', '同比增减率']);
  const L = [['办公费', 12.00, 11.46, 10.82], ['印刷费', 3.50, 3.12, 3.48], ['水费', 1.80, 1.74, 1.66], ['电费', 6.20, 6.48, 5.95], ['邮电费', 2.40, 2.21, 2.35], ['物业管理费', 9.60, 9.60, 9.20],
    ['差旅费', 4.50, 3.86, 4.27], ['维修（护）费', 5.00, 4.63, 6.14], ['会议费', 1.20, 0.86, 1.05], ['培训费', 2.00, 1.92, 1.38], ['公务接待费', 1.50, 1.06, 1.32], ['工会经费', 7.80, 7.80, 7.36],
    ['福利费', 5.60, 5.52, 5.28], ['公务用车运行维护费', 3.20, 2.96, 3.05], ['其他交通费用', 14.40, 14.40, 13.80], ['其他商品和服务支出', 8.30, 7.95, 8.66]];
  const tot = ['公用经费合计', add(L.map((x) => x[1])), add(L.map((x) => x[2])), add(L.map((x) => x[3]))];
  [tot, ...L].forEach((x, k) => {
    const r = 4 + k;
    S.put(`A${r}`, k ? `　${x[0]}` : '合计', { h: k ? 'left' : 'center', bold: !k });
    S.put(`B${r}`, x[1], { fmt: '#,##0.00', bold: !k }); S.put(`C${r}`, x[2], { fmt: '#,##0.00', bold: !k }); S.put(`D${r}`, sub(x[1], x[2]), { fmt: '#,##0.00', bold: !k });
    S.put(`E${r}`, x[3], { fmt: '#,##0.00', bold: !k }); S.put(`F${r}`, rate(sub(x[2], x[3]), x[3], 4), { fmt: '0.00%', bold: !k });
    const nm = k ? x[0] : '合计';
    S.rel({ type: 'diff', target: `D${r}`, a: `B${r}`, b: `C${r}`, label: `预算−决算（${nm}）` });
    S.rel({ type: 'change', target: `F${r}`, cur: `C${r}`, prev: `E${r}`, label: `同比增减率=(2024年决算−2023年决算)/2023年决算（${nm}）` });
  });
  const last = 4 + L.length;
  for (const c of 'BCDE') S.rel({ type: 'sum', target: `${c}4`, parts: L.map((_, k) => `${c}${5 + k}`), label: `公用经费合计=各科目之和（${S.v(c + '3')}）` });
  const r0 = last + 2;
  S.merge(`A${r0}:F${r0}`, '人均公用经费', { h: 'left', bold: true, border: false });
  S.put(`A${r0 + 1}`, '年末实有人数（人）', { h: 'left' }); S.put(`B${r0 + 1}`, 36, { h: 'center' });
  S.put(`A${r0 + 2}`, '人均公用经费（万元/人）', { h: 'left' }); S.put(`B${r0 + 2}`, rate(tot[2], 36, 2), { fmt: '0.00', h: 'center' });
  const id = S.rel({ type: 'ratio', target: `B${r0 + 2}`, num: 'C4', den: `B${r0 + 1}`, label: '人均公用经费=公用经费决算合计/年末实有人数' });
  S.put(`C${r0 + 2}`, '按2024年决算数计算', { h: 'left', border: false });
  S.merge(`A${r0 + 4}:F${r0 + 4}`, '填表：办公室　　联系电话：0571-88652437　　日期：2025年3月', { h: 'left', border: false });
  ctx.mutate('公用经费', `B${r0 + 2}`, add(rate(tot[2], 36, 2), 0.1), id);
}

// ---------------------------------------------------------------- 15
function f15(ctx) {
  ctx.unit = '峨屏县交通运输局（峨屏县农村公路养护中心实施）';
  ctx.feat('project 自评表, Sichuan-like: no vertical merges (一级/二级 repeated on each row)', 'separate columns 指标性质 (≥/≤/＝/定性), 指标值, 度量单位, 实际完成值 (numbers as General)', 'funding rows 财政拨款 with 其中 中央/县级, 其他资金, 合计 at BOTTOM', 'headers 全年预算数（A）/全年执行数（B）/执行率（B/A）, 执行率 formulas per row', '总分 row with 分值 100');
  const S = ctx.sheet('项目支出绩效自评表');
  S.widths({ A: 10, B: 12, C: 24, D: 9, E: 14, F: 11, G: 12, H: 7, I: 8, J: 28 });
  S.merge('A1:J1', '项目支出绩效自评表', { bold: true, size: 16, border: false }); S.merge('A2:J2', '（2024年度）', { border: false });
  S.put('A3', '项目名称'); S.merge('B3:E3', '2024年农村公路养护项目', { h: 'left' }); S.put('F3', '主管部门'); S.merge('G3:J3', '峨屏县交通运输局', { h: 'left' });
  S.put('A4', '实施单位'); S.merge('B4:E4', '峨屏县农村公路养护中心', { h: 'left' }); S.put('F4', '项目类型'); S.merge('G4:J4', '常年性项目', { h: 'left' });
  S.merge('A5:A10', '项目资金（万元）'); S.merge('B5:C5', '资金来源', { bold: true });
  hdr(S, 5, 'DEFGH', ['全年预算数（A）', '全年执行数（B）', '执行率（B/A）', '分值', '得分']); S.merge('I5:J5', '备注', { bold: true });
  const zy = [560.00, 560.00], xj = [385.40, 362.18], cz = [add(zy[0], xj[0]), add(zy[1], xj[1])], qt = [null, null], hj = [cz[0], cz[1]];
  const rows = [['财政拨款', cz], ['其中：中央车购税补助', zy], ['　　　县级财政', xj], ['其他资金', qt], ['合计', hj]];
  rows.forEach(([lab, v], k) => {
    const r = 6 + k; S.merge(`B${r}:C${r}`, lab, { h: k === 4 ? 'center' : 'left', bold: k === 4 });
    if (v[0] === null) { S.put(`D${r}`, dash); S.put(`E${r}`, dash); S.put(`F${r}`, dash); } else {
      S.put(`D${r}`, v[0], { fmt: '#,##0.00' }); S.put(`E${r}`, v[1], { fmt: '#,##0.00' }); S.put(`F${r}`, { f: `E${r}/D${r}`, r: v[1] / v[0] }, { fmt: '0.00%' });
      S.rel({ type: 'ratio', target: `F${r}`, num: `E${r}`, den: `D${r}`, label: `执行率=全年执行数/全年预算数（${lab.replace(/^[\s　]*(其中：)?/, '')}）` });
    }
    if (k !== 4) { S.put(`G${r}`, dash); S.put(`H${r}`, dash); }
    S.merge(`I${r}:J${r}`, k === 2 ? '部分路段养护工程按实结算' : '', { h: 'left' });
  });
  S.put('G10', 10, { h: 'center' }); const es = execScore(hj[1], hj[0], 10, 4, 2); S.put('H10', es, { h: 'center' });
  S.rel({ type: 'execscore', target: 'H10', num: 'E10', den: 'D10', weight: 'G10', label: '预算执行率得分=执行率×分值（上限为分值）' });
  for (const c of 'DE') {
    S.rel({ type: 'sum', target: `${c}6`, parts: [`${c}7`, `${c}8`], label: `财政拨款=中央补助+县级财政（${S.v(c + '5')}）` });
    S.rel({ type: 'sum', target: `${c}10`, parts: [`${c}6`, `${c}9`], label: `合计=财政拨款+其他资金（${S.v(c + '5')}）` });
  }
  S.merge('A11:A12', '年度总体目标'); S.merge('B11:E11', '预期目标'); S.merge('F11:J11', '实际完成情况');
  S.merge('B12:E12', '对全县列养农村公路实施日常养护和预防性养护，保持路况良好、安全畅通。', { h: 'left' }); S.merge('F12:J12', '全年完成日常养护和路面修补任务，路况水平稳中有升。', { h: 'left' }); S.height(12, 36);
  hdr(S, 13, 'ABCDEFGHIJ', ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '实际完成值', '分值', '得分', '未完成原因分析']);
  const items = [
    I('产出指标', '数量指标', '养护农村公路里程', 860, 872.5, 10, 'higher', { cmp: '≥', unit: '公里' }),
    I('产出指标', '数量指标', '实施路面修补', 42000, 43650, 10, 'higher', { cmp: '≥', unit: '平方米' }),
    I('产出指标', '质量指标', '农村公路优良中等路率', 85, 86.4, 10, 'higher', { cmp: '≥', unit: '%' }),
    I('产出指标', '时效指标', '养护资金拨付时限', '2024年12月31日前', '已按时拨付', 10, 'text', { cmp: '定性', unit: '—' }),
    I('产出指标', '成本指标', '每公里养护成本', 1.1, 1.06, 10, 'lower', { cmp: '≤', unit: '万元/公里' }),
    I('效益指标', '社会效益指标', '农村公路列养率', 100, 100, 10, 'higher', { cmp: '＝', unit: '%' }),
    I('效益指标', '社会效益指标', '群众出行条件', '明显改善', '明显改善', 10, 'text', { cmp: '定性', unit: '—' }),
    I('效益指标', '生态效益指标', '路域环境整治', 120, 108, 5, 'higher', { cmp: '≥', unit: '公里', reason: '部分路段整治与国省道改扩建工程重叠，调整至2025年实施。' }),
    I('效益指标', '可持续影响指标', '养护长效机制', '健全', '健全', 5, 'text', { cmp: '定性', unit: '—' }),
    I('满意度指标', '服务对象满意度指标', '沿线群众满意度', 90, 91.2, 10, 'higher', { cmp: '≥', unit: '%' }),
  ];
  const blk = indBlock(S, 14, { cols: { l1: 'A', l2: 'B', l3: 'C', cmp: 'D', t: 'E', unit: 'F', a: 'G', w: 'H', s: 'I', reason: 'J' }, items, mergeL1: false, mergeL2: false, sDec: 2 });
  const tr = blk.next;
  S.merge(`A${tr}:G${tr}`, '总分', { bold: true });
  const wsum = add(10, blk.wCells.map((c) => S.v(c))), ssum = add(es, blk.sCells.map((c) => S.v(c)));
  S.put(`H${tr}`, wsum, { h: 'center' }); S.put(`I${tr}`, ssum, { h: 'center' }); S.put(`J${tr}`, `自评等级：${grade(ssum)}`, { h: 'left' });
  const id = S.rel({ type: 'total100', target: `H${tr}`, parts: ['G10', ...blk.wCells], label: '分值合计=100' });
  S.rel({ type: 'sum', target: `I${tr}`, parts: ['H10', ...blk.sCells], label: '总分=各项得分之和' });
  S.rel({ type: 'grade', target: `J${tr}`, total: `I${tr}`, label: '自评等级与总分一致' });
  notes(S, tr + 1, 'J', { filler: '何建波', phone: '0833-5126749', date: D(2025, 3, 28), dateFmt: 'yyyy"年"m"月"d"日"', dateCol: 'J' });
  ctx.mutate('项目支出绩效自评表', `H${tr}`, 90, id);
}

// ---------------------------------------------------------------- 16
function f16(ctx) {
  ctx.unit = '河阳市自然资源和规划局';
  ctx.feat('department 自评表 (万元) + sheet 项目支出明细 in 元 (same amounts, two scales)', 'funding columns with 执行率 BEFORE 分值/得分, rates typed 0.00% on every row', '项目支出明细: 合计 at bottom, 执行率 typed 0.0%', 'hidden helper sheet 下拉选项 (lists for data validation)', '一级 plain (no 分), 二级 merged');
  const S = ctx.sheet('部门整体支出绩效自评表');
  const M = ctx.sheet('项目支出明细');
  const H = ctx.sheet('下拉选项', { state: 'hidden' });
  ['产出指标', '效益指标', '满意度指标', '成本指标'].forEach((x, i) => H.put(`A${i + 1}`, x, { border: false }));
  ['数量指标', '质量指标', '时效指标', '成本指标', '经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标', '服务对象满意度指标'].forEach((x, i) => H.put(`B${i + 1}`, x, { border: false }));
  ['优', '良', '中', '差'].forEach((x, i) => H.put(`C${i + 1}`, x, { border: false }));
  ctx.feat('hidden sheet 下拉选项');
  // detail sheet in 元
  M.widths({ A: 6, B: 30, C: 18, D: 18, E: 10, F: 24 });
  M.merge('A1:F1', '2024年度项目支出明细表', { bold: true, size: 14, border: false }); M.put('F2', '单位：元', { h: 'right', border: false });
  hdr(M, 3, 'ABCDEF', ['序号', '项目名称', '全年预算数', '执行数', '执行率', '备注']);
  const P = [['国土空间总体规划编制', 3200000.00, 3050600.00], ['不动产登记信息平台运维', 1480000.00, 1480000.00], ['耕地保护与占补平衡', 2865800.00, 2741300.00], ['地质灾害防治', 1920000.00, 1876400.00], ['自然资源执法监察', 860000.00, 812900.00], ['测绘地理信息基础建设', 2040000.00, 1930900.00]];
  let mut;
  P.forEach((p, k) => {
    const r = 4 + k; M.put(`A${r}`, k + 1, { h: 'center' }); M.put(`B${r}`, p[0], { h: 'left' }); M.put(`C${r}`, p[1], { fmt: '#,##0.00' }); M.put(`D${r}`, p[2], { fmt: '#,##0.00' });
    M.put(`E${r}`, rate(p[2], p[1], 3), { fmt: '0.0%' }); M.put(`F${r}`, '', { h: 'left' });
    const id = M.rel({ type: 'ratio', target: `E${r}`, num: `D${r}`, den: `C${r}`, label: `执行率=执行数/全年预算数（${p[0]}）` });
    void id;
  });
  const tr = 4 + P.length; const c = add(P.map((p) => p[1])), d = add(P.map((p) => p[2]));
  M.merge(`A${tr}:B${tr}`, '合计', { bold: true }); M.put(`C${tr}`, c, { fmt: '#,##0.00', bold: true }); M.put(`D${tr}`, d, { fmt: '#,##0.00', bold: true }); M.put(`E${tr}`, rate(d, c, 3), { fmt: '0.0%', bold: true }); M.put(`F${tr}`, '');
  M.rel({ type: 'sum', target: `C${tr}`, parts: P.map((_, k) => `C${4 + k}`), label: '合计=各项目之和（全年预算数）' });
  M.rel({ type: 'sum', target: `D${tr}`, parts: P.map((_, k) => `D${4 + k}`), label: '合计=各项目之和（执行数）' });
  M.rel({ type: 'ratio', target: `E${tr}`, num: `D${tr}`, den: `C${tr}`, label: '执行率=执行数/全年预算数（合计）' });
  // main sheet (万元)
  S.widths({ A: 10, B: 12, C: 14, D: 26, E: 14, F: 14, G: 10, H: 8, I: 26 });
  S.merge('A1:I1', '2024年度部门整体支出绩效自评表', { bold: true, size: 15, border: false }); S.height(1, 28);
  S.put('A2', '部门名称'); S.merge('B2:D2', '河阳市自然资源和规划局', { h: 'left' }); S.put('E2', '金额单位'); S.merge('F2:I2', '万元', { h: 'left' });
  S.merge('A3:A6', '年度预算执行情况'); S.merge('B3:C3', '');
  hdr(S, 3, 'DEFGHI', ['年初预算数', '全年预算数', '全年执行数', '执行率', '分值', '得分']);
  const basic = [1862.30, 1915.46, 1915.46], proj = [640.00, c / 10000, d / 10000];
  const tot = [0, 1, 2].map((i) => add(basic[i], proj[i]));
  let mutY0;
  [['年度资金总额', tot], ['其中：基本支出', basic], ['项目支出', proj]].forEach(([lab, v], k) => {
    const r = 4 + k; S.merge(`B${r}:C${r}`, lab, { h: 'left' }); v.forEach((x, i) => S.put(`${'DEF'[i]}${r}`, x, { fmt: '#,##0.00' }));
    S.put(`G${r}`, rate(v[2], v[1], 4), { fmt: '0.00%' });
    S.rel({ type: 'ratio', target: `G${r}`, num: `F${r}`, den: `E${r}`, label: `执行率=全年执行数/全年预算数（${lab.replace('其中：', '')}）` });
    if (k) { S.put(`H${r}`, dash); S.put(`I${r}`, dash); }
  });
  S.put('H4', 10, { h: 'center' }); const es = execScore(tot[2], tot[1], 10, 4, 2); S.put('I4', es, { fmt: '0.00' });
  S.rel({ type: 'execscore', target: 'I4', num: 'F4', den: 'E4', weight: 'H4', label: '预算执行率得分=执行率×分值（上限为分值）' });
  for (const col of 'DEF') { const id = S.rel({ type: 'sum', target: `${col}4`, parts: [`${col}5`, `${col}6`], label: `年度资金总额=基本支出+项目支出（${S.v(col + '3')}）` }); if (col === 'D') mutY0 = id; }
  S.rel({ type: 'equal', a: `项目支出明细!C${tr}`, b: 'E6', scale: 10000, label: '项目支出明细合计（元）=项目支出全年预算数（万元）×10000' });
  S.rel({ type: 'equal', a: `项目支出明细!D${tr}`, b: 'F6', scale: 10000, label: '项目支出明细合计（元）=项目支出全年执行数（万元）×10000' });
  S.merge('A7:A8', '年度总体目标'); S.merge('B7:E7', '预期目标'); S.merge('F7:I7', '实际完成情况');
  S.merge('B8:E8', '严守耕地保护红线，提升不动产登记服务效能，推进国土空间规划编制实施。', { h: 'left' }); S.merge('F8:I8', '年度目标基本完成，违法用地查处仍有差距。', { h: 'left' }); S.height(8, 36);
  hdr(S, 9, 'ABCDEFGHI', ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
  const items = [
    I('产出指标', '数量指标', '完成国土空间规划编制', '≥3项', '3项', 10),
    I('产出指标', '数量指标', '不动产登记办件量', '≥2.6万件', '2.84万件', 10),
    I('产出指标', '质量指标', '不动产登记压缩时限达标率', '100%', '100%', 10),
    I('产出指标', '时效指标', '耕地保护目标责任考核', '12月底前完成', '12月完成', 10, 'text'),
    I('产出指标', '成本指标', '“三公”经费', '≤18.50万元', '16.72万元', 10, 'lower'),
    I('效益指标', '社会效益指标', '耕地保有量', '≥52.3万亩', '52.46万亩', 10),
    I('效益指标', '生态效益指标', '违法用地查处率', '100%', '96.5%', 10, 'higher', { reason: '原因：3宗案件涉及历史遗留问题尚在处置。措施：建立清单逐宗推进，2025年上半年完成查处。' }),
    I('效益指标', '可持续影响指标', '执法监管长效机制', '健全', '健全', 10, 'text'),
    I('满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '92.8%', 10),
  ];
  const blk = indBlock(S, 10, { cols: { l1: 'B', l2: 'C', l3: 'D', t: 'E', a: 'F', w: 'G', s: 'H', reason: 'I' }, items, mergeL1: true, mergeL2: true, sDec: 2, sFmt: '0.00' });
  S.merge(`A10:A${blk.next - 1}`, '');
  const r2 = blk.next;
  S.merge(`A${r2}:F${r2}`, '总分', { bold: true });
  const wsum = add(10, blk.wCells.map((x) => S.v(x))), ssum = add(es, blk.sCells.map((x) => S.v(x)));
  S.put(`G${r2}`, wsum, { h: 'center' }); S.put(`H${r2}`, ssum, { fmt: '0.00', h: 'center' }); S.put(`I${r2}`, `自评等级：${grade(ssum)}`, { h: 'left' });
  S.rel({ type: 'total100', target: `G${r2}`, parts: ['H4', ...blk.wCells], label: '分值合计=100' });
  S.rel({ type: 'sum', target: `H${r2}`, parts: ['I4', ...blk.sCells], label: '总分=各项得分之和' });
  S.rel({ type: 'grade', target: `I${r2}`, total: `H${r2}`, label: '自评等级与总分一致' });
  S.merge(`A${r2 + 1}:I${r2 + 1}`, '注：项目支出明细（单位：元）见“项目支出明细”表。', { h: 'left', border: false });
  notes(S, r2 + 2, 'I', { oneLine: true, filler: '钱志宏', phone: '0564-3387125', date: D(2025, 3, 31), dateFmt: 'yyyy年m月d日' });
  void mut;
  ctx.mutate('部门整体支出绩效自评表', 'D5', 1826.30, mutY0);
}

module.exports = [
  { no: 9, short: 'keji-xiangmu-fenzu', kind: 'execution', build: f09 },
  { no: 10, short: 'jiaotong-sangong', kind: 'basic-data', build: f10 },
  { no: 11, short: 'renshe-jinengpeixun', kind: 'project', build: f11 },
  { no: 12, short: 'gongxin-bumen-shouru', kind: 'department', build: f12 },
  { no: 13, short: 'weijian-xiangmu-huizong', kind: 'summary', build: f13 },
  { no: 14, short: 'xixi-gongyongjingfei', kind: 'basic-data', build: f14 },
  { no: 15, short: 'jiaotong-nongcungonglu', kind: 'project', build: f15 },
  { no: 16, short: 'ziranziyuan-bumen-mingxi', kind: 'department', build: f16 },
];
