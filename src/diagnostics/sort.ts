import type { Diagnostic } from './diagnostic.js';

/** A stable order: unit, file, line, column, rule, message — the same whatever the job count. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    cmp(a.unit, b.unit) ||
    cmp(a.file, b.file) ||
    a.line - b.line ||
    a.col - b.col ||
    cmp(a.rule, b.rule) ||
    cmp(a.message.en, b.message.en) ||
    cmp(a.path, b.path)
  );
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(compareDiagnostics);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
