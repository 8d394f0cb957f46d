import { itemJson, splitAtItems } from '../../json-split.js';
import type { ReadinessReport } from '../report.js';
import type { UnitReadiness } from '../types.js';

/** The JSON report of a tree written unit by unit (`--format json`): see `core/json-split.ts`. */

/** Everything before the first unit, ending with `"units": [` (no line break). */
export function jsonHead(report: ReadinessReport): string {
  return splitAtItems(report, 'units')[0];
}

/** One unit as it stands in the report's `units` array (no line break before or after, no comma). */
export function unitJson(unit: UnitReadiness): string {
  return itemJson(unit);
}

/** Everything after the last unit, from `],` to the closing brace (no line break before or after). */
export function jsonTail(report: ReadinessReport): string {
  return splitAtItems(report, 'units')[1];
}
