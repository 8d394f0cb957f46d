import { depthWarning } from '../../core/unit/find-units.js';
import type { Io } from '../io.js';

/**
 * Warn (stderr, once) that the unit search stopped at its depth limit below some folders while other
 * units were found: without it a deep unit was left out silently (issue 11, item 13).
 */
export function warnTooDeep(shown: string[], io: Io): void {
  const warning = depthWarning(shown);
  if (warning) io.err(`${io.color.yellow(io.lang === 'vi' ? 'cảnh báo' : 'warning')}: ${io.t(warning)}`);
}
