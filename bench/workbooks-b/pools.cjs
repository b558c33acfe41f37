'use strict';
// Indicator pools (invented) and an indicator-set maker. kind: ge (≥n), eq (plain n), pct (≥n%), le (≤n, lower is better), txt.
const { divHalfUp, P10 } = require('./lib.cjs');

const POOLS = {
  keji: {
    产出指标: ['数量指标|支持企业研发项目|ge|60|项', '数量指标|新认定创新平台|ge|8|家', '数量指标|科技特派员服务乡镇|eq|24|个', '质量指标|项目验收合格率|pct|95|%', '质量指标|发明专利授权量|ge|300|件', '时效指标|资金拨付时间|txt|9月底前', '成本指标|单个项目平均补助|le|50|万元'],
    效益指标: ['经济效益指标|带动企业研发投入|ge|2.5|亿元', '社会效益指标|技术合同登记额|ge|45|亿元', '可持续影响指标|高新技术企业净增|ge|40|家'],
    满意度指标: ['服务对象满意度指标|企业满意度|pct|90|%'],
  },
  nongye: {
    产出指标: ['数量指标|新建高标准农田|ge|12000|亩', '数量指标|农机购置补贴受益户|ge|850|户', '数量指标|病虫害统防统治面积|ge|30000|亩', '质量指标|农田工程验收合格率|pct|100|%', '质量指标|补贴资金发放准确率|pct|100|%', '时效指标|补贴兑付时限|le|30|天', '成本指标|亩均建设成本|le|1500|元'],
    效益指标: ['经济效益指标|项目区粮食亩产增幅|ge|5|%', '社会效益指标|带动农户增收|ge|600|户', '生态效益指标|化肥使用量减少|ge|3|%'],
    满意度指标: ['服务对象满意度指标|受益农户满意度|pct|90|%'],
  },
  jiaoyu: {
    产出指标: ['数量指标|资助家庭经济困难学生|ge|3200|人次', '数量指标|改造薄弱学校校舍|ge|18000|平方米', '数量指标|教师培训人次|ge|1500|人次', '质量指标|资助对象识别准确率|pct|100|%', '质量指标|校舍改造验收合格率|pct|100|%', '时效指标|资助资金发放及时率|pct|100|%'],
    效益指标: ['社会效益指标|义务教育巩固率|pct|99|%', '社会效益指标|因贫辍学学生数|le|0|人', '可持续影响指标|办学条件达标学校占比|pct|90|%'],
    满意度指标: ['服务对象满意度指标|学生家长满意度|pct|90|%', '服务对象满意度指标|教师满意度|pct|90|%'],
  },
  weisheng: {
    产出指标: ['数量指标|65岁以上老年人健康管理人数|ge|42000|人', '数量指标|家庭医生签约人数|ge|150000|人', '数量指标|开展健康教育讲座|ge|120|场次', '质量指标|电子健康档案建档率|pct|90|%', '质量指标|高血压患者规范管理率|pct|70|%', '时效指标|资金下达时限|le|30|天'],
    效益指标: ['社会效益指标|居民健康素养水平|pct|28|%', '社会效益指标|适龄儿童免疫规划疫苗接种率|pct|95|%', '可持续影响指标|基层首诊比例|pct|60|%'],
    满意度指标: ['服务对象满意度指标|居民满意度|pct|85|%'],
  },
  jiaotong: {
    产出指标: ['数量指标|农村公路提质改造|ge|85|公里', '数量指标|危桥改造|ge|12|座', '数量指标|安防工程实施里程|ge|120|公里', '质量指标|工程交工验收合格率|pct|100|%', '时效指标|年度计划完成时间|txt|12月31日前', '成本指标|每公里改造成本|le|110|万元'],
    效益指标: ['社会效益指标|通客车建制村比例|pct|100|%', '社会效益指标|道路交通事故下降率|ge|5|%', '可持续影响指标|路面技术状况指数|ge|80|分'],
    满意度指标: ['服务对象满意度指标|沿线群众满意度|pct|90|%'],
  },
  wenlv: {
    产出指标: ['数量指标|送戏下乡演出场次|ge|260|场次', '数量指标|公共图书馆新增藏书|ge|20000|册', '数量指标|文物保护修缮项目|eq|6|个', '质量指标|公共文化场馆免费开放率|pct|100|%', '时效指标|修缮工程完工时间|txt|按期完工'],
    效益指标: ['社会效益指标|公共文化设施年服务人次|ge|80|万人次', '经济效益指标|旅游接待人次增长|ge|8|%', '可持续影响指标|基层文化站达标率|pct|95|%'],
    满意度指标: ['服务对象满意度指标|群众满意度|pct|90|%'],
  },
  shuili: {
    产出指标: ['数量指标|治理水土流失面积|ge|35|平方公里', '数量指标|维修加固小型水库|ge|9|座', '数量指标|新建农村供水工程|ge|14|处', '质量指标|工程质量合格率|pct|100|%', '时效指标|汛前完工率|pct|100|%'],
    效益指标: ['社会效益指标|农村自来水普及率|pct|92|%', '生态效益指标|河湖水质达标率|pct|85|%', '可持续影响指标|工程管护责任落实率|pct|100|%'],
    满意度指标: ['服务对象满意度指标|受益群众满意度|pct|90|%'],
  },
  minzheng: {
    产出指标: ['数量指标|城乡低保保障人数|ge|9800|人', '数量指标|特困人员供养人数|ge|1200|人', '数量指标|临时救助人次|ge|2400|人次', '质量指标|救助对象认定准确率|pct|98|%', '时效指标|救助金按月发放率|pct|100|%'],
    效益指标: ['社会效益指标|困难群众基本生活保障率|pct|100|%', '可持续影响指标|社会救助信息化管理覆盖率|pct|95|%'],
    满意度指标: ['服务对象满意度指标|救助对象满意度|pct|90|%'],
  },
};

