import { escapeForDisplay, text } from '../text.js';
import { shapeChecker } from '../json-shape.js';
import { READINESS_RESULT_SHAPE } from './report-shape.js';
import { QmsError } from '../errors.js';
import { PROGRAMME } from './programme.js';
import { regimeAt, regimeInfo, type RegimeInfo } from './regime.js';
import { rollUp, type RollupKeeper, type Rollup } from './rollup.js';
import type { UnitReadiness } from './types.js';

/** Version of the JSON shape (docs/readiness-json.md). Bump on any incompatible change. */
export const READINESS_SCHEMA_VERSION = 2;

export interface ReadinessReport {
  schemaVersion: number;
  /** Tells a readiness result from a validate result (both are JSON with units). */
  kind: 'readiness';
  tool: { name: 'qms'; version: string };
  asOf: string;
  regime: RegimeInfo;
  programme: { id: string; title: { vi: string; en: string } };
  units: UnitReadiness[];
  /** Set in the result of one `--shard i/n` run: `--merge` checks the set is complete. */
  shard?: { index: number; count: number };
  skipped: Array<{ path: string; reason: 'symlink' }>;
  rollup: Rollup;
}

/**
 * The report of a run: units sorted by folder, the roll-up computed from them (`actions`: their
 * blocker actions, when taken out of units cut `forRollup`).
 */
export function buildReadinessReport(
  units: UnitReadiness[],
  meta: { version: string; asOf: string; skipped?: string[]; actions?: RollupKeeper },
): ReadinessReport {
  const sorted = [...units].sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
  return {
    schemaVersion: READINESS_SCHEMA_VERSION,
    kind: 'readiness',
    tool: { name: 'qms', version: meta.version },
    asOf: meta.asOf,
    regime: regimeInfo(regimeAt(meta.asOf), meta.asOf),
    programme: PROGRAMME,
    units: sorted,
    skipped: [...new Set(meta.skipped ?? [])].sort().map((path) => ({ path, reason: 'symlink' as const })),
    rollup: rollUp(sorted, meta.asOf, meta.actions),
  };
}

const checkShape = shapeChecker(READINESS_RESULT_SHAPE);

/** Check that parsed JSON is a readiness result this version reads, down to every unit's fields. */
export function asReadinessReport(json: unknown, file: string): ReadinessReport {
  const r = json as Partial<ReadinessReport> | null;
  const versionOk = Boolean(r) && r!.kind === 'readiness' && r!.schemaVersion === READINESS_SCHEMA_VERSION;
  const problem = versionOk ? checkShape(json) : undefined;
  if (!versionOk || problem) {
    const detail = problem ? ` (${escapeForDisplay(problem, 120)})` : '';
    throw new QmsError(
      'E_MERGE_INPUT',
      text(
        `${escapeForDisplay(file)} không phải kết quả JSON của qms readiness (schemaVersion ${READINESS_SCHEMA_VERSION})${detail}`,
        `${escapeForDisplay(file)} is not a qms readiness JSON result (schemaVersion ${READINESS_SCHEMA_VERSION})${detail}`,
      ),
      text(
        'Tạo tệp bằng: qms readiness … --format json --output <tệp>',
        'Create it with: qms readiness … --format json --output <file>',
      ),
    );
  }
  return r as ReadinessReport;
}

/** `--merge`: one report from shard results (same date), equal to the report of the whole run. */
export function mergeReadinessReports(reports: ReadinessReport[], version: string): ReadinessReport {
  const asOf = reports[0].asOf;
  if (reports.some((r) => r.asOf !== asOf)) {
    throw new QmsError(
      'E_MERGE_INPUT',
      text(
        'các tệp kết quả được đánh giá vào những ngày khác nhau (asOf)',
        'the results were assessed as of different dates (asOf)',
      ),
      text('Chạy lại các phần với cùng --as-of.', 'Re-run the shards with the same --as-of.'),
    );
  }
  const units = new Map(reports.flatMap((r) => r.units).map((u) => [u.dir, u]));
  return buildReadinessReport([...units.values()], {
    version,
    asOf,
    skipped: reports.flatMap((r) => r.skipped.map((s) => s.path)),
  });
}
