import { resolve } from 'node:path';
import { QmsError } from '../../core/errors.js';
import { planNewProcedure } from '../../core/scaffold/plan-new-procedure.js';
import { text } from '../../core/text.js';
import { applyPlan, type ExistingPolicy } from '../../core/write-files.js';
import type { Io } from '../io.js';
import { printPlan } from './print-plan.js';
import { printWriteNotes } from './write-notes.js';

export interface NewProcedureOptions {
  tthcId?: string;
  unit: string;
  blank?: boolean;
  code?: string;
  title?: string;
  effectiveDate?: string;
  force?: boolean;
  skipExisting?: boolean;
  dryRun?: boolean;
}

export async function runNewProcedure(options: NewProcedureOptions, io: Io): Promise<number> {
  if (!options.blank && !options.tthcId) {
    throw new QmsError(
      'E_USAGE',
      text('thiếu mã TTHC', 'missing the TTHC id'),
      text(
        'Ví dụ: qms new procedure xa-ht-khai-tu --unit <thư mục>. Xem danh mục: qms model show --type xa',
        'Example: qms new procedure xa-ht-khai-tu --unit <dir>. Catalogue: qms model show --type xa',
      ),
    );
  }
  if (options.blank && (!options.code || !options.title)) {
    throw new QmsError(
      'E_USAGE',
      text('--blank cần --code và --title', '--blank needs --code and --title'),
      text(
        'Ví dụ: qms new procedure --blank --code QT-VP-01 --title "Quy trình tiếp nhận đơn thư"',
        'Example: qms new procedure --blank --code QT-VP-01 --title "…"',
      ),
    );
  }
  const policy: ExistingPolicy = options.force ? 'overwrite' : options.skipExisting ? 'skip' : 'refuse';
  const { plan, procedure, excluded } = planNewProcedure(
    resolve(options.unit),
    {
      tthcId: options.tthcId,
      blank: options.blank ? { code: options.code!, title: options.title! } : undefined,
      effectiveDate: options.effectiveDate ?? new Date().toISOString().slice(0, 10),
    },
    policy,
  );
  if (options.dryRun) {
    printPlan(plan, io, options.unit);
    return 0;
  }
  if (plan.conflicts.length > 0) {
    throw new QmsError(
      'E_EXISTS',
      text(`đã có ${plan.conflicts[0]}; không ghi đè`, `${plan.conflicts[0]} already exists; nothing was written`),
      text(
        'Dùng --force để ghi đè (sẽ mất chỉnh sửa trong tệp đó) hoặc --skip-existing.',
        'Use --force to overwrite (losing edits in that file) or --skip-existing.',
      ),
    );
  }
  printWriteNotes(applyPlan(plan), io);
  const entry = plan.entries[0];
  const done = entry.action === 'create' || entry.action === 'overwrite';
  io.err(
    io.t(
      done
        ? text(
            `Đã ${entry.action === 'create' ? 'tạo' : 'ghi đè'} ${entry.relPath}: ${procedure.code} ${procedure.title}`,
            `${entry.action === 'create' ? 'Created' : 'Overwrote'} ${entry.relPath}: ${procedure.code} ${procedure.title}`,
          )
        : text(`Giữ nguyên ${entry.relPath}`, `Kept ${entry.relPath} as it is`),
    ),
  );
  if (excluded) {
    io.err(
      io.t(
        text(
          `Lưu ý: qms.yaml đang loại trừ TTHC ${options.tthcId}; xóa dòng đó trong tthcExclusions.`,
          `Note: qms.yaml excludes TTHC ${options.tthcId}; remove it from tthcExclusions.`,
        ),
      ),
    );
  }
  return 0;
}
