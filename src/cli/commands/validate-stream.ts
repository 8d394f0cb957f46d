import type { UnitResult } from '../../core/validate/engine/validate-unit.js';
import { formatTextTotal, formatTextUnit } from '../../diagnostics/formatters/text.js';
import type { FormatOptions } from '../../diagnostics/formatters/types.js';
import { ReportTally, unitReport, type ValidationReport } from '../../diagnostics/report.js';
import type { Io } from '../io.js';

/**
 * The text report printed unit by unit as the units are done, in report order (by folder): what is
 * kept is the totals (counts by severity and by rule), not the units. The same text as the whole
 * report's `formatText`, line for line (test/cli/validate-stream.test.ts).
 */
export class TextStream {
  private readonly tally = new ReportTally();
  private readonly waiting = new Map<number, UnitResult | undefined>();
  private readonly rank: number[];
  private next = 0;

  /** `dirs`: each task's folder as shown, in task order. */
  constructor(
    dirs: string[],
    private readonly io: Io,
    private readonly options: FormatOptions,
    private readonly beforePrint?: () => void,
  ) {
    const order = dirs.map((_, i) => i).sort((a, b) => (dirs[a] < dirs[b] ? -1 : dirs[a] > dirs[b] ? 1 : a - b));
    this.rank = new Array<number>(dirs.length);
    order.forEach((task, position) => (this.rank[task] = position));
  }

  /** Task `index` is done (`undefined`: it failed); prints every unit now due in report order. */
  done(index: number, result: UnitResult | undefined): void {
    this.waiting.set(this.rank[index], result);
    while (this.waiting.has(this.next)) {
      const due = this.waiting.get(this.next);
      this.waiting.delete(this.next++);
      if (due) this.print(due);
    }
  }

  /** The lines after the units (totals), once every unit is done. */
  finish(skipped: ValidationReport['skipped']): void {
    const lines = formatTextTotal({ skipped, summary: this.tally.summary() }, this.options);
    if (lines.length > 0) this.io.out(lines.join('\n'));
  }

  fails(failOn: 'error' | 'warning'): boolean {
    return this.tally.fails(failOn);
  }

  private print(result: UnitResult): void {
    const unit = unitReport(result);
    this.tally.add(unit);
    const lines = formatTextUnit(unit, this.options);
    if (lines.length === 0) return;
    this.beforePrint?.();
    this.io.out(lines.join('\n'));
  }
}
