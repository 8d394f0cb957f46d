import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { IGNORED_FOLDERS, MAX_NESTED_DEPTH, UNIT_FOLDERS, isYamlName } from './file-kinds.js';
import { parseSource, readSource, type SourceFile } from './read-file.js';
import type { Manifest, Unit } from './types.js';

/** Every YAML file of a unit folder (top level and known sub-folders), sorted, as paths relative to it. */
export function listUnitFiles(dir: string): { files: string[]; skippedLinks: string[] } {
  const files: string[] = [];
  const skippedLinks: string[] = [];
  // Sub-folders of procedures/, audits/… are searched too (not read as documents: QMS004 reports them).
  const scan = (sub: string, depth = 0) => {
    let entries;
    try {
      entries = readdirSync(sub ? join(dir, sub) : dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) {
        if (isYamlName(entry.name))
          files.push(rel); // reported as E_SYMLINK by the reader, never followed
        else skippedLinks.push(rel);
        continue;
      }
      if (!sub && entry.isDirectory() && entry.name in UNIT_FOLDERS && !IGNORED_FOLDERS.has(entry.name))
        scan(entry.name, 1);
      else if (sub && entry.isDirectory() && depth < MAX_NESTED_DEPTH && !IGNORED_FOLDERS.has(entry.name))
        scan(rel, depth + 1);
      else if (!entry.isDirectory() && isYamlName(entry.name)) files.push(rel);
    }
  };
  scan('');
  return { files: files.sort(), skippedLinks };
}

/**
 * Read every YAML file of a unit folder without parsing it (the validate cache hashes the bytes first,
 * and parses only when the cached result is stale): `parseUnit` then completes the unit. `onRead` sees
 * each file's bytes as it is read; they are then dropped (the text is kept): a unit never holds its
 * files twice over (a 10,000-procedure unit is ~100 MB of UTF-8).
 */
export function readUnit(dir: string, onRead?: (file: SourceFile) => void): Unit {
  const files = listUnitFiles(dir).files.map((rel) => {
    const file = readSource(dir, rel);
    onRead?.(file);
    file.bytes = undefined;
    return file;
  });
  return { dir, files };
}

/** Parse the files `readUnit` read, and find the manifest. */
export function parseUnit(unit: Unit): Unit {
  for (const file of unit.files) parseSource(file);
  const manifest = unit.files.find((f) => f.kind === 'unit')?.data;
  if (isObject(manifest)) unit.manifest = manifest as unknown as Manifest;
  return unit;
}

/**
 * The one way into a unit: every YAML file read once (never through a link, strict UTF-8, size-capped),
 * parsed by the one YAML reader, with the problems of reading and parsing and, on demand, positions.
 * validate, build, checklist, audit, readiness and the model commands all take this object.
 */
export function loadUnit(dir: string): Unit {
  return parseUnit(readUnit(dir));
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
