import { lstatSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { QmsError } from '../../core/errors.js';
import { renderUnit, type OutputFormat } from '../../core/render/render-unit.js';
import { escapeForDisplay, text, type Text } from '../../core/text.js';
import { loadUnit } from '../../core/unit/load-unit.js';
import { misplacedReason } from '../../core/unit/file-kinds.js';
import { planWrites, type WritePlan } from '../../core/write-files.js';
import type { Gate } from './build-validate.js';

export interface UnitJob {
  dir: string;
  /** Where the files go and under which prefix: the unit itself with "dist/", or --out with the unit's place in the tree. */
  root: string;
  prefix: string;
}

export interface UnitOutcome {
  job: UnitJob;
  name: string;
  gate: Gate;
  refused: boolean;
  plan?: WritePlan;
  codes: string[];
  built: string[];
  warnings: Text[];
}

export interface JobOptions {
  formats: OutputFormat[];
  only: string[];
  force: boolean;
  sourceDateEpoch?: string;
  check: (dir: string) => Gate;
}

/**
 * Where each unit's files go. Without --out: dist/ inside the unit. With --out: the folder itself for
 * one unit given directly, else a sub-folder named by the unit's place under the path given.
 */
export function jobsFor(units: string[], paths: string[], out?: string): UnitJob[] {
  if (!out) return units.map((dir) => ({ dir, root: dir, prefix: 'dist' }));
  const root = resolve(out);
  refuseLink(root, out);
  const bases = paths.map((p) => resolve(p));
  return units.map((dir) => {
    const base = bases.find((b) => dir === b || dir.startsWith(`${b}/`)) ?? process.cwd();
    const rel = relative(base, dir) || (units.length > 1 ? relative(process.cwd(), dir) : '');
    return { dir, root, prefix: rel.split('\\').join('/') };
  });
}

function refuseLink(path: string, given: string): void {
  try {
    if (lstatSync(path).isSymbolicLink()) {
      throw new QmsError(
        'E_SYMLINK',
        text(
          `"${given}" là liên kết tượng trưng; không ghi qua liên kết`,
          `"${given}" is a symbolic link; refusing to write through it`,
        ),
        text('Chọn một thư mục thật cho --out.', 'Choose a real folder for --out.'),
      );
    }
  } catch (error) {
    if (error instanceof QmsError) throw error;
  }
}

/** Check, render and plan one unit (nothing is written here). */
export async function prepareUnit(job: UnitJob, options: JobOptions): Promise<UnitOutcome> {
  const gate = options.check(job.dir);
  const unit = loadUnit(job.dir);
  const name =
    typeof unit.manifest?.name === 'string'
      ? escapeForDisplay(unit.manifest.name, 200)
      : relative(process.cwd(), job.dir) || '.';
  const outcome: UnitOutcome = { job, name, gate, refused: false, codes: [], built: [], warnings: [] };
  if (gate.errors > 0 && !options.force) {
    outcome.refused = true;
    return outcome;
  }
  const rendered = await renderUnit(unit, {
    formats: options.formats,
    only: options.only,
    sourceDateEpoch: options.sourceDateEpoch,
  });
  outcome.codes = rendered.codes;
  outcome.built = rendered.docs.map((d) => d.code);
  outcome.warnings = [...misplacedWarnings(unit.files.map((f) => f.relPath)), ...rendered.warnings];
  const files = rendered.files.map((f) => ({
    ...f,
    relPath: job.prefix ? join(job.prefix, f.relPath).split('\\').join('/') : f.relPath,
  }));
  // Build output is regenerated, never hand-edited: existing files are replaced (atomically).
  // A read-only output (made so on purpose) is replaced only with --force.
  outcome.plan = planWrites(job.root, files, 'overwrite', { force: options.force });
  return outcome;
}

/** YAML files no document is built from because of where or how they are named (validate: QMS004). */
function misplacedWarnings(relPaths: string[]): Text[] {
  return relPaths.flatMap((relPath) => {
    const why = misplacedReason(relPath);
    return why ? [text(`${relPath}: ${why.message.vi}`, `${relPath}: ${why.message.en}`)] : [];
  });
}
