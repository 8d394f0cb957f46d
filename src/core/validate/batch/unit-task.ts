import { createHash } from 'node:crypto';
import { listUnitFiles } from '../../unit/load-unit.js';
import { readSource, type SourceFile } from '../../unit/read-file.js';
import { folderSource } from '../engine/unit-source.js';
import { validateSource, type UnitResult, type ValidateOptions } from '../engine/validate-unit.js';

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
 * Validate the unit one file at a time (engine/validate-source), hashing each file's bytes as it is
 * read into the key of the result. With a cached result to compare with, the files are first only
 * read and hashed (their bytes dropped one by one), and validated only when the key has changed.
 */
export function runUnitTask(task: UnitTask, options: TaskOptions): TaskOutcome {
  if (task.cachedKey !== undefined) {
    const key = new UnitKey(task, options);
    for (const rel of listUnitFiles(task.abs).files) key.add(readSource(task.abs, rel));
    const digest = key.digest();
    if (digest === task.cachedKey) return { key: digest, fromCache: true };
  }
  const key = new UnitKey(task, options);
  const result = validateSource(
    task.dir,
    folderSource(task.abs, (f) => key.add(f)),
    options.asOf,
    options,
  );
  if (task.onlyFiles) {
    const keep = new Set(task.onlyFiles);
    result.diagnostics = result.diagnostics.filter((d) => keep.has(d.file));
  }
  return { result, key: key.digest(), fromCache: false };
}

/**
 * The key of a unit's result: what it depends on (code, options, folder) and each file's path and
 * bytes. Files are hashed one by one and combined in path order, whatever order they were read in
 * (the engine reads the manifest first).
 */
class UnitKey {
  private readonly files = new Map<string, string>();
  private readonly head: string;

  constructor(task: UnitTask, options: TaskOptions) {
    this.head = `${options.fingerprint}\0${options.asOf}\0${options.modelOverride ?? ''}\0${task.dir}\0${(task.onlyFiles ?? []).join('\u0001')}\0`;
  }

  add(f: SourceFile): void {
    const hash = createHash('sha1');
    hash.update(f.relPath);
    hash.update(f.readProblem ? `\0!${f.readProblem.code}\0` : `\0${f.bytes!.length}\0`);
    if (f.bytes) hash.update(f.bytes);
    this.files.set(f.relPath, hash.digest('hex'));
  }

  digest(): string {
    const hash = createHash('sha1');
    hash.update(this.head);
    for (const rel of [...this.files.keys()].sort()) hash.update(`${rel}\0${this.files.get(rel)}\0`);
    return hash.digest('hex');
  }
}
