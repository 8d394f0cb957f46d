import { homedir, tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { QmsError } from '../../core/errors.js';
import { docsBaseUrl } from '../../core/paths.js';
import { resolveModelDir } from '../../core/model/load-model.js';
import { checkUniqueUnitIds, shardMark } from '../../core/batch/shards.js';
import { escapeForDisplay, text, type Text } from '../../core/text.js';
import { fingerprint, ResultCache } from '../../core/validate/batch/cache.js';
import { runBatchEach } from '../../core/validate/batch/pool.js';
import type { TaskOptions } from '../../core/validate/batch/unit-task.js';
import { today } from '../../core/dates/dates.js';
import type { UnitResult } from '../../core/validate/engine/validate-unit.js';
import { RULES } from '../../core/validate/rules/index.js';
import { writeOutputFile } from '../../core/write/output-file.js';
import { FORMATS, FORMATTERS, type FormatName, type FormatOptions } from '../../diagnostics/formatters/index.js';
import { buildReport, hasFailures, type ValidationReport } from '../../diagnostics/report.js';
import type { Io } from '../io.js';
import { VERSION } from '../version.js';
import { checkDate, jobsFrom } from './batch-options.js';
import { startProgress } from './validate-progress.js';
import { JsonStream, TextStream } from './validate-stream.js';
import { mergeValidateFiles } from './validate-merge.js';
import { spoolSink, stdoutSink, type JsonSink } from './json-sink.js';
import { printWriteNotes } from './write-notes.js';
import { resolveTargets, shardOf } from './validate-inputs.js';
import { warnTooDeep } from './depth-warning.js';

export interface ValidateCliOptions {
  paths: string[];
  format?: string[];
  output?: string[];
  json?: boolean;
  quiet?: boolean;
  failOn: 'error' | 'warning';
  showWaived?: boolean;
  asOf?: string;
  model?: string;
  jobs?: string;
  shard?: string;
  merge?: boolean;
  allowPartial?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  /** Replace an existing --output file with other content. */
  force?: boolean;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** `qms validate`: options → batch run (or merge) → formatters → exit code 0 / 1 / 3. */
export async function runValidate(options: ValidateCliOptions, io: Io): Promise<number> {
  const cwd = options.cwd ?? io.cwd;
  const env = options.env ?? io.env;
  const outputs = planOutputs(options);
  const asOf = checkDate(options.asOf) ?? today();
  const failures: string[] = [];
  let report: ValidationReport;
  let stream: TextStream | JsonStream | undefined;
  let json: JsonSink | undefined;
  const formatOptions = (file: string | undefined): FormatOptions => ({
    lang: io.lang,
    paint: file ? undefined : io.color,
    showWaived: options.showWaived,
    quiet: options.quiet,
    failOn: options.failOn,
    rules: RULES,
    docsBaseUrl: docsBaseUrl(env.QMS_DOCS_URL),
  });
  if (options.merge) {
    const spool = streams(outputs) || (outputs.length === 1 && outputs[0].format === 'json');
    const merged = await mergeValidateFiles(options.paths, cwd, Boolean(options.allowPartial), spool, io);
    try {
      report = merged.report;
      if (merged.spooled) {
        // Written unit by unit as a run of the tree writes them, from the spool in report order.
        const dirs = merged.spooled;
        json = streams(outputs) ? undefined : outputs[0].file ? spoolSink() : stdoutSink(io);
        const meta = { version: VERSION, asOf: report.asOf, skipped: report.skipped.map((s) => s.path) };
        stream = json ? new JsonStream(dirs, json, meta) : new TextStream(dirs, io, formatOptions(undefined));
        dirs.forEach((dir, i) => stream!.done(i, merged.unit(dir)));
        if (stream instanceof TextStream) stream.finish(report.skipped);
        else stream.finish(undefined);
      }
    } finally {
      merged.dispose();
    }
  } else {
    const paths = options.paths.length > 0 ? options.paths : ['.'];
    const { tasks: all, skipped, tooDeep } = resolveTargets(paths, cwd);
    warnTooDeep(tooDeep, io);
    const tasks = shardOf(all, options.shard);
    if (options.model) resolveModelDir(options.model);
    const opened = options.cache
      ? ResultCache.open(
          cacheLocation(
            options,
            env,
            tasks.map((t) => t.abs),
            cwd,
          ),
        )
      : {};
    const cache = opened.cache;
    let cacheWarned = false;
    const warnCache = (problem: Text | undefined) => {
      if (!problem || cacheWarned) return; // once per run
      cacheWarned = true;
      io.err(`${io.color.yellow(io.lang === 'vi' ? 'cảnh báo' : 'warning')}: ${io.t(problem)}`);
    };
    warnCache(opened.problem);
    const taskOptions: TaskOptions = {
      asOf,
      fingerprint: cache ? fingerprint(options.model ? resolveModelDir(options.model) : undefined) : '',
      ...(options.model ? { modelOverride: options.model } : {}),
    };
    for (const task of tasks) {
      const entry = cache?.get(task.abs);
      if (entry) task.cachedKey = entry.key;
    }
    const progress =
      io.interactive && !options.quiet && outputs.every((o) => o.format === 'text') ? startProgress(io) : undefined;
    // Text to the terminal (or a pipe) is printed unit by unit, as is a tree's JSON when it is the one
    // output; other formats are whole documents.
    const jsonOut = tasks.length > 1 && outputs.length === 1 && outputs[0].format === 'json' ? outputs[0] : undefined;
    json = jsonOut ? (jsonOut.file ? spoolSink() : stdoutSink(io, progress?.pause)) : undefined;
    const dirs = tasks.map((t) => t.dir);
    stream = streams(outputs)
      ? new TextStream(dirs, io, formatOptions(undefined), progress?.pause)
      : json
        ? new JsonStream(dirs, json, { version: VERSION, asOf, skipped })
        : undefined;
    const results: UnitResult[] = [];
    const ids: Array<{ dir: string; id?: string }> = [];
    const failed: Array<[number, string]> = [];
    await runBatchEach(
      tasks,
      taskOptions,
      { jobs: jobsFrom(options.jobs, tasks.length), onProgress: progress?.update },
      (i, item) => {
        const task = tasks[i];
        if (item.failure) {
          const debug = env.QMS_DEBUG || io.debug ? `\n${item.failure.stack ?? ''}` : '';
          failed.push([i, `${task.dir}: ${item.failure.message}${debug}`]);
          stream?.done(i, undefined);
          return;
        }
        const result = item.outcome.result ?? cache!.get(task.abs)!.result;
        cache?.set(task.abs, { key: item.outcome.key, result });
        ids.push({ dir: result.dir, id: result.id });
        if (stream) stream.done(i, result);
        else results.push(result);
      },
    );
    progress?.done();
    failures.push(...failed.sort(([a], [b]) => a - b).map(([, message]) => message));
    warnCache(cache?.save());
    try {
      checkUniqueUnitIds(ids.sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0)));
    } catch (error) {
      json?.discard();
      throw error;
    }
    report = buildReport(results, { version: VERSION, asOf, skipped });
    const mark = shardMark(options.shard);
    if (mark) report.shard = mark;
    if (stream instanceof TextStream) stream.finish(report.skipped);
    else stream?.finish(mark);
  }
  // As a whole report, the streamed one is written even when a unit failed (exit 3), without that unit.
  const jsonFile = outputs[0]?.file;
  if (json)
    writeJson(
      json,
      jsonFile ? { path: resolve(cwd, jsonFile), given: jsonFile } : undefined,
      Boolean(options.force),
      io,
    );
  for (const { format, file } of stream ? [] : outputs) {
    const body = FORMATTERS[format](report, formatOptions(file));
    if (file) {
      const written = writeOutputFile(resolve(cwd, file), `${body}\n`, { force: options.force, given: file });
      printWriteNotes(written.notes, io);
    } else if (body !== '') io.out(body);
  }
  if (failures.length > 0) {
    for (const f of failures) io.err(`${io.lang === 'vi' ? 'lỗi nội bộ' : 'internal error'}: ${f}`);
    io.err(
      io.lang === 'vi'
        ? '  Chạy lại với --debug để xem chi tiết và báo lỗi cho nhóm phát triển.'
        : '  Re-run with --debug for details and report the bug.',
    );
    return 3;
  }
  return (stream ? stream.fails(options.failOn) : hasFailures(report, options.failOn)) ? 1 : 0;
}

