import { lstatSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  assertNoLinks,
  assertWritable,
  containedPath,
  readExisting,
  toBuffer,
  writeAtomic,
  type WriteAction,
  type WriteNotes,
} from '../write-files.js';
import { writeStep } from './env-error.js';
import { findTempFiles, removeStale, type TempSweep } from './temp-files.js';

/**
 * Writing many generated files without holding them all (issue 16: a 10,000-procedure unit's documents
 * do not fit in memory at once). The same safety as planWrites/applyPlan, split in two:
 *
 * 1. `planTargets`, before anything is made: every path stays inside the root, passes through no
 *    symbolic link and is not a folder, device or FIFO; read-only files are found (the caller decides,
 *    before the first write, whether it would replace one) and our stale temp files are listed;
 * 2. `writeTarget`, one file at a time as each is made: compared with what is there (unchanged files are
 *    not touched) and written atomically.
 *
 * For generated output only (policy "overwrite"): nothing is refused for having other content.
 */
export interface Target {
  relPath: string;
  /** A file is there now. */
  exists: boolean;
  /** …and has no write bit: replacing it needs the user's --force. */
  readOnly: boolean;
}

export interface TargetPlan {
  root: string;
  targets: Target[];
  temps: TempSweep;
}

/** Check every output path before anything is made or written (see above). */
export function planTargets(root: string, relPaths: string[]): TargetPlan {
  const absRoot = resolve(root);
  const targets = relPaths.map((relPath): Target => {
    const target = containedPath(absRoot, relPath);
    assertNoLinks(absRoot, target, relPath);
    let stat;
    try {
      stat = lstatSync(target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { relPath, exists: false, readOnly: false };
      return writeStep(target, () => {
        throw error;
      });
    }
    // A folder, device or FIFO there is refused now, not halfway through (readExisting throws E_NOT_FILE).
    if (!stat.isFile()) readExisting(target, relPath);
    return { relPath, exists: true, readOnly: (stat.mode & 0o222) === 0 };
  });
  return { root: absRoot, targets, temps: findTempFiles(targets.map((t) => join(absRoot, t.relPath))) };
}

/** What writing `content` would do to the file now at `relPath` (create, overwrite or unchanged). */
export function compareTarget(root: string, relPath: string, content: string | Uint8Array): WriteAction {
  const existing = readExisting(join(root, relPath), relPath);
  if (existing === undefined) return 'create';
  return Buffer.compare(existing.bytes, toBuffer(content)) === 0 ? 'unchanged' : 'overwrite';
}

/** Refuse, before the first write, to replace read-only files (those whose new content differs). */
export function refuseReadOnly(root: string, readOnly: string[]): void {
  assertWritable({ root, entries: [], conflicts: [], readOnly, temps: { stale: [], foreign: [] } });
}

/** Just before the first write: remove our temp files left by an interrupted run. */
export function startWrites(plan: TargetPlan): WriteNotes {
  return { removedTemps: removeStale(plan.temps.stale), foreignTemps: plan.temps.foreign };
}

/**
 * Write one file of the plan: left alone when its bytes are already there, else written atomically.
 * A file made read-only since the plan (or one the caller did not clear) is not replaced without force.
 */
export function writeTarget(
  root: string,
  relPath: string,
  content: string | Uint8Array,
  options: { force?: boolean } = {},
): WriteAction {
  const target = join(root, relPath);
  const data = toBuffer(content);
  const existing = readExisting(target, relPath);
  if (existing !== undefined && Buffer.compare(existing.bytes, data) === 0) return 'unchanged';
  if (existing?.readOnly && !options.force) refuseReadOnly(root, [relPath]);
  writeStep(dirname(target), () => mkdirSync(dirname(target), { recursive: true }));
  assertNoLinks(root, target, relPath);
  writeStep(target, () => writeAtomic(target, data, existing !== undefined));
  return existing === undefined ? 'create' : 'overwrite';
}
