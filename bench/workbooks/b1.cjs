'use strict';
// Files 01–08
const { add, sub, rate, notes, D, indBlock, execScore, grade, I } = require('./core.cjs');

// a standard 预算执行率 block helper: registers column sums for the listed columns and returns nothing
function colSums(S, totalRow, partRows, cols, what) {
  const ids = {};
  for (const c of cols) ids[c] = S.rel({ type: 'sum', target: `${c}${totalRow}`, parts: partRows.map((r) => `${c}${r}`), label: `${what[c]}` });
  return ids;
}
const dash = '—';
const put2 = (S, addr, v, fmt = '#,##0.00', o = {}) => S.put(addr, v === null ? dash : v, v === null ? { h: 'center' } : { fmt, ...o });

// ---------------------------------------------------------------- 01
function f01(ctx) {
  ctx.unit = '澄川县农业农村局';
  ctx.feat('project 自评表', 'title merged A1:I1 + subtitle row', '项目资金 rows 年度资金总额/当年财政拨款/上年结转资金/其他资金', '执行率 typed 0.00%', 'indicator 一级/二级 merged vertically, 一级 without 分', '年度总体目标 restates figures', 'note + 填表人/电话/填报日期 (date cell)');
  const S = ctx.sheet('自评表');
  S.widths({ A: 9, B: 11, C: 12, D: 24, E: 15, F: 16, G: 8, H: 9, I: 26 });
  S.merge('A1:I1', '项目支出绩效自评表', { bold: true, size: 16, border: false }); S.height(1, 30);
  S.merge('A2:I2', '（2024年度）', { border: false });
  S.put('A3', '项目名称'); S.merge('B3:I3', '2024年高标准农田建设项目县级配套资金', { h: 'left' });
  S.put('A4', '主管部门'); S.merge('B4:D4', '澄川县农业农村局', { h: 'left' }); S.merge('E4:F4', '实施单位'); S.merge('G4:I4', '澄川县农田建设服务中心', { h: 'left' });
  S.merge('A5:A9', '项目资金（万元）'); S.merge('B5:C5', '');
  ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((h, i) => S.put(`${'DEFGHI'[i]}5`, h, { bold: true }));
  const fin = [800.00, 856.40, 842.17]; const carry = [null, 120.35, 120.35]; const other = [null, null, null];
  const tot = [0, 1, 2].map((i) => add(fin[i], carry[i], other[i]));
  const rows = [['年度资金总额', tot], ['其中：当年财政拨款', fin], ['上年结转资金', carry], ['其他资金', other]];
  rows.forEach(([lab, vals], k) => {
    const r = 6 + k; S.merge(`B${r}:C${r}`, lab, { h: 'left' });
    vals.forEach((v, i) => put2(S, `${'DEF'[i]}${r}`, v));
    if (k > 0) ['G', 'H', 'I'].forEach((c) => S.put(`${c}${r}`, dash));
  });
  S.put('G6', 10, { h: 'center' });
  const rt = rate(tot[2], tot[1], 4);
  S.put('H6', rt, { fmt: '0.00%' });
  const es = execScore(tot[2], tot[1], 10, 4, 2);
  S.put('I6', es, { fmt: '0.00' });
  colSums(S, 6, [7, 8, 9], ['D', 'E', 'F'], { D: '年度资金总额=各项资金之和（年初预算数）', E: '年度资金总额=各项资金之和（全年预算数）', F: '年度资金总额=各项资金之和（全年执行数）' });
  const rRate = S.rel({ type: 'ratio', target: 'H6', num: 'F6', den: 'E6', label: '执行率=全年执行数/全年预算数' });
  S.rel({ type: 'execscore', target: 'I6', num: 'F6', den: 'E6', weight: 'G6', label: '预算执行率得分=执行率×分值（上限为分值）' });
  S.merge('A10:A11', '年度总体目标'); S.merge('B10:E10', '预期目标'); S.merge('F10:I10', '实际完成情况');
  S.merge('B11:E11', '完成新建高标准农田2.5万亩，配套建设灌排渠道36公里，项目区粮食综合生产能力稳步提升。', { h: 'left' });
  S.merge('F11:I11', '全年新建高标准农田2.62万亩，建成灌排渠道38.4公里，工程全部通过县级验收，项目区亩均增产粮食46公斤。', { h: 'left' });
  S.height(11, 48);
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].forEach((h, i) => S.put(`${'BCDEFGHI'[i]}12`, h, { bold: true }));
  // rows 13..20 (A12:A21 merge covers header row too like many templates; 8 indicators → 13..20, total 21? keep 总分 separate)
  const items = [
    I('产出指标', '数量指标', '新建高标准农田面积', '≥2.5万亩', '2.62万亩', 10),
    I('产出指标', '数量指标', '配套建设灌排渠道', '≥36公里', '38.4公里', 10),
    I('产出指标', '质量指标', '工程验收合格率', '100%', '100%', 10),
    I('产出指标', '时效指标', '项目完工时间', '2024年12月底前', '2024年12月底前完工', 10, 'text'),
    I('产出指标', '成本指标', '亩均财政投入', '≤3000元/亩', '2918元/亩', 10, 'lower'),
    I('效益指标', '经济效益指标', '项目区亩均增产粮食', '≥50公斤', '46公斤', 15, 'higher', { reason: '原因：8月持续干旱，部分地块晚稻减产。措施：加快配套灌溉设施建设，提高抗旱能力。' }),
    I('效益指标', '可持续影响指标', '工程设施设计使用年限', '≥15年', '15年', 15),
    I('满意度指标', '服务对象满意度指标', '项目区受益农户满意度', '≥90%', '93.6%', 10),
  ];
  const blk = indBlock(S, 13, { cols: { l1: 'B', l2: 'C', l3: 'D', t: 'E', a: 'F', w: 'G', s: 'H', reason: 'I' }, items, mergeL1: true, mergeL2: true, sDec: 2 });
  // A12:A21 merged: indicator rows 13..20, extend the label over 21? No: 21 is 总分 row. Re-merge fix below.
  const tr = blk.next; // 21
  S.merge(`A12:A${tr - 1}`, '绩效指标');
  S.merge(`A${tr}:F${tr}`, '总分', { bold: true });
  const wsum = add(10, blk.wCells.map((c) => S.v(c)));
  const ssum = add(es, blk.sCells.map((c) => S.v(c)));
  S.put(`G${tr}`, wsum, { h: 'center' }); S.put(`H${tr}`, ssum, { h: 'center' }); S.put(`I${tr}`, `自评等级：${grade(ssum)}`, { h: 'left' });
  S.rel({ type: 'total100', target: `G${tr}`, parts: ['G6', ...blk.wCells], label: '分值合计=100' });
  S.rel({ type: 'sum', target: `H${tr}`, parts: ['I6', ...blk.sCells], label: '总分=各项得分之和' });
  S.rel({ type: 'grade', target: `I${tr}`, total: `H${tr}`, label: '自评等级与总分一致' });
  // text restates figures
  S.rel({ type: 'equal', a: 'B11#1', b: 'E13#1', label: '预期目标中新建面积=年度指标值' });
  S.rel({ type: 'equal', a: 'B11#2', b: 'E14#1', label: '预期目标中灌排渠道=年度指标值' });
  S.rel({ type: 'equal', a: 'F11#1', b: 'F13#1', label: '实际完成中新建面积=实际完成值' });
  S.rel({ type: 'equal', a: 'F11#2', b: 'F14#1', label: '实际完成中灌排渠道=实际完成值' });
  S.rel({ type: 'equal', a: 'F11#3', b: 'F18#1', label: '实际完成中亩均增产=实际完成值' });
  notes(S, tr + 1, 'I', { note: '注：1.金额单位为万元；2.执行率=全年执行数/全年预算数，预算执行率得分=执行率×10分。', oneLine: true, filler: '刘建华', phone: '0739-8826417', date: D(2025, 3, 14) });
  ctx.emptySheet('Sheet2'); ctx.emptySheet('Sheet3');
  ctx.mutate('自评表', 'H6', 0.9845, rRate);
}

