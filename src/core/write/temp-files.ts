import { readdirSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Temporary files of the atomic writer: `<name>.qms-<pid>-<random>.tmp` next to the target. The pid
 * says whose it is: one left by a run that was killed (pid gone) is ours to remove on the next write
 * to that folder; one of a live run is left alone; any other `<name>….tmp` next to a file we write
 * (an older qms, an editor, another tool) is reported, never removed — like git, which reports a
 * stale `index.lock` but does not guess it away.
 */
const OURS = /^(.+)\.qms-([0-9]+)-[0-9a-f]{12}\.tmp$/;

export function tempPathFor(target: string): string {
  return `${target}.qms-${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
}

export interface TempSweep {
  /** Our own temp files of dead runs: removed when the plan is applied. */
  stale: string[];
  /** Other temp files next to files we write: reported only. */
  foreign: string[];
}

/** Look, without changing anything, at the temp files next to the given targets. */
export function findTempFiles(targets: string[]): TempSweep {
  const byDir = new Map<string, Set<string>>();
  for (const t of targets) {
    const names = byDir.get(dirname(t)) ?? new Set<string>();
    names.add(basename(t));
    byDir.set(dirname(t), names);
  }
  const sweep: TempSweep = { stale: [], foreign: [] };
  for (const [dir, names] of byDir) {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      continue; // not there yet
    }
    for (const entry of entries) {
      if (!entry.endsWith('.tmp')) continue;
      const ours = OURS.exec(entry);
      if (ours) {
        if (!isAlive(Number(ours[2]))) sweep.stale.push(join(dir, entry));
      } else if ([...names].some((n) => entry.startsWith(`${n}.`))) sweep.foreign.push(join(dir, entry));
    }
  }
  sweep.stale.sort();
  sweep.foreign.sort();
  return sweep;
}

/** Remove our stale temp files; returns those actually removed. */
export function removeStale(paths: string[]): string[] {
  const removed: string[] = [];
  for (const p of paths) {
    try {
      unlinkSync(p);
      removed.push(p);
    } catch {
      /* gone already, or not ours to remove after all */
    }
  }
  return removed;
}

/**
 * Whether a temp file's writer may still be running: a process with this pid exists (EPERM: as
 * another user). Our own pid counts as gone: a folder is planned (and its temp files looked at) only
 * before this process writes into it, and every write (StreamWriter's too) has ended before the
 * command that made it returns — one found now is from an earlier process that had the same pid.
 */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
