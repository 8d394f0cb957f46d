import type { Diagnostic, Severity } from './diagnostic.js';
import { compareDiagnostics } from './sort.js';

/** Version of the JSON shape (docs/validate-json.md). Bump on any incompatible change. */
export const REPORT_SCHEMA_VERSION = 1;

export interface Counts {
  error: number;
  warning: number;
  info: number;
  /** Diagnostics accepted by a waiver (not in the three counts above). */
  waived: number;
}

/** One unit's result, as it appears in the report. */
export interface UnitReport {
  dir: string;
  id?: string;
  name?: string;
  type?: 'so' | 'huyen' | 'xa';
  files: number;
  summary: Counts;
  diagnostics: Diagnostic[];
}

export interface ValidationReport {
  schemaVersion: number;
  tool: { name: 'qms'; version: string };
  /** The date date-based rules used (YYYY-MM-DD). */
  asOf: string;
  units: UnitReport[];
  /** Set in the result of one `--shard i/n` run: `--merge` checks the set is complete. */
  shard?: { index: number; count: number };
  /** Paths not followed (symbolic links), sorted. */
  skipped: Array<{ path: string; reason: 'symlink' }>;
  summary: Counts & { units: number; files: number; unitsWithErrors: number; byRule: Record<string, number> };
}

export function countDiagnostics(diagnostics: Diagnostic[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0, waived: 0 };
  for (const d of diagnostics) {
    if (d.waived) counts.waived++;
    else counts[d.severity]++;
  }
  return counts;
}

export interface UnitInput {
  dir: string;
  id?: string;
  name?: string;
  type?: 'so' | 'huyen' | 'xa';
  files: number;
  diagnostics: Diagnostic[];
}

/** The report of a run: units sorted by folder, counts recomputed (so merged shards equal the whole). */
export function buildReport(
  units: UnitInput[],
  meta: { version: string; asOf: string; skipped?: string[] },
): ValidationReport {
  const sorted = [...units].sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
  const unitReports: UnitReport[] = sorted.map((u) => {
    const report = { dir: u.dir } as UnitReport;
    if (u.id !== undefined) report.id = u.id;
    if (u.name !== undefined) report.name = u.name;
    if (u.type !== undefined) report.type = u.type;
    report.files = u.files;
    report.summary = countDiagnostics(u.diagnostics);
    report.diagnostics = [...u.diagnostics].sort(compareDiagnostics);
    return report;
  });
  const all = unitReports.flatMap((u) => u.diagnostics);
  const byRule: Record<string, number> = {};
  for (const d of all) if (!d.waived) byRule[d.rule] = (byRule[d.rule] ?? 0) + 1;
  const sortedByRule = Object.fromEntries(Object.entries(byRule).sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'qms', version: meta.version },
    asOf: meta.asOf,
    units: unitReports,
    skipped: [...new Set(meta.skipped ?? [])].sort().map((path) => ({ path, reason: 'symlink' as const })),
    summary: {
      units: unitReports.length,
      files: unitReports.reduce((n, u) => n + u.files, 0),
      ...countDiagnostics(all),
      unitsWithErrors: unitReports.filter((u) => u.summary.error > 0).length,
      byRule: sortedByRule,
    },
  };
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Exit code 1 when a counted diagnostic is at or above the threshold. */
export function hasFailures(report: ValidationReport, failOn: 'error' | 'warning'): boolean {
  return report.units.some((u) => u.diagnostics.some((d) => !d.waived && RANK[d.severity] >= RANK[failOn]));
}