// ---------------------------------------------------------------- 02
function f02(ctx) {
  ctx.unit = '青溪市教育局（青溪市学生资助管理中心）';
  ctx.feat('project 自评表', 'title in A1 not merged', '填报单位（盖章） line + 单位：万元 caption', 'funding rows by source (中央/省级/市级)', '执行率 as formulas D/C on every row, 0.00%', '一级 merged with （N分）, 二级 repeated', '总分 row + 评价等级', 'notes with 填表人/审核人/日期 yyyy-mm-dd');
  const S = ctx.sheet('项目自评表');
  S.widths({ A: 16, B: 13, C: 24, D: 14, E: 14, F: 12, G: 10, H: 30 });
  S.put('A1', '2024年度项目支出绩效自评表', { bold: true, size: 14, border: false, h: 'left', wrap: false });
  S.put('A2', '填报单位（盖章）：青溪市学生资助管理中心', { border: false, h: 'left', wrap: false });
  S.put('H2', '单位：万元', { border: false, h: 'right' });
  S.put('A3', '项目名称'); S.merge('B3:D3', '2024年学生资助补助资金', { h: 'left' }); S.put('E3', '主管部门'); S.merge('F3:H3', '青溪市教育局', { h: 'left' });
  S.put('A4', '实施单位'); S.merge('B4:D4', '青溪市学生资助管理中心', { h: 'left' }); S.put('E4', '项目负责人'); S.merge('F4:H4', '周文静', { h: 'left' });
  ['资金来源', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', '备注'].forEach((h, i) => S.put(`${'ABCDEFGH'[i]}5`, h, { bold: true }));
  const src = [['其中：中央补助', 1560.00, 1623.48, 1623.48], ['省级补助', 420.00, 436.20, 436.20], ['市级配套', 300.00, 300.00, 287.65]];
  const tot = [1, 2, 3].map((i) => add(src.map((x) => x[i])));
  const all = [['年度资金总额', ...tot], ...src];
  all.forEach((row, k) => {
    const r = 6 + k;
    S.put(`A${r}`, row[0], { h: 'left' });
    S.put(`B${r}`, row[1], { fmt: '#,##0.00' }); S.put(`C${r}`, row[2], { fmt: '#,##0.00' }); S.put(`D${r}`, row[3], { fmt: '#,##0.00' });
    S.put(`F${r}`, { f: `D${r}/C${r}`, r: row[3] / row[2] }, { fmt: '0.00%' });
    S.rel({ type: 'ratio', target: `F${r}`, num: `D${r}`, den: `C${r}`, label: `执行率=全年执行数/全年预算数（${row[0].replace('其中：', '')}）` });
    if (k > 0) { S.put(`E${r}`, dash); S.put(`G${r}`, dash); }
    S.put(`H${r}`, k === 3 ? '部分市级配套资金年底未支付' : '', { h: 'left' });
  });
  S.put('E6', 10, { h: 'center' });
  const es = execScore(tot[2], tot[1], 10, 4, 2); S.put('G6', es, { fmt: '0.00' });
  colSums(S, 6, [7, 8, 9], ['B', 'C', 'D'], { B: '年度资金总额=各来源之和（年初预算数）', C: '年度资金总额=各来源之和（全年预算数）', D: '年度资金总额=各来源之和（全年执行数）' });
  S.rel({ type: 'execscore', target: 'G6', num: 'D6', den: 'C6', weight: 'E6', label: '预算执行率得分=执行率×分值（上限为分值）' });
  S.merge('A10:A11', '年度总体目标'); S.merge('B10:D10', '预期目标'); S.merge('E10:H10', '实际完成情况');
  S.merge('B11:D11', '落实国家学生资助政策，做到应助尽助，保障家庭经济困难学生顺利完成学业。', { h: 'left' });
  S.merge('E11:H11', '全年资助学生18652人次，资助资金按学期发放，未发生因贫辍学情况。', { h: 'left' });
  S.rel({ type: 'equal', a: 'E11#1', b: 'E13#1', label: '实际完成情况中资助人次=实际完成值' });
  S.height(11, 40);
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].forEach((h, i) => S.put(`${'ABCDEFGH'[i]}12`, h, { bold: true }));
  const items = [
    I('产出指标', '数量指标', '资助家庭经济困难学生', '≥18000人次', '18652人次', 10),
    I('产出指标', '数量指标', '脱贫家庭学生资助覆盖率', '100%', '100%', 5),
    I('产出指标', '数量指标', '资助覆盖学段', '4个学段', '4个学段', 5),
    I('产出指标', '质量指标', '资助对象认定准确率', '100%', '100%', 10),
    I('产出指标', '质量指标', '资助资金发放到位率', '100%', '99.2%', 10, 'higher', { reason: '12名学生银行卡信息有误，资金退回后于次年1月二次发放；下一步将在发放前集中核验账户信息。' }),
    I('产出指标', '时效指标', '资助资金发放及时率', '≥95%', '97.5%', 10),
    I('效益指标', '社会效益指标', '因贫辍学学生人数', '0人', '0人', 10, 'lower'),
    I('效益指标', '社会效益指标', '困难家庭教育负担', '有效减轻', '有效减轻', 10, 'text'),
    I('效益指标', '可持续影响指标', '资助政策知晓率', '≥90%', '94.3%', 10),
    I('满意度指标', '服务对象满意度指标', '受助学生及家长满意度', '≥90%', '96.1%', 10),
  ];
  const blk = indBlock(S, 13, { cols: { l1: 'A', l2: 'B', l3: 'C', t: 'D', a: 'E', w: 'F', s: 'G', reason: 'H' }, items, mergeL1: true, mergeL2: false, l1Label: (n, w) => `${n}（${w}分）`, sDec: 2, sFmt: '0.00' });
  const tr = blk.next;
  S.merge(`A${tr}:E${tr}`, '总分', { bold: true });
  const wsum = add(10, blk.wCells.map((c) => S.v(c))); const ssum = add(es, blk.sCells.map((c) => S.v(c)));
  S.put(`F${tr}`, wsum, { h: 'center' }); S.put(`G${tr}`, ssum, { fmt: '0.00', h: 'center' }); S.put(`H${tr}`, `评价等级：${grade(ssum)}`, { h: 'left' });
  S.rel({ type: 'total100', target: `F${tr}`, parts: ['E6', ...blk.wCells], label: '分值合计=100' });
  const rTot = S.rel({ type: 'sum', target: `G${tr}`, parts: ['G6', ...blk.sCells], label: '总分=各项得分之和' });
  S.rel({ type: 'grade', target: `H${tr}`, total: `G${tr}`, label: '评价等级与总分一致' });
  S.merge(`A${tr + 1}:H${tr + 1}`, '说明：执行率、得分保留两位小数；未完成指标按实际完成值/年度指标值×分值计分。', { h: 'left', border: false });
  notes(S, tr + 2, 'H', { filler: '陈晓燕', phone: '0745-2238164', checker: '周文静', date: D(2025, 3, 21), dateCol: 'H' });
  ctx.mutate('项目自评表', `G${tr}`, sub(ssum, 1), rTot);
}

