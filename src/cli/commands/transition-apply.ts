import { relative } from 'node:path';
import type { TransitionAnalysis } from '../../core/transition/gap-analysis.js';
import type { TransitionPlan } from '../../core/transition/plan-transition.js';
import type { CrossOutcome } from '../../core/update/plan-cross.js';
import { ANSWERS, MANIFEST } from '../../core/unit/file-kinds.js';
import { applyTransaction, hasJournal, recoverTransaction } from '../../core/write/transaction.js';
import { QmsError } from '../../core/errors.js';
import { text } from '../../core/text.js';
import type { Io } from '../io.js';
import { printPlan } from './print-plan.js';
import { printWriteNotes } from './write-notes.js';

const LABELS = {
  vi: {
    merge: 'ban hành lại',
    create: 'tạo mới',
    flag: 'bãi bỏ',
    record: 'ghi nhận',
    collision: 'xung đột',
    withdraw: 'bãi bỏ',
    orphan: 'chưa có mẫu 3.x',
    keep: 'giữ nguyên',
  },
  en: {
    merge: 're-issue',
    create: 'create',
    flag: 'abolished',
    record: 'record',
    collision: 'collision',
    withdraw: 'withdrawn',
    orphan: 'no 3.x model',
    keep: 'kept',
  },
};

/** Finish a transition or update that was interrupted (the journal says what remained), or refuse in a dry run. */
export function finishInterrupted(dir: string, shown: string, dryRun: boolean, io: Io): void {
  if (!hasJournal(dir)) return;
  if (dryRun) {
    throw new QmsError(
      'E_INTERRUPTED_UPDATE',
      text(`lần ghi trước vào ${shown} bị ngắt giữa chừng`, `the last write into ${shown} was interrupted`),
      text(
        `Chạy lại lệnh không có --dry-run để hoàn tất nó trước.`,
        `Run the command again without --dry-run to finish it first.`,
      ),
    );
  }
  const finished = recoverTransaction(dir);
  if (finished)
    io.err(
      io.t(
        text(
          `${shown}: đã hoàn tất lần ghi bị ngắt (${finished.what}), ${finished.files.length} tệp`,
          `${shown}: finished the interrupted write (${finished.what}), ${finished.files.length} file(s)`,
        ),
      ),
    );
}

/**
 * `qms transition --apply`: write the plan as one transaction (procedures first, the answers, qms.yaml last),
 * then say what happened to each file. 0 done, 1 done with merge conflicts left marked in the files.
 */
export function applyTransition(
  analysis: TransitionAnalysis,
  planned: TransitionPlan,
  options: { date: string; dryRun?: boolean; format: string },
  io: Io,
): number {
  const shown = relative(io.cwd, analysis.unit.dir) || '.';
  const { plan, cross } = planned;
  if (options.dryRun) {
    if (options.format !== 'json') printPlan(plan, io, shown);
  } else {
    const what = `transition ${cross.state.from} → ${planned.version}`;
    printWriteNotes(applyTransaction(plan, { last: [ANSWERS, MANIFEST], what }), io);
  }
  if (options.format === 'json') {
    io.out(
      JSON.stringify(
        {
          format: 'qms-transition-apply',
          version: 1,
          date: options.date,
          dryRun: Boolean(options.dryRun),
          unit: shown,
          from: { standard: analysis.from, model: cross.state.from },
          to: { standard: analysis.to, model: planned.version },
          files: cross.outcomes.map(({ relPath, ...o }) => ({ file: relPath, ...o })),
          writes: plan.entries.map((e) => ({ file: e.relPath, action: e.action })),
          conflicts: cross.conflicts,
        },
        null,
        2,
      ),
    );
  } else {
    printOutcomes(analysis, planned, shown, options, io);
  }
  return cross.conflicts > 0 ? 1 : 0;
}

