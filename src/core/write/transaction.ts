import { createHash } from 'node:crypto';
import {
  closeSync,
  constants,
  fchmodSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { QmsError } from '../errors.js';
import { readTextFile } from '../fs/read-text-file.js';
import { escapeForDisplay, text } from '../text.js';
import {
  assertWritable,
  containedPath,
  syncDir,
  writeAtomic,
  type PlanEntry,
  type WriteNotes,
  type WritePlan,
} from '../write-files.js';
import { writeStep } from './env-error.js';
import { removeStale } from './temp-files.js';

/**
 * Several files that must change together (a model update: documents, answers, manifest), as one
 * transaction with a redo journal in the unit folder:
 *
 * 1. every new content is written beside its target as `<file>.qms-staged` and fsynced;
 * 2. the journal (`.qms-journal.json`: each file and the hash of its new content) is written
 *    atomically — the commit point;
 * 3. the staged files are renamed over their targets, the `last` files (the manifest) at the end;
 * 4. the journal is removed.
 *
 * Interrupted before 2, nothing has changed: the next run removes the staged files (rolled back).
 * Interrupted after 2, the next run finds the journal and finishes step 3 (rolled forward): the new
 * contents are complete and were checked before the commit, so finishing needs no copy of the old
 * files and ends where the user asked to go. A database redo log works the same way.
 */
export const JOURNAL = '.qms-journal.json';
const STAGED = '.qms-staged';
const JOURNAL_VERSION = 1;

interface Journal {
  version: number;
  /** What is being done, for messages (e.g. "model update 1.0.0 → 2.0.0"). */
  what: string;
  files: Array<{ relPath: string; sha256: string; create: boolean }>;
}

export interface TransactionOptions {
  /** Files written at the end, in this order (the manifest last: it says which version the unit follows). */
  last: string[];
  what: string;
  /** Tests: called before each file is put in place (throw to simulate a crash there). */
  beforeRename?: (relPath: string) => void;
}

/** Apply a plan as one transaction (see above). */
export function applyTransaction(plan: WritePlan, options: TransactionOptions): WriteNotes {
  assertWritable(plan);
  // The caller recovers an interrupted transaction before planning; one appearing now is a race.
  if (hasJournal(plan.root)) {
    throw new QmsError(
      'E_BUSY',
      text(
        `một lần chạy khác đang ghi vào ${escapeForDisplay(plan.root, 200)}`,
        `another run is writing into ${escapeForDisplay(plan.root, 200)}`,
      ),
      text('Chờ lần chạy kia xong rồi chạy lại.', 'Wait for it to finish, then run again.'),
    );
  }
  const removedTemps = removeStale(plan.temps.stale);
  const writes = ordered(
    plan.entries.filter((e) => e.action === 'create' || e.action === 'overwrite'),
    options.last,
  );
  if (writes.length === 0) return { removedTemps, foreignTemps: plan.temps.foreign };
  const journal: Journal = {
    version: JOURNAL_VERSION,
    what: options.what,
    files: writes.map((e) => ({
      relPath: e.relPath,
      sha256: sha256(toBuffer(e.content)),
      create: e.action === 'create',
    })),
  };
  for (const entry of writes) {
    const target = join(plan.root, entry.relPath);
    writeStep(dirname(target), () => mkdirSync(dirname(target), { recursive: true }));
    writeStep(target, () => writeStaged(target, toBuffer(entry.content)));
  }
  const journalPath = join(plan.root, JOURNAL);
  writeStep(journalPath, () => writeAtomic(journalPath, Buffer.from(JSON.stringify(journal, null, 2)), false));
  finish(plan.root, journal, options.beforeRename);
  return { removedTemps, foreignTemps: plan.temps.foreign };
}

/**
 * Finish or undo an interrupted transaction in `root`: with a journal, put every staged file in
 * place and remove the journal (returns what it finished); without one, remove staged leftovers
 * (returns undefined). A journal that cannot be finished is an error naming what to do.
 */
export function recoverTransaction(root: string): { what: string; files: string[] } | undefined {
  const journalPath = join(root, JOURNAL);
  const read = readTextFile(journalPath, 16 * 1024 * 1024);
  if (!read.ok) {
    if (read.problem.code !== 'E_NOT_FOUND') throw broken(journalPath, read.problem.message.en);
    removeStagedLeftovers(root);
    return undefined;
  }
  const journal = parseJournal(read.text, journalPath);
  finish(root, journal);
  return { what: journal.what, files: journal.files.map((f) => f.relPath) };
}

/** Whether `root` holds an interrupted transaction (for commands that only read, e.g. model diff). */
export function hasJournal(root: string): boolean {
  try {
    lstatSync(join(root, JOURNAL));
    return true;
  } catch {
    return false;
  }
}

function finish(root: string, journal: Journal, beforeRename?: (relPath: string) => void): void {
  const dirs = new Set<string>();
  for (const file of journal.files) {
    const target = containedPath(root, file.relPath);
    const staged = target + STAGED;
    beforeRename?.(file.relPath);
    if (exists(staged)) {
      if (sha256(readFileSync(staged)) !== file.sha256) throw broken(join(root, JOURNAL), `${file.relPath}${STAGED}`);
      writeStep(target, () => {
        if (file.create && !exists(target)) {
          linkSync(staged, target);
          unlinkSync(staged);
        } else renameSync(staged, target);
      });
    } else if (!exists(target) || sha256(readFileSync(target)) !== file.sha256) {
      throw broken(join(root, JOURNAL), file.relPath);
    }
    dirs.add(dirname(target));
  }
  for (const dir of dirs) syncDir(dir);
  writeStep(join(root, JOURNAL), () => unlinkSync(join(root, JOURNAL)));
  syncDir(root);
}

/** Staged content beside the target, with the target's mode (a private file stays private). */
function writeStaged(target: string, data: Buffer): void {
  const staged = target + STAGED;
  try {
    unlinkSync(staged); // a leftover of an earlier, uncommitted attempt
  } catch {
    /* none */
  }
  const fd = openSync(staged, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
  try {
    try {
      fchmodSync(fd, lstatSync(target).mode & 0o7777);
    } catch {
      /* a new file: default mode */
    }
    let written = 0;
    while (written < data.length) written += writeSync(fd, data, written, data.length - written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function removeStagedLeftovers(root: string): void {
  for (const dir of [root, ...subfolders(root)]) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!name.endsWith(STAGED)) continue;
      try {
        unlinkSync(join(dir, name));
      } catch {
        /* gone */
      }
    }
  }
}

function subfolders(root: string): string[] {
  try {
    return readdirSync(root, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => join(root, e.name));
  } catch {
    return [];
  }
}

function ordered(entries: PlanEntry[], last: string[]): PlanEntry[] {
  const rank = (e: PlanEntry) => last.indexOf(e.relPath);
  return [...entries.filter((e) => rank(e) < 0), ...last.flatMap((p) => entries.filter((e) => e.relPath === p))];
}

function parseJournal(source: string, path: string): Journal {
  let json: Partial<Journal> | undefined;
  try {
    json = JSON.parse(source) as Partial<Journal>;
  } catch {
    throw broken(path, 'not JSON');
  }
  const ok =
    json?.version === JOURNAL_VERSION &&
    typeof json.what === 'string' &&
    Array.isArray(json.files) &&
    json.files.every(
      (f) =>
        typeof f?.relPath === 'string' &&
        typeof f.sha256 === 'string' &&
        /^[0-9a-f]{64}$/.test(f.sha256) &&
        typeof f.create === 'boolean',
    );
  if (!ok) throw broken(path, 'not a journal of this version');
  return json as Journal;
}

function broken(journalPath: string, detail: string): QmsError {
  const shown = escapeForDisplay(journalPath, 200);
  return new QmsError(
    'E_JOURNAL',
    text(
      `lần cập nhật trước bị ngắt và không hoàn tất được (${escapeForDisplay(detail)}); nhật ký: ${shown}`,
      `an earlier update was interrupted and cannot be finished (${escapeForDisplay(detail)}); journal: ${shown}`,
    ),
    text(
      `Khôi phục các tệp của đơn vị từ bản sao lưu hoặc git (git checkout -- <thư mục đơn vị>), xóa ${JOURNAL} và các tệp *${STAGED}, rồi chạy lại.`,
      `Restore the unit's files from a backup or git (git checkout -- <unit folder>), delete ${JOURNAL} and any *${STAGED} files, then run again.`,
    ),
  );
}

function exists(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function toBuffer(content: string | Uint8Array): Buffer {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
}
