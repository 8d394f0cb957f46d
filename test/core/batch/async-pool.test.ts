import { describe, expect, it } from 'vitest';
import { runAsyncPool, type SettledTask, type TaskTicket } from '../../../src/core/batch/async-pool.js';

/**
 * Issue 16: the pool asks for a task each time a thread is free (so a task may be made from what is
 * known by then), runs tasks on this thread too, and a thread with nothing to do waits while another
 * may still make work.
 */
const WORKER = new URL('../../fixtures/pool/echo-worker.mjs', import.meta.url);

function queue(tasks: string[]): () => TaskTicket<string> | undefined {
  let next = 0;
  return () => (next < tasks.length ? { id: next, task: tasks[next++] } : undefined);
}

describe('runAsyncPool', () => {
  it('on one thread: the tasks in the order next gives them, each settled under its id', async () => {
    const started: string[] = [];
    const settled: Array<[number, SettledTask<string>]> = [];
    await runAsyncPool<string, string, never, never, never>(
      {
        worker: WORKER,
        workerData: undefined,
        runInline: (task) => {
          started.push(task);
          if (task === 'b') return Promise.reject(new Error('b failed'));
          return Promise.resolve(task.toUpperCase());
        },
        answer: () => {
          throw new Error('no questions');
        },
      },
      { jobs: 1, next: queue(['a', 'b', 'c']), onSettled: (id, item) => settled.push([id, item]) },
    );
    expect(started).toEqual(['a', 'b', 'c']);
    expect(settled.map(([id, item]) => [id, item.ok])).toEqual([
      [0, true],
      [1, false],
      [2, true],
    ]);
    expect(settled[2][1]).toEqual({ ok: true, outcome: 'C' });
  });

  it('a thread with nothing to do waits for work another task makes (an event), then takes it', async () => {
    const made: string[] = [];
    let later: string | undefined;
    let given = 0;
    const settled: string[] = [];
    await runAsyncPool<string, string, string, string, string>(
      {
        worker: WORKER,
        workerData: undefined,
        // This thread's first task tells that there is one more task, once it has started.
        runInline: async (task, channel) => {
          made.push(task);
          if (task === 'first') {
            await channel.pause();
            channel.tell('second');
            await channel.pause();
          }
          return `here:${task}`;
        },
        answer: (q) => q.toUpperCase(),
      },
      {
        jobs: 2,
        next: () => {
          if (given === 0) return { id: given++, task: 'first' };
          if (later) {
            const task = later;
            later = undefined;
            return { id: given++, task };
          }
          return undefined;
        },
        onEvent: (_id, event) => {
          later = event;
        },
        onSettled: (_id, item) => settled.push(item.ok ? item.outcome : `failed: ${String(item.error)}`),
      },
    );
    // The worker had nothing at first; it waited and took 'second' (asking this thread a question) while
    // this thread was still at 'first'.
    expect(made).toEqual(['first']);
    expect(settled.sort()).toEqual(['here:first', 'worker:second:SECOND']);
  });
});