// ---------------------------------------------------------------- 03
function f03(ctx) {
  ctx.unit = '梧桐县市场监督管理局';
  ctx.feat('department 自评表 + 基础数据表 (2 sheets)', 'funding rows 年度资金总额/基本支出/项目支出 with 执行率 formula on each row (0.0%)', '填报日期 date cell in header area', '绩效指标 merged column, 一级 with （N分）, 二级 merged', '成本 indicator tied to 基础数据表 三公经费', '基础数据表: 编制/实有/控制率 (typed 0.00%), 三公经费 with 其中 rows and “—”, 公用经费 其中 rows, 政府采购');
  const S = ctx.sheet('部门整体支出绩效自评表');
  S.widths({ A: 10, B: 12, C: 13, D: 24, E: 14, F: 14, G: 8, H: 10, I: 28 });
  S.merge('A1:I1', '2024年度部门（单位）整体支出绩效自评表', { bold: true, size: 15, border: false }); S.height(1, 28);
  S.put('A2', '部门名称'); S.merge('B2:E2', '梧桐县市场监督管理局', { h: 'left' }); S.put('F2', '填报日期'); S.merge('G2:I2', D(2025, 3, 18), { fmt: 'yyyy"年"m"月"d"日"', h: 'left' });
  S.merge('A3:A6', '年度预算（万元）'); S.merge('B3:C3', '');
  ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((h, i) => S.put(`${'DEFGHI'[i]}3`, h, { bold: true }));
  const basic = [1286.40, 1342.85, 1342.85]; const proj = [310.00, 466.72, 438.19];
  const tot = [0, 1, 2].map((i) => add(basic[i], proj[i]));
  [['年度资金总额', tot], ['其中：基本支出', basic], ['项目支出', proj]].forEach(([lab, v], k) => {
    const r = 4 + k; S.merge(`B${r}:C${r}`, lab, { h: 'left' });
    v.forEach((x, i) => S.put(`${'DEF'[i]}${r}`, x, { fmt: '#,##0.00' }));
    S.put(`H${r}`, { f: `F${r}/E${r}`, r: v[2] / v[1] }, { fmt: '0.0%' });
    S.rel({ type: 'ratio', target: `H${r}`, num: `F${r}`, den: `E${r}`, label: `执行率=全年执行数/全年预算数（${lab.replace('其中：', '')}）` });
    if (k) { S.put(`G${r}`, dash); S.put(`I${r}`, dash); }
  });
  S.put('G4', 10, { h: 'center' }); const es = execScore(tot[2], tot[1], 10, 3, 2); S.put('I4', es, { fmt: '0.00' });
  colSums(S, 4, [5, 6], ['D', 'E', 'F'], { D: '年度资金总额=基本支出+项目支出（年初预算数）', E: '年度资金总额=基本支出+项目支出（全年预算数）', F: '年度资金总额=基本支出+项目支出（全年执行数）' });
  S.rel({ type: 'execscore', target: 'I4', num: 'F4', den: 'E4', weight: 'G4', label: '预算执行率得分=执行率×分值（上限为分值）' });
  S.merge('A7:A8', '年度总体目标'); S.merge('B7:E7', '预期目标'); S.merge('F7:I7', '实际完成情况');
  S.merge('B8:E8', '守牢食品药品安全底线，优化营商环境，规范市场秩序，全年无重大食品安全事故。', { h: 'left' });
  S.merge('F8:I8', '完成各项监管任务，市场秩序持续向好，年度重点工作全部完成。', { h: 'left' }); S.height(8, 40);
  S.put('A9', '绩效指标', { bold: true });
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].forEach((h, i) => S.put(`${'BCDEFGHI'[i]}9`, h, { bold: true }));
  const items = [
    I('产出', '数量指标', '食品安全监督抽检', '≥1200批次', '1286批次', 10),
    I('产出', '数量指标', '市场主体年报公示率', '≥90%', '92.3%', 5),
    I('产出', '质量指标', '抽检不合格食品核查处置率', '100%', '100%', 10),
    I('产出', '质量指标', '投诉举报按时办结率', '≥98%', '99.1%', 5),
    I('产出', '时效指标', '案件按期结案率', '≥95%', '96.4%', 10),
    I('产出', '成本指标', '“三公”经费支出', '≤12.60万元', '11.84万元', 10, 'lower'),
    I('效益', '经济效益指标', '新增市场主体', '≥3500户', '3318户', 10, 'higher', { reason: '受房地产及商贸行业景气度影响，新设个体工商户低于预期；将持续推进登记便利化改革。' }),
    I('效益', '社会效益指标', '重大食品安全事故', '0起', '0起', 10, 'lower'),
    I('效益', '可持续影响指标', '智慧监管平台运行', '持续稳定运行', '全年稳定运行', 10, 'text'),
    I('满意度', '服务对象满意度指标', '服务对象满意度', '≥90%', '95.2%', 10),
  ];
  const blk = indBlock(S, 10, { cols: { l1: 'B', l2: 'C', l3: 'D', t: 'E', a: 'F', w: 'G', s: 'H', reason: 'I' }, items, mergeL1: true, mergeL2: true, l1Label: (n, w) => `${n}指标（${w}分）`, sDec: 2, sFmt: '0.00' });
  S.merge(`A10:A${blk.next - 1}`, '');
  const tr = blk.next;
  S.merge(`A${tr}:F${tr}`, '总分', { bold: true });
  const wsum = add(10, blk.wCells.map((c) => S.v(c))); const ssum = add(es, blk.sCells.map((c) => S.v(c)));
  S.put(`G${tr}`, wsum, { h: 'center' }); S.put(`H${tr}`, ssum, { fmt: '0.00', h: 'center' }); S.put(`I${tr}`, `自评等级：${grade(ssum)}`, { h: 'left' });
  S.rel({ type: 'total100', target: `G${tr}`, parts: ['G4', ...blk.wCells], label: '分值合计=100' });
  S.rel({ type: 'sum', target: `H${tr}`, parts: ['I4', ...blk.sCells], label: '总分=各项得分之和' });
  S.rel({ type: 'grade', target: `I${tr}`, total: `H${tr}`, label: '自评等级与总分一致' });
  S.merge(`A${tr + 1}:I${tr + 1}`, '注：本表金额单位为万元，“三公”经费等基础数据详见《基础数据表》。', { h: 'left', border: false });
  S.merge(`A${tr + 2}:I${tr + 2}`, '填表人：黄嘉怡　　联系电话：0738-4512096', { h: 'left', border: false });

  const B = ctx.sheet('基础数据表');
  B.widths({ A: 30, B: 14, C: 14, D: 14, E: 18 });
  B.merge('A1:E1', '2024年度部门整体支出绩效评价基础数据表', { bold: true, size: 14, border: false });
  B.put('E2', '单位：万元、人', { border: false, h: 'right' });
  B.merge('A3:E3', '一、财政供养人员情况', { h: 'left', bold: true });
  ['编制数', '实有在职人数', '控制率', '退休人员', '备注'].forEach((h, i) => B.put(`${'ABCDE'[i]}4`, h, { bold: true }));
  B.put('A5', 48, { h: 'center' }); B.put('B5', 45, { h: 'center' }); B.put('C5', rate(45, 48, 4), { fmt: '0.00%', h: 'center' }); B.put('D5', 12, { h: 'center' }); B.put('E5', '');
  B.rel({ type: 'ratio', target: 'C5', num: 'B5', den: 'A5', label: '控制率=实有在职人数/编制数' });
  B.merge('A7:E7', '二、经费控制情况（万元）', { h: 'left', bold: true });
  ['项目', '2023年决算数', '2024年预算数', '2024年决算数', '备注'].forEach((h, i) => B.put(`${'ABCDE'[i]}8`, h, { bold: true }));
  const buy = [null, null, null], run = [6.80, 7.20, 7.48], abroad = [null, null, null], recep = [4.12, 5.40, 4.36];
  const car = [0, 1, 2].map((i) => add(buy[i], run[i]));
  const sg = [0, 1, 2].map((i) => add(car[i], abroad[i], recep[i]));
  const gy = { 办公费: [21.30, 22.00, 23.16], 水电费: [14.85, 15.00, 15.42], 差旅费: [18.62, 20.00, 19.85], '会议费、培训费': [9.40, 10.00, 8.74], 其他公用经费: [22.28, 25.00, 23.20] };
  const gyTot = [0, 1, 2].map((i) => add(Object.values(gy).map((v) => v[i])));
  const lines = [
    ['“三公”经费', sg], ['　1.公务用车购置及运行维护费', car], ['　　其中：公务用车购置费', buy], ['　　　　　公务用车运行维护费', run],
    ['　2.因公出国（境）费', abroad], ['　3.公务接待费', recep], ['公用经费', gyTot],
    ...Object.entries(gy).map(([k, v], i) => [(i === 0 ? '　其中：' : '　　　　') + k, v]),
    ['政府采购金额', [126.40, 150.00, 138.62]],
  ];
  lines.forEach(([lab, v], k) => { const r = 9 + k; B.put(`A${r}`, lab, { h: 'left' }); v.forEach((x, i) => put2(B, `${'BCD'[i]}${r}`, x)); B.put(`E${r}`, ''); });
  const yr = { B: '2023年决算数', C: '2024年预算数', D: '2024年决算数' };
  const ids = {};
  for (const c of 'BCD') {
    B.rel({ type: 'sum', target: `${c}10`, parts: [`${c}11`, `${c}12`], label: `公务用车购置及运行维护费=购置费+运行维护费（${yr[c]}）` });
    ids[c] = B.rel({ type: 'sum', target: `${c}9`, parts: [`${c}10`, `${c}13`, `${c}14`], label: `“三公”经费=公务用车+因公出国（境）+公务接待（${yr[c]}）` });
    B.rel({ type: 'sum', target: `${c}15`, parts: [16, 17, 18, 19, 20].map((r) => `${c}${r}`), label: `公用经费=各明细之和（${yr[c]}）` });
  }
  // cost indicator in the score table restates 三公 budget/actual
  S.rel({ type: 'equal', a: 'E15#1', b: '基础数据表!C9', label: '成本指标目标值=“三公”经费预算数' });
  S.rel({ type: 'equal', a: 'F15#1', b: '基础数据表!D9', label: '成本指标实际值=“三公”经费决算数' });
  B.merge('A23:E23', '注：“—”表示无此项支出。', { h: 'left', border: false });
  ctx.mutate('基础数据表', 'D14', 4.63, ids.D);
}

