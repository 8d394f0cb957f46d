import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { QmsError } from '../errors.js';
import { escapeForDisplay, text } from '../text.js';
import { writeStep } from './env-error.js';
import { isAlive } from './temp-files.js';

/**
 * An output folder that one run writes at a time: a lock file created with O_EXCL holding the
 * owner's pid, host and start time. A second run exits 2 at once naming the owner (as git does with
 * `index.lock`) rather than waiting: a build takes seconds to minutes, and the user decides. A lock
 * whose owner is gone (killed, power cut) is taken over; on another host the pid cannot be checked,
 * so its lock is respected. proper-lockfile was considered: it keeps no pid (staleness is by mtime,
 * refreshed by a timer), so a killed build would block the next one for its stale period, and its
 * message could not say who holds the folder.
 */
export const LOCK_FILE = '.qms-lock';

interface Owner {
  pid: number;
  host: string;
  started: string;
  what: string;
  nonce: string;
}

export interface Lock {
  path: string;
  release(): void;
}

/** Take the lock of `dir` (created if missing) for `what` (e.g. "qms build"), or throw E_LOCKED. */
export function lockFolder(dir: string, what: string): Lock {
  writeStep(dir, () => mkdirSync(dir, { recursive: true }));
  const path = join(dir, LOCK_FILE);
  const owner: Owner = {
    pid: process.pid,
    host: hostname(),
    started: new Date().toISOString(),
    what,
    nonce: randomBytes(8).toString('hex'),
  };
  const body = Buffer.from(`${JSON.stringify(owner)}\n`);
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(path, body)) {
      return {
        path,
        release: () => {
          // Remove it only while it is still ours (a takeover by mistake must not be undone by us).
          if (readRaw(path) === body.toString()) unlinkQuietly(path);
        },
      };
    }
    const raw = readRaw(path);
    if (raw === undefined) continue; // released meanwhile: try again
    const held = parseOwner(raw);
    if (!isStale(path, held)) throw locked(dir, path, held);
    // Take over a stale lock: remove it only if it is still the one we judged stale.
    if (readRaw(path) === raw) unlinkQuietly(path);
  }
  throw locked(dir, path, parseOwner(readRaw(path) ?? ''));
}

function tryCreate(path: string, body: Buffer): boolean {
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    return writeStep(path, () => {
      throw error;
    });
  }
  try {
    writeSync(fd, body);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Stale: its owner ran on this host and is gone; or it is unreadable and old (torn by a crash at creation). */
function isStale(path: string, held: Owner | undefined): boolean {
  if (!held) {
    try {
      return Date.now() - statSync(path).mtimeMs > 10_000;
    } catch {
      return true;
    }
  }
  return held.host === hostname() && held.pid !== process.pid && !isAlive(held.pid);
}

function locked(dir: string, path: string, held: Owner | undefined): QmsError {
  const who = held
    ? text(
        `${escapeForDisplay(held.what, 40)} (pid ${held.pid} trên máy ${escapeForDisplay(held.host, 60)}, bắt đầu ${held.started})`,
        `${escapeForDisplay(held.what, 40)} (pid ${held.pid} on ${escapeForDisplay(held.host, 60)}, started ${held.started})`,
      )
    : text('một lần chạy khác', 'another run');
  const shownDir = escapeForDisplay(dir, 200);
  const shownLock = escapeForDisplay(path, 200);
  return new QmsError(
    'E_LOCKED',
    text(`${who.vi} đang ghi vào ${shownDir}`, `${who.en} is writing into ${shownDir}`),
    text(
      `Chờ lần chạy đó xong rồi chạy lại. Nếu chắc chắn không còn tiến trình nào, xóa ${shownLock}.`,
      `Wait for it to finish, then run again. If you are sure no such process runs, delete ${shownLock}.`,
    ),
  );
}

function parseOwner(raw: string): Owner | undefined {
  try {
    const o = JSON.parse(raw) as Partial<Owner>;
    if (Number.isInteger(o.pid) && typeof o.host === 'string' && typeof o.started === 'string')
      return { what: 'qms', nonce: '', ...o } as Owner;
  } catch {
    /* torn or foreign */
  }
  return undefined;
}

function readRaw(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* gone */
  }
}
