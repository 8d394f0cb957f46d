import {
  closeSync,
  constants,
  fchmodSync,
  fsync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { QmsError } from './errors.js';
import { escapeForDisplay, text } from './text.js';
import { writeStep } from './write/env-error.js';
import { findTempFiles, removeStale, tempPathFor, type TempSweep } from './write/temp-files.js';

/** A file a command wants to write, relative to a root folder it must stay inside. */
export interface PlannedFile {
  relPath: string;
  content: string | Uint8Array;
}

export type WriteAction = 'create' | 'overwrite' | 'skip' | 'unchanged';

export interface PlanEntry extends PlannedFile {
  action: WriteAction;
}

/** What to do with files that already exist: refuse the whole plan, overwrite them, or leave them. */
export type ExistingPolicy = 'refuse' | 'overwrite' | 'skip';

export interface WritePlan {
  root: string;
  entries: PlanEntry[];
  /** Existing files that differ, under the `refuse` policy: nothing may be written while any remain. */
  conflicts: string[];
  /** Read-only files (no write bit) the plan would replace: refused unless the user said --force. */
  readOnly: string[];
  /** Temp files next to the targets: our stale ones (removed on apply) and others (reported). */
  temps: TempSweep;
}

export interface PlanOptions {
  /** The user's --force: also replace read-only files (like `cp -f` / `rm -f` over a write-protected file). */
  force?: boolean;
}

/** What applying a plan noticed besides the writes, for the command to tell the user. */
export interface WriteNotes {
  /** Our own temp files of an interrupted earlier run, removed. */
  removedTemps: string[];
  /** Temp files we did not make, next to files we wrote: left alone. */
  foreignTemps: string[];
}

/**
 * Decide, for every file, create / overwrite / skip / unchanged — before anything is written, so
 * `--dry-run` and the refusal both come from the same plan. Paths are checked to stay inside `root`
 * and never pass through a symbolic link.
 */
export function planWrites(
  root: string,
  files: PlannedFile[],
  policy: ExistingPolicy,
  options: PlanOptions = {},
): WritePlan {
  const absRoot = resolve(root);
  const entries: PlanEntry[] = [];
  const conflicts: string[] = [];
  const readOnly: string[] = [];
  for (const file of files) {
    const target = containedPath(absRoot, file.relPath);
    assertNoLinks(absRoot, target, file.relPath);
    const existing = readExisting(target, file.relPath);
    let action: WriteAction;
    if (existing === undefined) action = 'create';
    else if (Buffer.compare(existing.bytes, toBuffer(file.content)) === 0) action = 'unchanged';
    else if (policy === 'overwrite') action = 'overwrite';
    else if (policy === 'skip') action = 'skip';
    else {
      action = 'skip';
      conflicts.push(file.relPath);
    }
    if (action === 'overwrite' && existing?.readOnly && !options.force) readOnly.push(file.relPath);
    entries.push({ ...file, action });
  }
  const temps = findTempFiles(entries.map((e) => join(absRoot, e.relPath)));
  return { root: absRoot, entries, conflicts, readOnly, temps };
}

/**
 * Write every create/overwrite entry atomically. Refuses to start while the plan has conflicts or
 * read-only files to replace. Environment failures (permission, full disk, read-only file system…)
 * become E_WRITE naming the path (exit 2).
 */
export function applyPlan(
  plan: WritePlan,
  writer: (path: string, data: Buffer, replace: boolean) => void = writeAtomic,
): WriteNotes {
  assertWritable(plan);
  const removedTemps = removeStale(plan.temps.stale);
  for (const entry of plan.entries) {
    if (entry.action !== 'create' && entry.action !== 'overwrite') continue;
    const target = join(plan.root, entry.relPath);
    writeStep(dirname(target), () => mkdirSync(dirname(target), { recursive: true }));
    assertNoLinks(plan.root, target, entry.relPath);
    writeStep(target, () => writer(target, toBuffer(entry.content), entry.action === 'overwrite'));
  }
  return { removedTemps, foreignTemps: plan.temps.foreign };
}

/** The checks applyPlan makes before writing anything (also for writers that apply plans their own way). */
export function assertWritable(plan: WritePlan): void {
  if (plan.conflicts.length > 0) {
    throw new QmsError(
      'E_EXISTS',
      text(
        `${plan.conflicts.length} tệp đã tồn tại và khác nội dung`,
        `${plan.conflicts.length} file(s) already exist with other content`,
      ),
    );
  }
  if (plan.readOnly.length > 0) {
    const shown = plan.readOnly
      .slice(0, 3)
      .map((p) => escapeForDisplay(join(plan.root, p), 200))
      .join(', ');
    throw new QmsError(
      'E_READONLY',
      text(
        `tệp chỉ đọc, không ghi đè: ${shown}${plan.readOnly.length > 3 ? ` và ${plan.readOnly.length - 3} tệp khác` : ''}`,
        `read-only file(s), not overwritten: ${shown}${plan.readOnly.length > 3 ? ` and ${plan.readOnly.length - 3} more` : ''}`,
      ),
      text(
        'Tệp được đặt chỉ đọc có chủ ý? Nếu muốn thay: chmod u+w <tệp>, hoặc thêm --force ở lệnh có tùy chọn này (tệp vẫn giữ quyền chỉ đọc).',
        'Was it made read-only on purpose? To replace it: chmod u+w <file>, or add --force where the command has it (the file stays read-only).',
      ),
    );
  }
}

/**
 * Write through a temporary file in the same folder: a crash leaves the old file or the new one,
 * never a torn one. A new file is linked into place (fails if something appeared there meanwhile,
 * even a dangling symlink); a replacement is renamed over the old one and keeps the old one's mode
 * (a 0600 file stays private, a 0444 file stays read-only).
 */
export function writeAtomic(target: string, data: Buffer, replace: boolean): void {
  const temp = writeTemp(target, data, replace);
  fsyncOrDrop(temp, () => fsyncSync(temp.fd));
  putInPlace(temp, target, replace);
  syncDir(dirname(target));
}

/**
 * The same, with the bytes of another file (a report spooled while it was made), copied a chunk at a
 * time: a report of 10,000 units (hundreds of MB) is never held in memory.
 */
export function writeAtomicFromFile(target: string, source: string, replace: boolean): void {
  const temp = writeTemp(target, (fd) => copyInto(source, fd), replace);
  fsyncOrDrop(temp, () => fsyncSync(temp.fd));
  putInPlace(temp, target, replace);
  syncDir(dirname(target));
}

const CHUNK = 1 << 20;

function copyInto(source: string, fd: number): void {
  const from = openSync(source, constants.O_RDONLY);
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    for (let n; (n = readSync(from, buf, 0, CHUNK, null)) > 0;) writeAll(fd, buf.subarray(0, n));
  } finally {
    closeSync(from);
  }
}