// ---------------------------------------------------------------- 04
function f04(ctx) {
  ctx.unit = '南岭区卫生健康局';
  ctx.feat('基础数据表 standalone, amounts in 元 (#,##0.00) with caption 单位：元、人', 'staff by 行政/事业/工勤 with 合计 at bottom, 控制率 typed 0.00%', '三公经费 合计 at top with 其中 rows, 较预算节约 and 较上年增减率 (negative rates, “—” for zero base)', '政府采购 by 货物/工程/服务 with 执行率');
  const S = ctx.sheet('基础数据表');
  S.widths({ A: 28, B: 16, C: 16, D: 16, E: 16, F: 16 });
  S.merge('A1:F1', '南岭区卫生健康局2024年度部门整体支出绩效评价基础数据表', { bold: true, size: 14, border: false }); S.height(1, 26);
  S.merge('A2:C2', '填报单位：南岭区卫生健康局（盖章）', { h: 'left', border: false }); S.put('F2', '单位：元、人', { h: 'right', border: false });
  S.merge('A3:F3', '一、人员情况', { h: 'left', bold: true });
  ['类别', '编制数', '实有人数', '控制率', '退休人数', '备注'].forEach((h, i) => S.put(`${'ABCDEF'[i]}4`, h, { bold: true }));
  const staff = [['行政编制', 22, 21, 9], ['事业编制', 46, 44, 17], ['工勤编制', 3, 3, 2]];
  const tot = ['合计', add(staff.map((x) => x[1])), add(staff.map((x) => x[2])), add(staff.map((x) => x[3]))];
  let ctlId;
  [...staff, tot].forEach((x, k) => {
    const r = 5 + k; S.put(`A${r}`, x[0], { h: 'center', bold: k === 3 }); S.put(`B${r}`, x[1], { h: 'center' }); S.put(`C${r}`, x[2], { h: 'center' });
    S.put(`D${r}`, rate(x[2], x[1], 4), { fmt: '0.00%', h: 'center' }); S.put(`E${r}`, x[3], { h: 'center' }); S.put(`F${r}`, '');
    const id = S.rel({ type: 'ratio', target: `D${r}`, num: `C${r}`, den: `B${r}`, label: `控制率=实有人数/编制数（${x[0]}）` });
    if (k === 1) ctlId = id;
  });
  for (const [c, w] of [['B', '编制数'], ['C', '实有人数'], ['E', '退休人数']]) S.rel({ type: 'sum', target: `${c}8`, parts: [`${c}5`, `${c}6`, `${c}7`], label: `${w}合计=各类之和` });
  S.merge('A10:F10', '二、“三公”经费情况', { h: 'left', bold: true });
  ['项目', '2023年决算数', '2024年预算数', '2024年决算数', '较预算节约', '较上年增减率'].forEach((h, i) => S.put(`${'ABCDEF'[i]}11`, h, { bold: true }));
  const abroad = [0, 0, 0], buy = [0, 0, 0], run = [86420.50, 92000.00, 88315.20], recep = [35862.00, 40000.00, 31208.00];
  const car = [0, 1, 2].map((i) => add(buy[i], run[i])); const all = [0, 1, 2].map((i) => add(abroad[i], car[i], recep[i]));
  const rows = [['合计', all], ['1.因公出国（境）费', abroad], ['2.公务用车购置及运行维护费', car], ['　其中：公务用车购置费', buy], ['　　　　公务用车运行维护费', run], ['3.公务接待费', recep]];
  rows.forEach(([lab, v], k) => {
    const r = 12 + k; S.put(`A${r}`, lab, { h: 'left', bold: k === 0 });
    v.forEach((x, i) => S.put(`${'BCD'[i]}${r}`, x, { fmt: '#,##0.00' }));
    S.put(`E${r}`, sub(v[1], v[2]), { fmt: '#,##0.00' });
    S.rel({ type: 'diff', target: `E${r}`, a: `C${r}`, b: `D${r}`, label: `较预算节约=预算数−决算数（${lab.replace(/^[\s　]*(其中：)?/, '')}）` });
    if (v[0] === 0) S.put(`F${r}`, dash);
    else {
      S.put(`F${r}`, rate(sub(v[2], v[0]), v[0], 4), { fmt: '0.00%' });
      S.rel({ type: 'change', target: `F${r}`, cur: `D${r}`, prev: `B${r}`, label: `较上年增减率=(本年决算−上年决算)/上年决算（${lab.replace(/^[\s　\d.]*(其中：)?/, '')}）` });
    }
  });
  for (const c of 'BCDE') {
    S.rel({ type: 'sum', target: `${c}12`, parts: [`${c}13`, `${c}14`, `${c}17`], label: `“三公”经费合计=各项之和（${S.v(c + '11')}）` });
    S.rel({ type: 'sum', target: `${c}14`, parts: [`${c}15`, `${c}16`], label: `公务用车购置及运行维护费=购置+运行维护（${S.v(c + '11')}）` });
  }
  S.merge('A19:F19', '三、政府采购情况', { h: 'left', bold: true });
  ['采购类别', '采购预算', '实际采购金额', '采购执行率', '备注'].forEach((h, i) => S.put(`${'ABCDE'[i]}20`, h, { bold: true })); S.merge('E20:F20', '备注', { bold: true });
  const gp = [['货物类', 560000.00, 536480.00], ['工程类', 1200000.00, 1168900.00], ['服务类', 380000.00, 342650.00]];
  const gpt = ['合计', add(gp.map((x) => x[1])), add(gp.map((x) => x[2]))];
  [...gp, gpt].forEach((x, k) => {
    const r = 21 + k; S.put(`A${r}`, x[0], { h: 'center' }); S.put(`B${r}`, x[1], { fmt: '#,##0.00' }); S.put(`C${r}`, x[2], { fmt: '#,##0.00' });
    S.put(`D${r}`, rate(x[2], x[1], 4), { fmt: '0.00%' }); S.merge(`E${r}:F${r}`, k === 2 ? '物业服务合同价低于预算' : '', { h: 'left' });
    S.rel({ type: 'ratio', target: `D${r}`, num: `C${r}`, den: `B${r}`, label: `采购执行率=实际采购金额/采购预算（${x[0]}）` });
  });
  for (const c of 'BC') S.rel({ type: 'sum', target: `${c}24`, parts: [`${c}21`, `${c}22`, `${c}23`], label: `政府采购合计=各类之和（${S.v(c + '20')}）` });
  S.merge('A26:F26', '注：编制数为2024年末核定编制数；控制率=实有人数/编制数；增减率=(本年决算−上年决算)/上年决算。', { h: 'left', border: false });
  notes(S, 27, 'F', { filler: '王丽萍', phone: '13907312856', date: D(2025, 3, 10), dateFmt: 'yyyy/m/d' });
  ctx.emptySheet('Sheet2'); ctx.emptySheet('Sheet3');
  ctx.mutate('基础数据表', 'D6', 0.9655, ctlId);
}

