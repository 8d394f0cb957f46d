import { listUnitFiles } from '../../unit/load-unit.js';
import { loadSource, parseSource, readSource, type SourceFile } from '../../unit/read-file.js';

/**
 * A unit's files as the engine takes them: their paths in order, and each file on demand. A source
 * over files already in memory (build, readiness) hands them out; a source over the folder reads and
 * parses each file when asked and lets it go when the engine is done with it, so that a unit of any
 * size is checked one file at a time.
 */
export interface UnitSource {
  /** Paths relative to the unit folder, sorted (listUnitFiles). */
  paths: string[];
  /** The file, read and parsed: once per path, in the engine's pass over the unit. */
  load(relPath: string): SourceFile;
  /** The file again, only to position a finding a cross-file rule made once it was let go. */
  reload(relPath: string): SourceFile | undefined;
  /** The engine is done with the file (a source on disk drops its text and data). */
  release?(file: SourceFile): void;
}

/** A source over files already read and parsed (loadUnit): nothing is dropped. */
export function loadedSource(files: SourceFile[]): UnitSource {
  const byPath = new Map(files.map((f) => [f.relPath, f]));
  return {
    paths: files.map((f) => f.relPath),
    load: (relPath) => byPath.get(relPath)!,
    reload: (relPath) => byPath.get(relPath),
  };
}

/**
 * A source over a unit folder, read one file at a time. `onRead` sees each file's bytes as it is read
 * in the engine's pass (the validate cache hashes them); they are dropped at once, and the text and
 * data when the engine releases the file.
 */
export function folderSource(dir: string, onRead?: (file: SourceFile) => void): UnitSource {
  return {
    paths: listUnitFiles(dir).files,
    load(relPath) {
      const file = readSource(dir, relPath);
      onRead?.(file);
      file.bytes = undefined;
      return parseSource(file);
    },
    reload: (relPath) => loadSource(dir, relPath),
    release(file) {
      file.text = undefined;
      file.data = undefined;
      file.parsed = undefined;
    },
  };
}
