import { lstatSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { QmsError } from '../errors.js';
import { escapeForDisplay, text } from '../text.js';
import { MANIFEST } from '../unit/file-kinds.js';
import { writeStep } from './env-error.js';
import {
  applyPlan,
  assertNoLinks,
  existingFile,
  planWrites,
  sameFileBytes,
  writeAtomicFromFile,
  type WriteAction,
  type WriteNotes,
} from '../write-files.js';
import { findTempFiles, removeStale } from './temp-files.js';

export interface OutputOptions {
  /** The user's --force: replace a different (or read-only) existing file. */
  force?: boolean;
  /** The path as the user typed it, for messages. */
  given?: string;
}

/** A report already written whole to another file (`spooled`): its bytes are copied, never read into memory. */
export interface SpooledReport {
  spooled: string;
}

/**
 * A report written with --output (validate, readiness, checklist, audit plan): the same rules as every
 * writer — atomic, a regular file only (never a device or FIFO: `-o /dev/null` once replaced the
 * system's), an existing file with other content kept unless --force — and never inside a unit
 * folder: a unit folder is the signed record, a report there would become a stray file of the unit
 * (or replace one of its documents), and `qms validate` promises to write nothing into what it checks.
 */
export function writeOutputFile(
  path: string,
  content: string | Uint8Array | SpooledReport,
  options: OutputOptions = {},
): { action: WriteAction; notes: WriteNotes } {
  const target = resolve(path);
  const given = escapeForDisplay(options.given ?? path, 200);
  const unit = unitContaining(dirname(target));
  if (unit) {
    throw new QmsError(
      'E_OUTPUT_IN_UNIT',
      text(
        `không ghi báo cáo "${given}" vào thư mục đơn vị ${escapeForDisplay(unit, 200)}`,
        `refusing to write the report "${given}" into the unit folder ${escapeForDisplay(unit, 200)}`,
      ),
      text(
        'Thư mục đơn vị chỉ chứa hồ sơ của đơn vị; chọn --output ở ngoài, ví dụ ../bao-cao/ten-tep.',
        'A unit folder holds only the unit’s documents; choose an --output outside it, e.g. ../reports/name.',
      ),
    );
  }
  // A report goes into a folder that exists: a mistyped path must not grow a tree of folders.
  writeStep(target, () => {
    if (!statSync(dirname(target)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  });
  if (typeof content === 'object' && 'spooled' in content) return writeSpooled(target, content.spooled, options, given);
  const plan = planWrites(
    dirname(target),
    [{ relPath: basename(target), content }],
    options.force ? 'overwrite' : 'refuse',
    {
      force: options.force,
    },
  );
  if (plan.conflicts.length > 0) throw exists(given);
  const notes = applyPlan(plan);
  return { action: plan.entries[0].action, notes };
}

/**
 * The same decisions as planWrites/applyPlan for one file (create, unchanged, overwrite only with
 * --force, temp files swept), comparing and copying the spool a chunk at a time.
 */
function writeSpooled(
  target: string,
  spool: string,
  options: OutputOptions,
  given: string,
): { action: WriteAction; notes: WriteNotes } {
  const name = basename(target);
  assertNoLinks(dirname(target), target, name);
  const existing = existingFile(target, name);
  const action: WriteAction = !existing ? 'create' : sameBytes(target, spool) ? 'unchanged' : 'overwrite';
  if (action === 'overwrite' && !options.force) throw exists(given);
  const temps = findTempFiles([target]);
  const notes = { removedTemps: removeStale(temps.stale), foreignTemps: temps.foreign };
  if (action !== 'unchanged') writeStep(target, () => writeAtomicFromFile(target, spool, action === 'overwrite'));
  return { action, notes };
}

/** An existing file that cannot be read counts as other content, as planWrites counts it. */
function sameBytes(target: string, spool: string): boolean {
  try {
    return sameFileBytes(target, spool);
  } catch {
    return false;
  }
}

function exists(given: string): QmsError {
  return new QmsError(
    'E_EXISTS',
    text(
      `tệp "${given}" đã có, nội dung khác; không ghi đè`,
      `"${given}" already exists with other content; nothing was written`,
    ),
    text(
      'Chọn tên tệp khác, hoặc thêm --force để ghi đè.',
      'Choose another file name, or add --force to overwrite it.',
    ),
  );
}

/** The unit folder (with qms.yaml) that holds `dir`, looking up to the file system's root. */
function unitContaining(dir: string): string | undefined {
  for (let current = dir; ; current = dirname(current)) {
    try {
      if (lstatSync(join(current, MANIFEST)).isFile()) return current;
    } catch {
      /* not here */
    }
    if (dirname(current) === current) return undefined;
  }
}
