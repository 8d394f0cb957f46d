import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { QmsError } from '../../core/errors.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../../core/render/render-unit.js';
import { escapeForDisplay, text } from '../../core/text.js';
import { depthNote, findUnits } from '../../core/unit/find-units.js';
import { warnTooDeep } from './depth-warning.js';
import { displayDir } from './validate-inputs.js';
import type { Io } from '../io.js';
import { lockFolder, type Lock } from '../../core/write/lock.js';
import { jobsFor, type JobOptions, type UnitJob, type UnitOutcome } from './build-unit.js';
import { runUnits, type RunUnitsOptions } from './build-run.js';
import { jobsFrom } from './batch-options.js';
import { printPlan } from './print-plan.js';
import { printWriteNotes } from './write-notes.js';
import { createProgress } from './build-progress.js';
import { limitHeapGrowth, optimizeOnlyHotCode } from '../heap-growth.js';

export interface BuildOptions {
  paths: string[];
  out?: string;
  format?: string;
  only?: string[];
  dryRun?: boolean;
  force?: boolean;
  /** --jobs N: worker threads (default by the amount of work). */
  jobs?: string;
}

/**
 * Units per worker thread by default (each thread loads its own validator, docx packer and templates).
 * `npm run bench` (scripts/bench/jobs.mjs, build) measures the crossover: on the shared 2-core machine
 * (load ~12), two 2008-line communes took 77 s in-process and 59 s on two threads, four 121 s and 104 s
 * (one round each). Two units per thread keeps one or two units in-process, where a unit of the lighter
 * 3.x line (14 documents) may not repay a thread's start.
 */
export const UNITS_PER_BUILD_WORKER = 2;

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

/** `qms build`: check, render and write every unit under the paths. Returns the exit code. */
export async function runBuild(options: BuildOptions, io: Io, check?: RunUnitsOptions['check']): Promise<number> {
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
  const workers = options.jobs === undefined ? defaultBuildJobs(jobs.length) : jobsFrom(options.jobs, jobs.length);
  const jobOptions: JobOptions = {
    formats,
    only: options.only ?? [],
    force: Boolean(options.force),
    dryRun: Boolean(options.dryRun),
    sourceDateEpoch: io.env.SOURCE_DATE_EPOCH,
    cwd: io.cwd,
  };
  const progress = createProgress(io, jobs.length);
  const shown = (job: UnitJob) => relative(io.cwd, job.dir) || '.';
  const summary = new Summary();
  const locks = new OutputLocks(options.out);
  // One unit given: its error is the run's (exit 2 or 3, as for any command). In a tree, one unit that
  // cannot be written (or meets a bug) does not stop the others, but a locked output folder stops all.
  const isFatal = (error: unknown) => jobs.length === 1 || (error instanceof QmsError && error.code === 'E_LOCKED');
  let fatal: { error: unknown } | undefined;
  limitHeapGrowth();
  optimizeOnlyHotCode();
  const started = performance.now();
  try {
    const times = await runUnits(jobs, {
      jobs: workers,
      options: jobOptions,
      check,
      lock: (job) => locks.hold(job),
      isFatal,
      onProgress: (done, job, files) => progress.update(done, shown(job), files),
      onUnit: (index, item) => {
        progress.clear();
        if (item.ok) {
          printWriteNotes(item.outcome.notes, io);
          report(item.outcome, io);
          summary.add(item.outcome);
        } else if (isFatal(item.error)) fatal ??= { error: item.error };
        else reportFailure(item.error, shown(jobs[index]), summary, io);
      },
    });
    // How the threads were used, for whoever tunes --jobs (npm run bench reads this line).
    if (io.debug)
      io.err(
        `debug: build ${workers} thread(s), ${((performance.now() - started) / 1000).toFixed(2)} s, idle at the end ${(times.idleAtEndMs / 1000).toFixed(2)} s`,
      );
  } finally {
    locks.releaseAll();
    progress.done();
  }
  if (fatal) throw fatal.error;
  return finish(summary, options, io);
}

/** Build units on worker threads only when there is enough work to pay for starting them (issue 11, item 28). */
export function defaultBuildJobs(units: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, Math.floor(units / UNITS_PER_BUILD_WORKER)));
}

