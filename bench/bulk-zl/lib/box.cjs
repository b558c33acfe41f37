'use strict';
// 纯文本制表符框线表（┌─┬─┐），按显示宽度对齐（汉字记 2）；单元格可含 {{…}} 与 [[…|…]]
const core = require('./core.cjs');
function shown(cell, data) {
  return cell
    .replace(/\{\{([^{}]+?)\}\}/g, (m, inner) => {
      const [expr, fmt, opt] = inner.split('|');
      if (opt && /words=([^;]+)/.test(opt)) return /words=([^;]+)/.exec(opt)[1];
      return core.formatNumber(core.evalExpr(expr.trim(), data), fmt || '0');
    })
    .replace(/\[\[([^\[\]|]+)\|[^\[\]]+\]\]/g, '$1');
}
function width(s) {
  let w = 0;
  for (const ch of s) w += /[\u1100-\uffff]/.test(ch) && !/[\uff61-\uff9f]/.test(ch) ? 2 : 1;
  return w;
}
function boxTable(rows, data, align) {
  const shownRows = rows.map((r) => r.map((c) => shown(c, data)));
  const n = rows[0].length;
  const w = [];
  for (let j = 0; j < n; j++) w[j] = Math.max(...shownRows.map((r) => width(r[j])));
  const line = (l, m, r) => l + w.map((x) => '─'.repeat(x + 2)).join(m) + r;
  const out = [line('┌', '┬', '┐')];
  rows.forEach((r, i) => {
    out.push('│' + r.map((c, j) => {
      const pad = w[j] - width(shownRows[i][j]);
      const right = align && align[j] === 'r' && i > 0;
      return ' ' + (right ? ' '.repeat(pad) + c : c + ' '.repeat(pad)) + ' ';
    }).join('│') + '│');
    if (i < rows.length - 1) out.push(i === 0 ? line('├', '┼', '┤') : line('├', '┼', '┤'));
  });
  out.push(line('└', '┴', '┘'));
  return out.join('\n');
}
module.exports = { boxTable, width };
