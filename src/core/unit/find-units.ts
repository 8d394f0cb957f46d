import { lstatSync, readdirSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { QmsError } from '../errors.js';
import { escapeForDisplay, text, type Text } from '../text.js';
import { IGNORED_FOLDERS, MANIFEST, UNIT_FOLDERS } from './file-kinds.js';

export interface FoundUnits {
  /** Unit folders, absolute, sorted: the same order whatever the file system returns. */
  units: string[];
  /** Paths skipped because they are symbolic links (never followed). */
  skippedLinks: string[];
  /** Folders at the depth limit whose sub-folders were not searched. */
  tooDeep: string[];
}

export const MAX_WALK_DEPTH = 12;

/**
 * Find unit folders (folders holding qms.yaml) under the given paths, at any depth, without following
 * symbolic links. A path that is itself a unit, or a file inside one, counts as that unit.
 */
export function findUnits(paths: string[]): FoundUnits {
  const units = new Set<string>();
  const skippedLinks: string[] = [];
  const tooDeep: string[] = [];
  for (const given of paths) {
    const start = resolve(given);
    const stat = statInput(start, given);
    if (stat.isSymbolicLink()) {
      skippedLinks.push(start);
      continue;
    }
    if (stat.isFile()) {
      const owner = unitOwning(start);
      if (owner) units.add(owner);
      continue;
    }
    walk(start, 0, units, skippedLinks, tooDeep);
  }
  return { units: [...units].sort(), skippedLinks: skippedLinks.sort(), tooDeep: tooDeep.sort() };
}

function walk(dir: string, depth: number, units: Set<string>, skippedLinks: string[], tooDeep: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  const isUnit = entries.some((e) => e.name === MANIFEST && e.isFile());
  if (isUnit) units.add(dir);
  const searchable = (e: (typeof entries)[number]) =>
    e.isDirectory() && !e.name.startsWith('.') && !IGNORED_FOLDERS.has(e.name) && !(isUnit && e.name in UNIT_FOLDERS);
  if (depth >= MAX_WALK_DEPTH) {
    if (entries.some(searchable)) tooDeep.push(dir);
    return;
  }
  for (const entry of entries) {
    if (entry.isSymbolicLink()) {
      skippedLinks.push(join(dir, entry.name));
      continue;
    }
    if (!entry.isDirectory() || entry.name.startsWith('.') || IGNORED_FOLDERS.has(entry.name)) continue;
    if (isUnit && entry.name in UNIT_FOLDERS) continue;
    walk(join(dir, entry.name), depth + 1, units, skippedLinks, tooDeep);
  }
}

/** lstat a path given on the command line; a missing one is a usage error naming it as typed. */
export function statInput(abs: string, given: string): Stats {
  try {
    return lstatSync(abs);
  } catch {
    throw new QmsError(
      'E_NO_INPUT',
      text(`không tìm thấy đường dẫn "${escapeForDisplay(given)}"`, `path not found: "${escapeForDisplay(given)}"`),
      text('Kiểm tra lại đường dẫn tới thư mục đơn vị.', 'Check the path to the unit folder.'),
    );
  }
}

/** The unit folder a file belongs to: its folder, or the parent of a known sub-folder. */
export function unitOwning(file: string): string | undefined {
  let dir = resolve(file, '..');
  for (let i = 0; i < 2; i++) {
    try {
      if (lstatSync(join(dir, MANIFEST)).isFile()) return dir;
    } catch {
      /* not here */
    }
    dir = resolve(dir, '..');
  }
  return undefined;
}

/**
 * Said after "no unit found" when the search stopped at its depth limit somewhere: the unit may be
 * there, and pointing at a closer folder finds it. Empty when the limit was never reached.
 */
export function depthNote(tooDeep: string[]): Text {
  if (tooDeep.length === 0) return text('', '');
  const where = tooDeep.slice(0, 3).join(', ') + (tooDeep.length > 3 ? ', …' : '');
  return text(
    `; không tìm sâu hơn ${MAX_WALK_DEPTH} cấp thư mục, các thư mục con của ${where} chưa được tìm: hãy chỉ thẳng tới thư mục gần đơn vị hơn`,
    `; the search stops ${MAX_WALK_DEPTH} levels deep, and the sub-folders of ${where} were not searched: point at a folder closer to the unit`,
  );
}

/**
 * Said when units were found but the search stopped at its depth limit under some folders (shown as
 * the user sees them): units deeper down are left out, and pointing at such a folder finds them.
 * Undefined when the limit was never reached.
 */
export function depthWarning(shown: string[]): Text | undefined {
  if (shown.length === 0) return undefined;
  const list = shown
    .slice(0, 3)
    .map((s) => escapeForDisplay(s, 200))
    .join(', ');
  const more = shown.length > 3 ? ` (+${shown.length - 3})` : '';
  const first = escapeForDisplay(shown[0], 200);
  return text(
    `không tìm sâu hơn ${MAX_WALK_DEPTH} cấp thư mục (giới hạn cố định): các thư mục con của ${list}${more} chưa được tìm, đơn vị nằm sâu hơn không được tính — chỉ thẳng tới thư mục đó (ví dụ ${first}) để tìm các đơn vị bên trong`,
    `the search stops ${MAX_WALK_DEPTH} folder levels deep (a fixed limit): the sub-folders of ${list}${more} were not searched, and units deeper down are left out — point at that folder (e.g. ${first}) to find the units in it`,
  );
}
