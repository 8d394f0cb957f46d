import { countBySeverity } from '../../core/validate/index.js';
import { validateLoaded } from '../../core/validate/engine/validate-unit.js';
import { today } from '../../core/dates/dates.js';
import type { Unit } from '../../core/unit/types.js';

export interface Gate {
  errors: number;
  warnings: number;
}

/** What `qms validate` would say about the unit, reduced to counts: a unit with errors is not built without --force. */
export function checkUnit(unit: Unit): Gate {
  const { diagnostics } = validateLoaded(unit.dir, unit.files, today());
  const counts = countBySeverity(diagnostics);
  return { errors: counts.error, warnings: counts.warning };
}
