import { runPool, type PoolItem, type PoolOptions } from '../../batch/pool.js';
import type { UnitReadiness } from '../types.js';
import { runReadinessTask, type ReadinessTask, type ReadinessTaskOptions } from './unit-task.js';

/** Assess units across worker threads (the pool `validate` uses); results in task order. */
export function runReadinessBatch(
  tasks: ReadinessTask[],
  options: ReadinessTaskOptions,
  pool: PoolOptions,
): Promise<Array<PoolItem<UnitReadiness>>> {
  return runPool(
    tasks,
    {
      worker: new URL('./worker.js', import.meta.url),
      workerData: { options },
      runInline: (task) => runReadinessTask(task, options),
    },
    pool,
  );
}
