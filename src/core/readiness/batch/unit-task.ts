import { assessFacts, readUnitFacts } from '../assess-unit.js';
import { unitJson } from '../render/json.js';
import { forRollup } from '../rollup.js';
import type { UnitReadiness } from '../types.js';

/** One unit of a readiness run: its folder, and how reports show it. */
export interface ReadinessTask {
  abs: string;
  dir: string;
}

export interface ReadinessTaskOptions {
  asOf: string;
  modelOverride?: string;
  /** Send back only what the table, the roll-up and the CSV read (`forRollup`): a tree printed as text or CSV. */
  forRollup?: boolean;
  /** Send back the unit's whole result as the JSON report prints it (`unitJson`), beside the cut one. */
  json?: boolean;
}

/** What goes back to the main thread of one unit: its result (cut or whole), and its JSON text if asked. */
export interface AssessedUnit {
  unit: UnitReadiness;
  json?: string;
}

/** Validate the unit file by file, keeping what readiness needs of each; only the readiness result goes back. */
export function runReadinessTask(task: ReadinessTask, options: ReadinessTaskOptions): AssessedUnit {
  const validation = { asOf: options.asOf, ...(options.modelOverride ? { modelOverride: options.modelOverride } : {}) };
  const { facts, result } = readUnitFacts(task.dir, task.abs, validation);
  const unit = assessFacts(facts, result, validation);
  return {
    unit: options.forRollup ? forRollup(unit) : unit,
    ...(options.json ? { json: unitJson(unit) } : {}),
  };
}
