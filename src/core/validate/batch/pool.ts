import { join } from 'node:path';
import { packageRoot } from '../../paths.js';
import { runPool, runPoolEach, type PoolItem, type PoolOptions, type TaskFailure } from '../../batch/pool.js';
import { runUnitTask, type TaskOptions, type TaskOutcome, type UnitTask } from './unit-task.js';

export type UnitFailure = TaskFailure;
export type BatchItem = PoolItem<TaskOutcome>;
export type BatchOptions = PoolOptions;

/**
 * Validate units across `jobs` worker threads (in-process when 1), through the shared pool
 * (core/batch/pool.ts). Results come back in task order; a unit that fails (a bug in a rule)
 * becomes a failure item and the others go on.
 */
export async function runBatch(tasks: UnitTask[], options: TaskOptions, batch: BatchOptions): Promise<BatchItem[]> {
  return runPool(
    tasks,
    { worker: workerFile(), workerData: { options }, runInline: (task) => runUnitTask(task, options) },
    batch,
  );
}

/** The same, handing each unit's item to `onItem` as it is done (in any order) instead of keeping them. */
export async function runBatchEach(
  tasks: UnitTask[],
  options: TaskOptions,
  batch: BatchOptions,
  onItem: (index: number, item: BatchItem) => void,
): Promise<void> {
  return runPoolEach(
    tasks,
    { worker: workerFile(), workerData: { options }, runInline: (task) => runUnitTask(task, options) },
    batch,
    onItem,
  );
}

/** The worker module: next to this one in dist/; from the built copy when running from sources (tests). */
function workerFile(): URL {
  const here = new URL('./worker.js', import.meta.url);
  return import.meta.url.endsWith('.ts')
    ? new URL(`file://${join(packageRoot, 'dist', 'core', 'validate', 'batch', 'worker.js')}`)
    : here;
}
