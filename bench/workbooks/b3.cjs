'use strict';
// Files 17–25
const { add, sub, rate, notes, D, indBlock, execScore, grade, I } = require('./core.cjs');
const dash = '—';
const hdr = (S, row, cols, names, o = {}) => names.forEach((h, i) => S.put(`${cols[i]}${row}`, h, { bold: true, ...o }));

// ---------------------------------------------------------------- 17
function f17(ctx) {
  ctx.unit = '芦溪县退役军人事务局';
  ctx.feat('project 自评表 without 年初预算数 column', '执行率 above 100% (101.48%, executes 上年结余) → 预算执行率得分 capped at 10', '备注 restating the 上年结余 amount', '一级 repeated on every row (not merged), 二级 merged', 'integer scores (General), one proportional score 9');
  const S = ctx.sheet('Sheet1');
  S.widths({ A: 12, B: 14, C: 24, D: 16, E: 16, F: 8, G: 8, H: 30 });
  S.merge('A1:H1', '2024年度项目支出绩效自评表', { bold: true, size: 15, border: false }); S.height(1, 28);
  S.merge('A2:H2', '填报单位：芦溪县退役军人事务局', { h: 'left', border: false });
  S.put('A3', '项目名称'); S.merge('B3:H3', '2024年退役军人就业创业扶持资金', { h: 'left' });
  S.merge('A4:A7', '项目资金（万元）'); S.put('B4', '');
  hdr(S, 4, 'CDEFGH', ['全年预算数', '全年执行数', '分值', '执行率', '得分', '备注']);
  const fin = [1250.00, 1250.00], carry = [null, 18.45];
  const tot = [add(fin[0], carry[0]), add(fin[1], carry[1])];
  S.put('B5', '年度资金总额', { h: 'left' }); S.put('C5', tot[0], { fmt: '#,##0.00' }); S.put('D5', tot[1], { fmt: '#,##0.00' }); S.put('E5', 10, { h: 'center' });
  S.put('F5', { f: 'D5/C5', r: tot[1] / tot[0] }, { fmt: '0.00%' }); const es = execScore(tot[1], tot[0], 10, 4, 0); S.put('G5', es, { h: 'center' });
  S.put('H5', `执行数含使用上年结余资金${carry[1].toFixed(2)}万元`, { h: 'left' });
  S.put('B6', '其中：财政拨款', { h: 'left' }); S.put('C6', fin[0], { fmt: '#,##0.00' }); S.put('D6', fin[1], { fmt: '#,##0.00' }); S.put('E6', dash); S.put('F6', { f: 'D6/C6', r: fin[1] / fin[0] }, { fmt: '0.00%' }); S.put('G6', dash); S.put('H6', '');
  S.put('B7', '上年结余', { h: 'left' }); S.put('C7', dash); S.put('D7', carry[1], { fmt: '#,##0.00' }); ['E7', 'F7', 'G7'].forEach((a) => S.put(a, dash)); S.put('H7', '');
  S.rel({ type: 'sum', target: 'C5', parts: ['C6', 'C7'], label: '年度资金总额=财政拨款+上年结余（全年预算数）' });
  S.rel({ type: 'sum', target: 'D5', parts: ['D6', 'D7'], label: '年度资金总额=财政拨款+上年结余（全年执行数）' });
  S.rel({ type: 'ratio', target: 'F5', num: 'D5', den: 'C5', label: '执行率=全年执行数/全年预算数' });
  S.rel({ type: 'ratio', target: 'F6', num: 'D6', den: 'C6', label: '执行率=全年执行数/全年预算数（财政拨款）' });
  S.rel({ type: 'execscore', target: 'G5', num: 'D5', den: 'C5', weight: 'E5', label: '预算执行率得分=执行率×分值（上限为分值）' });
  S.rel({ type: 'equal', a: 'H5#1', b: 'D7', label: '备注中上年结余金额=上年结余执行数' });
  S.merge('A8:A9', '年度总体目标'); S.merge('B8:D8', '预期目标'); S.merge('E8:H8', '实际完成情况');
  S.merge('B9:D9', '开展退役军人适应性培训和职业技能培训，扶持退役军人自主创业，促进退役军人就业。', { h: 'left' }); S.merge('E9:H9', '培训任务全面完成，创业补贴发放户数略少于计划。', { h: 'left' }); S.height(9, 40);
  hdr(S, 10, 'ABCDEFGH', ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
  const items = [
    I('产出指标', '数量指标', '退役军人适应性培训', '≥300人次', '326人次', 10),
    I('产出指标', '数量指标', '发放一次性创业补贴', '≥40户', '36户', 10, 'higher', { reason: '4户申请人未按期完成工商登记，补贴顺延至下年度审核发放。' }),
    I('产出指标', '质量指标', '补贴对象资格审核准确率', '100%', '100%', 10),
    I('产出指标', '时效指标', '补贴发放时限', '申请后30个工作日内', '均在30个工作日内发放', 10, 'text'),
    I('产出指标', '成本指标', '人均培训成本', '≤2000元', '1850元', 10, 'lower'),
    I('效益指标', '社会效益指标', '参训退役军人就业率', '≥85%', '88%', 15),
    I('效益指标', '可持续影响指标', '就业创业服务体系', '持续完善', '持续完善', 15, 'text'),
    I('满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%', '95%', 10),
  ];
  const blk = indBlock(S, 11, { cols: { l1: 'A', l2: 'B', l3: 'C', t: 'D', a: 'E', w: 'F', s: 'G', reason: 'H' }, items, mergeL1: false, mergeL2: true, sDec: 0 });
  const tr = blk.next;
  S.merge(`A${tr}:E${tr}`, '总分', { bold: true });
  const wsum = add(10, blk.wCells.map((c) => S.v(c))), ssum = add(es, blk.sCells.map((c) => S.v(c)));
  S.put(`F${tr}`, wsum, { h: 'center' }); S.put(`G${tr}`, ssum, { h: 'center' }); S.put(`H${tr}`, `自评结果：${grade(ssum)}`, { h: 'left' });
  S.rel({ type: 'total100', target: `F${tr}`, parts: ['E5', ...blk.wCells], label: '分值合计=100' });
  S.rel({ type: 'sum', target: `G${tr}`, parts: ['G5', ...blk.sCells], label: '总分=各项得分之和' });
  S.rel({ type: 'grade', target: `H${tr}`, total: `G${tr}`, label: '自评结果与总分一致' });
  notes(S, tr + 1, 'H', { note: '注：预算执行率超过100%的按100%计分。', oneLine: true, filler: '易文斌', phone: '0799-7562318', date: D(2025, 3, 20) });
  ctx.mutate('Sheet1', `E${items[0]._r}`, '236人次', items[0]._scoreRel);
}

// ---------------------------------------------------------------- 18
function f18(ctx) {
  ctx.unit = '石门镇人民政府';
  ctx.feat('staff table 人员情况 by 行政/事业/工勤/其他雇员（员额） with 合计 at bottom', '控制率 typed 0.0%', '退休人数 column', 'second block 车辆情况 (编制/实有/控制率)', 'caption 单位：人、辆');
  const S = ctx.sheet('人员情况');
  S.widths({ A: 24, B: 11, C: 11, D: 11, E: 11, F: 26 });
  S.merge('A1:F1', '石门镇人民政府2024年末人员及车辆情况表', { bold: true, size: 14, border: false }); S.height(1, 26);
  S.put('F2', '单位：人、辆', { h: 'right', border: false });
  hdr(S, 3, 'ABCDEF', ['类别', '编制数', '实有人数', '控制率', '退休人数', '备注']);
  const L = [['行政编制', 38, 36, 21, ''], ['事业编制', 52, 47, 18, '含镇综合服务中心'], ['工勤编制', 4, 4, 3, ''], ['其他雇员（员额）', 12, 11, 0, '员额由县人社局核定']];
  const T = ['合计', add(L.map((x) => x[1])), add(L.map((x) => x[2])), add(L.map((x) => x[3])), ''];
  let mut;
  [...L, T].forEach((x, k) => {
    const r = 4 + k; S.put(`A${r}`, x[0], { h: k === 4 ? 'center' : 'left', bold: k === 4 });
    S.put(`B${r}`, x[1], { h: 'center' }); S.put(`C${r}`, x[2], { h: 'center' }); S.put(`D${r}`, rate(x[2], x[1], 3), { fmt: '0.0%', h: 'center' }); S.put(`E${r}`, x[3], { h: 'center' }); S.put(`F${r}`, x[4], { h: 'left' });
    S.rel({ type: 'ratio', target: `D${r}`, num: `C${r}`, den: `B${r}`, label: `控制率=实有人数/编制数（${x[0]}）` });
  });
  for (const [c, n] of [['B', '编制数'], ['C', '实有人数'], ['E', '退休人数']]) { const id = S.rel({ type: 'sum', target: `${c}8`, parts: [4, 5, 6, 7].map((r) => `${c}${r}`), label: `${n}合计=各类之和` }); if (c === 'E') mut = id; }
  S.merge('A10:F10', '车辆情况', { h: 'left', bold: true });
  hdr(S, 11, 'ABCD', ['车辆类别', '编制数', '实有数', '控制率']); S.merge('E11:F11', '备注', { bold: true });
  const V = [['执法执勤用车', 3, 3], ['应急保障用车', 1, 1]]; const VT = ['合计', add(V.map((x) => x[1])), add(V.map((x) => x[2]))];
  [...V, VT].forEach((x, k) => {
    const r = 12 + k; S.put(`A${r}`, x[0], { h: k === 2 ? 'center' : 'left' }); S.put(`B${r}`, x[1], { h: 'center' }); S.put(`C${r}`, x[2], { h: 'center' }); S.put(`D${r}`, rate(x[2], x[1], 3), { fmt: '0.0%', h: 'center' }); S.merge(`E${r}:F${r}`, '', {});
    S.rel({ type: 'ratio', target: `D${r}`, num: `C${r}`, den: `B${r}`, label: `车辆控制率=实有数/编制数（${x[0]}）` });
  });
  for (const [c, n] of [['B', '车辆编制数'], ['C', '车辆实有数']]) S.rel({ type: 'sum', target: `${c}14`, parts: [`${c}12`, `${c}13`], label: `${n}合计=各类之和` });
  S.merge('A16:F16', '说明：控制率=实有人数/编制数；其他雇员员额单列统计。', { h: 'left', border: false });
  notes(S, 17, 'F', { filler: '杨春梅', phone: '0736-5381264', date: D(2025, 1, 15) });
  ctx.emptySheet('Sheet2');
  ctx.mutate('人员情况', 'E8', 24, mut);
}

// ---------------------------------------------------------------- 19
function f19(ctx) {
  ctx.unit = '栖霞县林业局';
  ctx.feat('project 自评表 with 执行率（%） column holding percentage POINTS as numbers (97.77, format 0.00)', '全年执行 amounts stored as TEXT ("186.00")', '合计 row at the top of the funding block (上级补助/本级财政/上年结转)', '项目类别/项目期限 lines', '偏差原因 merged over two columns', '‰ target (森林火灾受害率)');
  const S = ctx.sheet('绩效自评表');
  S.widths({ A: 12, B: 13, C: 13, D: 24, E: 13, F: 8, G: 8, H: 16, I: 16 });
  S.merge('A1:I1', '栖霞县2024年度项目绩效自评表', { bold: true, size: 15, border: false }); S.height(1, 28);
  S.put('A2', '项目名称'); S.merge('B2:D2', '2024年森林防火专项经费', { h: 'left' }); S.put('E2', '预算单位'); S.merge('F2:I2', '栖霞县林业局', { h: 'left' });
  S.put('A3', '项目类别'); S.merge('B3:D3', '专项业务类', { h: 'left' }); S.put('E3', '项目期限'); S.merge('F3:I3', '2024年1月—2024年12月', { h: 'left' });
  hdr(S, 4, 'ABCDEFG', ['资金类别', '年初预算（万元）', '全年预算（万元）', '全年执行（万元）', '执行率（%）', '分值', '得分']); S.merge('H4:I4', '说明', { bold: true });
  const up = [150.00, 186.00, 186.00], own = [120.00, 120.00, 114.37], carry = [null, 23.60, 21.88];
  const tot = [0, 1, 2].map((i) => add(up[i], own[i], carry[i]));
  let mut;
  [['合计', tot], ['上级补助', up], ['本级财政', own], ['上年结转', carry]].forEach(([lab, v], k) => {
    const r = 5 + k; S.put(`A${r}`, lab, { h: k ? 'left' : 'center', bold: !k });
    S.put(`B${r}`, v[0] === null ? dash : v[0], v[0] === null ? {} : { fmt: '0.00' }); S.put(`C${r}`, v[1], { fmt: '0.00' }); S.put(`D${r}`, v[2], { text: true, dp: 2 });
    S.put(`E${r}`, rate(v[2] * 100, v[1], 2), { fmt: '0.00' });
    const id = S.rel({ type: 'ratio', target: `E${r}`, num: `D${r}`, den: `C${r}`, pctPoints: true, label: `执行率（%）=全年执行/全年预算×100（${lab}）` });
    if (k === 2) mut = { cell: `E${r}`, id };
    if (k) { S.put(`F${r}`, dash); S.put(`G${r}`, dash); }
    S.merge(`H${r}:I${r}`, k === 3 ? '结转资金用于扑火物资补充' : '', { h: 'left' });
  });
  S.put('F5', 10, { h: 'center' }); const es = execScore(tot[2], tot[1], 10, 4, 2); S.put('G5', es, { fmt: '0.00' });
  S.rel({ type: 'execscore', target: 'G5', num: 'D5', den: 'C5', weight: 'F5', label: '预算执行率得分=执行率×分值（上限为分值）' });
  for (const c of 'BCD') S.rel({ type: 'sum', target: `${c}5`, parts: [`${c}6`, `${c}7`, `${c}8`], label: `合计=上级补助+本级财政+上年结转（${S.v(c + '4')}）` });
  S.merge('A9:A10', '年度总体目标'); S.merge('B9:E9', '预期目标'); S.merge('F9:I9', '实际完成情况');
  S.merge('B10:E10', '加强森林防火基础设施和队伍建设，有效预防和扑救森林火灾。', { h: 'left' }); S.merge('F10:I10', '全年未发生重大森林火灾，防火装备和队伍能力明显提升。', { h: 'left' }); S.height(10, 36);
  hdr(S, 11, 'ABCDEFG', ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分']); S.merge('H11:I11', '偏差原因及改进措施', { bold: true });
  const items = [
    I('产出指标', '数量指标', '购置森林防火扑救装备', '≥200套', '215套', 10),
    I('产出指标', '数量指标', '开展森林防火宣传', '≥30场次', '34场次', 10),
    I('产出指标', '数量指标', '新建防火隔离带', '≥12公里', '12.6公里', 10),
    I('产出指标', '质量指标', '专业扑火队伍培训合格率', '≥95%', '97%', 10),
    I('产出指标', '时效指标', '火情处置到场时间', '≤1小时', '0.8小时', 10, 'lower'),
    I('效益指标', '社会效益指标', '森林火灾受害率', '≤0.9‰', '0.3‰', 10, 'lower'),
    I('效益指标', '生态效益指标', '森林覆盖率', '≥63%', '63.4%', 10),
    I('效益指标', '可持续影响指标', '森林防火联防联控机制', '健全', '健全', 10, 'text'),
    I('满意度指标', '服务对象满意度指标', '林区群众满意度', '≥90%', '91.5%', 10),
  ];
  const blk = indBlock(S, 12, { cols: { l1: 'A', l2: 'B', l3: 'C', t: 'D', a: 'E', w: 'F', s: 'G', reason: 'H', reasonTo: 'I' }, items, mergeL1: true, mergeL2: true, l1Label: (n, w) => `${n}（${w}分）`, sDec: 2, sFmt: '0.00' });
  const tr = blk.next;
  S.merge(`A${tr}:E${tr}`, '总分', { bold: true });
  const wsum = add(10, blk.wCells.map((c) => S.v(c))), ssum = add(es, blk.sCells.map((c) => S.v(c)));
  S.put(`F${tr}`, wsum, { h: 'center' }); S.put(`G${tr}`, ssum, { fmt: '0.00', h: 'center' }); S.merge(`H${tr}:I${tr}`, `评价等次：${grade(ssum)}`, { h: 'left' });
  S.rel({ type: 'total100', target: `F${tr}`, parts: ['F5', ...blk.wCells], label: '分值合计=100' });
  S.rel({ type: 'sum', target: `G${tr}`, parts: ['G5', ...blk.sCells], label: '总分=各项得分之和' });
  S.rel({ type: 'grade', target: `H${tr}`, total: `G${tr}`, label: '评价等次与总分一致' });
  notes(S, tr + 1, 'I', { oneLine: true, filler: '谭永康', phone: '0793-6125480', date: D(2025, 2, 26) });
  ctx.mutate('绩效自评表', mut.cell, 95.13, mut.id);
}

// ---------------------------------------------------------------- 20
function f20(ctx) {
  ctx.unit = '北湖区图书馆';
  ctx.feat('收入支出决算总表 side by side (收入 | 决算数 | 支出 | 决算数), amounts in 元', '本年收入合计/本年支出合计, 年初/年末结转和结余, 总计 on both sides', 'second block on the same sheet: 基本支出/项目支出占比', 'second sheet 项目支出明细 (元) with formulas; its 合计 equals 项目支出 on sheet 1');
  const S = ctx.sheet('收支决算总表');
  const P = ctx.sheet('项目支出明细');
  S.widths({ A: 24, B: 18, C: 24, D: 18 });
  S.merge('A1:D1', '北湖区图书馆2024年度收入支出决算总表', { bold: true, size: 14, border: false }); S.height(1, 26);
  S.put('A2', '编制单位：北湖区图书馆', { h: 'left', border: false }); S.put('D2', '单位：元', { h: 'right', border: false });
  hdr(S, 3, 'ABCD', ['收入项目', '决算数', '支出项目', '决算数']);
  const inc = [6842350.00, 126800.00, 18460.50], incT = add(inc), person = 4318220.40, pub = 862145.30, basic = add(person, pub), proj = 1623908.00, expT = add(basic, proj), y0 = 235410.00;
  const leftT = add(incT, y0), y1 = sub(leftT, expT);
  const money = { fmt: '#,##0.00' };
  const L = [['一、财政拨款收入', inc[0], '一、基本支出', basic], ['二、事业收入', inc[1], '　其中：人员经费', person], ['三、其他收入', inc[2], '　　　　公用经费', pub], ['', null, '二、项目支出', proj],
    ['本年收入合计', incT, '本年支出合计', expT], ['年初结转和结余', y0, '年末结转和结余', y1], ['总计', leftT, '总计', add(expT, y1)]];
  L.forEach((x, k) => { const r = 4 + k; S.put(`A${r}`, x[0], { h: 'left', bold: k >= 4 }); S.put(`B${r}`, x[1] === null ? '' : x[1], x[1] === null ? {} : money); S.put(`C${r}`, x[2], { h: 'left', bold: k >= 4 }); S.put(`D${r}`, x[3], money); });
  S.rel({ type: 'sum', target: 'B8', parts: ['B4', 'B5', 'B6'], label: '本年收入合计=各项收入之和' });
  S.rel({ type: 'sum', target: 'D4', parts: ['D5', 'D6'], label: '基本支出=人员经费+公用经费' });
  S.rel({ type: 'sum', target: 'D8', parts: ['D4', 'D7'], label: '本年支出合计=基本支出+项目支出' });
  S.rel({ type: 'sum', target: 'B10', parts: ['B8', 'B9'], label: '收入总计=本年收入合计+年初结转和结余' });
  const mut = S.rel({ type: 'sum', target: 'D10', parts: ['D8', 'D9'], label: '支出总计=本年支出合计+年末结转和结余' });
  S.rel({ type: 'equal', a: 'B10', b: 'D10', label: '收入总计=支出总计' });
  S.merge('A12:D12', '支出结构', { h: 'left', bold: true, border: false });
  hdr(S, 13, 'ABC', ['项目', '金额', '占本年支出比重']);
  [['基本支出', basic], ['项目支出', proj]].forEach(([n, v], k) => {
    const r = 14 + k; S.put(`A${r}`, n, { h: 'left' }); S.put(`B${r}`, v, money); S.put(`C${r}`, rate(v, expT, 4), { fmt: '0.00%' });
    S.rel({ type: 'ratio', target: `C${r}`, num: `B${r}`, den: 'D8', label: `${n}占本年支出比重=${n}/本年支出合计` });
    S.rel({ type: 'equal', a: `B${r}`, b: k ? 'D7' : 'D4', label: `支出结构中${n}=总表${n}` });
  });
  S.merge('A17:D17', '注：本表按部门决算口径填列。', { h: 'left', border: false });
  S.merge('A18:D18', '单位负责人：郑晓东　　财务负责人：韩素芬　　制表人：潘悦', { h: 'left', border: false });
  // project detail with formulas
  P.widths({ A: 26, B: 16, C: 16, D: 10 });
  P.merge('A1:D1', '2024年度项目支出明细', { bold: true, size: 13, border: false }); P.put('D2', '单位：元', { h: 'right', border: false });
  hdr(P, 3, 'ABCD', ['项目', '全年预算', '支出决算', '执行率']);
  const Q = [['文献资源购置', 880000.00, 862400.00], ['数字图书馆运维', 420000.00, 398650.00], ['全民阅读推广活动', 230000.00, 215858.00], ['流动图书车运行', 150000.00, 147000.00]];
  Q.forEach((q, k) => {
    const r = 4 + k; P.put(`A${r}`, q[0], { h: 'left' }); P.put(`B${r}`, q[1], money); P.put(`C${r}`, q[2], money); P.put(`D${r}`, { f: `C${r}/B${r}`, r: q[2] / q[1] }, { fmt: '0.00%' });
    P.rel({ type: 'ratio', target: `D${r}`, num: `C${r}`, den: `B${r}`, label: `执行率=支出决算/全年预算（${q[0]}）` });
  });
  const qb = add(Q.map((q) => q[1])), qc = add(Q.map((q) => q[2]));
  P.put('A8', '合计', { bold: true }); P.put('B8', { f: 'SUM(B4:B7)', r: qb }, money); P.put('C8', { f: 'SUM(C4:C7)', r: qc }, money); P.put('D8', { f: 'C8/B8', r: qc / qb }, { fmt: '0.00%' });
  P.rel({ type: 'sum', target: 'B8', parts: ['B4', 'B5', 'B6', 'B7'], label: '合计=各项目之和（全年预算）' });
  P.rel({ type: 'sum', target: 'C8', parts: ['C4', 'C5', 'C6', 'C7'], label: '合计=各项目之和（支出决算）' });
  P.rel({ type: 'ratio', target: 'D8', num: 'C8', den: 'B8', label: '执行率=支出决算/全年预算（合计）' });
  P.rel({ type: 'equal', a: 'C8', b: '收支决算总表!D7', label: '项目支出明细合计=总表项目支出' });
  ctx.mutate('收支决算总表', 'D9', sub(y1, 270), mut);
}

// ---------------------------------------------------------------- 21
function f21(ctx) {
  ctx.unit = '安平县卫生健康局（安平县基层卫生培训中心实施）';
  ctx.feat('project 自评表, 主管部门/实施单位 and 单位：万元 as text lines above the table (outside the grid)', '执行率 formula 0.00%; scores one decimal (0.0) incl. proportional 9.3', 'lower-is-better cost indicator (≤300元)', '一级/二级 merged');
  const S = ctx.sheet('自评表');
  S.widths({ A: 12, B: 14, C: 26, D: 14, E: 16, F: 8, G: 10, H: 8, I: 26 });
  S.merge('A1:I1', '2024年度项目支出绩效自评表', { bold: true, size: 15, border: false }); S.height(1, 28);
  S.merge('A2:I2', '项目名称：2024年基层卫生人员能力提升培训项目', { h: 'left', border: false });
  S.merge('A3:F3', '主管部门：安平县卫生健康局　　实施单位：安平县基层卫生培训中心', { h: 'left', border: false }); S.merge('G3:I3', '单位：万元', { h: 'right', border: false });
  hdr(S, 4, 'ABCDEFG', ['项目资金', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
  // columns: A label, B 年初, C 全年, D 执行, E 分值, F 执行率, G 得分 (H..I blank in this block)
  const fin = [86.00, 92.40, 90.13], carry = [null, 6.80, 6.80], other = [null, null, null];
  const tot = [0, 1, 2].map((i) => add(fin[i], carry[i], other[i]));
  [['年度资金总额', tot], ['其中：当年财政拨款', fin], ['上年结转资金', carry], ['其他资金', other]].forEach(([lab, v], k) => {
    const r = 5 + k; S.put(`A${r}`, lab, { h: 'left' }); v.forEach((x, i) => S.put(`${'BCD'[i]}${r}`, x === null ? dash : x, x === null ? {} : { fmt: '#,##0.00' }));
    if (k) ['E', 'F', 'G'].forEach((c) => S.put(`${c}${r}`, dash));
    S.merge(`H${r}:I${r}`, '');
  });
  S.merge('H4:I4', '');
  S.put('E5', 10, { h: 'center' }); S.put('F5', { f: 'D5/C5', r: tot[2] / tot[1] }, { fmt: '0.00%' }); const es = execScore(tot[2], tot[1], 10, 4, 1); S.put('G5', es, { fmt: '0.0' });
  for (const c of 'BCD') S.rel({ type: 'sum', target: `${c}5`, parts: [`${c}6`, `${c}7`, `${c}8`], label: `年度资金总额=各项资金之和（${S.v(c + '4')}）` });
  S.rel({ type: 'ratio', target: 'F5', num: 'D5', den: 'C5', label: '执行率=全年执行数/全年预算数' });
  S.rel({ type: 'execscore', target: 'G5', num: 'D5', den: 'C5', weight: 'E5', label: '预算执行率得分=执行率×分值（上限为分值）' });
  S.put('A9', '年度总体目标'); S.merge('B9:I9', '完成全县基层卫生技术人员分层分类培训，提升基层医疗卫生服务能力。', { h: 'left' }); S.height(9, 30);
  hdr(S, 10, 'ABCDEFG', ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分']);
  const items = [
    I('产出指标', '数量指标', '培训基层卫生人员', '≥2000人次', '1860人次', 10, 'higher', { reason: '部分乡镇卫生院人员紧张，参训人次低于计划；2025年将推行线上线下结合培训。' }),
    I('产出指标', '数量指标', '举办专题培训班', '≥20期', '22期', 10),
    I('产出指标', '质量指标', '培训考核合格率', '≥90%', '94.5%', 10),
    I('产出指标', '时效指标', '培训任务完成时间', '2024年11月底前', '2024年11月底前完成', 10, 'text'),
    I('产出指标', '成本指标', '每人次培训场地及教材成本', '≤300元', '286元', 10, 'lower'),
    I('效益指标', '社会效益指标', '基层医疗卫生服务能力', '有效提升', '有效提升', 10, 'text'),
    I('效益指标', '社会效益指标', '参训人员岗位技能达标率', '≥85%', '89.2%', 10),
    I('效益指标', '可持续影响指标', '培训师资库人数', '≥60人', '64人', 10),
    I('满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%', '96.3%', 10),
  ];
  const blk = indBlock(S, 11, { cols: { l1: 'A', l2: 'B', l3: 'C', t: 'D', a: 'E', w: 'F', s: 'G', reason: 'H', reasonTo: 'I' }, items, mergeL1: true, mergeL2: true, sDec: 1, sFmt: '0.0' });
  S.merge('H10:I10', '偏差原因分析及改进措施', { bold: true });
  const tr = blk.next;
  S.merge(`A${tr}:E${tr}`, '总分', { bold: true });
  const wsum = add(10, blk.wCells.map((c) => S.v(c))), ssum = add(es, blk.sCells.map((c) => S.v(c)));
  S.put(`F${tr}`, wsum, { h: 'center' }); S.put(`G${tr}`, ssum, { fmt: '0.0', h: 'center' }); S.merge(`H${tr}:I${tr}`, `自评等级：${grade(ssum)}`, { h: 'left' });
  S.rel({ type: 'total100', target: `F${tr}`, parts: ['E5', ...blk.wCells], label: '分值合计=100' });
  S.rel({ type: 'sum', target: `G${tr}`, parts: ['G5', ...blk.sCells], label: '总分=各项得分之和' });
  S.rel({ type: 'grade', target: `H${tr}`, total: `G${tr}`, label: '自评等级与总分一致' });
  notes(S, tr + 1, 'I', { oneLine: true, filler: '覃秀英', phone: '0778-2217459', date: D(2025, 3, 17) });
  ctx.emptySheet('Sheet2'); ctx.emptySheet('Sheet3');
  const cost = items[4];
  ctx.mutate('自评表', `E${cost._r}`, '328元', cost._scoreRel);
}

// ---------------------------------------------------------------- 22
function f22(ctx) {
  ctx.unit = '苍梧县统计局';
  ctx.feat('department 自评表 with funding rows 年度资金总额/基本支出/其中 人员经费/公用经费/项目支出, 执行率 typed on every row', '一级 labels with a line break “产出指标\\n（50分）”', 'second sheet 三公经费 (预算/决算 by item with 合计) tied to the 成本 indicator', 'lower-is-better 差错率 ≤0.5%');
  const S = ctx.sheet('自评表');
  const T = ctx.sheet('三公经费');
  S.widths({ A: 12, B: 14, C: 26, D: 13, E: 13, F: 13, G: 10, H: 8, I: 8, J: 22 });
  S.merge('A1:J1', '苍梧县统计局2024年度部门整体支出绩效自评表', { bold: true, size: 15, border: false }); S.height(1, 28);
  S.merge('A2:J2', '单位：万元', { h: 'right', border: false });
  S.merge('A3:C3', '预算资金', { bold: true }); hdr(S, 3, 'DEFGHIJ', ['年初预算数', '全年预算数', '全年执行数', '执行率', '分值', '得分', '备注']);
  const person = [412.36, 438.92, 438.92], pub = [58.40, 61.25, 59.87], proj = [95.00, 142.60, 131.62];
  const basic = [0, 1, 2].map((i) => add(person[i], pub[i])), tot = [0, 1, 2].map((i) => add(basic[i], proj[i]));
  const rows = [['年度资金总额', tot], ['一、基本支出', basic], ['　其中：人员经费', person], ['　　　　公用经费', pub], ['二、项目支出', proj]];
  rows.forEach(([lab, v], k) => {
    const r = 4 + k; S.merge(`A${r}:C${r}`, lab, { h: 'left', bold: k === 0 });
    v.forEach((x, i) => S.put(`${'DEF'[i]}${r}`, x, { fmt: '#,##0.00' }));
    S.put(`G${r}`, rate(v[2], v[1], 4), { fmt: '0.00%' });
    S.rel({ type: 'ratio', target: `G${r}`, num: `F${r}`, den: `E${r}`, label: `执行率=全年执行数/全年预算数（${lab.replace(/^[\s　一二、]*(其中：)?/, '')}）` });
    if (k) { S.put(`H${r}`, dash); S.put(`I${r}`, dash); }
    S.put(`J${r}`, k === 4 ? '普查项目经费部分结转' : '', { h: 'left' });
  });
  S.put('H4', 10, { h: 'center' }); const es = execScore(tot[2], tot[1], 10, 4, 2); S.put('I4', es, { fmt: '0.00' });
  S.rel({ type: 'execscore', target: 'I4', num: 'F4', den: 'E4', weight: 'H4', label: '预算执行率得分=执行率×分值（上限为分值）' });
  for (const c of 'DEF') {
    S.rel({ type: 'sum', target: `${c}5`, parts: [`${c}6`, `${c}7`], label: `基本支出=人员经费+公用经费（${S.v(c + '3')}）` });
    S.rel({ type: 'sum', target: `${c}4`, parts: [`${c}5`, `${c}8`], label: `年度资金总额=基本支出+项目支出（${S.v(c + '3')}）` });
  }
  hdr(S, 10, 'ABCDEHIJ', ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析']);
  const items = [
    I('产出指标', '数量指标', '完成统计调查项目', '≥45项', '47项', 10),
    I('产出指标', '数量指标', '发布统计公报及分析报告', '≥24篇', '26篇', 10),
    I('产出指标', '质量指标', '统计数据差错率', '≤0.5%', '0.2%', 10, 'lower'),
    I('产出指标', '时效指标', '统计数据按时上报率', '100%', '100%', 10),
    I('产出指标', '成本指标', '“三公”经费', '≤3.20万元', '2.86万元', 10, 'lower'),
    I('效益指标', '社会效益指标', '统计数据采用率', '≥90%', '95%', 15),
    I('效益指标', '可持续影响指标', '统计信息化水平', '持续提升', '持续提升', 15, 'text'),
    I('满意度指标', '服务对象满意度指标', '数据使用者满意度', '≥90%', '92.5%', 10),
  ];
  // 年度指标值 D, 实际完成值 E merged over F:G
  const blk = indBlock(S, 11, { cols: { l1: 'A', l2: 'B', l3: 'C', t: 'D', a: 'E', w: 'H', s: 'I', reason: 'J' }, items, mergeL1: true, mergeL2: true, l1Label: (n, w) => `${n}\n（${w}分）`, sDec: 2, sFmt: '0.00' });
  for (const it of items) { const v = S.ws.getCell(`E${it._r}`).value; S.merge(`E${it._r}:G${it._r}`, v, { h: 'center' }); }
  S.merge('E10:G10', '实际完成值', { bold: true });
  const tr = blk.next;
  S.merge(`A${tr}:G${tr}`, '总分', { bold: true });
  const wsum = add(10, blk.wCells.map((c) => S.v(c))), ssum = add(es, blk.sCells.map((c) => S.v(c)));
  S.put(`H${tr}`, wsum, { h: 'center' }); S.put(`I${tr}`, ssum, { fmt: '0.00', h: 'center' }); S.put(`J${tr}`, `自评等级：${grade(ssum)}`, { h: 'left' });
  S.rel({ type: 'total100', target: `H${tr}`, parts: ['H4', ...blk.wCells], label: '分值合计=100' });
  S.rel({ type: 'sum', target: `I${tr}`, parts: ['I4', ...blk.sCells], label: '总分=各项得分之和' });
  S.rel({ type: 'grade', target: `J${tr}`, total: `I${tr}`, label: '自评等级与总分一致' });
  notes(S, tr + 1, 'J', { oneLine: true, filler: '莫少华', phone: '0774-3826015', date: D(2025, 3, 13) });
  // 三公经费 sheet
  T.widths({ A: 30, B: 14, C: 14 });
  T.merge('A1:C1', '2024年“三公”经费预算及决算情况', { bold: true, size: 13, border: false }); T.put('C2', '单位：万元', { h: 'right', border: false });
  hdr(T, 3, 'ABC', ['项目', '预算数', '决算数']);
  const X = [['因公出国（境）费', 0, 0], ['公务用车运行维护费', 2.20, 1.98], ['公务接待费', 1.00, 0.88]];
  const XT = ['合计', add(X.map((x) => x[1])), add(X.map((x) => x[2]))];
  [...X, XT].forEach((x, k) => { const r = 4 + k; T.put(`A${r}`, x[0], { h: k === 3 ? 'center' : 'left' }); T.put(`B${r}`, x[1], { fmt: '0.00' }); T.put(`C${r}`, x[2], { fmt: '0.00' }); });
  T.rel({ type: 'sum', target: 'B7', parts: ['B4', 'B5', 'B6'], label: '“三公”经费合计=各项之和（预算数）' });
  const mut = T.rel({ type: 'sum', target: 'C7', parts: ['C4', 'C5', 'C6'], label: '“三公”经费合计=各项之和（决算数）' });
  S.rel({ type: 'equal', a: `D${items[4]._r}#1`, b: '三公经费!B7', label: '成本指标目标值=“三公”经费预算合计' });
  S.rel({ type: 'equal', a: `E${items[4]._r}#1`, b: '三公经费!C7', label: '成本指标实际值=“三公”经费决算合计' });
  ctx.mutate('三公经费', 'C6', 0.98, mut);
}

// ---------------------------------------------------------------- 23
function f23(ctx) {
  ctx.unit = '瑞湖区档案馆';
  ctx.feat('project 自评表 with a one-line funding block (key/value pairs: 全年预算数…执行率…得分), 分值 given in the label “预算执行率（10分）”', 'second sheet 指标明细 with 分子/分母/计算结果 for rate indicators (cross-sheet equalities)', 'proportional score 14.65 on a 15-point indicator', 'cost per page ≤1.2元 from 加工费/页数');
  const S = ctx.sheet('自评表');
  const M = ctx.sheet('指标明细');
  S.widths({ A: 12, B: 14, C: 26, D: 14, E: 14, F: 8, G: 8, H: 30 });
  S.merge('A1:H1', '瑞湖区档案馆2024年度项目支出绩效自评表', { bold: true, size: 14, border: false }); S.height(1, 26);
  S.put('A2', '项目名称'); S.merge('B2:E2', '馆藏档案数字化加工项目', { h: 'left' }); S.put('F2', '负责人'); S.merge('G2:H2', '冯春晖', { h: 'left' });
  const full = 125.60, exe = 121.38;
  S.put('A3', '全年预算数（万元）'); S.put('B3', full, { fmt: '0.00' }); S.put('C3', '全年执行数（万元）'); S.put('D3', exe, { fmt: '0.00' });
  S.put('E3', '执行率'); S.put('F3', rate(exe, full, 4), { fmt: '0.00%' }); S.put('G3', '预算执行率（10分）'); const es = execScore(exe, full, 10, 4, 2); S.put('H3', es, { fmt: '0.00', h: 'center' });
  S.rel({ type: 'ratio', target: 'F3', num: 'D3', den: 'B3', label: '执行率=全年执行数/全年预算数' });
  S.rel({ type: 'execscore', target: 'H3', num: 'D3', den: 'B3', weight: 'G3#1', label: '预算执行率得分=执行率×分值（上限为分值）' });
  S.put('A4', '年度目标'); S.merge('B4:H4', '完成馆藏重点档案数字化加工，提升档案信息化利用水平。', { h: 'left' });
  hdr(S, 5, 'ABCDEFGH', ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
  const items = [
    I('产出指标', '数量指标', '完成馆藏档案数字化', '≥12000卷', '12480卷', 15),
    I('产出指标', '数量指标', '数字化扫描页数', '≥96万页', '101.3万页', 10),
    I('产出指标', '质量指标', '档案数字化成果验收合格率', '≥98%', '99.2%', 10),
    I('产出指标', '时效指标', '项目完成时间', '2024年12月底前', '2024年12月完成', 5, 'text'),
    I('产出指标', '成本指标', '每页扫描加工成本', '≤1.2元', '1.15元', 10, 'lower'),
    I('效益指标', '社会效益指标', '馆藏档案数字化率', '≥60%', '58.6%', 15, 'higher', { reason: '部分破损档案需先修复后扫描，数字化进度滞后；2025年优先安排修复。' }),
    I('效益指标', '可持续影响指标', '档案利用服务能力', '持续提升', '持续提升', 15, 'text'),
    I('满意度指标', '服务对象满意度指标', '查档群众满意度', '≥90%', '95.6%', 10),
  ];
  const blk = indBlock(S, 6, { cols: { l1: 'A', l2: 'B', l3: 'C', t: 'D', a: 'E', w: 'F', s: 'G', reason: 'H' }, items, mergeL1: true, mergeL2: true, sDec: 2 });
  const tr = blk.next;
  S.merge(`A${tr}:E${tr}`, '总分', { bold: true });
  const wsum = add(10, blk.wCells.map((c) => S.v(c))), ssum = add(es, blk.sCells.map((c) => S.v(c)));
  S.put(`F${tr}`, wsum, { h: 'center' }); S.put(`G${tr}`, ssum, { h: 'center' }); S.put(`H${tr}`, `等级：${grade(ssum)}`, { h: 'left' });
  S.rel({ type: 'total100', target: `F${tr}`, parts: ['G3#1', ...blk.wCells], label: '分值合计=100' });
  S.rel({ type: 'sum', target: `G${tr}`, parts: ['H3', ...blk.sCells], label: '总分=各项得分之和' });
  S.rel({ type: 'grade', target: `H${tr}`, total: `G${tr}`, label: '等级与总分一致' });
  S.merge(`A${tr + 1}:H${tr + 1}`, '注：比率类指标的计算过程见“指标明细”表。', { h: 'left', border: false });
  notes(S, tr + 2, 'H', { filler: '冯春晖', phone: '0577-6628193', date: D(2025, 3, 24), dateFmt: 'yyyy"年"m"月"d"日"', dateCol: 'H' });
  // detail
  M.widths({ A: 26, B: 30, C: 12, D: 12, E: 11, F: 16 });
  M.merge('A1:F1', '比率类指标计算明细', { bold: true, size: 13, border: false });
  hdr(M, 2, 'ABCDEF', ['指标名称', '计算方法', '分子', '分母', '计算结果', '数据来源']);
  const X = [
    ['馆藏档案数字化率', '已数字化档案卷数/馆藏档案总卷数', 35160, 60000, '0.0%', '档案管理系统', 5],
    ['档案数字化成果验收合格率', '验收合格卷数/抽检卷数', 1240, 1250, '0.0%', '第三方验收报告', 2],
    ['查档群众满意度', '满意问卷份数/有效问卷份数', 478, 500, '0.0%', '问卷调查', 7],
    ['每页扫描加工成本（元）', '加工费支出（元）/扫描页数', 1164950, 1013000, '0.00', '合同及结算单', 4],
  ];
  let mut;
  X.forEach((x, k) => {
    const r = 3 + k; M.put(`A${r}`, x[0], { h: 'left' }); M.put(`B${r}`, x[1], { h: 'left' }); M.put(`C${r}`, x[2], { fmt: x[2] > 9999 ? '#,##0' : '0', h: 'right' }); M.put(`D${r}`, x[3], { fmt: x[3] > 9999 ? '#,##0' : '0', h: 'right' });
    const pct = x[4].includes('%'); M.put(`E${r}`, rate(x[2], x[3], pct ? 3 : 2), { fmt: x[4] }); M.put(`F${r}`, x[5], { h: 'left' });
    const id = M.rel({ type: 'ratio', target: `E${r}`, num: `C${r}`, den: `D${r}`, label: `${x[0]}=分子/分母` });
    S.rel({ type: 'equal', a: `E${items[x[6]]._r}#1`, b: `指标明细!E${r}`, label: `自评表${items[x[6]].l3}实际完成值=指标明细计算结果` });
    if (k === 1) mut = id;
  });
  M.rel({ type: 'equal', a: 'D6', b: `自评表!E${items[1]._r}#1`, scale: 10000, label: '扫描页数=自评表数字化扫描页数（万页）×10000' });
  ctx.mutate('指标明细', 'C4', 1204, mut);
}

// ---------------------------------------------------------------- 24
function f24(ctx) {
  ctx.unit = '青溪市生态环境局';
  ctx.feat('quarterly execution by project (一季度…四季度 under a merged 执行数 header)', '累计执行 = SUM of quarters (formula), 执行率 formula 0.0%, 合计 row of SUM formulas at bottom', 'a quarter typed as 0', '备注 text restating 结余 amounts (全年预算 − 累计执行)');
  const S = ctx.sheet('分季度执行情况');
  S.widths({ A: 6, B: 24, C: 12, D: 11, E: 11, F: 11, G: 11, H: 12, I: 9, J: 34 });
  S.merge('A1:J1', '青溪市生态环境局2024年度项目支出分季度执行情况表', { bold: true, size: 14, border: false }); S.height(1, 26);
  S.put('J2', '单位：万元', { h: 'right', border: false });
  S.merge('A3:A4', '序号', { bold: true }); S.merge('B3:B4', '项目名称', { bold: true }); S.merge('C3:C4', '全年预算', { bold: true }); S.merge('D3:G3', '执行数', { bold: true });
  hdr(S, 4, 'DEFG', ['一季度', '二季度', '三季度', '四季度']);
  S.merge('H3:H4', '累计执行', { bold: true }); S.merge('I3:I4', '执行率', { bold: true }); S.merge('J3:J4', '备注', { bold: true });
  const P = [
    ['大气污染防治', 480.00, [86.40, 132.75, 118.20, 135.65]],
    ['水污染防治', 620.00, [95.30, 168.42, 176.85, 161.03]],
    ['土壤污染防治', 210.00, [12.00, 48.60, 65.30, 74.10]],
    ['生态环境监测能力建设', 356.80, [0, 85.20, 112.46, 146.34]],
    ['环境执法专项', 95.00, [18.25, 22.40, 24.15, 27.36]],
    ['农村环境综合整治', 740.00, [0, 156.00, 248.35, 301.85]],
    ['生态环境宣传教育', 38.50, [6.20, 9.85, 10.40, 11.55]],
  ];
  const notesTxt = { 3: (b) => `结余${b.toFixed(2)}万元，系监测设备采购节约`, 5: (b) => `结余${b.toFixed(2)}万元，农村污水处理设施二期工程结转下年` };
  let mut;
  P.forEach((p, k) => {
    const r = 5 + k; const cum = add(p[2]);
    S.put(`A${r}`, k + 1, { h: 'center' }); S.put(`B${r}`, p[0], { h: 'left' }); S.put(`C${r}`, p[1], { fmt: '#,##0.00' });
    p[2].forEach((q, i) => S.put(`${'DEFG'[i]}${r}`, q, { fmt: '#,##0.00' }));
    S.put(`H${r}`, { f: `SUM(D${r}:G${r})`, r: cum }, { fmt: '#,##0.00' }); S.put(`I${r}`, { f: `H${r}/C${r}`, r: cum / p[1] }, { fmt: '0.0%' });
    S.rel({ type: 'sum', target: `H${r}`, parts: ['D', 'E', 'F', 'G'].map((c) => `${c}${r}`), label: `累计执行=各季度之和（${p[0]}）` });
    S.rel({ type: 'ratio', target: `I${r}`, num: `H${r}`, den: `C${r}`, label: `执行率=累计执行/全年预算（${p[0]}）` });
    if (notesTxt[k]) {
      S.put(`J${r}`, notesTxt[k](sub(p[1], cum)), { h: 'left' });
      const id = S.rel({ type: 'diff', target: `J${r}#1`, a: `C${r}`, b: `H${r}`, label: `备注中结余=全年预算−累计执行（${p[0]}）` });
      if (k === 3) mut = { cell: `J${r}`, id, to: notesTxt[k](sub(p[1], cum)).replace('12.80', '21.80') };
    } else S.put(`J${r}`, '', { h: 'left' });
  });
  const tr = 5 + P.length, last = tr - 1;
  S.merge(`A${tr}:B${tr}`, '合计', { bold: true });
  for (const c of 'CDEFGH') {
    const v = add(P.map((_, k) => S.v(`${c}${5 + k}`)));
    S.put(`${c}${tr}`, { f: `SUM(${c}5:${c}${last})`, r: v }, { fmt: '#,##0.00', bold: true });
    S.rel({ type: 'sum', target: `${c}${tr}`, parts: P.map((_, k) => `${c}${5 + k}`), label: `合计=各项目之和（${S.v(c + '4') || S.v(c + '3')}）` });
  }
  S.put(`I${tr}`, { f: `H${tr}/C${tr}`, r: S.v(`H${tr}`) / S.v(`C${tr}`) }, { fmt: '0.0%', bold: true }); S.put(`J${tr}`, '');
  S.rel({ type: 'ratio', target: `I${tr}`, num: `H${tr}`, den: `C${tr}`, label: '执行率=累计执行/全年预算（合计）' });
  S.rel({ type: 'sum', target: `H${tr}`, parts: ['D', 'E', 'F', 'G'].map((c) => `${c}${tr}`), label: '累计执行=各季度之和（合计）' });
  notes(S, tr + 1, 'J', { note: '注：执行数按国库集中支付系统统计口径填列。', oneLine: true, filler: '许文杰', phone: '0745-2321876', date: D(2025, 1, 20) });
  if (!/21\.80/.test(mut.to)) throw new Error('24: mutation text');
  ctx.mutate('分季度执行情况', mut.cell, mut.to, mut.id);
}

// ---------------------------------------------------------------- 25
function f25(ctx) {
  ctx.unit = '秀水县住房和城乡建设局（秀水县城市更新服务中心实施）';
  ctx.feat('project 自评表, 填报单位 and 单位：万元 in one caption line', 'headers 全年预算数（A）/全年执行数（B）/执行率（B/A）, 执行率 formula 0.0%', 'HIDDEN column J with helper formulas (结余, 得分率)', 'scores one decimal (0.0), proportional 8.4', 'cost indicator 户均改造投资 ≤0.7万元');
  const S = ctx.sheet('绩效自评表');
  S.widths({ A: 10, B: 14, C: 24, D: 14, E: 16, F: 8, G: 8, H: 28, J: 10 });
  S.merge('A1:H1', '2024年度秀水县老旧小区改造项目绩效自评表', { bold: true, size: 15, border: false }); S.height(1, 28);
  S.merge('A2:H2', '填报单位：秀水县住房和城乡建设局　　　　　　　　　　　　单位：万元', { h: 'left', border: false });
  S.put('A3', '项目名称'); S.merge('B3:H3', '2024年城镇老旧小区改造项目', { h: 'left' });
  S.put('A4', '主管部门'); S.merge('B4:C4', '秀水县住房和城乡建设局', { h: 'left' }); S.put('D4', '实施单位'); S.merge('E4:H4', '秀水县城市更新服务中心', { h: 'left' });
  S.merge('A5:A9', '项目资金');
  hdr(S, 5, 'BCDEFGH', ['资金来源', '全年预算数（A）', '全年执行数（B）', '执行率（B/A）', '分值', '得分', '备注']);
  S.put('J5', '结余', { border: false });
  const zy = [1500.00, 1500.00], sj = [600.00, 600.00], xj = [760.00, 694.36];
  const tot = [add(zy[0], sj[0], xj[0]), add(zy[1], sj[1], xj[1])];
  [['年度资金总额', tot], ['其中：中央补助', zy], ['省级补助', sj], ['县级配套', xj]].forEach(([lab, v], k) => {
    const r = 6 + k; S.put(`B${r}`, lab, { h: 'left' }); S.put(`C${r}`, v[0], { fmt: '#,##0.00' }); S.put(`D${r}`, v[1], { fmt: '#,##0.00' });
    if (k) { ['E', 'F', 'G'].forEach((c) => S.put(`${c}${r}`, dash)); }
    S.put(`H${r}`, k === 3 ? '县级配套资金按工程进度拨付' : '', { h: 'left' });
  });
  S.put('E6', { f: 'D6/C6', r: tot[1] / tot[0] }, { fmt: '0.0%' }); S.put('F6', 10, { h: 'center' }); const es = execScore(tot[1], tot[0], 10, 3, 1); S.put('G6', es, { fmt: '0.0', h: 'center' });
  S.put('J6', { f: 'C6-D6', r: sub(tot[0], tot[1]) }, { fmt: '0.00', border: false });
  S.rel({ type: 'ratio', target: 'E6', num: 'D6', den: 'C6', label: '执行率=全年执行数/全年预算数' });
  S.rel({ type: 'execscore', target: 'G6', num: 'D6', den: 'C6', weight: 'F6', label: '预算执行率得分=执行率×分值（上限为分值）' });
  const mutId = S.rel({ type: 'sum', target: 'C6', parts: ['C7', 'C8', 'C9'], label: '年度资金总额=各来源之和（全年预算数）' });
  S.rel({ type: 'sum', target: 'D6', parts: ['D7', 'D8', 'D9'], label: '年度资金总额=各来源之和（全年执行数）' });
  S.merge('A10:A11', '年度总体目标'); S.merge('B10:D10', '预期目标'); S.merge('E10:H10', '实际完成情况');
  S.merge('B11:D11', '完成18个城镇老旧小区改造，改善居民居住条件。', { h: 'left' }); S.merge('E11:H11', '18个小区全部完工，加装电梯进度滞后。', { h: 'left' }); S.height(11, 36);
  S.rel({ type: 'equal', a: 'B11#1', b: 'D13#1', label: '预期目标中改造小区数=年度指标值' });
  S.rel({ type: 'equal', a: 'E11#1', b: 'E13#1', label: '实际完成情况中改造小区数=实际完成值' });
  hdr(S, 12, 'ABCDEFGH', ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
  S.put('J12', '得分率', { border: false });
  const items = [
    I('产出指标', '数量指标', '改造老旧小区', '≥18个', '18个', 10),
    I('产出指标', '数量指标', '惠及居民户数', '≥4200户', '4365户', 10),
    I('产出指标', '数量指标', '加装电梯', '≥25台', '21台', 10, 'higher', { reason: '4台电梯因部分业主意见不一致未能开工；将加强协商，2025年上半年完成。' }),
    I('产出指标', '质量指标', '工程竣工验收合格率', '100%', '100%', 10),
    I('产出指标', '时效指标', '年度改造任务完成时间', '2024年12月底前', '2024年12月底前完工', 5, 'text'),
    I('产出指标', '成本指标', '户均改造投资', '≤0.7万元', '0.64万元', 5, 'lower'),
    I('效益指标', '社会效益指标', '小区居住环境', '明显改善', '明显改善', 15, 'text'),
    I('效益指标', '可持续影响指标', '长效管理机制建立率', '≥90%', '94.4%', 15),
    I('满意度指标', '服务对象满意度指标', '居民满意度', '≥90%', '93.8%', 10),
  ];
  const blk = indBlock(S, 13, { cols: { l1: 'A', l2: 'B', l3: 'C', t: 'D', a: 'E', w: 'F', s: 'G', reason: 'H' }, items, mergeL1: true, mergeL2: true, l1Label: (n, w) => `${n}（${w}分）`, sDec: 1, sFmt: '0.0' });
  for (const it of items) S.put(`J${it._r}`, { f: `G${it._r}/F${it._r}`, r: it._s / it.w }, { fmt: '0%', border: false });
  S.ws.getColumn('J').hidden = true;
  const tr = blk.next;
  S.merge(`A${tr}:E${tr}`, '总分', { bold: true });
  const wsum = add(10, blk.wCells.map((c) => S.v(c))), ssum = add(es, blk.sCells.map((c) => S.v(c)));
  S.put(`F${tr}`, wsum, { h: 'center' }); S.put(`G${tr}`, ssum, { fmt: '0.0', h: 'center' }); S.put(`H${tr}`, `自评等级：${grade(ssum)}`, { h: 'left' });
  S.rel({ type: 'total100', target: `F${tr}`, parts: ['F6', ...blk.wCells], label: '分值合计=100' });
  S.rel({ type: 'sum', target: `G${tr}`, parts: ['G6', ...blk.sCells], label: '总分=各项得分之和' });
  S.rel({ type: 'grade', target: `H${tr}`, total: `G${tr}`, label: '自评等级与总分一致' });
  notes(S, tr + 1, 'H', { oneLine: true, filler: '沈国平', phone: '0573-8790264', date: D(2025, 3, 6) });
  ctx.free = items.map((it) => `绩效自评表!J${it._r}`);
  ctx.mutate('绩效自评表', 'C8', 660.00, mutId);
}

module.exports = [
  { no: 17, short: 'tuiyijunren-chuangye', kind: 'project', build: f17 },
  { no: 18, short: 'shimen-renyuan', kind: 'basic-data', build: f18 },
  { no: 19, short: 'linye-fanghuo-baifendian', kind: 'project', build: f19 },
  { no: 20, short: 'tushuguan-shouzhi-yuan', kind: 'execution', build: f20 },
  { no: 21, short: 'weijian-jicengpeixun', kind: 'project', build: f21 },
  { no: 22, short: 'tongji-bumen-sangong', kind: 'department', build: f22 },
  { no: 23, short: 'danganguan-zhibiaomingxi', kind: 'project', build: f23 },
  { no: 24, short: 'shengtai-fenjidu', kind: 'execution', build: f24 },
  { no: 25, short: 'zhujian-laojiuxiaoqu', kind: 'project', build: f25 },
];