function writeAll(fd: number, data: Buffer): void {
  let written = 0;
  while (written < data.length) written += writeSync(fd, data, written, data.length - written);
}

/** Whether two files hold the same bytes, read a chunk at a time. */
export function sameFileBytes(a: string, b: string): boolean {
  if (statSync(a).size !== statSync(b).size) return false;
  const [fa, fb] = [openSync(a, constants.O_RDONLY), openSync(b, constants.O_RDONLY)];
  try {
    const [ba, bb] = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
    for (;;) {
      const na = readFull(fa, ba);
      if (na !== readFull(fb, bb) || !ba.subarray(0, na).equals(bb.subarray(0, na))) return false;
      if (na < CHUNK) return true;
    }
  } finally {
    closeSync(fa);
    closeSync(fb);
  }
}

function readFull(fd: number, buf: Buffer): number {
  let got = 0;
  for (let n; got < buf.length && (n = readSync(fd, buf, got, buf.length - got, null)) > 0;) got += n;
  return got;
}

/**
 * The same, with the wait for the disk (fsync) off this thread, so that the caller can make the next
 * file meanwhile: the file is put in place only once its bytes are on disk, so a crash still leaves the
 * old file or the new one. The folder is not synced here: the caller syncs each folder once, after its
 * last file (`syncDir`), before it reports the files written.
 */
export async function writeAtomicAsync(target: string, data: Buffer, replace: boolean): Promise<void> {
  const temp = writeTemp(target, data, replace);
  const failed = await new Promise<NodeJS.ErrnoException | null>((resolve) => fsync(temp.fd, resolve));
  if (failed)
    fsyncOrDrop(temp, () => {
      throw failed;
    });
  putInPlace(temp, target, replace);
}

interface TempFile {
  path: string;
  fd: number;
}

/** The new bytes in a temporary file beside the target (with the target's mode when it replaces it); left open. */
function writeTemp(target: string, data: Buffer | ((fd: number) => void), replace: boolean): TempFile {
  const tmp = tempPathFor(target);
  const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
  try {
    const mode = replace ? modeOf(target) : undefined;
    if (mode !== undefined) fchmodSync(fd, mode);
    if (typeof data === 'function') data(fd);
    else writeAll(fd, data);
  } catch (error) {
    closeSync(fd);
    safeUnlink(tmp);
    throw error;
  }
  return { path: tmp, fd };
}

