import { buildChecklist } from '../../core/audit/checklist/build-checklist.js';
import {
  CHECKLIST_FORMATS,
  renderChecklist,
  type ChecklistFormat,
} from '../../core/audit/checklist/render-checklist.js';
import type { ChecklistScope } from '../../core/audit/checklist/types.js';
import { checklistRows } from '../../core/audit/checklist/types.js';
import { dateOption } from '../../core/dates/dates.js';
import { loadAuditUnit } from '../../core/audit/unit-scope.js';
import { QmsError } from '../../core/errors.js';
import { escapeForDisplay, text } from '../../core/text.js';
import type { CsvSeparator } from '../../core/audit/csv/write-csv.js';
import type { Io } from '../io.js';
import { emit, formatFrom } from './audit-output.js';
import { personNameOption } from './person-option.js';

export interface ChecklistOptions {
  unit: string;
  all?: boolean;
  clause?: string[];
  process?: string[];
  format?: string;
  output?: string;
  auditor?: string;
  date?: string;
  force?: boolean;
  separator?: string;
}

/** `qms checklist`: the questions for a clause, a process or the whole standard, in one format. */
export async function runChecklist(options: ChecklistOptions, io: Io): Promise<number> {
  const auditor = options.auditor ? personNameOption(options.auditor, '--auditor') : undefined;
  const scope = scopeOf(options);
  const format = formatFrom<ChecklistFormat>(options.format, options.output, CHECKLIST_FORMATS, 'md');
  if (format === 'docx' && !options.output) {
    throw new QmsError(
      'E_USAGE',
      text('định dạng docx cần --output <tệp.docx>', 'the docx format needs --output <file.docx>'),
      text(
        'Ví dụ: qms checklist <đơn vị> --all --format docx --output phieu-ghi-chep.docx',
        'For example: qms checklist <unit> --all --format docx --output checklist.docx',
      ),
    );
  }
  const date = dateOption(options.date);
  // The audit's date decides what the unit applied then (a procedure withdrawn later is still audited).
  const unit = loadAuditUnit(options.unit, io.cwd, date);
  const checklist = buildChecklist(unit, {
    scope,
    lang: io.lang,
    date,
    auditor,
  });
  const content = await renderChecklist(checklist, format, io.env.SOURCE_DATE_EPOCH, separatorOf(options.separator));
  const count = checklistRows(checklist).length;
  emit(
    content,
    options,
    io,
    text(
      `Phiếu ghi chép ${escapeForDisplay(unit.name, 200)}: ${count} câu hỏi`,
      `Checklist for ${escapeForDisplay(unit.name, 200)}: ${count} question(s)`,
    ),
  );
  return 0;
}

function scopeOf(options: ChecklistOptions): ChecklistScope {
  const chosen = [
    options.all ? 'all' : '',
    options.clause?.length ? 'clause' : '',
    options.process?.length ? 'process' : '',
  ].filter(Boolean);
  if (chosen.length !== 1) {
    throw new QmsError(
      'E_USAGE',
      text(
        chosen.length === 0
          ? 'chọn phạm vi: --all, --clause <số> hoặc --process <mã quy trình>'
          : 'chỉ chọn một trong --all, --clause, --process',
        chosen.length === 0
          ? 'choose a scope: --all, --clause <number> or --process <procedure code>'
          : 'choose only one of --all, --clause, --process',
      ),
      text(
        'Ví dụ: qms checklist examples/city/xa-tam-hiep --process QT-HT-01',
        'For example: qms checklist examples/city/xa-tam-hiep --process QT-HT-01',
      ),
    );
  }
  if (options.all) return { kind: 'all' };
  if (options.clause?.length) return { kind: 'clauses', clauses: options.clause };
  return { kind: 'processes', codes: options.process! };
}

function separatorOf(value: string | undefined): CsvSeparator {
  if (value === undefined || value === ',' || value === ';') return value ?? ',';
  throw new QmsError(
    'E_USAGE',
    text(
      `--separator "${escapeForDisplay(value)}" không dùng được: chỉ ';' hoặc ','`,
      `--separator "${escapeForDisplay(value)}" is not usable: only ';' or ','`,
    ),
    text(
      "Excel đặt ngôn ngữ Tiếng Việt (dấu phân cách danh sách ';'): --separator ';'. Excel tiếng Anh (Mỹ): --separator ','.",
      "Excel set to Vietnamese (list separator ';'): --separator ';'. Excel in English (US): --separator ','.",
    ),
  );
}
