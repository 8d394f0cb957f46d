import { join, relative } from 'node:path';
import { QmsError } from '../../core/errors.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../../core/render/render-unit.js';
import { escapeForDisplay, text } from '../../core/text.js';
import { depthNote, findUnits } from '../../core/unit/find-units.js';
import { warnTooDeep } from './depth-warning.js';
import { displayDir } from './validate-inputs.js';
import { applyPlan } from '../../core/write-files.js';
import type { Io } from '../io.js';
import { lockFolder, type Lock } from '../../core/write/lock.js';
import { jobsFor, prepareUnit, type JobOptions, type UnitJob, type UnitOutcome } from './build-unit.js';
import { printPlan } from './print-plan.js';
import { printWriteNotes } from './write-notes.js';
import { createProgress } from './build-progress.js';

export interface BuildOptions {
  paths: string[];
  out?: string;
  format?: string;
  only?: string[];
  dryRun?: boolean;
  force?: boolean;
}

export function parseFormats(value: string | undefined): OutputFormat[] {
  const wanted = (value ?? OUTPUT_FORMATS.join(','))
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  const unknown = wanted.filter((f) => !OUTPUT_FORMATS.includes(f as OutputFormat));
  if (unknown.length > 0 || wanted.length === 0) {
    throw new QmsError(
      'E_USAGE',
      text(
        `định dạng không hỗ trợ: ${escapeForDisplay(unknown.join(', ') || '(trống)')}`,
        `unsupported format: ${escapeForDisplay(unknown.join(', ') || '(empty)')}`,
      ),
      text(
        'Dùng --format với docx, md, html (cách nhau bởi dấu phẩy).',
        'Use --format with docx, md, html (comma-separated).',
      ),
    );
  }
  return OUTPUT_FORMATS.filter((f) => wanted.includes(f));
}

/** `qms build`: check, render, plan and write every unit under the paths. Returns the exit code. */
export async function runBuild(options: BuildOptions, io: Io, check?: JobOptions['check']): Promise<number> {
  const formats = parseFormats(options.format);
  const { units, tooDeep } = findUnits(options.paths);
  if (units.length === 0) {
    throw new QmsError(
      'E_NO_INPUT',
      text(
        `không tìm thấy đơn vị nào (thư mục có qms.yaml) trong ${options.paths.join(', ')}${depthNote(tooDeep).vi}`,
        `no unit (folder with qms.yaml) found in ${options.paths.join(', ')}${depthNote(tooDeep).en}`,
      ),
      text(
        'Chỉ tới thư mục đơn vị do qms init tạo ra, hoặc thư mục chứa các đơn vị.',
        'Point at a unit folder made by qms init, or at a folder of units.',
      ),
    );
  }
  warnTooDeep(
    tooDeep.map((d) => displayDir(d, io.cwd)),
    io,
  );
  const jobs = jobsFor(units, options.paths, options.out, io.cwd);
  const jobOptions: JobOptions = {
    formats,
    only: options.only ?? [],
    force: Boolean(options.force),
    sourceDateEpoch: io.env.SOURCE_DATE_EPOCH,
    cwd: io.cwd,
    // The validator is loaded only when it is needed (tests pass their own check).
    check: check ?? (await import('./build-validate.js')).checkUnit,
  };
  const progress = createProgress(io, jobs.length);
  const outcomes: UnitOutcome[] = [];
  const locks = new OutputLocks(options.out);
  let failed = 0;
  try {
    for (const [i, job] of jobs.entries()) {
      progress.update(i, relative(io.cwd, job.dir) || '.');
      try {
        const outcome = await prepareUnit(job, jobOptions);
        progress.clear();
        if (outcome.plan && !options.dryRun && outcome.built.length > 0) {
          locks.hold(job);
          printWriteNotes(applyPlan(outcome.plan), io);
        }
        report(outcome, io, Boolean(options.dryRun));
        outcomes.push(outcome);
      } catch (error) {
        progress.clear();
        if (!(error instanceof QmsError) || jobs.length === 1 || error.code === 'E_LOCKED') throw error;
        // In a tree, one unit that cannot be written does not stop the others.
        failed++;
        io.err(`${io.color.red('✗')} ${relative(io.cwd, job.dir) || '.'}: ${error.code} ${io.t(error.text)}`);
      }
    }
  } finally {
    locks.releaseAll();
  }
  progress.done();
  return finish(outcomes, failed, options, io);
}

/**
 * One build at a time per output folder (--out, or each unit's dist/): two builds into the same
 * folder would leave a mix of both. Taken at the first write into the folder and held to the end of
 * the run, so that nothing is created for a unit that is refused.
 */
