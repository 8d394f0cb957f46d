import {
  closeSync,
  constants,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { QmsError } from './errors.js';
import { text } from './text.js';

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
}

/**
 * Decide, for every file, create / overwrite / skip / unchanged — before anything is written, so
 * `--dry-run` and the refusal both come from the same plan. Paths are checked to stay inside `root`
 * and never pass through a symbolic link.
 */
export function planWrites(root: string, files: PlannedFile[], policy: ExistingPolicy): WritePlan {
  const absRoot = resolve(root);
  const entries: PlanEntry[] = [];
  const conflicts: string[] = [];
  for (const file of files) {
    const target = containedPath(absRoot, file.relPath);
    assertNoLinks(absRoot, target, file.relPath);
    const existing = readExisting(target);
    let action: WriteAction;
    if (existing === undefined) action = 'create';
    else if (Buffer.compare(existing, toBuffer(file.content)) === 0) action = 'unchanged';
    else if (policy === 'overwrite') action = 'overwrite';
    else if (policy === 'skip') action = 'skip';
    else {
      action = 'skip';
      conflicts.push(file.relPath);
    }
    entries.push({ ...file, action });
  }
  return { root: absRoot, entries, conflicts };
}

/** Write every create/overwrite entry atomically. Refuses to start while the plan has conflicts. */
export function applyPlan(
  plan: WritePlan,
  writer: (path: string, data: Buffer, replace: boolean) => void = writeAtomic,
): void {
  if (plan.conflicts.length > 0) {
    throw new QmsError(
      'E_EXISTS',
      text(
        `${plan.conflicts.length} tệp đã tồn tại và khác nội dung`,
        `${plan.conflicts.length} file(s) already exist with other content`,
      ),
    );
  }
  for (const entry of plan.entries) {
    if (entry.action !== 'create' && entry.action !== 'overwrite') continue;
    const target = join(plan.root, entry.relPath);
    mkdirSync(dirname(target), { recursive: true });
    assertNoLinks(plan.root, target, entry.relPath);
    writer(target, toBuffer(entry.content), entry.action === 'overwrite');
  }
}

/**
 * Write through a temporary file in the same folder: a crash leaves the old file or the new one,
 * never a torn one. A new file is linked into place (fails if something appeared there meanwhile,
 * even a dangling symlink); a replacement is renamed over the old one.
 */
export function writeAtomic(target: string, data: Buffer, replace: boolean): void {
  const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
  try {
    let written = 0;
    while (written < data.length) written += writeSync(fd, data, written, data.length - written);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    safeUnlink(tmp);
    throw error;
  }
  closeSync(fd);
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
  syncDir(dirname(target));
}

function syncDir(dir: string): void {
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

function toBuffer(content: string | Uint8Array): Buffer {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
}

function readExisting(target: string): Buffer | undefined {
  try {
    const stat = lstatSync(target);
    if (!stat.isFile()) return Buffer.alloc(0); // a folder or device in the way: treat as a differing file
    return readFileSync(target);
  } catch {
    return undefined;
  }
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
function assertNoLinks(root: string, target: string, relPath: string): void {
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
