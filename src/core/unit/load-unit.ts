import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readTextFile } from '../fs/read-text-file.js';
import { parseYaml } from '../yaml/parse-yaml.js';
import { IGNORED_FOLDERS, MAX_NESTED_DEPTH, UNIT_FOLDERS, isYamlName, kindOf } from './file-kinds.js';
import type { Manifest, Unit, UnitFile } from './types.js';

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

/** Read and parse one file of a unit. */
export function loadUnitFile(dir: string, relPath: string): UnitFile {
  const path = join(dir, relPath);
  const kind = kindOf(relPath);
  const read = readTextFile(path);
  if (!read.ok) return { path, relPath, kind, readProblem: read.problem };
  const parsed = parseYaml(read.text);
  return { path, relPath, kind, parsed, data: parsed.data };
}

/** Load a whole unit folder: every YAML file, parsed with positions, and the manifest when it is usable. */
export function loadUnit(dir: string): Unit {
  const { files } = listUnitFiles(dir);
  const loaded = files.map((rel) => loadUnitFile(dir, rel));
  const manifestFile = loaded.find((f) => f.kind === 'unit');
  const manifest = isObject(manifestFile?.data) ? (manifestFile!.data as unknown as Manifest) : undefined;
  return { dir, files: loaded, manifest };
}

export function filesOfKind<T>(unit: Unit, kind: UnitFile['kind']): Array<UnitFile<T>> {
  return unit.files.filter((f) => f.kind === kind) as Array<UnitFile<T>>;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
