import { buildProgramme } from '../../core/audit/plan/build-plan.js';
import { PLAN_FORMATS, renderProgramme, type PlanFormat } from '../../core/audit/plan/render-plan.js';
import { brokenFilesError, loadAuditUnit } from '../../core/audit/unit-scope.js';
import { QmsError } from '../../core/errors.js';
import { escapeForDisplay, text } from '../../core/text.js';
import type { Io } from '../io.js';
import { emit, formatFrom } from './audit-output.js';
import { personNameOption } from './person-option.js';

export interface AuditPlanOptions {
  unit: string;
  year: string;
  rounds?: string;
  auditor?: string[];
  maxPerDay?: string;
  format?: string;
  output?: string;
  force?: boolean;
}

/** `qms audit plan`: the year's programme. Exit 1 (nothing written) when independence is impossible. */
export async function runAuditPlan(options: AuditPlanOptions, io: Io): Promise<number> {
  const auditors = (options.auditor ?? []).map((a) => personNameOption(a, '--auditor'));
  const format = formatFrom<PlanFormat>(options.format, options.output, PLAN_FORMATS, 'md');
  if (format === 'docx' && !options.output) {
    throw new QmsError(
      'E_USAGE',
      text('định dạng docx cần --output <tệp.docx>', 'the docx format needs --output <file.docx>'),
    );
  }
  const year = wholeNumber(options.year, '--year', 1990, 2100);
  const rounds = wholeNumber(options.rounds ?? '1', '--rounds', 1, 6);
  const maxPerDay = wholeNumber(options.maxPerDay ?? '3', '--max-per-day', 1, 10);
  // The programme is approved for the year: it covers the procedures in force on its first day (a procedure
  // withdrawn later in the year is planned, with a note when a round falls after its withdrawal).
  const unit = loadAuditUnit(options.unit, io.cwd, `${year}-01-01`);
  // A programme that silently leaves out a process is wrong: stop, name the files (exit 1, like findings).
  if (unit.broken.length > 0) throw brokenFilesError(unit, options.unit, 1);
  const programme = buildProgramme(unit, {
    year,
    rounds,
    lang: io.lang,
    auditors,
    maxPerDay,
  });
  const empty = programme.rounds.filter((r) => r.items.length === 0);
  if (empty.length > 0) {
    throw new QmsError(
      'E_USAGE',
      text(
        `--rounds ${rounds} nhiều hơn số quá trình cần đánh giá`,
        `--rounds ${rounds} is more than the areas to audit`,
      ),
    );
  }
  for (const a of programme.auditors.filter((x) => x.external)) {
    io.err(
      `  ${io.t(text(`${escapeForDisplay(a.name, 200)} không thuộc vai trò nào của đơn vị: coi là đánh giá viên bên ngoài`, `${escapeForDisplay(a.name, 200)} is in none of the unit's roles: taken as an outside auditor`))}`,
    );
  }
  for (const w of programme.warnings) io.err(`  ${io.color.yellow(io.lang === 'vi' ? 'lưu ý' : 'note')}: ${io.t(w)}`);
  const content = await renderProgramme(programme, format, io.env.SOURCE_DATE_EPOCH);
  const areas = programme.rounds.reduce((n, r) => n + r.items.length, 0);
  emit(
    content,
    options,
    io,
    text(
      `Chương trình đánh giá nội bộ ${year} của ${escapeForDisplay(unit.name, 200)}: ${rounds} đợt, ${areas} quá trình, ${programme.coverage.length} điều khoản`,
      `${escapeForDisplay(unit.name, 200)} audit programme ${year}: ${rounds} round(s), ${areas} area(s), ${programme.coverage.length} clause(s)`,
    ),
  );
  return 0;
}

function wholeNumber(value: string, flag: string, min: number, max: number): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new QmsError(
      'E_USAGE',
      text(
        `${flag} "${escapeForDisplay(value)}" phải là số nguyên từ ${min} đến ${max}`,
        `${flag} "${escapeForDisplay(value)}" must be a whole number from ${min} to ${max}`,
      ),
    );
  }
  return n;
}
