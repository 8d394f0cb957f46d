import { parentPort, Worker, type ResourceLimits } from 'node:worker_threads';
import { QmsError } from '../errors.js';

/**
 * A pool for tasks that are asynchronous and talk to the main thread while they run (`qms build`: a unit
 * renders and writes its documents one by one, asks the main thread for the output folder's lock before
 * its first write, and reports progress). pool.ts (validate, readiness) runs synchronous tasks that only
 * return a result.
 *
 * Worker threads, not processes: the lock file and the temp files carry the process id, and a thread
 * writes under the lock its process holds; Ctrl+C or a kill ends the process and every thread with it,
 * so no worker goes on writing after the run (and its lock) is gone; and a thread starts without a new
 * Node.js process.
 */

/** What a running task may do: ask the main thread something and wait for the answer, or tell it something. */
export interface Channel<Q, A, E> {
  ask(request: Q): Promise<A>;
  tell(event: E): void;
}

export interface AsyncWork<T, R, Q, A, E> {
  /** The worker module: it calls `serveAsyncTasks` with the same `run`. */
  worker: URL;
  workerData: unknown;
  /** Heap limits of each worker thread (see build-run.ts for why the build sets them). */
  resourceLimits?: ResourceLimits;
  /** The task in this thread (one job: no worker is started). */
  runInline(task: T, channel: Channel<Q, A, E>): Promise<R>;
  /** In the main thread, a task's question (e.g. "may I write into this folder?"); a throw fails the task. */
  answer(request: Q): A;
}

export type SettledTask<R> = { ok: true; outcome: R } | { ok: false; error: unknown };

export interface AsyncPoolOptions<R, E> {
  jobs: number;
  /** A task is over, in completion order (the caller orders them if it must). */
  onSettled(index: number, item: SettledTask<R>): void;
  onEvent?(index: number, event: E): void;
  /** Checked before each task is handed out: true stops the run (those running finish). */
  stopped?(): boolean;
  /**
   * The order tasks are handed out in, as indices into the tasks (default: as given). Results keep the
   * tasks' own indices whatever this order.
   */
  order?: number[];
}

type ToWorker<T, A> =
  { type: 'task'; index: number; task: T } | { type: 'answer'; id: number; value?: A; error?: SentError };
type FromWorker<R, Q, E> =
  | { type: 'done'; index: number; outcome: R }
  | { type: 'failed'; index: number; error: SentError }
  | { type: 'ask'; id: number; request: Q }
  | { type: 'event'; index: number; event: E };

/** An error across threads: a QmsError keeps its code, texts and exit code; anything else its message and stack. */
interface SentError {
  message: string;
  stack?: string;
  qms?: { code: string; text: QmsError['text']; hint?: QmsError['hint']; exitCode: number; where?: QmsError['where'] };
}

/** Run every task on `jobs` worker threads (in this thread when 1). Resolves when all have settled or stopped. */
export async function runAsyncPool<T, R, Q, A, E>(
  tasks: T[],
  work: AsyncWork<T, R, Q, A, E>,
  options: AsyncPoolOptions<R, E>,
): Promise<void> {
  const jobs = Math.max(1, Math.min(options.jobs, tasks.length));
  const order = handOutOrder(tasks.length, options.order);
  let next = 0;
  const take = () => (next < order.length && !options.stopped?.() ? order[next++] : undefined);
  if (jobs === 1) {
    for (let index = take(); index !== undefined; index = take()) {
      const channel: Channel<Q, A, E> = {
        ask: (request) => Promise.resolve().then(() => work.answer(request)),
        tell: (event) => options.onEvent?.(index, event),
      };
      try {
        options.onSettled(index, { ok: true, outcome: await work.runInline(tasks[index], channel) });
      } catch (error) {
        options.onSettled(index, { ok: false, error });
      }
    }
    return;
  }
  const workers = new Set<Worker>();
  try {
    await Promise.all(Array.from({ length: jobs }, () => runWorker(work, tasks, take, options, workers)));
  } finally {
    await Promise.all([...workers].map((w) => w.terminate()));
  }
}

