import { resolve } from 'node:path';
import { readShard, type ResultKind } from '../../core/batch/read-shard.js';
import { checkShardSet, checkUniqueUnitIds, notAMergeInput, sameAsOf } from '../../core/batch/shards.js';
import { TextSpool } from '../../core/batch/text-spool.js';
import { shapeChecker } from '../../core/json-shape.js';
import { REPORT_JSON_SCHEMA } from '../../diagnostics/report-schema.js';
import {
  buildReport,
  REPORT_SCHEMA_VERSION,
  type UnitReport,
  type ValidationReport,
} from '../../diagnostics/report.js';
import type { Io } from '../io.js';
import { VERSION } from '../version.js';
import { requireMergeFiles } from './batch-options.js';

const checkReportShape = shapeChecker(REPORT_JSON_SCHEMA);

const VALIDATE_RESULT: ResultKind = {
  checkUnit: shapeChecker({ ...REPORT_JSON_SCHEMA.properties.units.items, $defs: REPORT_JSON_SCHEMA.$defs }),
  kindOk: (head) => (!('schemaVersion' in head) || head.schemaVersion === REPORT_SCHEMA_VERSION) && !('kind' in head),
  notAResult: (file, problem) => notAMergeInput('validate', REPORT_SCHEMA_VERSION, file, problem),
};

export interface MergedValidation {
  /** The merged report; without its units when they were spooled (`spooled`). */
  report: ValidationReport;
  /** The units' folders in report order, when spooled. */
  spooled?: string[];
  /** A spooled unit, read back. */
  unit(dir: string): UnitReport;
  dispose(): void;
}

/**
 * `--merge a.json b.json`: one report from shard results, equal to the report of the whole run. Each
 * file is read a unit at a time (core/batch/read-shard.ts). With `spool` (an output written unit by
 * unit: text to stdout, or JSON alone) each unit's text goes to a spool file and only its folder and id
 * are kept; otherwise every unit is kept whole (SARIF, JUnit and GitHub annotations are made whole).
 * A unit given twice (the same folder) counts once, the later file's.
 */
export async function mergeValidateFiles(
  files: string[],
  cwd: string,
  allowPartial: boolean,
  spool: boolean,
  io: Io,
): Promise<MergedValidation> {
  const texts = spool ? new TextSpool() : undefined;
  const units = new Map<string, UnitReport | { dir: string; id?: string }>();
  const add = (unit: UnitReport) => {
    if (!texts) return units.set(unit.dir, unit);
    // Copies (folder and id are kept, and the spool's key): the parser's strings are views into the
    // 64 KB chunks of text they were read from, and each unit's would keep its chunk alive (~640 MB).
    const kept = structuredClone(unit.id === undefined ? { dir: unit.dir } : { dir: unit.dir, id: unit.id });
    texts.add(kept.dir, JSON.stringify(unit));
    units.set(kept.dir, kept);
  };
  try {
    const heads: Array<ValidationReport & { file: string }> = [];
    for (const file of requireMergeFiles(files, 'validate')) {
      const head = (await readShard(resolve(cwd, file), file, VALIDATE_RESULT, (u) =>
        add(u as UnitReport),
      )) as ValidationReport;
      const problem = head.schemaVersion === REPORT_SCHEMA_VERSION ? checkReportShape(head) : undefined;
      if (head.schemaVersion !== REPORT_SCHEMA_VERSION || problem) throw VALIDATE_RESULT.notAResult(file, problem);
      heads.push({ file, ...head });
    }
    const partial = checkShardSet(heads, allowPartial);
    if (partial) io.err(`${io.lang === 'vi' ? 'cảnh báo' : 'warning'}: ${io.t(partial)}`);
    const asOf = sameAsOf(
      heads.map((h) => h.asOf),
      'validate',
    );
    checkUniqueUnitIds([...units.values()]);
    const meta = { version: VERSION, asOf, skipped: heads.flatMap((h) => h.skipped.map((s) => s.path)) };
    const dirs = [...units.keys()].sort();
    return {
      report: buildReport(texts ? [] : ([...units.values()] as UnitReport[]), meta),
      ...(texts ? { spooled: dirs } : {}),
      unit: (dir) => JSON.parse(texts!.get(dir)) as UnitReport,
      dispose: () => texts?.dispose(),
    };
  } catch (error) {
    texts?.dispose();
    throw error;
  }
}
