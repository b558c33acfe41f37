/** The counts of a check run's findings, added up one file at a time. */
import type { FileReport } from '../../schemas/check-result.js';

/** Counts of a run's findings by severity, and of files not read; added to one file at a time. */
export interface CheckSummary {
  errors: number;
  warnings: number;
  infos: number;
  unreadable?: number;
}

/** Adds one file's findings to a summary (in place) and returns it. */
export function addToSummary(summary: CheckSummary, report: FileReport): CheckSummary {
  // How the file was read (not UTF-8, stray bytes) counts like its findings.
  for (const f of [...report.findings, ...(report.notes ?? [])]) {
    if (f.severity === 'error') summary.errors += 1;
    else if (f.severity === 'warning') summary.warnings += 1;
    else summary.infos += 1;
  }
  if (report.unreadable !== undefined) summary.unreadable = (summary.unreadable ?? 0) + 1;
  return summary;
}

/** Adds the counts of one summary (a file's) to another (the run's), in place, and returns it. */
export function addCounts(summary: CheckSummary, counts: CheckSummary): CheckSummary {
  summary.errors += counts.errors;
  summary.warnings += counts.warnings;
  summary.infos += counts.infos;
  if (counts.unreadable !== undefined) summary.unreadable = (summary.unreadable ?? 0) + counts.unreadable;
  return summary;
}
