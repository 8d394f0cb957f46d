import { resolve } from 'node:path';
import { QmsError } from '../../core/errors.js';
import { resolveModelDir } from '../../core/model/load-model.js';
import { UnitCollector } from '../../core/readiness/batch/collect.js';
import { runReadinessBatch } from '../../core/readiness/batch/run.js';
import { renderReadiness, READINESS_FORMATS, type ReadinessFormat } from '../../core/readiness/render/index.js';
import { jsonHead, jsonTail } from '../../core/readiness/render/json.js';
import { DETAIL_LIMIT } from '../../core/readiness/render/view.js';
import { buildReadinessReport, type ReadinessReport } from '../../core/readiness/report.js';
import { checkUniqueUnitIds, shardMark } from '../../core/batch/shards.js';
import { mergeReadinessFiles } from '../../core/readiness/merge.js';
import { escapeForDisplay, text } from '../../core/text.js';
import { today } from '../../core/dates/dates.js';
import { writeOutputFile, type SpooledReport } from '../../core/write/output-file.js';
import type { Io } from '../io.js';
import { VERSION } from '../version.js';
import { checkDate, jobsFrom, requireMergeFiles } from './batch-options.js';
import { resolveTargets, shardOf } from './validate-inputs.js';
import { warnTooDeep } from './depth-warning.js';
import { startProgress } from './validate-progress.js';
import { printWriteNotes } from './write-notes.js';
import { spoolSink, stdoutSink, type JsonSink } from './json-sink.js';

export interface ReadinessCliOptions {
  paths: string[];
  format?: string;
  output?: string;
  force?: boolean;
  asOf?: string;
  model?: string;
  jobs?: string;
  shard?: string;
  merge?: boolean;
  allowPartial?: boolean;
  failUnder?: string;
  quiet?: boolean;
  cwd?: string;
}

/** `qms readiness`: units → pool (or merge) → report → one format → stdout or --output → exit code. */
export async function runReadiness(options: ReadinessCliOptions, io: Io): Promise<number> {
  const cwd = options.cwd ?? io.cwd;
  const format = formatOf(options.format);
  const failUnder = scoreOf(options.failUnder);
  const given = checkDate(options.asOf);
  const report = options.merge
    ? await merge(options, cwd, given, format, io)
    : await assess(options, io, cwd, given ?? today(), format);
  if (report.failures.length > 0) {
    for (const f of report.failures) io.err(`${io.lang === 'vi' ? 'lỗi nội bộ' : 'internal error'}: ${f}`);
    io.err(
      io.lang === 'vi'
        ? '  Chạy lại với --debug để xem chi tiết và báo lỗi cho nhóm phát triển.'
        : '  Re-run with --debug for details and report the bug.',
    );
    return 3;
  }
  if (report.json) {
    // The units were written as they came: the roll-up and the rest close the report.
    report.json.write(`\n${jsonTail(report.report)}\n`);
    const spool = report.json.finish();
    try {
      if (options.output && spool)
        write(resolve(cwd, options.output), spool, Boolean(options.force), options.output, io);
    } finally {
      report.json.discard();
    }
  } else {
    const body = renderReadiness(report.report, format, io.lang, options.output ? undefined : io.color);
    if (options.output) write(resolve(cwd, options.output), body, Boolean(options.force), options.output, io);
    else io.out(body.replace(/\n$/, ''));
  }
  if (failUnder !== undefined) {
    const below = report.report.units.filter((u) => u.score < failUnder);
    if (below.length > 0) {
      io.err(
        io.t(
          text(
            `${below.length} đơn vị dưới ${failUnder} điểm: ${below
              .slice(0, 5)
              .map((u) => `${u.dir} (${u.score})`)
              .join(', ')}`,
            `${below.length} unit(s) below ${failUnder}: ${below
              .slice(0, 5)
              .map((u) => `${u.dir} (${u.score})`)
              .join(', ')}`,
          ),
        ),
      );
      return 1;
    }
  }
  return 0;
}

interface Outcome {
  report: ReadinessReport;
  failures: string[];
  /** The JSON report of a tree, its units already written: the tail is still to come. */
  json?: JsonSink;
}

