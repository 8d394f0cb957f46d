import { parentPort, workerData } from 'node:worker_threads';
import { runUnitTask, type TaskOptions, type UnitTask } from './unit-task.js';

/** A worker thread of the batch pool: validates the units the main thread sends, one at a time. */
const options = (workerData as { options: TaskOptions }).options;

parentPort!.on('message', (message: { index: number; task: UnitTask }) => {
  try {
    const outcome = runUnitTask(message.task, options);
    parentPort!.postMessage({ index: message.index, outcome });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    parentPort!.postMessage({ index: message.index, error: { message: e.message, stack: e.stack } });
  }
});
