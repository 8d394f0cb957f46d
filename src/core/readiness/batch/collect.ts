import type { PoolItem, TaskFailure } from '../../batch/pool.js';
import { RollupKeeper } from '../rollup.js';
import type { UnitReadiness } from '../types.js';
import type { AssessedUnit } from './unit-task.js';

/**
 * What the main thread keeps of a run's units as the threads send them back: each unit's result as it
 * came (whole, or cut `forRollup` and kept small by `keeper`, which holds the blocker actions), the failures, and,
 * for the JSON report of a tree, nothing of a unit's JSON text once written: `writeJson` receives the
 * units' texts in report order (by folder) as soon as the units before them are done, with the
 * separators between them (see `render/json.ts`).
 */
export class UnitCollector {
  /** By task, so that the units are in task order whatever the scheduling (as `runPool` gave them). */
  private readonly byTask: Array<UnitReadiness | undefined>;
  readonly failures: Array<{ index: number; failure: TaskFailure }> = [];
  readonly keeper: RollupKeeper | undefined;
  private readonly rank: number[];
  private readonly waiting = new Map<number, string | undefined>();
  private next = 0;
  private written = 0;

  /** `dirs`: each task's folder as shown, in task order; `cut`: the units come cut `forRollup` (by the worker). */
  constructor(
    dirs: string[],
    cut: boolean,
    private readonly writeJson?: (chunk: string) => void,
  ) {
    this.keeper = cut ? new RollupKeeper() : undefined;
    this.byTask = new Array<UnitReadiness | undefined>(dirs.length);
    const order = dirs.map((_, i) => i).sort((a, b) => (dirs[a] < dirs[b] ? -1 : dirs[a] > dirs[b] ? 1 : a - b));
    this.rank = new Array<number>(dirs.length);
    order.forEach((task, position) => (this.rank[task] = position));
  }

  add(index: number, item: PoolItem<AssessedUnit>): void {
    if (item.failure) this.failures.push({ index, failure: item.failure });
    else this.byTask[index] = this.keeper ? this.keeper.keep(item.outcome.unit) : item.outcome.unit;
    if (this.writeJson) this.due(index, item.outcome?.json);
  }

  /** The units assessed, in task order. */
  get units(): UnitReadiness[] {
    return this.byTask.filter((u): u is UnitReadiness => u !== undefined);
  }

  /** Units written so far to `writeJson`. */
  get jsonUnits(): number {
    return this.written;
  }

  private due(index: number, json: string | undefined): void {
    this.waiting.set(this.rank[index], json);
    while (this.waiting.has(this.next)) {
      const text = this.waiting.get(this.next);
      this.waiting.delete(this.next++);
      if (text !== undefined) this.writeJson!(`${this.written++ === 0 ? '\n' : ',\n'}${text}`);
    }
  }
}
