import type { UnitFiles } from '../unit-builder.js';

/** One row of a rule's case table: change the clean unit, expect exactly these diagnostics of `rule`. */
export interface RuleCase {
  rule: string;
  name: string;
  mutate(files: UnitFiles): void;
  /** [] for a good case. `path` is the JSON Pointer; line/col/code are checked when given. */
  expect: Array<{ file: string; path?: string; line?: number; col?: number; code?: string; severity?: string }>;
  asOf?: string;
  /** Validate without the fixture-model override (the unit's own model id and version decide). */
  ownModel?: boolean;
}
