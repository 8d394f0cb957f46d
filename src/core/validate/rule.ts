import type { RuleMeta, Severity } from '../../diagnostics/diagnostic.js';
import type { Model } from '../model/types.js';
import type { Text } from '../text.js';
import type { SourceFile } from '../unit/read-file.js';
import type { Manifest, Role } from '../unit/types.js';

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

/**
 * What every rule may know of the unit while it looks at one file: the manifest (read and checked
 * first), its roles and the model. The unit's other files are not here: a rule that compares files
 * keeps what it needs of each in its collector (see `Rule.collect`).
 */
export interface UnitContext {
  dir: string;
  /** YYYY-MM-DD: "today" for date-based rules. */
  asOf: string;
  manifestFile?: SourceFile;
  /** The manifest when qms.yaml is schema-valid. */
  manifest?: Manifest;
  /** The model the unit follows (or the override), when it could be loaded. */
  model?: Model;
  /** Roles of the manifest by id (empty without a valid manifest). */
  roles: Map<string, Role>;
  /** Why the unit's model could not be loaded, if it could not. */
  modelProblem?: { path: string; message: Text; hint?: Text };
}

/** One file of the unit, while it is in memory (after its schema check: `file.schemaValid` is set). */
export interface FileContext {
  unit: UnitContext;
  file: SourceFile;
  report: (finding: Finding) => void;
}

/** The end of a unit, once every file has been seen (and let go). */
export interface UnitEndContext {
  unit: UnitContext;
  report: (finding: Finding) => void;
}

/** A cross-file rule's state for one unit: fed each file in path order, then asked to report. */
export interface Collector {
  file?(ctx: FileContext): void;
  end?(ctx: UnitEndContext): void;
}

/**
 * A rule: metadata plus `checkUnit` (the manifest and the model only), `checkFile` (a per-file rule: each file once, with the unit's context; the
 * file may be dropped right after) and/or `collect` (a cross-file rule: a fresh collector per unit
 * that keeps only small summaries of the files, codes, ids, kinds, and reports in `file` or `end`).
 * A collector must keep no part of a file (its strings are copied with `keep`), so that a unit of
 * 10,000 procedures is checked one file at a time. Engine rules (file readable, YAML syntax,
 * schema…) are reported by the engine itself and have neither; they are still in the registry for
 * the catalogue and docs.
 */
export interface Rule extends RuleMeta {
  checkFile?(ctx: FileContext): void;
  collect?(): Collector;
  /** A unit-level rule: once per unit, on the manifest and the model only. */
  checkUnit?(ctx: UnitEndContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/**
 * A copy of a string that shares no memory with the text it was cut from. V8 keeps a slice of a
 * string (a code read from a file's YAML) as a view into the whole text: a collector that kept such
 * views would keep every file of the unit alive.
 */
export function keep(s: string): string {
  return Buffer.from(s, 'utf8').toString('utf8');
}
