'use strict';
// 各单位共用的表格片段：自评表的资金栏和指标栏。
// 每个数字都登记为占位符，标签形如 T.ind3.actual、T.fund.total。

// 指标表。cols：列的选择；grouped：一级指标只在本组第一行写出
function indicatorRows(R, opts = {}) {
  const d = R.data;
  const rows = [];
  let prev = null;
  d.indicators.forEach((ind, i) => {
    const l1 = opts.grouped && prev === ind.level1 ? '' : ind.level1;
    prev = ind.level1;
    const row = [l1, ind.level2, /[0-9]/.test(ind.name) ? R.s(ind.name, '名称中的数字') : ind.name,
      R.f(`indicators[${i}].target`, 'raw', { id: `T.ind${i}.target` }),
      R.f(`indicators[${i}].actual`, 'raw', { id: `T.ind${i}.actual` }),
      R.f(`indicators[${i}].weight`, opts.scoreFmt || 's-', { id: `T.ind${i}.weight`, unit: '分' }),
      R.f(`indicators[${i}].score`, opts.scoreFmt || 's-', { id: `T.ind${i}.score`, unit: '分', rel: ['总分=Σ得分'] })];
    if (opts.deviation !== false) row.push(ind.deviation ? [ind.deviation.reason, ind.deviation.measure].filter(Boolean).join('；') : '无');
    rows.push(row);
  });
  return rows;
}

module.exports = { indicatorRows };
