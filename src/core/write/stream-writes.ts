import { lstatSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  assertNoLinks,
  assertWritable,
  containedPath,
  readExisting,
  syncDir,
  toBuffer,
  writeAtomicAsync,
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
 * 2. `StreamWriter`, one file at a time as each is made: compared with what is there (unchanged files
 *    are not touched) and written atomically.
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
 * Files written one after the other as they are made, without waiting for the disk between them: each
 * goes through writeAtomicAsync (its fsync runs beside the making of the next files; it is put in place
 * only once on disk), at most `depth` at a time, and each folder is synced once, by `finish`, instead of
 * after every file. `qms build` spent a third of its time on a loaded machine waiting for two fsyncs per
 * file with the CPU idle. Call `finish` before reporting the
 * files written, also after an error (it waits for the writes under way, so no temp file is left behind).
 */
export class StreamWriter {
  private readonly pending = new Set<Promise<void>>();
  private readonly dirs = new Set<string>();
  private failure: { error: unknown } | undefined;

  constructor(
    private readonly root: string,
    private readonly options: { force?: boolean; depth?: number } = {},
  ) {}

  /**
   * Compare and write one file: left alone when its bytes are already there, else written atomically; a
   * file made read-only since the plan (or one the caller did not clear) is not replaced without force.
   * The action is known at once, the write ends later.
   */
  async write(relPath: string, content: string | Uint8Array): Promise<WriteAction> {
    this.rethrow();
    const target = join(this.root, relPath);
    const data = toBuffer(content);
    const existing = readExisting(target, relPath);
    if (existing !== undefined && Buffer.compare(existing.bytes, data) === 0) return 'unchanged';
    if (existing?.readOnly && !this.options.force) refuseReadOnly(this.root, [relPath]);
    writeStep(dirname(target), () => mkdirSync(dirname(target), { recursive: true }));
    assertNoLinks(this.root, target, relPath);
    const write = writeAtomicAsync(target, data, existing !== undefined).catch((error: unknown) => {
      // The disk's error, named as writeStep names it (exit 2 with the path and what to do).
      try {
        writeStep(target, () => {
          throw error;
        });
      } catch (named) {
        this.failure ??= { error: named };
      }
    });
    this.dirs.add(dirname(target));
    this.pending.add(write);
    void write.then(() => this.pending.delete(write));
    while (this.pending.size >= (this.options.depth ?? 8)) await Promise.race(this.pending);
    this.rethrow();
    return existing === undefined ? 'create' : 'overwrite';
  }

  /** Wait for every write, sync each folder written into once; throw the first write's error. */
  async finish(): Promise<void> {
    await Promise.all(this.pending);
    this.rethrow();
    for (const dir of this.dirs) syncDir(dir);
    this.dirs.clear();
  }

  private rethrow(): void {
    if (this.failure) throw this.failure.error;
  }
}
