import { describe, expect, it } from 'vitest';
import { runAsyncPool, type SettledTask } from '../../../src/core/batch/async-pool.js';

/** Issue 16: the pool hands tasks out in the order asked for; each result keeps its task's index. */
function run(tasks: string[], order?: number[]) {
  const started: string[] = [];
  const settled: Array<[number, SettledTask<string>]> = [];
  const done = runAsyncPool<string, string, never, never, never>(
    tasks,
    {
      worker: new URL('file:///unused.js'),
      workerData: undefined,
      runInline: (task) => {
        started.push(task);
        return Promise.resolve(task.toUpperCase());
      },
      answer: () => {
        throw new Error('no questions');
      },
    },
    { jobs: 1, order, onSettled: (index, item) => settled.push([index, item]) },
  );
  return { done, started, settled };
}

describe('runAsyncPool order', () => {
  it('hands tasks out in the given order, each result under its own index', async () => {
    const r = run(['a', 'b', 'c'], [2, 0, 1]);
    await r.done;
    expect(r.started).toEqual(['c', 'a', 'b']);
    expect(r.settled).toEqual([
      [2, { ok: true, outcome: 'C' }],
      [0, { ok: true, outcome: 'A' }],
      [1, { ok: true, outcome: 'B' }],
    ]);
  });

  it('without an order, in the tasks’ order', async () => {
    const r = run(['a', 'b']);
    await r.done;
    expect(r.started).toEqual(['a', 'b']);
  });

  it('refuses an order that leaves a task out or repeats one (it would never settle, or settle twice)', async () => {
    await expect(run(['a', 'b', 'c'], [0, 1]).done).rejects.toThrow(/each of the 3 tasks once/);
    await expect(run(['a', 'b', 'c'], [0, 1, 1]).done).rejects.toThrow(/each of the 3 tasks once/);
  });
});
