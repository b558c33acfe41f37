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
  readonly bound: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** The first error (else warning, else note) in reading order, or why the file could not be read. */
  readonly first?: { readonly code: string; readonly line?: number | undefined; readonly message: string } | undefined;
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
    ? { code: problem.code, message: problem.message }
    : (() => {
        const f = firstFinding(report.findings);
        return f ? { code: f.code, line: f.location.line, message: f.message } : undefined;
      })();
  return {
    file: report.file, ...(page !== undefined ? { page } : {}), unit: identity.unit, kind: identity.kind,
    ...(identity.year !== undefined ? { year: identity.year } : {}),
    figures: report.coverage.figures, bound: report.coverage.bound,
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

/** A cell as text: what the table shows and the summary file holds. */
export function overviewCell(row: OverviewRow, key: OverviewColumn): string | number {
  if (key === 'year') return row.year ?? '';
  if (key === 'first') {
    const f = row.first;
    return f ? `${row.unreadable ? '未能读取：' : ''}${f.line !== undefined ? `第 ${f.line} 行 ` : ''}[${f.code}] ${f.message}` : '';
  }
  return row[key];
}
