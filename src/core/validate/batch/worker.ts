import { workerData } from 'node:worker_threads';
import { serveTasks } from '../../batch/pool.js';
import { runUnitTask, type TaskOptions, type UnitTask } from './unit-task.js';

/** A worker thread of the batch pool: validates the units the main thread sends, one at a time. */
const options = (workerData as { options: TaskOptions }).options;

serveTasks((task: UnitTask) => runUnitTask(task, options));