async function assess(
  options: ReadinessCliOptions,
  io: Io,
  cwd: string,
  asOf: string,
  format: ReadinessFormat,
): Promise<Outcome> {
  const paths = options.paths.length > 0 ? options.paths : ['.'];
  const { tasks: all, skipped, tooDeep } = resolveTargets(paths, cwd);
  warnTooDeep(tooDeep, io);
  const tasks = shardOf(all, options.shard).map(({ abs, dir }) => ({ abs, dir }));
  if (options.model) resolveModelDir(options.model);
  const progress =
    io.interactive && !options.quiet && tasks.length > 1
      ? startProgress(io, text('Đang đánh giá mức sẵn sàng', 'Assessing readiness of'))
      : undefined;
  // A tree keeps each unit cut to what the table, the roll-up and the CSV read (~1.8 KB, not ~30 KB), as
  // do Markdown and HTML past DETAIL_LIMIT units (they print no unit's details then); JSON writes each
  // unit's whole text as it comes, in report order, and keeps the cut.
  const detailed = format === 'md' || format === 'html' ? tasks.length <= DETAIL_LIMIT : false;
  const cut = tasks.length > 1 && !detailed;
  const json = cut && format === 'json' ? (options.output ? spoolSink() : stdoutSink(io, progress?.pause)) : undefined;
  const meta = { version: VERSION, asOf, skipped };
  const mark = shardMark(options.shard);
  try {
    json?.write(jsonHead(withShard(buildReadinessReport([], meta), mark)));
    const collector = new UnitCollector(
      tasks.map((t) => t.dir),
      cut,
      json ? (chunk) => json.write(chunk) : undefined,
    );
    await runReadinessBatch(
      tasks,
      {
        asOf,
        ...(options.model ? { modelOverride: options.model } : {}),
        ...(cut ? { forRollup: true } : {}),
        ...(json ? { json: true } : {}),
      },
      { jobs: jobsFrom(options.jobs, tasks.length), onProgress: progress?.update },
      (index, item) => collector.add(index, item),
    );
    progress?.done();
    const debug = Boolean(io.env.QMS_DEBUG) || io.debug;
    const failures = collector.failures
      .sort((a, b) => a.index - b.index)
      .map(({ index, failure }) => `${tasks[index].dir}: ${failure.message}${debug ? `\n${failure.stack ?? ''}` : ''}`);
    const units = collector.units;
    checkUniqueUnitIds(units);
    const report = withShard(
      buildReadinessReport(units, { ...meta, ...(collector.keeper ? { actions: collector.keeper } : {}) }),
      mark,
    );
    if (json && failures.length > 0) json.discard();
    return { report, failures, ...(json && failures.length === 0 ? { json } : {}) };
  } catch (error) {
    json?.discard();
    throw error;
  }
}

function withShard(report: ReadinessReport, mark: ReturnType<typeof shardMark>): ReadinessReport {
  if (mark) report.shard = mark;
  return report;
}

/**
 * `--merge`: the shard files read a unit at a time (core/readiness/merge.ts); a report of many units
 * in JSON is written from the units' texts as the whole run writes it, unit by unit.
 */
async function merge(
  options: ReadinessCliOptions,
  cwd: string,
  asOf: string | undefined,
  format: ReadinessFormat,
  io: Io,
): Promise<Outcome> {
  const files = requireMergeFiles(options.paths, 'readiness').map((file) => ({
    path: resolve(cwd, file),
    shown: file,
  }));
  const merged = await mergeReadinessFiles(files, {
    version: VERSION,
    wholeUpTo: format === 'md' || format === 'html' ? DETAIL_LIMIT : 1,
    unitTexts: format === 'json',
    allowPartial: Boolean(options.allowPartial),
  });
  try {
    if (merged.partial) io.err(`${io.lang === 'vi' ? 'cảnh báo' : 'warning'}: ${io.t(merged.partial)}`);
    if (asOf !== undefined && asOf !== merged.report.asOf) {
      throw new QmsError(
        'E_MERGE_INPUT',
        text(
          `các kết quả được đánh giá ngày ${merged.report.asOf}, khác --as-of ${asOf}`,
          `the results were assessed as of ${merged.report.asOf}, not --as-of ${asOf}`,
        ),
        text(
          'Bỏ --as-of khi gộp, hoặc chạy lại các phần với ngày đó.',
          'Leave out --as-of when merging, or re-run the shards with that date.',
        ),
      );
    }
    if (!merged.cut || format !== 'json') return { report: merged.report, failures: [] };
    const json = options.output ? spoolSink() : stdoutSink(io);
    json.write(jsonHead(merged.report));
    let n = 0;
    for (const unit of merged.unitTexts()) json.write(`${n++ === 0 ? '\n' : ',\n'}${unit}`);
    return { report: merged.report, failures: [], json };
  } finally {
    merged.dispose();
  }
}

/** The same rules as every report output (core/write/output-file.ts). */
function write(target: string, body: string | SpooledReport, force: boolean, given: string, io: Io): void {
  const { action, notes } = writeOutputFile(target, body, { force, given });
  printWriteNotes(notes, io);
  io.err(
    io.t(
      action === 'unchanged'
        ? text(`${target}: không thay đổi`, `${target}: unchanged`)
        : text(`Đã ghi ${target}`, `Wrote ${target}`),
    ),
  );
}

function formatOf(value: string | undefined): ReadinessFormat {
  const f = (value ?? 'text').toLowerCase();
  if (!(READINESS_FORMATS as readonly string[]).includes(f)) {
    throw new QmsError(
      'E_USAGE',
      text(`định dạng "${escapeForDisplay(f)}" không có`, `unknown format "${escapeForDisplay(f)}"`),
      text(`Chọn một trong: ${READINESS_FORMATS.join(', ')}.`, `Choose one of: ${READINESS_FORMATS.join(', ')}.`),
    );
  }
  return f as ReadinessFormat;
}

function scoreOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^[0-9]{1,3}$/.test(value) || n > 100) {
    throw new QmsError(
      'E_USAGE',
      text(
        `--fail-under "${escapeForDisplay(value)}" không hợp lệ`,
        `invalid --fail-under "${escapeForDisplay(value)}"`,
      ),
      text('Ghi một số nguyên từ 0 đến 100.', 'Give a whole number from 0 to 100.'),
    );
  }
  return n;
}
