import { workerData } from 'node:worker_threads';
import { serveTasks } from '../../batch/pool.js';
import { runReadinessTask, type ReadinessTask, type ReadinessTaskOptions } from './unit-task.js';

/** A worker thread of the shared pool: assesses the units the main thread sends, one at a time. */
const options = (workerData as { options: ReadinessTaskOptions }).options;

serveTasks((task: ReadinessTask) => runReadinessTask(task, options));