/** The streamed JSON report: to stdout (already printed), or copied from its spool into --output. */
function writeJson(json: JsonSink, file: { path: string; given: string } | undefined, force: boolean, io: Io): void {
  const spool = json.finish();
  try {
    if (spool && file) printWriteNotes(writeOutputFile(file.path, spool, { force, given: file.given }).notes, io);
  } finally {
    json.discard();
  }
}

/** One output, text, to stdout: printed unit by unit (validate-stream.ts). */
function streams(outputs: PlannedOutput[]): boolean {
  return outputs.length === 1 && outputs[0].format === 'text' && outputs[0].file === undefined;
}

interface PlannedOutput {
  format: FormatName;
  file?: string;
}

function planOutputs(options: ValidateCliOptions): PlannedOutput[] {
  const formats = [...(options.format ?? []), ...(options.json ? ['json'] : [])];
  if (formats.length === 0) formats.push('text');
  const files = options.output ?? [];
  for (const f of formats) {
    if (!(FORMATS as readonly string[]).includes(f)) {
      throw new QmsError(
        'E_USAGE',
        text(`định dạng "${escapeForDisplay(f)}" không có`, `unknown format "${escapeForDisplay(f)}"`),
        text(`Chọn một trong: ${FORMATS.join(', ')}.`, `Choose one of: ${FORMATS.join(', ')}.`),
      );
    }
  }
  if (files.length > formats.length) {
    throw new QmsError(
      'E_USAGE',
      text('số --output nhiều hơn số --format', 'more --output than --format'),
      text(
        'Mỗi --output đi cặp với một --format theo thứ tự, ví dụ -f json -o a.json -f junit -o b.xml.',
        'Each --output pairs with a --format in order, e.g. -f json -o a.json -f junit -o b.xml.',
      ),
    );
  }
  if (formats.length - files.length > 1) {
    throw new QmsError(
      'E_USAGE',
      text(
        'chỉ một định dạng được in ra màn hình; các định dạng khác cần --output',
        'only one format can go to stdout; give the others an --output',
      ),
    );
  }
  return formats.map((format, i) => ({ format: format as FormatName, ...(files[i] ? { file: files[i] } : {}) }));
}

