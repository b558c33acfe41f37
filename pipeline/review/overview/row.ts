import path from 'node:path';
import type { FileReport } from '../../../schemas/check-result.js';
import type { Finding } from '../../../schemas/finding.js';
import type { ReportIdentity } from '../../corpus/identity.js';

/**
 * One report in a bureau's overview (index.html, the summary table): who, what, how many figures
 * were found and bound to data, and the worst finding. Small and plain, so a run of ten thousand
 * reports keeps only these.
 */
export interface OverviewRow {
  readonly file: string;
  /** Its review page, relative to the overview's folder (forward slashes), when one was written. */
  readonly page?: string | undefined;
  readonly unit: string;
  readonly kind: ReportIdentity['kind'];
  readonly year?: number | undefined;
  readonly figures: number;
  /** Whether figures were compared with data (else `bound` is 0 and means nothing). */
  readonly withData: boolean;
  readonly bound: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** The first error (else warning, else note) in reading order, or why the file could not be read. */
  readonly first?: { readonly code: string; readonly severity: Finding['severity']; readonly line?: number | undefined; readonly cell?: string | undefined; readonly message: string } | undefined;
  /** The file could not be read or checked: `first` says why. */
  readonly unreadable: boolean;
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

function firstFinding(findings: readonly Finding[]): Finding | undefined {
  let best: Finding | undefined;
  for (const f of findings) if (best === undefined || RANK[f.severity] < RANK[best.severity]) best = f;
  return best;
}

/** The overview row of a checked report (the report's findings are in reading order). */
export function overviewRow(report: FileReport, identity: ReportIdentity, page: string | undefined): OverviewRow {
  const count = (s: Finding['severity']) => report.findings.filter((f) => f.severity === s).length;
  const problem = report.unreadable?.[0];
  const first = problem
    ? { code: problem.code, severity: problem.severity, message: problem.message }
    : (() => {
        const f = firstFinding(report.findings);
        return f ? { code: f.code, severity: f.severity, line: f.location.line, ...(f.location.cell !== undefined ? { cell: f.location.cell } : {}), message: f.message } : undefined;
      })();
  return {
    file: report.file, ...(page !== undefined ? { page } : {}), unit: identity.unit, kind: identity.kind,
    ...(identity.year !== undefined ? { year: identity.year } : {}),
    figures: report.coverage.figures, withData: report.withData, bound: report.coverage.bound,
    errors: count('error') + (problem ? 1 : 0), warnings: count('warning'), infos: count('info'),
    ...(first ? { first } : {}), unreadable: problem !== undefined,
  };
}

/** The columns of the overview, shared by index.html and the summary table. */
export const OVERVIEW_COLUMNS = [
  { key: 'file', header: '文件', width: 36 },
  { key: 'unit', header: '单位／项目', width: 30 },
  { key: 'kind', header: '类型', width: 9 },
  { key: 'year', header: '年度', width: 7 },
  { key: 'figures', header: '数字', width: 7 },
  { key: 'bound', header: '与数据一致', width: 11 },
  { key: 'errors', header: '错误', width: 7 },
  { key: 'warnings', header: '警告', width: 7 },
  { key: 'first', header: '首要问题', width: 80 },
] as const;

export type OverviewColumn = (typeof OVERVIEW_COLUMNS)[number]['key'];

const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;

/** The folder every row's file is in (the deepest one): files are shown relative to it. */
export function overviewBase(rows: readonly OverviewRow[]): string {
  const dirs = rows.map((r) => path.dirname(path.resolve(r.file)).split(path.sep));
  const first = dirs[0] ?? [];
  let n = first.length;
  for (const d of dirs) {
    let i = 0;
    while (i < n && d[i] === first[i]) i += 1;
    n = i;
  }
  return first.slice(0, n).join(path.sep) || path.sep;
}

/** A cell as text: what the table shows and the summary file holds; files relative to `base` when given. */
export function overviewCell(row: OverviewRow, key: OverviewColumn, base?: string): string | number {
  if (key === 'file') return base === undefined ? row.file : path.relative(base, path.resolve(row.file)).split(path.sep).join('/');
  if (key === 'year') return row.year ?? '';
  if (key === 'bound') return row.withData ? row.bound : '';
  if (key === 'first') {
    const f = row.first;
    return f ? `${row.unreadable ? '未能读取' : SEVERITY[f.severity]}：${f.cell !== undefined ? `${f.cell} ` : f.line !== undefined ? `第 ${f.line} 行 ` : ''}[${f.code}] ${f.message}` : '';
  }
  return row[key];
}
