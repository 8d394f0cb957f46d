import { relative, resolve, sep } from 'node:path';
import { QmsError } from '../../core/errors.js';
import { diffUnit, type UnitDiff } from '../../core/update/diff-unit.js';
import { loadUnitState } from '../../core/update/unit-state.js';
import { escapeForDisplay, text } from '../../core/text.js';
import { depthNote, findUnits } from '../../core/unit/find-units.js';
import { warnTooDeep } from './depth-warning.js';
import { hasJournal } from '../../core/write/transaction.js';
import type { Io } from '../io.js';
import { UnitsJsonStream, unitDiffJson } from './model-diff-json.js';
import { printSummary, printUnitDiff, type UnitSummary } from './model-diff-text.js';

export interface ModelDiffOptions {
  paths: string[];
  to?: string;
  model?: string;
  format: 'text' | 'json';
  verbose?: boolean;
  full?: boolean;
  cwd?: string;
}

/** How a folder is shown: relative to the working directory when inside it. */
export function shownDir(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return (rel === '' ? '.' : rel.startsWith('..') ? abs : rel).split(sep).join('/');
}

/** `qms model diff`: 0 every unit in sync, 1 some unit behind or drifted, 2 a unit could not be compared. */
export function runModelDiff(options: ModelDiffOptions, io: Io): number {
  const cwd = options.cwd ?? io.cwd;
  const { units, tooDeep } = findUnits((options.paths.length > 0 ? options.paths : ['.']).map((p) => resolve(cwd, p)));
  if (units.length === 0) {
    throw new QmsError(
      'E_NO_UNIT',
      text(
        `không tìm thấy thư mục đơn vị (có qms.yaml) trong ${options.paths.map((p) => escapeForDisplay(p)).join(', ') || '.'}${depthNote(tooDeep).vi}`,
        `no unit folder (with qms.yaml) under ${options.paths.map((p) => escapeForDisplay(p)).join(', ') || '.'}${depthNote(tooDeep).en}`,
      ),
      text('Chỉ tới thư mục đơn vị hoặc thư mục chứa các đơn vị.', 'Point at a unit folder or a folder of units.'),
    );
  }
  warnTooDeep(
    tooDeep.map((d) => shownDir(d, cwd)),
    io,
  );
  // Each unit's comparison is turned at once into what the output reads of it (its JSON, printed, or its
  // row of the summary table after its details), so a tree keeps a row per unit, not every unit's
  // documents; a row is a copy that shares no string with the unit's files (summaryOf).
  const single = units.length === 1;
  const json = options.format === 'json' ? new UnitsJsonStream(io) : undefined;
  const rows: Array<{ shown: string; diff?: UnitSummary; error?: QmsError }> = [];
  const summaryOf = summaries();
  for (const dir of units) {
    const shown = shownDir(dir, cwd);
    let diff: UnitDiff;
    try {
      refuseInterrupted(dir, shown);
      diff = diffUnit(loadUnitState(dir, { to: options.to, model: options.model }));
    } catch (error) {
      // One unit that cannot be compared does not hide the others; a single unit is a plain error.
      if (!(error instanceof QmsError) || single) throw error;
      rows.push({ shown, error });
      json?.add({ dir: shown, error: { code: error.code, message: io.t(error.text) } });
      continue;
    }
    if (json) json.add(unitDiffJson(diff, shown, io.lang));
    else if (single) printUnitDiff(diff, shown, io, Boolean(options.verbose), Boolean(options.full));
    else if (options.verbose) printUnitDiff(diff, shown, io, true, Boolean(options.full));
    rows.push({ shown, diff: summaryOf(diff) });
  }
  if (json) {
    json.finish();
  } else if (!single) {
    if (options.verbose) io.out('');
    printSummary(
      rows.map((r) => ({ shown: r.shown, diff: r.diff, error: r.error ? io.t(r.error.text) : undefined })),
      io,
    );
  }
  for (const r of rows)
    if (r.error) io.err(`${io.lang === 'vi' ? 'lỗi' : 'error'} ${r.error.code}: ${io.t(r.error.text)}`);
  if (rows.some((r) => r.error)) return 2;
  return rows.every((r) => r.diff!.inSync) ? 0 : 1;
}

/**
 * A unit's row of the summary table (~0.3 KB), kept until the table is printed. Its strings (type,
 * versions) are shared by the units that have the same, as copies: a string the YAML reader returns is a
 * view into the whole text of the file, which a row would keep.
 */
function summaries(): (diff: UnitDiff) => UnitSummary {
  const strings = new Map<string, string>();
  const shared = (s: string) => {
    let copy = strings.get(s);
    if (copy === undefined) strings.set((copy = structuredClone(s)), copy);
    return copy;
  };
  return (diff) => ({
    type: shared(diff.type),
    from: shared(diff.from),
    to: shared(diff.to),
    behind: diff.behind,
    inSync: diff.inSync,
    steps: diff.steps.length,
    markers: diff.markers.length,
    counts: { ...diff.counts },
  });
}

/** A unit whose last update was interrupted: comparing it would call the missing changes local edits. */
function refuseInterrupted(dir: string, shown: string): void {
  if (!hasJournal(dir)) return;
  throw new QmsError(
    'E_INTERRUPTED_UPDATE',
    text(`lần cập nhật trước của ${shown} bị ngắt giữa chừng`, `the last update of ${shown} was interrupted`),
    text(`Chạy qms model update ${shown} để hoàn tất nó.`, `Run qms model update ${shown} to finish it.`),
  );
}