class OutputLocks {
  private readonly held = new Map<string, Lock>();
  constructor(private readonly out: string | undefined) {}

  hold(job: UnitJob): void {
    const dir = this.out ? job.root : join(job.root, job.prefix);
    if (!this.held.has(dir)) this.held.set(dir, lockFolder(dir, 'qms build'));
  }

  releaseAll(): void {
    for (const lock of this.held.values()) lock.release();
    this.held.clear();
  }
}

function report(outcome: UnitOutcome, io: Io, dryRun: boolean): void {
  const shown = relative(io.cwd, outcome.job.dir) || '.';
  if (outcome.refused) {
    io.err(
      `${io.color.red('✗')} ${io.t(
        text(
          `${outcome.name} (${shown}): ${outcome.gate.errors} lỗi kiểm tra; không xuất tài liệu.`,
          `${outcome.name} (${shown}): ${outcome.gate.errors} validation error(s); nothing built.`,
        ),
      )}`,
    );
    io.err(
      `  ${io.t(text(`Xem lỗi: qms validate ${shown} — hoặc xuất bất chấp lỗi: --force`, `See the errors: qms validate ${shown} — or build anyway: --force`))}`,
    );
    return;
  }
  for (const warning of outcome.warnings)
    io.err(`  ${io.color.yellow(io.lang === 'vi' ? 'cảnh báo' : 'warning')}: ${io.t(warning)}`);
  for (const note of outcome.missing)
    io.err(`  ${io.color.dim(io.lang === 'vi' ? 'thiếu dữ liệu' : 'data missing')}: ${io.t(note)}`);
  const plan = outcome.plan!;
  if (outcome.built.length === 0) {
    io.err(
      `${io.color.yellow('–')} ${io.t(text(`${outcome.name}: không có tài liệu nào khớp --only`, `${outcome.name}: no document matches --only`))}`,
    );
    return;
  }
  if (dryRun) {
    printPlan(plan, io, relative(io.cwd, plan.root) || '.');
    return;
  }
  const count = (a: string) => plan.entries.filter((e) => e.action === a).length;
  const where = relative(io.cwd, `${plan.root}/${outcome.job.prefix}`) || '.';
  const forced =
    outcome.gate.errors > 0
      ? io.t(
          text(
            ` (bất chấp ${outcome.gate.errors} lỗi kiểm tra)`,
            ` (despite ${outcome.gate.errors} validation error(s))`,
          ),
        )
      : '';
  io.err(
    `${io.color.green('✓')} ${io.t(
      text(
        `${outcome.name}: ${outcome.built.length} tài liệu → ${where} (${count('create')} tạo mới, ${count('overwrite')} ghi đè, ${count('unchanged')} không đổi)${forced}`,
        `${outcome.name}: ${outcome.built.length} document(s) → ${where} (${count('create')} created, ${count('overwrite')} overwritten, ${count('unchanged')} unchanged)${forced}`,
      ),
    )}`,
  );
}

function finish(outcomes: UnitOutcome[], failed: number, options: BuildOptions, io: Io): number {
  const refused = outcomes.filter((o) => o.refused).length;
  const only = (options.only ?? []).map((c) => c.toUpperCase());
  const builtOrKnown = new Set(outcomes.flatMap((o) => [...o.codes, ...o.kinds].map((c) => c.toUpperCase())));
  const unknown = only.filter((c) => !builtOrKnown.has(c));
  if (outcomes.length + failed > 1) {
    io.err(
      io.t(
        text(
          `Tổng cộng: ${outcomes.length - refused} đơn vị đã xuất, ${refused} bị từ chối vì lỗi kiểm tra, ${failed} không ghi được.`,
          `Total: ${outcomes.length - refused} unit(s) built, ${refused} refused because of validation errors, ${failed} could not be written.`,
        ),
      ),
    );
  }
  if (unknown.length > 0 && outcomes.some((o) => !o.refused)) {
    const known = [...new Set(outcomes.flatMap((o) => o.codes))].join(', ');
    const kinds = [...new Set(outcomes.flatMap((o) => o.kinds))].join(', ');
    throw new QmsError(
      'E_USAGE',
      text(
        `không có tài liệu mã hiệu ${unknown.map((c) => escapeForDisplay(c)).join(', ')}`,
        `no document with code ${unknown.map((c) => escapeForDisplay(c)).join(', ')}`,
      ),
      text(`Các mã hiệu có: ${known}; các loại: ${kinds}`, `Known codes: ${known}; kinds: ${kinds}`),
    );
  }
  if (failed > 0) return 2;
  return refused > 0 ? 1 : 0;
}
