import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runAsyncPool, type PoolTimes, type SettledTask, type TaskTicket } from '../../core/batch/async-pool.js';
import { packageRoot } from '../../core/paths.js';
import type { Unit } from '../../core/unit/types.js';
import {
  runBuildTask,
  type BuildAsk,
  type BuildEvent,
  type BuildResult,
  type BuildTask,
  type JobOptions,
  type Share,
  type ShareKey,
  type UnitJob,
  type UnitOutcome,
} from './build-unit.js';
import type { Gate } from './build-validate.js';

/** Files of a unit made so far, for the progress line. */
export interface FilesMade {
  done: number;
  total: number;
}

export interface RunUnitsOptions {
  /** Threads that build: this one and jobs − 1 workers. */
  jobs: number;
  options: JobOptions;
  /** Tests replace the validator; only in this thread (a function does not cross to a worker). */
  check?: (unit: Unit) => Gate;
  /** Take the lock of a unit's output folder (main thread; throws E_LOCKED). */
  lock(job: UnitJob): void;
  /** Each unit's result, in the order of the units whatever the order they finish in. */
  onUnit(index: number, item: SettledTask<UnitOutcome>): void;
  /** An error that ends the run: no unit is started after it. */
  isFatal(error: unknown): boolean;
  /** Units finished, and the files of the unit that last made one. */
  onProgress?(units: number, unit: UnitJob, files?: FilesMade): void;
}

/**
 * A thread joins a unit opened by another only when at least this many of its files are left, and an
 * eighth of them: joining loads and plans the unit once more (for a 2008-line commune about 50 ms, the
 * time of five documents), and takes another copy of its data.
 */
export const JOIN_AT_LEAST = 8;

/** What the run knows of a unit while threads work on it. */
interface UnitState {
  /** Threads on it now. */
  running: number;
  /** Set when its opener says its files may be shared. */
  key?: ShareKey;
  made: number;
  outcome?: UnitOutcome;
  shares: Share[];
  error?: { error: unknown };
  settled: boolean;
}

/**
 * Build every unit on `jobs` threads: this one and jobs − 1 workers (issue 16). Work is handed out by
 * file, not by unit: a free thread opens the next unit (the largest first on several threads), and when
 * none is left to open it joins the unit with most files left; the threads of a unit take its files one
 * at a time from a shared counter, so that no thread idles while another finishes a large unit at the
 * end. Results are handed on in the units' order, so that the messages (and so the whole output) are the
 * same for every --jobs; a unit that fails is one result among the others. Only what is not yet handed
 * on is kept.
 */
export async function runUnits(units: UnitJob[], run: RunUnitsOptions): Promise<PoolTimes> {
  // Not capped by the number of units: threads share a unit's files (one large unit is built by all).
  const jobs = Math.max(1, run.jobs);
  if (jobs > 1 && run.check) throw new Error('a replaced validator cannot run in worker threads');
  // The validator is loaded once, here: this thread builds too.
  const check = run.check ?? (await import('./build-validate.js')).checkUnit;
  const claims = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, units.length)));
  const state = units.map((): UnitState => ({ running: 0, made: 0, shares: [], settled: false }));
  // On several threads, the largest units go first: a large unit started last would be shared for longer.
  // One thread builds in the units' order, so that each unit's messages come as it is built.
  const order = jobs > 1 ? largestFirst(units) : units.map((_, i) => i);
  const slotOf = new Map<number, number>();
  const waiting = new Map<number, SettledTask<UnitOutcome>>();
  let opened = 0;
  let tickets = 0;
  let handed = 0;
  let stopped = false;

  const issue = (task: BuildTask): TaskTicket<BuildTask> => {
    state[task.slot].running++;
    slotOf.set(tickets, task.slot);
    return { id: tickets++, task };
  };
  const next = (): TaskTicket<BuildTask> | undefined => {
    if (!stopped && opened < order.length) {
      const slot = order[opened++];
      return issue({ kind: 'open', slot, job: units[slot] });
    }
    const slot = mostLeft(state, claims);
    return slot === undefined ? undefined : issue({ kind: 'join', slot, job: units[slot], key: state[slot].key! });
  };
  const settle = (slot: number) => {
    const unit = state[slot];
    unit.settled = true;
    const item: SettledTask<UnitOutcome> = unit.error
      ? { ok: false, error: unit.error.error }
      : { ok: true, outcome: merge(unit.outcome!, unit.shares) };
    unit.outcome = undefined;
    unit.shares = [];
    if (!item.ok && run.isFatal(item.error)) stopped = true;
    waiting.set(slot, item);
    for (let ready = waiting.get(handed); ready; ready = waiting.get(handed)) {
      waiting.delete(handed);
      run.onUnit(handed++, ready);
    }
    run.onProgress?.(handed, units[slot]);
  };

  return runAsyncPool<BuildTask, BuildResult, BuildAsk, void, BuildEvent>(
    {
      worker: workerFile(),
      workerData: { options: run.options, claims: claims.buffer },
      resourceLimits: BUILD_WORKER_LIMITS,
      runInline: (task, channel) => runBuildTask(task, run.options, check, claims, channel),
      answer: (request) => run.lock(request.lock),
    },
    {
      jobs,
      next,
      onEvent: (id, event) => {
        const slot = slotOf.get(id)!;
        const unit = state[slot];
        if ('opened' in event) unit.key = event.opened;
        else {
          unit.made++;
          run.onProgress?.(handed, units[slot], { done: unit.made, total: unit.key?.outputs ?? unit.made });
        }
      },
      onSettled: (id, item) => {
        const slot = slotOf.get(id)!;
        slotOf.delete(id);
        const unit = state[slot];
        unit.running--;
        if (!item.ok) {
          unit.error ??= { error: item.error };
          // The unit's other threads take no more of its files.
          Atomics.store(claims, slot, STOP);
        } else if ('outcome' in item.outcome) unit.outcome = item.outcome.outcome;
        else unit.shares.push(item.outcome.share);
        if (unit.running === 0) settle(slot);
      },
    },
  );
}

