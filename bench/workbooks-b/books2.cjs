'use strict';
// Workbooks 04-24 (see books.cjs for helpers).
const SH = require('./sheets.cjs');
const { goals, makeInds, cents, split, splitExec } = require('./data.cjs');
const { divHalfUp } = require('./lib.cjs');
const { proj, dept, eq, FOOT, PROSE } = require('./books.cjs');

const first = (S) => { S.ws.orderNo = -1; return S; };
function quarters(r, te) { const w = [0.12 + 0.06 * r(), 0.2 + 0.06 * r(), 0.24 + 0.06 * r()]; const q = w.map((x) => Math.floor(te * x)); q.push(te - q[0] - q[1] - q[2]); return q; }
function cover(B, title, unit, p, kv) { const S = B.sheet('封面', [26, 22, 22, 22]); S.ws.orderNo = -1; B.cells; return S; }
const coverFirst = (B, name, P) => { const K = SH.coverSheet(B, name, P); B.wb.getWorksheet(name).orderNo = -1; return K; };
const byL1 = (P, l1) => P.inds.find((x) => x.l1 === l1 && !x.partial);

const W2 = [
  { id: '04', slug: 'songyan-weisheng', unit: '松岩县卫生健康局', kind: '项目支出绩效自评表 + 分季度执行', cat: '总分', features: '标题下说明行“单位：万元”；合计与执行率为公式（带缓存结果）；一级指标带分值“产出指标（50分）”；总分行含分值合计与自评等级；季度表纵向累计',
    build(B, r) {
      const { K } = proj(B, r, { domain: 'weisheng', proj: '基本公共卫生服务补助资金', dept: '松岩县卫生健康局', impl: '松岩县疾病预防控制中心', lead: '巩固基本公共卫生服务均等化', srcs: [1, 1, 0], lo: 800, hi: 1600, P: { amt: 'formula', sub: 'rate', totalW: true, groupW: true, grade: true, unitCap: true } });
      const Kq = SH.quarterSheet(B, '季度执行', { year: 2024, layout: 'v', budget: K.tot.full, q: quarters(r, K.tot.exec), fmt: '0.00', memo: ['', '', '', '含年末集中结算'] });
      eq(B, Kq.budget, K.full, '季度表全年预算数=自评表全年预算数'); eq(B, Kq.cum, K.exec, '四季度累计支出=自评表全年执行数');
      return { key: K.total, how: 'digit', pos: 99 };
    } },
  { id: '05', slug: 'luting-minzheng', unit: '鹭汀区民政局', kind: '部门整体支出绩效自评表 + 收支决算总表 + 三公经费', cat: '结余', features: '收支决算表收入/支出左右并列；年末结转和结余；三公经费；千分位',
    build(B, r) {
      const o = dept(B, r, { unitName: '鹭汀区民政局', domain: 'minzheng', lead: '兜牢困难群众基本生活底线', order: ['dept', 'inc', 'sg'], noGrand: true });
      return { key: o.In.close, how: 'swap', pos: 1 };
    } },
  { id: '06', slug: 'wangchuan-jiaotong', unit: '望川市交通运输局', kind: '封面说明 + 项目支出绩效自评表', cat: '得分超分值', features: '封面为散文说明；总分行不列分值合计；二级指标合并单元格；执行率0.00%',
    build(B, r) {
      SH.coverSheet(B, '封面', { title: '望川市交通运输局\n2024年度农村公路提质改造项目绩效自评', paras: [PROSE.intro('我局', '农村公路提质改造项目'), PROSE.method(), PROSE.open()], kv: [['项目实施单位', { text: '望川市公路事务中心' }], ['联系人', { text: '孟启航' }]] });
      const { K, P } = proj(B, r, { domain: 'jiaotong', proj: '2024年农村公路提质改造项目', dept: '望川市交通运输局', impl: '望川市公路事务中心', lead: '提升农村公路通行能力', srcs: [1, 1, 0], lo: 2000, hi: 5000 });
      return { key: byL1(P, '效益指标').wK, how: 'drop', pos: 1 };
    } },
  { id: '07', slug: 'chengtan-wenlv', unit: '澄潭县文化广电和旅游局', kind: '项目支出绩效自评表（无年初预算）+ 项目资金明细（含年初预算）', cat: '合计', features: '自评表年初预算数空缺；明细表含年初预算数列和合计行；执行率0.0%',
    build(B, r) {
      const { K } = proj(B, r, { domain: 'wenlv', proj: '公共文化服务体系建设专项资金', dept: '澄潭县文化广电和旅游局', lead: '完善城乡公共文化服务网络', lo: 400, hi: 900, P: { noInit: true, rdp: 1, totalW: true } });
      const fulls = split(r, K.tot.full, 4); const ex = splitExec(r, fulls, K.tot.exec);
      const names = ['送戏下乡惠民演出', '乡镇综合文化站提质', '公共图书馆图书购置', '文物保护修缮'];
      const Kd = SH.detailSheet(B, '资金明细', { year: 2024, unitName: '澄潭县文化广电和旅游局', init: true, rdp: 1, fmt: '#,##0.00', items: fulls.map((f, i) => ({ name: names[i], src: i === 3 ? '上级补助' : '县本级', init: Math.round(f * (0.7 + 0.3 * r())), full: f, exec: ex[i] })) });
      eq(B, Kd.tot.full, K.full, '明细表全年预算数合计=自评表全年预算数'); eq(B, Kd.tot.exec, K.exec, '明细表实际支出合计=自评表全年执行数');
      return { key: Kd.tot.init, how: 'swap', pos: 1 };
    } },
  { id: '08', slug: 'fengdu-shuili', unit: '枫渡县水利局', kind: '项目支出绩效自评表 + 分季度执行', cat: '季度累计', features: '季度表当季/累计/进度；注释行；填报人页脚',
    build(B, r) {
      const { K } = proj(B, r, { domain: 'shuili', proj: '小型水库除险加固及农村供水保障项目', dept: '枫渡县水利局', lead: '消除小型水库安全隐患', srcs: [1, 0, 1], lo: 600, hi: 1400, P: { blank: 'zero' } });
      const Kq = SH.quarterSheet(B, '分季度执行', { year: 2024, layout: 'v', budget: K.tot.full, q: quarters(r, K.tot.exec), fmt: '0.00', note: '注：累计执行进度=累计支出/全年预算数。' });
      eq(B, Kq.budget, K.full, '季度表全年预算数=自评表全年预算数'); eq(B, Kq.cum, K.exec, '四季度累计支出=自评表全年执行数');
      return { key: Kq.q[2], how: 'swap', pos: 1 };
    } },
  { id: '09', slug: 'lanjiang-jiaoyu', unit: '岚江市教育局', kind: '项目支出绩效自评表（各资金来源分别计分）', cat: '执行率得分', features: '各资金来源行均有分值/执行率/得分；执行率为文本“98.53%”；年度资金总额首行',
    build(B, r) {
      const { K } = proj(B, r, { domain: 'jiaoyu', proj: '学生资助补助资金', dept: '岚江市教育局', impl: '岚江市学生资助管理中心', lead: '确保家庭经济困难学生应助尽助', srcs: [1, 1, 0], lo: 900, hi: 2000, partial: 2, P: { sub: 'score', rate: 'pcttext', totalW: true } });
      return { key: K.es1, how: 'digit', pos: 1 };
    } },
  { id: '10', slug: 'chuanyu-keji', unit: '川屿区科技和工业信息化局', kind: '项目支出绩效自评表（元）+ 项目资金明细（元）', cat: '执行率', features: '金额以元计、千分位#,##0.00；执行率为文本百分数；表头标注“（元）”',
    build(B, r) {
      const { K } = proj(B, r, { domain: 'keji', proj: '中小企业数字化转型扶持资金', dept: '川屿区科技和工业信息化局', lead: '推动中小企业上云用数赋智', lo: 3000000, hi: 7000000, P: { unit: '元', fmt: '#,##0.00', rate: 'pcttext', totalW: true } });
      const fulls = split(r, K.tot.full, 6); const ex = splitExec(r, fulls, K.tot.exec);
      const names = ['工业互联网平台应用补助', '企业上云奖补', '数字化车间认定奖励', '智能制造诊断服务', '专精特新企业培育', '信息技术人才培训'];
      const Kd = SH.detailSheet(B, '明细（元）', { year: 2024, unitName: '川屿区科技和工业信息化局', unit: '元', fmt: '#,##0.00', rate: 'pcttext', items: fulls.map((f, i) => ({ name: names[i], src: '区级财政', full: f, exec: ex[i] })) });
      eq(B, Kd.tot.full, K.full, '明细表全年预算数合计=自评表全年预算数'); eq(B, Kd.tot.exec, K.exec, '明细表实际支出合计=自评表全年执行数');
      return { key: Kd.rows[2].rate, how: 'swap', pos: 2 };
    } },
  { id: '11', slug: 'tongxi-nongye', unit: '桐溪县农业农村局', kind: '项目支出绩效自评表 + 项目资金使用情况（纵向卡片）', cat: '结余', features: '空缺来源填0.00；纵向卡片含年中调整、结余、执行率',
    build(B, r) {
      const { K } = proj(B, r, { domain: 'nongye', proj: '2024年高标准农田建设项目', dept: '桐溪县农业农村局', lead: '建设旱涝保收高标准农田', srcs: [1, 0, 1], lo: 1500, hi: 3000, P: { blank: 'zero', totalW: true } });
      const Kc = SH.cardSheet(B, '资金使用情况', { init: K.tot.init, full: K.tot.full, exec: K.tot.exec, fmt: '#,##0.00', memo: ['', '省级追加补助', '', '', '已按规定结转'], note: '注：结余资金按财政部门要求办理结转。' });
      eq(B, Kc.init, K.init, '卡片年初预算数=自评表年初预算数'); eq(B, Kc.full, K.full, '卡片全年预算数=自评表全年预算数'); eq(B, Kc.exec, K.exec, '卡片全年实际支出=自评表全年执行数');
      return { key: Kc.bal, how: 'swap', pos: 1 };
    } },
  { id: '12', slug: 'wuting-weisheng', unit: '梧汀县卫生健康局', kind: '部门整体支出绩效自评表（运行成本/管理效率/履职效能框架）+ 人员 + 三公', cat: '总分', features: '省级整体支出指标框架；结转结余率指标；三公经费含增减率；人员控制率文本',
    build(B, r) {
      const o = dept(B, r, { unitName: '梧汀县卫生健康局', domain: 'weisheng', fw: 'prov', lead: '提升基层医疗卫生服务能力', chg: true, staffRate: 'pcttext', P: { grade: true, totalW: true } });
      return { key: o.K.total, how: 'swap', pos: 1 };
    } },
  { id: '13', slug: 'zheyuan-minzheng', unit: '柘原市民政局', kind: '部门整体支出绩效自评表 + 三公经费 + 收支决算总表', cat: '合计', features: '收支决算含总计行；资金块公式带缓存结果；三公经费三年对比',
    build(B, r) {
      const o = dept(B, r, { unitName: '柘原市民政局', domain: 'minzheng', lead: '健全分层分类社会救助体系', order: ['dept', 'sg', 'inc'], P: { amt: 'formula' } });
      return { key: o.Sg.tot.prev, how: 'swap', pos: 1 };
    } },
  { id: '14', slug: 'nanwan-jiaotong', unit: '楠湾区交通运输局', kind: '部门整体支出绩效自评表 + 三公经费 + 人员情况', cat: '控制率', features: '三公经费含控制率与增减率；人员情况两类编制',
    build(B, r) {
      const o = dept(B, r, { unitName: '楠湾区交通运输局', domain: 'jiaotong', lead: '保障区域交通安全畅通', order: ['dept', 'sg', 'staff'], chg: true, staffKinds: ['行政编制', '事业编制'] });
      return { key: o.Sg.recep.ctl, how: 'swap', pos: 1 };
    } },
  { id: '15', slug: 'jishan-shuili', unit: '霁山县水利局', kind: '部门整体支出绩效自评表（基本/项目支出分别计分）', cat: '执行率得分', features: '基本支出、项目支出行分别计分；一级指标带分值',
    build(B, r) {
      const o = dept(B, r, { unitName: '霁山县水利局', domain: 'shuili', lead: '保障防洪安全和供水安全', order: ['dept', 'staff'], P: { sub: 'score', groupW: true } });
      return { key: o.K.es4, how: 'digit', pos: 1 };
    } },
  { id: '16', slug: 'luoping-wenlv', unit: '洛屏县文化和旅游局', kind: '项目支出绩效自评表（三种来源）', cat: '执行率', features: '当年财政拨款/上年结转/其他资金三种来源；来源行列执行率不计分',
    build(B, r) {
      const { K } = proj(B, r, { domain: 'wenlv', proj: '全域旅游发展专项资金', dept: '洛屏县文化和旅游局', lead: '推进全域旅游示范区创建', srcs: [1, 1, 1], lo: 500, hi: 1100, P: { sub: 'rate', totalW: true, fmt: '#,##0.00' } });
      return { key: K.rate0, how: 'swap', pos: 2 };
    } },
  { id: '17', slug: 'tinglan-keji', unit: '汀兰区科学技术局', kind: '封面摘要 + 项目支出绩效自评表', cat: '跨表一致', features: '封面摘录预算数/执行数/得分/等级；自评表一级指标合并',
    build(B, r) {
      const { K } = proj(B, r, { domain: 'keji', proj: '科技企业孵化载体建设补助', dept: '汀兰区科学技术局', lead: '完善科技企业孵化服务链条', lo: 300, hi: 700, P: { totalW: true } });
      const G = SH.GRADE(K.totalS);
      const C = coverFirst(B, '封面', { title: '汀兰区科学技术局\n2024年度项目支出绩效自评', paras: [PROSE.intro('我局', '科技企业孵化载体建设补助项目'), PROSE.result(G)], kv: [['项目名称', { text: '科技企业孵化载体建设补助' }], ['全年预算数（万元）', { amt: K.tot.full }], ['全年执行数（万元）', { amt: K.tot.exec }], ['自评得分', { score: BigInt(Math.round(K.totalS * 10)), dp: 1 }], ['自评等级', { text: G }]], sign: '汀兰区科学技术局（盖章）' });
      eq(B, C['全年预算数（万元）'], K.full, '封面全年预算数=自评表全年预算数'); eq(B, C['全年执行数（万元）'], K.exec, '封面全年执行数=自评表全年执行数'); eq(B, C['自评得分'], K.total, '封面自评得分=自评表总分', 1);
      return { key: C['全年执行数（万元）'], how: 'swap', pos: 2 };
    } },
  { id: '18', slug: 'xingtan-jiaoyu', unit: '星潭市教育局', kind: '省对下转移支付区域绩效自评表（指标计分）', cat: '得分超分值', features: '省级补助/地方资金两级表头；实施期目标；指标计分但总分行不列分值合计',
    build(B, r) {
      const bc = cents(r, 800, 1500), bl = cents(r, 200, 500);
      const inds = makeInds(r, 'jiaoyu', { 产出指标: 50, 效益指标: 30, 满意度指标: 20 }, 1, 1);
      SH.transferSheet(B, '区域自评表', { year: 2024, title: '2024年度省对下转移支付区域绩效自评表', proj: '学前教育发展资金', upLabel: '省级主管部门', up: '省教育厅', local: '星潭市教育局', cenLabel: '省级补助', phase: true, regions: [{ name: '', bc, bl, ec: Math.floor(bc * (0.93 + 0.07 * r())), el: Math.floor(bl * (0.85 + 0.15 * r())) }], scored: true, fmt: '0.00', inds, goals: goals(inds, '扩大普惠性学前教育资源'), footer: FOOT(r) });
      return { key: inds.find((x) => x.l1 === '效益指标' && !x.partial).wK, how: 'drop', pos: 1 };
    } },
  { id: '19', slug: 'biling-minzheng', unit: '碧岭县民政局', kind: '部门整体支出绩效自评表 + 人员情况 + 三公经费', cat: '合计', features: '年初预算数列人员经费+公用经费=基本支出；三公经费控制率文本',
    build(B, r) {
      const o = dept(B, r, { unitName: '碧岭县民政局', domain: 'minzheng', lead: '提升基本民生保障水平', sgRate: 'pcttext', P: { totalW: true } });
      return { key: o.K.init2, how: 'swap', pos: 1 };
    } },
  { id: '20', slug: 'yanbo-shuili', unit: '烟波区水务局', kind: '项目支出绩效自评表 + 资金使用情况卡片（文本金额）', cat: '结余', features: '卡片金额为文本“1,234.50”；执行率文本；自评表末行年度资金总额',
    build(B, r) {
      const { K } = proj(B, r, { domain: 'shuili', proj: '城区排涝设施维修养护经费', dept: '烟波区水务局', impl: '烟波区排水管理所', lead: '保障城区汛期排涝安全', srcs: [1, 1, 0], lo: 200, hi: 600, P: { order: 'totalLast', rate: 'pcttext', totalW: true } });
      const Kc = SH.cardSheet(B, '资金使用情况', { init: K.tot.init, full: K.tot.full, exec: K.tot.exec, amt: 'numtext', rate: 'pcttext' });
      eq(B, Kc.full, K.full, '卡片全年预算数=自评表全年预算数'); eq(B, Kc.exec, K.exec, '卡片全年实际支出=自评表全年执行数'); eq(B, Kc.init, K.init, '卡片年初预算数=自评表年初预算数');
      return { key: Kc.bal, how: 'x10' };
    } },
  { id: '21', slug: 'haoyue-weisheng', unit: '皓月县卫生健康局', kind: '中央对地方转移支付区域绩效自评表（计分）+ 子项目分季度进度', cat: '季度累计', features: '季度表两级表头（当季/累计）；资金合计为公式；指标计分含分值合计',
    build(B, r) {
      const bc = cents(r, 600, 1200), bl = cents(r, 100, 300);
      const inds = makeInds(r, 'weisheng', { 产出指标: 50, 效益指标: 30, 满意度指标: 20 }, 1, 1);
      SH.transferSheet(B, '区域绩效自评表', { year: 2024, title: '2024年度中央对地方转移支付区域绩效自评表', proj: '医疗服务与保障能力提升补助资金', up: '国家卫生健康委', local: '皓月县卫生健康局', regions: [{ name: '', bc, bl, ec: Math.floor(bc * (0.9 + 0.1 * r())), el: Math.floor(bl * (0.9 + 0.1 * r())) }], scored: true, totalW: true, amt: 'formula', fmt: '#,##0.00', inds, goals: goals(inds, '提升县域医疗服务能力'), footer: FOOT(r) });
      const items = ['县级医院能力建设', '乡镇卫生院设备更新', '村卫生室标准化建设', '公共卫生应急物资储备'].map((name) => { const budget = cents(r, 80, 300); return { name, budget, q: quarters(r, Math.floor(budget * (0.85 + 0.15 * r()))) }; });
      const Kq = SH.quarterSheet(B, '分季度进度', { year: 2024, layout: 'h', items, fmt: '0.00', note: '注：各季度累计数=上季度累计数+本季度支出。' });
      return { key: Kq.rows[1].q[1], how: 'swap', pos: 1 };
    } },
  { id: '22', slug: 'liuxi-keji', unit: '流溪县科技和工业信息化局', kind: '项目支出绩效自评表（得分保留两位小数）', cat: '总分', features: '得分两位小数；一级指标带分值；总分行含分值合计和自评等级；末行年度资金总额',
    build(B, r) {
      const { K } = proj(B, r, { domain: 'keji', proj: '工业企业技术改造奖补资金', dept: '流溪县科技和工业信息化局', lead: '支持工业企业技术改造和设备更新', weights: { 产出指标: 40, 效益指标: 30, 满意度指标: 20 }, partial: 2, lo: 400, hi: 900, P: { sdp: 2, order: 'totalLast', groupW: true, totalW: true, grade: true, unitCap: true } });
      return { key: K.total, how: 'swap', pos: 2 };
    } },
  { id: '23', slug: 'cangyu-jiaotong', unit: '沧屿市交通运输局', kind: '说明页（元）+ 项目支出绩效自评表（万元）+ 项目资金明细（元）', cat: '跨表一致', features: '同一金额以元和万元两种口径出现；说明页金额为文本千分位',
    build(B, r) {
      let fulls, ex, F, tf, te;
      for (let k = 0; ; k++) {
        fulls = split(r, cents(r, 8e6, 2e7), 5); tf = fulls.reduce((a, b) => a + b, 0); te = Math.floor(tf * (0.9 + 0.1 * r())); ex = splitExec(r, fulls, te);
        const fw = Number(divHalfUp(BigInt(tf), 10000n)), ew = Number(divHalfUp(BigInt(te), 10000n));
        const a = SH.scoreU(ew, fw, 10, 1); let b = divHalfUp(BigInt(SH.rateU(ew, fw, 2)) * 100n, 10000n); if (b > 100n) b = 100n;
        if (a === b) { F = { init: [Number(divHalfUp(BigInt(tf), 10000n)) - cents(r, 50, 150)], full: [fw], exec: [ew] }; break; }
      }
      F.init.push(null, null); F.full.push(null, null); F.exec.push(null, null);
      const Cv = coverFirst(B, '说明', { title: '沧屿市交通运输局2024年度公路养护项目绩效自评说明', paras: [PROSE.intro('我局', '国省干线公路养护项目'), PROSE.method()], kv: [['项目全年预算（元）', { amt: tf, style: 'numtext' }], ['项目全年支出（元）', { amt: te, style: 'numtext' }]] });
      const { K } = proj(B, r, { domain: 'jiaotong', proj: '国省干线公路养护项目', dept: '沧屿市交通运输局', impl: '沧屿市公路养护中心', lead: '保持干线公路良好技术状况', F, P: { totalW: true } });
      const names = ['路面预防性养护', '桥梁定期检测', '安全设施完善', '绿化及附属设施维护', '应急抢通保障'];
      const Kd = SH.detailSheet(B, '资金明细（元）', { year: 2024, unitName: '沧屿市交通运输局', unit: '元', fmt: '#,##0.00', items: fulls.map((f, i) => ({ name: names[i], src: '市本级', full: f, exec: ex[i] })) });
      eq(B, K.full, Kd.tot.full, '自评表全年预算数（万元）=明细表全年预算数合计（元）÷10000', 2, 10000); eq(B, K.exec, Kd.tot.exec, '自评表全年执行数（万元）=明细表实际支出合计（元）÷10000', 2, 10000);
      eq(B, Cv['项目全年预算（元）'], Kd.tot.full, '说明页全年预算（元）=明细表全年预算数合计'); eq(B, Cv['项目全年支出（元）'], Kd.tot.exec, '说明页全年支出（元）=明细表实际支出合计');
      return { key: Cv['项目全年支出（元）'], how: 'swap', pos: 3 };
    } },
  { id: '24', slug: 'yanlan-wenlv', unit: '砚澜县文化和旅游局', kind: '封面摘要 + 部门整体支出绩效自评表 + 人员情况 + 三公经费', cat: '跨表一致', features: '封面摘录整体支出预算/执行/执行率/得分；部门表一级指标带分值',
    build(B, r) {
      const o = dept(B, r, { unitName: '砚澜县文化和旅游局', domain: 'wenlv', lead: '繁荣城乡文化和旅游市场', P: { groupW: true, totalW: true } });
      const K = o.K; const G = SH.GRADE(K.totalS);
      const C = coverFirst(B, '封面', { title: '砚澜县文化和旅游局\n2024年度部门整体支出绩效自评', paras: [PROSE.intro('本局', '2024年度部门整体支出'), PROSE.result(G), PROSE.open()], kv: [['全年预算数（万元）', { amt: o.D.full[0] }], ['全年执行数（万元）', { amt: o.D.exec[0] }], ['预算执行率', { pct: SH.rateU(o.D.exec[0], o.D.full[0], 2) }], ['自评得分', { score: BigInt(Math.round(K.totalS * 10)), dp: 1 }], ['自评等级', { text: G }]] });
      eq(B, C['全年预算数（万元）'], K.full0, '封面全年预算数=自评表全年预算数'); eq(B, C['全年执行数（万元）'], K.exec0, '封面全年执行数=自评表全年执行数'); eq(B, C['预算执行率'], K.rate0, '封面预算执行率=自评表执行率'); eq(B, C['自评得分'], K.total, '封面自评得分=自评表总分', 1);
      return { key: C['自评得分'], how: 'swap', pos: 1 };
    } },
];
module.exports = { W2 };
