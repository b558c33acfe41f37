import { escapeHtml } from '../page/escape.js';
import { pageHead } from '../page/head.js';
import { OVERVIEW_COLUMNS, overviewBase, overviewCell, type OverviewColumn, type OverviewRow } from './row.js';

export interface OverviewPageOptions {
  /** The page's heading; defaults to 核对总览. */
  readonly title?: string | undefined;
  /** The data file every report was checked against, if one. */
  readonly data?: string | undefined;
  /** What the run says besides the rows (files in the folders that are not reports), one paragraph each. */
  readonly notes?: readonly string[] | undefined;
}

// Sorting (click a header; numbers as numbers, text in Chinese collation) and filtering (text box,
// "only with errors"): all offline, no library. Rows carry their sort keys in data-* attributes.
const SCRIPT = `(() => {
  const body = document.querySelector('tbody');
  const rows = Array.from(body.rows);
  const box = document.getElementById('filter');
  const onlyErrors = document.getElementById('only-errors');
  const shown = document.getElementById('shown');
  const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });
  const apply = () => {
    const words = box.value.trim().toLowerCase().split(/\\s+/).filter(Boolean);
    let n = 0;
    for (const r of rows) {
      const text = r.textContent.toLowerCase();
      const ok = words.every((w) => text.includes(w)) && (!onlyErrors.checked || Number(r.dataset.errors) > 0);
      r.hidden = !ok;
      if (ok) n += 1;
    }
    shown.textContent = String(n);
  };
  box.addEventListener('input', apply);
  onlyErrors.addEventListener('change', apply);
  for (const th of document.querySelectorAll('th[data-key]')) {
    th.addEventListener('click', () => {
      const key = th.dataset.key;
      const numeric = th.dataset.type === 'number';
      const dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      for (const other of document.querySelectorAll('th[data-key]')) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
      const value = (r) => r.dataset[key] ?? '';
      rows.sort((a, b) => dir * (numeric ? (Number(value(a)) || 0) - (Number(value(b)) || 0) : collator.compare(value(a), value(b))) || Number(a.dataset.index) - Number(b.dataset.index));
      for (const r of rows) body.appendChild(r);
    });
  }
  apply();
})();`;

const CSS = `body{font:14px/1.5 system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1.5em;color:#222}
h1{font-size:1.4em;margin:0 0 .3em}.meta{color:#555;margin:0 0 1em}
.tools{display:flex;gap:1.5em;align-items:center;margin-bottom:.8em}#filter{font:inherit;padding:.3em .5em;width:24em}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.35em .5em;text-align:left;vertical-align:top}
th{background:#f4f4f4;position:sticky;top:0;cursor:pointer;white-space:nowrap;user-select:none}
th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
td.n{text-align:right;font-variant-numeric:tabular-nums}tr.bad td.errors{color:#b00020;font-weight:600}
tr.warn td.warnings{color:#a15c00;font-weight:600}tr.unreadable{background:#fff4f4}td.first{color:#444;max-width:48em}
tr:hover{background:#f7faff}`;

const NUMERIC = new Set<OverviewColumn>(['year', 'figures', 'bound', 'errors', 'warnings']);

/**
 * index.html of a batch: one row per report, sortable and filterable offline (inline script and
 * style, no network; the CSP allows only this page's own script), each file linking to its review
 * page. Report text reaches the page escaped.
 */
export function renderOverviewHtml(rows: readonly OverviewRow[], options: OverviewPageOptions = {}): string {
  const title = options.title ?? '核对总览';
  // A file that could not be read is counted as that, not as a report with wrong figures: the
  // terminal's last line counts the same way (check-output.ts), and the two must agree.
  const totals = rows.reduce(
    (t, r) => (r.unreadable ? { ...t, unreadable: t.unreadable + 1 } : { ...t, errors: t.errors + r.errors, warnings: t.warnings + r.warnings, bad: t.bad + (r.errors > 0 ? 1 : 0) }),
    { errors: 0, warnings: 0, bad: 0, unreadable: 0 },
  );
  const base = overviewBase(rows);
  const head = OVERVIEW_COLUMNS.map((c) => `<th data-key="${c.key}"${NUMERIC.has(c.key) ? ' data-type="number"' : ''}>${escapeHtml(c.header)}</th>`).join('');
  const body = rows
    .map((r, i) => {
      const data = OVERVIEW_COLUMNS.filter((c) => c.key !== 'first').map((c) => ` data-${c.key}="${escapeHtml(String(overviewCell(r, c.key, base)))}"`).join('');
      const cls = [r.errors > 0 ? 'bad' : '', r.warnings > 0 ? 'warn' : '', r.unreadable ? 'unreadable' : ''].filter(Boolean).join(' ');
      const cells = OVERVIEW_COLUMNS.map((c) => {
        const cell = overviewCell(r, c.key, base);
        // A blank number (no data to bind to, no year in the title) shows as a dash.
        const value = cell === '' && NUMERIC.has(c.key) ? '—' : escapeHtml(String(cell));
        if (c.key === 'file') return `<td class="file">${r.page !== undefined ? `<a href="${escapeHtml(r.page.split('/').map(encodeURIComponent).join('/'))}">${value}</a>` : value}</td>`;
        return `<td class="${c.key}${NUMERIC.has(c.key) ? ' n' : ''}">${value}</td>`;
      }).join('');
      return `<tr data-index="${i}"${data}${cls ? ` class="${cls}"` : ''}>${cells}</tr>`;
    })
    .join('\n');
  const meta = `${base} 中共 ${rows.length} 份报告：有错误的 ${totals.bad} 份（错误 ${totals.errors} 条，警告 ${totals.warnings} 条）${totals.unreadable > 0 ? `，未能读取 ${totals.unreadable} 份` : ''}${options.data !== undefined ? `；数据文件 ${options.data}` : ''}`;
  return `${pageHead(title, CSS, SCRIPT)}
<body>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(meta)}${rows.some((r) => !r.withData && !r.unreadable) ? '。未提供数据的报告只核对内部关系，“与数据一致”一栏为 —' : ''}</p>
${(options.notes ?? []).map((n) => `<p class="meta">${escapeHtml(n)}</p>\n`).join('')}<div class="tools"><label>筛选 <input id="filter" type="search" placeholder="单位、文件名、代码……"></label><label><input id="only-errors" type="checkbox"> 只看有错误的</label><span>显示 <b id="shown">${rows.length}</b> 份；点表头排序</span></div>
<table>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
