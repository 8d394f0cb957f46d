import { readShard, type ResultKind } from '../batch/read-shard.js';
import { checkShardSet, checkUniqueUnitIds, sameAsOf } from '../batch/shards.js';
import { TextSpool } from '../batch/text-spool.js';
import { shapeChecker } from '../json-shape.js';
import { READINESS_UNIT_SHAPE } from './report-shape.js';
import type { Text } from '../text.js';
import { unitJson } from './render/json.js';
import {
  asReadinessReport,
  buildReadinessReport,
  notReadinessResult,
  READINESS_SCHEMA_VERSION,
  type ReadinessReport,
} from './report.js';
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
 * are read a unit at a time (`readShard`) and each unit is kept as a whole run keeps it: whole
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
    for (const f of files) {
      const head = await readShard(f.path, f.shown, READINESS_RESULT, (u) => units.add(u as UnitReadiness));
      heads.push({ file: f.shown, ...asReadinessReport(head, f.shown) });
    }
    const partial = checkShardSet(heads, options.allowPartial);
    const asOf = sameAsOf(
      heads.map((h) => h.asOf),
      'readiness',
    );
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

/** A readiness result, for `readShard`. */
const READINESS_RESULT: ResultKind = {
  checkUnit: shapeChecker(READINESS_UNIT_SHAPE),
  kindOk: (head) =>
    (!('kind' in head) || head.kind === 'readiness') &&
    (!('schemaVersion' in head) || head.schemaVersion === READINESS_SCHEMA_VERSION),
  notAResult: notReadinessResult,
};

/** The units read so far, by folder, and (for a JSON report) each one's text in a spool. */
class MergedUnits {
  private readonly byDir = new Map<string, UnitReadiness>();
  readonly keeper = new RollupKeeper();
  cut = false;
  private readonly spool: TextSpool | undefined;

  constructor(
    private readonly wholeUpTo: number,
    unitTexts: boolean,
  ) {
    if (unitTexts) this.spool = new TextSpool();
  }

  add(unit: UnitReadiness): void {
    const kept = this.cut ? this.keep(unit) : unit;
    this.spool?.add(kept.dir, unitJson(unit));
    this.byDir.set(kept.dir, kept);
    if (!this.cut && this.byDir.size > this.wholeUpTo) {
      this.cut = true;
      const whole = [...this.byDir.values()];
      this.byDir.clear();
      for (const u of whole) this.byDir.set(u.dir, this.keep(u));
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
    if (this.spool) for (const u of order) yield this.spool.get(u.dir);
  }

  dispose(): void {
    this.spool?.dispose();
  }
}