/** The cache folder, which must never be inside a unit being validated. */
function cacheLocation(options: ValidateCliOptions, env: NodeJS.ProcessEnv, units: string[], cwd: string): string {
  const home = env.HOME ?? homeOrNothing();
  const location = options.cacheLocation
    ? resolve(cwd, options.cacheLocation)
    : env.XDG_CACHE_HOME
      ? join(env.XDG_CACHE_HOME, 'qms')
      : home
        ? join(home, '.cache', 'qms')
        : join(tmpdir(), `qms-cache-${process.getuid?.() ?? 'user'}`);
  const inside = units.find((u) => location === u || location.startsWith(u + sep));
  if (inside) {
    throw new QmsError(
      'E_USAGE',
      text(
        `không ghi bộ nhớ đệm vào thư mục đơn vị đang kiểm tra (${escapeForDisplay(location)})`,
        `refusing to keep the cache inside a unit being validated (${escapeForDisplay(location)})`,
      ),
      text('Chọn --cache-location ở ngoài các thư mục đơn vị.', 'Choose a --cache-location outside the unit folders.'),
    );
  }
  return location;
}

/** The home folder from the user database when HOME is unset; none (not an error) when there is no entry. */
function homeOrNothing(): string | undefined {
  try {
    return homedir();
  } catch {
    return undefined;
  }
}
