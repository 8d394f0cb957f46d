import { Worker } from 'node:worker_threads';
import { runUnitTask, type TaskOptions, type TaskOutcome, type UnitTask } from './unit-task.js';

export interface UnitFailure {
  message: string;
  stack?: string;
}

export type BatchItem = { outcome: TaskOutcome; failure?: undefined } | { outcome?: undefined; failure: UnitFailure };

export interface BatchOptions {
  jobs: number;
  onProgress?(done: number, total: number): void;
}

/**
 * Validate units across `jobs` worker threads (in-process when 1). Results come back in task order
 * whatever the scheduling, so the output is the same for any job count. A unit that fails (a bug in
 * a rule) becomes a failure item; the others go on.
 */
export async function runBatch(tasks: UnitTask[], options: TaskOptions, batch: BatchOptions): Promise<BatchItem[]> {
  const items: BatchItem[] = new Array(tasks.length);
  let done = 0;
  const finished = () => batch.onProgress?.(++done, tasks.length);
  const jobs = Math.max(1, Math.min(batch.jobs, tasks.length));
  if (jobs === 1) {
    tasks.forEach((task, i) => {
      try {
        items[i] = { outcome: runUnitTask(task, options) };
      } catch (error) {
        const e = error instanceof Error ? error : new Error(String(error));
        items[i] = { failure: { message: e.message, stack: e.stack } };
      }
      finished();
    });
    return items;
  }
  let next = 0;
  const workers: Worker[] = [];
  try {
    await Promise.all(Array.from({ length: jobs }, () => new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { options } });
      workers.push(worker);
      const feed = () => {
        if (next >= tasks.length) {
          resolve();
          return;
        }
        const index = next++;
        worker.postMessage({ index, task: tasks[index] });
      };
      worker.on('message', (message: { index: number; outcome?: TaskOutcome; error?: UnitFailure }) => {
        items[message.index] = message.outcome ? { outcome: message.outcome } : { failure: message.error! };
        finished();
        feed();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (code !== 0) reject(new Error(`worker thread exited with code ${code}`));
      });
      feed();
    })));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return items;
}
