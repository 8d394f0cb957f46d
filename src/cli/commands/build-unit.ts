import { createHash } from 'node:crypto';
import { lstatSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { QmsError } from '../../core/errors.js';
import { planOutputs, renderOutput, type OutputFormat, type OutputPlan } from '../../core/render/render-unit.js';
import { escapeForDisplay, text, type Text } from '../../core/text.js';
import { outlineUnit } from '../../core/render/outline-unit.js';
import type { Unit } from '../../core/unit/types.js';
import { misplacedReason } from '../../core/unit/file-kinds.js';
import type { WriteAction, WriteNotes } from '../../core/write-files.js';
import {
  compareTarget,
  planTargets,
  refuseReadOnly,
  startWrites,
  StreamWriter,
} from '../../core/write/stream-writes.js';
import type { Gate } from './build-validate.js';
import type { Channel } from '../../core/batch/async-pool.js';

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
  /** The output folder the files are relative to (the unit's, or --out). */
  root: string;
  codes: string[];
  kinds: string[];
  /** Codes of the documents built. */
  built: string[];
  warnings: Text[];
  /** Issued documents skipped for missing data: the file and fields to fill. */
  missing: Text[];
  /** Withdrawn procedures (bãi bỏ) not built, with where they are listed instead. */
  withdrawn: Text[];
  /** What happened to each output file (with --dry-run: what would). */
  counts: Record<'create' | 'overwrite' | 'unchanged', number>;
  /** --dry-run: every file (by its number in the unit) and its action (nothing is written). */
  entries?: Array<{ index: number; relPath: string; action: WriteAction }>;
  notes?: WriteNotes;
}

export interface JobOptions {
  formats: OutputFormat[];
  only: string[];
  force: boolean;
  dryRun: boolean;
  sourceDateEpoch?: string;
  /** Where names of units are shown from. */
  cwd: string;
}

/** What a unit's build asks of the run (the main thread when it runs in a worker). */
export interface BuildChannel {
  /** Take the output folder's lock before the first write (throws E_LOCKED). */
  lock(job: UnitJob): Promise<void>;
  /** The unit's files are planned and checked, and its folder ready: other threads may make some of them now. */
  opened(share: ShareKey): void;
  /** The next file of the unit to make (shared by every thread working on it); at or past the end: none left. */
  claim(): number;
  /** One more file of the unit made, for the progress line. */
  made(): void;
  /** Between files: let the thread's other work run (see Channel.pause). */
  pause(): Promise<void>;
}

/** What a unit's build asks the main thread: the lock of its output folder. */
export interface BuildAsk {
  lock: UnitJob;
}
/** What it tells: the unit is open for sharing, or one more file made. */
export type BuildEvent = { opened: ShareKey } | { made: 1 };

/** A thread's work on a unit: open it (check, plan, take the folder) and make files, or join one opened. */
export type BuildTask = { slot: number; job: UnitJob } & ({ kind: 'open' } | { kind: 'join'; key: ShareKey });
export type BuildResult = { outcome: UnitOutcome } | { share: Share };

/**
 * Run a task on this thread: `claims` holds, for each unit (its `slot`), the number of the next file
 * to make, shared by every thread (a SharedArrayBuffer): a thread takes a file with one atomic add.
 */
export async function runBuildTask(
  task: BuildTask,
  options: JobOptions,
  check: (unit: Unit) => Gate,
  claims: Int32Array,
  channel: Channel<BuildAsk, void, BuildEvent>,
): Promise<BuildResult> {
  const hooks: BuildChannel = {
    lock: (job) => channel.ask({ lock: job }),
    opened: (key) => channel.tell({ opened: key }),
    claim: () => Atomics.add(claims, task.slot, 1),
    made: () => channel.tell({ made: 1 }),
    pause: () => channel.pause(),
  };
  if (task.kind === 'open') return { outcome: await buildUnit(task.job, options, check, hooks) };
  return { share: await joinUnit(task.job, options, task.key, hooks) };
}

/** What a thread joining a unit checks its own plan against: the same files, in the same order. */
export interface ShareKey {
  outputs: number;
  /** A hash of the files' paths in order. */
  paths: string;
}