// ---------------------------------------------------------------- 05
function f05(ctx) {
  ctx.unit = '雁湖市水利局';
  ctx.feat('budget execution by project', 'two-row header with merged group 预算数 over 年初预算/调整数/全年预算', '合计 row at the TOP', 'formulas: 全年=年初+调整, 结余=全年−执行, 执行率=执行/全年, 合计=SUM()', 'negative 调整数', '备注 column with reasons', 'bad: a formula typed over (执行率)', 'one formula with cached result 0 (结余 of row 1): exceljs reads it back without a result');
  const S = ctx.sheet('项目支出执行情况');
  S.widths({ A: 6, B: 28, C: 12, D: 12, E: 12, F: 12, G: 11, H: 10, I: 34 });
  S.merge('A1:I1', '雁湖市水利局2024年度项目支出预算执行情况表', { bold: true, size: 15, border: false }); S.height(1, 28);
  S.merge('A2:C2', '填报单位：雁湖市水利局', { h: 'left', border: false }); S.put('I2', '单位：万元', { h: 'right', border: false });
  S.merge('A3:A4', '序号', { bold: true }); S.merge('B3:B4', '项目名称', { bold: true }); S.merge('C3:E3', '预算数', { bold: true });
  S.put('C4', '年初预算', { bold: true }); S.put('D4', '调整数（+/-）', { bold: true }); S.put('E4', '全年预算', { bold: true });
  S.merge('F3:F4', '执行数', { bold: true }); S.merge('G3:G4', '结余', { bold: true }); S.merge('H3:H4', '执行率', { bold: true }); S.merge('I3:I4', '备注', { bold: true });
  const P = [
    ['水利工程运行维护经费', 320.00, 18.60, 338.60, ''],
    ['小型水库除险加固', 860.00, 245.30, 1072.84, '工程尾款待竣工决算审计后支付'],
    ['河湖长制工作经费', 85.00, -6.50, 76.93, ''],
    ['农村饮水安全巩固提升', 1260.00, 0, 1198.47, '2个村供水管网工程跨年实施，资金结转下年使用'],
    ['水土保持综合治理', 430.00, 52.00, 481.27, ''],
    ['防汛抗旱专项经费', 150.00, 96.80, 243.15, '汛期追加应急抢险经费'],
    ['水资源监测能力建设', 96.00, -12.00, 79.62, '监测设备政府采购节约'],
    ['山洪灾害防治非工程措施', 210.00, 0, 201.36, ''],
  ];
  const first = 6, last = 6 + P.length - 1;
  S.merge('A5:B5', '合计', { bold: true });
  let mutRel, mutCell, mutTo;
  P.forEach((p, k) => {
    const r = first + k; const full = add(p[1], p[2]); const bal = sub(full, p[3]);
    S.put(`A${r}`, k + 1, { h: 'center' }); S.put(`B${r}`, p[0], { h: 'left' });
    S.put(`C${r}`, p[1], { fmt: '#,##0.00' }); S.put(`D${r}`, p[2], { fmt: '#,##0.00' });
    S.put(`E${r}`, { f: `C${r}+D${r}`, r: full }, { fmt: '#,##0.00' }); S.put(`F${r}`, p[3], { fmt: '#,##0.00' });
    S.put(`G${r}`, { f: `E${r}-F${r}`, r: bal }, { fmt: '#,##0.00' });
    S.put(`H${r}`, { f: `F${r}/E${r}`, r: p[3] / full }, { fmt: '0.00%' }); S.put(`I${r}`, p[4], { h: 'left' });
    S.rel({ type: 'sum', target: `E${r}`, parts: [`C${r}`, `D${r}`], label: `全年预算=年初预算+调整数（${p[0]}）` });
    S.rel({ type: 'diff', target: `G${r}`, a: `E${r}`, b: `F${r}`, label: `结余=全年预算−执行数（${p[0]}）` });
    const id = S.rel({ type: 'ratio', target: `H${r}`, num: `F${r}`, den: `E${r}`, label: `执行率=执行数/全年预算（${p[0]}）` });
    if (k === 3) { mutRel = id; mutCell = `H${r}`; mutTo = 0.9521; }
  });
  const sumOf = (c) => add(P.map((_, k) => S.v(`${c}${first + k}`)));
  for (const c of 'CDEFG') {
    S.put(`${c}5`, { f: `SUM(${c}${first}:${c}${last})`, r: sumOf(c) }, { fmt: '#,##0.00', bold: true });
    S.rel({ type: 'sum', target: `${c}5`, parts: P.map((_, k) => `${c}${first + k}`), label: `合计=各项目之和（${S.v(c + '4') || S.v(c + '3')}）` });
  }
  S.put('H5', { f: 'F5/E5', r: sumOf('F') / sumOf('E') }, { fmt: '0.00%', bold: true });
  S.rel({ type: 'ratio', target: 'H5', num: 'F5', den: 'E5', label: '执行率=执行数/全年预算（合计）' });
  S.rel({ type: 'sum', target: 'E5', parts: ['C5', 'D5'], label: '全年预算=年初预算+调整数（合计）' });
  S.rel({ type: 'diff', target: 'G5', a: 'E5', b: 'F5', label: '结余=全年预算−执行数（合计）' });
  S.put('I5', '');
  S.merge(`A${last + 1}:I${last + 1}`, '备注：执行率=执行数/全年预算；结余资金按规定结转下年使用或收回财政。', { h: 'left', border: false });
  notes(S, last + 2, 'I', { oneLine: true, filler: '邓志刚', phone: '0730-8261573', date: D(2025, 2, 27) });
  ctx.mutate('项目支出执行情况', mutCell, mutTo, mutRel);
}

