import { countBySeverity } from '../../core/validate/index.js';
import { validateLoaded } from '../../core/validate/engine/validate-unit.js';
import { today } from '../../core/dates/dates.js';
import type { Unit } from '../../core/unit/types.js';

export interface Gate {
  errors: number;
  warnings: number;
}

/**
 * What `qms validate` would say about the unit, reduced to counts: a unit with errors is not built without
 * --force. The documents are checked as of their own latest effective date: a 2012 set rebuilt today is
 * judged as issued (whether the law has changed since is `qms validate --as-of` and readiness's question).
 */
export function checkUnit(unit: Unit): Gate {
  const dates = unit.files
    .map((f) => (f.data as { effectiveDate?: unknown } | undefined)?.effectiveDate)
    .filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort();
  const { diagnostics } = validateLoaded(unit.dir, unit.files, dates.at(-1) ?? today());
  const counts = countBySeverity(diagnostics);
  return { errors: counts.error, warnings: counts.warning };
}