/** What one thread did of a unit's files: its counts and (--dry-run) its files by number. */
export interface Share {
  counts: Record<'create' | 'overwrite' | 'unchanged', number>;
  entries?: Array<{ index: number; relPath: string; action: WriteAction }>;
}

/**
 * Where each unit's files go. Without --out: dist/ inside the unit. With --out: the folder itself for
 * one unit given directly, else a sub-folder named by the unit's place under the path given.
 */
export function jobsFor(units: string[], paths: string[], out: string | undefined, cwd: string): UnitJob[] {
  if (!out) return units.map((dir) => ({ dir, root: dir, prefix: 'dist' }));
  const root = resolve(cwd, out);
  refuseLink(root, out);
  const bases = paths.map((p) => resolve(cwd, p));
  const jobs = units.map((dir) => {
    const base = bases.find((b) => dir === b || dir.startsWith(`${b}/`)) ?? cwd;
    const rel = relative(base, dir) || (units.length > 1 ? besideCwd(cwd, dir) : '');
    return { dir, root, prefix: rel.split('\\').join('/') };
  });
  refuseSharedFolders(jobs, out);
  return jobs;
}

/** A unit named on its own among others goes to its path from cwd, or to its folder's name when outside cwd. */
function besideCwd(cwd: string, dir: string): string {
  const rel = relative(cwd, dir);
  return rel.startsWith('..') || isAbsolute(rel) ? basename(dir) : rel;
}