// ---------------------------------------------------------------- 06
function f06(ctx) {
  ctx.unit = '白沙镇人民政府（临川县农业农村局主管）';
  ctx.feat('indicator table with 指标性质 column (≥/＝/≤/定性)', '年度指标值/实际完成值 as numbers (units in 三级指标 name, percents 0%/0.0%)', '完成率 column typed 0.0% (— for 定性/≤ rows)', '预算执行率 as first indicator row, funding line above the table', '一级/二级 merged vertically', '合计 row with 分值 100');
  const S = ctx.sheet('绩效指标完成情况');
  S.widths({ A: 10, B: 12, C: 30, D: 8, E: 12, F: 12, G: 10, H: 7, I: 8, J: 30 });
  S.merge('A1:J1', '2024年度白沙镇农村人居环境整治项目绩效自评表', { bold: true, size: 15, border: false }); S.height(1, 28);
  S.merge('A2:E2', '主管部门：临川县农业农村局', { h: 'left', border: false }); S.merge('F2:J2', '实施单位：白沙镇人民政府', { h: 'left', border: false });
  const full = 186.50, exe = 180.59;
  S.put('A3', '资金情况'); S.merge('B3:C3', '全年预算数（万元）'); S.put('D3', full, { fmt: '0.00' }); S.merge('E3:F3', '全年执行数（万元）'); S.put('G3', exe, { fmt: '0.00' }); S.put('H3', '执行率'); S.merge('I3:J3', rate(exe, full, 4), { fmt: '0.00%', h: 'center' });
  const rId = S.rel({ type: 'ratio', target: 'I3', num: 'G3', den: 'D3', label: '执行率=全年执行数/全年预算数' });
  void rId;
  ['一级指标', '二级指标', '三级指标', '指标性质', '年度指标值', '实际完成值', '完成率', '分值', '得分', '偏差原因分析'].forEach((h, i) => S.put(`${'ABCDEFGHIJ'[i]}4`, h, { bold: true }));
  // 预算执行率 row
  S.merge('A5:B5', '预算执行率'); S.put('C5', '预算执行率', { h: 'left' }); S.put('D5', '≥'); S.put('E5', 1, { fmt: '0%', h: 'center' }); S.put('F5', rate(exe, full, 4), { fmt: '0.00%', h: 'center' }); S.put('G5', dash);
  S.put('H5', 10, { h: 'center' }); const es = execScore(exe, full, 10, 4, 2); S.put('I5', es, { fmt: '0.00', h: 'center' }); S.put('J5', '');
  S.rel({ type: 'equal', a: 'F5', b: 'I3', label: '预算执行率实际完成值=资金情况执行率' });
  ctx.free = ['绩效指标完成情况!E5'];
  S.rel({ type: 'execscore', target: 'I5', num: 'G3', den: 'D3', weight: 'H5', label: '预算执行率得分=执行率×分值（上限为分值）' });
  const items = [
    I('产出指标', '数量指标', '改造农村户厕（户）', 320, 336, 10, 'higher', { cmp: '≥' }),
    I('产出指标', '数量指标', '村庄清洁行动覆盖行政村（个）', 14, 14, 10, 'higher', { cmp: '≥' }),
    I('产出指标', '质量指标', '生活垃圾收运处置体系覆盖率', 0.95, 0.97, 10, 'higher', { cmp: '≥', tf: '0%', af: '0%' }),
    I('产出指标', '质量指标', '户厕改造验收合格率', 1, 1, 5, 'higher', { cmp: '＝', tf: '0%', af: '0%' }),
    I('产出指标', '时效指标', '项目完工时限', '2024年11月底前', '2024年11月完工', 5, 'text', { cmp: '定性' }),
    I('产出指标', '成本指标', '户均改厕补助标准（元/户）', 4500, 4500, 10, 'lower', { cmp: '≤' }),
    I('效益指标', '社会效益指标', '农村卫生厕所普及率', 0.9, 0.87, 10, 'higher', { cmp: '≥', tf: '0%', af: '0%', reason: '部分偏远自然村农户居住分散、改厕意愿不强；下一步加大宣传并优化改厕模式。' }),
    I('效益指标', '生态效益指标', '村庄环境脏乱差问题', '明显改善', '明显改善', 10, 'text', { cmp: '定性' }),
    I('效益指标', '可持续影响指标', '长效管护机制', '建立', '已建立', 10, 'text', { cmp: '定性' }),
    I('满意度指标', '服务对象满意度指标', '群众满意度', 0.9, 0.935, 10, 'higher', { cmp: '≥', tf: '0%', af: '0.0%' }),
  ];
  const blk = indBlock(S, 6, { cols: { l1: 'A', l2: 'B', l3: 'C', cmp: 'D', t: 'E', a: 'F', rate: 'G', w: 'H', s: 'I', reason: 'J' }, items, mergeL1: true, mergeL2: true, sDec: 2, sFmt: '0.00', rateFmt: '0.0%', rateDec: 1 });
  const tr = blk.next;
  S.merge(`A${tr}:G${tr}`, '合计', { bold: true });
  const wsum = add(10, blk.wCells.map((c) => S.v(c))); const ssum = add(es, blk.sCells.map((c) => S.v(c)));
  S.put(`H${tr}`, wsum, { h: 'center' }); S.put(`I${tr}`, ssum, { fmt: '0.00', h: 'center' }); S.put(`J${tr}`, `自评等级：${grade(ssum)}`, { h: 'left' });
  S.rel({ type: 'total100', target: `H${tr}`, parts: ['H5', ...blk.wCells], label: '分值合计=100' });
  S.rel({ type: 'sum', target: `I${tr}`, parts: ['I5', ...blk.sCells], label: '总分=各项得分之和' });
  S.rel({ type: 'grade', target: `J${tr}`, total: `I${tr}`, label: '自评等级与总分一致' });
  S.merge(`A${tr + 1}:J${tr + 1}`, '注：完成率=实际完成值/年度指标值；定性指标及成本指标不计算完成率。', { h: 'left', border: false });
  notes(S, tr + 2, 'J', { oneLine: true, filler: '罗小军', phone: '0794-7321058', date: D(2025, 4, 2), dateFmt: 'yyyy-m-d' });
  const it = items[0];
  ctx.mutate('绩效指标完成情况', it._rateCell, 1.005, it._rateRel);
}