/** Run the temp file's fsync; on failure the temp file is removed and the error thrown. */
function fsyncOrDrop(temp: TempFile, sync: () => void): void {
  try {
    sync();
  } catch (error) {
    closeSync(temp.fd);
    safeUnlink(temp.path);
    throw error;
  }
}

/** Close the synced temp file and put it in place (see writeAtomic). */
function putInPlace(temp: TempFile, target: string, replace: boolean): void {
  closeSync(temp.fd);
  const tmp = temp.path;
  try {
    if (replace) renameSync(tmp, target);
    else {
      linkSync(tmp, target);
      unlinkSync(tmp);
    }
  } catch (error) {
    safeUnlink(tmp);
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new QmsError(
        'E_EXISTS',
        text(`tệp vừa xuất hiện trong lúc ghi: ${target}`, `a file appeared while writing: ${target}`),
        text('Chạy lại lệnh.', 'Run the command again.'),
      );
    }
    throw error;
  }
}

export function syncDir(dir: string): void {
  try {
    const fd = openSync(dir, constants.O_RDONLY);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* some file systems cannot fsync a folder; the rename is still atomic */
  }
}

function safeUnlink(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* already gone */
  }
}

export function toBuffer(content: string | Uint8Array): Buffer {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
}

function modeOf(target: string): number | undefined {
  try {
    return lstatSync(target).mode & 0o7777;
  } catch {
    return undefined;
  }
}

/**
 * The file now at `target`, or undefined when there is none. Anything but a regular file (a folder,
 * device, FIFO, socket) is refused outright: renaming over it would replace e.g. /dev/null.
 */
export function readExisting(target: string, relPath: string): { bytes: Buffer; readOnly: boolean } | undefined {
  const existing = existingFile(target, relPath);
  if (!existing) return undefined;
  try {
    return { bytes: readFileSync(target), readOnly: existing.readOnly };
  } catch {
    return { bytes: Buffer.alloc(0), readOnly: existing.readOnly }; // unreadable: treat it as a file with other content
  }
}

/** Whether a regular file is at `target` (and whether it is read-only); anything else is refused as readExisting says. */
export function existingFile(target: string, relPath: string): { readOnly: boolean } | undefined {
  let stat;
  try {
    stat = lstatSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return writeStep(target, () => {
      throw error;
    });
  }
  if (!stat.isFile()) {
    throw new QmsError(
      'E_NOT_FILE',
      text(
        `${escapeForDisplay(relPath, 200)} đã có nhưng không phải tệp thông thường (thư mục, thiết bị hoặc FIFO); không ghi`,
        `${escapeForDisplay(relPath, 200)} exists and is not a regular file (a folder, device or FIFO); not written`,
      ),
      text(
        'Chỉ ghi ra tệp thông thường hoặc màn hình (bỏ --output); chọn tên tệp khác.',
        'Write only to a regular file or to stdout (leave out --output); choose another file name.',
      ),
    );
  }
  return { readOnly: (stat.mode & 0o222) === 0 };
}

/** Resolve a relative path under root, refusing anything that escapes it. */
export function containedPath(root: string, relPath: string): string {
  const target = resolve(root, relPath);
  const rel = relative(root, target);
  if (isAbsolute(relPath) || rel === '' || rel.startsWith('..') || isAbsolute(rel) || relPath.includes('\0')) {
    throw new QmsError(
      'E_PATH',
      text(`đường dẫn "${relPath}" nằm ngoài thư mục đích`, `path "${relPath}" is outside the target folder`),
    );
  }
  return target;
}

/** Refuse to write through a symbolic link anywhere between root and the target. */
export function assertNoLinks(root: string, target: string, relPath: string): void {
  let current = root;
  for (const part of relative(root, target).split(sep)) {
    current = join(current, part);
    try {
      if (lstatSync(current).isSymbolicLink()) {
        throw new QmsError(
          'E_SYMLINK',
          text(
            `không ghi qua liên kết tượng trưng: ${relPath}`,
            `refusing to write through a symbolic link: ${relPath}`,
          ),
          text('Xóa liên kết hoặc chọn thư mục khác.', 'Remove the link or choose another folder.'),
        );
      }
    } catch (error) {
      if (error instanceof QmsError) throw error;
      return; // does not exist yet: nothing further down can be a link
    }
  }
}
