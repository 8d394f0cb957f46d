import type { ReadinessReport } from '../report.js';
import type { UnitReadiness } from '../types.js';

/**
 * The JSON report written unit by unit (a tree with `--format json`): the same bytes as
 * `JSON.stringify(report, null, 2)`, cut where the units go. The head and the tail are that text of
 * the report with one marker in place of the units, split at the marker's line; each unit is its own
 * text indented to its depth (JSON escapes line breaks inside strings, so every line is the unit's).
 */
const MARK = '\u0000units';
const MARK_LINE = `\n    ${JSON.stringify(MARK)}\n`;

function split(report: ReadinessReport): [string, string] {
  const whole = JSON.stringify({ ...report, units: [MARK] }, null, 2);
  const at = whole.indexOf(MARK_LINE);
  return [whole.slice(0, at), whole.slice(at + MARK_LINE.length)];
}

/** Everything before the first unit, ending with `"units": [` (no line break). */
export function jsonHead(report: ReadinessReport): string {
  return split(report)[0];
}

/** One unit as it stands in the report's `units` array (no line break before or after, no comma). */
export function unitJson(unit: UnitReadiness): string {
  return JSON.stringify(unit, null, 2).replace(/^/gm, '    ');
}

/** Everything after the last unit, from `],` to the closing brace (no line break before or after). */
export function jsonTail(report: ReadinessReport): string {
  return split(report)[1];
}
