import { parentPort, Worker } from 'node:worker_threads';

/** A task that threw (a bug): the others go on. */
export interface TaskFailure {
  message: string;
  stack?: string;
}

export type PoolItem<R> = { outcome: R; failure?: undefined } | { outcome?: undefined; failure: TaskFailure };

export interface PoolOptions {
  jobs: number;
  onProgress?(done: number, total: number): void;
}

/** What a pool runs: the worker module (which calls `serveTasks`) and the same work in-process. */
export interface PoolWork<T, R> {
  worker: URL;
  workerData: unknown;
  runInline(task: T): R;
}

/**
 * Run tasks across `jobs` worker threads (in-process when 1). Results come back in task order
 * whatever the scheduling, so the output is the same for any job count. `validate` and `readiness`
 * share it: each gives its own worker module.
 */
export async function runPool<T, R>(
  tasks: T[],
  work: PoolWork<T, R>,
  options: PoolOptions,
): Promise<Array<PoolItem<R>>> {
  const items = new Array<PoolItem<R>>(tasks.length);
  await runPoolEach(tasks, work, options, (index, item) => {
    items[index] = item;
  });
  return items;
}

/**
 * The same, handing each task's item to `onItem` as it is done (in any order with more than one
 * job) instead of keeping them all: a caller that prints unit by unit keeps nothing of a unit.
 */
export async function runPoolEach<T, R>(
  tasks: T[],
  work: PoolWork<T, R>,
  options: PoolOptions,
  onItem: (index: number, item: PoolItem<R>) => void,
): Promise<void> {
  let done = 0;
  const finished = () => options.onProgress?.(++done, tasks.length);
  const jobs = Math.max(1, Math.min(options.jobs, tasks.length));
  if (jobs === 1) {
    tasks.forEach((task, i) => {
      let item: PoolItem<R>;
      try {
        item = { outcome: work.runInline(task) };
      } catch (error) {
        item = { failure: toFailure(error) };
      }
      onItem(i, item);
      finished();
    });
    return;
  }
  let next = 0;
  const workers: Worker[] = [];
  try {
    await Promise.all(
      Array.from(
        { length: jobs },
        () =>
          new Promise<void>((resolve, reject) => {
            const worker = new Worker(work.worker, { workerData: work.workerData });
            workers.push(worker);
            const feed = () => {
              if (next >= tasks.length) {
                resolve();
                return;
              }
              const index = next++;
              worker.postMessage({ index, task: tasks[index] });
            };
            worker.on('message', (message: { index: number; outcome?: R; error?: TaskFailure }) => {
              onItem(message.index, message.error ? { failure: message.error } : { outcome: message.outcome as R });
              finished();
              feed();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`worker thread exited with code ${code}`));
            });
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** In a worker module: answer each `{ index, task }` from the pool with `run(task)`, one at a time. */
export function serveTasks<T, R>(run: (task: T) => R): void {
  parentPort!.on('message', (message: { index: number; task: T }) => {
    try {
      parentPort!.postMessage({ index: message.index, outcome: run(message.task) });
    } catch (error) {
      parentPort!.postMessage({ index: message.index, error: toFailure(error) });
    }
  });
}

function toFailure(error: unknown): TaskFailure {
  const e = error instanceof Error ? error : new Error(String(error));
  return { message: e.message, stack: e.stack };
}
