import { escapeForDisplay } from '../../core/text.js';
import type { Diagnostic } from '../diagnostic.js';
import type { Counts, UnitReport, ValidationReport } from '../report.js';
import { displayPath, NO_PAINT, type Formatter, type FormatOptions } from './types.js';

const WORDS = {
  vi: {
    byRule: 'Theo quy tắc',
    hint: 'cách xử lý',
    waived: 'được chấp thuận',
    error: 'lỗi',
    warning: 'cảnh báo',
    info: 'thông tin',
    files: 'tệp',
    total: 'Tổng',
    units: 'đơn vị',
    clean: 'đạt',
    skipped: 'bỏ qua (liên kết tượng trưng)',
  },
  en: {
    byRule: 'By rule',
    hint: 'hint',
    waived: 'waived',
    error: 'error(s)',
    warning: 'warning(s)',
    info: 'info',
    files: 'file(s)',
    total: 'Total',
    units: 'unit(s)',
    clean: 'clean',
    skipped: 'skipped (symbolic link)',
  },
};

/**
 * `path:line:col severity QMSnnn/alias message`, then the hint, grouped by file (a blank line
 * between files); a summary line per unit and a total, unless quiet. The same text as
 * `formatTextUnit` for each unit then `formatTextTotal`, which is how `qms validate` prints a tree
 * unit by unit (nothing of a unit kept once it is printed).
 */
export const formatText: Formatter = (report, options) => {
  const lines: string[] = [];
  for (const unit of report.units) lines.push(...formatTextUnit(unit, options));
  lines.push(...formatTextTotal(report, options));
  return lines.join('\n');
};

/** One unit's lines of the text report (none for a quiet unit without a diagnostic shown). */
export function formatTextUnit(unit: UnitReport, options: FormatOptions): string[] {
  const lines: string[] = [];
  const shown = unit.diagnostics.filter((d) => !d.waived || options.showWaived);
  let lastFile: string | undefined;
  for (const d of shown) {
    if (lastFile !== undefined && d.file !== lastFile) lines.push('');
    lastFile = d.file;
    lines.push(...diagnosticLines(d, options));
  }
  if (!options.quiet) {
    if (shown.length > 0) lines.push('');
    lines.push(unitSummary(unit.dir, unit.name, unit.files, unit.summary, options));
    if (shown.length > 0) lines.push('');
  }
  return lines;
}

/** The lines after the units: links skipped, counts by rule, the total (none when quiet). */
export function formatTextTotal(
  report: Pick<ValidationReport, 'skipped' | 'summary'>,
  options: FormatOptions,
): string[] {
  if (options.quiet) return [];
  const paint = options.paint ?? NO_PAINT;
  const w = WORDS[options.lang];
  const lines: string[] = [];
  for (const s of report.skipped) lines.push(paint.dim(`${escapeForDisplay(s.path, 200)}: ${w.skipped}`));
  const t = report.summary;
  const rules = Object.entries(t.byRule);
  if (rules.length > 0) lines.push(`${w.byRule}: ${rules.map(([rule, n]) => `${rule} ×${n}`).join(', ')}`);
  lines.push(paint.bold(`${w.total}: ${t.units} ${w.units}, ${t.files} ${w.files}: ${counts(t, options)}`));
  return lines;
}

function diagnosticLines(d: Diagnostic, options: FormatOptions): string[] {
  const paint = options.paint ?? NO_PAINT;
  const w = WORDS[options.lang];
  const sev =
    d.severity === 'error'
      ? paint.red('error')
      : d.severity === 'warning'
        ? paint.yellow('warning')
        : paint.blue('info');
  const where = `${escapeForDisplay(displayPath(d.unit, d.file), 200)}:${d.line}:${d.col}`;
  const waived = d.waived ? paint.dim(` [${w.waived}: ${escapeForDisplay(d.waived.reason, 120)}]`) : '';
  const out = [
    `${where} ${sev} ${paint.dim(`${d.rule}/${d.alias}`)} ${escapeForDisplay(d.message[options.lang], 500)}${waived}`,
  ];
  if (d.hint) out.push(paint.dim(`    ${w.hint}: ${escapeForDisplay(d.hint[options.lang], 500)}`));
  return out;
}

function unitSummary(dir: string, name: string | undefined, files: number, c: Counts, options: FormatOptions): string {
  const paint = options.paint ?? NO_PAINT;
  const w = WORDS[options.lang];
  const label = `${escapeForDisplay(dir, 200)}${name ? ` (${escapeForDisplay(name, 100)})` : ''}`;
  const mark = c.error > 0 ? paint.red('✖') : c.warning > 0 ? paint.yellow('⚠') : '✔';
  const body = c.error + c.warning + c.info + c.waived === 0 ? w.clean : counts(c, options);
  return `${mark} ${label}: ${body}, ${files} ${w.files}`;
}

function counts(c: Counts, options: FormatOptions): string {
  const w = WORDS[options.lang];
  const parts = [`${c.error} ${w.error}`, `${c.warning} ${w.warning}`, `${c.info} ${w.info}`];
  if (c.waived > 0) parts.push(`${c.waived} ${w.waived}`);
  return parts.join(', ');
}