/** Two units whose files would land in one folder under --out would mix their documents: refuse, naming both. */
function refuseSharedFolders(jobs: UnitJob[], out: string): void {
  const seen = new Map<string, string>();
  for (const job of jobs) {
    const other = seen.get(job.prefix);
    if (other === undefined) {
      seen.set(job.prefix, job.dir);
      continue;
    }
    const where = join(out, job.prefix);
    throw new QmsError(
      'E_USAGE',
      text(
        `hai đơn vị sẽ ghi vào cùng thư mục ${escapeForDisplay(where)}: ${escapeForDisplay(other)} và ${escapeForDisplay(job.dir)}`,
        `two units would be written into the same folder ${escapeForDisplay(where)}: ${escapeForDisplay(other)} and ${escapeForDisplay(job.dir)}`,
      ),
      text(
        'Đưa thư mục cha chung của các đơn vị (qms build <thư-mục-cha> --out …), hoặc dựng từng đơn vị với --out riêng.',
        'Give the units’ common parent folder (qms build <parent> --out …), or build each unit with its own --out.',
      ),
    );
  }
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

/**
 * Check one unit, then render and write its documents one at a time (issue 16: nothing holds the unit's
 * whole set of files). Every check that can refuse the unit (paths, links, read-only files) runs on the
 * list of output paths before the first file is made; with --dry-run each file is made and compared, and
 * nothing is written. Once ready, the unit's files are shared: this thread takes them one by one with
 * `claim`, and a thread with nothing else to do may join it (joinUnit) and take some; the outcome's
 * counts and entries are this thread's share (the run adds the others').
 */
export async function buildUnit(
  job: UnitJob,
  options: JobOptions,
  check: (unit: Unit) => Gate,
  channel: BuildChannel,
): Promise<UnitOutcome> {
  // The unit's outline (each procedure's summary); the check and each procedure's documents read its files
  // again, one at a time, and stop the build if one is not the file outlined.
  const { unit, whole } = outlineUnit(job.dir);
  const gate = check(unit);
  const name =
    typeof unit.manifest?.name === 'string'
      ? escapeForDisplay(unit.manifest.name, 200)
      : relative(options.cwd, job.dir) || '.';
  const outcome: UnitOutcome = {
    job,
    name,
    gate,
    refused: false,
    root: resolve(job.root),
    codes: [],
    kinds: [],
    built: [],
    warnings: [],
    missing: [],
    withdrawn: [],
    counts: { create: 0, overwrite: 0, unchanged: 0 },
  };
  if (gate.errors > 0 && !options.force) {
    outcome.refused = true;
    return outcome;
  }
  const plan = planOutputs(unit, { formats: options.formats, only: options.only }, whole);
  outcome.codes = plan.codes;
  outcome.kinds = plan.kinds;
  outcome.built = plan.docs.map((d) => d.code);
  outcome.warnings = [...misplacedWarnings(unit.files.map((f) => f.relPath)), ...plan.warnings];
  // With --only, only the documents asked for are worth a note.
  outcome.missing = options.only.length === 0 ? plan.missing : [];
  outcome.withdrawn = plan.withdrawn;
  if (plan.outputs.length === 0) return outcome;
  const files = unitFiles(job, plan, options);
  const targets = planTargets(job.root, files.relPaths);
  // Build output is regenerated, never hand-edited: existing files are replaced (atomically). A read-only
  // output (made so on purpose) is replaced only with --force: found now, before anything is written.
  const readOnly: string[] = [];
  for (const [i, target] of targets.targets.entries()) {
    if (
      target.readOnly &&
      !options.force &&
      compareTarget(targets.root, target.relPath, await files.render(i)) === 'overwrite'
    )
      readOnly.push(target.relPath);
  }
  refuseReadOnly(targets.root, readOnly);
  if (!options.dryRun) {
    await channel.lock(job);
    outcome.notes = startWrites(targets);
  }
  channel.opened(files.key);
  const share = await makeShare(targets.root, files, options, channel);
  outcome.counts = share.counts;
  outcome.entries = share.entries;
  return outcome;
}

/**
 * Join a unit another thread has opened (checked, planned, its folder locked and ready) and make some of
 * its files: outline and plan it again here (its summaries are small beside the rendering of its documents)
 * and take files with `claim` until none is left. A plan that differs from the opener's (the unit changed
 * on disk meanwhile) makes nothing.
 */
export async function joinUnit(
  job: UnitJob,
  options: JobOptions,
  key: ShareKey,
  channel: BuildChannel,
): Promise<Share> {
  const { unit, whole } = outlineUnit(job.dir);
  const files = unitFiles(job, planOutputs(unit, { formats: options.formats, only: options.only }, whole), options);
  if (files.key.outputs !== key.outputs || files.key.paths !== key.paths)
    return { counts: { create: 0, overwrite: 0, unchanged: 0 } };
  return makeShare(resolve(job.root), files, options, channel);
}

interface UnitFiles {
  relPaths: string[];
  key: ShareKey;
  render(i: number): Promise<string | Uint8Array>;
}

function unitFiles(job: UnitJob, plan: OutputPlan, options: JobOptions): UnitFiles {
  const relPath = (p: string) => (job.prefix ? join(job.prefix, p).split('\\').join('/') : p);
  const relPaths = plan.outputs.map((o) => relPath(o.relPath));
  return {
    relPaths,
    key: { outputs: relPaths.length, paths: createHash('sha256').update(relPaths.join('\n')).digest('hex') },
    render: (i) => renderOutput(plan.outputs[i], { sourceDateEpoch: options.sourceDateEpoch }),
  };
}

/** Make and write (or, --dry-run, compare) the files this thread claims, until none is left. */
async function makeShare(root: string, files: UnitFiles, options: JobOptions, channel: BuildChannel): Promise<Share> {
  const share: Share = { counts: { create: 0, overwrite: 0, unchanged: 0 } };
  if (options.dryRun) share.entries = [];
  const writer = options.dryRun ? undefined : new StreamWriter(root, { force: options.force });
  try {
    for (let i = channel.claim(); i < files.relPaths.length; i = channel.claim()) {
      const relPath = files.relPaths[i];
      const content = await files.render(i);
      const action = writer ? await writer.write(relPath, content) : compareTarget(root, relPath, content);
      if (action === 'create' || action === 'overwrite' || action === 'unchanged') share.counts[action]++;
      share.entries?.push({ index: i, relPath, action });
      channel.made();
      await channel.pause();
    }
  } catch (error) {
    // The writes under way end first (no temp file is left behind); this error is the one reported.
    await writer?.finish().catch(() => undefined);
    throw error;
  }
  await writer?.finish();
  return share;
}

/** YAML files no document is built from because of where or how they are named (validate: QMS004). */
function misplacedWarnings(relPaths: string[]): Text[] {
  return relPaths.flatMap((relPath) => {
    const why = misplacedReason(relPath);
    return why ? [text(`${relPath}: ${why.message.vi}`, `${relPath}: ${why.message.en}`)] : [];
  });
}
