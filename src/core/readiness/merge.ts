import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkShardSet, checkUniqueUnitIds } from '../batch/shards.js';
import { QmsError } from '../errors.js';
import { text, type Text } from '../text.js';
import { readReadinessShard } from './read-shard.js';
import { unitJson } from './render/json.js';
import { buildReadinessReport, type ReadinessReport } from './report.js';
import { forRollup, RollupKeeper } from './rollup.js';
import type { UnitReadiness } from './types.js';

export interface MergeOptions {
  version: string;
  /** Keep units whole while there are at most this many (a report that prints each unit's details); past it, cut them `forRollup`. */
  wholeUpTo: number;
  /** The report will be JSON: keep each unit's text (in a spool file) to write it back unchanged. */
  unitTexts: boolean;
  allowPartial: boolean;
}

export interface MergedReadiness {
  report: ReadinessReport;
  /** A missing shard accepted by `allowPartial`: the warning to print. */
  partial?: Text;
  /** The units were cut (`forRollup`): the JSON report must take their texts from `unitTexts`. */
  cut: boolean;
  /** Each unit's JSON text (as `unitJson` writes it), in the report's order; only with `unitTexts`. */
  unitTexts(): Iterable<string>;
  /** Remove the spool of unit texts. */
  dispose(): void;
}

/**
 * `--merge`: one report from shard results (same date), equal to the report of the whole run. The files
 * are read a unit at a time (`readReadinessShard`) and each unit is kept as a whole run keeps it: whole
 * for a report of a few units, else cut `forRollup` (~1.8 KB), its JSON text in a spool file — so that
 * merging a national tree takes about the memory of assessing it, not of several parsed copies.
 * A unit given twice (the same folder) counts once, the later file's.
 */
export async function mergeReadinessFiles(
  files: Array<{ path: string; shown: string }>,
  options: MergeOptions,
): Promise<MergedReadiness> {
  const units = new MergedUnits(options.wholeUpTo, options.unitTexts);
  try {
    const heads: Array<ReadinessReport & { file: string }> = [];
    for (const f of files)
      heads.push({ file: f.shown, ...(await readReadinessShard(f.path, f.shown, (u) => units.add(u))) });
    const partial = checkShardSet(heads, options.allowPartial);
    const asOf = sameAsOf(heads.map((h) => h.asOf));
    const list = units.list();
    checkUniqueUnitIds(list);
    const report = buildReadinessReport(list, {
      version: options.version,
      asOf,
      skipped: heads.flatMap((h) => h.skipped.map((s) => s.path)),
      ...(units.cut ? { actions: units.keeper } : {}),
    });
    return {
      report,
      ...(partial ? { partial } : {}),
      cut: units.cut,
      unitTexts: () => units.texts(report.units),
      dispose: () => units.dispose(),
    };
  } catch (error) {
    units.dispose();
    throw error;
  }
}

function sameAsOf(dates: string[]): string {
  if (dates.some((d) => d !== dates[0])) {
    throw new QmsError(
      'E_MERGE_INPUT',
      text(
        'các tệp kết quả được đánh giá vào những ngày khác nhau (asOf)',
        'the results were assessed as of different dates (asOf)',
      ),
      text('Chạy lại các phần với cùng --as-of.', 'Re-run the shards with the same --as-of.'),
    );
  }
  return dates[0];
}

/** The units read so far, by folder, and (for a JSON report) where each one's text is in the spool. */
class MergedUnits {
  private readonly byDir = new Map<string, UnitReadiness>();
  readonly keeper = new RollupKeeper();
  cut = false;
  private spool: { dir: string; fd: number; size: number; spans: Map<string, [number, number]> } | undefined;

  constructor(
    private readonly wholeUpTo: number,
    unitTexts: boolean,
  ) {
    if (unitTexts) {
      const dir = mkdtempSync(join(tmpdir(), 'qms-merge-'));
      this.spool = { dir, fd: openSync(join(dir, 'units.json'), 'w+', 0o600), size: 0, spans: new Map() };
    }
  }

  add(unit: UnitReadiness): void {
    const kept = this.cut ? this.keep(unit) : unit;
    if (this.spool) {
      const bytes = Buffer.from(unitJson(unit), 'utf8');
      writeSync(this.spool.fd, bytes, 0, bytes.length, this.spool.size);
      this.spool.spans.set(kept.dir, [this.spool.size, bytes.length]);
      this.spool.size += bytes.length;
    }
    this.byDir.set(kept.dir, kept);
    if (!this.cut && this.byDir.size > this.wholeUpTo) {
      this.cut = true;
      const whole = [...this.byDir.values()];
      this.byDir.clear();
      for (const u of whole) {
        const cut = this.keep(u);
        this.byDir.set(cut.dir, cut);
        if (this.spool) this.spool.spans.set(cut.dir, this.spool.spans.get(u.dir)!);
      }
    }
  }

  /**
   * A unit cut and kept by `keeper`, as a copy: the parser's strings are views into the 64 KB chunks of
   * text they were read from (V8 slices), and 10,000 kept units kept ~600 MB of chunks alive.
   */
  private keep(unit: UnitReadiness): UnitReadiness {
    return this.keeper.keep(structuredClone(forRollup(unit)));
  }

  list(): UnitReadiness[] {
    return [...this.byDir.values()];
  }

  *texts(order: UnitReadiness[]): Iterable<string> {
    const spool = this.spool;
    if (!spool) return;
    for (const u of order) {
      const [at, length] = spool.spans.get(u.dir)!;
      const bytes = Buffer.allocUnsafe(length);
      for (let got = 0, n; got < length; got += n) {
        n = readSync(spool.fd, bytes, got, length - got, at + got);
        if (n === 0) throw new Error(`merge spool ended early: ${u.dir}`);
      }
      yield bytes.toString('utf8');
    }
  }

  dispose(): void {
    if (!this.spool) return;
    closeSync(this.spool.fd);
    rmSync(this.spool.dir, { recursive: true, force: true });
    this.spool = undefined;
  }
}