// ---------------------------------------------------------------- 07
function f07(ctx) {
  ctx.unit = '云栖区民政局';
  ctx.feat('department 评分表 with a provincial framework (运行成本/管理效率/履职效能/社会效应/可持续发展能力/服务对象满意度)', 'column order 分值 before 目标值/实际值, 评分标准 text column with digits', '预算执行率 scored as an indicator (10分)', 'indicator actuals (控制率, 执行率, 结转结余率, 采购执行率) = ratios of figures on sheet 基础数据 (cross-sheet)', 'lower-is-better ≤ indicators', '合计 row + 等级');
  const S = ctx.sheet('评分表');
  const B = ctx.sheet('基础数据');
  S.widths({ A: 12, B: 10, C: 22, D: 30, E: 7, F: 10, G: 10, H: 8, I: 26 });
  S.merge('A1:I1', '云栖区民政局2024年度部门整体支出绩效自评评分表', { bold: true, size: 15, border: false }); S.height(1, 28);
  S.merge('A2:I2', '评价单位：云栖区民政局（盖章）', { h: 'left', border: false });
  ['一级指标', '二级指标', '三级指标', '评分标准', '分值', '目标值', '实际值', '得分', '备注'].forEach((h, i) => S.put(`${'ABCDEFGHI'[i]}3`, h, { bold: true }));
  // basic data
  B.widths({ A: 28, B: 14, C: 30 });
  B.merge('A1:C1', '基础数据（金额单位：万元）', { bold: true, size: 12, border: false });
  ['项目', '数值', '说明'].forEach((h, i) => B.put(`${'ABC'[i]}2`, h, { bold: true }));
  const bd = [['编制数（人）', 36, '区编办核定'], ['实有在职人数（人）', 35, '2024年12月31日'], ['“三公”经费预算数', 9.80, ''], ['“三公”经费决算数', 8.64, ''], ['公用经费预算数', 54.00, ''], ['公用经费决算数', 52.37, ''],
    ['全年预算数', 3865.42, '含年中追加'], ['全年执行数', 3782.69, ''], ['结转结余数', sub(3865.42, 3782.69), '全年预算数−全年执行数'], ['政府采购预算', 215.00, ''], ['政府采购实际金额', 197.37, '']];
  bd.forEach((x, k) => { const r = 3 + k; B.put(`A${r}`, x[0], { h: 'left' }); B.put(`B${r}`, x[1], Number.isInteger(x[1]) && k < 2 ? { h: 'center' } : { fmt: '#,##0.00' }); B.put(`C${r}`, x[2], { h: 'left' }); });
  B.rel({ type: 'diff', target: 'B11', a: 'B9', b: 'B10', label: '结转结余数=全年预算数−全年执行数' });
  const ctl = rate(35, 36, 4), sg = rate(8.64, 9.80, 4), gy = rate(52.37, 54.00, 4), jy = rate(sub(3865.42, 3782.69), 3865.42, 4), cg = rate(197.37, 215.00, 4);
  const P = { tf: '0%', af: '0.00%' };
  const items = [
    I('运行成本', '成本控制', '“三公”经费控制率', 1, sg, 8, 'lower', { ...P, d: '“三公”经费决算数/预算数≤100%得满分，每超1个百分点扣1分' }),
    I('运行成本', '成本控制', '在职人员控制率', 1, ctl, 7, 'lower', { ...P, d: '实有在职人数/编制数≤100%得满分' }),
    I('运行成本', '成本控制', '公用经费控制率', 1, gy, 5, 'lower', { ...P, d: '公用经费决算数/预算数≤100%得满分' }),
    I('管理效率', '预算管理', '预算执行率', 1, rate(3782.69, 3865.42, 4), 10, 'higher', { ...P, d: '执行率×10分', exec: { n: 3782.69, d: 3865.42, num: '基础数据!B10', den: '基础数据!B9', rateDp: 4 } }),
    I('管理效率', '预算管理', '结转结余率', 0.05, jy, 5, 'lower', { ...P, d: '结转结余数/全年预算数≤5%得满分' }),
    I('管理效率', '预算管理', '政府采购执行率', 0.95, cg, 5, 'higher', { ...P, d: '≥95%得满分，未达到按比例得分', reason: '部分办公设备采购合同价低于预算' }),
    I('管理效率', '制度管理', '管理制度健全性', '健全', '健全', 5, 'text', { d: '制度健全且有效执行得满分' }),
    I('履职效能', '重点工作', '年度重点工作完成率', 1, 1, 10, 'higher', { tf: '0%', af: '0%', d: '完成率×10分' }),
    I('履职效能', '社会救助', '城乡低保金按时足额发放率', 1, 1, 10, 'higher', { tf: '0%', af: '0%', d: '100%得满分' }),
    I('履职效能', '养老服务', '社区养老服务设施覆盖率', 0.85, 0.886, 5, 'higher', { tf: '0%', af: '0.0%', d: '≥85%得满分' }),
    I('社会效应', '社会效益', '困难群众兜底保障', '应保尽保', '应保尽保', 10, 'text', { d: '实现应保尽保得满分' }),
    I('可持续发展能力', '能力建设', '干部业务培训', '≥12场次', '14场次', 5, 'higher', { d: '达到目标值得满分' }),
    I('可持续发展能力', '信息化建设', '民政信息系统数据更新及时率', 0.95, 0.98, 5, 'higher', { tf: '0%', af: '0%', d: '≥95%得满分' }),
    I('服务对象满意度', '满意度', '服务对象满意度', 0.9, 0.935, 10, 'higher', { tf: '0%', af: '0.0%', d: '≥90%得满分' }),
  ];
  // target texts for numeric targets carry no comparator; put comparator into 评分标准 and the spec via cmpRef? use target text instead:
  for (const it of items) if (typeof it.t === 'number') { it.t = (it.dir === 'lower' ? '≤' : it.t === 1 ? '' : '≥') + (Math.round(it.t * 1000) / 10) + '%'; delete it.tf; }
  const blk = indBlock(S, 4, { cols: { l1: 'A', l2: 'B', l3: 'C', t: 'F', a: 'G', w: 'E', s: 'H', reason: 'I' }, items, mergeL1: true, mergeL2: true, l1Label: (n, w) => `${n}（${w}分）`, sDec: 2, sFmt: '0.00' });
  items.forEach((it) => S.put(`D${it._r}`, it.d || '', { h: 'left' }));
  const ref = { '“三公”经费控制率': ['B6', 'B5'], '在职人员控制率': ['B4', 'B3'], '公用经费控制率': ['B8', 'B7'], '预算执行率': ['B10', 'B9'], '结转结余率': ['B11', 'B9'], '政府采购执行率': ['B13', 'B12'] };
  let mutRel;
  for (const it of items) if (ref[it.l3]) {
    const id = S.rel({ type: 'ratio', target: `G${it._r}`, num: `基础数据!${ref[it.l3][0]}`, den: `基础数据!${ref[it.l3][1]}`, label: `${it.l3}=基础数据计算值` });
    if (it.l3 === '在职人员控制率') mutRel = id;
  }
  const tr = blk.next;
  S.merge(`A${tr}:D${tr}`, '合计', { bold: true });
  const wsum = add(blk.wCells.map((c) => S.v(c))); const ssum = add(blk.sCells.map((c) => S.v(c)));
  S.put(`E${tr}`, wsum, { h: 'center' }); S.merge(`F${tr}:G${tr}`, ''); S.put(`H${tr}`, ssum, { fmt: '0.00', h: 'center' }); S.put(`I${tr}`, `等级：${grade(ssum)}`, { h: 'left' });
  S.rel({ type: 'total100', target: `E${tr}`, parts: blk.wCells, label: '分值合计=100' });
  S.rel({ type: 'sum', target: `H${tr}`, parts: blk.sCells, label: '总分=各项得分之和' });
  S.rel({ type: 'grade', target: `I${tr}`, total: `H${tr}`, label: '等级与总分一致' });
  notes(S, tr + 1, 'I', { note: '注：控制率、执行率等计算所用数据见“基础数据”表。', filler: '孙卫东', phone: '0571-86920315', date: D(2025, 3, 26), dateFmt: 'yyyy"年"m"月"d"日"' });
  ctx.mutate('基础数据', 'B4', 33, mutRel);
}

