import { relative, resolve, sep } from 'node:path';
import { QmsError } from '../../core/errors.js';
import { escapeForDisplay, text } from '../../core/text.js';
import type { UnitTask } from '../../core/validate/batch/unit-task.js';
import { MANIFEST } from '../../core/unit/file-kinds.js';
import { depthNote, findUnits, statInput, unitOwning } from '../../core/unit/find-units.js';

export interface Targets {
  tasks: UnitTask[];
  /** Symbolic links not followed, as shown. */
  skipped: string[];
  /** Folders at the search's depth limit whose sub-folders were not searched, as shown. */
  tooDeep: string[];
}

/** How a folder is shown: relative to the working directory when inside it, else absolute. */
export function displayDir(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  const shown = rel === '' ? '.' : rel.startsWith('..') ? abs : rel;
  return shown.split(sep).join('/');
}

/**
 * Turn the command-line paths into unit tasks, sorted by folder: unit folders, trees of units (walked
 * without following links), or single files (validated with their unit, reported alone).
 */
export function resolveTargets(paths: string[], cwd: string): Targets {
  const files = new Map<string, Set<string> | 'all'>();
  const skipped: string[] = [];
  const tooDeep: string[] = [];
  for (const given of paths) {
    const abs = resolve(cwd, given);
    const stat = statInput(abs, given);
    if (stat.isFile()) {
      const unit = unitOwning(abs);
      if (!unit) {
        throw new QmsError(
          'E_NO_UNIT',
          text(
            `tệp "${escapeForDisplay(given)}" không nằm trong thư mục đơn vị nào (không có qms.yaml ở thư mục của tệp hoặc thư mục cha)`,
            `"${escapeForDisplay(given)}" is not inside a unit folder (no qms.yaml next to it or one level up)`,
          ),
          text(
            'Chỉ tới tệp trong một thư mục đơn vị, hoặc tạo đơn vị bằng qms init.',
            'Name a file inside a unit folder, or create a unit with qms init.',
          ),
        );
      }
      const current = files.get(unit);
      if (current !== 'all') files.set(unit, new Set([...(current ?? []), relative(unit, abs).split(sep).join('/')]));
      continue;
    }
    const found = findUnits([abs]);
    skipped.push(...found.skippedLinks);
    tooDeep.push(...found.tooDeep);
    for (const unit of found.units) files.set(unit, 'all');
  }
  if (files.size === 0) {
    const links = skipped.length > 0 ? ` (${skipped.length} liên kết tượng trưng không được đi theo)` : '';
    const linksEn = skipped.length > 0 ? ` (${skipped.length} symbolic link(s) not followed)` : '';
    throw new QmsError(
      'E_NO_UNIT',
      text(
        `không tìm thấy đơn vị nào (thư mục có ${MANIFEST}) trong: ${paths.map((p) => escapeForDisplay(p)).join(', ')}${links}${depthNote(tooDeep).vi}`,
        `no unit found (a folder with ${MANIFEST}) under: ${paths.map((p) => escapeForDisplay(p)).join(', ')}${linksEn}${depthNote(tooDeep).en}`,
      ),
      text(
        'Chỉ tới thư mục đơn vị hoặc thư mục chứa các đơn vị (không qua liên kết tượng trưng); tạo đơn vị bằng qms init.',
        'Point at a unit folder or a folder of units (not through a symbolic link); create a unit with qms init.',
      ),
    );
  }
  const tasks = [...files.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([abs, only]) => {
      const task: UnitTask = { abs, dir: displayDir(abs, cwd) };
      if (only !== 'all') task.onlyFiles = [...only].sort();
      return task;
    });
  return {
    tasks,
    skipped: [...new Set(skipped)].sort().map((s) => displayDir(s, cwd)),
    tooDeep: [...new Set(tooDeep)].sort().map((s) => displayDir(s, cwd)),
  };
}

/** `--shard i/n`: the units whose index is i-1 modulo n (units are sorted, so the split is stable). */
export function shardOf<T>(items: T[], shard: string | undefined): T[] {
  if (!shard) return items;
  const m = /^([0-9]+)\/([0-9]+)$/.exec(shard);
  const i = m ? Number(m[1]) : 0;
  const n = m ? Number(m[2]) : 0;
  if (!m || n < 1 || i < 1 || i > n) {
    throw new QmsError(
      'E_USAGE',
      text(`--shard "${escapeForDisplay(shard)}" không hợp lệ`, `invalid --shard "${escapeForDisplay(shard)}"`),
      text('Viết dạng i/n với 1 ≤ i ≤ n, ví dụ --shard 2/4.', 'Write i/n with 1 ≤ i ≤ n, e.g. --shard 2/4.'),
    );
  }
  return items.filter((_, index) => index % n === i - 1);
}