/** A claim counter past any unit's files: its threads stop at their next claim. */
const STOP = 2 ** 30;

/** The open unit with most files left, if it is worth joining (JOIN_AT_LEAST). */
function mostLeft(state: UnitState[], claims: Int32Array): number | undefined {
  let best: number | undefined;
  let bestLeft = 0;
  for (const [slot, unit] of state.entries()) {
    if (!unit.key || unit.settled || unit.error || unit.running === 0) continue;
    const left = unit.key.outputs - Atomics.load(claims, slot);
    if (left >= Math.max(JOIN_AT_LEAST, Math.ceil(unit.key.outputs / 8)) && left > bestLeft) {
      best = slot;
      bestLeft = left;
    }
  }
  return best;
}

/** The unit's outcome with the other threads' shares added: counts summed, --dry-run's files in order. */
function merge(outcome: UnitOutcome, shares: Share[]): UnitOutcome {
  for (const share of shares) {
    for (const action of ['create', 'overwrite', 'unchanged'] as const) outcome.counts[action] += share.counts[action];
    if (outcome.entries && share.entries) outcome.entries.push(...share.entries);
  }
  outcome.entries?.sort((a, b) => a.index - b.index);
  return outcome;
}

/**
 * A build worker's young generation, in MB: 48, three 16 MB semi-spaces, what V8 gives the main thread,
 * so that a unit costs the same CPU on a worker as in-process. Building keeps little alive (the unit's
 * data, the validator, the docx packer) but each document's docx objects live through a few collections
 * while it is packed. With less room they are copied again and again, or moved to the old generation
 * and collected there. scripts/bench/build-young.mjs (288 DOCX in one process, load 15): semi-spaces of
 * 2 MB (about the old cap of 8 MB) took 1.47× the CPU and 778 scavenges, 8 MB 1.21×, 16 MB 1.00× and 99
 * scavenges, with the lowest peak (121 MB against 133 and 147). build-tree.mjs, 20 communes: --jobs 2
 * took 1.42× the CPU of --jobs 1 with the old cap, 1.08× with this one, at a peak of 273 MB (median of
 * 3). The old generation is not capped: a worker that ran out of it would fail the unit, and a large
 * unit's data may need it.
 */
export const BUILD_WORKER_LIMITS = { maxYoungGenerationSizeMb: 48 };

/**
 * Indices of the units, the one with most procedures first (the bulk of a unit's documents; ties in the
 * units' order). Only the folder listing is read.
 */
export function largestFirst(units: Array<Pick<UnitJob, 'dir'>>): number[] {
  const size = units.map((u) => procedureCount(u.dir));
  return units.map((_, i) => i).sort((a, b) => size[b] - size[a] || a - b);
}

function procedureCount(dir: string): number {
  try {
    return readdirSync(join(dir, 'procedures')).length;
  } catch {
    return 0;
  }
}

/** The worker module: next to this one in dist/; from the built copy when running from sources (tests). */
function workerFile(): URL {
  return import.meta.url.endsWith('.ts')
    ? new URL(`file://${join(packageRoot, 'dist', 'cli', 'commands', 'build-worker.js')}`)
    : new URL('./build-worker.js', import.meta.url);
}