// ---------------------------------------------------------------- 08
function f08(ctx) {
  ctx.unit = '松岗县文化广电旅游体育局（松岗县文化馆实施）';
  ctx.feat('project 自评表 with amounts in 元 (caption 金额单位：元)', '年初预算数 column stored as TEXT (e.g. "680000.00")', '全年/执行 #,##0.00 with thousands separators', '执行率 typed 0.0%', 'indicator 一级 plain, 二级 merged, 时效 text target', 'notes 填表人/审核人/日期');
  const S = ctx.sheet('自评表');
  S.widths({ A: 9, B: 11, C: 12, D: 26, E: 16, F: 16, G: 8, H: 9, I: 26 });
  S.merge('A1:I1', '项目支出绩效自评表', { bold: true, size: 16, border: false }); S.merge('A2:I2', '（2024年度）', { border: false });
  S.put('A3', '项目名称'); S.merge('B3:I3', '2024年农村公益电影放映及文化惠民演出经费', { h: 'left' });
  S.put('A4', '主管部门'); S.merge('B4:D4', '松岗县文化广电旅游体育局', { h: 'left' }); S.merge('E4:F4', '实施单位'); S.merge('G4:I4', '松岗县文化馆', { h: 'left' });
  S.merge('A5:I5', '金额单位：元', { h: 'right', border: false });
  S.merge('A6:A9', '项目资金'); S.merge('B6:C6', '');
  ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((h, i) => S.put(`${'DEFGHI'[i]}6`, h, { bold: true }));
  const fin = [680000.00, 712400.00, 698352.60], other = [null, 50000.00, 48600.00];
  const tot = [0, 1, 2].map((i) => add(fin[i], other[i]));
  [['年度资金总额', tot], ['其中：财政拨款', fin], ['其他资金（社会捐赠）', other]].forEach(([lab, v], k) => {
    const r = 7 + k; S.merge(`B${r}:C${r}`, lab, { h: 'left' });
    v.forEach((x, i) => { if (x === null) S.put(`${'DEF'[i]}${r}`, dash); else if (i === 0) S.put(`D${r}`, x, { text: true, dp: 2 }); else S.put(`${'DEF'[i]}${r}`, x, { fmt: '#,##0.00' }); });
    if (k) ['G', 'H', 'I'].forEach((c) => S.put(`${c}${r}`, dash));
  });
  S.put('G7', 10, { h: 'center' }); S.put('H7', rate(tot[2], tot[1], 3), { fmt: '0.0%' }); const es = execScore(tot[2], tot[1], 10, 3, 2); S.put('I7', es, { fmt: '0.00' });
  const ids = colSums(S, 7, [8, 9], ['D', 'E', 'F'], { D: '年度资金总额=财政拨款+其他资金（年初预算数）', E: '年度资金总额=财政拨款+其他资金（全年预算数）', F: '年度资金总额=财政拨款+其他资金（全年执行数）' });
  S.rel({ type: 'ratio', target: 'H7', num: 'F7', den: 'E7', label: '执行率=全年执行数/全年预算数' });
  S.rel({ type: 'execscore', target: 'I7', num: 'F7', den: 'E7', weight: 'G7', label: '预算执行率得分=执行率×分值（上限为分值）' });
  S.merge('A10:A11', '年度总体目标'); S.merge('B10:E10', '预期目标'); S.merge('F10:I10', '实际完成情况');
  S.merge('B11:E11', '完成全县行政村每村每月1场公益电影放映，开展文化惠民演出，丰富农村群众文化生活。', { h: 'left' });
  S.merge('F11:I11', '全年放映公益电影1602场，开展文化惠民演出26场，惠及群众16.8万人次。', { h: 'left' }); S.height(11, 40);
  S.rel({ type: 'equal', a: 'F11#1', b: 'F13#1', label: '实际完成情况中放映场次=实际完成值' });
  S.rel({ type: 'equal', a: 'F11#2', b: 'F14#1', label: '实际完成情况中演出场次=实际完成值' });
  S.rel({ type: 'equal', a: 'F11#3', b: 'F18#1', label: '实际完成情况中惠及人次=实际完成值' });
  S.put('A12', '绩效指标', { bold: true });
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].forEach((h, i) => S.put(`${'BCDEFGHI'[i]}12`, h, { bold: true }));
  const items = [
    I('产出指标', '数量指标', '公益电影放映场次', '≥1560场', '1602场', 10),
    I('产出指标', '数量指标', '文化惠民演出场次', '≥24场', '26场', 10),
    I('产出指标', '质量指标', '放映设备完好率', '≥95%', '98%', 10),
    I('产出指标', '时效指标', '放映任务完成时限', '2024年12月底前', '2024年12月20日前完成', 10, 'text'),
    I('产出指标', '成本指标', '每场次电影放映补助', '≤200元', '186元', 10, 'lower'),
    I('效益指标', '社会效益指标', '观影及观演群众', '≥15万人次', '16.8万人次', 15),
    I('效益指标', '社会效益指标', '农村群众精神文化生活', '明显改善', '明显改善', 15, 'text'),
    I('满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '92%', 10),
  ];
  const blk = indBlock(S, 13, { cols: { l1: 'B', l2: 'C', l3: 'D', t: 'E', a: 'F', w: 'G', s: 'H', reason: 'I' }, items, mergeL1: true, mergeL2: true, sDec: 2 });
  S.merge(`A13:A${blk.next - 1}`, '');
  const tr = blk.next;
  S.merge(`A${tr}:F${tr}`, '总分', { bold: true });
  const wsum = add(10, blk.wCells.map((c) => S.v(c))); const ssum = add(es, blk.sCells.map((c) => S.v(c)));
  S.put(`G${tr}`, wsum, { h: 'center' }); S.put(`H${tr}`, ssum, { fmt: '0.00', h: 'center' }); S.put(`I${tr}`, `自评等级：${grade(ssum)}`, { h: 'left' });
  S.rel({ type: 'total100', target: `G${tr}`, parts: ['G7', ...blk.wCells], label: '分值合计=100' });
  S.rel({ type: 'sum', target: `H${tr}`, parts: ['I7', ...blk.sCells], label: '总分=各项得分之和' });
  S.rel({ type: 'grade', target: `I${tr}`, total: `H${tr}`, label: '自评等级与总分一致' });
  notes(S, tr + 1, 'I', { filler: '何丽', phone: '0752-3316608', checker: '吴国强', date: D(2025, 3, 12), dateFmt: 'yyyy"年"m"月"d"日"', dateCol: 'I' });
  ctx.mutate('自评表', 'F8', 689352.60, ids.F);
}

module.exports = [
  { no: 1, short: 'nongye-gaobiaozhun', kind: 'project', build: f01 },
  { no: 2, short: 'jiaoyu-xueshengzizhu', kind: 'project', build: f02 },
  { no: 3, short: 'shijian-bumen-zhengti', kind: 'department', build: f03 },
  { no: 4, short: 'weijian-jichushuju-yuan', kind: 'basic-data', build: f04 },
  { no: 5, short: 'shuili-xiangmu-zhixing', kind: 'execution', build: f05 },
  { no: 6, short: 'baisha-renju-zhibiao', kind: 'indicators', build: f06 },
  { no: 7, short: 'minzheng-bumen-pingfen', kind: 'department', build: f07 },
  { no: 8, short: 'wenlv-gongyidianying-yuan', kind: 'project', build: f08 },
];
