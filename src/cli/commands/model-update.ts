import { isRealDate, today } from '../../core/dates/dates.js';
import { resolve } from 'node:path';
import { QmsError } from '../../core/errors.js';
import { planUpdate, type UpdatePlan } from '../../core/update/plan-update.js';
import { escapeForDisplay, text } from '../../core/text.js';
import { depthNote, findUnits } from '../../core/unit/find-units.js';
import { warnTooDeep } from './depth-warning.js';
import { ANSWERS, MANIFEST } from '../../core/unit/file-kinds.js';
import { applyTransaction, hasJournal, recoverTransaction } from '../../core/write/transaction.js';
import type { Io } from '../io.js';
import { MODEL_REPORT_VERSION, unitDiffJson } from './model-diff-json.js';
import { shownDir } from './model-diff.js';
import { printUpdate } from './model-update-text.js';
import { printPlan } from './print-plan.js';
import { printWriteNotes } from './write-notes.js';

export interface ModelUpdateOptions {
  paths: string[];
  to?: string;
  model?: string;
  date?: string;
  dryRun?: boolean;
  format: 'text' | 'json';
  cwd?: string;
  /** Today, for the default --date (tests pin it). */
  today?: string;
}

/** `qms model update`: 0 updated (or nothing to do), 1 updated with conflicts left marked, 2 error. */
export function runModelUpdate(options: ModelUpdateOptions, io: Io): number {
  const cwd = options.cwd ?? io.cwd;
  const date = checkDate(options.date) ?? options.today ?? today();
  const { units, tooDeep } = findUnits((options.paths.length > 0 ? options.paths : ['.']).map((p) => resolve(cwd, p)));
  if (units.length === 0) {
    throw new QmsError(
      'E_NO_UNIT',
      text(
        `không tìm thấy thư mục đơn vị (có qms.yaml) trong ${options.paths.map((p) => escapeForDisplay(p)).join(', ')}${depthNote(tooDeep).vi}`,
        `no unit folder (with qms.yaml) under ${options.paths.map((p) => escapeForDisplay(p)).join(', ')}${depthNote(tooDeep).en}`,
      ),
      text(
        'Chỉ tới thư mục đơn vị: qms model update examples/city/xa-tam-hiep',
        'Point at a unit folder: qms model update examples/city/xa-tam-hiep',
      ),
    );
  }
  warnTooDeep(
    tooDeep.map((d) => shownDir(d, cwd)),
    io,
  );
  // An update interrupted earlier is finished first (core/write/transaction.ts): planning on a
  // half-written unit would take the missing changes for local edits.
  for (const dir of units) finishInterrupted(dir, cwd, Boolean(options.dryRun), io);
  // Plan every unit before writing any: a unit that cannot be merged stops the run with nothing written.
  const plans = units.map((dir) => ({
    dir,
    shown: shownDir(dir, cwd),
    plan: planUpdate(dir, { to: options.to, model: options.model, date }),
  }));
  if (!options.dryRun) {
    for (const { plan } of plans) {
      // Documents first, then the answers, the manifest last; all or nothing even if killed midway.
      const what = `model update ${plan.diff.from} → ${plan.diff.to}`;
      printWriteNotes(applyTransaction(plan.plan, { last: [ANSWERS, MANIFEST], what }), io);
    }
  }
  if (options.format === 'json') {
    io.out(
      JSON.stringify(
        {
          version: MODEL_REPORT_VERSION,
          date,
          dryRun: Boolean(options.dryRun),
          units: plans.map((p) => updateJson(p.plan, p.shown, io)),
        },
        null,
        2,
      ),
    );
  } else {
    for (const { plan, shown } of plans) {
      if (options.dryRun && plan.plan.entries.length > 0) printPlan(plan.plan, io, shown);
      printUpdate(plan, shown, date, Boolean(options.dryRun), io);
    }
  }
  return plans.some((p) => p.plan.conflicts > 0) ? 1 : 0;
}

function updateJson(plan: UpdatePlan, shown: string, io: Io) {
  return {
    ...unitDiffJson(plan.diff, shown, io.lang),
    upToDate: plan.upToDate,
    files: plan.outcomes.map(({ relPath, ...outcome }) => ({ file: relPath, ...outcome })),
    writes: plan.plan.entries.map((e) => ({ file: e.relPath, action: e.action })),
    conflicts: plan.conflicts,
  };
}

function checkDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isRealDate(value)) {
    throw new QmsError(
      'E_USAGE',
      text(
        `--date "${escapeForDisplay(value)}" không phải ngày hợp lệ`,
        `--date "${escapeForDisplay(value)}" is not a valid date`,
      ),
      text('Viết ngày dạng YYYY-MM-DD, ví dụ 2012-05-02.', 'Write the date as YYYY-MM-DD, e.g. 2012-05-02.'),
    );
  }
  return value;
}

/** Finish a model update that was interrupted (the journal says what remained), or refuse in a dry run. */
function finishInterrupted(dir: string, cwd: string, dryRun: boolean, io: Io): void {
  const shown = shownDir(dir, cwd);
  if (dryRun) {
    if (!hasJournal(dir)) return;
    throw new QmsError(
      'E_INTERRUPTED_UPDATE',
      text(`lần cập nhật trước của ${shown} bị ngắt giữa chừng`, `the last update of ${shown} was interrupted`),
      text(
        `Chạy qms model update ${shown} (không có --dry-run) để hoàn tất nó trước.`,
        `Run qms model update ${shown} (without --dry-run) to finish it first.`,
      ),
    );
  }
  const finished = recoverTransaction(dir);
  if (!finished) return;
  io.err(
    io.t(
      text(
        `${shown}: đã hoàn tất lần cập nhật bị ngắt (${finished.what}), ${finished.files.length} tệp`,
        `${shown}: finished the interrupted update (${finished.what}), ${finished.files.length} file(s)`,
      ),
    ),
  );
}
