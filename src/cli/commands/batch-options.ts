import { isRealDate } from '../../core/dates/dates.js';
import { availableParallelism } from 'node:os';
import { QmsError } from '../../core/errors.js';
import { escapeForDisplay, text } from '../../core/text.js';

/** Options that `validate` and `readiness` share: `--as-of`, `--jobs` and the files of `--merge`. */

/** `--as-of YYYY-MM-DD`: a real calendar date, or a usage error. */
export function checkDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isRealDate(value)) {
    throw new QmsError(
      'E_USAGE',
      text(
        `--as-of "${escapeForDisplay(value)}" không phải ngày hợp lệ`,
        `--as-of "${escapeForDisplay(value)}" is not a valid date`,
      ),
      text('Viết ngày dạng YYYY-MM-DD, ví dụ 2013-12-31.', 'Write the date as YYYY-MM-DD, e.g. 2013-12-31.'),
    );
  }
  return value;
}

/**
 * Units one worker thread must have before starting it pays for its start-up (loading the validator
 * in each thread). `npm run bench` (scripts/bench/jobs.mjs) measures the crossover; on the 2-core
 * development machine, workers were never faster up to 160 units (medians of 3: 60 units took
 * 1.06 s in-process against 1.74 s with 2 workers), so a tree under this size runs in-process.
 */
export const IN_PROCESS_UNITS = 200;

/** `--jobs N` (1–256); by default by the amount of work: in-process for a small tree, then one worker per IN_PROCESS_UNITS units, at most one per core. */
export function jobsFrom(value: string | undefined, units: number, cores = availableParallelism()): number {
  if (value === undefined) return Math.max(1, Math.min(cores, Math.floor(units / IN_PROCESS_UNITS)));
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) {
    throw new QmsError(
      'E_USAGE',
      text(`--jobs "${escapeForDisplay(value)}" không hợp lệ`, `invalid --jobs "${escapeForDisplay(value)}"`),
      text('Ghi một số nguyên từ 1 đến 256.', 'Give a whole number from 1 to 256.'),
    );
  }
  return n;
}

/** `--merge` with no file: say how it is used. */
export function requireMergeFiles(files: string[], command: 'validate' | 'readiness'): string[] {
  if (files.length === 0) {
    throw new QmsError(
      'E_NO_INPUT',
      text('--merge cần ít nhất một tệp kết quả JSON', '--merge needs at least one JSON result file'),
      text(
        `Ví dụ: qms ${command} --merge phan-1.json phan-2.json`,
        `Example: qms ${command} --merge part-1.json part-2.json`,
      ),
    );
  }
  return files;
}
