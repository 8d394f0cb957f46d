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
  /**
   * Let the thread's other work run. A task on the main thread calls it between its steps (documents):
   * the main thread also answers the workers, and a worker's question would otherwise wait for the
   * whole task. Elsewhere it costs nothing.
   */
  pause(): Promise<void>;
}

export interface AsyncWork<T, R, Q, A, E> {
  /** The worker module: it calls `serveAsyncTasks` with the same `run`. */
  worker: URL;
  workerData: unknown;
  /** Heap limits of each worker thread (see build-run.ts for why the build sets them). */
  resourceLimits?: ResourceLimits;
  /** The task in this thread. */
  runInline(task: T, channel: Channel<Q, A, E>): Promise<R>;
  /** In the main thread, a task's question (e.g. "may I write into this folder?"); a throw fails the task. */
  answer(request: Q): A;
}

export type SettledTask<R> = { ok: true; outcome: R } | { ok: false; error: unknown };

/** A task handed to a thread; `id` names it in the results and events. */
export interface TaskTicket<T> {
  id: number;
  task: T;
}

export interface AsyncPoolOptions<T, R, E> {
  /** Threads in all: this one and `jobs - 1` worker threads (1: no worker is started). */
  jobs: number;
  /**
   * The next task for a thread that is free, or undefined: that thread has nothing more to do and stops.
   * Asked each time a thread is free, so a task may be made from what is known by then.
   */
  next(): TaskTicket<T> | undefined;
  /** A task is over, in completion order (the caller orders them if it must). */
  onSettled(id: number, item: SettledTask<R>): void;
  onEvent?(id: number, event: E): void;
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

/**
 * Run tasks on this thread and `jobs - 1` worker threads, each taking the next task as it is free,
 * until `next` has none for any. This thread works too: it has loaded what a task needs already, and
 * on 2 cores a second worker would only add its start (modules, JIT warm-up, a heap) to the same work.
 */
export async function runAsyncPool<T, R, Q, A, E>(
  work: AsyncWork<T, R, Q, A, E>,
  options: AsyncPoolOptions<T, R, E>,
): Promise<PoolTimes> {
  const jobs = Math.max(1, Math.floor(options.jobs));
  const dispatch = new Dispatch(options);
  const workers = new Set<Worker>();
  try {
    await Promise.all([
      // This thread takes the first task; it starts on it once the workers are started.
      runHere(work, dispatch, jobs > 1),
      ...Array.from({ length: jobs - 1 }, () => runWorker(work, dispatch, workers)),
    ]);
  } finally {
    await Promise.all([...workers].map((w) => w.terminate()));
  }
  return { idleAtEndMs: dispatch.idleSince === undefined ? 0 : performance.now() - dispatch.idleSince };
}

/** How well the threads were kept busy (qms build --debug prints it; npm run bench reads it). */
export interface PoolTimes {
  /** From the moment a thread first found nothing left to do to the end of the run. */
  idleAtEndMs: number;
}

/**
 * Hands tasks to free threads. A thread for which `next` has nothing waits while others run tasks
 * (one of them may make more work: a unit opened can be joined) and is asked again after each of
 * their events and results; when no thread has a task, every waiting thread is told to stop.
 */
class Dispatch<T, R, E> {
  private busy = 0;
  private stopped = 0;
  /** When a thread last found no task (undefined again once one is found). */
  idleSince: number | undefined;
  private readonly waiting: Array<(ticket: TaskTicket<T> | undefined) => void> = [];

  constructor(readonly options: AsyncPoolOptions<T, R, E>) {}

  /** A task for a free thread, or undefined (when there will be none). */
  request(): Promise<TaskTicket<T> | undefined> {
    const ticket = this.take();
    if (ticket || this.busy === 0) {
      if (!ticket) this.stopped++;
      this.wake();
      return Promise.resolve(ticket);
    }
    const waits = new Promise<TaskTicket<T> | undefined>((resolve) => this.waiting.push(resolve));
    this.clock();
    return waits;
  }

  event(id: number, event: E): void {
    this.options.onEvent?.(id, event);
    this.wake();
  }