function printOutcomes(
  analysis: TransitionAnalysis,
  planned: TransitionPlan,
  shown: string,
  options: { date: string; dryRun?: boolean },
  io: Io,
): void {
  const vi = io.lang === 'vi';
  const { cross, plan } = planned;
  const model = `${cross.state.target.meta.id} ${planned.version}`;
  io.err(
    io.t(
      options.dryRun
        ? text(
            `Chạy thử: ${analysis.unit.name} sẽ chuyển sang ${analysis.to} theo mô hình ${model} từ ngày ${options.date}:`,
            `Dry run: ${analysis.unit.name} would move to ${analysis.to} on model ${model} from ${options.date}:`,
          )
        : text(
            `Đã chuyển ${analysis.unit.name} sang ${analysis.to} theo mô hình ${model} từ ngày ${options.date}:`,
            `Moved ${analysis.unit.name} to ${analysis.to} on model ${model} from ${options.date}:`,
          ),
    ),
  );
  const labels = LABELS[io.lang];
  const width = Math.max(...cross.outcomes.map((o) => labels[o.action].length), 0);
  for (const o of cross.outcomes) {
    io.err(`  ${colour(o, labels[o.action].padEnd(width), io)}  ${shown}/${o.relPath}  ${detail(o, vi)}`);
    for (const c of o.conflicts)
      io.err(`      ${io.color.red(labels.collision)}  ${shown}/${o.relPath}${c.line ? `:${c.line}` : ''}  ${c.label}`);
  }
  const created = plan.entries.filter((e) => !e.relPath.startsWith('procedures/') && e.action === 'create');
  const kept = plan.entries.filter((e) => e.action === 'skip').map((e) => e.relPath);
  if (created.length > 0)
    io.err(
      io.t(
        text(
          `  tài liệu theo TCVN ISO 9001:2015: ${created.map((e) => e.relPath).join(', ')}`,
          `  TCVN ISO 9001:2015 documents: ${created.map((e) => e.relPath).join(', ')}`,
        ),
      ),
    );
  if (kept.length > 0)
    io.err(io.t(text(`  giữ nguyên tệp đã có ${kept.join(', ')}`, `  kept existing ${kept.join(', ')}`)));
  const count = (a: CrossOutcome['action']) => cross.outcomes.filter((o) => o.action === a).length;
  io.err(
    io.t(
      text(
        `Tổng: ${count('merge')} ban hành lại, ${count('create')} tạo mới, ${count('withdraw')} bãi bỏ, ${count('orphan')} chưa có quy trình mẫu 3.x, ${cross.conflicts} xung đột.`,
        `Total: ${count('merge')} re-issued, ${count('create')} created, ${count('withdraw')} withdrawn, ${count('orphan')} without a 3.x model procedure, ${cross.conflicts} conflict(s).`,
      ),
    ),
  );
  if (cross.conflicts > 0)
    io.err(
      io.t(
        text(
          'Xung đột: đơn vị và mô hình cùng sửa một trường; giá trị của đơn vị được giữ, đánh dấu "# <<<<<<<" trong tệp. Chọn giá trị đúng rồi xóa khối chú thích.',
          'Conflicts: the unit and the model changed the same field; the unit’s value is kept, marked "# <<<<<<<" in the file. Pick the right value, then delete the comment block.',
        ),
      ),
    );
  if (!options.dryRun) io.err(io.t(text(`Bước tiếp theo: qms validate ${shown}`, `Next: qms validate ${shown}`)));
}

function colour(o: CrossOutcome, label: string, io: Io): string {
  if (o.action === 'orphan' || o.conflicts.length > 0) return io.color.yellow(label);
  if (o.action === 'create' || o.action === 'merge') return io.color.green(label);
  return io.color.dim(label);
}

function detail(o: CrossOutcome, vi: boolean): string {
  switch (o.action) {
    case 'merge':
      return [
        o.title,
        o.issue !== undefined ? (vi ? `lần ban hành ${String(o.issue).padStart(2, '0')}` : `issue ${o.issue}`) : '',
        o.replaced ? (vi ? `TTHC ${o.replaced} → ${o.tthcId}` : `TTHC ${o.replaced} → ${o.tthcId}`) : '',
      ]
        .filter(Boolean)
        .join(', ');
    case 'withdraw':
      return `${o.title}: ${o.withdrawal?.reason ?? ''}`;
    case 'orphan':
      return vi
        ? `${o.title}: chưa có quy trình mẫu 3.x — đơn vị tự ban hành lại`
        : `${o.title}: no 3.x model procedure yet — the unit re-issues it itself`;
    case 'keep':
      return vi ? `${o.title}: không bắt buộc theo TCVN ISO 9001:2015` : `${o.title}: optional on ISO 9001:2015`;
    case 'record':
      return vi
        ? 'phiên bản mô hình mới, tiêu chuẩn, chuyển đổi và yêu cầu không áp dụng'
        : 'new model version, standard, transition and non-applicable requirements';
    case 'collision':
      return vi
        ? `tên tệp đã được dùng cho tài liệu khác; không tạo ${o.title}`
        : `file name already used by another document; ${o.title} not created`;
    default:
      return o.title;
  }
}
