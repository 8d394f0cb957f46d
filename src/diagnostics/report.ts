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

/** One unit's part of the report: its counts, its diagnostics in report order. */
export function unitReport(u: UnitInput): UnitReport {
  const report = { dir: u.dir } as UnitReport;
  if (u.id !== undefined) report.id = u.id;
  if (u.name !== undefined) report.name = u.name;
  if (u.type !== undefined) report.type = u.type;
  report.files = u.files;
  report.summary = countDiagnostics(u.diagnostics);
  report.diagnostics = [...u.diagnostics].sort(compareDiagnostics);
  return report;
}

/** The totals of a run, added up unit by unit: what a report streamed unit by unit keeps. */
export class ReportTally {
  private readonly byRule: Record<string, number> = {};
  private readonly totals: Counts & { units: number; files: number; unitsWithErrors: number } = {
    units: 0,
    files: 0,
    error: 0,
    warning: 0,
    info: 0,
    waived: 0,
    unitsWithErrors: 0,
  };

  add(unit: UnitReport): void {
    const t = this.totals;
    t.units++;
    t.files += unit.files;
    for (const key of ['error', 'warning', 'info', 'waived'] as const) t[key] += unit.summary[key];
    if (unit.summary.error > 0) t.unitsWithErrors++;
    for (const d of unit.diagnostics) if (!d.waived) this.byRule[d.rule] = (this.byRule[d.rule] ?? 0) + 1;
  }

  summary(): ValidationReport['summary'] {
    const { units, files, error, warning, info, waived, unitsWithErrors } = this.totals;
    const byRule = Object.fromEntries(Object.entries(this.byRule).sort(([a], [b]) => (a < b ? -1 : 1)));
    return { units, files, error, warning, info, waived, unitsWithErrors, byRule };
  }

  /** Exit code 1 when a counted diagnostic is at or above the threshold (as `hasFailures`). */
  fails(failOn: 'error' | 'warning'): boolean {
    return this.totals.error > 0 || (failOn === 'warning' && this.totals.warning > 0);
  }
}

/** The report of a run: units sorted by folder, counts recomputed (so merged shards equal the whole). */
export function buildReport(
  units: UnitInput[],
  meta: { version: string; asOf: string; skipped?: string[] },
): ValidationReport {
  const sorted = [...units].sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
  const tally = new ReportTally();
  const unitReports = sorted.map((u) => {
    const report = unitReport(u);
    tally.add(report);
    return report;
  });
  const head = reportHead(meta);
  // Key order as documented (docs/validate-json.md): units before skipped.
  return {
    schemaVersion: head.schemaVersion,
    tool: head.tool,
    asOf: head.asOf,
    units: unitReports,
    skipped: head.skipped,
    summary: tally.summary(),
  };
}

/** Everything of a report but its units and totals. */
export function reportHead(meta: {
  version: string;
  asOf: string;
  skipped?: string[];
}): Pick<ValidationReport, 'schemaVersion' | 'tool' | 'asOf' | 'skipped'> {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'qms', version: meta.version },
    asOf: meta.asOf,
    skipped: [...new Set(meta.skipped ?? [])].sort().map((path) => ({ path, reason: 'symlink' as const })),
  };
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Exit code 1 when a counted diagnostic is at or above the threshold. */
export function hasFailures(report: ValidationReport, failOn: 'error' | 'warning'): boolean {
  return report.units.some((u) => u.diagnostics.some((d) => !d.waived && RANK[d.severity] >= RANK[failOn]));
}
