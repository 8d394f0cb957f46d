import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runAsyncPool, type SettledTask } from '../../core/batch/async-pool.js';
import { packageRoot } from '../../core/paths.js';
import type { Unit } from '../../core/unit/types.js';
import { buildUnit, type JobOptions, type UnitJob, type UnitOutcome } from './build-unit.js';
import type { Gate } from './build-validate.js';

/** What a unit's build asks the main thread: the lock of its output folder. */
export interface BuildAsk {
  lock: UnitJob;
}
/** What it tells: documents made so far. */
export interface BuildEvent {
  done: number;
  total: number;
}

export interface RunUnitsOptions {
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
  /** Units finished, and the documents of the unit that last made one. */
  onProgress?(units: number, unit: UnitJob, documents?: BuildEvent): void;
}

/**
 * Build every unit, on `jobs` worker threads or in this thread. Results are handed on in the units'
 * order, so that the messages (and so the whole output) are the same for every --jobs; a unit that
 * fails is one result among the others. Only what is not yet handed on is kept.
 */
export async function runUnits(units: UnitJob[], run: RunUnitsOptions): Promise<void> {
  const jobs = Math.max(1, Math.min(run.jobs, units.length));
  if (jobs > 1 && run.check) throw new Error('a replaced validator cannot run in worker threads');
  // The validator is loaded only when it is needed, in the thread that needs it.
  const check = run.check ?? (jobs === 1 ? (await import('./build-validate.js')).checkUnit : undefined);
  const waiting = new Map<number, SettledTask<UnitOutcome>>();
  let handed = 0;
  let stopped = false;
  // On workers, the largest units go first: a large unit started last would leave the other worker idle
  // to the end. One thread builds in the units' order, so that each unit's messages come as it is built.
  const order = jobs > 1 ? largestFirst(units) : undefined;
  await runAsyncPool<UnitJob, UnitOutcome, BuildAsk, void, BuildEvent>(
    units,
    {
      worker: workerFile(),
      workerData: { options: run.options },
      resourceLimits: BUILD_WORKER_LIMITS,
      runInline: (job, channel) =>
        buildUnit(job, run.options, check!, {
          lock: (j) => channel.ask({ lock: j }),
          progress: (done, total) => channel.tell({ done, total }),
        }),
      answer: (request) => run.lock(request.lock),
    },
    {
      jobs,
      order,
      stopped: () => stopped,
      onEvent: (index, event) => run.onProgress?.(handed, units[index], event),
      onSettled: (index, item) => {
        if (!item.ok && run.isFatal(item.error)) stopped = true;
        waiting.set(index, item);
        for (let next = waiting.get(handed); next; next = waiting.get(handed)) {
          waiting.delete(handed);
          run.onUnit(handed++, next);
        }
        run.onProgress?.(handed, units[index]);
      },
    },
  );
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
