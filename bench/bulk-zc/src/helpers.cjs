'use strict';
// helpers for spec files: generic tables whose totals are checked against the builder's figures
const N = require('./num.cjs');

// rows: [name, ...numbers as strings in 万元 or ints]; last row gets the residual of the
// listed columns so that column sums equal the given totals (c units)
function withResidual(rows, cols, totals) {
  const out = rows.map(r => r.slice());
  const last = out[out.length - 1];
  cols.forEach((ci, k) => {
    const others = N.sum(out.slice(0, -1).map(r => N.c(r[ci])));
    const rest = totals[k] - others;
    if (rest <= 0) throw new Error('residual not positive in column ' + ci);
    last[ci] = N.W(rest);
  });
  return out;
}
function table(o) {
  return [
    { t: 'caption', text: o.caption },
    ...(o.unit ? [{ t: 'unit', text: o.unit }] : []),
    { t: 'table', id: o.id, widths: o.widths, align: o.align, repeat: !!o.repeat, head: [o.head], body: o.body, fontSize: o.fontSize },
  ];
}
module.exports = { withResidual, table };
