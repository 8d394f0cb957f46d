import type { RuleMeta, Severity } from '../../diagnostics/diagnostic.js';
import type { Text } from '../text.js';
import type { UnitView } from '../unit/unit-view.js';

// RuleMeta lives with the diagnostics (formatters print it); re-exported here for rule authors.
export type { RuleMeta };

/** A problem a rule found: where (file + YAML path, or an explicit position) and what. */
export interface Finding {
  /** File path relative to the unit folder. */
  file: string;
  /** JSON Pointer into the file's data; '' = the file. */
  path?: string;
  /** Point at the key rather than the value (unknown fields). */
  atKey?: boolean;
  /** Explicit 1-based position (raw-text checks); otherwise found from `path`. */
  line?: number;
  col?: number;
  message: Text;
  hint?: Text;
  /** A finer code, e.g. E_DUP_KEY under QMS002. */
  code?: string;
  /** Overrides the rule's severity for this finding (QMS024: stale within the grace period is a warning). */
  severity?: Severity;
}

export interface RuleContext {
  unit: UnitView;
  report: (finding: Finding) => void;
}

/**
 * A rule: metadata plus `check`. Engine rules (file readable, YAML syntax, schema…) are reported by
 * the engine itself and have no `check`; they are still in the registry for the catalogue and docs.
 */
export interface Rule extends RuleMeta {
  check?(ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
