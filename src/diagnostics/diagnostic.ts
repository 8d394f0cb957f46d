import type { Text } from '../core/text.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem found in a user's files. Data, never an exception: rules return these, formatters print
 * them. Positions are 1-based; `path` is a JSON Pointer into the file's data ('' = the whole file).
 */
export interface Diagnostic {
  /** Rule id, e.g. QMS012. */
  rule: string;
  /** Kebab-case alias, e.g. step-role-exists. */
  alias: string;
  severity: Severity;
  message: Text;
  hint?: Text;
  /** ISO 9001:2008 clause the rule serves, e.g. 4.2.3. */
  clause?: string;
  /** Unit folder, as given/relative to the working directory. */
  unit: string;
  /** File path relative to the unit folder, with forward slashes. */
  file: string;
  path: string;
  line: number;
  col: number;
  /** A finer code inside the rule, e.g. E_DUP_KEY or E_ENCODING under the YAML and file rules. */
  code?: string;
  /** Set when a waiver in qms.yaml accepts this finding. */
  waived?: { reason: string; approvedBy: string; expires: string };
}

/** What a rule is, for the catalogue (`qms rules`), the docs pages and every diagnostic it reports. */
export interface RuleMeta {
  /** Stable id, QMSnnn. */
  id: string;
  /** Kebab-case alias, stable too. */
  alias: string;
  /** The ISO 9001:2008 clause the rule serves. */
  clause: string;
  severity: Severity;
  /** One line: what it checks. */
  title: Text;
  /** A paragraph for the docs page: what, why, how it decides. */
  description: Text;
  /** What to do, by default (a report may give a more precise one). */
  hint: Text;
}