/** What is kept of each unit once its messages are printed: counts and the codes seen (for --only). */
class Summary {
  built = 0;
  refused = 0;
  failed = 0;
  internal = 0;
  readonly codes = new Set<string>();
  readonly kinds = new Set<string>();

  add(outcome: UnitOutcome): void {
    if (outcome.refused) this.refused++;
    else this.built++;
    for (const c of outcome.codes) this.codes.add(c);
    for (const k of outcome.kinds) this.kinds.add(k);
  }
}

/** A unit that could not be built, named by its folder: a refused write (exit 2) or a bug (exit 3). */
function reportFailure(error: unknown, unit: string, summary: Summary, io: Io): void {
  if (error instanceof QmsError) {
    summary.failed++;
    io.err(`${io.color.red('✗')} ${unit}: ${error.code} ${io.t(error.text)}`);
    if (error.hint) io.err(`  ${io.lang === 'vi' ? 'Cách xử lý' : 'What to do'}: ${io.t(error.hint)}`);
    return;
  }
  summary.internal++;
  const e = error instanceof Error ? error : new Error(String(error));
  io.err(
    `${io.color.red('✗')} ${unit}: ${io.lang === 'vi' ? 'lỗi nội bộ' : 'internal error'}: ${e.message.split('\n')[0]}`,
  );
  if (io.debug && e.stack) io.err(e.stack);
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

function report(outcome: UnitOutcome, io: Io): void {
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
  for (const note of outcome.withdrawn)
    io.err(`  ${io.color.dim(io.lang === 'vi' ? 'bãi bỏ' : 'withdrawn')}: ${io.t(note)}`);
  if (outcome.built.length === 0) {
    io.err(
      `${io.color.yellow('–')} ${io.t(text(`${outcome.name}: không có tài liệu nào khớp --only`, `${outcome.name}: no document matches --only`))}`,
    );
    return;
  }
  if (outcome.entries) {
    printPlan({ entries: outcome.entries }, io, relative(io.cwd, outcome.root) || '.');
    return;
  }
  const { create, overwrite, unchanged } = outcome.counts;
  const where = relative(io.cwd, `${outcome.root}/${outcome.job.prefix}`) || '.';
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
        `${outcome.name}: ${outcome.built.length} tài liệu → ${where} (${create} tạo mới, ${overwrite} ghi đè, ${unchanged} không đổi)${forced}`,
        `${outcome.name}: ${outcome.built.length} document(s) → ${where} (${create} created, ${overwrite} overwritten, ${unchanged} unchanged)${forced}`,
      ),
    )}`,
  );
}

function finish(summary: Summary, options: BuildOptions, io: Io): number {
  const { built, refused, failed, internal } = summary;
  const only = (options.only ?? []).map((c) => c.toUpperCase());
  const builtOrKnown = new Set([...summary.codes, ...summary.kinds].map((c) => c.toUpperCase()));
  const unknown = only.filter((c) => !builtOrKnown.has(c));
  if (built + refused + failed + internal > 1) {
    io.err(
      io.t(
        text(
          `Tổng cộng: ${built} đơn vị đã xuất, ${refused} bị từ chối vì lỗi kiểm tra, ${failed} không ghi được${internal > 0 ? `, ${internal} gặp lỗi nội bộ` : ''}.`,
          `Total: ${built} unit(s) built, ${refused} refused because of validation errors, ${failed} could not be written${internal > 0 ? `, ${internal} met an internal error` : ''}.`,
        ),
      ),
    );
  }
  if (unknown.length > 0 && built > 0) {
    const known = [...summary.codes].join(', ');
    const kinds = [...summary.kinds].join(', ');
    throw new QmsError(
      'E_USAGE',
      text(
        `không có tài liệu mã hiệu ${unknown.map((c) => escapeForDisplay(c)).join(', ')}`,
        `no document with code ${unknown.map((c) => escapeForDisplay(c)).join(', ')}`,
      ),
      text(`Các mã hiệu có: ${known}; các loại: ${kinds}`, `Known codes: ${known}; kinds: ${kinds}`),
    );
  }
  if (internal > 0) {
    io.err(
      io.lang === 'vi'
        ? '  Chạy lại với --debug để xem chi tiết và báo lỗi cho nhóm phát triển.'
        : '  Re-run with --debug for details and report the bug.',
    );
    return 3;
  }
  if (failed > 0) return 2;
  return refused > 0 ? 1 : 0;
}
