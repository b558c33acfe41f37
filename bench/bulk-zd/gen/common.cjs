'use strict';
// 各单位共用的表格行（措辞和列由各单位自定）
// 绩效指标行：一级、二级、三级、年度指标值、实际完成值、分值、得分、偏差原因
function indRow(b, i, o = {}) {
  const ind = b.data.indicators[i];
  const row = [o.blank1 ? '' : ind.level1, ind.level2, ind.name, b.T(`indicators[${i}].target`), b.T(`indicators[${i}].actual`, { id: o.idA ? o.idA + i : undefined }), b.S(`indicators[${i}].weight`, { cell: true, id: o.idW ? o.idW + i : undefined }), b.S(`indicators[${i}].score`, { cell: true, id: o.idS ? o.idS + i : undefined })];
  if (o.noDev) return row;
  row.push(ind.deviation ? [ind.deviation.reason, ind.deviation.measure].filter(Boolean).join('；') : (o.dash ?? '无'));
  return row;
}
function indRows(b, o = {}) {
  let prev = null;
  return b.data.indicators.map((ind, i) => { const r = indRow(b, i, { ...o, blank1: o.mergeLevel1 && prev === ind.level1 }); prev = ind.level1; return r; });
}
module.exports = { indRow, indRows };
