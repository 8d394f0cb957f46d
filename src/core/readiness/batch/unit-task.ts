import { loadUnit } from '../../unit/load-unit.js';
import { validateLoaded } from '../../validate/engine/validate-unit.js';
import { assessLoaded } from '../assess-unit.js';
import type { UnitReadiness } from '../types.js';

/** One unit of a readiness run: its folder, and how reports show it. */
export interface ReadinessTask {
  abs: string;
  dir: string;
}

export interface ReadinessTaskOptions {
  asOf: string;
  modelOverride?: string;
}

/** Read every file of the unit once, validate it, assess it; only the (small) readiness result goes back. */
export function runReadinessTask(task: ReadinessTask, options: ReadinessTaskOptions): UnitReadiness {
  const files = loadUnit(task.abs).files;
  const validation = { asOf: options.asOf, ...(options.modelOverride ? { modelOverride: options.modelOverride } : {}) };
  const result = validateLoaded(task.dir, files, options.asOf, validation);
  for (const f of files) {
    // Readiness needs the data, not the text or the positions: free them before assessing.
    f.text = undefined;
    f.bytes = undefined;
    f.parsed = undefined;
  }
  return assessLoaded(files, result, validation);
}
