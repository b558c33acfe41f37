import type { Diagnostic } from '../pipeline/index.js';

const SEVERITY: Record<Diagnostic['severity'], string> = { error: '错误', warning: '警告', info: '提示' };

/** `file:line:col: 警告 [CODE] message` — the place first, so editors can jump to it. */
export function formatDiagnostic(d: Diagnostic): string {
  const p = d.location;
  const where = p?.file ? `${p.file}${p.line !== undefined ? `:${p.line}${p.column !== undefined ? `:${p.column}` : ''}` : ''}: ` : '';
  const path = p?.path && !d.message.startsWith(p.path) ? `（${p.path}）` : '';
  return `${where}${SEVERITY[d.severity]} [${d.code}] ${d.message}${path}`;
}

export function printDiagnostics(diagnostics: readonly Diagnostic[], stream: NodeJS.WritableStream = process.stderr): void {
  for (const d of diagnostics) stream.write(`${formatDiagnostic(d)}\n`);
}
