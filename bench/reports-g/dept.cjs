'use strict';
// 部门（单位）整体支出绩效自评报告 template.
const { rng, R, yuan, Doc } = require('./lib.cjs');
const { K } = require('./units.cjs');
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const sumB = (a) => a.reduce((x, y) => x + y, 0n);

function dept(u) {
  const g = rng(Number(u.nn) * 7919 + 17);
  const d = new Doc({ title: u.name });
  const Y = 2024;
  const tu = u.tableYuan ? '元' : '万元';
  const unitNote = u.tableYuan ? '单位：元' : '单位：万元';
  const T = (fen, c, o = {}) => d.fig(yuan(fen), tu, 2, { suffix: '', sep: !!u.tableYuan, c, ...o });
  const P = (fen, c, o = {}) => d.m(fen, c, o);
  const cw = (lo, hi) => g.big(lo, hi) * 10000n; // amount in 0.01万元 steps, as fen
  const scale = u.big ? 6 : (u.kind === 'school' ? 2 : 1);
  const v1 = Number(u.nn) % 2 === 0, v3 = Number(u.nn) % 3;
  const unitWord = u.kind === 'town' ? '我镇' : (u.admin ? '我局' : '我单位');
  if (u.kind === 'town' && u.short.endsWith('乡')) u.self = '我乡';
  const me = u.self || unitWord;
  const SETS = { '01': [3, 4, 5, 6], '02': [1, 5, 6], '03': [3, 5, 8, 10], '04': [1, 4, 6, 7], '05': [3, 6, 8, 10], '06': [1, 4, 5, 7], '07': [4, 6, 8, 10], '08': [1, 3, 7], '09': [4, 6, 7, 10], '10': [1, 3, 6, 8], '11': [4, 5, 7, 10], '12': [1, 3, 8], '13': [4, 5, 6, 7], '14': [1, 3, 5, 10], '15': [1, 6, 7, 8], '16': [3, 4, 6, 10] };
  const want = new Set([2, 9, ...SETS[u.nn]]);
  let M = null; const begin = () => { M = d.mark(); }; const end = (k) => { if (!want.has(k)) d.rollback(M); };

  // ---------- model ----------
  const B = g.int(18, 60) * scale; const S = B - g.int(1, 6); const RT = g.int(6, 30) * scale; const S0 = S - g.int(1, 5);
  const persNames = [['30101', '基本工资', 380, 520], ['30102', '津贴补贴', 300, 460], ['30103', '奖金', 80, 160]];
  if (!u.admin) persNames.push(['30107', '绩效工资', 300, 520]);
  persNames.push(['30108', '机关事业单位基本养老保险缴费', 150, 190], ['30110', '职工基本医疗保险缴费', 70, 100], ['30113', '住房公积金', 110, 150], ['30199', '其他工资福利支出', 10, 60]);
  const pers = persNames.map(([code, name, lo, hi]) => ({ code, name, fen: BigInt(S) * cw(lo, hi) / 10000n * 10000n / 1n }));
  pers.forEach(p => { p.fen = (p.fen / 10000n) * 10000n; });
  pers.push({ code: '30302', name: '退休费', fen: BigInt(RT) * cw(90, 160) / 10000n * 10000n });
  const sgJd = { ab: 0n, buy: 0n, run: cw(200, 900) * BigInt(Math.min(scale, 3)), rec: cw(50, 400) * BigInt(Math.min(scale, 3)) };
  const sgSn = { ab: g.int(0, 3) === 0 ? cw(200, 600) : 0n, buy: 0n, run: sgJd.run + cw(-150, 150), rec: sgJd.rec + cw(0, 300) };
  sgSn.ab = 0n; if (sgSn.run < 10000n) sgSn.run = 500000n;
  const sgYs = { ab: 0n, buy: 0n, run: sgJd.run + cw(0, 200), rec: sgJd.rec + cw(20, 200) };
  const pubNames = [['30201', '办公费', 200, 900], ['30202', '印刷费', 30, 200], ['30205', '水费', 20, 120], ['30206', '电费', 100, 500], ['30207', '邮电费', 40, 200], ['30209', '物业管理费', 100, 900], ['30211', '差旅费', 100, 600], ['30213', '维修（护）费', 100, 800], ['30215', '会议费', 20, 150], ['30216', '培训费', 30, 200], ['30217', '公务接待费', 0, 0], ['30228', '工会经费', 100, 400], ['30229', '福利费', 50, 300], ['30231', '公务用车运行维护费', 0, 0], ['30239', '其他交通费用', 100, 700], ['30299', '其他商品和服务支出', 50, 500]];
  const pub = pubNames.map(([code, name, lo, hi]) => ({ code, name, fen: code === '30217' ? sgJd.rec : code === '30231' ? sgJd.run : cw(lo, hi) * BigInt(scale) }));
  const Pp = sumB(pers.map(x => x.fen)), Gp = sumB(pub.map(x => x.fen)), Eb = Pp + Gp;
  const projs = u.projects.map(([name, code, cname, sz]) => { const a = cw(800, 2400) * BigInt(sz) * BigInt(scale); const full = g.int(0, 2) === 0; const e = full ? a : a - cw(1, Number(a / 10000n / 12n) + 2); return { name, code, cname, a, e }; });
  const Ep = sumB(projs.map(p => p.e)), Ap = sumB(projs.map(p => p.a));
  const Ab = Eb + cw(0, 300) * BigInt(scale);
  const A = Ab + Ap, E = Eb + Ep;
  const adj = cw(500, 3000) * BigInt(scale); const A0 = A - adj;
  const C0 = cw(50, 900) * BigInt(scale), C1 = A - E + cw(0, 200);
  const I = E + C1 - C0;
  const I2 = (u.kind === 'hospital' ? I * 6n / 10n : u.kind === 'inst' || u.kind === 'school' ? I / 12n : 0n) / 10000n * 10000n;
  const I3 = cw(10, 300); const I1 = I - I2 - I3;
  const Eprev = E - cw(-3000, 6000) * BigInt(scale); const EbPrev = Eb - cw(-800, 1500) * BigInt(scale);
  const sgPrev = { ab: 0n, buy: 0n, run: sgJd.run + cw(-80, 260), rec: sgJd.rec + cw(5, 300) };
  // function classification
  const fnItems = {};
  const addFn = (code, name, b, p) => { fnItems[code] = fnItems[code] || { code, name, b: 0n, p: 0n }; fnItems[code].b += b; fnItems[code].p += p; };
  const pensionFen = pers.find(x => x.code === '30108').fen, medFen = pers.find(x => x.code === '30110').fen, hfFen = pers.find(x => x.code === '30113').fen, retFen = pers.find(x => x.code === '30302').fen;
  addFn(u.main[0], u.main[1], Eb - pensionFen - medFen - hfFen - retFen, 0n);
  addFn(u.admin ? '2080501' : '2080502', u.admin ? '行政单位离退休' : '事业单位离退休', retFen, 0n);
  addFn('2080505', '机关事业单位基本养老保险缴费支出', pensionFen, 0n);
  addFn(u.admin ? '2101101' : '2101102', u.admin ? '行政单位医疗' : '事业单位医疗', medFen, 0n);
  addFn('2210201', '住房公积金', hfFen, 0n);
  projs.forEach(p => addFn(p.code, p.cname, 0n, p.e));
  // purchase
  const purch = [['货物', cw(800, 3000)], ['工程', g.int(0, 1) ? cw(1500, 6000) : 0n], ['服务', cw(500, 2500)]].map(([k, b]) => ({ k, b: b * BigInt(Math.min(scale, 3)), a: 0n }));
  purch.forEach(p => { p.a = p.b === 0n ? 0n : p.b - cw(0, Number(p.b / 10000n / 15n)); });
  const PB = sumB(purch.map(p => p.b)), PA = sumB(purch.map(p => p.a));
  const SME = PA * BigInt(g.int(60, 90)) / 100n / 10000n * 10000n;
  // assets
  const as = [['流动资产', cw(300, 2000)], ['固定资产', cw(2000, 9000)], ['在建工程', g.int(0, 1) ? cw(100, 900) : 0n], ['无形资产', cw(20, 300)]].map(([n, x]) => ({ n, b: x * BigInt(scale), e: 0n }));
  as.forEach(a => { a.e = a.b + cw(-200, 900) * BigInt(scale); if (a.e < 0n) a.e = 0n; });
  const house = as[1].e * 55n / 100n / 10000n * 10000n, cars = as[1].e / 20n / 10000n * 10000n;

  // ---------- text ----------
  const yr = `${Y}年`;
  d.title(`${u.name}${Y}年度部门整体支出绩效自评报告`);
  d.p(`根据${u.place}财政局关于开展${Y}年度预算绩效自评工作的通知要求，${me}对${Y}年度部门整体支出情况开展了绩效自评，现将有关情况报告如下。`);
  d.trap(`${Y}年度`, '年份，不是金额');
  d.heading('一、部门（单位）基本情况');
  d.heading('（一）主要职能', 2);
  u.duties.forEach((x, i) => d.p(`${i + 1}.负责${x}相关工作，按照职责分工组织开展日常业务，完成上级部署的阶段性任务。`));
  d.p(`${i18(me)}还承担${u.place}党委、政府交办的其他事项。`);
  d.heading('（二）机构设置', 2);
  d.p(`${me}内设${u.depts.join('、')}等机构，均为${u.admin ? '行政股室' : '内设科室'}。${me}为一级预算单位，无下属二级预算单位，本报告口径为单位本级。`);
  d.heading('（三）人员情况', 2);
  const fB = d.cnt(B, '人', 'B'), fS = d.cnt(S, '人', 'S'), fRT = d.cnt(RT, '人', 'RT');
  const fCtl = d.pct(R(S, B), 'ctl', { q: 2 });
  d.p(`截至${Y}年12月31日，${me}核定编制`, fB, `，年末实有在职人员`, fS, `，编制控制率为`, fCtl, `；另有离退休人员`, fRT, `。`);
  d.ratio('人员控制率＝实有人数÷编制数', fCtl, [fS], [fB]);
  const fS0 = d.cnt(S0, '人', 'S0'), fdS = d.cnt(S - S0, '人', null);
  d.p(`与上年末在职人数`, fS0, `相比，在职人员增加`, fdS, `，主要是当年通过公开招聘和遴选新进人员，弥补业务岗位缺口。`);
  d.diff('在职人数变动＝本年−上年', fdS, fS, fS0);
  d.trap(`${Y}年12月31日`, '日期');
  // staff table
  begin();
  const kinds = u.admin ? [['行政编制', 0.7], ['事业编制', 0.2], ['工勤编制', 0.1]] : [['事业编制', 0.85], ['工勤编制', 0.15]];
  let remB = B, remS = S, remR = RT, remS0 = S0; const srows = [];
  kinds.forEach(([k, w], i) => {
    const last = i === kinds.length - 1;
    const b = last ? remB : Math.max(1, Math.round(B * w)); const s = last ? remS : Math.min(b, Math.max(1, Math.round(S * w))); const r = last ? remR : Math.round(RT * w); const s0 = last ? remS0 : Math.min(s, Math.round(S0 * w));
    remB -= b; remS -= s; remR -= r; remS0 -= s0; srows.push({ k, b, s, r, s0 });
  });
  if (srows.some(x => x.s > x.b || x.s <= 0 || x.s0 < 0 || x.r < 0)) { srows.forEach(x => { x.s = Math.min(x.s, x.b); }); }
  const sSum = srows.reduce((a, x) => a + x.s, 0); srows[0].s += S - sSum; // keep the total
  const sHead = [[{ text: '人员类别' }, { text: '编制数（人）' }, { text: '上年末实有（人）' }, { text: '本年末实有（人）' }, { text: '离退休（人）' }, { text: '编制控制率' }]];
  const stRows = []; const colsS = { b: [], s0: [], s: [], r: [] };
  const tot = { b: d.cnt(B, '', 'B', { suffix: '' }), s0: d.cnt(S0, '', 'S0', { suffix: '' }), s: d.cnt(S, '', 'S', { suffix: '', canon: true }), r: d.cnt(RT, '', 'RT', { suffix: '' }) };
  tot.b.canon = true; tot.s0.canon = true; tot.r.canon = true;
  const tCtl = d.pct(R(S, B), 'ctl', { suffix: '', canon: true });
  d.ratio('人员控制率＝实有÷编制（表内）', tCtl, [tot.s], [tot.b]);
  stRows.push(['合计', tot.b, tot.s0, tot.s, tot.r, tCtl]);
  for (const x of srows) {
    const fb = d.cnt(x.b, '', null, { suffix: '' }), fs0 = d.cnt(x.s0, '', null, { suffix: '' }), fs = d.cnt(x.s, '', null, { suffix: '' }), fr = d.cnt(x.r, '', null, { suffix: '' });
    const fc = d.pct(R(x.s, x.b), null, { suffix: '' });
    d.ratio(`人员控制率（${x.k}）`, fc, [fs], [fb]);
    colsS.b.push(fb); colsS.s0.push(fs0); colsS.s.push(fs); colsS.r.push(fr);
    stRows.push([`其中：${x.k}`, fb, fs0, fs, fr, fc]);
  }
  for (const k of ['b', 's0', 's', 'r']) d.sum('人员合计＝各类之和', tot[k], colsS[k]);
  d.table({ caption: `表1 ${Y}年人员情况表`, head: sHead, colNames: ['人员类别', '编制数', '上年末实有', '本年末实有', '离退休', '编制控制率'], rows: stRows });
  end(1);

  // ---------- 二、预算收支 ----------
  d.heading('二、部门预算收支及执行情况');
  d.heading('（一）收入支出总体情况', 2);
  const fI = P(I, 'I'), fI1 = P(I1, 'I1'), fI2 = I2 > 0n ? P(I2, 'I2') : null, fI3 = P(I3, 'I3');
  const incParts = [fI1, ...(fI2 ? [fI2] : []), fI3];
  d.p(`${yr}${me}本年收入合计`, fI, `，其中：一般公共预算财政拨款收入`, fI1, ...(fI2 ? ['，事业收入', fI2] : []), `，其他收入`, fI3, `。`);
  d.sum('本年收入合计＝各项收入之和（正文）', fI, incParts);
  const fC0 = P(C0, 'C0');
  const fE = P(E, 'E'), fEb = P(Eb, 'Eb'), fEp = P(Ep, 'Ep');
  d.p(`加上年结转结余`, fC0, `，本年可支配资金共计`, P(I + C0, 'TOT'), `。本年支出合计`, fE, `，其中基本支出`, fEb, `，项目支出`, fEp, `；年末结转结余`, P(C1, 'C1'), `。`);
  d.sum('本年支出合计＝基本支出＋项目支出（正文）', fE, [fEb, fEp]);
  const fEprev = P(Eprev, null), fdE = P(Eprev > E ? Eprev - E : E - Eprev, 'dE', { canon: true }), fdEr = d.pct(R(Eprev > E ? Eprev - E : E - Eprev, Eprev), null);
  d.p(`与上年支出`, fEprev, `相比，本年支出${Eprev > E ? '减少' : '增加'}`, fdE, `，${Eprev > E ? '下降' : '增长'}`, fdEr, `，主要原因是${Eprev > E ? '部分一次性项目上年已完工，本年不再安排' : '当年新增重点项目并追加部分专项资金'}。`);
  if (Eprev > E) d.diff('支出变动额＝上年−本年', fdE, fEprev, fE); else d.diff('支出变动额＝本年−上年', fdE, fE, fEprev);
  d.ratio('支出变动率＝变动额÷上年', fdEr, [fdE], [fEprev]);
  const yiWord = d.fig(yuan(E), '亿元', 2, { suffix: '亿元' });
  d.p(`从规模看，本年支出总量约`, yiWord, `，资金主要投向${u.projects.slice(0, 2).map(x => x[0]).join('、')}等重点领域。`);
  d.trap(`约${yiWord.text}亿元`, '约数，本年支出合计的近似值');
  // 总表
  begin();
  const leis = {};
  for (const it of Object.values(fnItems)) { const l = it.code.slice(0, 3); leis[l] = (leis[l] || 0n) + it.b + it.p; }
  const leiCodes = Object.keys(leis).sort();
  const left = [['一、一般公共预算财政拨款收入', I1, 'I1'], ['二、政府性基金预算财政拨款收入', 0n, null], ['三、事业收入', I2, 'I2'], ['四、经营收入', 0n, null], ['五、其他收入', I3, 'I3']];
  const right = leiCodes.map((l, i) => [`${CN[i]}、${K.lei[l]}`, leis[l], 'lei' + l]);
  const n = Math.max(left.length, right.length); const zRows = []; const lf = [], rf = [];
  for (let i = 0; i < n; i++) {
    const L = left[i], Rr = right[i]; const row = [];
    if (L) { const f = T(L[1], L[2], { canon: true }); lf.push(f); row.push(L[0], f); } else row.push('', '');
    if (Rr) { const f = T(Rr[1], Rr[2], {}); rf.push(f); row.push(Rr[0], f); } else row.push('', '');
    zRows.push(row);
  }
  const zI = T(I, 'I', { canon: true }), zE = T(E, 'E', { canon: true }), zC0 = T(C0, 'C0', { canon: true }), zC1 = T(C1, 'C1', { canon: true });
  const zTI = T(I + C0, 'TOT', { canon: true }), zTE = T(E + C1, null);
  zRows.push(['本年收入合计', zI, '本年支出合计', zE]);
  zRows.push(['上年结转结余', zC0, '年末结转结余', zC1]);
  zRows.push(['收入总计', zTI, '支出总计', zTE]);
  d.sum('本年收入合计＝各项收入之和（总表）', zI, lf); d.sum('本年支出合计＝各功能类之和（总表）', zE, rf);
  d.sum('收入总计＝本年收入＋上年结转', zTI, [zI, zC0]); d.sum('支出总计＝本年支出＋年末结转结余', zTE, [zE, zC1]);
  d.rel('eq', '收入总计＝支出总计', zTE, [zTI], { sub: '表表' });
  d.table({ labelCols: (ci) => [ci < 2 ? 0 : 2], caption: `表2 ${Y}年度收入支出决算总表`, unit: unitNote, head: v1 ? [[{ text: '收入', cs: 2 }, { text: '支出', cs: 2 }], [{ text: '项目' }, { text: '决算数' }, { text: '项目' }, { text: '决算数' }]] : [[{ text: '收入项目' }, { text: '金额' }, { text: '支出项目（按功能分类）' }, { text: '金额' }]], colNames: ['收入项目', '收入决算数', '支出项目', '支出决算数'], rows: zRows });
  end(2);

  // 功能分类表
  begin();
  d.heading('（二）支出决算按功能分类情况', 2);
  const three = v3 !== 0;
  const fRows = []; const totRow = three ? { t: T(E, 'E'), b: T(Eb, 'Eb'), p: T(Ep, 'Ep') } : { t: T(E, 'E') };
  fRows.push(['', '合计', ...Object.values(totRow)]);
  const leiF = [];
  for (const l of leiCodes) {
    const items = Object.values(fnItems).filter(x => x.code.startsWith(l)).sort((a, b) => a.code < b.code ? -1 : 1);
    const lb = sumB(items.map(x => x.b)), lp = sumB(items.map(x => x.p));
    const lr = three ? { t: T(lb + lp, 'lei' + l, { canon: true }), b: T(lb, null), p: T(lp, null) } : { t: T(lb + lp, 'lei' + l, { canon: true }) };
    leiF.push(lr); fRows.push([l, K.lei[l], ...Object.values(lr)]);
    const kuans = [...new Set(items.map(x => x.code.slice(0, 5)))];
    const kF = [];
    for (const k of kuans) {
      const its = items.filter(x => x.code.startsWith(k)); const kb = sumB(its.map(x => x.b)), kp = sumB(its.map(x => x.p));
      const kr = three ? { t: T(kb + kp, null), b: T(kb, null), p: T(kp, null) } : { t: T(kb + kp, null) };
      kF.push(kr); fRows.push([k, '\u3000' + (K.kuan[k] || '其他支出'), ...Object.values(kr)]);
      const iF = [];
      for (const it of its) {
        const cc = { '2080505': 'pension', '2101101': 'med', '2101102': 'med', '2210201': 'hf', '2080501': 'ret', '2080502': 'ret' }[it.code] || null;
        const ir = three ? { t: T(it.b + it.p, cc), b: T(it.b, null), p: T(it.p, null) } : { t: T(it.b + it.p, cc) };
        iF.push(ir); fRows.push([it.code, '\u3000\u3000' + it.name, ...Object.values(ir)]);
      }
      for (const c of Object.keys(kr)) d.sum(`款＝所属项之和（${k}）`, kr[c], iF.map(x => x[c]));
    }
    for (const c of Object.keys(lr)) d.sum(`类＝所属款之和（${l}）`, lr[c], kF.map(x => x[c]));
  }
  for (const c of Object.keys(totRow)) d.sum('合计＝各类之和（功能分类表）', totRow[c], leiF.map(x => x[c]));
  if (three) {
    // row relation 合计＝基本＋项目 for every row
    for (const row of fRows) { const f = row.slice(2); d.sum('合计＝基本支出＋项目支出（行）', f[0], [f[1], f[2]]); }
  }
  d.table({ caption: `表3 ${Y}年度支出决算表（按功能分类）`, unit: unitNote, head: three ? [[{ text: '科目编码', rs: 2 }, { text: '科目名称', rs: 2 }, { text: '本年支出', cs: 3 }], [{ text: '合计' }, { text: '基本支出' }, { text: '项目支出' }]] : [[{ text: '科目编码' }, { text: '科目名称' }, { text: '决算数' }]], colNames: three ? ['科目编码', '科目名称', '合计', '基本支出', '项目支出'] : ['科目编码', '科目名称', '决算数'], rows: fRows, canSplit: true });
  end(3);

  // 基本支出
  d.heading('（三）基本支出情况', 2);
  const fPp = P(Pp, 'Pp'), fGp = P(Gp, 'Gp');
  const fEb_b = P(Eb, 'Eb');
  d.p(`${yr}基本支出`, fEb_b, `，其中人员经费`, fPp, `，主要包括基本工资、津贴补贴、社会保障缴费、住房公积金和退休费等；公用经费`, fGp, `，主要包括办公费、水电费、差旅费、维修（护）费、公务用车运行维护费等。`);
  d.sum('基本支出＝人员经费＋公用经费（正文）', fEb_b, [fPp, fGp]);
  d.trap('主要包括基本工资、津贴补贴……等', '部分列举，不求和');
  const fPshare = d.pct(R(Pp, Eb), null, { q: 1 }), fEbShare = d.pct(R(Eb, E), null, { q: 2 });
  d.p(`人员经费占基本支出的`, fPshare, `；基本支出占本年支出合计的`, fEbShare, `，项目支出是部门履职的主要资金来源。`);
  d.ratio('人员经费占比＝人员经费÷基本支出', fPshare, [fPp], [fEb_b]);
  d.ratio('基本支出占比＝基本支出÷本年支出', fEbShare, [fEb_b], [fE]);
  const fPerCap = P(Gp * 100n / BigInt(S) / 100n, null, { q: 2 });
  // exact per-capita: use rational and 2 decimals of 万元
  d.figs.pop(); const fPer = d.fig(R(Gp, 100n * BigInt(S)), '万元', 2, { suffix: '万元' });
  d.p(`按年末在职人数计算，人均公用经费`, fPer, `，较上年有所${v1 ? '下降' : '上升'}。`);
  d.ratio('人均公用经费＝公用经费÷在职人数', fPer, [fGp], [fS]);
  const fEbPrev = P(EbPrev, null); const dEb = Eb - EbPrev;
  const fdEb = P(dEb < 0n ? -dEb : dEb, null);
  d.p(`上年基本支出为`, fEbPrev, `，本年较上年${dEb < 0n ? '减少' : '增加'}`, fdEb, `，主要是${dEb < 0n ? '退休人员增加导致在职工资支出相应减少' : '调整工资标准和新进人员增加人员经费'}。`);
  if (dEb < 0n) d.diff('基本支出变动＝上年−本年', fdEb, fEbPrev, fEb_b); else d.diff('基本支出变动＝本年−上年', fdEb, fEb_b, fEbPrev);
  // 经济分类表
  begin();
  const ecoRows = []; const withPrev = v3 === 1;
  const mk = (fen, c, o) => T(fen, c, o);
  const eTot = mk(Eb, 'Eb', { canon: true }), ePp = mk(Pp, 'Pp', { canon: true }), eGp = mk(Gp, 'Gp', { canon: true });
  ecoRows.push(['', '基本支出合计', eTot]); ecoRows.push(['', '一、人员经费', ePp]);
  const pF = pers.map(p => { const f = mk(p.fen, { '30108': 'pension', '30110': 'med', '30113': 'hf', '30302': 'ret' }[p.code] || null); ecoRows.push([p.code, (v1 ? '\u3000' : '') + p.name, f]); return f; });
  ecoRows.push(['', '二、公用经费', eGp]);
  const gF = pub.map(p => { const f = mk(p.fen, p.code === '30217' ? 'sg_rec_jd' : p.code === '30231' ? 'sg_run_jd' : null); ecoRows.push([p.code, (v1 ? '\u3000' : '') + p.name, f]); return f; });
  d.sum('人员经费＝各经济科目之和', ePp, pF); d.sum('公用经费＝各经济科目之和', eGp, gF); d.sum('基本支出＝人员经费＋公用经费（表）', eTot, [ePp, eGp]);
  ecoRows.push([{ span: 3, text: '注：公务接待费、公务用车运行维护费与“三公”经费统计表口径一致；退休费在“对个人和家庭的补助”中列示。' }]);
  d.table({ caption: `表4 ${Y}年度基本支出决算表（按经济分类）`, unit: unitNote, head: [[{ text: '科目编码' }, { text: '科目名称' }, { text: '决算数' }]], colNames: ['科目编码', '科目名称', '决算数'], rows: ecoRows, canSplit: true });
  end(4);

  // 项目支出
  d.heading('（四）项目支出情况', 2);
  const fAp = P(Ap, 'Ap'), fEpx = P(Ep, 'Ep'), fRp = d.pct(R(Ep, Ap), 'rateP');
  d.p(`${yr}共安排项目`, d.cnt(projs.length, '个', null), `，全年预算`, fAp, `，实际支出`, fEpx, `，项目预算执行率`, fRp, `。`);
  d.ratio('项目执行率＝项目支出÷项目预算（正文）', fRp, [fEpx], [fAp]);
  begin();
  const pRows = []; const pa = [], pe = [], pb = [];
  projs.forEach((p, i) => {
    const fa = T(p.a, 'pa' + i, { canon: true }), fe = T(p.e, 'pe' + i, { canon: true }), fr = d.pct(R(p.e, p.a), null, { suffix: '' }), fb = T(p.a - p.e, 'pb' + i, { canon: true });
    pa.push(fa); pe.push(fe); pb.push(fb);
    d.ratio(`执行率＝执行数÷预算数（${p.name}）`, fr, [fe], [fa]); d.diff(`结余＝预算−执行（${p.name}）`, fb, fa, fe);
    pRows.push([v1 ? `${i + 1}.${p.name}` : p.name, fa, fe, fr, fb]);
  });
  const tA = T(Ap, 'Ap', { canon: true }), tEp = T(Ep, 'Ep'), tR = d.pct(R(Ep, Ap), 'rateP', { suffix: '', canon: true }), tB = T(Ap - Ep, null);
  d.sum('项目预算合计', tA, pa); d.sum('项目执行合计', tEp, pe); d.sum('项目结余合计', tB, pb);
  d.ratio('执行率（合计行）', tR, [tEp], [tA]); d.diff('结余＝预算−执行（合计行）', tB, tA, tEp);
  pRows.push(['合计', tA, tEp, tR, tB]);
  d.table({ caption: `表5 ${Y}年度项目支出明细表`, unit: unitNote, head: [[{ text: '项目名称' }, { text: '全年预算数' }, { text: '执行数' }, { text: '执行率' }, { text: '结余' }]], colNames: ['项目名称', '全年预算数', '执行数', '执行率', '结余'], rows: pRows });
  end(5);
  projs.forEach((p, i) => {
    if (i > 2) return;
    const fa = P(p.a, 'pa' + i); let fe;
    if (p.a === p.e) d.p(`${p.name}项目：全年预算`, fa, `，已全部支出，资金按合同约定分批拨付到位，执行率100%。`);
    else { fe = P(p.e, 'pe' + i); const fb = P(p.a - p.e, 'pb' + i); d.p(`${p.name}项目：全年预算`, fa, `，实际支出`, fe, `，结余`, fb, `，结余原因是部分工作量按实结算，结余资金已按规定收回统筹。`); d.diff(`项目结余＝预算−支出（正文，${p.name}）`, fb, fa, fe); }
  });

  // 预算调整 and 执行率
  d.heading('（五）预算调整及执行情况', 2);
  const fA0 = P(A0, null), fadj = P(adj, null), fA = P(A, 'A'), fE2 = P(E, 'E'), fRate = d.pct(R(E, A), null);
  d.p(`${me}${yr}年初预算`, fA0, `，年中追加`, fadj, `，调整后全年预算`, fA, `。全年实际支出`, fE2, `，预算执行率`, fRate, `，较${u.place}财政部门要求的序时进度目标（不低于95%）${E * 100n >= A * 95n ? '达标' : '略有差距'}。`);
  d.sum('全年预算＝年初预算＋追加', fA, [fA0, fadj]);
  d.ratio('预算执行率＝支出÷全年预算', fRate, [fE2], [fA]);
  fRate.concept = 'rateAll'; fRate.canon = true; d.concepts.rateAll = [fRate];
  d.trap('不低于95%', '目标值，不是实际值');
  d.trap(`年初预算${fA0.text}万元`, '年初预算与调整后预算不同，属正常');

  // 三公
  d.heading('（六）“三公”经费情况', 2);
  const tot3 = (o) => o.ab + o.buy + o.run + o.rec;
  const fsgJ = P(tot3(sgJd), 'sg_jd'), fsgY = P(tot3(sgYs), 'sg_ys'), fsgSave = P(tot3(sgYs) - tot3(sgJd), null), fsgCtl = d.pct(R(tot3(sgJd), tot3(sgYs)), null);
  d.p(`${yr}“三公”经费预算`, fsgY, `，决算`, fsgJ, `，较预算节约`, fsgSave, `，控制率`, fsgCtl, `。其中：因公出国（境）费0万元；公务用车运行维护费`, P(sgJd.run, 'sg_run_jd'), `；公务接待费`, P(sgJd.rec, 'sg_rec_jd'), `。`);
  d.diff('三公节约＝预算−决算', fsgSave, fsgY, fsgJ); d.ratio('三公控制率＝决算÷预算（正文）', fsgCtl, [fsgJ], [fsgY]);
  const fsgP = P(tot3(sgPrev), 'sg_sy'); const dsg = tot3(sgPrev) - tot3(sgJd);
  const fdsg = P(dsg < 0n ? -dsg : dsg, null), fdsgr = d.pct(R(dsg < 0n ? -dsg : dsg, tot3(sgPrev)), null);
  d.p(`与上年决算`, fsgP, `相比，“三公”经费${dsg < 0n ? '增加' : '减少'}`, fdsg, `，${dsg < 0n ? '增长' : '下降'}`, fdsgr, `，主要是严格执行公务接待标准、压减公车使用频次。`);
  if (dsg < 0n) d.diff('三公变动＝本年−上年', fdsg, fsgJ, fsgP); else d.diff('三公变动＝上年−本年', fdsg, fsgP, fsgJ);
  d.ratio('三公变动率＝变动额÷上年', fdsgr, [fdsg], [fsgP]);
  // 三公 table
  begin();
  const sgRows = []; const colsK = ['sy', 'ys', 'jd'];
  const srcs = { sy: sgPrev, ys: sgYs, jd: sgJd };
  const lines = [['合计', 'tot'], ['1.因公出国（境）费', 'ab'], ['2.公务用车购置及运行维护费', 'car'], ['\u3000其中：公务用车购置费', 'buy'], ['\u3000\u3000\u3000\u3000公务用车运行维护费', 'run'], ['3.公务接待费', 'rec']];
  const val = (o, k) => k === 'tot' ? tot3(o) : k === 'car' ? o.buy + o.run : o[k];
  const cellMap = {};
  for (const [lab, k] of lines) {
    const row = [lab]; cellMap[k] = {};
    for (const c of colsK) { const cc = k === 'tot' ? 'sg_' + c : (k === 'run' || k === 'rec') && c === 'jd' ? `sg_${k}_jd` : null; const f = T(val(srcs[c], k), cc, { canon: k === 'tot' }); cellMap[k][c] = f; row.push(f); }
    const dd = val(sgJd, k) - val(sgPrev, k); const fd = T(dd, null); cellMap[k].dd = fd; row.push(fd);
    d.diff(`增减额＝本年决算−上年决算（${lab.trim()}）`, fd, cellMap[k].jd, cellMap[k].sy);
    if (val(sgPrev, k) !== 0n) { const fr = d.pct(R(dd, val(sgPrev, k)), null, { suffix: '' }); row.push(fr); d.ratio(`增减率（${lab.trim()}）`, fr, [[1, cellMap[k].jd], [-1, cellMap[k].sy]], [cellMap[k].sy]); } else row.push('—');
    sgRows.push(row);
  }
  for (const c of [...colsK, 'dd']) { d.sum('三公合计＝各项之和', cellMap.tot[c], [cellMap.ab[c], cellMap.car[c], cellMap.rec[c]]); d.sum('公务用车＝购置＋运行维护', cellMap.car[c], [cellMap.buy[c], cellMap.run[c]]); }
  { const sg = dsg < 0n ? 1 : -1; d.rel('eq', '同一数值两处表述（文对表）：三公经费增减额', fdsg, [[sg, cellMap.tot.dd]], { sub: '文表' }); d.rel('eq', '同一数值两处表述（文对表）：三公经费增减率', fdsgr, [[sg, sgRows[0][5]]], { sub: '文表' }); }
  d.table({ caption: `表6 ${Y}年度“三公”经费支出情况表`, unit: unitNote, head: [[{ text: '项目', rs: 2 }, { text: `${Y - 1}年决算`, rs: 2 }, { text: `${Y}年` , cs: 2 }, { text: '比上年', cs: 2 }], [{ text: '预算' }, { text: '决算' }, { text: '增减额' }, { text: '增减率' }]], colNames: ['项目', '上年决算', '本年预算', '本年决算', '增减额', '增减率'], rows: sgRows });
  end(6);
  d.p(`${yr}${me}未安排因公出国（境）团组，未购置公务用车；年末实有公务用车`, d.cnt(g.int(1, 4), '辆', null), `，均为执法执勤或业务保障用车。`);

  // 政府采购
  d.heading('（七）政府采购情况', 2);
  const fPB = P(PB, 'PB'), fPA = P(PA, 'PA'), fPS = P(PB - PA, 'PS'), fPSr = d.pct(R(PB - PA, PB), 'PSr');
  d.p(`${yr}政府采购预算`, fPB, `，实际采购金额`, fPA, `，节约资金`, fPS, `，资金节约率`, fPSr, `。授予中小企业合同金额`, P(SME, null), `，占实际采购金额的`, d.pct(R(SME, PA), null, { q: 1 }), `。`);
  { const b = d.blocks[d.blocks.length - 1].parts; const fSME = b[9], fSMEr = b[11]; d.ratio('中小企业占比＝中小企业合同÷实际采购', fSMEr, [fSME], [fPA]); }
  d.diff('采购节约＝预算−实际（正文）', fPS, fPB, fPA); d.ratio('节约率＝节约÷预算（正文）', fPSr, [fPS], [fPB]);
  begin();
  const pRows2 = []; const cb = [], ca = [], cs = [];
  for (const p of purch) {
    const fb = T(p.b, null), fa = T(p.a, null), fs = T(p.b - p.a, null); cb.push(fb); ca.push(fa); cs.push(fs);
    d.diff(`节约＝预算−实际（${p.k}类）`, fs, fb, fa);
    let fr = '—'; if (p.b > 0n) { fr = d.pct(R(p.b - p.a, p.b), null, { suffix: '' }); d.ratio(`节约率（${p.k}类）`, fr, [fs], [fb]); }
    pRows2.push([p.k + '类', fb, fa, fs, fr]);
  }
  const tpb = T(PB, 'PB', { canon: true }), tpa = T(PA, 'PA', { canon: true }), tps = T(PB - PA, 'PS', { canon: true }), tpr = d.pct(R(PB - PA, PB), 'PSr', { suffix: '', canon: true });
  d.sum('采购预算合计', tpb, cb); d.sum('实际采购合计', tpa, ca); d.sum('节约合计', tps, cs); d.diff('节约＝预算−实际（合计）', tps, tpb, tpa); d.ratio('节约率（合计）', tpr, [tps], [tpb]);
  pRows2.push(['合计', tpb, tpa, tps, tpr]);
  d.table({ caption: `表7 ${Y}年度政府采购情况表`, unit: unitNote, head: [[{ text: '采购类别' }, { text: '采购预算' }, { text: '实际采购' }, { text: '节约金额' }, { text: '节约率' }]], colNames: ['采购类别', '采购预算', '实际采购', '节约金额', '节约率'], rows: pRows2 });
  end(7);

  // 资产
  d.heading('（八）资产管理情况', 2);
  const aB = sumB(as.map(a => a.b)), aE = sumB(as.map(a => a.e));
  const fAE = P(aE, 'aE'), fAB = P(aB, 'aB'), dA = aE - aB, fdA = P(dA < 0n ? -dA : dA, null);
  d.p(`截至${Y}年末，${me}资产总额`, fAE, `，较年初`, fAB, `${dA < 0n ? '减少' : '增加'}`, fdA, `。其中固定资产`, P(as[1].e, 'fix_e'), `，房屋及构筑物`, P(house, 'house'), `、车辆`, P(cars, 'cars'), `。`);
  if (dA < 0n) d.diff('资产变动＝年初−年末', fdA, fAB, fAE); else d.diff('资产变动＝年末−年初', fdA, fAE, fAB);
  d.trap('固定资产……其中房屋及构筑物、车辆', '其中项为部分列举，不等于固定资产');
  d.p(`${yr}${me}按规定履行资产处置报批程序，处置报废办公设备一批，未发生资产出租出借行为，资产账实相符。`);
  begin();
  const aRows = []; const ab = [], ae = [], ad = [];
  for (const a of as) {
    const fb = T(a.b, null), fe = T(a.e, a.n === '固定资产' ? 'fix_e' : null), fd = T(a.e - a.b, null); ab.push(fb); ae.push(fe); ad.push(fd);
    d.diff(`增减＝期末−期初（${a.n}）`, fd, fe, fb);
    aRows.push([a.n, fb, fe, fd]);
    if (a.n === '固定资产') { aRows.push(['\u3000其中：房屋及构筑物', '', T(house, 'house'), '']); aRows.push(['\u3000\u3000\u3000\u3000车辆', '', T(cars, 'cars'), '']); }
  }
  const tab = T(aB, 'aB', { canon: true }), tae = T(aE, 'aE', { canon: true }), tad = T(aE - aB, null);
  d.sum('资产合计（期初）', tab, ab); d.sum('资产合计（期末）', tae, ae); d.sum('增减合计', tad, ad); d.diff('增减＝期末−期初（合计）', tad, tae, tab);
  aRows.push(['资产总计', tab, tae, tad]);
  d.rel('eq', '同一数值两处表述（文对表）：资产增减额', fdA, [[dA < 0n ? -1 : 1, tad]], { sub: '文表' });
  d.table({ caption: `表8 资产情况表`, unit: unitNote, head: [[{ text: '资产项目' }, { text: '年初数' }, { text: '年末数' }, { text: '增减额' }]], colNames: ['资产项目', '年初数', '年末数', '增减额'], rows: aRows });
  end(8);

  // ---------- 三、绩效 ----------
  d.heading('三、部门整体支出绩效情况');
  d.heading('（一）绩效目标完成情况', 2);
  const outs = [['完成年度重点工作任务', '项', g.int(8, 20)], ['开展业务培训', '场次', g.int(6, 30)], ['服务对象覆盖', '人次', g.int(1200, 9000)]];
  outs.forEach(([k, w, tgt], i) => {
    const act = tgt + g.int(0, Math.max(1, Math.floor(tgt / 8)));
    const ft = d.cnt(tgt, w, null), fa = d.cnt(act, w, null), fr = d.pct(R(act, tgt), null);
    d.p(`${i + 1}.${k}：年度目标`, ft, `，实际完成`, fa, `，完成率`, fr, `。`);
    d.ratio(`完成率＝实际÷目标（${k}）`, fr, [fa], [ft]);
  });
  d.p(`4.时效指标：各项资金均在规定时限内拨付，项目验收在${Y}年12月底前完成，${CN[g.int(0, 2)]}季度支出进度均达到序时要求。`);
  d.p(`5.效益指标：通过项目实施，服务对象满意度稳步提升，问卷调查满意度在90%—98%之间，总体满意度达到96%以上。`);
  d.trap('90%—98%', '区间'); d.trap('96%以上', '约数，不与具体数比较');
  { const again = d.pct(R(E, A), 'rateAll'); const dd = Eprev > E ? Eprev - E : E - Eprev; const fdE2 = P(dd, 'dE');
    d.p(`总体来看，${yr}全年支出`, d.m(E, 'E', { u: '元', sep: true }), `，较上年${Eprev > E ? '减少' : '增加'}`, fdE2, `，全年预算执行率`, again, `，主要绩效目标均已完成。`); }
  d.heading('（二）自评得分情况', 2);
  const ind = [['预算执行率', 10], ['结转结余率', 5], ['“三公”经费控制率', 5], ['政府采购执行率', 5], ['在职人员控制率', 5], ['重点工作完成率', 20], ['履职效能', 20], ['管理效率', 10], ['社会效应', 10], ['服务对象满意度', 10]];
  const scs = ind.map(([k, w], i) => { let s = w * 100 - (i === 0 ? Math.max(0, Math.round((1 - Number(E * 10000n / A) / 10000) * 1000)) : g.int(0, 2) === 0 ? g.int(10, 150) : 0); if (s < 0) s = 0; return s; });
  begin();
  const sRows = []; const fw = [], fs = [];
  ind.forEach(([k, w], i) => { const a = d.fig(R(w), '', 0, { suffix: '' }), b = d.fig(R(scs[i], 100), '', 2, { suffix: '' }); fw.push(a); fs.push(b); sRows.push([String(i + 1), k, a, b]); });
  const total = scs.reduce((a, b) => a + b, 0);
  const tw = d.fig(R(100), '', 0, { suffix: '' }), ts = d.fig(R(total, 100), '', 2, { suffix: '', c: 'score', canon: true });
  d.sum('分值合计＝各指标分值之和', tw, fw); d.sum('总得分＝各指标得分之和', ts, fs);
  sRows.push(['', '合计', tw, ts]);
  const grade = total >= 9000 ? '优' : total >= 8000 ? '良' : '中';
  d.p(`按照部门整体支出绩效评价指标体系，${me}从运行成本、管理效率、履职效能、社会效应和服务对象满意度等方面逐项自评，自评得分`, d.fig(R(total, 100), '', 2, { suffix: '分', c: 'score' }), `，等级为“${grade}”。各指标得分见自评得分表。`);
  d.table({ caption: `表9 ${Y}年度部门整体支出绩效自评得分表`, head: [[{ text: '序号' }, { text: '评价指标' }, { text: '分值' }, { text: '得分' }]], colNames: ['序号', '评价指标', '分值', '得分'], rows: sRows, labelCols: () => [1] });
  end(9);
  // 基础数据表 (table-vs-table repeats)
  {
  begin();
    const bRows = [];
    const b1 = d.cnt(B, '', 'B', { suffix: '' }), b2 = d.cnt(S, '', 'S', { suffix: '' }), b3 = d.pct(R(S, B), 'ctl', { suffix: '' });
    d.ratio('基础数据表：控制率＝在职÷编制', b3, [b2], [b1]);
    bRows.push(['编制数（人）', b1]); bRows.push(['在职人数（人）', b2]); bRows.push(['人员控制率', b3]);
    bRows.push([`公用经费（${tu}）`, T(Gp, 'Gp')]); bRows.push([`“三公”经费决算（${tu}）`, T(tot3(sgJd), 'sg_jd')]);
    bRows.push([`其中：公务接待费（${tu}）`, T(sgJd.rec, 'sg_rec_jd')]); bRows.push([`政府采购实际金额（${tu}）`, T(PA, 'PA')]);
    d.table({ caption: `表10 部门整体支出绩效自评基础数据表`, head: [[{ text: '指标' }, { text: '数值' }]], colNames: ['指标', '数值'], rows: bRows });
  end(10);
  }
  // ---------- 四、问题 五、措施 ----------
  d.heading('四、存在的问题及原因分析');
  const probs = ['预算编制精细化程度不够。部分项目年初论证不充分，年中追加调整较多，预算约束力有待加强。', '绩效目标设置不够具体。个别项目绩效指标以定性表述为主，可量化、可考核的指标偏少。', '项目支出进度不均衡。部分项目受招投标和工程结算周期影响，支出集中在第四季度。', '资产管理基础工作仍需加强。资产卡片信息更新不及时，个别资产存在账实登记滞后的情况。'];
  probs.slice(0, 3 + (v1 ? 1 : 0)).forEach((x, i) => d.p(`（${CN[i]}）${x}`));
  d.heading('五、下一步改进措施');
  const meas = ['强化预算编制管理。坚持量入为出，提前谋划年度重点工作，做实项目库储备，减少年中调整。', '完善绩效目标体系。对照行业标准细化产出和效益指标，提高指标的可衡量性。', '加快预算执行进度。建立支出进度月通报制度，对进度滞后的项目逐一分析原因、限时整改。', '规范资产日常管理。定期开展资产清查盘点，做到账卡相符、账实相符。', '推进绩效结果应用。将自评结果与下年度预算安排挂钩，对绩效较差的项目压减预算。'];
  meas.forEach((x, i) => d.p(`${i + 1}.${x}`));
  d.heading('六、绩效自评结果应用及公开情况');
  d.p(`本报告经${me}党组（班子）会议审议后，按照${u.place}财政局统一要求在部门门户网站公开，接受社会监督。自评结果将作为${Y + 1}年度预算安排的重要依据。`);
  d.p(`联系人：${['林若舟', '顾清禾', '沈知远', '苏映川', '陆晚晴', '叶闻笛'][Number(u.nn) % 6]}，联系电话：0${Number(u.nn) + 700}-${8800000 + Number(u.nn) * 1731}。`);
  d.trap('联系电话', '电话号码，不是金额');
  d.right(`${u.name}`); d.right(`${Y + 1}年3月${10 + Number(u.nn) % 15}日`);
  return d;
}
function i18(x) { return x; }
module.exports = { dept };
