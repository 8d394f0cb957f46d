import { itemJson, splitAtItems } from '../../core/json-split.js';
import type { UnitResult } from '../../core/validate/engine/validate-unit.js';
import { formatTextTotal, formatTextUnit } from '../../diagnostics/formatters/text.js';
import type { FormatOptions } from '../../diagnostics/formatters/types.js';
import {
  buildReport,
  ReportTally,
  unitReport,
  type UnitReport,
  type ValidationReport,
} from '../../diagnostics/report.js';
import type { Io } from '../io.js';
import type { JsonSink } from './json-sink.js';

/**
 * A report written unit by unit as the units are done, in report order (by folder): what is kept is
 * the totals (counts by severity and by rule), not the units; a unit waits only for the units before it.
 */
abstract class UnitStream {
  protected readonly tally = new ReportTally();
  private readonly waiting = new Map<number, UnitResult | undefined>();
  private readonly rank: number[];
  private next = 0;

  /** `dirs`: each task's folder as shown, in task order. */
  constructor(dirs: string[]) {
    const order = dirs.map((_, i) => i).sort((a, b) => (dirs[a] < dirs[b] ? -1 : dirs[a] > dirs[b] ? 1 : a - b));
    this.rank = new Array<number>(dirs.length);
    order.forEach((task, position) => (this.rank[task] = position));
  }

  /** Task `index` is done (`undefined`: it failed); writes every unit now due in report order. */
  done(index: number, result: UnitResult | undefined): void {
    this.waiting.set(this.rank[index], result);
    while (this.waiting.has(this.next)) {
      const due = this.waiting.get(this.next);
      this.waiting.delete(this.next++);
      if (due) {
        const unit = unitReport(due);
        this.tally.add(unit);
        this.write(unit);
      }
    }
  }

  fails(failOn: 'error' | 'warning'): boolean {
    return this.tally.fails(failOn);
  }

  protected abstract write(unit: UnitReport): void;
}

/** The text report, printed unit by unit: line for line the whole report's `formatText` (test/cli/validate-stream.test.ts). */
export class TextStream extends UnitStream {
  constructor(
    dirs: string[],
    private readonly io: Io,
    private readonly options: FormatOptions,
    private readonly beforePrint?: () => void,
  ) {
    super(dirs);
  }

  /** The lines after the units (totals), once every unit is done. */
  finish(skipped: ValidationReport['skipped']): void {
    const lines = formatTextTotal({ skipped, summary: this.tally.summary() }, this.options);
    if (lines.length > 0) this.io.out(lines.join('\n'));
  }

  protected write(unit: UnitReport): void {
    const lines = formatTextUnit(unit, this.options);
    if (lines.length === 0) return;
    this.beforePrint?.();
    this.io.out(lines.join('\n'));
  }
}

/**
 * The JSON report of a tree, written unit by unit to `sink` (stdout or a spool for --output): byte for
 * byte the whole report's `formatJson` and its line break. A national tree's JSON (~100 KB a unit with
 * ~90 findings) is more than one string can hold, and far more than the totals kept here.
 */
export class JsonStream extends UnitStream {
  private written = 0;

  constructor(
    dirs: string[],
    private readonly sink: JsonSink,
    private readonly meta: { version: string; asOf: string; skipped?: string[] },
  ) {
    super(dirs);
    sink.write(splitAtItems(buildReport([], meta), 'units')[0]);
  }

  /** The rest of the report after the units (skipped paths, totals, the shard's mark), once every unit is done. */
  finish(shard: ValidationReport['shard']): void {
    const whole: ValidationReport = { ...buildReport([], this.meta), summary: this.tally.summary() };
    if (shard) whole.shard = shard;
    this.sink.write(`${this.written > 0 ? '\n' : ''}${splitAtItems(whole, 'units')[1]}\n`);
  }

  protected write(unit: UnitReport): void {
    this.sink.write(`${this.written++ === 0 ? '\n' : ',\n'}${itemJson(unit)}`);
  }
}
