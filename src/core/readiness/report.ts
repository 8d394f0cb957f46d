import { notAMergeInput } from '../batch/shards.js';
import { shapeChecker } from '../json-shape.js';
import { READINESS_RESULT_SHAPE } from './report-shape.js';
import { type QmsError } from '../errors.js';
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
  if (!versionOk || problem) throw notReadinessResult(file, problem);
  return r as ReadinessReport;
}

/** The error for a --merge input that is not a readiness result this version reads; `problem` says where. */
export function notReadinessResult(file: string, problem?: string): QmsError {
  return notAMergeInput('readiness', READINESS_SCHEMA_VERSION, file, problem);
}
