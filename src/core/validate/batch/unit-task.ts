import { createHash } from 'node:crypto';
import { parseUnit, readUnit } from '../../unit/load-unit.js';
import { validateLoaded, type UnitResult, type ValidateOptions } from '../engine/validate-unit.js';

/** One unit to validate in a batch. */
export interface UnitTask {
  /** Absolute folder. */
  abs: string;
  /** Folder as shown in results (relative to the working directory when inside it). */
  dir: string;
  /** Only these files' diagnostics are kept (a file given on the command line); all when absent. */
  onlyFiles?: string[];
  /** The key of the cached result, if there is one (the result itself stays with the caller). */
  cachedKey?: string;
}

export interface TaskOptions extends ValidateOptions {
  asOf: string;
  /** Code, schemas and models the result depends on (see batch/fingerprint.ts). */
  fingerprint: string;
}

export interface TaskOutcome {
  /** Absent when the cached result is still good (`fromCache`). */
  result?: UnitResult;
  key: string;
  fromCache: boolean;
}

/**
 * Read every file of the unit once, hash the contents with everything else the result depends on,
 * and return the cached result when the key matches; otherwise parse and validate the files read.
 */
export function runUnitTask(task: UnitTask, options: TaskOptions): TaskOutcome {
  const hash = createHash('sha1');
  hash.update(
    `${options.fingerprint}\0${options.asOf}\0${options.modelOverride ?? ''}\0${task.dir}\0${(task.onlyFiles ?? []).join('\u0001')}\0`,
  );
  // Hashed as read: the bytes are dropped file by file, never held for the whole unit.
  const unit = readUnit(task.abs, (f) => {
    hash.update(f.relPath);
    hash.update(f.readProblem ? `\0!${f.readProblem.code}\0` : `\0${f.bytes!.length}\0`);
    if (f.bytes) hash.update(f.bytes);
  });
  const files = unit.files;
  const key = hash.digest('hex');
  if (task.cachedKey === key) return { key, fromCache: true };
  parseUnit(unit);
  const result = validateLoaded(task.dir, files, options.asOf, options);
  if (task.onlyFiles) {
    const keep = new Set(task.onlyFiles);
    result.diagnostics = result.diagnostics.filter((d) => keep.has(d.file));
  }
  for (const f of files) {
    // Free the text early: a batch keeps only results.
    f.text = undefined;
  }
  return { result, key, fromCache: false };
}