/** Every index once: the order asked for, checked (a task left out would never settle, a repeated one twice). */
function handOutOrder(count: number, order: number[] | undefined): number[] {
  const all = Array.from({ length: count }, (_, i) => i);
  if (!order) return all;
  const sorted = [...order].sort((a, b) => a - b);
  if (sorted.length !== count || sorted.some((v, i) => v !== i))
    throw new Error(`hand-out order must list each of the ${count} tasks once`);
  return order;
}

/** One worker thread taking tasks until none is left; a worker that dies fails its task and is replaced. */
function runWorker<T, R, Q, A, E>(
  work: AsyncWork<T, R, Q, A, E>,
  tasks: T[],
  take: () => number | undefined,
  options: AsyncPoolOptions<R, E>,
  workers: Set<Worker>,
): Promise<void> {
  return new Promise<void>((resolve) => {
    const worker = new Worker(work.worker, { workerData: work.workerData, resourceLimits: work.resourceLimits });
    workers.add(worker);
    let current: number | undefined;
    let over = false;
    const send = (message: ToWorker<T, A>) => worker.postMessage(message);
    const feed = () => {
      current = take();
      if (current === undefined) {
        over = true;
        resolve();
      } else send({ type: 'task', index: current, task: tasks[current] });
    };
    worker.on('message', (message: FromWorker<R, Q, E>) => {
      if (message.type === 'ask') {
        try {
          send({ type: 'answer', id: message.id, value: work.answer(message.request) });
        } catch (error) {
          send({ type: 'answer', id: message.id, error: sendable(error) });
        }
      } else if (message.type === 'event') options.onEvent?.(message.index, message.event);
      else {
        options.onSettled(
          message.index,
          message.type === 'done'
            ? { ok: true, outcome: message.outcome }
            : { ok: false, error: revive(message.error) },
        );
        feed();
      }
    });
    const died = (error: Error) => {
      if (over) return;
      over = true;
      workers.delete(worker);
      void worker.terminate();
      if (current !== undefined) options.onSettled(current, { ok: false, error });
      // The rest goes on in a new worker.
      runWorker(work, tasks, take, options, workers).then(resolve, resolve);
    };
    worker.on('error', died);
    worker.on('exit', (code) => died(new Error(`worker thread exited with code ${code}`)));
    feed();
  });
}

/** In a worker module: run each task sent by the pool, one at a time. */
export function serveAsyncTasks<T, R, Q, A, E>(run: (task: T, channel: Channel<Q, A, E>) => Promise<R>): void {
  const port = parentPort!;
  const waiting = new Map<number, { resolve(value: A): void; reject(error: unknown): void }>();
  let asked = 0;
  const post = (message: FromWorker<R, Q, E>) => port.postMessage(message);
  port.on('message', (message: ToWorker<T, A>) => {
    if (message.type === 'answer') {
      const pending = waiting.get(message.id);
      waiting.delete(message.id);
      if (message.error) pending?.reject(revive(message.error));
      else pending?.resolve(message.value as A);
      return;
    }
    const { index, task } = message;
    const channel: Channel<Q, A, E> = {
      ask: (request) =>
        new Promise<A>((resolve, reject) => {
          const id = ++asked;
          waiting.set(id, { resolve, reject });
          post({ type: 'ask', id, request });
        }),
      tell: (event) => post({ type: 'event', index, event }),
    };
    run(task, channel).then(
      (outcome) => post({ type: 'done', index, outcome }),
      (error: unknown) => post({ type: 'failed', index, error: sendable(error) }),
    );
  });
}

function sendable(error: unknown): SentError {
  const e = error instanceof Error ? error : new Error(String(error));
  const qms =
    e instanceof QmsError
      ? { code: e.code, text: e.text, hint: e.hint, exitCode: e.exitCode, where: e.where }
      : undefined;
  return { message: e.message, stack: e.stack, qms };
}

function revive(sent: SentError): Error {
  const error = sent.qms
    ? new QmsError(sent.qms.code, sent.qms.text, sent.qms.hint, sent.qms.exitCode, sent.qms.where)
    : new Error(sent.message);
  if (sent.stack) error.stack = sent.stack;
  return error;
}