const FRAC = ['%', '亿元', '万人次', '平方公里', '公里'];
// weights: {产出指标:50, 效益指标:30, 满意度指标:10}; partial: number of partially completed indicators; sdp score decimals
function makeInds(r, domain, weights, partial, sdp) {
  const pool = POOLS[domain]; const out = [];
  for (const [l1, W] of Object.entries(weights)) {
    let items = pool[l1].slice();
    const n = Math.min(items.length, l1 === '满意度指标' ? (W >= 10 && items.length > 1 && r() < 0.5 ? 2 : 1) : Math.max(2, Math.min(items.length, Math.round(W / 8))));
    items = items.slice(0, n);
    // integer weights summing to W
    const base = Math.floor(W / n); let rem = W - base * n;
    items.forEach((s, i) => {
      const [l2, l3, kind, t, unit] = s.split('|');
      const w = base + (i < rem ? 1 : 0);
      out.push({ l1, l2, l3, kind, t: Number(t), tRaw: t, unit, w });
    });
  }
  // choose partial indicators among numeric ge/eq/pct ones (not 满意度)
  const cand = out.filter((x) => ['ge', 'eq', 'pct'].includes(x.kind) && x.l1 !== '满意度指标' && x.t >= 5);
  const part = new Set(); while (part.size < Math.min(partial, cand.length)) part.add(cand[r.int(0, cand.length - 1)]);
  for (const x of out) {
    const u = x.unit === '%' ? '%' : x.unit;
    const cmp = x.kind === 'ge' ? '≥' : x.kind === 'pct' ? '≥' : x.kind === 'le' ? '≤' : '';
    x.tgt = x.kind === 'txt' ? x.tRaw : x.kind === 'le' && x.t === 0 ? '0' + u : (x.kind === 'pct' && x.t === 100 ? '100%' : cmp + x.tRaw + u);
    x.sU = BigInt(x.w) * P10(sdp);
    if (part.has(x)) {
      // actual below target, integer (or 1 decimal for small numbers)
      const dec = FRAC.includes(x.unit) ? 1 : 0; const tu = Math.round(x.t * 10 ** dec);
      const au = Math.floor(tu * (x.unit === '%' ? 0.9 + 0.08 * r() : 0.8 + 0.17 * r()));
      x.aNum = au / 10 ** dec; x.act = x.aNum.toFixed(dec) + u; x.partial = true;
      x.sU = divHalfUp(BigInt(au) * BigInt(x.w) * P10(sdp), BigInt(tu));
      x.note = r.pick(['受项目进度影响，部分任务跨年实施；下一步加强调度，确保次年一季度完成。', '部分申报主体未达到支持条件，实际数量低于预期；今后将加强前期储备和政策宣传。', '受客观因素影响，部分工作推进滞后；下一步将加强过程监控，倒排工期推进。', '预期目标设定偏高，今后将结合往年完成情况科学设定指标值。']);
    } else if (x.kind === 'txt') { x.act = r() < 0.5 ? x.tRaw : '已完成'; }
    else if (x.kind === 'le') { const a = x.t === 0 ? 0 : Math.max(0, Math.floor(x.t * (0.6 + 0.35 * r()))); x.act = a + u; }
    else if (x.kind === 'pct') { const a = x.t === 100 ? 100 : Math.min(100, Math.round(x.t * (1.01 + 0.08 * r()) * 10) / 10); x.act = (a === 100 ? '100' : a.toFixed(1)) + '%'; }
    else if (x.kind === 'eq') { x.act = x.tRaw + u; }
    else { const dec = FRAC.includes(x.unit) ? (x.t < 10 ? 2 : 1) : 0; const a = x.t * (1 + 0.02 + 0.2 * r()); x.act = (dec ? a.toFixed(dec) : String(Math.ceil(a))) + u; }
    if (!x.note) x.note = '';
  }
  return out;
}
module.exports = { POOLS, makeInds };
