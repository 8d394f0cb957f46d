import { countBySeverity } from '../../core/validate/index.js';
import { validateSource } from '../../core/validate/engine/validate-unit.js';
import { folderSource } from '../../core/validate/engine/unit-source.js';
import { today } from '../../core/dates/dates.js';
import { assertUnchanged } from '../../core/render/outline-unit.js';
import type { Unit } from '../../core/unit/types.js';

export interface Gate {
  errors: number;
  warnings: number;
}

/**
 * What `qms validate` would say about the unit, reduced to counts: a unit with errors is not built without
 * --force. The documents are checked as of their own latest effective date: a 2012 set rebuilt today is
 * judged as issued (whether the law has changed since is `qms validate --as-of` and readiness's question).
 * The files are read again from the folder, one at a time as `qms validate` reads them (the unit given holds
 * only what the plan needs: outline-unit.ts), and each must be the file outlined.
 */
export function checkUnit(unit: Unit): Gate {
  const dates = unit.files
    .map((f) => (f.data as { effectiveDate?: unknown } | undefined)?.effectiveDate)
    .filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort();
  const digests = new Map(unit.files.map((f) => [f.relPath, f.digest]));
  const source = folderSource(unit.dir, (file) => assertUnchanged(file, digests.get(file.relPath)));
  const { diagnostics } = validateSource(unit.dir, source, dates.at(-1) ?? today());
  const counts = countBySeverity(diagnostics);
  return { errors: counts.error, warnings: counts.warning };
}
