/**
 * `qms validate` as a library: validate one unit folder in-process. `build` refuses a unit with
 * errors, `readiness` scores "documentation valid" from the counts, `audit` adds rules to the registry.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';

export { today } from '../dates/dates.js';
export {
  validateUnit,
  validateLoaded,
  validateSource,
  type ValidateOptions,
  type UnitResult,
} from './engine/validate-unit.js';
export { folderSource, loadedSource, type UnitSource } from './engine/unit-source.js';
export { RULES, ruleById } from './rules/index.js';
export type { Rule, RuleMeta, FileContext, UnitContext, UnitEndContext, Collector, Finding } from './rule.js';

/** Counts by severity; waived diagnostics are not counted. */
export function countBySeverity(diagnostics: Diagnostic[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) if (!d.waived) counts[d.severity]++;
  return counts;
}
