import { countBySeverity, validateUnit } from '../../core/validate/index.js';

export interface Gate {
  errors: number;
  warnings: number;
}

/** What `qms validate` would say about the unit, reduced to counts: a unit with errors is not built without --force. */
export function checkUnit(dir: string): Gate {
  const { diagnostics } = validateUnit(dir);
  const counts = countBySeverity(diagnostics);
  return { errors: counts.error, warnings: counts.warning };
}
