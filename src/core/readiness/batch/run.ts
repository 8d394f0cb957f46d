import { runPoolEach, type PoolItem, type PoolOptions } from '../../batch/pool.js';
import { runReadinessTask, type AssessedUnit, type ReadinessTask, type ReadinessTaskOptions } from './unit-task.js';

/**
 * Assess units across worker threads (the pool `validate` uses), handing each unit's item to `onItem`
 * as it is done (in any order with more than one job): the caller keeps what it needs of it.
 */
export function runReadinessBatch(
  tasks: ReadinessTask[],
  options: ReadinessTaskOptions,
  pool: PoolOptions,
  onItem: (index: number, item: PoolItem<AssessedUnit>) => void,
): Promise<void> {
  return runPoolEach(
    tasks,
    {
      worker: new URL('./worker.js', import.meta.url),
      workerData: { options },
      runInline: (task) => runReadinessTask(task, options),
    },
    pool,
    onItem,
  );
}