  settled(id: number, item: SettledTask<R>): void {
    this.busy--;
    this.options.onSettled(id, item);
    this.wake();
  }

  private take(): TaskTicket<T> | undefined {
    const ticket = this.options.next();
    if (ticket) this.busy++;
    return ticket;
  }

  private wake(): void {
    while (this.waiting.length > 0) {
      const ticket = this.take();
      if (ticket) this.waiting.shift()!(ticket);
      else if (this.busy === 0) {
        this.stopped++;
        this.waiting.shift()!(undefined);
      } else break;
    }
    this.clock();
  }

  /** A thread is idle from the first moment one waits or has stopped, unless all are at work again. */
  private clock(): void {
    if (this.stopped === 0 && this.waiting.length === 0) this.idleSince = undefined;
    else this.idleSince ??= performance.now();
  }
}

/** This thread's share: tasks one after the other, pausing between steps when workers wait on it. */
async function runHere<T, R, Q, A, E>(
  work: AsyncWork<T, R, Q, A, E>,
  dispatch: Dispatch<T, R, E>,
  withWorkers: boolean,
): Promise<void> {
  for (let ticket = await dispatch.request(); ticket; ticket = await dispatch.request()) {
    const id = ticket.id;
    const channel: Channel<Q, A, E> = {
      ask: (request) => Promise.resolve().then(() => work.answer(request)),
      tell: (event) => dispatch.event(id, event),
      pause: withWorkers ? breathe : () => Promise.resolve(),
    };
    let item: SettledTask<R>;
    try {
      item = { ok: true, outcome: await work.runInline(ticket.task, channel) };
    } catch (error) {
      item = { ok: false, error };
    }
    dispatch.settled(id, item);
  }
}

/** Let the event loop run once (messages from the workers, finished writes). */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * One worker thread taking tasks until none is left (starting with `first` when given); a worker that
 * dies fails its task and is replaced.
 */
function runWorker<T, R, Q, A, E>(
  work: AsyncWork<T, R, Q, A, E>,
  dispatch: Dispatch<T, R, E>,
  workers: Set<Worker>,
  first?: TaskTicket<T>,
): Promise<void> {
  return new Promise<void>((resolve) => {
    const worker = new Worker(work.worker, { workerData: work.workerData, resourceLimits: work.resourceLimits });
    workers.add(worker);
    let current: number | undefined;
    let asking = false;
    let over = false;
    const send = (message: ToWorker<T, A>) => worker.postMessage(message);
    const start = (ticket: TaskTicket<T> | undefined) => {
      if (over) {
        // It died while waiting for this task: a new worker takes it.
        if (ticket) runWorker(work, dispatch, workers, ticket).then(resolve, resolve);
        else resolve();
        return;
      }
      current = ticket?.id;
      if (!ticket) {
        // Nothing more for this worker: it ends now, and its memory with it.
        over = true;
        workers.delete(worker);
        void worker.terminate();
        resolve();
      } else send({ type: 'task', index: ticket.id, task: ticket.task });
    };
    const feed = () => {
      asking = true;
      void dispatch.request().then((ticket) => {
        asking = false;
        start(ticket);
      });
    };
    worker.on('message', (message: FromWorker<R, Q, E>) => {
      if (message.type === 'ask') {
        try {
          send({ type: 'answer', id: message.id, value: work.answer(message.request) });
        } catch (error) {
          send({ type: 'answer', id: message.id, error: sendable(error) });
        }
      } else if (message.type === 'event') dispatch.event(message.index, message.event);
      else {
        current = undefined;
        dispatch.settled(
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
      if (current !== undefined) dispatch.settled(current, { ok: false, error });
      current = undefined;
      // The rest goes on in a new worker (once the task it is waiting for, if any, is known).
      if (!asking) runWorker(work, dispatch, workers).then(resolve, resolve);
    };
    worker.on('error', died);
    worker.on('exit', (code) => died(new Error(`worker thread exited with code ${code}`)));
    if (first) start(first);
    else feed();
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
      pause: () => Promise.resolve(),
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
